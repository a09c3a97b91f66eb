//! Micro-benchmarks (`cargo bench`): dictionary matching, sentence splitting,
//! and whole-document processing (matching + resolution + relations) with the
//! bundled gazetteers, on a text written for this benchmark.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsgraph::input::Document;
use newsgraph::relations::patterns::RelationRules;
use newsgraph::{sentence, Gazetteer, Pipeline};
use std::path::Path;

// the allocator the binary uses, so that allocation costs match what users get
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const TEXT: &str = "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Friday. \
Kyiv, backed by the US and the European Union, rejected the offer. Kremlin spokesman Dmitry Peskov said Moscow \
was open to talks, while Hungary's Viktor Orban did not criticise Russia. German Chancellor Olaf Scholz held talks \
with French President Emmanuel Macron in Paris. China accused the Philippines of ramming a boat near a reef. \
Finland joined NATO last year, and Sweden followed. Mr. Blinken, the U.S. Secretary of State, arrived on Jan. 5. ";

fn pipeline() -> Pipeline {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let gaz = Gazetteer::load_layers(&[&dir]).expect("bundled gazetteers");
    let rules = RelationRules::load_for_layers(&[&dir], &gaz).expect("bundled rules");
    Pipeline::new(gaz, rules)
}

fn benches(c: &mut Criterion) {
    let p = pipeline();
    let text = TEXT.repeat(20);
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("match", |b| b.iter(|| p.matcher.find(&text).len()));
    g.bench_function("match+resolve", |b| b.iter(|| p.mentions(&text).len()));
    g.bench_function("sentences", |b| b.iter(|| sentence::split(&text).len()));
    let doc = Document { id: "bench".into(), text: text.clone() };
    g.bench_function("process (match, resolve, relations)", |b| b.iter(|| p.process(&doc).relations.len()));
    g.finish();
}

criterion_group!(name = group; config = Criterion::default().sample_size(20); targets = benches);
criterion_main!(group);
