//! Who acts: the subject of a trigger, its companions ("Germany, along with France"),
//! coordinated subjects, and the antecedents of relative clauses (", which …", ", whom …").

use super::*;

impl<'a> Extraction<'a> {
    /// The subject of the clause ending at token `i`: the nearest entity to the
    /// left that is not inside a prepositional phrase, with its coordinated
    /// entities; "he"/"she" right before the trigger is the nearest person. With
    /// `reported` the search stops at a "said" that opens the trigger's clause.
    /// Does "that" and a determined phrase of one to three common nouns stand before the verb
    /// at `i`, past auxiliaries and adverbs ("that such a plan is backed", "that the proposal
    /// strongly criticised")?
    fn unnamed_subject_after_that(&self, i: usize) -> bool {
        let mut p = i;
        while p > 0 && self.word(p - 1).is_some_and(|w| auxiliary(w) || adverb(w) || matches!(w, "also" | "not")) {
            p -= 1;
        }
        let nouns_end = p;
        while p > 0
            && nouns_end - p < 3
            && self.entity(p - 1).is_none()
            && self.common_noun_at(p - 1)
            && self.word(p - 1).is_some_and(|w| !DETERMINERS.contains(&w) && !CLAUSE_WORDS.contains(&w))
        {
            p -= 1;
        }
        if p == nouns_end || p < 2 {
            return false;
        }
        let mut d = p - 1;
        if !matches!(self.word(d), Some("a" | "an" | "the" | "this" | "these" | "those")) {
            return false;
        }
        if d > 1 && self.word(d - 1) == Some("such") {
            d -= 1;
        }
        d > 0 && self.word(d - 1) == Some("that")
    }

    pub(super) fn subject(&self, i: usize, max_distance: usize, reported: bool) -> Vec<(usize, usize)> {
        // "warned the BBC that attacking Mr Campbell had brought it trouble": a gerund opening a
        // clause is its subject, with no one named acting
        if i > 0 && self.word(i - 1) == Some("that") && self.word(i).is_some_and(gerund) {
            return Vec::new();
        }
        // "Blair said Labour would set out plans and attacked the Tory plans": a past tense
        // after "and" cannot share a modal's base verb in the reported clause; it shares the
        // subject of "said"
        if let Some(said) = self.said_before_modal_and(i) {
            return self.subject(said, max_distance, false);
        }
        // "Roberts noted that such a plan is backed by X": a clause after "that" whose subject
        // is an unnamed noun
        if self.unnamed_subject_after_that(i) {
            return Vec::new();
        }
        // "shelters militants who attack Pakistan", "backs groups that have condemned Israel": a
        // relative clause on an unnamed noun has that noun as its subject, no one named
        if self.relative_on_common_noun(i) || self.relative_on_phrase_object(i) {
            return Vec::new();
        }
        // (a participle opening a clause takes the main clause's subject, past its predicate:
        // "Mali's government on Thursday ordered the French ambassador to leave the country
        // within 72 hours, accusing Paris of …")
        let participle_clause = self.clause_participle(i);
        let reach = if participle_clause { 2 * max_distance } else { max_distance };
        let mut lo = i.saturating_sub(reach);
        // the first token of the name at `k` with its titles
        let name_start = |k: usize| {
            // past the titles of a person ("spoke with Sheikh Tamim", "with Secretary of State X")
            let mut k = k;
            let person = matches!(self.entity(k), Some((_, EntityType::Actor, _)));
            let name = k;
            while person && k > 0 && k < i {
                // ("According to Mr Sands, …": an honorific is part of the name)
                let honorific = self.word(k - 1).is_some_and(|w| HONORIFIC_WORDS.contains(&w));
                if honorific || (self.is_title_word(k - 1) && (!self.is_prep(k - 1) || self.title_before(k - 1))) {
                    k -= 1;
                // and the organisation or country the titles belong to ("wrote to U.N.
                // Secretary-General Antonio Guterres", "with Iran's Foreign Minister X")
                // (not the end of a longer name: "Bank of Zambia general manager X")
                } else if k < name
                    && matches!(self.entity(k - 1), Some((_, EntityType::Country | EntityType::Institution, _)))
                    && !(k > 2 && self.word(k - 2) == Some("of") && self.capitalised_word(k - 3))
                {
                    k -= 1;
                    break;
                } else if k < name && k > 1 && self.possessive_at(k - 1) && self.entity(k - 2).is_some() {
                    k -= 2;
                    break;
                } else {
                    break;
                }
            }
            k
        };
        let after_prep = |k: usize| {
            // ("reforms in the Inter-American Development Bank (IADB)": an acronym in brackets
            // stands where the name before it does)
            let bracketed = k > 1
                && self.toks[k - 1].is_punct('(')
                && self.entity(k - 2).is_some_and(|(e, _, _)| self.entity(k).is_some_and(|(f, _, _)| e == f));
            let k = name_start(if bracketed { k - 2 } else { k });
            // (past a compass word: "Residents of northern Israel", "a delegation of north Wales
            // councils")
            let k = if k > 1 && self.word(k - 1).is_some_and(|w| COMPASS_WORDS.contains(&w)) { k - 1 } else { k };
            let right_after = |k: usize| {
                k > 0
                    && (self.is_prep(k - 1)
                        // (also "with both Moscow and Kyiv", "to either side")
                        || (k > 1
                            && matches!(self.word(k - 1), Some("the" | "a" | "an" | "both" | "either"))
                            && self.is_prep(k - 2)))
            };
            // "talks between banks and Mexico, Chile and Venezuela": coordinated with a plain
            // noun that a preposition opens (one or two words, no name)
            let with_noun = || {
                k > 2
                    && self.word(k - 1) == Some("and")
                    && (k.saturating_sub(4)..k - 1).rev().take_while(|&p| self.descriptor_word(p)).any(right_after)
            };
            right_after(k) || with_noun()
        };
        // "European leaders, including Merz and Starmer, backed …", "countries including
        // Britain have criticised …": the examples of a subject act with it
        let example_of_subject = |first: usize, last: usize| {
            let k = name_start(first);
            k > 1
                && matches!(self.word(k - 1), Some("including"))
                && (last + 1..i).all(|p| {
                    self.toks[p].is_punct(',')
                        || self.word(p).is_some_and(|w| matches!(w, "have" | "has" | "had" | "also" | "all" | "both"))
                })
        };
        // "and its European allies", "and other Western powers": the rest of a subject
        // between an entity and the trigger
        let allies_after = |last: usize| {
            self.word(last + 1) == Some("and")
                && i - last <= 5
                && (last + 2..i).all(|p| {
                    self.word(p).is_some_and(|w| {
                        POSSESSIVE_PRONOUNS.contains(&w)
                            || matches!(w, "other" | "the")
                            || (w.ends_with('s') && !w.ends_with("ss") && w.len() > 3)
                            || self.capitalised_word(p)
                    })
                })
        };
        // "after a Chinese coast guard vessel fired …", "after Russian drones struck …": a
        // demonym's noun (at most three plain words) between it and the trigger
        let nouns_after = |last: usize| {
            matches!(self.entity(last), Some((_, _, AliasKind::Demonym)))
                && i - last <= 4
                && (last + 1..i).all(|p| {
                    self.entity(p).is_none()
                        && !self.is_prep(p)
                        && self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w) && !past_tense(w))
                })
        };
        // entities `first..=last` sit in a prepositional phrase, unless it is the absolute
        // "with X and Y joining …", whose -ing verb they are the subject of, or a clause
        // "after X (and its allies) criticised …" whose verb is the trigger
        let in_phrase = |first: usize, last: usize| {
            // (the word before the name's titles: "after Treasury Secretary Scott Bessent accused …")
            let start = name_start(first);
            let before = start.checked_sub(1).and_then(|p| self.word(p));
            let subordinator = |w: Option<&str>| w.is_some_and(|w| SUBORDINATORS.contains(&w));
            // ("the blame lay with X who had criticised Y": the relative clause's subject)
            let relative_subject =
                self.word(last + 1) == Some("who") && matches!(self.entity(last), Some((_, EntityType::Actor, _)));
            // (also the subjects of a gerund after "of": "as a result of Spain and Portugal joining
            // the bloc", "fears of Russia attacking")
            let absolute = (before == Some("with") || (before == Some("of") && last + 1 == i))
                && self.word(last + 1).is_some_and(|w| w.ends_with("ing"))
                && !self.is_prep(last + 1);
            // (adverbs and auxiliaries may stand before the verb: "after Britain formally recognised")
            let verb_next =
                (last + 1..i).all(|p| self.word(p).is_some_and(|w| adverb(w) || auxiliary(w) || w == "also"));
            let clause = subordinator(before) && (verb_next || allies_after(last) || nouns_after(last));
            let determined_clause = matches!(before, Some("a" | "an" | "the"))
                && start >= 2
                && subordinator(self.word(start - 2))
                && nouns_after(last);
            // "Officials from Egypt met …", "Senior diplomats of Qatar and Egypt held talks …": the
            // envoys of states that open the clause act for them
            // (also the members of a party or body: "Members of the Democratic Party criticised X",
            // "critics within the party")
            let det = if before == Some("the") { start - 1 } else { start };
            let envoys = det >= 2
                && match (self.word(det - 2), self.word(det - 1)) {
                    (Some(noun), Some("from" | "of")) if det == start => DELEGATE_NOUNS.contains(&noun),
                    (Some(noun), Some(prep)) if matches!(self.entity(first), Some((_, EntityType::Institution, _))) => {
                        (MEMBER_NOUNS.contains(&noun) && matches!(prep, "from" | "of" | "in" | "within"))
                            || (noun == "critics" && matches!(prep, "in" | "within"))
                    }
                    _ => false,
                }
                && {
                    let mut p = det - 2;
                    while p > 0
                        && start - 2 - p < 2
                        && self.entity(p - 1).is_none()
                        && self.word(p - 1).is_some_and(|w| {
                            DETERMINERS.contains(&w)
                                || (self.content_word(p - 1).is_some() && !CLAUSE_WORDS.contains(&w))
                        })
                    {
                        p -= 1;
                    }
                    // (also a reported clause's: "Trump said officials from Egypt met Hamas")
                    p == 0
                        || self.toks[p - 1].is_punct(',')
                        || matches!(self.word(p - 1), Some("said" | "says" | "that"))
                        || self.after_quotes(0) >= p
                };
            after_prep(first)
                && !(example_of_subject(first, last)
                    || relative_subject
                    || absolute
                    || clause
                    || determined_clause
                    || envoys)
        };
        // a verb coordinated with an earlier one ("… and met", "… and later accused", "… and
        // was criticised by Y", "… but accused"), or a participle after a comma that shares its subject ("X
        // criticised Y, accusing Z of …")
        let coordinated_verb = (1..=3).any(|back| {
            i >= back
                && matches!(self.word(i - back), Some("and" | "but"))
                && (i - back + 1..i).all(|p| {
                    self.word(p).is_some_and(|w| {
                        matches!(w, "then" | "later" | "also" | "has" | "have" | "had" | "been" | "to")
                            || PASSIVE_AUXILIARIES.contains(&w)
                            // ("… and threatened to retaliate against Y")
                            || (past_tense(w) && self.word(p + 1) == Some("to"))
                    })
                })
        }) || self.clause_participle(i);
        let comma_joined = self.comma_joined_verb(i);
        let coordinated_verb = coordinated_verb || comma_joined;
        // ("strikes Beirut suburb, kills …": the object of a trigger verb in any form)
        let object_of_trigger = |c: usize| {
            let v =
                if c >= 2 && matches!(self.word(c - 1), Some("the" | "a" | "an")) { c - 2 } else { c.wrapping_sub(1) };
            comma_joined && v < c && self.flag(v, TRIGGER)
        };
        // past a non-finite clause's subordinator ("X met Y, weeks after hosting Z") the main
        // clause's subject is wanted: its object is not it
        // "…, a move criticised by Z", "…, in an attack backed by Z": an act named after the
        // clause, at `p`
        let move_at = |p: usize| {
            let p = if self.word(p) == Some("in") { p + 1 } else { p };
            matches!(self.word(p), Some("a" | "an" | "the"))
                && self.word(p + 1).is_some_and(|w| MOVE_NOUNS.contains(&w))
        };
        // (the act is the clause subject's, not its object's: "Israel struck Iranian sites, an
        // attack condemned by X", "Israel struck Iran in an attack backed by X")
        // ("Israel killed X in an air strike on Beirut": the act named after "in" is the subject's,
        // past one adjective)
        let in_act = (1..=2).any(|back| {
            i > back
                && self.word(i - back - 1) == Some("in")
                && matches!(self.word(i - back), Some("a" | "an"))
                && (i - back + 1..i).all(|p| self.descriptor_word(p))
        });
        let mut skip_objects =
            coordinated_verb || in_act || (i >= 3 && move_at(i - 3) && self.word(i - 3) == Some("in"));
        // "Thailand suspended the deal after a landmine wounded soldiers, accusing Cambodia of …":
        // a participle clause after a finite clause opened by a subordinator takes the subject
        // of the main clause before that one
        let mut k = if participle_clause { self.finite_clause_before(i).unwrap_or(i) } else { i };
        lo = lo.min(k.saturating_sub(reach));
        while k > lo {
            k -= 1;
            let t = &self.toks[k];
            if matches!(t.kind, TokenKind::Punct(';' | ':')) {
                break;
            }
            // "The G-7 -- grouping the U.S., Japan and Canada -- said …": the subject named
            // before a parenthesis between dashes stands there (its words do not count against
            // the distance; "many nations -- Hong Kong, Canada … -- had supported" names them)
            if let Some(open) =
                self.dash_parenthesis_opening(k).filter(|&o| o > 0 && self.toks[o - 1].entity().is_some())
            {
                lo = lo.saturating_sub(k - open);
                k = open;
                continue;
            }
            // "Iran, which supports Hamas, condemned …": the subject stands before the
            // relative clause, not inside it
            // (its words do not count against the distance)
            if t.is_punct(',') {
                // "X approved a $1.1 billion loan to Y, a move criticised by Z": the words of
                // the apposition do not count against the distance either
                if move_at(k + 1) {
                    lo = lo.min(k.saturating_sub(max_distance));
                    skip_objects = true;
                }
                if let Some(open) = self.relative_clause_opening(k, lo.saturating_sub(max_distance)) {
                    lo = lo.saturating_sub(k - open);
                    k = open;
                    continue;
                }
            }
            // "He said the EC strongly backed China's application": the verb of a clause after
            // "said" has its own subject; without one named there, no edge. A pronoun in the
            // clause is the speaker ("X said on Monday it backed Y", "said his talks with Y"),
            // and so is the subject of a verb coordinated with "said" ("said … and praised Y")
            // or of a phrase opened by a subordinator ("said after meeting Y")
            if reported && !coordinated_verb && k + 1 < i && matches!(t.word(), Some("said" | "says")) {
                let opener = if self.word(k + 1) == Some("that") { k + 2 } else { k + 1 };
                let speaker = (k + 1..i).any(|p| {
                    matches!(self.word(p), Some("it" | "he" | "she" | "they" | "his" | "her" | "its" | "their"))
                }) || self.word(opener).is_some_and(|w| SUBORDINATORS.contains(&w));
                if !speaker {
                    break;
                }
            }
            // a finite clause opened by "after", "while" … has its own subject ("after Yukos
            // accused Gazprom"); a non-finite one takes the main clause's ("X, after meeting Y")
            if t.word().is_some_and(|w| SUBORDINATORS.contains(&w)) {
                // (or a noun phrase: "after a round of talks with", "after two days of talks with")
                let quantity = |p: usize| {
                    self.word(p).is_some_and(|w| {
                        DETERMINERS.contains(&w)
                            || w.bytes().all(|b| b.is_ascii_digit())
                            || matches!(
                                w,
                                "of" | "two"
                                    | "three"
                                    | "four"
                                    | "five"
                                    | "several"
                                    | "hours"
                                    | "days"
                                    | "weeks"
                                    | "months"
                                    | "round"
                                    | "rounds"
                                    | "fresh"
                                    | "further"
                                    | "lengthy"
                                    | "marathon"
                            )
                    })
                };
                let non_finite = k + 1 == i
                    || self.word(k + 1).is_some_and(|w| w.ends_with("ing"))
                    || (k + 2 == i && self.word(k + 1).is_some_and(|w| DETERMINERS.contains(&w)))
                    || (i - k <= 6 && self.word(i) == Some("talks") && (k + 1..i).all(quantity));
                if !non_finite {
                    break;
                }
                skip_objects |= k + 1 == i;
                // (the distance to the main clause's subject counts from the subordinator)
                lo = lo.min(k.saturating_sub(max_distance));
            }
            // the trigger is in a relative clause: its subject is what the clause is about
            // ("the army, which is backed by Egypt": not an entity, so no edge)
            if matches!(t.word(), Some("which" | "who")) && k >= 2 && self.toks[k - 1].is_punct(',') {
                return self.antecedent(k - 1);
            }
            // "Iran's announcement that it had launched …": "it" is the nearest state or body
            // before it, a possessor too, never a person
            // (as the subject of a clause: not "to help it resist Israel")
            let opens_clause = || {
                k > 0
                    && (self.toks[k - 1].is_punct(',')
                        || self.word(k - 1).is_some_and(|w| {
                            SUBORDINATORS.contains(&w) || matches!(w, "that" | "said" | "says" | "and" | "but")
                        }))
            };
            if t.word() == Some("it") && i - k <= 3 && opens_clause() {
                // (not one in a phrase of its own: "… from Algeria, Iraq and the UAE to help it resist")
                let body = (lo.saturating_sub(max_distance)..k).rev().find(|&p| {
                    matches!(self.entity(p), Some((_, EntityType::Country | EntityType::Institution, AliasKind::Name)))
                        && (self.possessive_at(p + 1) || !after_prep(p))
                });
                if let Some(p) = body {
                    return vec![(p, self.entity(p).map_or(0, |e| e.0))];
                }
            }
            if matches!(t.word(), Some("he" | "she")) && i - k <= 4 {
                // not an owner ("he admired Mr Blair's leadership …, he criticised …")
                let owner = |p: usize| self.possessive_at(p + 1);
                let people =
                    || (0..k).rev().filter(|&p| matches!(self.entity(p), Some((_, EntityType::Actor, _))) && !owner(p));
                // a subject before an object ("Trump criticised Zelenskiy, but he praised …")
                let person = people().find(|&p| !self.object_of_verb(p)).or_else(|| people().next());
                return person.map(|p| vec![(p, self.entity(p).map_or(0, |e| e.0))]).unwrap_or_default();
            }
            let Some((e, etype, kind)) = t.entity() else {
                continue;
            };
            // "Teodoro, whose country has clashed with China, …": the active verb of a clause on
            // what the name owns has that as its subject (the owner gains by a passive one: "Ukraine,
            // whose bid was backed by Germany")
            if self.toks.get(k + 1).is_some_and(|c| c.is_punct(','))
                && self.word(k + 2) == Some("whose")
                && (k + 3..i).all(|p| {
                    self.entity(p).is_none()
                        && !self.toks[p].is_punct(',')
                        && !self.word(p).is_some_and(|w| PASSIVE_AUXILIARIES.contains(&w))
                })
            {
                return Vec::new();
            }
            // ("a Chinese coast guard vessel fired water cannon at …" is the state's)
            let indefinite = kind == AliasKind::Demonym
                && k > 0
                && matches!(self.word(k - 1), Some("a" | "an"))
                && !(k + 1..k + 4).any(|n| self.word(n).is_some_and(|w| FORCE_NOUNS_SINGULAR.contains(&w)));
            // "the only Democrat to support Reagan", "a Republican backed …", "three Russians
            // criticised …": people counted one by one are not their party or state
            let counted = (kind == AliasKind::Demonym || etype == EntityType::Institution)
                && k > 0
                && self.word(k - 1).is_some_and(|w| COUNT_WORDS.contains(&w))
                && (k + 1 == i
                    || self.word(k + 1).is_some_and(|w| {
                        matches!(w, "to" | "who" | "also") || auxiliary(w) || adverb(w) || past_tense(w)
                    }));
            let indefinite = indefinite || counted;
            // "the Saudi-led coalition struck …": the leader acts through the group it leads
            let leads = self.is_compound(k)
                && self.word(k + 2) == Some("led")
                && self.word(k + 3).is_some_and(|w| {
                    matches!(w, "coalition" | "alliance" | "forces" | "force" | "troops" | "mission" | "bloc")
                })
                && (k + 4..i).all(|p| self.word(p).is_some_and(|w| auxiliary(w) || w == "also"));
            // ("… would not accept U.S. military action against cartels, rejecting remarks by X":
            // a name modifying a noun is not the subject a participle clause takes)
            let modifies = participle_clause
                && etype == EntityType::Country
                && kind == AliasKind::Name
                // (past a word that also makes titles: "U.S. military action")
                && self.is_title_word(k + 1)
                && !self.is_prep(k + 1)
                && self.descriptor_word(k + 1)
                && self.common_noun_at(k + 2);
            if in_phrase(k, k) || indefinite || modifies || self.is_modifier(k) || (self.is_compound(k) && !leads) {
                continue;
            }
            // not the subject: the title or description of a person or company the gazetteer
            // does not know ("England defender Cole met …", "German carmaker Porsche rejected
            // …"), people of a nationality ("Japanese exporters criticised …"), the owner of a
            // relative ("Mr Conlon's father was arrested when travelling to London") or of a
            // private group ("France's major farm union criticised …", "Germany's companies", "Brazil's
            // leading political party")
            let relative = self.possessive_at(k + 1) && self.word(k + 2).is_some_and(|w| KIN_NOUNS.contains(&w));
            let private_group = self.possessive_at(k + 1)
                && !self.coast_guard_at(k + 2)
                && (k + 2..(k + 5).min(i))
                    .map_while(|p| self.word(p))
                    .any(|w| NATIONALITY_NOUNS.contains(&w) || matches!(w, "union" | "unions" | "party" | "parties"));
            // "Trump envoy meets Putin", "a Putin aide said": the role's holder acts, not the person
            let persons_aide =
                matches!(t.entity(), Some((_, EntityType::Actor, _))) && k + 1 < i && self.is_role_word(k + 1);
            if self.titles_an_unknown_name(k)
                || persons_aide
                || self.describes_unknown_company(k)
                || self.demonym_in_name(k)
                || self.in_fixture(k)
                || self.company_role_after(k)
                || self.party_member_after(k)
                || self.nationality_of_people_or_things(k)
                || relative
                || private_group
            {
                break;
            }
            // a title prefix of a person further right was skipped already
            let mut subj = self.coordination(k, e);
            // "In Paris, Macron and Merz met …", "After talks with Russia, Xi and Putin …": a
            // phrase opening the sentence ends at its comma, so its entity is no list member
            while let [.., (next, _), (far, _)] = subj[..] {
                let first = self.after_quotes(0);
                let opening = first < far && self.is_prep(first) && !(0..far).any(|p| self.toks[p].is_punct(','));
                if !(opening && after_prep(far) && (far + 1..name_start(next)).all(|p| self.toks[p].is_punct(','))) {
                    break;
                }
                subj.pop();
            }
            let c = subj.last().map_or(k, |&(first, _)| first);
            // "The plan (that) Ukraine rejected was backed by Hungary": the subject of a relative
            // clause on a noun; the trigger's subject is that noun
            if let Some(noun) = self.restrictive_clause_noun(c, k, i) {
                // (its owner acts: "Bellamy's claim that Souness had lied was denied by Shepherd")
                return self.possessor_before(noun).into_iter().collect();
            }
            // "the top cleric in England and Wales backed …": the whole coordination is in a phrase
            // "X visited Niamey and met Y", "X criticised Y, accusing Z": the object of the
            // verb before is not the subject
            if in_phrase(c, k) || (skip_objects && self.object_of_verb(c)) || object_of_trigger(c) {
                k = c;
                continue;
            }
            // "Councillors who back Mr Flight met Mr Tanguay": the object of a relative clause
            // without commas; the subject is the noun the clause is on
            if let Some(who) = self.relative_verb_before(c) {
                return who.checked_sub(1).and_then(|n| self.entity(n).map(|(e, _, _)| (n, e))).into_iter().collect();
            }
            subj.extend(self.companions(c, k, i));
            return subj;
        }
        Vec::new()
    }

    /// The subordinator opening a finite clause that ends at the comma right before the
    /// participle at `i` ("after a landmine wounded soldiers, accusing …"; not "after meeting
    /// X, …").
    fn finite_clause_before(&self, i: usize) -> Option<usize> {
        let comma = i.checked_sub(1).filter(|&c| self.toks[c].is_punct(','))?;
        let sub = (comma.saturating_sub(12)..comma)
            .rev()
            .take_while(|&p| self.toks[p].word().is_some() || self.toks[p].entity().is_some())
            .find(|&p| self.word(p).is_some_and(|w| SUBORDINATORS.contains(&w)))?;
        let finite = sub + 2 < comma
            && !self.word(sub + 1).is_some_and(gerund)
            && (sub + 1..comma).any(|p| self.word(p).is_some_and(past_tense));
        finite.then_some(sub)
    }

    /// The "who"/"that" opening a relative clause without commas whose verb has the name at
    /// `c` as its object ("councillors who back Mr Flight", "officials that met Putin").
    pub(super) fn relative_verb_before(&self, c: usize) -> Option<usize> {
        let mut v = c.checked_sub(1)?;
        while v > 0 && c - v < 4 && (self.is_title_word(v) || matches!(self.word(v), Some("the" | "mr" | "mrs" | "ms")))
        {
            v -= 1;
        }
        let who = v.checked_sub(1)?;
        let restrictive = who == 0 || !self.toks[who - 1].is_punct(',');
        (restrictive
            && matches!(self.word(who), Some("who" | "that"))
            && !self.is_title_word(v)
            && !self.is_prep(v)
            && self.word(v).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase()) && !auxiliary(w) && !DETERMINERS.contains(&w)
            }))
        .then_some(who)
    }

    /// Is the finite verb at `i` joined by a bare comma to a clause before it, sharing its
    /// subject ("Israel strikes Beirut suburb, kills Hezbollah commander", "X met Y, praised Z")?
    pub(super) fn comma_joined_verb(&self, i: usize) -> bool {
        // (not a passive participle: "the senator, supported by X,")
        i > 0
            && self.toks[i - 1].is_punct(',')
            && self.word(i + 1) != Some("by")
            && self.word(i).is_some_and(|w| {
                (past_tense(w) || (w.ends_with('s') && !w.ends_with("ss"))) && !DETERMINERS.contains(&w)
            })
    }

    /// The first token of the verb at `i` with at most three auxiliaries and adverbs before
    /// it ("has long criticised", "also attack").
    fn verb_group_start(&self, i: usize) -> usize {
        let mut p = i;
        while p > 0 && i - p < 3 && self.word(p - 1).is_some_and(|w| auxiliary(w) || adverb(w) || w == "also") {
            p -= 1;
        }
        p
    }

    /// Does the verb at `i` open a relative clause ", which …" on a name that an attack is on
    /// ("the Israeli strike on Doha, which targeted Hamas leaders")? Its antecedent is the attack,
    /// not the main clause's subject, so no one named is its subject. (After other nouns the
    /// name is meant: "the decision is one for Belgium, which holds the presidency".)
    pub(super) fn relative_on_phrase_object(&self, i: usize) -> bool {
        let p = self.verb_group_start(i);
        if p < 4 || self.word(p - 1) != Some("which") || !self.toks[p - 2].is_punct(',') || self.entity(p - 3).is_none()
        {
            return false;
        }
        let q = self.after_article(p - 3);
        q > 1 && self.is_prep(q - 1) && self.word(q - 2).is_some_and(|w| ATTACK_ACT_NOUNS.contains(&w))
    }

    /// Does the verb at `i` open a relative clause without commas on a common noun ("militants
    /// who attack X", "groups that have long criticised X"), past auxiliaries and adverbs?
    pub(super) fn relative_on_common_noun(&self, i: usize) -> bool {
        let p = self.verb_group_start(i);
        if p < 2 || !matches!(self.word(p - 1), Some("who" | "that")) {
            return false;
        }
        // (not one a name modifies: "many US lawmakers who blame China")
        if p > 2 && self.entity(p - 3).is_some() {
            return false;
        }
        self.common_noun_at(p - 2)
            && self.word(p - 2).is_some_and(|w| !past_tense(w) && !CLAUSE_TAKING_VERBS.contains(&w))
    }

    /// The noun whose clause without commas the entity phrase `c..=k` is the subject of, when
    /// its verb follows the phrase and the trigger at `i` is the main clause's verb with its own
    /// auxiliary ("The plan that Ukraine rejected last week was backed by Hungary", "The deal
    /// Kyiv rejected has been backed by Hungary", "Bellamy's claim that Souness had lied was
    /// denied by Shepherd").
    pub(super) fn restrictive_clause_noun(&self, c: usize, k: usize, i: usize) -> Option<usize> {
        let mut s = c;
        while s > 0 && c - s < 4 && self.is_title_word(s - 1) && !self.is_prep(s - 1) {
            s -= 1;
        }
        let noun = |n: usize| {
            self.common_noun_at(n)
                && self.word(n).is_some_and(|w| {
                    !past_tense(w) && !matches!(w, "say" | "says" | "warn" | "warns" | "believe" | "believes")
                })
        };
        let on_noun = match s.checked_sub(1).and_then(|p| self.word(p)) {
            Some("that" | "which") if s >= 2 && noun(s - 2) => Some(s - 2),
            Some(_) if s >= 2 && noun(s - 1) && matches!(self.word(s - 2), Some("the" | "a" | "an")) => Some(s - 1),
            _ => None,
        };
        // (its verb past its auxiliary: "Souness had lied")
        let after_auxiliary = self.word(k + 1).is_some_and(auxiliary);
        let verb = if after_auxiliary { k + 2 } else { k + 1 };
        let participle = |w: &str| past_tense(w) || (after_auxiliary && (w.ends_with("ed") || w.ends_with("en")));
        let own_verb = verb < i && self.word(verb).is_some_and(participle);
        let main_auxiliary = (verb + 1..i).any(|p| self.word(p).is_some_and(auxiliary));
        on_noun.filter(|_| own_verb && main_auxiliary)
    }

    /// Who acts with the subject `c..=k` of the trigger at `i`: "Germany, along with France,
    /// condemned", "Germany, like France, condemned", "France was joined by Germany in
    /// condemning", "Germany joined France in condemning" (the subject of "joined").
    pub(super) fn companions(&self, c: usize, k: usize, i: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let the = |n: usize| if self.word(n) == Some("the") { n + 1 } else { n };
        if self.toks.get(k + 1).is_some_and(|t| t.is_punct(',')) {
            let n = match (self.word(k + 2), self.word(k + 3), self.word(k + 4)) {
                (Some("along" | "together"), Some("with"), _) => Some(k + 4),
                (Some("like"), _, _) => Some(k + 3),
                (Some("as"), Some("well"), Some("as")) => Some(k + 5),
                _ => None,
            };
            if let Some(n) = n.map(the).filter(|&n| n < i) {
                let with = self.objects(n);
                let closed = with
                    .iter()
                    .map(|&(t, _)| t)
                    .max()
                    .is_some_and(|t| self.toks.get(t + 1).is_some_and(|x| x.is_punct(',')));
                if closed {
                    out.extend(with);
                }
            }
        }
        let joined = matches!(self.word(k + 1), Some("was" | "were"))
            && self.word(k + 2) == Some("joined")
            && self.word(k + 3) == Some("by");
        if joined && (k + 4..i).any(|p| self.word(p) == Some("in")) {
            out.extend(self.objects(the(k + 4)).into_iter().filter(|&(t, _)| t < i));
        }
        if c >= 1
            && matches!(self.word(c - 1), Some("joined" | "joins" | "join"))
            && (k + 1..i).any(|p| self.word(p) == Some("in"))
        {
            out.extend(self.subject(c - 1, MAX_SUBJECT_DISTANCE, true));
        }
        out
    }

    /// Do lower-case words ending in a company noun and a capitalised word that names nothing
    /// known follow the entity at `k` ("German carmaker Porsche", "South Africa's biggest
    /// retail bank Absa")? Then the entity describes that company.
    pub(super) fn describes_unknown_company(&self, k: usize) -> bool {
        let start = if self.possessive_at(k + 1) { k + 2 } else { k + 1 };
        let mut n = start;
        while n - start < 4 && self.descriptor_word(n) {
            n += 1;
        }
        n > start
            && self.word(n - 1).is_some_and(|w| COMPANY_NOUNS.contains(&w))
            && self.capitalised_word(n)
            && self.entity(n).is_none()
            && !self.is_title_word(n)
    }

    /// Do a company's description and a role follow the entity at `k` ("US bank boss hails …",
    /// "a German car firm's chief executive")? Then someone of a company acts, not the state.
    pub(super) fn company_role_after(&self, k: usize) -> bool {
        let start = if self.possessive_at(k + 1) { k + 2 } else { k + 1 };
        let company_noun = |n: usize| self.word(n).is_some_and(|w| COMPANY_NOUNS.contains(&w));
        let mut n = start;
        while n - start < 3 && self.descriptor_word(n) && (!self.is_title_word(n) || company_noun(n)) {
            n += 1;
        }
        // (a state's own bank is the state's: "the German central bank chief")
        let public = (start..n).any(|p| matches!(self.word(p), Some("central" | "state" | "national" | "reserve")));
        let company = n > start && company_noun(n - 1) && !public;
        let n = n + usize::from(company && self.possessive_at(n));
        company && self.is_role_word(n)
    }

    /// Does one member of the party at `k` follow it ("Labour MP praises …", "a Republican
    /// senator criticised …")? Then a person acts, not the party (its members, plural, act
    /// for it: "Labour MPs criticised …").
    pub(super) fn party_member_after(&self, k: usize) -> bool {
        self.party_at(k).is_some()
            && self.word(k + 1).is_some_and(|w| {
                matches!(
                    w,
                    "mp" | "mep"
                        | "member"
                        | "councillor"
                        | "peer"
                        | "activist"
                        | "candidate"
                        | "backbencher"
                        | "donor"
                        | "senator"
                        | "congressman"
                        | "congresswoman"
                        | "lawmaker"
                        | "legislator"
                        | "politician"
                )
            })
    }

    /// Do a role (with its titles) and a capitalised word that names nobody known follow the
    /// entity at `k` ("England defender Cole", "Labour MP Smith")? Then the entity describes
    /// that person, who is the one acting.
    pub(super) fn titles_an_unknown_name(&self, k: usize) -> bool {
        // (also after a possessive: "Britain's Prince William met …")
        let mut n = k + 1 + usize::from(self.possessive_at(k + 1));
        let mut role = false;
        while n - k <= 3 && self.is_title_word(n) && !self.is_prep(n) {
            role |= self.is_role_word(n);
            n += 1;
        }
        role && self.capitalised_word(n) && !self.is_title_word(n) && self.toks[n - 1].end + 1 == self.toks[n].start
    }

    /// Is the entity phrase starting at token `c` the object of a past-tense verb right
    /// before it ("visited Niamey", "criticised Berlin", "met Tiani"), or of a participle
    /// opening a clause (", killing a senior Hezbollah commander")?
    pub(super) fn object_of_verb(&self, c: usize) -> bool {
        let Some(mut v) = c.checked_sub(1) else { return false };
        // (inside quotation marks: "condemned \"Israeli aggression\" and accused …")
        while v > 0 && self.toks[v].is_quote() {
            v -= 1;
        }
        // "met Sheikh Tamim", "met Secretary of State X", "met Russian President X", "backed Mr X"
        // (also an organisation's or state's own titles: "killed Hezbollah commander X",
        // "killed Hezbollah's top military commander X")
        let demonym_title = |v: usize| {
            let owner = |o: usize| matches!(self.entity(o), Some((_, t, kind)) if kind == AliasKind::Demonym || t != EntityType::Actor);
            (owner(v) && self.is_title_word(v + 1))
                || (v > 1 && self.possessive_at(v) && owner(v - 1) && self.is_title_word(v + 1))
        };
        let honorific = |v: usize| {
            self.word(v).is_some()
                && matches!(&self.text[self.toks[v].start..self.toks[v].end], "Mr" | "Mrs" | "Ms" | "Dr")
        };
        while v > 0
            && c - v < 6
            && ((self.is_title_word(v) && (!self.is_prep(v) || self.title_before(v)))
                || demonym_title(v)
                || honorific(v))
        {
            // (past the owner before its possessive too)
            v -= if self.possessive_at(v) { 2 } else { 1 };
        }
        // "praised the U.S. plan and criticised …"
        if matches!(self.word(v), Some("the" | "a" | "an")) {
            let Some(before) = v.checked_sub(1) else { return false };
            v = before;
        }
        // "fined Alphabet's Google": the owner's institution is the object too
        if v >= 2 && self.possessive_at(v) && self.entity(v - 1).is_some() && v == c - 1 {
            return self.object_of_verb(v - 1);
        }
        // "did not criticise Trump", "refused to endorse X": a trigger verb's base form
        // (any verb after "to" or a modal: "to attend the IMF's meeting and for talks with …")
        let base_form = v > 0
            && ((self.flag(v, TRIGGER) && matches!(self.word(v - 1), Some("not" | "n't" | "never" | "to")))
                || (self.word(v - 1).is_some_and(|w| {
                    matches!(w, "to" | "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should")
                }) && self.descriptor_word(v)
                    && !self.word(v).is_some_and(|w| matches!(w, "be" | "have" | "become" | "remain"))));
        // "denied harbouring the Pakistani Taliban and accused …": a gerund's object
        let gerund_verb = |w: &str| gerund(w) && !ING_ADJECTIVES.contains(&w) && v > 0 && self.word(v - 1).is_some();
        // "Macron visits Washington for talks with Trump": a trigger verb in the present tense
        // right after its named subject (not "the attacks Russia launched")
        let present = |w: &str| {
            w.ends_with('s') && !w.ends_with("ss") && self.flag(v, TRIGGER) && v > 0 && self.entity(v - 1).is_some()
        };
        self.word(v).is_some_and(|w| {
            (w.ends_with("ed")
                || PAST_FORMS.contains(&w)
                || self.clause_participle(v)
                || base_form
                || gerund_verb(w)
                || present(w))
                && !self.is_prep(v)
                && !self.is_title_word(v)
                && !DETERMINERS.contains(&w)
                && !CLAUSE_WORDS.contains(&w)
        })
    }

    /// "X sued OpenAI and Microsoft, accusing them of …", "China sanctioned Lockheed Martin,
    /// accusing it of …": a pronoun after a participle opening a clause (at `i`, the pronoun at
    /// `end`) is the object of the main clause's verb, if it agrees ("it" no person, "him" and
    /// "her" one).
    pub(super) fn object_before_participle(&self, i: usize, end: usize) -> Vec<(usize, usize)> {
        let Some(pronoun) = self.word(end).filter(|w| matches!(*w, "them" | "it" | "him" | "her")) else {
            return Vec::new();
        };
        // ("accusing her government of …": a possessive)
        if !self.clause_participle(i) || self.word(end + 1).is_some_and(|w| !matches!(w, "of" | "for" | "as")) {
            return Vec::new();
        }
        let comma = i - 1;
        for k in (comma.saturating_sub(12)..comma).rev() {
            if matches!(self.toks[k].kind, TokenKind::Punct(';' | ':' | ',')) {
                break;
            }
            let Some((e, etype, _)) = self.entity(k) else { continue };
            let objs = self.coordination(k, e);
            let first = objs.last().map_or(k, |&(c, _)| c);
            if !self.object_of_verb(first) {
                continue;
            }
            let agrees = match pronoun {
                "them" => true,
                "it" => objs.len() == 1 && etype != EntityType::Actor,
                _ => objs.len() == 1 && etype == EntityType::Actor,
            };
            return if agrees { objs } else { Vec::new() };
        }
        Vec::new()
    }

    /// For a trigger at `i` inside a phrase that opens the sentence ("In a press conference
    /// after talks with Chun, Baldrige praised …", "After talks with X, Y said …"), the name
    /// right after the phrase's comma (past its titles) that a finite verb follows.
    pub(super) fn fronted_subject(&self, i: usize) -> Option<(usize, usize)> {
        let opener = self.after_quotes(0);
        let fronted = matches!(
            self.word(opener),
            Some("in" | "at" | "after" | "during" | "following" | "before" | "on" | "speaking")
        );
        if !fronted || (opener..i).any(|k| self.toks[k].is_punct(',')) {
            return None;
        }
        let comma = (i..i + 20).take_while(|&k| k < self.toks.len()).find(|&k| self.toks[k].is_punct(','))?;
        let mut p = comma + 1;
        while p - comma <= 5 && self.entity(p).is_none() && (self.is_title_word(p) || self.capitalised_word(p)) {
            p += 1;
        }
        match self.entity(p) {
            Some((e, EntityType::Actor | EntityType::Country | EntityType::Institution, _)) if self.verb_after(p) => {
                Some((p, e))
            }
            _ => None,
        }
    }

    /// For a past-tense trigger at `i` right after "and", the "said"/"says"/"told" before it
    /// whose reported clause has a modal and a base verb ("said Labour would set out plans and
    /// attacked …"; not "would have acted and …").
    pub(super) fn said_before_modal_and(&self, i: usize) -> Option<usize> {
        if i < 2 || self.word(i - 1) != Some("and") || !self.word(i).is_some_and(past_tense) {
            return None;
        }
        let said = (i.saturating_sub(30)..i - 1)
            .rev()
            .take_while(|&p| !matches!(self.toks[p].kind, TokenKind::Punct(';' | ':' | '.')))
            .find(|&p| matches!(self.word(p), Some("said" | "says" | "told")))?;
        let modal = (said + 1..i - 1)
            .find(|&p| matches!(self.word(p), Some("would" | "will" | "could" | "might" | "should" | "can" | "may")))?;
        let verb = if self.word(modal + 1) == Some("not") { modal + 2 } else { modal + 1 };
        (!matches!(self.word(verb), Some("have" | "be" | "been"))).then_some(said)
    }

    /// For a spaced dash at `close` ("--", "—", " - ") that closes a parenthesis, the first
    /// token of the dash that opens it, at most 25 tokens before, with no other clause mark
    /// between.
    pub(super) fn dash_parenthesis_opening(&self, close: usize) -> Option<usize> {
        let dash = |p: usize| {
            self.toks.get(p).is_some_and(|t| matches!(t.kind, TokenKind::Punct('-' | '\u{2014}' | '\u{2013}')))
                // (not a hyphen glued to the word before: "Iran-backed", "G-7")
                && !(p > 0 && self.toks[p - 1].word().is_some() && self.toks[p - 1].end == self.toks[p].start)
                && !(p > 0 && self.toks[p - 1].entity().is_some() && self.toks[p - 1].end == self.toks[p].start)
        };
        if !dash(close) {
            return None;
        }
        let mut c = close;
        while c > 0 && dash(c - 1) {
            c -= 1;
        }
        let mut p = (c.saturating_sub(25)..c)
            .rev()
            .take_while(|&p| !matches!(self.toks[p].kind, TokenKind::Punct(';' | ':' | '.')))
            .find(|&p| dash(p))?;
        while p > 0 && dash(p - 1) {
            p -= 1;
        }
        Some(p)
    }

    /// What the relative clause opened by the comma at `comma` is about: the entity
    /// ending the noun phrase before it ("Chad, which …"; "An IMF delegation, which
    /// …"; "the French government (15%), who …"), with the entities coordinated
    /// with it; nothing if that phrase names none ("the army, which …").
    pub(super) fn antecedent(&self, comma: usize) -> Vec<(usize, usize)> {
        let mut p = comma;
        // a bracket between the phrase and the comma
        if p > 0 && self.toks[p - 1].is_punct(')') {
            match (0..p - 1).rev().find(|&q| self.toks[q].is_punct('(')) {
                Some(open) => p = open,
                None => return Vec::new(),
            }
        }
        for _ in 0..3 {
            let Some(q) = p.checked_sub(1) else { break };
            if let Some((e, _, _)) = self.entity(q) {
                return self.coordination(q, e);
            }
            match self.word(q) {
                Some(w) if !DETERMINERS.contains(&w) && !self.is_prep(q) && !CLAUSE_WORDS.contains(&w) => p = q,
                _ => break,
            }
        }
        Vec::new()
    }

    /// For the subject at `s` of the verb at `verb` in a relative clause whose pronoun is
    /// the object ("X, whom Y accuses", "X, which Y invaded", "which Y strongly opposes"): X
    /// with the names coordinated with it, when X stands right before the comma. Not a
    /// place ("drift to London, which the Bundesbank opposes" is about the drift).
    pub(super) fn relative_object(&self, s: usize, verb: usize) -> Vec<(usize, usize)> {
        // auxiliaries and adverbs may stand between ("whom Trump has repeatedly attacked")
        let between = |p: usize| {
            self.word(p).is_some_and(|w| {
                matches!(w, "has" | "have" | "had" | "is" | "was" | "also" | "long" | "often") || adverb(w)
            })
        };
        if verb > s + 5 || (verb > s + 2 && !(s + 1..verb).all(between)) {
            return Vec::new();
        }
        // (past the subject's titles: "whom U.S. President Donald Trump endorsed")
        let s = self.after_article(self.titled_start(s, 4));
        if s < 3 || !self.toks[s - 2].is_punct(',') {
            return Vec::new();
        }
        match (self.word(s - 1), self.entity(s - 3)) {
            (Some("whom"), Some((e, _, kind))) if kind != AliasKind::Demonym => self.coordination(s - 3, e),
            (Some("which"), Some((e, _, AliasKind::Name))) => self.coordination(s - 3, e),
            // "the G20 summit, which the United States boycotted": an organisation's meeting
            (Some("which"), None)
                if self.word(s - 3).is_some_and(|w| GATHERING_NOUNS.contains(&w))
                    && matches!(self.entity(s - 4), Some((_, EntityType::Institution, AliasKind::Name))) =>
            {
                self.entity(s - 4).map(|(e, _, _)| vec![(s - 4, e)]).unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }

    /// The comma opening a non-restrictive relative clause (", which …", ", who …"),
    /// a participle phrase after an entity ("Araqchi, speaking after meeting X,") or
    /// an apposition after one ("Iran, an OPEC member under U.S. sanctions,") that the
    /// comma at `close` ends, searching no further left than `lo`.
    pub(super) fn relative_clause_opening(&self, close: usize, lo: usize) -> Option<usize> {
        let after_entity = |m: usize| m > 0 && self.entity(m - 1).is_some();
        // "Araqchi, speaking after …", "The UAE, accused by the Sudanese army of …,"
        // (a passive one after any noun: "The plan, drafted by X and Y, was welcomed by Z")
        let participle = |m: usize| {
            let passive = self.word(m + 1).is_some_and(|w| w.ends_with("ed")) && self.word(m + 2) == Some("by");
            passive || (after_entity(m) && self.word(m + 1).is_some_and(gerund))
        };
        // a determiner, or a name with a possessive ("Orban, the Kremlin's closest partner,")
        // (also right after a name nobody knows: "Elbridge Colby, the Pentagon's policy chief,
        // met"; two capitalised words, not "On Tuesday, the company's administrator, X")
        let unknown_name = |m: usize| {
            m > 1
                && self.capitalised_word(m - 1)
                && self.capitalised_word(m - 2)
                && self.word(m - 2).is_some_and(|w| !crate::resolve::is_function_word(w))
                && !(m + 1..close).any(|c| self.toks[c].is_punct(','))
        };
        // (or titles after a person: "Peter Mandelson, former Labour minister, warned")
        let person_before = |m: usize| m > 0 && matches!(self.entity(m - 1), Some((_, EntityType::Actor, _)));
        let apposition = |m: usize| {
            (after_entity(m) || unknown_name(m))
                && (matches!(self.word(m + 1), Some("a" | "an" | "the"))
                    || (self.entity(m + 1).is_some() && self.possessive_at(m + 2))
                    || (person_before(m) && self.is_title_word(m + 1) && !self.is_prep(m + 1)))
        };
        // "Mr Snow who is currently in Dublin …, has applauded": "who" without a comma
        let bare_who =
            |m: usize| self.word(m) == Some("who") && m > 0 && (self.capitalised_word(m - 1) || after_entity(m));
        // (no such phrase takes in a clause that a contrast opens: "Nigeria, the region's giant,
        // backed it, but Mali and Niger, all run by juntas, criticised ECOWAS")
        let clause_break = |m: usize| {
            matches!(self.toks[m].kind, TokenKind::Punct(';' | ':'))
                || (self.toks[m].is_punct(',')
                    && matches!(self.word(m + 1), Some("but" | "while" | "whereas" | "although" | "though"))
                    && self.word(m + 2) != Some("not"))
        };
        (lo..close).rev().take_while(|&m| !clause_break(m)).find(|&m| {
            (self.toks[m].is_punct(',')
                && (matches!(self.word(m + 1), Some("which" | "who" | "whose" | "whom"))
                    || participle(m)
                    || apposition(m)))
                || bare_who(m)
        })
    }

    /// The entity `e` at token `k` and the entities coordinated before it, nearest
    /// first: (token, entity) pairs ("Finland and Sweden").
    pub(super) fn coordination(&self, k: usize, e: usize) -> Vec<(usize, usize)> {
        let mut out = vec![(k, e)];
        let mut c = k;
        // a list ends with "and"/"or": "In Ankara, Erdogan criticised …" is no list
        let conjunction = |a: usize, b: usize| (a..b).any(|t| matches!(self.word(t), Some("and" | "or")));
        // ("Russia attacked Ukraine and the EU imposed …": a verb's object before "and" is not
        // the subject of the clause "and" opens)
        let object =
            |prev: usize, c: usize| conjunction(prev, c) && self.opens_clause_after_and(c) && self.object_of_verb(prev);
        while let Some(prev) =
            self.coordinated_before(c).filter(|&prev| (c != k || conjunction(prev, c)) && !object(prev, c))
        {
            out.push((prev, self.entity(prev).map_or(0, |x| x.0)));
            c = prev;
        }
        out
    }

    /// Entity coordinated before the one at `k` ("Finland and Sweden").
    pub(super) fn coordinated_before(&self, k: usize) -> Option<usize> {
        let mut p = k.checked_sub(1)?;
        // "Lula and Colombian President Gustavo Petro", "X and Brazil's President Lula": the
        // titles of a person after "and"
        if matches!(self.entity(k), Some((_, EntityType::Actor, _))) && self.is_title_word(p) {
            let mut q = p;
            while self.is_title_word(q) && p - q < 5 {
                q = q.checked_sub(1)?;
            }
            // "Colombian President X", "U.S. special envoy X", "Labour Chairman X"
            if matches!(
                self.entity(q),
                Some((_, _, AliasKind::Demonym) | (_, EntityType::Country | EntityType::Institution, _))
            ) {
                q = q.checked_sub(1)?;
            } else if self.possessive_at(q) && q >= 2 && self.entity(q - 1).is_some() {
                q -= 2;
            }
            // "Lavrov and his Chinese counterpart Wang Yi"
            if self.word(q).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w)) {
                q = q.checked_sub(1)?;
            }
            // (or a comma in a list: "Keir Starmer, French President Emmanuel Macron and …")
            if self.word(q) == Some("and") || self.toks[q].is_punct(',') {
                p = q;
            }
        }
        // "Pakistan and Afghanistan's Taliban government": past the owner of the name after "and"
        if self.possessive_at(p) && p >= 2 && self.entity(p - 1).is_some() && matches!(self.word(p - 2), Some("and")) {
            p -= 2;
        }
        // "the United States and the European Union" (not "In London, the U.S."), "Saudi Arabia,
        // the UAE and Qatar" (a list item after a comma whose name before stands in no phrase)
        if self.word(p) == Some("the") {
            p = p.checked_sub(1)?;
            let listed = self.toks[p].is_punct(',') && p >= 1 && self.entity(p - 1).is_some() && {
                let q = self.after_article(p - 1);
                q == 0 || !self.is_prep(q - 1)
            };
            if !matches!(self.word(p), Some("and" | "or")) && !listed {
                return None;
            }
        }
        let mut serial_comma = false;
        if matches!(self.word(p), Some("and" | "or")) {
            p = p.checked_sub(1)?;
            if self.toks[p].is_punct(',') {
                p = p.checked_sub(1)?;
                serial_comma = true;
            }
        } else if self.toks[p].is_punct(',') {
            p = p.checked_sub(1)?;
        } else {
            return None;
        }
        if matches!(self.word(p), Some("the")) {
            p = p.checked_sub(1)?;
        }
        self.entity(p)?;
        // ", and" ends a list of three or more ("Britain, France, and Germany"); after a lone name
        // it opens a clause ("Ukraine criticised Russia, and Germany criticised Iran")
        let first = self.after_article(p);
        if serial_comma && !(first > 0 && self.toks[first - 1].is_punct(',')) {
            return None;
        }
        Some(p)
    }

    /// The organisation named before the subjects ("…NATO, with Finland and Sweden … to join").
    pub(super) fn implicit_organisation(&self, subjects: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let Some(first) = subjects.iter().map(|s| s.0).min() else {
            return Vec::new();
        };
        (0..first)
            .rev()
            .find(|&k| matches!(self.entity(k), Some((_, EntityType::Institution, AliasKind::Name))))
            .map(|k| vec![(k, self.entity(k).map_or(0, |e| e.0))])
            .unwrap_or_default()
    }
}
