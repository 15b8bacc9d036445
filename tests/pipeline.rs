//! Normalisation and comparison through the library, on small texts written
//! for each rule, against the bundled claim files.

mod common;

use factdiff::check;
use factdiff::compare::{Code, Options};
use factdiff::normalise::ClaimValue;

use common::{doc, ledger};
use factdiff::load::Document;

/// (person, office id) of every office claim.
fn offices(docs: Vec<Document>) -> Vec<(String, Option<String>)> {
    let run = check::check(docs, &ledger(), &Options::default());
    run.claims
        .iter()
        .filter_map(|c| match &c.value {
            ClaimValue::Office(o) => Some((o.person.clone(), o.office.clone())),
            _ => None,
        })
        .collect()
}

fn codes(docs: Vec<Document>) -> Vec<Code> {
    check::check(docs, &ledger(), &Options::default()).comparison.findings.iter().map(|f| f.code).collect()
}

#[test]
fn one_identity_across_name_order_case_and_accents() {
    let got = offices(vec![doc(
        "a.txt",
        "2025-12-12",
        "Defense Minister Koizumi Shinjiro spoke. Later, Defense Minister SHINJIRŌ KOIZUMI met Prime Minister KISHIDA Fumio's successor.",
    )]);
    assert_eq!(got[0], ("Shinjiro Koizumi".into(), Some("jp.minister-of-defense".into())));
    assert_eq!(got[1], got[0]);
}

#[test]
fn title_variants_and_the_2025_rename_reach_one_office() {
    let got = offices(vec![doc(
        "a.txt",
        "2025-12-12",
        "U.S. Secretary of War Pete Hegseth spoke. American Defense Secretary Hegseth agreed. Secretary Hegseth left.",
    )]);
    assert_eq!(got.len(), 3);
    for (person, office) in &got {
        assert_eq!((person.as_str(), office.as_deref()), ("Pete Hegseth", Some("us.secretary-of-defense")));
    }
}

#[test]
fn short_mentions_take_the_full_name_used_earlier() {
    let got = offices(vec![doc(
        "a.txt",
        "2025-12-11",
        "Japan's Defense Minister Shigenobu Kishida posted. Minister Kishida's remarks were short.",
    )]);
    assert_eq!(got[1].0, "Shigenobu Kishida");
    assert_eq!(got[1].1.as_deref(), Some("jp.minister-of-defense"));
}

#[test]
fn handover_between_two_texts_is_not_a_conflict() {
    let found = codes(vec![
        doc("a.txt", "2024-09-20", "Japanese Prime Minister Fumio Kishida said."),
        doc("b.txt", "2024-10-10", "Japanese Prime Minister Shigeru Ishiba said."),
    ]);
    assert!(!found.contains(&Code::OfficeHolderConflict), "{found:?}");
    assert!(!found.contains(&Code::LedgerHolderConflict), "{found:?}");
}

#[test]
fn two_holders_at_once_across_sources_is_a_conflict() {
    let found = codes(vec![
        doc("a.txt", "2025-06-01", "British Prime Minister Keir Starmer said."),
        doc("b.txt", "2025-06-03", "British Prime Minister Rishi Sunak said."),
    ]);
    assert!(found.contains(&Code::OfficeHolderConflict), "{found:?}");
    assert!(found.contains(&Code::LedgerHolderConflict), "Sunak in 2025 contradicts the claim files: {found:?}");
}

#[test]
fn a_holder_gone_for_years_is_reported_against_the_claim_files_not_against_the_sitting_holder() {
    let found = codes(vec![
        doc("a.txt", "2025-06-01", "British Prime Minister Keir Starmer said."),
        doc("b.txt", "2025-06-03", "British Prime Minister Boris Johnson said."),
    ]);
    assert!(found.contains(&Code::LedgerHolderConflict), "Johnson in 2025 contradicts the claim files: {found:?}");
    assert!(!found.contains(&Code::OfficeHolderConflict), "{found:?}");
}

#[test]
fn texts_far_apart_in_time_are_not_compared() {
    let found = codes(vec![
        doc("a.txt", "2025-01-01", "Japan's Foreign Minister Tanaka Ichiro said."),
        doc("b.txt", "2025-06-01", "Japan's Foreign Minister Sato Jiro said."),
    ]);
    assert!(!found.contains(&Code::OfficeHolderConflict), "{found:?}");
}

#[test]
fn former_for_a_sitting_holder_is_a_qualifier_conflict_and_for_a_past_one_is_fine() {
    assert!(codes(vec![doc("a.txt", "2025-03-31", "said former President Trump.")]).contains(&Code::QualifierConflict));
    assert!(codes(vec![doc("a.txt", "2023-03-31", "said former President Trump.")]).is_empty());
    assert!(codes(vec![doc("a.txt", "2024-04-17", "Former US Secretary of State Henry Kissinger wrote.")]).is_empty());
}

#[test]
fn same_person_under_two_titles_is_corroboration_not_a_finding() {
    let run = check::check(
        vec![
            doc("a.txt", "2025-12-11", "the U.S. Secretary of War Hegseth said."),
            doc("b.txt", "2025-12-12", "U.S. Defense Secretary Pete Hegseth said."),
        ],
        &ledger(),
        &Options::default(),
    );
    assert!(run.comparison.findings.is_empty(), "{:#?}", run.comparison.findings);
    assert_eq!(run.comparison.corroboration.office_holders, 1);
}

#[test]
fn misspelt_holders_under_titles_many_countries_share_are_warnings_not_conflicts() {
    let found = codes(vec![doc(
        "a.txt",
        "2025-12-12",
        "Defense Secretary Pete Hegsath met Prime Minister Sanae Takiachi in Tokyo.",
    )]);
    assert_eq!(found, [Code::HolderNameMisspelt, Code::HolderNameMisspelt], "{found:?}");
}
