//! Bounded work: pathological texts through the whole pipeline
//! (`factdiff::check::check`: load, extract, normalise, compare) finish in
//! time linear in their size. Each input is run at half size and at full
//! size; the full size must take less than three times the half (plus a
//! slack for timer noise on a shared machine), and less than an absolute,
//! generous bound.
//!
//! A debug build runs each input at a tenth of its size (a debug build
//! extracts at tens of kilobytes a second on these inputs); `.ci/run` runs
//! this file again in release mode at full size.

// Timings and skip reasons are printed for the person running the tests.
#![allow(clippy::print_stderr)]

use std::sync::Mutex;
use std::time::{Duration, Instant};

use factdiff::check::check;
use factdiff::claims::ClaimSet;
use factdiff::load::{LoadOptions, document_from_bytes};
use factdiff::time::DateValue;

/// Runs the pipeline on `text`; returns the time it took and the claim count.
fn pipeline(text: &str) -> (Duration, usize) {
    let options = LoadOptions { as_of: DateValue::parse("2025-06-01").ok(), ..LoadOptions::default() };
    let started = Instant::now();
    let doc = document_from_bytes("pathological.txt", text.as_bytes().to_vec(), &options).expect("loads");
    let run = check(vec![doc], &ClaimSet::default(), &Default::default());
    (started.elapsed(), run.claims.len())
}

/// Held while an input is timed: the test harness runs tests on parallel
/// threads, and two timings sharing two cores would measure each other.
static TIMING: Mutex<()> = Mutex::new(());

/// How much smaller the inputs are in a debug build.
const DEBUG_SCALE: usize = if cfg!(debug_assertions) { 10 } else { 1 };

/// `make(n)` at n = `full / 2` and n = `full` (each divided by
/// [`DEBUG_SCALE`]): linear, and within `limit`.
fn assert_linear(what: &str, full: usize, limit: Duration, make: impl Fn(usize) -> String) {
    let _alone = TIMING.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let full = full / DEBUG_SCALE;
    let half_text = make(full / 2);
    let full_text = make(full);
    // Warm up allocations and lazily built tables on a small input.
    let _ = pipeline(&make(full / 64));
    let (half, _) = pipeline(&half_text);
    let (whole, claims) = pipeline(&full_text);
    eprintln!("{what}: {} bytes in {whole:?} ({claims} claims); half size in {half:?}", full_text.len());
    let slack = Duration::from_millis(500);
    assert!(whole < half * 3 + slack, "{what}: super-linear: {whole:?} at full size against {half:?} at half size");
    assert!(whole < limit, "{what}: {whole:?} is over the limit of {limit:?}");
}

#[test]
fn a_million_capitalised_words_in_a_row_take_linear_time() {
    assert_linear("10^6 capitalised words", 1_000_000, Duration::from_secs(60), |n| {
        let names = ["Minister", "Secretary", "Prime", "Defense", "John", "Smith", "State", "Foreign"];
        (0..n).map(|i| names[i % names.len()]).collect::<Vec<_>>().join(" ")
    });
}

#[test]
fn a_million_digits_take_linear_time() {
    assert_linear("10^6 digits", 1_000_000, Duration::from_secs(60), |n| {
        format!("about ${} billion, {}%", "7".repeat(n / 2), "3".repeat(n / 2))
    });
}

#[test]
fn a_hundred_thousand_nested_quotes_take_linear_time() {
    assert_linear("10^5 nested quotes", 100_000, Duration::from_secs(60), |n| {
        let open: String = ["\"", "'", "\u{201C}", "\u{2018}"].iter().cycle().take(n).copied().collect();
        format!("{open}Prime Minister Rishi Sunak said{}", "\u{201D}".repeat(n))
    });
}

#[test]
fn a_hundred_thousand_dollar_signs_take_linear_time() {
    assert_linear("10^5 dollar signs", 100_000, Duration::from_secs(60), |n| format!("{}5 billion", "$".repeat(n)));
}

#[test]
fn the_the_the_takes_linear_time() {
    assert_linear("\"the the the\"", 1_000_000, Duration::from_secs(60), |n| "the ".repeat(n) + "President")
}

#[test]
fn a_megabyte_line_of_commas_takes_linear_time() {
    assert_linear("1 MB of commas", 1_000_000, Duration::from_secs(60), |n| {
        format!("1{}000 and {} people", ",".repeat(n / 2), ",000".repeat(n / 8))
    });
}

#[test]
fn long_runs_of_dates_and_titles_take_linear_time() {
    assert_linear("dates and titles", 20_000, Duration::from_secs(60), |n| {
        "on 3 May 2025, Foreign Minister Anna Lee, the former U.S. Secretary of State, said 4% of $5bn; ".repeat(n)
    });
}

#[test]
fn a_hundred_thousand_shared_currency_words_take_linear_time() {
    // Each shared word ("dlrs", "francs") is decided against the explicit
    // currencies and the brackets before it: that must not look back over
    // every earlier mention.
    assert_linear("10^5 shared currency words", 100_000, Duration::from_secs(60), |n| {
        "OTTAWA, May 2 - It paid 5 Canadian dlrs (3 dlrs), 4 mln francs and ".repeat(n / 3)
    });
}
