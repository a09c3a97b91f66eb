//! Dictionary matcher: one Aho-Corasick automaton over every alias, with
//! Unicode word boundaries, per-alias case rules, and longest
//! non-overlapping selection (so a rejected long match never hides a valid
//! shorter one: "Saudi Arabian" still yields "Saudi").

use crate::gazetteer::{Alias, AliasKind, CaseRule, Gazetteer};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::HashMap;

/// One entity claiming a pattern: `(entity index, alias index)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    pub entity: usize,
    pub alias: usize,
}

/// A dictionary hit: byte span and the claims whose case rule accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMatch {
    pub start: usize,
    pub end: usize,
    pub claims: Vec<Claim>,
    /// Some claim is a plain name (not a surname or weak alias needing context).
    pub strong: bool,
}

/// Compiled matcher for a gazetteer.
pub struct Matcher {
    automaton: AhoCorasick,
    /// Pattern id → claims (patterns are deduplicated case-insensitively).
    claims: Vec<Vec<Claim>>,
}

impl Matcher {
    /// Builds the automaton; aliases equal up to ASCII case share one pattern.
    pub fn new(gaz: &Gazetteer) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut claims: Vec<Vec<Claim>> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        for (ei, e) in gaz.entities.iter().enumerate() {
            for (ai, a) in e.aliases.iter().enumerate() {
                let key = a.text.to_ascii_lowercase();
                let pid = *by_key.entry(key).or_insert_with(|| {
                    patterns.push(a.text.clone());
                    claims.push(Vec::new());
                    patterns.len() - 1
                });
                claims[pid].push(Claim { entity: ei, alias: ai });
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("aho-corasick automaton over validated aliases");
        Matcher { automaton, claims }
    }

    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.claims.len()
    }

    /// All boundary- and case-valid matches, longest non-overlapping, in text order.
    pub fn find(&self, gaz: &Gazetteer, text: &str) -> Vec<RawMatch> {
        let mut cands: Vec<RawMatch> = Vec::new();
        for m in self.automaton.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) || !at_word_boundary(text, s, e) {
                continue;
            }
            let found = &text[s..e];
            let ok: Vec<Claim> = self.claims[m.pattern().as_usize()]
                .iter()
                .copied()
                .filter(|c| case_ok(&gaz.entities[c.entity].aliases[c.alias], found))
                .collect();
            if !ok.is_empty() {
                let strong = ok.iter().any(|c| {
                    let a = &gaz.entities[c.entity].aliases[c.alias];
                    !a.weak && a.kind != AliasKind::Surname
                });
                cands.push(RawMatch { start: s, end: e, claims: ok, strong });
            }
        }
        select_longest(cands)
    }
}

/// Leftmost-longest selection among overlapping candidates.
fn select_longest(mut cands: Vec<RawMatch>) -> Vec<RawMatch> {
    cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<RawMatch> = Vec::with_capacity(cands.len());
    let mut last_end = 0;
    for c in cands {
        if c.start >= last_end {
            last_end = c.end;
            out.push(c);
        }
    }
    out
}

/// True if `c` continues a word (letters, digits, combining marks, `_`).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || unicode_normalization::char::is_combining_mark(c)
}

fn at_word_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let first = text[s..e].chars().next();
    let last = text[s..e].chars().next_back();
    let left_ok = match (before, first) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    };
    let right_ok = match (last, after) {
        (Some(l), Some(a)) => !(is_word_char(l) && is_word_char(a)),
        _ => true,
    };
    left_ok && right_ok
}

fn case_ok(alias: &Alias, found: &str) -> bool {
    match alias.case {
        CaseRule::Exact => found == alias.text,
        CaseRule::Insensitive => true,
        CaseRule::Default => {
            found == alias.text
                || (alias.text.chars().filter(|c| c.is_alphabetic()).count() >= 4
                    && found.chars().all(|c| !c.is_lowercase())
                    && found == alias.text.to_uppercase())
        }
    }
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
             cro\tcountry\tCôte d'Ivoire\tIvory Coast\n",
        )
        .unwrap()
    }

    fn labels(text: &str) -> Vec<(String, String)> {
        let g = gaz();
        let m = Matcher::new(&g);
        m.find(&g, text)
            .into_iter()
            .map(|r| (text[r.start..r.end].to_string(), g.entities[r.claims[0].entity].id.clone()))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Iranian drones", &[("Iranian", "iran")]),
            ("Iranians and Iran", &[("Iranians", "iran"), ("Iran", "iran")]),
            ("Saudi Arabian oil", &[("Saudi", "sa")]),
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
        ];
        for (text, want) in cases {
            let got = labels(text);
            let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            assert_eq!(got, want, "text {text:?}");
        }
    }
}
