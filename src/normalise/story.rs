//! What the other sources of a text's story settle that the text alone
//! leaves open: the day a month-dated text was written, and the currency
//! of a bare "$".
//!
//! **One story** is the notion the cross-source checks use (see
//! `compare::keyed`): two texts tell one story when the participants of
//! their values' frames share at least [`STORY_NAMES`] names
//! ([`one_story`]).
//!
//! # The reference day
//! A text whose publication date is known only to the month cannot place
//! "on Tuesday", "tomorrow" or "last week" (see [`super::date`]). When the
//! run holds other sources of the same story with day-precise publication
//! dates inside that month, they bound the day the text was written:
//! news of one event is published within days of it.
//!
//! - **Who is inferred**: a text dated to one month (not a year, not
//!   undated: a year is too long for "within days", and an undated text
//!   has no window to look in).
//! - **The witnesses**: the other texts of its story published on one day
//!   that lies inside that month. Their days span the *window*; a window of
//!   more than [`MAX_WINDOW_DAYS`] days says the story is not one moment,
//!   and nothing is inferred.
//! - **Precision first**: a date is resolved against every day of the
//!   window, and takes a value only when every day gives the same one
//!   ("on Sunday" read from Monday to Saturday of the next week is that
//!   Sunday; "tomorrow" read from two days is no one day). Witnesses that
//!   disagree by a day thus settle "last week" and decline "today".
//! - **Only what the month could not say**: a value changes only where the
//!   publication month gave none, or gave the month itself ("today" is
//!   some day of it; from the window, its day). Any other value the month
//!   gave stays: "three months ago" from a month is a month, and the
//!   window's day would only add a precision the words do not have.
//! - **Visible**: a changed value records the window and its witnesses
//!   ([`Inferred`]), listed with the claim; `event-date-conflict` does not
//!   compare such dates, so an inferred day never raises an alarm on its
//!   own (a story's sources often span the event and its aftermath, and the
//!   witness day may be the aftermath's).
//!
//! # The bare dollar
//! A currency name several countries share ("$", "dollars") that nothing
//! in its text decided is read as its family's default, the U.S. dollar
//! ([`CurrencyBasis::Default`]; see `extract::currency`). A domestic paper
//! writes its own dollar bare ("a deal worth up to $368 billion"), and a
//! wire writing for the world marks it ("up to A$368 billion"). So when
//! other sources of the story state the *same figure* (same value, same
//! range) about the same thing (their frames share a term) in one other
//! currency of the family, the text's bare name means that currency: every
//! default-read amount of that family in the text takes it
//! ([`CurrencyBasis::Story`], listed with its witnesses). A writer keeps
//! one meaning for the bare sign throughout a text.
//!
//! Nothing changes when a source of the story states that figure in the
//! default currency itself, or when the figures point at two currencies.

use std::collections::BTreeMap;
use std::ops::Range;

use rust_decimal::Decimal;

use crate::extract::currency::Family;
use crate::load::Document;
use crate::normalise::{AmountClaim, Claim, ClaimValue, CurrencyBasis, date};
use crate::time::DateValue;

/// How many names two texts must share to tell one story.
pub const STORY_NAMES: usize = 2;

/// The widest window of witness days (first to last, inclusive) a
/// reference is inferred from.
pub const MAX_WINDOW_DAYS: i32 = 7;

/// How many figures of other texts one default-read amount is compared
/// with: a round figure ("$5 million") recurs through a large corpus.
const MAX_WITNESS_FIGURES: usize = 64;

/// Where a date's value came from when the text's publication date could
/// not give it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inferred {
    /// The days the text was read from: the witnesses' publication days,
    /// first to last (one day, or an interval).
    pub reference: DateValue,
    /// The witnesses, as indices into the run's document list, in order.
    pub from: Vec<usize>,
}

/// Whether two texts, given by their sorted, deduplicated names, tell one
/// story: they share at least [`STORY_NAMES`] names.
pub fn one_story<T: Ord>(a: &[T], b: &[T]) -> bool {
    super::frame::shared_sorted(a, b, STORY_NAMES) >= STORY_NAMES
}

/// The names a text's values are told with: the participants of its
/// claims' frames, sorted and deduplicated.
pub fn names_of(claims: &[Claim]) -> Vec<&str> {
    let mut names: Vec<&str> =
        claims.iter().filter_map(|c| c.value.frame()).flat_map(|f| f.participants.iter().copied()).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Whether a text's publication date lies in one month (and is no day).
fn month_only(p: Option<DateValue>) -> bool {
    matches!(p, Some(DateValue::Month(..)))
}

/// Settles, across the run's texts, what each text alone leaves open (see
/// the module doc): the currency of its bare dollars, then the reference
/// day of each text dated only to a month. `claims` are the run's, in
/// document order then text order.
pub fn settle(documents: &[Document], claims: &mut [Claim]) {
    let ranges = doc_ranges(claims);
    settle_currencies(&ranges, claims);
    infer_reference_days(documents, &ranges, claims);
}

/// Each document's claims as one slice of `claims`: (document, range).
fn doc_ranges(claims: &[Claim]) -> Vec<(usize, Range<usize>)> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for i in 1..=claims.len() {
        if i == claims.len() || claims[i].doc != claims[start].doc {
            if start < i {
                ranges.push((claims[start].doc, start..i));
            }
            start = i;
        }
    }
    ranges
}

/// Re-reads the relative dates of every text dated only to a month against
/// the days its story's other sources were published.
fn infer_reference_days(documents: &[Document], ranges: &[(usize, Range<usize>)], claims: &mut [Claim]) {
    if !ranges.iter().any(|(d, _)| month_only(documents[*d].published)) {
        return;
    }
    let names: Vec<Vec<&str>> = ranges.iter().map(|(_, r)| names_of(&claims[r.clone()])).collect();
    let mut windows: Vec<(usize, Inferred)> = Vec::new();
    for (k, (doc, _)) in ranges.iter().enumerate() {
        let Some(month) = documents[*doc].published.filter(|_| month_only(documents[*doc].published)) else {
            continue;
        };
        let mut days = Vec::new();
        let mut from = Vec::new();
        for (j, (other, _)) in ranges.iter().enumerate() {
            if let Some(DateValue::Day(d)) = documents[*other].published
                && j != k
                && month.contains_day(d)
                && one_story(&names[k], &names[j])
            {
                days.push(d);
                from.push(*other);
            }
        }
        let (Some(&first), Some(&last)) = (days.iter().min(), days.iter().max()) else { continue };
        if last.since(first).map_or(i32::MAX, |s| s.get_days()) >= MAX_WINDOW_DAYS {
            continue;
        }
        windows.push((k, Inferred { reference: DateValue::span(DateValue::Day(first), DateValue::Day(last)), from }));
    }
    for (k, inferred) in windows {
        let (doc, range) = &ranges[k];
        reread(&mut claims[range.clone()], documents[*doc].published, inferred);
    }
}

/// A money claim's amount, when it is money.
fn money(claim: &Claim) -> Option<&AmountClaim> {
    match &claim.value {
        ClaimValue::Money(a) => Some(a),
        _ => None,
    }
}

/// The family of a listed currency code ("AUD" is a dollar).
fn family_of(a: &AmountClaim) -> Option<Family> {
    crate::vocab::currencies::by_code(a.unit.as_deref()?).and_then(|c| c.family)
}

/// What the story's figures say of a text's default-read money of one
/// family.
enum Vote {
    /// One currency, and the witnesses that state the same figures in it.
    To(String, Vec<usize>),
    /// Two currencies, or the default itself: the assumption stays.
    Split,
}

/// Gives each text's default-read money the currency its story's other
/// sources state the same figures in (module doc, "The bare dollar").
fn settle_currencies(ranges: &[(usize, Range<usize>)], claims: &mut [Claim]) {
    let assumed = |c: &Claim| money(c).is_some_and(|a| a.basis == Some(CurrencyBasis::Default));
    if !claims.iter().any(assumed) {
        return;
    }
    // Money the texts decide themselves, by value: (range index, claim).
    let mut decided: BTreeMap<Decimal, Vec<(usize, usize)>> = BTreeMap::new();
    for (k, (_, range)) in ranges.iter().enumerate() {
        for i in range.clone() {
            if let Some(a) = money(&claims[i]).filter(|a| a.basis.is_none() && a.frame.is_some()) {
                decided.entry(a.value).or_default().push((k, i));
            }
        }
    }
    // Each text's names, read when first needed.
    let mut names: Vec<Option<Vec<&str>>> = vec![None; ranges.len()];
    // Per text and family: what its story's figures point to.
    let mut votes: BTreeMap<(usize, usize), Vote> = BTreeMap::new();
    for (k, (_, range)) in ranges.iter().enumerate() {
        for i in range.clone().filter(|&i| assumed(&claims[i])) {
            let a = money(&claims[i]).expect("an assumed claim is money");
            let (Some(family), Some(frame)) = (family_of(a), a.frame.as_ref()) else { continue };
            let same_value = decided.get(&a.value).map_or(&[][..], Vec::as_slice);
            // The text's own figures sit together (the index is in text
            // order); a figure repeated through a corpus is compared with a
            // bounded number of others.
            let (own, after) =
                (same_value.partition_point(|&(j, _)| j < k), same_value.partition_point(|&(j, _)| j <= k));
            for &(j, w) in same_value[..own].iter().chain(&same_value[after..]).take(MAX_WITNESS_FIGURES) {
                let b = money(&claims[w]).expect("indexed claims are money");
                let same_figure = b.to == a.to && family_of(b) == Some(family);
                if !same_figure || b.frame.as_ref().is_none_or(|f| frame.shared_terms(f) == 0) {
                    continue;
                }
                for t in [k, j] {
                    names[t].get_or_insert_with(|| names_of(&claims[ranges[t].1.clone()]));
                }
                if !one_story(names[k].as_deref().unwrap_or_default(), names[j].as_deref().unwrap_or_default()) {
                    continue;
                }
                let code = b.unit.clone().unwrap_or_default();
                let witness = ranges[j].0;
                let vote = votes.entry((k, family as usize)).or_insert_with(|| Vote::To(code.clone(), Vec::new()));
                match vote {
                    Vote::To(voted, from) if *voted == code && b.unit != a.unit => from.push(witness),
                    _ => *vote = Vote::Split,
                }
            }
        }
    }
    for ((k, family), vote) in votes {
        let Vote::To(code, mut from) = vote else { continue };
        from.sort_unstable();
        from.dedup();
        for i in ranges[k].1.clone() {
            if let ClaimValue::Money(a) = &mut claims[i].value
                && a.basis == Some(CurrencyBasis::Default)
                && family_of(a).map(|f| f as usize) == Some(family)
            {
                a.unit = Some(code.clone());
                a.basis = Some(CurrencyBasis::Story(from.clone()));
            }
        }
    }
}

/// Resolves one text's dates against every day of the window and keeps a
/// value where all days agree and the publication month said less.
fn reread(claims: &mut [Claim], published: Option<DateValue>, inferred: Inferred) {
    let dates: Vec<usize> =
        (0..claims.len()).filter(|&i| matches!(&claims[i].value, ClaimValue::Date(d) if d.expr.is_some())).collect();
    let exprs: Vec<_> = dates
        .iter()
        .filter_map(|&i| match &claims[i].value {
            ClaimValue::Date(d) => d.expr.as_ref(),
            _ => None,
        })
        .collect();
    let (first, last) = (inferred.reference.first_day(), inferred.reference.last_day());
    let mut agreed: Vec<Option<DateValue>> = date::resolve_in_order(exprs.iter().copied(), Some(DateValue::Day(first)));
    let mut day = first;
    while day < last {
        day = day.tomorrow().expect("a day inside a month has a next day");
        let values = date::resolve_in_order(exprs.iter().copied(), Some(DateValue::Day(day)));
        for (a, v) in agreed.iter_mut().zip(values) {
            if *a != v {
                *a = None;
            }
        }
    }
    for (&i, new) in dates.iter().zip(agreed) {
        let ClaimValue::Date(d) = &mut claims[i].value else { continue };
        // The month said nothing, or only the month itself ("today" is some
        // day of it): the day is new evidence. Any other value the month
        // gave ("three months ago" is a month) is the text's own reading.
        if new.is_some() && (d.value.is_none() || d.value == published) && d.value != new {
            d.value = new;
            d.inferred = Some(inferred.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimSet;

    /// Each document's date claims as (words, value, witnesses' paths).
    fn dates(docs: &[(&str, &str, &str)]) -> Vec<(String, String, Option<Vec<String>>)> {
        let documents: Vec<Document> = docs.iter().map(|(p, at, t)| Document::dated(p, at, t)).collect();
        let claims = crate::check::analyse(&documents, &ClaimSet::default());
        claims
            .iter()
            .filter_map(|c| match &c.value {
                ClaimValue::Date(d) => Some((
                    format!("{}:{}", documents[c.doc].path, &docs[c.doc].2[c.span.start..c.span.end]),
                    d.value.map_or_else(|| "-".into(), |v| v.to_string()),
                    d.inferred.as_ref().map(|i| i.from.iter().map(|&k| documents[k].path.clone()).collect()),
                )),
                _ => None,
            })
            .collect()
    }

    const WITNESS: &str = "Prime Minister Jane Holloway named Omar Reyes as finance minister in Lisbon on Tuesday.";
    const TEXT: &str = "Jane Holloway chose Omar Reyes for the finance post on Tuesday. Today the markets rose.";

    #[test]
    fn a_month_dated_text_reads_its_weekdays_from_its_storys_day() {
        // 2025-03-11 is a Tuesday.
        let got = dates(&[("w.txt", "2025-03-11", WITNESS), ("t.txt", "2025-03", TEXT)]);
        let witnessed = Some(vec!["w.txt".to_string()]);
        assert!(got.contains(&("t.txt:Tuesday".into(), "2025-03-11".into(), witnessed.clone())), "{got:?}");
        assert!(got.contains(&("t.txt:Today".into(), "2025-03-11".into(), witnessed)), "{got:?}");
        // The witness's own dates are its own.
        assert!(got.contains(&("w.txt:Tuesday".into(), "2025-03-11".into(), None)), "{got:?}");
    }

    #[test]
    fn a_window_of_days_keeps_only_what_every_day_agrees_on() {
        // Witnesses on Wednesday and Thursday: "on Tuesday" is the same
        // Tuesday from both, "today" is no one day and stays the month.
        let witness2 = "Omar Reyes, picked by Jane Holloway, took office in Lisbon on Wednesday.";
        let got =
            dates(&[("v.txt", "2025-03-13", witness2), ("w.txt", "2025-03-12", WITNESS), ("t.txt", "2025-03", TEXT)]);
        let both = Some(vec!["v.txt".to_string(), "w.txt".to_string()]);
        assert!(got.contains(&("t.txt:Tuesday".into(), "2025-03-11".into(), both)), "{got:?}");
        assert!(got.contains(&("t.txt:Today".into(), "2025-03".into(), None)), "{got:?}");
    }

    #[test]
    fn near_misses_infer_nothing() {
        let unread = |got: &[(String, String, Option<Vec<String>>)]| {
            got.iter().filter(|d| d.0.starts_with("t.txt")).all(|d| d.2.is_none() && d.1 != "2025-03-11")
        };
        // Another story: one shared name is not enough.
        let other = "Jane Holloway opened a bridge in Porto on Tuesday.";
        assert!(unread(&dates(&[("w.txt", "2025-03-11", other), ("t.txt", "2025-03", TEXT)])));
        // The witness was published outside the text's month.
        assert!(unread(&dates(&[("w.txt", "2025-04-01", WITNESS), ("t.txt", "2025-03", TEXT)])));
        // A text dated to a year is not held to a day.
        assert!(unread(&dates(&[("w.txt", "2025-03-11", WITNESS), ("t.txt", "2025", TEXT)])));
        // Witnesses more than a week apart: the story is no one moment.
        let late = "Omar Reyes, named by Jane Holloway, presented a budget in Lisbon on Friday.";
        assert!(unread(&dates(&[
            ("v.txt", "2025-03-21", late),
            ("w.txt", "2025-03-11", WITNESS),
            ("t.txt", "2025-03", TEXT)
        ])));
    }

    #[test]
    fn a_value_the_month_gave_stays() {
        let text = "Jane Holloway met Omar Reyes in Lisbon three months ago.";
        let got = dates(&[("w.txt", "2025-03-11", WITNESS), ("t.txt", "2025-03", text)]);
        assert!(got.contains(&("t.txt:three months ago".into(), "2024-12".into(), None)), "{got:?}");
    }

    /// Each document's money claims as (path:words, currency, basis name,
    /// witnesses' paths).
    fn money_of(docs: &[(&str, &str, &str)]) -> Vec<(String, String, Option<&'static str>, Vec<String>)> {
        let documents: Vec<Document> = docs.iter().map(|(p, at, t)| Document::dated(p, at, t)).collect();
        let claims = crate::check::analyse(&documents, &ClaimSet::default());
        claims
            .iter()
            .filter_map(|c| match &c.value {
                ClaimValue::Money(a) => Some((
                    format!("{}:{}", documents[c.doc].path, &docs[c.doc].2[c.span.start..c.span.end]),
                    a.unit.clone().unwrap_or_default(),
                    a.basis.as_ref().map(CurrencyBasis::name),
                    match &a.basis {
                        Some(CurrencyBasis::Story(from)) => from.iter().map(|&k| documents[k].path.clone()).collect(),
                        _ => Vec::new(),
                    },
                )),
                _ => None,
            })
            .collect()
    }

    const WIRE: &str = "Australia will buy eight submarines from Vanland at a cost of up to A$120 billion, \
                        defence minister Ana Ruiz said in Canberra.";
    const PAPER: &str = "Ana Ruiz said Australia would buy eight submarines from Vanland in a deal worth up to \
                         $120 billion. Shipyards in Adelaide will get $2 billion.";

    #[test]
    fn a_bare_dollar_takes_the_currency_its_story_states_the_same_figure_in() {
        let got = money_of(&[("wire.txt", "2025-03-11", WIRE), ("paper.txt", "2025-03-11", PAPER)]);
        let wire = vec!["wire.txt".to_string()];
        assert!(got.contains(&("paper.txt:$120 billion".into(), "AUD".into(), Some("story"), wire.clone())), "{got:?}");
        // The text keeps one meaning for its bare sign.
        assert!(got.contains(&("paper.txt:$2 billion".into(), "AUD".into(), Some("story"), wire)), "{got:?}");
        assert!(got.contains(&("wire.txt:A$120 billion".into(), "AUD".into(), None, vec![])), "{got:?}");
    }

    #[test]
    fn a_bare_dollar_stays_an_assumption_unless_the_story_settles_it() {
        let stays = |got: &[(String, String, Option<&'static str>, Vec<String>)]| {
            let paper: Vec<_> = got.iter().filter(|m| m.0.starts_with("paper.txt")).collect();
            paper.len() == 2 && paper.iter().all(|m| m.1 == "USD" && m.2 == Some("default"))
        };
        // Another figure.
        let other = WIRE.replace("A$120 billion", "A$180 billion");
        assert!(stays(&money_of(&[("wire.txt", "2025-03-11", &other), ("paper.txt", "2025-03-11", PAPER)])));
        // Another story: the same figure about other people and things.
        let unrelated = "Crowns of Belgravia raised A$120 billion for a railway in Perth, Tom Ito said.";
        assert!(stays(&money_of(&[("wire.txt", "2025-03-11", unrelated), ("paper.txt", "2025-03-11", PAPER)])));
        // A source of the story gives the figure in U.S. dollars too.
        let us = "Ana Ruiz said Australia will buy eight submarines from Vanland for up to US$120 billion.";
        assert!(stays(&money_of(&[
            ("us.txt", "2025-03-11", us),
            ("wire.txt", "2025-03-11", WIRE),
            ("paper.txt", "2025-03-11", PAPER)
        ])));
        // Two witnesses point at two dollars.
        let canadian = WIRE.replace("A$120 billion", "C$120 billion");
        assert!(stays(&money_of(&[
            ("ca.txt", "2025-03-11", &canadian),
            ("wire.txt", "2025-03-11", WIRE),
            ("paper.txt", "2025-03-11", PAPER)
        ])));
    }

    #[test]
    fn two_shared_names_tell_one_story() {
        assert!(one_story(&["barnier", "fr", "macron"], &["fr", "macron"]));
        assert!(!one_story(&["barnier", "fr"], &["fr", "macron"]));
        assert!(!one_story::<&str>(&[], &[]));
    }
}
