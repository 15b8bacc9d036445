//! The archive run on Reuters-21578 (`../shared/corpus/reuters-21578`):
//! 18,896 wire stories of 1987, `factdiff check` with the bundled claim
//! files and the corpus manifest's publication dates.
//!
//! Wire copy contains very few real errors, so the errors and warnings left
//! are the cleanest measure of precision we have. Each is reviewed in
//! `reports/reuters-21578.md` (`## Findings review`); the count below may
//! only go down. One `check` of the archive (about 20 s of CPU in a debug
//! build) is shared by the assertions.

mod common;

use std::sync::OnceLock;

use common::{factdiff, json, repo, shared, stderr};

/// At most this many errors and warnings (see `reports/reuters-21578.md`).
const MAX_ERRORS_AND_WARNINGS: usize = 25;

/// The `check` run, once per test binary.
fn run() -> Option<&'static serde_json::Value> {
    static RUN: OnceLock<Option<serde_json::Value>> = OnceLock::new();
    RUN.get_or_init(|| {
        let corpus = shared("corpus/reuters-21578")?;
        let out = factdiff(&repo(), &["check", corpus.to_str().unwrap(), "--format", "json", "--fail-on", "never"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        Some(json(&out))
    })
    .as_ref()
}

/// The errors and warnings: (code, message, paths of the source evidence).
fn alarms(v: &serde_json::Value) -> Vec<(String, String, Vec<String>)> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| matches!(f["severity"].as_str(), Some("error" | "warning")))
        .map(|f| {
            let paths = f["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|e| e["kind"] == "source")
                .map(|e| e["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string())
                .collect();
            (f["code"].as_str().unwrap().to_string(), f["message"].as_str().unwrap().to_string(), paths)
        })
        .collect()
}

#[test]
fn reuters_errors_and_warnings_do_not_creep_back() {
    let Some(v) = run() else { return };
    let found = alarms(v);
    assert!(
        found.len() <= MAX_ERRORS_AND_WARNINGS,
        "{} errors and warnings (at most {MAX_ERRORS_AND_WARNINGS}; each reviewed in reports/reuters-21578.md):\n{}",
        found.len(),
        found.iter().map(|(c, m, _)| format!("{c}: {m}")).collect::<Vec<_>>().join("\n")
    );
}

/// A mention the text places in the past is judged at its time, never a
/// rival to the sitting holder: "X was President Eisenhower's treasury
/// secretary from 1957 to 1961", "during the administration of President
/// Jimmy Carter", "ex-West German Chancellor Helmut Schmidt", "under
/// President Gerald Ford".
#[test]
fn reuters_a_mention_in_the_past_is_no_rival_to_the_holder() {
    let Some(v) = run() else { return };
    let past = ["Eisenhower", "Jimmy Carter", "Helmut Schmidt", "Gerald Ford"];
    let bad: Vec<String> = alarms(v)
        .into_iter()
        .filter(|(_, m, _)| past.iter().any(|p| m.contains(p)))
        .map(|(c, m, p)| format!("{c}: {m} {p:?}"))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A title with no country named takes its country from the context: the
/// U.S. Energy Secretary in a story datelined WASHINGTON, Canada's foreign
/// minister in Washington, the Philippine and Hong Kong trade secretaries
/// are not the United Kingdom's ministers of those titles.
#[test]
fn reuters_another_countrys_minister_is_not_read_as_a_uk_minister() {
    let Some(v) = run() else { return };
    let foreign = ["John Herrington", "Donald Hodel", "Joe Clark", "Jose Concepcion", "Eric Ho"];
    let bad: Vec<String> = alarms(v)
        .into_iter()
        .filter(|(_, m, _)| m.contains("(United Kingdom)") && foreign.iter().any(|p| m.contains(p)))
        .map(|(c, m, p)| format!("{c}: {m} {p:?}"))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The claim files confirm the holders of 1987 the archive names (UK
/// ministers, U.S. presidents and vice presidents).
#[test]
fn reuters_the_claim_files_confirm_the_holders_of_1987() {
    let Some(v) = run() else { return };
    let confirmed = v["summary"]["confirmed_by_claim_files"].as_u64().unwrap();
    assert!(confirmed >= 450, "only {confirmed} claims confirmed by the claim files");
}

/// The archive's own errors stay caught: the misspelt holders ("President
/// Regan", "George Schultz", "Caspar Weinburger", "John Herington") and the
/// redemption price whose parts do not add up to its total.
#[test]
fn reuters_the_wire_copys_own_errors_are_still_caught() {
    let Some(v) = run() else { return };
    let found = alarms(v);
    for (code, name) in [
        ("ledger-holder-conflict", "Regan is named as President"),
        ("holder-name-misspelt", "George Schultz"),
        ("holder-name-misspelt", "Caspar Weinburger"),
        ("holder-name-misspelt", "John Herington"),
        ("holder-name-misspelt", "Paul Vocker"),
        ("tally-inconsistent", "194.40 dlrs"),
    ] {
        assert!(found.iter().any(|(c, m, _)| c == code && m.contains(name)), "{code} {name} missing");
    }
}
