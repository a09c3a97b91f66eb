//! Integration tests of the query commands on a hand-written fixture graph
//! (`tests/data/query-graph.json`).

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::PathBuf;

fn graph() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/query-graph.json")
}

fn ng(args: &[&str]) -> assert_cmd::assert::Assert {
    let mut c = Command::cargo_bin("newsgraph").unwrap();
    let mut full: Vec<String> = vec![args[0].to_string(), graph().display().to_string()];
    full.extend(args[1..].iter().map(|s| s.to_string()));
    c.args(full).assert()
}

fn json_of(a: assert_cmd::assert::Assert) -> Value {
    let out = a.get_output().stdout.clone();
    serde_json::from_slice(&out).expect("valid JSON on stdout")
}

#[test]
fn path_prints_hops_with_evidence() {
    ng(&["path", "Orban", "zelenskiy"])
        .success()
        .stdout(predicate::str::contains("path 1 (3 hops): Viktor Orbán -> Volodymyr Zelensky"))
        .stdout(predicate::str::contains("Viktor Orbán -[affiliated_with]-> Hungary"))
        .stdout(predicate::str::contains("d3.txt#0 @0-44 [affiliated_with:title: \"Hungarian Prime Minister\"]"));
}

#[test]
fn path_names_are_case_and_accent_insensitive_ids_labels_aliases() {
    for (a, b) in [("orbán", "ZELENSKY"), ("viktor-orban", "volodymyr-zelensky"), ("Viktor Orban", "Zelenskiy")] {
        ng(&["path", a, b]).success().stdout(predicate::str::contains("path 1 (3 hops)"));
    }
}

#[test]
fn path_json_is_machine_readable() {
    let v = json_of(ng(&["path", "orban", "zelensky", "--json"]).success());
    assert_eq!(v["from"], "orban");
    let hops = v["paths"][0]["hops"].as_array().unwrap();
    assert_eq!(hops.len(), 3);
    assert_eq!(hops[0]["relation"], "affiliated_with");
    assert_eq!(hops[0]["evidence"]["doc"], "d3.txt");
}

#[test]
fn path_k_gives_distinct_simple_paths() {
    let v = json_of(ng(&["path", "orban", "zelensky", "-k", "5", "--json"]).success());
    let paths = v["paths"].as_array().unwrap();
    assert_eq!(paths.len(), 2, "only two simple node sequences exist");
    assert!(paths[0]["hops"].as_array().unwrap().len() <= paths[1]["hops"].as_array().unwrap().len());
}

#[test]
fn path_max_hops_and_no_path_exit_1() {
    ng(&["path", "orban", "zelensky", "--max-hops", "2"]).code(1).stderr(predicate::str::contains("no path"));
    ng(&["path", "lonely", "putin"])
        .code(1)
        .stderr(predicate::str::contains("no path between Lonely Person and Vladimir Putin"));
}

#[test]
fn path_relation_filter_and_direction() {
    // only supports: US -> Ukraine exists, Ukraine -> US does not (typed edges are directed)
    ng(&["path", "us", "ukraine", "--relation", "supports"]).success();
    ng(&["path", "ukraine", "us", "--relation", "supports"]).code(1);
    ng(&["path", "ukraine", "us", "--relation", "supports", "--undirected"]).success();
    // --directed walks typed relations only: Ukraine and the US also co-occur, which does not count
    ng(&["path", "ukraine", "us", "--directed"]).code(1);
    ng(&["path", "ukraine", "us"]).success().stdout(predicate::str::contains("co_occurs"));
    ng(&["path", "us", "ukraine", "--relation", "bogus"])
        .code(2)
        .stderr(predicate::str::contains("unknown relation \"bogus\""));
}

#[test]
fn path_weighted_prefers_strong_edges() {
    // Putin -> Ukraine: 2 hops via Russia? no: direct co_occurs weight 1 (1 hop) vs
    // affiliated_with(3) + co_occurs(4): cost 1/1 = 1.0 vs 1/3 + 1/4 = 0.58
    let plain = json_of(ng(&["path", "putin", "ukraine", "--json"]).success());
    assert_eq!(plain["paths"][0]["hops"].as_array().unwrap().len(), 1);
    let weighted = json_of(ng(&["path", "putin", "ukraine", "--weighted", "--json"]).success());
    assert_eq!(weighted["paths"][0]["hops"].as_array().unwrap().len(), 2);
}

#[test]
fn unknown_and_ambiguous_names_exit_2() {
    ng(&["path", "Orbn", "putin"])
        .code(2)
        .stderr(predicate::str::contains("no entity named \"Orbn\""))
        .stderr(predicate::str::contains("did you mean Viktor Orbán"));
    ng(&["neighbors", "Smith"])
        .code(2)
        .stderr(predicate::str::contains("ambiguous: ann-smith (Ann Smith), bob-smith (Bob Smith)"));
    ng(&["neighbors", "ann-smith"]).success();
}

#[test]
fn neighbors_table_filters_and_json() {
    ng(&["neighbors", "ukraine"])
        .success()
        .stdout(predicate::str::starts_with("id\tlabel\trelation\tdirection\tweight\tconfidence\n"))
        .stdout(predicate::str::contains("russia\tRussia\tco_occurs\tboth\t4\t1.00"));
    let v = json_of(
        ng(&["neighbors", "ukraine", "--direction", "in", "--relation", "supports,opposes", "--json"]).success(),
    );
    let rows: Vec<String> = v["neighbors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            format!(
                "{} {} {}",
                n["id"].as_str().unwrap(),
                n["relation"].as_str().unwrap(),
                n["direction"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(rows, ["usa supports in", "russia opposes in"]);
    // nothing found: exit 1, and --json still prints a valid, empty answer
    let out = json_of(ng(&["neighbors", "ukraine", "--direction", "out", "--relation", "supports", "--json"]).code(1));
    assert!(out["neighbors"].as_array().unwrap().is_empty());
    let strong = json_of(ng(&["neighbors", "russia", "--min-weight", "4", "--json"]).success());
    let ids: Vec<&str> = strong["neighbors"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["hungary", "ukraine"]);
}

#[test]
fn explain_lists_edges_with_evidence_and_triggers() {
    ng(&["explain", "US", "Kyiv"])
        .success()
        .stdout(predicate::str::contains("usa -[supports]-> ukraine  weight 3, confidence 0.80"))
        .stdout(predicate::str::contains("[supports:back: \"backed\"]: Kyiv, backed by the US, held firm."))
        .stdout(predicate::str::contains("ukraine -[co_occurs]- usa"));
    let v = json_of(ng(&["explain", "russia", "ukraine", "--json"]).success());
    let rels: Vec<&str> = v["edges"].as_array().unwrap().iter().map(|e| e["relation"].as_str().unwrap()).collect();
    assert_eq!(rels, ["opposes", "co_occurs"]);
    ng(&["explain", "lonely", "putin"]).code(1);
}

#[test]
fn stats_counts_components_and_pagerank() {
    ng(&["stats"])
        .success()
        .stdout(predicate::str::contains("11 nodes, 13 edges, 4 documents; 3 connected components (largest 8 nodes)"));
    let v = json_of(ng(&["stats", "--json", "--top", "3"]).success());
    assert_eq!(v["top_degree"][0]["id"], "ukraine");
    assert_eq!(v["top_pagerank"].as_array().unwrap().len(), 3);
    assert_eq!(v["edges_by_relation"][0][0], "co_occurs");
    assert_eq!(v["top_edges"][0][3], 5);
}

#[test]
fn subgraph_writes_json_and_dot() {
    let dir = tempfile::tempdir().unwrap();
    let j = dir.path().join("ego.json");
    ng(&["subgraph", "--around", "hungary", "--depth", "1", "-o", j.to_str().unwrap()]).success();
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&j).unwrap()).unwrap();
    let ids: Vec<&str> = v["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["hungary", "nato", "orban", "russia", "ukraine"]);
    let d = dir.path().join("ego.dot");
    ng(&["subgraph", "--around", "hungary", "--relation", "member_of", "-o", d.to_str().unwrap()]).success();
    let dot = std::fs::read_to_string(&d).unwrap();
    assert!(dot.contains("\"hungary\" -> \"nato\""), "{dot}");
    assert!(!dot.contains("\"orban\""));
    ng(&["subgraph", "--around", "hungary", "-o", "x.png"])
        .code(2)
        .stderr(predicate::str::contains("use a .dot or .json"));
}

#[test]
fn missing_or_broken_graph_exits_2() {
    let mut c = Command::cargo_bin("newsgraph").unwrap();
    c.args(["stats", "no/such/graph.json"]).assert().code(2).stderr(predicate::str::contains("no/such/graph.json"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"nodes\": 3}").unwrap();
    let mut c = Command::cargo_bin("newsgraph").unwrap();
    c.arg("stats").arg(&bad).assert().code(2).stderr(predicate::str::contains("not a newsgraph graph JSON"));
}

#[test]
fn broken_pipe_is_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "Russia and Ukraine met in Washington. ".repeat(50_000)).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("newsgraph");
    let script = format!(
        "'{b}' annotate '{f}' | head -n 1 > /dev/null; echo \"rc=${{PIPESTATUS[0]}}\"",
        b = bin.display(),
        f = big.display()
    );
    let out = std::process::Command::new("bash").arg("-c").arg(script).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "stderr should be empty, got {stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "rc=0");
}
