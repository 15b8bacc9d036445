#![doc = include_str!("../../docs/checks/qualifier-conflict.md")]

use super::ledger_holder_conflict::{Named, tenure_evidence};
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use jiff::civil::Date;

use crate::claims::Tenure;
use crate::extract::office::Qualifier;
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/qualifier-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    for (claim, office) in office_claims(input.claims) {
        if office.qualifier != Qualifier::Former {
            continue;
        }
        let (Some(office_id), Some(at)) = (office.office.as_deref(), office.as_of) else { continue };
        // In office on every day of the publication date: "former" is wrong.
        // The last day of a tenure is a handover day, when "former" may
        // already be right; tenures that follow each other count together.
        let held: Vec<&Tenure> = Named::of(input.ledger, office).tenures_in(input.ledger, office_id);
        if !sitting_throughout(&held, &at) {
            continue;
        }
        let Some(tenure) = held.iter().find(|t| t.overlaps(&DateValue::Day(at.first_day()))) else { continue };
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

/// Whether the tenures hold the office on every day of `at`, each from the
/// first day its start may mean up to the day before its end (its last day
/// is a handover day). An open tenure of a file with a `current_to` holds
/// it only through that day: the files do not say the person is still in
/// office after it.
fn sitting_throughout(tenures: &[&Tenure], at: &DateValue) -> bool {
    let until = |t: &Tenure| match (&t.end, &t.current_to) {
        (Some(end), _) => Some(end.last_day()),
        (None, Some(_)) => Some(t.known_until().tomorrow().unwrap_or(Date::MAX)),
        (None, None) => None,
    };
    let mut spans: Vec<(Date, Option<Date>)> = tenures.iter().map(|t| (t.start.first_day(), until(t))).collect();
    spans.sort();
    let mut next = at.first_day();
    for (from, until) in spans {
        if from > next {
            break;
        }
        // Sitting up to, not on, the end day.
        match until {
            None => return true,
            Some(end) if end > at.last_day() => return true,
            Some(end) => next = next.max(end),
        }
    }
    false
}
