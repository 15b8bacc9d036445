#![doc = include_str!("../../docs/checks/office-holder-conflict.md")]

use std::collections::{BTreeMap, BTreeSet};

use super::{Code, Corroboration, Finding, Input, office_claims, office_evidence, office_label};
use crate::claims::ClaimSet;
use crate::names;
use crate::normalise::{Claim, OfficeClaim};
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/office-holder-conflict.md");

/// One current-holder claim in an office's group, with its identity keys
/// computed once.
struct Entry<'a> {
    claim: &'a Claim,
    office: &'a OfficeClaim,
    /// The person's name key (order, case and accents folded).
    key: String,
}

impl Entry<'_> {
    /// Whether two entries name the same person: by the claim files' id when
    /// both have one, else by name key.
    fn same_person(&self, other: &Entry<'_>) -> bool {
        match (&self.office.person_id, &other.office.person_id) {
            (Some(x), Some(y)) => x == y,
            _ => self.key == other.key,
        }
    }
}

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    // office id → the first claim of each (document, person), in claim order.
    let mut groups: BTreeMap<&str, Vec<Entry<'_>>> = BTreeMap::new();
    let mut seen: BTreeSet<(&str, usize, String)> = BTreeSet::new();
    for (claim, office) in office_claims(input.claims) {
        let Some(id) = office.office.as_deref() else { continue };
        if !office.qualifier.is_current() || office.as_of.is_none() {
            continue;
        }
        if !input.ledger.office(id).is_some_and(|o| o.single_holder) {
            continue;
        }
        let key = names::person_key(&office.person);
        let identity = office.person_id.clone().unwrap_or_else(|| key.clone());
        // The same person twice in one text is one claim; by id when both
        // are known, else by name key — both kinds of identity are recorded.
        if seen.contains(&(id, claim.doc, identity.clone())) || seen.contains(&(id, claim.doc, key.clone())) {
            continue;
        }
        seen.insert((id, claim.doc, identity));
        seen.insert((id, claim.doc, key.clone()));
        groups.entry(id).or_default().push(Entry { claim, office, key });
    }
    let window = input.options.holder_window_days;
    for (office_id, group) in &mut groups {
        // By publication date, so each claim meets only those within the window.
        group.sort_by_key(|e| e.office.as_of.map(|d| d.first_day()));
        let mut agreeing: BTreeSet<&str> = BTreeSet::new();
        for (i, a) in group.iter().enumerate() {
            let a_first = a.office.as_of.map(|d| d.first_day());
            for b in &group[i + 1..] {
                let b_first = b.office.as_of.map(|d| d.first_day());
                if let (Some(x), Some(y)) = (a_first, b_first)
                    && (y - x).get_days() > window
                {
                    break;
                }
                if a.claim.doc == b.claim.doc || !near(a.office.as_of, b.office.as_of, window) {
                    continue;
                }
                if a.same_person(b) {
                    agreeing.insert(&a.key);
                    continue;
                }
                if handover_explains(input.ledger, office_id, a.office, b.office)
                    || near_miss(input.ledger, a.office, b.office)
                {
                    continue;
                }
                let (first, second) = ordered(input, (a.claim, a.office), (b.claim, b.office));
                let evidence =
                    vec![office_evidence(input, first.0, first.1), office_evidence(input, second.0, second.1)];
                findings.push(Finding {
                    code: Code::OfficeHolderConflict,
                    severity: Code::OfficeHolderConflict.default_severity(),
                    message: format!(
                        "{} and {} are both named as {} at overlapping times ({} and {})",
                        first.1.person,
                        second.1.person,
                        office_label(input.ledger, office_id),
                        first.1.as_of.map(|d| d.to_string()).unwrap_or_default(),
                        second.1.as_of.map(|d| d.to_string()).unwrap_or_default(),
                    ),
                    evidence,
                });
            }
        }
        corroboration.office_holders += agreeing.len();
    }
}

/// Whether one name is a likely misspelling of the other ("Hegsath" and
/// "Pete Hegseth"), unless the claim files know them as two people.
fn near_miss(ledger: &ClaimSet, a: &OfficeClaim, b: &OfficeClaim) -> bool {
    let known =
        |c: &OfficeClaim| c.person_id.is_some() || super::holder_name_misspelt::is_known_name(ledger, &c.person);
    if known(a) && known(b) {
        return false;
    }
    names::compare_names(&a.person, &b.person) == names::NameMatch::Near
        || names::compare_names(&b.person, &a.person) == names::NameMatch::Near
}

/// Whether two publication dates lie within `days` of each other whichever
/// moments of them the texts were published at. Uncertain dates (a year, an
/// interval) that allow moments further apart do not: the office may have
/// changed hands between those moments, so both texts can be right.
fn near(a: Option<DateValue>, b: Option<DateValue>, days: i32) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return false };
    let furthest = (b.last_day() - a.first_day()).get_days().max((a.last_day() - b.first_day()).get_days());
    furthest <= days
}

/// Whether the claim files record each person holding the office at the time
/// of their own claim: then the office changed hands between the two texts.
fn handover_explains(ledger: &ClaimSet, office: &str, a: &OfficeClaim, b: &OfficeClaim) -> bool {
    let held = |c: &OfficeClaim| {
        let Some(at) = c.as_of else { return false };
        ledger.holders(office, &at).iter().any(|t| {
            c.person_id.as_deref() == Some(t.person.as_str())
                || ledger.person(&t.person).is_some_and(|p| names::person_key(&p.name) == names::person_key(&c.person))
        })
    };
    held(a) && held(b)
}

/// The pair in report order: by path, then position.
fn ordered<'a>(
    input: &Input<'_>,
    a: (&'a Claim, &'a OfficeClaim),
    b: (&'a Claim, &'a OfficeClaim),
) -> ((&'a Claim, &'a OfficeClaim), (&'a Claim, &'a OfficeClaim)) {
    let key = |c: &Claim| (input.documents[c.doc].path.as_str(), c.span.start);
    if key(a.0) <= key(b.0) { (a, b) } else { (b, a) }
}
