#![doc = include_str!("../../docs/checks/holder-name-misspelt.md")]

use std::collections::HashSet;

use super::ledger_holder_conflict::{person_name, tenure_evidence};
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use crate::claims::{ClaimSet, Person, Tenure};
use crate::names::{self, NameMatch};
use crate::normalise::OfficeClaim;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/holder-name-misspelt.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut reported: HashSet<(usize, String, String)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        let Some(tenure) = misspelt_holder(input.ledger, office) else { continue };
        let key = (claim.doc, tenure.office.clone(), names::person_key(&office.person));
        if !reported.insert(key) {
            continue;
        }
        let holder = person_name(input.ledger, &tenure.person);
        let when = office.as_of.map_or_else(String::new, |at| format!(" on {at}"));
        findings.push(Finding {
            code: Code::HolderNameMisspelt,
            severity: Code::HolderNameMisspelt.default_severity(),
            message: format!(
                "{} is named as {}{when}: likely a misspelling of {holder}, whom the claim files have in that office",
                office.person,
                office_label(input.ledger, &tenure.office),
            ),
            evidence: vec![office_evidence(input, claim, office), tenure_evidence(input.ledger, tenure)],
        });
    }
}

/// The tenure of the holder whose name the claim's person likely misspells:
/// a holder at the claim's time (any holder of the office for a "former" or
/// "then" claim) whose name or alias is a near miss of the claim's name.
/// `None` when the claim's name is itself a name the claim files know.
pub(crate) fn misspelt_holder<'c>(ledger: &'c ClaimSet, office: &OfficeClaim) -> Option<&'c Tenure> {
    let office_id = office.office.as_deref()?;
    if office.person_id.is_some() || is_known_name(ledger, &office.person) {
        return None;
    }
    let tenures: Vec<&Tenure> = match office.as_of {
        Some(at) if office.qualifier.is_current() => ledger.holders(office_id, &at),
        Some(_) => ledger.tenures_of_office(office_id).iter().collect(),
        None => return None,
    };
    tenures.into_iter().find(|t| ledger.person(&t.person).is_some_and(|p| near_miss_of_person(&office.person, p)))
}

/// Whether `name` is a near miss of the person's name or one of their aliases
/// (and not the same name).
pub(crate) fn near_miss_of_person(name: &str, person: &Person) -> bool {
    let all = || std::iter::once(&person.name).chain(&person.aliases);
    !all().any(|n| names::compare_names(name, n) == NameMatch::Same)
        && all().any(|n| names::compare_names(name, n) == NameMatch::Near)
}

/// Whether the claim files know `name` as someone: a full name or alias, or
/// for one word, a family name.
pub(crate) fn is_known_name(ledger: &ClaimSet, name: &str) -> bool {
    let key = names::person_key(name);
    !ledger.people_named(&key).is_empty()
        || (!key.contains(' ') && names::surname_key(name).is_some_and(|s| !ledger.people_with_surname(&s).is_empty()))
}
