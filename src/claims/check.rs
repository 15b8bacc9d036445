//! Checks across entries, after all files are read: references, duplicate
//! ids, impossible tenures, overlapping holders, shared titles, figures
//! without a currency or unit. Each error is of kind
//! [`ErrorKind::ClaimReference`] and names the entry's file, line and column;
//! where two entries conflict, the message names the other one's place.
//!
//! Overlap rule: a tenure that ends on the day the next one starts does not
//! overlap it (handovers happen within one day). Partial dates count only
//! the days they certainly cover (a start of `2019-09` counts from
//! 2019-09-30, an end of `2020-09` until 2020-09-01), so that an error is
//! raised only for a conflict the dates prove.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::load::{Loaded, Located};
use super::positions::Pos;
use super::{Office, Origin};
use crate::error::{Error, ErrorKind};
use crate::names;
use crate::time::DateValue;
use crate::vocab::countries;

/// Adds every cross-entry problem of `loaded` to `errors`.
pub(crate) fn check(loaded: &Loaded, errors: &mut Vec<Error>) {
    duplicate_ids("office", loaded.offices.iter().map(|l| (&l.value.id, &l.value.origin, l.entry.value("id"))), errors);
    duplicate_ids("person", loaded.people.iter().map(|l| (&l.value.id, &l.value.origin, l.entry.value("id"))), errors);
    duplicate_ids("figure", loaded.figures.iter().map(|l| (&l.value.id, &l.value.origin, l.entry.value("id"))), errors);
    let declared = loaded.jurisdictions.iter().map(|d| (&d.value.code, &d.origin, d.entry.value("code")));
    duplicate_ids("jurisdiction", declared, errors);
    jurisdictions(loaded, errors);
    let offices: BTreeMap<&str, &Office> = loaded.offices.iter().map(|l| (l.value.id.as_str(), &l.value)).collect();
    let people: BTreeMap<&str, ()> = loaded.people.iter().map(|l| (l.value.id.as_str(), ())).collect();
    for tenure in &loaded.tenures {
        let t = &tenure.value;
        if !people.contains_key(t.person.as_str()) {
            errors.push(unknown(
                "a person",
                "people",
                &t.person,
                people.keys().copied(),
                &t.origin,
                tenure.entry.value("person"),
            ));
        }
        if !offices.contains_key(t.office.as_str()) {
            errors.push(unknown(
                "an office",
                "offices",
                &t.office,
                offices.keys().copied(),
                &t.origin,
                tenure.entry.value("office"),
            ));
        }
        if let Some(end) = &t.end
            && end.last_day() < t.start.first_day()
        {
            errors.push(reference_error(
                codes::TENURE_ENDS_BEFORE_START,
                &t.origin,
                tenure.entry.value("end"),
                format!("expected `end` on or after `start` ({}), but found `end: {end}`", t.start),
                "fix or swap the dates of this tenure",
            ));
        }
    }
    overlapping_tenures(loaded, &offices, errors);
    shared_titles(loaded, errors);
    for figure in &loaded.figures {
        let f = &figure.value;
        if f.currency.is_none() && f.unit.is_none() {
            errors.push(reference_error(
                codes::FIGURE_WITHOUT_UNIT,
                &f.origin,
                figure.entry.at,
                format!("expected `currency` or `unit` in figure `{}`, but found neither", f.id),
                "add `currency: USD` (an ISO 4217 code) for money, or `unit: …` for a count",
            ));
        }
    }
}

/// The finding codes of the problems found here, as `factdiff validate`
/// reports them (each is a `compare::Code`).
pub mod codes {
    pub const UNKNOWN_REFERENCE: &str = "unknown-reference";
    pub const DUPLICATE_ID: &str = "duplicate-id";
    pub const TENURE_ENDS_BEFORE_START: &str = "tenure-ends-before-start";
    pub const OVERLAPPING_TENURES: &str = "overlapping-tenures";
    pub const SHARED_TITLE: &str = "shared-title";
    pub const FIGURE_WITHOUT_UNIT: &str = "figure-without-unit";
    pub const ALL: [&str; 6] = [
        UNKNOWN_REFERENCE,
        DUPLICATE_ID,
        TENURE_ENDS_BEFORE_START,
        OVERLAPPING_TENURES,
        SHARED_TITLE,
        FIGURE_WITHOUT_UNIT,
    ];
}

fn reference_error(
    code: &'static str,
    origin: &Origin,
    pos: Pos,
    message: impl Into<String>,
    help: impl Into<String>,
) -> Error {
    Error::new(ErrorKind::ClaimReference, message)
        .with_path(&origin.path)
        .at(pos.line, pos.column)
        .with_help(help)
        .with_code(code)
}

fn place(origin: &Origin) -> String {
    format!("{}:{}:{}", origin.path, origin.line, origin.column)
}

/// Flags every entry whose id an earlier entry (by file, line, column)
/// already has.
fn duplicate_ids<'a>(
    what: &str,
    entries: impl Iterator<Item = (&'a String, &'a Origin, Pos)>,
    errors: &mut Vec<Error>,
) {
    let mut entries: Vec<_> = entries.collect();
    entries.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let mut first: Option<(&String, &Origin)> = None;
    for (id, origin, pos) in entries {
        match first {
            Some((first_id, first_origin)) if first_id == id => errors.push(reference_error(
                codes::DUPLICATE_ID,
                origin,
                pos,
                format!(
                    "expected each {what} id once, but found `{id}` again; first defined at {}",
                    place(first_origin)
                ),
                "remove one of the two entries, or give this one its own id",
            )),
            _ => first = Some((id, origin)),
        }
    }
}

/// An unknown id in a tenure, with a suggestion when one id is close.
fn unknown<'a>(
    what: &str,
    list: &str,
    id: &str,
    known: impl Iterator<Item = &'a str>,
    origin: &Origin,
    pos: Pos,
) -> Error {
    let close = known.filter_map(|k| names::edit_distance_within(k, id, 2).map(|d| (d, k))).min();
    let help = match close {
        Some((_, k)) => {
            format!("did you mean `{k}`? otherwise define {what} under `{list}:` in any claim file")
        }
        None => format!("define {what} under `{list}:` in any claim file, or fix the id"),
    };
    reference_error(
        codes::UNKNOWN_REFERENCE,
        origin,
        pos,
        format!("expected the id of {what} defined under `{list}`, but found `{id}`"),
        help,
    )
}

/// Every office's jurisdiction is a base code or a declared one, and every
/// declared form names one jurisdiction.
fn jurisdictions(loaded: &Loaded, errors: &mut Vec<Error>) {
    let declared: BTreeMap<&str, &Origin> =
        loaded.jurisdictions.iter().map(|d| (d.value.code.as_str(), &d.origin)).collect();
    for office in &loaded.offices {
        let code = office.value.jurisdiction.as_str();
        if countries::by_code(code).is_none() && !declared.contains_key(code) {
            errors.push(reference_error(
                codes::UNKNOWN_REFERENCE,
                &office.value.origin,
                office.entry.value("jurisdiction"),
                format!(
                    "expected an ISO 3166-1 jurisdiction code or one declared under `jurisdictions:`, but found `{code}`"
                ),
                format!("declare it in any claim file: `jurisdictions: [{{code: {code}, name: …, demonyms: […]}}]`"),
            ));
        }
    }
    // Forms of the base jurisdictions a declaration does not replace, then each declaration's.
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for j in countries::all().iter().filter(|j| !declared.contains_key(j.code.as_str())) {
        for form in j.forms() {
            owner.insert(form, &j.code);
        }
    }
    for d in &loaded.jurisdictions {
        for form in d.value.forms() {
            match owner.get(form) {
                Some(&other) if other != d.value.code => errors.push(reference_error(
                    codes::DUPLICATE_ID,
                    &d.origin,
                    d.entry.at,
                    format!("expected each jurisdiction form to name one jurisdiction, but `{form}` names both `{}` and `{other}`", d.value.code),
                    "remove the form from one of them; a form two jurisdictions share reads as neither",
                )),
                _ => {
                    owner.insert(form, &d.value.code);
                }
            }
        }
    }
}

/// The days a period certainly covers, from the first to the last; an open
/// end is [`Date::MAX`], an open start [`Date::MIN`].
fn certain_days(start: Option<&DateValue>, end: Option<&DateValue>) -> (Date, Date) {
    let from = start.map_or(Date::MIN, DateValue::last_day);
    let to = end.map_or(Date::MAX, DateValue::first_day);
    (from, to)
}

/// Whether two periods share a day beyond a handover day: the last day of
/// one may be the first day of the other. Two periods that start on the
/// same day always conflict, even when they last one day.
fn conflict(a: (Date, Date), b: (Date, Date)) -> bool {
    (a.0 < b.1 && b.0 < a.1) || (a.0 == b.0 && a.0 <= a.1 && b.0 <= b.1)
}

/// Two non-acting tenures of a single-holder office at once.
fn overlapping_tenures(loaded: &Loaded, offices: &BTreeMap<&str, &Office>, errors: &mut Vec<Error>) {
    let mut by_office: BTreeMap<&str, Vec<&Located<super::Tenure>>> = BTreeMap::new();
    for tenure in &loaded.tenures {
        let t = &tenure.value;
        if !t.acting && offices.get(t.office.as_str()).is_some_and(|o| o.single_holder) {
            by_office.entry(t.office.as_str()).or_default().push(tenure);
        }
    }
    for (office, mut tenures) in by_office {
        tenures.sort_by_key(|t| {
            let (from, to) = certain_days(Some(&t.value.start), t.value.end.as_ref());
            (from, to, &t.value.origin)
        });
        // Sweep by start; compare each tenure with the one reaching furthest so far.
        let mut reach: Option<(&Located<super::Tenure>, (Date, Date))> = None;
        for tenure in tenures {
            let days = certain_days(Some(&tenure.value.start), tenure.value.end.as_ref());
            if let Some((other, other_days)) = reach
                && conflict(other_days, days)
            {
                let o = &other.value;
                let end = o.end.map_or_else(|| "open".to_string(), |e| e.to_string());
                // An open tenure from a file current to an earlier day is
                // ended by restating it, not by a successor elsewhere.
                let help = match (&o.end, &o.current_to) {
                    (None, Some(current_to)) if current_to.first_day() < tenure.value.start.first_day() => format!(
                        "`{}`'s tenure is open in a file current to {current_to}: restate it (same person, office and start) with its `end` in a file current to a later day",
                        o.person
                    ),
                    _ => "fix the dates (a handover day may be both the end of one tenure and the start of the next), mark a stand-in with `acting: true`, or set `single_holder: false` on the office".to_string(),
                };
                errors.push(reference_error(
                    codes::OVERLAPPING_TENURES,
                    &tenure.value.origin,
                    tenure.entry.value("start"),
                    format!(
                        "expected one holder at a time of the single-holder office `{office}`, but found `{}` from {} while `{}` held it ({} to {end}, at {})",
                        tenure.value.person,
                        tenure.value.start,
                        o.person,
                        o.start,
                        place(&o.origin)
                    ),
                    help,
                ));
            }
            if reach.is_none_or(|(_, r)| days.1 > r.1) {
                reach = Some((tenure, days));
            }
        }
    }
}

/// An office and the index of one of its titles.
type TitleUse<'a> = (&'a Located<Office>, usize);

/// Two offices of one jurisdiction with the same title key at overlapping
/// times: a mention of that title could not be resolved to one office.
fn shared_titles(loaded: &Loaded, errors: &mut Vec<Error>) {
    // (jurisdiction, title key) → (office, title index)
    let mut titles: BTreeMap<(&str, String), Vec<TitleUse<'_>>> = BTreeMap::new();
    for office in &loaded.offices {
        for (i, title) in office.value.titles.iter().enumerate() {
            titles
                .entry((office.value.jurisdiction.as_str(), names::title_key(&title.title)))
                .or_default()
                .push((office, i));
        }
    }
    for ((_, key), users) in titles {
        for (n, &(office, i)) in users.iter().enumerate() {
            let title = &office.value.titles[i];
            let days = certain_days(title.since.as_ref(), title.until.as_ref());
            let clash = users[..n].iter().find(|&&(other, j)| {
                let t = &other.value.titles[j];
                other.value.id != office.value.id && conflict(certain_days(t.since.as_ref(), t.until.as_ref()), days)
            });
            if let Some(&(other, _)) = clash {
                errors.push(reference_error(
                    codes::SHARED_TITLE,
                    &office.value.origin,
                    office.parts.get(i).copied().unwrap_or(office.entry.at),
                    format!(
                        "expected each title to name one office of {} at a time, but found `{}` (key `{key}`) also in `{}` at {}",
                        office.value.jurisdiction,
                        title.title,
                        other.value.id,
                        place(&other.value.origin)
                    ),
                    "give the titles `since:`/`until:` dates that do not overlap, or remove the title from one office",
                ));
            }
        }
    }
}
