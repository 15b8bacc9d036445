//! Numbers as news writes them, shared by the money, quantity and percent
//! parsers: "55", "1,900", "415.9", ".5", "3.5bn", "44billion", "five",
//! "twenty-two", "two million", "five mln", "a million", "half a billion",
//! the fractions of wire-copy prices ("12-1/2", "3/8"), and the hedge words
//! before them ("about", "nearly", "more than", "up to").
//!
//! Every production here is a small pure nom parser over `&str` that returns
//! `(remaining, output)`. Invariants:
//! - values are exact [`Decimal`]s, never floats; every multiplication is
//!   checked, so an absurd amount ("10^40 trillion") is refused, not wrapped;
//! - every repetition and `take_while` is bounded, so one call does O(1)
//!   work however long the input is;
//! - parsers only slice at char boundaries (they match ASCII or whole
//!   chars), so any UTF-8 input is safe.
//!
//! The scanning helpers at the bottom ([`at_token_start`], [`skip_url`])
//! decide where the extractors try these parsers, so that text glued to
//! letters ("F-35", "G7", "COVID-19") or inside URLs never yields a number.

use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::char;
use nom::combinator::opt;
use nom::error::{Error, ErrorKind};
use nom::sequence::preceded;
use nom::{IResult, Parser};
use rust_decimal::Decimal;

use super::cue::{Class, Cues};

/// A stated number: its exact value and the unit of its last stated digit.
///
/// "55 billion" has value 55000000000 and precision 1000000000: a reader
/// takes it as rounded to the nearest billion. "1.2 trillion" has precision
/// 1e11, "50,000" precision 1, "2.50" precision 0.01.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number {
    pub value: Decimal,
    pub precision: Decimal,
}

/// A word that turns a stated number into a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hedge {
    /// "about", "around", "roughly", "some", "approximately", "an estimated"
    About,
    /// "nearly", "almost", "close to", "just under"
    Nearly,
    /// "more than", "over", "above", "in excess of"
    MoreThan,
    /// "less than", "under", "below", "fewer than"
    LessThan,
    /// "at least", "no less than"
    AtLeast,
    /// "up to", "at most", "as much as", "as many as"
    UpTo,
}

/// The closed range a hedged number allows: `(low, high)`, `None` for unbounded.
///
/// The policy, with `x` the value and `h` half the precision:
/// - no hedge: `[x − h, x + h]`, i.e. the number is taken as rounded to its
///   last stated digit ("55 billion" allows 54.5 to 55.5 billion);
/// - [`Hedge::About`]: `x ± max(10% of |x|, h)`: "about" widens a round
///   number by a tenth, and never below the rounding it already implies;
/// - [`Hedge::Nearly`]: `[0.9x, x]`: just short of the stated figure;
/// - [`Hedge::MoreThan`], [`Hedge::AtLeast`]: `[x, unbounded]` (closed at
///   `x`: "more than 50,000" written of 50,001 is not worth flagging);
/// - [`Hedge::LessThan`], [`Hedge::UpTo`]: `[0, x]` for a non-negative `x`
///   (counts and amounts are not negative), `[unbounded, x]` otherwise.
///
/// A bound whose arithmetic would overflow is left unbounded (`None`): a
/// wider range can hide a contradiction but never invent one.
///
/// # Example
/// ```
/// use factdiff::extract::number::{bounds, Hedge, Number};
/// use rust_decimal::Decimal;
/// let n = Number { value: Decimal::from(50_000), precision: Decimal::ONE };
/// assert_eq!(bounds(n, Some(Hedge::About)), (Some(Decimal::from(45_000)), Some(Decimal::from(55_000))));
/// ```
pub fn bounds(number: Number, hedge: Option<Hedge>) -> (Option<Decimal>, Option<Decimal>) {
    let x = number.value;
    let half = number.precision.checked_div(Decimal::TWO);
    let zero_floor = if x.is_sign_negative() { None } else { Some(Decimal::ZERO) };
    match hedge {
        None => match half {
            Some(h) => (x.checked_sub(h), x.checked_add(h)),
            None => (None, None),
        },
        Some(Hedge::About) => {
            let tenth = x.abs().checked_div(Decimal::TEN);
            let tol = match (tenth, half) {
                (Some(t), Some(h)) => Some(t.max(h)),
                _ => None,
            };
            match tol {
                Some(t) => (x.checked_sub(t), x.checked_add(t)),
                None => (None, None),
            }
        }
        Some(Hedge::Nearly) => {
            let low = x.checked_mul(Decimal::new(9, 1)).map(|l| l.min(x));
            (low, Some(x))
        }
        Some(Hedge::MoreThan | Hedge::AtLeast) => (Some(x), None),
        Some(Hedge::LessThan | Hedge::UpTo) => (zero_floor, Some(x)),
    }
}

// ---------------------------------------------------------------------------
// Lexical helpers
// ---------------------------------------------------------------------------

/// The longest run of digits a numeral may have: `Decimal` holds 28.
const MAX_DIGITS: usize = 28;
/// The longest word the word tables hold ("seventeen", "approximately").
const MAX_WORD: usize = 20;

fn nom_fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// The space between the words of a phrase: one to three spaces, or one
/// line break with at most three spaces around it.
///
/// Hard-wrapped text (wire copy, Markdown) breaks lines inside phrases:
/// "12 mln\ndlrs" is one amount. A blank line, or a line indented four
/// spaces or more (a wire-copy paragraph), ends the phrase. Bounded so that
/// a run of spaces cannot make a parser do unbounded work; the Recognizers
/// specs and hand-typed text often double spaces.
pub fn ws(input: &str) -> IResult<&str, &str> {
    // Called between every two words a parser tries: bytes, not chars.
    let bytes = input.as_bytes();
    let mut at = spaces(bytes, 0);
    let newline = match bytes.get(at..at + 2) {
        Some(b"\r\n") => 2,
        _ if bytes.get(at) == Some(&b'\n') => 1,
        _ => 0,
    };
    if newline > 0 {
        at = spaces(bytes, at + newline);
        // A blank line, or a paragraph indented four spaces or more.
        if input[at..].starts_with(char::is_whitespace) {
            return nom_fail(input);
        }
    }
    if at == 0 {
        return nom_fail(input);
    }
    Ok((&input[at..], &input[..at]))
}

/// The end of at most three horizontal spaces (space, tab, no-break space,
/// narrow no-break space) from byte `at` of `bytes`.
fn spaces(bytes: &[u8], mut at: usize) -> usize {
    for _ in 0..3 {
        at += match bytes.get(at..) {
            Some([b' ' | b'\t', ..]) => 1,
            Some([0xC2, 0xA0, ..]) => 2,
            Some([0xE2, 0x80, 0xAF, ..]) => 3,
            _ => break,
        };
    }
    at
}

/// True when `input` does not continue the previous word (end of text, or a
/// char that is not a letter or digit).
pub fn word_ends(input: &str) -> bool {
    !input.starts_with(|c: char| c.is_alphanumeric())
}

/// One word of ASCII letters (bounded), ending at a word boundary.
pub fn word(input: &str) -> IResult<&str, &str> {
    let (rest, w) = take_while_m_n(1, MAX_WORD, |c: char| c.is_ascii_alphabetic()).parse(input)?;
    if word_ends(rest) { Ok((rest, w)) } else { nom_fail(input) }
}

/// A fixed phrase, case-insensitive, whose last word ends at a boundary.
/// Words in `phrase` are separated by single spaces and match [`ws`].
pub fn phrase<'a>(phrase: &str, input: &'a str) -> IResult<&'a str, &'a str> {
    // Tables try many phrases at every candidate: compare bytes word by
    // word, so most entries are rejected on the first byte.
    let first = |s: &str| s.as_bytes().first().map(u8::to_ascii_lowercase);
    if first(phrase) != first(input) {
        return nom_fail(input);
    }
    let mut rest = input;
    let mut words = phrase.as_bytes();
    loop {
        let len = words.iter().position(|&b| b == b' ').unwrap_or(words.len());
        let Some(head) = rest.as_bytes().get(..len) else { return nom_fail(input) };
        if !head.eq_ignore_ascii_case(&words[..len]) {
            return nom_fail(input);
        }
        rest = &rest[len..];
        if len == words.len() {
            break;
        }
        words = &words[len + 1..];
        rest = ws(rest)?.0;
    }
    let alnum_end = phrase.ends_with(|c: char| c.is_alphanumeric());
    if alnum_end && !word_ends(rest) {
        return nom_fail(input);
    }
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// The first entry of `table` whose phrase starts `input`; tables list
/// longer phrases first ("more than" before "more").
pub fn table_phrase<'a, T: Copy>(table: &[(&str, T)], input: &'a str) -> IResult<&'a str, T> {
    // The first-byte test of [`phrase`], made here once for the text: most
    // entries fail it, and a call per entry was most of a table's cost
    // (tables are tried at every number and hedge candidate).
    let first = input.as_bytes().first().map(u8::to_ascii_lowercase);
    for &(p, v) in table {
        if p.as_bytes().first().map(u8::to_ascii_lowercase) != first {
            continue;
        }
        if let Ok((rest, _)) = phrase(p, input) {
            return Ok((rest, v));
        }
    }
    nom_fail(input)
}

fn pow10(exp: u32) -> Decimal {
    Decimal::from_i128_with_scale(10i128.pow(exp), 0)
}

// ---------------------------------------------------------------------------
// Digits
// ---------------------------------------------------------------------------

// The integer and decimal parts are read byte by byte: every number of
// every text passes here, and nom's `take_while_m_n` folds chars and its
// `many_m_n` allocates a vector at each call, failed or not. Each function
// accepts exactly what the combinators in its comment accept.

/// The number of ASCII digits `bytes` starts with, at most `max`.
fn digits(bytes: &[u8], max: usize) -> usize {
    bytes.iter().take(max).take_while(|b| b.is_ascii_digit()).count()
}

/// Whether `bytes` holds `n` ASCII digits from byte `at`.
fn digits_at(bytes: &[u8], at: usize, n: usize) -> bool {
    bytes.get(at..at + n).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

/// `input` split after `end` bytes, unless a digit follows there.
fn ends_number(input: &str, end: usize) -> IResult<&str, &str> {
    if input.as_bytes().get(end).is_some_and(u8::is_ascii_digit) {
        return nom_fail(input);
    }
    Ok((&input[end..], &input[..end]))
}

/// An integer with thousands separators: "1,900", "12,345,678".
///
/// `recognize((take_while_m_n(1, 3, is_digit), many_m_n(1, 9, preceded(char(','),
/// take_while_m_n(3, 3, is_digit)))))`, not followed by a digit.
fn grouped_integer(input: &str) -> IResult<&str, &str> {
    let bytes = input.as_bytes();
    let mut end = digits(bytes, 3);
    if end == 0 {
        return nom_fail(input);
    }
    let mut groups = 0;
    while groups < 9 && bytes.get(end) == Some(&b',') && digits_at(bytes, end + 1, 3) {
        end += 4;
        groups += 1;
    }
    if groups == 0 {
        return nom_fail(input);
    }
    ends_number(input, end)
}

/// An integer in Indian grouping: "12,34,567" (lakh and crore groups of
/// two, then a last group of three).
///
/// `recognize((take_while_m_n(1, 2, is_digit), many_m_n(1, 6, pair),
/// preceded(char(','), take_while_m_n(3, 3, is_digit))))`, where a pair is
/// a comma and two digits with another comma after them, not followed by a
/// digit.
fn indian_integer(input: &str) -> IResult<&str, &str> {
    let bytes = input.as_bytes();
    let mut end = digits(bytes, 2);
    if end == 0 {
        return nom_fail(input);
    }
    let mut pairs = 0;
    while pairs < 6
        && bytes.get(end) == Some(&b',')
        && digits_at(bytes, end + 1, 2)
        && bytes.get(end + 3) == Some(&b',')
    {
        end += 3;
        pairs += 1;
    }
    if pairs == 0 || bytes.get(end) != Some(&b',') || !digits_at(bytes, end + 1, 3) {
        return nom_fail(input);
    }
    ends_number(input, end + 4)
}

/// An integer without separators: "2022", "50000"; at most
/// [`MAX_DIGITS`] digits, not followed by another.
fn plain_integer(input: &str) -> IResult<&str, &str> {
    match digits(input.as_bytes(), MAX_DIGITS) {
        0 => nom_fail(input),
        end => ends_number(input, end),
    }
}

/// The decimal part: ".9", ".05"; at most [`MAX_DIGITS`] digits, not
/// followed by another. Returns the digits without the point.
fn fraction(input: &str) -> IResult<&str, &str> {
    let Some(after) = input.strip_prefix('.') else {
        return nom_fail(input);
    };
    match digits(after.as_bytes(), MAX_DIGITS) {
        0 => nom_fail(input),
        end => ends_number(after, end),
    }
}

/// A numeral in digits: "55", "1,900", "415.9", ".5", "1,234.50".
///
/// Refuses a numeral followed by `.` or `,` and another digit: "192.168.1.2"
/// (a version or address) and "1,3" (a decimal comma, which this English
/// extractor does not guess at) are not numbers.
pub fn numeral(input: &str) -> IResult<&str, Number> {
    let integer = |i| grouped_integer(i).or_else(|_| indian_integer(i)).or_else(|_| plain_integer(i));
    let (rest, int) = opt(integer).parse(input)?;
    let (rest, frac) = opt(fraction).parse(rest)?;
    if int.is_none() && frac.is_none() {
        return nom_fail(input);
    }
    let glued = rest.strip_prefix(['.', ',']).is_some_and(|r| r.starts_with(is_digit));
    if glued {
        return nom_fail(input);
    }
    // The digits without their separators, on the stack: every number of
    // every text passes here. An integer has at most 30 digits (a first
    // group and nine more), a decimal part at most `MAX_DIGITS`.
    let mut buf = [0u8; 32 + MAX_DIGITS];
    let mut len = 0;
    for b in int.unwrap_or("0").bytes().filter(|&b| b != b',') {
        buf[len] = b;
        len += 1;
    }
    let frac_len = frac.map_or(0, str::len);
    if let Some(f) = frac {
        buf[len] = b'.';
        buf[len + 1..len + 1 + f.len()].copy_from_slice(f.as_bytes());
        len += 1 + f.len();
    }
    let text = std::str::from_utf8(&buf[..len]).expect("ASCII digits and a point");
    let value: Decimal = match text.parse() {
        Ok(v) => v,
        Err(_) => return nom_fail(input),
    };
    let precision = Decimal::new(1, frac_len as u32);
    Ok((rest, Number { value: value.normalize(), precision }))
}

// ---------------------------------------------------------------------------
// Scale words
// ---------------------------------------------------------------------------

const SCALE_WORDS: &[(&str, u32)] =
    &[("thousand", 3), ("million", 6), ("billion", 9), ("trillion", 12), ("lakh", 5), ("crore", 7)];

/// Abbreviations news uses after a number, spaced or glued: "3.5bn", "10k".
/// "m" is not here: alone it is too ambiguous ("5m" is also five metres);
/// money accepts it glued to an amount with a currency ("£350m").
const SCALE_ABBREVS: &[(&str, u32)] =
    &[("bn", 9), ("bln", 9), ("mn", 6), ("mln", 6), ("tn", 12), ("trn", 12), ("tln", 12), ("k", 3)];

/// A scale word: "thousand", "million", "billion", "trillion" (and the Indian
/// "lakh", "crore"), as a power of ten.
pub fn scale_word(input: &str) -> IResult<&str, u32> {
    table_phrase(SCALE_WORDS, input)
}

/// A scale abbreviation: "bn", "mn", "tn", "k", as a power of ten.
pub fn scale_abbrev(input: &str) -> IResult<&str, u32> {
    table_phrase(SCALE_ABBREVS, input)
}

/// The scale after a numeral: a word spaced, hyphenated or glued ("55
/// billion", "a $55-billion deal", "44billion"), or an abbreviation spaced
/// or glued ("3.5bn", "2 bn").
pub fn numeral_scale(input: &str) -> IResult<&str, u32> {
    // Tried after every numeral: the first byte picks the one shape that
    // can follow, and the letter after it rules out most of the rest.
    match input.as_bytes().first() {
        Some(&b) if opens_scale(b) => scale_abbrev(input).or_else(|_| scale_word(input)),
        Some(b'-') if input.as_bytes().get(1).is_some_and(|&b| opens_scale(b)) => scale_word(&input[1..]),
        Some(b' ' | b'\t' | b'\n' | b'\r' | 0xC2 | 0xE2) => {
            let (rest, _) = ws(input)?;
            if !rest.as_bytes().first().is_some_and(|&b| opens_scale(b)) {
                return nom_fail(input);
            }
            scale_word(rest).or_else(|_| scale_abbrev(rest))
        }
        _ => nom_fail(input),
    }
}

/// Whether `b` may open a scale word or abbreviation ("thousand",
/// "million", "bn", "lakh", "crore", "k").
fn opens_scale(b: u8) -> bool {
    matches!(b.to_ascii_lowercase(), b't' | b'm' | b'b' | b'l' | b'c' | b'k')
}

/// The scale after a written number: a spaced word or an abbreviation
/// other than "k" ("five million", "five mln", "two bn"; not "five k").
fn written_scale(input: &str) -> IResult<&str, u32> {
    preceded(ws, |i| match scale_word(i) {
        Ok(r) => Ok(r),
        Err(_) => scale_abbrev(i).and_then(|(r, e)| if e == 3 { nom_fail(i) } else { Ok((r, e)) }),
    })
    .parse(input)
}

/// `number` times `10^exp`, value and precision alike; `None` on overflow.
pub fn scaled(number: Number, exp: u32) -> Option<Number> {
    let f = pow10(exp);
    Some(Number {
        value: number.value.checked_mul(f)?.normalize(),
        precision: number.precision.checked_mul(f)?.normalize(),
    })
}

/// A numeral with an optional scale: "55 billion", "1.2 trillion", "3.5bn",
/// "50,000". An overflowing product is refused.
pub fn scaled_numeral(input: &str) -> IResult<&str, Number> {
    let (rest, n) = numeral(input)?;
    match numeral_scale(rest) {
        Ok((after, exp)) => match scaled(n, exp) {
            Some(s) => Ok((after, s)),
            None => nom_fail(input),
        },
        Err(_) => Ok((rest, n)),
    }
}

// ---------------------------------------------------------------------------
// Written numbers
// ---------------------------------------------------------------------------

const UNITS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

fn lookup_word<'a>(table: &[(&str, u32)], input: &'a str) -> IResult<&'a str, u32> {
    let (rest, w) = word(input)?;
    match table.iter().find(|(name, _)| name.eq_ignore_ascii_case(w)) {
        Some(&(_, v)) => Ok((rest, v)),
        None => nom_fail(input),
    }
}

/// "zero" to "nineteen".
pub fn unit_word(input: &str) -> IResult<&str, u32> {
    lookup_word(UNITS, input)
}

/// "twenty" to "ninety".
pub fn tens_word(input: &str) -> IResult<&str, u32> {
    lookup_word(TENS, input)
}

/// What joins tens and units: "twenty-two", "twenty two".
fn tens_joint(input: &str) -> IResult<&str, &str> {
    match tag::<_, _, Error<&str>>("-").parse(input) {
        Ok(r) => Ok(r),
        Err(_) => ws(input),
    }
}

/// A written number below a hundred: "five", "twenty", "twenty-two",
/// "twenty two".
pub fn below_hundred(input: &str) -> IResult<&str, u32> {
    if let Ok((rest, tens)) = tens_word(input) {
        let unit = preceded(tens_joint, unit_word).parse(rest).ok().filter(|&(_, u)| (1..=9).contains(&u));
        return Ok(match unit {
            Some((after, u)) => (after, tens + u),
            None => (rest, tens),
        });
    }
    unit_word(input)
}

/// A written number below a thousand, with the unit of its last word:
/// "five hundred" is (500, 100), "five hundred and twenty" (520, 1),
/// "a hundred" (100, 100).
pub fn below_thousand(input: &str) -> IResult<&str, (u32, u32)> {
    let lead = below_hundred(input).or_else(|_| phrase("a", input).map(|(r, _)| (r, 1)));
    let (rest, lead) = lead?;
    let hundreds = preceded(ws, |i| phrase("hundred", i)).parse(rest);
    let Ok((rest, _)) = hundreds else {
        // A bare "a" is an article, not a number.
        return if input.len() - rest.len() == 1 { nom_fail(input) } else { Ok((rest, (lead, 1))) };
    };
    if !(1..=9).contains(&lead) {
        return nom_fail(input);
    }
    let tail = preceded((ws, opt((|i| phrase("and", i), ws))), below_hundred).parse(rest).ok().filter(|&(_, t)| t > 0);
    Ok(match tail {
        Some((after, t)) => (after, (lead * 100 + t, 1)),
        None => (rest, (lead * 100, 100)),
    })
}

/// Fractions of a scale: "half a billion", "half million", "a quarter
/// million", "three quarters billion", with the fraction as (numerator,
/// denominator).
fn scale_fraction(input: &str) -> IResult<&str, (i64, i64)> {
    const FRACTIONS: &[(&str, (i64, i64))] =
        &[("three quarters", (3, 4)), ("a half", (1, 2)), ("half", (1, 2)), ("a quarter", (1, 4)), ("quarter", (1, 4))];
    let (rest, f) = table_phrase(FRACTIONS, input)?;
    // "half a billion": the article belongs to the scale.
    let rest = match preceded(ws, |i| phrase("a", i)).parse(rest) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    Ok((rest, f))
}

/// A written number: "five", "twenty-two", "two million", "a million",
/// "five hundred thousand", "half a billion".
///
/// Precision is the unit of the last word: "two million" is rounded to the
/// million, "twenty-two" to the unit.
pub fn written_number(input: &str) -> IResult<&str, Number> {
    // Every shape below opens with one of `start_words`: one lookup rules
    // out the rest before any table is tried.
    if !leading_word(input).is_some_and(|w| super::base_lexicon().class_of(w).any(Class::NUMBER_START)) {
        return nom_fail(input);
    }
    if let Ok((rest, (num, den))) = scale_fraction(input) {
        let (rest, exp) = written_scale(rest)?;
        let scale = pow10(exp);
        let part = scale / Decimal::from(den);
        let value = part * Decimal::from(num);
        return Ok((rest, Number { value, precision: part }));
    }
    // "a" stands for one only before a scale ("a million") or "hundred".
    if let Ok((rest, exp)) = preceded((|i| phrase("a", i), ws), scale_word).parse(input) {
        return Ok((rest, Number { value: pow10(exp), precision: pow10(exp) }));
    }
    let (rest, (value, unit)) = below_thousand(input)?;
    let n = Number { value: Decimal::from(value), precision: Decimal::from(unit) };
    // "one and a half million": the half is only read before a scale.
    let half = preceded(ws, |i| phrase("and a half", i)).parse(rest);
    if let Ok((after_half, exp)) = half.and_then(|(r, _)| written_scale(r)) {
        let n = Number { value: n.value + Decimal::new(5, 1), precision: Decimal::new(5, 1) };
        return match scaled(n, exp) {
            Some(s) => Ok((after_half, s)),
            None => nom_fail(input),
        };
    }
    match written_scale(rest) {
        Ok((after, exp)) => match scaled(n, exp) {
            Some(s) => Ok((after, s)),
            None => nom_fail(input),
        },
        Err(_) => Ok((rest, n)),
    }
}

/// Any number: digits with an optional scale, or a written number.
pub fn number(input: &str) -> IResult<&str, Number> {
    scaled_numeral(input).or_else(|_| written_number(input))
}

// ---------------------------------------------------------------------------
// Fractions
// ---------------------------------------------------------------------------

/// The denominators of price fractions: halves to sixty-fourths, as wire
/// copy quotes share and commodity prices ("35-3/8", "5/16").
const DENOMINATORS: &[u32] = &[2, 4, 8, 16, 32, 64];

/// Unicode vulgar fractions glued to an integer ("12½").
const VULGAR: &[(char, (u32, u32))] =
    &[('½', (1, 2)), ('¼', (1, 4)), ('¾', (3, 4)), ('⅛', (1, 8)), ('⅜', (3, 8)), ('⅝', (5, 8)), ('⅞', (7, 8))];

/// A proper fraction of a price: "1/2", "3/8", "5/16", as (numerator,
/// denominator). Other shapes with a slash ("24/7", "9/11", "1/3") are
/// not prices.
fn proper_fraction(input: &str) -> IResult<&str, (u32, u32)> {
    let digits = |i| take_while_m_n(1, 2, is_digit).parse(i);
    let (rest, (num, _, den)) = (digits, char('/'), digits).parse(input)?;
    let (num, den) = (num.parse::<u32>().unwrap_or(0), den.parse::<u32>().unwrap_or(0));
    let glued = rest.starts_with(|c: char| c.is_alphanumeric() || c == '/')
        || rest.strip_prefix(['.', ',']).is_some_and(|r| r.starts_with(is_digit));
    if glued || num == 0 || num >= den || !DENOMINATORS.contains(&den) {
        return nom_fail(input);
    }
    Ok((rest, (num, den)))
}

/// A price with a fraction: "12-1/2", "35-3/8", "12½", or a fraction alone,
/// "1/4". The value is exact (the denominators are powers of two) and the
/// precision is the fraction's unit: "35-3/8" is stated to the eighth.
pub fn fraction_number(input: &str) -> IResult<&str, Number> {
    let (whole, rest) = match plain_integer(input) {
        Ok((rest, int)) => {
            let int: Decimal = int.parse().map_err(|_| nom::Err::Error(Error::new(input, ErrorKind::Verify)))?;
            if let Some(c) = rest.chars().next()
                && let Some(&(_, (n, d))) = VULGAR.iter().find(|(v, _)| *v == c)
            {
                let after = &rest[c.len_utf8()..];
                if after.starts_with(|c: char| c.is_alphanumeric()) {
                    return nom_fail(input);
                }
                return Ok((after, with_fraction(int, n, d)));
            }
            match rest.strip_prefix('-') {
                Some(r) => (int, r),
                None if rest.starts_with('/') => (Decimal::ZERO, input),
                None => return nom_fail(input),
            }
        }
        Err(_) => (Decimal::ZERO, input),
    };
    let (after, (n, d)) = proper_fraction(rest)?;
    Ok((after, with_fraction(whole, n, d)))
}

fn with_fraction(whole: Decimal, num: u32, den: u32) -> Number {
    let unit = Decimal::ONE / Decimal::from(den);
    Number { value: (whole + unit * Decimal::from(num)).normalize(), precision: unit.normalize() }
}

/// A number as wire copy writes prices: a fraction first ("12-1/2"), then
/// any [`number`].
pub fn wire_number(input: &str) -> IResult<&str, Number> {
    fraction_number(input).or_else(|_| number(input))
}

// ---------------------------------------------------------------------------
// Hedges
// ---------------------------------------------------------------------------

/// Hedge phrases, longer first so "more than" wins over a bare prefix.
const HEDGES: &[(&str, Hedge)] = &[
    ("an estimated", Hedge::About),
    ("approximately", Hedge::About),
    ("an approximate", Hedge::About),
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("roughly", Hedge::About),
    ("some", Hedge::About),
    ("close to", Hedge::Nearly),
    ("just under", Hedge::Nearly),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("more than", Hedge::MoreThan),
    ("in excess of", Hedge::MoreThan),
    ("upwards of", Hedge::MoreThan),
    ("just over", Hedge::MoreThan),
    ("over", Hedge::MoreThan),
    ("above", Hedge::MoreThan),
    ("less than", Hedge::LessThan),
    ("fewer than", Hedge::LessThan),
    ("under", Hedge::LessThan),
    ("below", Hedge::LessThan),
    ("at least", Hedge::AtLeast),
    ("no less than", Hedge::AtLeast),
    ("no fewer than", Hedge::AtLeast),
    ("not less than", Hedge::AtLeast),
    ("up to", Hedge::UpTo),
    ("at most", Hedge::UpTo),
    ("as much as", Hedge::UpTo),
    ("as many as", Hedge::UpTo),
    ("no more than", Hedge::UpTo),
];

/// A hedge phrase and the space after it: "about ", "more than ".
///
/// The caller runs the number parser on the remainder; a hedge not followed
/// by a number is just a word.
pub fn hedge(input: &str) -> IResult<&str, Hedge> {
    // Most candidates open no hedge: one lookup rules them out.
    if !leading_word(input).is_some_and(|w| super::base_lexicon().class_of(w).any(Class::HEDGE_FIRST)) {
        return nom_fail(input);
    }
    let (rest, h) = table_phrase(HEDGES, input)?;
    let (rest, _) = ws(rest)?;
    Ok((rest, h))
}

// ---------------------------------------------------------------------------
// Phrase words
// ---------------------------------------------------------------------------

/// Words that end a noun phrase after a number: prepositions,
/// conjunctions, determiners, pronouns, auxiliaries and common reporting
/// verbs. Sorted (a test keeps it so) for binary search.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "across",
    "after",
    "against",
    "ago",
    "all",
    "also",
    "among",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "been",
    "before",
    "behind",
    "being",
    "below",
    "between",
    "beyond",
    "both",
    "but",
    "by",
    "can",
    "cannot",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "during",
    "each",
    "even",
    "every",
    "except",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "if",
    "in",
    "including",
    "inside",
    "into",
    "is",
    "it",
    "its",
    "just",
    "less",
    "like",
    "many",
    "may",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "near",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "other",
    "our",
    "out",
    "outside",
    "over",
    "per",
    "said",
    "say",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "toward",
    "towards",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "versus",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
];

/// True for a word that cannot be inside the noun phrase after a number.
pub fn is_stop_word(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    STOP_WORDS.binary_search(&lower.as_str()).is_ok()
}

/// One word of a noun phrase: letters with inner hyphens or apostrophes
/// ("nuclear-powered", "Japan's"), bounded, ending at a word boundary.
pub fn phrase_word(input: &str) -> IResult<&str, &str> {
    let (rest, w) = take_while_m_n(1, 40, |c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')).parse(input)?;
    let inner_ok = w.starts_with(char::is_alphabetic) && w.ends_with(char::is_alphabetic);
    if inner_ok && !rest.starts_with(|c: char| c.is_alphanumeric()) { Ok((rest, w)) } else { nom_fail(input) }
}

// ---------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------

/// Chars that glue a token to the word before it: "F-35", "COVID-19",
/// "192.168", "24/7", "q=30".
fn is_glue(c: char) -> bool {
    matches!(c, '.' | ',' | '-' | '+' | '/' | '%' | '=' | '#' | '&' | '_' | '@' | ':' | '^' | '*' | '~')
}

/// True when a number, currency or hedge may start at byte `at` of `text`:
/// the previous char is not a letter or digit, and is not glue attached to
/// one ("F-35", "G7", "v1.2" all fail).
///
/// `at` must be a char boundary.
pub fn at_token_start(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    match before.next() {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if is_glue(c) => !before.next().is_some_and(|d| d.is_alphanumeric() || is_glue(d)),
        Some(_) => true,
    }
}

/// If a URL or e-mail-like token starts at `at`, the byte offset where it
/// ends (the next whitespace); numbers inside URLs are not claims.
pub fn skip_url(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let lower_starts = |p: &str| rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if lower_starts("http://") || lower_starts("https://") || lower_starts("www.") {
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        return Some(at + len);
    }
    None
}

/// The leading run of ASCII letters of `input` (bounded), if any.
pub fn leading_word(input: &str) -> Option<&str> {
    let len = input.bytes().take(MAX_WORD + 1).take_while(u8::is_ascii_alphabetic).count();
    (len > 0).then(|| &input[..len])
}

/// Could a written number or a hedge begin with `word`? A cheap filter so
/// that extractors run their parsers only at plausible word starts: one
/// binary search in a table built once, no allocation per word.
pub fn may_begin_number(word: &str) -> bool {
    word.is_ascii() && super::base_lexicon().class_of(word).any(Class::NUMBER_FIRST)
}

/// The words a written number or a hedge may begin with, for the shared
/// word table of [`cue`].
pub(crate) fn first_words() -> impl Iterator<Item = &'static str> {
    start_words().chain(hedge_first_words())
}

/// The first words of hedges ("more" of "more than"), for the shared word table.
pub(crate) fn hedge_first_words() -> impl Iterator<Item = &'static str> {
    HEDGES.iter().filter_map(|(p, _)| p.split(' ').next())
}

/// The words of written numbers: units, tens, "hundred" and scales.
pub(crate) fn number_words() -> impl Iterator<Item = &'static str> {
    UNITS.iter().chain(TENS).chain(SCALE_WORDS).map(|(w, _)| *w).chain(["hundred"])
}

/// The words a written number may begin with ("two", "twenty", "a
/// million", "half a billion"): [`written_number`] reads nothing else.
pub(crate) fn start_words() -> impl Iterator<Item = &'static str> {
    UNITS.iter().chain(TENS).map(|(w, _)| *w).chain(["a", "half", "quarter"])
}

/// Does a number word ("million", "twenty", "hundred") end right before
/// byte `at` (across spaces)? Then a number starting at `at` is the tail of
/// a longer written number this grammar does not read ("two million three
/// hundred thousand"), and claiming the tail alone would be wrong.
pub fn after_number_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    if before.len() == at {
        return false;
    }
    // The ASCII letters that end `before`, on bytes: an ASCII letter is one
    // byte, and any other byte ends the run.
    let letters = before.bytes().rev().take(MAX_WORD + 1).take_while(u8::is_ascii_alphabetic).count();
    let w = &before[before.len() - letters..];
    !w.is_empty() && w.len() <= MAX_WORD && super::base_lexicon().class_of(w).any(Class::NUMBER_WORD)
}

/// Does a bare fraction start at byte `at` right after a number (across
/// spaces)? Then it abbreviates the second price of a quote: "9-5/8 1/2
/// pct" is 9-5/8 bid and 9-1/2 offered, and "1/2 pct" alone would be wrong.
pub fn quoted_fraction_tail(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}']);
    before.len() < at && before.ends_with(|c: char| c.is_ascii_digit()) && proper_fraction(&text[at..]).is_ok()
}

/// The scan shared by the money, percent and quantity extractors: visits,
/// left to right, the candidates of the shared pass — the words whose class
/// meets `starts` (and every word opening a digit or a web address), and the
/// marks (signs, "." or "-" before a digit) — skips URLs whole, and where the
/// position is a token start, `may_start` accepts the rest of the text and
/// no number word stands just before, asks `mention_at` for a mention and
/// the offset it ends at. The scan resumes behind each mention, so mentions
/// never overlap and the work is linear in the text.
///
/// Every position `may_start` accepts is a candidate (a test runs the scan
/// over every position to show it), so only positions where no mention can
/// start are skipped.
pub fn scan<M>(
    text: &str,
    cues: &Cues,
    starts: Class,
    may_start: impl Fn(&str) -> bool,
    mut mention_at: impl FnMut(usize) -> Option<(M, usize)>,
) -> Vec<M> {
    let mut out = Vec::new();
    let mut resume = 0;
    for at in candidates(cues, starts) {
        if at < resume || !at_token_start(text, at) {
            continue;
        }
        if let Some(end) = skip_url(text, at) {
            resume = end;
            continue;
        }
        if may_start(&text[at..])
            && !after_number_word(text, at)
            && !quoted_fraction_tail(text, at)
            && let Some((m, end)) = mention_at(at)
        {
            out.push(m);
            resume = end.max(next_char(text, at));
        }
    }
    out
}

/// The positions [`scan`] visits, ascending: words that open a digit or a
/// web address, words whose class meets `starts` with a number in reach
/// ([`Class::NUMBER_IN_REACH`]), and the marks.
fn candidates(cues: &Cues, starts: Class) -> impl Iterator<Item = usize> + '_ {
    let words = cues.words.iter().filter_map(move |w| {
        let open =
            w.class.any(Class::DIGIT | Class::URL) || (w.class.any(starts) && w.class.any(Class::NUMBER_IN_REACH));
        open.then_some(w.start)
    });
    merged(words, cues.marks.iter().copied())
}

/// Two ascending sequences of positions merged into one.
fn merged(a: impl Iterator<Item = usize>, b: impl Iterator<Item = usize>) -> impl Iterator<Item = usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(&x), Some(&y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// The byte offset of the char after the one at `at`.
pub fn next_char(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(text.len(), |c| at + c.len_utf8())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use nom::combinator::recognize;
    use nom::multi::many_m_n;

    #[test]
    fn digit_runs_read_bytes_as_the_combinators_read_chars() {
        fn followed<'a>(r: IResult<&'a str, &'a str>) -> Option<(&'a str, &'a str)> {
            r.ok().filter(|(rest, _)| !rest.starts_with(is_digit))
        }
        fn grouped(i: &str) -> Option<(&str, &str)> {
            followed(
                recognize((
                    take_while_m_n(1, 3, is_digit),
                    many_m_n(1, 9, preceded(char(','), take_while_m_n(3, 3, is_digit))),
                ))
                .parse(i),
            )
        }
        fn pair(i: &str) -> IResult<&str, &str> {
            let (rest, pair) = preceded(char(','), take_while_m_n(2, 2, is_digit)).parse(i)?;
            if rest.starts_with(',') { Ok((rest, pair)) } else { nom_fail(i) }
        }
        fn indian(i: &str) -> Option<(&str, &str)> {
            followed(
                recognize((
                    take_while_m_n(1, 2, is_digit),
                    many_m_n(1, 6, pair),
                    preceded(char(','), take_while_m_n(3, 3, is_digit)),
                ))
                .parse(i),
            )
        }
        fn plain(i: &str) -> Option<(&str, &str)> {
            followed(take_while_m_n(1, MAX_DIGITS, is_digit).parse(i))
        }
        fn decimals(i: &str) -> Option<(&str, &str)> {
            followed(preceded(char('.'), take_while_m_n(1, MAX_DIGITS, is_digit)).parse(i))
        }
        let long = "1".repeat(40);
        let odd =
            ["", "1", "12", "123", "1234", ",", ".", "1,", "1,2", "1,23", "1,234", "1,2345", "12,345,678", "1,234.5"];
        let more =
            ["12,34,567", "1,23,45,67,890", "12,34,56", "12,34,5678", "1,00,00,000", ".5", ".05.", "1.", "٣,٣٣٣"];
        let wide = ["1,000,000,000,000,000,000,000,000,000,000", "1,000,000,000,000,000,000,000,000,000,000,000"];
        let mut texts: Vec<String> = odd.iter().chain(&more).chain(&wide).map(|s| s.to_string()).collect();
        texts.push(long.clone());
        texts.push(format!(".{long}"));
        texts.push(format!("1,{long}"));
        texts.extend(reach_texts());
        for t in &texts {
            for (at, _) in t.char_indices() {
                let i = &t[at..];
                assert_eq!(grouped_integer(i).ok(), grouped(i), "{i:?}");
                assert_eq!(indian_integer(i).ok(), indian(i), "{i:?}");
                assert_eq!(plain_integer(i).ok(), plain(i), "{i:?}");
                assert_eq!(fraction(i).ok(), decimals(i), "{i:?}");
            }
        }
    }

    /// Texts where mentions start as far from their number as the grammar
    /// allows, and the bundled articles.
    pub(crate) fn reach_texts() -> Vec<String> {
        let mut texts: Vec<String> = [
            "It paid no fewer than U.S. $ 5 million, in excess of HK$ 300,000 and as many as twenty-two thousand.",
            "Growth was minus 0.5 per cent, negative 2%, about -.5% and no more than a quarter of a percent.",
            "Some dollar 40.5 million, roughly Rs. 1,20,000 and an estimated half a billion euros went to 5,000 people.",
            "See https://example.com/2019/5-million and www.example.org/50% for the 12 reports.",
            "Fees of USD115 were paid by all of the members of the club at the town hall that day.",
        ]
        .map(String::from)
        .to_vec();
        let articles = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
        for entry in std::fs::read_dir(articles).expect("bundled articles") {
            texts.push(std::fs::read_to_string(entry.expect("entry").path()).expect("article text"));
        }
        texts
    }

    #[test]
    fn every_position_a_number_mention_parses_at_is_a_candidate() {
        /// A kind's name, start classes, start filter and parser.
        type Kind = (&'static str, Class, fn(&str) -> bool, fn(&str) -> bool);
        let kinds: [Kind; 3] = [
            ("money", super::super::money::STARTS, super::super::money::may_start, |t| {
                super::super::money::hedged_money(t).is_ok()
            }),
            ("percent", super::super::percent::STARTS, super::super::percent::may_start, |t| {
                super::super::percent::hedged_percentage(t).is_ok()
            }),
            ("quantity", super::super::quantity::STARTS, super::super::quantity::may_start, |t| {
                hedge(t).map_or_else(|_| number(t).is_ok(), |(rest, _)| number(rest).is_ok())
            }),
        ];
        for text in reach_texts() {
            let cues = Cues::of(&text, crate::extract::base_lexicon());
            for (kind, starts, may_start, parses) in kinds {
                let visited: Vec<usize> = candidates(&cues, starts).collect();
                for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                    let rest = &text[at..];
                    if at_token_start(&text, at) && may_start(rest) && parses(rest) {
                        assert!(
                            visited.binary_search(&at).is_ok(),
                            "{kind} at {at} is no candidate: {:?}",
                            &rest[..rest.len().min(40)]
                        );
                    }
                }
            }
        }
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn n(value: &str, precision: &str) -> Number {
        Number { value: d(value), precision: d(precision) }
    }

    #[test]
    fn numeral_reads_separators_and_decimals() {
        assert_eq!(numeral("1,900 miles"), Ok((" miles", n("1900", "1"))));
        assert_eq!(numeral("415.9 million"), Ok((" million", n("415.9", "0.1"))));
        assert_eq!(numeral(".5%"), Ok(("%", n("0.5", "0.1"))));
        assert_eq!(numeral("50,000 U.S."), Ok((" U.S.", n("50000", "1"))));
        assert_eq!(numeral("102.80 a week"), Ok((" a week", n("102.8", "0.01"))));
        assert_eq!(numeral("12,345,678."), Ok((".", n("12345678", "1"))));
        assert_eq!(numeral("12,34,567.89"), Ok(("", n("1234567.89", "0.01"))));
    }

    #[test]
    fn integer_and_fraction_productions() {
        assert_eq!(grouped_integer("1,900 x"), Ok((" x", "1,900")));
        assert!(grouped_integer("1900").is_err());
        assert!(grouped_integer("1,9000").is_err());
        assert_eq!(indian_integer("12,34,567.8"), Ok((".8", "12,34,567")));
        assert!(indian_integer("12,345").is_err());
        assert_eq!(plain_integer("2022,"), Ok((",", "2022")));
        assert_eq!(fraction(".05%"), Ok(("%", "05")));
        assert!(fraction(".x").is_err());
        assert_eq!(ws("  x"), Ok(("x", "  ")));
        assert_eq!(ws(" \n x"), Ok(("x", " \n ")));
        assert!(ws("\n\nx").is_err(), "a blank line ends a phrase");
        assert!(ws("\n    x").is_err(), "so does a paragraph indented four spaces");
        assert!(ws("x").is_err());
        assert_eq!(word("yen."), Ok((".", "yen")));
        assert_eq!(phrase("more than", "More  than 5"), Ok((" 5", "More  than")));
        assert!(phrase("over", "overall").is_err());
    }

    #[test]
    fn numeral_refuses_addresses_versions_and_bad_groups() {
        assert!(numeral("192.168.1.2").is_err());
        assert!(numeral("1,3").is_err());
        assert!(numeral("1,2345").is_err());
        assert!(numeral("abc").is_err());
        assert!(numeral("99999999999999999999999999999999").is_err());
    }

    #[test]
    fn scales_multiply_value_and_precision() {
        assert_eq!(scaled_numeral("55 billion investment"), Ok((" investment", n("55000000000", "1000000000"))));
        assert_eq!(scaled_numeral("1.2 trillion."), Ok((".", n("1200000000000", "100000000000"))));
        assert_eq!(scaled_numeral("3.5bn"), Ok(("", n("3500000000", "100000000"))));
        assert_eq!(scaled_numeral("10k runners"), Ok((" runners", n("10000", "1000"))));
        assert_eq!(scaled_numeral("2 mn"), Ok(("", n("2000000", "1000000"))));
        // "millions" is not a scale: "5 millions" stays 5.
        assert_eq!(scaled_numeral("5 millions"), Ok((" millions", n("5", "1"))));
        // "m" alone is money's business.
        assert_eq!(scaled_numeral("350m"), Ok(("m", n("350", "1"))));
    }

    #[test]
    fn absurd_scales_are_refused_not_wrapped() {
        assert!(scaled_numeral("9999999999999999999999999999 trillion").is_err());
    }

    #[test]
    fn scale_productions() {
        assert_eq!(scale_word("Billion dollars"), Ok((" dollars", 9)));
        assert!(scale_word("billions").is_err());
        assert_eq!(scale_abbrev("bn,"), Ok((",", 9)));
        assert!(scale_abbrev("km").is_err());
        assert_eq!(numeral_scale(" thousand"), Ok(("", 3)));
        assert_eq!(numeral_scale("bn"), Ok(("", 9)));
        assert_eq!(numeral_scale("-billion deal"), Ok((" deal", 9)));
        assert!(numeral_scale("-mile").is_err());
    }

    #[test]
    fn written_words() {
        assert_eq!(unit_word("five people"), Ok((" people", 5)));
        assert!(unit_word("fivefold").is_err());
        assert_eq!(tens_word("Ninety"), Ok(("", 90)));
        assert_eq!(below_hundred("twenty-two troops"), Ok((" troops", 22)));
        assert_eq!(below_hundred("twenty two"), Ok(("", 22)));
        assert_eq!(below_hundred("twenty troops"), Ok((" troops", 20)));
        assert_eq!(below_thousand("five hundred jobs"), Ok((" jobs", (500, 100))));
        assert_eq!(below_thousand("three hundred and twelve"), Ok(("", (312, 1))));
        assert_eq!(below_thousand("a hundred"), Ok(("", (100, 100))));
        assert!(below_thousand("a car").is_err());
    }

    #[test]
    fn written_numbers_with_scales() {
        assert_eq!(written_number("two million people"), Ok((" people", n("2000000", "1000000"))));
        assert_eq!(written_number("a million"), Ok(("", n("1000000", "1000000"))));
        assert_eq!(written_number("five"), Ok(("", n("5", "1"))));
        assert_eq!(written_number("half a billion"), Ok(("", n("500000000", "500000000"))));
        assert_eq!(written_number("a quarter million"), Ok(("", n("250000", "250000"))));
        assert_eq!(written_number("three quarters billion"), Ok(("", n("750000000", "250000000"))));
        assert!(written_number("a plan").is_err());
        assert!(written_number("half the team").is_err());
    }

    #[test]
    fn written_numbers_take_wire_scale_abbreviations() {
        assert_eq!(written_number("five mln dlrs"), Ok((" dlrs", n("5000000", "1000000"))));
        assert_eq!(written_number("two bln"), Ok(("", n("2000000000", "1000000000"))));
        assert_eq!(written_number("half a bln"), Ok(("", n("500000000", "500000000"))));
        assert_eq!(written_number("five k runners"), Ok((" k runners", n("5", "1"))));
    }

    #[test]
    fn scale_words_may_be_glued() {
        assert_eq!(scaled_numeral("44billion in"), Ok((" in", n("44000000000", "1000000000"))));
        assert_eq!(scaled_numeral("38.1billion"), Ok(("", n("38100000000", "100000000"))));
        assert_eq!(scaled_numeral("5billions"), Ok(("billions", n("5", "1"))));
    }

    #[test]
    fn price_fractions() {
        assert_eq!(fraction_number("12-1/2 dlrs"), Ok((" dlrs", n("12.5", "0.5"))));
        assert_eq!(fraction_number("35-3/8,"), Ok((",", n("35.375", "0.125"))));
        assert_eq!(fraction_number("5/16 pct"), Ok((" pct", n("0.3125", "0.0625"))));
        assert_eq!(fraction_number("12½ dollars"), Ok((" dollars", n("12.5", "0.5"))));
        for t in ["24/7", "9/11", "1/3", "3/2", "1/2/87", "1/2.5", "12-1/2x", "0/4", "5"] {
            assert!(fraction_number(t).is_err(), "{t}");
        }
        assert_eq!(wire_number("3-1/4"), Ok(("", n("3.25", "0.25"))));
        assert_eq!(wire_number("5-6 pct"), Ok(("-6 pct", n("5", "1"))));
    }

    #[test]
    fn and_a_half_only_before_a_scale() {
        assert_eq!(written_number("one and a half million"), Ok(("", n("1500000", "500000"))));
        assert_eq!(written_number("one and a half"), Ok((" and a half", n("1", "1"))));
    }

    #[test]
    fn number_prefers_digits() {
        assert_eq!(number("16 billion"), Ok(("", n("16000000000", "1000000000"))));
        assert_eq!(number("five million yen"), Ok((" yen", n("5000000", "1000000"))));
    }

    #[test]
    fn every_hedge_phrase() {
        for &(p, h) in HEDGES {
            let text = format!("{p} 5");
            assert_eq!(hedge(&text), Ok(("5", h)), "{p}");
        }
        assert_eq!(hedge("More than  300"), Ok(("300", Hedge::MoreThan)));
        assert!(hedge("overall 5").is_err());
        assert!(hedge("about").is_err());
    }

    #[test]
    fn bounds_policy() {
        let b = |v: &str, p: &str, h| bounds(n(v, p), h);
        let some = |s: &str| Some(d(s));
        assert_eq!(b("55000000000", "1000000000", None), (some("54500000000"), some("55500000000")));
        assert_eq!(b("50000", "1", Some(Hedge::About)), (some("45000"), some("55000")));
        // About never narrows below the rounding: "about 2 billion" allows ±0.5bn.
        assert_eq!(b("2000000000", "1000000000", Some(Hedge::About)), (some("1500000000"), some("2500000000")));
        assert_eq!(b("100", "1", Some(Hedge::Nearly)), (some("90"), some("100")));
        assert_eq!(b("100", "1", Some(Hedge::MoreThan)), (some("100"), None));
        assert_eq!(b("100", "1", Some(Hedge::AtLeast)), (some("100"), None));
        assert_eq!(b("100", "1", Some(Hedge::LessThan)), (some("0"), some("100")));
        assert_eq!(b("100", "1", Some(Hedge::UpTo)), (some("0"), some("100")));
        assert_eq!(b("-5", "1", Some(Hedge::UpTo)), (None, some("-5")));
    }

    #[test]
    fn bounds_never_overflow() {
        let huge = Number { value: Decimal::MAX, precision: Decimal::ONE };
        let (_, high) = bounds(huge, Some(Hedge::About));
        assert_eq!(high, None);
        assert_eq!(bounds(huge, Some(Hedge::Nearly)).1, Some(Decimal::MAX));
    }

    #[test]
    fn stop_words_are_sorted_lowercase_and_unique() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOP_WORDS.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
        assert!(is_stop_word("And"));
        assert!(!is_stop_word("troops"));
    }

    #[test]
    fn phrase_words() {
        assert_eq!(phrase_word("nuclear-powered submarines"), Ok((" submarines", "nuclear-powered")));
        assert_eq!(phrase_word("Japan’s exports"), Ok((" exports", "Japan’s")));
        assert!(phrase_word("-mile").is_err());
        assert!(phrase_word("F35").is_err());
    }

    #[test]
    fn token_starts_refuse_glued_text() {
        let t = "F-35 and G7, COVID-19, (5) 192.168.1.2 -9";
        let at = |s: &str| t.find(s).unwrap();
        assert!(!at_token_start(t, at("35")));
        assert!(!at_token_start(t, at("7,")));
        assert!(!at_token_start(t, at("19")));
        assert!(at_token_start(t, at("5)")));
        assert!(!at_token_start(t, at("168")));
        assert!(at_token_start(t, at("-9")));
        assert!(at_token_start(t, 0));
    }

    #[test]
    fn starter_words() {
        assert_eq!(leading_word("About 5"), Some("About"));
        assert_eq!(leading_word("5"), None);
        for w in ["About", "more", "twenty", "a", "half", "as", "at", "Nineteen", "some"] {
            assert!(may_begin_number(w), "{w}");
        }
        for w in ["Japan", "hosts", "alliance", "thousand"] {
            assert!(!may_begin_number(w), "{w}");
        }
    }

    #[test]
    fn the_second_price_of_a_quote_is_no_number_alone() {
        let t = "rates at 9-5/8 1/2 pct, then 1/2 pct";
        assert!(quoted_fraction_tail(t, t.find("1/2").unwrap()));
        assert!(!quoted_fraction_tail(t, t.rfind("1/2").unwrap()));
        assert!(!quoted_fraction_tail(t, t.find("9-5/8").unwrap()));
    }

    #[test]
    fn tails_of_long_written_numbers() {
        let t = "two million three hundred thousand people, 5 people";
        assert!(after_number_word(t, t.find("three").unwrap()));
        assert!(!after_number_word(t, 0));
        assert!(!after_number_word(t, t.find("5").unwrap()));
    }

    #[test]
    fn urls_are_skipped_whole() {
        let t = "see https://x.com/q=30%25 now";
        assert_eq!(skip_url(t, 4), Some(t.find(" now").unwrap()));
        assert_eq!(skip_url(t, 0), None);
    }

    #[test]
    fn helpers_are_safe_on_non_ascii() {
        assert!(numeral("¥43").is_err());
        assert!(word("’s").is_err());
        assert_eq!(next_char("€2", 0), 3);
        assert!(at_token_start("€2", 3));
    }
}
