#![doc = include_str!("../../docs/checks/date-tense-mismatch.md")]

use super::keyed::{day_number, published_days};
use super::{Code, Finding, Input};
use crate::extract::date::is_past_verb;
use crate::normalise::frame::Role;
use crate::normalise::{Claim, ClaimValue, DateClaim};
use crate::sentence;
use crate::span::Span;
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/date-tense-mismatch.md");

/// Days a date must lie beyond the publication date before its tense is
/// held against it: a story written a day or two before or after its date
/// line, or filed across a time zone, is not wrong.
const SLACK_DAYS: i32 = 7;

/// How many words from the date a clause's verb may stand.
const VERB_REACH: usize = 8;

/// What a clause says of when its date lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    /// A past verb and nothing that looks ahead: "In 2029, the party won".
    Done,
    /// A present-tense plan or "will" before the date: "plans to hold a vote
    /// on January 15, 2024".
    Ahead,
}

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    for group in input.claims.chunk_by(|a, b| a.doc == b.doc) {
        let doc = group[0].doc;
        let Some((first, last)) = published_days(input, doc) else { continue };
        let document = &input.documents[doc];
        let Some(published) = document.published else { continue };
        let text = document.text.as_str();
        for claim in group {
            let ClaimValue::Date(date) = &claim.value else { continue };
            let Some(value) = written_value(text, claim.span, date) else { continue };
            let (from, to) = (day_number(value.first_day()), day_number(value.last_day()));
            let wanted = if from > last + SLACK_DAYS {
                Tense::Done
            } else if to < first - SLACK_DAYS && matches!(value, DateValue::Day(_) | DateValue::Month(..)) {
                // A year alone may be a financial year still being booked
                // ("will write off 16 mln dlrs in 1986" in March 1987).
                Tense::Ahead
            } else {
                continue;
            };
            let Some(cue) = clause_tense(text, claim.span, wanted) else { continue };
            findings.push(finding(input, claim, value, published, wanted, cue));
        }
    }
}

/// The value of a date whose year the text writes, standing where it dates
/// an event: an adverbial "in 2029" or "on January 15, 2024" (not a bound,
/// a date something was said, or a stamp).
fn written_value(text: &str, span: Span, date: &DateClaim) -> Option<DateValue> {
    let value = date.value?;
    let role = date.frame.as_ref().map_or(Role::Value, |f| f.role);
    if !matches!(role, Role::Value | Role::Recalled) || written_years(span.text(text)) != 1 {
        return None;
    }
    Some(value)
}

/// How many years the words write out (runs of four digits): one for a
/// date, two for a range ("2019-2021"), which this check leaves alone.
fn written_years(words: &str) -> usize {
    words.split(|c: char| !c.is_ascii_digit()).filter(|run| run.len() == 4).count()
}

/// The cue word that gives the clause around `span` the tense `wanted`,
/// if it has that tense beyond doubt.
///
/// The date must stand as an adverbial: after "in" or "on" (or starting
/// with it), and followed by punctuation or a function word, never by a
/// noun it qualifies ("the 2029 budget", "in 1988 earnings"). Quoted speech
/// is left alone: a quotation may be older than the text.
fn clause_tense(text: &str, span: Span, wanted: Tense) -> Option<String> {
    let s = sentence::sentence(text, span);
    if s.text(text).contains(['"', '“', '”']) {
        return None;
    }
    let own = span.text(text).to_lowercase();
    let head = &text[s.start..span.start];
    let leads = own.starts_with("in ") || own.starts_with("on ");
    let before = clause_words(head, Side::Before);
    let lead_word = before.last().map(|w| w.lower.as_str());
    if !leads && !matches!(lead_word, Some("in" | "on")) {
        return None;
    }
    // "In 2029, the party won …": a date that opens its clause dates the
    // verb after it, across the comma.
    let fronted = before.len() <= usize::from(!leads) && !head.trim_end().ends_with(',');
    let tail = &text[span.end..s.end];
    if !tail.trim_start().starts_with(|c: char| c.is_ascii_punctuation())
        && !clause_words(tail, Side::After { across_comma: true })
            .first()
            .is_some_and(|w| FOLLOWERS.contains(&w.lower.as_str()))
    {
        return None;
    }
    let after = clause_words(tail, Side::After { across_comma: fronted });
    let mut all = before.iter().chain(after.iter()).map(|w| w.lower.as_str());
    match wanted {
        Tense::Done => {
            if all.any(|w| looks_ahead(w) || HOLDS_BACK.contains(&w)) {
                return None;
            }
            let before_cue = past_cue(before.iter().rev().take(VERB_REACH), &before);
            let after_cue = || fronted.then(|| past_cue(after.iter().take(VERB_REACH), &after)).flatten();
            before_cue.or_else(after_cue)
        }
        Tense::Ahead => {
            if all.any(|w| HOLDS_BACK.contains(&w) || RECALLS.contains(&w)) {
                return None;
            }
            plan_cue(&before)
        }
    }
}

/// The past verb nearest the date among `words` (walked outward from it):
/// a past form no participle shares ("became", "took"), a passive past
/// ("was elected"), or a past form right after its subject (a pronoun or a
/// name: "the BJP won"). The walk stops at the first word that may be
/// another verb of the clause or hand the date to a noun: a preposition
/// ("called for the redemption on April 10"), a participle after "is" or "be" ("is
/// completed in 1988"), a form in "-ing" ("maturing in 1997"), a past form
/// with no subject ("unspecified tax hikes in 1988").
fn past_cue<'w>(walk: impl Iterator<Item = &'w Word>, words: &[Word]) -> Option<String> {
    for w in walk {
        let word = w.lower.as_str();
        if is_ing_verb(word) || OWNERS.contains(&word) {
            return None;
        }
        if !is_past_verb(word) || SAID.contains(&word) || LINKING.contains(&word) {
            continue;
        }
        let i = w.index;
        let prev = i.checked_sub(1).map(|j| &words[j]);
        let prev_lower = prev.map(|p| p.lower.as_str());
        if matches!(prev_lower, Some("is" | "are" | "be" | "been" | "being" | "'s" | "has" | "have")) {
            return None;
        }
        let subject = prev.is_some_and(|p| p.capital || PRONOUNS.contains(&p.lower.as_str()));
        if DISTINCT_PAST.contains(&word) || matches!(prev_lower, Some("was" | "were")) || subject {
            return Some(w.lower.clone());
        }
        return None;
    }
    None
}

/// The present-tense plan before the date ("will", "plans to", "is set
/// to"), nearest first, with no past verb between it and the date ("will
/// replace the law passed in 1999"); a participle after "be" is no past
/// ("will be held on …", "is expected to").
fn plan_cue(before: &[Word]) -> Option<String> {
    let mut next: Option<&str> = None;
    for (i, w) in before.iter().enumerate().rev().take(2 * VERB_REACH) {
        let word = w.lower.as_str();
        let planned = PRESENT_PLANS.contains(&word) && (next == Some("to") || matches!(word, "will" | "shall"));
        let be_to = matches!(word, "is" | "are")
            && matches!(next, Some("to" | "set" | "due" | "scheduled" | "slated" | "expected" | "going"));
        if planned || be_to || word.ends_with("'ll") || word.ends_with("’ll") {
            return Some(w.lower.clone());
        }
        let participle = i > 0 && matches!(before[i - 1].lower.as_str(), "be" | "been" | "being" | "is" | "are");
        if is_past_verb(word) && !participle {
            return None;
        }
        next = Some(word);
    }
    None
}

/// A word of a clause: lower-cased, whether it was capitalised, and its
/// place in its side's list.
struct Word {
    lower: String,
    capital: bool,
    index: usize,
}

/// Which side of the date a clause's words lie on.
#[derive(Clone, Copy)]
enum Side {
    Before,
    /// `across_comma`: the clause goes on past a comma (after a fronted
    /// date).
    After {
        across_comma: bool,
    },
}

/// The words of one side of a date up to the clause's edge: back to the
/// last break before it, or on to the next after it. Breaks are commas,
/// semicolons, colons, dashes, brackets and the words that open another
/// clause.
fn clause_words(side_text: &str, side: Side) -> Vec<Word> {
    let comma = !matches!(side, Side::After { across_comma: true });
    let edges = |c: char| matches!(c, ';' | ':' | '—' | '–' | '(' | ')' | '[' | ']') || (comma && c == ',');
    let part = match side {
        Side::Before => side_text.rsplit(edges).next(),
        Side::After { .. } => side_text.split(edges).next(),
    };
    let words: Vec<&str> = part
        .unwrap_or(side_text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let opens = |w: &&str| CLAUSE_OPENERS.contains(&w.to_lowercase().as_str());
    let kept = match side {
        Side::Before => &words[words.iter().rposition(opens).map_or(0, |i| i + 1)..],
        Side::After { .. } => &words[..words.iter().position(opens).unwrap_or(words.len())],
    };
    kept.iter()
        .enumerate()
        .map(|(index, w)| Word { lower: w.to_lowercase(), capital: w.starts_with(char::is_uppercase), index })
        .collect()
}

/// Whether a word makes a clause look ahead, or only suppose.
fn looks_ahead(w: &str) -> bool {
    AHEAD.contains(&w) || w.ends_with("'ll") || w.ends_with("’ll")
}

/// A verb form in "-ing" (not a noun or preposition so spelt).
fn is_ing_verb(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ing") && !ING_WORDS.contains(&w)
}

fn finding(
    input: &Input<'_>,
    claim: &Claim,
    value: DateValue,
    published: DateValue,
    tense: Tense,
    cue: String,
) -> Finding {
    let doc = &input.documents[claim.doc];
    let written = claim.span.text(doc.text.as_str()).trim();
    let said = if written == value.to_string() { written.to_string() } else { format!("{written} ({value})") };
    let message = match tense {
        Tense::Done => format!(
            "\"{cue}\" tells of {said} as past, but the text was published on {published}: the year or date is likely wrong"
        ),
        Tense::Ahead => format!(
            "\"{cue}\" looks ahead to {said}, but the text was published on {published}, after that date: the year or date is likely wrong"
        ),
    };
    let fields = vec![
        ("date", value.to_string()),
        ("published", published.to_string()),
        ("tense", if tense == Tense::Done { "past" } else { "ahead" }.to_string()),
        ("cue", cue),
    ];
    Finding {
        code: Code::DateTenseMismatch,
        severity: Code::DateTenseMismatch.default_severity(),
        message,
        evidence: vec![super::source_evidence(input, claim, value.to_string(), fields)],
    }
}

/// Words that open another clause, whose verbs are not the date's.
const CLAUSE_OPENERS: &[&str] = &[
    "after", "although", "and", "as", "because", "before", "but", "since", "that", "though", "when", "where",
    "whereas", "which", "while", "who", "whom", "whose",
];

/// Words that may follow an adverbial date in its clause.
const FOLLOWERS: &[&str] = &[
    "a", "after", "against", "and", "as", "at", "before", "but", "for", "from", "he", "in", "it", "of", "on", "she",
    "the", "their", "they", "this", "to", "was", "we", "were", "when", "which", "while", "with",
];

/// Words after which a past verb says nothing about when the date lies:
/// modals, plans, forecasts, conditions and spans reaching ahead.
const AHEAD: &[&str] = &[
    "aim",
    "aims",
    "budget",
    "budgeted",
    "can",
    "could",
    "deadline",
    "due",
    "estimate",
    "estimated",
    "estimates",
    "expect",
    "expected",
    "expects",
    "fiscal",
    "forecast",
    "forecasts",
    "goal",
    "hope",
    "hoped",
    "hopes",
    "if",
    "intend",
    "intended",
    "intends",
    "likely",
    "may",
    "might",
    "must",
    "next",
    "plan",
    "planned",
    "planning",
    "plans",
    "possibly",
    "predicted",
    "probably",
    "projected",
    "proposed",
    "perhaps",
    "saw",
    "see",
    "sees",
    "scheduled",
    "season",
    "set",
    "shall",
    "should",
    "slated",
    "target",
    "targeted",
    "targets",
    "to",
    "unless",
    "upcoming",
    "whether",
    "will",
    "would",
];

/// Words that make a date a bound, a span or a retroactive start rather
/// than the day of the clause's event.
const HOLDS_BACK: &[&str] = &[
    "as",
    "backdated",
    "by",
    "effective",
    "from",
    "retroactive",
    "retroactively",
    "since",
    "through",
    "till",
    "until",
];

/// Words that make a clause recall the past even with a plan in it ("will
/// be the first since …", "than in 1999", "against one in 1986").
const RECALLS: &[&str] = &[
    "against",
    "ago",
    "compared",
    "comparison",
    "earlier",
    "former",
    "last",
    "once",
    "previous",
    "previously",
    "than",
    "versus",
    "vs",
];

/// Prepositions whose noun may own the date rather than the verb before
/// them ("called for the redemption on April 10, 1987").
const OWNERS: &[&str] = &["about", "at", "for", "into", "of", "over", "under", "with"];

/// Verbs of saying: they date the saying, not the clause's event.
const SAID: &[&str] = &["added", "announced", "noted", "reported", "said", "stated", "told", "wrote"];

/// Past forms that are no participle: past wherever they stand.
const DISTINCT_PAST: &[&str] =
    &["became", "began", "came", "did", "fell", "gave", "knew", "ran", "rose", "spoke", "swore", "took", "went"];

/// Words that stand as subject right before a verb.
const PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "who"];

/// Words in "-ing" that are not verb forms.
const ING_WORDS: &[&str] = &["during", "evening", "morning", "spring", "building", "meeting", "something", "nothing"];

/// Present-tense words of plans and intentions that look ahead when "to"
/// follows ("plans to hold"); "will" and "shall" on their own.
const PRESENT_PLANS: &[&str] = &["aims", "expects", "hopes", "intends", "plans", "shall", "wants", "will"];

/// Forms of "be" and "have": past, but only the auxiliary of the verb that
/// matters ("was elected", "had won").
const LINKING: &[&str] = &["had", "was", "were"];
