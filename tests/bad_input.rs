//! The bad-input matrix: every kind of broken, hostile or odd input, run
//! through the real binary, with the exact behaviour a user sees. Each row
//! holds one rule: a clear message naming the file (and line and column
//! where there is one), never a panic, the rest of the input still checked,
//! exit status 2 when anything could not be read.

// Timings and skip reasons are printed for the person running the tests.
#![allow(clippy::print_stderr)]

mod common;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{factdiff, stderr, stdout};

/// A ledger of one office with two holders, so that "Prime Minister Rishi
/// Sunak" in a text dated 2025-02-10 is a `ledger-holder-conflict`.
const LEDGER: &str = "schema: 1
offices:
  - id: uk.prime-minister
    jurisdiction: UK
    name: Prime Minister
people:
  - id: keir-starmer
    name: Keir Starmer
  - id: rishi-sunak
    name: Rishi Sunak
tenures:
  - person: rishi-sunak
    office: uk.prime-minister
    start: 2022-10-25
    end: 2024-07-05
  - person: keir-starmer
    office: uk.prime-minister
    start: 2024-07-05
";

const SUNAK: &str = "Prime Minister Rishi Sunak spoke on Monday.\n";

/// A temporary folder with `claims/ledger.yaml` and a good text `good.txt`.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("claims")).unwrap();
    std::fs::write(dir.path().join("claims/ledger.yaml"), LEDGER).unwrap();
    std::fs::write(dir.path().join("good.txt"), SUNAK).unwrap();
    dir
}

fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
}

/// `factdiff check ARGS… --as-of 2025-02-10 --format concise -q`.
fn check(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--as-of", "2025-02-10", "--format", "concise", "-q"]);
    factdiff(dir, &all)
}

/// No panic message, and the status the row expects.
fn assert_status(o: &Output, code: i32) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "factdiff panicked:\n{err}");
    assert_eq!(o.status.code(), Some(code), "stdout:\n{}\nstderr:\n{err}", stdout(o));
}

/// The good text was still checked: its finding is in the report.
fn assert_good_still_checked(o: &Output, path: &str) {
    let line = format!("{path}:1:1: error[ledger-holder-conflict] Rishi Sunak is named as Prime Minister");
    assert!(stdout(o).contains(&line), "expected `{line}` in:\n{}", stdout(o));
}

#[test]
fn binary_file_is_reported_at_its_first_nul_byte_and_the_rest_is_checked() {
    let dir = workspace();
    write(dir.path(), "texts/image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    write(dir.path(), "texts/good.txt", SUNAK);
    let o = check(dir.path(), &["texts"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("error: texts/image.txt:3:1: binary file: expected text, but found a NUL byte\n  help: factdiff reads UTF-8 text; leave this file out"),
        "{}",
        stderr(&o)
    );
    assert_good_still_checked(&o, "texts/good.txt");
}

#[test]
fn invalid_utf8_is_reported_with_line_and_column_and_the_file_skipped() {
    let dir = workspace();
    // Windows-1252 "é" in "Beyoncé" on line 2, column 8.
    write(dir.path(), "texts/latin1.txt", b"Prime Minister Rishi Sunak\r\nBeyonc\xe9 sang.\n");
    write(dir.path(), "texts/good.txt", SUNAK);
    let o = check(dir.path(), &["texts"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o)
            .contains("error: texts/latin1.txt:2:7: invalid UTF-8: expected a UTF-8 character, but found byte 0xE9"),
        "{}",
        stderr(&o)
    );
    // Nothing of the file is checked: no finding names it.
    assert!(!stdout(&o).contains("latin1.txt"), "{}", stdout(&o));
    assert_good_still_checked(&o, "texts/good.txt");
}

#[test]
fn nul_byte_past_the_binary_window_is_text_and_never_reaches_the_terminal_raw() {
    let dir = workspace();
    // Past the first 8 KiB a NUL no longer marks the file as binary (as in
    // git and ripgrep): the text is checked, and the NUL is shown as `?`.
    let mut text = "filler words here.\n".repeat(500).into_bytes();
    text.extend_from_slice(b"Prime Minister Rishi Sunak\0 spoke.\n");
    write(dir.path(), "late-nul.txt", &text);
    let o = factdiff(dir.path(), &["check", "late-nul.txt", "--as-of", "2025-02-10", "-q", "--color", "never"]);
    assert_status(&o, 1);
    assert!(stdout(&o).contains(" --> late-nul.txt:501:1"), "{}", stdout(&o));
    assert!(stdout(&o).contains("Prime Minister Rishi Sunak? spoke."), "{}", stdout(&o));
    assert!(!o.stdout.contains(&0), "a NUL byte reached the terminal");
}

#[test]
fn crlf_and_lone_cr_line_endings_keep_lines_and_columns_right() {
    let dir = workspace();
    write(dir.path(), "crlf.txt", "First line.\r\nOn Monday, Prime Minister Rishi Sunak spoke.\r\n");
    write(dir.path(), "cr.txt", "First line.\rSecond.\rOn Monday, Prime Minister Rishi Sunak spoke.\r");
    let o = check(dir.path(), &["crlf.txt", "cr.txt"]);
    assert_status(&o, 1);
    let out = stdout(&o);
    assert!(out.contains("crlf.txt:2:12: error[ledger-holder-conflict]"), "{out}");
    assert!(out.contains("cr.txt:3:12: error[ledger-holder-conflict]"), "{out}");
}

#[test]
fn utf8_bom_is_removed_so_first_line_columns_match_editors() {
    let dir = workspace();
    write(dir.path(), "bom.txt", "\u{feff}Yes, Prime Minister Rishi Sunak spoke.\n");
    let o = check(dir.path(), &["bom.txt"]);
    assert_status(&o, 1);
    assert!(stdout(&o).contains("bom.txt:1:6: error[ledger-holder-conflict]"), "{}", stdout(&o));
}

/// Runs in release mode from `.ci/run` (`cargo test --release --test
/// bad_input -- --ignored`): a debug build takes minutes on 200 MB.
#[test]
#[ignore = "200 MB: run in release mode, as .ci/run does"]
fn two_hundred_megabyte_single_line_file_is_checked_to_the_end() {
    let dir = workspace();
    // Prose the scanners must read word by word (a capitalised name in
    // every clause), all on one line, and a mention at the very end. Dense
    // claims would measure normalisation, not the single line.
    let unit = "the quick brown fox jumps over the lazy dog while Anna reads; ";
    let mut text = unit.repeat(200 * 1024 * 1024 / unit.len());
    text.push_str(SUNAK);
    write(dir.path(), "huge.txt", &text);
    drop(text);
    let started = Instant::now();
    let o = check(dir.path(), &["huge.txt", "good.txt"]);
    let took = started.elapsed();
    assert_status(&o, 1);
    assert_good_still_checked(&o, "good.txt");
    let column = file_len(&dir.path().join("huge.txt")) - SUNAK.len() + 1;
    let at_end = format!("huge.txt:1:{column}: error[ledger-holder-conflict]");
    assert!(stdout(&o).contains(&at_end), "expected `{at_end}`:\n{}", stdout(&o));
    eprintln!("200 MB on one line: {took:?}");
    assert!(took < Duration::from_secs(600), "200 MB took {took:?}");
}

fn file_len(path: &Path) -> usize {
    std::fs::metadata(path).unwrap().len() as usize
}

#[test]
fn a_hundred_thousand_tiny_files_are_all_checked() {
    let dir = workspace();
    let texts = dir.path().join("texts");
    for i in 0..100_000 {
        let text = if i % 10_000 == 0 { SUNAK } else { "x\n" };
        std::fs::create_dir_all(texts.join(format!("{:02}", i / 2000))).unwrap();
        std::fs::write(texts.join(format!("{:02}/{i:06}.txt", i / 2000)), text).unwrap();
    }
    let o = check(dir.path(), &["texts"]);
    assert_status(&o, 1);
    let out = stdout(&o);
    assert!(out.ends_with(
        "10 errors, 0 warnings, 0 notes in 100000 documents (20 claims); 1 corroborated across sources, 0 confirmed by the claim files\n"
    ), "{out}");
    assert!(out.contains("texts/45/090000.txt:1:1: error[ledger-holder-conflict]"), "{out}");
}

#[test]
fn empty_file_is_a_document_with_no_claims() {
    let dir = workspace();
    write(dir.path(), "empty.txt", "");
    let o = check(dir.path(), &["empty.txt"]);
    assert_status(&o, 0);
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].starts_with("claims: built-in ledger and 1 claim file, "), "{out}");
    assert_eq!(
        lines[1],
        "0 errors, 0 warnings, 0 notes in 1 document (0 claims); 0 corroborated across sources, 0 confirmed by the claim files"
    );
}

#[test]
fn folder_link_loop_is_reported_once_and_the_rest_is_checked() {
    let dir = workspace();
    write(dir.path(), "texts/a/good.txt", SUNAK);
    std::os::unix::fs::symlink("..", dir.path().join("texts/a/back")).unwrap();
    let o = check(dir.path(), &["texts"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o)
            .contains("error: texts/a/back: folder link loop: expected a folder, but found a link back to `texts`"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stderr(&o).matches("folder link loop").count(), 1, "{}", stderr(&o));
    assert_good_still_checked(&o, "texts/a/good.txt");
}

/// As root, permissions do not stop reading; a file whose read fails is a
/// link to `/proc/self/mem`, whose first page is never mapped (EIO).
#[test]
fn unreadable_file_is_reported_and_the_rest_is_checked() {
    let dir = workspace();
    write(dir.path(), "texts/good.txt", SUNAK);
    std::os::unix::fs::symlink("/proc/self/mem", dir.path().join("texts/mem.txt")).unwrap();
    let o = check(dir.path(), &["texts"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("error: texts/mem.txt: Input/output error (os error 5)\n  help: check that the path is a readable file or folder"),
        "{}",
        stderr(&o)
    );
    assert_good_still_checked(&o, "texts/good.txt");
}

#[test]
fn folder_given_where_a_file_is_expected_is_reported() {
    let dir = workspace();
    std::fs::create_dir(dir.path().join("manifests")).unwrap();
    let o = check(dir.path(), &["good.txt", "--sources", "manifests"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("error: manifests: expected a file, but found a folder\n  help: name the file itself"),
        "{}",
        stderr(&o)
    );
    // The text is still checked (dated by --as-of, as the manifest could not be read).
    assert_good_still_checked(&o, "good.txt");
}

/// Uses the test hook `FACTDIFF_TEST_REMOVE_BEFORE_READ`, which deletes the
/// named text after the inputs are listed and before they are read.
#[test]
fn file_that_disappears_during_the_run_is_reported_and_the_rest_is_checked() {
    let dir = workspace();
    write(dir.path(), "texts/gone.txt", SUNAK);
    write(dir.path(), "texts/stays.txt", SUNAK);
    let o = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "texts", "--as-of", "2025-02-10", "--format", "concise", "-q"])
        .current_dir(dir.path())
        .env("FACTDIFF_TEST_REMOVE_BEFORE_READ", "texts/gone.txt")
        .output()
        .unwrap();
    assert_status(&o, 2);
    assert!(!dir.path().join("texts/gone.txt").exists(), "the hook did not run");
    assert!(
        stderr(&o).contains("error: texts/gone.txt: no such file or folder\n  help: check the path"),
        "{}",
        stderr(&o)
    );
    assert_good_still_checked(&o, "texts/stays.txt");
    assert!(!stdout(&o).contains("gone.txt"), "{}", stdout(&o));
}

#[test]
fn stdin_is_read_as_a_text_named_dash() {
    let dir = workspace();
    let mut child = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(["check", "-", "good.txt", "--as-of", "2025-02-10", "--format", "concise", "-q"])
        .current_dir(dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"Line one.\nLater, Prime Minister Rishi Sunak spoke.\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_status(&o, 1);
    assert!(stdout(&o).contains("-:2:8: error[ledger-holder-conflict]"), "{}", stdout(&o));
    assert_good_still_checked(&o, "good.txt");
}

#[test]
fn front_matter_that_never_closes_is_reported_and_the_rest_is_checked() {
    let dir = workspace();
    write(
        dir.path(),
        "texts/open.md",
        "---\npublished: 2025-02-10\ntitle: no end\nPrime Minister Rishi Sunak spoke.\n",
    );
    write(dir.path(), "texts/good.txt", SUNAK);
    let o = check(dir.path(), &["texts"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("error: texts/open.md:1:1: front matter never closes: expected a line `---` or `...` after the opening `---`, but found the end of the file"),
        "{}",
        stderr(&o)
    );
    assert_good_still_checked(&o, "texts/good.txt");
}

#[test]
fn manifest_naming_a_missing_file_is_reported_at_its_entry_and_the_rest_is_checked() {
    let dir = workspace();
    write(
        dir.path(),
        "texts/sources.yaml",
        "sources:\n  - path: missing.txt\n    published: 2025-02-10\n  - path: good.txt\n    published: 2025-02-10\n",
    );
    write(dir.path(), "texts/good.txt", SUNAK);
    let o = factdiff(dir.path(), &["check", "texts", "--format", "concise", "-q"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("error: texts/sources.yaml:2:11: entry names `missing.txt`, which cannot be found"),
        "{}",
        stderr(&o)
    );
    assert_good_still_checked(&o, "texts/good.txt");
}

/// `validate` on one broken claim file beside a good one: exit 2, the exact
/// first line of the message, in well under a second.
fn broken_claim_file(yaml: &str, expected: &str) {
    let dir = workspace();
    write(dir.path(), "claims/broken.yaml", yaml);
    let started = Instant::now();
    let o = factdiff(dir.path(), &["validate", "claims"]);
    assert!(started.elapsed() < Duration::from_secs(10), "took {:?}", started.elapsed());
    assert_status(&o, 2);
    let first = stderr(&o).lines().next().unwrap_or_default().to_string();
    assert_eq!(first, expected, "{}", stderr(&o));
    // `check` refuses to run against a broken ledger (half a ledger would
    // report false contradictions), naming the same place.
    let o = check(dir.path(), &["good.txt"]);
    assert_status(&o, 2);
    assert!(stderr(&o).contains(expected), "{}", stderr(&o));
}

#[test]
fn claim_file_with_a_yaml_alias_bomb_is_refused_quickly() {
    let mut yaml =
        String::from("schema: 1\npeople:\n  - id: a0\n    name: A\n    aliases: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 10].join(", ");
        yaml.push_str(&format!("  - id: a{i}\n    name: A\n    aliases: &a{i} [{refs}]\n"));
    }
    broken_claim_file(
        &yaml,
        "error: claims/broken.yaml:5:14: invalid `people[1].aliases[0]`: expected a string, but found a list",
    );
}

#[test]
fn claim_file_with_an_alias_bomb_under_an_unknown_key_is_refused_quickly() {
    let mut yaml = String::from("schema: 1\nbomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let refs = vec![format!("*b{}", i - 1); 10].join(", ");
        yaml.push_str(&format!("bomb{i}: &b{i} [{refs}]\n"));
    }
    broken_claim_file(
        &yaml,
        "error: claims/broken.yaml:2:1: expected one of the keys `schema`, `offices`, `people`, `tenures`, `figures`, `suppress`, `jurisdictions`, `current_to`, but found `bomb0`",
    );
}

#[test]
fn claim_file_nested_ten_thousand_deep_is_refused() {
    let yaml = format!("schema: 1\npeople: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    broken_claim_file(
        &yaml,
        "error: claims/broken.yaml:2:264: expected at most 128 levels of nesting, but found deeper nesting",
    );
}

#[test]
fn claim_file_with_a_duplicate_key_names_both_places() {
    broken_claim_file(
        "schema: 1\npeople:\n  - id: a\n    name: A\n    name: B\n",
        "error: claims/broken.yaml:5:5: expected each key once in a mapping, but found `name` again (first at line 4, column 5)",
    );
}

#[test]
fn claim_file_with_a_tab_indented_line_says_to_indent_with_spaces() {
    let dir = workspace();
    write(dir.path(), "claims/broken.yaml", "schema: 1\npeople:\n  - id: a\n\tname: A\n");
    let o = factdiff(dir.path(), &["validate", "claims"]);
    assert_status(&o, 2);
    assert_eq!(
        stderr(&o),
        "error: claims/broken.yaml:3:9: invalid YAML: while scanning a plain scalar, found a tab\n  help: indent with spaces: YAML does not allow tabs in indentation\n"
    );
}

#[test]
fn claim_file_with_an_unknown_key_suggests_the_known_one() {
    broken_claim_file(
        "schema: 1\npeople:\n  - id: a\n    name: A\n    nmae: B\n",
        "error: claims/broken.yaml:5:5: invalid `people[0]`: expected one of the keys `id`, `name`, `aliases`, but found `nmae`",
    );
}

const TENURE_HEAD: &str = "schema: 1
offices:
  - id: uk.chancellor-of-the-duchy
    jurisdiction: UK
    name: Chancellor of the Duchy
people:
  - id: a-person
    name: A Person
tenures:
  - person: a-person
    office: uk.chancellor-of-the-duchy
";

#[test]
fn claim_file_with_an_impossible_date_names_it() {
    broken_claim_file(
        &format!("{TENURE_HEAD}    start: 2025-02-30\n"),
        "error: claims/broken.yaml:12:12: invalid `tenures[0].start`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but found `2025-02-30` (no such day)",
    );
}

#[test]
fn claim_file_with_an_end_before_its_start_is_a_finding_at_the_end() {
    let dir = workspace();
    write(dir.path(), "claims/broken.yaml", format!("{TENURE_HEAD}    start: 2025-02-03\n    end: 2025-01-01\n"));
    let o = factdiff(dir.path(), &["validate", "claims", "--format", "concise"]);
    assert_status(&o, 1);
    assert!(
        stdout(&o).contains("claims/broken.yaml:13:10: error[tenure-ends-before-start] expected `end` on or after `start` (2025-02-03), but found `end: 2025-01-01`"),
        "{}",
        stdout(&o)
    );
}

// No data loss: every output is written to a temporary file beside it and
// renamed, so a failed write leaves the old file as it was.

/// A folder nobody can create files in, for the life of the value. As root,
/// `chmod` does not stop writes, so the folder is also made immutable
/// (`chattr +i`) where the file system allows it; `None` when neither works.
struct ReadOnlyDir(std::path::PathBuf);

impl ReadOnlyDir {
    fn new(path: &Path) -> Option<ReadOnlyDir> {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o555)).unwrap();
        let guard = ReadOnlyDir(path.to_path_buf());
        if guard.blocks_writes() {
            return Some(guard);
        }
        let _ = Command::new("chattr").arg("+i").arg(path).output();
        if guard.blocks_writes() { Some(guard) } else { None }
    }

    fn blocks_writes(&self) -> bool {
        let probe = self.0.join(".probe");
        let blocked = std::fs::write(&probe, "x").is_err();
        let _ = std::fs::remove_file(probe);
        blocked
    }
}

impl Drop for ReadOnlyDir {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = Command::new("chattr").arg("-i").arg(&self.0).output();
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    names
}

#[test]
fn outputs_into_a_read_only_folder_keep_the_old_file_and_exit_2() {
    let dir = workspace();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("claims.json"), "OLD CLAIMS").unwrap();
    std::fs::write(out.join("baseline.json"), "OLD BASELINE").unwrap();
    let Some(_guard) = ReadOnlyDir::new(&out) else {
        eprintln!("skipping: cannot make a read-only folder here (neither chmod nor chattr stops writes)");
        return;
    };
    let o = factdiff(dir.path(), &["extract", "good.txt", "--format", "json", "-o", "out/claims.json"]);
    assert_status(&o, 2);
    assert!(stderr(&o).starts_with("error: out/claims.json: cannot write: "), "{}", stderr(&o));
    assert!(stderr(&o).contains("the old file, if any, is unchanged"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(out.join("claims.json")).unwrap(), "OLD CLAIMS");

    let o = check(dir.path(), &["good.txt", "--write-baseline", "out/baseline.json"]);
    assert_status(&o, 2);
    assert!(stderr(&o).starts_with("error: out/baseline.json: cannot write: "), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(out.join("baseline.json")).unwrap(), "OLD BASELINE");

    let o = Command::new(env!("CARGO_BIN_EXE_factdiff")).arg("init").current_dir(&out).output().unwrap();
    assert_status(&o, 2);
    // `init` first makes `claims/`, which fails here; nothing is written.
    assert!(stderr(&o).starts_with("error: claims: "), "{}", stderr(&o));
    assert_eq!(files_in(&out), ["baseline.json", "claims.json"]);
}

/// A full disk, simulated with a file size limit of zero: the write
/// fails with EFBIG (SIGXFSZ is caught, not fatal), the old file survives
/// and no temporary file is left behind.
#[test]
fn output_past_the_file_size_limit_keeps_the_old_file_and_leaves_no_temporary() {
    let dir = workspace();
    std::fs::write(dir.path().join("claims.json"), "OLD").unwrap();
    std::fs::write(dir.path().join("baseline.json"), "OLD").unwrap();
    let limited = |args: &[&str]| {
        Command::new("sh")
            .arg("-c")
            .arg("ulimit -f 0 && exec \"$0\" \"$@\"")
            .arg(env!("CARGO_BIN_EXE_factdiff"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let o = limited(&["extract", "good.txt", "--format", "json", "-o", "claims.json"]);
    assert_status(&o, 2);
    assert!(stderr(&o).starts_with("error: claims.json: cannot write: File too large"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(dir.path().join("claims.json")).unwrap(), "OLD");

    let o = limited(&["check", "good.txt", "--as-of", "2025-02-10", "-q", "--write-baseline", "baseline.json"]);
    assert_status(&o, 2);
    assert!(stderr(&o).starts_with("error: baseline.json: cannot write: File too large"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(dir.path().join("baseline.json")).unwrap(), "OLD");
    assert_eq!(files_in(dir.path()), ["baseline.json", "claims", "claims.json", "good.txt"]);
}

/// Found by fuzzing `claims_load` and `manifest`: positions in YAML with
/// lone CR line breaks count each CR as a line, as editors and factdiff's
/// texts do, so the reported line exists in the file.
#[test]
fn claim_file_and_manifest_with_lone_cr_line_breaks_report_lines_that_exist() {
    let dir = workspace();
    write(dir.path(), "ledger/cr.yaml", "schema: 1\rpeople:\r  - id: a\r    name: A\r    nmae: B\r");
    let o = factdiff(dir.path(), &["validate", "ledger/cr.yaml"]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).starts_with("error: ledger/cr.yaml:5:5: invalid `people[0]`: expected one of the keys"),
        "{}",
        stderr(&o)
    );
    write(dir.path(), "texts/sources.yaml", "sources:\r  - path: good.txt\r    published: 2025-02-30\r");
    write(dir.path(), "texts/good.txt", SUNAK);
    let o = factdiff(dir.path(), &["check", "texts", "--format", "concise", "-q"]);
    assert_status(&o, 2);
    assert!(stderr(&o).starts_with("error: texts/sources.yaml:3:16: failed to parse `published`"), "{}", stderr(&o));
}
