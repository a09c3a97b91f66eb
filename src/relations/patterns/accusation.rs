//! Accusations answered: "X accused Y of Z, a charge Y denied", "which he denied", "a demand
//! Y's leader rejected" — the denial or rejection is aimed at the accuser or the maker; and
//! acts of the sentence before named by a noun ("Israel struck Beirut. Aoun condemned the
//! strike.") — the answer is aimed at the doer.

use super::*;

impl<'a> Extraction<'a> {
    /// "X said Y must disarm, a demand Y's leader Z rejected" (or "a proposal", "a call", "a
    /// decision", "a move"):
    /// for the subject at `s` of a verb right after such a phrase, who made the demand.
    pub(super) fn maker_of_demand(&self, s: usize) -> Vec<(usize, usize)> {
        // the titles and the organisation before the name ("Hezbollah leader Naim Qassem")
        let mut p = self.titles_start(s, 4);
        if p < s && p > 0 && self.entity(p - 1).is_some() {
            p -= 1;
        }
        let demand = p >= 3 && self.headed_by(p, &[DEMAND_NOUNS, MOVE_NOUNS]) && self.toks[p - 3].is_punct(',');
        if !demand {
            return Vec::new();
        }
        // who said, wanted or asked it ("Trump said Ukraine should cede land, a proposal …")
        self.maker_before(p - 3)
    }

    /// Who made the demand or move named right after the comma at `comma`: the subject of
    /// the last verb of saying, wanting or asking before it, else of the clause before it.
    pub(super) fn maker_before(&self, comma: usize) -> Vec<(usize, usize)> {
        let asking = |w: &str| {
            matches!(
                w,
                "said"
                    | "says"
                    | "told"
                    | "wants"
                    | "wanted"
                    | "demanded"
                    | "demands"
                    | "proposed"
                    | "proposes"
                    | "urged"
                    | "urges"
                    | "asked"
                    | "asks"
                    | "called"
                    | "calls"
                    | "suggested"
            )
        };
        match (0..comma).rev().find(|&v| self.word(v).is_some_and(asking)) {
            Some(v) => self.subject(v, MAX_SUBJECT_DISTANCE, true),
            None => self.subject(comma, MAX_SUBJECT_DISTANCE, true),
        }
    }

    /// "X accused Y of Z, a charge Y denied" (or "an allegation Y rejected"): for the subject
    /// at `s` of a verb right after such a phrase, the one who made the charge.
    pub(super) fn accuser_of_charge(&self, s: usize) -> Vec<(usize, usize)> {
        let mut p = s;
        if p > 0 && self.word(p - 1) == Some("the") {
            p -= 1;
        }
        // "…, which Moscow denies"
        let which = p >= 2 && self.word(p - 1) == Some("which") && self.toks[p - 2].is_punct(',');
        if !which && p > 0 && matches!(self.word(p - 1), Some("that" | "which")) {
            p -= 1;
        }
        let charge = p >= 3 && self.headed_by(p, &[CHARGE_NOUNS]) && self.toks[p - 3].is_punct(',');
        let charges = self.bare_charges_before(p);
        let comma = match (charge, charges, which) {
            (true, _, _) => p - 3,
            (_, true, _) | (_, _, true) => p - 2,
            _ => return Vec::new(),
        };
        match self.accusing_verb_before(comma) {
            Some(v) => self.subject(v, MAX_SUBJECT_DISTANCE, true),
            // "X said Trump ended the conflict, a claim India rejected": who said the clause
            // before made the claim (a charge needs an accuser: "Pakistan backed the TTP, a
            // charge India rejected" is the writer's)
            None if charge && matches!(self.word(p - 1), Some("claim" | "claims")) => {
                self.claiming_verb_before(comma).map_or_else(Vec::new, |v| self.subject(v, MAX_SUBJECT_DISTANCE, true))
            }
            None => Vec::new(),
        }
    }

    /// "…, charges (that) Asmara rejected": a plural charge noun without an article after a
    /// comma, right before token `p`.
    pub(super) fn bare_charges_before(&self, p: usize) -> bool {
        p >= 2
            && self.word(p - 1).is_some_and(|w| w.ends_with('s') && CHARGE_NOUNS.contains(&w))
            && self.toks[p - 2].is_punct(',')
    }

    /// The first verb of saying or crediting before token `end` ("said", "praised X for …").
    pub(super) fn claiming_verb_before(&self, end: usize) -> Option<usize> {
        (0..end).find(|&v| {
            self.word(v).is_some_and(|w| {
                matches!(
                    w,
                    "said"
                        | "says"
                        | "claimed"
                        | "claims"
                        | "insisted"
                        | "insists"
                        | "argued"
                        | "argues"
                        | "arguing"
                        | "saying"
                        | "claiming"
                        | "insisting"
                        | "told"
                        | "praised"
                        | "credited"
                        | "thanked"
                        | "suggested"
                )
            })
        })
    }

    /// "Washington accused Petro of failing to act, which he denied": for a verb at `i` after
    /// ", which" and a pronoun, the accused (who denies) and the accuser.
    /// Also ", a charge it denies" and ", a charge the group denies" (the accused by a
    /// pronoun or a description).
    pub(super) fn accused_denying(&self, i: usize) -> Option<(Parties, Parties)> {
        let word_back = |n: usize| i.checked_sub(n).and_then(|p| self.word(p));
        let description = |w: Option<&str>| {
            matches!(w, Some("group" | "militia" | "movement" | "company" | "firm" | "government" | "country"))
        };
        let start = match (word_back(2), word_back(1)) {
            (_, Some("he" | "she" | "it" | "they")) => i - 1,
            (Some("the"), noun) if description(noun) => i - 2,
            // ("a charge the paramilitary group denied")
            (Some(adjective), noun)
                if ARMED_GROUP_ADJECTIVES.contains(&adjective) && description(noun) && word_back(3) == Some("the") =>
            {
                i - 3
            }
            _ => return None,
        };
        // the first word of the clause, after its comma
        let opening = if self.word(start.checked_sub(1)?) == Some("which") {
            start - 1
        } else if self.headed_by(start, &[CHARGE_NOUNS]) {
            start - 2
        } else {
            return None;
        };
        let comma = opening.checked_sub(1)?;
        if !self.toks[comma].is_punct(',') {
            return None;
        }
        let v = self.accusing_verb_before(comma)?;
        Some((self.objects(v + 1), self.subject(v, MAX_SUBJECT_DISTANCE, true)))
    }

    /// "India blamed Pakistan …, and Pakistan rejected the accusation", "Russia accused Ukraine
    /// of … . Ukraine denied any involvement.": for a verb at `i..end` whose object is a charge,
    /// the one who made it earlier in the sentence, or else in the sentence before against one
    /// of the verb's subjects `subj`.
    pub(super) fn accuser_of_object(&self, i: usize, end: usize, subj: &[(usize, usize)]) -> Vec<(usize, usize)> {
        // ("… accused Rachel Reeves of …. Reeves denied that she had misled voters", "denied that
        // its troops had laid mines", "denied laying mines": what the denier did is the charge)
        let own_act = (self.word(end) == Some("that")
            && matches!(self.word(end + 1), Some("he" | "she" | "it" | "they" | "his" | "her" | "its" | "their")))
            || self.word(end).is_some_and(gerund);
        if !self.charge_object(end) && !own_act {
            return Vec::new();
        }
        if let Some(v) = self.accusing_verb_before(i) {
            // "accused by the Sudanese army of …": the agent
            if self.word(v + 1) == Some("by") {
                return self.objects(v + 2);
            }
            return self.subject(v, MAX_SUBJECT_DISTANCE, true);
        }
        // the accused, or one titled by it ("Eritrea's information minister X dismissed the claim")
        // (or a body of the accused state: "Tusk accused Russia … . The Kremlin dismissed the
        // accusation")
        // (also one whose titles name it by a demonym: "Rwandan President Paul Kagame denied the charge")
        let titled_as = |t: usize, accused: usize| {
            self.title_owner(t, 4).and_then(|o| self.entity(o)).is_some_and(|(e, _, _)| e == accused)
        };
        let answers = |accused: usize| {
            subj.iter().any(|&(t, s)| {
                s == accused
                    || self.titled_by(t) == Some(accused)
                    || titled_as(t, accused)
                    || self.body_of_state(s, accused)
            })
        };
        let mut accusers: Vec<(usize, usize)> = self
            .accusations
            .iter()
            .filter(|&&(_, accused)| answers(accused))
            .map(|&(accuser, _)| (i, accuser))
            .collect();
        accusers.dedup();
        accusers
    }

    /// Is the object starting at `end` a charge: a determiner (or its maker) and a charge noun,
    /// or a bare plural ("rejected the allegations", "rejected Washington's accusations",
    /// "rejected accusations", "denied involvement", "rejected criticism from X", "denied any
    /// role in")?
    pub(super) fn charge_object(&self, end: usize) -> bool {
        let mut k = end;
        if self.word(k).is_some_and(|w| matches!(w, "the" | "these" | "those" | "this" | "that" | "such" | "any")) {
            k += 1;
        }
        // whose charge: "the U.S. allegations", "Washington's accusations"
        if self.entity(k).is_some() {
            k += if self.possessive_at(k + 1) { 2 } else { 1 };
        }
        self.word(k).is_some_and(|w| {
            (CHARGE_NOUNS.contains(&w) && (k > end || w.ends_with('s')))
                || matches!(w, "involvement" | "wrongdoing" | "responsibility" | "criticism" | "complicity")
                // "denied any role in the attack", "denied links to the group" ("The Kremlin
                // denied any role.": the charge before)
                || (matches!(w, "role" | "link" | "links")
                    && (matches!(self.word(k + 1), Some("in" | "to" | "with"))
                        || (k > end && self.toks.get(k + 1).is_none_or(|t| t.is_punct('.') || t.is_punct(',')))))
        })
    }

    /// "Israel struck Beirut. Aoun condemned the strike.", "ECOWAS suspended Guinea-Bissau.
    /// Nigeria welcomed the decision.": for an object at `at` that is a definite act noun
    /// ("the strike", "this decision", "the latest sanctions") and names no one, the one doer of
    /// such acts in the sentence before (none when several did, or a subject in `subj` did).
    /// `relation` is the trigger's at `i`: after "also" one of the same relation was done
    /// alongside ("X backed the Commission. French officials also welcomed the decision.": the
    /// decision is not X's backing).
    pub(super) fn doer_of_earlier_act(
        &self,
        i: usize,
        relation: Relation,
        at: usize,
        subj: &[(usize, usize)],
    ) -> Vec<(usize, usize)> {
        if self.acts.is_empty() || !matches!(self.word(at), Some("the" | "this" | "that" | "these")) {
            return Vec::new();
        }
        let also = (i.saturating_sub(2)..i).any(|p| self.word(p) == Some("also"));
        if also && self.acts.iter().any(|&(_, _, r)| r == relation) {
            return Vec::new();
        }
        // (past at most two lower-case modifiers: "the deadly strike", "the latest sanctions")
        let noun = (at + 1..at + 4).find(|&p| {
            self.word(p).is_some_and(|w| {
                ATTACK_ACT_NOUNS.contains(&w) || MEASURE_ACT_NOUNS.contains(&w) || ANY_ACT_NOUNS.contains(&w)
            })
        });
        let Some(noun) = noun else {
            return Vec::new();
        };
        if !(at + 1..noun).all(|p| self.word(p).is_some_and(|w| self.modifier_word(w, p) && !self.capitalised_word(p)))
        {
            return Vec::new();
        }
        // ("the strike on Iran", "the decision by the court": the text names whose or on whom)
        if (noun + 1..noun + 4).map_while(|p| self.toks.get(p)).any(|t| t.entity().is_some()) {
            return Vec::new();
        }
        let w = self.word(noun).unwrap_or_default();
        let kind = if ATTACK_ACT_NOUNS.contains(&w) {
            Some(ActKind::Attack)
        } else if MEASURE_ACT_NOUNS.contains(&w) {
            Some(ActKind::Measure)
        } else {
            None
        };
        let mut doers: Vec<usize> =
            self.acts.iter().filter(|&&(_, k, _)| kind.is_none_or(|want| k == want)).map(|&(d, _, _)| d).collect();
        doers.sort_unstable();
        doers.dedup();
        match doers[..] {
            [d] if !subj.iter().any(|&(_, s)| s == d) => vec![(noun, d)],
            _ => Vec::new(),
        }
    }

    /// The last verb of accusing before token `i`.
    pub(super) fn accusing_verb_before(&self, i: usize) -> Option<usize> {
        (0..i).rev().find(|&v| {
            self.word(v).is_some_and(|w| {
                matches!(w, "accused" | "accuses" | "accusing" | "alleged" | "alleges" | "blamed" | "blames")
            })
        })
    }
}
