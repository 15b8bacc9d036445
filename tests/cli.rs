//! The command end to end on the bundled sample articles and claim files.

mod common;

use std::fs;

use common::{factdiff, json, repo, stderr, stdout};

#[test]
fn default_run_on_bundled_articles_shows_both_sources_and_a_diff() {
    let out = factdiff(&repo(), &["check", "articles"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("error[office-holder-conflict]"), "{text}");
    assert!(text.contains("articles/2025-12-11-tokyo-washington-call.md:6:1"), "{text}");
    assert!(text.contains("articles/2025-12-12-minister-reports-call.md:6:1"), "{text}");
    assert!(text.contains("-person: Shigenobu Kishida") && text.contains("+person: Shinjiro Koizumi"), "{text}");
    assert!(text.contains("error[qualifier-conflict]") && text.contains("former President Trump"), "{text}");
    assert!(text.contains("error[figure-mismatch]") && text.contains("$55 billion"), "{text}");
    assert!(text.contains("error[ledger-holder-conflict]") && text.contains("Rishi Sunak"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when not a terminal");
}

#[test]
fn identical_inputs_give_identical_bytes() {
    let a = factdiff(&repo(), &["check", "articles", "--format", "json"]);
    let b = factdiff(&repo(), &["check", "articles/", "--format", "json"]);
    let c = factdiff(&repo(), &["check", "articles", "--format", "json"]);
    assert_eq!(a.stdout, c.stdout);
    assert_eq!(json(&a)["findings"].as_array().map(Vec::len), json(&b)["findings"].as_array().map(Vec::len));
    let t1 = factdiff(&repo(), &["check", "articles"]);
    let t2 = factdiff(&repo(), &["check", "articles"]);
    assert_eq!(t1.stdout, t2.stdout);
}

#[test]
fn gate_decides_the_exit_status() {
    assert_eq!(factdiff(&repo(), &["check", "articles", "--fail-on", "never"]).status.code(), Some(0));
    assert_eq!(factdiff(&repo(), &["check", "articles", "--fail-on", "warning"]).status.code(), Some(1));
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("quiet.txt"), "The weather was mild on Monday.\n").unwrap();
    let out = factdiff(&repo(), &["check", dir.path().to_str().unwrap(), "--as-of", "2025-01-01"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn json_findings_carry_code_severity_and_evidence_places() {
    let out = factdiff(&repo(), &["check", "articles", "--format", "json"]);
    let v = json(&out);
    assert_eq!(v["version"], 1);
    let conflict = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["code"] == "ledger-holder-conflict" && f["evidence"][0]["value"].as_str().unwrap().contains("Sunak")
        })
        .expect("Sunak in 2025 contradicts the claim files");
    assert_eq!(conflict["severity"], "error");
    let source = &conflict["evidence"][0];
    assert_eq!(source["path"], "articles/london-briefing.md");
    assert_eq!((source["line"].as_u64(), source["column"].as_u64()), (Some(6), Some(1)));
    assert_eq!(source["text"], "Prime Minister Rishi Sunak");
    let ledger = &conflict["evidence"][1];
    assert!(ledger["path"].as_str().unwrap().starts_with("claims/"), "{ledger}");
    assert!(ledger["line"].as_u64().unwrap() > 0);
    assert!(ledger["value"].as_str().unwrap().contains("Keir Starmer"));
}

#[test]
fn malformed_claim_file_is_exit_2_with_file_line_column() {
    let dir = tempfile::tempdir().unwrap();
    let claims = dir.path().join("bad.yaml");
    fs::write(&claims, "schema: 1\noffices:\n  - id: jp.prime-minister\n    jurisdiction: JP\n    name: Prime Minister\n    titels: [Premier]\n").unwrap();
    let out = factdiff(&repo(), &["check", "articles", "--claims", claims.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad.yaml:6:5"), "{err}");
    assert!(err.contains("titels"), "{err}");
    assert!(stdout(&out).is_empty(), "no report on a broken ledger");
}

#[test]
fn missing_input_is_reported_and_the_rest_still_checked() {
    let out = factdiff(&repo(), &["check", "articles", "no-such-file.txt", "--format", "json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such-file.txt: no such file or folder"), "{}", stderr(&out));
    let v = json(&out);
    assert!(!v["findings"].as_array().unwrap().is_empty(), "the readable articles were still checked");
    assert_eq!(v["summary"]["input_errors"], 1);
}

#[test]
fn usage_errors_are_exit_2() {
    assert_eq!(factdiff(&repo(), &["check"]).status.code(), Some(2));
    assert_eq!(factdiff(&repo(), &["check", "articles", "--as-of", "2025-02-30"]).status.code(), Some(2));
    assert_eq!(factdiff(&repo(), &["frobnicate"]).status.code(), Some(2));
}

#[test]
fn explain_prints_every_code_and_refuses_unknown_ones() {
    let list = stdout(&factdiff(&repo(), &["explain"]));
    for code in factdiff::compare::Code::ALL.map(|c| c.as_str()) {
        assert!(list.contains(code), "{list}");
        let out = factdiff(&repo(), &["explain", code]);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).contains("## Why is this bad?"));
    }
    let out = factdiff(&repo(), &["explain", "no-such-code"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("known codes"));
}

#[test]
fn extract_lists_claims_and_writes_output_files_whole() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("claims.json");
    let out = factdiff(&repo(), &["extract", "articles", "--format", "json", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&target).unwrap()).unwrap();
    let kinds: Vec<&str> = v["claims"].as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap()).collect();
    for kind in ["office", "date", "money", "quantity", "percent"] {
        assert!(kinds.contains(&kind), "no {kind} claim in {kinds:?}");
    }
    let yaml = stdout(&factdiff(&repo(), &["extract", "articles/london-briefing.md"]));
    assert!(yaml.contains("person: Rishi Sunak"), "{yaml}");
}

/// `reports/` holds the rendered sample report in every format; a format
/// change shows in review. Regenerate with `FACTDIFF_BLESS=1 cargo test --test cli`.
#[test]
fn committed_sample_reports_are_current() {
    let bless = std::env::var("FACTDIFF_BLESS").is_ok_and(|v| v == "1");
    for (args, file) in [
        (&["check", "articles"][..], "reports/sample-articles.txt"),
        (&["check", "articles", "--format", "concise"][..], "reports/sample-articles.concise.txt"),
        (&["check", "articles", "--format", "json"][..], "reports/sample-articles.json"),
        (&["check", "articles", "--format", "markdown"][..], "reports/sample-articles.md"),
        (&["check", "articles", "--format", "sarif"][..], "reports/sample-articles.sarif"),
        (&["check", "articles", "--format", "github"][..], "reports/sample-articles.github.txt"),
        (&["extract", "articles"][..], "reports/sample-articles-claims.yaml"),
    ] {
        let mut all = args.to_vec();
        all.push("--no-config");
        let out = factdiff(&repo(), &all);
        if bless {
            fs::write(repo().join(file), stdout(&out)).unwrap();
            continue;
        }
        let expected = fs::read_to_string(repo().join(file)).unwrap_or_default();
        assert!(stdout(&out) == expected, "{file} is stale: regenerate it with `factdiff {}`", args.join(" "));
    }
}
