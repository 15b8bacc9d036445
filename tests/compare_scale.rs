//! The comparison at scale: findings grow with the claims, not with their
//! pairs, and so does the time it takes.

mod common;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use factdiff::check;
use factdiff::compare::{self, Code, Finding, Options};
use factdiff::load::Document;

use common::{doc, ledger};

const KISHIDA: &str = "Japan's Defense Minister Shigenobu Kishida posted on Thursday.";
const KOIZUMI: &str = "Japan's Minister of Defense, Koizumi Shinjiro, posted on Friday.";

/// How copy `i` of a text is named.
type Naming = fn(usize, &str) -> String;

/// `n` copies of two texts that contradict each other, named by `path`.
fn copies(n: usize, path: impl Fn(usize, &str) -> String) -> Vec<Document> {
    (0..n)
        .flat_map(|i| {
            [doc(&path(i, "kishida"), "2025-12-11", KISHIDA), doc(&path(i, "koizumi"), "2025-12-12", KOIZUMI)]
        })
        .collect()
}

fn conflicts(docs: Vec<Document>) -> Vec<Finding> {
    let run = check::check(docs, &ledger(), &Options::default());
    run.comparison.findings.into_iter().filter(|f| f.code == Code::OfficeHolderConflict).collect()
}

/// Every path some office-holder-conflict finding shows.
fn flagged(found: &[Finding]) -> BTreeSet<&str> {
    found.iter().flat_map(|f| &f.evidence).map(|e| e.path.as_str()).collect()
}

#[test]
fn two_contradicting_texts_give_one_finding_in_report_order() {
    let found = conflicts(vec![doc("b.txt", "2025-12-12", KOIZUMI), doc("a.txt", "2025-12-11", KISHIDA)]);
    assert_eq!(found.len(), 1, "{found:#?}");
    let paths: Vec<&str> = found[0].evidence.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["a.txt", "b.txt"]);
    assert_eq!(
        found[0].message,
        "Shigenobu Kishida and Shinjiro Koizumi are both named as Minister of Defense (Japan) at overlapping times \
         (2025-12-11 and 2025-12-12)"
    );
}

#[test]
fn copies_of_two_contradicting_texts_give_findings_linear_in_the_copies_and_flag_every_wrong_copy() {
    let n = 50;
    // Copies side by side (000-kishida, 000-koizumi, 001-kishida, …), and
    // all of one text before all of the other (kishida-000 … koizumi-049).
    let layouts: [(&str, Naming); 2] =
        [("interleaved", |i, name| format!("{i:03}-{name}.txt")), ("grouped", |i, name| format!("{name}-{i:03}.txt"))];
    for (layout, path) in layouts {
        let docs = copies(n, path);
        let every: BTreeSet<String> = docs.iter().map(|d| d.path.clone()).collect();
        let found = conflicts(docs);
        assert!(found.len() <= 2 * n, "{layout}: {} findings for {n} copies of each text", found.len());
        assert!(found.len() >= n, "{layout}: {} findings for {n} copies of each text", found.len());
        // Every text the claim files contradict is flagged; the texts they
        // confirm (Koizumi's) are found by those, not each on its own.
        let shown = flagged(&found);
        let missing: Vec<&String> =
            every.iter().filter(|p| p.contains("kishida") && !shown.contains(p.as_str())).collect();
        assert!(missing.is_empty(), "{layout}: contradicted texts not flagged: {missing:?}");
        // Each finding is a pair of one Kishida and one Koizumi text, earlier first.
        for f in &found {
            let (a, b) = (&f.evidence[0], &f.evidence[1]);
            assert!(a.path < b.path, "{layout}: {} before {}", a.path, b.path);
            assert_ne!(a.value, b.value, "{layout}: {}", f.message);
        }
    }
}

#[test]
fn a_claim_is_the_subject_of_at_most_one_finding() {
    // Three people for one office on one day, several texts each.
    let people = [
        "Japan's Defense Minister Shigenobu Kishida said.",
        "Japan's Defense Minister Shinjiro Koizumi said.",
        "Japan's Defense Minister Gen Nakatani said.",
    ];
    let docs: Vec<Document> = (0..30).map(|i| doc(&format!("{i:02}.txt"), "2025-12-12", people[i % 3])).collect();
    let found = conflicts(docs);
    // Kishida and Nakatani (not in office on that day) are wrong; Koizumi,
    // whom the claim files confirm, seeks no conflict of his own. Each wrong
    // text is in one finding, as its subject or as the first text another
    // wrong one contradicts (00.txt, against 02.txt): 19 findings for 20.
    assert_eq!(found.len(), 19, "{found:#?}");
    let wrong: BTreeSet<String> = (0..30).filter(|i| i % 3 != 1).map(|i| format!("{i:02}.txt")).collect();
    let shown = flagged(&found);
    assert!(wrong.iter().all(|p| shown.contains(p.as_str())), "{shown:?}");
    let seconds: BTreeSet<&str> = found.iter().map(|f| f.evidence[1].path.as_str()).collect();
    assert_eq!(seconds.len(), 19, "a text is the subject of at most one finding");
    // No finding pairs two texts that both name the holder of record.
    for f in &found {
        assert!(f.evidence.iter().any(|e| !e.value.contains("Koizumi")), "{}", f.message);
    }
}

#[test]
fn two_holders_in_one_text_are_not_a_conflict_but_another_text_contradicts_one_of_them() {
    let both = format!("{KISHIDA} {KOIZUMI}");
    assert!(conflicts(vec![doc("a.txt", "2025-12-12", &both)]).is_empty());
    // Another text naming Koizumi contradicts the Kishida claim of the first only.
    let found = conflicts(vec![doc("a.txt", "2025-12-12", &both), doc("b.txt", "2025-12-12", KOIZUMI)]);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].evidence[0].value, "Shigenobu Kishida (Minister of Defense)");
    assert_eq!(found[0].evidence[1].path, "b.txt");
}

/// The fastest of three runs of the comparison alone.
fn compare_time(docs: &[Document]) -> (Duration, usize) {
    let ledger = ledger();
    let claims = check::analyse(docs, &ledger);
    let options = Options::default();
    let input = compare::Input { documents: docs, claims: &claims, ledger: &ledger, options: &options };
    let mut best = Duration::MAX;
    let mut found = 0;
    for _ in 0..3 {
        let start = Instant::now();
        found = compare::compare(&input).findings.len();
        best = best.min(start.elapsed());
    }
    (best, found)
}

#[test]
fn comparison_time_grows_linearly_with_copies_of_contradicting_texts() {
    let path = |i: usize, name: &str| format!("{i:05}-{name}.txt");
    let (small, small_found) = compare_time(&copies(500, path));
    let (large, large_found) = compare_time(&copies(4000, path));
    assert!(large_found <= 8 * small_found + 8, "{small_found} findings, then {large_found}");
    // Eight times the claims: about eight times the time if linear, sixty-four
    // if every pair were compared. The bound leaves room for a busy machine.
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    assert!(ratio < 32.0, "8× the claims took {ratio:.1}× the time ({small:?}, then {large:?})");
}
