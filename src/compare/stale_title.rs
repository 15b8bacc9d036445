#![doc = include_str!("../../docs/checks/stale-title.md")]

use std::collections::HashSet;

use jiff::ToSpan;

use super::ledger_holder_conflict::{Named, tenure_evidence};
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use crate::claims::{ClaimSet, Tenure};
use crate::normalise::OfficeClaim;
use crate::span::Span;
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/stale-title.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut reported: HashSet<(usize, &str, &str)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        let (Some(office_id), Some(at)) = (office.office.as_deref(), office.as_of) else { continue };
        let text = input.documents[claim.doc].text.as_str();
        let Some(past) = stale_tenure(input.ledger, office, office_id, &at, text, claim.span) else { continue };
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

/// The tenure that makes a current claim a stale title: the claim names no
/// holder of the office at `at`, its person held that office in a tenure
/// that ended more than a year before the first day of `at`, holds no
/// office then, and the text frames the mention in the past
/// ([`historical_frame`]).
pub(crate) fn stale_tenure<'c>(
    ledger: &'c ClaimSet,
    office: &OfficeClaim,
    office_id: &str,
    at: &DateValue,
    text: &str,
    span: Span,
) -> Option<&'c Tenure> {
    if !office.qualifier.is_current() {
        return None;
    }
    let held: Vec<&Tenure> = Named::of(ledger, office).tenures_in(ledger, office_id);
    if held.iter().any(|t| t.overlaps(at)) {
        return None;
    }
    let cutoff = at.first_day().checked_sub(1.year()).ok()?;
    let last = held.into_iter().filter(|t| t.end.is_some()).max_by_key(|t| t.end.map(|e| e.last_day()))?;
    // A person in another office at the time ("Home Secretary Jack Straw"
    // while he was Foreign Secretary) is under the wrong title: a conflict.
    let in_office_then = ledger.tenures_of_person(&last.person).iter().any(|t| t.overlaps(at));
    let end = last.end?.last_day();
    (end < cutoff && !in_office_then && historical_frame(text, span, end.year())).then_some(last)
}

/// Whether the text places a mention in the past: "under President Clinton"
/// (a time of office), a possessive naming the holder's administration
/// ("President Carter's White House"), or a year no later than the tenure's
/// end in the same sentence ("in 1968 … President Ronald Reagan"). Without
/// one, "President Boris Johnson said" is a present claim and a conflict.
fn historical_frame(text: &str, span: Span, end_year: i16) -> bool {
    let before = text[..span.start].trim_end();
    let word_before = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let after = &text[span.end..];
    if word_before.eq_ignore_ascii_case("under") || after.starts_with("'s") || after.starts_with("’s") {
        return true;
    }
    let sentence = crate::sentence::sentence(text, span).text(text);
    sentence
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i16>().ok())
        .any(|y| (1800..=end_year).contains(&y))
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
tenures:
  - {person: old-hand, office: us.secretary-of-commerce, start: 1990-01-01, end: 1999-01-01}
  - {person: last-spring, office: us.secretary-of-commerce, start: 1999-01-01, end: 2004-03-01}
  - {person: sitting, office: us.secretary-of-commerce, start: 2004-03-02}
  - {person: max-moved, office: us.secretary-of-commerce, start: 1980-01-01, end: 1985-01-01}
  - {person: max-moved, office: us.chair-of-the-board, start: 2000-01-01}
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
        let got = findings("Exports grew under Secretary of Commerce Olga Hand in the nineties.");
        assert_eq!(got, [(Code::StaleTitle, Severity::Warning)]);
        let got = findings("The 1995 plan of Secretary of Commerce Olga Hand was bold.");
        assert_eq!(got, [(Code::StaleTitle, Severity::Warning)]);
        let got = findings("Aides to Secretary of Commerce Olga Hand's team wrote it.");
        assert_eq!(got, [(Code::StaleTitle, Severity::Warning)]);
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
        // No time frame: a stale title, reported as the error it is.
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
