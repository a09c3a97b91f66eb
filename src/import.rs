//! Gazetteer import: converts spaCy EntityRuler patterns (JSONL, one
//! `{"label", "pattern", "id"}` per line) and Stanford CoreNLP RegexNER
//! mappings (TSV: `pattern<TAB>TYPE[...]`) into newsgraph's gazetteer format.
//! Patterns sharing an id (or, without one, the same text) become one entity.

use crate::error::{Error, Result};
use crate::gazetteer::EntityType;
use std::collections::BTreeMap;

/// Input formats of `gazetteer import`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    Spacy,
    RegexNer,
}

#[derive(Debug, Default)]
struct Draft {
    etype: Option<EntityType>,
    label: String,
    aliases: Vec<String>,
}

/// Maps an NER label to an entity type; `None` for labels newsgraph does not model.
pub fn map_label(label: &str) -> Option<EntityType> {
    match label.to_ascii_uppercase().as_str() {
        "PERSON" | "PER" | "ACTOR" => Some(EntityType::Actor),
        "ORG" | "ORGANIZATION" | "ORGANISATION" | "INSTITUTION" | "NORP_ORG" => Some(EntityType::Institution),
        "GPE" | "COUNTRY" | "LOC" | "LOCATION" | "STATE_OR_PROVINCE" | "NATIONALITY" | "NORP" => {
            Some(EntityType::Country)
        }
        _ => None,
    }
}

fn slug(s: &str) -> String {
    let s = crate::gazetteer::strip_accents(s).to_lowercase();
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "entity".into()
    } else {
        out
    }
}

/// A spaCy pattern: a string, or a list of token dicts with ORTH/TEXT/LOWER.
fn spacy_pattern(v: &serde_json::Value) -> std::result::Result<(String, bool), String> {
    match v {
        serde_json::Value::String(s) => Ok((s.clone(), false)),
        serde_json::Value::Array(tokens) => {
            let mut words = Vec::new();
            let mut lower = false;
            for t in tokens {
                let obj = t.as_object().ok_or("token pattern is not an object")?;
                let (word, is_lower) = if let Some(w) = obj.get("ORTH").or_else(|| obj.get("TEXT")) {
                    (w.as_str(), false)
                } else if let Some(w) = obj.get("LOWER") {
                    (w.as_str(), true)
                } else {
                    return Err(
                        "token pattern needs ORTH, TEXT or LOWER (regex and other attributes are not supported)".into(),
                    );
                };
                words.push(word.ok_or("token value is not a string")?.to_string());
                lower |= is_lower;
            }
            // spaCy tokens: "U.S." or "Russia" "'s" - join with spaces except before punctuation
            let mut text = String::new();
            for w in words {
                if !text.is_empty() && w.chars().next().is_some_and(|c| c.is_alphanumeric()) {
                    text.push(' ');
                }
                text.push_str(&w);
            }
            Ok((text, lower))
        }
        _ => Err("\"pattern\" must be a string or a list of token patterns".into()),
    }
}

/// Converts `text` (named `file` in errors) to gazetteer TSV lines.
/// Returns the TSV and the number of skipped records (unsupported labels).
pub fn import(file: &str, text: &str, format: ImportFormat) -> Result<(String, usize)> {
    let mut drafts: BTreeMap<String, Draft> = BTreeMap::new();
    let mut skipped = 0;
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (label, alias, lower, id) = match format {
            ImportFormat::Spacy => {
                let v: serde_json::Value = serde_json::from_str(line)
                    .map_err(|e| Error::syntax(file, line_no, format!("malformed JSON: {e}")))?;
                let label =
                    v["label"].as_str().ok_or_else(|| Error::syntax(file, line_no, "missing \"label\""))?.to_string();
                let (alias, lower) = spacy_pattern(&v["pattern"]).map_err(|m| Error::syntax(file, line_no, m))?;
                let id = v["id"].as_str().map(str::to_string);
                (label, alias, lower, id)
            }
            ImportFormat::RegexNer => {
                let cols: Vec<&str> = line.split('\t').collect();
                if cols.len() < 2 {
                    return Err(Error::syntax(file, line_no, "expected pattern<TAB>TYPE"));
                }
                let pat = cols[0].trim();
                if pat.contains(['(', ')', '[', ']', '*', '+', '?', '|', '^', '$']) {
                    return Err(Error::syntax(
                        file,
                        line_no,
                        format!("regular expression {pat:?} is not supported: only literal token sequences"),
                    ));
                }
                (cols[1].trim().to_string(), pat.replace('\\', ""), false, None)
            }
        };
        let Some(etype) = map_label(&label) else {
            skipped += 1;
            continue;
        };
        let alias = alias.split_whitespace().collect::<Vec<_>>().join(" ");
        if alias.is_empty() || alias.contains(['\t', ';', '|']) {
            return Err(Error::syntax(file, line_no, format!("pattern {alias:?} is empty or contains ; | or a tab")));
        }
        let key = id.unwrap_or_else(|| slug(&alias));
        let d = drafts.entry(key).or_default();
        d.etype.get_or_insert(etype);
        let alias = if lower { format!("{alias}|i") } else { alias };
        if d.label.is_empty() {
            d.label = alias.split('|').next().unwrap_or_default().to_string();
        }
        if !d.aliases.contains(&alias) {
            d.aliases.push(alias);
        }
    }
    let mut out = String::from("# Imported by `newsgraph gazetteer import`\n");
    for (id, d) in drafts {
        let aliases: Vec<&str> = d.aliases.iter().map(String::as_str).filter(|a| *a != d.label).collect();
        let etype = d.etype.unwrap_or(EntityType::Institution);
        out.push_str(&format!("{}\t{}\t{}\t{}\n", slug(&id), etype, d.label, aliases.join("; ")));
    }
    Ok((out, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gazetteer;

    #[test]
    fn spacy_patterns_group_by_id_and_load() {
        let text = r#"{"label": "ORG", "pattern": "Apple", "id": "apple"}
{"label": "ORG", "pattern": [{"LOWER": "apple"}, {"LOWER": "inc"}], "id": "apple"}
{"label": "PERSON", "pattern": "Tim Cook"}
{"label": "GPE", "pattern": [{"ORTH": "U.S."}]}
{"label": "DATE", "pattern": "Monday"}
"#;
        let (tsv, skipped) = import("p.jsonl", text, ImportFormat::Spacy).unwrap();
        assert_eq!(skipped, 1);
        assert!(tsv.contains("apple\tinstitution\tApple\tapple inc|i\n"), "{tsv}");
        assert!(tsv.contains("tim-cook\tactor\tTim Cook\t\n"), "{tsv}");
        assert!(tsv.contains("u-s\tcountry\tU.S.\t\n"), "{tsv}");
        Gazetteer::from_str("imported.tsv", &tsv).expect("imported gazetteer loads");
    }

    #[test]
    fn regexner_literals_and_errors() {
        let (tsv, _) =
            import("m.tsv", "Bank of England\tORGANIZATION\nU\\.S\\.\tCOUNTRY\tLOCATION\t1\n", ImportFormat::RegexNer)
                .unwrap();
        assert!(tsv.contains("bank-of-england\tinstitution\tBank of England"), "{tsv}");
        assert!(tsv.contains("u-s\tcountry\tU.S."), "{tsv}");
        let cases = [
            ("(Big|Small) Corp\tORGANIZATION\n", ImportFormat::RegexNer, "m.tsv:1: regular expression"),
            ("just-one-column\n", ImportFormat::RegexNer, "m.tsv:1: expected pattern<TAB>TYPE"),
            ("{bad json\n", ImportFormat::Spacy, "m.tsv:1: malformed JSON"),
            ("{\"pattern\": \"x\"}\n", ImportFormat::Spacy, "m.tsv:1: missing \"label\""),
            ("{\"label\":\"ORG\",\"pattern\":[{\"REGEX\":\"x\"}]}\n", ImportFormat::Spacy, "needs ORTH, TEXT or LOWER"),
        ];
        for (text, f, want) in cases {
            let err = import("m.tsv", text, f).unwrap_err().to_string();
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }
}
