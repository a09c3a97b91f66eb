//! Where one thread's time goes: each stage of the build timed on its own over
//! a corpus held in memory, with the bundled gazetteers (a developer tool for
//! issue #8; the harness in `bench/` measures the real end-to-end build).
//!
//! ```text
//! cargo run --release --example stages -- ../shared/corpus/bbc/docs.jsonl [PASSES] [process]
//! ```
//!
//! Each stage's row includes the ones above it where it says so ("+").
//! The figures are the best of PASSES (default 3) passes.

use newsgraph::graph::{GraphBuilder, MergeOptions};
use newsgraph::input::{collect_sources, read_source, Document};
use newsgraph::relations::patterns::RelationRules;
use newsgraph::{sentence, Gazetteer, Pipeline};
use std::path::{Path, PathBuf};
use std::time::Instant;

// the allocator the binary uses, so that allocation costs match what users get
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let corpus = PathBuf::from(args.next().ok_or("usage: stages CORPUS [PASSES]")?);
    let passes: usize = args.next().map_or(Ok(3), |p| p.parse())?;
    // `process` as a third argument times only that stage (for a profiler)
    let only_process = args.next().is_some_and(|a| a == "process");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let gaz = Gazetteer::load_layers(&[&dir])?;
    let rules = RelationRules::load_for_layers(&[&dir], &gaz)?;
    let p = Pipeline::new(gaz, rules);
    let mut docs: Vec<Document> = Vec::new();
    let t = Instant::now();
    for src in collect_sources(&[corpus])? {
        read_source(&src, &mut Vec::new(), |d| {
            docs.push(d);
            Ok(())
        })?;
    }
    let read = t.elapsed().as_secs_f64();
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    println!("{} documents, {mb:.1} MB; best of {passes} passes, one thread", docs.len());
    let row = |name: &str, secs: f64| println!("{name:>36} {:8.1} ms {:8.1} MB/s", secs * 1e3, mb / secs);
    let best = |f: &mut dyn FnMut() -> usize| {
        (0..passes)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(f());
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    row("read + parse JSONL", read);
    if only_process {
        row("process (+ sentences, relations)", best(&mut || docs.iter().map(|d| p.process(d).relations.len()).sum()));
        return Ok(());
    }
    row("sentences", best(&mut || docs.iter().map(|d| sentence::split(&d.text).len()).sum()));
    row("match", best(&mut || docs.iter().map(|d| p.matcher.find(&d.text).len()).sum()));
    row("match + resolve", best(&mut || docs.iter().map(|d| p.mentions(&d.text).len()).sum()));
    row("+ discover people", best(&mut || docs.iter().map(|d| p.entities(&d.text).0.len()).sum()));
    row("process (+ sentences, relations)", best(&mut || docs.iter().map(|d| p.process(d).relations.len()).sum()));
    let facts: Vec<_> = docs.iter().map(|d| p.process(d)).collect();
    let t = Instant::now();
    let mut builder = GraphBuilder::new(&p.gazetteer, MergeOptions::default());
    for (d, f) in docs.iter().zip(facts) {
        builder.add(f, &d.text);
    }
    row("merge into the graph", t.elapsed().as_secs_f64());
    let t = Instant::now();
    let graph = builder.finish();
    row("finish (canonical order)", t.elapsed().as_secs_f64());
    let mut json = Vec::new();
    row(
        "write graph.json (to memory)",
        best(&mut || {
            json.clear();
            graph.write_json(&mut json).map_or(0, |()| json.len())
        }),
    );
    println!("{} nodes, {} edges, graph.json {:.1} MB", graph.nodes.len(), graph.edges.len(), json.len() as f64 / 1e6);
    Ok(())
}
