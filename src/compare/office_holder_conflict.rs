#![doc = include_str!("../../docs/checks/office-holder-conflict.md")]
//!
//! ## How it scales
//! Claims are never compared all pairs. A claim's partner is found by
//! looking up the claims of its office whose dates lie in its window, in a
//! table sorted by (office, date) in which each name keeps only its first
//! two texts per date and per "the claim files confirm them then": the cost
//! is the number of dates in the window times the names seen on each, so
//! copies of one text cost nothing extra, and each claim has at most one
//! finding of its own.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use jiff::civil::Date;

use super::{
    Code, Corroboration, Finding, Input, NumberMap, NumberSet, office_claims, office_evidence_named, office_label,
};
use crate::claims::ClaimSet;
use crate::extract::office::Qualifier;
use crate::names::{self, NameParts};
use crate::normalise::{Claim, OfficeClaim};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/office-holder-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let claims = Claims::collect(input);
    if claims.entries.is_empty() {
        return;
    }
    let dates = DateTable::build(&claims.entries);
    let people = PersonTable::build(&claims);
    let window = input.options.holder_window_days;
    let mut near_misses = NearMisses::default();
    // Each claim's first conflicting claim in report order, in another text.
    // A claim the claim files confirm looks for none of its own: the claims
    // that contradict it find it, so that one misspelt or wrong mention
    // makes one finding, not one for every text naming the right holder.
    let first: Vec<Option<usize>> = (0..claims.entries.len())
        .map(|b| {
            if claims.entries[b].held {
                return None;
            }
            dates.first_conflict(&claims, b, window, |x, y| near_misses.get(input.ledger, &claims.variants, x, y))
        })
        .collect();
    // A claim that another claim's finding already shows needs none of its own.
    let mut shown = vec![false; first.len()];
    for (b, a) in first.iter().enumerate() {
        if let Some(a) = *a
            && a < b
        {
            shown[a] = true;
        }
    }
    let mut pairs: Vec<(usize, usize)> = first
        .iter()
        .enumerate()
        .filter_map(|(b, a)| match *a {
            Some(a) if a < b => Some((a, b)),
            Some(a) if !shown[b] => Some((b, a)),
            _ => None,
        })
        .collect();
    // In report order already, so that sorting all findings finds one long run.
    pairs.sort_unstable();
    let mut report = Report::default();
    findings.extend(pairs.into_iter().map(|(a, b)| report.conflict(input, &claims, a, b)));
    // Office and name key of every claim another text agrees with.
    let mut agreeing: BTreeSet<(u32, u32)> = BTreeSet::new();
    for (b, entry) in claims.entries.iter().enumerate() {
        if people.agrees(&claims, b, window) {
            agreeing.insert((entry.office, claims.variants[entry.variant as usize].key));
        }
    }
    corroboration.office_holders += agreeing.len();
}

/// Findings, with each office's label made once.
#[derive(Default)]
struct Report {
    labels: NumberMap<u32, String>,
}

impl Report {
    /// The finding for a pair, `a` before `b` in report order.
    fn conflict(&mut self, input: &Input<'_>, claims: &Claims<'_>, a: usize, b: usize) -> Finding {
        let (first, second) = (&claims.entries[a], &claims.entries[b]);
        let label = self.labels.entry(first.office).or_insert_with(|| office_label(input.ledger, first.office_id));
        let message = format!(
            "{} and {} are both named as {label} at overlapping times ({} and {})",
            first.office_claim.person,
            second.office_claim.person,
            first.office_claim.as_of.map(|d| d.to_string()).unwrap_or_default(),
            second.office_claim.as_of.map(|d| d.to_string()).unwrap_or_default(),
        );
        let name = &input.ledger.offices[first.office as usize].name;
        Finding {
            code: Code::OfficeHolderConflict,
            severity: Code::OfficeHolderConflict.default_severity(),
            message,
            evidence: vec![
                office_evidence_named(input, first.claim, first.office_claim, name),
                office_evidence_named(input, second.claim, second.office_claim, name),
            ],
        }
    }
}

/// One current-holder claim of a single-holder office: the first of its
/// person in its text.
struct Entry<'a> {
    claim: &'a Claim,
    office_claim: &'a OfficeClaim,
    office_id: &'a str,
    /// The office's position in the claim files' office list.
    office: u32,
    doc: usize,
    /// The first and last day of the publication date, as day numbers.
    first: i32,
    last: i32,
    variant: u32,
    /// Whether the claim files have this person in the office at this date
    /// (or until a day or two before it: [`crate::claims::HANDOVER_GRACE_DAYS`]).
    held: bool,
    /// An acting holder, who stands in for the holder: a rival only to
    /// another acting holder.
    acting: bool,
}

/// A person as a claim names them: the claim files' id (if any) and the
/// name. Everything the check asks of a person depends only on these.
struct Variant<'a> {
    name: &'a str,
    /// The interned id.
    id: Option<u32>,
    /// The interned name key (order, case and accents folded).
    key: u32,
    /// The name taken apart, for names that differ in key.
    parts: NameParts,
}

impl Variant<'_> {
    /// Whether two claims may name the same person: by the claim files' id
    /// when both have one, else by name key, or by one name being a form
    /// of the other ("Nakasone" and "Yasuhiro Nakasone", "Robert Hale" and
    /// "Robert J. Hale III"): a person is never two holders.
    fn same_person(&self, other: &Variant<'_>) -> bool {
        match (self.id, other.id) {
            (Some(x), Some(y)) => x == y,
            _ => self.key == other.key || names::may_be_one_person(&self.parts, &other.parts),
        }
    }
}

/// The claims the check compares, in report order (path, then position).
struct Claims<'a> {
    entries: Vec<Entry<'a>>,
    variants: Vec<Variant<'a>>,
}

impl<'a> Claims<'a> {
    fn collect(input: &Input<'a>) -> Claims<'a> {
        let ledger = input.ledger;
        // Ids and name keys share one numbering, as they share one identity
        // space when a text names the same person twice.
        let mut strings = Interner::default();
        let mut variants: Vec<Variant<'a>> = Vec::new();
        let mut variant_of: HashMap<(Option<&'a str>, &'a str), u32> = HashMap::new();
        let mut holder_key: HashMap<&str, Option<u32>> = HashMap::new();
        let mut seen: NumberSet<(u32, usize, u32)> = NumberSet::default();
        let mut entries = Vec::new();
        for (claim, office_claim) in office_claims(input.claims) {
            let Some(office_id) = office_claim.office.as_deref() else { continue };
            let Some(at) = office_claim.as_of else { continue };
            // A mention in the past (by the text, or by the claim files'
            // record of a holder long gone) is not a rival to today's holder:
            // its own checks against the claim files judge it.
            if !office_claim.qualifier.is_current() || !office_claim.era.is_present() {
                continue;
            }
            // "the outgoing prime minister": the text itself says the post
            // is changing hands, so a new holder at that time is expected;
            // the claim files judge whether it was theirs to hand over.
            if office_claim.qualifier == Qualifier::Outgoing {
                continue;
            }
            let Ok(office) = ledger.offices.binary_search_by(|o| o.id.as_str().cmp(office_id)) else { continue };
            if !ledger.offices[office].single_holder {
                continue;
            }
            let office = office as u32;
            let person_id = office_claim.person_id.as_deref();
            let variant = *variant_of.entry((person_id, office_claim.person.as_str())).or_insert_with(|| {
                let parts = NameParts::of(&office_claim.person);
                variants.push(Variant {
                    name: &office_claim.person,
                    id: person_id.map(|id| strings.intern(id)),
                    key: strings.intern(&names::key_of(&parts)),
                    parts,
                });
                variants.len() as u32 - 1
            });
            let v = &variants[variant as usize];
            // The same person twice in one text is one claim; by id when both
            // are known, else by name key — both kinds of identity are recorded.
            let identity = v.id.unwrap_or(v.key);
            if seen.contains(&(office, claim.doc, identity)) || seen.contains(&(office, claim.doc, v.key)) {
                continue;
            }
            seen.insert((office, claim.doc, identity));
            seen.insert((office, claim.doc, v.key));
            let held = ledger.holders(office_id, &at).iter().any(|t| {
                person_id == Some(t.person.as_str())
                    || *holder_key.entry(t.person.as_str()).or_insert_with(|| {
                        ledger.person(&t.person).map(|p| strings.intern(&names::person_key(&p.name)))
                    }) == Some(v.key)
            }) || person_id.is_some_and(|id| {
                // The holder until a day or two before (`HANDOVER_GRACE_DAYS`).
                ledger.tenures_of_person_in(id, office_id).iter().any(|t| t.ended_just_before(&at))
            });
            entries.push(Entry {
                claim,
                office_claim,
                office_id,
                office,
                doc: claim.doc,
                first: day_number(at.first_day()),
                last: day_number(at.last_day()),
                variant,
                held,
                acting: office_claim.qualifier == Qualifier::Acting,
            });
        }
        // Report order; a document's claims stay together.
        let mut by_path: Vec<usize> = (0..input.documents.len()).collect();
        by_path.sort_by(|&a, &b| input.documents[a].path.cmp(&input.documents[b].path).then(a.cmp(&b)));
        let mut rank = vec![0; by_path.len()];
        for (r, &d) in by_path.iter().enumerate() {
            rank[d] = r;
        }
        entries.sort_by_key(|e| (rank[e.doc], e.claim.span.start));
        Claims { entries, variants }
    }
}

/// Days since 1970-01-01.
fn day_number(d: Date) -> i32 {
    (d - Date::constant(1970, 1, 1)).get_days()
}

/// The days a partner's publication date must lie in: within `window` days
/// of this claim's whichever moments of both dates the texts were published
/// at. Uncertain dates (a year, an interval) that allow moments further
/// apart are not near: the office may have changed hands between those
/// moments, so both texts can be right.
fn near_days(entry: &Entry<'_>, window: i32) -> Option<(i32, i32)> {
    let (from, to) = (entry.last.saturating_sub(window), entry.first.saturating_add(window));
    (from <= to).then_some((from, to))
}

/// Strings numbered in order of first appearance.
#[derive(Default)]
struct Interner {
    numbers: HashMap<String, u32>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&n) = self.numbers.get(s) {
            return n;
        }
        let n = self.numbers.len() as u32;
        self.numbers.insert(s.to_string(), n);
        n
    }
}

/// [`near_miss`], once per pair of names.
#[derive(Default)]
struct NearMisses {
    known: NumberMap<(u32, u32), bool>,
}

impl NearMisses {
    fn get(&mut self, ledger: &ClaimSet, variants: &[Variant<'_>], a: u32, b: u32) -> bool {
        let pair = (a.min(b), a.max(b));
        *self.known.entry(pair).or_insert_with(|| near_miss(ledger, &variants[a as usize], &variants[b as usize]))
    }
}

/// Whether one name is a likely misspelling of the other ("Hegsath" and
/// "Pete Hegseth"), unless the claim files know them as two people.
fn near_miss(ledger: &ClaimSet, a: &Variant<'_>, b: &Variant<'_>) -> bool {
    let known = |v: &Variant<'_>| v.id.is_some() || super::holder_name_misspelt::is_known_name(ledger, v.name);
    if known(a) && known(b) {
        return false;
    }
    names::compare_names(a.name, b.name) == names::NameMatch::Near
        || names::compare_names(b.name, a.name) == names::NameMatch::Near
}

/// The claims of each office by date: one bucket per (office, first day,
/// last day), holding one slot per (person as named, confirmed by the claim
/// files or not) with the first two claims of that slot in report order.
/// A text has at most one claim per slot, so two are enough to find the
/// first one in another text.
struct DateTable {
    buckets: Vec<Bucket>,
    slots: Vec<Slot>,
}

struct Bucket {
    office: u32,
    first: i32,
    last: i32,
    /// Its slots, by their first claim.
    slots: Range<usize>,
}

struct Slot {
    variant: u32,
    held: bool,
    acting: bool,
    /// The slot's first two claims in report order: (position, document).
    claims: [(usize, usize); 2],
    /// How many of `claims` are set.
    len: usize,
}

impl DateTable {
    fn build(entries: &[Entry<'_>]) -> DateTable {
        let mut order: Vec<usize> = (0..entries.len()).collect();
        order.sort_unstable_by_key(|&i| {
            let e = &entries[i];
            (e.office, e.first, e.last, e.variant, e.held, e.acting, i)
        });
        let mut buckets: Vec<Bucket> = Vec::new();
        let mut slots: Vec<Slot> = Vec::new();
        for i in order {
            let e = &entries[i];
            let same_bucket =
                buckets.last().is_some_and(|k| (k.office, k.first, k.last) == (e.office, e.first, e.last));
            if !same_bucket {
                buckets.push(Bucket {
                    office: e.office,
                    first: e.first,
                    last: e.last,
                    slots: slots.len()..slots.len(),
                });
            }
            match slots.last_mut() {
                Some(s) if same_bucket && (s.variant, s.held, s.acting) == (e.variant, e.held, e.acting) => {
                    if s.len < 2 {
                        s.claims[1] = (i, e.doc);
                        s.len = 2;
                    }
                }
                _ => {
                    slots.push(Slot {
                        variant: e.variant,
                        held: e.held,
                        acting: e.acting,
                        claims: [(i, e.doc); 2],
                        len: 1,
                    });
                    buckets.last_mut().expect("a bucket was pushed").slots.end = slots.len();
                }
            }
        }
        for bucket in &buckets {
            slots[bucket.slots.clone()].sort_unstable_by_key(|s| s.claims[0].0);
        }
        DateTable { buckets, slots }
    }

    /// The first claim in report order, in another text, that names another
    /// person as holder of `b`'s office near `b`'s date — unless the claim
    /// files confirm both, or one name is a likely misspelling of the other.
    fn first_conflict(
        &self,
        claims: &Claims<'_>,
        b: usize,
        window: i32,
        mut near_miss: impl FnMut(u32, u32) -> bool,
    ) -> Option<usize> {
        let entry = &claims.entries[b];
        let (from, to) = near_days(entry, window)?;
        let variant = &claims.variants[entry.variant as usize];
        let start = self.buckets.partition_point(|k| (k.office, k.first) < (entry.office, from));
        let mut best: Option<usize> = None;
        for bucket in &self.buckets[start..] {
            if bucket.office != entry.office || bucket.first > to {
                break;
            }
            if bucket.last > to {
                continue;
            }
            for slot in &self.slots[bucket.slots.clone()] {
                // Slots are by their first claim: none after this one is earlier.
                if best.is_some_and(|x| slot.claims[0].0 >= x) {
                    break;
                }
                let Some(&(a, _)) = slot.claims[..slot.len].iter().find(|&&(_, doc)| doc != entry.doc) else {
                    continue;
                };
                if best.is_some_and(|x| a >= x)
                    || variant.same_person(&claims.variants[slot.variant as usize])
                    || (entry.held && slot.held)
                    || entry.acting != slot.acting
                    || near_miss(entry.variant, slot.variant)
                {
                    continue;
                }
                best = Some(a);
            }
        }
        best
    }
}

/// The claims of each office by person and date, for agreement: keyed by
/// (office, identity, first day, last day), with the first two texts of
/// each key. A claim with an id is filed under its id and under its name
/// key; one without, under its name key; so [`Variant::same_person`] is two
/// lookups.
struct PersonTable {
    rows: Vec<PersonRow>,
}

struct PersonRow {
    key: (u32, Identity, i32, i32),
    docs: [usize; 2],
    len: usize,
}

/// How a claim is filed in the [`PersonTable`].
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Identity {
    Id(u32),
    KeyWithoutId(u32),
    KeyWithId(u32),
}

impl PersonTable {
    fn build(claims: &Claims<'_>) -> PersonTable {
        let mut keys: Vec<((u32, Identity, i32, i32), usize)> = Vec::with_capacity(claims.entries.len() * 2);
        for (i, e) in claims.entries.iter().enumerate() {
            let v = &claims.variants[e.variant as usize];
            match v.id {
                Some(id) => {
                    keys.push(((e.office, Identity::Id(id), e.first, e.last), i));
                    keys.push(((e.office, Identity::KeyWithId(v.key), e.first, e.last), i));
                }
                None => keys.push(((e.office, Identity::KeyWithoutId(v.key), e.first, e.last), i)),
            }
        }
        keys.sort_unstable();
        let mut rows: Vec<PersonRow> = Vec::new();
        for (key, i) in keys {
            let doc = claims.entries[i].doc;
            match rows.last_mut() {
                Some(row) if row.key == key => {
                    if row.len < 2 && row.docs[0] != doc {
                        row.docs[1] = doc;
                        row.len = 2;
                    }
                }
                _ => rows.push(PersonRow { key, docs: [doc, doc], len: 1 }),
            }
        }
        PersonTable { rows }
    }

    /// Whether another text names the same person as holder of `b`'s office
    /// near `b`'s date.
    fn agrees(&self, claims: &Claims<'_>, b: usize, window: i32) -> bool {
        let entry = &claims.entries[b];
        let Some((from, to)) = near_days(entry, window) else { return false };
        let v = &claims.variants[entry.variant as usize];
        let lookups = match v.id {
            Some(id) => [Identity::Id(id), Identity::KeyWithoutId(v.key)],
            None => [Identity::KeyWithoutId(v.key), Identity::KeyWithId(v.key)],
        };
        lookups.into_iter().any(|identity| {
            let start = self.rows.partition_point(|r| r.key < (entry.office, identity, from, i32::MIN));
            self.rows[start..]
                .iter()
                .take_while(|r| (r.key.0, r.key.1) == (entry.office, identity) && r.key.2 <= to)
                .any(|r| r.key.3 <= to && r.docs[..r.len].iter().any(|&d| d != entry.doc))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::{self, ClaimSet};
    use crate::compare::{Code, Options};
    use crate::load::Document;

    /// A presidency with a holder long gone, one who left last spring and
    /// one sitting.
    fn ledger(dir: &std::path::Path) -> ClaimSet {
        let path = dir.join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1
offices:
  - id: kr.president
    jurisdiction: KR
    name: President
people:
  - {id: old-hand, name: Olga Hand}
  - {id: last-spring, name: Lena Spring}
  - {id: sitting, name: Sam Sitting}
tenures:
  - {person: old-hand, office: kr.president, start: 1990-01-01, end: 1999-01-01}
  - {person: last-spring, office: kr.president, start: 1999-01-01, end: 2004-03-01}
  - {person: sitting, office: kr.president, start: 2004-03-02}
",
        )
        .unwrap();
        claims::load(&[path]).unwrap()
    }

    fn doc(path: &str, text: &str) -> Document {
        Document::dated(path, "2004-10-01", text)
    }

    /// The codes of the findings on two texts, by path.
    fn findings(first: &str, second: &str) -> Vec<(String, Code)> {
        let dir = tempfile::tempdir().unwrap();
        let docs = vec![doc("a.txt", first), doc("b.txt", second)];
        let run = crate::check::check(docs, &ledger(dir.path()), &Options::default());
        run.comparison.findings.iter().map(|f| (f.evidence[0].path.clone(), f.code)).collect()
    }

    #[test]
    fn a_holder_gone_for_years_is_reported_against_the_claim_files_not_against_other_texts() {
        let sitting = "South Korean President Sam Sitting spoke on Monday.";
        // Dated by the text: judged in 1995, when she held the office.
        let got = findings("In 1995 South Korean President Olga Hand signed the pact.", sitting);
        assert_eq!(got, []);
        // Possibly historical: a stale title in its own text, and the text
        // naming the sitting President is not flagged.
        let got = findings("The 1995 pact of South Korean President Olga Hand still stands.", sitting);
        assert_eq!(got, [("a.txt".to_string(), Code::StaleTitle)]);
        // Not framed: a ledger conflict in its own text, still none in the other.
        let got = findings("South Korean President Olga Hand spoke on Monday.", sitting);
        assert_eq!(got, [("a.txt".to_string(), Code::LedgerHolderConflict)]);
    }

    #[test]
    fn a_mention_the_text_places_in_the_past_is_not_compared_across_texts() {
        // Lena Spring left in March: named as the holder in October, a conflict;
        // named in a past the text gives, none.
        let sitting = "South Korean President Sam Sitting spoke on Monday.";
        for past in [
            "Exports grew under South Korean President Lena Spring.",
            "Exports grew during the presidency of South Korean President Lena Spring.",
            "A wreath from the late South Korean President Lena Spring lay there.",
            "It was signed by then-South Korean President Lena Spring.",
            "It was signed by former South Korean President Lena Spring.",
            "In 2001, South Korean President Lena Spring signed the pact.",
            "Max Moe was South Korean President Lena Spring's envoy from 2000 to 2002.",
        ] {
            let got = findings(past, sitting);
            assert!(!got.iter().any(|(_, c)| *c == Code::OfficeHolderConflict), "{past}: {got:?}");
        }
    }

    #[test]
    fn an_acting_holder_stands_in_for_the_holder_and_is_a_rival_only_to_another_acting_holder() {
        let sitting = "South Korean President Sam Sitting spoke on Monday.";
        let got = findings("Acting South Korean President Pat Nobody spoke on Monday.", sitting);
        assert!(!got.iter().any(|(_, c)| *c == Code::OfficeHolderConflict), "{got:?}");
        let other = "Acting South Korean President Max Moe spoke on Monday.";
        let got = findings("Acting South Korean President Pat Nobody spoke on Monday.", other);
        assert!(got.contains(&("a.txt".to_string(), Code::OfficeHolderConflict)), "{got:?}");
    }

    #[test]
    fn a_holder_who_left_within_the_year_or_a_stranger_is_still_compared_across_texts() {
        let sitting = "South Korean President Sam Sitting spoke on Monday.";
        let got = findings("South Korean President Lena Spring spoke on Monday.", sitting);
        assert!(got.contains(&("a.txt".to_string(), Code::OfficeHolderConflict)), "{got:?}");
        let got = findings("South Korean President Pat Nobody spoke on Monday.", sitting);
        assert!(got.contains(&("a.txt".to_string(), Code::OfficeHolderConflict)), "{got:?}");
    }

    #[test]
    fn an_outgoing_holder_is_judged_by_the_claim_files_not_against_other_texts() {
        let sitting = "South Korean President Sam Sitting spoke on Monday.";
        // Never the holder: the claim files say so, and the text naming the
        // sitting President is not drawn into the finding.
        let got =
            findings("Sam Sitting was sworn in as South Korean President, replacing the outgoing Pat Nobody.", sitting);
        assert!(got.contains(&("a.txt".to_string(), Code::LedgerHolderConflict)), "{got:?}");
        assert!(!got.iter().any(|(_, c)| *c == Code::OfficeHolderConflict), "{got:?}");
        // The holder handing over: nothing to report about the outgoing one.
        let got = findings("Outgoing South Korean President Sam Sitting spoke on Monday.", sitting);
        assert_eq!(got, []);
    }
}
