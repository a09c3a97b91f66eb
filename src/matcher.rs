//! Dictionary matcher: one Aho-Corasick automaton over every alias, with
//! Unicode word boundaries, per-alias case rules, and longest
//! non-overlapping selection (so a rejected long match never hides a valid
//! shorter one: "Saudi Arabian" still yields "Saudi").
//!
//! A name can only start where a word starts, so the automaton is walked
//! anchored from word starts whose first two bytes (exact bit set) and three
//! bytes (hashed bit set) begin some alias, instead of running an unanchored
//! scan over every byte: two bit tests per byte, a short trie walk per
//! candidate, and every prefix match seen on the walk is a fallback when the
//! longest one ends inside a word. Since every walk stays among the patterns
//! of its first byte, the patterns are split by first byte over a few automata
//! built in parallel (the gazetteer load waits for them; matches do not change).

use crate::gazetteer::{Alias, AliasKind, CaseRule, EntityType, Gazetteer};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// One entity claiming a pattern: `(entity index, alias index)` and the
/// alias facts resolution needs, copied here so that resolving a hit does not
/// chase pointers through the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    pub entity: usize,
    pub alias: usize,
    pub kind: AliasKind,
    pub weak: bool,
    /// Also a given name (`given`).
    pub given: bool,
    pub ambiguous: bool,
    /// The usual referent of a shared alias (`pref`).
    pub preferred: bool,
    /// A one-word name of a person ("Blair").
    pub single_word_person: bool,
    /// A family name written first in the person's name ("Wang" of "Wang Yi").
    pub family_first: bool,
    /// The entity is a country.
    pub country: bool,
    /// The entity is a person.
    pub person: bool,
    /// The entity is a company (`kind=company`).
    pub company: bool,
    /// The entity is a political party (`kind=party`).
    pub party: bool,
    /// For a body of a state (`kind` legislature, government, court, agency, central bank,
    /// military), a party or a person with a `country` attribute: that country's entity
    /// ("Congress" → United States, "Conservatives" → United Kingdom, "Orban" → Hungary).
    pub home: Option<u32>,
    /// The number of the entity's Wikidata id (`u32::MAX` without one): among namesakes
    /// without other evidence, the lowest (the longest-known item) is preferred.
    pub qid_rank: u32,
    /// For a surname, the first letter of the person's given name ("S" of "Subrahmanyam
    /// Jaishankar", so that "S. Jaishankar" is him); 0 otherwise.
    pub initial: u8,
}

/// Kinds of institutions that belong to one state.
pub(crate) const STATE_BODY_KINDS: &[&str] =
    &["legislature", "government", "court", "agency", "central_bank", "military"];

/// A dictionary hit: byte span and the claims whose case rule accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMatch<'m> {
    pub start: usize,
    pub end: usize,
    pub claims: &'m [Claim],
    /// Some claim is a plain name (not a surname or weak alias needing context).
    pub strong: bool,
}

/// Compiled matcher for a gazetteer.
pub struct Matcher {
    /// Automata over the patterns, one per range of first bytes (built in parallel).
    parts: Vec<Part>,
    /// First byte of a pattern → its automaton in `parts`.
    part_of: [u8; 256],
    /// Bit set over (first byte, second byte) pairs that begin some pattern
    /// (second byte 0 stands for the end of the text after a one-byte pattern).
    prefixes: Box<[u64; 1024]>,
    /// Hashed bit set over the first three bytes of patterns (a Bloom filter
    /// with one hash: false positives only cost a walk).
    prefixes3: Box<[u64; PREFIX3_WORDS]>,
    /// Claims of every pattern, grouped by pattern id.
    claims: Vec<Claim>,
    /// Pattern id `p` → its claims are `claims[bounds[p]..bounds[p + 1]]`.
    bounds: Vec<u32>,
    /// Pattern id → some claim is a plain name (not surname/weak).
    strong: Vec<bool>,
    /// Pattern id → byte length of a leading title ("President " of "President Putin") when
    /// the pattern names people only and what follows the title is itself a pattern of
    /// theirs; 0 otherwise. See [`Matcher::untitled`].
    title_len: Vec<u8>,
    patterns: Vec<String>,
    /// First words of the people's multi-word names ("Tony" of "Tony Blair"):
    /// what a given name looks like, to tell a namesake ("Michael Howard")
    /// from a title or role before a surname ("Baroness Boothroyd").
    first_names: FxHashSet<Box<str>>,
    /// Word → the people whose full name has it right before one of their one-word
    /// aliases ("Tayyip" before "Erdogan" in "Recep Tayyip Erdogan").
    inner_names: FxHashMap<Box<str>, Vec<usize>>,
    /// Some pattern starts with an ASCII byte that is not a word byte ("(", "'"):
    /// then every byte after a non-word byte may start one, not only words.
    punct_initial: bool,
}

impl Matcher {
    /// Builds a case-sensitive automaton over the surface forms each alias's
    /// case rule allows (as written; in capitals for headlines; for `i`
    /// aliases also lower and title case). Identical forms share one pattern
    /// that maps to every claim, so "Congolese" can stand for two countries.
    pub fn new(gaz: &Gazetteer) -> Self {
        Self::with_parts(gaz, std::thread::available_parallelism().map_or(1, |n| n.get()))
    }

    /// [`Matcher::new`] with the patterns split over `parts` automata (1–8; matches
    /// do not depend on it, only the time to build them).
    pub fn with_parts(gaz: &Gazetteer, parts: usize) -> Self {
        // (surface form, claim) for every alias, grouped by form: one pattern per distinct form
        let mut entries: Vec<(String, Claim)> = Vec::new();
        // country code (cca3) → country entity
        let countries: FxHashMap<&str, u32> = gaz
            .entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.etype == EntityType::Country)
            .filter_map(|(i, e)| Some((e.attrs.get("cca3")?.as_str(), i as u32)))
            .collect();
        for (ei, e) in gaz.entities.iter().enumerate() {
            let state_body = e.etype == EntityType::Institution
                && e.attrs.get("kind").is_some_and(|k| STATE_BODY_KINDS.contains(&k.as_str()));
            let party = e.attrs.get("kind").is_some_and(|k| k == "party");
            let home = e
                .attrs
                .get("country")
                .filter(|_| state_body || party || e.etype == EntityType::Actor)
                .and_then(|c| countries.get(c.as_str()).copied());
            for (ai, a) in e.aliases.iter().enumerate() {
                let family_first = a.kind == AliasKind::Surname
                    && e.label.strip_prefix(a.text.as_str()).is_some_and(|rest| rest.starts_with(' '));
                let claim = Claim {
                    entity: ei,
                    alias: ai,
                    kind: a.kind,
                    weak: a.weak,
                    given: a.given,
                    ambiguous: a.ambiguous,
                    preferred: a.preferred,
                    single_word_person: e.etype == EntityType::Actor && !a.text.contains(' '),
                    family_first,
                    country: e.etype == EntityType::Country,
                    person: e.etype == EntityType::Actor,
                    company: e.attrs.get("kind").is_some_and(|k| k == "company"),
                    party,
                    home,
                    qid_rank: e
                        .attrs
                        .get("qid")
                        .and_then(|q| q.strip_prefix('Q'))
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(u32::MAX),
                    initial: match e.label.as_bytes().first() {
                        Some(&b) if a.kind == AliasKind::Surname && b.is_ascii_uppercase() && !family_first => b,
                        _ => 0,
                    },
                };
                entries.extend(surface_forms(a).into_iter().map(|form| (form, claim)));
            }
        }
        entries.sort_unstable_by(|x, y| x.0.cmp(&y.0).then((x.1.entity, x.1.alias).cmp(&(y.1.entity, y.1.alias))));
        // one claim per entity and form: the first alias giving it ("TASS" as written and as
        // the capitals of "Tass" is one claim, not an ambiguity that needs evidence)
        entries.dedup_by(|x, y| x.0 == y.0 && x.1.entity == y.1.entity);
        let mut patterns: Vec<String> = Vec::new();
        let mut claims: Vec<Claim> = Vec::with_capacity(entries.len());
        let mut bounds: Vec<u32> = Vec::new();
        for (form, claim) in entries {
            if patterns.last() != Some(&form) {
                bounds.push(claims.len() as u32);
                patterns.push(form);
            }
            claims.push(claim);
        }
        bounds.push(claims.len() as u32);
        let (parts, part_of) = build_parts(&patterns, parts);
        let mut prefixes = Box::new([0u64; 1024]);
        let mut prefixes3 = Box::new([0u64; PREFIX3_WORDS]);
        let mut add = |b0: u8, b1: u8, b2: u8| {
            set_bit(&mut prefixes[..], prefix2_key(b0, b1));
            set_bit(&mut prefixes3[..], prefix3_key(b0, b1, b2));
        };
        for p in &patterns {
            // a pattern shorter than three bytes is followed by any byte (0: the end of the text)
            match *p.as_bytes() {
                [] => {}
                [b0] => (0..=255u8).for_each(|b1| (0..=255u8).for_each(|b2| add(b0, b1, b2))),
                [b0, b1] => (0..=255u8).for_each(|b2| add(b0, b1, b2)),
                [b0, b1, b2, ..] => add(b0, b1, b2),
            }
        }
        let strong = bounds
            .windows(2)
            .map(|w| claims[w[0] as usize..w[1] as usize].iter().any(|c| !c.weak && c.kind != AliasKind::Surname))
            .collect();
        let title_len = title_lengths(&patterns, &claims, &bounds);
        let first_names = gaz
            .entities
            .iter()
            .filter(|e| e.etype == EntityType::Actor)
            .flat_map(|e| std::iter::once(e.label.as_str()).chain(e.aliases.iter().map(|a| a.text.as_str())))
            .filter_map(|name| name.split_once(' ').map(|(first, _)| first))
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase))
            .map(Box::from)
            .collect();
        let punct_initial =
            patterns.iter().any(|p| p.as_bytes().first().is_some_and(|&b| b.is_ascii() && !is_ascii_word_byte(b)));
        let inner_names = inner_names(gaz);
        Matcher {
            parts,
            part_of,
            prefixes,
            prefixes3,
            claims,
            bounds,
            strong,
            title_len,
            patterns,
            first_names,
            inner_names,
            punct_initial,
        }
    }

    /// Is `word` the first word of some person's name in the gazetteer?
    pub fn is_first_name(&self, word: &str) -> bool {
        self.first_names.contains(word)
    }

    /// Does `word` stand right before a one-word alias of person `entity` in its
    /// full name ("Tayyip" for Recep Tayyip Erdogan)? Then "Tayyip Erdogan" is
    /// that person, not a namesake.
    pub fn is_inner_name(&self, entity: usize, word: &str) -> bool {
        self.inner_names.get(word).is_some_and(|es| es.contains(&entity))
    }

    /// The surface forms searched for (for benchmarks and diagnostics).
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Heap bytes of the automaton (diagnostics).
    pub fn automaton_bytes(&self) -> usize {
        self.parts.iter().map(|p| p.nfa.memory_usage()).sum()
    }

    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    fn claims_of(&self, pid: usize) -> &[Claim] {
        &self.claims[self.bounds[pid] as usize..self.bounds[pid + 1] as usize]
    }

    /// All word-bounded matches, leftmost-longest and non-overlapping, in text order.
    ///
    /// At each word start the automaton is walked anchored until it dies; of
    /// the patterns seen on the way, the longest one that ends at a word
    /// boundary wins, so "Saudi Arabia" failing in "Saudi Arabian" still
    /// leaves "Saudi".
    pub fn find(&self, text: &str) -> Vec<RawMatch<'_>> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        // pattern ends seen on the current walk: (end, pattern id)
        let mut ends: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        loop {
            // inside an ASCII word no pattern starts (no word boundary): on to the next start
            i = next_start(bytes, i, self.punct_initial);
            if i == bytes.len() {
                break;
            }
            // continuation bytes of UTF-8 never start a pattern, so `i` is a char boundary here
            let b1 = bytes.get(i + 1).copied().unwrap_or(0);
            if !has_bit(&self.prefixes[..], prefix2_key(bytes[i], b1))
                || !has_bit(&self.prefixes3[..], prefix3_key(bytes[i], b1, bytes.get(i + 2).copied().unwrap_or(0)))
                || !word_boundary(text, i)
            {
                i += 1;
                continue;
            }
            self.walk(bytes, i, &mut ends);
            match self.longest_end(text, &ends) {
                Some((e, pid)) => {
                    let (start, end, pid) = self.untitled(bytes, text, i, e, pid, &mut ends);
                    out.push(RawMatch { start, end, claims: self.claims_of(pid), strong: self.strong[pid] });
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The longest pattern end of a walk that is a word boundary.
    fn longest_end(&self, text: &str, ends: &[(usize, usize)]) -> Option<(usize, usize)> {
        ends.iter().rev().find(|&&(e, _)| text.is_char_boundary(e) && word_end(text, e)).copied()
    }

    /// A person's alias that starts with a title ("President Xi" at `start..end`) leaves the
    /// title out of the match, so the rules still read it ("Chinese President Xi"), and gives
    /// way to a longer name after the title ("President Xi Jinping" is "Xi Jinping").
    /// Returns the match's span and pattern.
    fn untitled(
        &self,
        bytes: &[u8],
        text: &str,
        start: usize,
        end: usize,
        pid: usize,
        ends: &mut Vec<(usize, usize)>,
    ) -> (usize, usize, usize) {
        let title = self.title_len[pid] as usize;
        if title == 0 {
            return (start, end, pid);
        }
        let name = start + title;
        self.walk(bytes, name, ends);
        match self.longest_end(text, ends) {
            Some((e, longer)) if e > end => (name, e, longer),
            _ => (name, end, pid),
        }
    }

    /// Walks the automaton anchored at `start`, collecting every pattern end (shortest first).
    fn walk(&self, bytes: &[u8], start: usize, ends: &mut Vec<(usize, usize)>) {
        ends.clear();
        let part = &self.parts[self.part_of[bytes[start] as usize] as usize];
        let nfa = &part.nfa;
        let mut sid = part.start;
        for (j, &b) in bytes.iter().enumerate().skip(start) {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    return;
                }
                if nfa.is_match(sid) {
                    // a state also carries the patterns that are suffixes of its path
                    // (for unanchored searches): keep only the one spanning the walk
                    let len = j + 1 - start;
                    if let Some(pid) =
                        (0..nfa.match_len(sid)).map(|k| nfa.match_pattern(sid, k)).find(|&p| nfa.pattern_len(p) == len)
                    {
                        ends.push((j + 1, part.first_pattern + pid.as_usize()));
                    }
                }
            }
        }
    }
}

/// The [`Matcher::is_inner_name`] index: for each person, the word before each
/// of its one-word aliases in each of its names of three words or more.
fn inner_names(gaz: &Gazetteer) -> FxHashMap<Box<str>, Vec<usize>> {
    let mut out: FxHashMap<Box<str>, Vec<usize>> = FxHashMap::default();
    for (ei, e) in gaz.entities.iter().enumerate().filter(|(_, e)| e.etype == EntityType::Actor) {
        let single: Vec<&str> = e.aliases.iter().map(|a| a.text.as_str()).filter(|t| !t.contains(' ')).collect();
        let names = std::iter::once(e.label.as_str())
            .chain(e.aliases.iter().filter(|a| a.kind == AliasKind::Name).map(|a| a.text.as_str()));
        for name in names {
            let words: Vec<&str> = name.split(' ').collect();
            if words.len() < 3 {
                continue;
            }
            for pair in words.windows(2).filter(|p| single.contains(&p[1])) {
                let entities = out.entry(Box::from(pair[0])).or_default();
                if !entities.contains(&ei) {
                    entities.push(ei);
                }
            }
        }
    }
    out
}

/// [`Matcher::title_len`] of every pattern: the length of "President " in "President Putin"
/// when every claim of the pattern is a person and "Putin" is a pattern of one of them.
fn title_lengths(patterns: &[String], claims: &[Claim], bounds: &[u32]) -> Vec<u8> {
    let claims_of = |p: usize| &claims[bounds[p] as usize..bounds[p + 1] as usize];
    (0..patterns.len())
        .map(|p| {
            let Some((title, rest)) = patterns[p].split_once(' ') else { return 0 };
            if !crate::resolve::is_title(title) || !claims_of(p).iter().all(|c| c.person) {
                return 0;
            }
            let Ok(q) = patterns.binary_search_by(|x| x.as_str().cmp(rest)) else { return 0 };
            let same_person = claims_of(q).iter().any(|c| claims_of(p).iter().any(|d| d.entity == c.entity));
            if same_person {
                u8::try_from(title.len() + 1).unwrap_or(0)
            } else {
                0
            }
        })
        .collect()
}

/// One automaton over the patterns `first_pattern..` that share a range of first bytes.
struct Part {
    nfa: NFA,
    /// The anchored start state of `nfa`.
    start: StateID,
    /// Global id of the automaton's pattern 0.
    first_pattern: usize,
}

/// Splits the sorted patterns into ranges of first bytes (one per core, at most 8,
/// balanced by count) and builds their automata in parallel. A walk starts at a
/// word start and stays in the automaton of its first byte, so matches are the
/// same as with one automaton; building them is what the gazetteer load waits for.
fn build_parts(patterns: &[String], wanted: usize) -> (Vec<Part>, [u8; 256]) {
    let first = |p: &String| p.as_bytes().first().copied().unwrap_or(0);
    let wanted = wanted.clamp(1, 8);
    // cut points: the first pattern of a new first byte at or after each k * len / wanted
    let mut cuts = vec![0];
    for k in 1..wanted {
        let mut c = (k * patterns.len() / wanted).max(*cuts.last().unwrap_or(&0));
        while c < patterns.len() && c > 0 && first(&patterns[c]) == first(&patterns[c - 1]) {
            c += 1;
        }
        if c < patterns.len() && c > *cuts.last().unwrap_or(&0) {
            cuts.push(c);
        }
    }
    cuts.push(patterns.len());
    let build = |w: &[usize]| {
        let nfa = NFA::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns[w[0]..w[1]])
            .expect("aho-corasick automaton over validated aliases");
        let start = nfa.start_state(Anchored::Yes).expect("contiguous NFA supports anchored searches");
        Part { nfa, start, first_pattern: w[0] }
    };
    // short-lived threads, not a pool: the builders' scratch memory goes back with them
    // (an idle pool thread's allocator would keep it for the whole run)
    // (a part whose thread cannot be started is built here instead)
    let parts: Vec<Part> = std::thread::scope(|scope| {
        let handles: Vec<_> = cuts
            .windows(2)
            .skip(1)
            .map(|w| std::thread::Builder::new().name("ng-automaton".into()).spawn_scoped(scope, move || build(w)).ok())
            .collect();
        let mut parts = vec![build(&cuts[..2])];
        for (w, handle) in cuts.windows(2).skip(1).zip(handles) {
            parts.push(match handle {
                Some(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
                None => build(w),
            });
        }
        parts
    });
    let mut part_of = [0u8; 256];
    for (i, w) in cuts.windows(2).enumerate() {
        for p in &patterns[w[0]..w[1]] {
            part_of[first(p) as usize] = i as u8;
        }
    }
    (parts, part_of)
}

/// 2^18 bits: 32 KiB, small enough to stay in cache.
const PREFIX3_WORDS: usize = 1 << 12;

fn prefix2_key(b0: u8, b1: u8) -> usize {
    (b0 as usize) << 8 | b1 as usize
}

fn prefix3_key(b0: u8, b1: u8, b2: u8) -> usize {
    let k = u32::from_le_bytes([b0, b1, b2, 0]).wrapping_mul(0x9E37_79B1);
    (k >> 14) as usize
}

fn set_bit(set: &mut [u64], k: usize) {
    set[k >> 6] |= 1 << (k & 63);
}

fn has_bit(set: &[u64], k: usize) -> bool {
    set[k >> 6] & (1 << (k & 63)) != 0
}

/// Is byte offset `s` (a char boundary) between a word character and a non-word one, or at an end?
pub(crate) fn word_boundary(text: &str, s: usize) -> bool {
    let bytes = text.as_bytes();
    // ASCII fast path: most text is ASCII and most boundaries are spaces
    match (s.checked_sub(1).map(|p| bytes[p]), bytes.get(s)) {
        (None, _) | (_, None) => return true,
        (Some(b), _) if b.is_ascii() && !is_ascii_word_byte(b) => return true,
        (Some(b), Some(&f)) if b.is_ascii() && f.is_ascii() => return !is_ascii_word_byte(f),
        _ => {}
    }
    match (text[..s].chars().next_back(), text[s..].chars().next()) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    }
}

/// Can a name end at `e` (a char boundary)? At a word boundary, unless an apostrophe there
/// continues the word ("Xi'an", "Shi'ite"; the possessive "Xi's" ends it).
fn word_end(text: &str, e: usize) -> bool {
    if !word_boundary(text, e) {
        return false;
    }
    let rest = &text[e..];
    let Some(after) = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('\u{2019}')) else {
        return true;
    };
    let mut chars = after.chars();
    match chars.next() {
        Some('s') => !chars.next().is_some_and(is_word_char),
        Some(c) => !is_word_char(c),
        None => true,
    }
}

/// The first position at or after `from` where a pattern may start: a word byte
/// or a non-ASCII byte (any byte if `punct_initial`) that does not follow an
/// ASCII word byte; `bytes.len()` if there is none.
///
/// Eight bytes are classified at a time (SWAR): the high bit of each byte of
/// `word` says "ASCII letter, digit or `_`", and a candidate is a byte whose
/// predecessor's bit is clear.
fn next_start(bytes: &[u8], from: usize, punct_initial: bool) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let ones = |b: u8| u64::from_le_bytes([b; 8]);
    let mut p = from;
    let mut prev_word = p > 0 && ASCII_WORD_BYTE[bytes[p - 1] as usize];
    while let Some(chunk) = bytes.get(p..p + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        let low = x & LOW7;
        // per byte (bit 7 only, no carries between bytes: every lane is < 0x80 before the add)
        let folded = low | ones(0x20);
        let letter = (folded + ones(0x80 - b'a')) & !(folded + ones(0x80 - b'z' - 1));
        let digit = (low + ones(0x80 - b'0')) & !(low + ones(0x80 - b'9' - 1));
        let t = low ^ ones(b'_');
        let underscore = !((t + LOW7) | t);
        let word = (letter | digit | underscore) & !x & HIGH;
        let after_word = word << 8 | if prev_word { 0x80 } else { 0 };
        let startable = if punct_initial { HIGH } else { word | (x & HIGH) };
        let cand = startable & !after_word & HIGH;
        if cand != 0 {
            return p + (cand.trailing_zeros() / 8) as usize;
        }
        prev_word = word >> 56 != 0;
        p += 8;
    }
    while p < bytes.len() {
        let b = bytes[p];
        let word = ASCII_WORD_BYTE[b as usize];
        if !prev_word && (word || !b.is_ascii() || punct_initial) {
            return p;
        }
        prev_word = word;
        p += 1;
    }
    bytes.len()
}

/// [`is_ascii_word_byte`] as a table, for the scan over every byte.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = is_ascii_word_byte(b as u8);
        b += 1;
    }
    t
};

/// The ASCII bytes [`is_word_char`] accepts: letters, digits, `_`.
pub(crate) const fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// True if `c` continues a word (letters, digits, combining marks, `_`).
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// The texts an alias matches under its case rule.
fn surface_forms(alias: &Alias) -> Vec<String> {
    let t = &alias.text;
    let mut forms = vec![t.clone()];
    let mut add = |f: String| {
        if !forms.contains(&f) {
            forms.push(f);
        }
    };
    match alias.case {
        CaseRule::Exact => {}
        CaseRule::Default => {
            if t.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                add(t.to_uppercase());
            }
            // a name opening with a particle opens a sentence capitalised ("Von der Leyen said",
            // "Al-Sharaa met …"; not "the Kremlin", whose "The" is no part of the name)
            let mut chars = t.chars();
            if let Some(first) = chars.next().filter(|c| c.is_lowercase()) {
                if !t.starts_with("the ") {
                    add(first.to_uppercase().chain(chars).collect());
                }
            }
        }
        CaseRule::Insensitive => {
            add(t.to_lowercase());
            add(t.to_uppercase());
            add(title_case(t));
        }
    }
    forms
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gaz() -> Gazetteer {
        Gazetteer::from_str(
            "t.tsv",
            "iran\tcountry\tIran\tIranian|demonym; Iranians|demonym\n\
             sa\tcountry\tSaudi Arabia\tSaudi|demonym\n\
             usa\tcountry\tUnited States\tUS; U.S.; United States of America\n\
             un\tinstitution\tUnited Nations\tUN\n\
             rus\tcountry\tRussia\tRussian|demonym; Russians|demonym\n\
             china\tcountry\tChina\n\
             ukr\tcountry\tUkraine\tKyiv|capital\n\
             cro\tcountry\tCôte d'Ivoire\tIvory Coast\n\
             am\tcountry\tAmerica\tAmer\n\
             nato\tinstitution\tNorth Atlantic Alliance\tNorth American Union\n",
        )
        .unwrap()
    }

    /// (matched text, entity id) of every match; the same with one automaton or several.
    fn labels(text: &str) -> Vec<(String, String)> {
        let g = gaz();
        let found = |parts: usize| -> Vec<(String, String)> {
            let m = Matcher::with_parts(&g, parts);
            assert!(parts == 1 || m.parts.len() > 1, "{parts} parts asked, {} built", m.parts.len());
            m.find(text)
                .into_iter()
                .map(|r| (text[r.start..r.end].to_string(), g.entities[r.claims[0].entity].id.clone()))
                .collect()
        };
        let one = found(1);
        assert_eq!(found(4), one, "text {text:?}: 4 automata differ from 1");
        one
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Iranian drones", &[("Iranian", "iran")]),
            ("Iranians and Iran", &[("Iranians", "iran"), ("Iran", "iran")]),
            ("Saudi Arabian oil", &[("Saudi", "sa")]),
            ("U.S. Congressmen", &[("U.S.", "usa")]),
            ("United Statesmen and United States", &[("United States", "usa")]),
            ("the United States of America said", &[("United States of America", "usa")]),
            ("the US and the UN", &[("US", "usa"), ("UN", "un")]),
            ("let us go, un peu", &[]),
            ("Russia's army and Russia’s navy", &[("Russia", "rus"), ("Russia", "rus")]),
            ("Russians", &[("Russians", "rus")]),
            ("china plates from China", &[("China", "china")]),
            ("IRAN SAYS", &[("IRAN", "iran")]),
            ("pro-Kyiv forces", &[("Kyiv", "ukr")]),
            ("Kyivan", &[]),
            ("the U.S. said", &[("U.S.", "usa")]),
            ("Côte d’Ivoire and Cote d'Ivoire", &[("Côte d’Ivoire", "cro"), ("Cote d'Ivoire", "cro")]),
            ("ÜberIran", &[]),
            // the automaton state after "North Amer" also carries the suffix pattern "Amer"
            (
                "North America and the North Atlantic Alliance",
                &[("America", "am"), ("North Atlantic Alliance", "nato")],
            ),
            ("North Amer", &[("Amer", "am")]),
        ];
        for (text, want) in cases {
            let got = labels(text);
            let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            assert_eq!(got, want, "text {text:?}");
        }
    }

    #[test]
    fn title_of_a_person_alias_is_left_to_the_rules() {
        let g = Gazetteer::from_str(
            "t.tsv",
            "xi\tactor\tXi Jinping\tPresident Xi; Xi|surname\n\
             pope\tactor\tPope Francis\n\
             china\tcountry\tChina\tChinese|demonym; President Xi Cup\n",
        )
        .unwrap();
        let m = Matcher::new(&g);
        let cases: &[(&str, &[&str])] = &[
            // the longer name after the title wins; the title is no part of the match
            ("Chinese President Xi Jinping spoke", &["Chinese", "Xi Jinping"]),
            ("said President Xi.", &["Xi"]),
            // "Francis" is no name of his: the title belongs to the name
            ("Pope Francis spoke", &["Pope Francis"]),
            // not a person's alias
            ("the President Xi Cup", &["President Xi Cup"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = m.find(text).iter().map(|r| &text[r.start..r.end]).collect();
            assert_eq!(&got, want, "text {text:?}");
        }
    }

    /// Reference: at each word start, the longest pattern that ends at a word boundary.
    fn naive(m: &Matcher, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < text.len() {
            if text.is_char_boundary(i) && word_boundary(text, i) {
                let best = m
                    .patterns()
                    .iter()
                    .filter(|p| text[i..].starts_with(p.as_str()) && word_end(text, i + p.len()))
                    .map(|p| p.len())
                    .max();
                if let Some(len) = best {
                    out.push((i, i + len));
                    i += len;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn same_as_naive(words in proptest::collection::vec(0usize..19, 0..24)) {
            const PIECES: &[&str] = &[
                "Saudi", " Arabia", "n", "Iran", "ian", " ", "-", "US", "us", "North", " America", " Amer", " Union",
                "Côte d'Ivoire", "é", "U.S.", ". ", "'s", "\u{2019}an",
            ];
            let text: String = words.iter().map(|&w| PIECES[w]).collect();
            let g = gaz();
            let want = naive(&Matcher::with_parts(&g, 1), &text);
            // one automaton or several (by first byte): the same matches
            for parts in [1, 3, 8] {
                let m = Matcher::with_parts(&g, parts);
                let got: Vec<(usize, usize)> = m.find(&text).iter().map(|r| (r.start, r.end)).collect();
                proptest::prop_assert_eq!(&got, &want, "text {:?}, {} parts", text, parts);
            }
        }

        /// The eight-bytes-at-a-time search for word starts agrees with a byte loop,
        /// from every position, across chunk edges and non-ASCII text.
        #[test]
        fn next_start_as_byte_loop(pieces in proptest::collection::vec(0usize..18, 0..40), punct in proptest::bool::ANY) {
            // the edges of each byte range: @AZ[ `az{ /09: ^_
            const PIECES: &[&str] = &[
                "a", "z", "A", "Z", "_", "0", "9", " ", ",", "é", "\u{2019}", "@", "[", "`", "{", "/", ":", "^",
            ];
            let text: String = pieces.iter().map(|&p| PIECES[p]).collect();
            let b = text.as_bytes();
            let startable = |p: usize| {
                let after_word = p > 0 && is_ascii_word_byte(b[p - 1]);
                !after_word && (punct || is_ascii_word_byte(b[p]) || !b[p].is_ascii())
            };
            for from in 0..=b.len() {
                let want = (from..b.len()).find(|&p| startable(p)).unwrap_or(b.len());
                proptest::prop_assert_eq!(next_start(b, from, punct), want, "text {:?} from {}", text, from);
            }
        }
    }
}
