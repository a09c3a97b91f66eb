//! GraphML export (Gephi, yEd, `networkx.read_graphml`), with typed attributes.

use super::xml::escape;
use crate::graph::GraphFile;
use std::fmt::Write;

/// The graph as GraphML text.
pub fn to_graphml(g: &GraphFile) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (id, target, name, ty) in [
        ("d0", "node", "label", "string"),
        ("d1", "node", "type", "string"),
        ("d2", "node", "mentions", "long"),
        ("d3", "node", "documents", "long"),
        ("d4", "node", "aliases", "string"),
        ("d5", "edge", "relation", "string"),
        ("d6", "edge", "weight", "long"),
        ("d7", "edge", "confidence", "double"),
        ("d8", "edge", "evidence", "string"),
    ] {
        let _ = writeln!(s, "  <key id=\"{id}\" for=\"{target}\" attr.name=\"{name}\" attr.type=\"{ty}\"/>");
    }
    s.push_str("  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
    for n in &g.nodes {
        let _ = writeln!(
            s,
            "    <node id=\"{}\"><data key=\"d0\">{}</data><data key=\"d1\">{}</data><data key=\"d2\">{}</data><data key=\"d3\">{}</data><data key=\"d4\">{}</data></node>",
            escape(&n.id),
            escape(&n.label),
            escape(&n.etype),
            n.mentions,
            n.documents,
            escape(&n.aliases.join("; "))
        );
    }
    for e in &g.edges {
        let evidence = e.evidence.first().map(|ev| ev.text.as_str()).unwrap_or("");
        let _ = writeln!(
            s,
            "    <edge id=\"{}\" source=\"{}\" target=\"{}\"><data key=\"d5\">{}</data><data key=\"d6\">{}</data><data key=\"d7\">{}</data><data key=\"d8\">{}</data></edge>",
            escape(&format!("{}|{}|{}", e.source, e.relation, e.target)),
            escape(&e.source),
            escape(&e.target),
            e.relation,
            e.weight,
            e.confidence,
            escape(evidence)
        );
    }
    s.push_str("  </graph>\n</graphml>\n");
    s
}
