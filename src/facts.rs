//! Mergeable per-document facts (JSON Lines), the map step of a distributed
//! build: `newsgraph facts` writes one line per document (mention counts,
//! relations with their evidence sentence); `newsgraph merge` folds any number
//! of fact files into the graph `build` would write. Merging is associative and
//! commutative: counts add up, confidence takes the maximum, and evidence keeps
//! the smallest (document, sentence) keys, so partitions and order do not matter.

use crate::discover::Person;
use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::graph::{clip_text, DocFacts, SentenceRef};
use crate::relations::{Relation, RelationFact, Trigger};
use serde::{Deserialize, Serialize};

/// One document's facts, as written to a facts file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactLine {
    pub doc: String,
    pub sentences: u64,
    /// (entity id, mentions)
    pub mentions: Vec<(String, u64)>,
    pub relations: Vec<FactRelation>,
    /// People found in the document who are not in the gazetteer (their ids start with `person:`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
}

/// One relation found in one sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactRelation {
    pub source: String,
    pub target: String,
    pub relation: Relation,
    pub confidence: f64,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<Trigger>,
}

/// The fact line of a processed document (negated relations are left out, as in `build`).
pub fn to_line(gaz: &Gazetteer, facts: &DocFacts, text: &str) -> FactLine {
    let ids = |e: usize| match gaz.entities.get(e) {
        Some(ent) => ent.id.clone(),
        None => facts.people[e - gaz.entities.len()].id.clone(),
    };
    FactLine {
        doc: facts.doc.clone(),
        sentences: facts.sentences,
        mentions: facts.mentions.iter().map(|&(e, n)| (ids(e), n)).collect(),
        relations: facts
            .relations
            .iter()
            .filter(|(r, _)| !r.negated)
            .map(|(r, si)| {
                let sr = &facts.sentence_refs[*si];
                FactRelation {
                    source: ids(r.source),
                    target: ids(r.target),
                    relation: r.relation,
                    confidence: r.confidence,
                    sentence: sr.sentence,
                    start: sr.start,
                    end: sr.end,
                    text: clip_text(text.get(sr.start..sr.end).unwrap_or_default()),
                    trigger: r.trigger.clone(),
                }
            })
            .collect(),
        people: facts.people.clone(),
    }
}

/// Turns a fact line back into document facts for the graph builder.
pub fn from_line(gaz: &Gazetteer, line: FactLine, origin: &str) -> Result<DocFacts> {
    let people = line.people;
    let idx = |id: &str| {
        gaz.get(id).or_else(|| people.iter().position(|p| p.id == id).map(|k| gaz.entities.len() + k)).ok_or_else(
            || {
                Error::Invalid(format!(
                    "{origin}: entity {id:?} is not in the gazetteer; merge with the gazetteer used by `facts`"
                ))
            },
        )
    };
    let mut mentions = Vec::with_capacity(line.mentions.len());
    for (id, n) in &line.mentions {
        mentions.push((idx(id)?, *n));
    }
    mentions.sort_unstable();
    let mut facts = DocFacts { doc: line.doc, sentences: line.sentences, mentions, ..DocFacts::default() };
    for r in line.relations {
        let si = match facts.sentence_refs.iter().position(|s| s.sentence == r.sentence) {
            Some(i) => i,
            None => {
                facts.sentence_refs.push(SentenceRef {
                    sentence: r.sentence,
                    start: r.start,
                    end: r.end,
                    text: Some(r.text.clone()),
                });
                facts.sentence_refs.len() - 1
            }
        };
        let fact = RelationFact {
            source: idx(&r.source)?,
            target: idx(&r.target)?,
            relation: r.relation,
            trigger: r.trigger,
            negated: false,
            confidence: r.confidence,
        };
        facts.relations.push((fact, si));
    }
    // the builder expects relations grouped by sentence
    facts.relations.sort_by_key(|(_, si)| facts.sentence_refs[*si].sentence);
    facts.people = people;
    Ok(facts)
}
