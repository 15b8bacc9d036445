//! The first issue's acceptance run: the five real seed texts against the
//! bundled claim files.

mod common;

use common::{factdiff, json, repo, shared};
use serde_json::Value;

fn seeds() -> Option<String> {
    shared("corpus/seeds").map(|p| p.display().to_string())
}

/// A finding as (code, [(file name, value)]).
type Summary = (String, Vec<(String, String)>);

/// A test on a finding's evidence.
type EvidenceTest<'a> = &'a dyn Fn(&[(String, String)]) -> bool;

fn findings(v: &Value) -> Vec<Summary> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let ev = f["evidence"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let path = e["path"].as_str().unwrap();
                    let file = path.rsplit('/').next().unwrap().to_string();
                    (file, e["value"].as_str().unwrap().to_string())
                })
                .collect();
            (f["code"].as_str().unwrap().to_string(), ev)
        })
        .collect()
}

#[test]
fn check_reports_the_known_contradictions_in_the_seeds() {
    let Some(seeds) = seeds() else { return };
    let out = factdiff(&repo(), &["check", &seeds, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "errors found gate the run: {}", common::stderr(&out));
    let f = findings(&json(&out));
    let has = |code: &str, pred: EvidenceTest<'_>| f.iter().any(|(c, e)| c == code && pred(e));

    // Shigenobu Kishida (000) vs Shinjiro Koizumi (001) as Japan's defence minister.
    assert!(
        has("office-holder-conflict", &|e| e
            .iter()
            .any(|(p, v)| p.starts_with("000") && v.contains("Shigenobu Kishida"))
            && e.iter().any(|(p, v)| p.starts_with("001") && v.contains("Shinjiro Koizumi"))),
        "{f:#?}"
    );
    // 000's defence minister against the claim files.
    assert!(
        has("ledger-holder-conflict", &|e| e[0].0.starts_with("000")
            && e[0].1.contains("Shigenobu Kishida")
            && e.iter().any(|(p, v)| p.ends_with(".yaml") && v.contains("Shinjiro Koizumi"))),
        "{f:#?}"
    );
    // 000's $55 billion against the US$550 billion pledge.
    assert!(
        has("figure-mismatch", &|e| e[0].0.starts_with("000")
            && e[0].1.contains("55000000000")
            && e[1].1.contains("550000000000")),
        "{f:#?}"
    );
    // 003's "former President Trump".
    assert!(has("qualifier-conflict", &|e| e[0].0.starts_with("003") && e[0].1.contains("Donald Trump")), "{f:#?}");
}

#[test]
fn check_stays_silent_on_what_the_seeds_get_right() {
    let Some(seeds) = seeds() else { return };
    let out = factdiff(&repo(), &["check", &seeds, "--format", "json"]);
    let f = findings(&json(&out));
    for (code, evidence) in &f {
        if code == "unconfirmed-holder" {
            continue;
        }
        for (_, value) in evidence {
            for quiet in ["Hegseth", "Fumio Kishida", "Kissinger", "Abe", "Suga"] {
                assert!(!value.contains(quiet), "unexpected {code} about {quiet}: {f:#?}");
            }
        }
    }
    let errors = f.iter().filter(|(c, _)| c != "unconfirmed-holder").count();
    assert_eq!(errors, 4, "exactly the four known contradictions: {f:#?}");
}

/// Claims as (kind, file name, text, value field).
fn claims(v: &Value) -> Vec<(String, String, String, Value)> {
    v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let file = c["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
            (c["kind"].as_str().unwrap().into(), file, c["text"].as_str().unwrap().into(), c.clone())
        })
        .collect()
}

#[test]
fn extract_resolves_dates_amounts_and_office_holders_in_the_seeds() {
    let Some(seeds) = seeds() else { return };
    let out = factdiff(&repo(), &["extract", &seeds, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let c = claims(&json(&out));
    let find = |kind: &str, file: &str, text: &str| {
        c.iter()
            .find(|(k, f, t, _)| k == kind && f.starts_with(file) && t.contains(text))
            .map(|x| x.3.clone())
            .unwrap_or_else(|| panic!("no {kind} claim `{text}` in {file}: {c:#?}"))
    };
    assert_eq!(find("date", "000", "Tomorrow, which is the 12th")["value"], "2025-12-12");
    assert_eq!(find("date", "001", "the 6th")["value"], "2025-12-06");
    assert_eq!(find("date", "001", "the 9th")["value"], "2025-12-09");
    assert_eq!(find("date", "002", "2024-04-17")["value"], "2024-04-17");
    assert_eq!(find("date", "002", "April 14")["value"], "2024-04-14");
    let m = find("money", "000", "$55 billion");
    assert_eq!((m["amount"].as_str(), m["currency"].as_str()), (Some("55000000000"), Some("USD")));
    assert_eq!(find("money", "000", "$16 billion")["amount"], "16000000000");
    assert_eq!(find("percent", "002", "2%")["value"], "2");
    assert_eq!(find("quantity", "003", "50,000")["value"], "50000");

    let office = |file: &str, text: &str| find("office", file, text);
    assert_eq!(office("000", "Shigenobu Kishida")["person"], "Shigenobu Kishida");
    assert_eq!(office("000", "Shigenobu Kishida")["office"], "jp.minister-of-defense");
    let koizumi = office("001", "Koizumi Shinjiro");
    assert_eq!(
        (koizumi["person"].as_str(), koizumi["office"].as_str()),
        (Some("Shinjiro Koizumi"), Some("jp.minister-of-defense"))
    );
    // Hegseth under both titles: one office id.
    assert_eq!(office("000", "Secretary of War Hegseth")["office"], "us.secretary-of-defense");
    assert_eq!(office("000", "Defense Secretary Hegseth")["office"], "us.secretary-of-defense");
    assert_eq!(office("000", "Secretary of War Hegseth")["person"], "Pete Hegseth");
    assert_eq!(office("002", "Fumio Kishida")["office"], "jp.prime-minister");
    let kissinger = office("002", "Henry Kissinger");
    assert_eq!(
        (kissinger["qualifier"].as_str(), kissinger["office"].as_str()),
        (Some("former"), Some("us.secretary-of-state"))
    );
    let trump = office("003", "President Trump");
    assert_eq!((trump["person"].as_str(), trump["qualifier"].as_str()), (Some("Donald Trump"), Some("former")));
}
