//! Self-contained interactive HTML view (`graph.html`): the graph data is
//! embedded as JSON (with `<`, `>`, `&` escaped so no name can close the
//! script element) and drawn by a small canvas renderer with pan/zoom,
//! search, relation filters and an evidence panel. Names are inserted with
//! `textContent`, never as HTML. No network is needed to view it.

use crate::graph::GraphFile;
use serde_json::json;

/// Most nodes drawn (the most mentioned); the view says when it is truncated.
pub const MAX_NODES: usize = 400;
/// Evidence sentences embedded per edge.
pub const MAX_EVIDENCE: usize = 5;

const TEMPLATE: &str = include_str!("view.html");

/// Escapes JSON for embedding inside a `<script>` element.
pub fn script_safe_json(v: &serde_json::Value) -> String {
    let s = serde_json::to_string(v).expect("view data serialises");
    s.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// The HTML view of the graph.
pub fn to_html(g: &GraphFile) -> String {
    let mut order: Vec<usize> = (0..g.nodes.len()).collect();
    order.sort_by(|&a, &b| {
        g.nodes[b].mentions.cmp(&g.nodes[a].mentions).then_with(|| g.nodes[a].id.cmp(&g.nodes[b].id))
    });
    order.truncate(MAX_NODES);
    order.sort_unstable();
    let kept: std::collections::HashSet<&str> = order.iter().map(|&i| g.nodes[i].id.as_str()).collect();
    let nodes: Vec<_> = order
        .iter()
        .map(|&i| {
            let n = &g.nodes[i];
            json!({"id": n.id, "label": n.label, "type": n.etype, "mentions": n.mentions,
                   "documents": n.documents, "aliases": n.aliases})
        })
        .collect();
    let edges: Vec<_> = g
        .edges
        .iter()
        .filter(|e| kept.contains(e.source.as_str()) && kept.contains(e.target.as_str()))
        .map(|e| {
            json!({"source": e.source, "target": e.target, "relation": e.relation, "weight": e.weight,
                   "confidence": e.confidence, "evidence": e.evidence.iter().take(MAX_EVIDENCE).collect::<Vec<_>>()})
        })
        .collect();
    let data = json!({"nodes": nodes, "edges": edges, "truncated": g.nodes.len() > MAX_NODES,
                      "total_nodes": g.nodes.len()});
    TEMPLATE.replace("__GRAPH_DATA__", &script_safe_json(&data))
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_json_cannot_close_the_script() {
        let v = serde_json::json!({"label": "</script><script>alert(1)</script> & more"});
        let s = super::script_safe_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
