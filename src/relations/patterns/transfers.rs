//! What is given, sent, invested or thanked for: "Germany sent Patriot systems to Ukraine",
//! "Microsoft, which has invested $13 billion in OpenAI", "thanked the United States for the
//! package", "Kyiv was grateful for Poland's support".

use super::*;

impl<'a> Extraction<'a> {
    /// "Germany sent Patriot systems to Ukraine", "pledged $2 billion to Kyiv", "North Korea
    /// has supplied missiles to Russia": giving arms or money to a named recipient supports it
    /// (aid, loans and support as nouns are the `support_noun` pattern's; troops sent are no gift).
    pub(super) fn transfers(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for &k in self.ents {
            // (not a demonym: "sells it to Japanese consumers")
            let Some((recipient, _, kind)) = self.entity(k) else { continue };
            if kind == AliasKind::Demonym {
                continue;
            }
            let Some(to) = self.preposition_before(k, "to") else { continue };
            let Some(v) =
                (to.saturating_sub(8)..to).rev().find(|&p| self.word(p).is_some_and(|w| GIVING_VERBS.contains(&w)))
            else {
                continue;
            };
            let between = v + 1..to;
            let clause = between.clone().all(|p| !matches!(self.toks[p].kind, TokenKind::Punct(';' | ':')));
            // arms, whatever the verb; money only given, not paid for what is sold or shipped
            let arms = between.clone().any(|p| self.word(p).is_some_and(|w| ARMS_NOUNS.contains(&w)));
            let money = between.clone().any(|p| {
                self.word(p).is_some_and(|w| MONEY_NOUNS.contains(&w))
                    || matches!(self.toks[p].kind, TokenKind::Punct('$' | '\u{a3}' | '\u{20ac}'))
            });
            let selling = self.word(v).is_some_and(selling_verb);
            let gift = arms || (money && !selling);
            let noun_rule = between.clone().any(|p| {
                self.word(p).is_some_and(|w| {
                    matches!(
                        w,
                        "aid"
                            | "support"
                            | "assistance"
                            | "funding"
                            | "financing"
                            | "loan"
                            | "loans"
                            | "backing"
                            | "troops"
                            | "soldiers"
                    )
                })
            });
            if !clause
                || !gift
                || noun_rule
                || between.clone().any(|p| self.entity(p).is_some_and(|e| e.1 == EntityType::Actor))
            {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for s in subjects.into_iter().filter(|&s| s != recipient) {
                found.push((s, recipient, v, k + 1, negated));
            }
        }
        // "gave Ukraine $1 billion", "sent Russia drones", "supplied Kyiv with missiles": the
        // recipient right after the verb, then the money or arms
        for &k in self.ents {
            let v = if k >= 2 && self.word(k - 1) == Some("the") { k - 2 } else { k.wrapping_sub(1) };
            let Some(verb) = self.word(v).filter(|w| GIVING_VERBS.contains(w)) else { continue };
            if matches!(self.entity(k), Some((_, _, AliasKind::Demonym))) {
                continue;
            }
            let h = self.head_of(k);
            let from = h + 1 + usize::from(self.word(h + 1) == Some("with"));
            let arms = (from..from + 4).any(|p| self.word(p).is_some_and(|w| ARMS_NOUNS.contains(&w)));
            if !(arms || (!selling_verb(verb) && self.amount_end(from).is_some())) {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for (r, recipient) in self.objects(k) {
                for &s in subjects.iter().filter(|&&s| s != recipient) {
                    found.push((s, recipient, v, r + 1, negated));
                }
            }
        }
        // "U.S. arms sales to Taiwan", "Iran's drone deliveries to Russia": the state named before
        // the arms gives them
        for &k in self.ents {
            let Some((recipient, _, kind)) = self.entity(k) else { continue };
            if kind == AliasKind::Demonym || k < 4 || self.word(k - 1) != Some("to") {
                continue;
            }
            let shipped = self
                .word(k - 2)
                .is_some_and(|w| matches!(w, "sale" | "sales" | "shipments" | "deliveries" | "transfers" | "supplies"));
            if !shipped || !self.word(k - 3).is_some_and(|w| ARMS_NOUNS.contains(&w)) {
                continue;
            }
            let g = if self.possessive_at(k - 4) { k - 5 } else { k - 4 };
            let Some((giver, EntityType::Country, _)) = self.entity(g) else { continue };
            let (negated, hedged) = self.cue_flags(k - 3);
            if giver != recipient && !hedged {
                found.push((giver, recipient, g, k + 1, negated));
            }
        }
        // "Russia has received drones from Iran", "bought missiles from North Korea and Iran": the
        // state or body the arms come from gives them
        for &k in self.ents {
            let Some(from) = self.preposition_before(k, "from") else { continue };
            let Some(v) = (from.saturating_sub(6)..from).rev().find(|&p| self.word(p).is_some_and(arms_receiving_verb))
            else {
                continue;
            };
            let between = v + 1..from;
            let arms_only = between
                .clone()
                .all(|p| self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w)) && self.entity(p).is_none())
                && between.clone().any(|p| self.word(p).is_some_and(|w| ARMS_NOUNS.contains(&w)));
            if !arms_only {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for (g, giver) in self.objects(k) {
                if matches!(self.entity(g), Some((_, EntityType::Actor, _) | (_, _, AliasKind::Demonym))) {
                    continue;
                }
                for &s in subjects.iter().filter(|&&s| s != giver) {
                    if !found.iter().any(|f| f.0 == giver && f.1 == s) {
                        found.push((giver, s, v, g + 1, negated));
                    }
                }
            }
        }
        // "Moscow has bought Iranian Shahed drones", "received North Korean shells": a state's
        // arms got by another are its gift
        for &k in self.ents {
            let Some((giver, EntityType::Country, AliasKind::Demonym)) = self.entity(k) else { continue };
            let v = if k >= 2 && matches!(self.word(k - 1), Some("the" | "more")) { k - 2 } else { k.wrapping_sub(1) };
            if !self.word(v).is_some_and(arms_receiving_verb) {
                continue;
            }
            let Some(arms) = (k + 1..k + 5).find(|&p| self.word(p).is_some_and(|w| ARMS_NOUNS.contains(&w))) else {
                continue;
            };
            // (a model's name may have a hyphen: "Russian S-400 missiles")
            let model_or_word = |p: usize| {
                self.toks[p].is_punct('-')
                    || (self.entity(p).is_none() && self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w)))
            };
            if !(k + 1..arms).all(model_or_word) {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for &s in subjects.iter().filter(|&&s| s != giver) {
                if !found.iter().any(|f| f.0 == giver && f.1 == s) {
                    found.push((giver, s, v, arms + 1, negated));
                }
            }
        }
        let given = found.into_iter().map(|f| ("supports:give", f));
        let thanked = self.thanks_for_help().into_iter().map(|f| ("supports:thanked_for", f));
        let invested = self.investments().into_iter().map(|f| ("supports:invest", f));
        for (pattern, (s, t, from, to, negated)) in given.chain(thanked).chain(invested) {
            let trig = self.trigger_span(pattern, from, to);
            self.typed(s, t, Relation::Supports, trig, 0.7, negated);
        }
    }

    /// The token of `prep` right before the name at `k`, or before its "the" ("to the UAE").
    fn preposition_before(&self, k: usize, prep: &str) -> Option<usize> {
        if self.word(k.checked_sub(1)?) == Some(prep) {
            Some(k - 1)
        } else {
            (k >= 2 && self.word(k - 1) == Some("the") && self.word(k - 2) == Some(prep)).then(|| k - 2)
        }
    }

    /// "Nvidia invested $5 billion in Intel", "Microsoft, which has invested more than $13 billion
    /// in OpenAI": money put into an organisation (not into a country or a place) backs it:
    /// (giver, recipient, from, to, negated) of each.
    pub(super) fn investments(&self) -> Vec<(usize, usize, usize, usize, bool)> {
        let mut invested: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for &k in self.ents {
            if !matches!(self.entity(k), Some((_, EntityType::Institution, AliasKind::Name))) {
                continue;
            }
            let at = if k >= 2 && self.word(k - 1) == Some("the") { k - 2 } else { k.wrapping_sub(1) };
            if self.word(at) != Some("in") {
                continue;
            }
            let Some(v) = (at.saturating_sub(7)..at)
                .rev()
                .find(|&p| self.word(p).is_some_and(|w| matches!(w, "invest" | "invests" | "invested" | "investing")))
            else {
                continue;
            };
            // only the amount between the verb and "in" ("invested heavily in", "more than $13 billion")
            let amount = (v + 1..at).all(|p| {
                self.word(p).is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_digit())
                        || MONEY_NOUNS.contains(&w)
                        || matches!(
                            w,
                            "more" | "than" | "about" | "nearly" | "some" | "up" | "to" | "heavily" | "trillion"
                        )
                }) || self.toks[p].kind == TokenKind::Punct('$')
                    || self.toks[p].is_punct('.')
            });
            if !amount {
                continue;
            }
            let Some((subjects, negated)) = self.unhedged_subjects(v) else { continue };
            for (r, recipient) in self.objects(k) {
                for &s in subjects.iter().filter(|&&s| s != recipient) {
                    invested.push((s, recipient, v, r + 1, negated));
                }
            }
        }
        invested
    }

    /// "thanked the United States for the $11 billion package", "thanked Malaysia for its
    /// mediation": the one thanked for help gave it (support nouns after "its/their" are the
    /// `support_noun` pattern's): (giver, recipient, from, to, negated) of each.
    pub(super) fn thanks_for_help(&self) -> Vec<(usize, usize, usize, usize, bool)> {
        let mut thanked: Vec<(usize, usize, usize, usize, bool)> = Vec::new();
        for &k in self.ents {
            let v = if k >= 2 && self.word(k - 1) == Some("the") { k - 2 } else { k.wrapping_sub(1) };
            if !self.word(v).is_some_and(|w| matches!(w, "thank" | "thanks" | "thanked" | "thanking")) {
                continue;
            }
            let givers = self.objects(k);
            let Some(for_at) = givers.iter().map(|g| g.0 + 1).max().filter(|&f| self.word(f) == Some("for")) else {
                continue;
            };
            // (the rule of support nouns reads "for its support"; not "for its help", a verb's trigger)
            let support_noun_rule = self.word(for_at + 1).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w))
                && self.noun_trigger_at(for_at + 2);
            let help = (for_at + 1..for_at + 6).any(|p| {
                self.word(p).is_some_and(|w| HELP_NOUNS.contains(&w) || ARMS_NOUNS.contains(&w))
                    || self.toks.get(p).is_some_and(|t| t.kind == TokenKind::Punct('$'))
            });
            if support_noun_rule || !help {
                continue;
            }
            let Some((receivers, negated)) = self.unhedged_subjects(v) else { continue };
            for &(g, giver) in &givers {
                for &r in receivers.iter().filter(|&&r| r != giver) {
                    thanked.push((giver, r, v, g + 1, negated));
                }
            }
        }
        thanked
    }

    /// "thanked X and Y for their support": for a noun whose phrase starts at `k` after
    /// "for" and a possessive pronoun, the entities thanked and the token of "thank".
    pub(super) fn thanked_for(&self, k: usize) -> Option<(Vec<(usize, usize)>, usize)> {
        let pronoun = k.checked_sub(1).and_then(|p| self.word(p));
        if !pronoun.is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w)) || self.word(k.checked_sub(2)?) != Some("for") {
            return None;
        }
        // (past a group without a name after "and": "thanked the United States and European
        // allies for their support")
        let mut p = k.checked_sub(3)?;
        let unnamed = |p: usize| {
            matches!(self.entity(p), Some((_, _, AliasKind::Demonym)))
                || self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w) && !self.is_prep(p))
        };
        // ("thanked EU partners for their support": the body whose partners they are)
        let partners = p >= 1
            && self.word(p).is_some_and(|w| matches!(w, "partners" | "allies" | "members" | "colleagues"))
            && matches!(self.entity(p - 1), Some((_, EntityType::Country | EntityType::Institution, AliasKind::Name)));
        let mut skipped = 0;
        if partners {
            p -= 1;
        }
        while !partners && skipped < 3 && p > 1 && unnamed(p) {
            p -= 1;
            skipped += 1;
        }
        if skipped > 0 {
            if self.word(p) != Some("and") {
                return None;
            }
            p -= 1;
        }
        let (e, _, _) = self.entity(p)?;
        let givers = self.coordination(p, e);
        let first = givers.last().map_or(p, |g| g.0);
        let thank = (first.saturating_sub(6)..first)
            .rev()
            .find(|&v| self.word(v).is_some_and(|w| matches!(w, "thank" | "thanks" | "thanked" | "thanking")))?;
        Some((givers, thank))
    }

    /// "Kyiv was grateful for Poland's support", "Israel relies on U.S. military aid": the
    /// word of thanks or reliance before a support noun whose giver is named as its owner
    /// (its subject receives it), if there is one.
    pub(super) fn reliant_on(
        &self,
        relation: Relation,
        explicit_source: bool,
        sources: &[(usize, usize)],
        targets: &[(usize, usize)],
    ) -> Option<usize> {
        if relation != Relation::Supports || !explicit_source || !targets.is_empty() {
            return None;
        }
        let start = self.phrase_start(sources.first()?.0);
        (start >= 2
            && matches!(self.word(start - 1), Some("for" | "on"))
            && self.word(start - 2).is_some_and(|w| RELIANT_WORDS.contains(&w)))
        .then(|| start - 2)
    }
}

/// Verbs of getting arms from someone ("received drones from Iran", "bought missiles from").
fn arms_receiving_verb(w: &str) -> bool {
    matches!(
        w,
        "receive"
            | "received"
            | "receives"
            | "receiving"
            | "obtain"
            | "obtained"
            | "obtains"
            | "acquire"
            | "acquired"
            | "acquires"
            | "buy"
            | "bought"
            | "buys"
            | "buying"
            | "purchase"
            | "purchased"
            | "purchases"
            | "got"
    )
}
