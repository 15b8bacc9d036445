//! The CI workflow around `check`: baselines, suppressions, factdiff.toml,
//! `init`, `diff`, and the generated completions and man page.

mod common;

use std::fs;
use std::path::Path;

use common::{factdiff, json, repo, stderr, stdout};

/// A copy of the bundled articles and claim files, to edit.
fn samples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["articles", "claims"] {
        fs::create_dir_all(dir.path().join(sub)).unwrap();
        for e in fs::read_dir(repo().join(sub)).unwrap() {
            let e = e.unwrap();
            fs::copy(e.path(), dir.path().join(sub).join(e.file_name())).unwrap();
        }
    }
    dir
}

fn codes(out: &std::process::Output) -> Vec<String> {
    json(out)["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_string()).collect()
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} not in {}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_written_baseline_hides_every_finding_and_an_edited_entry_brings_back_exactly_its_finding() {
    let dir = samples();
    let d = dir.path();
    let out = factdiff(d, &["check", "articles", "--write-baseline", "baseline.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("recorded 5 findings in baseline.json"), "{}", stderr(&out));
    let out = factdiff(d, &["check", "articles", "--baseline", "baseline.json", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(codes(&out), Vec::<String>::new());

    // Keir Starmer's tenure now starts later: only the Sunak finding changes.
    edit(
        &d.join("claims/uk-ministers-ifg.yaml"),
        "- person: keir-starmer\n    office: uk.prime-minister\n    start: 2024-07-05",
        "- person: keir-starmer\n    office: uk.prime-minister\n    start: 2024-07-06",
    );
    let out = factdiff(d, &["check", "articles", "--baseline", "baseline.json", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(codes(&out), ["ledger-holder-conflict", "stale-baseline-entry"], "{v:#}");
    assert!(findings[0]["message"].as_str().unwrap().contains("Rishi Sunak"));
    let stale = &findings[1];
    assert_eq!(stale["severity"], "info");
    assert_eq!(stale["evidence"][0]["path"], "baseline.json");
    let baseline = fs::read_to_string(d.join("baseline.json")).unwrap();
    let line = stale["evidence"][0]["line"].as_u64().unwrap() as usize;
    assert!(baseline.lines().nth(line - 1).unwrap().contains("\"fingerprint\""), "{baseline}");
}

#[test]
fn a_blank_line_above_a_finding_does_not_break_the_baseline() {
    let dir = samples();
    let d = dir.path();
    factdiff(d, &["check", "articles", "--write-baseline", "baseline.json"]);
    edit(&d.join("articles/london-briefing.md"), "Prime Minister Rishi Sunak", "\nPrime Minister Rishi Sunak");
    let out = factdiff(d, &["check", "articles", "--baseline", "baseline.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn a_broken_baseline_is_exit_2_with_its_place() {
    let dir = samples();
    fs::write(dir.path().join("baseline.json"), "{\"version\": 1,\n \"findings\": [}\n").unwrap();
    let out = factdiff(dir.path(), &["check", "articles", "--baseline", "baseline.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("baseline.json:2:"), "{}", stderr(&out));
}

#[test]
fn inline_suppressions_need_a_reason_and_unused_ones_are_reported() {
    let dir = samples();
    let d = dir.path();
    let story = d.join("articles/london-briefing.md");
    edit(
        &story,
        "Prime Minister Rishi Sunak",
        "<!-- factdiff: ignore ledger-holder-conflict — quotes a 2023 statement -->\nPrime Minister Rishi Sunak",
    );
    let out = factdiff(d, &["check", "articles", "--format", "json"]);
    let v = json(&out);
    assert!(!v.to_string().contains("Rishi Sunak is named"), "suppressed: {v:#}");
    assert_eq!(codes(&out).len(), 4);

    // The same directive without a reason suppresses nothing and is an error.
    edit(&story, " — quotes a 2023 statement", "");
    let out = factdiff(d, &["check", "articles", "--format", "concise"]);
    let text = stdout(&out);
    assert!(text.contains("articles/london-briefing.md:6:1: error[invalid-suppression] expected a reason"), "{text}");
    assert!(text.contains("Rishi Sunak is named"), "{text}");

    // A directive over a paragraph with no such finding is unused.
    let quiet = d.join("articles/alliance-commentary.txt");
    let text = fs::read_to_string(&quiet).unwrap();
    fs::write(&quiet, format!("factdiff: ignore figure-mismatch — checked by the desk\n{text}")).unwrap();
    let out = factdiff(d, &["check", "articles", "--format", "concise"]);
    assert!(
        stdout(&out).contains("articles/alliance-commentary.txt:1:1: info[unused-suppression] this suppression of figure-mismatch matched no finding"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn claim_file_suppressions_hide_matching_findings_and_unused_ones_are_reported() {
    let dir = samples();
    let d = dir.path();
    fs::write(
        d.join("claims/accepted.yaml"),
        "schema: 1\nsuppress:\n  - code: ledger-holder-conflict\n    path: articles/london-briefing.md\n    text: Prime Minister Rishi Sunak\n    reason: the briefing quotes a 2023 statement\n  - code: figure-mismatch\n    path: articles/london-briefing.md\n    reason: no figure there any more\n",
    )
    .unwrap();
    let out = factdiff(d, &["check", "articles", "--format", "concise"]);
    let text = stdout(&out);
    assert!(!text.contains("Rishi Sunak is named"), "{text}");
    assert!(text.contains("claims/accepted.yaml:7:5: info[unused-suppression] this `suppress:` entry for figure-mismatch matched no finding"), "{text}");
    fs::write(
        d.join("claims/accepted.yaml"),
        "schema: 1\nsuppress:\n  - code: ledger-holder-conflict\n    path: a.md\n    reason: \"\"\n",
    )
    .unwrap();
    let out = factdiff(d, &["check", "articles"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("claims/accepted.yaml:5:13: expected a reason, but found an empty string"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn factdiff_toml_is_found_upward_and_flags_override_it() {
    let dir = samples();
    let d = dir.path();
    fs::write(
        d.join("factdiff.toml"),
        "paths = [\"articles\"]\nclaims = [\"claims\"]\nformat = \"concise\"\nfail-on = \"never\"\n[severity]\nledger-holder-conflict = \"warning\"\nqualifier-conflict = \"off\"\n",
    )
    .unwrap();
    fs::create_dir(d.join("sub")).unwrap();
    let out = factdiff(&d.join("sub"), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("../articles/london-briefing.md:6:1: warning[ledger-holder-conflict]"), "{text}");
    assert!(!text.contains("qualifier-conflict"), "{text}");
    let out = factdiff(&d.join("sub"), &["check", "--fail-on", "warning", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(json(&out)["version"], 1);
    let out = factdiff(
        &d.join("sub"),
        &["check", "--no-config", "../articles", "--claims", "../claims", "--format", "concise"],
    );
    assert!(stdout(&out).contains("error[qualifier-conflict]"));
}

#[test]
fn an_unknown_key_in_factdiff_toml_is_exit_2_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("factdiff.toml"), "claims = [\"claims\"]\nfail_on = \"error\"\n").unwrap();
    let out = factdiff(dir.path(), &["check", "x.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("factdiff.toml:2:1: expected one of the keys `paths`, `claims`, `sources`, `format`, `editor-url`, `fail-on`, `holder-window`, `frame-window`, `figure-tolerance`, `baseline`, `builtin-claims`, `severity`, but found `fail_on`"), "{}", stderr(&out));
}

#[test]
fn init_writes_a_valid_starter_and_never_clobbers() {
    let dir = tempfile::tempdir().unwrap();
    let out = factdiff(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = factdiff(dir.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("1 offices, 2 people, 2 tenures"), "{}", stdout(&out));
    fs::write(dir.path().join("factdiff.toml"), "# mine\n").unwrap();
    let out = factdiff(dir.path(), &["init"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("factdiff.toml: expected a new file, but it already exists"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(dir.path().join("factdiff.toml")).unwrap(), "# mine\n");
}

#[test]
fn diff_keys_entries_by_identity() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let old = fs::read_to_string(repo().join("claims/uk-ministers-ifg.yaml")).unwrap();
    fs::write(d.join("old.yaml"), &old).unwrap();
    fs::write(d.join("same.yaml"), &old).unwrap();
    let out = factdiff(d, &["diff", "old.yaml", "same.yaml"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "0 changed, 0 added, 0 removed\n");
    let sunak = "office: uk.prime-minister\n    start: 2022-10-25\n    end: 2024-07-05";
    assert!(old.contains(sunak));
    fs::write(d.join("new.yaml"), old.replacen(sunak, &sunak.replace("end: 2024-07-05", "end: 2024-07-04"), 1))
        .unwrap();
    let out = factdiff(d, &["diff", "old.yaml", "new.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("changed: tenures [person=rishi-sunak, office=uk.prime-minister, start=2022-10-25]"),
        "{text}"
    );
    assert!(text.contains("  -end: 2024-07-05\n  +end: 2024-07-04\n"), "{text}");
    assert!(text.ends_with("1 changed, 0 added, 0 removed\n"), "{text}");
    // Two extract listings: a story with a blank line added above shows no change.
    let a = factdiff(&repo(), &["extract", "articles/london-briefing.md"]);
    fs::write(
        d.join("story.md"),
        fs::read_to_string(repo().join("articles/london-briefing.md")).unwrap().replacen("Prime", "\nPrime", 1),
    )
    .unwrap();
    fs::write(d.join("a.yaml"), stdout(&a).replace("articles/london-briefing.md", "story.md")).unwrap();
    let claims = repo().join("claims");
    let b = factdiff(d, &["extract", "story.md", "--claims", claims.to_str().unwrap()]);
    fs::write(d.join("b.yaml"), stdout(&b)).unwrap();
    let out = factdiff(d, &["diff", "a.yaml", "b.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = factdiff(d, &["diff", "a.yaml", "old.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("expected two files of one kind"), "{}", stderr(&out));
}

#[test]
fn completions_and_man_page_generate() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = factdiff(&repo(), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(stdout(&out).contains("validate"), "{shell}");
    }
    let out = factdiff(&repo(), &["man"]);
    assert_eq!(out.status.code(), Some(0));
    let man = stdout(&out);
    assert!(man.starts_with(".ie") || man.contains(".TH factdiff"), "{man}");
    assert!(man.contains("check"));
}

#[test]
fn no_progress_display_when_stderr_is_not_a_terminal() {
    let out = factdiff(&repo(), &["check", "articles", "--format", "sarif"]);
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}
