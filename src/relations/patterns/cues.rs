//! How a trigger is read: as a noun or a verb, negated ("did not criticise") or hedged
//! (modals, "if", plans and polls that are not acts).

use super::*;

impl<'a> Extraction<'a> {
    /// Is the trigger at `i..end` used as a noun? "support from/for/of", or
    /// after a possessive or determiner ("Bern's reckless support", "other support").
    pub(super) fn looks_nominal(&self, i: usize, end: usize) -> bool {
        let n = self.after_quotes(end);
        if matches!(self.word(n), Some("from" | "for" | "of" | "on" | "against")) {
            return true;
        }
        // "sanctions imposed by X on Y": a noun described by who imposed it
        if self.given_participle(n).is_some() {
            return true;
        }
        // "direct talks with": a plural after a word that is no subject is a noun
        if self.word(i) == Some("talks")
            && i > 0
            && self.word(i - 1).is_some_and(|w| {
                !self.capitalised_word(i - 1)
                    && !w.ends_with("ly")
                    && !matches!(w, "he" | "she" | "it" | "who" | "that" | "which" | "also" | "often" | "still" | "now")
            })
        {
            return true;
        }
        let mut p = i;
        while p > 0 && self.toks[p - 1].is_quote() {
            p -= 1;
        }
        // (past adjectives of an event after an owner: "their first meeting", "Putin's recent visit")
        let mut q = p;
        while q > 1
            && i - q < 2
            && self.word(q - 1).is_some_and(|w| {
                matches!(
                    w,
                    "first"
                        | "second"
                        | "last"
                        | "latest"
                        | "recent"
                        | "rare"
                        | "brief"
                        | "lengthy"
                        | "direct"
                        | "private"
                        | "separate"
                        | "bilateral"
                        | "historic"
                        | "previous"
                        | "face-to-face"
                )
            })
        {
            q -= 1;
        }
        if q < p && (self.possessive_at(q - 1) || self.word(q - 1).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w))) {
            return true;
        }
        // "during a long visit to", "began a three-day visit to": after an article and adjectives
        // that a preposition or a verb's past or gerund opens (a title word is an adjective before
        // a base form: "an official visit"; "the official talks with" may be a person's verb; "the
        // first visit by X" names a visit, see `trigger`)
        let base = !self.word(i).is_some_and(|w| w.ends_with('s'));
        let opened = |a: usize| {
            a > 0
                && (self.is_prep(a - 1)
                    || self.word(a - 1).is_some_and(|w| {
                        (past_tense(w)
                            || w.ends_with("ing")
                            || matches!(w, "began" | "begun" | "paid" | "made" | "took"))
                            && !self.is_title_word(a - 1)
                    }))
        };
        if self.article_and_adjectives_before(p, base).is_some_and(opened)
            && !self.word(i).is_some_and(|w| w.ends_with("ed"))
            && self.word(end) != Some("by")
        {
            return true;
        }
        p > 0
            && (self.possessive_at(p - 1)
                || matches!(
                    self.word(p - 1),
                    Some("the" | "a" | "an" | "its" | "his" | "her" | "their" | "our" | "other" | "more" | "new")
                )
                // after a hyphenated pair ("the Trump-Xi meeting")
                || (p >= 3
                    && self.toks[p - 2].is_punct('-')
                    && self.entity(p - 1).is_some()
                    && self.entity(p - 3).is_some())
                // after a preposition ("a package of sanctions") other than "to", unless a
                // gerund ("after meeting X")
                || (self.is_prep(p - 1)
                    && self.word(p - 1) != Some("to")
                    && !self.word(i).is_some_and(|w| w.ends_with("ing")))
                // right after a verb in the past tense: its object ("approved sanctions against X")
                || self.word(p - 1).is_some_and(|w| past_tense(w) && !self.is_title_word(p - 1))
                // after an adjective of degree ("gave its full support to X", "strong backing")
                || self.word(p - 1).is_some_and(|w| DEGREE_ADJECTIVES.contains(&w)))
    }

    /// The article, when one and one to three adjectives stand right before token `p` ("during
    /// a long visit", "an official two-day visit", "the first-ever meeting"). (Not a noun that
    /// may be a subject: a plural, "the two leaders meet", or a title word unless `titles`,
    /// "the president visits".)
    pub(super) fn article_and_adjectives_before(&self, p: usize, titles: bool) -> Option<usize> {
        let adjective = |q: usize| {
            self.word(q).is_some_and(|w| {
                w.bytes().all(|b| b.is_ascii_lowercase())
                    && (!w.ends_with('s') || w.ends_with("ss") || w.ends_with("ous"))
                    && (titles || !self.is_title_word(q))
                    && !self.is_prep(q)
                    && !DETERMINERS.contains(&w)
                    && !CLAUSE_WORDS.contains(&w)
            })
        };
        let mut q = p;
        for _ in 0..3 {
            if q >= 3 && self.toks[q - 2].is_punct('-') && adjective(q - 1) && self.word(q - 3).is_some() {
                // a compound: "two-day", "first-ever"
                q -= 3;
            } else if q >= 1 && adjective(q - 1) {
                q -= 1;
            } else {
                break;
            }
        }
        (q < p && q > 0 && matches!(self.word(q - 1), Some("a" | "an" | "the"))).then(|| q - 1)
    }

    /// After a noun trigger ending at `n`, a participle of giving or imposing before "by" or a
    /// target ("sanctions imposed by X on Y", "aid provided to Y by X"): the token after it.
    pub(super) fn given_participle(&self, n: usize) -> Option<usize> {
        (self.word(n).is_some_and(|w| GIVEN_PARTICIPLES.contains(&w))
            && matches!(self.word(n + 1), Some("by" | "on" | "to" | "for" | "against")))
        .then_some(n + 1)
    }

    /// Is the capitalised word at `k` inside a sentence a name or a month ("NEW DELHI, May 9 -",
    /// "Will Hurd"), not a cue? (After a quote, or in a title-case headline, a capital marks nothing.)
    pub(super) fn cue_word_is_name(&self, k: usize) -> bool {
        k > 0 && self.capitalised_word(k) && !self.toks[k - 1].is_quote() && !self.title_case()
    }

    /// The word at `p` if it stands before `end`.
    pub(super) fn word_before(&self, p: usize, end: usize) -> Option<&'a str> {
        if p < end {
            self.word(p)
        } else {
            None
        }
    }

    /// Does a hedge cue (not a capitalised name) start at token `k` and end before `upto`?
    fn hedge_cue(&self, k: usize, upto: usize) -> bool {
        !self.cue_word_is_name(k) && self.rules.cues.hedge.match_at(|n| self.word_before(k + n, upto)).is_some()
    }

    /// The first token of the clause ending at `at`: after the last ";" or ":" within `reach`
    /// tokens before it.
    fn clause_start_before(&self, at: usize, reach: usize) -> usize {
        let from = at.saturating_sub(reach);
        (from..at).rev().find(|&k| matches!(self.toks[k].kind, TokenKind::Punct(';' | ':'))).map_or(from, |k| k + 1)
    }

    /// Negated or hedged by cues before the trigger at `i`?
    pub(super) fn cue_flags(&self, i: usize) -> (bool, bool) {
        let from = i.saturating_sub(CUE_WINDOW);
        let mut negated = false;
        let mut hedged = self.question;
        let mut lo = from;
        // the window stops at clause punctuation
        for k in (from..i).rev() {
            if matches!(self.toks[k].kind, TokenKind::Punct(';' | ':' | '(' | ')')) {
                lo = k + 1;
                break;
            }
        }
        // "No country has backed Russia", "Not a single EU state has criticised China": a
        // negated subject at the start of the clause
        let start =
            (0..i).rev().find(|&k| matches!(self.toks[k].kind, TokenKind::Punct(';' | ':' | ','))).map_or(0, |k| k + 1);
        let opening = |k: usize| self.word(start + k);
        // ("Neither France nor Germany has recognised Palestine")
        if i - start <= 10
            && (matches!(opening(0), Some("no" | "none" | "neither"))
                || (opening(0) == Some("not") && matches!(opening(1), Some("a" | "one" | "single"))))
        {
            negated = true;
        }
        // "Apple said it would appeal, accusing the Commission of …": a participle of speech
        // opening a clause after a comma is said now, outside the modal or negation before it
        // (not "will extend his tour, flying to Japan for talks")
        let speech = |w: &str| {
            [
                "accus", "blam", "criticis", "criticiz", "condemn", "denounc", "prais", "dismiss", "reject", "deny",
                "deni",
            ]
            .iter()
            .any(|stem| w.starts_with(stem))
        };
        if self.clause_participle(i) && self.word(i).is_some_and(speech) {
            lo = i;
        }
        // "would not take sides and criticised X": a finite verb after "and"/"but" is outside
        // the reach of an earlier modal or negation
        if i > lo && matches!(self.word(i - 1), Some("and" | "but")) && self.word(i).is_some_and(|w| w.ends_with("ed"))
        {
            lo = i;
        }
        // "Washington is likely to announce sanctions after it accused Tokyo of …": a finite
        // clause in the past tense after a subordinator states a fact, outside the main
        // clause's modal or negation
        if self.word(i).is_some_and(past_tense) {
            let factual = |w: &str| SUBORDINATORS.contains(&w) && !matches!(w, "if" | "unless");
            if let Some(sub) = (lo..i).rev().find(|&k| self.word(k).is_some_and(factual)) {
                let subject = (sub + 1..i).any(|k| {
                    self.entity(k).is_some() || matches!(self.word(k), Some("it" | "he" | "she" | "they" | "we"))
                });
                if subject && i - sub <= 6 {
                    lo = i;
                }
            }
        }
        // a relative clause or apposition between commas right before the trigger is not its
        // clause ("Iran, which could attack Israel, backed Hamas"); the words before it are
        // ("invited Fritz Leutwiler, former president of the SNB, to join the board")
        let aside = (lo..i).rev().find(|&c| self.toks[c].is_punct(',')).and_then(|c| {
            self.relative_clause_opening(c, c.saturating_sub(MAX_SUBJECT_DISTANCE)).map(|open| (open, c))
        });
        // "Norway will continue to support Ukraine", "would keep backing X": one continues what
        // one does now, so a modal or hedge before "continue" does not hedge the trigger
        let continued = |c: usize| self.word(c).is_some_and(|w| CONTINUE_WORDS.contains(&w));
        let continues_from = match i.checked_sub(1).and_then(|p| self.word(p)) {
            Some("to") if i >= 2 && continued(i - 2) => i - 2,
            Some(_) if continued(i - 1) && self.word(i).is_some_and(gerund) => i - 1,
            _ => lo,
        };
        for k in lo..i {
            // a capitalised cue inside the sentence is a name or a month ("NEW DELHI, May 9 -",
            // "Will Hurd"), not a modal or negation
            if self.cue_word_is_name(k) || aside.is_some_and(|(open, close)| (open..=close).contains(&k)) {
                continue;
            }
            let at = |n: usize| self.word_before(k + n, i);
            if let Some((n, _)) = self.rules.cues.negation.match_at(at) {
                // the cue must govern the trigger: only auxiliaries/adverbs between them, and the
                // quotes and commas of an emphasis ("pledged to \"never, ever, ever\" attack X")
                let mark = |g: usize| self.toks[g].is_quote() || self.toks[g].is_punct(',');
                let gap = (k + n..i).all(|g| mark(g) || self.word(g).is_some_and(|w| NEGATION_GAP.contains(&w)));
                if gap && (k + n..i).filter(|&g| !mark(g)).count() <= 2 {
                    negated = true;
                }
                // "made no commitments to support X", "has no plans to meet Y": "no" before
                // the noun that the trigger's infinitive completes
                if n == 1 && self.word(k) == Some("no") && self.no_noun_to(k + 1, i) {
                    negated = true;
                }
            }
            if k >= continues_from && self.rules.cues.hedge.match_at(at).is_some() {
                hedged = true;
            }
        }
        if !hedged {
            hedged = self.in_reported_clause(i);
        }
        if let Some((open, _)) = aside.filter(|_| !hedged) {
            hedged = (open.saturating_sub(CUE_WINDOW)..open).any(|k| self.hedge_cue(k, open));
        }
        // "X was due to hold talks …, before travelling to Washington": a participle after a
        // subordinator is as hedged as the main clause it hangs on
        if !hedged && i >= 2 && self.word(i).is_some_and(|w| w.ends_with("ing")) {
            let sub = i - 1;
            if self.word(sub).is_some_and(|w| SUBORDINATORS.contains(&w)) {
                hedged = (self.clause_start_before(sub, MAX_SUBJECT_DISTANCE)..sub).any(|k| self.hedge_cue(k, sub));
            }
        }
        // "either Japan could spend 3 pct of its GNP on defence or give money to the U.S.": a
        // verb after "or" is as hedged as the alternative before it, and "either … or" is a choice
        if !hedged && i >= 2 && self.word(i - 1) == Some("or") {
            let or = i - 1;
            hedged = (self.clause_start_before(or, 16)..or)
                .any(|k| (self.word(k) == Some("either") && !self.cue_word_is_name(k)) || self.hedge_cue(k, or));
        }
        // "charges of bombing X": a claim, not the act; denied ("denied previous charges of
        // bombing X"), the act negated
        if i >= 2 && self.word(i - 1) == Some("of") && self.word(i - 2).is_some_and(|w| CHARGE_NOUNS.contains(&w)) {
            if self.word_just_before(i - 2, 3, DENIAL_WORDS) {
                negated = true;
            } else {
                hedged = true;
            }
        }
        // "accused China of supporting Russia, which Beijing denied": a charge the sentence
        // answers with a denial is a claim, not the act (as "charges of bombing X" above)
        if self.charged_act(i)
            && (i + 1..self.toks.len()).any(|k| self.word(k).is_some_and(|w| DENIAL_WORDS.contains(&w)))
        {
            hedged = true;
        }
        // "abstained in a vote condemning X", "voted against / vetoed a resolution condemning X":
        // what a text says that one refused is not said by them
        if i > 0 && self.word(i - 1).is_some_and(|w| VOTE_NOUNS.contains(&w)) {
            let refused = |w: &str| w.starts_with("abstain") || matches!(w, "against" | "vetoed" | "vetoes" | "veto");
            let clause = (i.saturating_sub(9)..i - 1).rev().take_while(|&k| !self.toks[k].is_punct(','));
            if clause.filter_map(|k| self.word(k)).any(refused) {
                negated = true;
            }
        }
        // "prevent/bar/stop X from joining"
        if i > 0 && self.word(i - 1) == Some("from") {
            let blockers = ["prevent", "bar", "block", "stop", "ban", "exclude", "keep", "deter"];
            if (lo..i).any(|k| self.word(k).is_some_and(|w| blockers.iter().any(|b| w.starts_with(b)))) {
                negated = true;
            }
        }
        // "did not join the statement condemning X": a participle after a noun phrase shares
        // the negation of the verb before that phrase
        if !negated && i >= 3 && self.word(i).is_some_and(gerund) {
            let det = (i.saturating_sub(4)..i - 1).rev().find(|&d| matches!(self.word(d), Some("the" | "a" | "an")));
            if let Some(d) = det.filter(|&d| d > lo && (d + 1..i).all(|n| self.common_noun_at(n))) {
                let verb = d - 1;
                if self.word(verb).is_some_and(|w| !self.is_prep(verb) && !DETERMINERS.contains(&w)) {
                    negated = self.cue_flags(verb).0;
                }
            }
        }
        // a conditional earlier in the same stretch (not across quotes, dashes or ';')
        let mut k = i;
        while k > 0 && i - k < 25 {
            k -= 1;
            let t = &self.toks[k];
            if t.is_quote() || matches!(t.kind, TokenKind::Punct(';' | '-' | '\u{2014}' | '\u{2013}' | '(' | ')')) {
                break;
            }
            if matches!(t.word(), Some("if" | "whether" | "unless")) {
                hedged = true;
                break;
            }
        }
        // "would leave Monday to attend the meeting and to hold talks with X": an infinitive
        // after "and to" shares the hedge of the infinitive it is coordinated with
        if !hedged && i >= 3 && self.word(i - 1) == Some("to") && self.word(i - 2) == Some("and") {
            let first = (i.saturating_sub(12)..i - 2)
                .rev()
                .take_while(|&k| !matches!(self.toks[k].kind, TokenKind::Punct(';' | ':' | '.')))
                .find(|&k| self.word(k) == Some("to") && self.word(k + 1).is_some());
            if let Some(to) = first {
                hedged = self.cue_flags(to + 1).1;
            }
        }
        (negated, hedged)
    }

    /// Is the joining verb at `i` an aim: an infinitive after a word of trying, waiting or
    /// asking within five words ("trying to join", "waiting for a decade to join", "invited X to
    /// join"), or a gerund after such a word and a preposition ("the process of joining", "its
    /// bid for joining")? Not a purpose fulfilled: "ending decades of neutrality to join".
    pub(super) fn membership_to_come(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else { return false };
        let to = matches!(
            (self.word(p), self.word(i)),
            (Some("to"), Some("join" | "accede"))
                | (Some("of" | "on" | "about" | "for" | "towards"), Some("joining" | "acceding"))
        );
        let aim = |w: &str| {
            [
                "try", "tried", "tries", "attempt", "struggl", "wait", "seek", "sought", "want", "hop", "bid", "appl",
                "effort", "process", "campaign", "drive", "quest", "aspir", "ambition", "invit", "plan", "aim",
                "desire", "eager", "keen", "push", "talks", "negotiat",
            ]
            .iter()
            .any(|stem| w.starts_with(stem))
        };
        to && (p.saturating_sub(5)..p).any(|k| self.word(k).is_some_and(aim) && !self.cue_word_is_name(k))
    }

    /// Does an agent noun trigger at `i` ("supporters of", "critics of") stand, past its
    /// article, right after a verb other than a copula or after a preposition other than
    /// "among" ("told supporters of", "from critics of")?
    pub(super) fn agent_noun_as_object(&self, i: usize) -> bool {
        let p =
            if i > 0 && matches!(self.word(i - 1), Some("the" | "his" | "her" | "its" | "their")) { i - 1 } else { i };
        let Some(before) = p.checked_sub(1) else { return false };
        let copula = |w: &str| {
            matches!(
                w,
                "is" | "are"
                    | "was"
                    | "were"
                    | "be"
                    | "been"
                    | "being"
                    | "become"
                    | "became"
                    | "remain"
                    | "remains"
                    | "remained"
            )
        };
        self.word(before).is_some_and(|w| {
            !copula(w)
                && (past_tense(w) || matches!(w, "told" | "tells" | "meets" | "urged" | "urges" | "asked" | "asks"))
        }) || (self.is_prep(before) && self.word(before) != Some("among"))
    }

    /// Do one or two common nouns from `from` and then "to" stand right before the trigger at
    /// `i` ("no commitments to support", "no immediate plans to meet")? Not "no choice but to".
    fn no_noun_to(&self, from: usize, i: usize) -> bool {
        i >= from + 2
            && i - from <= 3
            && self.word(i - 1) == Some("to")
            && (from..i - 1).all(|k| self.common_noun_at(k) && !self.is_prep(k))
    }

    /// Is the trigger at `i` inside what someone is accused of, in the same stretch of the
    /// clause: "accused Iran of supplying drones to Russia", "blamed X for arming Y", "accusing
    /// Moscow of funding protests against Z"?
    pub(super) fn charged_act(&self, i: usize) -> bool {
        for g in (i.saturating_sub(12)..=i).rev() {
            if matches!(self.toks[g].kind, TokenKind::Punct(',' | ';' | ':')) || self.toks[g].is_quote() {
                return false;
            }
            let gerund = self.word(g).is_some_and(gerund);
            let charge = match g.checked_sub(1).and_then(|o| self.word(o)) {
                Some("of") => ["accuse", "accused", "accuses", "accusing"].as_slice(),
                Some("for") => ["blame", "blamed", "blames", "blaming"].as_slice(),
                _ => continue,
            };
            // (the accused between: "accused the United Arab Emirates of")
            return gerund
                && (g.saturating_sub(9)..g - 1)
                    .rev()
                    .take_while(|&p| !matches!(self.toks[p].kind, TokenKind::Punct(',' | ';' | ':')))
                    .any(|p| self.word(p).is_some_and(|w| charge.contains(&w)));
        }
        false
    }

    /// Is the trigger at `i` inside what a report, claim or rumour says ("dismissed a report that
    /// Vladimir Putin had agreed to a summit with X")? Not the passive whose subject the claim
    /// is ("Bellamy's claim that Souness had lied was strongly denied by Shepherd"), nor a
    /// relative clause, whose verb ends it ("an allegation that Israel has denied").
    fn in_reported_clause(&self, i: usize) -> bool {
        let relative = self.toks.get(i + 1).is_none_or(|t| matches!(t.kind, TokenKind::Punct(_)));
        let mut aux = i;
        while aux > 0 && self.word(aux - 1).is_some_and(|w| w.ends_with("ly")) {
            aux -= 1;
        }
        let passive = aux > 0 && self.word(aux - 1).is_some_and(|w| PASSIVE_AUXILIARIES.contains(&w));
        !passive
            && !relative
            && (i.saturating_sub(16)..i)
                .rev()
                .take_while(|&k| !matches!(self.toks[k].kind, TokenKind::Punct(',' | ';' | ':')))
                .any(|k| {
                    k > 0
                        && self.word(k) == Some("that")
                        && ((self.word(k - 1).is_some_and(|w| REPORT_NOUNS.contains(&w)) && !self.cue_word_is_name(k - 1))
                            // ("Israel's military denied on Wednesday that its forces had fired …")
                            || self.word_just_before(k, 4, &["denied", "denies", "deny", "denying"]))
                })
    }

    /// Is the meeting verb at `i` an infinitive that an invitation, plan or agreement a few words
    /// before governs ("accepted an invitation from Xi to visit Beijing in April", "agreed with
    /// Putin to meet in Budapest", "agreed to a summit")? (A purpose is kept: "flew to Riyadh to
    /// meet X".)
    pub(super) fn intended(&self, i: usize) -> bool {
        // (or a meeting noun after it: "agreed to a summit with X")
        let to = if matches!(self.word(i.wrapping_sub(1)), Some("a" | "an" | "the")) { i - 1 } else { i };
        to >= 2
            && self.word(to - 1) == Some("to")
            && (to.saturating_sub(9)..to - 1).any(|p| {
                self.word(p).is_some_and(|w| {
                    matches!(
                        w,
                        "invitation"
                            | "invitations"
                            | "invited"
                            | "invites"
                            | "plans"
                            | "planned"
                            | "planning"
                            | "agreed"
                            | "agrees"
                            | "wants"
                            | "hopes"
                            | "hoped"
                            | "intends"
                            | "expected"
                            | "scheduled"
                            | "offered"
                            | "proposed"
                    )
                })
            })
    }

    /// Does a time in the future follow the trigger ending at `end`, in its clause ("when he
    /// visits Washington next month", "meets Xi later this week")?
    pub(super) fn future_after(&self, end: usize) -> bool {
        let words = |k: usize| self.word(k);
        (end..end + 8)
            .take_while(|&k| self.toks.get(k).is_some_and(|t| !matches!(t.kind, TokenKind::Punct(',' | ';' | '.'))))
            .any(|k| {
                matches!(
                    (words(k), words(k + 1), words(k + 2)),
                    (Some("next"), Some("week" | "month" | "year" | "spring" | "summer" | "autumn" | "winter"), _)
                        | (Some("later"), Some("this" | "today"), _)
                        | (Some("this"), Some("evening" | "weekend"), _)
                        | (Some("tomorrow" | "tonight"), _, _)
                        | (Some("in"), Some("the"), Some("coming"))
                )
            })
    }

    /// Is the trigger at `i` a verb in the present tense inside a clause of time ("when he
    /// visits Washington on April 29", "before Nakasone meets Reagan"): a visit to come (or
    /// a habit), not one that happened? With `pending`, only a clause of what has not happened
    /// yet, whatever the act ("until Turkey recognises Greek rights", "once Japan backs X").
    pub(super) fn temporal_present(&self, i: usize, pending: bool) -> bool {
        let present = self.word(i).is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
        present
            && (i.saturating_sub(5)..i).rev().take_while(|&p| self.word(p).is_some() || self.entity(p).is_some()).any(
                |p| match self.word(p) {
                    Some("before" | "once" | "until") => true,
                    Some("when" | "whenever") => !pending,
                    _ => false,
                },
            )
    }

    /// Is a meeting noun whose phrase ends at `n` the subject of a verb that says it has not
    /// happened: a modal ("a visit to Tokyo by a senior official will likely do nothing") or
    /// [`Extraction::not_yet_after`] ("a visit to Moscow by Shultz for arms discussions was under
    /// consideration"), within six plain words?
    pub(super) fn meeting_not_yet(&self, n: usize) -> bool {
        let Some(v) = (n..n + 6).take_while(|&p| self.word(p).is_some()).find(|&p| {
            matches!(self.word(p), Some("is" | "was" | "are" | "were" | "will" | "would" | "could" | "might" | "may"))
        }) else {
            return false;
        };
        !matches!(self.word(v), Some("is" | "was" | "are" | "were")) || self.not_yet_after(v)
    }

    /// Does "is/was … planned, scheduled, expected, due, postponed, cancelled" start at `n`,
    /// right after a meeting's parties: the meeting has not happened?
    pub(super) fn not_yet_after(&self, n: usize) -> bool {
        matches!(self.word(n), Some("is" | "was" | "are" | "were" | "has" | "have" | "had"))
            && (n + 1..n + 3).map_while(|p| self.word(p)).any(|w| {
                matches!(
                    w,
                    "planned"
                        | "scheduled"
                        | "expected"
                        | "due"
                        | "set"
                        | "postponed"
                        | "cancelled"
                        | "canceled"
                        | "delayed"
                        | "proposed"
                        | "under"
                )
            })
    }

    /// Does a poll's figure follow at `n` ("stood at 38 pct", "rose to 41%", "was 32 per
    /// cent"): a verb of level or change, then a share within three words?
    pub(super) fn poll_share_after(&self, n: usize) -> bool {
        let n = n + usize::from(self.word(n) == Some("party"));
        let level = self.word(n).is_some_and(|w| {
            matches!(
                w,
                "stood"
                    | "stands"
                    | "was"
                    | "is"
                    | "at"
                    | "rose"
                    | "rises"
                    | "fell"
                    | "falls"
                    | "dropped"
                    | "slipped"
                    | "climbed"
            )
        });
        let share = |p: usize| {
            self.toks.get(p).is_some_and(|t| t.is_punct('%'))
                || self.word(p).is_some_and(|w| matches!(w, "pct" | "percent" | "per" | "points"))
        };
        level
            && (n + 1..n + 4)
                .any(|p| self.word(p).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) && share(p + 1))
    }

    /// Is the verb trigger at `i..end` used as a noun: a one-word trigger after an
    /// article or possessive pronoun ("the backs", "its hosts"; "a meeting with" still
    /// counts), glued by a hyphen to a word or name before it ("full-back", "co-hosted",
    /// "the Iran-backed group", an adjective: see `modifiers`; not "re-joined", "co-founded"), or a
    /// one-word trigger followed by "of" ("Chris Hawkins, host of …", "the visit of")?
    pub(super) fn verb_form_as_noun(&self, i: usize, end: usize) -> bool {
        // "a meeting with", "his talks with" keep their meaning as nouns: one-word triggers only
        let before = i.checked_sub(1).and_then(|p| self.word(p));
        let determiner_before = before
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"));
        let determined = end == i + 1 && determiner_before;
        let compound = i >= 2
            && self.toks[i - 1].is_punct('-')
            && self.toks[i - 1].end == self.toks[i].start
            && self.toks[i - 2].end == self.toks[i - 1].start
            // (nor "co-founded": a verb)
            && self.word(i - 2).is_none_or(|w| w != "re" && !(w == "co" && self.word(i) == Some("founded")));
        // ("whom Washington accuses of …" is the verb: its object stands before; a phrase is
        // a verb: "traded accusations of lying")
        let of = end == i + 1 && self.word(end) == Some("of") && !self.word(i).is_some_and(|w| w.starts_with("accus"));
        // "founded by assassinated former prime minister X": a participle describing a name
        let adjective = end == i + 1
            && self.word(i).is_some_and(|w| w.ends_with("ed"))
            && i.checked_sub(1).is_some_and(|p| self.is_prep(p) || matches!(self.word(p), Some("the" | "a" | "an")))
            && (self.is_title_word(end) || self.entity(end).is_some());
        // "as protests against the ruling party entered their second year", "amid protests
        // against X": a plural opening the clause is its subject, no verb ("talks" has its own rules)
        let plural_subject = self.word(i).is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && w != "talks")
            && (determiner_before || matches!(before, Some("as" | "amid" | "despite" | "mass" | "street")));
        determined || compound || of || adjective || plural_subject
    }

    /// Is the one-word trigger at `i..end` a noun naming the person after it
    /// ("television host Lorraine Kelly", "chatshow host Mr Kilroy-Silk")? It is
    /// when a common noun precedes it: a verb in that form follows its subject, a
    /// modal, "to", a pronoun, an adverb or a role ("officials host", "will host",
    /// "today met", "the president met").
    pub(super) fn role_noun(&self, i: usize, end: usize) -> bool {
        let present = end == i + 1 && self.word(i).is_some_and(|w| !w.ends_with("ed") && !w.ends_with("ing"));
        if !present {
            return false;
        }
        let mut n = end;
        let honorific =
            |n: usize| self.toks.get(n).is_some_and(|t| crate::resolve::is_title(&self.text[t.start..t.end]));
        while (self.is_title_word(n) || honorific(n)) && n - end < 3 {
            n += 1;
        }
        if !matches!(self.entity(n), Some((_, EntityType::Actor, _))) {
            return false;
        }
        // and a common noun before it
        i.checked_sub(1).and_then(|p| self.word(p)).is_some_and(|w| {
            w.chars().next().is_some_and(char::is_alphabetic)
                && !w.ends_with('s')
                && !w.ends_with("ly")
                && !VERB_PRECEDERS.contains(&w)
                && !self.is_title_word(i - 1)
                && !FOLLOWERS.contains(&w)
                && !CLAUSE_WORDS.contains(&w)
                && !DETERMINERS.contains(&w)
        })
    }

    /// Is the verb trigger `i..end` a participle in a passive without its agent: after a form
    /// of "be" ("Russia is accused of …", "was widely criticised") or, as in headlines, right
    /// before a preposition instead of an object ("Labour accused of EU propaganda"; not for a
    /// verb without object, `intransitive`: "Britain and Japan clashed over trade")?
    pub(super) fn agentless_passive(&self, i: usize, end: usize, intransitive: bool) -> bool {
        let Some(last) = end.checked_sub(1).filter(|&l| l >= i).and_then(|l| self.word(l)) else {
            return false;
        };
        let regular = last.ends_with("ed");
        let after_be = (regular || last == "met")
            && (1..=2).any(|back| {
                i >= back
                    && self.word(i - back).is_some_and(|w| PASSIVE_AUXILIARIES.contains(&w))
                    && (back == 1 || self.word(i - 1).is_some_and(|w| w.ends_with("ly")))
            });
        after_be || (regular && !intransitive && self.word(end).is_some_and(|w| AGENTLESS_PREPOSITIONS.contains(&w)))
    }

    /// Is the word before `i` a verb that takes "back" as a particle ("handing back", "paid back")?
    pub(super) fn particle_verb(&self, i: usize) -> bool {
        i.checked_sub(1)
            .and_then(|p| self.word(p))
            .is_some_and(|w| w.ends_with("ing") || w.ends_with("ed") || PARTICLE_VERBS.contains(&w))
    }
}
