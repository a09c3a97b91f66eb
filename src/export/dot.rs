//! Graphviz DOT export through graphviz-rust's AST and printer. Node shape and
//! colour by entity type, edge colour and label by relation, pen width by
//! weight. Every id and attribute value is quoted and escaped here, since the
//! printer writes them verbatim.

use crate::graph::GraphFile;
use crate::relations::Relation;
use graphviz_rust::dot_structures::{
    Attribute, Edge as DotEdge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt, Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

/// Escapes a string for a double-quoted DOT id and wraps it in quotes.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn id(s: &str) -> Id {
    Id::Escaped(quote(s))
}

fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.to_string()), id(v))
}

/// Fill colour and shape of a node type.
pub fn node_style(etype: &str) -> (&'static str, &'static str) {
    match etype {
        "actor" => ("ellipse", "#fdd0a2"),
        "institution" => ("box", "#c6dbef"),
        "country" => ("hexagon", "#c7e9c0"),
        _ => ("ellipse", "#eeeeee"),
    }
}

/// Colour of a relation.
pub fn relation_color(r: Relation) -> &'static str {
    match r {
        Relation::CoOccurs => "#9e9e9e",
        Relation::Supports => "#2ca02c",
        Relation::Opposes => "#d62728",
        Relation::Criticises => "#ff7f0e",
        Relation::Denies => "#9467bd",
        Relation::Meets => "#1f77b4",
        Relation::AffiliatedWith => "#8c564b",
        Relation::MemberOf => "#17becf",
    }
}

/// The graph as a graphviz-rust AST.
pub fn to_dot_graph(g: &GraphFile) -> Graph {
    let mut stmts = vec![
        Stmt::GAttribute(GraphAttributes::Graph(vec![
            attr("overlap", "false"),
            attr("splines", "true"),
            attr("fontname", "Helvetica"),
            attr("label", &g.graph.name),
        ])),
        Stmt::GAttribute(GraphAttributes::Node(vec![attr("style", "filled"), attr("fontname", "Helvetica")])),
        Stmt::GAttribute(GraphAttributes::Edge(vec![attr("fontname", "Helvetica"), attr("fontsize", "9")])),
    ];
    for n in &g.nodes {
        let (shape, color) = node_style(&n.etype);
        // size by mentions: font 10pt for a single mention, up to 24pt
        let fontsize = (10.0 + 2.0 * (n.mentions.max(1) as f64).ln()).min(24.0);
        stmts.push(Stmt::Node(DotNode::new(
            NodeId(id(&n.id), None),
            vec![
                attr("label", &n.label),
                attr("shape", shape),
                attr("fillcolor", color),
                attr("fontsize", &format!("{fontsize:.1}")),
                attr("tooltip", &format!("{} ({}), {} mentions", n.label, n.etype, n.mentions)),
            ],
        )));
    }
    if !g.nodes.is_empty() {
        stmts.push(legend(g));
    }
    for e in &g.edges {
        let penwidth = format!("{:.2}", 1.0 + (e.weight as f64).ln());
        let mut attrs = vec![
            attr("color", relation_color(e.relation)),
            attr("penwidth", &penwidth),
            attr("weight", &e.weight.to_string()),
        ];
        if e.relation == Relation::CoOccurs {
            attrs.push(attr("dir", "none"));
            attrs.push(attr("style", "dashed"));
        } else {
            attrs.push(attr("label", e.relation.as_str()));
            attrs.push(attr("fontcolor", relation_color(e.relation)));
            if e.relation.is_symmetric() {
                attrs.push(attr("dir", "both"));
            }
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(Vertex::N(NodeId(id(&e.source), None)), Vertex::N(NodeId(id(&e.target), None))),
            attributes: attrs,
        }));
    }
    Graph::DiGraph { id: id("newsgraph"), strict: false, stmts }
}

/// A legend cluster: one sample node per entity type present, one sample
/// edge per relation present.
fn legend(g: &GraphFile) -> Stmt {
    let mut stmts = vec![Stmt::Attribute(attr("label", "legend")), Stmt::Attribute(attr("fontsize", "10"))];
    let mut types: Vec<&str> = g.nodes.iter().map(|n| n.etype.as_str()).collect();
    types.sort_unstable();
    types.dedup();
    for t in types {
        let (shape, color) = node_style(t);
        stmts.push(Stmt::Node(DotNode::new(
            NodeId(id(&format!("legend:{t}")), None),
            vec![attr("label", t), attr("shape", shape), attr("fillcolor", color), attr("fontsize", "9")],
        )));
    }
    let mut rels: Vec<Relation> = g.edges.iter().map(|e| e.relation).collect();
    rels.sort_unstable();
    rels.dedup();
    for r in rels {
        let (a, b) = (format!("legend:{r}:a"), format!("legend:{r}:b"));
        for n in [&a, &b] {
            stmts.push(Stmt::Node(DotNode::new(
                NodeId(id(n), None),
                vec![attr("label", ""), attr("shape", "point"), attr("width", "0.05")],
            )));
        }
        let mut attrs =
            vec![attr("label", r.as_str()), attr("color", relation_color(r)), attr("fontcolor", relation_color(r))];
        if r == Relation::CoOccurs {
            attrs.push(attr("style", "dashed"));
            attrs.push(attr("dir", "none"));
        }
        stmts.push(Stmt::Edge(DotEdge {
            ty: EdgeTy::Pair(Vertex::N(NodeId(id(&a), None)), Vertex::N(NodeId(id(&b), None))),
            attributes: attrs,
        }));
    }
    Stmt::Subgraph(Subgraph { id: Id::Plain("cluster_legend".into()), stmts })
}

/// DOT text of the graph, ending in a newline.
pub fn to_dot(g: &GraphFile) -> String {
    let mut s = to_dot_graph(g).print(&mut PrinterContext::default());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting() {
        let cases = [
            ("plain", "\"plain\""),
            ("a\"b", "\"a\\\"b\""),
            ("back\\slash", "\"back\\\\slash\""),
            ("two\nlines", "\"two\\nlines\""),
            ("<html>&", "\"<html>&\""),
            ("Orbán", "\"Orbán\""),
        ];
        for (input, want) in cases {
            assert_eq!(quote(input), want);
        }
    }
}
