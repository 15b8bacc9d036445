//! Sizes of legislatures: how many members or seats a text says a
//! parliament, an assembly or one of its chambers has.
//!
//! ## Grammar
//! Four shapes, each read over the words of one sentence:
//! - **sized body**: "the 300-member parliament", "Germany's 630-seat
//!   Bundestag", "the 577-seat French National Assembly": a number glued
//!   to "-member", "-seat" or "-strong", then the body;
//! - **possessive**: "the National Assembly's 190 members": the body, "'s",
//!   a number, a member noun;
//! - **has**: "The chamber has a total of 300 seats": the body, "has",
//!   "have", "had" or "comprises", an optional "a total of", a number, a
//!   member noun;
//! - **out of**: "331 out of 577 members", "331 out of 480 French MPs": the
//!   whole of the count; the body follows as "of the <body>", or is left to
//!   the reader (see `normalise::size`);
//! - **share**: "a third of the House, or 101 signatures", "two-thirds of
//!   the Senate, or 67 votes": a fraction of the body restated as a count.
//!   It states no size, but bounds one: a third of 306 members is 102, so
//!   "101" puts the House at 301 to 305 ([`SizeMention::share`]).
//!
//! A body is a chamber word ([`HEADS`]), with the capitalised words or
//! "national", "federal", "lower", "upper" before it (at most
//! [`MAX_BEFORE`]): a country ("South Korea's", "French") or another name
//! ("General", "California"), which `normalise::size` tells apart.
//!
//! ## Invariants and choices: a size, never a head count
//! The count of those present or voting is not the size: a member noun
//! followed within [`AFTER_WORDS`] words of its clause by "present",
//! "attending", "attendance" or "voting" is no size ("190 members who were
//! present"). A size in a sentence that changes or anticipates it ("the
//! new 400-seat chamber", "will have", "expanded") is not the body's size
//! now. Numbers are written in digits (commas between thousands), at most
//! [`MAX_SIZE`]. Every scan is one pass over the words, each look bounded.

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::span::Span;

/// The largest size read: larger numbers are not a chamber's membership.
pub const MAX_SIZE: u32 = 5_000;
/// Words a body may have before its chamber word.
pub const MAX_BEFORE: usize = 4;
/// Words after a member noun that are read for "present" and the like.
pub const AFTER_WORDS: usize = 4;

/// What chamber a body word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Chamber {
    /// The lower or only chamber ("National Assembly", "House of Commons",
    /// "Bundestag", "lower house"), or the parliament as news text names
    /// it when it gives its size ("the 300-member parliament").
    Lower,
    /// The upper chamber ("Senate", "House of Lords", "upper house").
    Upper,
    /// Both chambers ("Congress", "the Diet"): never compared.
    Whole,
    /// A word that stands for a chamber named before it ("the chamber",
    /// "the house", "the assembly", "the legislature").
    Anaphor,
}

impl Chamber {
    pub fn name(self) -> &'static str {
        match self {
            Chamber::Lower => "lower",
            Chamber::Upper => "upper",
            Chamber::Whole => "whole",
            Chamber::Anaphor => "anaphor",
        }
    }

    pub fn parse(s: &str) -> Option<Chamber> {
        [Chamber::Lower, Chamber::Upper, Chamber::Whole, Chamber::Anaphor].into_iter().find(|c| c.name() == s)
    }
}

/// Chamber words, lower case, longest first where one starts another.
/// `true`: the word must be capitalised to name that chamber ("the House"
/// is the lower chamber, "the house" stands for one named before).
pub const HEADS: &[(&[&str], Chamber, bool)] = &[
    (&["house", "of", "representatives"], Chamber::Lower, false),
    (&["house", "of", "commons"], Chamber::Lower, false),
    (&["house", "of", "deputies"], Chamber::Lower, false),
    (&["house", "of", "lords"], Chamber::Upper, false),
    (&["lower", "chamber"], Chamber::Lower, false),
    (&["upper", "chamber"], Chamber::Upper, false),
    (&["house", "of", "councillors"], Chamber::Upper, false),
    (&["chamber", "of", "deputies"], Chamber::Lower, false),
    (&["lower", "house"], Chamber::Lower, false),
    (&["lower", "chamber"], Chamber::Lower, false),
    (&["upper", "house"], Chamber::Upper, false),
    (&["upper", "chamber"], Chamber::Upper, false),
    (&["lok", "sabha"], Chamber::Lower, false),
    (&["rajya", "sabha"], Chamber::Upper, false),
    (&["federation", "council"], Chamber::Upper, false),
    (&["assembly"], Chamber::Lower, true),
    (&["house"], Chamber::Lower, true),
    (&["parliament"], Chamber::Lower, false),
    (&["commons"], Chamber::Lower, true),
    (&["bundestag"], Chamber::Lower, false),
    (&["duma"], Chamber::Lower, false),
    (&["knesset"], Chamber::Lower, false),
    (&["sejm"], Chamber::Lower, false),
    (&["senate"], Chamber::Upper, false),
    (&["lords"], Chamber::Upper, true),
    (&["bundesrat"], Chamber::Upper, false),
    (&["congress"], Chamber::Whole, false),
    (&["diet"], Chamber::Whole, true),
    (&["legislature"], Chamber::Anaphor, false),
    (&["chamber"], Chamber::Anaphor, false),
];

/// Nouns a size is counted in, lower case.
pub const MEMBER_NOUNS: &[&str] = &[
    "deputies",
    "lawmakers",
    "legislators",
    "members",
    "mps",
    "parliamentarians",
    "representatives",
    "seats",
    "senators",
];

/// Words that say the count is of those there, not of the body.
const PRESENT: &[&str] = &["present", "attending", "attendance", "voting"];

/// Words before a size that change it or look ahead: the size is not the
/// body's size now.
const CHANGED: &[&str] =
    &["new", "expanded", "enlarged", "future", "next", "will", "would", "former", "previous", "old", "outgoing"];

/// How a size is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Sized,
    Possessive,
    Has,
    OutOf,
    Share,
}

/// A body as written: its words, with the words before its chamber word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Body {
    /// The whole phrase ("South Korea's National Assembly").
    pub span: Span,
    /// The words before the chamber word ("South Korea's National"); empty
    /// when there are none.
    pub before: Span,
    pub chamber: Chamber,
}

/// A stated size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SizeMention {
    /// The words a reader would quote ("The National Assembly's 190 members").
    pub span: Span,
    pub value: u32,
    /// The member noun, lower case ("members", "seats", "mps").
    pub noun: String,
    /// The body the text ties the size to; `None` for an "out of" whole
    /// that names none.
    pub body: Option<Body>,
    /// Country words between "out of N" and the noun ("French" MPs).
    pub demonym: Option<Span>,
    pub shape: Shape,
    /// For [`Shape::Share`], the fraction of the body `value` is
    /// (numerator, denominator): `value` is then the count, not the size.
    pub share: Option<(u32, u32)>,
}

/// One word: its span with the punctuation around it left out, and the
/// text as written there.
#[derive(Clone, Copy, Debug)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    /// Ends in "'s" (which `text` leaves out).
    possessive: bool,
    /// Punctuation after it ends a clause.
    clause_end: bool,
}

impl Word<'_> {
    fn lower_is(&self, w: &str) -> bool {
        self.text.eq_ignore_ascii_case(w)
    }

    fn capitalised(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase())
    }

    fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The words of `span`, split at white space.
fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut at = span.start;
    for piece in text[span.start..span.end].split_inclusive(char::is_whitespace) {
        let start = at;
        at += piece.len();
        let raw = piece.trim_end();
        let lead = raw.len() - raw.trim_start_matches(['(', '"', '“', '‘', '[']).len();
        let mut trimmed = raw[lead..].trim_end_matches([',', ';', ':', ')', '"', '”', '?', '!', ']']);
        // A full stop ends the word unless the word is an abbreviation ("U.S.").
        if let Some(t) = trimmed.strip_suffix('.')
            && !t.contains('.')
        {
            trimmed = t;
        }
        let clause_end = trimmed.len() < raw.len() - lead;
        let mut w = trimmed;
        let mut possessive = false;
        for p in ["'s", "’s"] {
            if let Some(s) = w.strip_suffix(p) {
                w = s;
                possessive = true;
            }
        }
        if !w.is_empty() {
            out.push(Word { text: w, start: start + lead, end: start + lead + w.len(), possessive, clause_end });
        }
    }
    out
}

/// A number in digits with commas between thousands ("1,200"), within [`MAX_SIZE`].
fn digits(s: &str) -> Option<u32> {
    if !s.starts_with(|c: char| c.is_ascii_digit()) || !s.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return None;
    }
    if s.len() > 6 || s.ends_with(',') {
        return None;
    }
    let n: u32 = s.bytes().filter(u8::is_ascii_digit).fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    (1..=MAX_SIZE).contains(&n).then_some(n)
}

/// The chamber words starting at word `k`: their count and chamber.
fn head_at(w: &[Word<'_>], k: usize) -> Option<(usize, Chamber)> {
    HEADS.iter().find_map(|&(words, chamber, capital)| {
        let fits = words.len() <= w.len() - k
            && words.iter().enumerate().all(|(i, x)| w[k + i].lower_is(x))
            && words[..words.len() - 1].iter().enumerate().all(|(i, _)| !w[k + i].possessive);
        if !fits {
            return None;
        }
        // "the house" stands for a chamber named before; "the House" is one.
        let chamber = if capital && !w[k].capitalised() { Chamber::Anaphor } else { chamber };
        Some((words.len(), chamber))
    })
}

/// Capitalised words that start sentences and are no part of a name.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "its", "of", "on", "the", "their", "this", "that",
    "to", "with",
];

/// Whether a word may be part of a name: capitalised and no function word.
fn name_word(w: &Word<'_>) -> bool {
    w.capitalised() && !FUNCTION_WORDS.iter().any(|f| w.lower_is(f))
}

/// Whether a word may stand before a chamber word in its name; a country's
/// possessive may ("South Korea's National Assembly"), and
/// `normalise::size` tells a country from another name.
fn modifier(w: &Word<'_>) -> bool {
    name_word(w) || ["national", "federal"].iter().any(|m| w.lower_is(m))
}

/// The words of a span, possessives and punctuation left out ("South
/// Korea's National" → "South", "Korea", "National").
pub fn name_words(text: &str, span: Span) -> Vec<&str> {
    words(text, span).into_iter().map(|w| w.text).collect()
}

/// The body whose chamber words end at word `e` (its last word), with
/// the modifiers before them.
fn body_ending_at(w: &[Word<'_>], e: usize) -> Option<Body> {
    let k = (e.saturating_sub(2)..=e).find(|&k| head_at(w, k).is_some_and(|(n, _)| k + n - 1 == e))?;
    let (_, chamber) = head_at(w, k)?;
    Some(with_modifiers(w, k, e, chamber))
}

/// The body whose chamber words start at or after word `s` (within the
/// modifiers it may have).
fn body_starting_at(w: &[Word<'_>], s: usize) -> Option<Body> {
    let mut k = s;
    while k < w.len() && k < s + MAX_BEFORE + 1 {
        if let Some((n, chamber)) = head_at(w, k) {
            return (k == s || (s..k).all(|i| modifier(&w[i]) && !w[i].clause_end)).then(|| Body {
                span: Span::new(w[s].start, w[k + n - 1].end),
                before: if k == s { Span::new(w[s].start, w[s].start) } else { Span::new(w[s].start, w[k - 1].end) },
                chamber,
            });
        }
        if !modifier(&w[k]) || w[k].clause_end {
            return None;
        }
        k += 1;
    }
    None
}

/// The body with chamber words `k..=e` and the modifiers before them.
fn with_modifiers(w: &[Word<'_>], k: usize, e: usize, chamber: Chamber) -> Body {
    let mut s = k;
    while s > 0 && k - s < MAX_BEFORE && modifier(&w[s - 1]) && !w[s - 1].clause_end {
        s -= 1;
    }
    Body {
        span: Span::new(w[s].start, w[e].end),
        before: if s == k { Span::new(w[k].start, w[k].start) } else { Span::new(w[s].start, w[k - 1].end) },
        chamber,
    }
}

/// Whether the count after word `n` (its member noun) is of those there.
fn of_those_present(w: &[Word<'_>], n: usize) -> bool {
    let mut i = n;
    while !w[i].clause_end && i + 1 < w.len() && i < n + AFTER_WORDS {
        i += 1;
        if PRESENT.iter().any(|p| w[i].lower_is(p)) {
            return true;
        }
    }
    false
}

/// Whether a word of the clause before word `from` (at most six words)
/// changes the size or looks ahead.
fn changed_before(w: &[Word<'_>], from: usize) -> bool {
    w[from.saturating_sub(6)..from]
        .iter()
        .rev()
        .take_while(|x| !x.clause_end)
        .any(|x| CHANGED.iter().any(|c| x.lower_is(c)))
}

fn member_noun(w: &Word<'_>) -> Option<String> {
    let lower = w.text.to_lowercase();
    (MEMBER_NOUNS.contains(&lower.as_str()) && !w.possessive).then_some(lower)
}

/// Words one of which a text stating a size holds (case as news text
/// writes them).
const GATE: &[&str] =
    &["member", "seat", "-strong", "MPs", "deputies", "lawmakers", "legislators", "senators", "representatives"];

/// A searcher for each [`GATE`] word and for ", or ", which a share ("a
/// third of the House, or 101 signatures") needs: built once, as every
/// text is searched for each.
static GATE_FINDERS: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| GATE.iter().chain([&", or "]).map(|g| Finder::new(g.as_bytes())).collect());

/// The sizes stated in `span` of `text`, in text order.
pub fn extract(text: &str, span: Span) -> Vec<SizeMention> {
    let part = &text[span.start..span.end];
    if !GATE_FINDERS.iter().any(|g| g.find(part.as_bytes()).is_some()) {
        return Vec::new();
    }
    let w = words(text, span);
    let mut out = Vec::new();
    for i in 0..w.len() {
        if let Some(m) = sized(&w, i)
            .or_else(|| possessive(&w, i))
            .or_else(|| has(&w, i))
            .or_else(|| out_of(&w, i))
            .or_else(|| share(&w, i))
        {
            out.push(m);
        }
    }
    out
}

/// "the 300-member parliament".
fn sized(w: &[Word<'_>], i: usize) -> Option<SizeMention> {
    let text = w[i].text;
    let suffix = ["-member", "-seat", "-strong"].into_iter().find(|s| ends_with_ignore_ascii_case(text, s))?;
    let number = text.len() - suffix.len();
    let value = digits(&w[i].text[..number])?;
    if w[i].clause_end || i + 1 >= w.len() || changed_before(w, i) {
        return None;
    }
    let body = body_starting_at(w, i + 1)?;
    // A country before the number ("Germany's 630-seat Bundestag") is the
    // body's; another name there ("the party's") is not.
    let mut start = i;
    while start > 0 && i - start < 3 && name_word(&w[start - 1]) && !w[start - 1].clause_end {
        start -= 1;
    }
    let lead = (start < i && body.before.is_empty()).then(|| Span::new(w[start].start, w[i - 1].end));
    Some(SizeMention {
        span: Span::new(w[i].start, body.span.end),
        value,
        noun: if suffix == "-seat" { "seats" } else { "members" }.into(),
        body: Some(Body { before: lead.unwrap_or(body.before), ..body }),
        demonym: None,
        shape: Shape::Sized,
        share: None,
    })
}

/// Whether `text` ends with `suffix` (ASCII), in any ASCII case.
fn ends_with_ignore_ascii_case(text: &str, suffix: &str) -> bool {
    let (text, suffix) = (text.as_bytes(), suffix.as_bytes());
    text.len() >= suffix.len() && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// "the National Assembly's 190 members".
fn possessive(w: &[Word<'_>], i: usize) -> Option<SizeMention> {
    if !w[i].possessive || w[i].clause_end || i + 2 >= w.len() {
        return None;
    }
    let value = digits(w[i + 1].text)?;
    // "the House's 306 total members".
    let n = if w[i + 2].lower_is("total") && !w[i + 2].clause_end && i + 3 < w.len() { i + 3 } else { i + 2 };
    let noun = member_noun(&w[n])?;
    let body = body_ending_at(w, i)?;
    if of_those_present(w, n) || changed_before(w, i + 1) {
        return None;
    }
    Some(SizeMention {
        span: Span::new(body.span.start, w[n].end),
        value,
        noun,
        body: Some(Body { span: Span::new(body.span.start, w[i].end), ..body }),
        demonym: None,
        shape: Shape::Possessive,
        share: None,
    })
}

/// "The chamber has a total of 300 seats".
fn has(w: &[Word<'_>], i: usize) -> Option<SizeMention> {
    if i == 0 || !["has", "have", "had", "comprises"].iter().any(|v| w[i].lower_is(v)) || w[i - 1].possessive {
        return None;
    }
    let mut n = i + 1;
    if n + 2 < w.len() && w[n].lower_is("a") && w[n + 1].lower_is("total") && w[n + 2].lower_is("of") {
        n += 3;
    }
    if n + 1 >= w.len() || w[i..n].iter().any(|x| x.clause_end) {
        return None;
    }
    let value = digits(w[n].text)?;
    let noun = member_noun(&w[n + 1])?;
    let body = body_ending_at(w, i - 1)?;
    if of_those_present(w, n + 1) || changed_before(w, i) {
        return None;
    }
    Some(SizeMention {
        span: Span::new(body.span.start, w[n + 1].end),
        value,
        noun,
        body: Some(body),
        demonym: None,
        shape: Shape::Has,
        share: None,
    })
}

/// "331 out of 577 members", "331 out of 480 French MPs", "… out of 300
/// members of the Assembly".
fn out_of(w: &[Word<'_>], i: usize) -> Option<SizeMention> {
    if i + 4 >= w.len() || digits(w[i].text).is_none() || !w[i + 1].lower_is("out") || !w[i + 2].lower_is("of") {
        return None;
    }
    if w[i..i + 3].iter().any(|x| x.clause_end) {
        return None;
    }
    let value = digits(w[i + 3].text)?;
    let (demonym, n) = match member_noun(&w[i + 4]) {
        Some(_) => (None, i + 4),
        None if name_word(&w[i + 4]) && !w[i + 4].clause_end && i + 5 < w.len() => (Some(w[i + 4].span()), i + 5),
        None => return None,
    };
    let noun = member_noun(&w[n])?;
    if of_those_present(w, n) || changed_before(w, i) {
        return None;
    }
    // "members of the Assembly" names the body; "of" another body is another count.
    let body = if !w[n].clause_end && n + 2 < w.len() && w[n + 1].lower_is("of") {
        let s = if w[n + 2].lower_is("the") { n + 3 } else { n + 2 };
        Some(body_starting_at(w, s)?)
    } else {
        None
    };
    Some(SizeMention {
        span: Span::new(w[i].start, body.map_or(w[n].end, |b| b.span.end)),
        value,
        noun,
        body,
        demonym,
        shape: Shape::OutOf,
        share: None,
    })
}

/// Fractions a share is stated in, lower case, as (words, numerator,
/// denominator); a hyphenated form is split at its hyphen by [`fraction`].
const FRACTIONS: &[(&[&str], u32, u32)] = &[
    (&["half"], 1, 2),
    (&["a", "half"], 1, 2),
    (&["one", "half"], 1, 2),
    (&["a", "third"], 1, 3),
    (&["one", "third"], 1, 3),
    (&["two", "thirds"], 2, 3),
    (&["a", "quarter"], 1, 4),
    (&["one", "quarter"], 1, 4),
    (&["three", "quarters"], 3, 4),
    (&["a", "fifth"], 1, 5),
    (&["one", "fifth"], 1, 5),
    (&["three", "fifths"], 3, 5),
];

/// A share as news writes it: "a third", "two-thirds" (the first words
/// [`FRACTIONS`] has for it).
pub fn fraction_words(p: u32, q: u32) -> String {
    match FRACTIONS.iter().find(|f| (f.1, f.2) == (p, q)) {
        Some((words, ..)) if words[0] == "a" => words.join(" "),
        Some((words, ..)) => words.join("-"),
        None => format!("{p}/{q}"),
    }
}

/// The fraction whose words start at word `i`: (numerator, denominator,
/// the word after it).
fn fraction(w: &[Word<'_>], i: usize) -> Option<(u32, u32, usize)> {
    let hyphenated = w[i].text.split_once('-');
    // Every word is asked: most open no fraction.
    let first = hyphenated.map_or(w[i].text, |(x, _)| x);
    if !FRACTIONS.iter().any(|f| first.eq_ignore_ascii_case(f.0[0])) {
        return None;
    }
    FRACTIONS.iter().find_map(|&(words, p, q)| match (words, hyphenated) {
        // "one-third", "two-thirds".
        ([a, b], Some((x, y))) if x.eq_ignore_ascii_case(a) && y.eq_ignore_ascii_case(b) => Some((p, q, i + 1)),
        _ if hyphenated.is_none()
            && i + words.len() <= w.len()
            && words.iter().enumerate().all(|(k, x)| w[i + k].lower_is(x))
            && w[i..i + words.len() - 1].iter().all(|x| !x.clause_end) =>
        {
            Some((p, q, i + words.len()))
        }
        _ => None,
    })
}

/// "a third of the House, or 101 signatures": a fraction of a body, set
/// off by a comma, restated as a count after "or".
fn share(w: &[Word<'_>], i: usize) -> Option<SizeMention> {
    let (p, q, of) = fraction(w, i)?;
    // "half" of "a half" is read once, from "a".
    if i > 0 && fraction(w, i - 1).is_some_and(|(.., end)| end > i) {
        return None;
    }
    if of + 3 >= w.len() || !w[of].lower_is("of") || w[of].clause_end {
        return None;
    }
    let s = if ["the", "all", "its"].iter().any(|d| w[of + 1].lower_is(d)) { of + 2 } else { of + 1 };
    let body = body_starting_at(w, s)?;
    let e = w.iter().position(|x| x.end == body.span.end)?;
    // "of all House members": the body's members.
    let e = if e + 1 < w.len() && member_noun(&w[e + 1]).is_some() && !w[e].clause_end { e + 1 } else { e };
    if !w[e].clause_end || e + 3 > w.len() || !w[e + 1].lower_is("or") {
        return None;
    }
    let value = digits(w[e + 2].text)?;
    // The count's noun; "16 of the 24 senators" restates a whole of its own.
    let noun = w.get(e + 3).filter(|x| x.text.chars().all(char::is_alphabetic))?;
    if ["of", "out", "percent", "per"].iter().any(|x| noun.lower_is(x)) || changed_before(w, i) {
        return None;
    }
    Some(SizeMention {
        span: Span::new(w[i].start, noun.end),
        value,
        noun: noun.text.to_lowercase(),
        body: Some(body),
        demonym: None,
        shape: Shape::Share,
        share: Some((p, q)),
    })
}

/// The bodies named in `span` of `text` (each body once, in text order):
/// what "the chamber" or "members" may stand for.
pub fn bodies_in(text: &str, span: Span) -> Vec<Body> {
    let w = words(text, span);
    let mut out: Vec<Body> = Vec::new();
    let mut k = 0;
    while k < w.len() {
        match head_at(&w, k) {
            Some((n, chamber)) => {
                out.push(with_modifiers(&w, k, k + n - 1, chamber));
                k += n;
            }
            None => k += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Quoted words, value, noun, (body, words before its chamber word), chamber.
    type Read = (String, u32, String, Option<(String, String)>, Option<Chamber>);

    /// What each size in `s` reads as.
    fn sizes(s: &str) -> Vec<Read> {
        extract(s, Span::new(0, s.len()))
            .into_iter()
            .map(|m| {
                (
                    m.span.text(s).to_string(),
                    m.value,
                    m.noun,
                    m.body.map(|b| (b.span.text(s).to_string(), b.before.text(s).to_string())),
                    m.body.map(|b| b.chamber),
                )
            })
            .collect()
    }

    fn one(s: &str) -> (String, u32, Option<String>, Option<Chamber>) {
        let got = sizes(s);
        assert_eq!(got.len(), 1, "{s}: {got:?}");
        let (span, n, _, body, chamber) = got.into_iter().next().expect("one");
        (span, n, body.map(|b| b.0), chamber)
    }

    #[test]
    fn a_sized_body() {
        assert_eq!(
            one("They met the 300-member parliament."),
            ("300-member parliament".into(), 300, Some("parliament".into()), Some(Chamber::Lower))
        );
        let got = sizes("Chile's 155-seat Chamber of Deputies voted.");
        assert_eq!(got[0].3, Some(("Chamber of Deputies".into(), "Chile".into())), "{got:?}");
        assert_eq!(got[0].4, Some(Chamber::Lower));
        assert_eq!(one("the 120-member Knesset").3, Some(Chamber::Lower));
        assert_eq!(one("the 100-seat Senate").3, Some(Chamber::Upper));
        assert_eq!(one("in the 450-seat lower house").3, Some(Chamber::Lower));
        assert_eq!(one("the 80-seat upper house").3, Some(Chamber::Upper));
        assert_eq!(one("the 60-member chamber").3, Some(Chamber::Anaphor));
    }

    #[test]
    fn a_possessive_and_a_has() {
        assert_eq!(
            one("The National Assembly's 250 members voted."),
            ("National Assembly's 250 members".into(), 250, Some("National Assembly".into()), Some(Chamber::Lower))
        );
        assert_eq!(
            one("The chamber has a total of 150 seats."),
            ("chamber has a total of 150 seats".into(), 150, Some("chamber".into()), Some(Chamber::Anaphor))
        );
        assert_eq!(one("The Senate has 60 members.").1, 60);
    }

    #[test]
    fn the_whole_of_an_out_of() {
        assert_eq!(
            one("A total of 201 out of 350 members voted in favour."),
            ("201 out of 350 members".into(), 350, None, None)
        );
        let got = sizes("Some 201 out of 350 Spanish MPs voted.");
        assert_eq!(got[0].0, "201 out of 350 Spanish MPs");
        assert_eq!(got[0].2, "mps");
        // Congress is both chambers (`normalise::size` reads no size of it).
        assert_eq!(one("It won 201 out of 350 seats of the Congress of Deputies.").3, Some(Chamber::Whole));
        assert_eq!(one("It passed with 90 out of 150 members of the Assembly.").2, Some("Assembly".into()));
    }

    #[test]
    fn those_present_are_not_the_size() {
        assert!(sizes("The motion passed with 190 out of 200 members present.").is_empty());
        assert!(sizes("The Assembly's 190 members present voted for it.").is_empty());
        assert!(sizes("The chamber has 190 members attending today.").is_empty());
        assert!(sizes("Of the 190 members who were present, 172 were opposition lawmakers.").is_empty());
    }

    #[test]
    fn a_changed_or_coming_size_is_not_the_size() {
        assert!(sizes("The new 400-seat parliament meets in May.").is_empty());
        assert!(sizes("The chamber will have 400 seats after the reform.").is_empty());
        assert!(sizes("The expanded 400-seat parliament meets in May.").is_empty());
    }

    #[test]
    fn other_numbers_are_not_sizes() {
        assert!(sizes("The 27-member bloc met on Monday.").is_empty());
        assert!(sizes("The party's 190 members elected a leader.").is_empty());
        assert!(sizes("Labour has 411 seats.").is_empty());
        assert!(sizes("The Assembly passed 12 bills.").is_empty());
        assert!(sizes("The 1,000,000-member parliament").is_empty());
    }

    #[test]
    fn a_share_of_a_body_restated_as_a_count() {
        let s = "Only a third of the House, or 101 signatures, is required.";
        let got = extract(s, Span::new(0, s.len()));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].value, got[0].noun.as_str(), got[0].share), (101, "signatures", Some((1, 3))));
        assert_eq!(got[0].body.map(|b| b.chamber), Some(Chamber::Lower));
        let s = "It needs two-thirds of the Senate, or 67 votes.";
        let got = extract(s, Span::new(0, s.len()));
        assert_eq!((got[0].value, got[0].share), (67, Some((2, 3))));
        let s = "It needs one-third of all House members, or 102 lawmakers.";
        assert_eq!(extract(s, Span::new(0, s.len()))[0].share, Some((1, 3)));
        // "16 of the 24 senators" restates a whole of its own; no comma, no restatement.
        let s = "It needs two-thirds of the Senate, or 16 of the 24 senators.";
        assert!(extract(s, Span::new(0, s.len())).iter().all(|m| m.share.is_none()));
        let s = "It needs a half of the Senate, or 51 votes.";
        assert_eq!(extract(s, Span::new(0, s.len())).len(), 1);
        let s = "Half of the House voted against it or 200 abstained.";
        assert!(extract(s, Span::new(0, s.len())).is_empty());
    }

    #[test]
    fn shares_are_written_as_news_writes_them() {
        assert_eq!(fraction_words(1, 2), "half");
        assert_eq!(fraction_words(1, 3), "a third");
        assert_eq!(fraction_words(2, 3), "two-thirds");
        assert_eq!(fraction_words(2, 7), "2/7");
    }

    #[test]
    fn a_lower_chamber_and_its_total_members() {
        assert_eq!(one("the lower chamber's 306 members").3, Some(Chamber::Lower));
        assert_eq!(one("the House's 306 total members").1, 306);
    }

    #[test]
    fn bodies_in_text_order() {
        let s = "Lawmakers of the French National Assembly and the Senate met; the chamber voted.";
        let got: Vec<(String, Chamber)> =
            bodies_in(s, Span::new(0, s.len())).into_iter().map(|b| (b.span.text(s).to_string(), b.chamber)).collect();
        assert_eq!(
            got,
            [
                ("French National Assembly".into(), Chamber::Lower),
                ("Senate".into(), Chamber::Upper),
                ("chamber".into(), Chamber::Anaphor)
            ]
        );
    }
}
