//! Affiliations from titles, appositions and heads: "Kremlin spokesman Dmitry Peskov",
//! "Charles Kupchan, senior fellow at the Council on Foreign Relations", "the head of the IAEA,
//! Rafael Grossi", "John Swinney of the Scottish National Party", "Nigel Farage's Reform UK
//! party"; and the modifiers "pro-Kremlin X", "anti-NATO Y", "X-backed Y".

use super::*;

impl<'a> Extraction<'a> {
    /// "Kremlin spokesman Dmitry Peskov", "Ukraine's President Zelenskiy",
    /// "Slovakia's new premier, Robert Fico", "Hungary's Viktor Orban".
    pub(super) fn titles(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else {
                continue;
            };
            let mut k = j;
            // "Pakistan's army chief, General Asim Munir": a capitalised rank after the comma
            let mut rank = k;
            while rank > 0 && k - rank < 2 && self.capitalised_word(rank - 1) && self.is_title_word(rank - 1) {
                rank -= 1;
            }
            if rank < k && rank > 0 && self.toks[rank - 1].is_punct(',') {
                k = rank;
            }
            let comma = k > 0 && self.toks[k - 1].is_punct(',');
            if comma {
                k -= 1;
            }
            // "U.S. Ambassador to Israel Mike Huckabee", "Russia's envoy to the UN X": the
            // post's destination is no affiliation; the titles before it are
            if k >= 3 && self.entity(k - 1).is_some() {
                let mut p = k - 2;
                if self.word(p) == Some("the") {
                    p -= 1;
                }
                if p > 0 && self.word(p) == Some("to") && matches!(self.word(p - 1), Some("ambassador" | "envoy")) {
                    k = p;
                }
            }
            let end_titles = k;
            while k > 0 && self.is_title_word(k - 1) && end_titles - k < 6 {
                k -= 1;
            }
            // "the NSC aide President Reagan fired": a lower-case role before a head of state's
            // or government's capitalised title is another person's (not a rank: "army chief
            // General Asim Munir")
            if let Some(t) = (k + 1..end_titles).rev().find(|&t| {
                self.capitalised_word(t)
                    && self.word(t).is_some_and(|w| {
                        matches!(w, "president" | "prime" | "premier" | "chancellor" | "king" | "queen")
                    })
                    && !self.capitalised_word(t - 1)
                    && self.is_role_word(t - 1)
            }) {
                k = t;
            }
            let titles = end_titles - k;
            let has_role = (k..end_titles).any(|t| self.is_role_word(t));
            if titles > 0 && !has_role {
                continue;
            }
            if comma && titles == 0 {
                // "the Emir of Qatar, Sheikh Tamim", "a spokesman for the Kremlin, Dmitry Peskov"
                if let Some((role, org_idx)) = self.role_of_before(k) {
                    let org = self.entity(org_idx).map_or(0, |e| e.0);
                    let trig = self.trigger_span("affiliated_with:title", role, j);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                }
                continue;
            }
            // "Hungary, whose Prime Minister Viktor Orban …"
            let whose = titles > 0 && k >= 3 && self.word(k - 1) == Some("whose") && self.toks[k - 2].is_punct(',');
            // "OpenAI and its chief executive Sam Altman"
            let its = titles > 0 && k >= 3 && self.word(k - 1) == Some("its") && self.word(k - 2) == Some("and");
            // "Zelensky dismissed his chief of staff Andriy Yermak", "Putin and his spokesman
            // Dmitry Peskov": the one person named before the pronoun (past one adjective: "his
            // powerful chief of staff")
            let pronoun_at = if matches!(self.word(k.wrapping_sub(1)), Some("his" | "her")) {
                Some(k - 1)
            } else if k >= 2 && self.descriptor_word(k - 1) && matches!(self.word(k - 2), Some("his" | "her")) {
                Some(k - 2)
            } else {
                None
            };
            // (a subject, not one after a preposition or a verb: "White was introduced to Conte
            // through her coach X"; no counterpart, colleague or rival: "Li wrote to his South
            // Korean counterpart X")
            let peer = |from: usize| (from..end_titles).any(|t| self.word(t).is_some_and(|w| PEER_NOUNS.contains(&w)));
            let his = pronoun_at.filter(|&p| titles > 0 && !peer(p + 1)).and_then(|p| {
                let mut people = (0..p).filter(|&q| matches!(self.entity(q), Some((_, EntityType::Actor, _))));
                let first = people.next()?;
                let same = |q: usize| self.entity(q).map(|e| e.0) == self.entity(first).map(|e| e.0);
                let start = self.titled_start(first, 4);
                let after_prep = start > 0 && self.is_prep(start - 1);
                let subject = !(after_prep || self.object_of_verb(start));
                (people.all(same) && subject).then_some(first)
            });
            if let Some(owner) = his {
                let owner_id = self.entity(owner).map_or(person, |e| e.0);
                if owner_id != person {
                    let trig = self.trigger_span("affiliated_with:title", pronoun_at.unwrap_or(k), j);
                    self.push(person, owner_id, Relation::AffiliatedWith, trig, 0.8);
                }
                continue;
            }
            // "The OAS sent observers, and its secretary general Albert Ramdin urged calm": the
            // organisation opening the clause before
            let its_clause = (titles > 0
                && k >= 4
                && self.word(k - 1) == Some("its")
                && self.word(k - 2) == Some("and")
                && self.toks[k - 3].is_punct(','))
            .then(|| {
                let start = (0..k - 3)
                    .rev()
                    .find(|&p| matches!(self.toks[p].kind, TokenKind::Punct(',' | ';' | ':')))
                    .map_or(self.after_quotes(0), |p| p + 1);
                if self.word(start) == Some("the") {
                    start + 1
                } else {
                    start
                }
            })
            // (the one organisation or country the clause names: not "NATO met Russia, and its …")
            .filter(|&o| {
                matches!(self.entity(o), Some((_, EntityType::Institution, AliasKind::Name)))
                    && !(o + 1..k - 3).any(|p| self.entity(p).is_some_and(|(_, t, _)| t != EntityType::Actor))
            });
            let (org_idx, possessive) = if let Some(o) = its_clause {
                (o, true)
            } else if whose || its {
                (k - 3, true)
            } else if k >= 2 && self.possessive_at(k - 1) {
                (k - 2, true)
            } else if let Some(name) = self.bracketed_acronym_before(k).filter(|_| titles > 0) {
                (name, false)
            } else if k >= 1 {
                (k - 1, false)
            } else {
                continue;
            };
            if titles == 0 && !possessive {
                continue;
            }
            if let Some((org, etype, kind)) = self.entity(org_idx) {
                let city_office = self.city_office(kind, k, end_titles);
                // "Social Affairs and Labour Minister X": a portfolio, not the party
                let portfolio = etype == EntityType::Institution
                    && !possessive
                    && org_idx >= 2
                    && self.word(org_idx - 1) == Some("and")
                    && self.capitalised_word(org_idx - 2)
                    && self.entity(org_idx - 2).is_none();
                if etype != EntityType::Actor
                    && !self.is_modifier(org_idx)
                    && !city_office
                    && !portfolio
                    && !self.country_in_name(org_idx)
                {
                    let trig = self.trigger_span("affiliated_with:title", org_idx, j);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                } else if etype == EntityType::Actor
                    && possessive
                    && !whose
                    && !its
                    && titles > 0
                    && org != person
                    && self.word(k) != Some("fellow")
                    && !peer(k)
                {
                    // "Zelenskiy's chief of staff Andriy Yermak", "Trump's envoy Steve Witkoff":
                    // the one whose aide, envoy or minister the person is (not "Howard's fellow
                    // Welshman Ray Reardon")
                    let trig = self.trigger_span("affiliated_with:title", org_idx, j);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
                }
            }
        }
    }

    /// "The International Atomic Energy Agency (IAEA) chief X": the acronym in brackets
    /// right before token `k` that names the organisation before it: the token of that name.
    pub(super) fn bracketed_acronym_before(&self, k: usize) -> Option<usize> {
        let close = k.checked_sub(1)?;
        let acronym = close.checked_sub(1)?;
        let open = acronym.checked_sub(1)?;
        let name = open.checked_sub(1)?;
        let same =
            |a: usize, b: usize| self.entity(a).is_some_and(|(e, _, _)| self.entity(b).is_some_and(|(f, _, _)| e == f));
        let punct = |p: usize, c: char| self.toks.get(p).is_some_and(|t| t.is_punct(c));
        (punct(close, ')') && punct(open, '(') && same(acronym, name)).then_some(name)
    }

    /// The organisation or country ending "ROLE of/for/at [the] X" right before the
    /// comma at `comma` ("the Emir of Qatar,", "a spokesman for the Kremlin,"): the
    /// tokens of the role and of the name.
    pub(super) fn role_of_before(&self, comma: usize) -> Option<(usize, usize)> {
        let o = comma.checked_sub(1)?;
        let (_, etype, kind) = self.entity(o)?;
        if etype == EntityType::Actor || kind == AliasKind::Demonym || self.country_in_name(o) {
            return None;
        }
        let mut p = o.checked_sub(1)?;
        if self.word(p) == Some("the") {
            p = p.checked_sub(1)?;
        }
        let role = p.checked_sub(1)?;
        // "the Mayor of London, Ken Livingstone": the city, not the country
        let linked = matches!(self.word(p), Some("of" | "for" | "at")) && self.is_role_word(role);
        (linked && !self.city_office(kind, role, p)).then_some((role, o))
    }

    /// The person named right after the comma at `comma`, past a capitalised rank
    /// ("…, Sheikh Tamim"): its token.
    pub(super) fn person_after_comma(&self, comma: usize) -> Option<usize> {
        if !self.toks.get(comma).is_some_and(|t| t.is_punct(',')) {
            return None;
        }
        let mut n = comma + 1;
        while n - comma <= 2 && self.capitalised_word(n) && self.is_title_word(n) {
            n += 1;
        }
        matches!(self.entity(n), Some((_, EntityType::Actor, _))).then_some(n)
    }

    /// Is the token before `k`, one space away, a capitalised word that is not a
    /// title or a function word ("Texaco" in "Texaco Canada president"), or a named
    /// institution ("GM Canada")? Then the country is part of a company's name.
    pub(super) fn capitalised_word_before(&self, k: usize) -> bool {
        let Some(p) = k.checked_sub(1) else { return false };
        let (prev, cur) = (&self.toks[p], &self.toks[k]);
        if prev.end + 1 != cur.start {
            return false;
        }
        if let Some((_, etype, _)) = prev.entity() {
            return etype == EntityType::Institution;
        }
        self.capitalised_word(p)
            && !self.is_title_word(p)
            && !crate::resolve::is_function_word(&self.text[prev.start..prev.end])
    }

    /// Is the entity at `k` a country's name inside a longer name ("GM Canada",
    /// "Texaco Canada", "National Bank of Hungary")?
    pub(super) fn country_in_name(&self, k: usize) -> bool {
        matches!(self.entity(k), Some((_, EntityType::Country, AliasKind::Name)))
            && (self.capitalised_word_before(k) || self.name_of_before(k))
    }

    /// Does the demonym at `k` open the name of something the gazetteer does not know
    /// ("the Canadian Coalition on Acid Rain", "British Printing and Communication Corp"): after
    /// [`Extraction::demonym_before_name`], a second capitalised word that is no title, or one
    /// joined by "on", "of", "for", "and"?
    pub(super) fn demonym_in_name(&self, k: usize) -> bool {
        let plain = |n: usize| self.capitalised_word(n) && self.entity(n).is_none() && !self.is_title_word(n);
        self.demonym_before_name(k)
            && (plain(k + 2) || (matches!(self.word(k + 2), Some("on" | "of" | "for" | "and")) && plain(k + 3)))
    }

    /// Does a capitalised word that is no title and no entity follow the demonym at `k`, glued
    /// ("economist at Swiss Re", "director of British Airways")? Then it opens a company's name.
    pub(super) fn demonym_before_name(&self, k: usize) -> bool {
        matches!(self.entity(k), Some((_, _, AliasKind::Demonym)))
            && self.capitalised_word(k + 1)
            && self.entity(k + 1).is_none()
            && !self.is_title_word(k + 1)
            && self.toks[k].end + 1 == self.toks[k + 1].start
    }

    /// Is the token at `k` the end of a name "X of COUNTRY" ("National Bank of
    /// Hungary", "Bank of America"), where X is a capitalised word other than a role
    /// ("President of Russia" is a title)?
    pub(super) fn name_of_before(&self, k: usize) -> bool {
        k >= 2 && self.word(k - 1) == Some("of") && self.capitalised_word(k - 2) && !self.is_role_word(k - 2)
    }

    /// Do title words and links from `k` on ("of State") run into a person's name?
    pub(super) fn titles_lead_to_person(&self, k: usize) -> bool {
        let mut n = k;
        while n - k < 4
            && (self.is_title_word(n) || self.word(n).is_some_and(|w| self.rules.cues.apposition_link.contains(w)))
        {
            n += 1;
        }
        matches!(self.entity(n), Some((_, EntityType::Actor, _)))
    }

    /// Is a capital (an alias of kind `kind`) named with a city's office among the
    /// words `from..to` ("London mayor", "Kyiv city council")? Then it is the city,
    /// not the country's government.
    pub(super) fn city_office(&self, kind: AliasKind, from: usize, to: usize) -> bool {
        kind == AliasKind::Capital && (from..to).any(|t| self.word(t).is_some_and(|w| MUNICIPAL.contains(&w)))
    }

    /// The organisation or country (not a person, not a demonym) at token `k`:
    /// (entity, alias kind).
    pub(super) fn organisation(&self, k: usize) -> Option<(usize, AliasKind)> {
        self.entity(k)
            .filter(|&(_, t, kind)| t != EntityType::Actor && kind != AliasKind::Demonym)
            .map(|(e, _, kind)| (e, kind))
    }

    /// Is token `k` a capitalised word that is no title word and no entity ("Horn", "Asia"), or a
    /// hyphen glued between such a word and the next ("Asia-Pacific")?
    pub(super) fn portfolio_word(&self, k: usize) -> bool {
        let glued_hyphen = || {
            k > 0
                && self.toks.get(k).is_some_and(|t| t.is_punct('-'))
                && self.toks[k - 1].end == self.toks[k].start
                && self.toks.get(k + 1).is_some_and(|n| n.start == self.toks[k].end)
                && self.capitalised_word(k - 1)
                && self.capitalised_word(k + 1)
        };
        (self.capitalised_word(k) && !self.is_title_word(k)) || glued_hyphen()
    }

    /// Is the word at `v` a participle opening a clause (", killing …", ", accusing …")?
    pub(super) fn clause_participle(&self, v: usize) -> bool {
        let opens = |v: usize| v > 0 && self.toks[v - 1].is_punct(',') && self.word(v).is_some_and(gerund);
        // (also one coordinated with it: "…, killing Ukrainian civilians and drawing criticism
        // from France")
        opens(v)
            || (v > 2
                && self.word(v - 1) == Some("and")
                && self.word(v).is_some_and(gerund)
                && (v.saturating_sub(8)..v - 1)
                    .rev()
                    .find(|&p| matches!(self.toks[p].kind, TokenKind::Punct(_)))
                    .is_some_and(|p| opens(p + 1)))
    }

    /// "Charles Kupchan, senior fellow at the Council on Foreign Relations",
    /// "Henrik Landerholm, Swedish National Security Advisor",
    /// "Fiona Hill, a former top White House official".
    pub(super) fn appositions(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else {
                continue;
            };
            if !self.toks.get(j + 1).is_some_and(|t| t.is_punct(',')) {
                continue;
            }
            let mut k = j + 2;
            // ("Jens Stoltenberg, now Norway's finance minister,")
            // (not before a preposition: "Hill, now at the Brookings Institution," has its own rule)
            if matches!(self.word(k), Some("now" | "currently" | "still")) && !self.is_prep(k + 1) {
                k += 1;
            }
            if matches!(self.word(k), Some("a" | "an" | "the")) {
                k += 1;
            }
            // "Mike Johnson, a Republican,", "Joe Manchin, a Democrat, said": a party alone
            let party = self.party_at(k);
            let closes =
                |n: usize| self.toks.get(n).is_none_or(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | ')')));
            // (or the place they stand for: "Lindsey Graham, a Republican from South Carolina,")
            let place_end = || {
                let mut n = k + 2;
                while n < k + 5 && (self.capitalised_word(n) || self.entity(n).is_some()) {
                    n += 1;
                }
                n
            };
            let after_place = |n: usize| closes(n) || matches!(self.word(n), Some("and" | "who"));
            let closed =
                closes(k + 1) || (self.word(k + 1) == Some("from") && place_end() > k + 2 && after_place(place_end()));
            if let (Some((org, _, _)), true, true) = (party, closed, k > j + 2) {
                let trig = self.trigger_span("affiliated_with:apposition", j, k + 1);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                continue;
            }
            let mut inner: Option<usize> = None;
            let mut inner_in_name = false;
            let mut role_after_inner = false;
            let mut last_role = false;
            let start = k;
            while k < self.toks.len() && k - start < 8 {
                if let Some((e, etype, kind)) = self.entity(k) {
                    // ("BBC Delhi reporter", "Reuters Moscow correspondent": the city is the post)
                    if inner.is_some() && kind == AliasKind::Capital {
                        last_role = false;
                        k += 1;
                        continue;
                    }
                    if inner.is_some() || etype == EntityType::Actor {
                        break;
                    }
                    inner = Some(e);
                    inner_in_name = self.country_in_name(k);
                    k += 1;
                    if self.possessive_at(k) {
                        k += 1;
                    }
                    last_role = false;
                    continue;
                }
                // "Horn of Africa project director at …", "chief Asia-Pacific economist at …": a
                // region or portfolio written with capitals inside the title
                if self.portfolio_word(k) {
                    // a country or demonym that opens a longer name ("US Sprint president",
                    // "Canadian Manufacturers Association president")
                    let glued_to_state = k > 0
                        && self.toks[k - 1].end + 1 == self.toks[k].start
                        && matches!(self.entity(k - 1), Some((_, EntityType::Country, kind))
                            if kind != AliasKind::Demonym || self.demonym_in_name(k - 1));
                    inner_in_name |= glued_to_state;
                    last_role = false;
                    k += 1;
                    continue;
                }
                // ("a non-resident fellow at …", "a long-time adviser to …": a lower-case compound
                // modifier before the role; titles read on as before: "co-founder", "vice-president")
                let glued = |p: usize| self.toks[p].end == self.toks[p + 1].start;
                if k + 3 < self.toks.len()
                    && self.compound_hyphen(k + 1)
                    && !self.is_title_word(k)
                    && glued(k)
                    && glued(k + 1)
                    && self.is_title_word(k + 3)
                {
                    last_role = false;
                    k += 3;
                    continue;
                }
                if !self.is_title_word(k)
                    || (last_role && self.word(k).is_some_and(|w| self.rules.cues.apposition_link.contains(w)))
                {
                    break;
                }
                last_role = self.is_role_word(k);
                if last_role && inner.is_some() {
                    role_after_inner = true;
                }
                k += 1;
            }
            // "Margaret Thatcher, U.S. Secretary of State George Shultz and …": a list of
            // titled people, the titles belong to the next one
            if self.titles_lead_to_person(k) {
                continue;
            }
            // "Fiona Hill, a former White House adviser now at the Brookings Institution"
            let now_at = if self.word(k) == Some("now") { self.employer_after(k + 1) } else { None };
            if let Some((org, n)) = now_at {
                let trig = self.trigger_span("affiliated_with:apposition", j, n + 1);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
            }
            if let (Some(org), true) = (inner, role_after_inner) {
                if inner_in_name {
                    continue;
                }
                // "Richard Gowan, UN director at the International Crisis Group": the
                // organisation the person works at, not the portfolio before the role
                let (org, end) = self.employer_after(k).map_or((org, k), |(o, n)| (o, n + 1));
                let trig = self.trigger_span("affiliated_with:apposition", j, end);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                continue;
            }
            if inner.is_some() || !last_role {
                continue;
            }
            // role + link preposition + [the] [pro-X] ORG ("an adviser to the UAE president": an
            // adviser's "to"; not an envoy's, "ambassador to the UN")
            let advises = self.word(k) == Some("to")
                && k > 0
                && self
                    .word(k - 1)
                    .is_some_and(|w| matches!(w, "adviser" | "advisor" | "aide" | "counsellor" | "counselor"));
            if !advises && !self.word(k).is_some_and(|w| self.rules.cues.apposition_link.contains(w)) {
                continue;
            }
            let mut m = k + 1;
            if matches!(self.word(m), Some("the" | "a" | "an")) {
                m += 1;
            }
            if matches!(self.word(m), Some("pro" | "anti")) && self.toks.get(m + 1).is_some_and(|t| t.is_punct('-')) {
                m += 3;
            }
            // "commander of the Kurdish-led Syrian Democratic Forces", "the Iran-backed …"
            if self.toks.get(m + 1).is_some_and(|t| t.is_punct('-'))
                && self.word(m + 2).is_some_and(|w| {
                    matches!(
                        w,
                        "led" | "backed" | "based" | "dominated" | "run" | "aligned" | "allied" | "funded" | "owned"
                    )
                })
            {
                m += 3;
            }
            // "leader of the right-wing Reform UK party", "of the opposition Labour Party"
            let modifiers = m;
            while m - modifiers < 4
                && self.is_title_word(m)
                && !self.is_role_word(m)
                && !self.is_prep(m)
                && !self.capitalised_word(m)
            {
                m += 1;
            }
            if self.entity(m).is_none() {
                m = modifiers;
            }
            // "head of Ukraine's presidential office": the country; "chairman of Russia's
            // energy giant Gazprom": the organisation named after the possessive
            if self.possessive_at(m + 1) {
                if let Some(n) = self.described_institution(m + 2) {
                    m = n;
                }
            }
            let possessor = self.possessive_at(m + 1);
            // "director of the German Marshall Fund's Indo-Pacific program": the organisation
            // owning the unit, as a country owning an office
            let owns_unit = possessor
                && matches!(self.entity(m), Some((_, EntityType::Institution, _)))
                && self.word(self.unit_words_end(m + 2)).is_some_and(|w| UNIT_NOUNS.contains(&w));
            let owner_is_country =
                owns_unit || (possessor && matches!(self.entity(m), Some((_, EntityType::Country, _))));
            // "director of the Russia and Eurasia programme at Chatham House", "a fellow
            // for Russia and Eurasia at the IISS": the name is a portfolio or a unit; the
            // organisation after it, if any, is where the person works
            let unit_end = self.unit_name_end(m);
            let named = self.entity(m).is_some() || self.capitalised_word(m);
            if named && (unit_end > m + 1 || self.employer_after(m + 1).is_some()) {
                if let Some((org, n)) = self.employer_after(unit_end) {
                    let trig = self.trigger_span("affiliated_with:apposition", j, n + 1);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                }
                continue;
            }
            // "chief executive of US firm Open Source Development Labs", "of a US firm": a company
            // the country only describes (that company when it is known: "of Russian oil company
            // Rosneft"); "a lecturer at London's Imperial College": a place of the city
            if let Some((_, EntityType::Country, kind)) = self.entity(m) {
                let mut n = m + 1;
                while !possessor && n - m <= 4 && self.descriptor_word(n) {
                    n += 1;
                }
                // (a state's own bank is the state's: "vice-president of the West German central bank")
                let public =
                    (m + 1..n).any(|p| matches!(self.word(p), Some("central" | "state" | "national" | "reserve")));
                if n > m + 1 && !public && self.word(n - 1).is_some_and(|w| COMPANY_NOUNS.contains(&w)) {
                    if let Some((org, EntityType::Institution, _)) = self.entity(n) {
                        let trig = self.trigger_span("affiliated_with:apposition", j, n + 1);
                        self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                    }
                    continue;
                }
                // (not the state's office: "a spokeswoman at Moscow's Foreign Ministry")
                if possessor
                    && kind == AliasKind::Capital
                    && self.capitalised_word(m + 2)
                    && self.entity(m + 2).is_none()
                    && !self.is_title_word(m + 2)
                {
                    continue;
                }
            }
            // not a place in a compound ("co-founder of Amsterdam-based OneStat.com")
            // "North, the then head of the CIA William Casey and Thatcher": a title before a
            // name is that person's
            let titles_next = matches!(self.entity(m + 1), Some((_, EntityType::Actor, _)));
            // "president of the American Association of Blood Banks": a demonym opening a name
            if let Some((org, etype, kind)) = self.entity(m).filter(|_| {
                (!possessor || owner_is_country) && !self.is_compound(m) && !titles_next && !self.demonym_before_name(m)
            }) {
                let city_office = self.city_office(kind, start, k);
                if etype != EntityType::Actor && !city_office {
                    let trig = self.trigger_span("affiliated_with:apposition", j, m + 1);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
                } else if etype == EntityType::Actor && advises && org != person && self.word(j + 2) != Some("and") {
                    // "Anders Fogh Rasmussen, now an adviser to Zelenskiy": the person advised (not a
                    // coordination: "an adviser to Chancellor Willy Brandt, and top aide to X")
                    let trig = self.trigger_span("affiliated_with:apposition", j, m + 1);
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
                }
            }
        }
    }

    /// "Alicia Garcia-Herrero, chief economist at Natixis and a senior fellow at Bruegel": the
    /// second role of an apposition, after "and", with the organisation it is at or of.
    pub(super) fn apposition_conjuncts(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize)> = Vec::new();
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else { continue };
            if !self.toks.get(j + 1).is_some_and(|t| t.is_punct(',')) {
                continue;
            }
            // the first role, then "and" within the apposition (no punctuation but hyphens, and
            // no other person, between)
            // (a dot inside a name: "R.Politik")
            let inner_dot = |n: usize| {
                self.toks[n].is_punct('.')
                    && self.toks.get(n + 1).is_some_and(|x| x.start == self.toks[n].end)
                    && self.toks[n - 1].end == self.toks[n].start
            };
            let end = (j + 2..(j + 16).min(self.toks.len()))
                .find(|&n| match self.toks[n].kind {
                    TokenKind::Word(_) | TokenKind::Punct('-') => false,
                    TokenKind::Punct('.') => !inner_dot(n),
                    TokenKind::Entity { etype, .. } => etype == EntityType::Actor,
                    _ => true,
                })
                .unwrap_or_else(|| (j + 16).min(self.toks.len()));
            let Some(and) = (j + 3..end).find(|&n| self.word(n) == Some("and")) else { continue };
            if !(j + 2..and).any(|n| self.is_role_word(n)) {
                continue;
            }
            let mut k = and + 1;
            if matches!(self.word(k), Some("a" | "an" | "the")) {
                k += 1;
            }
            let titles = k;
            while k - titles < 5 && self.is_title_word(k) && self.word(k) != Some("of") {
                k += 1;
            }
            if k == titles || !self.is_role_word(k - 1) {
                continue;
            }
            let org = self.employer_after(k).or_else(|| {
                let m = if self.word(k + 1) == Some("the") { k + 2 } else { k + 1 };
                (self.word(k) == Some("of") && !self.possessive_at(m + 1) && !self.is_compound(m))
                    .then(|| self.organisation(m).map(|(o, _)| (o, m)))
                    .flatten()
            });
            if let Some((org, m)) = org {
                found.push((person, org, j, m + 1));
            }
        }
        for (person, org, from, to) in found {
            let trig = self.trigger_span("affiliated_with:apposition", from, to);
            self.push(person, org, Relation::AffiliatedWith, trig, 0.9);
        }
    }

    /// "Nigel Farage's Reform UK party", "Keir Starmer's Labour government": a person's party
    /// (one adjective may stand between: "Orban's ruling Fidesz"; or the party is named after a
    /// comma: "Imran Khan's party, Pakistan Tehreek-e-Insaf").
    pub(super) fn own_party(&mut self) {
        let mut found: Vec<(usize, usize, usize, usize, &str)> = Vec::new();
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else { continue };
            // "the far-right Party for Freedom of Geert Wilders": a party "of" its leader
            if j >= 2 && self.word(j - 1) == Some("of") {
                if let Some((org, _, _)) = self.party_at(j - 2) {
                    found.push((person, org, j - 2, j + 1, "affiliated_with:own_party"));
                    continue;
                }
            }
            // "Irakli Kobakhidze, whose Georgian Dream party …": the party the relative names
            if self.toks.get(j + 1).is_some_and(|t| t.is_punct(',')) && self.word(j + 2) == Some("whose") {
                let m = if self.entity(j + 3).is_none() && self.descriptor_word(j + 3) { j + 4 } else { j + 3 };
                // (the party noun after the name, or in it: "whose Labour Party won")
                let named_party = self.toks.get(m).is_some_and(|t| self.text[t.start..t.end].ends_with("Party"));
                let governs =
                    named_party || self.word(m + 1).is_some_and(|w| matches!(w, "party" | "government" | "coalition"));
                if let (Some((org, _, _)), true) = (self.party_at(m), governs) {
                    found.push((person, org, j + 2, m + 2, "affiliated_with:own_party"));
                }
                continue;
            }
            if !self.possessive_at(j + 1) {
                continue;
            }
            let m = if self.entity(j + 2).is_none() && self.descriptor_word(j + 2) { j + 3 } else { j + 2 };
            // "Imran Khan's party, Pakistan Tehreek-e-Insaf": the party the apposition names
            let named = |m: usize| self.toks.get(m + 1).is_some_and(|t| t.is_punct(','));
            // (an apposition, not a list: "Starmer's party, Reform UK and Labour")
            let closed = |n: usize| self.toks.get(n + 1).is_none_or(|t| matches!(t.kind, TokenKind::Punct(_)));
            let m = match (j + 2..=m).find(|&p| self.word(p) == Some("party") && named(p)) {
                Some(p) if self.word(p + 2) == Some("the") && closed(p + 3) => p + 3,
                Some(p) if closed(p + 2) => p + 2,
                Some(_) => continue,
                None => m,
            };
            let party = self.party_at(m);
            // not what the party names ("Blair's Tory 'lies'", "Sainsbury's Labour election
            // gift") nor the title of another ("Moazzam Begg's Labour MP Roger Godsiff")
            let after = m + 1;
            let describes = self.toks.get(after).is_some_and(Token::is_quote)
                || self.word(after).is_some_and(|w| {
                    matches!(
                        w,
                        "election"
                            | "campaign"
                            | "manifesto"
                            | "lies"
                            | "gift"
                            | "donation"
                            | "donor"
                            | "rivals"
                            | "critics"
                    )
                })
                || (self.is_title_word(after)
                    && (after..after + 4).any(|n| {
                        matches!(self.entity(n), Some((_, EntityType::Actor, _)))
                            || self.capitalised_word(n) && !self.is_title_word(n)
                    }));
            if let (Some((org, _, _)), false) = (party, describes) {
                found.push((person, org, j, m + 1, "affiliated_with:own_party"));
                continue;
            }
            // "Elon Musk's xAI has sued …", "Jeff Bezos's Amazon, …": a person's company, the
            // name ending the phrase (not "Trump's Nvidia deal")
            let company = self.entity(j + 2).filter(|&(e, _, _)| self.kind_of(e) == Some("company"));
            let ends = self.toks.get(j + 3).is_none_or(|t| {
                t.word().is_none_or(|w| CLAUSE_WORDS.contains(&w) || auxiliary(w) || past_tense(w) || adverb(w))
            });
            if let (Some((org, _, _)), true) = (company, ends) {
                found.push((person, org, j, j + 3, "affiliated_with:own_company"));
            }
        }
        for (person, org, from, to, pattern) in found {
            let trig = self.trigger_span(pattern, from, to);
            self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
        }
    }

    /// "John Swinney of the Scottish National Party", "Robert Mugabe of Zimbabwe": a person
    /// "of" an organisation or a country, the phrase ending there (not "reminded Biden of
    /// Ukraine's plight", "told Merkel of the EU decision").
    pub(super) fn person_of(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else { continue };
            // (also between commas: "John Swinney, of the SNP, said")
            let comma = self.toks.get(j + 1).is_some_and(|t| t.is_punct(','));
            let of = j + 1 + usize::from(comma);
            if self.word(of) != Some("of") {
                continue;
            }
            let m = if self.word(of + 1) == Some("the") { of + 2 } else { of + 1 };
            // a capital is a place ("C. Robin Relph of London")
            let Some((org, _)) = self.organisation(m).filter(|&(_, kind)| kind != AliasKind::Capital) else {
                continue;
            };
            let country = matches!(self.entity(m), Some((_, EntityType::Country, _)));
            // (past its acronym in brackets: "of the German Institute … (SWP) noted")
            let m = if self.bracketed_acronym_before(m + 4) == Some(m) { m + 3 } else { m };
            let ends = match self.toks.get(m + 1) {
                None => true,
                Some(t) => {
                    matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ')'))
                        || matches!(t.word(), Some("who" | "said" | "says" | "told" | "has" | "was" | "is"))
                        // "Allan Kaplan of Merrill Lynch and Co"; not "of the Australia and New
                        // Zealand Banking Group"
                        || (t.is_word("and") && !country)
                }
            } || self.verb_after(m);
            let closed =
                !comma || self.toks.get(m + 1).is_none_or(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | ')')));
            if ends && closed && !self.country_in_name(m) && !self.is_compound(m) {
                let trig = self.trigger_span("affiliated_with:of", of, m + 1);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
            }
        }
    }

    /// "Slovakia, led by Robert Fico", "the council, chaired by Prime Minister X", "The RSF
    /// is led by X": the person heads the organisation or country before the comma or verb.
    pub(super) fn led_by(&mut self) {
        for &i in self.ents.iter().take_while(|&&i| i + 4 < self.toks.len()) {
            let Some((org, _)) = self.organisation(i) else {
                continue;
            };
            // (the finite passive: "is led by", "has been headed by")
            let mut v = i + 1;
            if self.toks[v].is_punct(',') {
                v += 1;
            } else {
                while v - i <= 2 && self.word(v).is_some_and(|w| matches!(w, "is" | "was" | "has" | "had" | "been")) {
                    v += 1;
                }
                if v == i + 1 {
                    continue;
                }
            }
            if !matches!(self.word(v), Some("led" | "headed" | "chaired" | "run")) || self.word(v + 1) != Some("by") {
                continue;
            }
            // (past a capitalised word before a title: "led by Senate Minority Leader X"; and an
            // honorific: "led by Sir Ed Davey")
            let mut n = v + 2;
            if self.word(n).is_some_and(|w| HONORIFIC_WORDS.contains(&w)) && self.capitalised_word(n) {
                n += 1;
            }
            while n - i < 10 {
                let mut m = n;
                while m - n < 3 && self.portfolio_word(m) {
                    m += 1;
                }
                if !self.is_title_word(m) {
                    break;
                }
                n = m + 1;
            }
            if let Some((person, EntityType::Actor, _)) = self.entity(n) {
                let trig = self.trigger_span("affiliated_with:led_by", v, v + 2);
                self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
            }
        }
    }

    /// "The head of the IAEA, Rafael Grossi", "Rafael Grossi, who heads the IAEA":
    /// the person is affiliated with the organisation or country.
    pub(super) fn heads(&mut self) {
        for &j in self.ents {
            let Some((person, EntityType::Actor, _)) = self.entity(j) else {
                continue;
            };
            // ROLE of [the] ORG , PERSON
            if j >= 4 && self.toks[j - 1].is_punct(',') {
                let org_idx = j - 2;
                let mut k = org_idx;
                if k >= 1 && self.word(k - 1) == Some("the") {
                    k -= 1;
                }
                if let Some((org, kind)) = self.organisation(org_idx) {
                    if k >= 2
                        && self.word(k - 1) == Some("of")
                        && self.is_role_word(k - 2)
                        && !self.city_office(kind, k - 2, k - 1)
                    {
                        let trig = self.trigger_span("affiliated_with:head_of", k - 2, j);
                        self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
                    }
                }
            }
            // PERSON , who heads [the] ORG; PERSON heads [the] ORG
            let heads_verb = |v: usize| {
                matches!(
                    self.word(v),
                    Some("heads" | "headed" | "leads" | "led" | "chairs" | "chaired" | "runs" | "ran" | "directs")
                )
            };
            // ("Elon Musk, who also runs SpaceX and xAI")
            let also = usize::from(self.word(j + 3) == Some("also"));
            let relative = self.toks.get(j + 1).is_some_and(|t| t.is_punct(','))
                && self.word(j + 2) == Some("who")
                && heads_verb(j + 3 + also);
            // (present tense only: "Messi led Argentina to the title" is no office)
            let finite = matches!(self.word(j + 1), Some("heads" | "leads" | "chairs" | "runs" | "directs"))
                && !self.possessive_at(j + 1);
            if relative || finite {
                let verb = if relative { j + 3 + also } else { j + 1 };
                let who = if relative { j + 2 } else { verb };
                let trig = self.trigger_span("affiliated_with:heads", who, verb + 1);
                // not a name modifying a noun ("who chairs the Commons trade committee")
                let headed = |m: usize| {
                    let m = if self.word(m) == Some("the") { m + 1 } else { m };
                    // nor the owner of what is headed ("who heads Russia's sovereign wealth fund")
                    let noun_after = self.possessive_at(m + 1)
                        || self.word(m + 1).is_some_and(|w| !self.is_prep(m + 1) && !CLAUSE_WORDS.contains(&w));
                    self.organisation(m).filter(|_| !noun_after).map(|(org, _)| (org, m))
                };
                let first = headed(verb + 1);
                // "who leads Tesla and SpaceX"
                let second = first.filter(|&(_, m)| self.word(m + 1) == Some("and")).and_then(|(_, m)| headed(m + 2));
                for (org, _) in first.into_iter().chain(second) {
                    self.push(person, org, Relation::AffiliatedWith, trig, 0.8);
                }
            }
        }
    }

    /// "pro-Kremlin Council" (Council supports Kremlin), "anti-NATO party",
    /// "Kremlin-backed group" (the Kremlin supports it), "Iran-aligned militia" (it
    /// supports Iran), "al Qaeda-linked group" (it is affiliated with al Qaeda).
    pub(super) fn modifiers(&mut self) {
        for &i in self.ents {
            let Some((x, _, _)) = self.entity(i) else {
                continue;
            };
            if self.is_modifier(i) {
                if let Some((y, _, _)) = self.entity(i + 1) {
                    let rel = if self.word(i - 2) == Some("pro") { Relation::Supports } else { Relation::Opposes };
                    let trig = self.trigger_span("modifier:pro_anti", i - 2, i + 1);
                    self.push(y, x, rel, trig, 0.6);
                }
            }
            if !self.toks.get(i + 1).is_some_and(|t| t.is_punct('-')) {
                continue;
            }
            // (pattern id, relation, does the modified entity act?)
            let (id, relation, modified_acts) = match self.word(i + 2) {
                Some(w) if BACKING_PARTICIPLES.contains(&w) => ("supports:backed_modifier", Relation::Supports, false),
                Some(w) if ALIGNED_PARTICIPLES.contains(&w) => ("supports:aligned_modifier", Relation::Supports, true),
                Some("linked" | "affiliated") => ("affiliated_with:linked_modifier", Relation::AffiliatedWith, true),
                _ => continue,
            };
            // "Iran-backed Hezbollah", or with a group noun: "the Iran-backed group Hezbollah",
            // or in an apposition: "Hezbollah, the Iranian-backed militant group,"
            let trig = self.trigger_span(id, i, i + 3);
            // ("the US-backed government in Kyiv": the state whose government it is)
            let state_body =
                matches!(self.word(i + 3), Some("government" | "regime" | "administration" | "authorities"))
                    && matches!(self.word(i + 4), Some("in" | "of"));
            let modified = match (self.entity(self.modified_name_at(i)), self.entity(i + 5)) {
                (Some((y, _, _)), _) => Some(y),
                (None, Some((y, EntityType::Country, _))) if state_body => Some(y),
                (None, _) => self.described_by_apposition(i),
            };
            if let Some(y) = modified {
                let (s, t) = if modified_acts { (y, x) } else { (x, y) };
                self.push(s, t, relation, trig, 0.6);
            }
        }
    }

    /// The token of the name a modifier "X-backed" at token `i` stands before, past a group
    /// noun ("the Iran-backed Houthis", "the Iran-backed group Hezbollah").
    pub(super) fn modified_name_at(&self, i: usize) -> usize {
        i + 3 + usize::from(self.word(i + 3).is_some_and(|w| GROUP_NOUNS.contains(&w)))
    }

    /// The entity an apposition opening with "X-backed" at token `i` describes
    /// ("Hezbollah, the Iranian-backed militant group,"): an entity, a comma and a
    /// determiner before it, and a group noun within two words after "backed".
    pub(super) fn described_by_apposition(&self, i: usize) -> Option<usize> {
        let group_after = (i + 3..i + 5).any(|k| self.word(k).is_some_and(|w| GROUP_NOUNS.contains(&w)));
        let det = i.checked_sub(1).and_then(|d| self.word(d)).is_some_and(|w| matches!(w, "the" | "a" | "an"));
        if !group_after || !det || i < 3 || !self.toks[i - 2].is_punct(',') {
            return None;
        }
        self.entity(i - 3).map(|(y, _, _)| y)
    }

    /// The organisation or country whose titles stand before the person at token `t`
    /// ("Eritrea's information minister X", "Kremlin spokesman X").
    pub(super) fn titled_by(&self, t: usize) -> Option<usize> {
        self.title_owner(t, 5).and_then(|o| self.organisation(o)).map(|(e, _)| e)
    }
}
