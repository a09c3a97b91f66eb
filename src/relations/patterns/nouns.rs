//! Noun triggers: "X's support for Y", "support from X", "criticism of Y", and nouns whose
//! parties act on each other ("a row between X and Y", "X's dispute with Y").

use super::*;

impl<'a> Extraction<'a> {
    /// "X's support for Y", "support from X" (for the clause subject), "criticism of Y";
    /// `named`: the target only as named after the noun (the pattern's `+named`).
    pub(super) fn nominal(
        &mut self,
        relation: Relation,
        named: bool,
        i: usize,
        end: usize,
        trig: Span<'_>,
        negated: bool,
    ) {
        // "came under pressure from X", "is also under pressure from X": a state of the
        // subject after a linking verb (not "headed into his own net under pressure from X")
        if self.word(i) == Some("under") && self.word(i + 1) == Some("pressure") {
            let mut v = i;
            while v > 0 && matches!(self.word(v - 1), Some("also" | "now" | "already" | "increasingly")) {
                v -= 1;
            }
            let linked = v > 0
                && self.word(v - 1).is_some_and(|w| {
                    matches!(w, "come" | "comes" | "came" | "coming")
                        || PASSIVE_AUXILIARIES.contains(&w)
                        || w.starts_with("remain")
                });
            if !linked {
                return;
            }
        }
        // "supports any talks between X and Y", "any such meeting": none held
        if relation == Relation::Meets
            && (self.word(i.wrapping_sub(1)) == Some("any")
                || (self.word(i.wrapping_sub(1)) == Some("such") && self.word(i.wrapping_sub(2)) == Some("any")))
        {
            return;
        }
        // "Russia-Ukraine talks", "US-China trade talks": the two sides of a hyphen meet
        if relation == Relation::Meets {
            if let Some(parties) = self.hyphenated_pair(i) {
                self.reciprocal(&parties, relation, trig, 0.7, negated);
                return;
            }
        }
        // "Xi told Trump in a phone call that …", "In a phone call, Xi told Trump …": one told
        // something in the meeting is met
        if relation == Relation::Meets && !matches!(self.word(end), Some("with" | "between")) {
            if let Some(parties) = self.told_in_meeting(i) {
                self.reciprocal(&parties, relation, trig, 0.6, negated);
                return;
            }
        }
        // "Trump and Putin held their first meeting", "X and Y agreed …, in their first meeting
        // since June", "X and Y held a meeting", "X and Y pledged … at a meeting in Athens":
        // coordinated subjects meet each other
        if relation == Relation::Meets {
            let k = self.modified_noun_start(i);
            // (not a visit to a place: "during a visit to Saudi Arabia")
            let owner = |d: usize| match self.word(d) {
                Some("their") => true,
                Some("a" | "an") => {
                    d > 0
                        && self.word(end) != Some("to")
                        && matches!(
                            self.word(d - 1),
                            Some("held" | "hold" | "holds" | "holding" | "had" | "at" | "during")
                        )
                }
                // "X and Y agreed to a ceasefire after talks in Doha": bare talks the clause's own
                Some("after" | "following" | "during") => matches!(self.word(i), Some("talks" | "negotiations")),
                _ => false,
            };
            if k > 0
                && owner(k - 1)
                && !matches!(self.word(end), Some("with" | "between" | "of"))
                && self.with_after_venue(end).is_none()
            {
                // (the subject of the clause the phrase stands in: "during their talks")
                let before = k - 1;
                let anchor = if before > 0
                    && (self.is_prep(before - 1) || self.word(before - 1).is_some_and(|w| SUBORDINATORS.contains(&w)))
                {
                    before - 1
                } else {
                    before
                };
                let mut parties = self.subject(anchor, MAX_SUBJECT_DISTANCE, false);
                // past the object of the clause's verb ("Trump and Putin discussed Ukraine during
                // their talks")
                if let Some(&(o, _)) = parties.iter().min_by_key(|p| p.0).filter(|&&(o, _)| self.object_of_verb(o)) {
                    parties = self.subject(o, MAX_SUBJECT_DISTANCE, false);
                }
                // "Lee discussed the issue with Trump during their meeting": the one the subject
                // acts with in the clause
                if let [(s, _)] = parties[..] {
                    if let Some(with) = (s + 1..before).find(|&p| self.word(p) == Some("with")) {
                        parties.extend(self.objects(with + 1).into_iter().filter(|&(t, _)| t < before));
                    }
                }
                if parties.len() > 1 {
                    self.reciprocal(&parties, relation, trig, 0.7, negated);
                }
                return;
            }
        }
        // possessor: ENT ['s] [adj]{0,2} trigger
        let mut sources: Vec<(usize, usize)> = Vec::new();
        let mut k = i;
        let mut adjs = 0;
        while k > 0 && adjs <= 2 {
            let t = &self.toks[k - 1];
            // (quotes and the hyphen of a compound adjective: "its \"rock-solid\" commitment")
            if t.is_quote() || (t.is_punct('-') && k >= 2 && self.word(k - 2).is_some() && self.word(k).is_some()) {
                k -= 1;
                continue;
            }
            if let Some((e, _, _)) = t.entity() {
                let possessive = self.possessive_at(k);
                if !self.is_modifier(k - 1) && (possessive || k == i) {
                    sources.push((k - 1, e));
                }
                break;
            }
            if t.kind == TokenKind::Possessive {
                k -= 1;
                continue;
            }
            // (not past the verb that has or draws it: "Reagan's plan drew criticism from X" is
            // no criticism of Reagan's)
            match t.word() {
                Some(w)
                    if !CLAUSE_WORDS.contains(&w)
                        && !self.is_prep(k - 1)
                        && !DETERMINERS.contains(&w)
                        && !RECEIVING_VERBS.contains(&w)
                        && !DRAWING_VERBS.contains(&w) =>
                {
                    adjs += 1;
                    k -= 1;
                }
                _ => break,
            }
        }
        let explicit_source = !sources.is_empty();
        // "thanked Turkey for its support": the one thanked gave it to the one thanking
        if !explicit_source {
            if let Some((givers, thank)) = self.thanked_for(k) {
                // what the support is for, when named ("thanked X for their support of a
                // Palestinian state"), else the one thanking
                let named = match self.word(end) {
                    Some("of" | "for" | "to") => self.objects(end + 1),
                    _ => Vec::new(),
                };
                let receivers = if named.is_empty() { self.subject(thank, MAX_SUBJECT_DISTANCE, true) } else { named };
                for &(_, receiver) in &receivers {
                    for &(_, giver) in &givers {
                        self.typed(giver, receiver, relation, trig, 0.7, negated);
                    }
                }
                return;
            }
        }
        // "a critic of Western aid to Kyiv", "the end of support for X": the noun is what
        // someone else objects to or stops, so the clause subject is not its source
        // "questioned aid to Kyiv", "blocked the military aid to Ukraine": so is a noun a
        // verb near before it doubts or stops
        // (the owner may open the phrase: "the suspension of remaining U.S. sanctions on X")
        let phrase_start = sources.first().map_or(k, |&(t, _)| self.phrase_start(t));
        // ("at the end of a two-day visit to Mexico": a meeting that ends was held)
        let ended_meeting = relation == Relation::Meets
            && (i.saturating_sub(8)..i).any(|p| {
                p > 0
                    && self.word(p) == Some("end")
                    && self.word(p - 1) == Some("the")
                    && self.word(p + 1) == Some("of")
            });
        let undone = (!ended_meeting
            && ((phrase_start >= 2
                && self.word(phrase_start - 1) == Some("of")
                && self.word(phrase_start - 2).is_some_and(|w| UNDOING_NOUNS.contains(&w)))
                || self.undoing_before(i, 4)))
            // (before the owner, by a verb of ending what one does oneself: "lifted most U.S.
            // sanctions on Syria"; not "criticised the EU's sanctions on Russia")
            || sources.first().is_some_and(|&(t, _)| self.word_just_before(t, 3, ENDING_VERBS));
        // "Kuwait has the full support of Saudi Arabia": after a verb of having or
        // receiving, "of X" names the giver
        let received = self.word_just_before(k, 2, RECEIVING_VERBS);
        let mut targets: Vec<(usize, usize)> = Vec::new();
        let mut j = end;
        // "sanctions imposed by X on Y", "aid provided to Y by X": both named after the participle
        let described = !explicit_source && relation != Relation::Meets && self.given_participle(end).is_some();
        if described {
            j = end + 1;
        }
        for _ in 0..2 {
            j = self.after_quotes(j);
            // ("won praise today from X", "a visit to Moscow last week by X")
            if matches!(self.word(j), Some("today" | "yesterday" | "tonight" | "again" | "recently")) {
                j += 1;
            } else if matches!(self.word(j), Some("last" | "this"))
                && matches!(self.word(j + 1), Some("week" | "month"))
                && matches!(self.word(j + 2), Some("by" | "from"))
            {
                j += 2;
            }
            match self.word(j) {
                Some("from" | "by") if !explicit_source => {
                    sources = self.objects(j + 1);
                    // "said in a telephone call from Washington": where the caller was
                    if relation == Relation::Meets {
                        sources.retain(|&(t, _)| !matches!(self.entity(t), Some((_, _, AliasKind::Capital))));
                    }
                    j = after_last(&sources, j + 2);
                }
                Some("of") if received && !explicit_source && sources.is_empty() => {
                    sources = self.objects(j + 1);
                    j = after_last(&sources, j + 2);
                }
                // "talks with X", "on a visit to Beijing", "a summit in Sharm el-Sheikh with X"
                Some("with") if relation == Relation::Meets && targets.is_empty() => {
                    targets = self.objects(j + 1);
                    break;
                }
                Some("in" | "at") if relation == Relation::Meets => match self.with_after_venue(j) {
                    Some(with) => j = with,
                    None => break,
                },
                // (its visitor may follow: "a visit to Moscow last week by Iran's Oil Minister X")
                Some("to") if relation == Relation::Meets && matches!(self.word(i), Some("visit")) => {
                    targets = self.objects(j + 1);
                    j = after_last(&targets, j + 2);
                }
                // "talks between Russia and Ukraine"
                Some("between") if relation == Relation::Meets && sources.is_empty() => {
                    let mut parties = self.first_pair_or_list(self.objects(j + 1));
                    if parties.len() < 2 {
                        parties = self.envoys_of_two_states(j + 1);
                    }
                    // "was ready to host a new round of talks between X and Y": the host's verb is hedged
                    // (a stem and an inflection: "hosted", "organised"; not "hostile")
                    let inflection =
                        |t: &str| matches!(t, "" | "s" | "d" | "e" | "es" | "ed" | "ing" | "se" | "sed" | "ze" | "zed");
                    let host = (i.saturating_sub(7)..i).rev().take_while(|&p| self.word(p).is_some()).find(|&p| {
                        self.word(p)
                            .is_some_and(|w| HOSTING_VERBS.iter().any(|v| w.strip_prefix(v).is_some_and(inflection)))
                    });
                    if host.is_some_and(|h| self.cue_flags(h).1) {
                        return;
                    }
                    // ("the summit between X and Y was planned for May": not held)
                    if parties.len() > 1 && !self.not_yet_after(after_last(&parties, j + 2)) {
                        self.reciprocal(&parties, relation, trig, 0.7, negated);
                    }
                    return;
                }
                // ("under pressure from X to recognise a Palestinian state": an infinitive, no target)
                Some("to") if self.flag(j + 1, TRIGGER) && self.word(j + 1).is_some() => break,
                Some("for" | "to" | "of" | "on" | "against") if relation != Relation::Meets && targets.is_empty() => {
                    targets = self.objects(j + 1);
                    if !described {
                        break;
                    }
                    j = after_last(&targets, j + 2);
                }
                _ => break,
            }
        }
        // "support for the Conservative party stood at 38 pct": a poll's share, no backing
        if relation == Relation::Supports && self.poll_share_after(after_last(&targets, end)) {
            return;
        }
        // "talks with Iran are scheduled to resume": not (yet) held
        if relation == Relation::Meets
            && (self.not_yet_after(after_last(&targets, end))
                || (!sources.is_empty() && self.meeting_not_yet(after_last(&sources, after_last(&targets, end)))))
        {
            return;
        }
        if described && (sources.is_empty() || targets.is_empty()) {
            return;
        }
        let mut conf = 0.75;
        let mut negated = negated || (explicit_source && undone);
        if sources.is_empty() && !targets.is_empty() {
            // (talks stay the speaker's: "VW said negotiations with Toyota have reached …")
            if undone || (relation != Relation::Meets && self.opens_reported_clause(i)) {
                return;
            }
            // "China's admission took 15 years and talks with Russia have been taking place":
            // the noun opens a clause of its own after "and", whose verb follows its target
            if self.noun_opens_clause(k, &targets) {
                return;
            }
            // ("Garcia told a press conference at the end of an official two-day visit to Mexico":
            // a visit in a phrase after a preposition is the clause subject's, however long)
            let adjunct_visit = relation == Relation::Meets && self.word(end) == Some("to") && {
                let article =
                    (i.saturating_sub(7)..i).rev().find(|&p| matches!(self.word(p), Some("a" | "an" | "the")));
                article.is_some_and(|a| a > 0 && self.is_prep(a - 1))
            };
            // (counted from the verb the noun is the object of: "Trump criticised the trial and
            // imposed a 50% tariff on Brazil")
            sources = match self.governing_verb(i) {
                Some(v) => self.subject(v, MAX_SUBJECT_DISTANCE, false),
                None => self.subject(i, if adjunct_visit { MAX_SUBJECT_DISTANCE } else { 8 }, false),
            };
            if sources.is_empty() && relation == Relation::Meets {
                sources.extend(self.fronted_subject(i));
            }
            // "proposed using frozen Russian assets to fund a loan for Ukraine": a demonym
            // before a noun gives only as the subject of a verb ("Russian officials pledged …")
            sources.retain(|&(t, _)| {
                !(matches!(self.entity(t), Some((_, _, AliasKind::Demonym)))
                    && self.common_noun_at(t + 1)
                    && !self.verb_after(t + 1))
            });
            // "Kim thanked Putin for Russia's support and pledged continued backing for …":
            // the object of an earlier verb does not give what a later noun names, unless a
            // pronoun says so ("praised Germany for its support of Ukraine")
            let pronoun = k.checked_sub(1).and_then(|p| self.word(p)).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w));
            // "is admired at the Bundesbank, despite his criticism of …": "his"/"her" is a person's
            if k > 0 && matches!(self.word(k - 1), Some("his" | "her")) {
                let person = |t: usize| matches!(self.entity(t), Some((_, EntityType::Actor, _)));
                sources.retain(|&(t, _)| person(t));
                if sources.is_empty() {
                    sources.extend(
                        (0..k)
                            .rev()
                            .find(|&t| person(t) && !self.possessive_at(t + 1))
                            .and_then(|t| self.entity(t).map(|(e, _, _)| (t, e))),
                    );
                }
            }
            if !pronoun && sources.last().is_some_and(|&(c, _)| self.object_of_verb(c)) {
                return;
            }
            conf = 0.6;
            // "Turkey declined to join the sanctions": a negation between subject and noun
            if let Some(first) = sources.iter().map(|s| s.0).max() {
                negated |=
                    (first + 1..i).any(|k| self.rules.cues.negation.match_at(|n| self.word_before(k + n, i)).is_some());
            }
        } else if let Some(w) = self.reliant_on(relation, explicit_source, &sources, &targets) {
            targets = self.subject(w, MAX_SUBJECT_DISTANCE, false);
            conf = 0.6;
        } else if let Some(r) = self.receiver_verb(relation, explicit_source, phrase_start, &targets) {
            // "Jordan has received billions of dollars in U.S. aid": the one receiving it
            targets = self.subject(r, MAX_SUBJECT_DISTANCE, false);
            conf = 0.6;
        } else if targets.is_empty()
            && !sources.is_empty()
            && (!explicit_source || self.after_with(sources[0].0))
            // an attack is aimed at whom the text names ("attacks by Iran on …"), not at the
            // clause's subject ("Weinberger sought cover from attacks by Iran")
            && !named
        {
            // not across "that" ("told Reuters that a loan from X …": the clause has its own subject);
            // after a participle opening a clause, the main clause's subject ("X met Y in Moscow,
            // drawing criticism from Z")
            // (also past an article and adjectives: "drawing a sharp rebuke from Z")
            let anchor = self.participle_before(i, 4).unwrap_or(i);
            targets = self.subject(anchor, MAX_NOUN_RECIPIENT_DISTANCE, false);
            // (a "that" in the main clause before a participle is a relative clause's: "India blamed
            // a group for a bombing that killed 13 people, prompting a denial from Islamabad")
            if anchor == i {
                targets.retain(|&(t, _)| !(t + 1..i).any(|p| self.word(p) == Some("that")));
            }
            conf = 0.6;
        }
        for &(_, s) in &sources {
            for &(_, t) in &targets {
                self.typed(s, t, relation, trig, conf, negated);
            }
        }
    }

    /// The past-tense verb (or gerund of giving or imposing) whose object the noun at `i` heads,
    /// past a determiner, numbers and at most two other words ("imposed a 50% tariff", "pledged
    /// $5bn in military aid", "an order imposing new sanctions").
    pub(super) fn governing_verb(&self, i: usize) -> Option<usize> {
        let mut p = i;
        let mut words = 0;
        while p > 0 && i - p < 6 {
            let t = &self.toks[p - 1];
            match t.word() {
                Some(w) if past_tense(w) && p < i => return Some(p - 1),
                // ("signed an order imposing new sanctions on X")
                Some(w) if GIVING_GERUNDS.contains(&w) && p < i => return Some(p - 1),
                Some(w) if DETERMINERS.contains(&w) || w.starts_with(|c: char| c.is_ascii_digit()) => {}
                Some(w) if words < 2 && !CLAUSE_WORDS.contains(&w) && !self.is_prep(p - 1) => words += 1,
                None if t.is_punct('%') || t.is_punct('$') || t.is_punct('-') => {}
                _ => return None,
            }
            p -= 1;
        }
        None
    }

    /// The verb of receiving a few words before a support noun whose giver is named before it
    /// and whose recipient is not ("received billions of dollars in U.S. aid", "won EU
    /// backing"): the recipient is that verb's subject.
    pub(super) fn receiver_verb(
        &self,
        relation: Relation,
        explicit_source: bool,
        phrase_start: usize,
        targets: &[(usize, usize)],
    ) -> Option<usize> {
        if relation != Relation::Supports || !explicit_source || !targets.is_empty() {
            return None;
        }
        (phrase_start.saturating_sub(6)..phrase_start)
            .rev()
            .take_while(|&p| self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w)))
            .find(|&p| {
                self.word(p)
                    .is_some_and(|w| RECEIVING_VERBS.contains(&w) && !matches!(w, "has" | "have" | "had" | "having"))
            })
    }

    /// The "with" after a venue opened by "in"/"at" at `j` (capitalised words or names, at most
    /// four: "in Sharm el-Sheikh with X", "at the White House with X").
    pub(super) fn with_after_venue(&self, j: usize) -> Option<usize> {
        let mut p = j + 1;
        if self.word(p) == Some("the") {
            p += 1;
        }
        let start = p;
        // (a lower-case particle glued by a hyphen too: "Sharm el-Sheikh")
        let glued = |p: usize| self.toks.get(p + 1).is_some_and(|t| t.is_punct('-'));
        while p - start < 5
            && (self.entity(p).is_some()
                || self.capitalised_word(p)
                || glued(p)
                || self.toks.get(p).is_some_and(|t| t.is_punct('-')))
        {
            p += 1;
        }
        (p > start && self.word(p) == Some("with")).then_some(p)
    }

    /// The "with" after a time phrase from `j` (at most three words: "met last night with X",
    /// "met on Monday with X", "met privately yesterday with X").
    pub(super) fn with_after_time(&self, j: usize) -> Option<usize> {
        let time = |p: usize| {
            self.word(p).is_some_and(|w| {
                matches!(
                    w,
                    "yesterday"
                        | "today"
                        | "tonight"
                        | "earlier"
                        | "later"
                        | "again"
                        | "privately"
                        | "separately"
                        | "briefly"
                        | "secretly"
                        | "last"
                        | "this"
                        | "night"
                        | "week"
                        | "weekend"
                        | "month"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "on"
                ) || crate::discover::WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
            })
        };
        let p = (j..j + 4).find(|&p| !time(p))?;
        (p > j && self.word(p) == Some("with")).then_some(p)
    }

    /// Does the noun phrase starting at `k` open a clause of its own after "and"/"but", its
    /// verb right after its `targets` ("…, and talks with Russia have been taking place")?
    pub(super) fn noun_opens_clause(&self, k: usize, targets: &[(usize, usize)]) -> bool {
        k > 0
            && matches!(self.word(k - 1), Some("and" | "but"))
            && targets.iter().map(|&(t, _)| t).max().is_some_and(|t| self.verb_after(t))
    }

    /// The noun at `i`'s first word, past at most two modifiers ("Japan's escalating trade
    /// dispute", "their first meeting"; a determiner is no modifier).
    pub(super) fn modified_noun_start(&self, i: usize) -> usize {
        let mut k = i;
        while k > 0 && i - k < 2 && self.word(k - 1).is_some_and(|w| self.modifier_word(w, k - 1)) {
            k -= 1;
        }
        k
    }

    /// For a meeting noun at `i` in a phrase of its own ("in a phone call", "during talks", "at
    /// their meeting"), the subject and the person or state told something by a verb of
    /// telling within eight words of it, with no clause break between ("Xi told Trump in a
    /// phone call that …", "In a phone call, Xi told Trump …").
    pub(super) fn told_in_meeting(&self, i: usize) -> Option<Vec<(usize, usize)>> {
        let k = self.modified_noun_start(i);
        let det = k.checked_sub(1).and_then(|d| self.word(d).map(|w| (d, w)));
        let in_phrase = match det {
            Some((_, "during")) => true,
            Some((d, "a" | "an" | "their" | "the")) => {
                d > 0 && matches!(self.word(d - 1), Some("in" | "during" | "at" | "on"))
            }
            _ => false,
        };
        if !in_phrase {
            return None;
        }
        let breaks = |a: usize, b: usize| {
            (a..b).any(|p| matches!(self.toks[p].kind, TokenKind::Punct(';' | ':')) || self.word(p) == Some("that"))
        };
        let v = (i.saturating_sub(8)..(i + 8).min(self.toks.len()))
            .filter(|&v| self.word(v).is_some_and(|w| TELLING_VERBS.contains(&w)))
            .find(|&v| !breaks(v.min(i), v.max(i)))?;
        if self.cue_flags(v).1 {
            return None;
        }
        let counts = |e: usize| matches!(self.etype_of(e), Some(EntityType::Actor | EntityType::Country));
        let mut parties: Vec<(usize, usize)> =
            self.subject(v, MAX_SUBJECT_DISTANCE, false).into_iter().filter(|&(_, e)| counts(e)).collect();
        let told: Vec<(usize, usize)> = self.objects(v + 1).into_iter().filter(|&(_, e)| counts(e)).collect();
        if parties.is_empty() || told.is_empty() {
            return None;
        }
        parties.extend(told);
        Some(parties)
    }

    /// Does the noun phrase of the noun at `i` open a clause after "said (that)" ("X said
    /// (that) sanctions against Japan would hurt London")? Then it is that clause's subject,
    /// and the speaker is not whose it is (unless a possessive pronoun says so: "said its
    /// support for Ukraine").
    pub(super) fn opens_reported_clause(&self, i: usize) -> bool {
        let mut p = i;
        while p > 0
            && i - p < 4
            && self.word(p - 1).is_some_and(|w| {
                !matches!(w, "that" | "said" | "says" | "it" | "he" | "she" | "they")
                    && !POSSESSIVE_PRONOUNS.contains(&w)
                    && !past_tense(w)
                    && (DETERMINERS.contains(&w) || self.modifier_word(w, p - 1))
            })
        {
            p -= 1;
        }
        matches!(p.checked_sub(1).and_then(|q| self.word(q)), Some("that" | "said" | "says"))
            && (p.saturating_sub(8)..p).any(|q| matches!(self.word(q), Some("said" | "says")))
    }

    /// "talks between Russian and Ukrainian delegations": two nationalities of the envoys at
    /// `k` are their states (token, entity).
    pub(super) fn envoys_of_two_states(&self, k: usize) -> Vec<(usize, usize)> {
        let demonym = |p: usize| match self.entity(p) {
            Some((e, EntityType::Country, AliasKind::Demonym)) => Some((p, e)),
            _ => None,
        };
        let envoys = self.word(k + 3).is_some_and(|w| {
            matches!(
                w,
                "delegations" | "officials" | "negotiators" | "diplomats" | "envoys" | "representatives" | "teams"
            )
        });
        // (the first may be a name the head after the second serves too: "U.S. and Russian officials")
        let first = match self.entity(k) {
            Some((e, EntityType::Country, _)) => Some((k, e)),
            _ => None,
        };
        match (first, self.word(k + 1), demonym(k + 2)) {
            (Some(a), Some("and"), Some(b)) if envoys && a.1 != b.1 => vec![a, b],
            _ => Vec::new(),
        }
    }

    /// A noun whose parties act on each other: "a row between X and Y"; "X's dispute with
    /// Y", "X is in a dispute with Y", "X … its dispute with Y" (the owner, or the subject
    /// where the noun is its own: after "in a" or a possessive pronoun).
    pub(super) fn reciprocal_noun(&mut self, relation: Relation, i: usize, end: usize, trig: Span<'_>, negated: bool) {
        // ("ending a feud with X", "settled their dispute": over)
        const SETTLING: &[&str] = &["resolve", "resolved", "resolving", "settle", "settled", "settling"];
        let k = self.modified_noun_start(i);
        if self.undoing_before(k, 3) || self.word_just_before(k, 3, SETTLING) {
            return;
        }
        let j = self.after_quotes(end);
        match self.word(j) {
            Some("between") => {
                let parties = self.first_pair_or_list(self.objects(j + 1));
                if parties.len() > 1 {
                    self.reciprocal(&parties, relation, trig, 0.7, negated);
                }
            }
            Some("with") => {
                let others = self.objects(j + 1);
                let owners = if let Some(owner) = self.possessor_before(k) {
                    vec![owner]
                } else {
                    let participle = self.participle_before(k, 3);
                    // ("Greece, which has long-running disputes with Turkey", "X has a row with Y")
                    let has = |p: usize| matches!(self.word(p), Some("has" | "have" | "had" | "having"));
                    // (past adjectives: "has long-running disputes")
                    let mut p = k;
                    while p > 0
                        && k - p < 4
                        && (self.compound_hyphen(p - 1) || self.descriptor_word(p - 1))
                        && !has(p - 1)
                    {
                        p -= 1;
                    }
                    let had_at = if p >= 1 && has(p - 1) {
                        Some(p - 1)
                    } else if p >= 2 && matches!(self.word(p - 1), Some("a" | "an")) && has(p - 2) {
                        Some(p - 2)
                    } else {
                        None
                    };
                    // (also "a"/"the" after a participle clause: "…, deepening a standoff with the
                    // White House")
                    let own = self.word(k.wrapping_sub(1)).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w))
                        || (k >= 2 && matches!(self.word(k - 1), Some("a" | "an")) && self.word(k - 2) == Some("in"))
                        || (participle.is_some() && matches!(self.word(k.wrapping_sub(1)), Some("a" | "an" | "the")))
                        || had_at.is_some();
                    if !own {
                        return;
                    }
                    let anchor = participle.or(had_at).unwrap_or(k);
                    self.subject(anchor, MAX_SUBJECT_DISTANCE, false)
                };
                for &(_, x) in &owners {
                    for &(_, y) in others.iter().filter(|&&(_, y)| y != x) {
                        self.typed(x, y, relation, trig, 0.7, negated);
                        self.typed(y, x, relation, trig, 0.7, negated);
                    }
                }
            }
            _ => {}
        }
    }

    /// The two names joined by a hyphen right before the noun at `i` (one topic word may stand
    /// between: "US-China trade talks").
    pub(super) fn hyphenated_pair(&self, i: usize) -> Option<[(usize, usize); 2]> {
        let mut p = i;
        if self
            .word(p.checked_sub(1)?)
            .is_some_and(|w| matches!(w, "trade" | "peace" | "security" | "nuclear" | "border"))
        {
            p -= 1;
        }
        let (a, dash, b) = (p.checked_sub(3)?, p - 2, p - 1);
        let glued = self.toks[dash].is_punct('-')
            && self.toks[a].end == self.toks[dash].start
            && self.toks[dash].end == self.toks[b].start;
        match (self.entity(a), self.entity(b)) {
            (Some((x, _, _)), Some((y, _, _))) if glued && x != y => Some([(a, x), (b, y)]),
            _ => None,
        }
    }

    /// Is the possessor at `p` right after "with" ("…, with Washington's backing": what it
    /// backs is the clause's subject)?
    pub(super) fn after_with(&self, p: usize) -> bool {
        p > 0 && self.word(p - 1) == Some("with")
    }

    /// The first token of the noun phrase whose owner stands at `t`: up to two adjectives
    /// and a determiner before it ("the remaining U.S. sanctions").
    pub(super) fn phrase_start(&self, t: usize) -> usize {
        let mut k = t;
        let mut adjs = 0;
        while k > 0 && adjs < 2 {
            match self.word(k - 1) {
                Some(w) if DETERMINERS.contains(&w) => return k - 1,
                Some(w) if !CLAUSE_WORDS.contains(&w) && !self.is_prep(k - 1) && !self.flag(k - 1, TRIGGER) => {
                    adjs += 1;
                    k -= 1;
                }
                _ => break,
            }
        }
        k
    }

    /// A participle opening a clause within `reach` words before `i`, past plain words only
    /// ("drawing a sharp rebuke from", "deepening his feud with"): the noun at `i` aims at
    /// or belongs to the main clause's subject.
    pub(super) fn participle_before(&self, i: usize, reach: usize) -> Option<usize> {
        (i.saturating_sub(reach)..i)
            .rev()
            .take_while(|&p| self.word(p).is_some_and(|w| !self.is_prep(p) && !CLAUSE_WORDS.contains(&w)))
            .find(|&p| self.clause_participle(p))
    }
}
