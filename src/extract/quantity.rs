//! Counted quantities: "around 50,000 U.S. military personnel",
//! "1,200 troops", "two million people", "300 jobs".
//!
//! ## Grammar
//! An optional hedge ([`number::hedge`]), a number (digits with an optional
//! scale, or written), one space, and the counted noun phrase: an optional
//! jurisdiction adjective ("U.S.", "Japanese"), then up to four lowercase
//! words, cut after the last plural noun ("troops stationed in Japan" counts
//! "troops").
//!
//! ## Invariants and choices: conservative by design
//! A quantity is claimed only when the text plainly counts things, because
//! a false claim costs more than a missed one. So:
//! - the number must stand alone: not glued to letters or hyphens ("F-35",
//!   "G7", "7-Eleven", "1,900-mile", "12th", "1990s"), not a plain
//!   four-digit year ("in 2022", "the 2023 summit"), and not right after a
//!   capitalised name ("Boeing 737", "Section 230", "Article 9");
//! - the counted noun must be a plural (or a noun that counts without one:
//!   "people", "personnel", "staff"), written in lowercase;
//! - durations, ages and measures are not counts ("two years", "24 year
//!   olds", "1,900 miles", "5 tonnes"); they belong to other claim kinds;
//! - a small written number after a definite determiner ("the two sides",
//!   "our two countries") refers back to things already counted, and "one"
//!   is a pronoun far more often than a count ("no one doubts"): neither is
//!   claimed;
//! - numbers inside `taken` spans (dates, money, percentages) are skipped.
//!
//! The span runs from the hedge (when present) to the end of the unit: the
//! whole phrase a reader would quote. The unit span is the noun phrase alone.

use nom::error::{Error, ErrorKind};
use nom::sequence::preceded;
use nom::{IResult, Parser};
use rust_decimal::Decimal;

use super::cue::{Class, Cues};
use super::number::{self, Hedge, Number, hedge, is_stop_word, leading_word, phrase_word, ws};
use crate::span::Span;

/// A number of things, with what is counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityMention {
    /// From the hedge word (if any) to the end of the unit.
    pub span: Span,
    pub amount: Number,
    pub hedge: Option<Hedge>,
    /// What is counted ("U.S. military personnel").
    pub unit: Span,
}

fn nom_fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// The most words a counted noun phrase takes after the jurisdiction.
const MAX_UNIT_WORDS: usize = 4;

/// Nouns that count without a plural "s".
const INVARIANT_PLURALS: &[&str] = &[
    "aircraft",
    "cattle",
    "children",
    "civilians",
    "crew",
    "deer",
    "fish",
    "livestock",
    "men",
    "militia",
    "people",
    "personnel",
    "police",
    "sheep",
    "staff",
    "women",
    "workforce",
    "youth",
];

/// Plurals that are not counted things: durations, measures, multipliers
/// and number words ("two thousands" of something is not a count).
const NOT_COUNTS: &[&str] = &[
    "acres",
    "billions",
    "centimetres",
    "centuries",
    "cm",
    "days",
    "decades",
    "degrees",
    "dozens",
    "feet",
    "gallons",
    "grams",
    "hectares",
    "hours",
    "hundreds",
    "inches",
    "kg",
    "kilograms",
    "kilometers",
    "kilometres",
    "km",
    "litres",
    "liters",
    "meters",
    "metres",
    "miles",
    "millions",
    "minutes",
    "months",
    "nights",
    "ones",
    "others",
    "ounces",
    "percent",
    "points",
    "pounds",
    "seconds",
    "tonnes",
    "tons",
    "thousands",
    "times",
    "trillions",
    "weeks",
    "years",
    "yards",
    // Singular time words inside a phrase make it an age or a duration:
    // "18 to 24 year olds", "five day trips".
    "century",
    "day",
    "decade",
    "hour",
    "minute",
    "month",
    "olds",
    "week",
    "year",
    // Currencies money refuses when the text leaves them undecided
    // ("528 million francs"), or finds too plain ("90 marks"), are still not
    // counted things.
    "australs",
    "bucks",
    "cents",
    "crowns",
    "cruzados",
    "cts",
    "dinars",
    "dlrs",
    "dollars",
    "drachmas",
    "ecus",
    "escudos",
    "euros",
    "forints",
    "francs",
    "guilders",
    "kroner",
    "kronor",
    "lire",
    "marks",
    "pesetas",
    "pesos",
    "punts",
    "rials",
    "riyals",
    "rupees",
    "schillings",
    "shillings",
    "zlotys",
    // Measures of time, speed and data written short.
    "bits",
    "bytes",
    "gigabytes",
    "hrs",
    "kilobytes",
    "kph",
    "megabytes",
    "mins",
    "mph",
    "secs",
    "terabytes",
];

/// Capitalised words that may stand right before a count ("The 300 jobs",
/// "Only 12 ships"); any other capitalised word is taken as a name or a
/// label ("Boeing 737", "Section 230").
const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "all", "almost", "and", "another", "around", "at", "before", "but", "by", "each", "for",
    "from", "her", "his", "in", "its", "just", "more", "nearly", "of", "on", "only", "our", "over", "some", "than",
    "that", "the", "their", "these", "those", "to", "under", "when", "while", "with",
];

/// Determiners that make a small written number a back-reference ("the two
/// sides", "our two countries"): the count is presupposed, not asserted.
const DEFINITES: &[&str] = &["both", "her", "his", "its", "my", "our", "the", "their", "these", "those", "your"];

/// Is `w` a noun that ends a counted noun phrase?
fn is_head(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    if NOT_COUNTS.contains(&lower.as_str()) {
        return false;
    }
    if INVARIANT_PLURALS.contains(&lower.as_str()) {
        return true;
    }
    // "troops", "jobs", "countries"; not "status", "class", "crisis", "its".
    lower.len() >= 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
}

/// Ordinals that, pluralised, name fractions ("two thirds", "five
/// eighths", "twenty-firsts"), not things.
const ORDINAL_ENDINGS: &[&str] = &[
    "eighth",
    "eleventh",
    "fifth",
    "first",
    "fourth",
    "half",
    "halve",
    "hundredth",
    "ieth",
    "millionth",
    "billionth",
    "trillionth",
    "ninth",
    "quarter",
    "second",
    "seventh",
    "sixth",
    "teenth",
    "tenth",
    "third",
    "thousandth",
    "twelfth",
];

/// Is `w` a plural fraction word ("thirds", "quarters", "hundredths")?
fn is_fraction(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    let Some(stem) = lower.strip_suffix('s') else {
        return false;
    };
    ORDINAL_ENDINGS.iter().any(|e| stem.ends_with(e))
}

/// Words that belong to a number, not to what it counts.
fn is_number_word(w: &str) -> bool {
    number::unit_word(w).is_ok()
        || number::tens_word(w).is_ok()
        || number::scale_word(w).is_ok()
        || ["hundred", "point", "dozen"].iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// Would this head word make the phrase a non-count (a duration or measure)?
fn is_not_count(w: &str) -> bool {
    NOT_COUNTS.contains(&w.to_ascii_lowercase().as_str()) || is_fraction(w)
}

/// One lowercase word of a counted noun phrase ("military",
/// "nuclear-powered"); stop words end the phrase.
pub fn unit_word(input: &str) -> IResult<&str, &str> {
    let (rest, w) = phrase_word(input)?;
    if !w.starts_with(|c: char| c.is_lowercase()) || is_stop_word(w) || is_number_word(w) {
        return nom_fail(input);
    }
    Ok((rest, w))
}

/// An initial jurisdiction adjective: "U.S.", "Japanese", "UK".
pub fn jurisdiction_adjective(input: &str) -> IResult<&str, &str> {
    match super::base_lexicon().jurisdiction_prefix(input) {
        Some((form, _)) => Ok((&input[form.len()..], &input[..form.len()])),
        None => nom_fail(input),
    }
}

/// The counted noun phrase after a number: "troops", "U.S. military
/// personnel", "national security documents", cut after its last head noun.
pub fn unit_phrase(input: &str) -> IResult<&str, &str> {
    let mut rest = input;
    let mut end: Option<&str> = None;
    let mut words = 0;
    if let Ok((r, _)) = jurisdiction_adjective(input) {
        rest = r;
        match preceded(ws, unit_word).parse(rest) {
            Ok((r, w)) => {
                rest = r;
                words = 1;
                if is_head(w) {
                    end = Some(rest);
                } else if is_not_count(w) {
                    return nom_fail(input);
                }
            }
            Err(_) => return nom_fail(input),
        }
    }
    while words < MAX_UNIT_WORDS {
        let next = if words == 0 && end.is_none() && rest.len() == input.len() {
            unit_word(rest)
        } else {
            preceded(ws, unit_word).parse(rest)
        };
        let Ok((r, w)) = next else { break };
        rest = r;
        words += 1;
        if is_not_count(w) {
            // "two years", "1,900 miles": a measure, not a count.
            return nom_fail(input);
        }
        if is_head(w) {
            end = Some(rest);
        }
    }
    match end {
        Some(after) => Ok((after, &input[..input.len() - after.len()])),
        None => nom_fail(input),
    }
}

/// A number that may count things: not glued to what follows, not a year.
///
/// "1,900-mile", "12th", "1990s" fail because the number must be followed
/// by a space; "2022" fails as a plain four-digit year.
pub fn count(input: &str) -> IResult<&str, Number> {
    let (rest, n) = number::number(input)?;
    let text = &input[..input.len() - rest.len()];
    let year_like = text.len() == 4
        && text.chars().all(|c| c.is_ascii_digit())
        && (Decimal::from(1000)..=Decimal::from(2100)).contains(&n.value);
    if year_like || !rest.starts_with([' ', '\u{a0}']) {
        return nom_fail(input);
    }
    Ok((rest, n))
}

/// A quantity: "50,000 U.S. military personnel", "two million people", as
/// (number, number text, unit text).
pub fn quantity(input: &str) -> IResult<&str, (Number, &str, &str)> {
    let (rest, n) = count(input)?;
    let num_text = &input[..input.len() - rest.len()];
    let (rest, unit) = preceded(ws, unit_phrase).parse(rest)?;
    Ok((rest, (n, num_text, unit)))
}

/// The word before byte `at`, across spaces and opening quotes (bounded),
/// and whether anything but spaces separated it.
fn word_before(text: &str, at: usize) -> Option<(&str, bool)> {
    // 64 bytes back may land inside a char: move forward to a boundary (at most 3 bytes).
    let mut from = at.saturating_sub(64);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..at];
    let trimmed = head.trim_end_matches([' ', '\u{a0}']);
    let before = trimmed.trim_end_matches(['"', '\'', '“', '‘']);
    let quoted = before.len() != trimmed.len();
    if trimmed.len() == head.len() && !quoted {
        return None;
    }
    let before = before.trim_end_matches([' ', '\u{a0}']);
    let start = before.char_indices().rev().take_while(|&(_, c)| c.is_alphanumeric()).last().map(|(i, _)| i)?;
    Some((&before[start..], quoted))
}

/// Is the word right before byte `at` a capitalised name or label, which
/// makes the number after it a model or section number ("Boeing 737")?
fn after_label(text: &str, at: usize) -> bool {
    match word_before(text, at) {
        Some((w, false)) => w.starts_with(char::is_uppercase) && !FUNCTION_WORDS.contains(&w.to_lowercase().as_str()),
        _ => false,
    }
}

/// Is the word before byte `at` a definite determiner ("the", "our")?
fn after_definite(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|(w, _)| DEFINITES.contains(&w.to_lowercase().as_str()))
}

/// Spans already claimed by other extractors, queried in O(log n).
struct Taken<'a> {
    /// Sorted by start.
    spans: &'a [Span],
    /// `max_end[i]` is the largest end among `spans[..=i]`, so spans that
    /// nest or overlap each other are still found.
    max_end: Vec<usize>,
}

impl<'a> Taken<'a> {
    fn new(spans: &'a [Span]) -> Taken<'a> {
        let max_end = spans
            .iter()
            .scan(0, |m, s| {
                *m = (*m).max(s.end);
                Some(*m)
            })
            .collect();
        Taken { spans, max_end }
    }

    fn overlaps(&self, span: Span) -> bool {
        let upto = self.spans.partition_point(|t| t.start < span.end);
        upto > 0 && self.max_end[upto - 1] > span.start
    }
}

/// A quantity at byte `at` of `text` with its hedge, if the context allows
/// one there.
fn mention_at(text: &str, at: usize, taken: &Taken) -> Option<(QuantityMention, usize)> {
    // A mention starting inside a taken span overlaps it, whatever it
    // reads: not parsed at all (the numbers of money, percentages and
    // dates, a third of a wire story's candidates).
    if taken.overlaps(Span::new(at, at + 1)) {
        return None;
    }
    let input = &text[at..];
    let (body, hedge) = match hedge(input) {
        Ok((b, h)) if quantity(b).is_ok() => (b, Some(h)),
        _ => (input, None),
    };
    let (rest, (amount, num_text, unit)) = quantity(body).ok()?;
    // One of a thing is never followed by a plural ("no one doubts").
    if amount.value == Decimal::ONE {
        return None;
    }
    if hedge.is_none() && after_label(text, at) {
        return None;
    }
    // "the two sides": a small written number after a definite determiner
    // refers back to things already counted.
    let written = num_text.starts_with(|c: char| c.is_alphabetic());
    if hedge.is_none() && written && amount.value < Decimal::ONE_HUNDRED && after_definite(text, at) {
        return None;
    }
    let span = Span::new(at, text.len() - rest.len());
    if taken.overlaps(Span::of(text, num_text)) || taken.overlaps(span) {
        return None;
    }
    let m = QuantityMention { span, amount, hedge, unit: Span::of(text, unit) };
    Some((m, span.end))
}

/// The words a quantity may start at besides digits: numbers and hedges.
pub(crate) const STARTS: Class = Class::NUMBER_FIRST;

/// Could a quantity start at `rest`? A cheap filter before parsing.
pub(crate) fn may_start(rest: &str) -> bool {
    match leading_word(rest) {
        Some(w) => number::may_begin_number(w),
        None => rest.starts_with(|c: char| c.is_ascii_digit() || c == '.'),
    }
}

/// Every quantity in `text`, in text order, skipping numbers inside `taken`
/// (sorted spans of dates, money and percentages).
pub fn extract(text: &str, taken: &[Span]) -> Vec<QuantityMention> {
    extract_with(text, &Cues::of(text, super::base_lexicon()), taken)
}

/// [`extract`] over the shared pass's cues.
pub fn extract_with(text: &str, cues: &Cues, taken: &[Span]) -> Vec<QuantityMention> {
    let taken = Taken::new(taken);
    number::scan(text, cues, STARTS, may_start, |at| mention_at(text, at, &taken))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// (span text, value, hedge, unit text) of every quantity, nothing taken.
    fn run(text: &str) -> Vec<(&str, Decimal, Option<Hedge>, &str)> {
        extract(text, &[])
            .into_iter()
            .map(|q| (q.span.text(text), q.amount.value, q.hedge, q.unit.text(text)))
            .collect()
    }

    #[test]
    fn seed_us_military_personnel() {
        let t = "Japan hosts around 50,000 U.S. military personnel and considerable military infrastructure";
        assert_eq!(
            run(t),
            vec![("around 50,000 U.S. military personnel", d("50000"), Some(Hedge::About), "U.S. military personnel")]
        );
    }

    #[test]
    fn word_productions() {
        assert_eq!(unit_word("military personnel"), Ok((" personnel", "military")));
        assert!(unit_word("Military").is_err());
        assert!(unit_word("of").is_err());
        assert!(unit_word("hundred").is_err());
        assert_eq!(jurisdiction_adjective("U.S. troops"), Ok((" troops", "U.S.")));
        assert_eq!(jurisdiction_adjective("Japanese nationals"), Ok((" nationals", "Japanese")));
        assert!(jurisdiction_adjective("us troops").is_err());
    }

    #[test]
    fn unit_phrase_production() {
        assert_eq!(unit_phrase("troops stationed in Japan"), Ok((" stationed in Japan", "troops")));
        assert_eq!(unit_phrase("U.S. military personnel and"), Ok((" and", "U.S. military personnel")));
        assert_eq!(unit_phrase("Japanese nationals."), Ok((".", "Japanese nationals")));
        assert_eq!(unit_phrase("new jobs, he said"), Ok((", he said", "new jobs")));
        assert!(unit_phrase("U.S. forces").is_ok());
        assert!(unit_phrase("U.S.").is_err());
        assert!(unit_phrase("years ago").is_err());
        assert!(unit_phrase("of them").is_err());
        assert!(unit_phrase("Camp David summit").is_err());
        assert!(unit_phrase("thirds").is_err());
        assert!(unit_phrase("status").is_err());
        assert!(unit_phrase("point zero eight equals").is_err());
    }

    #[test]
    fn count_production() {
        assert_eq!(count("1,200 troops"), Ok((" troops", Number { value: d("1200"), precision: d("1") })));
        assert!(count("2022 troops").is_err());
        assert!(count("1,900-mile border").is_err());
        assert!(count("12th fleet").is_err());
        assert!(count("1990s music").is_err());
        assert_eq!(
            quantity("two million people").map(|(r, (n, _, u))| (r, n.value, u)),
            Ok(("", d("2000000"), "people"))
        );
    }

    #[test]
    fn counted_quantities_and_every_hedge() {
        let t = "They sent 1,200 troops, two million people fled, 300 jobs went. Nearly 200,000 vehicles, \
                 more than 10 ships, less than 40 planes, at least 12 boats, up to 45,000 jobs, \
                 as many as 900 students and an estimated 3,000 protesters.";
        let found = run(t);
        let hedges: Vec<Option<Hedge>> = found.iter().map(|f| f.2).collect();
        assert_eq!(
            found.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
            vec![
                ("1,200 troops", d("1200")),
                ("two million people", d("2000000")),
                ("300 jobs", d("300")),
                ("Nearly 200,000 vehicles", d("200000")),
                ("more than 10 ships", d("10")),
                ("less than 40 planes", d("40")),
                ("at least 12 boats", d("12")),
                ("up to 45,000 jobs", d("45000")),
                ("as many as 900 students", d("900")),
                ("an estimated 3,000 protesters", d("3000")),
            ]
        );
        assert_eq!(
            hedges,
            vec![
                None,
                None,
                None,
                Some(Hedge::Nearly),
                Some(Hedge::MoreThan),
                Some(Hedge::LessThan),
                Some(Hedge::AtLeast),
                Some(Hedge::UpTo),
                Some(Hedge::UpTo),
                Some(Hedge::About),
            ]
        );
    }

    #[test]
    fn must_not_parse() {
        for t in [
            "the 2nd Fleet sailed",
            "the F-35 fighters",
            "Article 9 forbids armies",
            "a 1,900-mile border",
            "In 2022 leaders met; the 2023 Camp David Summit",
            "Section 230 protections",
            "COVID-19 cases rose",
            "the G7 leaders",
            "Boeing 737 jets",
            "7-Eleven stores",
            "the 1990s bands",
            "call 192.168.1.2 hosts",
            "two years later, 1,900 miles away, 5 tonnes of rice",
            "no one doubts it",
            "the two sides agreed with our two countries",
            "two thirds of voters",
            "24.2 trillion pesos",
            "he ran 21.72 secs over 100 gigabytes",
            "aged 18 to 24 year olds",
            "https://example.com/50000 troops",
            "call +1-222-2222/2222 people",
            "two million three hundred thousand people",
        ] {
            assert_eq!(run(t), vec![], "{t}");
        }
    }

    #[test]
    fn taken_spans_are_skipped() {
        let t = "It paid $5 million to 300 workers";
        let money = Span::of(t, &t[8..18]);
        assert_eq!(extract(t, &[money]).len(), 1);
        let workers = t.find("300").unwrap();
        let taken = [money, Span::new(workers, workers + 3)];
        assert_eq!(extract(t, &taken), vec![]);
        let nested = [Span::new(0, 100), Span::new(5, 6)];
        let taken = Taken::new(&nested);
        assert!(taken.overlaps(Span::new(50, 60)));
    }

    #[test]
    fn written_counts_after_a_determiner_are_references() {
        assert_eq!(run("the two sides"), vec![]);
        assert_eq!(run("the 50,000 troops").len(), 1);
        assert_eq!(run("The three meetings").len(), 0);
        assert_eq!(run("Within two months, three meetings, behind").len(), 1);
    }

    #[test]
    fn never_panics_on_odd_text() {
        let long = "é".repeat(40) + " 300 jobs";
        assert_eq!(run(&long).len(), 1);
        for t in ["", "5", "5 ", "’5 ’s", "¥ 5 people", "5\u{a0}people", "50,000 U.S.", "𝔾 3 items"] {
            let _ = extract(t, &[]);
        }
    }
}
