//! The query commands (`path`, `neighbors`, `explain`, `stats`, `subgraph`):
//! load `graph.json` once, resolve names, print tables (aligned on a
//! terminal, tab-separated when piped) or `--json`.

use crate::cli::{ExplainArgs, NeighborArgs, Outcome, PathArgs, QueryOpts, StatsArgs, SubgraphArgs};
use anyhow::{anyhow, bail, Result};
use newsgraph::export::dot;
use newsgraph::graph::{Edge, Evidence, GraphFile};
use newsgraph::output::write_atomic;
use newsgraph::query::{PathQuery, QueryGraph, Walk};
use newsgraph::relations::Relation;
use petgraph::Direction;
use std::collections::HashSet;
use std::io::{IsTerminal, Write};

/// Writes rows as an aligned table on a terminal, tab-separated otherwise.
struct Printer {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    tty: bool,
}

impl Printer {
    fn new() -> Self {
        Printer { out: std::io::BufWriter::new(std::io::stdout().lock()), tty: std::io::stdout().is_terminal() }
    }

    fn line(&mut self, s: &str) -> Result<()> {
        writeln!(self.out, "{s}")?;
        Ok(())
    }

    fn table(&mut self, header: &[&str], rows: &[Vec<String>]) -> Result<()> {
        if !self.tty {
            writeln!(self.out, "{}", header.join("\t"))?;
            for r in rows {
                writeln!(self.out, "{}", r.join("\t"))?;
            }
            return Ok(());
        }
        let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
        for r in rows {
            for (i, c) in r.iter().enumerate() {
                widths[i] = widths[i].max(c.chars().count());
            }
        }
        let fmt = |cells: Vec<String>| {
            cells
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
                .collect::<Vec<_>>()
                .join("  ")
                .trim_end()
                .to_string()
        };
        writeln!(self.out, "{}", fmt(header.iter().map(|s| s.to_string()).collect()))?;
        for r in rows {
            writeln!(self.out, "{}", fmt(r.clone()))?;
        }
        Ok(())
    }

    fn json(&mut self, v: &serde_json::Value) -> Result<()> {
        serde_json::to_writer_pretty(&mut self.out, v)?;
        writeln!(self.out)?;
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

fn load(q: &QueryOpts) -> Result<QueryGraph> {
    let t0 = std::time::Instant::now();
    let file = GraphFile::load(&q.graph)?;
    let t1 = std::time::Instant::now();
    let g = QueryGraph::new(file);
    if q.timings {
        eprintln!(
            "timings: parse {:.3}s, index {:.3}s ({} nodes, {} edges)",
            (t1 - t0).as_secs_f64(),
            t1.elapsed().as_secs_f64(),
            g.file.nodes.len(),
            g.file.edges.len()
        );
    }
    Ok(g)
}

/// Reports the query time when `--timings` is on.
fn timed<T>(q: &QueryOpts, f: impl FnOnce() -> T) -> T {
    let t = std::time::Instant::now();
    let r = f();
    if q.timings {
        eprintln!("timings: query {:.3}s", t.elapsed().as_secs_f64());
    }
    r
}

fn load_path(p: &std::path::Path) -> Result<QueryGraph> {
    Ok(QueryGraph::new(GraphFile::load(p)?))
}

fn relations(names: &[String]) -> Result<Option<HashSet<Relation>>> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut set = HashSet::new();
    for n in names {
        let r = Relation::parse(n).ok_or_else(|| {
            anyhow!("unknown relation {n:?}; expected one of {}", Relation::ALL.map(|r| r.as_str()).join(", "))
        })?;
        set.insert(r);
    }
    Ok(Some(set))
}

fn resolve(g: &QueryGraph, name: &str) -> Result<usize> {
    g.resolve(name).map_err(|e| anyhow!("{e}"))
}

fn evidence_line(ev: &Evidence) -> String {
    let trig = ev.trigger.as_ref().map(|t| format!(" [{}: \"{}\"]", t.pattern, t.text)).unwrap_or_default();
    format!("{}#{} @{}-{}{}: {}", ev.doc, ev.sentence, ev.start, ev.end, trig, ev.text.replace('\n', " "))
}

fn evidence_json(ev: &Evidence) -> serde_json::Value {
    serde_json::to_value(ev).unwrap_or_default()
}

pub fn path(a: PathArgs) -> Result<Outcome> {
    if a.k == 0 {
        bail!("-k must be at least 1");
    }
    let g = load(&a.q)?;
    let from = resolve(&g, &a.from)?;
    let to = resolve(&g, &a.to)?;
    if from == to {
        bail!("{} and {} are the same entity", a.from, a.to);
    }
    let rels = relations(&a.relation)?;
    let walk = if a.directed {
        Walk::Directed
    } else if a.undirected {
        Walk::Undirected
    } else {
        Walk::Default
    };
    let query = PathQuery { k: a.k, max_hops: a.max_hops, relations: rels, walk, weighted: a.weighted };
    let paths = timed(&a.q, || g.paths(from, to, &query));
    let (fl, tl) = (&g.file.nodes[from].label, &g.file.nodes[to].label);
    let mut p = Printer::new();
    if a.q.json {
        let v: Vec<serde_json::Value> = paths
            .iter()
            .map(|path| {
                serde_json::json!({
                    "hops": path.iter().map(|h| {
                        let e = &g.file.edges[h.edge];
                        serde_json::json!({
                            "from": h.from, "to": h.to, "relation": h.relation, "reversed": h.reversed,
                            "weight": h.weight, "source": e.source, "target": e.target,
                            "evidence": e.evidence.first().map(evidence_json),
                        })
                    }).collect::<Vec<_>>()
                })
            })
            .collect();
        p.json(&serde_json::json!({"from": g.file.nodes[from].id, "to": g.file.nodes[to].id, "paths": v}))?;
    } else if paths.is_empty() {
        eprintln!("no path between {fl} and {tl}");
    } else {
        for (i, path) in paths.iter().enumerate() {
            let label = |id: &str| g.file.nodes.iter().find(|n| n.id == id).map_or(id.to_string(), |n| n.label.clone());
            p.line(&format!("path {} ({} hops): {fl} -> {tl}", i + 1, path.len()))?;
            for h in path {
                let e = &g.file.edges[h.edge];
                let arrow = if h.relation.is_symmetric() {
                    format!("-[{}]-", h.relation)
                } else if h.reversed {
                    format!("<-[{}]-", h.relation)
                } else {
                    format!("-[{}]->", h.relation)
                };
                p.line(&format!("  {} {arrow} {} (weight {})", label(&h.from), label(&h.to), h.weight))?;
                if let Some(ev) = e.evidence.first() {
                    p.line(&format!("      {}", evidence_line(ev)))?;
                }
            }
        }
    }
    p.finish()?;
    Ok(if paths.is_empty() { Outcome::NothingFound } else { Outcome::Found })
}

pub fn neighbors(a: NeighborArgs) -> Result<Outcome> {
    let g = load(&a.q)?;
    let n = resolve(&g, &a.entity)?;
    let dir = match a.direction.as_str() {
        "in" => Some(Direction::Incoming),
        "out" => Some(Direction::Outgoing),
        _ => None,
    };
    let rels = relations(&a.relation)?;
    let rows = timed(&a.q, || g.neighbors(n, rels.as_ref(), dir, a.min_weight));
    let mut p = Printer::new();
    if a.q.json {
        p.json(&serde_json::json!({"entity": g.file.nodes[n].id, "neighbors": rows}))?;
    } else {
        let table: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                vec![
                    r.id.clone(),
                    r.label.clone(),
                    r.relation.to_string(),
                    r.direction.to_string(),
                    r.weight.to_string(),
                    format!("{:.2}", r.confidence),
                ]
            })
            .collect();
        p.table(&["id", "label", "relation", "direction", "weight", "confidence"], &table)?;
    }
    p.finish()?;
    Ok(if rows.is_empty() { Outcome::NothingFound } else { Outcome::Found })
}

pub fn explain(a: ExplainArgs) -> Result<Outcome> {
    let g = load(&a.q)?;
    let x = resolve(&g, &a.a)?;
    let y = resolve(&g, &a.b)?;
    let edges: Vec<&Edge> = timed(&a.q, || g.between(x, y));
    let mut p = Printer::new();
    if a.q.json {
        p.json(&serde_json::json!({
            "a": g.file.nodes[x].id, "b": g.file.nodes[y].id, "edges": edges,
        }))?;
    } else if edges.is_empty() {
        eprintln!("no edge between {} and {}", g.file.nodes[x].label, g.file.nodes[y].label);
    } else {
        for e in &edges {
            let arrow = if e.relation.is_symmetric() { "-" } else { "->" };
            p.line(&format!(
                "{} -[{}]{arrow} {}  weight {}, confidence {:.2}, {} evidence shown",
                e.source,
                e.relation,
                e.target,
                e.weight,
                e.confidence,
                e.evidence.len()
            ))?;
            for ev in &e.evidence {
                p.line(&format!("    {}", evidence_line(ev)))?;
            }
        }
    }
    p.finish()?;
    Ok(if edges.is_empty() { Outcome::NothingFound } else { Outcome::Found })
}

pub fn stats(a: StatsArgs) -> Result<Outcome> {
    let g = load(&a.q)?;
    let s = timed(&a.q, || g.stats(a.top));
    let mut p = Printer::new();
    if a.q.json {
        p.json(&serde_json::to_value(&s)?)?;
        p.finish()?;
        return Ok(Outcome::Found);
    }
    p.line(&format!(
        "{} nodes, {} edges, {} documents; {} connected components (largest {} nodes)",
        s.nodes, s.edges, s.documents, s.components, s.largest_component
    ))?;
    p.line("")?;
    let pairs = |v: &[(String, usize)]| v.iter().map(|(k, n)| vec![k.clone(), n.to_string()]).collect::<Vec<_>>();
    p.table(&["type", "nodes"], &pairs(&s.nodes_by_type))?;
    p.line("")?;
    p.table(&["relation", "edges"], &pairs(&s.edges_by_relation))?;
    p.line("")?;
    let ranked = |v: &[newsgraph::query::Ranked], prec: usize| {
        v.iter().map(|r| vec![r.id.clone(), r.label.clone(), format!("{:.prec$}", r.value)]).collect::<Vec<_>>()
    };
    p.table(&["id", "label", "degree"], &ranked(&s.top_degree, 0))?;
    p.line("")?;
    p.table(&["id", "label", "pagerank"], &ranked(&s.top_pagerank, 4))?;
    p.line("")?;
    let edges: Vec<Vec<String>> =
        s.top_edges.iter().map(|(a, r, b, w)| vec![a.clone(), r.clone(), b.clone(), w.to_string()]).collect();
    p.table(&["source", "relation", "target", "weight"], &edges)?;
    p.finish()?;
    Ok(Outcome::Found)
}

pub fn subgraph(a: SubgraphArgs) -> Result<Outcome> {
    let g = load_path(&a.graph)?;
    let c = resolve(&g, &a.around)?;
    let sub = g.subgraph(c, a.depth, relations(&a.relation)?.as_ref());
    let ext = a.output.extension().and_then(|x| x.to_str()).unwrap_or("");
    let bytes = match ext {
        "json" => sub.to_json(),
        "dot" | "gv" => dot::to_dot(&sub),
        _ => bail!("{}: unknown output format; use a .dot or .json file name", a.output.display()),
    };
    write_atomic(&a.output, bytes.as_bytes())?;
    eprintln!(
        "{} nodes, {} edges around {} -> {}",
        sub.nodes.len(),
        sub.edges.len(),
        g.file.nodes[c].label,
        a.output.display()
    );
    Ok(Outcome::Found)
}
