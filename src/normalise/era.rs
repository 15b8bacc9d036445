//! The historical era of an office claim: when a mention speaks of.
//!
//! News names people with the titles they held at the time it tells of:
//! "under President Ford", "the late Prime Minister", "In 1975, President
//! Ford signed …", "X was President Eisenhower's treasury secretary from
//! 1957 to 1961". Such a mention says nothing about who holds the office
//! when the text is published. Its [`Era`] says so, and every check reads
//! it: a mention in the past is judged against the claim files at the time
//! the text gives (when it gives one), and is never compared across sources
//! as a current holder.
//!
//! Cues are of two strengths:
//! - **definite** — the text itself places the mention in the past: "the
//!   late", "then-", "former" or "ex-" (also before country words the
//!   grammar does not read: "ex-West German Chancellor"), "under" or
//!   "during" a person's time ("during the administration of President
//!   X"), and a past year that governs the mention (below);
//! - **weak** — the text may be historical, but only a reader can tell: a
//!   possessive ("President Carter's White House", "the administration of
//!   President Carter") or a past year elsewhere in the sentence. These
//!   count only where the claim files record the person as having left the
//!   office more than a year before publication ([`Era::Ended`]).
//!
//! A year (or a range "from 1957 to 1961", a decade "in the 1970s") is a
//! cue when it lies before the publication date, is placed by a preposition
//! ("in", "during", "from", "between", "until", "on"), and governs the
//! mention: it stands before the mention in its clause ("in 1975 President
//! Ford signed"), it opens the sentence and the mention stands in the
//! clause right after it ("In 1975, President Ford signed"), or it follows
//! the mention within a few words of its clause where a verb of holding
//! office stands before the title ("X was President Eisenhower's treasury
//! secretary from 1957 to 1961", "who served as foreign minister until
//! 2021"). After the mention with no such verb ("Energy Secretary X said
//! imports rose in 1986") a year says when something else happened, and
//! "since 1981" reaches the present.
//!
//! The era is found in two steps, because the weak cues need the person
//! and the office: [`Reading::of`] reads the words around a mention before
//! it is resolved (so that a dated mention resolves among the holders of
//! its time), and [`Reading::settle`] decides once person and office are
//! known. Scans are bounded by the sentence ([`crate::sentence`]).

use jiff::ToSpan;
use jiff::civil::Date;

use crate::claims::{ClaimSet, Tenure};
use crate::extract::office::Qualifier;
use crate::names;
use crate::sentence;
use crate::span::Span;
use crate::time::DateValue;
use crate::vocab::calendar;

use super::OfficeClaim;

/// What places a mention in the past.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cue {
    /// A past year that governs the mention ("In 1975, President X …").
    Year,
    /// "under" or "during" a holder's time ("under President X").
    Under,
    /// "the late President X".
    Late,
    /// "then-President X".
    Then,
    /// "former President X", "ex-President X".
    Former,
    /// Weak: "President X's …", "the administration of President X".
    Possessive,
    /// Weak: a past year elsewhere in the sentence, no later than the
    /// person's last day in the office.
    YearNearby,
    /// The claim files have the person gone from the office for a
    /// generation ([`LONG_GONE_YEARS`]): "As the depression swept the
    /// nation, President Franklin Roosevelt …" in 1987 is history, whatever
    /// the tense.
    LongGone,
    /// Quoted speech naming someone the claim files have gone from the
    /// office for more than a year ("\"President X and his family hid
    /// millions\"", a year after X was deposed): the speaker's words, in
    /// the title the speaker knew, are no claim of the text about who holds
    /// the office now.
    Quoted,
}

/// How many years after a holder left an office a mention of them under
/// its title, with no qualifier, is taken as history rather than a stale
/// title.
pub const LONG_GONE_YEARS: i16 = 25;

impl Cue {
    pub const ALL: [Cue; 9] = [
        Cue::Year,
        Cue::Under,
        Cue::Late,
        Cue::Then,
        Cue::Former,
        Cue::Possessive,
        Cue::YearNearby,
        Cue::LongGone,
        Cue::Quoted,
    ];

    /// The stable name, as reports and claim listings write it.
    pub fn name(self) -> &'static str {
        match self {
            Cue::Year => "year",
            Cue::Under => "under",
            Cue::Late => "late",
            Cue::Then => "then",
            Cue::Former => "former",
            Cue::Possessive => "possessive",
            Cue::YearNearby => "year-nearby",
            Cue::LongGone => "long-gone",
            Cue::Quoted => "quoted",
        }
    }

    pub fn parse(name: &str) -> Option<Cue> {
        Cue::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// When an office claim speaks of.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Era {
    /// Of the publication date: nothing in the text or the claim files
    /// places it elsewhere.
    #[default]
    Present,
    /// The text places it in the past, by a definite `cue`; `at` is the
    /// time the text gives, if it gives one.
    Past { cue: Cue, at: Option<DateValue> },
    /// The text does not say, but the claim files record the person as
    /// having left the office on `left`, more than a year before the
    /// publication date, and others in it then: a historical mention the
    /// text does not mark, or a stale title. `cue` is a weak cue in the
    /// text, if any.
    Ended { left: DateValue, cue: Option<Cue> },
}

impl Era {
    pub fn is_present(&self) -> bool {
        matches!(self, Era::Present)
    }

    /// The stable name of the kind: `present`, `past` or `ended`.
    pub fn kind(&self) -> &'static str {
        match self {
            Era::Present => "present",
            Era::Past { .. } => "past",
            Era::Ended { .. } => "ended",
        }
    }

    /// The cue, if any.
    pub fn cue(&self) -> Option<Cue> {
        match *self {
            Era::Present => None,
            Era::Past { cue, .. } => Some(cue),
            Era::Ended { cue, .. } => cue,
        }
    }

    /// The time a claim in this era is judged at, given its publication
    /// date: the time the text gives for the past, none for a past it
    /// gives no time for, the publication date otherwise.
    pub fn time(&self, published: Option<DateValue>) -> Option<DateValue> {
        match *self {
            Era::Past { at, .. } => at,
            Era::Present | Era::Ended { .. } => published,
        }
    }

    /// One line for a finding's diff: `past (under)`, `past (year) 1957/1961`,
    /// `ended 1977-01-20 (possessive)`.
    pub fn describe(&self) -> String {
        match *self {
            Era::Present => "present".into(),
            Era::Past { cue, at: None } => format!("past ({})", cue.name()),
            Era::Past { cue, at: Some(at) } => format!("past ({}) {at}", cue.name()),
            Era::Ended { left, cue: None } => format!("ended {left}"),
            Era::Ended { left, cue: Some(cue) } => format!("ended {left} ({})", cue.name()),
        }
    }
}

/// What the words around one mention say of its time, before the office
/// is resolved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// A definite cue.
    definite: Option<Cue>,
    /// The past time a governing year gives.
    at: Option<DateValue>,
    possessive: bool,
    /// The mention stands inside a quotation its sentence opens.
    quoted: bool,
    /// The earliest past year named anywhere in the sentence.
    earliest_year: Option<i16>,
}

/// Words before a mention that say its holder's time is past.
const TIME_OF: &[&str] = &["under", "during"];
/// Nouns of a holder's time: "during the administration of", "the presidency of".
const TIME_NOUNS: &[&str] = &[
    "administration",
    "era",
    "government",
    "leadership",
    "premiership",
    "presidency",
    "reign",
    "rule",
    "tenure",
    "term",
    "time",
];
/// Verbs before "under" that say who answers to whom now, not when.
const SERVE_NOW: &[&str] = &["serve", "serves", "serving", "work", "works", "working"];
/// Prepositions that place a year.
const YEAR_PREPOSITIONS: &[&str] = &["in", "during", "from", "between", "until", "till", "on"];
/// Verbs of holding an office: before a title, a year after the mention is the tenure's.
const TENURE_VERBS: &[&str] = &["was", "were", "served", "became", "remained", "had been"];
/// Verbs that report speech: a year after one says when the reported thing happened.
const REPORTING_VERBS: &[&str] =
    &["said", "says", "told", "tells", "added", "announced", "stated", "reported", "noted", "warned", "argued"];
/// How many words before a title a verb of holding office may stand ("who
/// had been the foreign minister").
const TENURE_VERB_REACH: usize = 4;
/// How many words may stand between a mention and a year that follows it.
const YEAR_AFTER_WORDS: usize = 8;

impl Reading {
    /// Reads the words around the mention at `span` (its title at `title`)
    /// in `text`, published on `published`.
    pub fn of(
        text: &str,
        span: Span,
        title: Option<Span>,
        qualifier: Qualifier,
        published: Option<DateValue>,
    ) -> Reading {
        Reading::of_in(text, &Years::of(text), span, title, qualifier, published)
    }

    /// [`Reading::of`] with the text's [`Years`] found once for all its mentions.
    pub fn of_in(
        text: &str,
        years: &Years,
        span: Span,
        title: Option<Span>,
        qualifier: Qualifier,
        published: Option<DateValue>,
    ) -> Reading {
        let before = words_before(text, span.start, 6);
        let mention = &text[span.start..span.end];
        let after = &text[span.end..];
        let apostrophe_s = ["'s", "’s"].iter().find(|s| after.starts_with(**s));
        let owns = apostrophe_s.is_some_and(|s| !after[s.len()..].starts_with(char::is_alphanumeric));
        let late = starts_with_words(mention, &["the", "late"]) || ends_with_words(&before, &["the", "late"]);
        let definite = if late {
            Some(Cue::Late)
        } else if qualifier == Qualifier::Then {
            Some(Cue::Then)
        } else if qualifier == Qualifier::Former || former_before(&before) {
            Some(Cue::Former)
        } else if time_of_before(&before, mention, owns) || during_own_time(&before, after, owns) {
            Some(Cue::Under)
        } else {
            None
        };
        let possessive = owns || ends_with_time_noun_of(&before);

        let sentence = sentence::sentence(text, span);
        let quoted = inside_quotation(&text[sentence.start..span.start.max(sentence.start)]);
        let mut reading = Reading { definite, at: None, possessive, quoted, earliest_year: None };
        let Some(published) = published else { return reading };
        // No year within a sentence's reach: no sentence to find.
        if !years.near(span.start.saturating_sub(sentence::MAX_REACH), span.end + sentence::MAX_REACH) {
            return reading;
        }
        let words = words_in(text, sentence);
        let phrases = year_phrases(text, &words);
        let first_published = published.first_day();
        reading.earliest_year = words
            .iter()
            .filter_map(|w| year_of(w.text).map(|(y, _)| y))
            .filter(|&y| y >= 1800 && y < first_published.year())
            .min();
        let past: Vec<&YearPhrase> = phrases.iter().filter(|p| p.at.last_day() < first_published).collect();
        if past.is_empty() {
            return reading;
        }
        let clause = sentence::clause(text, span);
        let title_start = title.map_or(span.start, |t| t.start);
        let governing = past
            .iter()
            .rev()
            .find(|p| p.end <= span.start && p.end > clause.start)
            .or_else(|| {
                past.first().filter(|p| {
                    p.start == sentence.start
                        && p.end <= clause.start
                        && text[p.end..clause.start].chars().all(|c| c.is_whitespace() || c == ',')
                })
            })
            .or_else(|| {
                past.iter().find(|p| {
                    p.start >= span.end
                        && p.start < clause.end
                        && words.iter().filter(|w| w.start >= span.end && w.end <= p.start).count() <= YEAR_AFTER_WORDS
                        && (tenure_verb_before(&words, clause.start, title_start)
                            || agent_dated(&words, title_start, span.end, p.start))
                        && !has_words(&words, span.end, p.start, REPORTING_VERBS)
                })
            });
        if let Some(p) = governing {
            reading.at = Some(p.at);
            reading.definite = reading.definite.or(Some(Cue::Year));
        }
        reading
    }

    /// Whether the text itself places the mention in the past.
    pub fn is_past(&self) -> bool {
        self.definite.is_some()
    }

    /// The time to resolve the mention at: the time the text gives, else
    /// the publication date.
    pub fn at(&self, published: Option<DateValue>) -> Option<DateValue> {
        self.at.or(published)
    }

    /// The era of the claim the mention makes, now that its person and
    /// office are known.
    pub fn settle(&self, claims: &ClaimSet, claim: &OfficeClaim) -> Era {
        if let Some(cue) = self.definite {
            return Era::Past { cue, at: self.at };
        }
        let (Some(office), Some(published)) = (claim.office.as_deref(), claim.as_of) else { return Era::Present };
        if !claim.qualifier.is_current() {
            return Era::Present;
        }
        let Some(left) = left_long_before(claims, claim, office, &published) else { return Era::Present };
        if published.first_day().year() - left.last_day().year() > LONG_GONE_YEARS {
            return Era::Past { cue: Cue::LongGone, at: None };
        }
        if self.quoted {
            return Era::Past { cue: Cue::Quoted, at: None };
        }
        let cue = if self.possessive {
            Some(Cue::Possessive)
        } else if self.earliest_year.is_some_and(|y| y <= left.last_day().year()) {
            Some(Cue::YearNearby)
        } else {
            None
        };
        Era::Ended { left, cue }
    }
}

/// The day the claim's person left `office`, when the claim files record
/// every tenure of theirs in it as over more than a year before the first
/// day of `at`, and holders for every day of `at` (so that the claim names
/// someone other than a holder of record).
fn left_long_before(claims: &ClaimSet, claim: &OfficeClaim, office: &str, at: &DateValue) -> Option<DateValue> {
    let held: Vec<&Tenure> = match claim.person_id.as_deref() {
        Some(id) => claims.tenures_of_person_in(id, office),
        None => claims
            .people_named(&names::person_key(&claim.person))
            .into_iter()
            .flat_map(|p| claims.tenures_of_person_in(&p.id, office))
            .collect(),
    };
    let cutoff: Date = at.first_day().checked_sub(1.year()).ok()?;
    let mut last: Option<DateValue> = None;
    for t in &held {
        let end = t.end?;
        if end.last_day() >= cutoff {
            return None;
        }
        if last.is_none_or(|l| end.last_day() > l.last_day()) {
            last = Some(end);
        }
    }
    let last = last?;
    crate::claims::covers(&claims.holders(office, at), at).then_some(last)
}

/// A word of a sentence, with its byte range.
#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'
}

/// The words of `span` in `text`: runs of letters, digits, hyphens and
/// apostrophes, with a trailing apostrophe or hyphen left out.
fn words_in(text: &str, span: Span) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text[span.start..span.end].char_indices() {
        let at = span.start + i;
        match (is_word_char(c), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                push_word(text, s, at, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(text, s, span.end, &mut out);
    }
    out
}

fn push_word<'a>(text: &'a str, start: usize, end: usize, out: &mut Vec<Word<'a>>) {
    let raw = &text[start..end];
    let w = raw.trim_end_matches(['\'', '’']);
    let trimmed = w.trim_start_matches(['\'', '’']);
    if !trimmed.is_empty() {
        let start = start + (w.len() - trimmed.len());
        out.push(Word { start, end: start + trimmed.len(), text: trimmed });
    }
}

/// Where a text holds four digits in a row starting with 1 or 2, found in
/// one pass per text: a sentence with none names no year, and is not read
/// for one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Years(Vec<usize>);

impl Years {
    pub fn of(text: &str) -> Years {
        let mut at = Vec::new();
        let (mut run, mut first) = (0, 0u8);
        for (i, &b) in text.as_bytes().iter().enumerate() {
            if b.is_ascii_digit() {
                if run == 0 {
                    first = b;
                }
                run += 1;
                if run == 4 && matches!(first, b'1' | b'2') {
                    at.push(i - 3);
                }
            } else {
                run = 0;
            }
        }
        Years(at)
    }

    /// Whether one starts within `from..to`.
    fn near(&self, from: usize, to: usize) -> bool {
        let i = self.0.partition_point(|&p| p < from);
        self.0.get(i).is_some_and(|&p| p < to)
    }
}

/// Up to `n` words before `at`, in order, not reaching past a sentence end
/// or a blank line.
fn words_before(text: &str, at: usize, n: usize) -> Vec<&str> {
    let mut from = at.saturating_sub(80);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let window = &text[from..at];
    let cut = window.rfind(['.', '!', '?', ';', '\n']).map_or(0, |i| {
        // A newline inside a paragraph (a hard-wrapped line) is a space.
        if window[i..].starts_with('\n') && !window[..i].ends_with('\n') && !window[i + 1..].starts_with('\n') {
            window[..i].rfind(['.', '!', '?', ';']).map_or(0, |j| j + 1)
        } else {
            i + 1
        }
    });
    let words: Vec<&str> = words_in(window, Span::new(cut, window.len())).into_iter().map(|w| w.text).collect();
    words[words.len().saturating_sub(n)..].to_vec()
}

fn ends_with_words(before: &[&str], tail: &[&str]) -> bool {
    before.len() >= tail.len()
        && before[before.len() - tail.len()..].iter().zip(tail).all(|(w, t)| w.eq_ignore_ascii_case(t))
}

fn starts_with_words(text: &str, head: &[&str]) -> bool {
    let mut rest = text;
    for w in head {
        let trimmed = rest.trim_start();
        if trimmed.len() < w.len() || !trimmed[..w.len()].eq_ignore_ascii_case(w) {
            return false;
        }
        rest = &trimmed[w.len()..];
        if !rest.starts_with(char::is_whitespace) {
            return false;
        }
    }
    true
}

/// "former" or "ex-" before the mention, with only capitalised words
/// between ("former West German Chancellor"): the grammar read the mention
/// from a later word.
fn former_before(before: &[&str]) -> bool {
    for (i, w) in before.iter().enumerate().rev() {
        let lower = w.to_ascii_lowercase();
        if lower == "former" || lower == "ex" {
            return before.len() - i <= 3;
        }
        if let Some(rest) = w.strip_prefix("ex-").or_else(|| w.strip_prefix("Ex-")) {
            return rest.is_empty() || rest.starts_with(char::is_uppercase);
        }
        if !w.starts_with(char::is_uppercase) || before.len() - i > 2 {
            return false;
        }
    }
    false
}

/// "under" or "during" right before the mention, or before "the
/// administration of" and the like — but not "Under Secretary" or "under
/// secretary", a title ("grew under Secretary X" is a time), nor before a
/// possessive mention (`owns`), where it is the time of what follows
/// ("during President X's visit", "under President X's plan").
fn time_of_before(before: &[&str], mention: &str, owns: bool) -> bool {
    let mut rest = before;
    if let [head @ .., noun, of] = rest
        && of.eq_ignore_ascii_case("of")
        && TIME_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(noun))
    {
        rest = head;
        if let [head @ .., det] = rest
            && ["the", "his", "her", "their"].iter().any(|d| d.eq_ignore_ascii_case(det))
        {
            rest = head;
        }
    } else if owns
        || (rest.last() == Some(&"Under") && mention.starts_with("Secretary"))
        || (rest.last() == Some(&"under") && mention.starts_with("secretary"))
    {
        return false;
    }
    // "will serve under", "works under": who answers to whom, now.
    if let [.., verb, _] = rest
        && SERVE_NOW.iter().any(|v| v.eq_ignore_ascii_case(verb))
    {
        return false;
    }
    rest.last().is_some_and(|w| TIME_OF.iter().any(|t| t.eq_ignore_ascii_case(w)))
}

/// "during the last years of President X's rule", "under President X's
/// government": "during" or "under" among the words before a possessive
/// mention whose noun is the holder's time.
fn during_own_time(before: &[&str], after: &str, owns: bool) -> bool {
    let Some(rest) = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).filter(|_| owns) else {
        return false;
    };
    let rest = rest.trim_start();
    let noun = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    TIME_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(noun))
        && before.iter().any(|w| TIME_OF.iter().any(|t| t.eq_ignore_ascii_case(w)))
}

/// Whether a quotation opened in `before` (the sentence up to a mention)
/// is still open: an odd number of straight quotes, or an opening curly
/// quote after the last closing one.
fn inside_quotation(before: &str) -> bool {
    let straight = before.bytes().filter(|&b| b == b'"').count() % 2 == 1;
    straight || before.rfind('“').is_some_and(|open| before.rfind('”').is_none_or(|close| close < open))
}

/// "the administration of" (and the like) right before the mention.
fn ends_with_time_noun_of(before: &[&str]) -> bool {
    matches!(before, [.., noun, of] if of.eq_ignore_ascii_case("of") && TIME_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(noun)))
}

/// Whether a verb of holding office stands among the last words before the
/// title ("was President X's …", "who served as foreign minister", "X
/// became president"), within its clause (from `clause_start`).
fn tenure_verb_before(words: &[Word<'_>], clause_start: usize, title_start: usize) -> bool {
    let before: Vec<&Word<'_>> = words.iter().filter(|w| w.start >= clause_start && w.end <= title_start).collect();
    let last = &before[before.len().saturating_sub(TENURE_VERB_REACH)..];
    let from = last.first().map_or(title_start, |w| w.start);
    has_words(words, from, title_start, TENURE_VERBS)
}

/// Whether the mention is the agent of a passive ("appointed by President
/// X in 1979") with the year right after it: the year dates the act the
/// holder did in office.
fn agent_dated(words: &[Word<'_>], title_start: usize, mention_end: usize, year_start: usize) -> bool {
    let by = words.iter().rev().find(|w| w.end <= title_start).is_some_and(|w| w.text.eq_ignore_ascii_case("by"));
    by && words.iter().all(|w| w.start < mention_end || w.end > year_start)
}

/// Whether a word of `words` within `from..to` is one of `list` (a
/// two-word entry matches two words in a row).
fn has_words(words: &[Word<'_>], from: usize, to: usize, list: &[&str]) -> bool {
    let inside: Vec<&str> = words.iter().filter(|w| w.start >= from && w.end <= to).map(|w| w.text).collect();
    list.iter().any(|entry| {
        let parts: Vec<&str> = entry.split(' ').collect();
        inside.windows(parts.len()).any(|win| win.iter().zip(&parts).all(|(w, p)| w.eq_ignore_ascii_case(p)))
    })
}

/// A year phrase: a preposition, a year, month or decade, or a range.
#[derive(Clone, Copy, Debug)]
struct YearPhrase {
    start: usize,
    end: usize,
    at: DateValue,
}

/// A year as written: `1975` (1975–1975), `1970s` (a decade), `mid-1975`,
/// `1957-61` or `1957-1961` (a range).
fn year_of(word: &str) -> Option<(i16, i16)> {
    let word = word.strip_prefix("mid-").unwrap_or(word);
    let four = |s: &str| -> Option<i16> {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
    };
    let y = if let Some(decade) = word.strip_suffix('s') {
        four(decade).filter(|y| y % 10 == 0).map(|y| (y, y + 9))
    } else if let Some((a, b)) = word.split_once(['-', '–']) {
        let a = four(a)?;
        let b = if b.len() == 2 && b.bytes().all(|c| c.is_ascii_digit()) {
            a - a % 100 + b.parse::<i16>().ok()?
        } else {
            four(b)?
        };
        (b >= a).then_some((a, b))
    } else {
        four(word).map(|y| (y, y))
    }?;
    (1800..=2100).contains(&y.0).then_some(y)
}

/// The year phrases among a sentence's words.
fn year_phrases(text: &str, words: &[Word<'_>]) -> Vec<YearPhrase> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some((from, mut to)) = year_of(words[i].text) else {
            i += 1;
            continue;
        };
        // Back over "early", "late", "the", a day and a month, to the preposition.
        let mut j = i;
        let mut month = None;
        while j > 0 {
            let w = words[j - 1].text;
            let lower = w.to_ascii_lowercase();
            if ["early", "late", "mid", "the"].contains(&lower.as_str())
                || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
            {
                j -= 1;
            } else if month.is_none() && w.starts_with(char::is_uppercase) && calendar::month(w).is_some() {
                month = calendar::month(w);
                j -= 1;
            } else {
                break;
            }
        }
        if j == 0 || !YEAR_PREPOSITIONS.iter().any(|p| p.eq_ignore_ascii_case(words[j - 1].text)) {
            i += 1;
            continue;
        }
        let start = words[j - 1].start;
        let mut end = words[i].end;
        // A range: "to 1961", "and 1961", "until 1961", "- 1961".
        let mut k = i + 1;
        if let Some(next) = words.get(k)
            && ["to", "and", "until", "till", "through"].iter().any(|c| c.eq_ignore_ascii_case(next.text))
        {
            k += 1;
        } else if !text[end..words.get(k).map_or(end, |w| w.start)].trim().starts_with(['-', '–']) {
            k = usize::MAX;
        }
        if let Some(last) = words.get(k)
            && let Some((_, y)) = year_of(last.text)
            && y >= to
        {
            to = y;
            end = last.end;
            i = k;
            month = None;
        }
        let at = match month {
            Some(m) if from == to => DateValue::Month(from, m),
            _ if from == to => DateValue::Year(from),
            _ => DateValue::span(DateValue::Year(from), DateValue::Year(to)),
        };
        out.push(YearPhrase { start, end, at });
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, mention: &str, published: &str) -> Reading {
        read_q(text, mention, published, Qualifier::Current)
    }

    fn read_q(text: &str, mention: &str, published: &str, qualifier: Qualifier) -> Reading {
        let start = text.find(mention).expect("the mention is in the text");
        let span = Span::new(start, start + mention.len());
        Reading::of(text, span, Some(span), qualifier, DateValue::parse(published).ok())
    }

    fn cue(text: &str, mention: &str) -> Option<Cue> {
        read(text, mention, "2004-06-01").definite
    }

    fn at(text: &str, mention: &str, published: &str) -> Option<String> {
        read(text, mention, published).at.map(|d| d.to_string())
    }

    #[test]
    fn the_words_before_a_mention_place_it_in_the_past() {
        assert_eq!(cue("Jobs grew under President Ann West.", "President Ann West"), Some(Cue::Under));
        assert_eq!(
            cue("It began during the administration of President Ann West.", "President Ann West"),
            Some(Cue::Under)
        );
        assert_eq!(cue("A memorial to the late President Ann West.", "President Ann West"), Some(Cue::Late));
        assert_eq!(cue("A memorial to the late President Ann West.", "the late President Ann West"), Some(Cue::Late));
        assert_eq!(cue("a speech by ex-West Lund Chancellor Ann West", "Chancellor Ann West"), Some(Cue::Former));
        assert_eq!(cue("a speech by former West Lund Chancellor Ann West", "Chancellor Ann West"), Some(Cue::Former));
        let then = read_q("said then-President Ann West", "then-President Ann West", "2004", Qualifier::Then);
        assert_eq!(then.definite, Some(Cue::Then));
        let former = read_q("said former President Ann West", "former President Ann West", "2004", Qualifier::Former);
        assert_eq!(former.definite, Some(Cue::Former));
    }

    #[test]
    fn words_that_do_not_place_a_mention_in_the_past() {
        assert_eq!(cue("President Ann West said on Monday.", "President Ann West"), None);
        // "Under Secretary" is a title, and "former" must reach the mention.
        assert_eq!(cue("said Under Secretary Ann West", "Secretary Ann West"), None);
        assert_eq!(cue("said under secretary Ann West", "secretary Ann West"), None);
        assert_eq!(cue("Jobs grew under Secretary Ann West.", "Secretary Ann West"), Some(Cue::Under));
        assert_eq!(cue("Bo Lee worked under President Ann West.", "President Ann West"), Some(Cue::Under));
        assert_eq!(cue("his former boss, Chancellor Ann West, said", "Chancellor Ann West"), None);
        assert_eq!(cue("said his former boss Chancellor Ann West", "Chancellor Ann West"), None);
        // Who answers to whom, now.
        assert_eq!(cue("Bo Lee will not serve under President Ann West.", "President Ann West"), None);
        // "during" and "under" before a possessive are the time of what follows.
        assert_eq!(cue("during President Ann West's recent visit", "President Ann West"), None);
        assert_eq!(cue("under President Ann West's new plan", "President Ann West"), None);
        // Unless what follows is the holder's own time.
        let t = "during the last three years of President Ann West's rule";
        assert_eq!(cue(t, "President Ann West"), Some(Cue::Under));
        assert_eq!(cue("under President Ann West's government", "President Ann West"), Some(Cue::Under));
        assert_eq!(cue("President Ann West's rule ended.", "President Ann West"), None);
        // Quoted speech is read for who speaks of whom, not for the whole sentence.
        assert!(read("Bo said: \"The friends of President Ann West hid it.\"", "President Ann West", "2004").quoted);
        assert!(read("Bo said: “The friends of President Ann West hid it.”", "President Ann West", "2004").quoted);
        assert!(!read("President Ann West said: \"We hid nothing.\"", "President Ann West", "2004").quoted);
        assert!(!read("\"We hid nothing,\" said President Ann West.", "President Ann West", "2004").quoted);
        // A possessive or "the administration of" is weak: no definite cue.
        let r = read("President Ann West's budget was cut.", "President Ann West", "2004");
        assert!(r.possessive && r.definite.is_none());
        let r = read("the administration of President Ann West said", "President Ann West", "2004");
        assert!(r.possessive && r.definite.is_none());
    }

    #[test]
    fn a_past_year_that_governs_the_mention_dates_it() {
        // Before the mention, in its clause or opening the sentence.
        assert_eq!(at("In 1975 President Ann West signed it.", "President Ann West", "1987").as_deref(), Some("1975"));
        assert_eq!(at("In 1975, President Ann West signed it.", "President Ann West", "1987").as_deref(), Some("1975"));
        assert_eq!(
            at("In March 1975, President Ann West signed it.", "President Ann West", "1987").as_deref(),
            Some("1975-03")
        );
        // After it, where a verb of holding office stands before the title.
        assert_eq!(
            at("Bo Lee was President Ann West's treasury secretary from 1957 to 1961.", "President Ann West", "1987")
                .as_deref(),
            Some("1957/1961")
        );
        assert_eq!(
            at("Bo Lee, who served as Foreign Minister until 1983, said", "Foreign Minister", "1987").as_deref(),
            Some("1983")
        );
        assert_eq!(
            at("in the 1970s President Ann West ruled", "President Ann West", "1987").as_deref(),
            Some("1970/1979")
        );
        assert_eq!(
            read("In 1975, President Ann West signed it.", "President Ann West", "1987").definite,
            Some(Cue::Year)
        );
    }

    #[test]
    fn a_year_right_after_the_agent_of_a_passive_dates_it() {
        assert_eq!(
            at("Bo Lee, first appointed by President Ann West in 1979, said", "President Ann West", "1987").as_deref(),
            Some("1979")
        );
        // Not when other words stand between: the year is another act's.
        assert_eq!(
            at("Bo Lee, praised by President Ann West for work done in 1979, said", "President Ann West", "1987"),
            None
        );
    }

    #[test]
    fn a_year_that_does_not_govern_the_mention_does_not_date_it() {
        // Not past at publication.
        assert_eq!(at("In 1987, President Ann West signed it.", "President Ann West", "1987-03-01"), None);
        // About what was said, not who said it.
        assert_eq!(
            at("Energy Secretary Ann West said imports rose in 1986.", "Energy Secretary Ann West", "1987"),
            None
        );
        assert_eq!(
            at("In 1986 imports rose, Energy Secretary Ann West said.", "Energy Secretary Ann West", "1987"),
            None
        );
        assert_eq!(at("Energy Secretary Ann West was in Tokyo in 1986.", "Energy Secretary Ann West", "1987"), None);
        // The verb must govern the title, not stand anywhere before it.
        assert_eq!(
            at(
                "It was weak in the years it ruled until President Ann West quit in 1983.",
                "President Ann West",
                "1987"
            ),
            None
        );
        // Up to now, and a year without a preposition.
        assert_eq!(at("Since 1981, President Ann West has ruled.", "President Ann West", "1987"), None);
        assert_eq!(at("President Ann West cited the 1976 accord.", "President Ann West", "1987"), None);
        // But it is remembered as a weak cue.
        assert_eq!(
            read("President Ann West cited the 1976 accord.", "President Ann West", "1987").earliest_year,
            Some(1976)
        );
    }
}
