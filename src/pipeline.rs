//! The build pipeline: documents → sentences → matches → mentions →
//! relations → per-document facts, processed in parallel chunks and merged
//! in document order (so the output never depends on the thread count).
//!
//! Three stages overlap: a reader thread cuts the input into batches, the
//! worker pool processes one batch while the calling thread merges the
//! previous one. Bounded channels keep at most a few batches in memory.

use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::graph::{DocFacts, GraphBuilder, GraphFile, MergeOptions, SentenceRef};
use crate::input::{read_source_raw, Document, RawDoc, Source, Warning};
use crate::matcher::Matcher;
use crate::relations::patterns::{RelationRules, SentenceContext};
use crate::relations::{cooccur, Relation};
use crate::resolve::{resolve, Mention};
use crate::sentence;
use rayon::prelude::*;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};

/// A document after the workers: its facts (if it parsed) and its warnings.
type Processed = (Option<(Document, DocFacts)>, Vec<Warning>);

/// Raw documents of one batch, with the warnings met while reading them.
type RawBatch = (Vec<RawDoc>, Vec<Warning>);

/// Documents processed per parallel batch.
const BATCH_DOCS: usize = 128;

/// Batches waiting between two stages (memory is bounded by these queues).
const QUEUED_BATCHES: usize = 4;

/// A loaded gazetteer with its compiled matcher and relation rules.
pub struct Pipeline {
    pub gazetteer: Gazetteer,
    pub matcher: Matcher,
    pub rules: RelationRules,
}

/// Counts reported after a build.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    pub documents: u64,
    pub bytes: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub entities: usize,
    pub edges: usize,
    pub warnings: Vec<Warning>,
    /// Wall seconds spent reading, processing and merging documents.
    pub process_secs: f64,
    /// Wall seconds spent putting the merged graph in canonical order.
    pub finish_secs: f64,
}

impl Pipeline {
    pub fn new(gazetteer: Gazetteer, rules: RelationRules) -> Self {
        let matcher = Matcher::new(&gazetteer);
        Pipeline { gazetteer, matcher, rules }
    }

    /// Resolved mentions of a text, in text order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let raw = self.matcher.find(text);
        resolve(text, &raw)
    }

    /// All facts of one document.
    pub fn process(&self, doc: &Document) -> DocFacts {
        let text = doc.text.as_str();
        let spans = sentence::split(text);
        let mentions = self.mentions(text);
        let mut counts: Vec<(usize, u64)> = Vec::new();
        {
            let mut ents: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
            ents.sort_unstable();
            for e in ents {
                match counts.last_mut() {
                    Some((last, n)) if *last == e => *n += 1,
                    _ => counts.push((e, 1)),
                }
            }
        }
        let mut facts =
            DocFacts { doc: doc.id.clone(), sentences: spans.len() as u64, mentions: counts, ..DocFacts::default() };
        let mut mi = 0;
        for (si, span) in spans.iter().enumerate() {
            while mi < mentions.len() && mentions[mi].start < span.start {
                mi += 1;
            }
            let first = mi;
            while mi < mentions.len() && mentions[mi].end <= span.end {
                mi += 1;
            }
            let in_sentence = &mentions[first..mi];
            let distinct = {
                let mut v: Vec<usize> = in_sentence.iter().map(|m| m.entity).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            if distinct.len() < 2 {
                continue;
            }
            let ctx = SentenceContext { gaz: &self.gazetteer, text, span: *span, mentions: in_sentence };
            let mut rels = cooccur::pairs(&distinct);
            rels.extend(self.rules.extract(&ctx));
            if rels.is_empty() {
                continue;
            }
            let ref_idx = facts.sentence_refs.len();
            facts.sentence_refs.push(SentenceRef { sentence: si, start: span.start, end: span.end, text: None });
            facts.relations.extend(rels.into_iter().map(|r| (r, ref_idx)));
        }
        facts
    }

    /// Processes every document of `sources` in parallel batches on `jobs`
    /// worker threads (0 = all cores) and hands each one's facts to `sink` in
    /// input order, on the calling thread. Reading runs on its own thread, so
    /// it overlaps processing; `sink` (the merge) overlaps the next batch.
    /// Returns the counts (entities and edges left at 0).
    pub fn for_each_document(
        &self,
        sources: &[Source],
        jobs: usize,
        mut sink: impl FnMut(&Document, DocFacts) -> Result<()>,
    ) -> Result<Summary> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| crate::error::Error::Invalid(format!("cannot start worker threads: {e}")))?;
        let mut summary = Summary::default();
        std::thread::scope(|scope| -> Result<()> {
            let (raw_tx, raw_rx) = sync_channel::<Result<RawBatch>>(QUEUED_BATCHES);
            let (done_tx, done_rx) = sync_channel::<Result<(Vec<Processed>, Vec<Warning>)>>(QUEUED_BATCHES);
            scope.spawn(move || read_batches(sources, &raw_tx));
            let pool = &pool;
            scope.spawn(move || self.process_batches(pool, raw_rx, done_tx));
            // on an early return the receiver is dropped, which stops both threads
            for msg in done_rx {
                let (done, read_warnings) = msg?;
                summary.warnings.extend(read_warnings);
                for (doc, warnings) in done {
                    summary.warnings.extend(warnings);
                    let Some((d, f)) = doc else { continue };
                    summary.documents += 1;
                    summary.bytes += d.text.len() as u64;
                    summary.sentences += f.sentences;
                    summary.mentions += f.mentions.iter().map(|m| m.1).sum::<u64>();
                    sink(&d, f)?;
                }
            }
            Ok(())
        })?;
        Ok(summary)
    }

    /// Worker stage: decodes, parses and processes each batch on the pool, in order.
    fn process_batches(
        &self,
        pool: &rayon::ThreadPool,
        batches: Receiver<Result<RawBatch>>,
        done: SyncSender<Result<(Vec<Processed>, Vec<Warning>)>>,
    ) {
        for msg in batches {
            let out = msg.map(|(batch, read_warnings)| {
                let processed: Vec<Processed> = pool.install(|| {
                    batch
                        .into_par_iter()
                        .map(|raw| {
                            let mut w = Vec::new();
                            let doc = raw.parse(&mut w).map(|d| {
                                let f = self.process(&d);
                                (d, f)
                            });
                            (doc, w)
                        })
                        .collect()
                });
                (processed, read_warnings)
            });
            if done.send(out).is_err() {
                return; // the merging side stopped
            }
        }
    }

    /// Builds the graph from sources, `jobs` threads (0 = all cores).
    /// `progress` is called after each document with (documents, bytes) so far.
    pub fn build(
        &self,
        sources: &[Source],
        opts: MergeOptions,
        jobs: usize,
        mut progress: impl FnMut(u64, u64),
    ) -> Result<(GraphFile, Summary)> {
        let t0 = std::time::Instant::now();
        let mut builder = GraphBuilder::new(&self.gazetteer, opts);
        let (mut docs, mut bytes) = (0u64, 0u64);
        let mut summary = self.for_each_document(sources, jobs, |d, f| {
            builder.add(f, &d.text);
            docs += 1;
            bytes += d.text.len() as u64;
            if docs % 64 == 0 {
                progress(docs, bytes);
            }
            Ok(())
        })?;
        progress(docs, bytes);
        summary.process_secs = t0.elapsed().as_secs_f64();
        let graph = builder.finish();
        summary.finish_secs = t0.elapsed().as_secs_f64() - summary.process_secs;
        summary.entities = graph.nodes.len();
        summary.edges = graph.edges.len();
        Ok((graph, summary))
    }
}

/// Reader stage: streams the sources into batches of [`BATCH_DOCS`] raw documents.
fn read_batches(sources: &[Source], out: &SyncSender<Result<RawBatch>>) {
    let mut batch: Vec<RawDoc> = Vec::with_capacity(BATCH_DOCS);
    let mut warnings: Vec<Warning> = Vec::new();
    let stopped = || Error::Invalid("reading stopped: the build ended early".into());
    for src in sources {
        let mut read_warnings = Vec::new();
        let read = read_source_raw(src, &mut read_warnings, |raw| {
            batch.push(raw);
            if batch.len() >= BATCH_DOCS {
                let full =
                    (std::mem::replace(&mut batch, Vec::with_capacity(BATCH_DOCS)), std::mem::take(&mut warnings));
                out.send(Ok(full)).map_err(|_| stopped())?;
            }
            Ok(())
        });
        warnings.extend(read_warnings);
        if let Err(e) = read {
            let _ = out.send(Err(e));
            return;
        }
    }
    let _ = out.send(Ok((batch, warnings)));
}

/// Number of typed (non co-occurrence) edges of a graph.
pub fn typed_edge_count(g: &GraphFile) -> usize {
    g.edges.iter().filter(|e| e.relation != Relation::CoOccurs).count()
}
