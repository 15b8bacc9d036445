//! Numbers as wire copy writes them, read by the real binary: amounts in
//! "dlrs", "cts", "stg", "marks" and the rest, fractions, "pct", and the
//! currency a text decides for a shared name ("dlrs" under an Ottawa
//! dateline are Canadian).
//!
//! `wire_forms_are_read_as_money_and_percent` runs on sentences written for
//! it. `reuters_sample_of_money_and_percent` prints the deterministic sample
//! of 100 money and 50 percent claims from `../shared/corpus/reuters-21578`
//! that `reports/reuters-21578.md` checks by hand; it is ignored, since it
//! only prints:
//!
//! ```sh
//! cargo test --release --test wire_numbers -- --include-ignored --nocapture reuters_sample
//! ```

mod common;

use std::fs;

use common::{factdiff, json, repo, shared, stderr};

/// (kind, text, amount or value, currency) of every money and percent claim.
fn amounts(v: &serde_json::Value) -> Vec<(String, String, String, String)> {
    let s = |c: &serde_json::Value, k: &str| c[k].as_str().unwrap_or("").to_string();
    v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "money" || c["kind"] == "percent")
        .map(|c| {
            let amount = if c["kind"] == "money" { s(c, "amount") } else { s(c, "value") };
            (s(c, "kind"), s(c, "text"), amount, s(c, "currency"))
        })
        .collect()
}

#[test]
fn wire_forms_are_read_as_money_and_percent() {
    let dir = tempfile::tempdir().unwrap();
    let story = "BANK RAISES DIVIDEND\n\n\
                 OTTAWA, March 4 - The bank raised its dividend 25 cts to 1.50 dlrs a share and\n\
                 said it would sell five mln dlrs of notes at 12-1/2 dlrs each.\n    \
                 Its prime rate rose 1/4 pct to 9-1/2 pct, and it sold 400 U.S. dlrs\n\
                 of gold, 40 mln stg of bonds and 300 mln marks of shares.\n";
    fs::write(dir.path().join("story.txt"), story).unwrap();
    let out = factdiff(dir.path(), &["extract", "story.txt", "--as-of", "1987-03-04", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let row = |kind: &str, text: &str, amount: &str, currency: &str| {
        (kind.to_string(), text.to_string(), amount.to_string(), currency.to_string())
    };
    assert_eq!(
        amounts(&json(&out)),
        [
            row("money", "25 cts", "0.25", "CAD"),
            row("money", "1.50 dlrs", "1.5", "CAD"),
            row("money", "five mln dlrs", "5000000", "CAD"),
            row("money", "12-1/2 dlrs", "12.5", "CAD"),
            row("percent", "1/4 pct", "0.25", ""),
            row("percent", "9-1/2 pct", "9.5", ""),
            row("money", "400 U.S. dlrs", "400", "USD"),
            row("money", "40 mln stg", "40000000", "GBP"),
            row("money", "300 mln marks", "300000000", "DEM"),
        ]
    );
}

/// Picks `n` of `len` items: every `len / n`-th, from an offset a fixed
/// seed sets, so the same items come back every run.
fn every_kth(len: usize, n: usize, seed: usize) -> Vec<usize> {
    let k = (len / n).max(1);
    (0..n.min(len)).map(|i| seed % k + i * k).collect()
}

/// Prints the hand-check sample: 100 money and 50 percent claims of
/// `factdiff extract` over the Reuters corpus, in path order (then text
/// order), every k-th from an offset fixed by the seed 1987.
#[test]
#[ignore = "slow; prints the hand-check sample for reports/reuters-21578.md"]
#[allow(clippy::print_stdout)]
fn reuters_sample_of_money_and_percent() {
    let Some(corpus) = shared("corpus/reuters-21578") else { return };
    let out = factdiff(&repo(), &["extract", corpus.to_str().unwrap(), "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    let mut claims: Vec<&serde_json::Value> = v["claims"].as_array().unwrap().iter().collect();
    let name = |c: &serde_json::Value| c["path"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    claims.sort_by_key(|c| (name(c), c["start"].as_u64()));
    for (kind, n) in [("money", 100), ("percent", 50)] {
        let of_kind: Vec<&serde_json::Value> = claims.iter().copied().filter(|c| c["kind"] == kind).collect();
        println!("\n{kind} claims: {}; sample of {n}\n", of_kind.len());
        println!("| # | file | bytes | text | read as |");
        println!("|--:|---|---|---|---|");
        for (i, at) in every_kth(of_kind.len(), n, 1987).into_iter().enumerate() {
            let c = of_kind[at];
            let text = c["text"].as_str().unwrap().replace('\n', " ");
            let field = |k: &str| c[k].as_str().unwrap_or("open").to_string();
            let hedge = c["hedge"].as_str().map(|h| format!(", {h}")).unwrap_or_default();
            let read = if kind == "money" {
                format!("{} {} [{}, {}{hedge}]", field("amount"), field("currency"), field("low"), field("high"))
            } else {
                format!("{} %{hedge}", field("value"))
            };
            println!("| {} | {} | {}–{} | {text} | {read} |", i + 1, name(c), c["start"], c["end"]);
        }
    }
}
