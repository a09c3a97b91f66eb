//! Exporters and the diagram filter: networkx node-link JSON
//! (`graph::GraphFile::to_json`), Graphviz DOT, GraphML, GEXF, CSV,
//! Cytoscape.js JSON and a self-contained HTML view.

pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
mod xml;

use crate::error::{Error, Result};
use crate::graph::GraphFile;
use crate::output::{write_atomic, write_atomic_with};
use crate::relations::Relation;
use std::collections::HashSet;
use std::path::Path;

/// Output formats of `build --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    Json,
    Dot,
    GraphMl,
    Gexf,
    Csv,
    Cytoscape,
    Html,
}

impl Format {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "json" => Format::Json,
            "dot" | "gv" => Format::Dot,
            "graphml" => Format::GraphMl,
            "gexf" => Format::Gexf,
            "csv" => Format::Csv,
            "cytoscape" | "cyjs" => Format::Cytoscape,
            "html" => Format::Html,
            _ => return None,
        })
    }

    pub const NAMES: &'static str = "json, dot, graphml, gexf, csv, cytoscape, html";
}

/// What a diagram (DOT, rendered image) shows of a graph.
#[derive(Debug, Clone, Default)]
pub struct DiagramOptions {
    /// Keep the N most mentioned entities (0 = all).
    pub top: usize,
    /// Drop edges lighter than this.
    pub min_weight: u64,
    /// Only these relations.
    pub relations: Option<HashSet<Relation>>,
}

/// The part of the graph a diagram shows; entities left without any edge are
/// dropped unless the graph has no edges at all.
pub fn diagram(g: &GraphFile, o: &DiagramOptions) -> GraphFile {
    let mut order: Vec<usize> = (0..g.nodes.len()).collect();
    if o.top > 0 && g.nodes.len() > o.top {
        order.sort_by(|&a, &b| {
            g.nodes[b].mentions.cmp(&g.nodes[a].mentions).then_with(|| g.nodes[a].id.cmp(&g.nodes[b].id))
        });
        order.truncate(o.top);
    }
    let kept: HashSet<&str> = order.iter().map(|&i| g.nodes[i].id.as_str()).collect();
    let edges: Vec<_> = g
        .edges
        .iter()
        .filter(|e| kept.contains(e.source.as_str()) && kept.contains(e.target.as_str()))
        .filter(|e| e.weight >= o.min_weight && o.relations.as_ref().is_none_or(|r| r.contains(&e.relation)))
        .cloned()
        .collect();
    let filtered = o.min_weight > 1 || o.relations.is_some();
    let linked: HashSet<&str> = edges.iter().flat_map(|e| [e.source.as_str(), e.target.as_str()]).collect();
    let nodes = g
        .nodes
        .iter()
        .filter(|n| kept.contains(n.id.as_str()) && (!filtered || linked.contains(n.id.as_str())))
        .cloned()
        .collect();
    GraphFile { directed: g.directed, multigraph: g.multigraph, graph: g.graph.clone(), nodes, edges }
}

/// Writes the chosen formats into `dir` (each atomically); the DOT file
/// shows the `diagram` part of the graph, the others all of it.
pub fn write_formats(dir: &Path, g: &GraphFile, formats: &[Format], d: &DiagramOptions) -> Result<Vec<String>> {
    use rayon::prelude::*;
    // every format is rendered and written (atomically) in parallel: a big graph.json takes a while
    let put = |name: &'static str, text: String| write_atomic(&dir.join(name), text.as_bytes()).map(|()| vec![name]);
    let written: Vec<Vec<&str>> = formats
        .par_iter()
        .map(|f| match f {
            Format::Json => {
                write_atomic_with(&dir.join("graph.json"), |w| g.write_json(w)).map(|()| vec!["graph.json"])
            }
            Format::Dot => put("graph.dot", dot::to_dot(&diagram(g, d))),
            Format::GraphMl => put("graph.graphml", graphml::to_graphml(g)),
            Format::Gexf => put("graph.gexf", gexf::to_gexf(g)),
            Format::Csv => {
                let mut names = put("nodes.csv", csv::nodes_csv(g))?;
                names.extend(put("edges.csv", csv::edges_csv(g))?);
                Ok(names)
            }
            Format::Cytoscape => put("graph.cyjs", cytoscape::to_cytoscape(g)),
            Format::Html => put("graph.html", html::to_html(g)),
        })
        .collect::<Result<_>>()?;
    Ok(written.into_iter().flatten().map(str::to_string).collect())
}

/// Parses a comma-separated format list.
pub fn parse_formats(list: &[String]) -> Result<Vec<Format>> {
    let mut out = Vec::new();
    for s in list {
        let f = Format::parse(s)
            .ok_or_else(|| Error::Invalid(format!("unknown format {s:?}; expected {}", Format::NAMES)))?;
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out.sort();
    Ok(out)
}
