//! The Spark example (`examples/spark/newsgraph_spark.py`) in Spark local mode:
//! documents piped through `newsgraph facts` on executors and merged give the
//! same graph as `build`. Needs pyspark and Java (scripts/test.sh installs pyspark).

use assert_cmd::Command;
use std::path::Path;

#[test]
fn spark_local_mode_equals_build() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs.jsonl");
    let mut lines = String::new();
    let mut files: Vec<_> =
        std::fs::read_dir(root.join("examples/corpus")).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for f in files {
        let id = f.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&f).unwrap();
        lines.push_str(&serde_json::json!({"id": id, "text": text}).to_string());
        lines.push('\n');
    }
    std::fs::write(&docs, lines).unwrap();
    let build = tmp.path().join("build");
    Command::cargo_bin("newsgraph")
        .unwrap()
        .current_dir(root)
        .arg("build")
        .arg(&docs)
        .arg("-q")
        .arg("-o")
        .arg(&build)
        .assert()
        .success();
    let merged = tmp.path().join("spark");
    let out = std::process::Command::new("python3")
        .current_dir(root)
        .arg("examples/spark/newsgraph_spark.py")
        .arg(&docs)
        .arg(&merged)
        .arg("--newsgraph")
        .arg(assert_cmd::cargo::cargo_bin("newsgraph"))
        .args(["--partitions", "3"])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "spark example failed (pyspark installed by scripts/test.sh?):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let want = std::fs::read(build.join("graph.json")).unwrap();
    let got = std::fs::read(merged.join("graph.json")).unwrap();
    assert!(got == want, "Spark merge differs from build");
}
