//! Cytoscape.js JSON export (`{"elements": {"nodes": [...], "edges": [...]}}`).

use crate::graph::GraphFile;
use serde_json::json;

/// The graph as Cytoscape.js elements JSON.
pub fn to_cytoscape(g: &GraphFile) -> String {
    let nodes: Vec<_> = g
        .nodes
        .iter()
        .map(|n| {
            json!({"data": {"id": n.id, "label": n.label, "type": n.etype, "mentions": n.mentions,
                            "documents": n.documents, "aliases": n.aliases}})
        })
        .collect();
    let edges: Vec<_> = g
        .edges
        .iter()
        .map(|e| {
            json!({"data": {"id": format!("{}|{}|{}", e.source, e.relation, e.target), "source": e.source,
                            "target": e.target, "relation": e.relation, "weight": e.weight,
                            "confidence": e.confidence, "evidence": e.evidence.first().map(|v| v.text.clone())}})
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&json!({"elements": {"nodes": nodes, "edges": edges}}))
        .expect("cytoscape JSON serialises");
    s.push('\n');
    s
}
