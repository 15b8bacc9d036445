#![doc = include_str!("../../docs/checks/ledger-holder-conflict.md")]

use super::{Code, Corroboration, Finding, Input, ledger_evidence, office_claims, office_evidence, office_label};
use jiff::civil::Date;

use crate::claims::{ClaimSet, Tenure};
use crate::names;
use crate::normalise::OfficeClaim;
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/ledger-holder-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let mut reported: Vec<(usize, &str, String)> = Vec::new();
    for (claim, office) in office_claims(input.claims) {
        let (Some(office_id), Some(at)) = (office.office.as_deref(), office.as_of) else { continue };
        if !office.qualifier.is_current() {
            continue;
        }
        let holders = input.ledger.holders(office_id, &at);
        if holders.is_empty() {
            continue;
        }
        if holders.iter().any(|t| is_holder(input.ledger, t, office)) {
            corroboration.confirmed_by_claim_files += 1;
            continue;
        }
        // A misspelling of the holder's name is reported as such, not as another holder.
        if super::holder_name_misspelt::misspelt_holder(input.ledger, office).is_some()
            || super::stale_title::stale_tenure(
                input.ledger,
                office,
                office_id,
                &at,
                input.documents[claim.doc].text.as_str(),
                claim.span,
            )
            .is_some()
        {
            // A misspelt holder, or a past holder under an old title: reported by their own checks.
            continue;
        }
        // A moment the claim files record no holder at could be the claim's
        // moment: only a date the others' tenures fill is a contradiction.
        if !covers(&holders, &at) {
            continue;
        }
        let key = (claim.doc, office_id, names::person_key(&office.person));
        if reported.contains(&key) {
            continue;
        }
        reported.push(key);
        let mut evidence = vec![office_evidence(input, claim, office)];
        evidence.extend(holders.iter().map(|t| tenure_evidence(input.ledger, t)));
        let names: Vec<String> = holders.iter().map(|t| person_name(input.ledger, &t.person)).collect();
        findings.push(Finding {
            code: Code::LedgerHolderConflict,
            severity: Code::LedgerHolderConflict.default_severity(),
            message: format!(
                "{} is named as {} on {at}, but the claim files have {} in that office then",
                office.person,
                office_label(input.ledger, office_id),
                names.join(" and "),
            ),
            evidence,
        });
    }
}

/// A gap of at most this many days between one holder's end and the next
/// holder's start is a reshuffle recorded a little apart, not a time when
/// nobody held the office: it does not excuse a wrong name for a long period.
const HANDOVER_GAP_DAYS: i32 = 7;

/// Whether the tenures together cover every day of `at` (a tenure covers
/// every day from the first its start may mean to the last its end may),
/// counting handover gaps of up to [`HANDOVER_GAP_DAYS`] as covered.
pub(crate) fn covers(tenures: &[&Tenure], at: &DateValue) -> bool {
    let mut spans: Vec<(Date, Date)> =
        tenures.iter().map(|t| (t.start.first_day(), t.end.map_or(Date::MAX, |e| e.last_day()))).collect();
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

/// Whether tenure `t` is of the person the claim names.
pub(crate) fn is_holder(ledger: &ClaimSet, t: &Tenure, claim: &OfficeClaim) -> bool {
    if let Some(id) = &claim.person_id {
        return *id == t.person;
    }
    let key = names::person_key(&claim.person);
    ledger
        .person(&t.person)
        .is_some_and(|p| names::person_key(&p.name) == key || p.aliases.iter().any(|a| names::person_key(a) == key))
}

pub(crate) fn person_name(ledger: &ClaimSet, id: &str) -> String {
    ledger.person(id).map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// The evidence for a claim-file tenure.
pub(crate) fn tenure_evidence(ledger: &ClaimSet, t: &Tenure) -> super::Evidence {
    let name = person_name(ledger, &t.person);
    let end = t.end.map_or_else(|| "(in office)".to_string(), |d| d.to_string());
    let mut fields = vec![
        ("person", name.clone()),
        ("office", t.office.clone()),
        ("jurisdiction", ledger.office(&t.office).map(|o| o.jurisdiction.clone()).unwrap_or_default()),
        ("qualifier", "current".to_string()),
        ("from", t.start.to_string()),
        ("until", end.clone()),
    ];
    if let Some(source) = &t.source {
        fields.push(("source", source.clone()));
    }
    let text = format!("{name}, {}, {} – {end}", office_label(ledger, &t.office), t.start);
    ledger_evidence(&t.origin, text, format!("{name} ({})", office_label(ledger, &t.office)), fields)
}
