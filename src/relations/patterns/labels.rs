//! Acts with a fixed shape: summoning an envoy ("China summoned Japan's ambassador") and
//! calling someone names ("Trump called Zelensky a dictator", "branded X a terrorist group",
//! "listed X as a terrorist entity").

use super::*;

impl<'a> Extraction<'a> {
    /// The entities of the subject of the verb at `v` and whether the verb is negated, or
    /// None when it is hedged (the rules that start from an entity share this ending).
    pub(super) fn unhedged_subjects(&self, v: usize) -> Option<(Vec<usize>, bool)> {
        let (negated, hedged) = self.cue_flags(v);
        if hedged {
            return None;
        }
        Some((self.subject(v, MAX_SUBJECT_DISTANCE, true).into_iter().map(|(_, e)| e).collect(), negated))
    }

    /// "China summoned Japan's ambassador", "summoned the Japanese envoy": a formal
    /// protest, so the subject criticises the envoy's country.
    pub(super) fn summons(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        let summon = |w: &str| matches!(w, "summon" | "summons" | "summoned" | "summoning");
        for &k in self.ents {
            let Some((country, EntityType::Country, _)) = self.entity(k) else { continue };
            // "summoned Japan's …", "summoned the Japanese …", "summoned the top U.S. diplomat":
            // the determiner before the country, one title word may stand between
            let det = if k >= 2 && self.is_title_word(k - 1) && matches!(self.word(k - 2), Some("the" | "a")) {
                Some(k - 2)
            } else if matches!(k.checked_sub(1).and_then(|p| self.word(p)), Some("the" | "a")) {
                Some(k - 1)
            } else {
                None
            };
            let i = match det {
                Some(d) if d >= 1 && self.word(d - 1).is_some_and(summon) => d - 1,
                None if k >= 1 && self.word(k - 1).is_some_and(summon) => k - 1,
                _ => continue,
            };
            let mut n = if self.possessive_at(k + 1) { k + 2 } else { k + 1 };
            while n - k < 4 && self.is_title_word(n) && !self.word(n).is_some_and(|w| ENVOY_NOUNS.contains(&w)) {
                n += 1;
            }
            if !self.word(n).is_some_and(|w| ENVOY_NOUNS.contains(&w)) {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(i) else { continue };
            for s in subjects {
                found.push((s, country, i, n + 1, negated));
            }
        }
        self.typed_each(found, "criticises:summon_envoy", Relation::Criticises);
    }

    /// "Merz called Tusk to offer help", "Macron called Polish Prime Minister Donald Tusk on
    /// Tuesday": a person called right after the verb, then the purpose of a call or its day,
    /// is a phone call (a meeting); not a label ("called Tusk a traitor").
    pub(super) fn phone_calls(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for &k in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(k) else { continue };
            let start = self.titled_start(k, 4);
            let Some(v) = start.checked_sub(1).filter(|&v| self.word(v) == Some("called")) else { continue };
            let call = match (self.word(k + 1), self.word(k + 2)) {
                (Some("to"), Some(w)) => CALL_PURPOSES.contains(&w),
                (Some("on"), Some(w)) => crate::discover::WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w)),
                _ => false,
            };
            if !call {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for s in subjects {
                found.push((s, person, v, v + 1, negated));
            }
        }
        self.typed_each(found, "meets:phone_call", Relation::Meets);
    }

    /// "China called Japan's remarks irresponsible", "Trump called Zelensky a dictator": the
    /// subject criticises the one named between the verb and the judgement; "Russia called
    /// the U.S. claims baseless" (a charge called false) denies it.
    pub(super) fn labels(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, Relation, bool)> = Vec::new();
        let labelling = |w: &str| {
            matches!(
                w,
                "called"
                    | "calls"
                    | "calling"
                    | "described"
                    | "describes"
                    | "branded"
                    | "brands"
                    | "branding"
                    | "labelled"
                    | "labeled"
                    | "regards"
                    | "regarded"
                    | "designated"
                    | "designates"
                    | "listed"
                    | "lists"
                    | "declared"
                    | "declares"
                    | "considers"
                    | "considered"
                    | "deems"
                    | "deemed"
                    | "sees"
                    | "views"
                    | "viewed"
            )
        };
        for &k in self.ents {
            let Some((target, etype, kind)) = self.entity(k) else { continue };
            // (past a person's titles and their state: "called Indian Prime Minister Narendra
            // Modi's remarks reckless")
            let start = if etype == EntityType::Actor { self.titled_start(k, 4) } else { k };
            // ("called the allegations by London baseless": the maker of a charge after "by")
            let charge_by = || {
                let by = start.checked_sub(1).filter(|&p| matches!(self.word(p), Some("by" | "from")))?;
                let mut p = by;
                while p > 0 && by - p < 2 && self.word(p - 1).is_some_and(|w| CHARGE_NOUNS.contains(&w)) {
                    p -= 1;
                }
                if p == by {
                    return None;
                }
                if p > 0 && matches!(self.word(p - 1), Some("the" | "these" | "those" | "such")) {
                    p -= 1;
                }
                (p > 0 && self.word(p - 1).is_some_and(labelling)).then(|| p - 1)
            };
            let mut made_charge = false;
            let v = match start.checked_sub(1).and_then(|p| self.word(p)) {
                Some(w) if labelling(w) => start - 1,
                Some("the") if start >= 2 && self.word(start - 2).is_some_and(labelling) => start - 2,
                _ => match charge_by() {
                    Some(v) => {
                        made_charge = true;
                        v
                    }
                    None => continue,
                },
            };
            // the name alone, or what it owns or says ("Japan's remarks", "the U.S. claims")
            let mut n = if self.possessive_at(k + 1) { k + 2 } else { k + 1 };
            let owned = n;
            while n - owned < 2
                && self.common_noun_at(n)
                && !self.word(n).is_some_and(|w| {
                    LABEL_WORDS.contains(&w)
                        || FALSITY_WORDS.contains(&w)
                        || INSULT_NOUNS.contains(&w)
                        || DETERMINERS.contains(&w)
                })
            {
                n += 1;
            }
            if kind == AliasKind::Demonym && n == owned {
                continue;
            }
            // a country before a noun names what it does or says ("the U.S. claims", "the Polish
            // accusations"), not what is about it ("called the Russia inquiry a hoax")
            let country_topic = etype == EntityType::Country
                && n > owned
                && !self.possessive_at(k + 1)
                && !(owned..n).any(|p| {
                    self.word(p).is_some_and(|w| {
                        [
                            REMARK_NOUNS,
                            CHARGE_NOUNS,
                            STATE_ACTION_NOUNS,
                            HOSTILITY_NOUNS,
                            MOVE_NOUNS,
                            DEMAND_NOUNS,
                            CONDUCT_NOUNS,
                        ]
                        .iter()
                        .any(|l| l.contains(&w))
                            || ARMS_NOUNS.contains(&w)
                            || matches!(w, "tariff" | "sanction" | "plan" | "plans" | "approach" | "sale" | "sales")
                    })
                });
            if country_topic {
                continue;
            }
            // (quotes around the judgement: called Macron a "clown"; "regards NATO as a threat")
            let n = if self.word(n) == Some("as")
                && self.word(v).is_some_and(|w| ["regard", "list", "see", "view"].iter().any(|r| w.starts_with(r)))
            {
                n + 1
            } else {
                n
            };
            let article = matches!(self.word(self.after_quotes(n)), Some("a" | "an"));
            let at = if article { self.after_quotes(self.after_quotes(n) + 1) } else { self.after_quotes(n) };
            let Some(label) = self.word(at) else { continue };
            let falsity = FALSITY_WORDS.contains(&label) || (article && DISMISSAL_NOUNS.contains(&label));
            let charge = made_charge || (owned..n).any(|p| self.word(p).is_some_and(|w| CHARGE_NOUNS.contains(&w)));
            // ("called the British allegations absurd": a charge dismissed as absurd is denied)
            let dismissed = charge && matches!(label, "absurd" | "ridiculous" | "preposterous" | "laughable");
            let relation = if (falsity || dismissed) && charge {
                Relation::Denies
            } else if self.judgement_at(at, article) {
                Relation::Criticises
            } else {
                continue;
            };
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for s in subjects.into_iter().filter(|&s| s != target) {
                found.push((s, target, v, at + 1, relation, negated));
            }
        }
        // "Takaichi told parliament …, remarks that Beijing called \"provocative\"", "Takaichi's
        // comments, which Beijing called irresponsible": the one labelling criticises who spoke
        for &k in self.ents {
            let Some((labeller, _, _)) = self.entity(k) else { continue };
            // (past the labeller's titles: "a request that opposition leader Yair Lapid called …")
            let p = self.titles_start(k, 4);
            let (Some(rel), Some(verb)) = (p.checked_sub(1).and_then(|p| self.word(p)), self.word(k + 1)) else {
                continue;
            };
            // (or no relative word: "…, a step New Delhi called \"unfair\"")
            let relative = matches!(rel, "that" | "which");
            let bare = [REMARK_NOUNS, DEMAND_NOUNS, MOVE_NOUNS].iter().any(|l| l.contains(&rel));
            if !(relative || bare) || !labelling(verb) {
                continue;
            }
            let mut n = self.after_quotes(k + 2);
            let article = matches!(self.word(n), Some("a" | "an"));
            if article {
                n += 1;
            }
            if !self.judgement_at(n, article) {
                continue;
            }
            // the remarks: right before the relative word, or before its comma
            let mut r = if relative { p - 1 } else { p };
            if relative && r > 0 && self.toks[r - 1].is_punct(',') {
                r -= 1;
            }
            let remark = r > 0 && self.word(r - 1).is_some_and(|w| REMARK_NOUNS.contains(&w));
            // ("…, a request that Lapid called a disgrace": who made the request or move)
            let demand = r > 0 && self.headed_by(r, &[DEMAND_NOUNS, MOVE_NOUNS]) && self.toks[r - 3].is_punct(',');
            if !remark && !demand {
                continue;
            }
            let noun = r - 1;
            let speakers = if demand {
                self.maker_before(r - 3)
            } else if noun >= 2 && self.possessive_at(noun - 1) {
                self.entity(noun - 2).map(|(e, _, _)| vec![(noun - 2, e)]).unwrap_or_default()
            } else if noun >= 1 && self.toks[noun - 1].is_punct(',') {
                self.claiming_verb_before(noun - 1)
                    .map_or_else(Vec::new, |v| self.subject(v, MAX_SUBJECT_DISTANCE, true))
            } else if noun >= 1 && matches!(self.word(noun - 1), Some("made" | "makes" | "gave" | "delivered")) {
                // "Takaichi made remarks that …"
                self.subject(noun - 1, MAX_SUBJECT_DISTANCE, true)
            } else {
                Vec::new()
            };
            let Some((_, negated)) = self.unhedged_subjects(k + 1) else { continue };
            for (_, speaker) in speakers.into_iter().filter(|&(_, e)| e != labeller) {
                found.push((labeller, speaker, p - 1, n + 1, Relation::Criticises, negated));
            }
        }
        // "Lai Ching-te, whom Beijing has called a \"separatist\"", "Hamas, which Israel calls a
        // terrorist group": the name before the relative is labelled
        for &k in self.ents {
            let Some((labeller, _, _)) = self.entity(k) else { continue };
            let p = self.titles_start(k, 4);
            if p < 3 || !matches!(self.word(p - 1), Some("whom" | "which")) || !self.toks[p - 2].is_punct(',') {
                continue;
            }
            let Some((target, _, kind)) = self.entity(p - 3) else { continue };
            let mut v = k + 1;
            while v - k <= 2
                && self.word(v).is_some_and(|w| matches!(w, "has" | "have" | "had" | "repeatedly" | "once"))
            {
                v += 1;
            }
            if kind == AliasKind::Demonym || target == labeller || !self.word(v).is_some_and(labelling) {
                continue;
            }
            let Some(at) = self.judgement_after(v) else { continue };
            let Some((_, negated)) = self.unhedged_subjects(v) else { continue };
            found.push((labeller, target, p - 1, at + 1, Relation::Criticises, negated));
        }
        // "Russia struck Kyiv. Ukraine called the attack barbaric.": a judgement of an act of the
        // sentence before criticises its doer (read only after a sentence with acts)
        if !self.acts.is_empty() {
            for v in 0..self.toks.len() {
                if !self.word(v).is_some_and(labelling) {
                    continue;
                }
                let subj = self.subject(v, MAX_SUBJECT_DISTANCE, true);
                let Some(&(noun, doer)) = self.doer_of_earlier_act(v, Relation::Criticises, v + 1, &subj).first()
                else {
                    continue;
                };
                let Some(at) = self.judgement_after(noun) else { continue };
                let (negated, hedged) = self.cue_flags(v);
                if hedged {
                    continue;
                }
                for &(_, s) in subj.iter().filter(|&&(_, s)| s != doer) {
                    found.push((s, doer, v, at + 1, Relation::Criticises, negated));
                }
            }
        }
        // "Lin Jian said Takaichi's remarks were \"egregious\"": who reports a judgement of what
        // someone said criticises them (and denies a charge judged false)
        for &k in self.ents {
            let Some((owner, _, _)) = self.entity(k) else { continue };
            let noun = k + 2;
            let said_noun = self.word(noun).is_some_and(|w| REMARK_NOUNS.contains(&w) || CHARGE_NOUNS.contains(&w));
            let copula = matches!(self.word(noun + 1), Some("was" | "were" | "is" | "are"));
            if !self.possessive_at(k + 1) || !said_noun || !copula {
                continue;
            }
            let not = self.word(noun + 2) == Some("not");
            let at = self.after_quotes(noun + 2 + usize::from(not));
            let Some(label) = self.word(at).filter(|&w| judges(w, false)) else { continue };
            // the owner opens a clause reported with "said (that)" (past the owner's titles)
            let p = self.titles_start(k, 4);
            let said = |q: usize| matches!(self.word(q), Some("said" | "says"));
            let v = match p.checked_sub(1) {
                Some(q) if said(q) => q,
                Some(q) if q > 0 && self.word(q) == Some("that") && said(q - 1) => q - 1,
                _ => continue,
            };
            let charge = self.word(noun).is_some_and(|w| CHARGE_NOUNS.contains(&w) || w.starts_with("claim"));
            let relation =
                if charge && FALSITY_WORDS.contains(&label) { Relation::Denies } else { Relation::Criticises };
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for s in subjects.into_iter().filter(|&s| s != owner) {
                found.push((s, owner, v, at + 1, relation, negated || not));
            }
        }
        // "Hamas was designated a terrorist organisation by Britain", "Hamas, branded a
        // terrorist group by the EU, …": the passive, with who labels after "by"
        for &k in self.ents {
            let Some((target, _, kind)) = self.entity(k) else { continue };
            if kind == AliasKind::Demonym {
                continue;
            }
            let mut v = self.head_of(k) + 1;
            if self.toks.get(v).is_some_and(|t| t.is_punct(',')) {
                v += 1;
            }
            while self.word(v).is_some_and(|w| auxiliary(w) || w == "not") {
                v += 1;
            }
            if !self.word(v).is_some_and(|w| w.ends_with("ed") && labelling(w)) {
                continue;
            }
            let Some(at) = self.judgement_after(v) else { continue };
            // "by" and who labels, within the label's words
            let Some(by) = (at..at + 6).take_while(|&p| self.word(p).is_some()).find(|&p| self.word(p) == Some("by"))
            else {
                continue;
            };
            let (negated, hedged) = self.cue_flags(v);
            if hedged {
                continue;
            }
            for (_, s) in self.objects(by + 1).into_iter().filter(|&(_, e)| e != target) {
                found.push((s, target, v, by, Relation::Criticises, negated));
            }
        }
        // "won despite what President Maia Sandu called massive Russian interference": who names
        // another's hostile act so criticises them, with or without a verb around it
        for &k in self.ents {
            if !self.word(k + 1).is_some_and(labelling) {
                continue;
            }
            let Some((labeller, _, _)) = self.entity(k) else { continue };
            let p = self.titles_start(k, 4);
            if p == 0 || self.word(p - 1) != Some("what") {
                continue;
            }
            let mut m = self.after_quotes(k + 2);
            while m - k < 5 && self.plain_adjective(m) {
                m += 1;
            }
            let Some((target, _, _)) = self.entity(m) else { continue };
            if target == labeller || !self.word(m + 1).is_some_and(|w| HOSTILITY_NOUNS.contains(&w)) {
                continue;
            }
            let Some((_, negated)) = self.unhedged_subjects(k + 1) else { continue };
            found.push((labeller, target, p - 1, m + 2, Relation::Criticises, negated));
        }
        for (s, t, from, to, relation, negated) in found {
            let pattern = if relation == Relation::Denies { "denies:call_false" } else { "criticises:call_names" };
            let trig = self.trigger_span(pattern, from, to);
            self.typed(s, t, relation, trig, 0.7, negated);
        }
    }

    /// The token of the judgement right after the labelling verb at `v` (past "as", quotation
    /// marks and an article: "called a \"separatist\"", "considered a terrorist group"), if one
    /// follows.
    pub(super) fn judgement_after(&self, v: usize) -> Option<usize> {
        let n = self.after_quotes(v + 1 + usize::from(self.word(v + 1) == Some("as")));
        let article = matches!(self.word(n), Some("a" | "an"));
        let at = if article { self.after_quotes(n + 1) } else { n };
        self.judgement_at(at, article).then_some(at)
    }

    /// Does a judgement start at `at` (after "called X", past "a"/"an" when `article`): a
    /// judging adjective ("irresponsible"), or after the article one ("a dangerous man", "an
    /// illegal drug leader") or an insult within three words ("a war criminal", "a dictator")?
    pub(super) fn judgement_at(&self, at: usize, article: bool) -> bool {
        let Some(first) = self.word(at) else { return false };
        if !article {
            return judges(first, false);
        }
        LABEL_WORDS.contains(&first) || (at..at + 3).map_while(|p| self.word(p)).any(|w| judges(w, true))
    }
}
