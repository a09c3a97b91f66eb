//! Verb triggers: SUBJECT trigger OBJECT, active and passive, and verbs whose coordinated
//! subjects act on each other ("X and Y met").

use super::*;

impl<'a> Extraction<'a> {
    /// The facts of the trigger `pattern` at `i..end`; `nominal`: the trigger stands where a
    /// noun does ([`Extraction::looks_nominal`]).
    pub(super) fn trigger(&mut self, pattern: &Pattern, nominal: bool, i: usize, end: usize) {
        let (negated, hedged) = self.cue_flags(i);
        // a meeting set for later has not happened ("when he visits Washington next month")
        if hedged
            || self.temporal_present(i, true)
            || (pattern.relation == Relation::Meets
                && (self.future_after(end) || self.intended(i) || self.temporal_present(i, false)))
        {
            return;
        }
        // "visiting U.S. Under-Secretary of State X told …", "the visiting Japanese delegation":
        // an adjective before the state of a person or group, no visit to it (but one told or
        // received is met: "Deng told visiting U.S. Secretary of State George Shultz")
        let addressed = i > 0
            && self.word(i - 1).is_some_and(|w| {
                matches!(
                    w,
                    "told" | "tells" | "met" | "meets" | "received" | "receives" | "welcomed" | "briefed" | "assured"
                )
            });
        if self.word(i) == Some("visiting")
            && !addressed
            && self.entity(end).is_some_and(|(_, t, kind)| t == EntityType::Country || kind == AliasKind::Demonym)
            && (self.is_title_word(end + 1)
                || self.entity(end + 1).is_some()
                || (self.common_noun_at(end + 1) && !self.capitalised_word(end + 1))
                // ("visiting U.S. Under-Secretary …"; not "visiting Japan Monday")
                || (self.capitalised_word(end + 1)
                    && self.toks.get(end + 2).is_some_and(|t| t.is_punct('-'))
                    && self.is_title_word(end + 3)))
        {
            return;
        }
        // "Nakasone told supporters of his party", "met critics of the plan": the people the
        // noun names are the object of another verb or a preposition, no one named
        if matches!(pattern.id.as_str(), "supports:ally" | "criticises:critic") && self.agent_noun_as_object(i) {
            return;
        }
        let trig = self.trigger_span(&pattern.id, i, end);
        let mut relation = pattern.relation;
        let distance_penalty = |subj_tok: usize| 0.02 * (i.saturating_sub(subj_tok + 1).saturating_sub(3)) as f64;
        match pattern.construction {
            Construction::Verb | Construction::Join => {
                if self.verb_form_as_noun(i, end) || self.monitored_broadcast(i) {
                    return;
                }
                // "dismissed as nonsense claims by Britain", "rejected as groundless accusations by
                // X": the object comes after a predicative "as …"
                let end = match self.word(end) {
                    Some("as") if matches!(relation, Relation::Denies | Relation::Opposes | Relation::Criticises) => {
                        // (the judgement may be quoted: "dismissed as \"absurd\" a report by X")
                        let charge = (end + 2..end + 7).find(|&p| {
                            self.word(p).is_some_and(|w| CHARGE_NOUNS.contains(&w))
                                && (end + 1..p)
                                    .all(|q| self.toks[q].is_quote() || (self.word(q).is_some() && !self.is_prep(q)))
                                && (end + 1..p).filter(|&q| self.word(q).is_some()).count() <= 3
                        });
                        // (from its determiner: "rejected as groundless the accusations by X")
                        charge.map_or(end, |p| {
                            (end + 2..p).find(|&q| self.word(q).is_some_and(|w| DETERMINERS.contains(&w))).unwrap_or(p)
                        })
                    }
                    _ => end,
                };
                // "obstructing talks with X", "suspended talks with X": no meeting; nor "rejects
                // direct talks with X" (a noun in a verb's place, a few words after the verb)
                if self.undoing_before(i, if nominal { 4 } else { 1 }) {
                    return;
                }
                // "backed by X" is passive; "the first visit by X" names a visit (a noun)
                // (or a few words later after "was": "Meta was fined 798 million euros by the EC",
                // "was criticised at the time by X"; not across a clause: "is suspended and could be
                // replaced by X")
                let after_be = i > 0 && self.word(i - 1).is_some_and(|w| PASSIVE_AUXILIARIES.contains(&w));
                let by = if self.word(end) == Some("by") {
                    Some(end)
                } else if after_be {
                    (end..end + 5)
                        .take_while(|&p| {
                            self.toks.get(p).is_some_and(|t| match t.word() {
                                // ("was criticised at the time by X")
                                Some(w) => !CLAUSE_WORDS.contains(&w),
                                // amounts ("798 million euros", "$5bn"), a place ("was welcomed at
                                // the White House by X"); not clause punctuation
                                None => {
                                    !matches!(t.kind, TokenKind::Punct(',' | ';' | ':' | '.'))
                                        && (t.entity().is_none() || matches!(self.word(p - 1), Some("at" | "in")))
                                }
                            })
                        })
                        .find(|&p| self.word(p) == Some("by"))
                } else {
                    None
                };
                let participle = (i..end)
                    .any(|l| self.word(l).is_some_and(|w| w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w)));
                if by.is_some() && !participle {
                    return;
                }
                let passive = by.is_some();
                // "the EC was joined by the United States in criticising Brazil": company, not membership
                if passive && pattern.construction == Construction::Join {
                    return;
                }
                // "trying to join the EU", "the process of joining the WTO": a membership still
                // to come (not "the tenth country to join NATO")
                if pattern.construction == Construction::Join && self.membership_to_come(i) {
                    return;
                }
                // "said the talks with Japan …" are the speaker's: meetings keep their subject
                // across "said"
                // (not a meeting verb whose own subject opens the reported clause: "Garcia said the
                // new leader visited Mexico")
                let own_subject = || {
                    let mut p = i;
                    while p > 0
                        && i - p < 3
                        && self.word(p - 1).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
                        && !matches!(self.word(p - 1), Some("the" | "a" | "an" | "said" | "says" | "that"))
                    {
                        p -= 1;
                    }
                    p >= 2
                        && p < i
                        && matches!(self.word(p - 1), Some("the" | "a" | "an"))
                        && matches!(self.word(p - 2), Some("said" | "says" | "that"))
                };
                let reported = relation != Relation::Meets || (!nominal && own_subject());
                // a passive without "by" names the one acted on, not who acts: no edge
                // ("a decision Israel condemned as antisemitic" is active: a noun heads the clause)
                // (also past the subject's own words: "a charge Ukraine's foreign ministry dismissed")
                // (and past a perfect: "India, which Trump has (repeatedly) accused of …")
                let perfect = |q: usize| self.word(q).is_some_and(|w| matches!(w, "has" | "have" | "had") || adverb(w));
                let clause_subject = (i.saturating_sub(5)..i).rev().find(|&p| self.entity(p).is_some()).filter(|&p| {
                    (p + 1..i)
                        .all(|q| self.possessive_at(q) || self.common_noun_at(q) || self.is_title_word(q) || perfect(q))
                });
                // ("charges that Asmara rejected as baseless")
                let relative = i >= 3
                    && clause_subject.is_some_and(|p| {
                        // (also "a claim the South African government has rejected as false")
                        let p = self.after_article(p);
                        self.headed_by(p, &[DEMAND_NOUNS, MOVE_NOUNS, CHARGE_NOUNS])
                            || self.bare_charges_before(p)
                            || (p > 0 && matches!(self.word(p - 1), Some("that" | "which")))
                    });
                if !passive && !relative && self.agentless_passive(i, end, pattern.reciprocal) {
                    return;
                }
                // "back" is also an adverb ("get back onto …", "hit back at …"): bare, it is
                // the verb only right before its object
                if end == i + 1 && self.word(i) == Some("back") && (!self.object_starts(end) || self.particle_verb(i)) {
                    return;
                }
                // "help" gives support only right before the one helped ("to help Russia", not
                // "to help spur U.S. trade"), as a verb ("what sort of help the Saudis provided")
                if end == i + 1
                    && matches!(self.word(i), Some("help" | "helps" | "helped"))
                    && (!self.object_starts(end)
                        || i.checked_sub(1).is_some_and(|p| self.is_prep(p) && self.word(p) != Some("to")))
                {
                    return;
                }
                if !passive && self.role_noun(i, end) {
                    return;
                }
                let accused_denying = (!passive && matches!(relation, Relation::Denies | Relation::Opposes))
                    .then(|| self.accused_denying(i))
                    .flatten();
                // the parties stand far from the verb there, as in a passive
                let near = passive || accused_denying.is_some();
                // (the makers of what is acted on are no guests: "The plan, drafted by X, was welcomed by Z")
                let mut drafted = false;
                // ("a land reform program launched by Marcos": a topic verb's passive names no party)
                if by.is_some() && pattern.topic {
                    return;
                }
                let (sources, targets, conf) = if let Some(by) = by {
                    let mut agents = self.objects(by + 1);
                    // "criticised by several member states, including Denmark and the Netherlands"
                    if agents.is_empty() {
                        let including = (by + 1..by + 7)
                            .take_while(|&p| {
                                self.toks.get(p).is_some_and(|t| t.is_punct(','))
                                    || (self.entity(p).is_none()
                                        && self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w)))
                            })
                            .find(|&p| self.word(p) == Some("including"));
                        if let Some(inc) = including {
                            agents = self.objects(inc + 1);
                        }
                    }
                    // "the attack, blamed by the Americans on Iran": the one it is put on
                    let after_agents = after_last(&agents, by + 1);
                    let blamed = if pattern.id == "criticises:blame" && self.word(after_agents) == Some("on") {
                        self.objects(after_agents + 1)
                    } else {
                        Vec::new()
                    };
                    // (also between commas: "rejected the plans, backed by France, to …")
                    let noun = self.noun_before_participle(i).or_else(|| {
                        (i >= 2 && self.toks[i - 1].is_punct(',')).then(|| self.noun_before_participle(i - 1)).flatten()
                    });
                    let mut acted_on = match noun {
                        _ if !blamed.is_empty() => blamed,
                        Some(noun) => self.apposition_antecedent(noun),
                        None => self.subject(i, MAX_SUBJECT_DISTANCE, reported),
                    };
                    // ("Imran Khan's arrest was condemned by X", "Khan, whose arrest was
                    // condemned by X": the victim of a harm is not what is acted on)
                    acted_on.retain(|&(t, _)| {
                        let whose = self.toks.get(t + 1).is_some_and(|c| c.is_punct(','))
                            && self.word(t + 2) == Some("whose")
                            && self.harm_noun_at(t + 3);
                        !self.harm_to_owner(t) && !whose
                    });
                    if acted_on.is_empty() {
                        acted_on = self.drafters_of_subject(i);
                        drafted = !acted_on.is_empty();
                    }
                    (agents, acted_on, 0.8)
                } else if let Some((accused, accuser)) = accused_denying {
                    relation = Relation::Denies;
                    (accused, accuser, 0.7)
                } else {
                    let mut objs =
                        if pattern.topic { self.party_after_topic(end, relation) } else { self.objects(end) };
                    // "China's admission took 15 years and talks with Russia have been taking place":
                    // the noun opens a clause of its own after "and"; the subject before is not a party
                    if self.word(i) == Some("talks") && self.noun_opens_clause(i, &objs) {
                        return;
                    }
                    let mut subj = self.subject(i, MAX_SUBJECT_DISTANCE, reported);
                    if subj.is_empty() && relation == Relation::Meets {
                        subj.extend(self.fronted_subject(i));
                    }
                    // "spoke about Putin's talks with Trump": a verb form after a possessive name is
                    // a noun its owner holds, whatever stands before the owner (past a venue:
                    // "Shultz' Moscow talks with Shevardnadze")
                    let venue = i >= 3
                        && matches!(self.entity(i - 1), Some((_, EntityType::Country, _)))
                        && self.toks[i - 2].kind == TokenKind::Possessive;
                    let owned = i - usize::from(venue);
                    if owned >= 2 && self.toks[owned - 1].kind == TokenKind::Possessive {
                        if let Some((e, _, _)) = self.entity(owned - 2) {
                            subj = vec![(owned - 2, e)];
                        }
                    }
                    // "Putin visited Beijing for talks with Xi", "to attend the IMF's meeting and for
                    // talks with X": the object of a verb before the noun does not hold them, its
                    // subject does
                    // (what one comes for: "Taiwan's position in talks with X" stays Taiwan's)
                    // ("discussed Ukraine in a phone call with X", "… by phone with X": a trigger
                    // opened by a preposition is held by the subject, not the object before it)
                    let adjunct =
                        nominal && self.word(i) == Some("talks") && self.word(i.wrapping_sub(1)) == Some("for");
                    if adjunct || (end > i + 1 && self.is_prep(i)) {
                        if let Some(o) = subj.iter().map(|&(t, _)| t).min().filter(|&o| self.object_of_verb(o)) {
                            subj = self.subject(o, MAX_SUBJECT_DISTANCE, reported);
                        }
                    }
                    // "threatened military action against X": the target of the act threatened
                    // (not a participle after a verb: "shelved threatened legal action against X")
                    let attributive = self.word(i.wrapping_sub(1)).is_some_and(|w| w.ends_with("ed"));
                    if objs.is_empty() && pattern.id == "opposes:threaten" && !attributive {
                        // ("threatened to punish Spain": the one a hostile act is threatened against)
                        objs = if self.word(end) == Some("to")
                            && self.word(end + 1).is_some_and(|w| HOSTILE_INFINITIVES.contains(&w))
                        {
                            self.objects(end + 2)
                        } else {
                            self.party_after_topic(end, relation)
                        };
                    }
                    if objs.is_empty() {
                        objs = self.object_before_participle(i, end);
                    }
                    // "held talks in Cairo with X": past the venue
                    if objs.is_empty() && relation == Relation::Meets && matches!(self.word(end), Some("in" | "at")) {
                        if let Some(with) = self.with_after_venue(end) {
                            objs = self.objects(with + 1);
                        }
                    }
                    // "met last night with X", "met on Monday with X": past the time
                    if objs.is_empty() && relation == Relation::Meets {
                        if let Some(with) = self.with_after_time(end) {
                            objs = self.objects(with + 1);
                        }
                    }
                    // "Kremlin denies Putin plans to attack NATO": a name before a verb is the
                    // subject of what is denied, not the one answered
                    if relation == Relation::Denies {
                        objs.retain(|&(o, _)| !self.verb_after(o));
                        // "The UAE denies arming the RSF": the act is denied, not what it names
                        if self.word(end).is_some_and(gerund) {
                            objs.clear();
                        }
                        // "Ferreira denied Gerrard with a last-ditch tackle", "the referee dismissed
                        // Drogba", "denied Ukraine a loan": a name as the bare object is kept from
                        // something, not answered (unlike "denied Hamas claims", "Kyiv's claims",
                        // "dismissed U.S. fears", "Tory tax fears")
                        if matches!(pattern.id.as_str(), "denies:deny" | "denies:dismiss") {
                            let bare =
                                |o: usize| (end..o).all(|p| self.is_title_word(p) || self.word(p) == Some("the"));
                            let claim = |w: &str| {
                                CHARGE_NOUNS.contains(&w)
                                    || matches!(w, "fears" | "concerns" | "worries" | "suggestions" | "warnings")
                            };
                            let answered = |o: usize| {
                                self.possessive_at(o + 1) || (o + 1..o + 3).map_while(|p| self.word(p)).any(claim)
                            };
                            // (the rest of a list after a bare name is kept from it too: "James denied
                            // Damien Duff, Jiri Jarosik and Mateja Kezman")
                            let list_bare = objs.first().is_some_and(|&(o, _)| bare(o) && !answered(o));
                            objs.retain(|&(o, _)| !(bare(o) || list_bare) || answered(o));
                        }
                    }
                    // "flew to Abu Dhabi to meet Russian officials": a destination with the
                    // meeting's purpose after it is the venue; the purpose names who is met
                    // (one of the place's own is met there: "flew to Riyadh to meet Mohammed bin Salman")
                    let travel = self.word(i).is_some_and(|w| w.starts_with("travel") || w.starts_with("fl"));
                    if relation == Relation::Meets && travel {
                        if let Some(met) = self.meeting_purpose_after(after_last(&objs, end)) {
                            let state = |e: usize| self.state_of(e);
                            let venue = objs.iter().filter_map(|&(_, o)| state(o)).collect::<Vec<_>>();
                            let met = self.objects(met).into_iter().filter_map(|(_, e)| state(e)).collect::<Vec<_>>();
                            if !met.is_empty() && !met.iter().any(|m| venue.contains(m)) {
                                return;
                            }
                        }
                    }
                    // "Cyprus protested to the United Nations over violations by Turkey": a forum the
                    // protest is lodged with is not its target when the agent of what is protested
                    // is named ("protested to the EC about its plan" is aimed at the EC)
                    // ("Microsoft complained to the Commission about Google's practices": a complaint
                    // is aimed at what it is about, never at whom it is made to)
                    let complaint_to = pattern.id == "criticises:complain" && self.word(end - 1) == Some("to");
                    let protest_to = pattern.id == "criticises:rebuke"
                        && self.word(end - 1) == Some("to")
                        && self.word(i).is_some_and(|w| w.starts_with("protest"));
                    if complaint_to || (protest_to && objs.iter().any(|&(_, e)| self.kind_of(e) == Some("igo"))) {
                        // (past a forum no name stands for: "complained to the regulator about X")
                        let about = (after_last(&objs, end)..end + 6)
                            .take_while(|&p| self.word(p).is_some_and(|w| !CLAUSE_WORDS.contains(&w)))
                            .find(|&p| matches!(self.word(p), Some("over" | "about" | "against")));
                        if let Some(about) = about {
                            let mut agents = self.agent_of_object(about + 1);
                            if agents.is_empty() {
                                agents = self.possessor_at(about + 1).into_iter().collect();
                            }
                            if agents.is_empty() && self.entity(about + 1).is_some() {
                                agents = self.objects(about + 1);
                            }
                            // ("complained to Hungary about its veto": the forum's own act)
                            let own = matches!(self.word(about + 1), Some("its" | "their" | "his" | "her"));
                            if !agents.is_empty() || (complaint_to && !own) {
                                objs = agents;
                            }
                        } else if complaint_to {
                            return;
                        }
                    }
                    // "He warned the Bank may run the risk …": what is warned of, not whom
                    // (past a longer name the entity opens: "warned the British and Irish Lions will be …")
                    let named = end + usize::from(self.word(end) == Some("the"));
                    if pattern.id == "criticises:warn" && self.entity(named).is_some() {
                        let mut last = named;
                        while last - named < 4
                            && (self.word(last + 1) == Some("and")
                                || self.capitalised_word(last + 1)
                                || self.entity(last + 1).is_some())
                        {
                            last += 1;
                        }
                        if self.verb_after(named) || self.verb_after(last) {
                            return;
                        }
                    }
                    // "rejected Washington's accusations": answering the maker's charge is denying it
                    if !objs.is_empty() && relation == Relation::Opposes && self.charge_object(end) {
                        relation = Relation::Denies;
                    }
                    // "Maduro, whom Washington accuses of …", "Ukraine, which Russia invaded":
                    // the object is the name the relative clause hangs on
                    // ("accused China of supporting Russia, which Beijing denied": the accuser)
                    if objs.is_empty() && relation == Relation::Denies {
                        objs = subj.first().map(|&(s, _)| self.accuser_of_charge(s)).unwrap_or_default();
                    }
                    if objs.is_empty() {
                        objs = subj.last().map(|&(s, _)| self.relative_object(s, i)).unwrap_or_default();
                    }
                    let mut conf = 0.8;
                    // (past a closing quote: 'said it "firmly opposes" the U.S. decision')
                    let owned = self.after_quotes(end);
                    // "welcomed the U.S.-led initiative": its leader
                    if objs.is_empty() && relation == Relation::Supports {
                        objs.extend(self.led_object(owned));
                    }
                    // "praised the leadership of X", "criticised the policies of X": whose they are
                    if objs.is_empty() && matches!(relation, Relation::Supports | Relation::Criticises) {
                        objs = self.conduct_of(owned);
                    }
                    // "Carney, who met Sheinbaum, backed her stance": the one person "her" can be
                    // (one defends one's own: "X, asked about Y, defended his policies")
                    if objs.is_empty()
                        && matches!(relation, Relation::Supports | Relation::Criticises)
                        && pattern.id != "supports:defend"
                    {
                        objs = self.pronoun_owner(end, &subj);
                    }
                    // "threw their support behind a European Commission plan": the plan's owner
                    if objs.is_empty() && relation == Relation::Supports {
                        objs = self.owner_of_object(owned);
                    }
                    // "welcomed the peace plan drafted by X", "backed the sanctions imposed by X": its maker
                    if objs.is_empty() && relation == Relation::Supports {
                        objs = self.agent_of_object(owned);
                        conf = 0.7;
                    }
                    if objs.is_empty() && pattern.construction == Construction::Join {
                        objs = self.implicit_organisation(&subj);
                        conf = 0.6;
                    }
                    if objs.is_empty()
                        && matches!(relation, Relation::Criticises | Relation::Opposes | Relation::Denies)
                    {
                        objs = self.agent_of_object(owned);
                        // "rejected the allegations by Ukraine": answering a charge is denying it
                        if !objs.is_empty() && relation == Relation::Opposes && self.charge_object(end) {
                            relation = Relation::Denies;
                        }
                        if objs.is_empty() {
                            objs = self.owner_of_object(owned);
                        }
                        if objs.is_empty() {
                            objs = self.forces_in_object(owned);
                        }
                        // "blamed the sabotage on Russia": the one it is put on
                        if objs.is_empty() && pattern.id == "criticises:blame" {
                            objs = self.blamed_on(end);
                        }
                        if objs.is_empty() && matches!(relation, Relation::Denies | Relation::Opposes) {
                            objs = subj.first().map(|&(s, _)| self.accuser_of_charge(s)).unwrap_or_default();
                            if objs.is_empty() {
                                objs = self.accuser_of_object(i, end, &subj);
                            }
                            // rejecting or dismissing a charge is denying it
                            if !objs.is_empty() {
                                relation = Relation::Denies;
                            } else {
                                objs = subj.first().map(|&(s, _)| self.maker_of_demand(s)).unwrap_or_default();
                            }
                        }
                        // "…, a decision Israel condemned"
                        if objs.is_empty() && relation == Relation::Criticises {
                            objs = subj.first().map(|&(s, _)| self.maker_of_demand(s)).unwrap_or_default();
                        }
                        conf = 0.7;
                    }
                    // "Israel struck Beirut. Aoun condemned the strike.": the doer of an act of the
                    // sentence before
                    if objs.is_empty()
                        && matches!(relation, Relation::Supports | Relation::Opposes | Relation::Criticises)
                        && !pattern.topic
                    {
                        objs = self.doer_of_earlier_act(i, relation, owned, &subj);
                        if !objs.is_empty() {
                            conf = 0.6;
                        }
                    }
                    // "Israel and Hamas accused each other": every subject acts on every other
                    if objs.is_empty() && subj.len() > 1 && self.each_other(end) {
                        for &(_, x) in &subj {
                            for &(_, y) in subj.iter().filter(|&&(_, y)| y != x) {
                                self.typed(x, y, relation, trig, 0.7, negated);
                            }
                        }
                        return;
                    }
                    // "Macron and Starmer met in Paris": coordinated subjects meet each other
                    if objs.is_empty() && self.reciprocal_verb(pattern, i, end, &subj) {
                        self.reciprocal(&subj, relation, trig, 0.7, negated);
                        return;
                    }
                    (subj, objs, conf)
                };
                // "Ukraine strikes Turkmen gas deal", "rejected the Iran nuclear deal": one opposes
                // an agreement there, not the country it is named after (an organisation's pact
                // is its own: "voted against the EU migration pact")
                let mut targets = targets;
                if relation == Relation::Opposes && !passive {
                    targets.retain(|&(tt, _)| {
                        !matches!(self.entity(tt), Some((_, EntityType::Country, _)))
                            || !(tt + 1..tt + 4).map_while(|w| self.word(w)).any(|w| DEAL_NOUNS.contains(&w))
                    });
                }
                // "Erdogan welcomed Pope Leo to Ankara", "welcomed Chinese President Xi Jinping": a
                // person received right after the verb is met
                if pattern.possessed && !passive {
                    let guests: Vec<usize> = targets
                        .iter()
                        .filter(|&&(tt, _)| {
                            matches!(self.entity(tt), Some((_, EntityType::Actor, _)))
                                && !self.possessive_at(tt + 1)
                                // (past the titles and their state: "welcomed Saudi Crown Prince X")
                                && (end..tt).all(|p| {
                                    self.is_title_word(p)
                                        || matches!(self.entity(p), Some((_, _, AliasKind::Demonym)))
                                        || (p == end
                                            && matches!(self.entity(p), Some((_, EntityType::Country, _)))
                                            && self.is_title_word(p + 1))
                                })
                        })
                        .map(|&(_, t)| t)
                        .collect();
                    let received = self.trigger_span("meets:welcome", i, end);
                    for &(_, s) in &sources {
                        for &g in guests.iter().filter(|&&g| g != s) {
                            self.typed(s, g, Relation::Meets, received, 0.8, negated);
                        }
                    }
                }
                // "Ahmed al-Sharaa was welcomed at the White House by Trump": so is a person
                // received in the passive
                if pattern.possessed && passive && relation == Relation::Supports && !drafted {
                    // (the guest right before the verb: not the maker of "…, a decision welcomed by X")
                    let (guests, rest): (Vec<_>, Vec<_>) = targets.into_iter().partition(|&(tt, _)| {
                        matches!(self.entity(tt), Some((_, EntityType::Actor, _)))
                            && !self.possessive_at(tt + 1)
                            && (tt + 1..i).all(|p| {
                                self.toks[p].is_punct(',')
                                    || self.word(p).is_some_and(|w| auxiliary(w) || adverb(w) || w == "warmly")
                            })
                    });
                    let received = self.trigger_span("meets:welcome", i, end);
                    for &(_, s) in &sources {
                        for &(_, g) in guests.iter().filter(|&&(_, g)| g != s) {
                            self.typed(s, g, Relation::Meets, received, 0.8, negated);
                        }
                    }
                    targets = rest;
                }
                // "met Carr's cross", "meet the Federal Reserve's requirements", "meet EC
                // standards": one meets people and bodies, not what they own or ask for
                // (or people and things of a state that are hosted or visited: "hosts U.S. troops")
                let owned = |tt: usize| {
                    self.possessive_at(tt + 1)
                        || self.word(tt + 1).is_some_and(|w| {
                            REQUIREMENT_NOUNS.contains(&w) || HOSTED_NOUNS.contains(&w) || ARMS_NOUNS.contains(&w)
                        })
                };
                // "received a call from OPEC to cut output": a call for something, no conversation
                let call_for = relation == Relation::Meets
                    && (i..end).any(|p| self.word(p) == Some("call"))
                    && self.word(after_last(&targets, end)) == Some("to");
                if call_for {
                    return;
                }
                let targets: Vec<(usize, usize)> = if relation == Relation::Meets && !passive {
                    targets.into_iter().filter(|&(tt, _)| !owned(tt)).collect()
                } else if pattern.possessed && !passive {
                    // one welcomes what someone did ("welcomed Germany's decision"); a welcome of
                    // a guest ("welcoming England to Lansdowne Road", "welcomed Xi Jinping") is a
                    // host's, and one of someone's aid answers the giver
                    let given = |tt: usize| {
                        (tt + 2..tt + 5).any(|w| {
                            self.word(w).is_some_and(|w| {
                                matches!(w, "support" | "backing" | "aid" | "assistance" | "help" | "funding" | "loan")
                            })
                        })
                    };
                    // (or makes: "welcomed the U.S. peace plan", "the IMF decision", "the peace plan
                    // drafted by X"; or are its parties: "the rapprochement between Riyadh and Tehran")
                    let mut joint = self.conduct_of(end);
                    joint.extend(self.agent_of_object(end));
                    // (an act of the sentence before stands at its noun: "welcomed the decision")
                    let owns = |tt: usize| {
                        self.entity(tt).is_none()
                            || self.possessive_at(tt + 1)
                            // ("welcomed the Georgian government's stance")
                            || (self.word(tt + 1).is_some_and(|w| GOVERNMENT_NOUNS.contains(&w))
                                && self.possessive_at(tt + 2))
                            || joint.iter().any(|o| o.0 == tt)
                            || self.led_object(tt).is_some()
                            || (tt > 0 && self.owner_of_object(tt - 1).iter().any(|o| o.0 == tt))
                    };
                    targets.into_iter().filter(|&(tt, _)| owns(tt) && !given(tt)).collect()
                } else {
                    targets
                };
                // "France recognised Palestine": only a state is recognised so, or a group ruling one
                // ("Russia became the first country to recognise the Taliban")
                let targets: Vec<(usize, usize)> = if pattern.state && !passive {
                    targets
                        .into_iter()
                        .filter(|&(_, t)| {
                            self.etype_of(t) == Some(EntityType::Country)
                                || matches!(self.kind_of(t), Some("armed_group" | "government"))
                        })
                        .collect()
                } else {
                    targets
                };
                // "Milei congratulated Kast, as did Rubio": who did the same
                let mut sources = sources;
                if !passive && !targets.is_empty() {
                    sources.extend(self.as_did_after(after_last(&targets, end)));
                }
                for &(st, s) in &sources {
                    // "Trump attacked Powell" is words; "Russia attacked Ukraine" (a state or an
                    // armed group attacking) is force
                    let relation = if pattern.force && self.uses_force(s) { Relation::Opposes } else { relation };
                    for &(_, t) in &targets {
                        let penalty = if near { 0.0 } else { distance_penalty(st) };
                        self.typed(s, t, relation, trig, conf - penalty, negated);
                    }
                }
            }
            Construction::Noun if pattern.reciprocal => self.reciprocal_noun(relation, i, end, trig, negated),
            Construction::Noun => self.nominal(relation, pattern.named, i, end, trig, negated),
        }
    }

    /// ", as did X" (or "as have/has/had/do/does X") within eight tokens after `k`, the end of
    /// a clause's object: X did the same ("Milei congratulated Kast on his victory, as did
    /// Rubio").
    fn as_did_after(&self, k: usize) -> Vec<(usize, usize)> {
        let Some(comma) = (k..k + 8)
            .take_while(|&p| self.toks.get(p).is_some_and(|t| t.word().is_some() || t.is_punct(',')))
            .find(|&p| self.toks[p].is_punct(','))
        else {
            return Vec::new();
        };
        let did = matches!(self.word(comma + 2), Some("did" | "do" | "does" | "have" | "has" | "had"));
        if self.word(comma + 1) != Some("as") || !did {
            return Vec::new();
        }
        let mut n = comma + 3;
        while self.is_title_word(n) && n - comma < 8 {
            n += 1;
        }
        if self.entity(n).is_none() {
            return Vec::new();
        }
        self.objects(comma + 3)
    }

    /// Is the verb at `i` the wire's note on where a broadcast was picked up ("the Iranian
    /// news agency IRNA, received in London, said …", "Tehran Radio, monitored in Nicosia",
    /// "IRNA, in a report received in London, said …")?
    fn monitored_broadcast(&self, i: usize) -> bool {
        const MEDIA: &[&str] =
            &["agency", "radio", "Radio", "television", "Television", "TV", "newspaper", "broadcast"];
        matches!(self.word(i), Some("received" | "monitored" | "heard"))
            && self.word(i + 1) == Some("in")
            && i > 0
            && ((self.toks[i - 1].is_punct(',')
                && (i.saturating_sub(4)..i - 1).any(|p| self.word(p).is_some_and(|w| MEDIA.contains(&w))))
                || self.word(i - 1).is_some_and(|w| REPORT_NOUNS.contains(&w) || MEDIA.contains(&w)))
    }

    /// The first token of whom a purpose of meeting at `k` names ("to meet X", "to hold talks
    /// with X", "for talks with X").
    pub(super) fn meeting_purpose_after(&self, k: usize) -> Option<usize> {
        let with = |n: usize| (self.word(n) == Some("with")).then_some(n + 1);
        match (self.word(k), self.word(k + 1), self.word(k + 2)) {
            (Some("to"), Some("meet"), _) => Some(k + 2 + usize::from(self.word(k + 2) == Some("with"))),
            (Some("to"), Some("hold"), Some("talks")) => with(k + 3),
            (Some("for"), Some("talks"), _) => with(k + 2),
            _ => None,
        }
    }

    /// The first token of the noun phrase a participle at `i` follows directly ("sites bombed
    /// by Israel", "a militia backed by Iran"): the participle is on that noun, which is the one
    /// acted on, not the clause's subject.
    pub(super) fn noun_before_participle(&self, i: usize) -> Option<usize> {
        let mut n = i.checked_sub(1)?;
        let plain = |p: usize| {
            self.entity(p).is_none()
                && self.common_noun_at(p)
                && self.word(p).is_some_and(|w| {
                    !w.ends_with("ly")
                        && !PASSIVE_AUXILIARIES.contains(&w)
                        && !matches!(
                            w,
                            "both" | "all" | "also" | "each" | "itself" | "themselves" | "has" | "have" | "had"
                        )
                })
        };
        // "a summit of the SCO hosted by Xi": the participle is on the gathering, not on the body
        if self.entity(n).is_some() {
            let of = self.after_article(n);
            if of > 1
                && self.word(of - 1) == Some("of")
                && self.word(of - 2).is_some_and(|w| GATHERING_NOUNS.contains(&w))
            {
                n = of - 2;
            }
        }
        if !plain(n) {
            return None;
        }
        let mut p = n;
        // (past a compound with a hyphen too: "a Kurdish-led group backed by Washington")
        let compound =
            |p: usize| p >= 2 && self.toks[p - 1].is_punct('-') && self.toks[p - 2].end == self.toks[p - 1].start;
        while p > 0
            && n - p < 5
            && (plain(p - 1) || self.word(p - 1).is_some_and(|w| DETERMINERS.contains(&w)) || compound(p))
        {
            p -= if compound(p) { 2 } else { 1 };
        }
        // ("approved a loan to Pakistan, a move welcomed by Islamabad": the clause's subject made
        // the move, as it made the proposal, "struck Iran in an attack backed by the US"; not
        // "defied a plan backed by Washington")
        let act_of_clause = p > 0 && (self.toks[p - 1].is_punct(',') || self.is_prep(p - 1));
        if act_of_clause && self.word(n).is_some_and(|w| MOVE_NOUNS.contains(&w) || DEMAND_NOUNS.contains(&w)) {
            return None;
        }
        Some(p)
    }

    /// "The plan, (which was) drawn up by X and Y, was welcomed by Z": the makers of a plan
    /// that is the subject of the passive trigger at `i`, named between commas before it.
    pub(super) fn drafters_of_subject(&self, i: usize) -> Vec<(usize, usize)> {
        let mut c = i;
        while c > 0
            // ("has been welcomed", "had been backed")
            && self.word(c - 1).is_some_and(|w| auxiliary(w) || w.ends_with("ly") || w == "also")
        {
            c -= 1;
        }
        let Some(comma) = c.checked_sub(1).filter(|&c| self.toks[c].is_punct(',')) else {
            return Vec::new();
        };
        // "by" and the makers, which end at the comma (past the commas of a list of names:
        // "drafted by Britain, France, Germany and the United States,")
        let list_comma = |p: usize| p > 0 && self.entity(p - 1).is_some() && self.entity(p + 1).is_some();
        let Some(by) = (comma.saturating_sub(16)..comma)
            .rev()
            .take_while(|&p| !self.toks[p].is_punct(',') || list_comma(p))
            .find(|&p| self.word(p) == Some("by"))
        else {
            return Vec::new();
        };
        let makers = self.objects(by + 1);
        if after_last(&makers, by) != comma {
            return Vec::new();
        }
        // the participle, with its particle ("drawn up", "put forward") and "which was"
        let mut v = by;
        if v > 0 && matches!(self.word(v - 1), Some("up" | "forward" | "out")) {
            v -= 1;
        }
        let Some(verb) = v.checked_sub(1).filter(|&p| {
            self.word(p).is_some_and(|w| {
                LEADING_PARTICIPLES.contains(&w)
                    || matches!(
                        w,
                        "drawn"
                            | "put"
                            | "presented"
                            | "submitted"
                            | "tabled"
                            | "floated"
                            | "written"
                            | "prepared"
                            | "unveiled"
                            | "imposed"
                            | "announced"
                            | "adopted"
                    )
            })
        }) else {
            return Vec::new();
        };
        let mut open = verb;
        if open >= 2
            && matches!(self.word(open - 1), Some("was" | "were"))
            && matches!(self.word(open - 2), Some("which" | "that"))
        {
            open -= 2;
        }
        let Some(open) = open.checked_sub(1).filter(|&o| self.toks[o].is_punct(',')) else {
            return Vec::new();
        };
        let plan = open.checked_sub(1).and_then(|n| self.word(n)).is_some_and(|w| {
            DEMAND_NOUNS.contains(&w)
                || MOVE_NOUNS.contains(&w)
                || matches!(w, "plans" | "proposals" | "initiative" | "resolution" | "draft" | "framework" | "text")
                // ("The sanctions, imposed by the EU, were condemned by Moscow")
                || matches!(w, "sanctions" | "tariffs" | "measures" | "restrictions" | "ban")
        });
        if plan {
            makers
        } else {
            Vec::new()
        }
    }

    /// The name a noun phrase starting at `p` stands in apposition to ("Hezbollah, a group
    /// backed by Iran"), with the names coordinated with it, or its owner ("China's application
    /// supported by X", "with its application supported by X"); none otherwise.
    pub(super) fn apposition_antecedent(&self, p: usize) -> Vec<(usize, usize)> {
        if p >= 2 && self.possessive_at(p - 1) {
            return self.possessor_before(p).into_iter().collect();
        }
        if matches!(self.word(p), Some("its" | "their")) {
            let owner = (0..p).rev().find(|&q| {
                matches!(
                    self.entity(q),
                    Some((_, EntityType::Country | EntityType::Institution, AliasKind::Name | AliasKind::Capital))
                )
            });
            return owner.and_then(|q| self.entity(q).map(|(e, _, _)| vec![(q, e)])).unwrap_or_default();
        }
        let determined = self.word(p).is_some_and(|w| matches!(w, "a" | "an" | "the"));
        match p.checked_sub(2).map(|a| (a, self.entity(a))) {
            Some((a, Some((e, _, kind))))
                if determined && self.toks[p - 1].is_punct(',') && kind != AliasKind::Demonym =>
            {
                self.coordination(a, e)
            }
            _ => Vec::new(),
        }
    }

    /// Is the verb trigger at `i..end` a meeting of its coordinated subjects `subj`
    /// ("Macron and Starmer met", "France and Germany held talks")? Only an intransitive
    /// finite form ("met", "meet", "held talks"; not "meeting", "met with", "hosted",
    /// "pushed X and Y to meet their commitments")
    /// right after a coordination ending in "and" of names (not demonyms: "U.S. and
    /// Japanese officials meet" names no one who meets).
    pub(super) fn reciprocal_verb(&self, pattern: &Pattern, i: usize, end: usize, subj: &[(usize, usize)]) -> bool {
        let Some(&(nearest, _)) = subj.first() else { return false };
        subj.len() > 1
            && pattern.reciprocal
            && !self.word(i).is_some_and(|w| w.ends_with("ing"))
            && !matches!(self.word(end - 1), Some("with" | "to"))
            && self.word(i - 1) != Some("to")
            // (past a relative clause between commas: "Macron and Starmer, who lead the
            // coalition, met in Paris")
            && (i - nearest <= 3
                || (self.toks.get(nearest + 1).is_some_and(|t| t.is_punct(','))
                    && matches!(self.word(nearest + 2), Some("who" | "which"))
                    && self.toks[i - 1].is_punct(',')))
            && self.coordinated_before(nearest).is_some_and(|prev| (prev..nearest).any(|t| self.word(t) == Some("and")))
            // (demonyms only as the states whose forces act, or whose envoys meet: "Pakistani and
            // Afghan forces exchanged fire", "Russian and Ukrainian delegations met"; not
            // "US and Russian intermediaries met")
            && (subj.iter().all(|&(k, _)| !matches!(self.entity(k), Some((_, _, AliasKind::Demonym))))
                || self.word(nearest + 1).is_some_and(|w| {
                    FORCE_NOUNS.contains(&w) || (pattern.relation == Relation::Meets && DELEGATE_NOUNS.contains(&w))
                }))
    }

    /// "discussed Gaza with Y", "discussed the next phase of the plan with Y": the parties
    /// named by a "with" within eight words after the topic starting at `end` (thirteen for a
    /// hostile act), in the clause;
    /// for a hostile verb, the target of the weapons or the attack it names ("launched
    /// hundreds of drones and missiles at Ukraine's grid", "launched a trade war against X").
    pub(super) fn party_after_topic(&self, end: usize, relation: Relation) -> Vec<(usize, usize)> {
        let hostile = relation != Relation::Meets;
        let mut armed = false;
        let mut p = end;
        // (a hostile act's target may come after a longer phrase: "launched one of its largest
        // drone and missile attacks of the war on Ukraine")
        let reach = if hostile { 13 } else { 8 };
        while p < end + reach && p < self.toks.len() {
            match self.word(p) {
                Some("with") if !hostile => return self.objects(p + 1),
                Some("at" | "against" | "on" | "into") if hostile => {
                    return if armed { self.objects(p + 1) } else { Vec::new() };
                }
                Some("and") if hostile => p += 1,
                Some(w) if CLAUSE_WORDS.contains(&w) => break,
                Some(w) => {
                    armed |= matches!(
                        w,
                        "drones"
                            | "missiles"
                            | "rockets"
                            | "shells"
                            | "bombs"
                            | "strikes"
                            | "airstrikes"
                            | "attack"
                            | "attacks"
                            | "offensive"
                            | "assault"
                            | "war"
                            | "raid"
                            | "raids"
                            | "action"
                            | "force"
                            | "retaliation"
                            | "reprisals"
                            | "countermeasures"
                    );
                    p += 1;
                }
                None if self.entity(p).is_none() => break,
                None => p += 1,
            }
        }
        Vec::new()
    }

    /// The parties of "talks between X and Y": the objects up to the one after the
    /// first "and" ("between the U.S. and Canada, Reuber said" stops at Canada),
    /// none if a demonym is among them ("between Iranian minister X and …").
    pub(super) fn first_pair_or_list(&self, parties: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (k, e) in parties {
            if matches!(self.entity(k), Some((_, _, AliasKind::Demonym))) {
                return Vec::new();
            }
            out.push((k, e));
            if out.len() > 1 && k >= 1 && self.word(k - 1) == Some("and") {
                break;
            }
        }
        out
    }

    /// A relation between every two of `parties` (coordinated entities): once for a symmetric
    /// one ("X and Y met"), both ways for a directed one ("X and Y traded accusations").
    pub(super) fn reciprocal(
        &mut self,
        parties: &[(usize, usize)],
        relation: Relation,
        trig: Span<'_>,
        conf: f64,
        negated: bool,
    ) {
        for (a, &(_, x)) in parties.iter().enumerate() {
            for &(_, y) in &parties[a + 1..] {
                self.typed(x, y, relation, trig, conf, negated);
                if !relation.is_symmetric() {
                    self.typed(y, x, relation, trig, conf, negated);
                }
            }
        }
    }
}
