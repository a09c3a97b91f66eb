//! CSV export for pandas: `nodes.csv` and `edges.csv` (RFC 4180 quoting).

use crate::graph::GraphFile;

/// Quotes a CSV field when needed.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// `nodes.csv` text.
pub fn nodes_csv(g: &GraphFile) -> String {
    let mut s = String::from("id,label,type,mentions,documents,aliases\n");
    for n in &g.nodes {
        s.push_str(&format!(
            "{},{},{},{},{},{}\n",
            field(&n.id),
            field(&n.label),
            field(&n.etype),
            n.mentions,
            n.documents,
            field(&n.aliases.join("; "))
        ));
    }
    s
}

/// `edges.csv` text, with the first evidence sentence of each edge.
pub fn edges_csv(g: &GraphFile) -> String {
    let mut s = String::from("source,target,relation,weight,confidence,evidence_doc,evidence_sentence,evidence_text\n");
    for e in &g.edges {
        let ev = e.evidence.first();
        s.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            field(&e.source),
            field(&e.target),
            e.relation,
            e.weight,
            e.confidence,
            field(ev.map_or("", |v| v.doc.as_str())),
            ev.map_or(String::new(), |v| v.sentence.to_string()),
            field(ev.map_or("", |v| v.text.as_str()))
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn quoting() {
        let cases = [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
        ];
        for (i, want) in cases {
            assert_eq!(super::field(i), want);
        }
    }
}
