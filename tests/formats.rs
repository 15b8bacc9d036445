//! The output formats of `check` on the bundled articles: SARIF against the
//! published 2.1.0 schema, GitHub workflow commands, Markdown rendered to
//! HTML, concise lines, and the JSON contract against expectations written
//! out by hand.

mod common;

use std::fs;
use std::path::Path;

use common::{factdiff, json, repo, shared, stderr, stdout};

fn check(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["check", "--no-config"];
    all.extend_from_slice(args);
    factdiff(dir, &all)
}

#[test]
fn sarif_validates_against_the_2_1_0_schema_and_carries_related_locations() {
    let out = check(&repo(), &["articles", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let sarif = json(&out);
    if let Some(schema_path) = shared("schemas/sarif-schema-2.1.0.json") {
        let schema: serde_json::Value = serde_json::from_str(&fs::read_to_string(schema_path).unwrap()).unwrap();
        let validator = jsonschema::draft4::new(&schema).expect("the SARIF schema compiles");
        let errors: Vec<String> =
            validator.iter_errors(&sarif).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "SARIF is invalid: {errors:#?}");
        // `validate` findings and unreadable inputs are valid SARIF too.
        let broken = "tests/fixtures/claims-broken/overlapping-tenures.yaml";
        let out = factdiff(&repo(), &["validate", broken, "--format", "sarif", "--no-config"]);
        assert!(validator.is_valid(&json(&out)), "{}", stdout(&out));
        let out = check(&repo(), &["articles", "no-such-file.md", "--format", "sarif"]);
        let with_error = json(&out);
        assert!(validator.is_valid(&with_error), "{}", stdout(&out));
        assert_eq!(with_error["runs"][0]["invocations"][0]["executionSuccessful"], false);
    }
    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), factdiff::compare::Code::ALL.len());
    for (rule, code) in rules.iter().zip(factdiff::compare::Code::ALL) {
        assert_eq!(rule["id"], code.as_str());
        assert_eq!(rule["help"]["markdown"], code.doc());
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 5);
    let conflict = results.iter().find(|r| r["ruleId"] == "office-holder-conflict").unwrap();
    let primary = &conflict["locations"][0]["physicalLocation"];
    assert_eq!(primary["artifactLocation"]["uri"], "articles/2025-12-11-tokyo-washington-call.md");
    assert_eq!(primary["region"]["startLine"], 6);
    let related = conflict["relatedLocations"].as_array().unwrap();
    assert_eq!(
        related[0]["physicalLocation"]["artifactLocation"]["uri"],
        "articles/2025-12-12-minister-reports-call.md"
    );
    let ledger = results.iter().find(|r| r["ruleId"] == "ledger-holder-conflict").unwrap();
    let entry = &ledger["relatedLocations"][0];
    assert!(entry["physicalLocation"]["artifactLocation"]["uri"].as_str().unwrap().starts_with("claims/"));
    assert!(entry["message"]["text"].as_str().unwrap().starts_with("the claim-file entry: "));
}

/// A copy of the bundled articles and claim files, to edit.
fn copy_samples(dir: &Path) {
    for sub in ["articles", "claims"] {
        fs::create_dir_all(dir.join(sub)).unwrap();
        for e in fs::read_dir(repo().join(sub)).unwrap() {
            let e = e.unwrap();
            fs::copy(e.path(), dir.join(sub).join(e.file_name())).unwrap();
        }
    }
}

fn fingerprints(out: &std::process::Output) -> Vec<(String, String)> {
    json(out)["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap().to_string(),
                r["partialFingerprints"]["factdiff/v1"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn fingerprints_survive_a_blank_line_inserted_above_a_finding() {
    let dir = tempfile::tempdir().unwrap();
    copy_samples(dir.path());
    let before = check(dir.path(), &["articles", "--format", "sarif"]);
    let story = dir.path().join("articles/london-briefing.md");
    let text = fs::read_to_string(&story).unwrap();
    fs::write(&story, text.replacen("Prime Minister Rishi Sunak", "\nPrime Minister Rishi Sunak", 1)).unwrap();
    let after = check(dir.path(), &["articles", "--format", "sarif"]);
    let line = |o: &std::process::Output| {
        json(o)["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["message"]["text"].as_str().unwrap().contains("Rishi Sunak"))
            .map(|r| r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64())
    };
    assert_eq!((line(&before), line(&after)), (Some(Some(6)), Some(Some(7))), "the finding moved down a line");
    assert_eq!(fingerprints(&before), fingerprints(&after));
}

#[test]
fn github_format_prints_one_workflow_command_per_finding() {
    let out = check(&repo(), &["articles", "--format", "github"]);
    let text = stdout(&out);
    let commands: Vec<&str> = text.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(commands.len(), 5, "{text}");
    for c in &commands {
        let (head, message) = c[2..].split_once("::").expect("::command props::message");
        let (command, props) = head.split_once(' ').unwrap();
        assert_eq!(command, "error");
        let keys: Vec<&str> = props.split(',').map(|p| p.split_once('=').unwrap().0).collect();
        assert_eq!(keys, ["file", "line", "col", "title"], "{c}");
        assert!(!message.contains('\n') && !message.contains('\r'));
    }
    assert!(commands[0].contains("also in articles/2025-12-12-minister-reports-call.md:6:1"), "{}", commands[0]);
}

#[test]
fn markdown_renders_to_html_tables_with_both_sides_quoted() {
    let out = check(&repo(), &["articles", "--format", "markdown"]);
    let md = stdout(&out);
    let parser = pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_TABLES);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    assert_eq!(html.matches("<table>").count(), 3, "one table per story with findings:\n{html}");
    assert_eq!(html.matches("<tr>").count(), 3 + 5, "a header row per table and a row per finding:\n{html}");
    assert!(html.contains("<h2>articles/london-briefing.md</h2>"), "{html}");
    let row = html.split("<tr>").find(|r| r.contains("office-holder-conflict")).unwrap();
    assert_eq!(row.matches("<td>").count(), 7, "{row}");
    assert!(row.contains("“Japan's Defense Minister Shigenobu Kishida”"), "{row}");
    assert!(row.contains("“Japan's Minister of Defense, Koizumi Shinjiro”"), "{row}");
    let ledger_row = html.split("<tr>").find(|r| r.contains("Rishi Sunak")).unwrap();
    assert!(
        ledger_row.contains(
            "Keir Starmer, Prime Minister (United Kingdom), 2024-07-05 – (in office) (claims/uk-ministers-ifg.yaml:"
        ),
        "{ledger_row}"
    );
}

#[test]
fn markdown_escapes_text_that_would_break_a_table() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("pipe.md"),
        "---\npublished: 2025-06-01\n---\nMinister of Folklore Jo | <b>Bo</b> spoke.\n",
    )
    .unwrap();
    let md = stdout(&check(dir.path(), &["pipe.md", "--format", "markdown", "--fail-on", "never"]));
    assert!(!md.contains("<b>"), "{md}");
}

#[test]
fn concise_is_one_line_per_finding() {
    let out = check(&repo(), &["articles", "--format", "concise"]);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 7, "{text}");
    assert_eq!(
        lines[4],
        "articles/london-briefing.md:6:1: error[ledger-holder-conflict] Rishi Sunak is named as Prime Minister (United Kingdom) on 2025-02-10, but the claim files have Keir Starmer in that office then"
    );
    assert!(lines[5].starts_with("claims: built-in ledger and "), "{}", lines[5]);
    assert!(lines[6].starts_with("5 errors, 0 warnings, 0 notes in 5 documents"));
}

/// The JSON contract (docs/json.md), written out by hand for a two-line story
/// and a one-tenure claim file (without the built-in ledger, whose size
/// changes with the bundled files).
#[test]
fn json_matches_the_documented_contract() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("claims")).unwrap();
    fs::write(
        dir.path().join("claims/uk.yaml"),
        "schema: 1\noffices:\n  - id: uk.prime-minister\n    jurisdiction: UK\n    name: Prime Minister\npeople:\n  - id: keir-starmer\n    name: Keir Starmer\n  - id: rishi-sunak\n    name: Rishi Sunak\ntenures:\n  - person: keir-starmer\n    office: uk.prime-minister\n    start: 2024-07-05\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("story.md"),
        "---\npublished: 2025-02-10\n---\nThe briefing was short.\nPrime Minister Rishi Sunak spoke.\n",
    )
    .unwrap();
    let out = check(dir.path(), &["story.md", "--format", "json", "--no-builtin-claims"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let mut v = json(&out);
    let fingerprint = v["findings"][0]["fingerprint"].as_str().unwrap().to_string();
    assert_eq!(fingerprint.len(), 16);
    assert!(fingerprint.bytes().all(|b| b.is_ascii_hexdigit()));
    v["findings"][0]["fingerprint"] = "(checked above)".into();
    let expected = serde_json::json!({
        "version": 1,
        "findings": [{
            "code": "ledger-holder-conflict",
            "severity": "error",
            "message": "Rishi Sunak is named as Prime Minister (United Kingdom) on 2025-02-10, but the claim files have Keir Starmer in that office then",
            "fingerprint": "(checked above)",
            "evidence": [
                {
                    "kind": "source",
                    "path": "story.md",
                    "line": 5,
                    "column": 1,
                    "start": 54,
                    "end": 80,
                    "text": "Prime Minister Rishi Sunak",
                    "value": "Rishi Sunak (Prime Minister)"
                },
                {
                    "kind": "claim-file",
                    "path": "claims/uk.yaml",
                    "line": 12,
                    "column": 5,
                    "text": "Keir Starmer, Prime Minister (United Kingdom), 2024-07-05 – (in office)",
                    "value": "Keir Starmer (Prime Minister (United Kingdom))"
                }
            ]
        }],
        "summary": {
            "documents": 1,
            "claims": 1,
            "errors": 1,
            "warnings": 0,
            "infos": 0,
            "corroborated_office_holders": 0,
            "corroborated_values": 0,
            "confirmed_by_claim_files": 0,
            "input_errors": 0,
            "ledger": {
                "builtin": false,
                "claim_files": 1,
                "offices": 1,
                "people": 2,
                "tenures": 1,
                "figures": 0,
                "current_to": null
            }
        },
        "errors": []
    });
    assert_eq!(v, expected);
}
