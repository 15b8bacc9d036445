#![doc = include_str!("../../docs/checks/stale-title.md")]

use std::collections::HashSet;

use super::ledger_holder_conflict::{Named, tenure_evidence};
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use crate::claims::{ClaimSet, Tenure};
use crate::normalise::{Era, OfficeClaim};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/stale-title.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut reported: HashSet<(usize, &str, &str)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        let (Some(office_id), Some(at)) = (office.office.as_deref(), office.as_of) else { continue };
        let Some(past) = stale_tenure(input.ledger, office, office_id) else { continue };
        if !reported.insert((claim.doc, office_id, office.person.as_str())) {
            continue;
        }
        let end = past.end.map_or_else(String::new, |e| e.to_string());
        let mut evidence = vec![office_evidence(input, claim, office), tenure_evidence(input.ledger, past)];
        evidence.extend(input.ledger.holders(office_id, &at).into_iter().map(|t| tenure_evidence(input.ledger, t)));
        findings.push(Finding {
            code: Code::StaleTitle,
            severity: Code::StaleTitle.default_severity(),
            message: format!(
                "{} is named as {} with no \"former\" on {at}, but left that office on {end}: a historical mention should say so, or the title is stale",
                office.person,
                office_label(input.ledger, office_id),
            ),
            evidence,
        });
    }
}

/// The tenure that makes a claim a stale title: the claim's era is
/// [`Era::Ended`] with a weak cue in the text (a possessive, a past year
/// in the sentence) — the claim files have the person gone from the office
/// for more than a year, and the text may or may not speak of the past —
/// and the person holds no office the claim files record at the
/// publication date (someone in another office then is under the wrong
/// title: a conflict). The tenure is their last in the office.
pub(crate) fn stale_tenure<'c>(ledger: &'c ClaimSet, office: &OfficeClaim, office_id: &str) -> Option<&'c Tenure> {
    let Era::Ended { cue: Some(_), .. } = office.era else { return None };
    let at = office.as_of?;
    let held: Vec<&Tenure> = Named::of(ledger, office).tenures_in(ledger, office_id);
    let last = held.into_iter().filter(|t| t.end.is_some()).max_by_key(|t| t.end.map(|e| e.last_day()))?;
    let in_office_then = ledger.tenures_of_person(&last.person).iter().any(|t| t.overlaps(&at));
    (!in_office_then).then_some(last)
}

#[cfg(test)]
mod tests {
    use crate::claims::{self, ClaimSet};
    use crate::compare::{Code, Options, Severity};
    use crate::load::Document;
    use crate::span::Span;
    use crate::time::DateValue;

    /// A secretary's office with three holders: one long gone, one who left
    /// last spring, one sitting.
    fn ledger(dir: &std::path::Path) -> ClaimSet {
        let path = dir.join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1
offices:
  - id: us.secretary-of-commerce
    jurisdiction: US
    name: Secretary of Commerce
  - id: us.chair-of-the-board
    jurisdiction: US
    name: Chair of the Board
people:
  - {id: old-hand, name: Olga Hand}
  - {id: last-spring, name: Lena Spring}
  - {id: sitting, name: Sam Sitting}
  - {id: max-moved, name: Max Moved}
  - {id: ida-early, name: Ida Early}
tenures:
  - {person: old-hand, office: us.secretary-of-commerce, start: 1990-01-01, end: 1999-01-01}
  - {person: last-spring, office: us.secretary-of-commerce, start: 1999-01-01, end: 2004-03-01}
  - {person: sitting, office: us.secretary-of-commerce, start: 2004-03-02}
  - {person: max-moved, office: us.secretary-of-commerce, start: 1980-01-01, end: 1985-01-01}
  - {person: max-moved, office: us.chair-of-the-board, start: 2000-01-01}
  - {person: ida-early, office: us.secretary-of-commerce, start: 1970-01-01, end: 1975-01-01}
",
        )
        .unwrap();
        claims::load(&[path]).unwrap()
    }

    fn findings(text: &str) -> Vec<(Code, Severity)> {
        let dir = tempfile::tempdir().unwrap();
        let doc = Document {
            path: "a.txt".into(),
            text: text.into(),
            body: Span::new(0, text.len()),
            published: Some(DateValue::parse("2004-10-01").unwrap()),
            published_from: None,
            outlet: None,
            url: None,
            title: None,
        };
        let run = crate::check::check(vec![doc], &ledger(dir.path()), &Options::default());
        run.comparison.findings.iter().filter(|f| f.severity > Severity::Info).map(|f| (f.code, f.severity)).collect()
    }

    #[test]
    fn a_holder_gone_for_years_under_the_bare_title_is_a_stale_title_warning() {
        let got = findings("The 1995 plan of Secretary of Commerce Olga Hand was bold.");
        assert_eq!(got, [(Code::StaleTitle, Severity::Warning)]);
        let got = findings("Aides to Secretary of Commerce Olga Hand's team wrote it.");
        assert_eq!(got, [(Code::StaleTitle, Severity::Warning)]);
    }

    #[test]
    fn a_mention_the_text_places_in_the_past_is_no_stale_title() {
        // The words say it: the title is the one she held then.
        assert!(findings("Exports grew under Secretary of Commerce Olga Hand in the nineties.").is_empty());
        assert!(findings("In 1995, Secretary of Commerce Olga Hand signed it.").is_empty());
        assert!(findings("A wreath from the late Secretary of Commerce Olga Hand lay there.").is_empty());
    }

    #[test]
    fn a_holder_gone_for_a_generation_is_history_whatever_the_tense() {
        // 29 years gone: no conflict and no stale title.
        assert!(findings("As the slump deepened, Secretary of Commerce Ida Early steered a law through.").is_empty());
        // 19 years gone: still judged.
        assert!(!findings("Secretary of Commerce Max Moved said on Monday that exports rose.").is_empty());
    }

    #[test]
    fn a_holder_gone_within_the_year_is_still_a_conflict() {
        let got = findings("Secretary of Commerce Lena Spring said on Monday that rates would rise.");
        assert_eq!(got, [(Code::LedgerHolderConflict, Severity::Error)]);
    }

    #[test]
    fn a_one_day_gap_in_the_record_does_not_excuse_a_wrong_name_over_a_long_period() {
        // Lena Spring left on 2004-03-01; Sam Sitting starts a day later. A
        // stranger named over all of 2004 is wrong on every day of it.
        let dir = tempfile::tempdir().unwrap();
        let ledger = ledger(dir.path());
        let text = "Secretary of Commerce Pat Nobody said";
        let doc = Document {
            path: "b.txt".into(),
            text: text.into(),
            body: Span::new(0, text.len()),
            published: Some(DateValue::parse("2004").unwrap()),
            published_from: None,
            outlet: None,
            url: None,
            title: None,
        };
        let run = crate::check::check(vec![doc], &ledger, &Options::default());
        let codes: Vec<Code> = run.comparison.findings.iter().map(|f| f.code).collect();
        assert_eq!(codes, [Code::LedgerHolderConflict]);
    }

    #[test]
    fn a_past_holder_under_the_bare_title_in_the_present_is_a_conflict() {
        // No time era: a stale title, reported as the error it is.
        let got = findings("Secretary of Commerce Olga Hand said on Monday that exports rose.");
        assert_eq!(got, [(Code::LedgerHolderConflict, Severity::Error)]);
    }

    #[test]
    fn a_past_holder_in_another_office_at_the_time_is_still_a_conflict() {
        // Max Moved left in 1985 and chairs the board (another office) since 2000.
        let got = findings("Secretary of Commerce Max Moved said on Monday that exports rose.");
        assert!(got.contains(&(Code::LedgerHolderConflict, Severity::Error)), "{got:?}");
        assert!(!got.iter().any(|(c, _)| *c == Code::StaleTitle), "{got:?}");
    }

    #[test]
    fn former_holders_and_the_sitting_holder_raise_nothing() {
        assert!(findings("former Secretary of Commerce Olga Hand said").is_empty());
        assert!(findings("Secretary of Commerce Sam Sitting said").is_empty());
    }
}
