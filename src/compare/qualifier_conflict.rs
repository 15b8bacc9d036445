#![doc = include_str!("../../docs/checks/qualifier-conflict.md")]

use super::ledger_holder_conflict::{is_holder, tenure_evidence};
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use crate::extract::office::Qualifier;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/qualifier-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    for (claim, office) in office_claims(input.claims) {
        if office.qualifier != Qualifier::Former {
            continue;
        }
        let (Some(office_id), Some(at)) = (office.office.as_deref(), office.as_of) else { continue };
        // In office on every day of the publication date: "former" is wrong.
        let sitting = input.ledger.tenures_of_office(office_id).iter().find(|t| {
            is_holder(input.ledger, t, office)
                && t.start.first_day() <= at.first_day()
                && t.end.is_none_or(|end| end.last_day() > at.last_day())
        });
        let Some(tenure) = sitting else { continue };
        findings.push(Finding {
            code: Code::QualifierConflict,
            severity: Code::QualifierConflict.default_severity(),
            message: format!(
                "{} is called former {}, but holds that office on {at} (since {})",
                office.person,
                office_label(input.ledger, office_id),
                tenure.start,
            ),
            evidence: vec![office_evidence(input, claim, office), tenure_evidence(input.ledger, tenure)],
        });
    }
}
