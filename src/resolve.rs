//! Entity resolution: turns dictionary hits into mentions of one canonical
//! entity each, applying the ambiguity policy of `gazetteers/README.md`:
//!
//! - a `surname` alias resolves only to an entity whose full name (or another
//!   unambiguous alias) appears in the same document; with several such
//!   entities, the nearest one mentioned before wins (else the first one mentioned
//!   after); if the document also
//!   names someone the gazetteer does not know with that surname (a known
//!   given name before it: "Michael Howard" next to the known "John
//!   Howard"), the bare surname is dropped;
//! - a `weak` alias (common word or other thing: "Chad", "Jordan") counts only
//!   outside a larger capitalised name ("Michael Jordan", "Chad Smith") and
//!   with support: another mention of the entity in the document, a
//!   preposition before it ("in Chad", "to Jordan"), a list of states or bodies
//!   ("Mali, Guinea, Niger and Gabon"), a state office or body after it
//!   ("Chad's President", "the Chad government") or, for an acronym, "the"
//!   before it ("The WHO said");
//! - a `capital` alias must not sit inside a larger capitalised name
//!   ("George Washington", "Paris Hilton");
//! - an alias shared by several entities (`amb`) resolves to the one with
//!   other evidence in the document (a person of a country is evidence of
//!   the country, and a country named of its own parties and bodies:
//!   "Conservative" in a story on Canada); without any, to the claimant marked
//!   `pref` (its usual referent), otherwise it is dropped.

use crate::gazetteer::AliasKind;
use crate::matcher::{Claim, Matcher, RawMatch};
use crate::sentence::trailing_word;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// A resolved mention of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    pub start: usize,
    pub end: usize,
    pub kind: AliasKind,
}

/// Capitalised words that may precede a name without being part of it.
const FUNCTION_WORD_LIST: &[&str] = &[
    "A",
    "An",
    "The",
    "In",
    "At",
    "On",
    "Of",
    "To",
    "From",
    "By",
    "For",
    "With",
    "And",
    "But",
    "Or",
    "As",
    "After",
    "Before",
    "Since",
    "Until",
    "While",
    "When",
    "If",
    "Although",
    "Though",
    "Because",
    "Despite",
    "Unlike",
    "Like",
    "Both",
    "Neither",
    "Either",
    "Meanwhile",
    "However",
    "Now",
    "Then",
    "Yet",
    "So",
    "Against",
    "Between",
    "Into",
    "Over",
    "Under",
    "Without",
    "Within",
    "About",
    "Across",
    "Toward",
    "Towards",
    "Near",
    "Outside",
    "Inside",
    "Including",
    "Only",
    "Even",
    "Also",
    "Not",
    "Neither",
    "Nor",
    "Why",
    "How",
    "What",
    "Where",
    "Who",
    "Said",
    "Says",
    "Told",
    "Tells",
    "Urged",
    "Asked",
    "Later",
    "Earlier",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Separately",
    "Still",
    "Instead",
    "Finally",
    "Here",
    "There",
    "Last",
    "Next",
    "Speaking",
    "Thus",
    "Hence",
    "Indeed",
    "Perhaps",
    "Maybe",
    "Once",
    "Recently",
    "Previously",
    "Initially",
    "Eventually",
    "Currently",
    "Overall",
    "Elsewhere",
    "Nevertheless",
    "Nonetheless",
    "Moreover",
    "Furthermore",
    "Besides",
    "Otherwise",
    "Every",
    "Each",
    "Some",
    "Many",
    "Most",
    "All",
    "Several",
    "This",
    "That",
    "These",
    "Those",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
];

/// Lower-case words before a weak alias that mark a place or party reading.
const SUPPORT_WORD_LIST: &[&str] = &[
    "in",
    "of",
    "to",
    "from",
    "with",
    "against",
    "between",
    "for",
    "into",
    "toward",
    "towards",
    "across",
    "visit",
    "visited",
    "visiting",
    "neighbouring",
    "neighboring",
    "by",
    "entered",
    "invaded",
    "invade",
    "attacked",
    "reached",
    "bordering",
    "borders",
];

/// A set of fixed words for quick lookups.
pub(crate) fn word_set(words: &'static [&'static str]) -> FxHashSet<&'static str> {
    words.iter().copied().collect()
}

static FUNCTION_WORDS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| word_set(FUNCTION_WORD_LIST));
static SUPPORT_WORDS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| word_set(SUPPORT_WORD_LIST));
static TITLES: LazyLock<FxHashSet<&str>> = LazyLock::new(|| word_set(TITLE_LIST));

/// Is `w` a capitalised function word that may precede a name without being part of it ("The", "After")?
pub fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.contains(w)
}

/// Is `w` a title or honorific that may precede a name ("Mr", "President")?
pub fn is_title(w: &str) -> bool {
    TITLES.contains(w)
}

/// Is `w` an honorific before a bare surname ("Mr", "Prof")? A pair of words ending
/// in that surname is then a name.
pub(crate) fn is_honorific(w: &str) -> bool {
    matches!(w, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Prof" | "Professor")
}

/// Resolves the matches of one document (found by `matcher`).
pub fn resolve(text: &str, matches: &[RawMatch], matcher: &Matcher) -> Vec<Mention> {
    let is_strong = |m: &RawMatch| {
        m.claims.len() == 1 && {
            let c = &m.claims[0];
            c.kind != AliasKind::Surname && !c.weak && !c.ambiguous
        }
    };
    // (entity, byte offset) of every strong mention, sorted: a per-document index
    // (a person with a country is evidence of it too: "Congolese president Sassou-Nguesso")
    let mut evidence: Vec<(usize, usize)> = matches
        .iter()
        .filter(|m| is_strong(m))
        .flat_map(|m| {
            let c = &m.claims[0];
            let home = c.home.filter(|_| c.person).map(|h| (h as usize, m.start));
            std::iter::once((c.entity, m.start)).chain(home)
        })
        .collect();
    evidence.sort_unstable();
    // a party or body that shares an alias with another country's ("Conservative" in the UK
    // and Canada): a mention of its own country (not of a person from it: namesakes abound)
    // is evidence of it
    let mut homes: Vec<(usize, usize)> = Vec::new();
    for c in matches.iter().filter(|m| m.claims.len() > 1).flat_map(|m| m.claims.iter()) {
        if let Some(home) = c.home.filter(|_| !c.person && !c.country) {
            let named = matches.iter().filter(|m| is_strong(m) && m.claims[0].entity == home as usize);
            homes.extend(named.map(|m| (c.entity, m.start)));
        }
    }
    if !homes.is_empty() {
        evidence.extend(homes);
        evidence.sort_unstable();
        evidence.dedup();
    }
    let has_evidence = |e: usize| evidence.get(evidence.partition_point(|x| x.0 < e)).is_some_and(|x| x.0 == e);
    let offsets = |e: usize| {
        let lo = evidence.partition_point(|x| x.0 < e);
        let hi = evidence.partition_point(|x| x.0 <= e);
        evidence[lo..hi].iter().map(|x| x.1)
    };
    // surnames that some unknown person in this document also bears ("Michael Howard")
    let mut foreign_surnames: Vec<&str> = matches
        .iter()
        .enumerate()
        .filter(|(idx, m)| {
            m.claims.iter().all(|c| c.kind == AliasKind::Surname)
                && (other_name_before(text, m.start, matches, *idx).is_some_and(|w| matcher.is_first_name(w))
                    || (m.claims.iter().any(|c| c.family_first) && other_name_after(text, m.end, matches, *idx)))
        })
        .map(|(_, m)| &text[m.start..m.end])
        .collect();
    foreign_surnames.sort_unstable();
    foreign_surnames.dedup();
    let mut out = Vec::with_capacity(matches.len());
    for (idx, m) in matches.iter().enumerate() {
        // the capitalised word before a one-word name of a person, looked up once per match
        let name_before = m
            .claims
            .iter()
            .any(|c| c.single_word_person)
            .then(|| other_name_before(text, m.start, matches, idx))
            .flatten();
        // the initial before a surname ("S. Jaishankar"), read once per match
        let initial = m.claims.iter().any(|c| c.initial != 0).then(|| initial_before(text, m.start, m.end)).flatten();
        let accepted = |a: &Claim| {
            // a one-word name of a person ("Blair") inside another name ("Cherie Blair")
            // (unless that word is part of this person's own full name: "Tayyip Erdogan")
            if a.single_word_person && name_before.is_some_and(|w| !matcher.is_inner_name(a.entity, w)) {
                return false;
            }
            // "New Mexico", "New South Wales", "New England": other places (the countries named
            // "New …" are aliases of their own and win as the longer match)
            // "Air China", "Air India": an airline
            if a.country && (after_new(text, m.start) || text[..m.start].ends_with("Air ")) {
                return false;
            }
            // "the South China Sea", "the Indian Ocean", "the Sea of Japan", "the Gulf of Mexico":
            // a body of water named after the country
            if a.country && sea_named_after(text, m.start, m.end) {
                return false;
            }
            // "US$25,000" is a currency; "Mr Irish" a surname, not a demonym
            if text[m.end..].starts_with('$') {
                return false;
            }
            if a.kind == AliasKind::Demonym
                && capitalised_word_before(text, m.start, matches, idx)
                    .is_some_and(|w| matches!(w, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Prof" | "Sir" | "Dame"))
            {
                return false;
            }
            // "Social Democrats", "Social Democratic Party", "Christian Democrats", and after a
            // one-word name "Democratic Alliance", "Republican Guard": a party or body of its
            // own, not the US Democrats
            let one_word = !text[m.start..m.end].contains(' ');
            if !a.country
                && !a.single_word_person
                && (capitalised_word_before(text, m.start, matches, idx).is_some_and(|w| PARTY_QUALIFIERS.contains(&w))
                    || (one_word && heads_another_name(&text[m.end..])))
            {
                return false;
            }
            // "deforestation in the Amazon basin", "fires in the Amazon.": a one-word company name in
            // a place phrase, before a word of geography or the end of the phrase, is the place the
            // company is named after ("in the Amazon deal", "in the Apple line" stay the company)
            // ("linking Amazon basin oil fields": a word of geography after it, wherever it stands)
            if a.company
                && one_word
                && ((place_phrase_before(text, m.start) && place_after(&text[m.end..]))
                    || geography_after(&text[m.end..]))
            {
                return false;
            }
            // "Peru's Congress", "the Brazilian Congress", "Germany's Foreign Office": another
            // state's body of the same name (a party's branch keeps its name: "Scottish
            // Conservative Party"; "Canada's Conservatives" is the Canadian party by evidence)
            if !a.person
                && !a.party
                && a.home.is_some_and(|home| foreign_country_before(text, m.start, matches, idx, home))
            {
                return false;
            }
            // "Russia's Security Council": a country's own body of a generic name, not the
            // international one; "Iran's Supreme National Security Council": a longer name
            if !a.person && !a.country && generic_body_name(&text[m.start..m.end]) {
                let foreign = a.home.is_none() && foreign_country_before(text, m.start, matches, idx, u32::MAX);
                let longer = capitalised_word_before(text, m.start, matches, idx)
                    .is_some_and(|w| !is_function_word(w) && !is_title(w));
                if foreign || longer {
                    return false;
                }
            }
            // "talks in Brussels": an organisation's seat after "in"/"at" is a place, not the
            // organisation ("Brussels criticised …" is the EU)
            if a.kind == AliasKind::Capital && !a.country && matches!(previous_word(text, m.start), "in" | "at") {
                return false;
            }
            // "Latin American", "South American": a region's people, not the United States
            if a.kind == AliasKind::Demonym
                && text[m.start..m.end].starts_with("American")
                && matches!(previous_word(text, m.start), "Latin" | "South" | "Central" | "North" | "Pan")
            {
                return false;
            }
            // "London Irish", "London Welsh": a capital's name before a demonym names a club
            if matches!(a.kind, AliasKind::Capital | AliasKind::Demonym) && capital_demonym_name(text, matches, idx) {
                return false;
            }
            // "KYIV, Nov 26 (Reuters) -", "BRUSSELS (AP) -": where the story was filed
            if a.kind == AliasKind::Capital && dateline(text, m.start, m.end) {
                return false;
            }
            // "Israel Adesanya will fight": a given name before a surname
            if a.given && before_surname(text, m, matches, idx) {
                return false;
            }
            let needs_context = a.weak || a.kind == AliasKind::Capital;
            if needs_context && inside_larger_name(text, m, matches, idx) {
                return false;
            }
            if a.weak && us_state_reading(text, m.start, m.end) {
                return false;
            }
            if a.weak
                && !has_evidence(a.entity)
                && !preceded_by_support_word(text, m.start)
                && !followed_by_office(text, m.end)
                && !acronym_after_article(text, m.start, m.end)
                && (a.person || !in_list_of_states_or_bodies(text, matches, idx))
            {
                return false;
            }
            // "Wang Chao-ming": a family name before a given name the gazetteer does not know
            if a.family_first && other_name_after(text, m.end, matches, idx) {
                return false;
            }
            if a.kind == AliasKind::Surname && foreign_surnames.binary_search(&&text[m.start..m.end]).is_ok() {
                return false;
            }
            // "S. Jaishankar": the initial of the person's given name before the surname
            if a.initial != 0 && initial == Some(a.initial) {
                return true;
            }
            // "Hungary's Orban": the person's own country as the possessive is evidence enough
            if a.kind == AliasKind::Surname
                && a.home.is_some_and(|home| own_country_before(text, m.start, m.end, matches, idx, home))
            {
                return true;
            }
            // "Chancellor Merz", "Prime Minister Starmer": the holder of an office of state
            if a.kind == AliasKind::Surname
                && m.claims.len() == 1
                && office_before_surname(text, m, matches, idx, a.home, matcher)
            {
                return true;
            }
            // "Congo": the usual referent of a shared alias when no claimant has other evidence
            if a.preferred && a.kind != AliasKind::Surname && !m.claims.iter().any(|c| has_evidence(c.entity)) {
                return true;
            }
            if a.kind == AliasKind::Surname || m.claims.len() > 1 {
                return has_evidence(a.entity);
            }
            true
        };
        // nearest strong mention before this one; else the first after; else none ("Syria's
        // Sharaa" in a headline before "Ahmed al-Sharaa" is him, not a namesake never named)
        let preference = |c: &Claim| {
            let before = offsets(c.entity).filter(|&o| o <= m.start).max();
            let first = offsets(c.entity).next();
            (
                before.is_some(),
                before.unwrap_or(0),
                first.is_some(),
                usize::MAX - first.unwrap_or(0),
                u32::MAX - c.qid_rank,
                usize::MAX - c.entity,
            )
        };
        let mut chosen: Option<Claim> = None;
        for c in m.claims.iter().filter(|c| accepted(c)) {
            chosen = match chosen {
                Some(prev) if preference(&prev) > preference(c) => Some(prev),
                _ => Some(*c),
            };
        }
        if let Some(c) = chosen {
            // "Tayyip Erdogan": the mention spans the person's own name before the alias
            let inner = name_before.filter(|w| c.single_word_person && matcher.is_inner_name(c.entity, w));
            let start = match inner {
                Some(w) if out.last().is_none_or(|p: &Mention| p.end < m.start - 1 - w.len()) => m.start - 1 - w.len(),
                // "S. Jaishankar": the initial is part of the name
                _ if c.initial != 0 && initial == Some(c.initial) => {
                    text[..m.start].trim_end_matches([' ', '.']).len() - 1
                }
                _ => m.start,
            };
            out.push(Mention { entity: c.entity, start, end: m.end, kind: c.kind });
        }
    }
    out
}

/// Is the match at `idx` one half of a capital's name right before a demonym ("London Irish")?
fn capital_demonym_name(text: &str, matches: &[RawMatch], idx: usize) -> bool {
    let pair = |c: usize, d: usize| {
        matches.get(c).zip(matches.get(d)).is_some_and(|(c, d)| {
            c.end + 1 == d.start
                && text.as_bytes()[c.end] == b' '
                && c.claims.iter().any(|x| x.kind == AliasKind::Capital)
                && d.claims.iter().any(|x| x.kind == AliasKind::Demonym)
        })
    };
    (idx > 0 && pair(idx - 1, idx)) || pair(idx, idx + 1)
}

/// The initial right before the surname at `start..end` after an office ("Minister S. "
/// before "Jaishankar"), if there is one. Without the office an initial says little ("J.
/// Henry Schroder", "H. Baker"), without the full stop it may be an article ("A Little") or a
/// team sheet's "R Williams", and a capitalised word after makes the surname a given name
/// ("President R. John Stanton").
fn initial_before(text: &str, start: usize, end: usize) -> Option<u8> {
    if text[end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase)) {
        return None;
    }
    let head = text[..start].strip_suffix(". ")?;
    let initial = *head.as_bytes().last()?;
    if !initial.is_ascii_uppercase() {
        return None;
    }
    // (the initial is ASCII, so the text before it ends on a char boundary)
    let office = head[..head.len() - 1].strip_suffix(' ')?;
    let office = crate::sentence::trailing_word(office, char::is_alphabetic);
    let honorific = is_honorific(office) || matches!(office, "Sir" | "Dame" | "Lord");
    (is_title(office) && !honorific).then_some(initial)
}

/// Does `after` (the text right after a name) end the phrase or go on with a word of geography
/// ("the Amazon basin", "the Amazon rainforest", "the Amazon.")?
fn place_after(after: &str) -> bool {
    // (a comma ends the phrase unless a list of names goes on: "from the Renault, Chrysler")
    if let Some(rest) = after.strip_prefix(", ") {
        return rest.starts_with(|c: char| c.is_lowercase());
    }
    if !after.starts_with(' ') {
        return after.chars().next().is_none_or(|c| matches!(c, '.' | ';' | ':' | ')'));
    }
    geography_after(after)
}

/// Does a word of geography follow ("Amazon basin", "Amazon rainforest")?
fn geography_after(after: &str) -> bool {
    const GEOGRAPHY: &[&str] = &[
        "region",
        "regions",
        "basin",
        "rainforest",
        "rainforests",
        "forest",
        "forests",
        "jungle",
        "river",
        "delta",
        "estuary",
        "valley",
        "coast",
        "highlands",
        "lowlands",
    ];
    let Some(rest) = after.strip_prefix(' ') else { return false };
    let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    GEOGRAPHY.contains(&word)
}

/// Does "in the", "across the", "into the", "through the" or "from the" end `text[..start]`?
fn place_phrase_before(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].strip_suffix("the ") else { return false };
    ["in ", "across ", "into ", "through ", "from "].iter().any(|p| before.ends_with(p))
}

/// Is `name` made of the words any state's bodies are named with ("Security Council",
/// "Supreme Court"), two or more of them?
fn generic_body_name(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "Security",
        "Council",
        "General",
        "Assembly",
        "Supreme",
        "Court",
        "Constitutional",
        "Central",
        "Bank",
        "National",
        "Human",
        "Rights",
        "Commission",
        "Committee",
        "Parliament",
        "Federal",
        "Development",
        "Agency",
    ];
    name.contains(' ') && name.split(' ').all(|w| WORDS.contains(&w))
}

/// Does a country other than `home` stand right before the match at `idx`, as a
/// possessive or an adjective ("Peru's Congress", "the Brazilian Congress")?
fn foreign_country_before(text: &str, start: usize, matches: &[RawMatch], idx: usize, home: u32) -> bool {
    let Some(prev) = idx.checked_sub(1).map(|p| &matches[p]) else {
        return false;
    };
    let gap = &text[prev.end..start];
    matches!(gap, " " | "'s " | "\u{2019}s ")
        && !prev.claims.is_empty()
        && prev.claims.iter().all(|c| c.country && c.entity as u32 != home)
}

/// Is the match at `idx` (ending at `end`) right after its `home` country's possessive
/// ("Hungary's Orban"), and not the start of a longer name ("Britain's Kelly Holmes",
/// "Britain's Cable and Wireless")?
fn own_country_before(text: &str, start: usize, end: usize, matches: &[RawMatch], idx: usize, home: u32) -> bool {
    let Some(prev) = idx.checked_sub(1).map(|p| &matches[p]) else {
        return false;
    };
    let next = text[end..].trim_start_matches(' ');
    let longer = next.starts_with(|c: char| c.is_uppercase()) || next.starts_with("and ") || next.starts_with("& ");
    matches!(&text[prev.end..start], "'s " | "\u{2019}s ")
        && !longer
        && prev.claims.iter().any(|c| c.country && c.kind == AliasKind::Name && c.entity as u32 == home)
}

/// Is the match glued to another capitalised word that is not itself a match
/// ("George Washington", "Chad Smith", "New Jersey")?
fn inside_larger_name(text: &str, m: &RawMatch, matches: &[RawMatch], idx: usize) -> bool {
    // word after (an office is no part of the name: "WHO Director-General Tedros")
    if let Some(rest) = text[m.end..].strip_prefix(' ') {
        let next_is_match = matches.get(idx + 1).is_some_and(|n| n.start == m.end + 1 && n.strong);
        if !next_is_match && rest.chars().next().is_some_and(char::is_uppercase) && !title_after(&text[m.end..]) {
            return true;
        }
    }
    // word before
    capitalised_word_before(text, m.start, matches, idx).is_some_and(|w| !FUNCTION_WORDS.contains(w))
}

/// Is the match followed by a capitalised word that is no strong match and then a lower-case
/// word other than "of" ("Israel Adesanya will"; not "Israel Strikes Gaza", "Israel Defense
/// Forces", "the Israel Ministry of Defence")?
fn before_surname(text: &str, m: &RawMatch, matches: &[RawMatch], idx: usize) -> bool {
    let Some(rest) = text[m.end..].strip_prefix(' ') else { return false };
    let next_is_match = matches.get(idx + 1).is_some_and(|n| n.start == m.end + 1 && n.strong);
    let word_len = rest.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(rest.len());
    let after = rest[word_len..].strip_prefix(' ').unwrap_or("");
    !next_is_match
        && word_len > 1
        && rest.starts_with(char::is_uppercase)
        && after.starts_with(char::is_lowercase)
        && !after.starts_with("of ")
}

/// The word right before `start` (one space between) if it is capitalised and
/// not itself a strong match: the possible first part of a larger name.
fn capitalised_word_before<'t>(text: &'t str, start: usize, matches: &[RawMatch], idx: usize) -> Option<&'t str> {
    let before = text[..start].strip_suffix(' ')?;
    let word = trailing_word(before, |c| c.is_alphanumeric() || c == '-');
    let prev_is_match = idx > 0 && matches[idx - 1].end == start - 1 && matches[idx - 1].strong;
    (!word.is_empty() && !prev_is_match && word.chars().next().is_some_and(char::is_uppercase)).then_some(word)
}

/// Does the text after a one-word organisation name make it the first word of another
/// organisation's name ("Democratic Alliance", "Republican Guard")?
fn heads_another_name(after: &str) -> bool {
    after.strip_prefix(' ').is_some_and(|rest| {
        let word = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        ORGANISATION_HEADS.contains(&word)
    })
}

/// Nouns that end the name of a party, front or armed body ("Democratic Alliance").
const ORGANISATION_HEADS: &[&str] = &[
    "Alliance",
    "Front",
    "Force",
    "Forces",
    "Guard",
    "Guards",
    "Union",
    "Movement",
    "Rally",
    "Coalition",
    "League",
    "Army",
    "Bloc",
];

/// Capitalised words that make a one-word party or group name part of another's name
/// ("Social Democrats", "Christian Democrats", "Free Democrats", "Young Conservatives").
const PARTY_QUALIFIERS: &[&str] = &[
    "Social",
    "Christian",
    "Radical",
    "Free",
    "English",
    "Progressive",
    "Liberal",
    "National",
    "Civic",
    "Young",
    "Popular",
    "Centre",
    "Center",
    "Left",
    "Swedish",
    "Danish",
    "Dutch",
    "German",
    "French",
    "Italian",
    "Spanish",
];

/// Titles and honorifics that may precede a surname ("Mr Blair", "President Putin").
const TITLE_LIST: &[&str] = &[
    // party labels ("Christian Democrat Andreotti", "Tory Howard")
    "Democrat",
    "Republican",
    "Conservative",
    "Tory",
    "Socialist",
    "Communist",
    "Congressman",
    "Congresswoman",
    "Senators",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Professor",
    "Doctor",
    "Reverend",
    "Rev",
    "Father",
    "Sgt",
    "Lieutenant",
    "Lt",
    "Corporal",
    "Inspector",
    "Detective",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Baron",
    "Baroness",
    "Earl",
    "Duke",
    "Duchess",
    "Countess",
    "President",
    "Premier",
    "Minister",
    "Chancellor",
    "Senator",
    "Sen",
    "Rep",
    "Governor",
    "Gov",
    "General",
    "Gen",
    "Secretary",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Sheikh",
    "Emir",
    "Hojatoleslam",
    "Mullah",
    "Ambassador",
    "Judge",
    "Justice",
    "Mayor",
    "Chairman",
    "Speaker",
    "Leader",
    "Commissioner",
    "Colonel",
    "Col",
    "Captain",
    "Capt",
    "Admiral",
    "Marshal",
    "Comrade",
    "Monsieur",
    "Madame",
    "Herr",
    "Frau",
    "Signor",
    "Senor",
    "Vice",
    "Deputy",
    "Foreign",
    "Defence",
    "Defense",
    "Finance",
    "Prime",
    "Former",
    "Chief",
    "Director",
    "Spokesman",
    "Spokeswoman",
    "Envoy",
    "Councillor",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Rabbi",
    "Imam",
    "Ayatollah",
    "Brigadier",
    "Saint",
    "St",
];

/// The capitalised word before the match if it is not a title, function word,
/// acronym or another match: the first part of another name ("Cherie Blair").
fn other_name_before<'t>(text: &'t str, start: usize, matches: &[RawMatch], idx: usize) -> Option<&'t str> {
    capitalised_word_before(text, start, matches, idx)
        .filter(|w| w.chars().skip(1).any(char::is_lowercase) && !FUNCTION_WORDS.contains(w) && !TITLES.contains(w))
}

/// Is `text[start..end]` a city in capitals opening a line and followed by a
/// comma, a bracket or a dash: a dateline ("KYIV, Nov 26 (Reuters) -"), also of two cities
/// ("NEW DELHI/ISLAMABAD (Reuters) -")?
fn dateline(text: &str, start: usize, end: usize) -> bool {
    let capitals = |s: &str| s.len() >= 3 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'-');
    let ends_dateline = |r: &str| [",", " (", " -", " \u{2014}", " \u{2013}"].iter().any(|p| r.starts_with(p));
    if !capitals(&text[start..end]) {
        return false;
    }
    let before = text[..start].rsplit('\n').next().unwrap_or("").trim_end_matches([' ', '\t']);
    let after = &text[end..];
    // "NEW DELHI/ISLAMABAD (Reuters) -": either of two cities
    let first = before.is_empty();
    let second = before.strip_suffix('/').is_some_and(|b| capitals(b.trim_start()));
    if second {
        return ends_dateline(after);
    }
    first
        && (ends_dateline(after)
            || after.strip_prefix('/').is_some_and(|r| {
                let other = r.split([',', '(']).next().unwrap_or("").trim_end();
                capitals(other) && ends_dateline(&r[other.len()..])
            }))
}

/// Is the match followed, one space away, by a capitalised word that is not a
/// function word or another match: a given name after a family name ("Wang Chao-ming")?
fn other_name_after(text: &str, end: usize, matches: &[RawMatch], idx: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else { return false };
    let word = &rest[..rest.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(rest.len())];
    // (a surname or weak alias there is still a given name: "Chao" of "Wang Chao-ming")
    let next_is_match = matches.get(idx + 1).is_some_and(|n| n.start == end + 1 && n.strong);
    !next_is_match
        && word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().skip(1).any(char::is_lowercase)
        && !FUNCTION_WORDS.contains(word)
}

/// Does the country name or demonym at `start..end` name a sea ("South China Sea", "Indian
/// Ocean", "Sea of Japan", "Gulf of Mexico")?
fn sea_named_after(text: &str, start: usize, end: usize) -> bool {
    let after = &text[end..];
    let before = &text[..start];
    after.starts_with(" Sea") && !after[4..].starts_with(char::is_alphanumeric)
        || after.starts_with(" Ocean")
        || before.ends_with("Sea of ")
        || before.ends_with("Gulf of ")
}

/// Is `start` right after "New " or "New X " ("New Mexico", "New South Wales")?
fn after_new(text: &str, start: usize) -> bool {
    let mut before = &text[..start];
    for _ in 0..2 {
        let Some(b) = before.strip_suffix(' ') else { return false };
        let w = trailing_word(b, char::is_alphabetic);
        if w == "New" {
            return true;
        }
        if !w.starts_with(char::is_uppercase) {
            return false;
        }
        before = &b[..b.len() - w.len()];
    }
    false
}

/// Lower-case particles that continue a name ("von", "de la", "bin").
const NAME_PARTICLES: &[&str] =
    &["von", "van", "de", "da", "del", "della", "der", "di", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das"];

/// Offices of state that, right before a surname, name the holder ("Chancellor Merz").
const OFFICES_BEFORE_SURNAME: &[&str] =
    &["President", "Minister", "Chancellor", "Premier", "Secretary", "Senator", "Governor", "Ayatollah", "Pope"];

/// Words before a surname that do not name someone else with it ("Mrs Thatcher").
const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"];

/// Does an office of state stand right before the surname at `m` (the only person the
/// gazetteer knows by it), naming that person ("Prime Minister Starmer")? Not when the name
/// goes on ("President Richard von Weizsaecker", "President Karl Otto Poehl"), the surname is
/// also a given name, someone else is named in full with it in the text ("Mario Cuomo" …
/// "Governor Cuomo"), or another country owns the office ("American President Lines").
fn office_before_surname(
    text: &str,
    m: &RawMatch,
    matches: &[RawMatch],
    idx: usize,
    home: Option<u32>,
    matcher: &Matcher,
) -> bool {
    let surname = &text[m.start..m.end];
    let office = previous_word(text, m.start);
    let office_start = m.start.saturating_sub(office.len() + 1);
    if !OFFICES_BEFORE_SURNAME.contains(&office) || text.get(office_start + office.len()..m.start) != Some(" ") {
        return false;
    }
    let goes_on = text[m.end..].strip_prefix(' ').is_some_and(|r| {
        r.starts_with(char::is_uppercase)
            || NAME_PARTICLES.iter().any(|p| r.strip_prefix(p).is_some_and(|r| r.starts_with([' ', '-'])))
    });
    if goes_on || matcher.is_first_name(surname) {
        return false;
    }
    let named_in_full = text.match_indices(surname).any(|(i, _)| {
        // (past a middle initial: "Mario M. Cuomo")
        let before = match previous_word(text, i) {
            "" => text[..i].trim_end().strip_suffix('.').map_or("", |t| previous_word(text, t.len())),
            word => word,
        };
        text[..i].ends_with(' ')
            && before.starts_with(char::is_uppercase)
            && !OFFICES_BEFORE_SURNAME.contains(&before)
            && !HONORIFICS.contains(&before)
    });
    // (the country right before the office, or before "Prime"/"Foreign" … and the office)
    let foreign = matches[..idx].iter().rev().filter(|prev| prev.end <= office_start).take(2).any(|prev| {
        let gap = &text[prev.end..office_start];
        let near = gap.len() <= 12 && gap.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w == "'s");
        near && prev.claims.iter().all(|c| c.country) && !prev.claims.iter().any(|c| Some(c.entity as u32) == home)
    });
    !named_in_full && !foreign
}

/// The letters `s` opens with ("" if none).
fn leading_word(s: &str) -> &str {
    s.split(|c: char| !c.is_alphabetic()).next().unwrap_or("")
}

/// The word (letters) before byte `start`, across spaces; "" if none.
fn previous_word(text: &str, start: usize) -> &str {
    trailing_word(text[..start].trim_end(), char::is_alphabetic)
}

fn preceded_by_support_word(text: &str, start: usize) -> bool {
    SUPPORT_WORDS.contains(previous_word(text, start))
}

/// "The WHO said", "the SDF": an acronym after "the" (not in a headline in capitals: "THE
/// WHO") names the body.
fn acronym_after_article(text: &str, start: usize, end: usize) -> bool {
    let acronym = &text[start..end];
    acronym.len() >= 2
        && acronym.bytes().all(|b| b.is_ascii_uppercase())
        && (text[..start].ends_with("the ") || text[..start].ends_with("The "))
}

/// Does a weak alias at `start..end` name a US state ("the governor of Georgia", "a
/// Republican from Georgia", "Georgia Governor Brian Kemp", "Georgia voters")? Then it is
/// not the country, whatever the rest of the document says.
fn us_state_reading(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let preposition = previous_word(text, start);
    if matches!(preposition, "of" | "from")
        && matches!(
            previous_word(text, before.len() - preposition.len()),
            "governor" | "Governor" | "state" | "State" | "Republican" | "Democrat"
        )
    {
        return true;
    }
    let next = text[end..].strip_prefix(' ').map_or("", leading_word);
    // ("Georgia's governor", "Georgia's legislature")
    let owned = ["'s ", "\u{2019}s "].iter().find_map(|p| text[end..].strip_prefix(p)).map_or("", leading_word);
    if matches!(owned, "governor" | "Governor" | "legislature" | "Legislature" | "lieutenant") {
        return true;
    }
    if matches!(
        next,
        "Governor"
            | "governor"
            | "Republican"
            | "Republicans"
            | "Democrat"
            | "Democrats"
            | "Senate"
            | "senator"
            | "voters"
    ) {
        return true;
    }
    // in a list with US states or after a US city ("Alabama, Florida, Georgia", "Atlanta, Georgia")
    let listed_before =
        trailing_word(before.trim_end_matches([',', ' ']).trim_end_matches(" and"), char::is_alphabetic);
    let after = text[end..].trim_start_matches([',', ' ']);
    let separated = after.len() < text.len() - end;
    let after = after.strip_prefix("and ").unwrap_or(after);
    let listed_after = leading_word(after);
    US_STATE_WORDS.contains(&listed_before) || (separated && US_STATE_WORDS.contains(&listed_after))
}

/// Single words of US state names (and the state capitals most in the news) that no country
/// shares: a neighbour in a list that makes "Georgia" the state.
const US_STATE_WORDS: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Wisconsin",
    "Wyoming",
    "Carolina",
    "Dakota",
    "Atlanta",
];

/// Words of a state's offices and organs after a possessive ("Chad's President",
/// "Jordan's foreign minister", "Georgia's new government").
const OFFICE_WORD_LIST: &[&str] = &[
    "president",
    "prime",
    "premier",
    "minister",
    "ministry",
    "foreign",
    "defence",
    "defense",
    "interior",
    "government",
    "cabinet",
    "parliament",
    "king",
    "queen",
    "emir",
    "army",
    "military",
    "armed",
    "junta",
    "ambassador",
    "embassy",
    "envoy",
    "leader",
    "ruling",
    "opposition",
    "central",
];

static OFFICE_WORDS: LazyLock<FxHashSet<&str>> = LazyLock::new(|| word_set(OFFICE_WORD_LIST));

/// Capitalised offices that follow the name of their state or organisation and then a
/// person ("WHO Director-General Tedros", "Chad President Idriss Deby"); not "Secretary"
/// ("Georgia Secretary of State", a US state's).
const TITLE_AFTER: &[&str] = &[
    "Director-General",
    "Secretary-General",
    "Director",
    "President",
    "Chief",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Chairman",
    "Chairwoman",
    "Commissioner",
    "Ambassador",
    "Envoy",
];

/// Does `after` (the text right after a match) open with one space and a capitalised office
/// of [`TITLE_AFTER`] followed by another capitalised word?
fn title_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else { return false };
    let len = rest.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(rest.len());
    TITLE_AFTER.contains(&&rest[..len])
        && rest[len..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// Is the hit `matches[idx]` in a list of countries and organisations ending in "and"/"or"
/// ("Mali, Guinea, Niger and Gabon", "Qatar and Shell") that names one by a plain alias? Not
/// "the United States, Holland said", nor "Chad and Jordan went to the park".
fn in_list_of_states_or_bodies(text: &str, matches: &[RawMatch], idx: usize) -> bool {
    let state_or_body = |m: &RawMatch| m.claims.iter().any(|c| !c.person);
    // 0: not joined; 1: by a comma; 2: by "and"/"or"
    let join = |a: &RawMatch, b: &RawMatch| {
        if a.end > b.start || !state_or_body(a) || !state_or_body(b) {
            return 0;
        }
        match &text[a.end..b.start] {
            ", " => 1,
            " and " | ", and " | " or " | ", or " => 2,
            _ => 0,
        }
    };
    let (mut lo, mut hi, mut closed) = (idx, idx, false);
    while lo > 0 {
        match join(&matches[lo - 1], &matches[lo]) {
            0 => break,
            j => closed |= j == 2,
        }
        lo -= 1;
    }
    while hi + 1 < matches.len() {
        match join(&matches[hi], &matches[hi + 1]) {
            0 => break,
            j => closed |= j == 2,
        }
        hi += 1;
    }
    let plain = |m: &RawMatch| {
        m.claims.len() == 1 && m.claims.iter().any(|c| !c.person && !c.weak && c.kind == AliasKind::Name)
    };
    closed && (lo..=hi).any(|i| i != idx && plain(&matches[i]))
}

/// Does a possessive and a state office follow, within two words ("Chad's President",
/// "Jordan's new foreign minister"), or a lower-case state body ("the Chad government")?
/// Then a weak alias names the country.
fn followed_by_office(text: &str, end: usize) -> bool {
    let rest = text[end..].strip_prefix("'s ").or_else(|| text[end..].strip_prefix("\u{2019}s "));
    let Some(rest) = rest else {
        if title_after(&text[end..]) {
            return true;
        }
        let body = text[end..].strip_prefix(' ').and_then(|r| r.split(|c: char| !c.is_ascii_lowercase()).next());
        return body
            .is_some_and(|w| matches!(w, "government" | "authorities" | "army" | "military" | "junta" | "embassy"));
    };
    rest.split(' ')
        .take(2)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphabetic()))
        .any(|w| w.len() <= 12 && OFFICE_WORDS.contains(w.to_ascii_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    const GAZ: &str = "\
chad\tcountry\tChad\tChad|weak; Chadian|demonym; N'Djamena|capital
jordan\tcountry\tJordan\tJordan|weak; Jordanian|demonym; Amman|capital
usa\tcountry\tUnited States\tUS; Washington|capital
fra\tcountry\tFrance\tParis|capital; French|demonym
vladimir-putin\tactor\tVladimir Putin\tPutin
theresa-may\tactor\tTheresa May\tMay|surname
ann-smith\tactor\tAnn Smith\tSmith|surname
bob-smith\tactor\tBob Smith\tSmith|surname
carol-jones\tactor\tCarol Jones\t
erdogan\tactor\tRecep Tayyip Erdogan\tErdogan
wang-yi\tactor\tWang Yi\tWang|surname
elaine-chao\tactor\tElaine Chao\tChao|surname
";

    fn resolved(text: &str) -> Vec<String> {
        let g = Gazetteer::from_str("t.tsv", GAZ).unwrap();
        let m = Matcher::new(&g);
        let raw = m.find(text);
        resolve(text, &raw, &m).into_iter().map(|x| g.entities[x.entity].id.clone()).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Rebels in Chad attacked.", &["chad"]),
            ("Chad Smith scored twice.", &[]),
            ("Michael Jordan retired.", &[]),
            ("Jordan said it would help.", &[]),
            ("Jordanian troops. Jordan said it would help.", &["jordan", "jordan"]),
            ("Talks with Jordan resumed.", &["jordan"]),
            ("Chad's President Mahamat Deby spoke.", &["chad"]),
            ("Jordan's new foreign minister spoke.", &["jordan"]),
            ("Jordan\u{2019}s army moved.", &["jordan"]),
            ("Jordan's shot went wide.", &[]),
            ("Michael Jordan's president spoke.", &[]),
            ("George Washington crossed.", &[]),
            ("Washington rejected the plan.", &["usa"]),
            ("In Washington, officials met.", &["usa"]),
            ("Paris Hilton arrived.", &[]),
            ("It was in France. Paris said no.", &["fra", "fra"]),
            ("Putin spoke.", &["vladimir-putin"]),
            ("Mr Putin and President Putin spoke.", &["vladimir-putin", "vladimir-putin"]),
            ("Cherie Putin spoke.", &[]),
            ("May is warm.", &[]),
            ("Theresa May spoke. May said no.", &["theresa-may", "theresa-may"]),
            ("Smith spoke.", &[]),
            ("Ann Smith and Bob Smith met. Smith left.", &["ann-smith", "bob-smith", "bob-smith"]),
            ("Bob Smith met Ann Smith. Then Smith left.", &["bob-smith", "ann-smith", "ann-smith"]),
            // a namesake the gazetteer does not know makes the bare surname ambiguous
            ("Theresa May met Carol May. Mrs May left.", &["theresa-may"]),
            ("Carol May spoke. Theresa May replied. May left.", &["theresa-may"]),
            ("Theresa May and President May met.", &["theresa-may", "theresa-may"]),
            ("Theresa May spoke. Baroness May left.", &["theresa-may", "theresa-may"]),
            // a word of the person's own full name before the alias is no other name
            ("Tayyip Erdogan spoke.", &["erdogan"]),
            ("Emine Erdogan spoke.", &[]),
            // a family name written first: before another given name it is someone else,
            // and then the bare family name could be either
            ("Wang Yi spoke. Wang left.", &["wang-yi", "wang-yi"]),
            ("Wang Yi met Wang Chao-ming. Wang left.", &["wang-yi"]),
            ("Wang Chao-ming spoke. Wang Yi replied.", &["wang-yi"]),
            ("Wang Yi spoke. Wang Chao-ming replied.", &["wang-yi"]),
            // a dateline names where the story was filed, not an actor
            ("PARIS, Nov 26 (Reuters) - France said no.", &["fra"]),
            ("Intro.\nPARIS (AP) - France said no.", &["fra"]),
            ("PARIS said no to WASHINGTON, officials said.", &["fra", "usa"]),
        ];
        for (text, want) in cases {
            assert_eq!(resolved(text), *want, "text {text:?}");
        }
    }
}
