#![doc = include_str!("../../docs/checks/ledger-holder-conflict.md")]

use std::collections::HashSet;

use super::{Code, Corroboration, Finding, Input, ledger_evidence, office_claims, office_evidence, office_label};
use jiff::civil::Date;

use crate::claims::{ClaimSet, Tenure};
use crate::names;
use crate::normalise::OfficeClaim;
use crate::time::DateValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/ledger-holder-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let mut reported: HashSet<(usize, &str, String)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        let (Some(office_id), Some(at)) = (office.office.as_deref(), office.as_of) else { continue };
        if !office.qualifier.is_current() {
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

/// Whether `name` may be a form of the name of one of the holders
/// ([`names::may_be_one_person`]).
fn may_be_a_holder(ledger: &ClaimSet, name: &str, holders: &[&Tenure]) -> bool {
    let parts = names::NameParts::of(name);
    holders.iter().filter_map(|t| ledger.person(&t.person)).any(|p| {
        std::iter::once(&p.name).chain(&p.aliases).any(|n| names::may_be_one_person(&parts, &names::NameParts::of(n)))
    })
}

/// A gap of at most this many days between one holder's end and the next
/// holder's start is a reshuffle recorded a little apart, not a time when
/// nobody held the office: it does not excuse a wrong name for a long period.
const HANDOVER_GAP_DAYS: i32 = 7;

/// Whether the tenures together cover every day of `at` (a tenure covers
/// every day from the first its start may mean to the last the claim files
/// vouch for, [`Tenure::known_until`]: an open tenure ends with its file's
/// `current_to`), counting handover gaps of up to [`HANDOVER_GAP_DAYS`] as
/// covered.
pub(crate) fn covers(tenures: &[&Tenure], at: &DateValue) -> bool {
    covers_until(tenures, at, Tenure::known_until)
}

/// Whether the tenures would cover every day of `at` if every open tenure
/// ran on for ever: with [`covers`] false, the claim files could contradict
/// the claim but for their `current_to`.
pub(crate) fn covers_if_still_current(tenures: &[&Tenure], at: &DateValue) -> bool {
    covers_until(tenures, at, |t| t.end.map_or(Date::MAX, |e| e.last_day()))
}

fn covers_until(tenures: &[&Tenure], at: &DateValue, until: fn(&Tenure) -> Date) -> bool {
    let mut spans: Vec<(Date, Date)> = tenures.iter().map(|t| (t.start.first_day(), until(t))).collect();
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
