//! Texts are read in batches and released once analysed, so memory grows
//! with the claims, not the corpus. What a user can see of that: the output
//! never depends on the batch size, and a text that changes on disk before
//! the report has read its lines is an error, never a report on other text.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use factdiff::check::Analysis;
use factdiff::compare::Options;
use factdiff::load::{LoadOptions, list};
use factdiff::report::text::SourceLines;

/// `factdiff args…` in `dir`, reading and analysing `batch` texts at a
/// time (`None`: the default), with `stdin` on standard input.
fn run(dir: &Path, batch: Option<usize>, args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut command = Command::new(env!("CARGO_BIN_EXE_factdiff"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1").env("RAYON_NUM_THREADS", "2");
    if let Some(batch) = batch {
        command.env("FACTDIFF_TEST_BATCH", batch.to_string());
    }
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run factdiff");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// The bundled articles and claim files, with a suppression directive, an
/// unused and an invalid one, a text in a subfolder and two texts that
/// cannot be read (binary; not UTF-8) among them.
fn corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir_all(articles.join("more")).unwrap();
    for entry in std::fs::read_dir(common::repo().join("articles")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), articles.join(entry.file_name())).unwrap();
    }
    let story = articles.join("london-briefing.md");
    let text = std::fs::read_to_string(&story).unwrap().replacen(
        "Prime Minister Rishi Sunak",
        "<!-- factdiff: ignore ledger-holder-conflict — quotes a 2023 statement -->\nPrime Minister Rishi Sunak",
        1,
    );
    std::fs::write(&story, text).unwrap();
    let quiet = articles.join("alliance-commentary.txt");
    let text = std::fs::read_to_string(&quiet).unwrap();
    std::fs::write(&quiet, format!("factdiff: ignore figure-mismatch — checked by the desk\n{text}")).unwrap();
    std::fs::write(
        articles.join("more/defence-note.md"),
        "factdiff: ignore no-such-code — why\nJapan's Defense Minister Shigenobu Kishida said on December 11 that the \
         $55 billion pledge stood.\n",
    )
    .unwrap();
    std::fs::write(articles.join("b-binary.txt"), b"\x89PNG\r\n\x1a\n\0\0").unwrap();
    std::fs::write(articles.join("more/latin1.txt"), b"Ministre de la D\xE9fense\n").unwrap();
    std::fs::create_dir(dir.path().join("claims")).unwrap();
    for entry in std::fs::read_dir(common::repo().join("claims")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join("claims").join(entry.file_name())).unwrap();
    }
    dir
}

#[test]
fn output_is_the_same_whatever_the_batch_size() {
    let dir = corpus();
    let piped = "Japan's Minister of Defense, Koizumi Shinjiro, said today that he had held a call.\n";
    let commands: [&[&str]; 9] = [
        &["extract", "articles", "-", "--as-of", "2025-12-12", "--format", "jsonl"],
        &["extract", "articles", "-", "--as-of", "2025-12-12", "--format", "json"],
        &["extract", "articles", "-", "--as-of", "2025-12-12", "--format", "yaml"],
        &["check", "articles", "-", "--as-of", "2025-12-12"],
        &["check", "articles", "-", "--as-of", "2025-12-12", "--format", "json"],
        &["check", "articles", "-", "--as-of", "2025-12-12", "--format", "sarif"],
        &["check", "articles", "-", "--as-of", "2025-12-12", "--format", "markdown"],
        &["check", "articles", "--format", "concise"],
        &["check", "articles", "--write-baseline", "baseline.json"],
    ];
    for args in commands {
        let whole = run(dir.path(), None, args, piped);
        let baseline = std::fs::read(dir.path().join("baseline.json")).ok();
        assert_eq!(whole.status.code(), Some(2), "{args:?}: the unreadable texts make it 2");
        assert!(common::stderr(&whole).contains("b-binary.txt"), "{args:?}: {}", common::stderr(&whole));
        if args[0] == "check" && args.contains(&"-") {
            let out = common::stdout(&whole);
            assert!(out.contains("invalid-suppression") && out.contains("unused-suppression"), "{args:?}: {out}");
            assert!(!out.contains("Rishi Sunak is named"), "{args:?}: suppressed: {out}");
        }
        for batch in [1, 2, 3] {
            let _ = std::fs::remove_file(dir.path().join("baseline.json"));
            let batched = run(dir.path(), Some(batch), args, piped);
            assert_eq!(batched.status.code(), whole.status.code(), "{args:?}, batches of {batch}");
            assert!(batched.stdout == whole.stdout, "{args:?}: output differs in batches of {batch}");
            assert_eq!(common::stderr(&batched), common::stderr(&whole), "{args:?}, batches of {batch}");
            assert_eq!(std::fs::read(dir.path().join("baseline.json")).ok(), baseline, "{args:?}, batches of {batch}");
        }
    }
}

#[test]
fn a_text_changed_after_analysis_is_an_error_when_the_report_reads_its_lines() {
    let dir = corpus();
    let ledger = common::ledger();
    let options = Options::default();
    let mut listing = list(&[dir.path().join("articles")], &LoadOptions::default());
    let mut analysis = Analysis::new(&ledger, &options);
    while let Some((documents, _errors)) = listing.next_batch(2) {
        analysis.add(documents, &|_| {});
    }
    let run = analysis.finish();
    assert!(run.documents.iter().all(|d| !d.text.is_held()), "texts read from files are released once analysed");
    assert!(!run.comparison.findings.is_empty());
    assert!(SourceLines::read(&run).is_ok(), "unchanged texts read again");

    // An editor saves the story while factdiff runs.
    let story = dir.path().join("articles/london-briefing.md");
    let text = std::fs::read_to_string(&story).unwrap();
    std::fs::write(&story, text.replacen("Rishi Sunak", "Rishi Sunax", 1)).unwrap();
    let errors = SourceLines::read(&run).unwrap_err();
    let [error] = &errors[..] else { panic!("one error per changed text: {errors:?}") };
    let shown = error.to_string();
    let name = format!("{}/articles/london-briefing.md", dir.path().display());
    assert!(
        shown.starts_with(&format!("{name}: changed while factdiff was reading it; run again (expected the ")),
        "{shown}"
    );
    assert!(shown.contains("but found other bytes of the same length"), "{shown}");
    assert_eq!(error.kind, factdiff::ErrorKind::Io);
}
