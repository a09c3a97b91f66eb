//! Short references to an entity named in full in the same document: an
//! institution's head noun after "the", capitalised ("the European Commission
//! fined Apple … accusing the Commission of …", "the Bank of England … the Bank
//! said"), and a person's given name after "Sir" or "Dame" ("Keir Starmer … Sir
//! Keir said").
//!
//! The head is the last word of the name as written, or the word before its
//! first "of". A reference resolves to the institution with that head named
//! last before it; it does not count before a capitalised word, also after "of"
//! (a longer name: "the Bank of Zambia", "the Bank Negara"), and a
//! few heads that stand for something else on their own ("the House" after
//! "the White House") never do.

use crate::gazetteer::{AliasKind, EntityType, Gazetteer};
use crate::matcher::word_boundary;
use crate::resolve::Mention;
use memchr::memmem;
use std::sync::LazyLock;

/// Heads whose short form names something else ("the House", "the Street").
const NOT_SHORT_FORMS: &[&str] = &[
    "House", "Street", "Post", "Times", "Journal", "Kingdom", "States", "Nations", "Republic", "Hall", "Palace",
    "Union", "Emirates", "Islands",
];

/// The head noun of an institution's name as written ("Commission" of "European
/// Commission", "Bank" of "Bank of England"), if it may stand alone.
fn head_noun(surface: &str) -> Option<&str> {
    if !surface.contains(' ') {
        return None;
    }
    let before_of = surface.split(" of ").next().unwrap_or(surface);
    let head = before_of.rsplit(' ').next()?;
    let mut chars = head.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && head.len() >= 4
        && chars.all(|c| c.is_ascii_lowercase());
    (capitalised && !NOT_SHORT_FORMS.contains(&head)).then_some(head)
}

/// Mentions of short references in `text` (not overlapping `mentions`, which are in
/// text order), merged into `mentions` in text order.
pub fn add_short_references(text: &str, mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    // (head, start of the name's mention, entity), in text order
    let mut named: Vec<(&str, usize, usize)> = Vec::new();
    for m in mentions.iter() {
        if gaz.etype_of(m.entity) != EntityType::Institution || m.kind != AliasKind::Name {
            continue;
        }
        if let Some(head) = head_noun(&text[m.start..m.end]) {
            named.push((head, m.start, m.entity));
        }
    }
    let Some(&(_, first, _)) = named.first() else {
        return;
    };
    // one pass over "the "/"The " after the first name, reading the word after it
    static THE: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"he "));
    let bytes = text.as_bytes();
    let mut found: Vec<Mention> = Vec::new();
    for at in THE.find_iter(&bytes[first..]) {
        let t = first + at;
        let article_start = t.wrapping_sub(1);
        if t == 0 || !matches!(bytes[article_start], b't' | b'T') {
            continue;
        }
        let start = t + 3;
        let end = start + bytes[start..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if end == start || !word_boundary(text, article_start) || !word_boundary(text, end) {
            continue;
        }
        let head = &text[start..end];
        // the institution with this head named last before
        let Some(&(_, _, entity)) = named.iter().rev().find(|n| n.0 == head && n.1 < start) else {
            continue;
        };
        if longer_name_after(&text[end..]) || mentions.iter().any(|m| m.start < end && start < m.end) {
            continue;
        }
        found.push(Mention { entity, start, end, kind: AliasKind::Name });
    }
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| (m.start, m.end));
}

/// "Sir Keir", "Dame Jacinda": a given name after a knight's or dame's title stands for
/// the one person named in full in the document (before or after) whose name starts with
/// it; such mentions are merged into `mentions` (in text order) as surname-like ones.
pub fn add_titled_given_names(text: &str, mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    static SIR: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"Sir "));
    static DAME: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"Dame "));
    let bytes = text.as_bytes();
    if SIR.find(bytes).is_none() && DAME.find(bytes).is_none() {
        return;
    }
    // (given name, person) of the people named in full
    let mut given: Vec<(&str, usize)> = mentions
        .iter()
        .filter(|m| m.kind == AliasKind::Name && gaz.etype_of(m.entity) == EntityType::Actor)
        .filter_map(|m| Some((text[m.start..m.end].split_once(' ')?.0, m.entity)))
        .collect();
    given.sort_unstable();
    given.dedup();
    // (where the title starts, where the name after it starts)
    let titles = SIR.find_iter(bytes).map(|at| (at, at + 4)).chain(DAME.find_iter(bytes).map(|at| (at, at + 5)));
    let mut found: Vec<Mention> = Vec::new();
    for (title_start, start) in titles {
        let end = start + text[start..].find(|c: char| !c.is_alphabetic()).unwrap_or(text.len() - start);
        if end == start || !word_boundary(text, title_start) || longer_name_after(&text[end..]) {
            continue;
        }
        let name = &text[start..end];
        let mut people = given.iter().filter(|g| g.0 == name).map(|g| g.1);
        let (Some(person), None) = (people.next(), people.next()) else { continue };
        if !mentions.iter().any(|m| m.start < end && start < m.end) {
            found.push(Mention { entity: person, start, end, kind: AliasKind::Surname });
        }
    }
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|m| (m.start, m.end));
}

/// Does a longer name go on after a head (a capitalised word, also after "of" or "of
/// the": "the Bank of Zambia", "the Commission President"; not "accusing the
/// Commission of bias")?
fn longer_name_after(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let rest = rest.strip_prefix("of ").map_or(rest, |r| r.strip_prefix("the ").unwrap_or(r));
    rest.starts_with(|c: char| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::head_noun;

    #[test]
    fn head_nouns() {
        let cases = [
            ("European Commission", Some("Commission")),
            ("Bank of England", Some("Bank")),
            ("Organization of the Petroleum Exporting Countries", Some("Organization")),
            ("White House", None),
            ("NATO", None),
            ("Gazprom", None),
            ("EU Commission", Some("Commission")),
            ("Federal Reserve", Some("Reserve")),
            ("US Federal Reserve", Some("Reserve")),
            ("BBC", None),
            ("Hamas", None),
            ("European Union", None),
        ];
        for (surface, want) in cases {
            assert_eq!(head_noun(surface), want, "{surface}");
        }
    }
}
