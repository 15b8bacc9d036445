//! Claim files from open data: importers that turn official office-holder
//! datasets into factdiff claim files.
//!
//! Each importer ([`ifg`], [`us_executive`], [`wikidata`]) reads its dataset strictly — a
//! malformed row is an [`Error`] naming the file and line — and returns a
//! [`Ledger`], which [`Ledger::to_yaml`] renders as one claim file.
//!
//! Invariants of a [`Ledger`] an importer returns, which make the output
//! byte-identical for the same input:
//! - offices and people are sorted by id, tenures by office, start, person;
//! - ids are slugs of names (`uk.secretary-of-state-for-defence`,
//!   `david-blunkett`); two people whose names give the same slug are told
//!   apart by a suffix `-2`, `-3`, … in the order of their first tenure, then
//!   their id in the dataset;
//! - no title names two offices at overlapping times ([`resolve_titles`]
//!   drops a short title where two offices would share it, never an office's name);
//! - no two tenures of a single-holder office overlap beyond a handover day;
//! - nothing depends on the clock, the input path or hash order.

pub(crate) mod csv;
pub mod ifg;
pub mod us_cabinet;
pub mod us_executive;
pub mod wikidata;

use std::collections::BTreeMap;
use std::fmt::Write as _;

use jiff::civil::Date;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::error::{Error, ErrorKind};
use crate::names;
use crate::time::DateValue;

/// An office as an importer writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeOut {
    pub id: String,
    pub jurisdiction: String,
    pub name: String,
    pub single_holder: bool,
    /// Titles besides the name (the loader adds the name itself).
    pub titles: Vec<TitleOut>,
}

/// A title with the dates it names this office, when other offices use it too.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct TitleOut {
    pub title: String,
    pub since: Option<Date>,
    pub until: Option<Date>,
}

/// A person as an importer writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonOut {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

/// A tenure as an importer writes it. Dates are days, except where a
/// dataset knows only the month or the year (Wikidata's precision).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TenureOut {
    pub person: String,
    pub office: String,
    pub start: DateValue,
    pub end: Option<DateValue>,
    pub acting: bool,
    /// Where in the dataset the tenure comes from (`ifg:appointment/…`).
    pub source: String,
}

/// One generated claim file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ledger {
    /// Comment lines for the head of the file: what it is, where the data
    /// comes from, under which licence, what was changed.
    pub header: Vec<String>,
    pub offices: Vec<OfficeOut>,
    pub people: Vec<PersonOut>,
    pub tenures: Vec<TenureOut>,
    /// The latest day the dataset records (an appointment, a departure): it
    /// is at least as current as that.
    pub recorded: Option<Date>,
    /// The day the file is current to (`current_to:`): `recorded`, or a
    /// later day its curator vouches for ([`Ledger::vouch_current_to`]).
    pub current_to: Option<Date>,
}

impl Ledger {
    /// Sorts every list into the order the invariants promise.
    fn sort(&mut self) {
        self.offices.sort_by(|a, b| a.id.cmp(&b.id));
        for o in &mut self.offices {
            o.titles.sort_by(|a, b| (a.since, &a.title).cmp(&(b.since, &b.title)));
        }
        self.people.sort_by(|a, b| a.id.cmp(&b.id));
        self.tenures.sort_by(|a, b| {
            let key = |t: &TenureOut| (t.start.first_day(), t.start.last_day());
            (&a.office, key(a), &a.person).cmp(&(&b.office, key(b), &b.person))
        });
    }

    /// Sets the day the file is current to, for a curator who knows the
    /// dataset is complete up to a day later than the latest it records
    /// (`ledger import … --current-to DATE`).
    ///
    /// # Errors
    /// A day before the latest the dataset records ([`ErrorKind::Usage`]):
    /// the dataset knows of later events, so it is current to at least then.
    pub fn vouch_current_to(&mut self, day: Date) -> Result<(), Error> {
        if let Some(recorded) = self.recorded.filter(|r| day < *r) {
            return Err(Error::new(
                ErrorKind::Usage,
                format!(
                    "expected --current-to on or after {recorded}, the latest day the dataset records, but found {day}"
                ),
            )
            .with_help("leave --current-to out to use the latest day the dataset records"));
        }
        self.current_to = Some(day);
        Ok(())
    }

    /// The claim file, as YAML under `schema: 1`, header first.
    ///
    /// # Example
    /// ```
    /// use factdiff::ledger::{Ledger, OfficeOut};
    /// let ledger = Ledger {
    ///     header: vec!["A test ledger.".into()],
    ///     offices: vec![OfficeOut { id: "uk.prime-minister".into(), jurisdiction: "UK".into(), name: "Prime Minister".into(), single_holder: true, titles: vec![] }],
    ///     people: vec![],
    ///     tenures: vec![],
    ///     recorded: None,
    ///     current_to: None,
    /// };
    /// assert!(ledger.to_yaml().starts_with("# A test ledger.\nschema: 1\noffices:\n  - id: uk.prime-minister\n"));
    /// let current = Ledger { current_to: "2025-12-31".parse().ok(), ..ledger };
    /// assert!(current.to_yaml().contains("schema: 1\ncurrent_to: 2025-12-31\noffices:\n"));
    /// ```
    pub fn to_yaml(&self) -> String {
        let mut out = String::new();
        let mut header = self.header.clone();
        match (self.current_to, self.recorded) {
            (Some(to), Some(recorded)) if to != recorded => header.extend([
                String::new(),
                format!("Current to {to}, as its curator vouches (`--current-to`); the latest day"),
                format!("the dataset records is {recorded}. An open tenure says nothing after {to}."),
            ]),
            (Some(to), _) => header.extend([
                String::new(),
                format!("Current to {to}, the latest day the dataset records: an open tenure says"),
                "nothing after it.".to_string(),
            ]),
            (None, _) => {}
        }
        for line in &header {
            if line.is_empty() {
                out.push_str("#\n");
            } else {
                let _ = writeln!(out, "# {line}");
            }
        }
        out.push_str("schema: 1\n");
        if let Some(to) = self.current_to {
            let _ = writeln!(out, "current_to: {to}");
        }
        if !self.offices.is_empty() {
            out.push_str("offices:\n");
        }
        for o in &self.offices {
            let _ = writeln!(out, "  - id: {}", o.id);
            let _ = writeln!(out, "    jurisdiction: {}", o.jurisdiction);
            let _ = writeln!(out, "    name: {}", scalar(&o.name));
            if !o.single_holder {
                out.push_str("    single_holder: false\n");
            }
            if !o.titles.is_empty() {
                out.push_str("    titles:\n");
            }
            for t in &o.titles {
                if t.since.is_none() && t.until.is_none() {
                    let _ = writeln!(out, "      - {}", scalar(&t.title));
                    continue;
                }
                let _ = writeln!(out, "      - title: {}", scalar(&t.title));
                if let Some(since) = t.since {
                    let _ = writeln!(out, "        since: {since}");
                }
                if let Some(until) = t.until {
                    let _ = writeln!(out, "        until: {until}");
                }
            }
        }
        if !self.people.is_empty() {
            out.push_str("people:\n");
        }
        for p in &self.people {
            let _ = writeln!(out, "  - id: {}", p.id);
            let _ = writeln!(out, "    name: {}", scalar(&p.name));
            if !p.aliases.is_empty() {
                out.push_str("    aliases:\n");
            }
            for a in &p.aliases {
                let _ = writeln!(out, "      - {}", scalar(a));
            }
        }
        if !self.tenures.is_empty() {
            out.push_str("tenures:\n");
        }
        for t in &self.tenures {
            let _ = writeln!(out, "  - person: {}", t.person);
            let _ = writeln!(out, "    office: {}", t.office);
            let _ = writeln!(out, "    start: {}", t.start);
            if let Some(end) = t.end {
                let _ = writeln!(out, "    end: {end}");
            }
            if t.acting {
                out.push_str("    acting: true\n");
            }
            let _ = writeln!(out, "    source: {}", scalar(&t.source));
        }
        out
    }

    /// A one-line count for people: "72 offices, 410 people, 1290 tenures".
    pub fn summary(&self) -> String {
        format!("{} offices, {} people, {} tenures", self.offices.len(), self.people.len(), self.tenures.len())
    }
}

/// A YAML scalar: plain when it cannot be misread, otherwise double-quoted
/// with JSON escapes (a JSON string is a valid YAML double-quoted scalar).
fn scalar(text: &str) -> String {
    let plain = !text.is_empty()
        && text.chars().all(|c| c.is_alphanumeric() || " .,'’()-/".contains(c))
        && text.starts_with(|c: char| c.is_alphabetic())
        && !text.ends_with(' ')
        && !matches!(text.to_ascii_lowercase().as_str(), "yes" | "no" | "true" | "false" | "null" | "on" | "off");
    if plain { text.to_string() } else { serde_json::Value::String(text.to_string()).to_string() }
}

/// A slug of a name: ASCII letters and digits, lower case, words joined by
/// single hyphens; accents dropped, apostrophes and periods ignored
/// ("Thérèse Coffey" → `therese-coffey`, "J.D. Vance" → `jd-vance`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in name.nfkd() {
        if is_combining_mark(c) || matches!(c, '\'' | '’' | '.') {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// Gives each person a unique id: the slug of their name, or for the second
/// and later people with that slug (in `order`), the slug with `-2`, `-3`, ….
/// `order` must be a total, deterministic order (the dataset's own id last).
pub(crate) fn assign_ids<K: Ord + Clone>(people: &mut [(K, PersonOut)]) {
    people.sort_by(|a, b| a.0.cmp(&b.0));
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    for (_, p) in people.iter_mut() {
        let base = slug(&p.name);
        let n = used.entry(base.clone()).or_insert(0);
        *n += 1;
        p.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
}

/// Aliases without repeats and without the canonical name: unique by
/// [`names::person_key`], in first-seen order.
pub(crate) fn tidy_aliases(name: &str, aliases: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut seen = vec![name.to_string()];
    let mut out = Vec::new();
    for alias in aliases {
        let alias = alias.split_whitespace().collect::<Vec<_>>().join(" ");
        if alias.is_empty() || seen.contains(&alias) {
            continue;
        }
        seen.push(alias.clone());
        out.push(alias);
    }
    out
}

/// A span of days an office was held; an open end is `None`.
pub(crate) type Period = (Date, Option<Date>);

/// Per office id: its candidate titles and the periods it was held.
pub(crate) type TitleCandidates = BTreeMap<String, (Vec<Candidate>, Vec<Period>)>;

/// A title an office would go by, and whether it is the office's own name
/// (never dropped) or a derived short form.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub title: String,
    pub own_name: bool,
}

/// The days an office was held: its tenures' spans, merged where they touch
/// or leave a gap of at most `bridge_days` (a short vacancy).
pub(crate) fn active_periods(tenures: &[(Date, Option<Date>)], bridge_days: i64) -> Vec<(Date, Option<Date>)> {
    let mut spans: Vec<(Date, Option<Date>)> = tenures.to_vec();
    spans.sort();
    let mut out: Vec<(Date, Option<Date>)> = Vec::new();
    for (start, end) in spans {
        if let Some(last) = out.last_mut() {
            let reaches = match last.1 {
                None => true,
                Some(e) => (start - e).get_days() as i64 <= bridge_days || start <= e,
            };
            if reaches {
                last.1 = match (last.1, end) {
                    (None, _) | (_, None) => None,
                    (Some(a), Some(b)) => Some(a.max(b)),
                };
                continue;
            }
        }
        out.push((start, end));
    }
    out
}

/// Whether two periods share a day beyond a handover day (the loader's rule).
fn periods_clash(a: (Date, Option<Date>), b: (Date, Option<Date>)) -> bool {
    let (a1, b1) = (a.1.unwrap_or(Date::MAX), b.1.unwrap_or(Date::MAX));
    (a.0 < b1 && b.0 < a1) || a.0 == b.0
}

/// Chooses every office's titles so that no title key names two offices of
/// one jurisdiction at overlapping times.
///
/// `offices` gives, per office id, its candidate titles and active periods.
/// A derived title used by one office only is kept without dates; one used
/// by several is kept, dated with each office's periods, and where two of
/// those offices are active at once it is dropped for that stretch only. An office's own name
/// is unique by construction (offices are merged by name) and always kept.
/// Returns the titles per office id, and the title keys dropped for some stretch (sorted).
pub(crate) fn resolve_titles(offices: &TitleCandidates) -> (BTreeMap<String, Vec<TitleOut>>, Vec<String>) {
    // title key → (office id, own name?, title as written)
    let mut users: BTreeMap<String, Vec<(&str, bool, &str)>> = BTreeMap::new();
    for (id, (candidates, _)) in offices {
        for c in candidates {
            let list = users.entry(names::title_key(&c.title)).or_default();
            if !list.iter().any(|(o, _, _)| o == id) {
                list.push((id, c.own_name, &c.title));
            }
        }
    }
    let mut titles: BTreeMap<String, Vec<TitleOut>> = offices.keys().map(|id| (id.clone(), Vec::new())).collect();
    let mut dropped = Vec::new();
    for (key, list) in &users {
        let owner = list.iter().find(|(_, own, _)| *own);
        if let Some((id, _, _)) = owner {
            // The office named so keeps it; a short form elsewhere yields.
            if list.len() > 1 {
                dropped.push(key.clone());
            }
            let title = list.iter().find(|(o, _, _)| o == id).map_or("", |t| t.2);
            push_title(&mut titles, id, title, None, None);
            continue;
        }
        if let [(id, _, title)] = list.as_slice() {
            push_title(&mut titles, id, title, None, None);
            continue;
        }
        let periods: Vec<(&str, &str, Period)> =
            list.iter().flat_map(|(id, _, title)| offices[*id].1.iter().map(move |p| (*id, *title, *p))).collect();
        let clash = periods
            .iter()
            .enumerate()
            .any(|(i, a)| periods[i + 1..].iter().any(|b| a.0 != b.0 && periods_clash(a.2, b.2)));
        if clash {
            dropped.push(key.clone());
        }
        // Each office keeps the title for the stretches of its periods when
        // no other office using it is active: where two are, it names neither.
        for &(id, title, period) in &periods {
            let others: Vec<Period> = periods.iter().filter(|o| o.0 != id).map(|o| o.2).collect();
            for (since, until) in subtract(period, &others) {
                push_title(&mut titles, id, title, Some(since), until);
            }
        }
    }
    (titles, dropped)
}

/// The stretches of `period` outside every one of `others` (half-open
/// days: an end is the next holder's first day), in order.
fn subtract(period: Period, others: &[Period]) -> Vec<Period> {
    let mut pieces = vec![period];
    for &(o_start, o_end) in others {
        let o_end = o_end.unwrap_or(Date::MAX);
        pieces = pieces
            .into_iter()
            .flat_map(|(start, end)| {
                let end_or_max = end.unwrap_or(Date::MAX);
                if o_end <= start || end_or_max <= o_start {
                    return vec![(start, end)];
                }
                let mut kept = Vec::new();
                if start < o_start {
                    kept.push((start, Some(o_start)));
                }
                if o_end < end_or_max {
                    kept.push((o_end, end));
                }
                kept
            })
            .collect();
    }
    pieces
}

fn push_title(
    titles: &mut BTreeMap<String, Vec<TitleOut>>,
    id: &str,
    title: &str,
    since: Option<Date>,
    until: Option<Date>,
) {
    if let Some(list) = titles.get_mut(id) {
        list.push(TitleOut { title: title.to_string(), since, until });
    }
}

/// A calendar day written `YYYY-MM-DD`, for the importers.
///
/// # Errors
/// Another shape, or a day that does not exist, as a message.
pub fn parse_day(text: &str) -> Result<Date, String> {
    let shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !shape {
        return Err(format!("expected a date as YYYY-MM-DD, but found `{text}`"));
    }
    text.parse::<Date>().map_err(|_| format!("expected a date that exists, but found `{text}`"))
}

/// An import error at a place in a dataset file.
pub(crate) fn data_error(path: &str, line: usize, column: usize, message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Ledger, message).with_path(path).at(line, column).with_help(
        "the dataset is not in the shape this importer reads; fix the row, or use an unchanged copy of the dataset",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn slugs_fold_accents_and_drop_periods_and_apostrophes() {
        assert_eq!(slug("Thérèse Coffey"), "therese-coffey");
        assert_eq!(slug("J.D. Vance"), "jd-vance");
        assert_eq!(slug("Mike O'Brien"), "mike-obrien");
        assert_eq!(
            slug("Secretary of State for Culture, Media and Sport"),
            "secretary-of-state-for-culture-media-and-sport"
        );
    }

    #[test]
    fn scalars_are_quoted_only_when_yaml_could_misread_them() {
        assert_eq!(scalar("Peter Mandelson"), "Peter Mandelson");
        assert_eq!(
            scalar("Secretary of State for Culture, Media and Sport"),
            "Secretary of State for Culture, Media and Sport"
        );
        assert_eq!(scalar("ifg:appointment/1"), "\"ifg:appointment/1\"");
        assert_eq!(scalar("No"), "\"No\"");
        assert_eq!(scalar("#1"), "\"#1\"");
    }

    #[test]
    fn people_with_one_slug_get_numbered_in_order() {
        let p = |name: &str| PersonOut { id: String::new(), name: name.into(), aliases: vec![] };
        let mut people = vec![((2, "b"), p("John Smith")), ((1, "a"), p("John Smith")), ((1, "c"), p("Ann Lee"))];
        assign_ids(&mut people);
        let ids: Vec<&str> = people.iter().map(|(_, p)| p.id.as_str()).collect();
        assert_eq!(ids, ["john-smith", "ann-lee", "john-smith-2"]);
    }

    #[test]
    fn periods_bridge_short_vacancies_but_not_long_ones() {
        let p = active_periods(
            &[
                (d("2001-01-01"), Some(d("2002-01-01"))),
                (d("2002-01-10"), Some(d("2003-01-01"))),
                (d("2005-01-01"), None),
            ],
            31,
        );
        assert_eq!(p, vec![(d("2001-01-01"), Some(d("2003-01-01"))), (d("2005-01-01"), None)]);
    }

    #[test]
    fn a_shared_short_title_is_dated_when_periods_part_and_dropped_when_they_clash() {
        let cand = |t: &str, own: bool| Candidate { title: t.into(), own_name: own };
        let mut offices = BTreeMap::new();
        offices.insert(
            "uk.a".to_string(),
            (
                vec![
                    cand("Secretary of State for A", true),
                    cand("Culture Secretary", false),
                    cand("Both Secretary", false),
                ],
                vec![(d("2000-01-01"), Some(d("2005-01-01")))],
            ),
        );
        offices.insert(
            "uk.b".to_string(),
            (
                vec![
                    cand("Secretary of State for B", true),
                    cand("Culture Secretary", false),
                    cand("Both Secretary", false),
                ],
                vec![(d("2005-01-01"), None)],
            ),
        );
        offices.insert(
            "uk.c".to_string(),
            (
                vec![cand("Secretary of State for C", true), cand("Both Secretary", false)],
                vec![(d("2004-01-01"), None)],
            ),
        );
        let (titles, dropped) = resolve_titles(&offices);
        assert_eq!(dropped, ["both secretary"], "dropped where its users overlap");
        // "Both Secretary": A alone 2000–2004; from 2004 C and then B overlap C, so it names neither.
        let both: Vec<&TitleOut> = titles["uk.a"].iter().filter(|t| t.title == "Both Secretary").collect();
        assert_eq!(
            both,
            [&TitleOut { title: "Both Secretary".into(), since: Some(d("2000-01-01")), until: Some(d("2004-01-01")) }]
        );
        assert!(titles["uk.b"].iter().all(|t| t.title != "Both Secretary"));
        let culture: Vec<&TitleOut> = titles["uk.b"].iter().filter(|t| t.title == "Culture Secretary").collect();
        assert_eq!(
            culture,
            [&TitleOut { title: "Culture Secretary".into(), since: Some(d("2005-01-01")), until: None }]
        );
        assert!(titles["uk.c"].iter().all(|t| t.title != "Both Secretary"));
    }

    #[test]
    fn days_must_exist_and_have_the_iso_shape() {
        assert_eq!(parse_day("2004-12-15").unwrap(), d("2004-12-15"));
        assert!(parse_day("2004-02-30").unwrap_err().contains("exists"));
        assert!(parse_day("15/12/2004").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_day("2004-1-5").is_err());
    }
}
