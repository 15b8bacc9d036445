#![doc = include_str!("../../docs/checks/unconfirmed-holder.md")]

use std::collections::HashSet;

use super::ledger_holder_conflict::{Named, person_name};
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use crate::claims::{Tenure, covers, covers_if_still_current};
use crate::extract::office::Qualifier;
use crate::normalise::{Era, OfficeClaim};
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/unconfirmed-holder.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut seen: HashSet<(usize, String)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        // Reported as warnings by their own checks.
        if super::unknown_title::known_holder_with_unknown_title(input.ledger, office).is_some()
            || super::holder_name_misspelt::misspelt_holder(input.ledger, office).is_some()
        {
            continue;
        }
        // A holder at a known time: a current title in the present, or a
        // current or "then-" title in a past the text gives the time of.
        let holder_then = match office.era {
            Era::Past { at: Some(_), .. } => office.qualifier.is_current() || office.qualifier == Qualifier::Then,
            Era::Past { at: None, .. } => false,
            Era::Present | Era::Ended { .. } => office.qualifier.is_current(),
        };
        let why = match (office.office.as_deref(), office.speaks_of()) {
            (None, _) => Some(match (office.jurisdiction.as_deref(), office.jurisdiction_from) {
                // The context placed it: another country's office of that title is not it.
                (Some(code), Some(from)) => format!(
                    "no {} office in the claim files has the title \"{}\" (the country from the {})",
                    input.ledger.jurisdiction_name(code),
                    office.title,
                    from.name()
                ),
                _ => format!("no office in the claim files has the title \"{}\"", office.title),
            }),
            (Some(id), Some(at)) if holder_then => {
                let holders = input.ledger.holders(id, &at);
                if holders.is_empty() {
                    Some(format!("the claim files record no holder of {} on {at}", office_label(input.ledger, id)))
                } else {
                    past_current_to(input, office, id, &at, &holders)
                }
            }
            (Some(id), _) if !holder_then => {
                let held = !Named::of(input.ledger, office).tenures_in(input.ledger, id).is_empty();
                (!held).then(|| {
                    format!(
                        "the claim files record no tenure of {} as {}",
                        office.person,
                        office_label(input.ledger, id)
                    )
                })
            }
            _ => None,
        };
        let Some(why) = why else { continue };
        // One note per person and reason in a document is enough.
        if !seen.insert((claim.doc, why.clone())) {
            continue;
        }
        findings.push(Finding {
            code: Code::UnconfirmedHolder,
            severity: Code::UnconfirmedHolder.default_severity(),
            message: format!("{} as {}: {why}", office.person, office.title),
            evidence: vec![office_evidence(input, claim, office)],
        });
    }
}

/// Why a current-holder claim about a time after the claim files'
/// `current_to` is neither confirmed nor contradicted: the files' open
/// tenures name someone else, but only up to that day (the world may have
/// changed since). `None` when the claim is confirmed, contradicted, or
/// reported by another check (a stale title).
fn past_current_to(
    input: &Input<'_>,
    office: &OfficeClaim,
    office_id: &str,
    at: &DateValue,
    holders: &[&Tenure],
) -> Option<String> {
    let named = Named::of(input.ledger, office);
    if holders.iter().any(|t| named.holds(t)) || covers(holders, at) || !covers_if_still_current(holders, at) {
        return None;
    }
    if super::stale_title::stale_tenure(input.ledger, office, office_id).is_some() {
        return None;
    }
    let open: Vec<&Tenure> = holders.iter().copied().filter(|t| t.end.is_none() && t.current_to.is_some()).collect();
    let current_to = open.iter().filter_map(|t| t.current_to).min_by_key(DateValue::first_day)?;
    let names: Vec<String> = open.iter().map(|t| person_name(input.ledger, &t.person)).collect();
    Some(format!(
        "the claim files are current to {current_to}, when {} held {}; they cannot tell who held it on {at}",
        names.join(" and "),
        office_label(input.ledger, office_id)
    ))
}
