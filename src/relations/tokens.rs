//! Sentence tokens for the relation rules: entity mentions become single
//! tokens, the rest is split into lower-cased words and punctuation, with
//! possessive `'s` and negative `n't` as tokens of their own.

use super::patterns::words::REMARK_NOUNS;
use crate::gazetteer::{AliasKind, EntityType, Gazetteer};
use crate::matcher::{is_ascii_word_byte, is_word_char};
use crate::resolve::Mention;
use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenKind<'a> {
    /// A word, lower-cased.
    Word(Cow<'a, str>),
    /// An entity mention.
    Entity { entity: usize, etype: EntityType, kind: AliasKind },
    /// Possessive `'s` / `’s` (or a bare apostrophe after a plural).
    Possessive,
    /// One punctuation character (quotes, commas, dashes, brackets...).
    Punct(char),
}

/// A token with its byte span in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind<'a>,
    pub start: usize,
    pub end: usize,
}

impl Token<'_> {
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            TokenKind::Word(w) => Some(w),
            _ => None,
        }
    }

    pub fn is_word(&self, w: &str) -> bool {
        self.word() == Some(w)
    }

    pub fn entity(&self) -> Option<(usize, EntityType, AliasKind)> {
        match self.kind {
            TokenKind::Entity { entity, etype, kind } => Some((entity, etype, kind)),
            _ => None,
        }
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// Quotes of any style.
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokenKind::Punct('"' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}' | '\''))
    }
}

/// What one proposes or holds, owned by "his"/"her" besides what one says
/// ([`REMARK_NOUNS`]): "rejected his proposal".
const STANCE_NOUNS: &[&str] = &[
    "proposal",
    "proposals",
    "plan",
    "criticism",
    "accusations",
    "allegations",
    "stance",
    "position",
    "policies",
    "demands",
    "offer",
    "appeal",
    "warning",
];

/// Adjectives of an armed group's description ("the paramilitary group"), lower case.
pub(crate) const ARMED_GROUP_ADJECTIVES: &[&str] =
    &["militant", "armed", "paramilitary", "rebel", "islamist", "jihadist", "insurgent"];

/// Lower case of the word `text[from..to]`: borrowed from `lower` (the text
/// from `base` on in ASCII lower case) when the word is ASCII, as most are.
fn lower_case<'a>(text: &'a str, lower: &'a str, base: usize, from: usize, to: usize) -> Cow<'a, str> {
    let word = &text[from..to];
    if word.is_ascii() {
        return Cow::Borrowed(&lower[from - base..to - base]);
    }
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Tokens of `text[start..end]`; `mentions` are those inside that span, in order;
/// `lower` is that span in ASCII lower case (`str::to_ascii_lowercase`), which
/// the word tokens borrow from.
pub fn tokenize<'a>(
    gaz: &Gazetteer,
    text: &'a str,
    lower: &'a str,
    start: usize,
    end: usize,
    mentions: &[Mention],
) -> Vec<Token<'a>> {
    // about one token per five bytes of news text
    let mut out = Vec::with_capacity((end - start) / 4);
    let mut pos = start;
    let mut mi = 0;
    while pos < end {
        if mi < mentions.len() && mentions[mi].start <= pos {
            let m = mentions[mi];
            out.push(Token {
                kind: TokenKind::Entity { entity: m.entity, etype: gaz.etype_of(m.entity), kind: m.kind },
                start: m.start,
                end: m.end,
            });
            pos = m.end.max(pos);
            mi += 1;
            // "rejected his remarks": a pronoun that stands for a person owns what follows
            if owning_pronoun(&text[m.start..m.end], &text[m.end..end]) {
                out.push(Token { kind: TokenKind::Possessive, start: m.end, end: m.end });
                continue;
            }
            pos = possessive(text, pos, end, &mut out);
            continue;
        }
        let next_mention = mentions.get(mi).map_or(end, |m| m.start.min(end));
        let c = match text[pos..].chars().next() {
            Some(c) => c,
            None => break,
        };
        if c.is_whitespace() {
            pos += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            // ASCII letters and digits byte by byte; any other character decoded
            let bytes = text.as_bytes();
            let mut e = pos;
            while e < next_mention {
                let b = bytes[e];
                if is_ascii_word_byte(b) {
                    e += 1;
                } else if b.is_ascii() {
                    break;
                } else {
                    match text[e..next_mention].chars().next() {
                        Some(ch) if is_word_char(ch) => e += ch.len_utf8(),
                        _ => break,
                    }
                }
            }
            let word = lower_case(text, lower, start, pos, e);
            // "didn't" -> "did" + "n't"; "can't" -> "ca" + "n't"
            let after = text[e..next_mention].chars().next();
            if word.ends_with('n') && after.is_some_and(is_apostrophe) && text[e..].chars().nth(1) == Some('t') {
                let n = e - 1;
                if n > pos {
                    out.push(Token {
                        kind: TokenKind::Word(lower_case(text, lower, start, pos, n)),
                        start: pos,
                        end: n,
                    });
                }
                let apo = after.map_or(1, char::len_utf8);
                out.push(Token { kind: TokenKind::Word("n't".into()), start: n, end: e + apo + 1 });
                pos = e + apo + 1;
                continue;
            }
            out.push(Token { kind: TokenKind::Word(word), start: pos, end: e });
            pos = possessive(text, e, next_mention, &mut out);
            continue;
        }
        out.push(Token { kind: TokenKind::Punct(c), start: pos, end: pos + c.len_utf8() });
        pos += c.len_utf8();
    }
    out
}

/// Is `mention` an owning "his"/"her" before what one says or proposes ([`REMARK_NOUNS`],
/// [`STANCE_NOUNS`]; `after` is the text that follows it)?
pub(crate) fn owning_pronoun(mention: &str, after: &str) -> bool {
    matches!(mention, "his" | "her")
        && after
            .strip_prefix(' ')
            .and_then(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next())
            .is_some_and(|w| REMARK_NOUNS.contains(&w) || STANCE_NOUNS.contains(&w))
}

/// Consumes a possessive `'s` right after a word or entity.
fn possessive(text: &str, pos: usize, end: usize, out: &mut Vec<Token<'_>>) -> usize {
    // an apostrophe is `'` or starts with 0xE2 (`’`): nothing else needs decoding
    if pos >= end || !matches!(text.as_bytes()[pos], b'\'' | 0xE2) {
        return pos;
    }
    let rest = &text[pos..end];
    let mut chars = rest.char_indices();
    if let Some((_, a)) = chars.next() {
        if is_apostrophe(a) {
            let after_apo = a.len_utf8();
            let s = rest[after_apo..].chars().next();
            let after_s = rest[after_apo..].chars().nth(1);
            if matches!(s, Some('s') | Some('S')) && !after_s.is_some_and(is_word_char) {
                out.push(Token { kind: TokenKind::Possessive, start: pos, end: pos + after_apo + 1 });
                return pos + after_apo + 1;
            }
            // "the Philippines' creditors": a bare apostrophe after a plural, before a lower-case
            // word (one space or a line break between: wire copy is wrapped)
            // (also after a name ending in "z" or "x", before any word: "George Shultz' Moscow talks")
            let plural = text[..pos].ends_with(['s', 'S']);
            let sibilant = text[..pos].ends_with(['z', 'x']);
            let next = rest[after_apo..].trim_start_matches([' ', '\n', '\r']);
            let spaced = next.len() < rest.len() - after_apo;
            if (plural || sibilant) && spaced && (sibilant || next.starts_with(char::is_lowercase)) {
                out.push(Token { kind: TokenKind::Possessive, start: pos, end: pos + after_apo });
                return pos + after_apo;
            }
        }
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::Pipeline;
    use crate::relations::patterns::RelationRules;

    fn show(text: &str) -> Vec<String> {
        let g = Gazetteer::from_str(
            "t.tsv",
            "che\tcountry\tSwitzerland\tBern|capital\nukr\tcountry\tUkraine\tKyiv|capital\n",
        )
        .unwrap();
        let p = Pipeline::new(g, RelationRules::empty());
        let ms = p.mentions(text);
        tokenize(&p.gazetteer, text, &text.to_ascii_lowercase(), 0, text.len(), &ms)
            .into_iter()
            .map(|t| match t.kind {
                TokenKind::Word(w) => w.into_owned(),
                TokenKind::Entity { entity, .. } => {
                    format!("<{}>", p.gazetteer.entities[entity].id)
                }
                TokenKind::Possessive => "'s".into(),
                TokenKind::Punct(c) => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Bern’s reckless support” of Kyiv.", &["<che>", "'s", "reckless", "support", "”", "of", "<ukr>", "."]),
            ("He didn't back Ukraine", &["he", "did", "n't", "back", "<ukr>"]),
            ("pro-Kyiv groups", &["pro", "-", "<ukr>", "groups"]),
            ("the minister's aide", &["the", "minister", "'s", "aide"]),
            ("Switzerland's", &["<che>", "'s"]),
            // a bare apostrophe after a plural, before a lower-case word; not a closing quote
            ("the ministers' aides", &["the", "ministers", "'s", "aides"]),
            ("the 'ministers' Bern", &["the", "'", "ministers", "'", "<che>"]),
        ];
        for (text, want) in cases {
            assert_eq!(show(text), *want, "{text:?}");
        }
    }
}
