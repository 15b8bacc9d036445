#![doc = include_str!("../../docs/checks/ledger-holder-conflict.md")]

use std::collections::HashSet;

use super::{Code, Corroboration, Finding, Input, ledger_evidence, office_claims, office_evidence, office_label};
use crate::claims::{ClaimSet, Tenure, covers};
use crate::extract::office::Qualifier;
use crate::names;
use crate::normalise::{ClaimValue, Era, OfficeClaim};
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/ledger-holder-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let mut reported: HashSet<(usize, &str, String)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        let Some(office_id) = office.office.as_deref() else { continue };
        let dated_past = matches!(office.era, Era::Past { at: Some(_), .. });
        // A past the text gives no time for ("under President X") has no
        // time to judge it at: `unconfirmed-holder` notes a person the claim
        // files never had in the office.
        let Some(at) = office.speaks_of() else { continue };
        // A holder then: a current title, or "then-" with the time given.
        if !(office.qualifier.is_current() || dated_past && office.qualifier == Qualifier::Then) {
            continue;
        }
        let holders = input.ledger.holders(office_id, &at);
        if holders.is_empty() {
            continue;
        }
        let named = Named::of(input.ledger, office);
        if holders.iter().any(|t| named.holds(t)) {
            corroboration.confirmed_by_claim_files += 1;
            continue;
        }
        if office.person_id.is_none() && may_be_a_holder(input.ledger, &office.person, &holders) {
            // A form of the holder's name the claim files do not list: a
            // given name whose family name a line break cut off, a name
            // with a word too many. Not a confirmation, nor another holder.
            continue;
        }
        // An acting holder the claim files do not record, at a time they
        // record no acting holder: they record no routine stand-ins (an
        // acting prime minister while the prime minister travels), so they
        // cannot contradict one. Where they record who was acting, another
        // name is a conflict.
        if office.qualifier == Qualifier::Acting && !holders.iter().any(|t| t.acting) {
            continue;
        }
        // A misspelling of the holder's name is reported as such, not as another holder.
        if super::holder_name_misspelt::misspelt_holder(input.ledger, office).is_some()
            || super::stale_title::stale_tenure(input.ledger, office, office_id).is_some()
        {
            // A misspelt holder, or a past holder under an old title: reported by their own checks.
            continue;
        }
        // The holder until a day or two before: copy written before the
        // handover, published after it.
        if !dated_past && named.tenures_in(input.ledger, office_id).iter().any(|t| t.ended_just_before(&at)) {
            continue;
        }
        // "In 2019, Prime Minister X visited …" about today's holder: the
        // title of the time of writing, a common way to name someone.
        if dated_past
            && office
                .as_of
                .is_some_and(|published| input.ledger.holders(office_id, &published).iter().any(|t| named.holds(t)))
        {
            continue;
        }
        // A moment the claim files record no holder at could be the claim's
        // moment: only a date the others' tenures fill is a contradiction.
        // An open tenure fills days only up to its file's `current_to`.
        if !covers(&holders, &at) {
            continue;
        }
        if !reported.insert((claim.doc, office_id, names::person_key(&office.person))) {
            continue;
        }
        let mut evidence = vec![office_evidence(input, claim, office)];
        evidence.extend(holders.iter().map(|t| tenure_evidence(input.ledger, t)));
        let names: Vec<String> = holders.iter().map(|t| person_name(input.ledger, &t.person)).collect();
        let when = if dated_past { format!("in {at}, the time the text gives") } else { format!("on {at}") };
        let mut message = format!(
            "{} is named as {} {when}, but the claim files have {} in that office then",
            office.person,
            office_label(input.ledger, office_id),
            names.join(" and "),
        );
        // The person takes the office soon after the publication date: the
        // text may report that start, and then its date is what is wrong.
        // Where the text prints that date, the editor sees it too.
        let soon = (!dated_past)
            .then(|| named.tenures_in(input.ledger, office_id).into_iter().find(|t| starts_soon_after(t, &at)))
            .flatten();
        if let Some(next) = soon {
            message.push_str(&format!(
                "; they have {} taking it on {}: if the text reports that, its publication date {at} is wrong",
                office.person, next.start
            ));
            evidence.push(tenure_evidence(input.ledger, next));
            evidence.extend(printed_date(input, claim.doc, &at));
        }
        findings.push(Finding {
            code: Code::LedgerHolderConflict,
            severity: Code::LedgerHolderConflict.default_severity(),
            message,
            evidence,
        });
    }
}

/// How soon after a text's publication date a tenure the text seems to
/// report may start for the date to be suspect rather than the name.
const START_AFTER_DAYS: i32 = 90;

/// Whether tenure `t` starts after `at`, within [`START_AFTER_DAYS`].
fn starts_soon_after(t: &Tenure, at: &DateValue) -> bool {
    let (start, last) = (t.start.first_day(), at.last_day());
    start > last && (start - last).get_days() <= START_AFTER_DAYS
}

/// The place where a text prints its own publication date `at` (a day),
/// as evidence: the first date claim of document `doc` that is that day.
fn printed_date(input: &Input<'_>, doc: usize, at: &DateValue) -> Option<super::Evidence> {
    let DateValue::Day(day) = at else { return None };
    let printed = input
        .claims
        .iter()
        .filter(|c| c.doc == doc)
        .find(|c| matches!(&c.value, ClaimValue::Date(d) if d.value == Some(DateValue::Day(*day))))?;
    let fields = vec![("role", "that day in the text".to_string())];
    Some(super::source_evidence(input, printed, day.to_string(), fields))
}

/// Whether `name` may be a form of the name of one of the holders
/// ([`names::may_be_one_person`]).
fn may_be_a_holder(ledger: &ClaimSet, name: &str, holders: &[&Tenure]) -> bool {
    let parts = names::NameParts::of(name);
    holders.iter().filter_map(|t| ledger.person(&t.person)).any(|p| {
        std::iter::once(&p.name).chain(&p.aliases).any(|n| names::may_be_one_person(&parts, &names::NameParts::of(n)))
    })
}

/// The people of the claim files a claim may name: its person's id, or
/// everyone with a name or alias of its name key. Looked up once per claim,
/// so that matching it against tenures compares ids only.
pub(crate) enum Named<'a> {
    /// The claim's person id: no list to allocate, as most claims have one.
    Id(&'a str),
    /// The people whose name or alias has the claim's name key.
    People(Vec<&'a str>),
}

impl<'a> Named<'a> {
    pub(crate) fn of(ledger: &'a ClaimSet, claim: &'a OfficeClaim) -> Named<'a> {
        match &claim.person_id {
            Some(id) => Named::Id(id),
            None => Named::People(
                ledger.people_named(&names::person_key(&claim.person)).into_iter().map(|p| p.id.as_str()).collect(),
            ),
        }
    }

    fn ids(&self) -> &[&'a str] {
        match self {
            Named::Id(id) => std::slice::from_ref(id),
            Named::People(ids) => ids,
        }
    }

    /// Whether tenure `t` is of the person the claim names.
    pub(crate) fn holds(&self, t: &Tenure) -> bool {
        self.ids().contains(&t.person.as_str())
    }

    /// The tenures of `office_id` held by the person the claim names, in the
    /// order of [`ClaimSet::tenures_of_office`]; by person, not by scanning
    /// the office's tenures.
    pub(crate) fn tenures_in<'c>(&self, ledger: &'c ClaimSet, office_id: &str) -> Vec<&'c Tenure> {
        let ids = self.ids();
        let mut held: Vec<&Tenure> = ids.iter().flat_map(|id| ledger.tenures_of_person_in(id, office_id)).collect();
        if ids.len() > 1 {
            held.sort_by(|a, b| {
                let key = |t: &'c Tenure| (t.start.first_day(), t.start.last_day(), t.person.as_str(), &t.origin);
                key(a).cmp(&key(b))
            });
        }
        held
    }
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

#[cfg(test)]
mod tests {
    use crate::claims::{self, ClaimSet};
    use crate::compare::{Code, Options};
    use crate::load::Document;

    /// A presidency: one holder in the nineties, one since 2004.
    fn ledger(dir: &std::path::Path) -> ClaimSet {
        let path = dir.join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1
offices:
  - {id: kr.president, jurisdiction: KR, name: President}
people:
  - {id: old-hand, name: Olga Hand}
  - {id: sitting, name: Sam Sitting}
tenures:
  - {person: old-hand, office: kr.president, start: 1990-01-01, end: 1999-01-01}
  - {person: sitting, office: kr.president, start: 2004-03-02}
",
        )
        .unwrap();
        claims::load(&[path]).unwrap()
    }

    /// The findings (code, message) and the count of confirmations of one text of 2004-10-01.
    fn run(text: &str) -> (Vec<(Code, String)>, usize) {
        let dir = tempfile::tempdir().unwrap();
        let doc = Document::dated("a.txt", "2004-10-01", text);
        let run = crate::check::check(vec![doc], &ledger(dir.path()), &Options::default());
        let findings = run.comparison.findings.iter().map(|f| (f.code, f.message.clone())).collect();
        (findings, run.comparison.corroboration.confirmed_by_claim_files)
    }

    #[test]
    fn a_mention_in_a_past_the_text_dates_is_judged_at_that_time() {
        // Held then: confirmed, though she left long ago.
        let (found, confirmed) = run("In 1995, South Korean President Olga Hand signed the pact.");
        assert_eq!((found, confirmed), (vec![], 1));
        let (found, confirmed) = run("Max Moe was South Korean President Olga Hand's envoy from 1993 to 1996.");
        assert_eq!((found, confirmed), (vec![], 1));
        // Someone else held it then: a conflict at the time the text gives.
        let (found, _) = run("In 1995, South Korean President Pat Nobody signed the pact.");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Code::LedgerHolderConflict);
        assert!(
            found[0].1.contains("in 1995, the time the text gives") && found[0].1.contains("Olga Hand"),
            "{found:?}"
        );
    }

    /// A finance ministry handed from Otto Going (until `end`) to Ina Coming
    /// (from `start`).
    fn handover(dir: &std::path::Path, end: &str, start: &str) -> ClaimSet {
        let path = dir.join("c.yaml");
        std::fs::write(
            &path,
            format!("schema: 1\noffices:\n  - {{id: kr.finance-minister, jurisdiction: KR, name: Finance Minister}}\npeople:\n  - {{id: outgoing, name: Otto Going}}\n  - {{id: incoming, name: Ina Coming}}\ntenures:\n  - {{person: outgoing, office: kr.finance-minister, start: 2001-01-01, end: {end}}}\n  - {{person: incoming, office: kr.finance-minister, start: {start}}}\n"),
        )
        .unwrap();
        claims::load(&[path]).unwrap()
    }

    #[test]
    fn the_holder_until_a_day_or_two_before_is_no_conflict_yet() {
        let dir = tempfile::tempdir().unwrap();
        let claims = handover(dir.path(), "2004-09-29", "2004-09-29");
        let codes = |published: &str| -> Vec<Code> {
            let text = "South Korean Finance Minister Otto Going said exports rose.";
            let doc = Document::dated("a.txt", published, text);
            let run = crate::check::check(vec![doc], &claims, &Options::default());
            run.comparison.findings.iter().filter(|f| f.code != Code::UnconfirmedHolder).map(|f| f.code).collect()
        };
        // Two days after the handover: copy written before it.
        assert_eq!(codes("2004-10-01"), []);
        // A week after: the claim files contradict it.
        assert_eq!(codes("2004-10-06"), [Code::LedgerHolderConflict]);
    }

    #[test]
    fn a_start_reported_before_it_happened_points_at_the_publication_date() {
        let dir = tempfile::tempdir().unwrap();
        let claims = handover(dir.path(), "2004-11-01", "2004-11-02");
        let text = "Posted 2004-10-01\n\nSouth Korean Finance Minister Ina Coming took the oath.";
        let finding = |published: &str| {
            let run =
                crate::check::check(vec![Document::dated("a.txt", published, text)], &claims, &Options::default());
            run.comparison.findings.into_iter().find(|f| f.code == Code::LedgerHolderConflict)
        };
        // A month before her start: the date may be what is wrong, and the
        // text's own printing of it is shown.
        let f = finding("2004-10-01").expect("a conflict");
        assert!(
            f.message.contains("taking it on 2004-11-02") && f.message.contains("publication date"),
            "{}",
            f.message
        );
        assert!(f.evidence.iter().any(|e| e.text == "2004-10-01" && e.line == 1), "{:#?}", f.evidence);
        // A year before: only the conflict.
        let f = finding("2003-10-01").expect("a conflict");
        assert!(!f.message.contains("taking it on"), "{}", f.message);
    }

    #[test]
    fn todays_holder_under_todays_title_in_a_dated_past_is_no_conflict() {
        // Sam Sitting was not President in 1995, but is when the text is written.
        let (found, _) = run("In 1995, South Korean President Sam Sitting was a student.");
        assert_eq!(found, vec![]);
    }

    #[test]
    fn an_acting_holder_other_than_the_recorded_acting_holder_is_a_conflict() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - {id: kr.president, jurisdiction: KR, name: President}\npeople:\n  - {id: sitting, name: Sam Sitting}\n  - {id: stand-in, name: Stan Dinn}\ntenures:\n  - {person: sitting, office: kr.president, start: 2004-03-02}\n  - {person: stand-in, office: kr.president, start: 2004-09-01, end: 2004-12-01, acting: true}\n",
        )
        .unwrap();
        let claims = claims::load(&[path]).unwrap();
        let codes = |text: &str| -> Vec<Code> {
            let doc = Document::dated("a.txt", "2004-10-01", text);
            crate::check::check(vec![doc], &claims, &Options::default())
                .comparison
                .findings
                .iter()
                .map(|f| f.code)
                .collect()
        };
        assert_eq!(codes("Acting South Korean President Stan Dinn spoke."), []);
        assert_eq!(codes("Acting South Korean President Pat Nobody spoke."), [Code::LedgerHolderConflict]);
    }

    #[test]
    fn an_acting_holder_the_claim_files_do_not_record_is_no_conflict() {
        let (found, _) = run("Acting South Korean President Pat Nobody spoke on Monday.");
        assert_eq!(found, vec![]);
        let (found, _) = run("South Korean President Pat Nobody spoke on Monday.");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_past_with_no_time_given_is_not_judged_against_a_holder() {
        let (found, confirmed) = run("Exports grew under South Korean President Olga Hand.");
        assert_eq!((found, confirmed), (vec![], 0));
    }
}
