//! Property tests (bounded: 64 cases each, run in CI): any text goes through
//! matching, sentence splitting and relation extraction without panicking and
//! with valid offsets; generated names always give DOT that Graphviz's grammar
//! (graphviz-rust's parser) accepts; graph JSON round-trips.

use newsgraph::graph::{Edge, Evidence, GraphFile, GraphMeta, Node};
use newsgraph::input::Document;
use newsgraph::relations::patterns::RelationRules;
use newsgraph::relations::{Relation, Trigger};
use newsgraph::{sentence, Gazetteer, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
        let gaz = Gazetteer::load_layers(&[&dir]).unwrap();
        let rules = RelationRules::load_for_layers(&[&dir], &gaz).unwrap();
        Pipeline::new(gaz, rules)
    })
}

/// Text mixing entity names, relation words, punctuation and arbitrary characters.
fn newsy_text() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Russia",
        "Ukraine's",
        "Kyiv,",
        "backed",
        "by",
        "the",
        "US",
        "did",
        "not",
        "criticise",
        "Mr.",
        "U.S.",
        "Putin",
        "met",
        "with",
        "Orbán",
        "“Bern’s",
        "support”",
        "of",
        "NATO",
        "joined",
        "pro-Kremlin",
        "Iranian",
        "Saudi",
        "Arabian",
        ".",
        "?",
        "\n\n",
        "Jan.",
        "5",
        "Chad",
        "Smith",
        "Governor",
        "Newsom",
        "—",
        "'s",
        "é",
        "東京",
        "\u{0}",
    ]);
    prop_oneof![prop::collection::vec(words, 0..60).prop_map(|w| w.join(" ")), any::<String>(),]
}

fn node(id: String, label: String) -> Node {
    Node { id, label, etype: "actor".into(), aliases: vec![], mentions: 1, documents: 1, qid: None, discovered: false }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_text_processes_with_valid_offsets(text in newsy_text()) {
        let p = pipeline();
        for m in p.mentions(&text) {
            prop_assert!(m.start < m.end && m.end <= text.len());
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
        let spans = sentence::split(&text);
        let mut last = 0;
        for s in &spans {
            prop_assert!(s.start >= last && s.start < s.end && s.end <= text.len());
            prop_assert!(!text[s.start..s.end].trim().is_empty());
            last = s.end;
        }
        let facts = p.process(&Document { id: "p".into(), text: text.clone() });
        for (r, si) in &facts.relations {
            let sr = &facts.sentence_refs[*si];
            prop_assert!(sr.end <= text.len());
            if let Some(t) = &r.trigger {
                prop_assert!(t.start >= sr.start && t.end <= sr.end);
                prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
            }
        }
    }

    #[test]
    fn dot_always_parses_and_json_round_trips(
        names in prop::collection::vec(any::<String>(), 1..6),
        text in any::<String>(),
    ) {
        let nodes: Vec<Node> = names.iter().enumerate().map(|(i, n)| node(format!("{i}{n}"), n.clone())).collect();
        let edges = (1..nodes.len())
            .map(|i| Edge {
                source: nodes[0].id.clone(),
                target: nodes[i].id.clone(),
                key: "supports".into(),
                relation: Relation::Supports,
                weight: i as u64,
                confidence: 0.8,
                evidence: vec![Evidence { doc: text.clone(), sentence: 0, start: 0, end: 1, text: text.clone(), trigger: None }],
            })
            .collect();
        let g = GraphFile { directed: true, multigraph: true, graph: GraphMeta::default(), nodes, edges };
        let dot = newsgraph::export::dot::to_dot(&g);
        prop_assert!(graphviz_rust::parse(&dot).is_ok(), "unparsable DOT:\n{}", dot);
        let back: GraphFile = serde_json::from_str(&g.to_json()).unwrap();
        prop_assert_eq!(&back, &g);
    }

    /// The parallel, streamed graph.json writer prints exactly what serde_json's pretty printer does.
    #[test]
    fn streamed_json_equals_pretty_json(
        names in prop::collection::vec(any::<String>(), 0..8),
        copies in 0usize..700,
        text in any::<String>(),
    ) {
        let nodes: Vec<Node> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Node { aliases: vec![n.clone(); i % 3], ..node(format!("{i}{n}"), n.clone()) })
            .collect();
        // enough edges for several parallel chunks, some with evidence and triggers, some without
        let edges: Vec<Edge> = (0..copies)
            .map(|i| Edge {
                source: format!("s{i}"),
                target: text.clone(),
                key: "co_occurs".into(),
                relation: Relation::CoOccurs,
                weight: i as u64,
                confidence: 1.0 / (i + 1) as f64,
                evidence: (0..i % 3)
                    .map(|k| Evidence {
                        doc: text.clone(),
                        sentence: k,
                        start: 0,
                        end: 1,
                        text: format!("{text}\n{k}"),
                        // an object nested in the evidence object, on some entries
                        trigger: (k == 1).then(|| Trigger { pattern: "p".into(), text: text.clone(), start: 0, end: 1 }),
                    })
                    .collect(),
            })
            .collect();
        let g = GraphFile { directed: true, multigraph: true, graph: GraphMeta::default(), nodes, edges };
        let mut streamed = Vec::new();
        g.write_json(&mut streamed).unwrap();
        prop_assert_eq!(String::from_utf8(streamed).unwrap(), g.to_json());
    }
}
