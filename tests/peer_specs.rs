//! The Recognizers-Text English specs (`../shared/peers/recognizers-text/`)
//! as an acceptance run for the date, money and percent extractors.
//!
//! Every case's `Input` goes through the library (`factdiff::extract::*`,
//! `factdiff::normalise::date::resolve`) with `Context.ReferenceDateTime` as
//! the publication date. The per-file table is compared with the committed
//! `reports/peer-specs.md`; `FACTDIFF_BLESS=1 cargo test --test peer_specs`
//! rewrites it instead.
//!
//! # What counts as a pass
//! - **DateExtractor**, **MergedExtractor**: every expected date mention is
//!   found with exactly its span, and no date claim is made outside them.
//!   MergedExtractor is scored on date mentions only: its cases with a
//!   `date` result or no result at all; a date claim inside one of its
//!   other mentions ("next week" as a date range, "tomorrow at 3pm" as a
//!   date-time) is not counted as extra.
//! - **DateParser**: every expected mention is overlapped by a date claim
//!   that resolves to `PastResolution` or `FutureResolution` (factdiff's
//!   policy picks one: the past unless the sentence points ahead).
//!   Upstream's `0001-01-01` marks a day that does not exist ("Feb 30");
//!   there a claim that factdiff leaves unresolved is the right answer.
//! - **CurrencyModel**: every expected amount is overlapped by a money claim
//!   with the same amount and ISO 4217 code (`isoCurrency`, or the unit's
//!   code: Dollar → USD, Pound → GBP, Cent and Penny → USD/GBP hundredths;
//!   see [`unit_currency`]); no money claim outside them. A result with no
//!   value (a currency named without an amount: "the dollar : 143.80 yen")
//!   asks for no claim; a money claim on it alone counts as extra.
//! - **PercentModel**: every expected percentage is overlapped by a percent
//!   claim with the same value; no percent claim outside them. A result
//!   whose value is `null` ("a small percent", "the % of increase") names
//!   the idea of a percentage, not a figure: factdiff claims only figures,
//!   so such a case passes when nothing is claimed there.
//! - **NumberModel**: the subset news relies on: its cases with no result
//!   (no money, percent or counted quantity may be claimed) and its cases
//!   where every expected number counts a noun that follows it ("Twenty-six
//!   people", "12,567 words"; an integer, not money, not a fraction; see
//!   [`counts_a_noun`]), which must give a quantity claim with that value.
//!   NumberModel has no percentages; PercentModel covers them.
//! - A case with no expected result is a must-not-parse case: any claim of
//!   the file's kind is a violation. There must be none.
//!
//! # Declined by design
//! `tests/peer-specs-declined.yaml` lists cases factdiff does not handle on
//! purpose, each with a category and a one-line reason. They count as
//! failures in the score that includes them, may be at most 10% of a file,
//! and a declined case that starts to pass fails this test, so the list
//! only ever shrinks to what is still true.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::str::FromStr;

use factdiff::extract::{date, money, percent};
use factdiff::normalise::date::resolve;
use factdiff::time::DateValue;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde_json::Value;

const REPORT: &str = "reports/peer-specs.md";
const DECLINED: &str = "tests/peer-specs-declined.yaml";

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    DateExtractor,
    MergedExtractor,
    DateParser,
    Currency,
    Percent,
    Number,
}

struct SpecFile {
    name: &'static str,
    kind: Kind,
    /// The least share of passes on cases not declined, in percent.
    threshold: Option<f64>,
}

const FILES: &[SpecFile] = &[
    SpecFile { name: "DateTime-DateExtractor.json", kind: Kind::DateExtractor, threshold: Some(90.0) },
    SpecFile { name: "DateTime-MergedExtractor.json", kind: Kind::MergedExtractor, threshold: None },
    SpecFile { name: "DateTime-DateParser.json", kind: Kind::DateParser, threshold: Some(90.0) },
    SpecFile { name: "NumberWithUnit-CurrencyModel.json", kind: Kind::Currency, threshold: Some(95.0) },
    SpecFile { name: "Number-PercentModel.json", kind: Kind::Percent, threshold: Some(95.0) },
    SpecFile { name: "Number-NumberModel.json", kind: Kind::Number, threshold: None },
];

/// The declined share of a file may not exceed this (percent).
const MAX_DECLINED_SHARE: f64 = 10.0;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Declined {
    file: String,
    input: String,
    category: String,
    reason: String,
}

/// The outcome of one case.
#[derive(Debug)]
enum Outcome {
    Pass,
    /// What went wrong, for the report.
    Fail(String),
}

/// One expected mention, with its span as byte offsets into the input.
struct Expected<'a> {
    start: usize,
    end: usize,
    result: &'a Value,
}

/// Byte offsets of the character range `start..end` (chars counted as
/// Unicode scalar values, or as UTF-16 units when that is what matches the
/// result's text, as in the .NET-written specs).
fn byte_range(input: &str, start: usize, end: usize, text: &str) -> (usize, usize) {
    let by_scalar = |n: usize| input.char_indices().nth(n).map_or(input.len(), |(b, _)| b);
    let scalar = (by_scalar(start), by_scalar(end));
    let matches = |(a, b): (usize, usize)| input.get(a..b).is_some_and(|s| s.eq_ignore_ascii_case(text) || s == text);
    if matches(scalar) {
        return scalar;
    }
    let by_utf16 = |n: usize| {
        let mut units = 0;
        for (b, c) in input.char_indices() {
            if units >= n {
                return b;
            }
            units += c.len_utf16();
        }
        input.len()
    };
    let utf16 = (by_utf16(start), by_utf16(end));
    if matches(utf16) { utf16 } else { scalar }
}

fn expected<'a>(input: &str, case: &'a Value) -> Vec<Expected<'a>> {
    case["Results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let start = r["Start"].as_u64().expect("Start") as usize;
            // DateTime specs give Length; the number specs an inclusive End.
            let end_char = match (r["Length"].as_u64(), r["End"].as_u64()) {
                (Some(len), _) => start + len as usize,
                (None, Some(end)) => end as usize + 1,
                _ => panic!("result without Length or End: {r}"),
            };
            let (start, end) = byte_range(input, start, end_char, r["Text"].as_str().unwrap_or(""));
            Expected { start, end, result: r }
        })
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The claim on exactly `want`, or else the first one overlapping it.
fn best_match<T>(got: &[T], span: impl Fn(&T) -> (usize, usize), want: (usize, usize)) -> Option<&T> {
    got.iter().find(|g| span(g) == want).or_else(|| got.iter().find(|g| overlaps(span(g), want)))
}

fn reference(case: &Value) -> Option<DateValue> {
    let r = case["Context"]["ReferenceDateTime"].as_str()?;
    DateValue::parse(r.get(..10)?).ok()
}

fn spans_text(input: &str, spans: &[(usize, usize)]) -> String {
    let parts: Vec<String> = spans.iter().map(|&(a, b)| format!("`{}`", &input[a..b])).collect();
    if parts.is_empty() { "nothing".into() } else { parts.join(", ") }
}

/// Date extraction: exact spans, and nothing outside the expected mentions.
fn score_date_extractor(input: &str, case: &Value, merged: bool) -> Outcome {
    let all = expected(input, case);
    let is_date = |e: &Expected<'_>| e.result["Type"].as_str() == Some("date");
    let want: Vec<(usize, usize)> = all.iter().filter(|e| is_date(e)).map(|e| (e.start, e.end)).collect();
    let others: Vec<(usize, usize)> = all.iter().filter(|e| !is_date(e)).map(|e| (e.start, e.end)).collect();
    let got: Vec<(usize, usize)> = date::extract(input).iter().map(|m| (m.span.start, m.span.end)).collect();
    let missing: Vec<_> = want.iter().copied().filter(|w| !got.contains(w)).collect();
    let extra: Vec<_> = got
        .iter()
        .copied()
        .filter(|g| !(want.contains(g) || (merged && others.iter().any(|o| overlaps(*o, *g)))))
        .collect();
    if missing.is_empty() && extra.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(format!("expected {}, found {}", spans_text(input, &want), spans_text(input, &got)))
    }
}

/// Date resolution: each expected mention resolves to one of its readings.
fn score_date_parser(input: &str, case: &Value) -> Outcome {
    let want = expected(input, case);
    let r = reference(case);
    let got: Vec<_> =
        date::extract(input).into_iter().map(|m| ((m.span.start, m.span.end), resolve(&m.expr, r))).collect();
    if want.is_empty() {
        return if got.is_empty() {
            Outcome::Pass
        } else {
            let spans: Vec<_> = got.iter().map(|g| g.0).collect();
            Outcome::Fail(format!("expected nothing, found {}", spans_text(input, &spans)))
        };
    }
    for w in &want {
        let value = &w.result["Value"];
        // Upstream writes 0001-01-01 for a date that does not exist ("Feb
        // 30", "the fifth Sunday" of a month with four): factdiff's answer
        // there is a claim it cannot resolve.
        let readings: Vec<&str> = ["PastResolution", "FutureResolution"]
            .iter()
            .filter_map(|k| value[k]["date"].as_str())
            .map(|d| if d == "0001-01-01" { "unresolved" } else { d })
            .collect();
        // The claim on the expected span, or else the first one overlapping it.
        let claim = best_match(&got, |g| g.0, (w.start, w.end));
        let Some((span, v)) = claim else {
            return Outcome::Fail(format!("no date at `{}`", &input[w.start..w.end]));
        };
        let resolved = v.map(|v| v.to_string()).unwrap_or_else(|| "unresolved".into());
        if !readings.contains(&resolved.as_str()) {
            return Outcome::Fail(format!(
                "`{}` resolved to {resolved}, expected {}",
                &input[span.0..span.1],
                readings.join(" or ")
            ));
        }
    }
    Outcome::Pass
}

/// The ISO 4217 code and minor-unit divisor of a spec unit without
/// `isoCurrency`. `None` for units with no ISO code (Bitcoin) or no single
/// country (Franc, Sen).
fn unit_currency(unit: &str, text: &str) -> Option<(&'static str, u32)> {
    Some(match unit {
        // A plain dollar is the U.S. dollar in news, written "$" or "dollars".
        "Dollar" if text.contains('$') || text.to_ascii_lowercase().contains("dollar") => ("USD", 1),
        "Dollar" => ("USD", 1),
        "Cent" => ("USD", 100),
        "Pound" => ("GBP", 1),
        "Pence" | "Penny" => ("GBP", 100),
        "Rupee" => ("INR", 1),
        "Finnish markka" => ("FIM", 1),
        "Netherlands guilder" => ("NLG", 1),
        "Peseta" => ("ESP", 1),
        _ => return None,
    })
}

/// Money: amount and currency per expected result; nothing else claimed.
fn score_currency(input: &str, case: &Value) -> Outcome {
    let want = expected(input, case);
    let got = money::extract(input);
    let mut problems = Vec::new();
    let valued: Vec<&Expected<'_>> = want.iter().filter(|w| !w.result["Resolution"]["value"].is_null()).collect();
    for w in &valued {
        let res = &w.result["Resolution"];
        let text = &input[w.start..w.end];
        let unit = res["unit"].as_str().unwrap_or("");
        let (iso, divisor) = match res["isoCurrency"].as_str() {
            Some(iso) => (Some(iso.to_string()), 1),
            None => match unit_currency(unit, text) {
                Some((iso, d)) => (Some(iso.to_string()), d),
                None => (None, 1),
            },
        };
        let amount = res["value"].as_str().and_then(|v| Decimal::from_str(v).ok()).map(|v| v / Decimal::from(divisor));
        let claim = best_match(&got, |m| (m.span.start, m.span.end), (w.start, w.end));
        match (claim, iso, amount) {
            (None, ..) => problems.push(format!("no money at `{text}`")),
            (Some(m), Some(iso), Some(amount)) if m.currency == iso && m.amount.value == amount => {}
            (Some(m), iso, amount) => problems.push(format!(
                "`{}` read as {} {}, expected {} {}",
                m.span.text(input),
                m.amount.value,
                m.currency,
                amount.map_or("?".into(), |a| a.to_string()),
                iso.unwrap_or_else(|| format!("({unit}: no ISO code)"))
            )),
        }
    }
    for m in &got {
        if !valued.iter().any(|w| overlaps((m.span.start, m.span.end), (w.start, w.end))) {
            problems.push(format!("extra money claim `{}`", m.span.text(input)));
        }
    }
    if problems.is_empty() { Outcome::Pass } else { Outcome::Fail(problems.join("; ")) }
}

/// "100%" → 100; `None` for "null".
fn percent_value(v: &Value) -> Option<Decimal> {
    Decimal::from_str(v.as_str()?.strip_suffix('%')?).ok()
}

/// Percentages: the value per expected result; nothing else claimed.
fn score_percent(input: &str, case: &Value) -> Outcome {
    let want = expected(input, case);
    let got = percent::extract(input);
    let mut problems = Vec::new();
    for w in &want {
        let text = &input[w.start..w.end];
        let claim = best_match(&got, |m| (m.span.start, m.span.end), (w.start, w.end));
        match (percent_value(&w.result["Resolution"]["value"]), claim) {
            (None, None) => {}
            (None, Some(m)) => problems.push(format!("`{text}` has no figure, but {} was claimed", m.amount.value)),
            (Some(v), None) => problems.push(format!("no percentage at `{text}` (expected {v})")),
            (Some(v), Some(m)) if m.amount.value == v => {}
            (Some(v), Some(m)) => {
                problems.push(format!("`{}` read as {}, expected {v}", m.span.text(input), m.amount.value))
            }
        }
    }
    for m in &got {
        if !want.iter().any(|w| overlaps((m.span.start, m.span.end), (w.start, w.end))) {
            problems.push(format!("extra percent claim `{}`", m.span.text(input)));
        }
    }
    if problems.is_empty() { Outcome::Pass } else { Outcome::Fail(problems.join("; ")) }
}

/// Whether the word right after an expected number is a counted noun: a
/// lowercase word of letters that is neither a function word nor a unit of
/// time ("26 people", "12,567 words"; not "3 years", "12 out of 10").
fn counts_a_noun(input: &str, end: usize) -> bool {
    let rest = &input[end..];
    let Some(rest) = rest.strip_prefix(' ') else { return false };
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    const NOT_NOUNS: &[&str] = &[
        "a", "an", "and", "are", "as", "at", "by", "for", "in", "is", "last", "next", "of", "on", "or", "out", "over",
        "the", "to", "was", "were", "will", "with",
    ];
    const TIME: &[&str] =
        &["day", "days", "hour", "hours", "month", "months", "times", "week", "weeks", "year", "years"];
    // A currency word makes the number money ("hundred thousand dollars"),
    // and an ordinal makes it a fraction's numerator ("two millionths").
    let currency = !money::extract(&format!("1 {word}")).is_empty();
    let ordinal = word.ends_with("th") || word.ends_with("ths");
    word.len() >= 3
        && !currency
        && !ordinal
        && word.chars().all(|c| c.is_lowercase())
        && !NOT_NOUNS.contains(&word.as_str())
        && !TIME.contains(&word.as_str())
}

/// Whether a NumberModel case is in the news subset (see the module doc).
fn number_case_counts(input: &str, case: &Value) -> bool {
    let want = expected(input, case);
    want.is_empty()
        || want
            .iter()
            .all(|w| w.result["Resolution"]["subtype"].as_str() == Some("integer") && counts_a_noun(input, w.end))
}

/// Counted quantities: a quantity claim with the expected value over each
/// number; with no result, no money, percent or quantity claim at all.
fn score_number(input: &str, case: &Value) -> Outcome {
    let want = expected(input, case);
    let e = factdiff::extract::extract(input, factdiff::extract::base_lexicon());
    if want.is_empty() {
        let mut spans: Vec<(usize, usize)> = e.money.iter().map(|m| (m.span.start, m.span.end)).collect();
        spans.extend(e.percents.iter().map(|p| (p.span.start, p.span.end)));
        spans.extend(e.quantities.iter().map(|q| (q.span.start, q.span.end)));
        return if spans.is_empty() {
            Outcome::Pass
        } else {
            Outcome::Fail(format!("expected nothing, found {}", spans_text(input, &spans)))
        };
    }
    for w in &want {
        let text = &input[w.start..w.end];
        let value = w.result["Resolution"]["value"].as_str().and_then(|v| Decimal::from_str(v).ok());
        let claim = best_match(&e.quantities, |q| (q.span.start, q.span.end), (w.start, w.end));
        match (claim, value) {
            (Some(q), Some(v)) if q.amount.value == v => {}
            (Some(q), _) => {
                return Outcome::Fail(format!("`{}` read as {}", q.span.text(input), q.amount.value));
            }
            (None, _) => return Outcome::Fail(format!("no counted quantity at `{text}`")),
        }
    }
    Outcome::Pass
}

/// Whether a case belongs to the file's scored subset.
fn in_subset(kind: Kind, input: &str, case: &Value) -> bool {
    match kind {
        Kind::MergedExtractor => {
            let results = case["Results"].as_array().map_or(&[][..], Vec::as_slice);
            results.is_empty() || results.iter().any(|r| r["Type"].as_str() == Some("date"))
        }
        Kind::Number => number_case_counts(input, case),
        _ => true,
    }
}

fn score(kind: Kind, input: &str, case: &Value) -> Outcome {
    match kind {
        Kind::DateExtractor => score_date_extractor(input, case, false),
        Kind::MergedExtractor => score_date_extractor(input, case, true),
        Kind::DateParser => score_date_parser(input, case),
        Kind::Currency => score_currency(input, case),
        Kind::Percent => score_percent(input, case),
        Kind::Number => score_number(input, case),
    }
}

/// The tally of one file.
#[derive(Default)]
struct Tally {
    upstream: usize,
    cases: usize,
    passed: usize,
    failed: usize,
    declined: usize,
    violations: usize,
    failures: Vec<(String, String)>,
    declined_passing: Vec<String>,
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 { 100.0 } else { n as f64 * 100.0 / d as f64 }
}

fn run_file(dir: &Path, file: &SpecFile, declined: &[Declined]) -> Tally {
    let path = dir.join(file.name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
    let mut t = Tally { upstream: cases.len(), ..Tally::default() };
    let declined_here: Vec<&str> = declined.iter().filter(|d| d.file == file.name).map(|d| d.input.as_str()).collect();
    for d in &declined_here {
        assert!(
            cases.iter().any(|c| c["Input"].as_str() == Some(d)),
            "{DECLINED}: {} has no case with input {d:?}; remove the entry",
            file.name
        );
    }
    for case in &cases {
        let input = case["Input"].as_str().expect("Input");
        if !in_subset(file.kind, input, case) {
            continue;
        }
        t.cases += 1;
        let must_not_parse = case["Results"].as_array().is_none_or(Vec::is_empty);
        let outcome = score(file.kind, input, case);
        let is_declined = declined_here.contains(&input);
        match (outcome, is_declined) {
            (Outcome::Pass, false) => t.passed += 1,
            (Outcome::Pass, true) => {
                t.declined += 1;
                t.declined_passing.push(input.to_string());
            }
            (Outcome::Fail(_), true) => t.declined += 1,
            (Outcome::Fail(why), false) => {
                t.failed += 1;
                if must_not_parse {
                    t.violations += 1;
                }
                t.failures.push((input.to_string(), why));
            }
        }
    }
    t
}

/// One line of input for a Markdown table cell.
fn cell(s: &str) -> String {
    let mut out: String = s.chars().take(90).collect();
    if s.chars().count() > 90 {
        out.push('…');
    }
    out.replace('|', "\\|").replace('\n', " ")
}

fn render(tallies: &[(&SpecFile, Tally)], declined: &[Declined]) -> String {
    let mut s = String::new();
    s.push_str("<!-- Generated by tests/peer_specs.rs: do not edit. Regenerate with\n");
    s.push_str("     FACTDIFF_BLESS=1 cargo test --test peer_specs -->\n");
    s.push_str("# Recognizers-Text English specs\n\n");
    s.push_str(
        "factdiff's extractors scored against Microsoft Recognizers-Text's English specs \
         (`../shared/peers/recognizers-text/`). What counts as a pass, and which cases of \
         MergedExtractor and NumberModel are scored, is written at the top of \
         `tests/peer_specs.rs`; declined cases are listed with their reasons in \
         `tests/peer-specs-declined.yaml`.\n\n",
    );
    s.push_str(
        "| file | upstream cases | scored cases | passed | failed | declined | score (not declined) \
         | score (declined as failed) | must-not-parse violations | threshold |\n",
    );
    s.push_str("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    for (file, t) in tallies {
        let threshold = file.threshold.map_or("–".to_string(), |x| format!("≥ {x:.0}%"));
        writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {:.1}% | {:.1}% | {} | {} |",
            file.name,
            t.upstream,
            t.cases,
            t.passed,
            t.failed,
            t.declined,
            pct(t.passed, t.cases - t.declined),
            pct(t.passed, t.cases),
            t.violations,
            threshold
        )
        .unwrap();
    }
    s.push_str("\n## Declined by design\n\n");
    let mut by_category: BTreeMap<&str, Vec<&Declined>> = BTreeMap::new();
    for d in declined {
        by_category.entry(d.category.as_str()).or_default().push(d);
    }
    for (category, list) in &by_category {
        writeln!(s, "- **{category}** ({}):", list.len()).unwrap();
        for d in list {
            writeln!(s, "  - {}: \"{}\" — {}", d.file, cell(&d.input), d.reason).unwrap();
        }
    }
    s.push_str("\n## Failing cases\n");
    for (file, t) in tallies {
        if t.failures.is_empty() {
            continue;
        }
        writeln!(s, "\n### {}\n", file.name).unwrap();
        s.push_str("| input | what went wrong |\n|---|---|\n");
        for (input, why) in &t.failures {
            writeln!(s, "| {} | {} |", cell(input), cell(why)).unwrap();
        }
    }
    s
}

#[test]
fn recognizers_text_specs_meet_their_thresholds() {
    let Some(dir) = common::shared("peers/recognizers-text") else { return };
    let repo = common::repo();
    let declined_text = std::fs::read_to_string(repo.join(DECLINED)).expect("read the declined list");
    let declined: Vec<Declined> = serde_yaml::from_str(&declined_text).unwrap_or_else(|e| panic!("{DECLINED}: {e}"));
    for d in &declined {
        assert!(FILES.iter().any(|f| f.name == d.file), "{DECLINED}: unknown file {:?}", d.file);
        assert!(
            !d.reason.trim().is_empty() && !d.reason.contains('\n'),
            "{DECLINED}: one-line reason for {:?}",
            d.input
        );
        assert!(!d.category.trim().is_empty(), "{DECLINED}: category for {:?}", d.input);
    }

    let tallies: Vec<(&SpecFile, Tally)> = FILES.iter().map(|f| (f, run_file(&dir, f, &declined))).collect();
    let table = render(&tallies, &declined);

    let report_path = repo.join(REPORT);
    if std::env::var("FACTDIFF_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&report_path, &table).expect("write the report");
    }

    let mut problems = Vec::new();
    for (file, t) in &tallies {
        let share = pct(t.declined, t.cases);
        if share > MAX_DECLINED_SHARE {
            problems.push(format!(
                "{}: {} of {} cases declined ({share:.1}%), more than {MAX_DECLINED_SHARE}%",
                file.name, t.declined, t.cases
            ));
        }
        for input in &t.declined_passing {
            problems.push(format!("{}: declined case now passes, remove it from {DECLINED}: {input:?}", file.name));
        }
        if t.violations > 0 {
            problems.push(format!("{}: {} must-not-parse violations", file.name, t.violations));
        }
        let score = pct(t.passed, t.cases - t.declined);
        if let Some(min) = file.threshold {
            if score < min {
                problems.push(format!("{}: {score:.1}% on cases not declined, below {min}%", file.name));
            }
        }
    }
    let committed = std::fs::read_to_string(&report_path).unwrap_or_default();
    if committed != table {
        problems.push(format!(
            "{REPORT} is out of date; regenerate it with FACTDIFF_BLESS=1 cargo test --test peer_specs \
             and commit it. New table:\n{table}"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
