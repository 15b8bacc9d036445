//! Determinism and isolation: the same inputs give the same bytes whatever
//! the run, the thread count or the order inputs are named in; no wall
//! clock and no network reach the library; untrusted text reaches a
//! terminal without its control sequences.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{factdiff, repo, stderr, stdout};

/// `factdiff ARGS…` in the repository with `RAYON_NUM_THREADS=threads`.
fn with_threads(threads: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .current_dir(repo())
        .env("RAYON_NUM_THREADS", threads)
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

const FORMATS: [&str; 6] = ["text", "concise", "json", "markdown", "sarif", "github"];

#[test]
fn every_format_is_byte_identical_across_runs_and_thread_counts() {
    for format in FORMATS {
        let args = ["check", "articles", "--format", format, "-q"];
        let one = with_threads("1", &args);
        let two = with_threads("2", &args);
        let again = with_threads("2", &args);
        assert_eq!(one.status.code(), Some(1), "{format}: {}", stderr(&one));
        assert!(!one.stdout.is_empty());
        assert!(one.stdout == two.stdout, "{format}: 1 thread and 2 threads differ");
        assert!(two.stdout == again.stdout, "{format}: two runs differ");
        assert_eq!(one.stderr, two.stderr, "{format}");
    }
    let one = with_threads("1", &["extract", "articles", "--format", "json"]);
    let two = with_threads("2", &["extract", "articles", "--format", "json"]);
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert!(one.stdout == two.stdout, "extract: 1 thread and 2 threads differ");
}

fn article_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(repo().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md") || n.ends_with(".txt"))
        .map(|n| format!("articles/{n}"))
        .collect();
    files.sort();
    files
}

#[test]
fn files_named_in_any_order_or_as_a_folder_give_the_same_report() {
    let folder = factdiff(&repo(), &["check", "articles", "--format", "json", "-q"]);
    let files = article_files();
    assert!(files.len() >= 4, "{files:?}");
    let mut reversed = files.clone();
    reversed.reverse();
    let mut rotated = files.clone();
    rotated.rotate_left(2);
    for (what, order) in [("sorted", files), ("reversed", reversed), ("rotated", rotated)] {
        let mut args = vec!["check".to_string()];
        args.extend(order);
        args.extend(["--format", "json", "-q"].map(String::from));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let o = factdiff(&repo(), &args);
        assert_eq!(o.status.code(), folder.status.code(), "{what}: {}", stderr(&o));
        assert_eq!(stdout(&o), stdout(&folder), "{what} file order differs from the folder");
    }
}

#[test]
fn claim_files_named_in_any_order_give_the_same_report() {
    let a = factdiff(&repo(), &["check", "articles", "--claims", "claims", "--format", "concise", "-q"]);
    let mut claim_files: Vec<String> = std::fs::read_dir(repo().join("claims"))
        .unwrap()
        .map(|e| format!("claims/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|f| f.ends_with(".yaml"))
        .collect();
    claim_files.sort();
    claim_files.reverse();
    let mut args = vec!["check", "articles", "--format", "concise", "-q"];
    for f in &claim_files {
        args.extend(["--claims", f.as_str()]);
    }
    let b = factdiff(&repo(), &args);
    assert_eq!(a.status.code(), b.status.code());
    assert_eq!(stdout(&a), stdout(&b));
}

/// Library source without its `#[cfg(test)]` modules.
fn library_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut stack = vec![repo().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                // The binary's own files: a progress bar may read the clock.
                if path.file_name().is_some_and(|n| n != "cli") {
                    stack.push(path);
                }
                continue;
            }
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if !name.ends_with(".rs") || name == "tests.rs" || name == "main.rs" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default().to_string();
            out.push((path.strip_prefix(repo()).unwrap().display().to_string(), code));
        }
    }
    out.sort();
    out
}

#[test]
fn library_never_reads_the_wall_clock() {
    let sources = library_sources();
    assert!(sources.len() > 40, "found only {} library files", sources.len());
    for (path, code) in &sources {
        for clock in ["SystemTime", "Instant", "Zoned::now", "Timestamp::now", "Date::today", "chrono::"] {
            assert!(!code.contains(clock), "{path} uses `{clock}`: the reference time must come from the input");
        }
    }
}

#[test]
fn no_networking_crate_is_a_dependency() {
    let lock = std::fs::read_to_string(repo().join("Cargo.lock")).unwrap();
    let packages: Vec<&str> =
        lock.lines().filter_map(|l| l.strip_prefix("name = \"")).map(|n| n.trim_end_matches('"')).collect();
    assert!(packages.contains(&"nom"), "Cargo.lock not understood");
    for net in [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "attohttpc",
        "tokio",
        "async-std",
        "mio",
        "socket2",
        "h2",
        "rustls",
        "native-tls",
        "openssl",
        "surf",
        "tungstenite",
    ] {
        assert!(!packages.contains(&net), "`{net}` is a dependency: factdiff must never touch the network");
    }
    for (path, code) in library_sources() {
        assert!(!code.contains("std::net"), "{path} uses std::net");
    }
}

/// An article with ANSI escapes (colour, clear screen, a title-setting OSC)
/// and bidi overrides, in a file whose name has an escape too.
fn hostile_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("claims")).unwrap();
    std::fs::copy(repo().join("claims/uk-ministers-ifg.yaml"), dir.path().join("claims/uk.yaml")).unwrap();
    std::fs::write(
        dir.path().join("evil.txt"),
        "\u{1b}[2J\u{1b}]0;owned\u{7}Intro \u{202E}txt.exe\u{202C} here.\n\
         \u{1b}[31mYesterday Prime Minister Rishi Sunak spoke\u{1b}[0m \u{2066}on\u{2069} Monday.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("name\u{1b}[2J.txt"), "Prime Minister Rishi Sunak spoke.\n").unwrap();
    dir
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for bad in ['\u{1b}', '\u{7}', '\u{202E}', '\u{202C}', '\u{2066}', '\u{2069}'] {
        assert!(!text.contains(bad), "{what} carries {bad:?}:\n{text}");
    }
}

#[test]
fn control_sequences_and_bidi_overrides_never_reach_the_terminal() {
    let dir = hostile_workspace();
    for format in ["text", "concise", "github"] {
        let o = factdiff(
            dir.path(),
            &["check", ".", "--as-of", "2025-02-10", "--format", format, "--color", "never", "-q"],
        );
        assert_eq!(o.status.code(), Some(1), "{format}: {}", stderr(&o));
        assert_clean(format, &o.stdout);
        assert_clean(format, &o.stderr);
        let out = stdout(&o);
        // Both files were checked, and the evil one still points at the right place.
        assert!(out.contains("evil.txt"), "{format}:\n{out}");
        assert!(out.contains("name?[2J.txt"), "{format}:\n{out}");
        if format == "concise" {
            assert!(out.contains("./evil.txt:2:16: error[ledger-holder-conflict]"), "{out}");
        }
        if format == "text" {
            // Each stand-in has the width of what it replaces, so the
            // underline still sits under the mention.
            assert!(
                out.contains("2 | ?[31mYesterday Prime Minister Rishi Sunak spoke?[0m \u{FFFD}on\u{FFFD} Monday."),
                "{out}"
            );
        }
    }
    // With colour forced on, the only escapes are factdiff's own (SGR).
    let o = factdiff(dir.path(), &["check", ".", "--as-of", "2025-02-10", "--color", "always", "-q"]);
    let out = stdout(&o);
    assert!(out.contains('\u{1b}'), "no colour at all");
    assert!(!out.contains("\u{1b}[2J") && !out.contains("\u{1b}]0;") && !out.contains("\u{1b}[31mYesterday"), "{out}");
}

#[test]
fn error_messages_about_file_names_with_control_characters_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let name = "gone\u{1b}]0;owned\u{7}\u{202E}.txt";
    let o = factdiff(dir.path(), &["check", name, "--as-of", "2025-02-10", "-q"]);
    assert_eq!(o.status.code(), Some(2));
    assert_clean("stderr", &o.stderr);
    assert!(stderr(&o).starts_with("error: gone?]0;owned?\u{FFFD}.txt: no such file or folder"), "{}", stderr(&o));
    let o = factdiff(dir.path(), &["check", name, "--as-of", "2025-02-10", "--format", "github", "-q"]);
    assert_clean("github stdout", &o.stdout);
    assert_clean("github stderr", &o.stderr);
    assert!(Path::new(dir.path()).exists());
}
