#![doc = include_str!("../../docs/checks/office-holder-conflict.md")]

use std::collections::BTreeMap;

use super::{Code, Corroboration, Finding, Input, office_claims, office_evidence, office_label};
use crate::claims::ClaimSet;
use crate::names;
use crate::normalise::{Claim, OfficeClaim};
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/office-holder-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    // office id → the first claim of each (document, person), in claim order.
    let mut groups: BTreeMap<&str, Vec<(&Claim, &OfficeClaim)>> = BTreeMap::new();
    for (claim, office) in office_claims(input.claims) {
        let Some(id) = office.office.as_deref() else { continue };
        if !office.qualifier.is_current() || office.as_of.is_none() {
            continue;
        }
        if !input.ledger.office(id).is_some_and(|o| o.single_holder) {
            continue;
        }
        let group = groups.entry(id).or_default();
        if !group.iter().any(|(c, o)| c.doc == claim.doc && same_person(o, office)) {
            group.push((claim, office));
        }
    }
    let window = input.options.holder_window_days;
    for (office_id, group) in &groups {
        let mut agreeing: Vec<String> = Vec::new();
        for (i, (ca, a)) in group.iter().enumerate() {
            for (cb, b) in &group[i + 1..] {
                if ca.doc == cb.doc || !near(a.as_of, b.as_of, window) {
                    continue;
                }
                if same_person(a, b) {
                    let key = names::person_key(&a.person);
                    if !agreeing.contains(&key) {
                        agreeing.push(key);
                    }
                    continue;
                }
                if handover_explains(input.ledger, office_id, a, b) || near_miss(input.ledger, a, b) {
                    continue;
                }
                let (first, second) = ordered(input, (ca, a), (cb, b));
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

/// Whether two claims name the same person.
pub(crate) fn same_person(a: &OfficeClaim, b: &OfficeClaim) -> bool {
    match (&a.person_id, &b.person_id) {
        (Some(x), Some(y)) => x == y,
        _ => names::person_key(&a.person) == names::person_key(&b.person),
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
