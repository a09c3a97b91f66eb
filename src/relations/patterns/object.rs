//! Who is acted on: the head entities of the noun phrases after a trigger ("met his Swiss
//! counterpart Ignazio Cassis" is Cassis), and the makers, owners and agents inside an object
//! ("condemned a speech by X", "rejected the IMF proposal", "the deployment of U.S. warships").

use super::*;

impl<'a> Extraction<'a> {
    /// Objects after token `k`: the head entity of the next noun phrase, and
    /// the entities coordinated with it.
    pub(super) fn objects(&self, k: usize) -> Vec<(usize, usize)> {
        // "denied sheltering the Pakistani Taliban", "denied backing M23": what follows a
        // gerund is its object (a gerund: before an article, or a trigger verb; not an
        // adjective, "berates whingeing England")
        let gerund = self.word(k).is_some_and(|w| w.len() > 5 && w.ends_with("ing") && !ING_ADJECTIVES.contains(&w))
            && (self.flag(k, TRIGGER) || self.word(k + 1).is_some_and(|w| DETERMINERS.contains(&w)));
        if gerund {
            return Vec::new();
        }
        let mut j = k;
        let mut skipped = 0;
        loop {
            let Some(t) = self.toks.get(j) else {
                return Vec::new();
            };
            if t.entity().is_some() {
                break;
            }
            // (and the hyphen of a compound adjective: "pledged aid to war-torn Ukraine")
            // (not inside a name: "the Export-Import Bank of Japan")
            if t.is_quote() || (j > k && self.compound_hyphen(j)) {
                j += 1;
                continue;
            }
            // "condemned what it called U.S. interference": what the subject means
            if self.named_as(j) {
                j += 3;
                continue;
            }
            // "the new government in Damascus", "the regime in Tehran": the state it governs
            let governs = self.word(j).is_some_and(|w| GOVERNMENT_NOUNS.contains(&w))
                && matches!(self.word(j + 1), Some("in" | "of"))
                && matches!(self.entity(j + 2), Some((_, EntityType::Country, _)));
            if governs {
                j += 2;
                continue;
            }
            // "met officials from Egypt", "held talks with envoys of Qatar": the state or body
            // they act for
            let envoys = self.word(j).is_some_and(|w| DELEGATE_NOUNS.contains(&w))
                && matches!(self.word(j + 1), Some("from" | "of"))
                && self.organisation(j + 2).is_some();
            if envoys {
                j += 2;
                continue;
            }
            // "sanctioned judges of the International Criminal Court", "met leaders of Hamas": the
            // body its members act for
            let the = usize::from(self.word(j + 2) == Some("the"));
            let members = self
                .word(j)
                .is_some_and(|w| MEMBER_NOUNS.contains(&w) || matches!(w, "judges" | "prosecutors" | "commanders"))
                && matches!(self.word(j + 1), Some("from" | "of"))
                && matches!(self.entity(j + 2 + the), Some((_, EntityType::Institution, AliasKind::Name)));
            if members {
                j += 2 + the;
                continue;
            }
            // "criticised its chief executive, Sam Altman": a person named after a title (past a
            // rank: "accused the army chief, Field Marshal Asim Munir, of …")
            let titled = (t.is_punct(',') && skipped > 0 && j > 0 && self.is_title_word(j - 1))
                .then(|| self.person_after_comma(j))
                .flatten()
                .filter(|&p| self.toks.get(p + 1).is_none_or(|n| n.is_punct(',') || n.is_punct('.')));
            if let Some(p) = titled {
                j = p;
                continue;
            }
            // "criticised Western countries, including Britain": the examples of the object
            let comma = usize::from(t.is_punct(','));
            if skipped > 0 && self.word(j + comma) == Some("including") {
                j += comma + 1;
                continue;
            }
            match t.word() {
                Some(w) if DETERMINERS.contains(&w) => j += 1,
                // "sued the company and its chief executive Sam Altman": the person the list names
                Some("and") if skipped > 0 => {
                    if let Some(p) = self.person_titled_after_pronoun(j + 1) {
                        return vec![p];
                    }
                    // "accused the prime minister and Mr Brown of …": the named item after an
                    // unnamed one with its article, past its honorific, with nothing but
                    // punctuation, "and" or a preposition after it (not the subject of a clause:
                    // "criticised the plan and Blair defended it")
                    let n = j + 1 + usize::from(matches!(self.word(j + 1), Some("the" | "mr" | "mrs" | "ms" | "dr")));
                    let ends = |h: usize| {
                        (!self.possessive_at(h + 1)
                            && self.toks.get(h + 1).is_none_or(|t| t.word().is_none() && t.entity().is_none()))
                            || self.is_prep(h + 1)
                            || self.word(h + 1) == Some("and")
                    };
                    let determined = matches!(self.word(k), Some("the" | "a" | "an" | "its" | "his" | "her" | "their"));
                    if determined && self.entity(n).is_some() && ends(self.head_of(n)) {
                        j = n;
                        continue;
                    }
                    return Vec::new();
                }
                // a new clause or coordination ("rejected such action and Mexican minister X")
                Some(w) if CLAUSE_WORDS.contains(&w) => return Vec::new(),
                // ("defended the program saying the United States …": a participle after the
                // object's noun opens a clause of its own)
                Some(w) if skipped > 0 && w.len() > 4 && w.ends_with("ing") && !ING_ADJECTIVES.contains(&w) => {
                    return Vec::new()
                }
                Some(_) if skipped < 2 && !self.is_prep(j) && !self.is_title_word(j) => {
                    skipped += 1;
                    j += 1;
                }
                // "Secretary of State X", not "the killing of X by Y"
                _ if self.is_title_word(j) && skipped < 3 && (!self.is_prep(j) || self.title_before(j)) => {
                    skipped += 1;
                    j += 1;
                }
                _ => return Vec::new(),
            }
        }
        // "struck the Iran-backed Houthis", "the U.S.-allied group X": the one the modifier describes
        let modified = self.toks.get(j + 1).is_some_and(|t| t.is_punct('-'))
            && self
                .word(j + 2)
                .is_some_and(|w| BACKING_PARTICIPLES.contains(&w) || ALIGNED_PARTICIPLES.contains(&w) || w == "led");
        let j = if modified {
            let y = self.modified_name_at(j);
            if self.entity(y).is_none() {
                return Vec::new();
            }
            y
        } else {
            j
        };
        let j = self.institution_of_state(j);
        // "met Russian businessman Boris Zolotov", "meets Argentine wild card Mariano Puerta": a
        // nationality and a description of the person meant (nothing when the name is unknown)
        let j = match self.described_person(j) {
            Some(Some(p)) => p,
            Some(None) => return Vec::new(),
            None => j,
        };
        // "backed up by Yapp's coach, Dai Young", "criticised Trump's spokeswoman": a person's
        // aide is someone else (a country's or a body's speaks for it)
        if matches!(self.entity(j), Some((_, EntityType::Actor, _))) && self.aide_after(j) && self.head_of(j) == j {
            return Vec::new();
        }
        // "denied the U.S. accusations": who makes a charge is what answering it aims at
        let charge_owner = self.word(j + 1).is_some_and(|w| CHARGE_NOUNS.contains(&w));
        // "solidarity with the Ukrainian people": a nation's people stand for it
        let nation = j > 0 && self.word(j - 1) == Some("the") && self.word(j + 1) == Some("people");
        // ("applauds Hotel Rwanda", "accused the Election Commission of India": a country closing
        // a longer name of something else)
        let in_longer_name = j > k
            && matches!(self.entity(j), Some((_, EntityType::Country, AliasKind::Name)))
            && self.entity(j - 1).is_none()
            && (self.capitalised_word_before(j)
                || (j > k + 1
                    && self.name_of_before(j)
                    && self.entity(j - 2).is_none()
                    // (not the state's own: "the Government of India", "the Bank of Israel")
                    && !self.word(j - 2).is_some_and(|w| {
                        GOVERNMENT_NOUNS.contains(&w) || matches!(w, "bank" | "embassy" | "people" | "state")
                    })));
        if self.is_compound(j)
            || in_longer_name
            || self.demonym_in_name(j)
            || self.in_fixture(j)
            || (!charge_owner && (self.is_noun_modifier(j) || (!nation && self.nationality_of_people_or_things(j))))
        {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut cur = j;
        let mut listed = false;
        // the list ends with the item after "and"
        let mut closed = false;
        loop {
            let head = self.head_of(self.institution_of_state(cur));
            if !self.harm_to_owner(head) {
                out.push((head, self.entity(head).map_or(0, |e| e.0)));
            }
            if closed {
                break;
            }
            // coordination: "X and Y", "X, Y", "X, Y, and Z" (", and" only inside a list)
            let mut n = head + 1;
            // "fined Apple 500 million euros and Meta 200 million euros": an amount after each item
            if let Some(a) = self.amount_end(n).filter(|&a| self.word(a) == Some("and")) {
                let next = a + 1 + usize::from(self.word(a + 1) == Some("the"));
                if self.entity(next).is_some() && self.amount_end(self.head_of(next) + 1).is_some() {
                    n = a;
                }
            }
            let comma = self.toks.get(n).is_some_and(|t| t.is_punct(','));
            if comma {
                n += 1;
            }
            let last = matches!(self.word(n), Some("and" | "or"));
            if last {
                if comma && !listed {
                    break;
                }
                n += 1;
                // "spoke with Jaishankar and with Sharif": the preposition said again
                let first = out.first().map_or(j, |&(t, _)| t);
                if first > 0 && self.is_prep(first - 1) && self.word(n) == self.word(first - 1) {
                    n += 1;
                }
            } else if !comma {
                break;
            } else {
                listed = true;
            }
            if matches!(self.word(n), Some("the")) {
                n += 1;
            }
            // "sued OpenAI and its chief executive Sam Altman": a person titled by the one before
            if let Some((p, _)) = last.then(|| self.person_titled_after_pronoun(n)).flatten() {
                n = p;
            }
            // "Vice President George Bush, Secretary of State George Shultz and Commerce Secretary
            // Malcolm Baldrige": a person titled as the items before were
            if let Some(p) = self.person_after_titles(n) {
                n = p;
            }
            // "… and Y, Downing Street said": a name after the comma that speaks starts a clause;
            // "by Lars Klingbeil, the SPD co-leader": one that a noun follows describes the name before
            if self.entity(n).is_none() || (comma && !last && (self.speaks_after(n) || !self.list_goes_on(n))) {
                break;
            }
            // "attacked Ukraine and the EU imposed sanctions": after a verb's object, a name after
            // "and" that a finite verb follows opens a clause of its own (not a list after a
            // preposition: "the feud between Blair and Brown has prompted …")
            if last && self.opens_clause_after_and(self.head_of(n)) && self.object_of_verb(j) {
                break;
            }
            cur = n;
            closed = last;
        }
        out
    }

    /// "condemned Imran Khan's arrest", "opposed Ronen Bar's dismissal": the owner at `k` of a
    /// harm done to them (one plain word may stand between) is its victim, not what the verb
    /// acts on; with "of"/"on"/"against" after the noun the owner does it ("Israel's killing
    /// of journalists").
    pub(super) fn harm_to_owner(&self, k: usize) -> bool {
        self.possessive_at(k + 1) && self.harm_noun_at(k + 2)
    }

    /// Does a noun of harm done to someone open the phrase at `k` (after at most one plain
    /// word), with no "of"/"on"/"against" after it (the owner would do the harm then)?
    pub(super) fn harm_noun_at(&self, k: usize) -> bool {
        let harm = |p: usize| self.word(p).is_some_and(|w| HARM_NOUNS.contains(&w));
        let Some(noun) = (k..k + 2).find(|&p| harm(p)) else { return false };
        (k..noun).all(|p| self.word(p).is_some_and(|w| self.modifier_word(w, p)))
            && !matches!(self.word(noun + 1), Some("of" | "on" | "against"))
    }

    /// The person named after a possessive pronoun at `k` and one to four titles ("its chief
    /// executive Sam Altman"): (token, entity).
    pub(super) fn person_titled_after_pronoun(&self, k: usize) -> Option<(usize, usize)> {
        if !self.word(k).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w)) {
            return None;
        }
        let mut p = k + 1;
        while self.is_title_word(p) && p - k <= 4 {
            p += 1;
        }
        match self.entity(p) {
            Some((e, EntityType::Actor, _)) if p > k + 1 => Some((p, e)),
            _ => None,
        }
    }

    /// The person a demonym at `j` and up to three lower-case words describe, when a name
    /// follows them: `Some(Some(p))` for a known person at `p`, `Some(None)` for a name the
    /// gazetteer does not know (two capitalised words), `None` when no name follows.
    pub(super) fn described_person(&self, j: usize) -> Option<Option<usize>> {
        if !matches!(self.entity(j), Some((_, _, AliasKind::Demonym))) {
            return None;
        }
        let m = self.description_end(j + 1)?;
        if matches!(self.entity(m), Some((_, EntityType::Actor, _))) {
            return Some(Some(m));
        }
        // (a thing has an article: "attacked the Saudi supertanker Arabian Sea")
        let bare = !matches!(self.word(j.wrapping_sub(1)), Some("the" | "a" | "an"));
        let name = |p: usize| self.capitalised_word(p) && !self.is_title_word(p) && self.entity(p).is_none();
        (bare && name(m) && name(m + 1) && self.toks[m].end + 1 == self.toks[m + 1].start).then_some(None)
    }

    /// The token right after one to three plain lower-case words from `k` that describe a name
    /// ("businessman", "war enemy", "wild card"), when that token follows them after one space.
    pub(super) fn description_end(&self, k: usize) -> Option<usize> {
        let mut m = k;
        while m - k < 3 && self.descriptor_word(m) && !self.is_title_word(m) {
            m += 1;
        }
        (m > k && self.toks[m - 1].end + 1 == self.toks.get(m)?.start).then_some(m)
    }

    /// The end of an amount of money starting at `k` ("500 million euros", "$1.5 billion",
    /// "€2bn"), if one does.
    pub(super) fn amount_end(&self, k: usize) -> Option<usize> {
        let currency = self.toks.get(k).is_some_and(|t| matches!(t.kind, TokenKind::Punct('$' | '€' | '£')));
        let digits = |p: usize| self.word(p).is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        let mut p = k + usize::from(currency);
        if !digits(p) {
            return None;
        }
        p += 1;
        while self.toks.get(p).is_some_and(|t| t.is_punct('.') || t.is_punct(',')) && digits(p + 1) {
            p += 2;
        }
        let number_end = p;
        while self.word(p).is_some_and(|w| MONEY_NOUNS.contains(&w) || matches!(w, "trillion" | "m" | "yuan" | "yen")) {
            p += 1;
        }
        // a bare number is no amount ("Apple 500 and Meta 200")
        (currency || p > number_end).then_some(p)
    }

    /// The institution right after the country at `j` ("the U.S. Federal Reserve": the country
    /// is its state, the institution the one named), else `j`.
    pub(super) fn institution_of_state(&self, j: usize) -> usize {
        let state = matches!(self.entity(j), Some((_, EntityType::Country, _)))
            && matches!(self.entity(j + 1), Some((_, EntityType::Institution, _)))
            && self.toks[j].end + 1 == self.toks[j + 1].start;
        if state {
            j + 1
        } else {
            j
        }
    }

    /// Does the name at `k`, after "and", open a clause of its own: a finite verb follows it
    /// ("… and Germany sanctioned Russia"), not a participle describing it ("Russia and
    /// Belarus, linked to …", "Iran and groups backed by it")?
    pub(super) fn opens_clause_after_and(&self, k: usize) -> bool {
        let participle = self.word(k + 1).is_some_and(|w| w.ends_with("ed"))
            && matches!(self.word(k + 2), Some("by" | "to" | "in" | "with" | "on" | "from" | "for" | "as" | "at"));
        self.verb_after(k) && !participle
    }

    /// Does a finite verb follow the entity at `k` ("Putin plans", "Israel was", "Iran ordered"),
    /// also after an apposition ("Mr Yeo, his transport spokesman, said")?
    pub(super) fn verb_after(&self, k: usize) -> bool {
        let mut n = k + 1;
        if self.toks.get(n).is_some_and(|t| t.is_punct(',')) {
            match (n + 1..n + 9).find(|&c| self.toks.get(c).is_some_and(|t| t.is_punct(','))) {
                Some(close) => n = close + 1,
                None => return false,
            }
        }
        self.word(n).is_some_and(|w| {
            (w.ends_with("ed") && w.len() > 3)
                || matches!(
                    w,
                    "is" | "was"
                        | "were"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "would"
                        | "will"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "must"
                        | "should"
                        | "did"
                        | "does"
                        | "plans"
                        | "intends"
                        | "wants"
                        | "seeks"
                        | "sent"
                        | "knew"
                        | "gave"
                        | "said"
                        | "says"
                        | "told"
                        | "met"
                        | "made"
                        | "took"
                        | "went"
                        | "came"
                        | "won"
                        | "lost"
                        | "left"
                        | "got"
                        | "kept"
                )
        })
    }

    /// Does the list item at `n` (after a bare comma) end where a list goes on or ends: a
    /// comma, "and"/"or", the end of the sentence? Not before a noun ("X, the SPD co-leader").
    pub(super) fn list_goes_on(&self, n: usize) -> bool {
        match self.toks.get(self.head_of(n) + 1) {
            None => true,
            Some(t) => {
                matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ')')) || matches!(t.word(), Some("and" | "or"))
            }
        }
    }

    /// The person named right after one to four words of a title from `k`, when `k` is no name
    /// itself ("Commerce Secretary Malcolm Baldrige", "Secretary of State George Shultz").
    pub(super) fn person_after_titles(&self, k: usize) -> Option<usize> {
        let mut p = k;
        let mut titled = false;
        while p - k < 4 && self.entity(p).is_none() {
            let word = self.is_title_word(p) || self.capitalised_word(p) || (p > k && self.word(p) == Some("of"));
            if !word {
                return None;
            }
            titled |= self.is_title_word(p);
            p += 1;
        }
        (titled && matches!(self.entity(p), Some((_, EntityType::Actor, _)))).then_some(p)
    }

    /// Is the token before `j` a title word ("Secretary" before "of State")?
    pub(super) fn title_before(&self, j: usize) -> bool {
        j > 0 && self.is_title_word(j - 1) && !self.is_prep(j - 1)
    }

    /// Does "coast guard" start at `n`? (The state's "Chinese coast guard", "China's coast
    /// guard" is no coast.)
    pub(super) fn coast_guard_at(&self, n: usize) -> bool {
        matches!((self.word(n), self.word(n + 1)), (Some("coast"), Some("guard" | "guards")))
    }

    /// Is the demonym at `k` the nationality of people or things rather than the state
    /// ("visited the Pakistani community", "praised French films"; not "Pakistani air
    /// strikes", "American officials"), or the country's name before its possessive and such a
    /// noun ("accused Britain's top sprinters")?
    pub(super) fn nationality_of_people_or_things(&self, k: usize) -> bool {
        let coast_guard = |n: usize| self.coast_guard_at(n);
        if matches!(self.entity(k), Some((_, EntityType::Country, AliasKind::Name))) && self.possessive_at(k + 1) {
            let n = if self.word(k + 3).is_some_and(|w| NATIONALITY_NOUNS.contains(&w)) { k + 3 } else { k + 2 };
            return self.word(n).is_some_and(|w| NATIONALITY_NOUNS.contains(&w))
                && (n == k + 2 || self.descriptor_word(k + 2))
                && !coast_guard(n);
        }
        matches!(self.entity(k), Some((_, _, AliasKind::Demonym)))
            && self.word(k + 1).is_some_and(|w| NATIONALITY_NOUNS.contains(&w))
            && !coast_guard(k + 1)
    }

    /// Is the entity at `k` followed by a verb of saying ("Downing Street said")?
    pub(super) fn speaks_after(&self, k: usize) -> bool {
        matches!(self.word(k + 1), Some("said" | "says" | "told" | "added" | "announced" | "reported"))
    }

    /// Does a possessive and a role stand after the entity at `j` ("Trump's special envoy",
    /// "Yapp's coach"; not "Bush's economic record", "Blair's government")?
    pub(super) fn aide_after(&self, j: usize) -> bool {
        if !self.possessive_at(j + 1) {
            return false;
        }
        let end = (j + 2..j + 6).find(|&n| !self.is_title_word(n)).unwrap_or(j + 6);
        // (the title ends in a role, with no noun after it: "prime ministerial ambitions")
        end > j + 2 && self.is_role_word(end - 1) && !self.common_noun_at(end)
    }

    /// "US-led", "UK-based", "Edelman/Dominion": an entity glued by a hyphen to a word, or by a
    /// slash to another name, is a modifier.
    pub(super) fn is_compound(&self, k: usize) -> bool {
        let glued = |t: &Token| t.start == self.toks[k].end;
        (self.toks.get(k + 1).is_some_and(|t| t.is_punct('-') && glued(t)) && self.word(k + 2).is_some())
            // (or a pair of names joined by a slash: "the Edelman/Dominion group")
            || (self.toks.get(k + 1).is_some_and(|t| t.is_punct('/') && glued(t))
                && self.toks.get(k + 2).is_some_and(|t| t.start == self.toks[k + 1].end)
                && (self.capitalised_word(k + 2) || self.entity(k + 2).is_some()))
    }

    /// Is the entity at `k` a side of a fixture ("France v Scotland", "England vs. Wales"):
    /// a team in a match's name, not a party to the sentence's act?
    pub(super) fn in_fixture(&self, k: usize) -> bool {
        let versus = |p: usize| matches!(self.word(p), Some("v" | "vs" | "versus"));
        let before = k > 0 && (versus(k - 1) || (k > 1 && self.toks[k - 1].is_punct('.') && versus(k - 2)));
        before || versus(self.head_of(k) + 1)
    }

    /// "the Iraq advice", "the Rosneft announcement": a name directly followed by a
    /// common noun modifies that noun and is not itself the object. Without a
    /// determiner only a country counts (an organisation before a noun is mostly its
    /// owner: "blasts Tory spending plans" is aimed at the Tories), and only before
    /// two such words, as in headlines ("rejects Iraq advice calls"): one word may be
    /// an adverb ("backed Ukraine wholeheartedly"), unless it is a noun a country name
    /// often modifies ("hosts Sudan talks").
    pub(super) fn is_noun_modifier(&self, k: usize) -> bool {
        let Some((_, etype, AliasKind::Name | AliasKind::Capital)) = self.entity(k) else {
            return false;
        };
        let determiner = |p: usize| matches!(self.word(p), Some("the" | "a" | "an" | "its" | "their" | "his" | "her"));
        // (past an adjective: "a large U.S. air base")
        let determined = k > 0 && (determiner(k - 1) || (k > 1 && determiner(k - 2) && self.plain_adjective(k - 1)));
        if determined {
            // (a country's, past words that also make titles: "the Uruguay trade round", not "the
            // U.S. trade representative"; an organisation's committee is its own: "a member of the
            // EC agriculture committee")
            let title_noun = |n: usize| {
                etype == EntityType::Country && self.is_title_word(n) && !self.is_prep(n) && self.descriptor_word(n)
            };
            let n = (k + 1..k + 3).find(|&n| !title_noun(n)).unwrap_or(k + 3);
            // (not the people who act for it: "his EU counterparts", "the OPEC ministers")
            let envoys = self.word(n).is_some_and(|w| {
                DELEGATE_NOUNS.contains(&w) || MEMBER_NOUNS.contains(&w) || matches!(w, "counterparts" | "allies")
            });
            return self.common_noun_at(n) && !envoys && (n == k + 1 || !self.is_role_word(n - 1));
        }
        // ("attacks on Lebanon killed five": a past tense is the verb, not a noun)
        let past = self.word(k + 1).is_some_and(|w| {
            past_tense(w) || matches!(w, "drew" | "brought" | "fell" | "rose" | "came" | "went" | "made" | "lost")
        });
        // (a payment also when the word makes titles too: "U.S. aid for …", not before a role:
        // "U.S. aid chief")
        let payment = self.word(k + 1).is_some_and(|w| PAYMENT_NOUNS.contains(&w)) && !self.is_role_word(k + 2);
        etype == EntityType::Country
            && !past
            && (payment
                || (self.common_noun_at(k + 1)
                    && (self.common_noun_at(k + 2) || self.word(k + 1).is_some_and(|w| EVENT_NOUNS.contains(&w)))))
    }

    /// Can the token at `k` be a common noun that a name before it modifies?
    /// (Not a pronoun opening a clause: "warned the United States it would retaliate".)
    pub(super) fn common_noun_at(&self, k: usize) -> bool {
        !self.is_title_word(k)
            && self.content_word(k).is_some_and(|w| {
                w.starts_with(char::is_alphabetic)
                    && !matches!(w, "it" | "he" | "she" | "they" | "we" | "i" | "you" | "there" | "this")
            })
    }

    /// Is the token at `p` an adjective between an article and a name that is no title word
    /// ("a large U.S. air base", "the latest U.S. strikes")?
    pub(super) fn plain_adjective(&self, p: usize) -> bool {
        self.descriptor_word(p) && !self.is_title_word(p)
    }

    /// Is the token at `p` the hyphen of a lower-case compound ("war-torn", "non-resident")?
    pub(super) fn compound_hyphen(&self, p: usize) -> bool {
        p > 0
            && self.toks.get(p).is_some_and(|t| t.is_punct('-'))
            && self.descriptor_word(p - 1)
            && self.descriptor_word(p + 1)
    }

    /// Is the token at `k` a lower-case common noun or adjective that can describe a
    /// name after it ("bank", "oil", "carmaker")?
    pub(super) fn descriptor_word(&self, k: usize) -> bool {
        self.content_word(k).is_some_and(|w| !DETERMINERS.contains(&w))
            && self.text[self.toks[k].start..].starts_with(|c: char| c.is_ascii_lowercase())
    }

    /// The word at `k` unless it is a preposition, a clause word, a word that may
    /// follow an object, or an "-ly" adverb: what may be part of a noun phrase.
    pub(super) fn content_word(&self, k: usize) -> Option<&'a str> {
        self.word(k)
            .filter(|w| !(self.is_prep(k) || CLAUSE_WORDS.contains(w) || FOLLOWERS.contains(w) || w.ends_with("ly")))
    }

    /// The institution at `k` or after up to three descriptive words from `k` ("energy
    /// giant Gazprom", "bank Wells Fargo", "far-right National Rally").
    pub(super) fn described_institution(&self, k: usize) -> Option<usize> {
        let mut m = k;
        let mut words = 0;
        while words < 3 && (self.descriptor_word(m) || (m > k && self.compound_hyphen(m))) {
            words += usize::from(self.descriptor_word(m));
            m += 1;
        }
        matches!(self.entity(m), Some((_, EntityType::Institution, _))).then_some(m)
    }

    /// The institution named by "at"/"with" [the] at `k` ("at the International Crisis
    /// Group"), not one only owning what follows ("at the UN's headquarters"):
    /// (entity, token).
    pub(super) fn employer_after(&self, k: usize) -> Option<(usize, usize)> {
        if !matches!(self.word(k), Some("at" | "with")) {
            return None;
        }
        let m = if self.word(k + 1) == Some("the") { k + 2 } else { k + 1 };
        match self.entity(m) {
            Some((org, EntityType::Institution, kind))
                if kind != AliasKind::Demonym && !self.possessive_at(m + 1) && !self.is_compound(m) =>
            {
                Some((org, m))
            }
            _ => None,
        }
    }

    /// The token after the longer name an entity at `m` is part of ("Russia and
    /// Eurasia programme", "Iran project"): capitalised words and "and" up to a unit
    /// noun; `m + 1` when the entity stands alone.
    pub(super) fn unit_name_end(&self, m: usize) -> usize {
        let n = self.unit_words_end(m + 1);
        if self.word(n).is_some_and(|w| UNIT_NOUNS.contains(&w)) {
            n + 1
        } else if self.employer_after(n).is_some() {
            n
        } else {
            m + 1
        }
    }

    /// The token after the capitalised words (with "and" and inner hyphens: "Indo-Pacific")
    /// that start at `from`, at most a few.
    pub(super) fn unit_words_end(&self, from: usize) -> usize {
        let mut n = from;
        while n - from < 6
            && (self.word(n) == Some("and")
                || self.capitalised_word(n)
                || (n > 0
                    && self.toks.get(n).is_some_and(|t| t.is_punct('-'))
                    && self.toks[n - 1].end == self.toks[n].start
                    && self.capitalised_word(n + 1)))
        {
            n += 1;
        }
        n
    }

    /// "Swiss counterpart Ignazio Cassis" -> Cassis; "Hungary's Viktor Orban" -> Orban.
    pub(super) fn head_of(&self, j: usize) -> usize {
        // (a person's aide is named after the title: "Trump's envoy Steve Witkoff")
        if matches!(self.entity(j), Some((_, EntityType::Actor, _))) && !self.aide_after(j) {
            return j;
        }
        let mut n = j + 1;
        let possessive = self.possessive_at(n);
        if possessive {
            n += 1;
        }
        let titles_start = n;
        // (a title does not open with a function word: "criticised Microsoft and Sam Altman")
        let opens = |n: usize| n > titles_start || !matches!(self.word(n), Some("and" | "of" | "the" | "for"));
        // (and a plain word of the portfolio before a title: "EC farm commissioner X")
        let portfolio = |n: usize| {
            self.descriptor_word(n)
                && self.word(n).is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
                && self.is_title_word(n + 1)
        };
        while (self.is_title_word(n) || portfolio(n)) && n - titles_start < 5 && opens(n) {
            n += 1;
        }
        let titles = n - titles_start;
        // "Qatar's emir, Sheikh Tamim"
        if titles > 0 {
            if let Some(p) = self.person_after_comma(n) {
                return p;
            }
        }
        // "the Emir of Qatar, Sheikh Tamim": the person the title of the name describes
        // ("the Governor of the Bank of England Robin Leigh-Pemberton": also without the comma)
        if titles == 0 && !possessive && self.role_of_before(j + 1).is_some_and(|(_, o)| o == j) {
            if let Some(p) = self.person_after_comma(j + 1) {
                return p;
            }
            if matches!(self.entity(j + 1), Some((_, EntityType::Actor, _))) {
                return j + 1;
            }
        }
        // "US bank Wells Fargo", "Russian oil company Rosneft": a country and a description
        // before the institution that is meant
        if !possessive && matches!(self.entity(j), Some((_, EntityType::Country, _))) {
            if let Some(m) = self.described_institution(j + 1).filter(|&m| m > j + 1) {
                return m;
            }
        }
        // a demonym right before a person is an adjective ("Chinese President Xi" when the
        // alias "President Xi" is the match)
        let demonym = matches!(self.entity(j), Some((_, _, AliasKind::Demonym)));
        // "Iran's war enemy Iraq", "Russia's close ally Belarus": the one a possessive and a
        // description of a few plain words name
        if let Some(m) = self.description_end(n).filter(|&m| possessive && titles == 0 && self.entity(m).is_some()) {
            return m;
        }
        match self.entity(n) {
            Some((_, EntityType::Actor, _)) if titles > 0 || possessive || demonym => n,
            // "fined Alphabet's Google", "Russia's Gazprom": the owner's institution (not what it
            // names: "Ukraine's NATO bid")
            Some((_, EntityType::Institution, AliasKind::Name))
                if possessive && titles == 0 && !self.common_noun_at(n + 1) && !self.is_compound(n) =>
            {
                n
            }
            _ => j,
        }
    }

    /// Does "what it called" (a pronoun or a name, then a verb of naming) stand at `j` before
    /// what the subject means ("condemned what it called U.S. interference")?
    pub(super) fn named_as(&self, j: usize) -> bool {
        self.word(j) == Some("what")
            && (self.entity(j + 1).is_some() || matches!(self.word(j + 1), Some("he" | "she" | "it" | "they" | "we")))
            && matches!(self.word(j + 2), Some("called" | "calls" | "termed" | "terms" | "dubbed"))
    }

    /// "condemned a speech by X", "rejected the demand by X", "dismissed calls from X":
    /// the agent of the object noun phrase that starts at `k` with a determiner or a
    /// plural (at most three words to "by"/"from", then determiners and titles before a
    /// name that is not a demonym).
    pub(super) fn agent_of_object(&self, k: usize) -> Vec<(usize, usize)> {
        // ("rejected what he called an ultimatum from X")
        let k = if self.named_as(k) { k + 3 } else { k };
        let plural = |j: usize| {
            self.word(j)
                .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !self.is_prep(j) && !CLAUSE_WORDS.contains(&w))
        };
        // a determiner, or a bare plural ("dismissed calls from X", "rejected claims by X"),
        // also after adjectives ("denounced joint military drills by X")
        let first = match self.word(k) {
            Some(w) if DETERMINERS.contains(&w) => k + 1,
            Some(_) => k,
            None => return Vec::new(),
        };
        let Some(by) = (first..k + 8).find(|&j| matches!(self.word(j), Some("by" | "from"))) else {
            return Vec::new();
        };
        // (or a mass noun: "pushed back against pressure from X")
        let mass = |j: usize| matches!(self.word(j), Some("pressure" | "interference" | "aggression" | "criticism"));
        if first == k && !plural(k) && !plural(by - 1) && !mass(by - 1) {
            return Vec::new();
        }
        // words ("the tariffs imposed by X"), percentages ("the 50% tariffs"), compounds
        // ("a 28-point peace plan drafted by X") and, after the noun, what it is of ("the
        // reimposition of U.N. sanctions by X", "the killing of civilians by X")
        let of = (first + 1..by).find(|&j| self.word(j) == Some("of")).unwrap_or(by);
        let noun_phrase = (first..by).all(|j| {
            self.toks[j].is_punct('%')
                || self.toks[j].is_punct('-')
                || j == of
                || (j > of && self.entity(j).is_some())
                || self.word(j).is_some_and(|w| !self.is_prep(j) && !CLAUSE_WORDS.contains(&w) && !w.ends_with("ly"))
        });
        let mut j = by + 1;
        while self.word(j).is_some_and(|w| DETERMINERS.contains(&w)) || self.is_title_word(j) {
            j += 1;
        }
        // (or of the state's forces: "violations by the Turkish air force", "attacks by Russian troops")
        let state_forces = |j: usize| {
            (j + 1..j + 3).map_while(|n| self.word(n)).any(|w| {
                FORCE_NOUNS.contains(&w)
                    || FORCE_NOUNS_SINGULAR.contains(&w)
                    || matches!(w, "force" | "army" | "navy" | "military" | "government" | "authorities")
            })
        };
        match self.entity(j) {
            // the name and the names coordinated with it
            // (a demonym only as the title of a person: "remarks by Japanese Prime Minister X")
            Some((_, _, kind))
                if noun_phrase
                    && by > first
                    && (kind != AliasKind::Demonym || self.head_of(j) != j || state_forces(j)) =>
            {
                self.objects(j)
            }
            _ => Vec::new(),
        }
    }

    /// "condemned the M23 offensive", "rejected the IMF proposal": an organisation or a
    /// person named between "the" (at `k`) and a noun owns what the verb is aimed at, and
    /// so is its target (a country there is mostly a place: "the Gaza attack").
    pub(super) fn owner_of_object(&self, k: usize) -> Vec<(usize, usize)> {
        if let Some(owner) = self.led_object(k) {
            return vec![owner];
        }
        if !matches!(self.word(k), Some("the" | "a" | "an")) {
            return Vec::new();
        }
        // (past an adjective: "condemned the latest U.S. strikes")
        let k = if self.plain_adjective(k + 1) { k + 1 } else { k };
        // (a word that also makes titles may stand before the noun: "the U.S. military build-up")
        let before_noun = |w: &str| matches!(w, "air" | "military" | "new" | "latest" | "peace");
        if self.is_compound(k + 1) || !(self.common_noun_at(k + 2) || self.word(k + 2).is_some_and(before_noun)) {
            return Vec::new();
        }
        match self.entity(k + 1) {
            Some((e, EntityType::Institution | EntityType::Actor, AliasKind::Name)) => vec![(k + 1, e)],
            // "condemned the U.S. strikes", "the US tariffs": a country before what only a state
            // does is its agent ("rejected a U.S. proposal", "the U.S. peace plan", "the U.S. decision":
            // its maker; so is a demonym: "welcomed the Indonesian offer")
            Some((e, EntityType::Country, AliasKind::Name | AliasKind::Demonym)) => {
                // "the U.S. arms sale to Taiwan": the seller's ("the Iran arms initiative" is not Iran's)
                let arms = self.word(k + 2).is_some_and(|w| matches!(w, "arms" | "weapons"));
                if arms {
                    return if self
                        .word(k + 3)
                        .is_some_and(|w| matches!(w, "sale" | "sales" | "deliveries" | "shipments"))
                    {
                        vec![(k + 1, e)]
                    } else {
                        Vec::new()
                    };
                }
                let n = if self.word(k + 2).is_some_and(before_noun) { k + 3 } else { k + 2 };
                if self.word(n).is_some_and(|w| {
                    STATE_ACTION_NOUNS.contains(&w)
                        || DEMAND_NOUNS.contains(&w)
                        || MOVE_NOUNS.contains(&w)
                        // (its forces and posts: "attacked a U.S. base", "the Russian embassy")
                        || FORCE_NOUNS.contains(&w)
                        || FORCE_NOUNS_SINGULAR.contains(&w)
                        // ("condemned the U.S. actions", "Russian provocations")
                        || HOSTILITY_NOUNS.contains(&w)
                        || matches!(
                            w,
                            "initiative"
                                | "initiatives"
                                | "actions"
                                | "measures"
                                | "moves"
                                | "steps"
                                | "decisions"
                                | "demands"
                                | "proposals"
                                | "conduct"
                                | "behaviour"
                                | "behavior"
                                | "pressure"
                                | "position"
                                | "stance"
                                | "policy"
                                | "policies"
                                | "base"
                                | "bases"
                                | "embassy"
                                // ("the U.S. military build-up")
                                | "build"
                        )
                }) {
                    vec![(k + 1, e)]
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        }
    }

    /// "praised the mediation efforts of Qatar", "criticised the policies of X": the one whose
    /// conduct the object (from `k`, "the" and at most one more word before the noun) names.
    pub(super) fn conduct_of(&self, k: usize) -> Vec<(usize, usize)> {
        if self.word(k) != Some("the") {
            return Vec::new();
        }
        // "condemned the military cooperation between Pyongyang and Moscow": both parties'
        let joint = (k + 1..k + 4)
            .take_while(|&p| self.word(p).is_some() && !self.is_prep(p))
            .find(|&p| self.word(p).is_some_and(|w| JOINT_NOUNS.contains(&w)) && self.word(p + 1) == Some("between"));
        if let Some(p) = joint {
            let parties = self.first_pair_or_list(self.objects(p + 2));
            return if parties.len() > 1 { parties } else { Vec::new() };
        }
        let Some(of) = (k + 2..k + 4)
            .find(|&p| self.word(p) == Some("of") && self.word(p - 1).is_some_and(|w| CONDUCT_NOUNS.contains(&w)))
        else {
            return Vec::new();
        };
        if (k + 1..of).any(|p| self.word(p).is_none()) {
            return Vec::new();
        }
        let mut j = of + 1;
        while self.word(j) == Some("the") || self.is_title_word(j) {
            j += 1;
        }
        match self.entity(j) {
            // (a demonym only as the title of a person: "the policies of Salvadoran President X")
            Some((_, _, kind)) if kind != AliasKind::Demonym || self.head_of(j) != j => self.objects(j),
            _ => Vec::new(),
        }
    }

    /// "Mark Carney, who met Claudia Sheinbaum, backed her stance": a person's conduct named with
    /// "his"/"her" (at `k`) is that of the one person before it in the sentence who is not the
    /// subject (none when there are several).
    pub(super) fn pronoun_owner(&self, k: usize, subj: &[(usize, usize)]) -> Vec<(usize, usize)> {
        if !matches!(self.word(k), Some("his" | "her")) || !self.word(k + 1).is_some_and(|w| CONDUCT_NOUNS.contains(&w))
        {
            return Vec::new();
        }
        let mut people = (0..k).rev().filter_map(|t| match self.entity(t) {
            Some((e, EntityType::Actor, _)) if !subj.iter().any(|&(_, s)| s == e) => Some((t, e)),
            _ => None,
        });
        let Some(nearest) = people.next() else {
            return Vec::new();
        };
        if people.any(|(_, e)| e != nearest.1) {
            return Vec::new();
        }
        vec![nearest]
    }

    /// "blamed the sabotage on Russia", "which Warsaw blamed on Russian intelligence": the
    /// one after "on" that closes the noun phrase from `k` (at most five words) is blamed.
    pub(super) fn blamed_on(&self, k: usize) -> Vec<(usize, usize)> {
        let on = (k..k + 6).find(|&j| {
            self.word(j) == Some("on")
                || !(self.toks.get(j).is_some_and(|t| t.is_punct('-') || t.entity().is_some())
                    || self.word(j).is_some_and(|w| !self.is_prep(j) && !CLAUSE_WORDS.contains(&w)))
        });
        // right after the verb only in a relative clause ("which Warsaw blamed on"; "attacks
        // blamed on Welsh extremists" is a passive without its agent)
        let relative = || (k.saturating_sub(5)..k).any(|j| matches!(self.word(j), Some("which" | "that")));
        match on {
            Some(on) if self.word(on) == Some("on") && (on > k || relative()) => self.objects(on + 1),
            _ => Vec::new(),
        }
    }

    /// "welcomed the U.S.-led initiative", "criticised the Qatari-brokered deal": who leads,
    /// brokers or drafts what the object (from `k`, after "the"/"a") names owns it.
    pub(super) fn led_object(&self, k: usize) -> Option<(usize, usize)> {
        // ("rejected key parts of a U.S.-drafted peace plan": a part of it)
        let k = (k + 1..k + 3)
            .find(|&p| {
                self.word(p) == Some("of")
                    && self
                        .word(p - 1)
                        .is_some_and(|w| matches!(w, "parts" | "elements" | "sections" | "much" | "most"))
                    && (k..p).all(|q| self.word(q).is_some_and(|w| w != "the" || q == k))
            })
            .map_or(k, |of| of + 1);
        let j = if matches!(self.word(k), Some("the" | "a" | "an")) { k + 1 } else { k };
        let (e, _, _) = self.entity(j)?;
        // (a name after the compound is the object: "the Iran-sponsored group Hezbollah")
        let named_after = (j + 3..j + 6).any(|n| self.entity(n).is_some());
        (self.is_compound(j) && self.word(j + 2).is_some_and(|w| LEADING_PARTICIPLES.contains(&w)) && !named_after)
            .then_some((j, e))
    }

    /// "denounced the deployment of U.S. warships", "condemned the presence of Russian
    /// troops": a country whose forces are named after "the NOUN of" at `k` acts, and so is
    /// the target.
    pub(super) fn forces_in_object(&self, k: usize) -> Vec<(usize, usize)> {
        if !matches!(self.word(k), Some("the" | "a")) || !self.common_noun_at(k + 1) || self.word(k + 2) != Some("of") {
            return Vec::new();
        }
        let j = if self.word(k + 3) == Some("the") { k + 4 } else { k + 3 };
        let Some((e, EntityType::Country, _)) = self.entity(j) else {
            return Vec::new();
        };
        let n = if self.word(j + 1).is_some_and(|w| matches!(w, "military" | "naval" | "combat" | "ground")) {
            j + 2
        } else {
            j + 1
        };
        if self.word(n).is_some_and(|w| FORCE_NOUNS.contains(&w)) {
            vec![(j, e)]
        } else {
            Vec::new()
        }
    }

    /// Do "a"/"an"/"the" and a noun of one of `nouns` stand right before token `p`, heading the
    /// clause that starts there ("…, a charge India rejected", "a decision Israel condemned")?
    pub(super) fn headed_by(&self, p: usize, nouns: &[&[&str]]) -> bool {
        p >= 2
            && self.word(p - 1).is_some_and(|w| nouns.iter().any(|list| list.contains(&w)))
            && matches!(self.word(p - 2), Some("a" | "an" | "the"))
    }

    /// Does an object start at token `k` (an entity, or a determiner before one)?
    pub(super) fn object_starts(&self, k: usize) -> bool {
        self.entity(k).is_some() || self.word(k).is_some_and(|w| DETERMINERS.contains(&w))
    }
}
