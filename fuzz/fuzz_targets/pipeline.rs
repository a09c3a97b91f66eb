//! Any bytes as a document: matching, sentence splitting, resolution, people found and
//! relation extraction must not panic, and offsets must stay on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::input::{decode, Document};
use newsgraph::relations::patterns::RelationRules;
use newsgraph::{Gazetteer, Pipeline};
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../gazetteers");
        let gaz = Gazetteer::load_layers(&[&dir]).expect("gazetteers");
        let rules = RelationRules::load_for_layers(&[&dir], &gaz).expect("rules");
        Pipeline::new(gaz, rules)
    })
}

fuzz_target!(|data: &[u8]| {
    let text = decode(data, "fuzz", &mut Vec::new());
    let p = pipeline();
    // gazetteer entities and the people found in the text: on char boundaries, in order, not overlapping
    let (mentions, people) = p.entities(&text);
    let mut last_end = 0;
    for m in &mentions {
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!(m.start >= last_end, "overlapping mentions");
        assert!(m.entity < p.gazetteer.entities.len() + people.len());
        last_end = m.end;
    }
    let facts = p.process(&Document { id: "fuzz".into(), text: text.clone() });
    for (r, _) in &facts.relations {
        if let Some(t) = &r.trigger {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
});
