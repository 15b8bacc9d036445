#![doc = include_str!("../../docs/checks/unconfirmed-holder.md")]

use std::collections::HashSet;

use super::ledger_holder_conflict::Named;
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};

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
        let why = match (office.office.as_deref(), office.as_of) {
            (None, _) => Some(format!("no office in the claim files has the title \"{}\"", office.title)),
            (Some(id), Some(at)) if office.qualifier.is_current() => input
                .ledger
                .holders(id, &at)
                .is_empty()
                .then(|| format!("the claim files record no holder of {} on {at}", office_label(input.ledger, id))),
            (Some(id), _) if !office.qualifier.is_current() => {
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
