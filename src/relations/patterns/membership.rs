//! Memberships and alliances: "Croatia, an EU and NATO member", "NATO member Turkey",
//! "Russia's ally Belarus".

use super::*;

impl<'a> Extraction<'a> {
    /// "Croatia, an EU and NATO member,", "Turkey is a NATO member", "NATO member Turkey",
    /// "EU member states Poland and Hungary": member_of the organisations before "member"
    /// (not "a former EU member", not "non-NATO member Sweden").
    pub(super) fn memberships(&mut self) {
        let org_at = |k: usize| match self.entity(k) {
            Some((o, EntityType::Institution, AliasKind::Name)) => Some(o),
            _ => None,
        };
        let member_at = |k: usize| match self.entity(k) {
            Some((x, EntityType::Country | EntityType::Institution, kind)) if kind != AliasKind::Demonym => Some(x),
            _ => None,
        };
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        for &j in self.ents {
            let Some(org) = org_at(j) else { continue };
            // "Finland and Sweden, NATO's newest members,", "Sweden is NATO's 32nd member"
            if self.possessive_at(j + 1) {
                // (of an organisation of states also what its members are: "Iraq, OPEC's
                // second-largest producer", "Germany, the EU's largest economy")
                let igo = self.kind_of(org) == Some("igo");
                let member = (j + 2..j + 6).find(|&n| {
                    matches!(self.word(n), Some("member" | "members"))
                        || (igo && self.word(n).is_some_and(|w| MEMBER_STATE_NOUNS.contains(&w)))
                });
                let described = member.is_some_and(|n| {
                    (j + 2..n).all(|m| {
                        // ("second-largest")
                        self.toks[m].is_punct('-')
                            || self.word(m).is_some_and(|w| {
                                !self.is_prep(m)
                                    && !CLAUSE_WORDS.contains(&w)
                                    && !matches!(
                                        w,
                                        "former"
                                            | "ex"
                                            | "non"
                                            | "partner"
                                            | "candidate"
                                            | "aspiring"
                                            | "prospective"
                                            | "observer"
                                            | "associate"
                                            | "neighbouring"
                                            | "neighboring"
                                    )
                            })
                    })
                });
                // (after "the": "Germany, the EU's largest economy")
                let p = self.after_article(j);
                let linked = p >= 2
                    && (self.toks[p - 1].is_punct(',')
                        || matches!(self.word(p - 1), Some("is" | "are" | "was" | "were" | "became" | "become")));
                if let (Some(n), true, true) = (member, described, linked) {
                    if let Some(x) = member_at(p - 2) {
                        for m in self.coordination(p - 2, x).into_iter().filter_map(|(k, _)| member_at(k)) {
                            if m != org {
                                found.push((m, org, j, n + 1));
                            }
                        }
                    }
                }
                continue;
            }
            if !matches!(self.word(j + 1), Some("member" | "members")) {
                continue;
            }
            // the organisations coordinated before it ("an EU and NATO member")
            let mut orgs = vec![org];
            let mut p = j;
            while p >= 2 && self.word(p - 1) == Some("and") {
                let Some(o) = org_at(p - 2) else { break };
                orgs.push(o);
                p -= 2;
            }
            if p > 0 && self.toks[p - 1].is_punct('-') {
                continue;
            }
            // "a permanent G20 member", "a founding NATO member"
            if p >= 2
                && matches!(self.word(p - 1), Some("permanent" | "founding" | "full" | "key" | "new" | "leading"))
                && matches!(self.word(p - 2), Some("a" | "an"))
            {
                p -= 1;
            }
            // the words before "member" that describe someone named before them: "a"/"an", "the
            // only"/"the newest" …, and for several "both"/"all" ("Germany and France, both NATO
            // members,")
            let superlative = p >= 2
                && self.word(p - 2) == Some("the")
                && matches!(
                    self.word(p - 1),
                    Some(
                        "only"
                            | "first"
                            | "last"
                            | "newest"
                            | "largest"
                            | "biggest"
                            | "smallest"
                            | "poorest"
                            | "richest"
                    )
                );
            let several =
                p >= 1 && matches!(self.word(p - 1), Some("both" | "all")) && self.word(j + 1) == Some("members");
            // ("a fellow NATO member")
            let fellow = p >= 2 && self.word(p - 1) == Some("fellow") && matches!(self.word(p - 2), Some("a" | "an"));
            let det = if superlative || fellow {
                2
            } else {
                usize::from(several || (p >= 1 && matches!(self.word(p - 1), Some("a" | "an" | "another"))))
            };
            let article = det > 0;
            // the copula before the article, and the name before it, past auxiliaries and a
            // relative pronoun ("Turkey, which has been a NATO member since 1952")
            let copula = p >= det + 2
                && matches!(
                    self.word(p - det - 1),
                    Some("is" | "was" | "are" | "were" | "became" | "becomes" | "remains" | "remain" | "been")
                );
            let linked = article && p >= det + 2 && (self.toks[p - det - 1].is_punct(',') || copula);
            let mut named = (p - det).saturating_sub(2);
            if copula {
                while named > 0
                    && self.word(named).is_some_and(|w| matches!(w, "has" | "have" | "had" | "long" | "also"))
                {
                    named -= 1;
                }
                if named >= 2 && matches!(self.word(named), Some("which" | "who")) && self.toks[named - 1].is_punct(',')
                {
                    named -= 2;
                }
            }
            let members: Vec<usize> = if linked {
                match self.entity(named) {
                    Some((x, _, _)) if several => {
                        self.coordination(named, x).into_iter().filter_map(|(k, _)| member_at(k)).collect()
                    }
                    _ => member_at(named).into_iter().collect(),
                }
            } else if article {
                Vec::new()
            } else {
                let mut n = j + 2;
                if matches!(self.word(n), Some("state" | "states" | "country" | "countries" | "nation" | "nations")) {
                    n += 1;
                }
                // examples of the members ("EU member states such as Poland", "NATO members,
                // including Canada")
                if self.word(j + 1) == Some("members") || self.word(n - 1).is_some_and(|w| w.ends_with('s')) {
                    let comma = usize::from(self.toks.get(n).is_some_and(|t| t.is_punct(',')));
                    match (self.word(n + comma), self.word(n + comma + 1)) {
                        (Some("including" | "like"), _) => n += comma + 1,
                        (Some("such"), Some("as")) => n += comma + 2,
                        _ => {}
                    }
                }
                match member_at(n) {
                    // not the next organisation's own list ("member Turkey and EU member states …")
                    Some(_) => self
                        .objects(n)
                        .into_iter()
                        .filter(|&(k, _)| !matches!(self.word(k + 1), Some("member" | "members")))
                        .filter_map(|(k, _)| member_at(k))
                        .collect(),
                    None => Vec::new(),
                }
            };
            for x in members {
                for &o in orgs.iter().filter(|&&o| o != x) {
                    found.push((x, o, p, j + 2));
                }
            }
        }
        for (x, o, from, to) in found {
            let trig = self.trigger_span("member_of:member_noun", from, to);
            self.push(x, o, Relation::MemberOf, trig, 0.8);
        }
    }

    /// "Denmark, which holds the EU's rotating presidency", "South Africa holds the G20
    /// presidency", "Malaysia, which chairs ASEAN": a country that presides over an
    /// organisation of states is one of its members.
    pub(super) fn presidencies(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        for &j in self.ents {
            let Some((org, EntityType::Institution, AliasKind::Name)) = self.entity(j) else { continue };
            if self.kind_of(org) != Some("igo") {
                continue;
            }
            // the verb before "the [rotating] ORG presidency", "the presidency of the ORG" or "[the] ORG"
            let holds = |v: usize| {
                matches!(self.word(v), Some("holds" | "held" | "hold" | "holding" | "assumed" | "assumes"))
                    || (v > 0
                        && self.word(v) == Some("over")
                        && matches!(self.word(v - 1), Some("took" | "takes" | "take" | "taking")))
            };
            let rotating = |w: Option<&str>| matches!(w, Some("rotating" | "current" | "annual" | "six-month"));
            let chairs = |v: usize| matches!(self.word(v), Some("chair" | "chairs" | "chaired" | "chairing"));
            let the_before = |k: usize| {
                let mut p = k;
                while p > 0 && rotating(self.word(p - 1)) {
                    p -= 1;
                }
                (p > 0 && self.word(p - 1) == Some("the")).then(|| p - 1)
            };
            let mut n = j + usize::from(self.possessive_at(j + 1)) + 1;
            while rotating(self.word(n)) {
                n += 1;
            }
            let mut verb = None;
            if self.word(n) == Some("presidency") {
                verb = the_before(j).and_then(|t| t.checked_sub(1)).filter(|&v| holds(v));
            } else if j >= 3
                && self.word(j - 1) == Some("the")
                && self.word(j - 2) == Some("of")
                && self.word(j - 3) == Some("presidency")
            {
                verb = the_before(j - 3).and_then(|t| t.checked_sub(1)).filter(|&v| holds(v));
            }
            if verb.is_none() && j >= 1 {
                let v = if self.word(j - 1) == Some("the") { j.saturating_sub(2) } else { j - 1 };
                verb = Some(v).filter(|&v| v < j && chairs(v));
            }
            let Some(v) = verb else { continue };
            let (negated, hedged) = self.cue_flags(v);
            if negated || hedged {
                continue;
            }
            let mut subjects = self.subject(v, MAX_SUBJECT_DISTANCE, true);
            // ("Britain and Denmark, which assumes the EC presidency": one presides, the last named)
            if self.word(v).is_some_and(|w| w.ends_with('s')) {
                subjects = subjects.into_iter().max().into_iter().collect();
            }
            for (t, x) in subjects {
                if x != org && self.gaz.entities.get(x).is_some_and(|e| e.etype == EntityType::Country) {
                    found.push((x, org, t.min(v), v + 1));
                }
            }
        }
        for (x, o, from, to) in found {
            let trig = self.trigger_span("member_of:presidency", from, to);
            self.push(x, o, Relation::MemberOf, trig, 0.7);
        }
    }

    /// The token after a stance adjective and a field at `n` ("main security ally", "close
    /// military ally", "key ally"); `n` when there is none.
    fn stance_modifiers_end(&self, mut n: usize) -> usize {
        if self.word(n).is_some_and(|w| STANCE_ADJECTIVES.contains(&w)) {
            n += 1;
        }
        if self.word(n).is_some_and(|w| STANCE_FIELDS.contains(&w)) && self.word(n + 1).and_then(stance_noun).is_some()
        {
            n += 1;
        }
        n
    }

    /// "Russia's ally Belarus", "key U.S. ally Japan", "Russian allies Belarus and Iran":
    /// the ally supports the entity before "ally"; so a critic criticises ("Kremlin critic
    /// Alexei Navalny", "James Comey, a longtime Trump critic,") and an opponent opposes.
    pub(super) fn allies(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, Relation)> = Vec::new();
        for &j in self.ents {
            let Some((backed, _, _)) = self.entity(j) else { continue };
            let mut n = j + 1;
            if self.possessive_at(n) {
                n += 1;
            }
            n = self.stance_modifiers_end(n);
            let Some(relation) = self.word(n).and_then(stance_noun) else {
                continue;
            };
            let ally_noun = relation == Relation::Supports;
            match self.entity(n + 1) {
                Some((_, _, kind)) if kind != AliasKind::Demonym => {
                    found.extend(self.objects(n + 1).into_iter().map(|(_, ally)| (ally, backed, j, n + 1, relation)));
                }
                // "Hezbollah, Iran's main ally in Lebanon,": the name before the comma
                // (every one of a list before a plural: "Cuba and Nicaragua, Maduro's closest allies,")
                _ if j >= 2 && self.possessive_at(j + 1) && self.toks[j - 1].is_punct(',') => {
                    if let Some((ally, _, kind)) = self.entity(j - 2) {
                        let plural = self.word(n).is_some_and(|w| w.ends_with('s'));
                        let allies = if plural { self.coordination(j - 2, ally) } else { vec![(j - 2, ally)] };
                        for (t, ally) in allies {
                            if kind != AliasKind::Demonym && ally != backed {
                                found.push((ally, backed, t, n + 1, relation));
                            }
                        }
                    }
                }
                // "Denmark has been one of Kyiv's strongest backers", "Japan is Washington's
                // closest ally": the subject of the linking verb
                _ if ally_noun && self.possessive_at(j + 1) => {
                    // (also "have been among Ukraine's strongest supporters")
                    let p = if j >= 2 && self.word(j - 1) == Some("of") && self.word(j - 2) == Some("one") {
                        j - 2
                    } else if j >= 1 && self.word(j - 1) == Some("among") {
                        j - 1
                    } else {
                        j
                    };
                    let linked = p >= 1
                        && matches!(
                            self.word(p - 1),
                            Some("is" | "was" | "are" | "were" | "been" | "remains" | "remained" | "became" | "become")
                        );
                    if linked {
                        for (t, ally) in self.subject(p - 1, MAX_SUBJECT_DISTANCE, true) {
                            if ally != backed {
                                found.push((ally, backed, t, n + 1, relation));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        // "Javier Milei, a close Trump ally,", "James Comey, a longtime Trump critic,": the one
        // before the comma
        for &j in self.ents {
            let Some((_, _, kind)) = self.entity(j) else { continue };
            if kind == AliasKind::Demonym || !self.toks[j + 1..].first().is_some_and(|t| t.is_punct(',')) {
                continue;
            }
            let mut n = j + 2;
            // ("Japan and South Korea, both U.S. allies,": every one of the list)
            let both = self.word(n) == Some("both");
            if !matches!(self.word(n), Some("a" | "an" | "both")) {
                continue;
            }
            n = self.stance_modifiers_end(n + 1);
            // ("X, a vocal critic of Y" is a pattern: `critic` in patterns.tsv)
            let (Some((ally, _, _)), Some((backed, _, kind)), Some(relation)) =
                (self.entity(j), self.entity(n), self.word(n + 1).and_then(stance_noun))
            else {
                continue;
            };
            if kind == AliasKind::Demonym {
                continue;
            }
            let allies = if both { self.coordination(j, ally) } else { vec![(j, ally)] };
            for (t, ally) in allies {
                if ally != backed {
                    found.push((ally, backed, t, n + 2, relation));
                }
            }
        }
        for (ally, backed, from, to, relation) in found {
            // ("Microsoft, OpenAI's largest investor": a company's, in a company; not "China,
            // Africa's biggest investor")
            let invests = self.word(to - 1).is_some_and(|w| w.starts_with("investor"));
            let companies = [ally, backed]
                .iter()
                .all(|&e| self.gaz.entities.get(e).is_some_and(|e| e.etype == EntityType::Institution));
            if invests && !companies {
                continue;
            }
            let pattern = match relation {
                Relation::Supports => "supports:ally_title",
                Relation::Criticises => "criticises:critic_title",
                Relation::AffiliatedWith => "affiliated_with:affiliate_title",
                _ => "opposes:opponent_title",
            };
            let trig = self.trigger_span(pattern, from, to);
            self.push(ally, backed, relation, trig, 0.7);
        }
    }
}
