#![doc = include_str!("../../docs/checks/unconfirmed-holder.md")]

use std::collections::HashSet;

use super::ledger_holder_conflict::Named;
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use crate::extract::office::Qualifier;
use crate::normalise::Era;

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
            (Some(id), Some(at)) if holder_then => input
                .ledger
                .holders(id, &at)
                .is_empty()
                .then(|| format!("the claim files record no holder of {} on {at}", office_label(input.ledger, id))),
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
