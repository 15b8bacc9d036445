//! Beyond one machine: extraction as a map over parts of a corpus, the
//! comparison over the merged JSON Lines, and output that does not depend on
//! how many threads ran.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, threads: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .current_dir(dir)
        .env("RAYON_NUM_THREADS", threads)
        .env("NO_COLOR", "1")
        .output()
        .expect("run factdiff")
}

/// A synthetic corpus (articles/ and claims/) in a temporary folder.
fn synthetic(claims: &str, rate: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_factdiff-gen"))
        .args(["synthetic", ".", "--claims", claims, "--contradiction-rate", rate, "--seed", "7"])
        .current_dir(dir.path())
        .output()
        .expect("run factdiff-gen");
    assert!(out.status.success(), "{}", common::stderr(&out));
    dir
}

fn texts(dir: &Path, folder: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join(folder))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md") || n.ends_with(".txt"))
        .map(|n| format!("{folder}/{n}"))
        .collect();
    names.sort();
    names
}

/// Extracts `parts` interleaved slices of the texts separately, merges the
/// streams (last part first), and checks the merge; returns the check's
/// output per format next to the one-run output.
fn split_and_merge(dir: &Path, folder: &str, claims: &[&str], parts: usize) {
    let names = texts(dir, folder);
    assert!(names.len() >= parts, "expected at least {parts} texts in {folder}");
    let mut merged = String::new();
    for part in (0..parts).rev() {
        let mut args = vec!["extract", "--format", "jsonl"];
        args.extend(claims);
        args.extend(names.iter().skip(part).step_by(parts).map(String::as_str));
        let out = run(dir, "2", &args);
        assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
        merged.push_str(&common::stdout(&out));
    }
    std::fs::write(dir.join("merged.jsonl"), &merged).unwrap();
    for format in ["text", "json", "sarif", "concise", "markdown"] {
        let mut one = vec!["check", folder, "--format", format];
        one.extend(claims);
        let mut from = vec!["check", "--claims-from", "merged.jsonl", "--format", format];
        from.extend(claims);
        let (a, b) = (run(dir, "2", &one), run(dir, "1", &from));
        assert_eq!(a.status.code(), b.status.code(), "exit status, format {format}: {}", common::stderr(&b));
        assert!(!a.stdout.is_empty());
        assert_eq!(common::stdout(&a), common::stdout(&b), "format {format}");
    }
}

#[test]
fn bundled_articles_split_three_ways_give_the_findings_of_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    for entry in std::fs::read_dir(common::repo().join("articles")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), articles.join(entry.file_name())).unwrap();
    }
    let claims = common::repo().join("claims");
    split_and_merge(dir.path(), "articles", &["--claims", claims.to_str().unwrap()], 3);
}

#[test]
fn synthetic_corpus_split_four_ways_gives_the_findings_of_one_run() {
    let dir = synthetic("400", "0.2");
    split_and_merge(dir.path(), "articles", &["--claims", "claims"], 4);
    // The contradictions are there to be found, so the comparison is not vacuous.
    let out = run(dir.path(), "1", &["check", "--claims-from", "merged.jsonl", "--claims", "claims"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(common::stdout(&out).contains("error[figure-mismatch]"));
}

#[test]
fn seed_texts_split_two_ways_give_the_findings_of_one_run() {
    let Some(seeds) = common::shared("corpus/seeds") else { return };
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("seeds");
    std::fs::create_dir(&copy).unwrap();
    for entry in std::fs::read_dir(seeds).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), copy.join(entry.file_name())).unwrap();
    }
    let claims = common::repo().join("claims");
    split_and_merge(dir.path(), "seeds", &["--claims", claims.to_str().unwrap()], 2);
}

#[test]
fn output_is_identical_for_one_and_two_threads() {
    let dir = synthetic("3000", "0.1");
    for args in [
        &["extract", "articles", "--claims", "claims", "--format", "jsonl"][..],
        &["extract", "articles", "--claims", "claims", "--format", "json"][..],
        &["check", "articles", "--claims", "claims", "--format", "json"][..],
        &["check", "articles", "--claims", "claims"][..],
    ] {
        let (one, two) = (run(dir.path(), "1", args), run(dir.path(), "2", args));
        assert!(one.stdout.len() > 1000, "{args:?}: {}", common::stderr(&one));
        assert_eq!(one.status.code(), two.status.code(), "{args:?}");
        assert!(one.stdout == two.stdout, "{args:?}: output differs between 1 and 2 threads");
    }
}

#[test]
fn a_broken_claim_stream_is_refused_with_its_line_and_column() {
    let dir = synthetic("20", "0");
    let out = run(dir.path(), "1", &["extract", "articles", "--claims", "claims", "--format", "jsonl"]);
    let stream = common::stdout(&out);
    let mut lines: Vec<&str> = stream.lines().collect();
    // A claim before its document, and a line that is not JSON.
    lines.swap(0, 1);
    lines.insert(3, "{\"type\": \"claim\", oops}");
    std::fs::write(dir.path().join("broken.jsonl"), lines.join("\n")).unwrap();
    let out = run(dir.path(), "1", &["check", "--claims-from", "broken.jsonl", "--claims", "claims"]);
    assert_eq!(out.status.code(), Some(2));
    let err = common::stderr(&out);
    assert!(err.contains("broken.jsonl:1:1"), "{err}");
    assert!(err.contains("before its claims"), "{err}");
    assert!(err.contains("broken.jsonl:4:"), "{err}");
    assert!(err.contains("extract --format jsonl"), "{err}");
}

#[test]
fn a_document_in_two_parts_of_a_merge_is_refused() {
    let dir = synthetic("20", "0");
    let out = run(dir.path(), "1", &["extract", "articles", "--claims", "claims", "--format", "jsonl"]);
    let twice = common::stdout(&out).repeat(2);
    std::fs::write(dir.path().join("twice.jsonl"), twice).unwrap();
    let out = run(dir.path(), "1", &["check", "--claims-from", "twice.jsonl", "--claims", "claims"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr(&out).contains("expected each document once"), "{}", common::stderr(&out));
}
