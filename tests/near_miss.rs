//! The near-miss checks — `holder-name-misspelt`, `unknown-title`,
//! `name-variant-in-text` — on small texts written for each rule, against the
//! bundled claim files.

mod common;

use factdiff::check;
use factdiff::compare::{Code, Finding, Options, Severity};

use common::{doc, ledger};
use factdiff::load::Document;

fn findings(docs: Vec<Document>) -> Vec<Finding> {
    check::check(docs, &ledger(), &Options::default()).comparison.findings
}

fn codes(found: &[Finding]) -> Vec<Code> {
    found.iter().map(|f| f.code).collect()
}

const NEAR_MISS: [Code; 3] = [Code::HolderNameMisspelt, Code::UnknownTitle, Code::NameVariantInText];

#[test]
fn a_misspelt_defense_secretary_is_a_warning_not_a_second_holder() {
    let found = findings(vec![doc("a.txt", "2025-12-12", "U.S. Defense Secretary Pete Hegsath told reporters.")]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    let f = &found[0];
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("likely a misspelling of Pete Hegseth"), "{}", f.message);
    assert_eq!(f.evidence[0].text, "U.S. Defense Secretary Pete Hegsath");
    assert!(f.evidence[1].path.ends_with("united-states.yaml"), "the tenure is the other side: {:?}", f.evidence[1]);
}

#[test]
fn a_swapped_pair_of_letters_in_a_family_name_alone_is_a_misspelling() {
    let found = findings(vec![doc("a.txt", "2025-12-12", "Japanese Prime Minister Takiachi spoke on Friday.")]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    assert!(found[0].message.contains("Sanae Takaichi"));
    let found = findings(vec![doc("a.txt", "2025-12-12", "Japanese Prime Minister Sanae Takiachi spoke on Friday.")]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
}

#[test]
fn a_misspelling_across_two_sources_is_not_an_office_holder_conflict() {
    let found = findings(vec![
        doc("a.txt", "2025-12-11", "Japan's Defense Minister Koizimu said on Thursday."),
        doc("b.txt", "2025-12-12", "Japan's Defense Minister Shinjiro Koizumi said on Friday."),
    ]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    assert_eq!(found[0].evidence[0].path, "a.txt");
}

#[test]
fn a_wrong_person_stays_an_error() {
    let found = findings(vec![doc("a.txt", "2025-12-12", "Japan's Defense Minister Shigenobu Kishida said.")]);
    assert_eq!(codes(&found), [Code::LedgerHolderConflict], "{found:#?}");
}

#[test]
fn kishida_and_kishi_are_two_people_not_one_misspelt() {
    // Kishi was defence minister while Kishida was prime minister.
    let text = "Prime Minister Fumio Kishida met Defense Minister Nobuo Kishi. Kishi's aides and Kishida's aides \
                met too. Later Minister Kishi spoke.";
    let found = findings(vec![doc("a.txt", "2021-12-01", text)]);
    assert!(found.is_empty(), "{found:#?}");
    // A claim naming Kishi for Kishida's office is a different holder, not a misspelling.
    let found = findings(vec![doc("a.txt", "2022-01-10", "Japanese Prime Minister Nobuo Kishi said.")]);
    assert_eq!(codes(&found), [Code::LedgerHolderConflict], "{found:#?}");
}

#[test]
fn a_known_holder_under_a_title_no_office_has_is_an_unknown_title() {
    let found = findings(vec![doc("a.txt", "2025-12-12", "U.S. Security Secretary Pete Hegseth arrived.")]);
    assert_eq!(codes(&found), [Code::UnknownTitle], "and no unconfirmed-holder note beside it: {found:#?}");
    assert_eq!(found[0].severity, Severity::Warning);
    assert!(found[0].message.contains("\"Security Secretary\""), "{}", found[0].message);
    assert!(found[0].message.contains("Secretary of Defense (United States)"), "{}", found[0].message);
}

#[test]
fn bare_titles_and_unknown_people_are_not_unknown_titles() {
    let text = "Defense Secretary Pete Hegseth arrived. Secretary Hegseth spoke. Security Secretary John Doe listened.";
    let found = findings(vec![doc("a.txt", "2025-12-12", text)]);
    assert!(!codes(&found).contains(&Code::UnknownTitle), "{found:#?}");
    assert!(codes(&found).contains(&Code::UnconfirmedHolder), "John Doe is merely unconfirmed: {found:#?}");
}

#[test]
fn one_name_spelt_two_ways_in_one_text_is_noted() {
    let text = "Defense Minister Shinjiro Koizumi arrived on Monday. Minister Kozumi said the talks went well.";
    let found = findings(vec![doc("a.txt", "2025-12-12", text)]);
    let variants: Vec<&Finding> = found.iter().filter(|f| f.code == Code::NameVariantInText).collect();
    assert_eq!(variants.len(), 1, "{found:#?}");
    assert_eq!(variants[0].severity, Severity::Info);
    assert_eq!(variants[0].evidence[0].text, "Minister Kozumi");
    assert_eq!(variants[0].evidence[1].value, "Shinjiro Koizumi (Minister of Defense)");
}

#[test]
fn a_possessive_spelt_differently_from_a_named_holder_is_a_misspelt_holder() {
    let text = "Defense Minister Gen Nakatani spoke first.\nNakatni's aide handed out the statement.";
    let found = findings(vec![doc("a.txt", "2024-12-12", text)]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    let e = &found[0].evidence[0];
    assert_eq!((e.text.as_str(), e.line, e.column), ("Nakatni", 2, 1));
    assert!(found[0].evidence[2].path.ends_with("japan.yaml"), "the tenure is the third side: {found:#?}");
}

#[test]
fn a_possessive_spelt_differently_from_someone_the_claim_files_do_not_know_is_noted() {
    let text = "Labour leader Oskar Brandvold spoke first.\nBrandvlod's aide handed out the statement.";
    let found = findings(vec![doc("a.txt", "2024-12-12", text)]);
    let variants: Vec<&Finding> = found.iter().filter(|f| f.code == Code::NameVariantInText).collect();
    assert_eq!(variants.len(), 1, "{found:#?}");
    assert_eq!(variants[0].evidence[0].text, "Brandvlod");
}

#[test]
fn a_bare_misspelt_family_name_where_a_name_stands_is_a_misspelt_holder() {
    let text = "Japan's Defense Minister Shinjiro Koizumi arrived on Monday.\nKoizimu, asked about the visit, smiled.";
    let found = findings(vec![doc("a.txt", "2025-12-12", text)]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    assert_eq!(found[0].evidence[0].text, "Koizimu");
    assert!(found[0].message.contains("Shinjiro Koizumi"), "{}", found[0].message);
    // Not where a name stands: a word before a lower-case word is not read.
    let text = "Japan's Defense Minister Shinjiro Koizumi arrived on Monday.\nKoizimu staff smiled.";
    assert!(findings(vec![doc("a.txt", "2025-12-12", text)]).is_empty());
}

#[test]
fn a_misspelt_given_name_before_the_family_name_is_a_misspelt_holder() {
    let text = "Japan's Defense Minister Shinjiro Koizumi arrived on Monday. Shinjuro Koizumi met troops.";
    let found = findings(vec![doc("a.txt", "2025-12-12", text)]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    assert_eq!(found[0].evidence[0].text, "Shinjuro");
}

#[test]
fn a_family_name_without_its_particle_is_the_person_misspelt() {
    let text = "Commission President Ursula von der Leyen arrived on Monday.\nLeyen, asked about the visit, smiled.";
    let found = findings(vec![doc("a.txt", "2025-06-12", text)]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    assert_eq!(found[0].evidence[0].text, "Leyen");
    // Someone the claim files do not know: a name variant.
    let text = "Labour leader Morgana Le Fey arrived on Monday.\nFey, asked about the visit, smiled.";
    let found = findings(vec![doc("a.txt", "2025-06-12", text)]);
    let variants: Vec<&str> =
        found.iter().filter(|f| f.code == Code::NameVariantInText).map(|f| f.evidence[0].text.as_str()).collect();
    assert_eq!(variants, ["Fey"], "{found:#?}");
}

#[test]
fn a_titled_short_mention_without_a_capitalised_particle_is_a_name_variant() {
    // "Fey" heads an office mention of its own, resolved to the full name.
    let text = "Labour leader Morgana Le Fey arrived on Monday.\n\nFey, the head of the Labour party, smiled.";
    let found = findings(vec![doc("a.txt", "2025-06-12", text)]);
    let variants: Vec<(&str, &str)> = found
        .iter()
        .filter(|f| f.code == Code::NameVariantInText)
        .map(|f| (f.evidence[0].text.as_str(), f.evidence[1].text.as_str()))
        .collect();
    assert_eq!(variants, [("Fey", "Labour leader Morgana Le Fey")], "{found:#?}");
    // With the particle, and where the particle is lower case (English
    // copy drops "von", "de", "al-" as a matter of style), nothing.
    for quiet in [
        "Labour leader Morgana Le Fey arrived on Monday.\n\nLe Fey, the head of the Labour party, smiled.",
        "Labour leader Morgana von Fey arrived on Monday.\n\nFey, the head of the Labour party, smiled.",
    ] {
        let found = findings(vec![doc("a.txt", "2025-06-12", quiet)]);
        assert!(!codes(&found).contains(&Code::NameVariantInText), "{quiet}: {found:#?}");
    }
}

#[test]
fn a_family_name_run_together_with_the_next_word_is_a_misspelt_holder() {
    let text = "Prime Minister Sanae Takaichi arrived on Monday. At the summit was Sanae Takaichithe host.";
    let found = findings(vec![doc("a.txt", "2025-12-12", text)]);
    assert_eq!(codes(&found), [Code::HolderNameMisspelt], "{found:#?}");
    assert_eq!(found[0].evidence[0].text, "Takaichithe");
}

#[test]
fn words_that_are_names_or_words_in_their_own_right_are_not_misspellings() {
    // A common word the text also writes in lower case.
    let text = "Prime Minister Keir Starmer spoke on Monday.\nStarter, a scheme for starter homes, was named.";
    assert!(findings(vec![doc("a.txt", "2025-06-12", text)]).is_empty());
    // The family name of another person the text names in full.
    let text = "President Ronald Reagan spoke. His aide Donald Regan left.\nRegan, a banker, said nothing.";
    assert!(findings(vec![doc("a.txt", "1987-03-02", text)]).is_empty());
    // A family name the claim files know as someone else's.
    let text = "Prime Minister Fumio Kishida spoke on Monday.\nKishi, his brother, said nothing.";
    assert!(findings(vec![doc("a.txt", "2021-12-01", text)]).is_empty());
    let text = "British Prime Minister Gordon Brown spoke on Monday.\nBrowne, asked about it, said nothing.";
    assert!(findings(vec![doc("a.txt", "2007-07-02", text)]).is_empty());
    // A line break before a capital may cut a name in two, as wire copy is wrapped.
    let text = "Japan's Defense Minister Shinjiro Koizumi met banker Kozumi\nTaro, who said nothing.";
    assert!(findings(vec![doc("a.txt", "2025-12-12", text)]).is_empty());
}

#[test]
fn a_name_wrapped_after_its_particle_or_romanised_otherwise_is_no_variant() {
    // The particle ends the line before the family name: nothing dropped.
    let text = "Labour leader Morgana Le Fey arrived on Monday.\nThe talks went on, Le\nFey said, and no one left.";
    let found = findings(vec![doc("a.txt", "2025-06-12", text)]);
    assert!(!codes(&found).contains(&Code::NameVariantInText), "{found:#?}");
    // "Chang" is the family name of "Chang Mei-cheng" (one romanisation of
    // Jang), not "Cheng" misspelt.
    let text = "Central bank governor Chang Mei-cheng spoke on Monday.\nChang said reserves rose.";
    let found = findings(vec![doc("a.txt", "1987-03-02", text)]);
    assert!(!codes(&found).contains(&Code::NameVariantInText), "{found:#?}");
}

#[test]
fn near_miss_checks_are_silent_on_correct_names() {
    let text = "Japanese Prime Minister Sanae Takaichi met U.S. Defense Secretary Pete Hegseth and Japan's \
                Defense Minister Shinjiro Koizumi. Koizumi's remarks followed Hegseth's. Minister Koizumi left.";
    let found = findings(vec![doc("a.txt", "2025-12-12", text)]);
    let near: Vec<_> = found.iter().filter(|f| NEAR_MISS.contains(&f.code)).collect();
    assert!(near.is_empty(), "{near:#?}");
}

#[test]
fn a_title_cut_to_a_rank_before_its_holder_is_an_unknown_title() {
    let text = "General Mary Simon welcomed the new cabinet on Friday.";
    let found = findings(vec![doc("a.txt", "2025-03-14", text)]);
    assert_eq!(codes(&found), [Code::UnknownTitle], "{found:#?}");
    assert_eq!(found[0].evidence[0].text, "General Mary Simon");
    assert!(found[0].message.contains("did you mean \"Governor General\"?"), "{}", found[0].message);
    assert!(found[0].evidence[1].path.ends_with("canada.yaml"), "{found:#?}");
    // The whole title, or a rank that is no part of the holder's title, is no finding.
    for text in [
        "Governor General Mary Simon welcomed the new cabinet on Friday.",
        "General Pete Hegseth welcomed the new cabinet on Friday.",
    ] {
        let found = findings(vec![doc("a.txt", "2025-03-14", text)]);
        assert!(!codes(&found).contains(&Code::UnknownTitle), "{text}: {found:#?}");
    }
}

#[test]
fn an_unknown_title_names_the_nearest_title_of_the_holder() {
    let found = findings(vec![doc("a.txt", "2025-12-12", "U.S. Defense Chief Secretary Pete Hegseth arrived.")]);
    let unknown: Vec<&Finding> = found.iter().filter(|f| f.code == Code::UnknownTitle).collect();
    assert_eq!(unknown.len(), 1, "{found:#?}");
    assert!(unknown[0].message.contains("did you mean \"Defense Secretary\"?"), "{}", unknown[0].message);
}
