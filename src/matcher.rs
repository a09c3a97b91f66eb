//! Dictionary matcher: one Aho-Corasick automaton over every alias, with
//! Unicode word boundaries, per-alias case rules, and longest
//! non-overlapping selection (so a rejected long match never hides a valid
//! shorter one: "Saudi Arabian" still yields "Saudi").

use crate::gazetteer::{Alias, AliasKind, CaseRule, Gazetteer};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;

/// One entity claiming a pattern: `(entity index, alias index)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    pub entity: usize,
    pub alias: usize,
}

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
    automaton: AhoCorasick,
    /// Pattern id → claims.
    claims: Vec<Vec<Claim>>,
    /// Pattern id → some claim is a plain name (not surname/weak).
    strong: Vec<bool>,
    patterns: Vec<String>,
}

impl Matcher {
    /// Builds a case-sensitive automaton over the surface forms each alias's
    /// case rule allows (as written; in capitals for headlines; for `i`
    /// aliases also lower and title case). Identical forms share one pattern
    /// that maps to every claim, so "Congolese" can stand for two countries.
    pub fn new(gaz: &Gazetteer) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut claims: Vec<Vec<Claim>> = Vec::new();
        let mut by_text: HashMap<String, usize> = HashMap::new();
        for (ei, e) in gaz.entities.iter().enumerate() {
            for (ai, a) in e.aliases.iter().enumerate() {
                for form in surface_forms(a) {
                    let pid = *by_text.entry(form.clone()).or_insert_with(|| {
                        patterns.push(form);
                        claims.push(Vec::new());
                        patterns.len() - 1
                    });
                    let claim = Claim { entity: ei, alias: ai };
                    if !claims[pid].contains(&claim) {
                        claims[pid].push(claim);
                    }
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&patterns)
            .expect("aho-corasick automaton over validated aliases");
        let strong = claims
            .iter()
            .map(|cs| {
                cs.iter().any(|c| {
                    let a = &gaz.entities[c.entity].aliases[c.alias];
                    !a.weak && a.kind != AliasKind::Surname
                })
            })
            .collect();
        Matcher { automaton, claims, strong, patterns }
    }

    /// The surface forms searched for (for benchmarks and diagnostics).
    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.claims.len()
    }

    /// All word-bounded matches, leftmost-longest and non-overlapping, in text order.
    ///
    /// A leftmost-longest hit that fails the word-boundary check ("Saudi Arabia"
    /// in "Saudi Arabian") must not hide a shorter valid one at the same start
    /// ("Saudi"): shorter matches are looked for with anchored searches that end
    /// at earlier word ends. Only failures pay for that.
    pub fn find(&self, text: &str) -> Vec<RawMatch<'_>> {
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < text.len() {
            let Some(m) = self.automaton.find(Input::new(text).span(pos..text.len())) else {
                break;
            };
            let (s, e) = (m.start(), m.end());
            if let Some(hit) = self.valid_at(text, s, e, m.pattern().as_usize()) {
                pos = hit.end;
                out.push(hit);
                continue;
            }
            if let Some(hit) = self.shorter_at(text, s, e) {
                pos = hit.end;
                out.push(hit);
                continue;
            }
            // nothing valid starts at `s`: no match can start inside this word either
            pos = skip_word(text, s);
        }
        out
    }

    fn valid_at(&self, text: &str, s: usize, e: usize, pid: usize) -> Option<RawMatch<'_>> {
        (text.is_char_boundary(s) && text.is_char_boundary(e) && at_word_boundary(text, s, e)).then(|| RawMatch {
            start: s,
            end: e,
            claims: &self.claims[pid],
            strong: self.strong[pid],
        })
    }

    /// The longest valid match starting at `s` and ending before `e`.
    fn shorter_at(&self, text: &str, s: usize, e: usize) -> Option<RawMatch<'_>> {
        if !left_boundary(text, s) {
            return None;
        }
        let mut limit = e;
        loop {
            // the last position inside (s, limit) where a match may end
            let end = (s + 1..limit).rev().find(|&p| text.is_char_boundary(p) && right_boundary(text, p))?;
            let m = self.automaton.find(Input::new(text).span(s..end).anchored(Anchored::Yes))?;
            if let Some(hit) = self.valid_at(text, m.start(), m.end(), m.pattern().as_usize()) {
                return Some(hit);
            }
            limit = m.end();
        }
    }
}

fn left_boundary(text: &str, s: usize) -> bool {
    match (text[..s].chars().next_back(), text[s..].chars().next()) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    }
}

fn right_boundary(text: &str, e: usize) -> bool {
    match (text[..e].chars().next_back(), text[e..].chars().next()) {
        (Some(l), Some(a)) => !(is_word_char(l) && is_word_char(a)),
        _ => true,
    }
}

/// Position after the word starting at `s` (or after one character if none starts there).
fn skip_word(text: &str, s: usize) -> usize {
    let mut chars = text[s..].char_indices();
    match chars.next() {
        Some((_, c)) if is_word_char(c) => chars.find(|&(_, c)| !is_word_char(c)).map_or(text.len(), |(i, _)| s + i),
        Some((_, c)) => s + c.len_utf8(),
        None => text.len(),
    }
}

/// True if `c` continues a word (letters, digits, combining marks, `_`).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || unicode_normalization::char::is_combining_mark(c)
}

fn at_word_boundary(text: &str, s: usize, e: usize) -> bool {
    left_boundary(text, s) && right_boundary(text, e)
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
             cro\tcountry\tCôte d'Ivoire\tIvory Coast\n",
        )
        .unwrap()
    }

    fn labels(text: &str) -> Vec<(String, String)> {
        let g = gaz();
        let m = Matcher::new(&g);
        m.find(text)
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
        ];
        for (text, want) in cases {
            let got = labels(text);
            let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
            assert_eq!(got, want, "text {text:?}");
        }
    }
}
