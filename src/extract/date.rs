//! Date mentions: absolute ("2024-04-17", "December 11, 2025", "Dec. 6"),
//! partial ("in October", "at the end of 2022"), relative ("tomorrow",
//! "last week", "on Friday") and bare days ("on the 6th").
//!
//! The job of this module is to say *what the text says*, unresolved: a
//! [`DateExpr`] keeps relative and yearless dates relative; the
//! publication date is applied later by `normalise::date::resolve`.
//!
//! # Invariants
//! - Spans are exact byte ranges into the input, never with trailing
//!   blanks or punctuation (a dot stays only inside "Oct. 2" or "16. Nov.
//!   2016").
//! - Span convention (Recognizers-Text's): a preposition that only places
//!   the date is left out ("on the 6th" → `the 6th`, "in October" →
//!   `October`, "at the end of 2022" → `the end of 2022`); words that carry
//!   meaning stay in (`in two days`, `this December`, `next week`,
//!   `Tomorrow, which is the 12th`). A time after a date is left out
//!   ("2024-04-17 10:03:49" → `2024-04-17`).
//! - The scan is linear: parsers only start at word starts whose first word
//!   can begin a date (a digit, a month, a weekday or a relative word);
//!   every `take_while` and repetition is bounded, look-around windows are
//!   at most 120 bytes, and the scan resumes after a match.
//! - Never panics; slices only at char boundaries. No date runs across a
//!   blank line.
//!
//! # Policy
//! - **No false positives first.** Declined by design, because news uses
//!   them for other things: a bare number ("on 15"); bare ordinal words
//!   ("the second"; compound ones like "the twenty-second" count); "the
//!   day", "the next day", "the last day", "two days later", "the previous
//!   year" (counted from the story's events, not the publication); "4.22"
//!   and "4-22" unless right after "on"/"in" and at the end of a clause;
//!   yearless "4/22" needs a two-digit second part (or "on"/"since"/… or a
//!   weekday before it) and no noun after it ("9/11 attacks", "2/3 of").
//! - **Month words need support.** A month name alone is a date only when
//!   capitalised and after a placing word ("in", "since", "until", "from",
//!   "during", "of", …, or "and"/"to" right after another month), or with
//!   a day, a year, a part ("early", "mid-", "the end of") or a shift
//!   ("this", "next", "last") next to it. So "they may meet", "a march on
//!   Washington", "led by May" are not dates.
//! - **Ordinal days** ("the 6th") count only when followed by punctuation, the
//!   end of text, "of <month>" or a function word, so "the 2nd Fleet", "the
//!   27th floor" and "the 1st and 3rd battalions" are not dates. "the 27"
//!   without suffix needs punctuation or the end right after it, and so does
//!   a written cardinal day ("the thirty", "the twenty one"), which is read
//!   only from 20 to 31 ("the two." counts people).
//! - **Names are not dates**: a bare weekday or capitalised relative word
//!   after a capitalised non-function word ("Black Friday", "USA Today"),
//!   and a capitalised "Today" that does not start a sentence.
//! - **Tense from the clause.** A day or month without a year takes its
//!   tense from the nearest cue among the up to eight words before it in
//!   the same sentence: a future cue ("will", "would", "'ll", "next",
//!   "upcoming", "scheduled", "slated", "plans", "expected", "until",
//!   "please", …) makes it the first one on or after the publication date
//!   ([`Tense::Future`]: "will visit Tokyo on Sunday", "pay April 28"
//!   after "will"); a verb in the past tense ("said", "met", "was",
//!   "announced") the most recent one on or before it ([`Tense::Past`]:
//!   "said on Sunday"). With neither ([`Tense::Unmarked`]: "record March
//!   30", "a vote of confidence in January" in a November story) it is the
//!   nearer of the two, the past one when both are as near. The hint is
//!   stored in the [`DateExpr`] at extraction time; minimal pairs pin it in
//!   the tests of `normalise::date`.
//! - **"in N days"** is a date ahead only with a future cue in its sentence
//!   (before or after it): "dropped 12% in two days" measures back.
//! - **Bare years** are read only after a placing word ("in 2023", "from
//!   2025", "to 2021" after another year), in 1800–2100, not before a
//!   lowercase plural or a clock zone ("in 2000 cases", "1900 GMT"); after
//!   "the" a word must follow that is not a measure ("the 2023 Camp David
//!   Summit", "the 2008 financial crisis", not "the 2000 troops" or "the
//!   2000 mark").

use std::borrow::Cow;

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::character::complete::{char, satisfy};
use nom::combinator::{map, map_opt, not, opt, peek, recognize, value, verify};
use nom::error::{ErrorKind, context};
use nom::sequence::{preceded, terminated};
use nom::{IResult, Parser};

use super::cue::{Class, Cues};
use super::lex::tag_no_case_ascii;
use crate::span::Span;
use crate::vocab::calendar;

/// One date mention; `expr` is resolved by `normalise::date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub expr: DateExpr,
}

/// Which way an underspecified date ("April 14", "the 6th", "Friday")
/// points from the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tense {
    /// The most recent such day or month on or before the reference.
    Past,
    /// The first such day or month on or after the reference.
    Future,
    /// No cue either way: the nearer of the two readings (the past one when
    /// both are as near).
    Unmarked,
}

/// The part of a year or month a phrase names ("early 2024", "the end of
/// 2022").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// "beginning of", "start of": the whole year or month (see `normalise::date`).
    Start,
    /// "early": January–April, days 1–10.
    Early,
    /// "mid", "middle of": May–August, days 11–20.
    Mid,
    /// "late": September–December, day 21 to the end.
    Late,
    /// "end of": the last quarter (October–December), day 21 to the end.
    End,
}

/// A calendar unit for relative phrases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// A year, either written ("2022") or relative to the reference ("this
/// year" = 0, "next year" = 1, "last year" = -1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum YearRef {
    Absolute(i16),
    Relative(i8),
}

/// Which month a phrase like "the first Friday of …" means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MonthSel {
    /// No month named: the reference month.
    Reference,
    /// A named month without year ("of July"), placed by tense.
    Named { month: i8, tense: Tense },
    /// "of this month" (0), "of next month" (1), "of previous month" (-1).
    Shifted(i8),
}

/// A meteorological season of the northern hemisphere: spring is March to
/// May, summer June to August, autumn September to November, winter
/// December to February (and so runs across a year end).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// The month the season starts in.
    pub const fn first_month(self) -> i8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
}

/// Which season of its kind a phrase means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SeasonRef {
    /// The season of a year: "the summer of 2024", "spring last year".
    Year(YearRef),
    /// "this summer" (0), "next winter" (1), "last autumn" (-1), counted
    /// from the reference.
    Shift(i8),
}

/// What a date mention says, before resolution against a reference date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateExpr {
    /// A date with its year written: "2024-04-17", "December 11, 2025",
    /// "October 2025", "in 2023". `day` is only set with `month`.
    Absolute { year: i16, month: Option<i8>, day: Option<i8> },
    /// A month and day without year: "April 14", "Dec. 6", "on 6 December".
    MonthDay { month: i8, day: i8, tense: Tense },
    /// A month of a year named relative to the reference: "October last
    /// year" (`offset: -1`), "March this year" (0).
    MonthOfYear { month: i8, offset: i8 },
    /// A month without year: "in October" (`shift: None`), "this December"
    /// (`Some(0)`), "next May" (`Some(1)`), "last March" (`Some(-1)`).
    Month { month: i8, shift: Option<i8>, tense: Tense },
    /// A day of the publication month or one near it: "the 6th";
    /// `month_shift` is set by "the 20th of next month".
    DayOfMonth { day: i8, month_shift: Option<i8>, tense: Tense },
    /// A day counted from the reference, as a signed calendar span: "today"
    /// (all zero), "tomorrow" (`days: 1`), "two days ago" (`days: -2`), "in
    /// three weeks" (`weeks: 3`), "1 month and 21 days ago", "three weeks
    /// from tomorrow" (`weeks: 3, days: 1`).
    Shift { years: i16, months: i16, weeks: i16, days: i32 },
    /// A relative day with an explicit day of month next to it:
    /// "Tomorrow, which is the 12th".
    AnchoredDay { days: i32, day: i8 },
    /// A weekday: "Friday" (`week: None`, by tense), "this Friday"
    /// (`Some(0)`), "next Sunday", "Tuesday of next week" (`Some(1)`).
    /// Weeks run Monday to Sunday.
    Weekday { weekday: jiff::civil::Weekday, week: Option<i8>, tense: Tense },
    /// The `n`th (1–5) such weekday of a month: "the first Friday of July",
    /// "second Sunday" (the reference month), "the third Wednesday of
    /// previous month".
    NthWeekday { n: i8, weekday: jiff::civil::Weekday, month: MonthSel },
    /// The stretch up to the reference: "the past two years", "in the past
    /// few days", "the last three months".
    Recent { amount: i32, unit: Unit },
    /// Working days (Monday to Friday) after the reference: "in two business days".
    BusinessDays(i32),
    /// The `n`th such weekday after the reference: "two Sundays from now".
    WeekdaysAhead { n: i8, weekday: jiff::civil::Weekday },
    /// A whole calendar unit around the reference: "this week" (Week, 0),
    /// "last month" (Month, -1), "next year" / "the new year" (Year, 1).
    Period { unit: Unit, offset: i8 },
    /// Part of a year: "at the end of 2022", "early 2024", "mid-2025".
    YearPart { year: YearRef, part: Part },
    /// Part of a month: "early October", "the end of November 2025",
    /// "mid-March"; without year the month is placed by tense.
    MonthPart { month: i8, year: Option<i16>, part: Part, tense: Tense },
    /// A decade or part of one: "the 1990s" (holds 1990), "the early 2030s".
    Decade { decade: i16, part: Option<Part> },
    /// A numeric date whose two first numbers can both be the month
    /// ("03/05/2025"): read month first, unless the day-first reading is
    /// the one near a day-precise reference (see `normalise::date`).
    EitherOrder { year: i16, month: i8, day: i8 },
    /// Two dates joined into one stretch: "from April 19 until June 1",
    /// "between 2019 and 2021". Both dates are also mentions of their own.
    Range { from: Box<DateExpr>, to: Box<DateExpr> },
    /// The day the text was last speaking of: "earlier in the day", "later
    /// that day", "the same day" (see `normalise::date`).
    SameDay,
    /// A season: "last summer", "the spring of 2023".
    Season { season: Season, at: SeasonRef },
    /// A calendar quarter (1–4) of a year: "Q2 2025", "the third quarter
    /// of last year".
    Quarter { n: i8, year: YearRef },
    /// The part of this week before or after the reference day, the
    /// reference day included: "earlier this week" (`later: false`),
    /// "later this week" (`later: true`).
    ThisWeekPart { later: bool },
}

impl DateExpr {
    /// The tense hint of an underspecified date, if it has one.
    pub fn tense(&self) -> Option<Tense> {
        match *self {
            DateExpr::MonthDay { tense, .. }
            | DateExpr::Month { tense, .. }
            | DateExpr::DayOfMonth { tense, .. }
            | DateExpr::MonthPart { tense, .. }
            | DateExpr::Weekday { tense, .. }
            | DateExpr::NthWeekday { month: MonthSel::Named { tense, .. }, .. } => Some(tense),
            _ => None,
        }
    }

    /// The same expression with another tense hint.
    pub fn with_tense(self, t: Tense) -> DateExpr {
        match self {
            DateExpr::MonthDay { month, day, .. } => DateExpr::MonthDay { month, day, tense: t },
            DateExpr::Month { month, shift, .. } => DateExpr::Month { month, shift, tense: t },
            DateExpr::DayOfMonth { day, month_shift, .. } => DateExpr::DayOfMonth { day, month_shift, tense: t },
            DateExpr::MonthPart { month, year, part, .. } => DateExpr::MonthPart { month, year, part, tense: t },
            DateExpr::Weekday { weekday, week, .. } => DateExpr::Weekday { weekday, week, tense: t },
            DateExpr::NthWeekday { n, weekday, month: MonthSel::Named { month, .. } } => {
                DateExpr::NthWeekday { n, weekday, month: MonthSel::Named { month, tense: t } }
            }
            other => other,
        }
    }
}

type Res<'a, T> = IResult<&'a str, T>;

/// A recoverable "not here" error at `i`, for checks nom has no combinator for.
fn reject(i: &str, kind: ErrorKind) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, kind))
}

/// Words that may start a mention besides month and weekday names (which
/// the lexicon takes from [`calendar`]) and [`DAY_WORDS`]; anything else is
/// skipped without parsing.
pub(crate) const STARTERS: &[&str] = &[
    "today",
    "tomorrow",
    "tmrw",
    "yesterday",
    "tonight",
    "this",
    "next",
    "last",
    "past",
    "previous",
    "coming",
    "the",
    "a",
    "an",
    "few",
    "several",
    "in",
    "end",
    "beginning",
    "start",
    "early",
    "mid",
    "middle",
    "late",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "earlier",
    "later",
    // "Q2 2025": the letter before a quarter's digit.
    "q",
];

/// Starters that are days written as words: the words [`day_word`] opens
/// with ("first", "twenty-first").
pub(crate) const DAY_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty",
    "thirtieth",
    "thirty",
];

/// Words after which a lone month name places something in time. "by",
/// "and", "the" are left out: "led by May", "Johnson and May", "the March
/// on Washington".
const PLACING_MONTH: &[&str] =
    &["in", "since", "until", "till", "from", "during", "of", "through", "before", "after", "throughout", "between"];

/// Words after which a four-digit number is read as a year ("by 2030",
/// "the 2023 Camp David Summit"). "to", "and", "or" only count after
/// another year ("from 2019 to 2021"): "rose to 2000" is an amount.
const PLACING_YEAR: &[&str] = &[
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "of",
    "through",
    "before",
    "after",
    "throughout",
    "between",
    "the",
];

/// Words that mark the future for underspecified dates.
const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "slated",
    "'ll",
    "’ll",
    "next",
    "upcoming",
    "scheduled",
    "schedule",
    "plans",
    "plan",
    "planned",
    "planning",
    "shall",
    "expected",
    "due",
    "coming",
    "until",
    "till",
    // A request is about what is to come.
    "please",
];

/// How many words before a mention (same sentence) may hold a future cue.
const CUE_WINDOW: usize = 8;

/// Words that may follow "the 6th" in a date reading (function words).
const AFTER_ORDINAL: &[&str] = &[
    "and", "or", "at", "in", "on", "when", "which", "where", "while", "as", "but", "to", "until", "till", "through",
    "with", "before", "after", "from", "is", "was", "will", "would", "that", "this", "so", "for", "by", "the", "a",
    "of", "i", "we", "he", "she", "they", "it", "you",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}' || c == '\n' || c == '\r'
}

/// One to eight blanks between words. One line break is allowed (wrapped
/// text); a blank line ends a paragraph, and no date runs across it.
fn ws(i: &str) -> Res<'_, &str> {
    blanks(1, i)
}

/// Up to eight optional blanks, at most one line break.
fn ws0(i: &str) -> Res<'_, &str> {
    blanks(0, i)
}

/// At least `min` and at most eight blanks holding at most one line break:
/// `verify(take_while_m_n(min, 8, is_space), ..)` with the same errors,
/// written as one loop because every production calls it between words.
fn blanks(min: usize, i: &str) -> Res<'_, &str> {
    let (mut len, mut count, mut breaks) = (0, 0, 0);
    for c in i.chars().take(8).take_while(|&c| is_space(c)) {
        len += c.len_utf8();
        count += 1;
        breaks += usize::from(c == '\n');
    }
    if count < min {
        return Err(reject(i, ErrorKind::TakeWhileMN));
    }
    if breaks > 1 {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((&i[len..], &i[..len]))
}

/// The end of a word: the next char is not a letter or digit.
fn word_end(i: &str) -> Res<'_, ()> {
    not(satisfy(is_word_char)).parse(i)
}

/// `w` as a whole word, case-insensitive.
fn kw<'a>(w: &'static str) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    terminated(tag_no_case_ascii(w), word_end)
}

/// A run of ASCII letters, bounded to the longest word any table holds.
fn alpha_word(i: &str) -> Res<'_, &str> {
    let len = ascii_run(i, 12, u8::is_ascii_alphabetic);
    if len == 0 {
        return Err(reject(i, ErrorKind::TakeWhileMN));
    }
    let (rest, ()) = word_end(&i[len..])?;
    Ok((rest, &i[..len]))
}

/// The length of the run of at most `max` ASCII bytes matching `is` that
/// `i` starts with: nom's `take_while_m_n` with an ASCII test, without its
/// char decoding (every production reads digits and words this way).
fn ascii_run(i: &str, max: usize, is: fn(&u8) -> bool) -> usize {
    i.as_bytes().iter().take(max).take_while(|b| is(b)).count()
}

/// A month name, full or abbreviated, with its number; an abbreviation may
/// carry a dot, which belongs to the span.
fn month_name(i: &str) -> Res<'_, (i8, &str)> {
    let len = ascii_run(i, 9, u8::is_ascii_alphabetic);
    if len < 3 {
        return Err(reject(i, ErrorKind::TakeWhileMN));
    }
    let (rest, word) = (&i[len..], &i[..len]);
    let Some(m) = calendar::month(word) else {
        return Err(reject(i, ErrorKind::Tag));
    };
    // "april22" (no space) is a date; "Mayor" and "May-ors" are not.
    let hyphen_word = rest.strip_prefix('-').is_some_and(|r| r.starts_with(|c: char| c.is_alphabetic()));
    if rest.starts_with(|c: char| c.is_alphabetic()) || hyphen_word {
        return Err(reject(i, ErrorKind::Tag));
    }
    // The dot belongs to the date only when more of the date follows
    // ("Oct. 2", "16. nov. 2016"); otherwise it ends the sentence.
    let dotted = rest.strip_prefix('.').filter(|r| {
        let r = r.trim_start_matches([' ', '\t']);
        r.len() < rest.len() - 1 && r.starts_with(|c: char| c.is_ascii_digit())
    });
    Ok((dotted.unwrap_or(rest), (m, word)))
}

/// A weekday name, full or abbreviated. Abbreviations that are also common
/// words ("Wed", "Sat", "Sun", "Mon": "The Sun reported") are left to
/// [`weekday_name_any_case`], which only runs before a date.
fn weekday_name(i: &str) -> Res<'_, jiff::civil::Weekday> {
    let (rest, word) = alpha_word(i)?;
    match calendar::lookup(word) {
        Some(w) if w.form != calendar::Form::Word => {
            weekday(w.unit).map(|d| (rest, d)).ok_or(reject(i, ErrorKind::Tag))
        }
        _ => Err(reject(i, ErrorKind::Tag)),
    }
}

/// The weekday a calendar unit names, if it is one.
fn weekday(unit: calendar::Unit) -> Option<jiff::civil::Weekday> {
    match unit {
        calendar::Unit::Weekday(n) => jiff::civil::Weekday::from_monday_one_offset(n).ok(),
        calendar::Unit::Month(_) => None,
    }
}

/// A weekday name in any case, for places where a date next to it shows
/// that "wed" or "sat" is no verb.
fn weekday_name_any_case(i: &str) -> Res<'_, jiff::civil::Weekday> {
    let (rest, word) = alpha_word(i)?;
    match calendar::lookup(word).and_then(|w| weekday(w.unit)) {
        Some(d) => Ok((rest, d)),
        None => Err(reject(i, ErrorKind::Tag)),
    }
}

/// One or two digits, not followed by another digit.
fn num_1_2(i: &str) -> Res<'_, u32> {
    match ascii_run(i, 3, u8::is_ascii_digit) {
        len @ 1..=2 => Ok((&i[len..], i[..len].parse().expect("one or two digits"))),
        _ => Err(reject(i, ErrorKind::TakeWhileMN)),
    }
}

/// Exactly four digits, not followed by another digit.
fn num_4(i: &str) -> Res<'_, i16> {
    match ascii_run(i, 5, u8::is_ascii_digit) {
        4 => Ok((&i[4..], i[..4].parse().expect("four digits"))),
        _ => Err(reject(i, ErrorKind::TakeWhileMN)),
    }
}

/// A year as written after a month or day: four digits, 1000–2999.
fn year4(i: &str) -> Res<'_, i16> {
    context("year", verify(terminated(num_4, word_end), |y| (1000..=2999).contains(y))).parse(i)
}

/// English ordinal suffix after a day number.
fn ordinal_suffix(i: &str) -> Res<'_, &str> {
    alt((tag_no_case_ascii("st"), tag_no_case_ascii("nd"), tag_no_case_ascii("rd"), tag_no_case_ascii("th"))).parse(i)
}

/// A day number 1–31 with optional ordinal suffix: "6", "6th", "21st".
/// The bool says whether a suffix was written.
fn day_number(i: &str) -> Res<'_, (i8, bool)> {
    let (rest, n) = verify(num_1_2, |n| (1..=31).contains(n)).parse(i)?;
    let (rest, suffix) = opt(ordinal_suffix).parse(rest)?;
    let (rest, _) = word_end(rest)?;
    Ok((rest, (n as i8, suffix.is_some())))
}

/// A day written as an ordinal word: "first", "twenty-first", "twenty one",
/// "thirtieth". Cardinal tails ("twenty one") are accepted after a tens word
/// because "May twenty one" is common speech.
fn day_word(i: &str) -> Res<'_, i8> {
    fn unit_ordinal(w: &str) -> Option<i8> {
        Some(match w {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            "fifth" => 5,
            "sixth" => 6,
            "seventh" => 7,
            "eighth" => 8,
            "ninth" => 9,
            _ => return None,
        })
    }
    fn unit_cardinal(w: &str) -> Option<i8> {
        Some(match w {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            _ => return None,
        })
    }
    let (rest, w) = alpha_word(i)?;
    let lower = w.to_ascii_lowercase();
    let simple = match lower.as_str() {
        "tenth" => Some(10),
        "eleventh" => Some(11),
        "twelfth" => Some(12),
        "thirteenth" => Some(13),
        "fourteenth" => Some(14),
        "fifteenth" => Some(15),
        "sixteenth" => Some(16),
        "seventeenth" => Some(17),
        "eighteenth" => Some(18),
        "nineteenth" => Some(19),
        "twentieth" => Some(20),
        "thirtieth" => Some(30),
        other => unit_ordinal(other),
    };
    if let Some(d) = simple {
        return Ok((rest, d));
    }
    let tens = match lower.as_str() {
        "twenty" => 20,
        "thirty" => 30,
        _ => {
            return Err(reject(i, ErrorKind::Tag));
        }
    };
    let (rest2, _) = alt((tag("-"), ws)).parse(rest)?;
    let (rest2, w2) = alpha_word(rest2)?;
    let l2 = w2.to_ascii_lowercase();
    let unit = unit_ordinal(&l2).or_else(|| unit_cardinal(&l2));
    match unit {
        Some(u) if tens + u <= 31 => Ok((rest2, tens + u)),
        _ => Err(reject(i, ErrorKind::Tag)),
    }
}

/// A cardinal word below 100: "seven", "fifteen", "seventy eight",
/// "twenty-one".
fn cardinal_below_100(i: &str) -> Res<'_, u32> {
    fn unit(w: &str) -> Option<u32> {
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
            .iter()
            .position(|u| *u == w)
            .map(|p| p as u32 + 1)
    }
    fn teen(w: &str) -> Option<u32> {
        ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
            .iter()
            .position(|u| *u == w)
            .map(|p| p as u32 + 10)
    }
    fn tens(w: &str) -> Option<u32> {
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
            .iter()
            .position(|u| *u == w)
            .map(|p| p as u32 * 10 + 20)
    }
    let err = || reject(i, ErrorKind::Tag);
    let (rest, w) = alpha_word(i)?;
    let w = w.to_ascii_lowercase();
    if let Some(n) = unit(&w).or_else(|| teen(&w)) {
        return Ok((rest, n));
    }
    let t = tens(&w).ok_or_else(err)?;
    if let Ok((rest2, (_, w2))) = (alt((tag("-"), ws)), alpha_word).parse(rest) {
        if let Some(u) = unit(&w2.to_ascii_lowercase()) {
            return Ok((rest2, t + u));
        }
    }
    Ok((rest, t))
}

/// A year in words: "two thousand", "two thousand and eighteen",
/// "nineteen seventy eight", "nineteen zero one", "nineteen hundred".
fn year_words(i: &str) -> Res<'_, i16> {
    let thousands = map(
        (kw("two"), ws, kw("thousand"), opt(preceded((ws, opt((kw("and"), ws))), cardinal_below_100))),
        |(.., n)| 2000 + n.unwrap_or(0),
    );
    let century = map_opt(
        (
            verify(cardinal_below_100, |c| (10..=20).contains(c)),
            ws,
            alt((
                value(0, kw("hundred")),
                preceded((alt((kw("zero"), kw("oh"))), ws), verify(cardinal_below_100, |u| *u < 10)),
                verify(cardinal_below_100, |n| *n >= 10),
            )),
        ),
        |(c, _, n)| i16::try_from(c * 100 + n).ok(),
    );
    alt((map_opt(thousands, |y| i16::try_from(y).ok()), century)).parse(i)
}

/// A day after a month name: a number ("14", "14th") or a word ("first").
fn day_any(i: &str) -> Res<'_, i8> {
    alt((map(day_number, |(d, _)| d), day_word)).parse(i)
}

/// ", 2025", " 2025", " of 2025", ",2025".
fn year_tail(i: &str) -> Res<'_, i16> {
    preceded(alt((recognize((ws0, char(','), ws0)), recognize((ws, kw("of"), ws)), ws)), alt((year4, year_words)))
        .parse(i)
}

/// "December 11", "Dec. 6", "December 11, 2025", "jan-1", "Oct/2",
/// "october, 1st", "May the eleventh", "January 12 of 2016".
fn month_day(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, word)) = month_name(i)?;
    // "april22", "Oct2": glued forms are typing slips, still dates.
    let full = word.len() >= 3;
    let sep = alt((recognize((ws0, char(','), ws0)), recognize((ws, kw("the"), ws)), ws, tag("-"), tag("/")));
    let (rest, day) =
        if full { preceded(opt(sep), day_any).parse(rest)? } else { preceded(sep, day_any).parse(rest)? };
    let (rest, year) = opt(year_tail).parse(rest)?;
    Ok((rest, month_day_expr(year, month, day)))
}

fn month_day_expr(year: Option<i16>, month: i8, day: i8) -> DateExpr {
    match year {
        Some(y) => DateExpr::Absolute { year: y, month: Some(month), day: Some(day) },
        None => DateExpr::MonthDay { month, day, tense: Tense::Past },
    }
}

/// "11 December 2025", "1st jan", "28-nov", "fourth of may", "16. nov. 2016",
/// "22 of Jan", "26th june of 2020".
fn day_month(i: &str) -> Res<'_, DateExpr> {
    // "16. Nov. 2016" (dotted day) only with its year: "Halo 2. Jan Bolz
    // said" is a title and a name.
    if let Ok((rest, (d, _, _, (month, _), year))) =
        (verify(num_1_2, |n| (1..=31).contains(n)), char('.'), ws, month_name, year_tail).parse(i)
    {
        return Ok((rest, month_day_expr(Some(year), month, d as i8)));
    }
    let (rest, day) = alt((
        map(day_number, |(d, _)| d),
        day_word,
        // "22april": glued only to a full month name.
        map(
            terminated(verify(num_1_2, |n| (1..=31).contains(n)), peek(verify(month_name, |(_, w)| w.len() > 4))),
            |d| d as i8,
        ),
    ))
    .parse(i)?;
    let (rest, _) = alt((recognize((ws, kw("of"), ws)), ws, tag("-"), tag(""))).parse(rest)?;
    let (rest, (month, _)) = month_name(rest)?;
    let (rest, year) = opt(year_tail).parse(rest)?;
    Ok((rest, month_day_expr(year, month, day)))
}

/// "October 2025", "Nov. 2016" → a month of a written year.
fn month_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, _)) = month_name(i)?;
    // "October last year", "March this year", "June next year".
    if let Ok((rest, offset)) =
        preceded(alt((recognize((ws0, char(','), ws0)), ws)), terminated(terminated(shift_word, ws), kw("year")))
            .parse(rest)
    {
        return Ok((rest, DateExpr::MonthOfYear { month, offset }));
    }
    let (rest, year) = preceded(alt((recognize((ws0, char(','), ws0)), ws)), year4).parse(rest)?;
    Ok((rest, DateExpr::Absolute { year, month: Some(month), day: None }))
}

/// The shift word before a month, weekday or unit: "this" 0,
/// "next"/"coming" 1, "last"/"past" -1. "previous" is left out: "the
/// previous year" counts from the story's year, not the publication's.
fn shift_word(i: &str) -> Res<'_, i8> {
    alt((
        value(0, kw("this")),
        value(1, kw("next")),
        value(1, kw("coming")),
        value(1, preceded((kw("the"), ws), kw("coming"))),
        value(-1, kw("last")),
        value(-1, kw("past")),
    ))
    .parse(i)
}

/// "this December", "next May", "last March"; capitalised, so "this march
/// on Washington" stays a noun.
fn shifted_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, shift) = terminated(shift_word, ws).parse(i)?;
    let (rest, (month, word)) = month_name(rest)?;
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(reject(i, ErrorKind::Verify));
    }
    // "this Nov. 15 photo": a day follows, so "this" is a determiner of
    // the date, not a shift of the month.
    if rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((rest, DateExpr::Month { month, shift: Some(shift), tense: Tense::Past }))
}

/// A month name alone ("October"); the scanner only tries this after a
/// placing word. It must be capitalised: "may" and "march" are also verbs.
fn lone_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (month, word)) = month_name(i)?;
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((rest, DateExpr::Month { month, shift: None, tense: Tense::Past }))
}

/// ISO-like dates with the year first: "2024-04-17", "2015/08/12",
/// "2015.5.13", "2019-sep-1". A time after the date is left outside the span.
fn year_first(i: &str) -> Res<'_, DateExpr> {
    let (rest, year) = verify(num_4, |y| (1000..=2999).contains(y)).parse(i)?;
    let (rest, sep) = alt((char('-'), char('/'), char('.'))).parse(rest)?;
    let (rest, month) =
        alt((map_opt(num_1_2, |m| (1..=12).contains(&m).then_some(m as i8)), map(month_name, |(m, _)| m)))
            .parse(rest)?;
    let (rest, _) = char(sep).parse(rest)?;
    let (rest, day) = verify(num_1_2, |d| (1..=31).contains(d)).parse(rest)?;
    let (rest, _) = word_end(rest)?;
    Ok((rest, DateExpr::Absolute { year, month: Some(month), day: Some(day as i8) }))
}

impl DateExpr {
    /// A shift of whole days from the reference.
    pub const fn days(days: i32) -> DateExpr {
        DateExpr::Shift { years: 0, months: 0, weeks: 0, days }
    }
}

/// Two-digit years: 00–49 are 20xx, 50–99 are 19xx.
fn expand_year(y: u32, digits: usize) -> i16 {
    if digits == 4 {
        y as i16
    } else if y < 50 {
        2000 + y as i16
    } else {
        1900 + y as i16
    }
}

/// Numeric dates with the year last: "02/22/2016", "21/04/16",
/// "9-18-15", "13.5.2015", "08/12,2015". Month first when both readings
/// are possible (the specs' and the US convention); day first when the
/// first number cannot be a month. When both can be months the date is
/// [`DateExpr::EitherOrder`], which resolution may turn round.
fn numeric_dmy(i: &str) -> Res<'_, DateExpr> {
    let (rest, a) = num_1_2(i)?;
    let (rest, sep) = alt((char('-'), char('/'), char('.'))).parse(rest)?;
    let (rest, b) = num_1_2(rest)?;
    let (rest, _) = alt((recognize(char(sep)), recognize((char(','), ws0)))).parse(rest)?;
    let (rest, ydigits) =
        alt((take_while_m_n(4, 4, |c: char| c.is_ascii_digit()), take_while_m_n(2, 2, |c: char| c.is_ascii_digit())))
            .parse(rest)?;
    let (rest, _) = word_end(rest)?;
    if rest.starts_with(['/', '-']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return Err(reject(i, ErrorKind::Verify));
    }
    let year = expand_year(ydigits.parse().unwrap_or(0), ydigits.len());
    let (month, day) = month_day_order(a, b).ok_or(reject(i, ErrorKind::Verify))?;
    if a != b && (1..=12).contains(&a) && (1..=12).contains(&b) {
        return Ok((rest, DateExpr::EitherOrder { year, month, day }));
    }
    Ok((rest, DateExpr::Absolute { year, month: Some(month), day: Some(day) }))
}

/// Reads two numbers as (month, day): month first when it can be one.
fn month_day_order(a: u32, b: u32) -> Option<(i8, i8)> {
    if (1..=12).contains(&a) && (1..=31).contains(&b) {
        Some((a as i8, b as i8))
    } else if (1..=12).contains(&b) && (1..=31).contains(&a) {
        Some((b as i8, a as i8))
    } else {
        None
    }
}

/// Month and day as numbers without year: "4/22", "22/04", and with
/// `dotted` (after "on"/"in" or a weekday) also "4.22", "4-22". `loose` says a placing word came first, which
/// also lets a one-digit second part through ("since 7/2").
fn numeric_md(loose: bool, dotted: bool) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        let (rest, a) = num_1_2(i)?;
        let (rest, sep) = alt((char('/'), char('.'), char('-'))).parse(rest)?;
        if sep != '/' && !dotted {
            return Err(reject(i, ErrorKind::Verify));
        }
        let (rest2, bdigits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(rest)?;
        let (rest2, _) = word_end(rest2)?;
        // "1/4%", "3/4-inch", "24/7/365": parts of something else.
        if rest2.starts_with(['%', '/', '-']) || rest2.starts_with(|c: char| sep == '.' && c == '.') {
            return Err(reject(i, ErrorKind::Verify));
        }
        // "2/3 of members" is a fraction.
        if (ws, kw("of")).parse(rest2).is_ok() || (bdigits.len() < 2 && !loose) {
            return Err(reject(i, ErrorKind::Verify));
        }
        let b: u32 = bdigits.parse().unwrap_or(0);
        let (month, day) = month_day_order(a, b).ok_or(reject(i, ErrorKind::Verify))?;
        Ok((rest2, DateExpr::MonthDay { month, day, tense: Tense::Past }))
    }
}

/// "today", "tonight", "this morning", "tomorrow", "yesterday", "last
/// night" (the evening before the reference day), "the day
/// after tomorrow", "the day before yesterday": days from the reference.
fn relative_day(i: &str) -> Res<'_, i32> {
    alt((
        value(0, kw("today")),
        value(0, kw("tonight")),
        value(0, (kw("this"), ws, alt((kw("morning"), kw("afternoon"), kw("evening"), kw("night"))))),
        value(1, kw("tomorrow")),
        value(1, kw("tmrw")),
        value(-1, kw("yesterday")),
        value(-1, (kw("last"), ws, kw("night"))),
        value(2, (opt((kw("the"), ws)), kw("day"), ws, kw("after"), ws, alt((kw("tomorrow"), kw("tmrw"))))),
        value(-2, (opt((kw("the"), ws)), kw("day"), ws, kw("before"), ws, kw("yesterday"))),
    ))
    .parse(i)
}

/// ", which is the 12th" / ", the 12th" / " (the 12th)" after a relative
/// day: the day of month the writer spelled out.
fn day_anchor(i: &str) -> Res<'_, i8> {
    let (rest, _) = alt((
        recognize((ws0, char(','), ws0, alt((kw("which"), kw("that"))), ws, alt((kw("is"), kw("was"))), ws)),
        recognize((ws0, char(','), ws0)),
    ))
    .parse(i)?;
    let (rest, _) = (kw("the"), ws).parse(rest)?;
    let (rest, (d, suffix)) = day_number(rest)?;
    if !suffix {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((rest, d))
}

/// A relative day, optionally anchored: "Tomorrow, which is the 12th".
fn relative_day_phrase(i: &str) -> Res<'_, DateExpr> {
    let (rest, days) = relative_day(i)?;
    match day_anchor(rest) {
        Ok((rest2, day)) => Ok((rest2, DateExpr::AnchoredDay { days, day })),
        Err(_) => Ok((rest, DateExpr::days(days))),
    }
}

/// A calendar unit word, singular or plural.
fn unit_word(i: &str) -> Res<'_, Unit> {
    alt((
        value(Unit::Day, alt((kw("days"), kw("day")))),
        value(Unit::Week, alt((kw("weeks"), kw("week")))),
        value(Unit::Month, alt((kw("months"), kw("month")))),
        value(Unit::Year, alt((kw("years"), kw("year")))),
    ))
    .parse(i)
}

/// A small count: digits up to 999, a number word, "a"/"an", "a few"/"few"
/// (read as 3).
fn count(i: &str) -> Res<'_, i32> {
    // Most candidates open no count: one look at the first word rules them
    // out before the keywords are tried one by one.
    if !may_open_count(i) {
        return Err(reject(i, ErrorKind::Tag));
    }
    let words = alt((
        value(3, (opt((kw("a"), ws)), kw("few"))),
        value(1, alt((kw("a"), kw("an"), kw("one")))),
        value(2, kw("two")),
        value(3, kw("three")),
        value(4, kw("four")),
        value(5, kw("five")),
        value(6, kw("six")),
        value(7, kw("seven")),
        value(8, kw("eight")),
        value(9, kw("nine")),
        value(10, kw("ten")),
        value(11, kw("eleven")),
        value(12, kw("twelve")),
    ));
    let digits =
        map_opt(terminated(take_while_m_n(1, 3, |c: char| c.is_ascii_digit()), word_end), |s: &str| s.parse().ok());
    alt((words, digits)).parse(i)
}

/// The words [`count`] reads, lower case.
const COUNT_WORDS: &[&str] = &[
    "a", "an", "one", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Whether `i` opens a digit or one of [`COUNT_WORDS`] as a whole word.
/// A word with non-ASCII letters is left to the parser, whose case folding
/// goes beyond ASCII.
fn may_open_count(i: &str) -> bool {
    let word = &i[..i.find(|c: char| !is_word_char(c)).unwrap_or(i.len())];
    word.starts_with(|c: char| c.is_ascii_digit())
        || !word.is_ascii()
        || COUNT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A calendar span as counted units: "two days", "1 month 21 days", "2
/// years, 1 month and 21 days". At most four parts.
fn duration(i: &str) -> Res<'_, [i32; 4]> {
    fn part(i: &str) -> Res<'_, (i32, Unit)> {
        let (rest, (n, _, unit)) = (count, ws, unit_word).parse(i)?;
        Ok((rest, (n, unit)))
    }
    let (mut rest, first) = part(i)?;
    let mut total = [0i32; 4];
    let add = |(n, unit): (i32, Unit), total: &mut [i32; 4]| {
        total[unit as usize] = total[unit as usize].saturating_add(n);
    };
    add(first, &mut total);
    for _ in 0..3 {
        let joiner = alt((recognize((ws0, char(','), ws0, opt((kw("and"), ws)))), recognize((ws, kw("and"), ws)), ws));
        match preceded(joiner, part).parse(rest) {
            Ok((r, p)) => {
                add(p, &mut total);
                rest = r;
            }
            Err(_) => break,
        }
    }
    Ok((rest, total))
}

fn shift_expr(sign: i32, d: [i32; 4], base: i32) -> DateExpr {
    let small = |n: i32| i16::try_from(sign * n).unwrap_or(0);
    DateExpr::Shift {
        days: base.saturating_add(sign.saturating_mul(d[Unit::Day as usize])),
        weeks: small(d[Unit::Week as usize]),
        months: small(d[Unit::Month as usize]),
        years: small(d[Unit::Year as usize]),
    }
}

/// "two days ago", "a month ago", "three weeks from now", "two days from
/// tomorrow", "two days before yesterday", "in two days": a day counted
/// from the reference. "two days later" is declined: in news it counts from
/// the event just told, not from the publication.
fn counted_shift(i: &str) -> Res<'_, DateExpr> {
    // The duration is read once, then what may follow it is tried.
    if let Ok((rest, d)) = duration(i) {
        let ago = map((ws, kw("ago")), |_| shift_expr(-1, d, 0));
        let from_now = map((ws, kw("from"), ws, alt((kw("now"), kw("today")))), |_| shift_expr(1, d, 0));
        let from_day = map(
            (ws, alt((value(1, kw("from")), value(1, kw("after")), value(-1, kw("before")))), ws, relative_day),
            |(_, sign, _, base)| shift_expr(sign, d, base),
        );
        if let Ok(found) = alt((ago, from_now, from_day)).parse(rest) {
            return Ok(found);
        }
    }
    let ahead = map(preceded((kw("in"), ws), duration), |d| shift_expr(1, d, 0));
    let business = map(
        (kw("in"), ws, count, ws, alt((kw("business"), kw("working"))), ws, alt((kw("days"), kw("day")))),
        |(_, _, n, ..)| DateExpr::BusinessDays(n),
    );
    // A duration opens neither: "in" is no count.
    context("counted shift", alt((business, ahead))).parse(i)
}

/// "two Sundays from now".
fn weekdays_ahead(i: &str) -> Res<'_, DateExpr> {
    let (rest, (n, _, weekday, _)) = (count, ws, weekday_name_plural, ws).parse(i)?;
    let (rest, _) = (kw("from"), ws, kw("now")).parse(rest)?;
    let n = i8::try_from(n).ok().filter(|n| (1..=10).contains(n));
    match n {
        Some(n) => Ok((rest, DateExpr::WeekdaysAhead { n, weekday })),
        None => Err(reject(i, ErrorKind::Verify)),
    }
}

/// A full weekday name with an optional plural "s": "sundays".
fn weekday_name_plural(i: &str) -> Res<'_, jiff::civil::Weekday> {
    let (rest, w) = alpha_word(i)?;
    let singular = w.strip_suffix(['s', 'S']).unwrap_or(w);
    match weekday_name(singular) {
        Ok(("", d)) if singular.len() > 5 => Ok((rest, d)),
        _ => Err(reject(i, ErrorKind::Tag)),
    }
}

/// An ordinal 1–5 as a word or number: "first", "2nd".
fn small_ordinal(i: &str) -> Res<'_, i8> {
    alt((
        value(1, kw("first")),
        value(2, kw("second")),
        value(3, kw("third")),
        value(4, kw("fourth")),
        value(5, kw("fifth")),
        map_opt(day_number, |(d, suffix)| (suffix && d <= 5).then_some(d)),
    ))
    .parse(i)
}

/// "the first Friday of July", "second Sunday", "the first friday in this
/// month", "the second Monday of next month".
fn nth_weekday(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, n, _, weekday)) = (opt((kw("the"), ws)), small_ordinal, ws, weekday_name).parse(i)?;
    let of_month = preceded(
        (ws, alt((kw("of"), kw("in"))), ws),
        alt((
            map(
                terminated(terminated(alt((shift_word, value(-1, kw("previous")))), ws), kw("month")),
                MonthSel::Shifted,
            ),
            map(month_name, |(month, _)| MonthSel::Named { month, tense: Tense::Past }),
        )),
    );
    let (rest, month) = opt(of_month).parse(rest)?;
    Ok((rest, DateExpr::NthWeekday { n, weekday, month: month.unwrap_or(MonthSel::Reference) }))
}

/// "this week", "last month", "next year", "the new year", "the past week".
fn period(i: &str) -> Res<'_, DateExpr> {
    // Singular only: "in previous years", "in past months" are vague.
    let singular = alt((value(Unit::Week, kw("week")), value(Unit::Month, kw("month")), value(Unit::Year, kw("year"))));
    let shifted =
        map((opt((kw("the"), ws)), shift_word, ws, singular), |(_, offset, _, unit)| DateExpr::Period { unit, offset });
    let new_year = value(DateExpr::Period { unit: Unit::Year, offset: 1 }, (kw("the"), ws, kw("new"), ws, kw("year")));
    alt((new_year, verify(shifted, |e| !matches!(e, DateExpr::Period { unit: Unit::Day, .. })))).parse(i)
}

/// "the past two years", "the last few days": a stretch ending at the
/// reference.
fn recent(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, _, _, amount, _, unit)) =
        (opt((kw("the"), ws)), alt((kw("past"), kw("last"))), ws, count, ws, unit_word).parse(i)?;
    Ok((rest, DateExpr::Recent { amount, unit }))
}

/// "this week", "next week", "last week" as a week offset.
fn week_ref(i: &str) -> Res<'_, i8> {
    terminated(terminated(shift_word, ws), kw("week")).parse(i)
}

/// "Friday", "this Friday", "next Sunday", "Friday next week", "Tuesday of
/// next week", "next week on Friday", "this week Friday".
fn weekday_phrase(i: &str) -> Res<'_, DateExpr> {
    let week_first = map((week_ref, ws, opt((kw("on"), ws)), weekday_name), |(w, _, _, d)| (Some(w), d));
    let day_week = map((weekday_name, ws, opt((kw("of"), ws)), week_ref), |(d, _, _, w)| (Some(w), d));
    let shifted = map((shift_word, ws, weekday_name), |(w, _, d)| (Some(w), d));
    let bare = map(weekday_name, |d| (None, d));
    map(alt((week_first, day_week, shifted, bare)), |(week, weekday)| DateExpr::Weekday {
        weekday,
        week,
        tense: Tense::Past,
    })
    .parse(i)
}

/// A weekday written before a full date, which the date makes redundant:
/// "monday january 12th, 2016", "Wed, 22 of Jan", "this friday (jun-15)",
/// "friday 7/6", "Friday the 22nd".
fn weekday_then_date(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = (opt((kw("this"), ws)), weekday_name_any_case).parse(i)?;
    let (rest, paren) = alt((
        value(false, recognize((ws0, char(','), ws0))),
        value(true, recognize((ws0, char('(')))),
        value(false, ws),
        value(false, tag("-")),
    ))
    .parse(rest)?;
    let cardinal_day = map_opt(cardinal_below_100, |d| (1..=31).contains(&d).then_some(d as i8));
    let the_day = map(preceded((kw("the"), ws), alt((day_any, cardinal_day))), |day| DateExpr::DayOfMonth {
        day,
        month_shift: None,
        tense: Tense::Past,
    });
    let (rest, expr) =
        alt((year_first, numeric_dmy, month_day, day_month, numeric_md(true, true), the_day)).parse(rest)?;
    if paren {
        let (rest, _) = char(')').parse(rest)?;
        return Ok((rest, expr));
    }
    Ok((rest, expr))
}

/// "the 6th", "the 27", "the 20th of next month": a day of a month near
/// the reference. A suffixless number needs punctuation or the end after it;
/// an ordinal needs a function word, punctuation or the end, so "the 2nd
/// Fleet" and "the 27th floor" stay numbers.
fn the_ordinal_day(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = (kw("the"), ws).parse(i)?;
    ordinal_day(rest).or_else(|_| written_cardinal_day(rest))
}

/// "the thirty", "the twenty one": a day written as a cardinal word, read
/// like "the 27": only with punctuation or the end right after it. Only
/// 20–31, because "the two." and "the twelve." count people or things far
/// more often than they name days.
fn written_cardinal_day(i: &str) -> Res<'_, DateExpr> {
    let (rest, day) = verify(cardinal_below_100, |d| (20..=31).contains(d)).parse(i)?;
    if !clause_ends(rest) {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((rest, DateExpr::DayOfMonth { day: day as i8, month_shift: None, tense: Tense::Past }))
}

/// "20th of next month", "the 31st of this month".
fn of_shifted_month(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, (day, _), _, shift, _, _)) =
        (opt((kw("the"), ws)), day_number, (ws, opt((kw("of"), ws))), shift_word, ws, kw("month")).parse(i)?;
    Ok((rest, DateExpr::DayOfMonth { day, month_shift: Some(shift), tense: Tense::Past }))
}

/// "6th", "20th of next month", with the follow-up checks of
/// [`the_ordinal_day`].
fn ordinal_day(i: &str) -> Res<'_, DateExpr> {
    // "twenty-second" is as clear as "22nd"; a lone "second" is not (declined).
    let compound_word = map(verify(day_word, |d| *d >= 20), |d| (d, true));
    let (rest, (day, suffix)) = alt((day_number, compound_word)).parse(i)?;
    if let Ok((rest2, shift)) =
        preceded((ws, kw("of"), ws), terminated(terminated(shift_word, ws), kw("month"))).parse(rest)
    {
        return Ok((rest2, DateExpr::DayOfMonth { day, month_shift: Some(shift), tense: Tense::Past }));
    }
    let ok = if suffix { ordinal_may_end_here(rest) } else { clause_ends(rest) };
    if !ok {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((rest, DateExpr::DayOfMonth { day, month_shift: None, tense: Tense::Past }))
}

/// Punctuation or the end of text follows (spaces allowed before it).
fn clause_ends(rest: &str) -> bool {
    let t = rest.trim_start_matches([' ', '\t']);
    // "the 3.3% growth", "the 1,000 adults": the number goes on.
    if t.starts_with(['.', ',']) && t[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    t.is_empty() || t.starts_with(['.', ',', '!', '?', ';', ':', ')', '"', '\n', '\r', '”', '’', '\''])
}

/// After "the 6th": punctuation, end, or a function word — not a noun.
/// "the 1st and 3rd battalions" looks one ordinal further: a second
/// ordinal must pass the same test.
fn ordinal_may_end_here(rest: &str) -> bool {
    if clause_ends(rest) {
        return true;
    }
    let Ok((after, (_, w))) = (ws, alpha_word).parse(rest) else {
        return false;
    };
    let lower = w.to_ascii_lowercase();
    if matches!(lower.as_str(), "and" | "or" | "to") {
        if let Ok((after2, (_, (_, true)))) = (ws, day_number).parse(after) {
            return clause_ends(after2)
                || (ws, alpha_word)
                    .parse(after2)
                    .is_ok_and(|(_, (_, w2))| AFTER_ORDINAL.contains(&w2.to_ascii_lowercase().as_str()));
        }
    }
    AFTER_ORDINAL.contains(&lower.as_str())
}

/// A part word before a year: "early", "mid", "late", "the end of", …
fn part_word(i: &str) -> Res<'_, Part> {
    let of_part = alt((
        value(Part::End, kw("end")),
        value(Part::Start, kw("beginning")),
        value(Part::Start, kw("start")),
        value(Part::Mid, kw("middle")),
    ));
    alt((
        terminated(preceded(opt((kw("the"), ws)), of_part), (ws, kw("of"), ws)),
        terminated(value(Part::Early, kw("early")), ws),
        terminated(value(Part::Late, kw("late")), ws),
        terminated(value(Part::Mid, tag_no_case_ascii("mid")), alt((tag("-"), ws))),
    ))
    .parse(i)
}

/// "the end of 2022", "early 2024", "mid-2025", "end of this year", "late
/// last year".
fn year_part(i: &str) -> Res<'_, DateExpr> {
    let (rest, part) = part_word(i)?;
    let (rest, year) = alt((
        map(year4, YearRef::Absolute),
        map(terminated(terminated(shift_word, ws), kw("year")), YearRef::Relative),
    ))
    .parse(rest)?;
    Ok((rest, DateExpr::YearPart { year, part }))
}

/// "early October", "the end of November 2025", "mid-March": a part of a
/// month. The month name must be capitalised ("late may" is no date).
fn month_part(i: &str) -> Res<'_, DateExpr> {
    let (rest, part) = part_word(i)?;
    let (rest, (month, word)) = month_name(rest)?;
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return Err(reject(i, ErrorKind::Verify));
    }
    let (rest, year) = opt(year_tail).parse(rest)?;
    Ok((rest, DateExpr::MonthPart { month, year, part, tense: Tense::Past }))
}

/// "the 1990s", "1990s", "the early 2030s", "the mid-1980s".
fn decade(i: &str) -> Res<'_, DateExpr> {
    let (rest, (part, y)) =
        preceded(opt((kw("the"), ws)), (opt(part_word), verify(num_4, |y| y % 10 == 0 && (1000..=2990).contains(y))))
            .parse(i)?;
    let (rest, _) = terminated(alt((tag("s"), tag("'s"), tag("’s"))), word_end).parse(rest)?;
    Ok((rest, DateExpr::Decade { decade: y, part }))
}

/// A season word, with the word as written when it is "fall", which the
/// callers check further ("this fall in prices" is a drop).
fn season_word(i: &str) -> Res<'_, (Season, Option<&str>)> {
    if let Ok((rest, word)) = kw("fall").parse(i) {
        return Ok((rest, (Season::Autumn, Some(word))));
    }
    alt((
        value((Season::Spring, None), kw("spring")),
        value((Season::Summer, None), kw("summer")),
        value((Season::Autumn, None), kw("autumn")),
        value((Season::Winter, None), kw("winter")),
    ))
    .parse(i)
}

/// After "fall": the clause ends or a word follows that cannot continue a
/// noun "fall" ("last fall when", not "last fall in output").
fn fall_may_end_here(rest: &str) -> bool {
    clause_ends(rest)
        || (ws, alpha_word).parse(rest).is_ok_and(|(_, (_, w))| {
            ["when", "while", "after", "before", "and", "but", "he", "she", "they", "we", "it", "i"]
                .contains(&w.to_ascii_lowercase().as_str())
        })
}

/// "last summer", "this spring", "next winter", "this past autumn", "the
/// coming winter".
fn shifted_season(i: &str) -> Res<'_, DateExpr> {
    let this_past = value(-1, (kw("this"), ws, kw("past")));
    let (rest, (shift, _, (season, fall))) = (alt((this_past, shift_word)), ws, season_word).parse(i)?;
    // "this fall 2024" is no shift; "last fall" must end its phrase.
    if fall.is_some() && !fall_may_end_here(rest) {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((rest, DateExpr::Season { season, at: SeasonRef::Shift(shift) }))
}

/// "the summer of 2024", "summer 2024", "spring of last year". Winter with
/// a year is declined: "the winter of 2024" may start in December 2023 or
/// December 2024. A bare "fall 2024" must be capitalised ("prices fall
/// 2024" is no date); "the fall of 2024" may not.
fn season_of_year(i: &str) -> Res<'_, DateExpr> {
    let (rest, (the, (season, fall))) = (opt((kw("the"), ws)), season_word).parse(i)?;
    if season == Season::Winter {
        return Err(reject(i, ErrorKind::Verify));
    }
    let (rest, of) = alt((value(true, (ws, kw("of"), ws)), value(false, ws))).parse(rest)?;
    if fall.is_some_and(|w| !w.starts_with('F')) && !(of && the.is_some()) {
        return Err(reject(i, ErrorKind::Verify));
    }
    let (rest, year) = alt((
        map(year4, YearRef::Absolute),
        map(terminated(terminated(shift_word, ws), kw("year")), YearRef::Relative),
    ))
    .parse(rest)?;
    Ok((rest, DateExpr::Season { season, at: SeasonRef::Year(year) }))
}

/// "Q2 2025", "Q4 of 2024", "Q1-2025": a quarter of a written year. The Q
/// is a capital.
fn quarter_code(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, n)) = (char('Q'), map_opt(satisfy(|c| ('1'..='4').contains(&c)), |c| c.to_digit(10))).parse(i)?;
    let (rest, _) = alt((recognize((ws, kw("of"), ws)), ws, tag("-"), tag("/"))).parse(rest)?;
    let (rest, year) = year4(rest)?;
    Ok((rest, DateExpr::Quarter { n: n as i8, year: YearRef::Absolute(year) }))
}

/// "the second quarter of 2025", "the third quarter of last year". A
/// quarter without its year is declined: in business news "the second
/// quarter" is as often last year's or a fiscal one ("the second quarter
/// ended November 30") as this year's.
fn ordinal_quarter(i: &str) -> Res<'_, DateExpr> {
    let ordinal = alt((
        value(1, kw("first")),
        value(2, kw("second")),
        value(3, kw("third")),
        value(4, kw("fourth")),
        map_opt(day_number, |(d, suffix)| (suffix && (1..=4).contains(&d)).then_some(d)),
    ));
    let (rest, (_, _, n, _)) = (kw("the"), ws, ordinal, ws).parse(i)?;
    let year = alt((
        map(year4, YearRef::Absolute),
        map(terminated(terminated(shift_word, ws), kw("year")), YearRef::Relative),
    ));
    let (rest, year) = preceded((kw("quarter"), ws, kw("of"), ws), year).parse(rest)?;
    Ok((rest, DateExpr::Quarter { n, year }))
}

/// "earlier this week", "later this week".
fn this_week_part(i: &str) -> Res<'_, DateExpr> {
    let (rest, (later, ..)) =
        (alt((value(false, kw("earlier")), value(true, kw("later")))), ws, kw("this"), ws, kw("week")).parse(i)?;
    Ok((rest, DateExpr::ThisWeekPart { later }))
}

/// "earlier in the day", "later in the day", "earlier that day", "later
/// that day", "the same day". Not "the same day as the vote", "the same
/// day last year" or "the same day of the week", which name another day.
fn same_day(i: &str) -> Res<'_, DateExpr> {
    let in_the = recognize((kw("in"), ws, kw("the")));
    let (rest, _) = alt((
        recognize((alt((kw("earlier"), kw("later"))), ws, alt((in_the, kw("that"))), ws, kw("day"))),
        recognize((kw("the"), ws, kw("same"), ws, kw("day"))),
    ))
    .parse(i)?;
    let names_another =
        (ws, alt((kw("as"), kw("last"), kw("next"), kw("a"), kw("of"), kw("that"), kw("in")))).parse(rest).is_ok();
    if names_another {
        return Err(reject(i, ErrorKind::Verify));
    }
    Ok((rest, DateExpr::SameDay))
}

/// A bare year, tried only after a placing word: "in 2023", "from 2025",
/// "the 2023 Camp David Summit". Only 1800–2100, and not before a
/// lowercase plural ("in 2000 cases"). With `named`, set after "the", the
/// next word must be capitalised: "the 2023 Summit" names an event, "the
/// 2000 troops" counts.
fn bare_year(named: bool) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        let (rest, year) = verify(year4, |y| (1800..=2100).contains(y)).parse(i)?;
        // "2023-24" seasons, "2024/25" budgets, "2023%": not plain years.
        let glued = rest.starts_with(['-', '/', '.']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
        let next = (ws, alpha_word).parse(rest).ok().map(|(_, (_, w))| w);
        let plural_noun = next.is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && w.ends_with('s') && !S_FUNCTION_WORDS.contains(&w)
        });
        // "closing time of 1900 GMT" is a clock time.
        let clock = next.is_some_and(|w| {
            ["gmt", "bst", "utc", "est", "edt", "cet", "hours", "hrs", "local"]
                .contains(&w.to_ascii_lowercase().as_str())
        });
        // After "the", a year names an event ("the 2023 Camp David Summit",
        // "the 2008 financial crisis"), but not a measure ("the 2000 mark").
        let measure = next.is_some_and(|w| {
            ["mark", "level", "figure", "threshold", "barrier", "point", "hour", "block", "metre", "meter", "mile"]
                .contains(&w.to_ascii_lowercase().as_str())
        });
        if glued || clock || rest.starts_with('%') || plural_noun || (named && (next.is_none() || measure)) {
            return Err(reject(i, ErrorKind::Verify));
        }
        Ok((rest, DateExpr::Absolute { year, month: None, day: None }))
    }
}

/// Lower-case words ending in "s" that are no plural nouns: "by 2055 as
/// the deal proceeds" is a year.
const S_FUNCTION_WORDS: &[&str] =
    &["as", "is", "was", "has", "does", "his", "its", "this", "thus", "us", "plus", "unless", "whereas", "versus"];

/// What the words before a candidate allow.
#[derive(Clone, Copy, Debug, Default)]
struct LeftContext {
    /// A lone month name may be a date here ("in October", "from March to
    /// May").
    month_ok: bool,
    /// A lone four-digit number may be a year here ("in 2023").
    year_ok: bool,
    /// The year follows "the" and must name something ("the 2023 Summit").
    year_named: bool,
    /// The previous word is "on" (or a word that takes a bare date the same way).
    on: bool,
    /// The previous word is "in".
    in_: bool,
}

/// A production [`word_led`] tries, with the first words it may open with.
struct WordLed {
    parse: fn(&str) -> Res<'_, DateExpr>,
    /// The keywords it may open with, lower case.
    words: &'static [&'static str],
    /// Whether it may open with a month name.
    month: bool,
    /// Whether it may open with a weekday name, in any form.
    weekday: bool,
}

impl WordLed {
    const fn new(parse: fn(&str) -> Res<'_, DateExpr>, words: &'static [&'static str]) -> WordLed {
        WordLed { parse, words, month: false, weekday: false }
    }

    const fn or_month(self) -> WordLed {
        WordLed { month: true, ..self }
    }

    const fn or_weekday(self) -> WordLed {
        WordLed { weekday: true, ..self }
    }
}

/// "this", "next", "last" and the other openers of [`shift_word`].
const SHIFT_OPENERS: &[&str] = &["this", "next", "coming", "the", "last", "past"];

/// The openers of [`part_word`].
const PART_OPENERS: &[&str] = &["the", "end", "beginning", "start", "middle", "early", "late", "mid"];

/// [`COUNT_WORDS`] and "in", which open [`counted_shift`].
const SHIFT_COUNT_OPENERS: &[&str] = &[
    "in", "a", "an", "one", "few", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// Every production, longest and most specific first. The openers of each
/// are read off its grammar: a production tried at a word it cannot open
/// with fails, so leaving it out changes nothing but the time (it was a
/// twentieth of a run over wire stories to try all of them at every
/// candidate). The two led by digits open with no word.
const WORD_LED: &[WordLed] = &[
    WordLed::new(weekday_then_date, &["this"]).or_weekday(),
    WordLed::new(year_first, &[]),
    WordLed::new(numeric_dmy, &[]),
    WordLed::new(month_day, &[]).or_month(),
    WordLed::new(day_month, DAY_WORDS),
    WordLed::new(month_year, &[]).or_month(),
    WordLed::new(year_part, PART_OPENERS),
    WordLed::new(month_part, PART_OPENERS),
    WordLed::new(decade, PART_OPENERS),
    WordLed::new(season_of_year, &["the", "fall", "spring", "summer", "autumn", "winter"]),
    WordLed::new(quarter_code, &["q"]),
    WordLed::new(ordinal_quarter, &["the"]),
    WordLed::new(this_week_part, &["earlier", "later"]),
    WordLed::new(same_day, &["earlier", "later", "the"]),
    WordLed::new(
        relative_day_phrase,
        &["today", "tonight", "this", "tomorrow", "tmrw", "yesterday", "last", "the", "day"],
    ),
    WordLed::new(counted_shift, SHIFT_COUNT_OPENERS),
    WordLed::new(weekdays_ahead, COUNT_WORDS),
    WordLed::new(nth_weekday, &["the", "first", "second", "third", "fourth", "fifth"]),
    WordLed::new(weekday_phrase, SHIFT_OPENERS).or_weekday(),
    WordLed::new(recent, &["the", "past", "last"]),
    WordLed::new(period, SHIFT_OPENERS),
    WordLed::new(shifted_month, SHIFT_OPENERS),
    WordLed::new(shifted_season, SHIFT_OPENERS),
    WordLed::new(the_ordinal_day, &["the"]),
    WordLed::new(of_shifted_month, &["the"]),
];

/// The first word of a candidate as [`WORD_LED`]'s openers are written: its
/// ASCII letters, and the calendar word they spell.
struct Opener<'a> {
    letters: &'a str,
    calendar: Option<calendar::Unit>,
}

impl Opener<'_> {
    /// `None` where the productions may read the first word otherwise than
    /// as ASCII letters (none lead, or a non-ASCII char follows them, which
    /// nom's Unicode case folding may read): there every production is tried.
    fn of(i: &str) -> Option<Opener<'_>> {
        let len = i.bytes().take_while(u8::is_ascii_alphabetic).count();
        let after = i[len..].chars().next();
        if len == 0 || after.is_some_and(|c| !c.is_ascii()) {
            return None;
        }
        let letters = &i[..len];
        Some(Opener { letters, calendar: calendar::lookup(letters).map(|w| w.unit) })
    }

    fn may_open(&self, p: &WordLed) -> bool {
        p.words.iter().any(|w| w.eq_ignore_ascii_case(self.letters))
            || (p.month && matches!(self.calendar, Some(calendar::Unit::Month(_))))
            || (p.weekday && matches!(self.calendar, Some(calendar::Unit::Weekday(_))))
    }
}

/// The first of [`WORD_LED`] that parses at `i`, trying only those its
/// first word may open.
fn word_led(i: &str) -> Res<'_, DateExpr> {
    first_parse(i, Opener::of(i).as_ref())
}

/// The first of [`WORD_LED`] that parses at `i`, leaving out those that
/// `opener` cannot open (none without one).
fn first_parse<'a>(i: &'a str, opener: Option<&Opener<'_>>) -> Res<'a, DateExpr> {
    let mut last = reject(i, ErrorKind::Alt);
    for p in WORD_LED {
        if opener.is_some_and(|o| !o.may_open(p)) {
            continue;
        }
        match (p.parse)(i) {
            Ok(found) => return Ok(found),
            Err(nom::Err::Error(e)) => last = nom::Err::Error(e),
            Err(other) => return Err(other),
        }
    }
    Err(last)
}

/// A production of the date grammar.
type Production = fn(&str) -> Res<'_, DateExpr>;

/// The productions a digit may open, in [`WORD_LED`]'s order, the first
/// that parses at `i`.
///
/// Four of them read a number and then a word: a count of at most three
/// digits ("5 days ago", "2 Sundays from now") or a day number ("2nd
/// Monday", "20th of next month"), each followed by blanks. Where no blank
/// follows, they cannot parse and are left out: most numbers of a wire
/// story are amounts ("1,900", "5.3 pct"), and trying all four at each was
/// a fiftieth of a run.
fn digit_led(i: &str) -> Res<'_, DateExpr> {
    let digits = i.bytes().take_while(u8::is_ascii_digit).count();
    let count_then_word = digits <= 3 && ws(&i[digits..]).is_ok();
    let day_then_word = digits <= 2 && day_number(i).is_ok_and(|(rest, _)| ws(rest).is_ok());
    let productions: [(Production, bool); 8] = [
        (year_first, true),
        (numeric_dmy, true),
        (day_month, true),
        (decade, true),
        (counted_shift, count_then_word),
        (weekdays_ahead, count_then_word),
        (nth_weekday, day_then_word),
        (of_shifted_month, day_then_word),
    ];
    let mut last = reject(i, ErrorKind::Alt);
    for (parse, may_parse) in productions {
        if !may_parse {
            continue;
        }
        match parse(i) {
            Ok(found) => return Ok(found),
            Err(nom::Err::Error(e)) => last = nom::Err::Error(e),
            Err(other) => return Err(other),
        }
    }
    Err(last)
}

/// [`word_led`] and the productions that need the left context.
fn date_expr(ctx: LeftContext) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        // A digit opens only the productions that may start with one; the
        // others open with a word, and trying their keywords on every
        // number was a tenth of a run over wire stories.
        let strict = if i.starts_with(|c: char| c.is_ascii_digit()) { digit_led(i) } else { word_led(i) };
        if strict.is_ok() {
            return strict;
        }
        let dotted_ok = ctx.on || ctx.in_;
        if let Ok((rest, e)) = numeric_md(ctx.on, dotted_ok)(i) {
            // "on 4.22" ends its clause; "in 4.22 seconds" is a number; "9/11
            // attacks" names an event, not a day of this year.
            let slash = i[..i.len() - rest.len()].contains('/');
            if (slash && ordinal_may_end_here(rest)) || clause_ends(rest) {
                return Ok((rest, e));
            }
        }
        if ctx.on {
            // "on 22nd", "on twenty-second?"; a bare "on 15" is declined.
            let suffixless = matches!(day_number(i), Ok((_, (_, false))));
            if let (false, Ok(r)) = (suffixless, ordinal_day(i)) {
                return Ok(r);
            }
        }
        if ctx.month_ok {
            if let Ok(r) = lone_month(i) {
                return Ok(r);
            }
        }
        if ctx.year_ok {
            return bare_year(ctx.year_named)(i);
        }
        strict
    }
}

/// The words before `at`, back to the sentence start, at most `n`,
/// lowercased, nearest first. Looks back at most 120 bytes, so the cost per
/// candidate is bounded whatever the text. A word already in lower-case
/// ASCII (most words of prose) is borrowed: this runs at every candidate.
fn words_before(text: &str, at: usize, n: usize) -> Vec<Cow<'_, str>> {
    let mut from = at.saturating_sub(120);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..at];
    let mut rest = window.rfind(['.', '!', '?', ';', '\n']).map_or(window, |p| &window[p + 1..]);
    // The sentence's words from its end: runs of word characters, as
    // splitting it at every other character and dropping the empty pieces
    // would give them; an ASCII word is lower-cased without case tables.
    let in_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’';
    let mut words = Vec::with_capacity(n.min(CUE_WINDOW));
    while words.len() < n {
        rest = rest.trim_end_matches(|c: char| !in_word(c));
        if rest.is_empty() {
            break;
        }
        let start = rest.len() - rest.chars().rev().take_while(|&c| in_word(c)).map(char::len_utf8).sum::<usize>();
        let word = &rest[start..];
        words.push(if !word.is_ascii() {
            Cow::Owned(word.to_lowercase())
        } else if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        });
        rest = &rest[..start];
    }
    words
}

/// Whether the word right before `at` is a capitalised word other than a
/// function word: "Black Friday", "USA Today", "Good Friday" are names,
/// while "On Friday" and "Until Monday" are dates.
fn after_capitalised_word(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\t']);
    if head.len() == at {
        return false;
    }
    let word_start = head.char_indices().rev().take(20).take_while(|(_, c)| c.is_alphanumeric()).last().map(|(p, _)| p);
    let Some(ws_at) = word_start else {
        return false;
    };
    let word = &head[ws_at..];
    word.starts_with(|c: char| c.is_uppercase())
        && !AFTER_ORDINAL.contains(&word.to_lowercase().as_str())
        && !PLACING_MONTH.contains(&word.to_lowercase().as_str())
        && !matches!(word.to_lowercase().as_str(), "last" | "next" | "this" | "since" | "by" | "past" | "every")
}

/// The first `n` words after `at` in the same sentence, lowercased; looks
/// at most 120 bytes ahead.
fn words_after(text: &str, at: usize, n: usize) -> Vec<String> {
    let mut to = (at + 120).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let window = &text[at..to];
    let sentence = window.find(['.', '!', '?', ';', '\n']).map_or(window, |p| &window[..p]);
    sentence
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// Whether `at` starts a sentence: only blanks, quotes or brackets lie
/// between it and the text start or a sentence end.
fn at_sentence_start(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\t', '"', '“', '\'', '‘', '(', '\u{a0}']);
    head.is_empty() || head.ends_with(['.', '!', '?', ':', '\n', ';'])
}

/// Whether the words before a mention point to the future.
fn future_cue<W: AsRef<str>>(before: &[W]) -> bool {
    before.iter().any(|w| is_future_word(w.as_ref()))
}

fn is_future_word(w: &str) -> bool {
    FUTURE_CUES.contains(&w) || w.ends_with("'ll") || w.ends_with("’ll")
}

/// The tense the words before a mention give it, nearest cue first: a
/// future cue, or a verb in the past tense ("said", "met", "was",
/// "announced"); neither leaves it [`Tense::Unmarked`].
fn tense_of(before: &[Cow<'_, str>]) -> Tense {
    for (i, w) in before.iter().enumerate() {
        // "are to take effect", "is set to", "is due to".
        let planned = w == "to"
            && before
                .get(i + 1)
                .is_some_and(|b| matches!(b.as_ref(), "is" | "are" | "set" | "due" | "going" | "about"));
        // "from April 19 until June 1": the end of a span the text gives,
        // no cue of the future.
        let span_end = matches!(w.as_ref(), "until" | "till") && before.iter().skip(i + 1).take(5).any(|b| b == "from");
        if (is_future_word(w) && !span_end) || planned {
            return Tense::Future;
        }
        // A participle after "be" ("will be paid") is no past tense.
        let participle = before.get(i + 1).is_some_and(|b| matches!(b.as_ref(), "be" | "been" | "being"));
        if is_past_verb(w) && !participle {
            return Tense::Past;
        }
    }
    Tense::Unmarked
}

/// A verb in the past tense: an irregular past form, or a word in "-ed"
/// that is not one of the common words ending so.
pub(crate) fn is_past_verb(w: &str) -> bool {
    PAST_FORMS.binary_search(&w).is_ok() || (w.len() > 4 && w.ends_with("ed") && NOT_PAST.binary_search(&w).is_err())
}

/// Irregular past forms (sorted).
const PAST_FORMS: &[&str] = &[
    "became", "began", "brought", "came", "did", "fell", "felt", "gave", "got", "had", "held", "kept", "knew", "led",
    "left", "lost", "made", "met", "paid", "ran", "rose", "said", "sat", "saw", "sent", "sold", "spent", "spoke",
    "stood", "struck", "swore", "told", "took", "was", "went", "were", "won", "wrote",
];

/// Words in "-ed" that are not past verbs (sorted).
const NOT_PAST: &[&str] = &[
    "bared", "hundred", "indeed", "infrared", "kindred", "limited", "naked", "needed", "proceed", "sacred", "speed",
    "succeed", "wicked",
];

/// Whether the word starting at `rest` could begin a date at all: the cheap
/// filter that keeps the scan fast. A digit or a word that is itself a date
/// (a month, a weekday, "tomorrow", an ordinal) may start one. A common word
/// that only leads into a date ("the", "in", "last", "two") may start one
/// only when a date word, a digit or a calendar unit ("week", "years")
/// follows within a few words — so "the" is parsed at only where a date can
/// follow it. No allocation: words are lower-cased into a stack buffer.
#[cfg(test)]
fn may_start_date(rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_ascii_digit())
        || word_class(rest).is_some_and(|class| starter_may_start(class, rest))
}

/// Whether a date may start at `rest`, which opens a word of class `class`
/// (as the shared pass looked it up): a date starter that is not a mere
/// lead-in, or a lead-in with a date word in reach.
fn starter_may_start(class: Class, rest: &str) -> bool {
    let letters = rest.bytes().take(MAX_DATE_WORD + 1).take_while(u8::is_ascii_alphabetic).count();
    class.any(Class::DATE_STARTER)
        && (1..=MAX_DATE_WORD).contains(&letters)
        && (!class.any(Class::DATE_LEAD_IN) || anchor_follows(&rest[letters..]))
}

/// The shared table's class of the ASCII word at the start of `text`;
/// `None` if there is none or it is longer than any date word.
fn word_class(text: &str) -> Option<Class> {
    let len = text.bytes().take(MAX_DATE_WORD + 1).take_while(u8::is_ascii_alphabetic).count();
    (len > 0 && len <= MAX_DATE_WORD).then(|| super::base_lexicon().class_of(&text[..len]))
}

/// The longest word of the date extractor's lists.
const MAX_DATE_WORD: usize = 16;

/// Starters that are common words and only lead into a date.
pub(crate) const LEAD_INS: &[&str] = &[
    "a",
    "an",
    "beginning",
    "coming",
    "early",
    "eight",
    "eleven",
    "end",
    "few",
    "five",
    "four",
    "in",
    "last",
    "late",
    "mid",
    "middle",
    "next",
    "nine",
    "one",
    "past",
    "previous",
    "seven",
    "several",
    "six",
    "start",
    "ten",
    "the",
    "this",
    "three",
    "twelve",
    "two",
];

/// Calendar units: a lead-in word followed by one of these may be a date
/// ("the past few days", "in the new year", "this week", "two Sundays from now").
pub(crate) const UNITS: &[&str] = &[
    "afternoon",
    "century",
    "day",
    "days",
    "decade",
    "decades",
    "evening",
    "fortnight",
    "fridays",
    "hour",
    "hours",
    "mondays",
    "month",
    "months",
    "morning",
    "night",
    "quarter",
    "saturdays",
    "sundays",
    "thursdays",
    "tuesdays",
    "wednesdays",
    "week",
    "weekend",
    "weeks",
    "year",
    "years",
];

/// How many words after a lead-in may hold the date word it leads into
/// ("the" → "beginning of the next month" is four).
const LEAD_IN_REACH: usize = 5;

/// Whether a date word, a calendar unit or a digit starts one of the next
/// [`LEAD_IN_REACH`] words of `rest`, within the same clause.
fn anchor_follows(rest: &str) -> bool {
    let mut at = rest;
    for _ in 0..LEAD_IN_REACH {
        let skipped = at.trim_start_matches([' ', '-', '\u{a0}', '\n', '\r']);
        if skipped.len() + 3 < at.len() {
            return false;
        }
        at = skipped;
        let Some(c) = at.chars().next() else { return false };
        if c.is_ascii_digit() {
            return true;
        }
        let Some(class) = word_class(at) else { return false };
        if class.any(Class::DATE_UNIT) || (class.any(Class::DATE_STARTER) && !class.any(Class::DATE_LEAD_IN)) {
            return true;
        }
        at = &at[at.bytes().take_while(u8::is_ascii_alphabetic).count()..];
        // "the 1990s", "Tomorrow's": a glued apostrophe or comma ends the reach.
        if !at.starts_with([' ', '-', '\u{a0}', '\n', '\r']) {
            return false;
        }
    }
    false
}

/// Every date mention in `text`, in text order.
pub fn extract(text: &str) -> Vec<DateMention> {
    extract_with(text, &Cues::of(text, super::base_lexicon()))
}

/// [`extract`] over the shared pass's cues: only words that open a digit or
/// are date starters are tried ([`may_start_date`] accepts nothing else).
pub fn extract_with(text: &str, cues: &Cues) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for word in &cues.words {
        let pos = word.start;
        if pos < skip_to || !word.class.any(Class::DIGIT | Class::DATE_STARTER) {
            continue;
        }
        // A word start: the char before is not alphanumeric.
        let p1 = text[..pos].chars().next_back();
        let rest = &text[pos..];
        let c = rest.chars().next().unwrap_or(' ');
        if !word.class.any(Class::DIGIT) && !starter_may_start(word.class, rest) {
            continue;
        }
        // "F-35", "COVID-19", "1,900", "$55", "#12", "3.5": a number glued to
        // something before it is not a date.
        if c.is_ascii_digit()
            && p1.is_some_and(|p| matches!(p, '-' | '/' | '.' | ',' | '$' | '€' | '£' | '#' | ':' | '+'))
        {
            continue;
        }
        // "6,107.31 August 2019": a number we could not read as a day sits
        // right before the month; reading "August 2019" alone would drop it.
        if c.is_alphabetic()
            && text[..pos].trim_end_matches([' ', '\t']).ends_with(|c: char| c.is_ascii_digit())
            && month_name(rest).is_ok()
        {
            continue;
        }
        let before = words_before(text, pos, 2);
        let prev_word = before.first().map(Cow::as_ref).unwrap_or("");
        let ctx = LeftContext {
            month_ok: PLACING_MONTH.contains(&prev_word)
                || (matches!(prev_word, "and" | "or" | "to" | "through" | "until")
                    && before.get(1).is_some_and(|w| month_name(w).is_ok_and(|(r, _)| r.is_empty()))),
            year_ok: PLACING_YEAR.contains(&prev_word)
                || (matches!(prev_word, "and" | "or" | "to" | "through" | "until")
                    && before.get(1).is_some_and(|w| year4(w).is_ok_and(|(r, _)| r.is_empty())))
                // "as soon as 2027", "as early as 1990".
                || (prev_word == "as" && before.get(1).is_some_and(|w| matches!(w.as_ref(), "soon" | "early" | "late"))),
            year_named: prev_word == "the",
            on: matches!(prev_word, "on" | "since" | "before" | "after" | "until" | "till" | "by"),
            in_: prev_word == "in",
        };
        if let Ok((remaining, expr)) = date_expr(ctx)(rest) {
            let len = rest.len() - remaining.len();
            let matched = rest[..len].trim_end_matches(|c: char| is_space(c) || c == ',');
            if matched.is_empty() {
                continue;
            }
            // A capitalised relative word or bare weekday right after a
            // capitalised word mid-sentence is part of a name.
            let name_like = matches!(expr, DateExpr::Weekday { week: None, .. } | DateExpr::Season { .. })
                || (matches!(expr, DateExpr::Shift { .. }) && c.is_uppercase());
            if name_like && after_capitalised_word(text, pos) {
                continue;
            }
            // "the last summer before the war", "his next winter": a season
            // of someone's life or of a story, not one counted from today.
            let counted = matches!(expr, DateExpr::Season { at: SeasonRef::Shift(k), .. } if k != 0)
                || matched.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("last"));
            if counted && matches!(prev_word, "the" | "a" | "his" | "her" | "their" | "its" | "my" | "our" | "your") {
                continue;
            }
            // "told Radio 4's Today programme": a capitalised "Today" is a
            // title unless it starts a sentence.
            if matches!(expr, DateExpr::Shift { .. }) && c.is_uppercase() && !at_sentence_start(text, pos) {
                continue;
            }
            let before_words = words_before(text, pos, CUE_WINDOW);
            let future = future_cue(&before_words);
            // "dropped 12% in two days", "the highest level in 20 years"
            // measure back; only a future cue in the sentence, before or
            // after, makes "in N days" a date ahead.
            let in_form = matched.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("in "));
            if in_form && !future && !future_cue(&words_after(text, pos + matched.len(), CUE_WINDOW)) {
                continue;
            }
            let tense = tense_of(&before_words);
            out.push(DateMention { span: Span::of(text, matched), expr: expr.with_tense(tense) });
            skip_to = pos + matched.len();
        }
    }
    let ranges = ranges(text, &out);
    if !ranges.is_empty() {
        out.extend(ranges);
        out.sort_by_key(|m| (m.span.start, m.span.end));
    }
    out
}

/// Parts of a day that may stand before either end of a range: "from the
/// night of November 3 to the morning of November 4".
const DAY_PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];

/// `head` without a trailing "the night of" (any of [`DAY_PARTS`]) and
/// blanks.
fn strip_day_part(head: &str) -> &str {
    let head = head.trim_end_matches(is_space);
    for part in DAY_PARTS {
        let n = "the ".len() + part.len() + " of".len();
        if let Some(tail) = head.len().checked_sub(n).and_then(|at| head.get(at..)) {
            let lower = tail.to_ascii_lowercase();
            let opens = head[..head.len() - n].ends_with(|c: char| !is_word_char(c)) || head.len() == n;
            if opens && lower.starts_with("the ") && lower[4..].starts_with(part) && lower.ends_with(" of") {
                return head[..head.len() - n].trim_end_matches(is_space);
            }
        }
    }
    head
}

/// Whether `head` ends with the whole word `w` (ASCII case ignored).
fn ends_with_word(head: &str, w: &str) -> bool {
    head.len() >= w.len()
        && head.get(head.len() - w.len()..).is_some_and(|t| t.eq_ignore_ascii_case(w))
        && !head[..head.len() - w.len()].ends_with(is_word_char)
}

/// "from X until Y", "from X to Y", "from X through Y", "between X and Y":
/// consecutive mentions joined by one of these words make one more
/// mention, from the opening word to the end of the second date. Only
/// blanks and an optional part of a day ("the night of") may stand between
/// the words and the dates.
fn ranges(text: &str, mentions: &[DateMention]) -> Vec<DateMention> {
    let mut out = Vec::new();
    for pair in mentions.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let mut from = a.span.start.saturating_sub(40);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let head = strip_day_part(&text[from..a.span.start]);
        let between = ends_with_word(head, "between");
        if !between && !ends_with_word(head, "from") {
            continue;
        }
        let opener = if between { "between" } else { "from" };
        let start = from + head.len() - opener.len();
        let Some(gap) = text.get(a.span.end..b.span.start).filter(|g| g.len() <= 40) else { continue };
        let joiner = strip_day_part(gap).trim_start_matches(is_space);
        let joined = if between {
            joiner.eq_ignore_ascii_case("and")
        } else {
            ["until", "till", "to", "through"].iter().any(|w| joiner.eq_ignore_ascii_case(w))
        };
        if joined {
            out.push(DateMention {
                span: Span::new(start, b.span.end),
                expr: DateExpr::Range { from: Box::new(a.expr.clone()), to: Box::new(b.expr.clone()) },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        extract(text).into_iter().map(|m| m.span.text(text)).collect()
    }

    fn one(text: &str) -> (String, DateExpr) {
        let m = extract(text);
        assert_eq!(m.len(), 1, "{text:?} gave {m:?}");
        (m[0].span.text(text).to_string(), m[0].expr.clone())
    }

    #[test]
    fn the_binary_searched_verb_lists_are_sorted() {
        for list in [PAST_FORMS, NOT_PAST] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        // "took" sat after "told" once, and no "took" was read as past.
        assert!(is_past_verb("took") && is_past_verb("told"));
    }

    #[test]
    fn every_scan_word_is_classed_by_the_lexicon() {
        let lx = crate::extract::base_lexicon();
        for w in LEAD_INS {
            assert!(lx.class_of(w).any(Class::DATE_LEAD_IN), "{w}");
        }
        for w in UNITS {
            assert!(lx.class_of(w).any(Class::DATE_UNIT), "{w}");
        }
        for w in STARTERS.iter().chain(DAY_WORDS).chain(crate::vocab::calendar::all().iter().map(|w| &w.word)) {
            assert!(lx.class_of(w).any(Class::DATE_STARTER), "{w}");
        }
    }

    #[test]
    fn word_led_leaves_out_only_productions_that_cannot_parse() {
        // A form of every production, in odd cases too, and every bundled article.
        let mut texts: Vec<String> = [
            "monday january 12th, 2016; this friday (jun-15); Friday the 22nd; December 11, 2025; Dec. 6",
            "fourth of may; twenty-first of June; October 2025; March this year; the end of 2022",
            "early October; mid-2025; the 1990s; the early 2030s; the summer of 2024; Fall 2024; Q2 2025",
            "the second quarter of 2025; earlier this week; later that day; the same day",
            "Tomorrow, which is the 12th; the day after tomorrow; last night; two days ago; in two days",
            "a few weeks from now; in 3 business days; two Sundays from now; the first Friday of July",
            "second Sunday of next month; next week on Friday; Tuesday of next week; this Friday",
            "the past two years; the last few days; this week; the new year; this December; last summer",
            "this past autumn; the coming winter; the 6th; the thirty. the 20th of next month; TODAY; ThIs WeEk",
            "Ｔhe day; \u{212a}; the\u{a0}day before yesterday; théâtre; quartz Q3",
        ]
        .map(String::from)
        .to_vec();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/articles")).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        for t in &texts {
            for (at, _) in t.char_indices().filter(|(_, c)| !c.is_ascii_digit()) {
                let i = &t[at..];
                assert_eq!(word_led(i).ok(), first_parse(i, None).ok(), "{i:?}");
            }
        }
    }

    #[test]
    fn ascii_runs_read_as_the_combinators_read() {
        fn alpha(i: &str) -> Res<'_, &str> {
            terminated(take_while_m_n(1, 12, |c: char| c.is_ascii_alphabetic()), word_end).parse(i)
        }
        fn month_word(i: &str) -> Res<'_, &str> {
            take_while_m_n(3, 9, |c: char| c.is_ascii_alphabetic()).parse(i)
        }
        fn one_two(i: &str) -> Res<'_, u32> {
            let digits = take_while_m_n(1, 2, |c: char| c.is_ascii_digit());
            map_opt(terminated(digits, not(satisfy(|c| c.is_ascii_digit()))), |s: &str| s.parse().ok()).parse(i)
        }
        fn four(i: &str) -> Res<'_, i16> {
            let digits = take_while_m_n(4, 4, |c: char| c.is_ascii_digit());
            map_opt(terminated(digits, not(satisfy(|c| c.is_ascii_digit()))), |s: &str| s.parse().ok()).parse(i)
        }
        let mut texts: Vec<String> = [
            "1 12 123 1234 12345 2025-06-15 9/11 7٣ ٣ 1st 12th",
            "May Mayor Sept September Septembers Sep. Oct.2 abcdefghijklm abcdefghijkl abcdefghijklé ab",
        ]
        .map(String::from)
        .to_vec();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/articles")).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        for t in &texts {
            for (at, _) in t.char_indices() {
                let i = &t[at..];
                assert_eq!(alpha_word(i).ok(), alpha(i).ok(), "{i:?}");
                let word = ascii_run(i, 9, u8::is_ascii_alphabetic);
                assert_eq!((3..=9).contains(&word).then(|| &i[..word]), month_word(i).ok().map(|(_, w)| w), "{i:?}");
                assert_eq!(num_1_2(i).ok(), one_two(i).ok(), "{i:?}");
                assert_eq!(num_4(i).ok(), four(i).ok(), "{i:?}");
            }
        }
    }

    #[test]
    fn digit_led_leaves_out_only_productions_that_cannot_parse() {
        let every = |i| {
            alt((
                year_first,
                numeric_dmy,
                day_month,
                decade,
                counted_shift,
                weekdays_ahead,
                nth_weekday,
                of_shifted_month,
            ))
            .parse(i)
        };
        // A form of every production a digit opens, near misses, and every bundled article.
        let mut texts: Vec<String> = [
            "2025-06-15; 15/06/2025; 15.6.25; 12 June 2025; 12th of June; 1990s; 5 days ago; 3 weeks from now",
            "2 years, 1 month and 21 days from tomorrow; 2 Sundays from now; 2nd Monday of next month; 3rd Friday",
            "20th of next month; 31st this month; 5\u{a0}days ago; 12\n days before yesterday; 1,900 dlrs; 5.3 pct",
            "1234 days ago; 12345 days; 99th of next month; 2nd\tMonday; 4 \n\n days; 7٣ days; 5th-Monday",
        ]
        .map(String::from)
        .to_vec();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/articles")).unwrap() {
            texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
        }
        for t in &texts {
            for (at, _) in t.char_indices().filter(|(_, c)| c.is_ascii_digit()) {
                let i = &t[at..];
                assert_eq!(digit_led(i).ok(), every(i).ok(), "{i:?}");
            }
        }
    }

    #[test]
    fn lead_ins_are_parsed_at_only_before_a_date_word() {
        assert!(may_start_date("the end of 2022"));
        assert!(may_start_date("in the new year"));
        assert!(may_start_date("two Sundays from now"));
        assert!(!may_start_date("the minister said"));
        assert!(!may_start_date("in a statement, Monday"));
    }

    #[test]
    fn month_name_reads_full_abbreviated_and_dotted() {
        assert_eq!(month_name("Sept. 5"), Ok((" 5", (9, "Sept"))));
        assert_eq!(month_name("May."), Ok((".", (5, "May"))));
        assert_eq!(month_name("december 11"), Ok((" 11", (12, "december"))));
        assert!(month_name("Mayor").is_err());
        assert!(month_name("Marching").is_err());
    }

    #[test]
    fn day_number_and_word_stay_in_calendar_range() {
        assert_eq!(day_number("12th,"), Ok((",", (12, true))));
        assert_eq!(day_number("6 "), Ok((" ", (6, false))));
        assert!(day_number("32").is_err());
        assert!(day_number("123").is_err());
        assert_eq!(day_word("twenty-first x"), Ok((" x", 21)));
        assert_eq!(day_word("twenty one"), Ok(("", 21)));
        assert!(day_word("thirty five").is_err());
    }

    #[test]
    fn month_day_with_and_without_year() {
        assert_eq!(
            month_day("December 11, 2025."),
            Ok((".", DateExpr::Absolute { year: 2025, month: Some(12), day: Some(11) }))
        );
        assert_eq!(month_day("Dec. 6 x"), Ok((" x", DateExpr::MonthDay { month: 12, day: 6, tense: Tense::Past })));
        assert_eq!(month_day("jan-1"), Ok(("", DateExpr::MonthDay { month: 1, day: 1, tense: Tense::Past })));
        assert!(month_day("March 2025").is_err());
    }

    #[test]
    fn day_month_with_and_without_year() {
        assert_eq!(
            day_month("11 December 2025"),
            Ok(("", DateExpr::Absolute { year: 2025, month: Some(12), day: Some(11) }))
        );
        assert_eq!(day_month("fourth of may!"), Ok(("!", DateExpr::MonthDay { month: 5, day: 4, tense: Tense::Past })));
        assert!(day_month("3 May-ors").is_err());
        assert_eq!(day_month("22april"), Ok(("", DateExpr::MonthDay { month: 4, day: 22, tense: Tense::Past })));
        assert!(day_month("22may").is_err());
    }

    #[test]
    fn month_year_and_year_parts() {
        assert_eq!(month_year("October 2025"), Ok(("", DateExpr::Absolute { year: 2025, month: Some(10), day: None })));
        assert_eq!(
            year_part("the end of 2022,"),
            Ok((",", DateExpr::YearPart { year: YearRef::Absolute(2022), part: Part::End }))
        );
        assert_eq!(
            year_part("mid-2025"),
            Ok(("", DateExpr::YearPart { year: YearRef::Absolute(2025), part: Part::Mid }))
        );
        assert_eq!(
            year_part("end of this year"),
            Ok(("", DateExpr::YearPart { year: YearRef::Relative(0), part: Part::End }))
        );
        assert_eq!(decade("the 1990s,"), Ok((",", DateExpr::Decade { decade: 1990, part: None })));
        assert_eq!(decade("the early 2030s"), Ok(("", DateExpr::Decade { decade: 2030, part: Some(Part::Early) })));
        assert_eq!(decade("the mid-1980s"), Ok(("", DateExpr::Decade { decade: 1980, part: Some(Part::Mid) })));
    }

    #[test]
    fn month_parts() {
        assert_eq!(
            month_part("early October,"),
            Ok((",", DateExpr::MonthPart { month: 10, year: None, part: Part::Early, tense: Tense::Past }))
        );
        assert_eq!(
            month_part("the end of November 2025"),
            Ok(("", DateExpr::MonthPart { month: 11, year: Some(2025), part: Part::End, tense: Tense::Past }))
        );
        assert!(month_part("late may").is_err());
        assert_eq!(texts("They met in early October."), ["early October"]);
    }

    #[test]
    fn iso_and_numeric_dates() {
        assert_eq!(
            year_first("2024-04-17 10:03:49"),
            Ok((" 10:03:49", DateExpr::Absolute { year: 2024, month: Some(4), day: Some(17) }))
        );
        assert_eq!(numeric_dmy("21/04/16"), Ok(("", DateExpr::Absolute { year: 2016, month: Some(4), day: Some(21) })));
        assert!(numeric_dmy("13/13/2016").is_err());
        assert_eq!(numeric_dmy("03/05/2025"), Ok(("", DateExpr::EitherOrder { year: 2025, month: 3, day: 5 })));
        assert_eq!(
            numeric_dmy("05/05/2025"),
            Ok(("", DateExpr::Absolute { year: 2025, month: Some(5), day: Some(5) }))
        );
        assert!(numeric_md(false, false)("24/7").is_err());
        assert!(numeric_md(false, false)("4.22").is_err());
        assert!(numeric_md(true, false)("1/4%").is_err());
    }

    #[test]
    fn spelled_numbers_and_years() {
        assert_eq!(cardinal_below_100("seventy eight"), Ok(("", 78)));
        assert_eq!(year_words("nineteen seventy eight"), Ok(("", 1978)));
        assert_eq!(year_words("nineteen zero one"), Ok(("", 1901)));
        assert_eq!(year_words("two thousand and eighteen"), Ok(("", 2018)));
        assert_eq!(year_words("two thousand"), Ok(("", 2000)));
        assert!(year_words("seven hundred").is_err());
        assert_eq!(
            month_day("September 10, nineteen zero one"),
            Ok(("", DateExpr::Absolute { year: 1901, month: Some(9), day: Some(10) }))
        );
    }

    #[test]
    fn relative_days_and_anchor() {
        assert_eq!(relative_day("Tomorrow,"), Ok((",", 1)));
        assert_eq!(relative_day("this morning"), Ok(("", 0)));
        assert_eq!(relative_day("the day after tomorrow"), Ok(("", 2)));
        assert_eq!(
            relative_day_phrase("Tomorrow, which is the 12th, I"),
            Ok((", I", DateExpr::AnchoredDay { days: 1, day: 12 }))
        );
        assert!(day_anchor(", which is 12").is_err());
    }

    #[test]
    fn counted_shifts_and_periods() {
        assert_eq!(counted_shift("two days ago"), Ok(("", DateExpr::days(-2))));
        assert_eq!(counted_shift("in two days"), Ok(("", DateExpr::days(2))));
        assert_eq!(counted_shift("a month ago"), Ok(("", DateExpr::Shift { years: 0, months: -1, weeks: 0, days: 0 })));
        assert_eq!(
            counted_shift("1 month and 21 days ago."),
            Ok((".", DateExpr::Shift { years: 0, months: -1, weeks: 0, days: -21 }))
        );
        assert_eq!(
            counted_shift("three weeks from tomorrow"),
            Ok(("", DateExpr::Shift { years: 0, months: 0, weeks: 3, days: 1 }))
        );
        assert_eq!(counted_shift("two days before yesterday"), Ok(("", DateExpr::days(-3))));
        assert!(counted_shift("two months").is_err());
        // Narrative-relative: counted from the story's event, not publication.
        assert!(counted_shift("two days later").is_err());
        assert_eq!(period("last week"), Ok(("", DateExpr::Period { unit: Unit::Week, offset: -1 })));
        assert_eq!(period("the new year"), Ok(("", DateExpr::Period { unit: Unit::Year, offset: 1 })));
        assert!(period("next day").is_err());
    }

    #[test]
    fn recent_stretches() {
        assert_eq!(recent("the past two years"), Ok(("", DateExpr::Recent { amount: 2, unit: Unit::Year })));
        assert_eq!(recent("past few days,"), Ok((",", DateExpr::Recent { amount: 3, unit: Unit::Day })));
        assert!(recent("the last three games").is_err());
    }

    #[test]
    fn weekday_phrases() {
        use jiff::civil::Weekday::*;
        let w = |weekday, week| DateExpr::Weekday { weekday, week, tense: Tense::Past };
        assert_eq!(weekday_phrase("Friday"), Ok(("", w(Friday, None))));
        assert_eq!(weekday_phrase("next Monday"), Ok(("", w(Monday, Some(1)))));
        assert_eq!(weekday_phrase("Tuesday of next week"), Ok(("", w(Tuesday, Some(1)))));
        assert_eq!(weekday_phrase("this week on Saturday"), Ok(("", w(Saturday, Some(0)))));
        assert!(weekday_phrase("sun").is_err());
        assert_eq!(
            weekday_then_date("Friday the 22nd"),
            Ok(("", DateExpr::DayOfMonth { day: 22, month_shift: None, tense: Tense::Past }))
        );
    }

    #[test]
    fn small_productions() {
        use jiff::civil::Weekday::*;
        assert_eq!(weekday_name("Tues."), Ok((".", Tuesday)));
        assert!(weekday_name("Sun").is_err());
        assert_eq!(weekday_name_any_case("wed,"), Ok((",", Wednesday)));
        assert_eq!(unit_word("weeks ago"), Ok((" ago", Unit::Week)));
        assert_eq!(count("a few days"), Ok((" days", 3)));
        assert_eq!(count("12 days"), Ok((" days", 12)));
        assert!(count("1234 days").is_err());
        assert_eq!(duration("2 years, 1 month and 21 days ago"), Ok((" ago", [21, 0, 1, 2])));
        assert_eq!(small_ordinal("third Tuesday"), Ok((" Tuesday", 3)));
        assert!(small_ordinal("6th Sunday").is_err());
        assert_eq!(part_word("at"), Err(reject("at", ErrorKind::Tag)));
        assert_eq!(part_word("the end of 2022"), Ok(("2022", Part::End)));
        assert_eq!(shift_word("coming week"), Ok((" week", 1)));
        assert!(shift_word("previous").is_err());
        assert_eq!(
            of_shifted_month("20th of next month"),
            Ok(("", DateExpr::DayOfMonth { day: 20, month_shift: Some(1), tense: Tense::Past }))
        );
        assert_eq!(
            shifted_month("this December it"),
            Ok((" it", DateExpr::Month { month: 12, shift: Some(0), tense: Tense::Past }))
        );
        assert!(shifted_month("this march on").is_err());
        // A day after the month: "this" is the date's determiner ("this Nov. 15 photo").
        assert!(shifted_month("this Nov. 15 photo").is_err());
        assert!(shifted_month("this December 2025").is_err());
        assert_eq!(lone_month("October."), Ok((".", DateExpr::Month { month: 10, shift: None, tense: Tense::Past })));
        assert!(lone_month("may").is_err());
        assert_eq!(month_year("October last year"), Ok(("", DateExpr::MonthOfYear { month: 10, offset: -1 })));
    }

    #[test]
    fn nth_weekdays_and_weekdays_ahead() {
        use jiff::civil::Weekday::*;
        assert_eq!(
            nth_weekday("the first Friday of July"),
            Ok((
                "",
                DateExpr::NthWeekday { n: 1, weekday: Friday, month: MonthSel::Named { month: 7, tense: Tense::Past } }
            ))
        );
        assert_eq!(
            nth_weekday("second Monday of next month"),
            Ok(("", DateExpr::NthWeekday { n: 2, weekday: Monday, month: MonthSel::Shifted(1) }))
        );
        assert!(nth_weekday("sixth Sunday").is_err());
        assert!(nth_weekday("the second largest").is_err());
        assert_eq!(weekdays_ahead("two Sundays from now"), Ok(("", DateExpr::WeekdaysAhead { n: 2, weekday: Sunday })));
    }

    #[test]
    fn ordinal_days_need_a_date_like_follow_up() {
        assert_eq!(
            the_ordinal_day("the 6th when"),
            Ok((" when", DateExpr::DayOfMonth { day: 6, month_shift: None, tense: Tense::Past }))
        );
        assert!(the_ordinal_day("the 2nd Fleet").is_err());
        assert!(the_ordinal_day("the 27th floor").is_err());
        assert!(the_ordinal_day("the 27 members").is_err());
        assert!(the_ordinal_day("the second largest").is_err());
        assert!(the_ordinal_day("the second!").is_err());
        assert!(the_ordinal_day("the twenty-first century").is_err());
        assert_eq!(
            the_ordinal_day("the twenty second?"),
            Ok(("?", DateExpr::DayOfMonth { day: 22, month_shift: None, tense: Tense::Past }))
        );
        assert_eq!(
            the_ordinal_day("the 20th of next month"),
            Ok(("", DateExpr::DayOfMonth { day: 20, month_shift: Some(1), tense: Tense::Past }))
        );
    }

    #[test]
    fn written_cardinal_days_from_twenty_need_a_clause_end() {
        assert_eq!(
            the_ordinal_day("the thirty."),
            Ok((".", DateExpr::DayOfMonth { day: 30, month_shift: None, tense: Tense::Past }))
        );
        assert_eq!(texts("Rent is due on the thirty, she said."), ["the thirty"]);
        assert_eq!(texts("The board meets again on the twenty one."), ["the twenty one"]);
        for t in ["She was one of the twelve.", "He thanked the two.", "All of the thirty members voted", "the forty."]
        {
            assert_eq!(texts(t), Vec::<&str>::new(), "{t:?}");
        }
    }

    #[test]
    fn seed_sentences_give_the_expected_spans() {
        let t = "Kishida posted on December 11: \"Tomorrow, which is the 12th, I will meet. \
                 We met in Tokyo in October, in Malaysia in November, and this December it will be Seoul.\"";
        assert_eq!(texts(t), ["December 11", "Tomorrow, which is the 12th", "October", "November", "this December"]);
        let t = "He posted today (December 12): \"This morning we discussed the incident on the 6th \
                 and the flight on the 9th and our response in the new year.\"";
        assert_eq!(texts(t), ["today", "December 12", "This morning", "the 6th", "the 9th", "the new year"]);
        let t = "2024-04-17 10:03:49\nOn April 14, Kishida left. At the end of 2022, Japan released a plan; \
                 the 2023 Camp David Summit set exercises from 2025.";
        assert_eq!(texts(t), ["2024-04-17", "April 14", "the end of 2022", "2023", "2025"]);
    }

    #[test]
    fn future_cue_sets_tense() {
        let (_, e) = one("The ministers will meet on the 20th.");
        assert_eq!(e, DateExpr::DayOfMonth { day: 20, month_shift: None, tense: Tense::Future });
        // The end of a span "from … until" takes no future from "until".
        let m = extract("The exhibition ran from the 2nd until the 20th.");
        assert_eq!(
            m.last().map(|m| &m.expr),
            Some(&DateExpr::DayOfMonth { day: 20, month_shift: None, tense: Tense::Past })
        );
        // Without "from", "until" looks ahead.
        let (_, e) = one("The exhibition runs until the 20th.");
        assert_eq!(e, DateExpr::DayOfMonth { day: 20, month_shift: None, tense: Tense::Future });
        let (_, e) = one("The ministers met on the 20th.");
        assert_eq!(e, DateExpr::DayOfMonth { day: 20, month_shift: None, tense: Tense::Past });
        // A cue in the previous sentence does not leak.
        let (_, e) = one("They will talk. They met in March.");
        assert_eq!(e, DateExpr::Month { month: 3, shift: None, tense: Tense::Past });
    }

    #[test]
    fn news_numbers_and_words_are_not_dates() {
        for t in [
            "the 2nd Fleet sailed",
            "an F-35 crashed",
            "under Article 9 of the constitution",
            "a 1,900-mile range",
            "a $55 billion investment",
            "2% of GDP",
            "50,000 troops",
            "Section 230 reform",
            "COVID-19 cases",
            "3 May-ors",
            "I'll go back on 15",
            "they may meet again",
            "a march on Washington",
            "the second largest economy",
            "open 24/7 for 2000 troops",
            "the 2000 troops",
            "prices rose to 2000 yuan",
            "in 1500 cases",
            "the highest level in 20 years",
            "the first time in two months.",
            "by its closing time of 1900 GMT.",
            "a nearly week-long visit",
            "the 25th Anniversary of Diplomatic Relations",
            "the face amount of its 6 1/4% notes",
        ] {
            assert_eq!(texts(t), Vec::<&str>::new(), "{t:?}");
        }
    }

    #[test]
    fn names_and_numbers_that_look_like_dates_are_not() {
        for t in [
            "The Sun reported it first.",
            "a party led by May",
            "Johnson and May disagreed",
            "the March on Washington",
            "the 1st and 3rd battalions deployed",
            "in 2/3 of cases",
            "since 9/11 attacks began",
            "on 22nd Street",
            "a 7-2 ruling",
        ] {
            assert_eq!(texts(t), Vec::<&str>::new(), "{t:?}");
        }
        assert_eq!(texts("between March and May"), ["between March and May", "March", "May"]);
        assert_eq!(texts("on the 6th and 7th, talks"), ["the 6th"]);
    }

    #[test]
    fn bare_years_need_a_placing_word() {
        assert_eq!(
            texts("from 2019 to 2021, the 2023 Camp David Summit"),
            ["from 2019 to 2021", "2019", "2021", "2023"]
        );
        assert_eq!(texts("It will reopen in two years."), ["in two years"]);
        assert_eq!(bare_year(false)("2023-24 season").map(|_| ()), Err(reject("2023-24 season", ErrorKind::Verify)));
        assert!(bare_year(true)("2023 elections").is_err());
        // A word ending in "s" after the year is not always a plural noun.
        assert_eq!(texts("It could cost $5 billion by 2055 as the deal proceeds."), ["2055"]);
        assert!(texts("It rose by 2000 cases.").is_empty());
        // "as soon as", "as early as" place a year; "as" alone does not.
        assert_eq!(texts("Boats could arrive as soon as 2027, or as early as 2026."), ["2027", "2026"]);
        assert!(texts("It sold as 2000 units.").is_empty());
    }

    #[test]
    fn named_days_are_not_dates() {
        for t in ["Black Friday sales rose", "as USA Today reported", "on Good Friday"] {
            assert_eq!(texts(t), Vec::<&str>::new(), "{t:?}");
        }
        assert_eq!(texts("Today, Lee met Kishida. On Monday they spoke."), ["Today", "Monday"]);
        assert_eq!(texts("Lee said on Monday"), ["Monday"]);
    }

    #[test]
    fn bbc_style_false_positives_stay_out() {
        for t in [
            "an improvement on the 3.3% growth seen",
            "87% of the 1,000 adults quizzed",
            "and Halo 2.\n\nJan Bolz, EA's vice president",
            "Mr Blair told BBC Radio 4's Today programme",
            "crude has dropped 12% in two days.",
            "eclipsed previous years, including",
            "ten the previous year.",
        ] {
            assert_eq!(texts(t), Vec::<&str>::new(), "{t:?}");
        }
        assert_eq!(texts("Friday, 25 February\n\n2000 GMT"), ["Friday, 25 February"]);
        assert_eq!(texts("In four days, Unison will start balloting."), ["In four days"]);
        assert_eq!(texts("He was arrested in October last year."), ["October last year"]);
        assert_eq!(texts("16. Nov. 2016"), ["16. Nov. 2016"]);
    }

    #[test]
    fn may_as_a_month_needs_support() {
        assert_eq!(texts("They met in May."), ["May"]);
        assert_eq!(texts("They met on May 3."), ["May 3"]);
        assert_eq!(texts("in may they may"), Vec::<&str>::new());
    }

    #[test]
    fn spans_are_exact_ordered_and_on_char_boundaries_for_mixed_fragments() {
        let parts = [
            "the", "6th", "’", "é", "May", "2024-", "-", "/", "12", " ", ",", "二〇", "Tomorrow", "which is", "of",
            "next", "week", "Friday", ".", "(", ")", "in", "October", "2025", "ago", "two", "days", "\n", "on", "4.22",
            "mid-", "end of", "Sept.", "twenty", "second", "\u{a0}",
        ];
        // A fixed linear congruential sequence: deterministic, no dependency.
        let mut seed: u64 = 0x5eed;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(parts[(seed >> 33) as usize % parts.len()]);
                if seed & 1 == 0 {
                    text.push(' ');
                }
            }
            let found = extract(&text);
            let mut last_end = 0;
            for m in &found {
                assert!(m.span.start >= last_end && !m.span.is_empty(), "{text:?}: {found:?}");
                let t = m.span.text(&text);
                assert_eq!(t.trim(), t, "{text:?}");
                assert!(!t.ends_with([',', '.']) || t.ends_with("Sept."), "{text:?}: {t:?}");
                last_end = m.span.end;
            }
        }
    }

    #[test]
    fn seasons_need_a_shift_or_a_year() {
        assert_eq!(texts("The deal was struck last summer."), ["last summer"]);
        assert_eq!(texts("It reopens in the summer of 2026."), ["the summer of 2026"]);
        assert_eq!(texts("It reopens in Fall 2026."), ["Fall 2026"]);
        assert_eq!(texts("It closed this past spring, he said."), ["this past spring"]);
        // A season alone is habitual, and "winter" with a year is ambiguous.
        assert!(texts("In summer the town fills with visitors.").is_empty());
        assert_eq!(texts("It reopens in the winter of 2026."), ["2026"]);
        // Names and nouns.
        assert_eq!(texts("The Arab Spring of 2011 toppled rulers."), ["2011"]);
        assert!(texts("This fall in output worried the bank.").is_empty());
        assert!(texts("Shares may fall 2026 points.").is_empty());
        assert!(texts("It was the last summer before the war.").is_empty());
        assert!(texts("He spent his last summer at the lake.").is_empty());
    }

    #[test]
    fn quarters_of_a_year() {
        assert_eq!(texts("Sales rose 3% in Q2 2025."), ["Q2 2025"]);
        assert_eq!(texts("Sales rose in the second quarter of 2025."), ["the second quarter of 2025"]);
        assert_eq!(texts("Sales rose in the third quarter of last year."), ["the third quarter of last year"]);
        assert!(texts("Sales rose in the first quarter, it said.").is_empty());
        assert!(texts("He scored in the first quarter of the game.").is_empty());
        assert!(texts("They reached the first quarter-final of 2025.").iter().all(|t| !t.contains("quarter")));
        assert!(texts("A quarter of the votes, q2 2025.").is_empty());
    }

    #[test]
    fn parts_of_this_week() {
        assert_eq!(texts("He resigned earlier this week."), ["earlier this week"]);
        assert_eq!(texts("She travels later this week."), ["later this week"]);
        assert_eq!(texts("He resigned this week."), ["this week"]);
    }

    #[test]
    fn two_dates_joined_make_a_range_beside_them() {
        assert_eq!(
            texts("Polls are open from April 19 until June 1, officials said."),
            ["from April 19 until June 1", "April 19", "June 1"]
        );
        assert_eq!(texts("Prices rose between 2019 and 2021."), ["between 2019 and 2021", "2019", "2021"]);
        assert_eq!(
            texts("Clashes went on from the night of May 3 to the morning of May 4."),
            ["from the night of May 3 to the morning of May 4", "May 3", "May 4"]
        );
        // Not joined: another word between, or no opening word.
        assert_eq!(texts("He served from 2019, and in 2021 he left."), ["2019", "2021"]);
        assert_eq!(texts("It rose on April 19 to June 1 levels."), ["April 19", "June 1"]);
        assert_eq!(texts("Talks between May 3 officials and June 1 envoys."), ["May 3", "June 1"]);
        // The look-back starts inside a wide char.
        assert_eq!(
            texts("PARIS — Macron — — — — — — — — met from May 3 to May 4."),
            ["from May 3 to May 4", "May 3", "May 4"]
        );
        assert_eq!(texts("——————————————— May 3 to May 4."), ["May 3", "May 4"]);
    }

    #[test]
    fn days_told_before() {
        assert_eq!(texts("Earlier in the day, he met the king."), ["Earlier in the day"]);
        assert_eq!(texts("They voted later that day."), ["later that day"]);
        assert_eq!(texts("It was filed the same day."), ["the same day"]);
        assert!(texts("It fell on the same day as the vote.").is_empty());
        assert!(texts("It rose the same day last year.").iter().all(|t| !t.contains("same")));
        assert!(texts("He works later in the evening.").is_empty());
        assert_eq!(texts("The coalition has been dead since last night."), ["last night"]);
        assert!(texts("It was the last night of the festival.").is_empty());
    }

    #[test]
    fn adversarial_long_inputs_finish() {
        // Quadratic scanning would make these take minutes.
        for unit in ["the ", "1/", "2024-", "twenty ", "on 1", "May ", "’é", "the 6th and "] {
            let text = unit.repeat(30_000 / unit.len());
            let _ = extract(&text);
        }
    }

    #[test]
    fn any_text_is_safe() {
        for t in ["’", "é 12 ’th", "二〇二五年 12th", "the 12", "on 1", "2024-", "mid-", "Dec.", "the ’s 1990s"]
        {
            let _ = extract(t);
        }
        let long = "the 6th, ".repeat(2000);
        assert_eq!(extract(&long).len(), 2000);
    }
}
