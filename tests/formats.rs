//! Every output format, checked by its real consumer: Graphviz renders the
//! DOT, networkx loads JSON/GraphML/GEXF, pandas loads the CSVs, headless
//! Chromium opens the HTML view. Entity names are hostile on purpose: quotes,
//! backslashes, `<html>`, a `<script>` breaker, non-ASCII.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn data(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(p)
}

fn build_hostile(out: &Path, formats: &str) {
    build_hostile_with(out, formats, &[]);
}

fn build_hostile_with(out: &Path, formats: &str, extra: &[&str]) {
    Command::cargo_bin("newsgraph")
        .unwrap()
        .args(["build", "--no-default-gazetteers", "-g"])
        .arg(data("hostile-gaz"))
        .arg(data("hostile.txt"))
        .arg("-o")
        .arg(out)
        .args(["--format", formats, "-q"])
        .args(extra)
        .assert()
        .success();
}

fn python(script: &str, args: &[&Path]) -> String {
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python3 runs (scripts/test.sh installs networkx and pandas)");
    assert!(out.status.success(), "python failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn all_formats_load_in_their_consumers_with_equal_counts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    build_hostile(out, "json,dot,graphml,gexf,csv,cytoscape,html");
    let script = r#"
import json, sys
import networkx as nx
import pandas as pd
d = sys.argv[1]
g = nx.node_link_graph(json.load(open(d + "/graph.json")), edges="edges")
gm = nx.read_graphml(d + "/graph.graphml")
gx = nx.read_gexf(d + "/graph.gexf")
nodes = pd.read_csv(d + "/nodes.csv")
edges = pd.read_csv(d + "/edges.csv")
cy = json.load(open(d + "/graph.cyjs"))["elements"]
counts = {(g.number_of_nodes(), g.number_of_edges()), (gm.number_of_nodes(), gm.number_of_edges()),
          (gx.number_of_nodes(), gx.number_of_edges()), (len(nodes), len(edges)),
          (len(cy["nodes"]), len(cy["edges"]))}
assert len(counts) == 1, counts
labels = set(nodes["label"])
assert 'The "Quoted" Institute' in labels and "Back\\slash Party" in labels, labels
assert gm.nodes["zurich"]["label"] == "Zürich Ünïcode 東京"
assert isinstance(gm.nodes["zurich"]["mentions"], int)
assert gx.nodes["html"]["label"] == "<b>Bold</b> & Co"
print(*counts.pop())
"#;
    let counts = python(script, &[out]);
    assert_eq!(counts.trim(), "6 7", "6 entities, 1 + 6 co-occurrence pairs");
}

#[test]
fn graphviz_renders_hostile_names_and_render_writes_images() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    build_hostile(out, "json,dot");
    let svg = std::process::Command::new("dot").arg("-Tsvg").arg(out.join("graph.dot")).output().unwrap();
    assert!(svg.status.success(), "{}", String::from_utf8_lossy(&svg.stderr));
    let svg = String::from_utf8_lossy(&svg.stdout);
    assert!(svg.contains("Back\\slash Party") && svg.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; Co"), "{svg}");
    for (name, magic) in [("g.svg", &b"<?xml"[..]), ("g.png", &b"\x89PNG"[..]), ("g.pdf", &b"%PDF"[..])] {
        let img = out.join(name);
        Command::cargo_bin("newsgraph")
            .unwrap()
            .arg("render")
            .arg(out.join("graph.json"))
            .arg("-o")
            .arg(&img)
            .assert()
            .success();
        let bytes = std::fs::read(&img).unwrap();
        assert!(bytes.starts_with(magic), "{name} starts with {:?}", &bytes[..8.min(bytes.len())]);
    }
    // a .dot input is rendered as is, with the layout asked for
    Command::cargo_bin("newsgraph")
        .unwrap()
        .arg("render")
        .arg(out.join("graph.dot"))
        .arg("-o")
        .arg(out.join("n.svg"))
        .args(["--layout", "neato"])
        .assert()
        .success()
        .stderr(predicate::str::contains("neato layout"));
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let dir = tempfile::tempdir().unwrap();
    build_hostile(dir.path(), "json");
    Command::cargo_bin("newsgraph")
        .unwrap()
        .env("PATH", dir.path())
        .arg("render")
        .arg(dir.path().join("graph.json"))
        .arg("-o")
        .arg(dir.path().join("g.svg"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Graphviz is not installed"))
        .stderr(predicate::str::contains("apt-get install graphviz"));
    assert!(!dir.path().join("g.svg").exists());
}

#[test]
fn diagram_filters_limit_the_dot() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    build_hostile(out, "dot");
    let all = std::fs::read_to_string(out.join("graph.dot")).unwrap();
    assert!(all.contains("cluster_legend"));
    build_hostile_with(out, "dot", &["--top", "2"]);
    let top = std::fs::read_to_string(out.join("graph.dot")).unwrap();
    let nodes = top.lines().filter(|l| l.contains("[label=") && !l.contains("legend:")).count();
    assert_eq!(nodes, 2, "{top}");
}

fn chromium() -> PathBuf {
    for c in ["chromium", "chromium-browser", "google-chrome"] {
        if let Ok(out) = std::process::Command::new("which").arg(c).output() {
            if out.status.success() {
                return PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
            }
        }
    }
    panic!("headless Chromium is needed: scripts/test.sh installs the Debian package `chromium`");
}

fn headless(profile: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(chromium());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--virtual-time-budget=5000",
        "--window-size=1400,900",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

#[test]
fn html_view_opens_without_errors_and_does_not_execute_names() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    build_hostile(&out, "html");
    let page = format!("file://{}", out.join("graph.html").display());
    let dom = headless(&dir.path().join("profile")).arg("--dump-dom").arg(&page).output().unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout);
    let body = dom.split("<body").nth(1).and_then(|b| b.split('>').next()).unwrap_or_default().to_string();
    assert!(body.contains("data-ready=\"1\""), "view did not finish: {body}");
    assert!(body.contains("data-errors=\"0\""), "script errors: {body}");
    assert!(body.contains("data-nodes=\"6\"") && body.contains("data-edges=\"7\""), "{body}");
    assert!(!body.contains("pwned"), "an entity name was executed: {body}");
    // a screenshot for people to look at (kept under target/)
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("graph-view.png");
    let _ = std::fs::remove_file(&shot);
    let status = headless(&dir.path().join("profile"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&page)
        .output()
        .unwrap();
    assert!(status.status.success());
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 5_000, "screenshot looks empty");
}

#[test]
fn notebook_example_runs() {
    // examples/notebook.md: its python blocks run in order against the committed out/graph.json
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let md = std::fs::read_to_string(root.join("examples/notebook.md")).unwrap();
    let mut code = String::new();
    let mut inside = false;
    for line in md.lines() {
        if line.trim_start().starts_with("```python") {
            inside = true;
        } else if line.trim_start().starts_with("```") {
            inside = false;
        } else if inside {
            code.push_str(line);
            code.push('\n');
        }
    }
    assert!(code.contains("node_link_graph"), "notebook has python blocks");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::copy(root.join("out/graph.json"), dir.path().join("out/graph.json")).unwrap();
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(&code)
        .current_dir(dir.path())
        .env("MPLBACKEND", "Agg")
        .output()
        .unwrap();
    assert!(out.status.success(), "notebook failed: {}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("nodes:"), "{stdout}");
    assert!(dir.path().join("graph.png").exists(), "the plot was saved");
}
