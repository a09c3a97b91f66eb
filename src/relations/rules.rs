//! Relation rule files: `relations/patterns.tsv` (trigger phrases per
//! relation and construction) and `relations/cues.tsv` (negation, hedge,
//! role and preposition word lists), with `{a,b}` inflection expansion.

use super::Relation;
use crate::error::{Error, Result};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;

/// How a trigger's arguments are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Construction {
    /// SUBJECT trigger OBJECT (passive with "by").
    Verb,
    /// Nominal: possessor / "from X" is the source, "for/of/to Y" the target.
    Noun,
    /// Membership verb whose object may be left implicit.
    Join,
}

/// One trigger pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub relation: Relation,
    pub id: String,
    pub construction: Construction,
    /// Without an object, coordinated subjects act on each other ("X and Y met"); a noun
    /// names parties that act on each other ("X's dispute with Y", "a row between X and Y"):
    /// the `+reciprocal` flag of the construction column.
    pub reciprocal: bool,
    /// `+possessed` (verbs): only an object owned by the target counts ("welcomed
    /// Germany's decision"; not a guest, "welcomed Xi Jinping", nor the giver of aid).
    pub possessed: bool,
    /// `+named` (nouns): the target must be named after the noun ("attacks on Y"), never
    /// the clause's subject ("sought cover from attacks by Iran").
    pub named: bool,
    /// `+force` (verbs): the relation is `opposes` when the subject is a country, an armed
    /// group or a military ("Russia attacked Ukraine"; "Trump attacked Powell" keeps it).
    pub force: bool,
    /// `+state` (verbs): the target must be a country ("France recognised Palestine"; not
    /// "one in ten recognised Charles Kennedy").
    pub state: bool,
    /// `+topic` (verbs): the object is a topic, never a party; only "with Y" after it names
    /// one ("X discussed Gaza with Y"; with `+reciprocal` also "X and Y discussed Gaza").
    pub topic: bool,
}

/// Phrases sharing a first word: (remaining words, values), longest first.
type Continuations = Vec<(Vec<String>, Vec<usize>)>;

/// A multi-word phrase list, matched on lower-case word tokens.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// first word -> (remaining words, values), longest first
    by_first: HashMap<String, Continuations>,
    count: usize,
}

impl PhraseSet {
    pub fn insert(&mut self, phrase: &str, value: usize) {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_string).collect();
        let Some((first, rest)) = words.split_first() else {
            return;
        };
        let v = self.by_first.entry(first.clone()).or_default();
        match v.iter_mut().find(|(r, _)| r == rest) {
            Some((_, values)) => {
                if !values.contains(&value) {
                    values.push(value);
                }
            }
            None => {
                v.push((rest.to_vec(), vec![value]));
                v.sort_by_key(|c| std::cmp::Reverse(c.0.len()));
                self.count += 1;
            }
        }
    }

    /// The words phrases start with.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Longest phrase starting at `words(0)`: (number of words, first value).
    pub fn match_at<'a>(&self, words: impl Fn(usize) -> Option<&'a str>) -> Option<(usize, usize)> {
        self.match_all(words).map(|(n, v)| (n, v[0]))
    }

    /// Longest phrase starting at `words(0)`: (number of words, all its values).
    pub fn match_all<'a>(&self, words: impl Fn(usize) -> Option<&'a str>) -> Option<(usize, &[usize])> {
        let first = words(0)?;
        let cands = self.by_first.get(first)?;
        'outer: for (rest, value) in cands {
            for (i, w) in rest.iter().enumerate() {
                if words(i + 1) != Some(w.as_str()) {
                    continue 'outer;
                }
            }
            return Some((rest.len() + 1, value.as_slice()));
        }
        None
    }
}

/// Named cue lists.
#[derive(Debug, Clone, Default)]
pub struct Cues {
    pub negation: PhraseSet,
    pub hedge: PhraseSet,
    pub role: PhraseSet,
    /// Every word of every role phrase ("prime", "minister", "spokesman").
    pub role_words: HashSet<String>,
    pub title_modifier: HashSet<String>,
    pub preposition: HashSet<String>,
    pub apposition_link: HashSet<String>,
}

/// Expands `{a,b}` groups: "back{,s,ed}" -> back, backs, backed.
pub fn expand(phrase: &str) -> std::result::Result<Vec<String>, String> {
    let Some(open) = phrase.find('{') else {
        if phrase.contains('}') {
            return Err("unbalanced '}'".into());
        }
        return Ok(vec![phrase.to_string()]);
    };
    let close = phrase[open..].find('}').map(|c| open + c).ok_or("unclosed '{'")?;
    let (head, tail) = (&phrase[..open], &phrase[close + 1..]);
    let mut out = Vec::new();
    for alt in phrase[open + 1..close].split(',') {
        for rest in expand(tail)? {
            out.push(format!("{head}{alt}{rest}"));
        }
    }
    Ok(out)
}

fn phrases(file: &str, line: usize, list: &str) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for item in list.split(';') {
        let item = item.trim();
        if item.is_empty() {
            continue;
        }
        if item.chars().any(|c| c.is_uppercase()) {
            return Err(Error::syntax(file, line, format!("phrase {item:?} must be lower case")));
        }
        let expanded = expand(item).map_err(|m| Error::syntax(file, line, format!("phrase {item:?}: {m}")))?;
        out.extend(expanded.into_iter().filter(|p| !p.trim().is_empty()));
    }
    Ok(out)
}

/// Parses `patterns.tsv` text into patterns and their trigger phrases.
pub fn parse_patterns(file: &str, text: &str, patterns: &mut Vec<Pattern>, triggers: &mut PhraseSet) -> Result<()> {
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = raw.split('\t').collect();
        if cols.len() != 4 {
            return Err(Error::syntax(
                file,
                line,
                format!("expected 4 tab-separated columns (relation, id, construction, phrases), found {}", cols.len()),
            ));
        }
        let relation = Relation::parse(cols[0])
            .filter(|r| *r != Relation::CoOccurs)
            .ok_or_else(|| Error::syntax(file, line, format!("unknown relation {:?}", cols[0])))?;
        let mut flags = cols[2].trim().split('+');
        let construction = match flags.next().unwrap_or_default().trim() {
            "verb" => Construction::Verb,
            "noun" => Construction::Noun,
            "join" => Construction::Join,
            other => {
                return Err(Error::syntax(
                    file,
                    line,
                    format!("unknown construction {other:?} (expected verb, noun or join)"),
                ))
            }
        };
        let (mut reciprocal, mut possessed, mut named, mut force, mut state, mut topic) =
            (false, false, false, false, false, false);
        let verb = construction == Construction::Verb;
        for flag in flags {
            match flag.trim() {
                "reciprocal" if verb || construction == Construction::Noun => reciprocal = true,
                "possessed" if verb => possessed = true,
                "force" if verb => force = true,
                "state" if verb => state = true,
                "topic" if verb => topic = true,
                "named" if construction == Construction::Noun => named = true,
                "reciprocal" => return Err(Error::syntax(file, line, "+reciprocal needs a verb or a noun")),
                f @ ("possessed" | "force" | "state" | "topic" | "named") => {
                    let needs = if f == "named" { "noun" } else { "verb" };
                    return Err(Error::syntax(file, line, format!("+{f} needs a {needs}")));
                }
                other => {
                    return Err(Error::syntax(
                        file,
                        line,
                        format!(
                            "unknown flag {other:?} (expected reciprocal, possessed, named, force, state or topic)"
                        ),
                    ))
                }
            }
        }
        let idx = patterns.len();
        let id = format!("{}:{}", relation.as_str(), cols[1].trim());
        patterns.push(Pattern { relation, id, construction, reciprocal, possessed, named, force, state, topic });
        let list = phrases(file, line, cols[3])?;
        if list.is_empty() {
            return Err(Error::syntax(file, line, "no phrases"));
        }
        for p in list {
            triggers.insert(&p, idx);
        }
    }
    Ok(())
}

/// Parses `cues.tsv` text.
pub fn parse_cues(file: &str, text: &str, cues: &mut Cues) -> Result<()> {
    for (n, raw) in text.lines().enumerate() {
        let line = n + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let Some((name, list)) = raw.split_once('\t') else {
            return Err(Error::syntax(file, line, "expected: name <TAB> phrases"));
        };
        let list = phrases(file, line, list)?;
        match name.trim() {
            "negation" => list.iter().for_each(|p| cues.negation.insert(p, 0)),
            "hedge" => list.iter().for_each(|p| cues.hedge.insert(p, 0)),
            "role" => {
                for p in &list {
                    cues.role.insert(p, 0);
                    cues.role_words.extend(p.split_whitespace().map(str::to_string));
                }
            }
            "title_modifier" => cues.title_modifier.extend(list),
            "preposition" => cues.preposition.extend(list),
            "apposition_link" => cues.apposition_link.extend(list),
            other => {
                return Err(Error::syntax(
                    file,
                    line,
                    format!("unknown cue list {other:?} (expected negation, hedge, role, title_modifier, preposition, apposition_link)"),
                ))
            }
        }
    }
    Ok(())
}

/// Reads a rule file if it exists.
pub fn read_optional(path: &Path) -> Result<Option<String>> {
    match std::fs::read_to_string(path) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion() {
        let cases: &[(&str, &[&str])] = &[
            ("back{,s,ed}", &["back", "backs", "backed"]),
            ("h{old,eld} talks with", &["hold talks with", "held talks with"]),
            ("{a,b}{c,d}", &["ac", "ad", "bc", "bd"]),
            ("plain", &["plain"]),
        ];
        for (p, want) in cases {
            assert_eq!(expand(p).unwrap(), *want);
        }
        assert!(expand("bad{").is_err());
        assert!(expand("bad}").is_err());
    }

    #[test]
    fn pattern_errors_have_file_and_line() {
        let cases = [
            ("supports\tx\tverb\n", "p.tsv:1: expected 4"),
            ("# c\nloves\tx\tverb\tlove\n", "p.tsv:2: unknown relation"),
            ("supports\tx\tadverb\tback\n", "p.tsv:1: unknown construction"),
            ("supports\tx\tverb\tBack\n", "p.tsv:1: phrase \"Back\" must be lower case"),
            ("supports\tx\tverb\tback{s\n", "p.tsv:1: phrase \"back{s\": unclosed"),
            ("supports\tx\tverb\t ; \n", "p.tsv:1: no phrases"),
            ("meets\tx\tverb+mutual\tmet\n", "p.tsv:1: unknown flag \"mutual\""),
            ("supports\tx\tjoin+reciprocal\tback\n", "p.tsv:1: +reciprocal needs a verb or a noun"),
            ("opposes\tx\tverb+named\tattack\n", "p.tsv:1: +named needs a noun"),
            ("opposes\tx\tnoun+force\tattack\n", "p.tsv:1: +force needs a verb"),
            ("supports\tx\tnoun+state\trecognition\n", "p.tsv:1: +state needs a verb"),
            ("meets\tx\tnoun+topic\tdiscussion\n", "p.tsv:1: +topic needs a verb"),
        ];
        for (text, want) in cases {
            let err =
                parse_patterns("p.tsv", text, &mut Vec::new(), &mut PhraseSet::default()).unwrap_err().to_string();
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn longest_phrase_wins() {
        let mut s = PhraseSet::default();
        s.insert("met", 1);
        s.insert("met with", 2);
        let words = ["met", "with", "x"];
        assert_eq!(s.match_at(|i| words.get(i).copied()), Some((2, 2)));
        let words = ["met", "x"];
        assert_eq!(s.match_at(|i| words.get(i).copied()), Some((1, 1)));
    }
}
