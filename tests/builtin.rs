//! The built-in ledger as a new user meets it: `factdiff check stories/` in
//! an empty folder (no `claims/`, no `factdiff.toml`) knows the bundled
//! office holders; local claim files extend it and replace what they
//! redefine; `--no-builtin-claims` and `builtin-claims = false` turn it
//! off; `factdiff ledger show` prints what it believes.

mod common;

use std::fs;
use std::path::Path;

use common::{factdiff, json, stderr, stdout};

const TAKAICHI: &str =
    "---\npublished: 2025-11-03\n---\nJapan's Prime Minister Sanae Takaichi met business leaders in Tokyo on Monday.\n";
const ISHIBA: &str =
    "---\npublished: 2025-11-04\n---\nJapanese Prime Minister Shigeru Ishiba told reporters the talks would go on.\n";

/// An empty folder with the two invented stories under `stories/`.
fn newsroom() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("stories")).unwrap();
    fs::write(dir.path().join("stories/takaichi.md"), TAKAICHI).unwrap();
    fs::write(dir.path().join("stories/ishiba.md"), ISHIBA).unwrap();
    dir
}

fn codes(v: &serde_json::Value) -> Vec<String> {
    let mut codes: Vec<String> =
        v["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().to_string()).collect();
    codes.sort();
    codes
}

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

#[test]
fn a_fresh_folder_is_checked_against_the_built_in_ledger() {
    let dir = newsroom();
    let out = factdiff(dir.path(), &["check", "stories", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("stories/ishiba.md:4:1: error[ledger-holder-conflict] Shigeru Ishiba is named as Prime Minister (Japan) on 2025-11-04, but the claim files have Sanae Takaichi in that office then"),
        "{text}"
    );
    assert!(
        text.contains("stories/ishiba.md:4:1: error[office-holder-conflict] Shigeru Ishiba and Sanae Takaichi are both named as Prime Minister (Japan) at overlapping times"),
        "{text}"
    );
    let claims_line = text.lines().find(|l| l.starts_with("claims: ")).unwrap_or_default();
    assert!(claims_line.starts_with("claims: built-in ledger, "), "{text}");
    assert!(claims_line.contains(" offices, ") && claims_line.contains(" tenures"), "{claims_line}");

    // The contradicting entry is the bundled file's, with its line.
    let v = json(&factdiff(dir.path(), &["check", "stories", "--format", "json"]));
    assert_eq!(codes(&v), ["ledger-holder-conflict", "office-holder-conflict"], "{v:#}");
    let conflict = v["findings"].as_array().unwrap().iter().find(|f| f["code"] == "ledger-holder-conflict").unwrap();
    let entry = &conflict["evidence"][1];
    assert_eq!(entry["kind"], "claim-file");
    assert_eq!(entry["path"], "<built-in>/japan.yaml");
    assert!(entry["line"].as_u64().unwrap() > 1);
    assert_eq!(v["summary"]["ledger"]["builtin"], true);
    assert_eq!(v["summary"]["ledger"]["claim_files"], 0);

    // The text report names the built-in ledger in its summary too, and
    // SARIF places the entry below the built-in base.
    let out = factdiff(dir.path(), &["check", "stories", "--color", "never"]);
    assert!(stdout(&out).contains(" ::: <built-in>/japan.yaml:"), "{}", stdout(&out));
    assert!(stdout(&out).contains("\nclaims: built-in ledger, "), "{}", stdout(&out));
    let sarif = json(&factdiff(dir.path(), &["check", "stories", "--format", "sarif"]));
    let run = &sarif["runs"][0];
    assert!(run["originalUriBaseIds"]["BUILTIN_CLAIMS"]["description"]["text"].is_string());
    let related = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["relatedLocations"].as_array().cloned().unwrap_or_default())
        .find(|l| l["physicalLocation"]["artifactLocation"]["uriBaseId"] == "BUILTIN_CLAIMS")
        .expect("a related location in the built-in ledger");
    assert_eq!(related["physicalLocation"]["artifactLocation"]["uri"], "japan.yaml");
    assert_eq!(run["properties"]["ledger"]["builtin"], true);
}

#[test]
fn without_the_built_in_ledger_the_two_stories_only_contradict_each_other() {
    let dir = newsroom();
    let v = json(&factdiff(dir.path(), &["check", "stories", "--format", "json", "--no-builtin-claims"]));
    let found = codes(&v);
    assert!(!found.contains(&"ledger-holder-conflict".to_string()), "{v:#}");
    // Without a ledger the title names no known office, so the two are not compared either.
    assert!(found.iter().all(|c| c == "unconfirmed-holder"), "{v:#}");
    assert_eq!(v["summary"]["ledger"]["builtin"], false);
    let out = factdiff(dir.path(), &["check", "stories", "--no-builtin-claims", "--format", "concise"]);
    assert!(
        stdout(&out).contains("\nclaims: none (no claim files, and the built-in ledger is off)\n"),
        "{}",
        stdout(&out)
    );
    // The same from factdiff.toml.
    write(dir.path(), "factdiff.toml", "paths = [\"stories\"]\nbuiltin-claims = false\n");
    let v = json(&factdiff(dir.path(), &["check", "--format", "json"]));
    assert!(!codes(&v).contains(&"ledger-holder-conflict".to_string()), "{v:#}");
    assert_eq!(v["summary"]["ledger"]["builtin"], false);
}

/// A newsroom that believes Ishiba still in office (its own office entry,
/// same id) gets its own answer: the built-in office and its tenures give
/// way to the local ones.
#[test]
fn a_local_office_with_a_built_in_id_replaces_it_and_its_tenures() {
    let dir = newsroom();
    write(
        dir.path(),
        "claims/japan-pm.yaml",
        "schema: 1\noffices:\n  - id: jp.prime-minister\n    jurisdiction: JP\n    name: Prime Minister\n    titles: [Premier]\ntenures:\n  - person: shigeru-ishiba\n    office: jp.prime-minister\n    start: 2024-10-01\n",
    );
    let out = factdiff(dir.path(), &["check", "stories", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let conflicts: Vec<&serde_json::Value> =
        v["findings"].as_array().unwrap().iter().filter(|f| f["code"] == "ledger-holder-conflict").collect();
    assert_eq!(conflicts.len(), 1, "{v:#}");
    assert!(conflicts[0]["message"].as_str().unwrap().starts_with("Sanae Takaichi is named as Prime Minister (Japan)"));
    assert_eq!(conflicts[0]["evidence"][1]["path"], "claims/japan-pm.yaml");
    assert_eq!(conflicts[0]["evidence"][1]["line"], 8);
    assert_eq!(v["summary"]["ledger"]["claim_files"], 1);
    // The person the local tenure names comes from the built-in ledger, and
    // `ledger show` shows the local history only.
    let out = factdiff(dir.path(), &["ledger", "show", "jp.prime-minister"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.contains("office jp.prime-minister (claims/japan-pm.yaml:3:5)"), "{table}");
    assert!(table.contains("Shigeru Ishiba  jp.prime-minister  2024-10-01  (open)"), "{table}");
    assert!(!table.contains("Sanae Takaichi") && !table.contains("Fumio Kishida"), "{table}");
    assert!(table.contains("claims: built-in ledger and 1 claim file, "), "{table}");
}

/// A claim dated after a claim file's `current_to` is not contradicted by
/// an open tenure of that file: the office may have changed hands since.
#[test]
fn an_open_tenure_says_nothing_after_its_files_current_to() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "claims/ledger.yaml",
        "schema: 1\ncurrent_to: 2025-12-31\noffices:\n  - id: jp.prime-minister\n    jurisdiction: JP\n    name: Prime Minister\npeople:\n  - id: sanae-takaichi\n    name: Sanae Takaichi\ntenures:\n  - person: sanae-takaichi\n    office: jp.prime-minister\n    start: 2025-10-21\n",
    );
    let story =
        |date: &str| format!("---\npublished: {date}\n---\nJapanese Prime Minister Taro Yamada spoke on Monday.\n");
    write(dir.path(), "before/a.md", &story("2025-12-01"));
    write(dir.path(), "after/a.md", &story("2026-03-02"));
    let run = |folder: &str| {
        let out = factdiff(dir.path(), &["check", folder, "--format", "json", "--no-builtin-claims"]);
        assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
        json(&out)
    };
    assert_eq!(codes(&run("before")), ["ledger-holder-conflict"]);
    let after = run("after");
    assert_eq!(codes(&after), ["unconfirmed-holder"], "{after:#}");
    let note = after["findings"][0]["message"].as_str().unwrap();
    assert_eq!(
        note,
        "Taro Yamada as Prime Minister: the claim files are current to 2025-12-31, when Sanae Takaichi held Prime Minister (Japan); they cannot tell who held it on 2026-03-02"
    );
    assert_eq!(after["findings"][0]["severity"], "info");
    assert_eq!(after["summary"]["ledger"]["current_to"], "2025-12-31");
    // "Former" is not contradicted after that day either.
    write(
        dir.path(),
        "former/a.md",
        "---\npublished: 2026-03-02\n---\nFormer Prime Minister Sanae Takaichi spoke on Monday.\n",
    );
    assert!(!codes(&run("former")).contains(&"qualifier-conflict".to_string()));
}

#[test]
fn ledger_show_prints_an_office_s_holders_and_a_person_s_offices() {
    let dir = tempfile::tempdir().unwrap();
    let out = factdiff(dir.path(), &["ledger", "show", "jp.prime-minister"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    let lines: Vec<&str> = table.lines().collect();
    assert!(
        lines[0].starts_with("Prime Minister (Japan) — office jp.prime-minister (<built-in>/japan.yaml:"),
        "{table}"
    );
    let header = lines.iter().position(|l| l.starts_with("person ")).expect("a header row");
    for column in ["person", "office", "start", "end", "acting", "source", "origin"] {
        assert!(lines[header].contains(column), "{}", lines[header]);
    }
    let takaichi = lines.iter().find(|l| l.starts_with("Sanae Takaichi ")).expect("Takaichi's row");
    assert!(takaichi.contains(" jp.prime-minister  2025-10-21  "), "{takaichi}");
    assert!(takaichi.contains(" <built-in>/japan.yaml:"), "{takaichi}");
    let ishiba = lines.iter().position(|l| l.starts_with("Shigeru Ishiba ")).unwrap();
    assert!(ishiba < lines.iter().position(|l| l.starts_with("Sanae Takaichi ")).unwrap(), "by start");

    // A person by name, in another order, case and accents.
    let out = factdiff(dir.path(), &["ledger", "show", "KOIZUMI Shinjirō", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["matches"].as_array().unwrap().len(), 1);
    assert_eq!(v["matches"][0]["kind"], "person");
    assert_eq!(v["matches"][0]["id"], "shinjiro-koizumi");
    let offices: Vec<&str> = v["tenures"].as_array().unwrap().iter().map(|t| t["office"].as_str().unwrap()).collect();
    assert!(offices.contains(&"jp.minister-of-defense"), "{v:#}");
    assert_eq!(v["ledger"]["builtin"], true);

    // Several matches are listed, exit 0; nothing matching is exit 1.
    let out = factdiff(dir.path(), &["ledger", "show", "prime minister"]);
    assert_eq!(out.status.code(), Some(0));
    let listed = stdout(&out);
    let offices = listed.lines().filter(|l| l.starts_with("  office ")).count();
    assert!(offices >= 20, "every country's prime minister is listed: {listed}");
    assert!(
        listed.starts_with(&format!("{offices} matches for \"prime minister\"; name one by its id:\n")),
        "{listed}"
    );
    assert!(
        stdout(&out).contains("  office  uk.prime-minister  Prime Minister (United Kingdom)  "),
        "{}",
        stdout(&out)
    );
    let out = factdiff(dir.path(), &["ledger", "show", "Minister of Folklore"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).starts_with(
            "error: expected an office or a person of the claim files, but found none matching `Minister of Folklore`"
        ),
        "{}",
        stderr(&out)
    );
    // Without the built-in ledger, an empty folder knows nobody.
    let out = factdiff(dir.path(), &["ledger", "show", "jp.prime-minister", "--no-builtin-claims"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_cabinet_list_is_read_against_the_built_in_ministers() {
    // An invented list in the shape Italian outlets print on the day a
    // government is sworn in: one misspelt name among correct ones.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "stories/cabinet.md",
        "---\npublished: 2022-10-22\n---\nThe ministers of Italy's new government were sworn in today.\n\nMARINA CALDERONE: Labour\nEUGENIA ROCELLA: Family, natality, equal opportunities\nGIUSEPPE VALDITARA: Education\n",
    );
    let o = factdiff(dir.path(), &["check", "stories", "--format", "json", "--fail-on", "never"]);
    let v = json(&o);
    assert_eq!(codes(&v), ["holder-name-misspelt"], "{}", stdout(&o));
    let message = v["findings"][0]["message"].as_str().unwrap();
    assert!(message.contains("Eugenia Roccella"), "{message}");
}
