//! People the gazetteer does not know, found inside one document.
//!
//! Two capitalised words are taken for a person's name when the first is a
//! known given name (the first word of some gazetteer person's name:
//! "Samuel Charap") or a role or title stands right before them
//! ("spokeswoman Adrienne Watson"), or before the comma of an apposition
//! ("Russia's ambassador to the UN, Vassily Nebenzia,"), or the surname stands after an honorific
//! elsewhere in the document ("Amitai Etzioni" … "Prof Etzioni"), and neither
//! word is part of a matched
//! entity or of a longer capitalised name ("George Washington University",
//! "Hotel Maria Theresa"). A middle initial may stand between ("Charles A.
//! Kupchan"); the name is kept without it. A middle name makes three words
//! after a known given name or with a role before or after ("Haytham Ali
//! Tabatabai, Hezbollah's chief of staff"). A bare surname ("Charap said",
//! "Mr Howard") elsewhere in the same document then refers to that person,
//! unless two people found there share it or a gazetteer entity mentioned
//! there bears it.
//!
//! A discovered person's id is `person:` and a slug of the name, so the same
//! name in different documents is one node.

use crate::gazetteer::AliasKind;
use crate::matcher::{word_boundary, Matcher, RawMatch};
use crate::resolve::{is_function_word, is_honorific, is_title, word_set, Mention};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// Prefix of the ids of discovered people.
pub const ID_PREFIX: &str = "person:";

/// A person found in a document who is not in the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// `person:` + slug of the label ("person:samuel-charap").
    pub id: String,
    /// Given name and surname as written ("Samuel Charap").
    pub label: String,
    pub surname: String,
}

impl Person {
    fn new(given: &str, surname: &str) -> Self {
        let mut label = String::with_capacity(given.len() + 1 + surname.len());
        label.extend([given, " ", surname]);
        let mut id = String::with_capacity(ID_PREFIX.len() + label.len());
        id.push_str(ID_PREFIX);
        for c in label.chars() {
            if c.is_ascii_alphanumeric() {
                id.push(c.to_ascii_lowercase());
            } else if !c.is_ascii() && c.is_alphanumeric() {
                id.extend(c.to_lowercase());
            } else if !id.ends_with('-') && !id.ends_with(':') {
                id.push('-');
            }
        }
        let id = id.trim_end_matches('-').to_string();
        Person { id, label, surname: surname.to_string() }
    }
}

/// Days of the week: no surnames, and a time after a name, not part of it ("James Baker Monday").
pub(crate) const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// Months: no surnames ("May Day").
pub(crate) const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Capitalised words that are not surnames ("Rose Garden", "Grace Church", "May Day").
const NOT_SURNAME_LIST: &[&str] = &[
    // party members and adjectives ("Christian Democrats", "the Christian Democratic wing")
    "Democrats",
    "Democratic",
    "Republican",
    "Socialist",
    "Liberal",
    "Conservative",
    "Republicans",
    "Conservatives",
    "Liberals",
    "Socialists",
    "Nationalists",
    "Unionists",
    "Communists",
    "Greens",
    // (the singular party labels are titles in resolve::TITLE_LIST, which both checks read too)
    // products and causes ("Mac Mini", "Convention on Human Rights")
    "Mini",
    "Rights",
    "Concern",
    "Olympics",
    "Show",
    "Plc",
    "PLC",
    "Inc",
    "Corp",
    "Ltd",
    "Olympic",
    "Full",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "Garden",
    "Gardens",
    "Park",
    "Church",
    "Hall",
    "House",
    "Hospital",
    "University",
    "College",
    "School",
    "Academy",
    "Airport",
    "Station",
    "Island",
    "Islands",
    "River",
    "Valley",
    "Bay",
    "Sea",
    "Ocean",
    "Mountains",
    "Center",
    "Centre",
    "Foundation",
    "Institute",
    "Group",
    "Party",
    "Council",
    "Committee",
    "Commission",
    "Bank",
    "Fund",
    "Company",
    "Corporation",
    "Corp",
    "Inc",
    "Ltd",
    "Times",
    "Post",
    "News",
    "Daily",
    "Journal",
    "Review",
    "Monitor",
    "Prize",
    "Award",
    "Cup",
    "Games",
    "League",
    "Club",
    "Day",
    "Week",
    "Year",
    "Airlines",
    "Airways",
    "Motors",
    "Capital",
    "Partners",
    "Holdings",
    "Energy",
    "Media",
    "Press",
    "Agency",
    "Office",
    "Ministry",
    "Department",
    "Court",
    "Museum",
    "Library",
    "Theatre",
    "Theater",
    "Stadium",
    "Bridge",
    "Tower",
    "Palace",
    "Castle",
    "Cathedral",
    "Mosque",
    "Temple",
    "Jr",
    "Sr",
    "Act",
    "Bill",
    "Law",
    "Treaty",
    "Accord",
    "Agreement",
    "Summit",
    "War",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Hotel",
    "Co",
    "Cos",
    "Brothers",
    "Bros",
    "Sons",
    "Association",
    "Partnership",
    "Associates",
    "Mining",
    "Mines",
    "Seaway",
    "Industries",
    "Petroleum",
    "Oil",
    "Gas",
    "Chemical",
    "Steel",
    "Electric",
    "Resources",
    "Trust",
    "Securities",
    "Financial",
    "Insurance",
    "Affairs",
    "Service",
    "Services",
    "Authority",
    "Organisation",
    "Organization",
    "Union",
    "Systems",
    "Investment",
    "Investments",
    "Exchange",
    "Markets",
    "Systems",
    "Microsystems",
    "Technologies",
    "International",
    "Communications",
    "Railway",
    "Railroad",
    "Shipping",
    "Foods",
    "Products",
    "Enterprises",
    "Ventures",
    "Properties",
    "Realty",
    "Division",
    "Unit",
    "Board",
    "Bureau",
    "Directorate",
    "Secretariat",
    "Programme",
    "Program",
    "Project",
    "Network",
    "Alliance",
    "Coalition",
    "Federation",
    "Society",
    "Laboratories",
    "Labs",
    "Studios",
    "Entertainment",
    "Software",
    "Electronics",
    "Pharmaceuticals",
    "Semiconductor",
    "Administration",
    "Police",
    "Corps",
    "Reserve",
    "Parliament",
    "Assembly",
    "Senate",
    "Congress",
    "Cabinet",
    "Government",
    // company forms and words of foreign company names ("Agricola Finanziaria SpA", "Banque
    // Paribas Paris")
    "SpA",
    "AG",
    "GmbH",
    "NV",
    "BV",
    "SA",
    "Banque",
    "Credit",
    "Crédit",
    "Banco",
    "Finanziaria",
    "Generation",
    "Transmission",
];

/// Words that begin place and title names more often than they are given
/// names ("King Charles", "Lake Geneva", "Sri Lanka", "Major General"), and nouns of
/// nationality ("Welshman").
const NOT_GIVEN_LIST: &[&str] = &[
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Lake",
    "Sri",
    "Major",
    "Young",
    "Saint",
    "Santa",
    "San",
    "Fort",
    "Port",
    "Mount",
    "Cape",
    "New",
    "Great",
    "Grand",
    "Upper",
    "Lower",
    "Old",
    "Little",
    "Big",
    "Royal",
    "North",
    "South",
    "East",
    "West",
    "Central",
    "United",
    "National",
    "General",
    "Lieutenant",
    "Sergeant",
    "Private",
    "Corporal",
    "Van",
    "Von",
    "Del",
    "Della",
    "Das",
    "Dos",
    "Den",
    "Der",
    "St",
    "Saint",
    "You",
    "Air",
    "We",
    "They",
    "It",
    "He",
    "She",
    // nationality nouns before a name ("fellow Welshman Ray Reardon")
    "Welshman",
    "Welshwoman",
    "Englishman",
    "Englishwoman",
    "Scotsman",
    "Scotswoman",
    "Irishman",
    "Irishwoman",
    "Frenchman",
    "Frenchwoman",
    "Dutchman",
    "Dutchwoman",
    "Countryman",
    "Compatriot",
];

static NOT_SURNAMES: LazyLock<FxHashSet<&str>> = LazyLock::new(|| {
    let mut set = word_set(NOT_SURNAME_LIST);
    set.extend(MONTHS.iter().chain(WEEKDAYS));
    set
});
static NOT_GIVEN: LazyLock<FxHashSet<&str>> = LazyLock::new(|| word_set(NOT_GIVEN_LIST));

/// A word of the text: letters and digits, with inner hyphens and apostrophes
/// ("Jean-Pierre", "O'Brien"); a possessive "'s" is not part of it.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    /// Where the text after the word (and its possessive) starts.
    next: usize,
}

/// Byte length of the letter or digit at `i` (a char boundary), if there is one.
fn alnum_len(text: &str, i: usize) -> Option<usize> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => b.is_ascii_alphanumeric().then_some(1),
        _ => text[i..].chars().next().filter(|c| c.is_alphanumeric()).map(char::len_utf8),
    }
}

/// End of the word that starts at `start`: letters and digits, and hyphens and
/// apostrophes between them.
fn skip_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let connector = match bytes.get(i) {
            None => return i,
            Some(b'-' | b'\'') => 1,
            Some(b) if b.is_ascii() => return i,
            Some(_) => match alnum_len(text, i) {
                Some(n) => {
                    i += n;
                    continue;
                }
                None if text[i..].starts_with('\u{2019}') => 3,
                None => return i,
            },
        };
        if alnum_len(text, i + connector).is_none() {
            return i;
        }
        i += connector;
    }
}

/// The word that starts at `start` (a letter or digit).
fn word_at(text: &str, start: usize) -> Word {
    let next = skip_word(text, start);
    let w = &text[start..next];
    let end = ["'s", "\u{2019}s"].iter().find_map(|s| w.strip_suffix(s)).map_or(next, |stem| start + stem.len());
    Word { start, end, next }
}

/// The first word at or after byte `from` (a char boundary).
fn next_word(text: &str, from: usize) -> Option<Word> {
    let mut i = from;
    while i < text.len() {
        if alnum_len(text, i).is_some() {
            return Some(word_at(text, i));
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The capitalised words of the text, in order: the only ones a name is made of.
///
/// Eight bytes are skipped at a time while none of them is an upper-case
/// ASCII letter or part of a non-ASCII character (most of a text is
/// lower-case letters and spaces); an upper-case letter inside a word
/// ("McDonald", "pro-Kremlin") does not start one.
fn capitalised_words(text: &str) -> Vec<Word> {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            let x = u64::from_le_bytes(chunk);
            let low = x & LOW7;
            // high bit of each byte: >= 'A' and not > 'Z' (no carries: every byte is < 0x80), or non-ASCII
            let upper = (low + 0x3f3f_3f3f_3f3f_3f3f) & !(low + 0x2525_2525_2525_2525) & HIGH;
            let found = upper | (x & HIGH);
            if found == 0 {
                i += 8;
                continue;
            }
            i += (found.trailing_zeros() / 8) as usize;
        }
        let Some(c) = text[i..].chars().next() else { break };
        if !c.is_uppercase() {
            i += c.len_utf8();
            continue;
        }
        if inside_word(text, i) {
            i = skip_word(text, i);
            continue;
        }
        let w = word_at(text, i);
        out.push(w);
        i = w.next;
    }
    out
}

/// Does the letter at `i` continue a word (after a letter or digit, or after a
/// hyphen or apostrophe that follows one)?
fn inside_word(text: &str, i: usize) -> bool {
    let mut before = text[..i].chars().rev();
    match before.next() {
        Some(p) if p.is_alphanumeric() => true,
        Some('-' | '\'' | '\u{2019}') => before.next().is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// The word right before `start` with one space between, if any ("spokeswoman" in
/// "spokeswoman Adrienne Watson").
fn word_before(text: &str, start: usize) -> Option<&str> {
    let before = text[..start].strip_suffix(' ')?;
    let w = crate::sentence::trailing_word(before, |c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '\u{2019}'));
    (!w.is_empty()).then_some(w)
}

/// Is `w` a particle inside names ("Mohammed bin Salman", "Javier Perez de Cuellar",
/// "Ursula von der Leyen", "Ahmed al-Sharaa"), lower case or capitalised ("Al Thani",
/// "Van Rompuy")?
fn is_particle(w: &str) -> bool {
    let b = w.as_bytes();
    if !(2..=5).contains(&b.len()) || !b[1..].iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let mut low = [0u8; 8];
    low[..b.len()].copy_from_slice(b);
    low[0] = low[0].to_ascii_lowercase();
    PARTICLE_KEYS.contains(&u64::from_le_bytes(low))
}

/// [`PARTICLES`] as numbers (their bytes, zero-padded, little-endian): compared at once.
const PARTICLE_KEYS: [u64; PARTICLES.len()] = {
    let mut keys = [0u64; PARTICLES.len()];
    let mut k = 0;
    while k < PARTICLES.len() {
        let b = PARTICLES[k].as_bytes();
        let mut i = 0;
        while i < b.len() {
            keys[k] |= (b[i] as u64) << (8 * i);
            i += 1;
        }
        k += 1;
    }
    keys
};

/// The particles of names, lower case.
const PARTICLES: [&str; 23] = [
    "bin", "bint", "ibn", "al", "el", "ben", "de", "da", "do", "dos", "das", "del", "della", "der", "di", "du", "la",
    "le", "van", "von", "den", "ter", "ten",
];

/// Particles of Portuguese and Spanish names that a later mention drops ("Alexandre de
/// Moraes" … "Moraes"); the others stay ("von der Leyen", "bin Salman").
const ROMANCE_PARTICLES: [&str; 9] = ["de", "da", "do", "dos", "das", "del", "la", "las", "los"];

/// The first letters of [`PARTICLES`], in either case.
static PARTICLE_INITIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < PARTICLES.len() {
        let b = PARTICLES[k].as_bytes()[0];
        t[b as usize] = true;
        t[b.to_ascii_uppercase() as usize] = true;
        k += 1;
    }
    t
};

/// End of the particle part of a name that starts right after `from` (" bin Salman",
/// " de Cuellar", " von der Leyen", " bin Abdulrahman Al Thani", " al-Sharaa"): one
/// or more particles, each chain followed by a capitalised word; `None` if there is none.
#[inline]
fn particle_tail(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    // most names are followed by something else: one byte test for a particle's first letter
    if bytes.get(from) != Some(&b' ') || !bytes.get(from + 1).is_some_and(|&b| PARTICLE_INITIAL[b as usize]) {
        return None;
    }
    particle_chain(text, from)
}

/// Does a particle and one space stand right before byte `start` ("de Havilland")?
fn particle_before(text: &str, start: usize) -> bool {
    text[..start].strip_suffix(' ').is_some_and(|before| {
        // (particles are ASCII: the word starts after the last byte that is no ASCII letter)
        let from = before.bytes().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |p| p + 1);
        is_particle(&before[from..])
    })
}

/// [`particle_tail`] after its first test.
fn particle_chain(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut pos = from;
    let mut end = None;
    loop {
        let mut p = pos;
        let mut particles = 0;
        // particles are short ASCII words: read bytes, not chars
        while bytes.get(p) == Some(&b' ') {
            let start = p + 1;
            let mut e = start;
            while e < bytes.len() && e - start <= 5 && bytes[e].is_ascii_alphabetic() {
                e += 1;
            }
            if !bytes.get(e).is_none_or(|b| b.is_ascii()) || !is_particle(&text[start..e]) {
                break;
            }
            // "al-Sharaa": the particle glued to the surname
            if bytes.get(e) == Some(&b'-') && text[e + 1..].starts_with(|c: char| c.is_uppercase()) {
                return Some(word_at(text, start).end);
            }
            particles += 1;
            p = e;
        }
        if particles == 0 {
            return end;
        }
        match text[p..].strip_prefix(' ').map(|r| (p + 1, r)) {
            Some((start, r)) if r.starts_with(|c: char| c.is_uppercase()) => {
                let w = word_at(text, start);
                if !name_like(&text[w.start..w.end]) {
                    return end;
                }
                end = Some(w.end);
                pos = w.end;
            }
            _ => return end,
        }
    }
}

/// The byte where the line holding byte `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    memchr::memrchr(b'\n', &text.as_bytes()[..at]).map_or(0, |p| p + 1)
}

/// Is the line around byte `at` written in title case, as a headline is ("Japan's New
/// Leader Faces Test as Beijing Steps Up Pressure"): three or more words of four letters or
/// more, every one of them capitalised?
fn title_case_line(text: &str, at: usize) -> bool {
    let start = line_start(text, at);
    let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |p| at + p);
    let mut long = text[start..end].split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4);
    let mut count = 0;
    long.all(|w| {
        count += 1;
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    }) && count >= 3
}

/// Does the line (or sentence) before byte `at` credit the story's reporters and editors ("By X and Y",
/// "--With assistance from X", "(Reporting by X; Editing by Y)")? They are not in the story.
fn credit_line(text: &str, at: usize) -> bool {
    // (from the line's or the sentence's start: wrapped lines are joined before this runs)
    let head = &text[line_start(text, at)..at];
    let head = memchr::memrchr3(b'.', b'!', b'?', head.as_bytes()).map_or(head, |p| &head[p + 1..]);
    let opening = head.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '(' | '\u{2014}'));
    // (a byline names only its writers before the name: "By Selcan Hacaoglu and Firat Kozok")
    let byline = opening.strip_prefix("By ").is_some_and(|names| {
        names.split([' ', ',']).all(|w| w.is_empty() || w == "and" || w.starts_with(char::is_uppercase))
    });
    // (the credit opens the line: "(Reporting by X; Editing by Y)"; looking for it anywhere
    // in a paragraph cost 2.5% of the whole pipeline)
    byline
        || [
            "With assistance from ",
            "Reporting by ",
            "Additional reporting by ",
            "Editing by ",
            "Writing by ",
            "Compiled by ",
            "To contact the reporter",
        ]
        .iter()
        .any(|credit| opening.starts_with(credit))
}

/// Capitalised, with a lower-case letter after the first (not an acronym), no digits.
fn name_like(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        // (not an acronym's plural: "Ten PEDs", "NGOs")
        && !cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && w.chars().any(char::is_lowercase)
        && !w.chars().any(|c| c.is_ascii_digit())
}

/// Portfolios that end a title ("Secretary of State", "Chancellor of the Exchequer"):
/// a name right after one is not glued to it.
const TITLE_OBJECTS: &[&str] = &[
    "State",
    "Exchequer",
    "Treasury",
    "Commerce",
    "Defence",
    "Defense",
    "Finance",
    "Justice",
    "Labor",
    "Labour",
    "Agriculture",
    "Energy",
    "Interior",
    "Health",
    "Education",
    "Transport",
    "Trade",
    "Industry",
    "Economy",
    "Staff",
    "Affairs",
];

/// Is `w` a title ("Mr", "President") or one of the `roles` (the relation rules'
/// role nouns, lower case: "spokeswoman", "Advisor")?
fn is_role(w: &str, roles: &FxHashSet<String>) -> bool {
    // "St Lawrence", "Saint Kitts": places, not a title before a name
    if matches!(w, "St" | "Saint") {
        return false;
    }
    if roles.contains(w) || is_title(w) {
        return true;
    }
    // "Advisor", "Spokesman": a capitalised role (ASCII, lower-cased on the stack)
    let mut buf = [0u8; 24];
    let Some(lower) = buf.get_mut(..w.len()) else { return false };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower).is_ok_and(|l| l != w && roles.contains(l))
}

/// Is `w` an ordinary word rather than a given name: written in lower case
/// elsewhere in `text` ("Vote Blair" … "the vote"), or hyphenated into lower case
/// ("Seventeen-year-old Stone")?
fn common_word(text: &str, w: &str) -> bool {
    if w.split('-').skip(1).any(|part| part.starts_with(char::is_lowercase)) {
        return true;
    }
    in_lower_case(text, w)
}

/// Is `w` written in lower case as a word somewhere in `text` ("the vote" for "Vote")?
fn in_lower_case(text: &str, w: &str) -> bool {
    let lower = w.to_lowercase();
    text.match_indices(lower.as_str()).any(|(i, _)| word_boundary(text, i) && word_boundary(text, i + lower.len()))
}

/// Does a place noun follow, directly or after one word ("Paddington Green police
/// station", "Abraham Lincoln Memorial")? Then the name is a place's.
fn place_after(rest: &str) -> bool {
    fn word(s: &str) -> (&str, &str) {
        s.split_at(s.bytes().position(|b| !b.is_ascii_alphabetic()).unwrap_or(s.len()))
    }
    let Some(rest) = rest.strip_prefix(' ') else { return false };
    let (first, rest) = word(rest);
    if PLACE_NOUNS.contains(first) {
        return true;
    }
    let lower = !first.is_empty() && first.bytes().all(|b| b.is_ascii_lowercase());
    lower && rest.strip_prefix(' ').is_some_and(|r| PLACE_NOUNS.contains(word(r).0))
}

/// Nouns that make the name before them a place's, in lower case and capitalised.
static PLACE_NOUNS: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    let lower = [
        "station",
        "street",
        "road",
        "avenue",
        "square",
        "airport",
        "park",
        "bridge",
        "prison",
        "stadium",
        "hospital",
        "school",
        "memorial",
        "estate",
        "tunnel",
        "harbour",
        "harbor",
        "barracks",
        "cathedral",
        "mosque",
        "church",
    ];
    let capitalised = lower.iter().map(|w| w[..1].to_ascii_uppercase() + &w[1..]);
    lower.iter().map(|w| w.to_string()).chain(capitalised).collect()
});

/// Does a company suffix follow ("Eli Lilly and Co", "Johnson & Johnson", "Laura Ashley plc",
/// "General Automation Iberica S.A.")? (A whole word:
/// "George Shultz and Commerce Secretary Malcolm Baldrige" names two people.)
fn company_after(rest: &str) -> bool {
    rest.starts_with(" & ")
        || [
            " and Co",
            " and Sons",
            " and Company",
            " Inc",
            " Corp",
            " Ltd",
            " Co",
            " S.A.",
            " SA",
            " AG",
            " NV",
            " N.V.",
            " plc",
            " PLC",
            " GmbH",
            " SpA",
            " S.p.A.",
        ]
        .iter()
        .any(|s| rest.strip_prefix(s).is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric())))
}

/// Do words that only a company takes stand before ("Shares in Laura Ashley fell", "a stake
/// in Ted Baker")?
fn company_before(head: &str) -> bool {
    ["shares in ", "shares of ", "stake in ", "Shares in ", "Shares of "].iter().any(|s| head.ends_with(s))
}

/// Common Chinese family names in pinyin (not ones that are also English words at the start
/// of a sentence or names of other things: "He", "Fan", "Song", "Sun").
const CHINESE_FAMILY_NAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Ma", "Zhu", "Hu", "Guo", "Lin",
    "Gao", "Luo", "Zheng", "Liang", "Xie", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian",
    "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao",
    "Zhong", "Cui", "Tan", "Jin", "Wen", "Qin", "Xi", "Hua", "Qian", "Fu", "Kong", "Mao", "Lai", "Wong",
];

/// Common Korean family names (the given name after them is hyphenated: "Cho Tae-yul").
const KOREAN_FAMILY_NAMES: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Shin", "Kwon", "Hwang", "Ahn", "Yoo",
    "Hong", "Jeon", "Moon", "Baek", "Chung", "Han", "Oh", "Seo", "Nam",
];

/// The family name of a name written family name first ("Dong" of "Dong Jun", "Cho" of "Cho
/// Tae-yul"): the first word is a common Chinese family name and the rest one word, or a
/// Korean one and the rest a hyphenated given name.
fn family_name_first<'a>(first: &'a str, rest: &str) -> Option<&'a str> {
    let one_word = !rest.contains(' ');
    let chinese = CHINESE_FAMILY_NAMES.contains(&first) && one_word;
    let korean = KOREAN_FAMILY_NAMES.contains(&first) && one_word && rest.contains('-');
    (chinese || korean).then_some(first)
}

/// Index in `people` of the person named `given surname`, added if new.
fn person_index(people: &mut Vec<Person>, given: &str, surname: &str) -> usize {
    let same = |p: &Person| {
        p.surname == surname && p.label.len() == given.len() + 1 + surname.len() && p.label.starts_with(given)
    };
    people.iter().position(same).unwrap_or_else(|| {
        people.push(Person::new(given, surname));
        people.len() - 1
    })
}

/// Finds the people of one document. Returns `mentions` (resolved, in text
/// order) together with the discovered ones, still in text order; a mention
/// of `people[k]` has entity index `base + k`.
pub fn discover(
    text: &str,
    mentions: Vec<Mention>,
    raw: &[RawMatch],
    matcher: &Matcher,
    roles: &FxHashSet<String>,
    base: usize,
) -> (Vec<Mention>, Vec<Person>) {
    let ws = capitalised_words(text);
    let covered = |w: Word| {
        let k = mentions.partition_point(|m| m.end <= w.start);
        mentions.get(k).is_some_and(|m| m.start < w.end)
    };
    let s = |w: Word| &text[w.start..w.end];
    let joined = |a: Word, b: Word| b.start == a.end + 1 && text.as_bytes()[a.end] == b' ';
    // `ws` holds the capitalised words only: a neighbour one space away that is not a role,
    // function word or entity makes the pair part of a longer name
    // the object of a title ("Secretary of State", "Chancellor of the Exchequer")
    let title_object = |w: Word| {
        if !TITLE_OBJECTS.contains(&s(w)) {
            return false;
        }
        let head = &text[..w.start];
        let head = head.strip_suffix("of the ").or_else(|| head.strip_suffix("of "));
        head.is_some_and(|h| word_before(text, h.len()).is_some_and(|r| is_role(r, roles)))
    };
    let glued_before = |i: usize| {
        i > 0
            && joined(ws[i - 1], ws[i])
            && !is_function_word(s(ws[i - 1]))
            && !is_role(s(ws[i - 1]), roles)
            && !covered(ws[i - 1])
            && !title_object(ws[i - 1])
    };
    // the capitalised word `n` stands one space after byte `end`, and is not a function word,
    // an entity or a weekday ("met Treasury Secretary James Baker Monday in Frankfurt")
    let glued_at = |end: usize, n: Word| {
        n.start == end + 1
            && text.as_bytes()[end] == b' '
            && !is_function_word(s(n))
            && !covered(n)
            && !WEEKDAYS.contains(&s(n))
    };
    let glued_after = |i: usize| ws.get(i + 1).is_some_and(|&n| glued_at(ws[i].end, n));
    // "chief Asia Pacific economist": a role noun right after the two words
    let role_noun_after = |w: Word| {
        text[w.end..].starts_with(' ')
            && next_word(text, w.end + 1).is_some_and(|n| n.start == w.end + 1 && roles.contains(s(n)))
    };
    let surname_ok = |w: Word| {
        let t = s(w);
        name_like(t) && t.chars().count() >= 2 && !is_function_word(t) && !is_title(t) && !NOT_SURNAMES.contains(t)
    };
    // surnames after an honorific somewhere in the document ("Prof Etzioni", "Mr. Smith"),
    // unless they name a known entity there ("Mr Blair")
    let honoured: FxHashSet<&str> = ws
        .windows(2)
        .filter(|p| {
            is_honorific(s(p[0]))
                && !covered(p[1])
                && (joined(p[0], p[1]) || (p[1].start == p[0].end + 2 && text[p[0].end..].starts_with(". ")))
        })
        .map(|p| s(p[1]))
        .collect();
    let known_given = |given: &str| given.chars().count() >= 3 && matcher.is_first_name(given);
    // (not in a headline: "Japan's New Leader Faces Test" names no one)
    let role_before =
        |g: Word| word_before(text, g.start).is_some_and(|w| is_role(w, roles)) && !title_case_line(text, g.start);
    // "Russia's ambassador to the UN, Vassily Nebenzia, said": a role among the few words
    // before the comma (no verb of saying among them), the name closed by a comma or a verb of
    // saying
    let role_before_comma = |g: Word, last: Word| {
        let Some(head) = text[..g.start].strip_suffix(", ") else { return false };
        let closed = [",", " said", " says", " told"].iter().any(|p| text[last.end..].starts_with(p));
        if !closed {
            return false;
        }
        let mut words = head.rsplit([' ', '\n']).map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
        let first = words.next().unwrap_or("");
        if is_role(first, roles) {
            return true;
        }
        // the role, a link and what it is of ("ambassador to the UN", "head of the agency"; no
        // double space between)
        let rest: Vec<&str> = std::iter::once(first).chain(words.take(4)).collect();
        rest.iter()
            .position(|w| matches!(*w, "of" | "to" | "at" | "for"))
            .is_some_and(|k| k > 0 && rest.get(k + 1).is_some_and(|r| is_role(r, roles)) && !rest[..k].contains(&""))
    };
    let given_ok = |g: Word| {
        let given = s(g);
        name_like(given)
            && !covered(g)
            && !is_function_word(given)
            && !is_title(given)
            && !NOT_GIVEN.contains(given)
            && !NOT_SURNAMES.contains(given)
    };
    // a known given name or a role before it, then at most one capitalised word and a
    // particle tail; nothing of it a known entity, no company or place word after it:
    // (end of the name, index in `ws` after it)
    let particle_name = |i: usize| -> Option<(usize, usize)> {
        let g = ws[i];
        // the particles right after the given name, or after one more capitalised word
        let end = particle_tail(text, g.end).or_else(|| {
            let m = *ws.get(i + 1).filter(|&&m| joined(g, m))?;
            let tail = particle_tail(text, m.end)?;
            (surname_ok(m) && !covered(m)).then_some(tail)
        })?;
        let j = ws.partition_point(|w| w.start < end);
        let mentioned = mentions.iter().any(|m| m.start < end && g.start < m.end);
        (given_ok(g)
            && !mentioned
            && (known_given(s(g)) || role_before(g))
            && !glued_before(i)
            && !ws.get(j).is_some_and(|&n| glued_at(end, n))
            && !company_after(&text[end..])
            && !place_after(&text[end..])
            && !credit_line(text, g.start))
        .then_some((end, j))
    };
    let mut people: Vec<Person> = Vec::new();
    // (start, end, person index) of full names
    let mut full: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let g = ws[i];
        let given = s(g);
        // "Mohammed bin Salman", "Javier Perez de Cuellar": a name with particles
        if let Some(k) = particle_name(i) {
            let (end, j) = k;
            let k = person_index(&mut people, given, &text[g.end + 1..end]);
            full.push((g.start, end, k));
            i = j;
            continue;
        }
        // "Fyodor Lukyanov, chairman of …", "Samuel Charap, a senior political scientist at …"
        // (after a determiner the role may follow names: "Hakeem Jeffries, the House Democratic
        // leader", "Elbridge Colby, the Pentagon's policy chief")
        // ("…with Texas Gulf, a senior USDA official said": the speaker of an attribution, not
        // an apposition)
        let role_after = |last: Word| {
            let Some(after) = text[last.end..].strip_prefix(", ") else { return false };
            // (or a possessive name: "Haytham Ali Tabatabai, Hezbollah's chief of staff")
            let determiner = ["the ", "a ", "an "].iter().any(|d| after.starts_with(d))
                || after.split(' ').next().is_some_and(|w| {
                    w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("\u{2019}s"))
                });
            let after_words: Vec<Word> =
                std::iter::successors(next_word(text, last.end), |w| next_word(text, w.next)).take(6).collect();
            let words: Vec<&str> = after_words.iter().map(|&w| s(w)).collect();
            let speech = |n: usize| words.get(n).is_some_and(|n| matches!(*n, "said" | "says" | "told" | "added"));
            // (the role word right before the verb, or the phrase it opens: "…, Manila's foreign
            // ministry said")
            let speaks = |k: usize| {
                speech(k + 1)
                    || (k + 1..words.len().min(k + 4))
                        .take_while(|&n| &text[after_words[n - 1].next..after_words[n].start] == " ")
                        .any(speech)
            };
            words
                .iter()
                .take(5)
                // ("Loch Ness West, said the first minister": a role of someone else)
                .take_while(|w| {
                    (determiner || !w.starts_with(char::is_uppercase)) && !matches!(**w, "said" | "says" | "told")
                })
                .enumerate()
                .any(|(k, w)| roles.contains(*w) && !speaks(k))
        };
        let mut three = false;
        // the surname, or a middle initial ("A.") and then the surname
        let (last, j) = if let Some(&mid) = ws.get(i + 1).filter(|&&m| joined(g, m)) {
            let initial = s(mid).len() == 1
                && s(mid).as_bytes()[0].is_ascii_uppercase()
                && text[mid.end..].starts_with(". ")
                && ws.get(i + 2).is_some_and(|w| w.start == mid.end + 2);
            // without a known given name, a role after the three words, where the middle word is
            // no given name opening a sentence ("Farmer Geoff Brooks"; "said Mohanad Hage Ali"
            // is a name), the first no role ("Conductor Marcello Viotti") nor the end of a title
            // ("Secretary of State George Shultz, whose …") and no entity is glued before ("the
            // Iran Power Generation Transmission")
            let entity_glued_before = i > 0 && joined(ws[i - 1], g) && covered(ws[i - 1]);
            let opens_sentence = || {
                let head = text[..g.start].trim_end_matches([' ', '"', '\u{201C}', '\'', '\u{2018}']);
                head.is_empty() || head.ends_with(['.', '!', '?', ':', '\n'])
            };
            let unknown_given_ok = |l: Word| {
                let ruled_out = entity_glued_before
                    || (known_given(s(mid)) && opens_sentence())
                    || is_role(given, roles)
                    || title_object(g);
                !ruled_out && role_after(l)
            };
            // "Maria Corina Machado": a known given name (or a role after the three words), a
            // middle name and the surname
            let middle = || {
                surname_ok(mid)
                    && !covered(mid)
                    && ws.get(i + 2).is_some_and(|&l| {
                        joined(mid, l) && surname_ok(l) && !covered(l) && (known_given(given) || unknown_given_ok(l))
                    })
            };
            if initial {
                (ws[i + 2], i + 2)
            } else if middle() && !glued_after(i + 2) {
                three = true;
                (ws[i + 2], i + 2)
            } else {
                (mid, i + 1)
            }
        } else {
            i += 1;
            continue;
        };
        let is_name = given_ok(g)
            && surname_ok(last)
            && !covered(last)
            // "Chief Operating Officer": a role is a surname only after a known given name ("Stephen King")
            && (!is_role(s(last), roles) || known_given(given))
            && (known_given(given)
                // a role before and a role noun after: the words modify the noun
                || (role_before(g) && !role_noun_after(last))
                || role_after(last)
                || role_before_comma(g, last)
                || (honoured.contains(s(last)) && !common_word(text, given)))
            && !glued_before(i)
            && !glued_after(j)
            && !company_after(&text[last.end..])
            && !company_before(&text[..g.start])
            && !place_after(&text[last.end..])
            // three capitalised words are a person's only in a role's company ("opposition leader
            // Maria Corina Machado", "Antonio Ortiz Mena, president of"): not "Adam Smith Lecture"
            && (!three || role_before(g) || role_after(last))
            // ("the Lesley Ann deposit": a thing's name)
            && word_before(text, g.start) != Some("the")
            && !credit_line(text, g.start);
        if !is_name {
            i += 1;
            continue;
        }
        let given = if three { &text[g.start..ws[i + 1].end] } else { given };
        let k = person_index(&mut people, given, s(last));
        full.push((g.start, last.end, k));
        i = j + 1;
    }
    if people.is_empty() {
        return (mentions, people);
    }
    let mut found: Vec<Mention> =
        full.iter().map(|&(start, end, k)| Mention { entity: base + k, start, end, kind: AliasKind::Name }).collect();
    // bare surnames: only those one person found here bears, and no entity mentioned here
    let mentioned: FxHashSet<usize> = mentions.iter().map(|m| m.entity).collect();
    let borne_by_mentioned = |w: Word| {
        let k = raw.partition_point(|r| r.start < w.start);
        raw.get(k).is_some_and(|r| r.start == w.start && r.claims.iter().any(|c| mentioned.contains(&c.entity)))
    };
    let in_full = |w: Word| full.iter().any(|&(a, b, _)| a <= w.start && w.end <= b);
    // surname -> the one person found here who bears it (None: two or more do)
    let mut bearer: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    // surnames without their Romance particle count only after the full name ("Santos harbour"
    // before "Orlando dos Santos" is the port)
    let mut after_full = Vec::new();
    for (k, p) in people.iter().enumerate() {
        bearer.entry(p.surname.as_str()).and_modify(|b| *b = None).or_insert(Some(k));
        // "(Shia) al-Sudani" is also "al-Sudani" and "Sudani" in later mentions, "de Moraes" "Moraes"
        let (particles, last) = p.surname.rsplit_once(' ').unwrap_or(("", &p.surname));
        let romance = !particles.is_empty() && particles.split(' ').all(|w| ROMANCE_PARTICLES.contains(&w));
        let bare = ["al-", "Al-", "el-", "El-"].iter().find_map(|a| last.strip_prefix(a));
        if bare.is_some() || romance {
            for short in [Some(last), bare].into_iter().flatten().filter(|&s| s != p.surname) {
                bearer.entry(short).and_modify(|b| *b = None).or_insert(Some(k));
            }
            if romance {
                after_full.push(last);
            }
        }
    }
    // "Dong Jun" … "Dong said": a Chinese or Korean family name comes first, and stands alone
    for (k, p) in people.iter().enumerate() {
        // (not a company's name: "Sun Refining", whose second word is written in lower case too)
        let family = family_name_first(&p.label[..p.label.len() - p.surname.len() - 1], &p.surname)
            .filter(|_| !in_lower_case(text, &p.surname));
        if let Some(family) = family {
            bearer.entry(family).and_modify(|b| *b = None).or_insert(Some(k));
        }
    }
    for (i, &w) in ws.iter().enumerate() {
        let Some(&Some(k)) = bearer.get(s(w)) else {
            continue;
        };
        if in_full(w) || covered(w) || glued_before(i) || glued_after(i) || borne_by_mentioned(w) {
            continue;
        }
        // ("the de Havilland company" is not Geoffrey de Havilland's "Havilland")
        if particle_before(text, w.start) {
            continue;
        }
        if after_full.contains(&s(w)) && !full.iter().any(|&(start, _, f)| f == k && start < w.start) {
            continue;
        }
        found.push(Mention { entity: base + k, start: w.start, end: w.end, kind: AliasKind::Surname });
    }
    let mut all = mentions;
    all.extend(found);
    all.sort_by_key(|m| m.start);
    (all, people)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;
    use crate::resolve::resolve;

    fn gaz() -> Gazetteer {
        Gazetteer::from_str(
            "t.tsv",
            "samuel-adams\tactor\tSamuel Adams\tAdams|surname\n\
             charles-dickens\tactor\tCharles Dickens\tDickens|surname\n\
             fiona-apple\tactor\tFiona Apple\tApple|surname\n\
             michael-howard-aus\tactor\tJohn Howard\tHoward|surname\n\
             michael-foot\tactor\tMichael Foot\tFoot|surname\n\
             rand\tinstitution\tRAND Corporation\tRAND\n\
             kremlin\tinstitution\tKremlin\n\
             usa\tcountry\tUnited States\tUS; Washington|capital\n\
             swe\tcountry\tSweden\tSwedish|demonym\n",
        )
        .unwrap()
    }

    /// (text of each discovered mention, person id) in text order.
    fn found(text: &str) -> Vec<(String, String)> {
        let g = gaz();
        let m = Matcher::with_parts(&g, 1);
        let raw = m.find(text);
        let resolved = resolve(text, &raw, &m);
        let base = g.entities.len();
        let roles: FxHashSet<String> =
            ["spokeswoman", "advisor", "chairman", "scientist", "fellow", "officer", "director"]
                .into_iter()
                .map(String::from)
                .collect();
        let (all, people) = discover(text, resolved, &raw, &m, &roles, base);
        all.iter()
            .filter(|x| x.entity >= base)
            .map(|x| (text[x.start..x.end].to_string(), people[x.entity - base].id.clone()))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // a Chinese or Korean name written family name first: the family name alone later
            (
                "said Chinese Defence Minister Dong Jun. Mr Dong added that Dong's view held.",
                &[("Dong Jun", "person:dong-jun"), ("Dong", "person:dong-jun"), ("Dong", "person:dong-jun")],
            ),
            (
                "said Foreign Minister Cho Tae-yul. Cho added it.",
                &[("Cho Tae-yul", "person:cho-tae-yul"), ("Cho", "person:cho-tae-yul")],
            ),
            ("said director Lee Anderson. Lee added it.", &[("Lee Anderson", "person:lee-anderson")]),
            // (a second word written in lower case elsewhere: a company's name)
            ("said director Wang Refining. Wang said refining grew.", &[("Wang Refining", "person:wang-refining")]),
            // a known given name before a capitalised word; the surname alone later
            (
                "said Samuel Charap, a scientist at RAND. Charap added that Charap's view held.",
                &[
                    ("Samuel Charap", "person:samuel-charap"),
                    ("Charap", "person:samuel-charap"),
                    ("Charap", "person:samuel-charap"),
                ],
            ),
            // an organisation's unit after a rank-like word is not a person
            ("He heads IBM's General Technology Division.", &[]),
            // a role after a determiner may follow names; not the speaker of an attribution
            (
                "Hakeem Jeffries, the House Democratic director, spoke.",
                &[("Hakeem Jeffries", "person:hakeem-jeffries")],
            ),
            ("It signed with Texas Gulf, a senior USDA officer said.", &[]),
            // (nor of one whose role phrase runs into the verb)
            ("The ship sailed near Scarborough Shoal, the director general said.", &[]),
            (
                "Borislav Petrovsky, a director of research, said so.",
                &[("Borislav Petrovsky", "person:borislav-petrovsky")],
            ),
            // a role (and what it is of) before the comma, the name closed by a comma or "said"
            ("The director, Vassily Nebenzia, spoke.", &[("Vassily Nebenzia", "person:vassily-nebenzia")]),
            (
                "The director of the fund, Vassily Nebenzia, said so.",
                &[("Vassily Nebenzia", "person:vassily-nebenzia")],
            ),
            ("As part of the deal, Blue Arrow said so.", &[]),
            ("The director said, Blue Arrow left.", &[]),
            ("The director, Blue Arrow ferries.", &[]),
            // … or a possessive name; three words without a known given name only so
            (
                "It hit Haytham Ali Tabatabai, Hezbollah's director of staff.",
                &[("Haytham Ali Tabatabai", "person:haytham-ali-tabatabai")],
            ),
            ("Tabatabai Haytham Ali will go.", &[]),
            // not the role of someone else after "said", nor a middle word that is a given
            // name, a first word that is a role, a name glued to an entity or a company form
            ("the Loch Ness West, said the chairman.", &[]),
            ("Farmer Samuel Brooks, a director, left.", &[]),
            // (a middle given name inside a sentence is part of the name)
            (
                "It is bad, said Khalid Samuel Brooks, a director.",
                &[("Khalid Samuel Brooks", "person:khalid-samuel-brooks")],
            ),
            ("It went to Secretary of State Samuel Brooks, a director.", &[("Samuel Brooks", "person:samuel-brooks")]),
            ("Scientist Marco Polo, a fellow, left.", &[("Marco Polo", "person:marco-polo")]),
            ("the Sweden Power Lines Plan, a director, left.", &[]),
            ("sold to Agricola Forte SpA, a director of the group.", &[]),
            // what shares are bought in is a company
            ("Shares in Laura Ashley fell.", &[]),
            // a middle initial is dropped from the name
            ("Charles A. Kupchan said so.", &[("Charles A. Kupchan", "person:charles-kupchan")]),
            // a middle name is kept, in a role's company
            (
                "Kremlin spokeswoman Samuel Paul Charap said so. Charap left.",
                &[("Samuel Paul Charap", "person:samuel-paul-charap"), ("Charap", "person:samuel-paul-charap")],
            ),
            // not before a fourth capitalised word, nor with a company or show word last
            ("Samuel Paul Charap Foundation", &[]),
            ("The Samuel Peel Show aired.", &[]),
            ("Samuel Paul Charap spoke.", &[]),
            // a role before the name stands in for an unknown given name
            ("Kremlin spokeswoman Adrienne Watson said.", &[("Adrienne Watson", "person:adrienne-watson")]),
            (
                "Swedish National Security Advisor Henrik Landerholm said.",
                &[("Henrik Landerholm", "person:henrik-landerholm")],
            ),
            (
                "Mr Michael Howard spoke. Mr Howard left.",
                &[("Michael Howard", "person:michael-howard"), ("Howard", "person:michael-howard")],
            ),
            // a role in apposition after the name
            ("Fyodor Lukyanov, chairman of the council", &[("Fyodor Lukyanov", "person:fyodor-lukyanov")]),
            ("Adrienne Watson, a senior political scientist at RAND", &[("Adrienne Watson", "person:adrienne-watson")]),
            // no role and no known given name: nothing
            ("Adrienne Watson said.", &[]),
            // a name right after the portfolio of a title is not glued to it
            ("said Chief Secretary of State Samuel Quinn.", &[("Samuel Quinn", "person:samuel-quinn")]),
            ("a fellow of Solaris Asset Management said.", &[]),
            // a role is no surname after a role ("Chief Operating Officer"), but after a known given name
            ("said Adrienne Watson, Chief Operating Officer of the company.", &[]),
            ("Samuel Officer said.", &[("Samuel Officer", "person:samuel-officer")]),
            // two capitalised words between a role and a role noun modify the noun
            ("Their chief advisor Asia Pacific fellow at Natixis said so.", &[]),
            // (a known given name is still a name: "named Samuel Adams chairman")
            ("It named Samuel Quinn chairman.", &[("Samuel Quinn", "person:samuel-quinn")]),
            // ... unless an honorific stands before the surname elsewhere in the document
            (
                "Adrienne Watson said. Ms Watson left.",
                &[("Adrienne Watson", "person:adrienne-watson"), ("Watson", "person:adrienne-watson")],
            ),
            (
                "Adrienne Watson said. Prof. Watson left.",
                &[("Adrienne Watson", "person:adrienne-watson"), ("Watson", "person:adrienne-watson")],
            ),
            // not when the first word is written in lower case elsewhere, or is not a name at all
            ("Vote Watson. Mr Watson won the vote.", &[]),
            ("Seventeen-year-old Watson, said Mr Watson.", &[]),
            // nor when the honoured surname is a known entity's
            ("Adrienne Howard met John Howard. Mr Howard left.", &[]),
            // a title is not a given name
            ("Professor Watson said.", &[]),
            (
                "Parliament speaker Hojatoleslam Akbar Rafsanjani said.",
                &[("Akbar Rafsanjani", "person:akbar-rafsanjani")],
            ),
            // nor are the words of an organisation's name
            ("said the Foreign Agricultural Service administrator", &[]),
            ("Adrienne Watson, Paris and the senior fellow", &[]),
            // part of a longer name
            ("at the Samuel Beckett Theatre Company", &[]),
            ("at Hotel Fiona Bright today", &[]),
            ("Michael Foot Street", &[]),
            // a place named after a person ("station", "school" after the name or one word on)
            ("at Samuel Green police station", &[]),
            ("the Charles Kennedy memorial", &[]),
            // not surnames
            ("Charles Street and Samuel Monday", &[]),
            // companies and places named after people
            ("Eli Lilly and Co said; Samuel Johnson & Sons", &[]),
            // (a weekday after a name is a time: "met Samuel Baker Monday")
            ("met Samuel Baker Monday in Frankfurt", &[("Samuel Baker", "person:samuel-baker")]),
            // (whole words: "and Commerce" is no company suffix)
            (
                "met Samuel Shultz and Commerce Secretary Charles Baldrige",
                &[("Samuel Shultz", "person:samuel-shultz"), ("Charles Baldrige", "person:charles-baldrige")],
            ),
            ("General Electric Co and the St Lawrence Seaway", &[]),
            ("Samuel Ashley plc and chairman Charles Iberica S.A. agreed", &[]),
            ("Samuel Ashley, Coventry", &[("Samuel Ashley", "person:samuel-ashley")]),
            // an acronym's plural is no surname
            ("Ten PEDs equal one dollar, Samuel NGOs said", &[]),
            // a gazetteer name is not rediscovered
            ("Michael Foot and Samuel Adams", &[]),
            // a capital that stands inside a larger name is a surname there
            ("Charles Washington", &[("Charles Washington", "person:charles-washington")]),
            // two people found with one surname: the bare surname is left alone
            (
                "Fiona Ross met Charles Ross. Ross said.",
                &[("Fiona Ross", "person:fiona-ross"), ("Charles Ross", "person:charles-ross")],
            ),
            // a gazetteer person mentioned here bears the surname: left alone
            ("John Howard met Michael Howard. Howard said.", &[("Michael Howard", "person:michael-howard")]),
            // acronyms and digits are not names
            ("Samuel RAND and Charles B52", &[]),
            // sentence-initial function words are not given names
            ("The Kupchan plan", &[]),
            // names with particles
            (
                "chairman Khalid bin Abdulrahman Al Thani met Samuel Charap.",
                &[
                    ("Khalid bin Abdulrahman Al Thani", "person:khalid-bin-abdulrahman-al-thani"),
                    ("Samuel Charap", "person:samuel-charap"),
                ],
            ),
            ("said Charles Perez de Cuellar.", &[("Charles Perez de Cuellar", "person:charles-perez-de-cuellar")]),
            ("chairman Ahmed al-Khatib said", &[("Ahmed al-Khatib", "person:ahmed-al-khatib")]),
            ("chairman Ahmed al-Khatib's view", &[("Ahmed al-Khatib", "person:ahmed-al-khatib")]),
            ("Foreign Affairs Rene van der Linden", &[]),
            ("at the Charles de Gaulle Airport", &[]),
            ("Samuel de Champlain Company", &[]),
            // non-ASCII names
            (
                "Michael Súilleabháin spoke; Súilleabháin left.",
                &[
                    ("Michael Súilleabháin", "person:michael-súilleabháin"),
                    ("Súilleabháin", "person:michael-súilleabháin"),
                ],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            assert_eq!(found(text), want, "text {text:?}");
        }
    }

    proptest::proptest! {
        /// The eight-bytes-at-a-time scan finds the same capitalised words as
        /// reading every word.
        #[test]
        fn capitalised_words_same_as_every_word(pieces in proptest::collection::vec(0usize..16, 0..40)) {
            const PIECES: &[&str] = &[
                "Putin", "said", " ", "-", "'", "’", "Élysée", "é", "McDonald", "pro-Kremlin", "3M", ". ", "O'Brien",
                "xY", "\u{2014}", "abcdefghij",
            ];
            let text: String = pieces.iter().map(|&p| PIECES[p]).collect();
            let every: Vec<(usize, usize)> = std::iter::successors(next_word(&text, 0), |w| next_word(&text, w.next))
                .filter(|w| text[w.start..].starts_with(char::is_uppercase))
                .map(|w| (w.start, w.end))
                .collect();
            let caps: Vec<(usize, usize)> = capitalised_words(&text).iter().map(|w| (w.start, w.end)).collect();
            proptest::prop_assert_eq!(caps, every, "text {:?}", text);
        }
    }

    #[test]
    fn words_keep_inner_connectors_and_drop_possessives() {
        let text = "Jean-Pierre's O'Brien – Putin’s next-door Élysée 42";
        let all: Vec<&str> = std::iter::successors(next_word(text, 0), |w| next_word(text, w.next))
            .map(|w| &text[w.start..w.end])
            .collect();
        assert_eq!(all, ["Jean-Pierre", "O'Brien", "Putin", "next-door", "Élysée", "42"]);
        let caps: Vec<&str> = capitalised_words(text).iter().map(|w| &text[w.start..w.end]).collect();
        assert_eq!(caps, ["Jean-Pierre", "O'Brien", "Putin", "Élysée"]);
        assert_eq!(word_before(text, 14), Some("Jean-Pierre's"));
    }
}
