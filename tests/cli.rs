//! Integration tests: drive the real `newsgraph` binary on small fixtures.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn data(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(p)
}

fn ng() -> Command {
    let mut c = Command::cargo_bin("newsgraph").expect("binary built");
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

/// `build` with the mini gazetteer only.
fn build_mini(inputs: &[PathBuf], out: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut c = ng();
    c.arg("build").args(inputs).arg("-o").arg(out);
    c.args(["--no-default-gazetteers", "-g"]).arg(data("gaz"));
    c.args(extra);
    c.assert()
}

fn read_json(p: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(p).expect("read json")).expect("valid json")
}

#[test]
fn build_writes_node_link_json_with_counts_and_evidence() {
    let dir = tempfile::tempdir().unwrap();
    build_mini(&[data("docs")], dir.path(), &[]).success();
    let g = read_json(&dir.path().join("graph.json"));
    assert_eq!(g["directed"], true);
    assert_eq!(g["multigraph"], true);
    let nodes = g["nodes"].as_array().unwrap();
    let ids: Vec<&str> = nodes.iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["putin", "quote", "russia", "ukraine", "usa"]);
    let putin = &nodes[0];
    assert_eq!(putin["mentions"], 3, "Vladimir Putin, Putin, Putin");
    assert_eq!(putin["documents"], 2);
    assert_eq!(putin["type"], "actor");
    let russia = &nodes[2];
    assert_eq!(russia["mentions"], 3, "Russian, Moscow, Russians");
    let edges = g["edges"].as_array().unwrap();
    let co = edges
        .iter()
        .find(|e| e["source"] == "russia" && e["target"] == "ukraine" && e["relation"] == "co_occurs")
        .expect("russia-ukraine co-occurrence");
    assert_eq!(co["key"], "co_occurs");
    assert_eq!(co["weight"], 2);
    let ev = &co["evidence"][0];
    assert_eq!(ev["doc"], "a.txt");
    assert_eq!(ev["sentence"], 0);
    let text = std::fs::read_to_string(data("docs/a.txt")).unwrap();
    let (s, e) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], ev["text"].as_str().unwrap());
    assert!(ev["text"].as_str().unwrap().starts_with("Russian President"));
}

#[test]
fn abbreviations_do_not_split_sentences() {
    let dir = tempfile::tempdir().unwrap();
    build_mini(&[data("docs/b.txt")], dir.path(), &[]).success();
    let g = read_json(&dir.path().join("graph.json"));
    // "U.S." and "Jan." keep the first sentence whole: Ukraine, Russia and the US co-occur.
    let edges = g["edges"].as_array().unwrap();
    let pairs: Vec<(String, String)> =
        edges.iter().map(|e| (e["source"].as_str().unwrap().into(), e["target"].as_str().unwrap().into())).collect();
    for want in [("russia", "ukraine"), ("russia", "usa"), ("ukraine", "usa")] {
        assert!(pairs.contains(&(want.0.into(), want.1.into())), "{want:?} in {pairs:?}");
    }
    assert_eq!(g["graph"]["sentences"], 2);
}

#[test]
fn output_is_byte_identical_across_runs_order_and_threads() {
    let d1 = tempfile::tempdir().unwrap();
    let d2 = tempfile::tempdir().unwrap();
    let d3 = tempfile::tempdir().unwrap();
    build_mini(&[data("docs/a.txt"), data("docs/b.txt")], d1.path(), &["--jobs", "1"]).success();
    build_mini(&[data("docs/b.txt"), data("docs/a.txt")], d2.path(), &["--jobs", "2"]).success();
    build_mini(&[data("docs/a.txt"), data("docs/b.txt")], d3.path(), &["--jobs", "3"]).success();
    for f in ["graph.json", "graph.dot"] {
        let a = std::fs::read(d1.path().join(f)).unwrap();
        assert_eq!(a, std::fs::read(d2.path().join(f)).unwrap(), "{f} differs by input order");
        assert_eq!(a, std::fs::read(d3.path().join(f)).unwrap(), "{f} differs by thread count");
    }
}

#[test]
fn missing_input_exits_2_naming_the_path() {
    let dir = tempfile::tempdir().unwrap();
    build_mini(&[PathBuf::from("no/such/file.txt")], dir.path(), &[])
        .code(2)
        .stderr(predicate::str::contains("no/such/file.txt"))
        .stderr(predicate::function(|e: &str| e.matches("No such file").count() == 1));
    assert!(!dir.path().join("graph.json").exists());
}

#[test]
fn invalid_utf8_warns_and_continues() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"Russia and \xFF\xFE Ukraine met.").unwrap();
    let out = dir.path().join("out");
    build_mini(std::slice::from_ref(&bad), &out, &[])
        .success()
        .stderr(predicate::str::contains("bad.txt:1: invalid UTF-8"));
    let g = read_json(&out.join("graph.json"));
    assert_eq!(g["nodes"].as_array().unwrap().len(), 2);
    // --strict turns the warning into an error and writes nothing
    let strict_out = dir.path().join("strict");
    build_mini(&[bad], &strict_out, &["--strict"]).code(2);
    assert!(!strict_out.join("graph.json").exists());
}

#[test]
fn jsonl_input_and_malformed_lines() {
    let dir = tempfile::tempdir().unwrap();
    build_mini(&[data("docs.jsonl")], dir.path(), &[])
        .success()
        .stderr(predicate::str::contains("docs.jsonl:2: malformed JSON"))
        .stderr(predicate::str::contains("docs.jsonl:4: JSON object has no \"text\""));
    let g = read_json(&dir.path().join("graph.json"));
    assert_eq!(g["graph"]["documents"], 2);
}

#[test]
fn stdin_is_one_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ng();
    c.args(["build", "-", "--no-default-gazetteers", "-g"])
        .arg(data("gaz"))
        .arg("-o")
        .arg(dir.path())
        .write_stdin("Russia and Ukraine met in Washington.");
    c.assert().success();
    let g = read_json(&dir.path().join("graph.json"));
    assert_eq!(g["nodes"].as_array().unwrap().len(), 3);
    assert_eq!(g["edges"][0]["evidence"][0]["doc"], "stdin");
}

#[test]
fn malformed_gazetteer_exits_2_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = ng();
    c.args(["build", "--no-default-gazetteers", "-g"]).arg(data("bad-gaz")).arg(data("docs")).arg("-o").arg(dir.path());
    c.assert().code(2).stderr(predicate::str::contains("broken.tsv:2: expected 3 to 5 tab-separated columns"));
    ng().args(["gazetteer", "check"])
        .arg(data("bad-gaz"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.tsv:2:"));
}

#[test]
fn gazetteer_check_counts_the_bundled_gazetteers() {
    ng().args(["gazetteer", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("country: 254"))
        .stdout(predicate::str::contains("shared aliases"));
}

#[test]
fn annotate_prints_mentions_and_exit_1_when_none() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("x.txt");
    std::fs::write(&f, "Nothing to see here.").unwrap();
    ng().args(["annotate", "--no-default-gazetteers", "-g"]).arg(data("gaz")).arg(&f).assert().code(1);
    ng().args(["annotate", "--no-default-gazetteers", "-g"])
        .arg(data("gaz"))
        .arg(data("docs/a.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("a.txt\t0\t7\tRussian\trussia\tcountry\tDemonym"));
}

#[test]
fn graphviz_renders_the_dot_with_escaped_names() {
    let dir = tempfile::tempdir().unwrap();
    build_mini(&[data("docs")], dir.path(), &[]).success();
    let dot = std::fs::read_to_string(dir.path().join("graph.dot")).unwrap();
    assert!(dot.contains(r#"label="The \"Quoted\" \\\\ Institute""#), "{dot}");
    let svg = std::process::Command::new("dot")
        .arg("-Tsvg")
        .arg(dir.path().join("graph.dot"))
        .output()
        .expect("Graphviz `dot` must be installed (bash .ci/run installs it)");
    assert!(svg.status.success(), "dot failed: {}", String::from_utf8_lossy(&svg.stderr));
    let svg = String::from_utf8_lossy(&svg.stdout);
    assert!(svg.contains("<svg"));
    assert!(svg.contains("Quoted"));
}

#[test]
fn networkx_loads_the_json_with_equal_counts() {
    let dir = tempfile::tempdir().unwrap();
    build_mini(&[data("docs")], dir.path(), &[]).success();
    let g = read_json(&dir.path().join("graph.json"));
    let script = r#"
import json, sys
import networkx as nx
d = json.load(open(sys.argv[1]))
g = nx.node_link_graph(d, edges="edges")
assert g.is_directed() and g.is_multigraph()
print(g.number_of_nodes(), g.number_of_edges())
"#;
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(dir.path().join("graph.json"))
        .output()
        .expect("python3 must be installed");
    assert!(
        out.status.success(),
        "networkx failed (bash .ci/run installs it): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want = format!("{} {}\n", g["nodes"].as_array().unwrap().len(), g["edges"].as_array().unwrap().len());
    assert_eq!(String::from_utf8_lossy(&out.stdout), want);
}

#[test]
fn readme_sample_output_is_current() {
    // out/ is the committed output of the README's run command on examples/corpus.
    let dir = tempfile::tempdir().unwrap();
    ng().args(["build", "examples/corpus", "-o"])
        .arg(dir.path())
        .args(["--format", "json,dot,graphml,gexf,csv,cytoscape,html"])
        .assert()
        .success();
    let mut files: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files.len(), 8, "{files:?}");
    for f in files {
        let fresh = std::fs::read(dir.path().join(&f)).unwrap();
        let committed = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("out").join(&f))
            .unwrap_or_else(|_| panic!("out/{f} is committed"));
        assert!(fresh == committed, "out/{f} is stale: run the README's first command and commit out/");
    }
}

#[test]
fn seeds_score_full_entity_recall() {
    // The seed articles live in ../shared (present on developer machines and in CI).
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared");
    if !shared.join("seeds").is_dir() {
        eprintln!("skipping: ../shared/seeds not present");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    ng().arg("build").arg(shared.join("seeds")).arg("-o").arg(dir.path()).assert().success();
    let out = std::process::Command::new("python3")
        .arg(shared.join("tools/score_graph.py"))
        .arg(dir.path().join("graph.json"))
        .arg(shared.join("spec/seeds.gold.json"))
        .args(["--min-entity-recall", "1.0", "--max-must-not", "0"])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{report}");
    assert!(report.contains("entity_recall=1.000"), "{report}");
}

#[test]
fn annotate_relations_shows_typed_and_negated_relations() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("r.txt");
    std::fs::write(&f, "Kyiv, backed by the US, rejected the plan.\n\nHungary did not criticise Russia.").unwrap();
    ng().args(["annotate", "--relations"])
        .arg(&f)
        .assert()
        .success()
        .stdout(predicate::str::contains("r.txt\t0\tunited-states\tsupports\tukraine\t0.80\t-\tsupports:back\tbacked"))
        .stdout(predicate::str::contains("hungary\tcriticises\trussia\t0.80\tnegated"));
    // the negated relation is not in the graph
    let out = dir.path().join("out");
    ng().arg("build").arg(&f).arg("-o").arg(&out).assert().success();
    let g = read_json(&out.join("graph.json"));
    let typed: Vec<String> = g["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["relation"] != "co_occurs")
        .map(|e| format!("{} {} {}", e["source"], e["relation"], e["target"]))
        .collect();
    assert_eq!(typed, ["\"united-states\" \"supports\" \"ukraine\""]);
    let ev = &g["edges"].as_array().unwrap().iter().find(|e| e["relation"] == "supports").unwrap()["evidence"][0];
    assert_eq!(ev["trigger"]["pattern"], "supports:back");
    assert_eq!(ev["trigger"]["text"], "backed");
}

#[test]
fn gazetteer_import_then_layer_over_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let patterns = dir.path().join("patterns.jsonl");
    std::fs::write(
        &patterns,
        "{\"label\":\"ORG\",\"pattern\":\"Acme Widgets\",\"id\":\"acme\"}\n{\"label\":\"ORG\",\"pattern\":[{\"LOWER\":\"acme\"}],\"id\":\"acme\"}\n{\"label\":\"DATE\",\"pattern\":\"Monday\"}\n",
    )
    .unwrap();
    let layer = dir.path().join("layer");
    let out_tsv = layer.join("imported.tsv");
    ng().args(["gazetteer", "import"])
        .arg(&patterns)
        .arg("-o")
        .arg(&out_tsv)
        .assert()
        .success()
        .stderr(predicate::str::contains("1 entities written"))
        .stderr(predicate::str::contains("1 records with labels newsgraph does not model skipped"));
    // a later layer replaces a default entity with the same id: "Putin" now only as written here
    std::fs::write(layer.join("override.tsv"), "vladimir-putin\tactor\tV. V. Putin\tVVP\n").unwrap();
    let doc = dir.path().join("d.txt");
    std::fs::write(&doc, "ACME signed a deal with Russia. VVP approved. Putin smiled.").unwrap();
    let out = dir.path().join("out");
    ng().arg("build").arg(&doc).arg("-g").arg(&layer).arg("-o").arg(&out).assert().success();
    let g = read_json(&out.join("graph.json"));
    let nodes: Vec<(String, u64)> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| (n["label"].as_str().unwrap().to_string(), n["mentions"].as_u64().unwrap()))
        .collect();
    assert_eq!(nodes, [("Acme Widgets".to_string(), 1), ("Russia".to_string(), 1), ("V. V. Putin".to_string(), 1)]);
    // a broken layer names file and line
    std::fs::write(layer.join("zz-broken.tsv"), "x\tplanet\tMars\n").unwrap();
    ng().args(["gazetteer", "check"])
        .arg(&layer)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("zz-broken.tsv:1: unknown type \"planet\""));
}

#[test]
fn many_batches_stay_byte_identical_and_timings_are_reported() {
    // enough documents for several reader/worker batches, in a JSONL stream
    let dir = tempfile::tempdir().unwrap();
    let texts =
        [std::fs::read_to_string(data("docs/a.txt")).unwrap(), std::fs::read_to_string(data("docs/b.txt")).unwrap()];
    let mut jsonl = String::new();
    for i in 0..700 {
        let doc = serde_json::json!({"id": format!("d{:04}", (i * 7919) % 700), "text": texts[i % 2]});
        jsonl.push_str(&doc.to_string());
        jsonl.push('\n');
    }
    let input = dir.path().join("many.jsonl");
    std::fs::write(&input, jsonl).unwrap();
    let (o1, o4) = (dir.path().join("o1"), dir.path().join("o4"));
    build_mini(std::slice::from_ref(&input), &o1, &["--jobs", "1"]).success();
    build_mini(std::slice::from_ref(&input), &o4, &["--jobs", "4", "--timings"]).success().stderr(
        predicate::str::contains("timings: load").and(predicate::str::contains("write")).and(
            predicate::str::is_match(r"cpu \(all threads\): load [0-9.]+s, read\+process\+merge\+finish [0-9.]+s")
                .unwrap(),
        ),
    );
    for f in ["graph.json", "graph.dot"] {
        assert_eq!(std::fs::read(o1.join(f)).unwrap(), std::fs::read(o4.join(f)).unwrap(), "{f} differs");
    }
    let g = read_json(&o1.join("graph.json"));
    assert_eq!(g["graph"]["documents"], 700);
}

#[test]
fn people_missing_from_the_gazetteer_are_discovered_across_documents() {
    let dir = tempfile::tempdir().unwrap();
    ng().args(["build", "examples/corpus", "-q", "-o"]).arg(dir.path()).assert().success();
    let g = read_json(&dir.path().join("graph.json"));
    let node = |id: &str| g["nodes"].as_array().unwrap().iter().find(|n| n["id"] == id).cloned();
    let vogtmann = node("person:lena-vogtmann").expect("a senior fellow named in two documents");
    assert_eq!(vogtmann["label"], "Lena Vogtmann");
    assert_eq!(vogtmann["type"], "actor");
    assert_eq!(vogtmann["discovered"], true);
    assert_eq!(vogtmann["aliases"], serde_json::json!(["Vogtmann"]));
    // "Lena Vogtmann" three times and "Vogtmann" once, in two documents
    assert_eq!((vogtmann["mentions"].as_u64(), vogtmann["documents"].as_u64()), (Some(4), Some(2)));
    // gazetteer entities carry no "discovered" key
    assert!(node("ukraine").unwrap().get("discovered").is_none());
    // name-shaped places and companies are not people
    for label in ["Rose Garden", "Electric Co"] {
        assert!(g["nodes"].as_array().unwrap().iter().all(|n| n["label"] != label), "{label} became a node");
    }
    let has = |s: &str, rel: &str, t: &str| {
        g["edges"].as_array().unwrap().iter().any(|e| e["source"] == s && e["relation"] == rel && e["target"] == t)
    };
    assert!(has("person:lena-vogtmann", "affiliated_with", "atlantic-council"));
    assert!(has("person:irina-daskova", "affiliated_with", "kremlin"));
    assert!(has("person:daniel-okafor", "meets", "person:lena-vogtmann"));
    // annotate shows the bare surname as the person; --no-discovery leaves gazetteer entities only
    let doc = "examples/corpus/06-analysts.txt";
    ng().args(["annotate", doc])
        .assert()
        .success()
        .stdout(predicate::str::contains("\tDaskova\tperson:irina-daskova\tactor\tSurname"));
    ng().args(["annotate", "--no-discovery", doc])
        .assert()
        .success()
        .stdout(predicate::str::contains("person:").not().and(predicate::str::contains("\tkremlin\t")));
    let plain = tempfile::tempdir().unwrap();
    ng().args(["build", "examples/corpus", "-q", "--no-discovery", "-o"]).arg(plain.path()).assert().success();
    let p = read_json(&plain.path().join("graph.json"));
    assert!(p["nodes"].as_array().unwrap().iter().all(|n| n.get("discovered").is_none()));
}
