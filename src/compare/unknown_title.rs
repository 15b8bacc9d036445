#![doc = include_str!("../../docs/checks/unknown-title.md")]

use std::collections::HashSet;

use super::ledger_holder_conflict::tenure_evidence;
use super::{Code, Finding, Input, ledger_evidence, office_claims, office_evidence};
use crate::claims::{ClaimSet, Person};
use crate::extract::office::Post;
use crate::names;
use crate::normalise::OfficeClaim;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/unknown-title.md");

/// Titles that say a person's rank, not an office: "former Cabinet minister
/// Clare Short", "a government minister", "junior minister".
const RANK_TITLES: &[&str] = &["cabinet minister", "government minister", "junior minister", "senior minister"];

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut reported: HashSet<(usize, String, String)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        let Some(person) = known_holder_with_unknown_title(input.ledger, office) else { continue };
        let key = (claim.doc, person.id.clone(), names::title_key(&office.title));
        if !reported.insert(key) {
            continue;
        }
        let tenures: Vec<_> = input
            .ledger
            .tenures_of_person(&person.id)
            .into_iter()
            .filter(|t| office.as_of.is_none_or(|at| t.overlaps(&at)))
            .collect();
        let mut evidence = vec![office_evidence(input, claim, office)];
        let holds = if tenures.is_empty() {
            evidence.push(ledger_evidence(
                &person.origin,
                person.name.clone(),
                person.name.clone(),
                vec![("person", person.name.clone()), ("id", person.id.clone())],
            ));
            String::new()
        } else {
            let offices: Vec<String> = tenures.iter().map(|t| super::office_label(input.ledger, &t.office)).collect();
            evidence.extend(tenures.iter().map(|t| tenure_evidence(input.ledger, t)));
            format!("; they have {} as {} then", person.name, offices.join(" and "))
        };
        let country = office
            .jurisdiction
            .as_deref()
            .map(|c| input.ledger.jurisdiction_name(c))
            .map_or_else(String::new, |c| format!("{c} "));
        findings.push(Finding {
            code: Code::UnknownTitle,
            severity: Code::UnknownTitle.default_severity(),
            message: format!(
                "{} is named as \"{}\", but no {country}office in the claim files has that title{holds}",
                office.person, office.title,
            ),
            evidence,
        });
    }
}

/// The known person of an office-of-state claim whose title no office has
/// (in the claim's country, if it names one), if the title names a portfolio
/// and the claim files have the person in an office at the claim's time (at
/// any time, for a claim with no date): only then do they know what the
/// person was. A person they know from other years may hold a post they do
/// not record ("UN Secretary-General António Guterres", once Portugal's
/// prime minister).
pub(crate) fn known_holder_with_unknown_title<'c>(ledger: &'c ClaimSet, office: &OfficeClaim) -> Option<&'c Person> {
    if office.office.is_some() || office.post != Post::State {
        return None;
    }
    let key = names::title_key(&office.title);
    // A title that names no portfolio is a short mention's, not a mistitle.
    if crate::vocab::titles::is_bare_head(&key)
        || RANK_TITLES.contains(&key.as_str())
        || !ledger.offices_titled(&key, office.jurisdiction.as_deref(), None).is_empty()
    {
        return None;
    }
    let person = office.person_id.as_deref().and_then(|id| ledger.person(id))?;
    let in_office = ledger.tenures_of_person(&person.id).iter().any(|t| office.as_of.is_none_or(|at| t.overlaps(&at)));
    in_office.then_some(person)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::office::Qualifier;

    fn claim(title: &str) -> OfficeClaim {
        OfficeClaim {
            person: "Rae Stone".into(),
            person_id: Some("rae-stone".into()),
            title: title.into(),
            office: None,
            jurisdiction: None,
            qualifier: Qualifier::Former,
            post: Post::State,
            as_of: None,
            resolved_from: None,
        }
    }

    #[test]
    fn a_rank_is_not_an_unknown_title_but_a_made_up_portfolio_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - {id: uk.minister-for-sport, jurisdiction: UK, name: Minister for Sport}\npeople:\n  - {id: rae-stone, name: Rae Stone}\ntenures:\n  - {person: rae-stone, office: uk.minister-for-sport, start: 1999-01-01, end: 2001-01-01}\n",
        )
        .unwrap();
        let ledger = crate::claims::load(&[path]).unwrap();
        assert!(known_holder_with_unknown_title(&ledger, &claim("Cabinet minister")).is_none());
        assert!(known_holder_with_unknown_title(&ledger, &claim("government minister")).is_none());
        assert!(known_holder_with_unknown_title(&ledger, &claim("Weather Minister")).is_some());
        // Dated: only while the claim files have her in an office.
        let at = |d: &str| OfficeClaim {
            as_of: Some(crate::time::DateValue::parse(d).unwrap()),
            ..claim("Weather Minister")
        };
        assert!(known_holder_with_unknown_title(&ledger, &at("2000-06-01")).is_some());
        assert!(known_holder_with_unknown_title(&ledger, &at("2010-06-01")).is_none());
    }
}
