//! `factdiff validate` on broken claim files, one per kind of error: the
//! exact message, its file:line:column, and the exit status (2 for schema
//! errors, 1 for consistency findings).

mod common;

use common::{factdiff, json, repo, stderr, stdout};

const DIR: &str = "tests/fixtures/claims-broken";

/// (file, exit status, the one line that must be reported).
const CASES: [(&str, i32, &str); 13] = [
    (
        "unknown-key.yaml",
        2,
        "error: tests/fixtures/claims-broken/unknown-key.yaml:14:5: invalid `tenures[0]`: expected one of the keys `person`, `office`, `start`, `end`, `acting`, `source`, but found `strat`",
    ),
    (
        "wrong-type.yaml",
        2,
        "error: tests/fixtures/claims-broken/wrong-type.yaml:5:14: invalid `people[0].aliases`: expected a list, but found the string \"Kono Taro\"",
    ),
    (
        "impossible-date.yaml",
        2,
        "error: tests/fixtures/claims-broken/impossible-date.yaml:14:12: invalid `tenures[0].start`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but found `2021-02-30` (no such day)",
    ),
    (
        "missing-key.yaml",
        2,
        "error: tests/fixtures/claims-broken/missing-key.yaml:12:5: invalid `tenures[0]`: expected the key `start`, but found none",
    ),
    (
        "schema-version.yaml",
        2,
        "error: tests/fixtures/claims-broken/schema-version.yaml:1:9: invalid `schema`: expected schema version `1`, but found `2`",
    ),
    (
        "suppression-without-reason.yaml",
        2,
        "error: tests/fixtures/claims-broken/suppression-without-reason.yaml:3:5: invalid `suppress[0]`: expected the key `reason`, but found none",
    ),
    (
        "suppression-unknown-code.yaml",
        1,
        "tests/fixtures/claims-broken/suppression-unknown-code.yaml:3:5: error[invalid-suppression] expected a known finding code in `suppress:`, but found `ledger-holder-confict`",
    ),
    (
        "unknown-reference.yaml",
        1,
        "tests/fixtures/claims-broken/unknown-reference.yaml:13:13: error[unknown-reference] expected the id of an office defined under `offices`, but found `jp.prime-ministre`; did you mean `jp.prime-minister`? otherwise define an office under `offices:` in any claim file",
    ),
    (
        "duplicate-id.yaml",
        1,
        "tests/fixtures/claims-broken/duplicate-id.yaml:11:9: error[duplicate-id] expected each person id once, but found `fumio-kishida` again; first defined at tests/fixtures/claims-broken/duplicate-id.yaml:7:5; remove one of the two entries, or give this one its own id",
    ),
    (
        "tenure-ends-before-start.yaml",
        1,
        "tests/fixtures/claims-broken/tenure-ends-before-start.yaml:15:10: error[tenure-ends-before-start] expected `end` on or after `start` (2024-10-01), but found `end: 2021-10-04`; fix or swap the dates of this tenure",
    ),
    (
        "overlapping-tenures.yaml",
        1,
        "tests/fixtures/claims-broken/overlapping-tenures.yaml:18:12: error[overlapping-tenures] expected one holder at a time of the single-holder office `jp.prime-minister`, but found `shigeru-ishiba` from 2024-09-27 while `fumio-kishida` held it (2021-10-04 to 2024-10-01, at tests/fixtures/claims-broken/overlapping-tenures.yaml:12:5); fix the dates (a handover day may be both the end of one tenure and the start of the next), mark a stand-in with `acting: true`, or set `single_holder: false` on the office",
    ),
    (
        "shared-title.yaml",
        1,
        "tests/fixtures/claims-broken/shared-title.yaml:10:14: error[shared-title] expected each title to name one office of US at a time, but found `Secretary` (key `secretary`) also in `us.secretary-of-defense` at tests/fixtures/claims-broken/shared-title.yaml:3:5; give the titles `since:`/`until:` dates that do not overlap, or remove the title from one office",
    ),
    (
        "figure-without-unit.yaml",
        1,
        "tests/fixtures/claims-broken/figure-without-unit.yaml:3:5: error[figure-without-unit] expected `currency` or `unit` in figure `us-troops-in-japan`, but found neither; add `currency: USD` (an ISO 4217 code) for money, or `unit: …` for a count",
    ),
];

#[test]
fn each_broken_claim_file_gets_its_exact_error_place_and_status() {
    for (file, status, line) in CASES {
        let path = format!("{DIR}/{file}");
        let out = factdiff(&repo(), &["validate", &path, "--format", "concise", "--no-config"]);
        assert_eq!(out.status.code(), Some(status), "{file}: {}{}", stdout(&out), stderr(&out));
        let reported = if status == 2 { stderr(&out) } else { stdout(&out) };
        assert!(reported.lines().any(|l| l == line), "{file}: expected the line\n{line}\nin\n{reported}");
        let lines_with_places = reported.lines().filter(|l| l.contains(&format!("{path}:"))).count();
        assert!(lines_with_places >= 1, "{file}");
    }
}

#[test]
fn every_broken_fixture_is_covered_and_every_consistency_code_is_a_finding_code() {
    let mut files: Vec<String> = std::fs::read_dir(repo().join(DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let mut covered: Vec<String> = CASES.iter().map(|c| c.0.to_string()).collect();
    covered.sort();
    assert_eq!(files, covered);
    for code in factdiff::claims::codes::ALL {
        assert!(factdiff::compare::Code::parse(code).is_some(), "{code} has no Code");
        assert!(CASES.iter().any(|c| c.0 == format!("{code}.yaml")), "no fixture for {code}");
    }
}

#[test]
fn bundled_claims_are_clean() {
    let out = factdiff(&repo(), &["validate", "--no-config"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("claim files are valid: "), "{}", stdout(&out));
    let out = factdiff(&repo(), &["validate", "claims", "--format", "json", "--no-config"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(json(&out)["findings"].as_array().map(Vec::len), Some(0));
}

#[test]
fn consistency_findings_point_at_the_claim_file_in_machine_formats() {
    let path = format!("{DIR}/overlapping-tenures.yaml");
    let out = factdiff(&repo(), &["validate", &path, "--format", "json", "--no-config"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let f = &v["findings"][0];
    assert_eq!(f["code"], "overlapping-tenures");
    assert_eq!(f["evidence"][0]["kind"], "claim-file");
    assert_eq!((f["evidence"][0]["line"].as_u64(), f["evidence"][0]["column"].as_u64()), (Some(18), Some(12)));
    assert_eq!(f["evidence"][0]["text"], "start: 2024-09-27");
    let out = factdiff(&repo(), &["validate", &path, "--format", "github", "--no-config"]);
    assert!(
        stdout(&out).starts_with(&format!("::error file={path},line=18,col=12,title=factdiff overlapping-tenures::"))
    );
}
