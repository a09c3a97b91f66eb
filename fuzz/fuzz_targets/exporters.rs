//! Any entity names and evidence: every exporter runs, the DOT parses, the JSON
//! round-trips, and the HTML view's embedded data cannot close its script.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::export::{csv, cytoscape, dot, gexf, graphml, html};
use newsgraph::graph::{Edge, Evidence, GraphFile, GraphMeta, Node};
use newsgraph::relations::Relation;

fuzz_target!(|names: Vec<String>| {
    if names.is_empty() {
        return;
    }
    let nodes: Vec<Node> = names
        .iter()
        .enumerate()
        .map(|(i, n)| Node { id: format!("{i}:{n}"), label: n.clone(), etype: "actor".into(), aliases: names.clone(), mentions: 1, documents: 1, qid: None, discovered: false })
        .collect();
    let edges = (1..nodes.len())
        .map(|i| Edge {
            source: nodes[0].id.clone(),
            target: nodes[i].id.clone(),
            key: "criticises".into(),
            relation: Relation::Criticises,
            weight: 1,
            confidence: 0.5,
            evidence: vec![Evidence { doc: names[i].clone(), sentence: 0, start: 0, end: 0, text: names[i].clone(), trigger: None }],
        })
        .collect();
    let g = GraphFile { directed: true, multigraph: true, graph: GraphMeta::default(), nodes, edges };
    assert!(graphviz_rust::parse(&dot::to_dot(&g)).is_ok());
    let back: GraphFile = serde_json::from_str(&g.to_json()).expect("json round-trips");
    assert_eq!(back, g);
    let _ = (graphml::to_graphml(&g), gexf::to_gexf(&g), csv::nodes_csv(&g), csv::edges_csv(&g), cytoscape::to_cytoscape(&g));
    let page = html::to_html(&g);
    let data = page.split("<script id=\"graph-data\" type=\"application/json\">").nth(1).unwrap_or_default();
    let data = data.split("</script>").next().unwrap_or_default();
    assert!(!data.contains('<'));
});
