//! Command-line interface: argument parsing (clap) and the commands, which
//! call the library and print. Exit codes: 0 success, 1 nothing found, 2 error.

use anyhow::{bail, Result};
use clap::{Args, Parser, Subcommand};
use newsgraph::export::{diagram, dot, parse_formats, write_formats, DiagramOptions};
use newsgraph::graph::MergeOptions;
use newsgraph::input::collect_sources;
use newsgraph::output::{clean_stale_temps, write_atomic, write_atomic_with};
use newsgraph::pipeline::Summary;
use newsgraph::relations::patterns::RelationRules;
use newsgraph::relations::Relation;
use newsgraph::{Gazetteer, Pipeline};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Outcome of a command that ran to the end.
pub enum Outcome {
    Found,
    NothingFound,
}

#[derive(Parser)]
#[command(
    name = "newsgraph",
    version,
    about = "Turn news text into a graph of who is who and who does what to whom",
    after_help = "Examples:\n  newsgraph build examples/ -o out\n  newsgraph build corpus.jsonl -g my-gazetteer/ -o out --jobs 4\n  newsgraph gazetteer check gazetteers/\n\nExit codes: 0 success, 1 nothing found, 2 error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Build the entity/relation graph from a corpus and write graph.json and graph.dot.
    #[command(
        after_help = "Inputs: text files, directories (recursive .txt/.md/.jsonl), .jsonl files with\n{\"id\",\"text\"} per line, or - for stdin.\n\nExamples:\n  newsgraph build examples/\n  newsgraph build a.txt b.txt -o out\n  cat story.txt | newsgraph build - -o out"
    )]
    Build(BuildArgs),
    /// Print the entity mentions found in documents (one line each), to check the gazetteer;
    /// with --relations, print the typed relations of each sentence instead (negated ones too).
    Annotate {
        /// Files, directories, .jsonl files or - (stdin).
        #[arg(required = true, value_name = "INPUTS")]
        inputs: Vec<PathBuf>,
        /// Print typed relations: doc, sentence, source, relation, target, confidence, negated, pattern, trigger.
        #[arg(long)]
        relations: bool,
        #[command(flatten)]
        gazetteers: GazetteerArgs,
    },
    /// Shortest path(s) between two entities, with one evidence sentence per hop.
    #[command(
        after_help = "Direction: by default co_occurs and meets are walked both ways and typed relations\nfrom source to target; --directed walks typed relations only, in their direction;\n--undirected ignores direction.\n\nExamples:\n  newsgraph path out/graph.json Orban Zelenskiy\n  newsgraph path out/graph.json putin \"united states\" -k 3 --relation supports,criticises\n\nExit codes: 0 path found, 1 no path, 2 error (unknown or ambiguous name)."
    )]
    Path(PathArgs),
    /// Neighbours of an entity, strongest first.
    Neighbors(NeighborArgs),
    /// Every edge between two entities with all its evidence, grouped by relation.
    Explain(ExplainArgs),
    /// Counts by type and relation, components, top entities by degree and PageRank.
    Stats(StatsArgs),
    /// Ego network around an entity, written as .dot or .json.
    Subgraph(SubgraphArgs),
    /// Map step: write per-document facts (JSON Lines) to merge later, e.g. on a cluster.
    #[command(
        after_help = "Examples:\n  newsgraph facts part1/ -o part1.facts.jsonl\n  cat docs.jsonl | newsgraph facts - --stdin-jsonl > part.facts.jsonl\n  newsgraph merge part*.facts.jsonl -o out"
    )]
    Facts {
        /// Files, directories, .jsonl files or - (stdin).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output file (default: stdout).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Read stdin as JSON Lines documents ({"id","text"} per line) instead of one text.
        #[arg(long)]
        stdin_jsonl: bool,
        /// Worker threads (0 = all cores).
        #[arg(short, long, default_value_t = 0)]
        jobs: usize,
        #[command(flatten)]
        gazetteers: GazetteerArgs,
    },
    /// Reduce step: merge fact files into the same graph files `build` writes.
    Merge {
        /// Fact files written by `facts`.
        #[arg(required = true)]
        facts: Vec<PathBuf>,
        /// Output directory.
        #[arg(short, long, default_value = "out")]
        out: PathBuf,
        /// Output formats (comma-separated): json, dot, graphml, gexf, csv, cytoscape, html.
        #[arg(long, value_delimiter = ',', default_value = "json,dot")]
        format: Vec<String>,
        /// Evidence sentences kept per edge (0 = all).
        #[arg(long, default_value_t = 20)]
        max_evidence: usize,
        /// Drop typed edges below this confidence (0–1).
        #[arg(long, default_value_t = 0.0)]
        min_confidence: f64,
        #[command(flatten)]
        diagram: DiagramArgs,
        #[command(flatten)]
        gazetteers: GazetteerArgs,
    },
    /// Render graph.json or a .dot file to SVG, PNG or PDF with Graphviz.
    #[command(
        after_help = "Examples:\n  newsgraph render out/graph.json -o graph.svg\n  newsgraph render out/graph.json -o graph.png --top 40 --diagram-relation supports,opposes,criticises\n  newsgraph render big.dot -o big.svg --layout sfdp\n\nNeeds Graphviz (apt-get install graphviz); graph.html (build --format html) needs nothing."
    )]
    Render(RenderArgs),
    /// Gazetteer tools.
    #[command(subcommand)]
    Gazetteer(GazetteerCommand),
    /// Benchmark baseline: the raw Aho-Corasick scan over the same aliases (no boundaries,
    /// no resolution, no relations), one thread. Prints documents, bytes, matches, seconds.
    #[command(hide = true)]
    Scan {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        gazetteers: GazetteerArgs,
    },
}

#[derive(Args)]
pub struct QueryOpts {
    /// Graph JSON written by `build`.
    pub graph: PathBuf,
    /// Machine-readable JSON output.
    #[arg(long)]
    pub json: bool,
    /// Print load and query times on stderr.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Args)]
pub struct PathArgs {
    #[command(flatten)]
    pub q: QueryOpts,
    pub from: String,
    pub to: String,
    /// Only these relations (comma-separated, e.g. supports,criticises).
    #[arg(long, value_delimiter = ',')]
    pub relation: Vec<String>,
    /// Walk typed relations only, in their direction.
    #[arg(long, conflicts_with = "undirected")]
    pub directed: bool,
    /// Ignore edge direction everywhere.
    #[arg(long)]
    pub undirected: bool,
    /// Number of shortest simple paths.
    #[arg(short, default_value_t = 1)]
    pub k: usize,
    /// Longest path accepted, in hops.
    #[arg(long)]
    pub max_hops: Option<usize>,
    /// Prefer strong edges (cost of a hop = 1 / weight) over few hops.
    #[arg(long)]
    pub weighted: bool,
}

#[derive(Args)]
pub struct NeighborArgs {
    #[command(flatten)]
    pub q: QueryOpts,
    pub entity: String,
    /// Only these relations (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub relation: Vec<String>,
    /// Edge direction relative to the entity (symmetric relations always count).
    #[arg(long, value_parser = ["in", "out", "both"], default_value = "both")]
    pub direction: String,
    /// Minimum edge weight.
    #[arg(long, default_value_t = 1)]
    pub min_weight: u64,
}

#[derive(Args)]
pub struct ExplainArgs {
    #[command(flatten)]
    pub q: QueryOpts,
    pub a: String,
    pub b: String,
}

#[derive(Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub q: QueryOpts,
    /// Rows in the top lists.
    #[arg(long, default_value_t = 10)]
    pub top: usize,
}

#[derive(Args)]
pub struct SubgraphArgs {
    /// Graph JSON written by `build`.
    pub graph: PathBuf,
    /// Centre entity.
    #[arg(long)]
    pub around: String,
    /// Hops from the centre.
    #[arg(long, default_value_t = 1)]
    pub depth: usize,
    /// Only these relations (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub relation: Vec<String>,
    /// Output file: .dot or .json.
    #[arg(short, long)]
    pub output: PathBuf,
}

#[derive(Args)]
pub struct GazetteerArgs {
    /// Gazetteer layer (directory of .tsv files or one file); repeatable, later layers override.
    #[arg(short = 'g', long = "gazetteer", value_name = "DIR")]
    pub layers: Vec<PathBuf>,
    /// Use only the -g layers, not the bundled default gazetteers.
    #[arg(long)]
    pub no_default_gazetteers: bool,
    /// Gazetteer entities only: no nodes for people found in the text but not in
    /// the gazetteer (a known given name or a role before a surname).
    #[arg(long)]
    pub no_discovery: bool,
}

#[derive(Args)]
pub struct BuildArgs {
    /// Files, directories, .jsonl files or - (stdin).
    #[arg(required = true, value_name = "INPUTS")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub gazetteers: GazetteerArgs,
    /// Output directory for graph.json and graph.dot.
    #[arg(short, long, default_value = "out", value_name = "DIR")]
    pub out: PathBuf,
    /// Worker threads (0 = all cores). Output is identical for any value.
    #[arg(short, long, default_value_t = 0)]
    pub jobs: usize,
    /// Evidence sentences kept per edge, first in document order (0 = all); weights stay exact.
    #[arg(long, default_value_t = 20)]
    pub max_evidence: usize,
    /// Drop typed edges below this confidence (0–1).
    #[arg(long, default_value_t = 0.0)]
    pub min_confidence: f64,
    /// No summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    /// Treat warnings (undecodable or malformed input) as errors.
    #[arg(long)]
    pub strict: bool,
    /// Print the time of each phase (load, process + merge, finish, write) on stderr.
    #[arg(long)]
    pub timings: bool,
    /// Output formats (comma-separated): json, dot, graphml, gexf, csv, cytoscape, html.
    #[arg(long, value_delimiter = ',', default_value = "json,dot")]
    pub format: Vec<String>,
    #[command(flatten)]
    pub diagram: DiagramArgs,
}

/// What the diagram (graph.dot, `render`) shows.
#[derive(Args, Clone)]
pub struct DiagramArgs {
    /// Diagram: keep the N most mentioned entities (0 = all).
    #[arg(long, default_value_t = 80)]
    pub top: usize,
    /// Diagram: drop edges lighter than this.
    #[arg(long, default_value_t = 1)]
    pub min_weight: u64,
    /// Diagram: only these relations (comma-separated).
    #[arg(long = "diagram-relation", value_delimiter = ',')]
    pub relations: Vec<String>,
}

impl DiagramArgs {
    pub fn options(&self) -> Result<DiagramOptions> {
        let relations = if self.relations.is_empty() {
            None
        } else {
            let mut set = std::collections::HashSet::new();
            for r in &self.relations {
                set.insert(Relation::parse(r).ok_or_else(|| anyhow::anyhow!("unknown relation {r:?}"))?);
            }
            Some(set)
        };
        Ok(DiagramOptions { top: self.top, min_weight: self.min_weight, relations })
    }
}

#[derive(Args)]
pub struct RenderArgs {
    /// graph.json (filtered with --top/--min-weight/--diagram-relation) or a .dot file (rendered as is).
    pub input: PathBuf,
    /// Output image: .svg, .png or .pdf.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Layout engine: dot, neato, sfdp, fdp, circo, twopi (default: dot, sfdp above 150 nodes).
    #[arg(long)]
    pub layout: Option<String>,
    #[command(flatten)]
    pub diagram: DiagramArgs,
}

#[derive(Subcommand)]
pub enum GazetteerCommand {
    /// Validate gazetteer layers and print counts.
    Check {
        /// Gazetteer layers (default: the bundled gazetteers).
        #[arg(value_name = "DIR")]
        layers: Vec<PathBuf>,
    },
    /// Convert spaCy EntityRuler patterns (.jsonl) or CoreNLP RegexNER mappings (.tsv) to a gazetteer file.
    #[command(
        after_help = "Examples:\n  newsgraph gazetteer import patterns.jsonl -o my-gaz/imported.tsv\n  newsgraph gazetteer import regexner.tsv --format regexner -o my-gaz/regexner.tsv\n  newsgraph build corpus/ -g my-gaz/"
    )]
    Import {
        /// Input file.
        input: PathBuf,
        /// Input format (default: spacy for .jsonl, regexner otherwise).
        #[arg(long, value_parser = ["spacy", "regexner"])]
        format: Option<String>,
        /// Output gazetteer file (.tsv); validated after writing.
        #[arg(short, long)]
        output: PathBuf,
    },
}

/// The bundled gazetteer directory: `$NEWSGRAPH_GAZETTEERS`, `./gazetteers`, or the source tree's.
pub fn default_gazetteer_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("NEWSGRAPH_GAZETTEERS") {
        return PathBuf::from(p);
    }
    let local = PathBuf::from("gazetteers");
    if local.is_dir() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers")
}

impl GazetteerArgs {
    fn layers(&self) -> Vec<PathBuf> {
        let mut layers = Vec::new();
        if !self.no_default_gazetteers {
            layers.push(default_gazetteer_dir());
        }
        layers.extend(self.layers.iter().cloned());
        layers
    }

    /// Loads the gazetteer layers and the relation rules that sit beside them.
    pub fn load(&self) -> Result<Pipeline> {
        let layers = self.layers();
        if layers.is_empty() {
            bail!("no gazetteer: give -g DIR or drop --no-default-gazetteers");
        }
        let gaz = Gazetteer::load_layers(&layers)?;
        let rules = RelationRules::load_for_layers(&layers, &gaz)?;
        let mut pipeline = Pipeline::new(gaz, rules);
        pipeline.discovery = !self.no_discovery;
        crate::release_free_memory();
        Ok(pipeline)
    }
}

pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Build(args) => build(args),
        Command::Annotate { inputs, relations, gazetteers } => annotate(inputs, relations, gazetteers),
        Command::Gazetteer(GazetteerCommand::Check { layers }) => gazetteer_check(layers),
        Command::Gazetteer(GazetteerCommand::Import { input, format, output }) => {
            gazetteer_import(input, format, output)
        }
        Command::Path(a) => crate::query_cli::path(a),
        Command::Neighbors(a) => crate::query_cli::neighbors(a),
        Command::Explain(a) => crate::query_cli::explain(a),
        Command::Stats(a) => crate::query_cli::stats(a),
        Command::Subgraph(a) => crate::query_cli::subgraph(a),
        Command::Render(a) => render(a),
        Command::Facts { inputs, output, stdin_jsonl, jobs, gazetteers } => {
            facts(inputs, output, stdin_jsonl, jobs, gazetteers)
        }
        Command::Merge { facts, out, format, max_evidence, min_confidence, diagram, gazetteers } => {
            merge(facts, out, format, MergeOptions { max_evidence, min_confidence }, diagram, gazetteers)
        }
        Command::Scan { inputs, gazetteers } => scan(inputs, gazetteers),
    }
}

fn annotate(inputs: Vec<PathBuf>, relations: bool, gazetteers: GazetteerArgs) -> Result<Outcome> {
    let pipeline = gazetteers.load()?;
    let sources = collect_sources(&inputs)?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut found = false;
    for src in &sources {
        let mut warnings = Vec::new();
        newsgraph::input::read_source(src, &mut warnings, |doc| {
            if relations {
                let facts = pipeline.process(&doc);
                let id = |e: usize| pipeline.entity_id(e, &facts.people);
                for (r, si) in &facts.relations {
                    let Some(trigger) = &r.trigger else { continue };
                    found = true;
                    writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{:.2}\t{}\t{}\t{}",
                        doc.id,
                        facts.sentence_refs[*si].sentence,
                        id(r.source),
                        r.relation,
                        id(r.target),
                        r.confidence,
                        if r.negated { "negated" } else { "-" },
                        trigger.pattern,
                        trigger.text
                    )
                    .map_err(|err| newsgraph::Error::io("<stdout>", err))?;
                }
                return Ok(());
            }
            let (mentions, people) = pipeline.entities(&doc.text);
            for m in mentions {
                found = true;
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}\t{:?}",
                    doc.id,
                    m.start,
                    m.end,
                    &doc.text[m.start..m.end],
                    pipeline.entity_id(m.entity, &people),
                    pipeline.gazetteer.etype_of(m.entity),
                    m.kind
                )
                .map_err(|err| newsgraph::Error::io("<stdout>", err))?;
            }
            Ok(())
        })?;
        for w in warnings {
            eprintln!("warning: {}", w.0);
        }
    }
    out.flush()?;
    Ok(if found { Outcome::Found } else { Outcome::NothingFound })
}

fn build(args: BuildArgs) -> Result<Outcome> {
    let t0 = Instant::now();
    let pipeline = args.gazetteers.load()?;
    let load_secs = t0.elapsed().as_secs_f64();
    let cpu_loaded = crate::process_cpu_secs();
    let sources = collect_sources(&args.inputs)?;
    let opts = MergeOptions { max_evidence: args.max_evidence, min_confidence: args.min_confidence };
    let bar = progress_bar(&sources, args.quiet);
    let (graph, summary) = pipeline.build(&sources, opts, args.jobs, |docs, bytes| {
        if let Some(b) = &bar {
            b.set_position(bytes);
            b.set_message(format!("{docs} documents"));
        }
    })?;
    let cpu_built = crate::process_cpu_secs();
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    for w in &summary.warnings {
        eprintln!("warning: {}", w.0);
    }
    if args.strict && !summary.warnings.is_empty() {
        bail!("{} warning(s) with --strict; no output written", summary.warnings.len());
    }
    clean_stale_temps(&args.out);
    let formats = parse_formats(&args.format)?;
    let diagram = args.diagram.options()?;
    let t_write = Instant::now();
    write_formats(&args.out, &graph, &formats, &diagram)?;
    let secs = t0.elapsed().as_secs_f64();
    if args.timings {
        eprintln!(
            "timings: load {load_secs:.3}s, read+process+merge {:.3}s, finish {:.3}s, write {:.3}s",
            summary.process_secs,
            summary.finish_secs,
            t_write.elapsed().as_secs_f64()
        );
        // CPU time shows what wall time hides: work added by threads, or threads left idle
        eprintln!(
            "cpu (all threads): load {cpu_loaded:.3}s, read+process+merge+finish {:.3}s, write {:.3}s",
            cpu_built - cpu_loaded,
            crate::process_cpu_secs() - cpu_built
        );
    }
    if !args.quiet {
        let typed = newsgraph::pipeline::typed_edge_count(&graph);
        eprintln!(
            "{} documents, {} sentences, {} mentions -> {} entities, {} edges ({} typed); {} warnings; {:.2}s (gazetteer {:.2}s, {:.1} MB/s) -> {}",
            summary.documents,
            summary.sentences,
            summary.mentions,
            summary.entities,
            summary.edges,
            typed,
            summary.warnings.len(),
            secs,
            load_secs,
            summary.bytes as f64 / 1e6 / (secs - load_secs).max(1e-9),
            args.out.display()
        );
    }
    Ok(Outcome::Found)
}

fn scan(inputs: Vec<PathBuf>, gazetteers: GazetteerArgs) -> Result<Outcome> {
    let t0 = Instant::now();
    let pipeline = gazetteers.load()?;
    // the same surface forms the matcher searches, leftmost-longest, nothing else
    let ac = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(pipeline.matcher.patterns())?;
    let load = t0.elapsed().as_secs_f64();
    let sources = collect_sources(&inputs)?;
    let mut docs = Vec::new();
    for src in &sources {
        newsgraph::input::read_source(src, &mut Vec::new(), |d| {
            docs.push(d.text);
            Ok(())
        })?;
    }
    let t1 = Instant::now();
    let mut matches = 0usize;
    let mut bytes = 0usize;
    for d in &docs {
        matches += ac.find_iter(d.as_str()).count();
        bytes += d.len();
    }
    let secs = t1.elapsed().as_secs_f64();
    println!("documents={} bytes={bytes} matches={matches} load_seconds={load:.3} scan_seconds={secs:.3}", docs.len());
    Ok(Outcome::Found)
}

fn facts(
    inputs: Vec<PathBuf>,
    output: Option<PathBuf>,
    stdin_jsonl: bool,
    jobs: usize,
    gazetteers: GazetteerArgs,
) -> Result<Outcome> {
    let pipeline = gazetteers.load()?;
    let mut sources = Vec::new();
    for input in &inputs {
        if input.as_os_str() == "-" && stdin_jsonl {
            sources.push(newsgraph::input::Source::Jsonl { path: PathBuf::from("/dev/stdin") });
        } else {
            sources.extend(collect_sources(std::slice::from_ref(input))?);
        }
    }
    let summary = match output {
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            let summary = write_facts(&pipeline, &sources, jobs, &mut stdout, Path::new("<stdout>"))?;
            stdout.flush().map_err(|e| newsgraph::Error::io("<stdout>", e))?;
            summary
        }
        Some(path) => {
            // streamed into the temp file: memory stays flat however many documents there are
            let (mut failure, mut summary) = (None, None);
            let written = write_atomic_with(&path, |w| match write_facts(&pipeline, &sources, jobs, w, &path) {
                Ok(s) => {
                    summary = Some(s);
                    Ok(())
                }
                Err(e) => {
                    failure = Some(e);
                    Err(std::io::Error::other("facts stopped"))
                }
            });
            if let Some(e) = failure {
                return Err(e.into());
            }
            written?;
            summary.unwrap_or_default()
        }
    };
    for w in &summary.warnings {
        eprintln!("warning: {}", w.0);
    }
    Ok(Outcome::Found)
}

/// Writes one JSON line of facts per document to `w` (`label` names it in errors).
fn write_facts(
    pipeline: &Pipeline,
    sources: &[newsgraph::input::Source],
    jobs: usize,
    w: &mut dyn Write,
    label: &Path,
) -> newsgraph::Result<Summary> {
    pipeline.for_each_document(sources, jobs, |d, f| {
        let line = newsgraph::facts::to_line(&pipeline.gazetteer, &f, &d.text);
        serde_json::to_writer(&mut *w, &line).map_err(|e| newsgraph::Error::io(label, e.into()))?;
        w.write_all(b"\n").map_err(|e| newsgraph::Error::io(label, e))
    })
}

fn merge(
    files: Vec<PathBuf>,
    out: PathBuf,
    format: Vec<String>,
    opts: MergeOptions,
    diagram_args: DiagramArgs,
    gazetteers: GazetteerArgs,
) -> Result<Outcome> {
    use std::io::BufRead;
    let pipeline = gazetteers.load()?;
    let mut builder = newsgraph::graph::GraphBuilder::new(&pipeline.gazetteer, opts);
    for f in &files {
        let reader = std::io::BufReader::new(std::fs::File::open(f).map_err(|e| newsgraph::Error::io(f, e))?);
        for (n, line) in reader.lines().enumerate() {
            let line = line.map_err(|e| newsgraph::Error::io(f, e))?;
            if line.trim().is_empty() {
                continue;
            }
            let origin = format!("{}:{}", f.display(), n + 1);
            let fl: newsgraph::facts::FactLine =
                serde_json::from_str(&line).map_err(|e| anyhow::anyhow!("{origin}: not a facts line: {e}"))?;
            builder.add(newsgraph::facts::from_line(&pipeline.gazetteer, fl, &origin)?, "");
        }
    }
    let graph = builder.finish();
    write_formats(&out, &graph, &parse_formats(&format)?, &diagram_args.options()?)?;
    eprintln!(
        "{} fact files -> {} entities, {} edges -> {}",
        files.len(),
        graph.nodes.len(),
        graph.edges.len(),
        out.display()
    );
    Ok(Outcome::Found)
}

fn render(a: RenderArgs) -> Result<Outcome> {
    let ext = a.output.extension().and_then(|x| x.to_str()).unwrap_or("");
    let format = newsgraph::render::format_for(ext)
        .ok_or_else(|| anyhow::anyhow!("{}: unknown image format; use .svg, .png or .pdf", a.output.display()))?;
    let (dot_text, nodes) = if a.input.extension().is_some_and(|x| x == "dot" || x == "gv") {
        let text = std::fs::read_to_string(&a.input).map_err(|e| newsgraph::Error::io(&a.input, e))?;
        let nodes = text.lines().filter(|l| l.contains("[label=")).count();
        (text, nodes)
    } else {
        let g = newsgraph::GraphFile::load(&a.input)?;
        let d = diagram(&g, &a.diagram.options()?);
        (dot::to_dot(&d), d.nodes.len())
    };
    let layout_name = a.layout.as_deref().unwrap_or_else(|| newsgraph::render::auto_layout(nodes));
    let layout = newsgraph::render::layout_for(layout_name).ok_or_else(|| {
        anyhow::anyhow!("unknown layout {layout_name:?}; expected dot, neato, sfdp, fdp, circo or twopi")
    })?;
    let bytes = newsgraph::render::render(dot_text, format, layout)?;
    write_atomic(&a.output, &bytes)?;
    eprintln!("{} ({nodes} nodes, {layout_name} layout) -> {}", a.input.display(), a.output.display());
    Ok(Outcome::Found)
}

fn gazetteer_import(input: PathBuf, format: Option<String>, output: PathBuf) -> Result<Outcome> {
    use newsgraph::import::{import, ImportFormat};
    let format = match format.as_deref() {
        Some("spacy") => ImportFormat::Spacy,
        Some(_) => ImportFormat::RegexNer,
        None if input.extension().is_some_and(|x| x == "jsonl") => ImportFormat::Spacy,
        None => ImportFormat::RegexNer,
    };
    let text = std::fs::read_to_string(&input).map_err(|e| newsgraph::Error::io(&input, e))?;
    let (tsv, skipped) = import(&input.display().to_string(), &text, format)?;
    // validate before replacing anything
    let gaz = Gazetteer::from_str(&output.display().to_string(), &tsv)?;
    write_atomic(&output, tsv.as_bytes())?;
    eprintln!(
        "{} entities written to {} ({} records with labels newsgraph does not model skipped)",
        gaz.entities.len(),
        output.display(),
        skipped
    );
    Ok(Outcome::Found)
}

/// A progress bar on stderr when it is a terminal (documents, MB, MB/s, ETA).
fn progress_bar(sources: &[newsgraph::input::Source], quiet: bool) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let total: u64 = sources
        .iter()
        .filter_map(|s| match s {
            newsgraph::input::Source::Text { path, .. } | newsgraph::input::Source::Jsonl { path } => {
                std::fs::metadata(path).ok().map(|m| m.len())
            }
            newsgraph::input::Source::Stdin => None,
        })
        .sum();
    let bar = indicatif::ProgressBar::new(total.max(1));
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

fn gazetteer_check(layers: Vec<PathBuf>) -> Result<Outcome> {
    let layers = if layers.is_empty() { vec![default_gazetteer_dir()] } else { layers };
    let t0 = Instant::now();
    let gaz = Gazetteer::load_layers(&layers)?;
    let rules = RelationRules::load_for_layers(&layers, &gaz)?;
    let matcher = newsgraph::matcher::Matcher::new(&gaz);
    let secs = t0.elapsed().as_secs_f64();
    let mut by_type = std::collections::BTreeMap::new();
    for e in &gaz.entities {
        *by_type.entry(e.etype.as_str()).or_insert(0usize) += 1;
    }
    let shared = gaz.shared_aliases();
    let mut out = std::io::stdout().lock();
    writeln!(out, "entities: {}", gaz.entities.len())?;
    for (t, n) in by_type {
        writeln!(out, "  {t}: {n}")?;
    }
    writeln!(
        out,
        "aliases: {} ({} distinct patterns, automaton {:.1} MB)",
        gaz.alias_count(),
        matcher.pattern_count(),
        matcher.automaton_bytes() as f64 / 1e6
    )?;
    writeln!(out, "shared aliases (ambiguous, resolved by context): {}", shared.len())?;
    for (alias, ids) in shared.iter().take(20) {
        writeln!(out, "  {alias}: {}", ids.join(", "))?;
    }
    writeln!(out, "relation patterns: {}", rules.pattern_count())?;
    writeln!(out, "loaded and compiled in {secs:.2}s")?;
    Ok(Outcome::Found)
}

/// Runs the CLI and maps the result to an exit code; a broken pipe is quiet.
pub fn main_exit_code() -> std::process::ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(Outcome::Found) => std::process::ExitCode::SUCCESS,
        Ok(Outcome::NothingFound) => std::process::ExitCode::from(1),
        Err(e) => {
            let io_kind = |c: &(dyn std::error::Error + 'static)| {
                c.downcast_ref::<std::io::Error>()
                    .map(std::io::Error::kind)
                    .or_else(|| c.downcast_ref::<newsgraph::Error>().and_then(newsgraph::Error::io_kind))
            };
            if e.chain().any(|c| io_kind(c) == Some(std::io::ErrorKind::BrokenPipe)) {
                return std::process::ExitCode::SUCCESS;
            }
            eprintln!("newsgraph: error: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}
