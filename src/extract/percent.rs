//! Percentages: "2% of GDP", "2.5 per cent", "nearly 40 percent",
//! "minus five percent", and as wire copy and the British press write
//! them: "7-1/2 pct", "1/4 pct", "5pc".
//!
//! ## Grammar
//! An optional hedge ([`number::hedge`]), an optional sign ("minus",
//! "negative", or "-" glued to the digits), a number (with a price fraction:
//! "7-1/2"), and "%" (spaced or not), "percent", "per cent", "pct",
//! "percents" or "percentage", or "pc" glued to the digits; then optionally
//! "of" and the noun phrase the percentage is of ("of GDP", "of the
//! population": the determiner is left out of the span).
//! The inverted list form "percent of 10" (nothing before it, the number
//! closing the clause) also reads as 10%.
//!
//! ## Invariants and choices
//! - The span covers sign, number and percent sign or word; the hedge is the
//!   separate [`PercentMention::hedge`] field and the "of" phrase has its own
//!   span, as for money.
//! - "3 percentage points" is a change of a rate, not a rate: refused.
//! - "%" glued to letters or digits after it ("%25" in a URL) is not a
//!   percent sign, and URLs are skipped whole.

use nom::combinator::opt;
use nom::error::{Error, ErrorKind};
use nom::sequence::preceded;
use nom::{IResult, Parser};

use super::cue::{Class, Cues};
use super::number::{
    self, Hedge, Number, hedge, is_stop_word, leading_word, phrase, phrase_word, table_phrase, wire_number, word_ends,
    ws,
};
use crate::span::Span;

/// One percentage in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentMention {
    /// Sign, number and "%" or percent word ("2%", "minus five percent");
    /// the hedge word is not included.
    pub span: Span,
    /// The number of percent: "2%" has value 2.
    pub amount: Number,
    pub hedge: Option<Hedge>,
    /// What it is a percentage of ("GDP" in "2% of GDP").
    pub of: Option<Span>,
}

fn nom_fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// The most words an "of" phrase takes.
const MAX_OF_WORDS: usize = 4;

/// "%" after a number, optionally spaced ("2%", "27 %"), not glued to a
/// letter or digit after it ("%25" is URL escaping).
pub fn percent_sign(input: &str) -> IResult<&str, ()> {
    let (rest, _) = opt(ws).parse(input)?;
    match rest.strip_prefix('%') {
        Some(r) if word_ends(r) => Ok((r, ())),
        _ => nom_fail(input),
    }
}

/// A percent word after a spaced number: "percent", "per cent", "pct",
/// "percents", "percentage" (but not "percentage point" or "pct point", a
/// change of a rate).
pub fn percent_word(input: &str) -> IResult<&str, ()> {
    const WORDS: &[(&str, ())] =
        &[("per cent", ()), ("percents", ()), ("percentage", ()), ("percent", ()), ("pct", ())];
    let (rest, ()) = table_phrase(WORDS, input)?;
    if preceded(ws, |i| phrase("point", i).or_else(|_| phrase("points", i))).parse(rest).is_ok() {
        return nom_fail(input);
    }
    Ok((rest, ()))
}

/// A sign before the number: "minus ", "negative ", or a glued "-".
/// Returns true for negative.
pub fn sign(input: &str) -> IResult<&str, bool> {
    const WORDS: &[(&str, ())] = &[("minus", ()), ("negative", ())];
    if let Ok((rest, ())) = table_phrase(WORDS, input) {
        let (rest, _) = ws(rest)?;
        return Ok((rest, true));
    }
    match input.strip_prefix('-') {
        Some(r) if r.starts_with(|c: char| c.is_ascii_digit() || c == '.') => Ok((r, true)),
        _ => nom_fail(input),
    }
}

/// "pc" glued to a number, as the British press abbreviates per cent
/// ("a 5pc rise"); spaced, "pc" is too often a computer.
fn glued_pc(input: &str) -> IResult<&str, ()> {
    match input.strip_prefix("pc") {
        Some(r) if word_ends(r) => Ok((r, ())),
        _ => nom_fail(input),
    }
}

/// A percentage: "2%", "2.5 per cent", "40 percent", "minus five percent",
/// "7-1/2 pct", "5pc".
pub fn percentage(input: &str) -> IResult<&str, Number> {
    let (rest, negative) = opt(sign).parse(input)?;
    let (rest, n) = wire_number(rest)?;
    let (rest, ()) =
        percent_sign(rest).or_else(|_| glued_pc(rest)).or_else(|_| preceded(ws, percent_word).parse(rest))?;
    let n = if negative.unwrap_or(false) { Number { value: -n.value, precision: n.precision } } else { n };
    Ok((rest, n))
}

/// The inverted list form: "percent of 10", "per cent of twenty-two". The
/// number must close the clause (end of text or punctuation), so "a percent
/// of 20 people" is not 20%.
pub fn inverted_percentage(input: &str) -> IResult<&str, Number> {
    let (rest, ()) = percent_word(input)?;
    let (rest, _) = (ws, |i| phrase("of", i), ws).parse(rest)?;
    let (rest, n) = number::number(rest)?;
    let closes = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | '!' | '?' | ')' | '\n' | '\r'));
    if closes { Ok((rest, n)) } else { nom_fail(input) }
}

/// One word of an "of" phrase: a jurisdiction form ("U.S.", "Japan's") or a
/// [`phrase_word`] that is not a stop word.
fn of_word(input: &str) -> IResult<&str, &str> {
    if let Some((form, _)) = super::base_lexicon().jurisdiction_prefix(input) {
        let rest = &input[form.len()..];
        let rest = rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")).unwrap_or(rest);
        return Ok((rest, &input[..input.len() - rest.len()]));
    }
    let (rest, w) = phrase_word(input)?;
    if is_stop_word(w) { nom_fail(input) } else { Ok((rest, w)) }
}

/// A capitalised word other than a jurisdiction adjective ("Google",
/// "Ethiopians"; not "U.S." in "U.S. exports").
fn is_name(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && super::base_lexicon().jurisdiction_prefix(w).is_none()
}

/// A plural noun or a possessive-free proper plural closes the phrase:
/// "of its shares in Google" is "shares".
fn ends_phrase(w: &str) -> bool {
    const UNMARKED_PLURALS: &[&str] = &["people", "personnel", "population", "staff", "workforce"];
    UNMARKED_PLURALS.iter().any(|p| p.eq_ignore_ascii_case(w))
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s") && !w.ends_with("’s")
}

/// What a percentage is of: " of GDP", " of the population", " of Japan's
/// budget" (up to four words; a leading determiner is skipped). Returns the
/// phrase without "of" or the determiner.
pub fn of_phrase(input: &str) -> IResult<&str, &str> {
    let (rest, _) = (ws, |i| phrase("of", i), ws).parse(input)?;
    const DETERMINERS: &[(&str, ())] =
        &[("the", ()), ("its", ()), ("their", ()), ("his", ()), ("her", ()), ("our", ()), ("all", ())];
    let rest = match (|i| table_phrase(DETERMINERS, i), ws).parse(rest) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    let start = rest;
    let (mut rest, mut last) = of_word(rest)?;
    for _ in 1..MAX_OF_WORDS {
        if ends_phrase(last) {
            break;
        }
        match preceded(ws, of_word).parse(rest) {
            // A name is followed only by more of the name ("Royal Mail"),
            // not by the verb of the sentence ("80% of Ethiopians depend").
            Ok((_, w)) if is_name(last) && !is_name(w) => break,
            // An adverb after the first word belongs to the verb: "of e-mail currently".
            // So does a participle: "of the viewing public tuned in".
            Ok((_, w)) if w.len() > 4 && (w.ends_with("ly") || w.ends_with("ed")) => break,
            Ok((r, w)) => {
                rest = r;
                last = w;
            }
            Err(_) => break,
        }
    }
    Ok((rest, &start[..start.len() - rest.len()]))
}

/// A percentage as parsed, before it is placed in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed<'a> {
    pub hedge: Option<Hedge>,
    /// Sign, number and percent sign or word.
    pub text: &'a str,
    pub amount: Number,
    pub of: Option<&'a str>,
}

/// A percent mention at `input`: hedge, percentage and "of" phrase.
pub fn hedged_percentage(input: &str) -> IResult<&str, Parsed<'_>> {
    let (body, h) = match hedge(input) {
        Ok((b, h)) if percentage(b).is_ok() => (b, Some(h)),
        _ => (input, None),
    };
    let (rest, n) = percentage(body).or_else(|_| inverted_percentage(body))?;
    let text = &body[..body.len() - rest.len()];
    let (rest, of) = match of_phrase(rest) {
        Ok((after, of)) => (after, Some(of)),
        Err(_) => (rest, None),
    };
    Ok((rest, Parsed { hedge: h, text, amount: n, of }))
}

/// Words other than numbers and hedges a percentage may start with.
pub(crate) const WORDS: &[&str] = &["minus", "negative", "per", "percent", "percents", "percentage"];

/// The words a percentage may start at besides digits.
pub(crate) const STARTS: Class = Class::NUMBER_FIRST.union(Class::PERCENT_WORD);

/// Could a percentage start at `rest`? A cheap filter before parsing.
pub(crate) fn may_start(rest: &str) -> bool {
    match leading_word(rest) {
        Some(w) => super::base_lexicon().class_of(w).any(Class::NUMBER_FIRST | Class::PERCENT_WORD),
        None => rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | '-')),
    }
}

/// Every percentage in `text`, in text order.
pub fn extract(text: &str) -> Vec<PercentMention> {
    extract_with(text, &Cues::of(text, super::base_lexicon()))
}

/// [`extract`] over the shared pass's cues.
///
/// Two texts in three hold no percent sign or word at all (a wire story
/// about a sale or a dividend); their numbers are not parsed again here.
pub fn extract_with(text: &str, cues: &Cues) -> Vec<PercentMention> {
    if !may_hold_percentage(text) {
        return Vec::new();
    }
    number::scan(text, cues, STARTS, may_start, |at| {
        let (rest, Parsed { hedge, text: body, amount, of }) = hedged_percentage(&text[at..]).ok()?;
        let of = of.map(|o| Span::of(text, o));
        Some((PercentMention { span: Span::of(text, body), amount, hedge, of }, text.len() - rest.len()))
    })
}

/// Whether `text` may hold a percentage: every one has "%", "pc" (glued,
/// or in "pct") or "per cent" ("percent", "percents", "percentage", "per
/// cent" across spaces or a line break), in any case. A quick scan of the
/// bytes, generous where in doubt: anything between "per" and "cent" that
/// is blank or not ASCII lets the text through.
fn may_hold_percentage(text: &str) -> bool {
    let bytes = text.as_bytes();
    if memchr::memchr(b'%', bytes).is_some() {
        return true;
    }
    let at = |i: usize, word: &[u8]| bytes.get(i..i + word.len()).is_some_and(|b| b.eq_ignore_ascii_case(word));
    (0..bytes.len()).filter(|&i| matches!(bytes[i], b'p' | b'P')).any(|i| {
        if at(i, b"pc") {
            return true;
        }
        if !at(i, b"per") {
            return false;
        }
        let gap = bytes[i + 3..].iter().take_while(|b| b.is_ascii_whitespace() || !b.is_ascii()).count();
        at(i + 3 + gap, b"cent")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;

    #[test]
    fn a_text_without_percent_signs_or_words_holds_no_percentage() {
        for text in ["5 PCT", "5pc rise", "5 per\n  cent", "5\u{a0}%", "percent of 10", "2 Per Cent", "a percentage"] {
            assert!(may_hold_percentage(text), "{text}");
        }
        for text in ["5 dlrs per share", "the recent 5 cents", "7-1/2 points", ""] {
            assert!(!may_hold_percentage(text), "{text}");
        }
        // Wherever the scan finds a percentage, the text may hold one.
        for text in crate::extract::number::tests::reach_texts() {
            let found = number::scan(&text, &Cues::of(&text, super::super::base_lexicon()), STARTS, may_start, |at| {
                hedged_percentage(&text[at..]).ok().map(|(rest, _)| ((), text.len() - rest.len()))
            });
            assert!(found.is_empty() || may_hold_percentage(&text), "{text}");
        }
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// (text, value, hedge, of) of every mention.
    fn run(text: &str) -> Vec<(&str, Decimal, Option<Hedge>, Option<&str>)> {
        extract(text)
            .into_iter()
            .map(|m| (m.span.text(text), m.amount.value, m.hedge, m.of.map(|o| o.text(text))))
            .collect()
    }

    #[test]
    fn productions() {
        assert_eq!(percent_sign("% of GDP"), Ok((" of GDP", ())));
        assert_eq!(percent_sign(" %."), Ok((".", ())));
        assert!(percent_sign("%25").is_err());
        assert_eq!(percent_word("per cent rise"), Ok((" rise", ())));
        assert_eq!(percent_word("Percent"), Ok(("", ())));
        assert!(percent_word("percentage points").is_err());
        assert_eq!(percent_word("pct of"), Ok((" of", ())));
        assert!(percent_word("pct point").is_err());
        assert!(percent_word("pcts").is_err());
        assert_eq!(glued_pc("pc rise"), Ok((" rise", ())));
        assert!(glued_pc("pcs").is_err());
        assert!(percent_word("percentages").is_err());
        assert_eq!(sign("minus five"), Ok(("five", true)));
        assert_eq!(sign("-2"), Ok(("2", true)));
        assert!(sign("- 2").is_err());
        assert_eq!(percentage("2.5% growth"), Ok((" growth", Number { value: d("2.5"), precision: d("0.1") })));
        assert_eq!(percentage("forty percent"), Ok(("", Number { value: d("40"), precision: d("1") })));
        assert!(percentage("40 people").is_err());
        assert_eq!(of_phrase(" of GDP for the plan"), Ok((" for the plan", "GDP")));
        assert_eq!(of_phrase(" of the U.S. defence budget."), Ok((".", "U.S. defence budget")));
        assert!(of_phrase(" of the").is_err());
        assert_eq!(of_phrase(" of Ethiopians depend on it"), Ok((" depend on it", "Ethiopians")));
        assert_eq!(of_phrase(" of its shares in Google"), Ok((" in Google", "shares")));
        assert_eq!(of_phrase(" of Royal Mail staff"), Ok((" staff", "Royal Mail")));
        assert_eq!(inverted_percentage("per cent of 210."), Ok((".", Number { value: d("210"), precision: d("1") })));
        assert!(inverted_percentage("percent of 20 people").is_err());
    }

    #[test]
    fn hedged_percentage_production() {
        let (rest, p) = hedged_percentage("about 3% of voters said").unwrap();
        assert_eq!(rest, " said");
        assert_eq!((p.hedge, p.text, p.of), (Some(Hedge::About), "3%", Some("voters")));
        assert_eq!(p.amount.value, d("3"));
        assert!(hedged_percentage("about 3 people").is_err());
    }

    #[test]
    fn seed_two_percent_of_gdp() {
        let t = "proposing to increase its defense budget to 2% of GDP for the development of stand-off defense";
        assert_eq!(run(t), vec![("2%", d("2"), None, Some("GDP"))]);
    }

    #[test]
    fn forms_and_hedges() {
        let t = "Growth was 2.5 per cent, nearly 40 percent of voters, about 3% and minus five percent.";
        assert_eq!(
            run(t),
            vec![
                ("2.5 per cent", d("2.5"), None, None),
                ("40 percent", d("40"), Some(Hedge::Nearly), Some("voters")),
                ("3%", d("3"), Some(Hedge::About), None),
                ("minus five percent", d("-5"), None, None),
            ]
        );
    }

    #[test]
    fn wire_copy_percentages() {
        let t = "Prime rose to 7-1/2 pct from 7-1/4 pct, a 1/4 pct\npoint rise; inflation ran at five pct and 3.2 pct of GDP, \
                 with a 5pc rise.";
        assert_eq!(
            run(t),
            vec![
                ("7-1/2 pct", d("7.5"), None, None),
                ("7-1/4 pct", d("7.25"), None, None),
                ("five pct", d("5"), None, None),
                ("3.2 pct", d("3.2"), None, Some("GDP")),
                ("5pc", d("5"), None, None),
            ]
        );
    }

    #[test]
    fn must_not_parse() {
        for t in [
            "a 3 percentage point rise",
            "see https://www.test.com/search?q=30%25%2020%",
            "the %20 escape",
            "a small percent attain it",
            "How do I calculate a percentage?",
            "F-35 and COVID-19 and G7 in 2022",
            "open 24/7 pct",
            "two PCs and 5 pc games",
            "interbank rates at 9-5/8 1/2 pct",
        ] {
            assert_eq!(run(t), vec![], "{t}");
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in ["%", "5%%", "’%’", "¥5%", "percent of", "-", "-.", "100%\u{202f}of 𝔾"] {
            let _ = extract(t);
        }
    }
}
