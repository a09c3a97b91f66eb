//! The entity/relation graph: per-document facts merged into nodes and
//! edges with evidence, in a canonical order (nodes by id; edges by source,
//! target, relation), and its networkx node-link JSON form.

use crate::discover::Person;
use crate::error::{Error, Result};
use crate::gazetteer::{EntityType, Gazetteer};
use crate::relations::{Relation, RelationFact, Trigger};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Longest evidence text kept, in bytes (cut on a character boundary).
pub const MAX_EVIDENCE_TEXT: usize = 1000;

/// Graph-level attributes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GraphMeta {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub generator: String,
    #[serde(default)]
    pub documents: u64,
    #[serde(default)]
    pub sentences: u64,
    #[serde(default)]
    pub mentions: u64,
}

/// A node: one canonical entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub etype: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub mentions: u64,
    #[serde(default)]
    pub documents: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qid: Option<String>,
    /// A person found in the text, not in the gazetteer ([`crate::discover`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub discovered: bool,
}

/// Where an edge was seen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: String,
    /// Sentence index within the document (0-based).
    pub sentence: usize,
    /// Byte offsets of the sentence in the document text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<Trigger>,
}

/// An edge: one relation between two entities, with all its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    pub source: String,
    pub target: String,
    /// Multigraph key: the relation name (one edge per source, target, relation).
    pub key: String,
    pub relation: Relation,
    /// Number of sentences supporting the edge (exact, even when evidence is capped).
    pub weight: u64,
    /// Highest confidence of any supporting sentence, 0–1.
    #[serde(default = "one")]
    pub confidence: f64,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
}

fn one() -> f64 {
    1.0
}

/// The whole graph, exactly as written to `graph.json` (networkx node-link).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphFile {
    pub directed: bool,
    pub multigraph: bool,
    #[serde(default)]
    pub graph: GraphMeta,
    pub nodes: Vec<Node>,
    #[serde(alias = "links")]
    pub edges: Vec<Edge>,
}

impl GraphFile {
    /// Reads a graph JSON written by `build`.
    pub fn load(path: &Path) -> Result<Self> {
        // one read into memory, then one parse: several times faster than from_reader
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let g: GraphFile = serde_json::from_slice(&bytes)
            .map_err(|e| Error::GraphJson { path: path.to_path_buf(), message: e.to_string() })?;
        g.validate().map_err(|message| Error::GraphJson { path: path.to_path_buf(), message })?;
        Ok(g)
    }

    fn validate(&self) -> std::result::Result<(), String> {
        let ids: std::collections::HashSet<&str> = self.nodes.iter().map(|n| n.id.as_str()).collect();
        for e in &self.edges {
            for end in [&e.source, &e.target] {
                if !ids.contains(end.as_str()) {
                    return Err(format!("edge refers to unknown node {end:?}"));
                }
            }
        }
        Ok(())
    }

    /// Pretty JSON text (stable: same graph → same bytes), ending in a newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("graph serialises");
        s.push('\n');
        s
    }

    /// Writes the same bytes as [`GraphFile::to_json`] to `w`; the node and edge
    /// arrays are serialised in parallel chunks (a big graph.json is the longest
    /// part of writing the output).
    pub fn write_json(&self, mut w: impl std::io::Write) -> std::io::Result<()> {
        #[derive(Serialize)]
        struct Head<'a> {
            directed: bool,
            multigraph: bool,
            graph: &'a GraphMeta,
        }
        let head = serde_json::to_string_pretty(&Head {
            directed: self.directed,
            multigraph: self.multigraph,
            graph: &self.graph,
        })?;
        // "{ ... \n}" without its closing line, then the two arrays as serde_json would print them
        w.write_all(head.strip_suffix("\n}").unwrap_or(&head).as_bytes())?;
        w.write_all(b",\n  \"nodes\": ")?;
        write_pretty_array(&mut w, &self.nodes)?;
        w.write_all(b",\n  \"edges\": ")?;
        write_pretty_array(&mut w, &self.edges)?;
        w.write_all(b"\n}\n")
    }

    /// Index of a node by id.
    pub fn node_index(&self) -> std::collections::HashMap<&str, usize> {
        self.nodes.iter().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect()
    }
}

/// A top-level array field's value as `serde_json::to_string_pretty` prints it
/// inside the graph object (elements indented by four spaces), built in parallel.
fn write_pretty_array<T: Serialize + Sync>(w: &mut impl std::io::Write, items: &[T]) -> std::io::Result<()> {
    use rayon::prelude::*;
    if items.is_empty() {
        return w.write_all(b"[]");
    }
    let chunks: Vec<Vec<u8>> = items
        .par_chunks(256)
        .map(|chunk| -> serde_json::Result<Vec<u8>> {
            let mut out = Vec::with_capacity(chunk.len() * 512);
            for (k, item) in chunk.iter().enumerate() {
                if k > 0 {
                    out.extend_from_slice(b",\n");
                }
                out.extend_from_slice(b"    ");
                let mut ser = serde_json::Serializer::with_formatter(&mut out, NestedPretty::at_level(2));
                item.serialize(&mut ser)?;
            }
            Ok(out)
        })
        .collect::<serde_json::Result<_>>()?;
    w.write_all(b"[\n")?;
    for (k, c) in chunks.iter().enumerate() {
        if k > 0 {
            w.write_all(b",\n")?;
        }
        w.write_all(c)?;
    }
    w.write_all(b"\n  ]")
}

/// serde_json's pretty layout (two-space indent) for a value printed `level`
/// levels deep inside a larger document: the same bytes `to_string_pretty` of
/// the whole document would give there, in one pass.
struct NestedPretty {
    level: usize,
    has_value: bool,
}

impl NestedPretty {
    fn at_level(level: usize) -> Self {
        NestedPretty { level, has_value: false }
    }

    fn indent<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        const SPACES: &[u8] = &[b' '; 64];
        let mut n = self.level * 2;
        while n > 0 {
            let k = n.min(SPACES.len());
            w.write_all(&SPACES[..k])?;
            n -= k;
        }
        Ok(())
    }

    fn open<W: ?Sized + std::io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.level -= 1;
        if self.has_value {
            w.write_all(b"\n")?;
            self.indent(w)?;
        }
        w.write_all(bracket)
    }

    fn item<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        w.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(w)
    }
}

impl serde_json::ser::Formatter for NestedPretty {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"]")
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.item(w, first)
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.open(w, b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.close(w, b"}")
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.item(w, first)
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Location of one sentence, for evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceRef {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    /// The sentence text when the document text is not at hand (merged facts).
    pub text: Option<String>,
}

/// Everything one document contributes to the graph.
#[derive(Debug, Clone, Default)]
pub struct DocFacts {
    pub doc: String,
    pub sentences: u64,
    /// (entity index, mention count), sorted by entity.
    pub mentions: Vec<(usize, u64)>,
    /// People discovered in the document: entity index `gazetteer.entities.len() + k` is `people[k]`.
    pub people: Vec<Person>,
    /// Relations with the index into `sentence_refs` they were found in.
    pub relations: Vec<(RelationFact, usize)>,
    pub sentence_refs: Vec<SentenceRef>,
}

#[derive(Debug, Default)]
struct EdgeAgg {
    weight: u64,
    confidence: f64,
    evidence: Vec<Evidence>,
}

/// Options for merging facts into a graph.
#[derive(Debug, Clone, Copy)]
pub struct MergeOptions {
    /// Evidence entries kept per edge (the first ones in document order); 0 = all.
    pub max_evidence: usize,
    /// Typed edges below this confidence are dropped.
    pub min_confidence: f64,
}

impl Default for MergeOptions {
    fn default() -> Self {
        MergeOptions { max_evidence: 20, min_confidence: 0.0 }
    }
}

/// Merges document facts, in document order, into the graph.
pub struct GraphBuilder<'g> {
    gaz: &'g Gazetteer,
    opts: MergeOptions,
    meta: GraphMeta,
    /// Entity → (mentions, documents); hashed while merging, sorted by `finish`.
    nodes: FxHashMap<usize, (u64, u64)>,
    edges: FxHashMap<(usize, usize, Relation), EdgeAgg>,
    /// People discovered in the documents, by id: entity index `gazetteer.entities.len() + k`
    /// is `people[k]` (numbered in merge order; `finish` orders them by id).
    people: Vec<Person>,
    person_index: FxHashMap<String, usize>,
}

impl<'g> GraphBuilder<'g> {
    pub fn new(gaz: &'g Gazetteer, opts: MergeOptions) -> Self {
        GraphBuilder {
            gaz,
            opts,
            meta: GraphMeta {
                name: "newsgraph".into(),
                generator: format!("newsgraph {}", env!("CARGO_PKG_VERSION")),
                ..GraphMeta::default()
            },
            nodes: FxHashMap::default(),
            edges: FxHashMap::default(),
            people: Vec::new(),
            person_index: FxHashMap::default(),
        }
    }

    /// The builder's entity index of a discovered person.
    fn person(&mut self, p: &Person) -> usize {
        let n = self.gaz.entities.len();
        if let Some(&k) = self.person_index.get(&p.id) {
            return n + k;
        }
        self.people.push(p.clone());
        self.person_index.insert(p.id.clone(), self.people.len() - 1);
        n + self.people.len() - 1
    }

    /// Does entity `a` sort after `b`? Gazetteer entities by index, then
    /// discovered people by id (not by when they were first merged).
    fn sorts_after(&self, a: usize, b: usize) -> bool {
        let n = self.gaz.entities.len();
        if a < n || b < n {
            a > b
        } else {
            self.people[a - n].id > self.people[b - n].id
        }
    }

    /// Adds one document's facts; `text` is the document (evidence is cut from it
    /// only when kept, so capped evidence costs no allocation).
    pub fn add(&mut self, facts: DocFacts, text: &str) {
        self.meta.documents += 1;
        self.meta.sentences += facts.sentences;
        let n_gaz = self.gaz.entities.len();
        let people: Vec<usize> = facts.people.iter().map(|p| self.person(p)).collect();
        let global = |e: usize| if e < n_gaz { e } else { people[e - n_gaz] };
        for &(e, n) in &facts.mentions {
            let slot = self.nodes.entry(global(e)).or_default();
            slot.0 += n;
            slot.1 += 1;
            self.meta.mentions += n;
        }
        // one count per (source, target, relation) and sentence; relations arrive grouped by sentence
        let mut seen: Vec<(usize, usize, Relation)> = Vec::new();
        let mut cur_sentence = usize::MAX;
        for (rel, si) in facts.relations {
            if si != cur_sentence {
                seen.clear();
                cur_sentence = si;
            }
            if rel.negated || (rel.relation != Relation::CoOccurs && rel.confidence < self.opts.min_confidence) {
                continue;
            }
            let (s, t) = (global(rel.source), global(rel.target));
            let (s, t) = if rel.relation.is_symmetric() && self.sorts_after(s, t) { (t, s) } else { (s, t) };
            if s == t || seen.contains(&(s, t, rel.relation)) {
                continue;
            }
            seen.push((s, t, rel.relation));
            let agg = self.edges.entry((s, t, rel.relation)).or_default();
            agg.weight += 1;
            agg.confidence = agg.confidence.max(rel.confidence);
            // keep the evidence with the smallest (doc, sentence, offsets) keys: the same
            // whatever order documents arrive in (threads, partitions, merges)
            let sr = &facts.sentence_refs[si];
            let key = (facts.doc.as_str(), sr.sentence, sr.start, sr.end);
            // with a cap, evidence stays sorted by key: the worst kept entry is the last
            let capped = self.opts.max_evidence != 0;
            if capped && agg.evidence.len() >= self.opts.max_evidence {
                if agg.evidence.last().is_some_and(|worst| key >= evidence_key(worst)) {
                    continue;
                }
                agg.evidence.pop();
            }
            let at = if capped { agg.evidence.partition_point(|e| evidence_key(e) < key) } else { agg.evidence.len() };
            let sentence_text = match &sr.text {
                Some(t) => t.clone(),
                None => clip_text(text.get(sr.start..sr.end).unwrap_or_default()),
            };
            agg.evidence.insert(
                at,
                Evidence {
                    doc: facts.doc.clone(),
                    sentence: sr.sentence,
                    start: sr.start,
                    end: sr.end,
                    text: sentence_text,
                    trigger: rel.trigger.clone(),
                },
            );
        }
    }

    /// The finished graph in canonical order.
    pub fn finish(self) -> GraphFile {
        let gaz = self.gaz;
        let n_gaz = gaz.entities.len();
        // discovered people after the gazetteer's entities, in id order
        let mut by_id: Vec<usize> = (0..self.people.len()).collect();
        by_id.sort_unstable_by(|&a, &b| self.people[a].id.cmp(&self.people[b].id));
        let mut person_rank = vec![0; self.people.len()];
        for (r, &k) in by_id.iter().enumerate() {
            person_rank[k] = n_gaz + r;
        }
        let rank = |e: usize| if e < n_gaz { e } else { person_rank[e - n_gaz] };
        let id = |e: usize| match gaz.entities.get(e) {
            Some(ent) => ent.id.clone(),
            None => self.people[e - n_gaz].id.clone(),
        };
        let mut node_counts: Vec<_> = self.nodes.iter().map(|(&e, &c)| (e, c)).collect();
        node_counts.sort_unstable_by_key(|&(e, _)| rank(e));
        let mut edge_aggs: Vec<_> = self.edges.into_iter().collect();
        edge_aggs.sort_unstable_by_key(|&((s, t, rel), _)| (rank(s), rank(t), rel));
        let nodes = node_counts
            .into_iter()
            .map(|(e, (mentions, documents))| match gaz.entities.get(e) {
                Some(ent) => Node {
                    id: ent.id.clone(),
                    label: ent.label.clone(),
                    etype: ent.etype.as_str().to_string(),
                    aliases: ent.alias_texts(),
                    mentions,
                    documents,
                    qid: ent.attrs.get("qid").cloned(),
                    discovered: false,
                },
                None => {
                    let p = &self.people[e - n_gaz];
                    Node {
                        id: p.id.clone(),
                        label: p.label.clone(),
                        etype: EntityType::Actor.as_str().to_string(),
                        aliases: vec![p.surname.clone()],
                        mentions,
                        documents,
                        qid: None,
                        discovered: true,
                    }
                }
            })
            .collect();
        let edges = edge_aggs
            .into_iter()
            .map(|((s, t, rel), agg)| Edge {
                source: id(s),
                target: id(t),
                key: rel.as_str().to_string(),
                relation: rel,
                weight: agg.weight,
                confidence: (agg.confidence * 1000.0).round() / 1000.0,
                evidence: {
                    let mut ev = agg.evidence;
                    ev.sort_by(|a, b| evidence_key(a).cmp(&evidence_key(b)));
                    ev
                },
            })
            .collect();
        GraphFile { directed: true, multigraph: true, graph: self.meta, nodes, edges }
    }
}

fn evidence_key(e: &Evidence) -> (&str, usize, usize, usize) {
    (e.doc.as_str(), e.sentence, e.start, e.end)
}

/// Cuts evidence text to at most [`MAX_EVIDENCE_TEXT`] bytes on a char boundary.
pub fn clip_text(s: &str) -> String {
    if s.len() <= MAX_EVIDENCE_TEXT {
        return s.to_string();
    }
    let mut end = MAX_EVIDENCE_TEXT;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}
