//! `facts` + `merge` equal `build`, whatever the partition and order of the
//! documents; hostile inputs never panic.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn ng() -> Command {
    let mut c = Command::cargo_bin("newsgraph").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/corpus");
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    v.sort();
    v
}

#[test]
fn facts_then_merge_equals_build_for_any_partition() {
    let tmp = tempfile::tempdir().unwrap();
    let files = corpus_files();
    ng().args(["build", "examples/corpus", "-o"]).arg(tmp.path().join("build")).arg("-q").assert().success();
    let want = std::fs::read(tmp.path().join("build/graph.json")).unwrap();
    // deterministic pseudo-random partitions (xorshift), merged in reverse order
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..4 {
        let parts = 1 + round % 3;
        let mut groups: Vec<Vec<PathBuf>> = vec![Vec::new(); parts];
        for f in &files {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            groups[(state % parts as u64) as usize].push(f.clone());
        }
        let mut fact_files = Vec::new();
        for (i, g) in groups.iter().enumerate() {
            if g.is_empty() {
                continue;
            }
            let part = tmp.path().join(format!("r{round}-p{i}"));
            std::fs::create_dir_all(&part).unwrap();
            for f in g {
                std::fs::copy(f, part.join(f.file_name().unwrap())).unwrap();
            }
            let out = tmp.path().join(format!("r{round}-p{i}.facts.jsonl"));
            ng().arg("facts").arg(&part).arg("-o").arg(&out).args(["-j", "1"]).assert().success();
            fact_files.push(out);
        }
        fact_files.reverse();
        let merged = tmp.path().join(format!("merged{round}"));
        ng().arg("merge").args(&fact_files).arg("-o").arg(&merged).assert().success();
        let got = std::fs::read(merged.join("graph.json")).unwrap();
        assert!(got == want, "round {round}: merge of {parts} partitions differs from build");
    }
}

#[test]
fn merge_rejects_unknown_entities_and_bad_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let bad = tmp.path().join("bad.facts");
    let cases = [
        (
            "{\"doc\":\"d\",\"sentences\":1,\"mentions\":[[\"no-such-entity\",1]],\"relations\":[]}\n",
            "bad.facts:1: entity \"no-such-entity\"",
        ),
        ("not json\n", "bad.facts:1: not a facts line"),
    ];
    for (line, message) in cases {
        std::fs::write(&bad, line).unwrap();
        ng().arg("merge")
            .arg(&bad)
            .arg("-o")
            .arg(tmp.path())
            .assert()
            .code(2)
            .stderr(predicates::str::contains(message));
    }
}

#[test]
fn hostile_inputs_do_not_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("in");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("empty.txt"), b"").unwrap();
    std::fs::write(d.join("binary.txt"), (0u8..=255).cycle().take(70_000).collect::<Vec<u8>>()).unwrap();
    std::fs::write(d.join("crlf.txt"), b"Russia and Ukraine met.\r\n\r\nKyiv, backed by the US, agreed.\r\n").unwrap();
    std::fs::write(d.join("nul.txt"), b"Russia\0and\0Ukraine").unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Russia and Ukraine".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(d.join("utf16.txt"), utf16).unwrap();
    std::fs::write(d.join("long.txt"), "Russia Ukraine Germany France ".repeat(3_000)).unwrap();
    std::fs::write(d.join("names.txt"), "Putin, Zelensky, Orban, Lavrov, Blinken; ".repeat(1_000)).unwrap();
    std::fs::write(
        d.join("docs.jsonl"),
        "{\"id\":\"a\",\"text\":\"Russia.\"}\n{broken\n\n{\"id\":7,\"text\":\"Iran and Iraq.\"}\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let assert = ng().arg("build").arg(&d).arg("-o").arg(&out).assert().success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.contains("binary.txt:") && stderr.contains("invalid UTF-8"), "{stderr}");
    assert!(stderr.contains("docs.jsonl:2: malformed JSON"), "{stderr}");
    assert!(stderr.contains("nul.txt: NUL bytes replaced"), "{stderr}");
    let g: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
    assert_eq!(g["graph"]["documents"], 9, "7 text files and 2 valid JSONL lines");
    ng().arg("build").arg(&d).arg("-o").arg(tmp.path().join("strict")).arg("--strict").assert().code(2);
}

#[test]
fn killed_build_leaves_previous_outputs_and_no_temp_files() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    ng().args(["build", "examples/corpus", "-q", "-o"]).arg(&out).assert().success();
    let before = std::fs::read(out.join("graph.json")).unwrap();
    // a corpus big enough to be still running when killed
    let big = tmp.path().join("big.jsonl");
    let line = serde_json::json!({"id": "x", "text": "Kyiv, backed by the US, met Russia and Germany. ".repeat(200)})
        .to_string();
    std::fs::write(&big, format!("{line}\n").repeat(3_000)).unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["build", "-q", "-o"])
        .arg(&out)
        .arg(&big)
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    child.kill().unwrap(); // SIGKILL
    let _ = child.wait();
    assert_eq!(std::fs::read(out.join("graph.json")).unwrap(), before, "previous graph.json changed");
    // a temp file left by an interrupted write is removed by the next run
    std::fs::write(out.join(".graph.json.tmp-99999"), b"partial").unwrap();
    ng().args(["build", "examples/corpus", "-q", "-o"]).arg(&out).assert().success();
    let leftovers: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    assert_eq!(std::fs::read(out.join("graph.json")).unwrap(), before);
}

#[cfg(unix)]
#[test]
fn facts_file_equals_stdout_and_a_failed_run_keeps_the_previous_file() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for f in corpus_files() {
        std::fs::copy(&f, input.join(f.file_name().unwrap())).unwrap();
    }
    let out = tmp.path().join("part.facts.jsonl");
    ng().arg("facts").arg(&input).arg("-o").arg(&out).args(["-j", "1"]).assert().success();
    let stdout = ng().arg("facts").arg(&input).args(["-j", "3"]).assert().success().get_output().stdout.clone();
    let written = std::fs::read(&out).unwrap();
    assert!(!written.is_empty());
    assert!(written == stdout, "facts -o FILE differs from facts on stdout");
    // a file that cannot be read, listed last: the run fails after writing earlier documents
    std::os::unix::fs::symlink("/nonexistent/newsgraph-test", input.join("zz-broken.txt")).unwrap();
    ng().arg("facts")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("zz-broken.txt"));
    assert!(std::fs::read(&out).unwrap() == written, "a failed run changed the facts file");
    let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 2, "temp file left behind: {left:?}");
}
