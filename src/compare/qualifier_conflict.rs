#![doc = include_str!("../../docs/checks/qualifier-conflict.md")]

use super::ledger_holder_conflict::{Named, tenure_evidence};
use super::{Code, Finding, Input, office_claims, office_evidence, office_label};
use jiff::civil::Date;

use crate::claims::Tenure;
use crate::extract::office::Qualifier;
use crate::normalise::Era;
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/qualifier-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    for (claim, office) in office_claims(input.claims) {
        // What the text calls them, as it leads the title.
        let word = match office.qualifier {
            Qualifier::Former => "former ",
            Qualifier::Then if written_then(input, claim) => "then-",
            _ => continue,
        };
        let (Some(office_id), Some(at)) = (office.office.as_deref(), office.as_of) else { continue };
        // In office on every day of the publication date: "former" is wrong.
        // The last day of a tenure is a handover day, when "former" may
        // already be right; tenures that follow each other count together.
        let held: Vec<&Tenure> = Named::of(input.ledger, office).tenures_in(input.ledger, office_id);
        if !sitting_throughout(&held, &at) {
            continue;
        }
        if let Era::Past { at: Some(then), .. } = office.era {
            let right_of_then = match office.qualifier {
                // "In 2022, former President X …": right of the time the
                // text gives, whatever the person holds when it is published.
                Qualifier::Former => !sitting_throughout(&held, &then),
                // "In 2007, then-Prime Minister X …" of someone in office
                // again, after a gap: right of that earlier term.
                _ => !sitting_throughout(&held, &DateValue::span(then, at)),
            };
            if right_of_then {
                continue;
            }
        }
        let Some(tenure) = held.iter().find(|t| t.overlaps(&DateValue::Day(at.first_day()))) else { continue };
        // "Former Defence Minister X returned to the post": former until the return.
        if office.qualifier == Qualifier::Former && tells_of_a_return(input, claim) {
            continue;
        }
        findings.push(Finding {
            code: Code::QualifierConflict,
            severity: Code::QualifierConflict.default_severity(),
            message: format!(
                "{} is called {word}{}, but holds that office on {at} (since {})",
                office.person,
                office_label(input.ledger, office_id),
                tenure.start,
            ),
            evidence: vec![office_evidence(input, claim, office), tenure_evidence(input.ledger, tenure)],
        });
    }
}

/// Whether the mention is written "then-President X", which says the
/// person no longer holds the office. "X, who served as president" says
/// only that they held it, and "then President X" may be the adverb ("and
/// then President X spoke").
fn written_then(input: &Input<'_>, claim: &crate::normalise::Claim) -> bool {
    let text = input.documents[claim.doc].text.excerpt(claim.span).unwrap_or("");
    crate::extract::office::opening_then(text) == Some(crate::extract::office::ThenForm::Hyphen)
}

/// Words that tell of a return to office: a person "former" before it
/// ("Former President X returned to the White House", "Former Defence
/// Minister X was reappointed") holds the office again after it.
const RETURN_WORDS: &[&str] = &[
    "again",
    "comeback",
    "reappointed",
    "re-appointed",
    "re-elected",
    "reelected",
    "reinstated",
    "return",
    "returned",
    "returning",
    "returns",
];

/// Whether the sentence of the mention tells of a return to office.
fn tells_of_a_return(input: &Input<'_>, claim: &crate::normalise::Claim) -> bool {
    let doc = &input.documents[claim.doc];
    // A text released from memory is read again: "former" of a sitting holder is rare.
    let Ok(text) = doc.text.read(&doc.path) else { return false };
    let sentence = crate::sentence::sentence(&text, claim.span);
    let words = text[sentence.start..sentence.end].split(|c: char| !(c.is_alphanumeric() || c == '-'));
    words.filter(|w| !w.is_empty()).any(|w| RETURN_WORDS.iter().any(|r| r.eq_ignore_ascii_case(w)))
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

#[cfg(test)]
mod tests {
    use crate::claims;
    use crate::compare::{Code, Options};
    use crate::load::Document;
    use crate::span::Span;
    use crate::time::DateValue;

    /// The codes of the findings on one text of 2004-10-01 about a President
    /// who served from 1990 to 1995 and again since 2003.
    fn codes(text: &str) -> Vec<Code> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - {id: kr.president, jurisdiction: KR, name: President}\npeople:\n  - {id: twice, name: Tom Twice}\n  - {id: between, name: Bea Between}\ntenures:\n  - {person: twice, office: kr.president, start: 1990-01-01, end: 1995-01-01}\n  - {person: between, office: kr.president, start: 1995-01-01, end: 2003-01-01}\n  - {person: twice, office: kr.president, start: 2003-01-01}\n",
        )
        .unwrap();
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
        let run = crate::check::check(vec![doc], &claims::load(&[path]).unwrap(), &Options::default());
        run.comparison.findings.iter().map(|f| f.code).collect()
    }

    #[test]
    fn former_is_judged_at_the_time_the_text_gives_as_well() {
        // Sitting now, but out of office in 1998: "former" is right of then.
        assert!(
            !codes("In 1998, former South Korean President Tom Twice toured Asia.").contains(&Code::QualifierConflict)
        );
        // Sitting now and in 1992: wrong either way.
        assert!(
            codes("In 1992, former South Korean President Tom Twice toured Asia.").contains(&Code::QualifierConflict)
        );
        assert!(codes("Former South Korean President Tom Twice toured Asia.").contains(&Code::QualifierConflict));
    }

    #[test]
    fn former_before_a_return_to_office_is_right() {
        for text in [
            "Former South Korean President Tom Twice returned to the Blue House.",
            "Former South Korean President Tom Twice was re-elected and took office again.",
        ] {
            assert!(!codes(text).contains(&Code::QualifierConflict), "{text}");
        }
        // A return to something else still leaves "former" wrong of a sitting president.
        assert!(codes("Former South Korean President Tom Twice toured Asia.").contains(&Code::QualifierConflict));
    }

    #[test]
    fn then_says_the_person_no_longer_holds_the_office() {
        // Sitting in 2004, in the term that began in 2003.
        assert!(codes("Then-South Korean President Tom Twice toured Asia.").contains(&Code::QualifierConflict));
        assert!(
            codes("In 2003, then-South Korean President Tom Twice toured Asia.").contains(&Code::QualifierConflict)
        );
        // Of the earlier term: out of office in between, so "then" is right.
        assert!(
            !codes("In 1992, then-South Korean President Tom Twice toured Asia.").contains(&Code::QualifierConflict)
        );
        // "then" as an adverb is no qualifier of the title.
        assert!(
            !codes("The envoy spoke, and then South Korean President Tom Twice toured Asia.")
                .contains(&Code::QualifierConflict)
        );
        // Having served says nothing of now.
        assert!(
            !codes("Tom Twice, who served as South Korean president, toured Asia.").contains(&Code::QualifierConflict)
        );
    }
}
