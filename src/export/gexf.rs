//! GEXF 1.2 export (Gephi, `networkx.read_gexf`).

use super::xml::escape;
use crate::graph::GraphFile;
use std::fmt::Write;

/// The graph as GEXF text.
pub fn to_gexf(g: &GraphFile) -> String {
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" version=\"1.2\">\n");
    let _ = writeln!(s, "  <meta><creator>{}</creator></meta>", escape(&g.graph.generator));
    s.push_str("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
    s.push_str("    <attributes class=\"node\" mode=\"static\">\n      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n      <attribute id=\"1\" title=\"mentions\" type=\"long\"/>\n      <attribute id=\"2\" title=\"documents\" type=\"long\"/>\n    </attributes>\n");
    s.push_str("    <attributes class=\"edge\" mode=\"static\">\n      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n      <attribute id=\"1\" title=\"confidence\" type=\"double\"/>\n    </attributes>\n");
    s.push_str("    <nodes>\n");
    for n in &g.nodes {
        let _ = writeln!(
            s,
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/></attvalues></node>",
            escape(&n.id),
            escape(&n.label),
            escape(&n.etype),
            n.mentions,
            n.documents
        );
    }
    s.push_str("    </nodes>\n    <edges>\n");
    for (i, e) in g.edges.iter().enumerate() {
        let _ = writeln!(
            s,
            "      <edge id=\"{i}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/></attvalues></edge>",
            escape(&e.source),
            escape(&e.target),
            e.relation,
            e.weight,
            e.relation,
            e.confidence
        );
    }
    s.push_str("    </edges>\n  </graph>\n</gexf>\n");
    s
}
