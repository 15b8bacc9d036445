//! Claim files: the newsroom's curated ledger of offices, office holders and
//! figures, read from strict YAML.
//!
//! A claims tree is any number of `.yaml` files; each may hold any of the
//! top-level lists `offices`, `people`, `tenures` and `figures`. Every entry
//! keeps its [`Origin`] (file, line, column) so that a finding can point at
//! the entry that contradicts a source.
//!
//! [`load`] reads a claims tree, checks it (schema, references, duplicate
//! ids, overlapping tenures of single-holder offices) and returns a
//! [`ClaimSet`]: every list sorted, with lookup indexes built once, so that
//! normalisation and comparison can query it without scanning.
//!
//! Invariants of a [`ClaimSet`] made by [`load`] or [`ClaimSet::new`]:
//! offices, people and figures are sorted by id and ids are unique; tenures
//! are sorted by office, then start, then person; the index matches the
//! lists. The lists are public for reading; change a set by building a new
//! one with [`ClaimSet::new`].

pub mod builtin;
mod check;
mod load;
mod positions;
pub mod schema;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::names;
use crate::time::DateValue;

pub use check::codes;
pub use load::{load, load_ledger};

/// Where a claim-file entry lives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Origin {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

/// An office: one post in one jurisdiction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    /// Stable id, `jurisdiction.slug` in lower case: `jp.minister-of-defense`.
    pub id: String,
    /// Jurisdiction code: from [`crate::vocab::countries`] or declared by a claim file.
    pub jurisdiction: String,
    /// The canonical title ("Minister of Defense").
    pub name: String,
    /// Every title this office goes by, with the dates a title was in use.
    pub titles: Vec<Title>,
    /// Whether only one person holds it at a time (a prime minister), or many
    /// (a member of parliament).
    pub single_holder: bool,
    pub origin: Origin,
}

/// One title of an office. A renamed office keeps its old title with an
/// `until` and gets the new one with a `since`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    pub title: String,
    pub since: Option<DateValue>,
    pub until: Option<DateValue>,
}

/// A person the ledger knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Stable id, a slug of the name: `shinjiro-koizumi`.
    pub id: String,
    /// The canonical name, given name first ("Shinjiro Koizumi").
    pub name: String,
    /// Other spellings and orders ("Koizumi Shinjiro", "Shinjirō Koizumi").
    pub aliases: Vec<String>,
    pub origin: Origin,
}

/// A person holding an office from `start` to `end` (open when `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tenure {
    pub person: String,
    pub office: String,
    pub start: DateValue,
    pub end: Option<DateValue>,
    pub acting: bool,
    pub source: Option<String>,
    /// The `current_to` of the tenure's claim file: an open end is known
    /// only up to this day (see [`Tenure::known_until`]).
    pub current_to: Option<DateValue>,
    pub origin: Origin,
}

/// A reference figure: an amount of money or a count, with what it is of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub id: String,
    /// What the figure measures, for people ("Japan's investment pledge in the United States").
    pub subject: String,
    /// Terms that must all occur in the clause around a source's number for it
    /// to be about this figure; each term lists alternatives (`Japan|Japanese`)
    /// and matches at the start of a word, case-insensitively.
    pub keywords: Vec<Vec<String>>,
    /// The value, or the low end of a range.
    pub value: Decimal,
    /// The high end of a range; equal to `value` for a single number.
    pub max: Decimal,
    /// ISO 4217 code, for money.
    pub currency: Option<String>,
    /// What is counted, for a quantity ("military personnel"), or `percent`.
    pub unit: Option<String>,
    pub as_of: Option<DateValue>,
    /// Relative tolerance (0.05 for 5%) allowed on top of the range.
    pub tolerance: Decimal,
    pub source: Option<String>,
    pub origin: Origin,
}

/// A `suppress:` entry: findings of `code` whose source evidence is at
/// `path` (when given) and reads `text` (when given) are accepted, for
/// `reason`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    pub code: String,
    pub path: Option<String>,
    pub text: Option<String>,
    pub reason: String,
    pub origin: Origin,
}

/// All claim files, merged.
#[derive(Clone, Debug, Default)]
pub struct ClaimSet {
    pub offices: Vec<Office>,
    pub people: Vec<Person>,
    pub tenures: Vec<Tenure>,
    pub figures: Vec<Figure>,
    /// Accepted findings, in file order; [`ClaimSet::new`] leaves this empty
    /// and [`load`] fills it.
    pub suppressions: Vec<Suppression>,
    /// Where the entries were read from; [`ClaimSet::new`] leaves this
    /// empty and the loaders fill it. Not part of equality.
    pub provenance: Provenance,
    /// Jurisdictions the claim files declare, sorted by code; [`ClaimSet::new`]
    /// leaves this empty and [`load`] fills it.
    pub jurisdictions: Vec<crate::vocab::countries::Jurisdiction>,
    /// Lookups by key; derived from the lists, so not part of equality.
    index: Index,
}

impl PartialEq for ClaimSet {
    fn eq(&self, other: &ClaimSet) -> bool {
        self.offices == other.offices
            && self.people == other.people
            && self.tenures == other.tenures
            && self.figures == other.figures
            && self.suppressions == other.suppressions
            && self.jurisdictions == other.jurisdictions
    }
}

impl Eq for ClaimSet {}

/// Where the entries of a [`ClaimSet`] were read from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provenance {
    /// Whether the built-in ledger ([`builtin`]) is part of the set.
    pub builtin: bool,
    /// How many claim files were read from disk.
    pub files: usize,
    /// How far the set vouches for who holds its offices: the earliest
    /// `current_to` of an open tenure's file (`None` when no open tenure's
    /// file has one).
    pub current_to: Option<DateValue>,
}

/// What a run was checked against, for its summary: where the claim set
/// came from and its size.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LedgerSummary {
    pub provenance: Provenance,
    pub offices: usize,
    pub people: usize,
    pub tenures: usize,
    pub figures: usize,
}

impl LedgerSummary {
    /// One phrase for people: "built-in ledger, 95 offices, 1506 tenures,
    /// current to 2025-12-31", "built-in ledger and 2 claim files, …",
    /// "3 claim files, …", or "none" when no claim set was read.
    ///
    /// # Example
    /// ```
    /// use factdiff::claims::{LedgerSummary, Provenance};
    /// let current_to = factdiff::time::DateValue::parse("2025-12-31").ok();
    /// let summary = LedgerSummary {
    ///     provenance: Provenance { builtin: true, files: 0, current_to },
    ///     offices: 2,
    ///     tenures: 5,
    ///     ..LedgerSummary::default()
    /// };
    /// assert_eq!(summary.describe(), "built-in ledger, 2 offices, 5 tenures, current to 2025-12-31");
    /// ```
    pub fn describe(&self) -> String {
        let p = &self.provenance;
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let files = plural(p.files, "claim file", "claim files");
        let from = match (p.builtin, p.files) {
            (false, 0) => return "none (no claim files, and the built-in ledger is off)".to_string(),
            (true, 0) => "built-in ledger".to_string(),
            (true, _) => format!("built-in ledger and {files}"),
            (false, _) => files,
        };
        let mut out = format!(
            "{from}, {}, {}",
            plural(self.offices, "office", "offices"),
            plural(self.tenures, "tenure", "tenures")
        );
        if let Some(current_to) = &p.current_to {
            out.push_str(&format!(", current to {current_to}"));
        }
        out
    }
}

/// Positions in the lists of a [`ClaimSet`], by key. `BTreeMap` so that any
/// iteration is in key order.
#[derive(Clone, Debug, Default)]
struct Index {
    /// `names::title_key` of a title → (office, title) positions.
    titles: BTreeMap<String, Vec<(usize, usize)>>,
    /// `names::person_key` of a name or alias → people.
    names: BTreeMap<String, Vec<usize>>,
    /// `names::surname_keys` of a name or alias → people.
    surnames: BTreeMap<String, Vec<usize>>,
    /// Person id → tenures, by start.
    tenures_by_person: BTreeMap<String, Vec<usize>>,
    /// For each tenure, the latest last day of it and of the tenures of its
    /// office before it (`Date::MAX` once one is open): a search for the
    /// holders at a date walks back from the date only while this reaches it.
    reach: Vec<jiff::civil::Date>,
    /// For each tenure, the first day of its start.
    starts: Vec<jiff::civil::Date>,
    /// For each office, the positions of its tenures.
    office_tenures: Vec<std::ops::Range<usize>>,
    /// For each person, the parts of their name, then of each alias: read
    /// once here, where the keys need them, rather than for every mention
    /// compared with a holder.
    name_parts: Vec<Vec<names::NameParts>>,
}

/// Whether a tenure or title period from `start` to `end` (open when
/// `None`) covers any day of `at`. Partial dates count every day they
/// could mean.
fn period_overlaps(start: Option<&DateValue>, end: Option<&DateValue>, at: &DateValue) -> bool {
    start.is_none_or(|s| s.first_day() <= at.last_day()) && end.is_none_or(|e| at.first_day() <= e.last_day())
}

/// The chronological sort key of a date (the derived `Ord` of [`DateValue`]
/// orders by precision first).
fn chrono_key(date: &DateValue) -> (jiff::civil::Date, jiff::civil::Date) {
    (date.first_day(), date.last_day())
}

impl ClaimSet {
    /// A set from its lists: sorts them (offices, people, figures by id;
    /// tenures by office, start, person) and builds the lookup index.
    ///
    /// Does not check the lists; [`load`] does, and reports what is wrong.
    ///
    /// # Example
    /// ```
    /// use factdiff::claims::{ClaimSet, Origin, Person};
    /// let origin = Origin { path: "claims/people.yaml".into(), line: 1, column: 1 };
    /// let person = |id: &str, name: &str| Person { id: id.into(), name: name.into(), aliases: vec![], origin: origin.clone() };
    /// let set = ClaimSet::new(vec![], vec![person("b", "Bo Bee"), person("a", "Al Aye")], vec![], vec![]);
    /// assert_eq!(set.people[0].id, "a");
    /// let key = factdiff::names::person_key("Aye, Al");
    /// assert_eq!(set.people_named(&key)[0].id, "a");
    /// ```
    pub fn new(offices: Vec<Office>, people: Vec<Person>, tenures: Vec<Tenure>, figures: Vec<Figure>) -> ClaimSet {
        let mut set = ClaimSet {
            offices,
            people,
            tenures,
            figures,
            suppressions: Vec::new(),
            provenance: Provenance::default(),
            jurisdictions: Vec::new(),
            index: Index::default(),
        };
        set.offices.sort_by(|a, b| (&a.id, &a.origin).cmp(&(&b.id, &b.origin)));
        set.people.sort_by(|a, b| (&a.id, &a.origin).cmp(&(&b.id, &b.origin)));
        set.figures.sort_by(|a, b| (&a.id, &a.origin).cmp(&(&b.id, &b.origin)));
        set.tenures.sort_by(|a, b| {
            (&a.office, chrono_key(&a.start), &a.person, &a.origin).cmp(&(
                &b.office,
                chrono_key(&b.start),
                &b.person,
                &b.origin,
            ))
        });
        set.index = Index::build(&set);
        set
    }

    /// Where the set came from and how large it is.
    pub fn summary(&self) -> LedgerSummary {
        LedgerSummary {
            provenance: self.provenance.clone(),
            offices: self.offices.len(),
            people: self.people.len(),
            tenures: self.tenures.len(),
            figures: self.figures.len(),
        }
    }

    /// The name reports show for a jurisdiction code: a claim file's
    /// declaration, else the base vocabulary's, else the code itself.
    pub fn jurisdiction_name<'s>(&'s self, code: &'s str) -> &'s str {
        let declared = self.jurisdictions.iter().find(|j| j.code == code);
        declared.or_else(|| crate::vocab::countries::by_code(code)).map_or(code, |j| j.name.as_str())
    }

    /// Whether a word as written is a jurisdiction's name or demonym
    /// ("Japan", "Kosovar" when a claim file declares it).
    pub fn jurisdiction_named(&self, form: &str) -> bool {
        self.jurisdictions.iter().any(|j| j.forms().any(|f| f == form))
            || crate::vocab::countries::by_form(form).is_some()
    }

    /// The office with this id.
    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.binary_search_by(|o| o.id.as_str().cmp(id)).ok().map(|i| &self.offices[i])
    }

    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.binary_search_by(|p| p.id.as_str().cmp(id)).ok().map(|i| &self.people[i])
    }

    /// The [`names::NameParts`] of the name of the person with this id, then
    /// of each of their aliases; none for an unknown id.
    pub fn name_parts(&self, id: &str) -> &[names::NameParts] {
        match self.people.binary_search_by(|p| p.id.as_str().cmp(id)) {
            Ok(i) => &self.index.name_parts[i],
            Err(_) => &[],
        }
    }

    /// The figure with this id.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.binary_search_by(|f| f.id.as_str().cmp(id)).ok().map(|i| &self.figures[i])
    }

    /// Offices with a title whose [`names::title_key`] is `title_key`, in
    /// `jurisdiction` (a code such as `US`) if given, and whose title was in
    /// use on some day of `at` if given. Sorted by office id.
    ///
    /// # Example
    /// ```
    /// # use factdiff::claims::ClaimSet;
    /// # use factdiff::time::DateValue;
    /// # fn demo(claims: &ClaimSet) {
    /// let at = DateValue::parse("2025-12-11").unwrap();
    /// let offices = claims.offices_titled("secretary of war", Some("US"), Some(&at));
    /// # }
    /// ```
    pub fn offices_titled(&self, title_key: &str, jurisdiction: Option<&str>, at: Option<&DateValue>) -> Vec<&Office> {
        let Some(hits) = self.index.titles.get(title_key) else {
            return Vec::new();
        };
        let mut found: Vec<usize> = hits
            .iter()
            .filter(|&&(o, t)| {
                let office = &self.offices[o];
                let title = &office.titles[t];
                jurisdiction.is_none_or(|j| office.jurisdiction.eq_ignore_ascii_case(j))
                    && at.is_none_or(|at| period_overlaps(title.since.as_ref(), title.until.as_ref(), at))
            })
            .map(|&(o, _)| o)
            .collect();
        found.dedup();
        found.into_iter().map(|o| &self.offices[o]).collect()
    }

    /// People whose name or an alias has this [`names::person_key`], by id.
    pub fn people_named(&self, person_key: &str) -> Vec<&Person> {
        self.index.names.get(person_key).map_or_else(Vec::new, |v| v.iter().map(|&i| &self.people[i]).collect())
    }

    /// People whose name or an alias has this among its [`names::surname_keys`], by id.
    ///
    /// An alias that only reorders the canonical name ("Koizumi Shinjiro"
    /// for "Shinjiro Koizumi") adds no surname: its last word is the given
    /// name, and "Minister Shinjiro" must not resolve to Koizumi.
    pub fn people_with_surname(&self, surname_key: &str) -> Vec<&Person> {
        self.index.surnames.get(surname_key).map_or_else(Vec::new, |v| v.iter().map(|&i| &self.people[i]).collect())
    }

    /// The tenures of an office, by start.
    pub fn tenures_of_office(&self, office_id: &str) -> &[Tenure] {
        &self.tenures[self.office_tenures(office_id)]
    }

    /// The positions of an office's tenures in `tenures`: by the office's
    /// place in `offices` (fewer entries to search), else, for a tenure of
    /// an office no file defines, by searching the tenures.
    fn office_tenures(&self, office_id: &str) -> std::ops::Range<usize> {
        if let Ok(o) = self.offices.binary_search_by(|o| o.id.as_str().cmp(office_id))
            && let Some(range) = self.index.office_tenures.get(o)
        {
            return range.clone();
        }
        let start = self.tenures.partition_point(|t| t.office.as_str() < office_id);
        let end = start + self.tenures[start..].partition_point(|t| t.office == office_id);
        start..end
    }

    /// The tenures of a person, in any office, by start.
    pub fn tenures_of_person(&self, person_id: &str) -> Vec<&Tenure> {
        self.index
            .tenures_by_person
            .get(person_id)
            .map_or_else(Vec::new, |v| v.iter().map(|&i| &self.tenures[i]).collect())
    }

    /// The tenures of one person in one office, by start (in the order of
    /// [`ClaimSet::tenures_of_office`]).
    pub fn tenures_of_person_in(&self, person_id: &str, office_id: &str) -> Vec<&Tenure> {
        self.index
            .tenures_by_person
            .get(person_id)
            .map_or_else(Vec::new, |v| v.iter().map(|&i| &self.tenures[i]).filter(|t| t.office == office_id).collect())
    }

    /// The tenures of an office that cover any day of `at` (a tenure with
    /// no end is open), by start. On a handover day both the outgoing and
    /// the incoming holder are returned.
    ///
    /// Looked up, not scanned: from the last tenure to start by the end of
    /// `at`, back while some earlier tenure of the office reaches `at`.
    pub fn holders(&self, office_id: &str, at: &DateValue) -> Vec<&Tenure> {
        let range = self.office_tenures(office_id);
        let (first, last) = (at.first_day(), at.last_day());
        let started = range.start + self.index.starts[range.clone()].partition_point(|&start| start <= last);
        let mut found: Vec<&Tenure> = Vec::new();
        for i in (range.start..started).rev() {
            if self.index.reach[i] < first {
                break;
            }
            if self.tenures[i].overlaps(at) {
                found.push(&self.tenures[i]);
            }
        }
        found.reverse();
        found
    }
}

/// An office or a person a query names (see [`ClaimSet::lookup`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found<'a> {
    Office(&'a Office),
    Person(&'a Person),
}

impl ClaimSet {
    /// The offices and people `query` names: an office by its id or any
    /// title it has had ([`names::title_key`]: case, accents and spelling
    /// variants such as "Defence"/"Defense" do not matter), a person by id
    /// or by their name or an alias ([`names::person_key`]: any order,
    /// case, accents). Offices first, each list by id.
    ///
    /// # Example
    /// ```
    /// use factdiff::claims::{Found, load_ledger};
    /// let claims = load_ledger(&[], true).unwrap();
    /// let found = claims.lookup("koizumi shinjirō");
    /// assert!(matches!(found.as_slice(), [Found::Person(p)] if p.id == "shinjiro-koizumi"));
    /// ```
    pub fn lookup(&self, query: &str) -> Vec<Found<'_>> {
        let query = query.trim();
        let mut found: Vec<Found<'_>> = Vec::new();
        let title = names::title_key(query);
        let mut offices: Vec<&Office> = self.offices_titled(&title, None, None);
        offices.extend(self.offices.iter().filter(|o| o.id.eq_ignore_ascii_case(query)));
        offices.sort_by(|a, b| a.id.cmp(&b.id));
        offices.dedup_by(|a, b| a.id == b.id);
        found.extend(offices.into_iter().map(Found::Office));
        let mut people: Vec<&Person> = self.people_named(&names::person_key(query));
        people.extend(self.people.iter().filter(|p| p.id.eq_ignore_ascii_case(query)));
        people.sort_by(|a, b| a.id.cmp(&b.id));
        people.dedup_by(|a, b| a.id == b.id);
        found.extend(people.into_iter().map(Found::Person));
        found
    }
}

impl Tenure {
    /// Whether this tenure covers some day of `at` (an open end runs on for ever).
    pub fn overlaps(&self, at: &DateValue) -> bool {
        period_overlaps(Some(&self.start), self.end.as_ref(), at)
    }

    /// Whether this tenure ended in the [`HANDOVER_GRACE_DAYS`] before the
    /// first day of `at`: its holder may still be named then by copy written
    /// before the handover, or dated in another time zone.
    pub fn ended_just_before(&self, at: &DateValue) -> bool {
        let Some(end) = self.end else { return false };
        let (last, first) = (end.last_day(), at.first_day());
        last < first && (first - last).get_days() <= HANDOVER_GRACE_DAYS
    }

    /// The last day the claim files vouch for this tenure: the last day of
    /// its end; for an open tenure, the first day of its file's
    /// `current_to` (what happened after it is not recorded), else for ever
    /// ([`jiff::civil::Date::MAX`]).
    pub fn known_until(&self) -> jiff::civil::Date {
        match (&self.end, &self.current_to) {
            (Some(end), _) => end.last_day(),
            (None, Some(current_to)) => current_to.first_day(),
            (None, None) => jiff::civil::Date::MAX,
        }
    }
}

/// How many days after leaving an office a holder named under its title is
/// no contradiction: a story written the day before a handover and
/// published the day after, or dated in another time zone, names them so.
pub const HANDOVER_GRACE_DAYS: i32 = 2;

/// A gap of at most this many days between one holder's end and the next
/// holder's start is a reshuffle recorded a little apart, not a time when
/// nobody held the office: it does not excuse a wrong name for a long period.
const HANDOVER_GAP_DAYS: i32 = 7;

/// Whether the tenures together cover every day of `at` (a tenure covers
/// every day from the first its start may mean to the last the claim files
/// vouch for, [`Tenure::known_until`]: an open tenure ends with its file's
/// `current_to`), counting handover gaps of up to [`HANDOVER_GAP_DAYS`] as
/// covered.
pub fn covers(tenures: &[&Tenure], at: &DateValue) -> bool {
    covers_until(tenures, at, Tenure::known_until)
}

/// Whether the tenures would cover every day of `at` if every open tenure
/// ran on for ever: with [`covers`] false, the claim files could contradict
/// the claim but for their `current_to`.
pub fn covers_if_still_current(tenures: &[&Tenure], at: &DateValue) -> bool {
    covers_until(tenures, at, |t| t.end.map_or(jiff::civil::Date::MAX, |e| e.last_day()))
}

fn covers_until(tenures: &[&Tenure], at: &DateValue, until: fn(&Tenure) -> jiff::civil::Date) -> bool {
    use jiff::civil::Date;
    let mut spans: Vec<(Date, Date)> = tenures.iter().map(|t| (t.start.first_day(), until(t))).collect();
    spans.sort();
    let mut next = at.first_day();
    let mut after_a_holder = false;
    for (from, to) in spans {
        let gap = if after_a_holder { HANDOVER_GAP_DAYS } else { 0 };
        if from > next.checked_add(jiff::Span::new().days(gap)).unwrap_or(Date::MAX) {
            break;
        }
        after_a_holder = true;
        if to >= at.last_day() {
            return true;
        }
        next = next.max(to.tomorrow().unwrap_or(Date::MAX));
    }
    false
}

impl Index {
    fn build(set: &ClaimSet) -> Index {
        let mut index = Index::default();
        for (o, office) in set.offices.iter().enumerate() {
            for (t, title) in office.titles.iter().enumerate() {
                index.titles.entry(names::title_key(&title.title)).or_default().push((o, t));
            }
        }
        for (p, person) in set.people.iter().enumerate() {
            let mut canonical = None;
            let mut all_parts = Vec::with_capacity(1 + person.aliases.len());
            for name in std::iter::once(&person.name).chain(&person.aliases) {
                let parts = names::NameParts::of(name);
                let key = names::key_of(&parts);
                if canonical.as_ref().is_none_or(|c| *c != key) {
                    for surname in &parts.family {
                        push_unique(index.surnames.entry(surname.clone()).or_default(), p);
                    }
                }
                canonical.get_or_insert_with(|| key.clone());
                push_unique(index.names.entry(key).or_default(), p);
                all_parts.push(parts);
            }
            index.name_parts.push(all_parts);
        }
        let mut by_person: Vec<usize> = (0..set.tenures.len()).collect();
        by_person.sort_by_key(|&i| {
            let t = &set.tenures[i];
            (&t.person, chrono_key(&t.start), &t.office)
        });
        for i in by_person {
            index.tenures_by_person.entry(set.tenures[i].person.clone()).or_default().push(i);
        }
        index.starts = set.tenures.iter().map(|t| t.start.first_day()).collect();
        index.office_tenures = set
            .offices
            .iter()
            .map(|o| {
                let start = set.tenures.partition_point(|t| t.office < o.id);
                start..start + set.tenures[start..].partition_point(|t| t.office == o.id)
            })
            .collect();
        index.reach = Vec::with_capacity(set.tenures.len());
        for (i, t) in set.tenures.iter().enumerate() {
            let end = t.end.map_or(jiff::civil::Date::MAX, |e| e.last_day());
            let before = if i > 0 && set.tenures[i - 1].office == t.office { index.reach[i - 1] } else { end };
            index.reach.push(before.max(end));
        }
        index
    }
}

/// Appends `i` unless it is already last (people are visited in order, so
/// this keeps each list sorted and free of repeats).
fn push_unique(list: &mut Vec<usize>, i: usize) {
    if list.last() != Some(&i) {
        list.push(i);
    }
}
