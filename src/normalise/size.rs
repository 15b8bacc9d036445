//! The size of a legislature: which chamber of which country a stated size
//! ([`crate::extract::size`]) is the size of.
//!
//! # The chamber
//! - A named chamber is itself: the National Assembly, the House of
//!   Commons, the Bundestag, the lower house are the lower (or only)
//!   chamber; the Senate, the House of Lords, the upper house the upper.
//! - "parliament" with a size is the lower or only chamber: news text
//!   sizes a parliament by the chamber its government answers to ("the
//!   300-member parliament", "Germany's 630-seat parliament"), and gives an
//!   upper house's size under its own name.
//! - Congress, the Diet (both chambers) are never compared.
//! - "the chamber", "the house", "the assembly", "the legislature", and the
//!   members of an "out of" that names no body ("331 out of 577 members")
//!   stand for the last chamber the text named before them, anywhere in
//!   the [`LOOK_BACK`] bytes before; none named: "MPs", "deputies" and
//!   "parliamentarians" are the lower chamber's, "senators" the upper's,
//!   and any other noun is no one's (no claim).
//!
//! # The country
//! Nearest first: the country words of the body ("South Korea's National
//! Assembly", "the French National Assembly", "France's 577-seat
//! parliament") or of its members ("480 French MPs"); those of the chamber
//! the words stand for; the one country the sentence names; the dateline's;
//! the one country the first sentence naming any names (the story's); the
//! country the outlet reports from; the one country whose offices the
//! text's holders hold ("Vice President Sara Duterte"). None of these: no
//! claim. A body with other words in its name ("the General
//! Assembly", "the California Assembly", "the Scottish Parliament", "the
//! Legislative Council") is another body, and no claim: only "National"
//! and "Federal" may stand beside the country.

use crate::claims::ClaimSet;
use crate::extract::size::{Body, Chamber, SizeMention, name_words};
use crate::normalise::place::{self, Setting};
use crate::sentence;
use crate::span::Span;
use crate::time::DateValue;

/// How far back (in bytes) the chamber "the chamber" stands for is looked for.
pub const LOOK_BACK: usize = 3_000;

/// How many sentences from the start are read for the story's country.
const LEDE_SENTENCES: usize = 6;

/// Words that may stand beside the country in a chamber's name.
const PLAIN: &[&str] = &["national", "federal"];

/// The size of one chamber of one country's legislature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SizeClaim {
    pub value: u32,
    /// What it is counted in: "members", "seats", "mps".
    pub noun: String,
    /// [`Chamber::Lower`] or [`Chamber::Upper`].
    pub chamber: Chamber,
    /// The country's code.
    pub country: String,
    /// The body as the text names it ("National Assembly", "parliament"),
    /// the chamber a word stands for included.
    pub body: String,
    /// The publication date of the text.
    pub as_of: Option<DateValue>,
    /// A share of the body restated as a count ("a third of the House, or
    /// 101 signatures"): (numerator, denominator), and `value` is the
    /// count, which bounds the size without stating it.
    pub share: Option<(u32, u32)>,
}

impl SizeClaim {
    /// Whether `size` members fit a share stated as `value`: the share of
    /// `size`, rounded either way or one more (a majority of half).
    pub fn fits(&self, size: u32) -> bool {
        let Some((p, q)) = self.share else { return self.value == size };
        let exact = u64::from(size) * u64::from(p);
        let (floor, ceil) = (exact / u64::from(q), exact.div_ceil(u64::from(q)));
        let v = u64::from(self.value);
        v == floor || v == ceil || v == floor + 1
    }
}

/// What chamber of what country `m` is the size of, if the text says.
pub fn resolve(
    text: &str,
    body: Span,
    setting: &Setting,
    m: &SizeMention,
    claims: &ClaimSet,
    as_of: Option<DateValue>,
    offices_country: Option<&str>,
) -> Option<SizeClaim> {
    let earlier = || {
        let from = crate::sentence::floor_boundary(text, m.span.start.saturating_sub(LOOK_BACK).max(body.start));
        let before = m.body.map_or(m.span.start, |b| b.span.start);
        antecedent(text, Span::new(from.min(before), before))
    };
    let (named, chamber) = match m.body {
        Some(b) if matches!(b.chamber, Chamber::Lower | Chamber::Upper) => (Some(b), b.chamber),
        Some(b) if b.chamber == Chamber::Anaphor => {
            let a = earlier()?;
            (Some(a), a.chamber)
        }
        Some(_) => return None,
        // The noun names the chamber where it can: an earlier body of
        // another chamber is not the one its members sit in.
        None => {
            let own = match m.noun.as_str() {
                "senators" => Some(Chamber::Upper),
                "mps" | "deputies" | "parliamentarians" => Some(Chamber::Lower),
                _ => None,
            };
            match (earlier(), own) {
                (a, Some(own)) => (a.filter(|a| a.chamber == own), own),
                (Some(a), None) => (Some(a), a.chamber),
                (None, None) => return None,
            }
        }
    };
    // Country words: the body's own, the members' ("French MPs"), then
    // those of the chamber an anaphor stands for.
    let mut country: Option<String> = None;
    let mut spans: Vec<Span> = Vec::new();
    spans.extend(m.body.map(|b| b.before));
    spans.extend(m.demonym);
    if m.body.is_none_or(|b| b.chamber == Chamber::Anaphor) {
        spans.extend(named.map(|b| b.before));
    }
    for span in spans {
        match country_of_name(text, span, claims)? {
            Some(c) if country.as_ref().is_some_and(|k| *k != c) => return None,
            Some(c) => country = Some(c),
            None => {}
        }
    }
    let country = match country {
        Some(c) => c,
        None => context_country(text, body, setting, m.span, claims).or(offices_country.map(str::to_string))?,
    };
    let shown = named.map_or_else(|| m.noun.clone(), |b| chamber_words(text, b));
    Some(SizeClaim { value: m.value, noun: m.noun.clone(), chamber, country, body: shown, as_of, share: m.share })
}

/// The last chamber named in `span` that is one ("the chamber" after "the
/// chamber" still stands for the one before); `None` when the last named is
/// both chambers or none is named.
fn antecedent(text: &str, span: Span) -> Option<Body> {
    let bodies = crate::extract::size::bodies_in(text, span);
    let last = bodies.iter().rev().find(|b| b.chamber != Chamber::Anaphor)?;
    matches!(last.chamber, Chamber::Lower | Chamber::Upper).then_some(*last)
}

/// The body's words, as written ("French National Assembly").
fn chamber_words(text: &str, b: Body) -> String {
    name_words(text, b.span).join(" ")
}

/// The country the words before a chamber name: `Ok(None)` when they name
/// none, `Err` (as `None` of the outer option) when they name something
/// else as well ("California", "General").
fn country_of_name(text: &str, span: Span, claims: &ClaimSet) -> Option<Option<String>> {
    let words = name_words(text, span);
    let mut country = None;
    let mut i = 0;
    while i < words.len() {
        if PLAIN.iter().any(|p| words[i].eq_ignore_ascii_case(p)) {
            i += 1;
            continue;
        }
        let found = (1..=3.min(words.len() - i)).rev().find_map(|n| {
            let form = words[i..i + n].join(" ");
            place::jurisdiction_of(claims, &form).map(|c| (n, c))
        });
        let (n, code) = found?;
        if country.as_ref().is_some_and(|c| *c != code) {
            return None;
        }
        country = Some(code);
        i += n;
    }
    Some(country)
}

/// The country the context gives: the sentence's one country, the
/// dateline's, or the story's.
fn context_country(text: &str, body: Span, setting: &Setting, at: Span, claims: &ClaimSet) -> Option<String> {
    let in_sentence = place::countries_named(text, sentence::sentence(text, at), claims);
    match in_sentence.as_slice() {
        [one] => return Some(one.clone()),
        [] => {}
        _ => return None,
    }
    if let Some(d) = setting.dateline() {
        return Some(d.to_string());
    }
    // The first sentence that names a country sets the story's.
    let mut from = body.start;
    for _ in 0..LEDE_SENTENCES {
        if from >= body.end {
            break;
        }
        let s = sentence::sentence(text, Span::new(from, from));
        let named = place::countries_named(text, s, claims);
        match named.as_slice() {
            [one] => return Some(one.clone()),
            [] => {}
            _ => return None,
        }
        if s.end <= from {
            break;
        }
        // The next sentence starts after the blanks that end this one.
        from = s.end + text[s.end..body.end].len() - text[s.end..body.end].trim_start().len();
    }
    // None named: the country the outlet reports from.
    setting.outlet().map(str::to_string)
}
