//! Generated files are current: `docs/checks.md` (from the checks' docs) and
//! `docs/claims.schema.json` (from the claim-file types). With
//! `FACTDIFF_BLESS=1` the tests rewrite them instead.

mod common;

use std::fs;

use common::repo;

fn compare_or_bless(rel: &str, generated: &str, how: &str) {
    let path = repo().join(rel);
    if std::env::var("FACTDIFF_BLESS").is_ok_and(|v| v == "1") {
        fs::write(&path, generated).unwrap();
        return;
    }
    let committed = fs::read_to_string(&path).unwrap_or_default();
    assert!(committed == generated, "{rel} is stale: {how}");
}

#[test]
fn checks_page_matches_the_checks_documentation() {
    let page = factdiff::report::checks_doc::render();
    for code in factdiff::compare::Code::ALL {
        assert!(page.contains(&format!("\n## {code}\n")), "{code} has no section");
    }
    compare_or_bless("docs/checks.md", &page, "run `FACTDIFF_BLESS=1 cargo test --test docs`");
}

#[test]
fn claim_file_json_schema_matches_the_types() {
    compare_or_bless(
        "docs/claims.schema.json",
        &factdiff::claim_schema::render(),
        "run `FACTDIFF_BLESS=1 cargo test --test docs` (or `factdiff validate --schema`)",
    );
}

/// The schema accepts every bundled claim file and refuses a misspelt key,
/// so editors' completion agrees with the loader.
#[test]
fn claim_file_json_schema_accepts_the_bundled_claims_and_refuses_unknown_keys() {
    let schema: serde_json::Value = serde_json::from_str(&factdiff::claim_schema::render()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the claim-file schema compiles");
    let mut checked = 0;
    for entry in fs::read_dir(repo().join("claims")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "yaml") {
            continue; // the folder's README
        }
        let value: serde_json::Value = serde_yaml::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let errors: Vec<String> = validator.iter_errors(&value).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
        checked += 1;
    }
    assert!(checked >= 5);
    let bad: serde_json::Value =
        serde_yaml::from_str("schema: 1\ntenures:\n  - person: a\n    office: jp.x\n    strat: 2021-10-04\n").unwrap();
    assert!(!validator.is_valid(&bad));
    let bad_date: serde_json::Value =
        serde_yaml::from_str("schema: 1\ntenures:\n  - person: a\n    office: jp.x\n    start: 4 October 2021\n")
            .unwrap();
    assert!(!validator.is_valid(&bad_date));
}
