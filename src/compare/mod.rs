//! Comparison: find contradictions among claims and against the claim files.
//!
//! Claims are grouped by key (office id; figure id) — never compared all
//! pairs. Each check lives in its own module, named after what it flags, and
//! its module doc is the user documentation that `factdiff explain CODE`
//! prints. Findings come back sorted by (path, line, column, code) so reports
//! are byte-identical run to run.

pub mod body_size_conflict;
pub mod date_tense_mismatch;
pub mod event_date_conflict;
pub mod figure_conflict;
pub mod figure_mismatch;
pub mod holder_name_misspelt;
mod keyed;
pub mod ledger_holder_conflict;
pub mod name_variant_across_sources;
pub mod name_variant_in_text;
pub mod office_holder_conflict;
pub mod qualifier_conflict;
pub mod stale_title;
pub mod tally_inconsistent;
pub mod unconfirmed_holder;
pub mod unknown_title;

use std::fmt;

use serde::Serialize;

use crate::claims::{ClaimSet, Origin};
use crate::load::Document;
use crate::normalise::{AmountClaim, Claim, ClaimValue, OfficeClaim, qualifier_name};
use crate::span::Span;

/// How serious a finding is; ordered so that `Error > Warning > Info`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Every check, with its stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    OfficeHolderConflict,
    LedgerHolderConflict,
    QualifierConflict,
    FigureMismatch,
    UnconfirmedHolder,
    HolderNameMisspelt,
    UnknownTitle,
    NameVariantInText,
    UnknownReference,
    DuplicateId,
    TenureEndsBeforeStart,
    OverlappingTenures,
    SharedTitle,
    FigureWithoutUnit,
    InvalidSuppression,
    UnusedSuppression,
    StaleBaselineEntry,
    StaleTitle,
    EventDateConflict,
    FigureConflict,
    TallyInconsistent,
    NameVariantAcrossSources,
    BodySizeConflict,
    DateTenseMismatch,
}

impl Code {
    pub const ALL: [Code; 24] = [
        Code::OfficeHolderConflict,
        Code::LedgerHolderConflict,
        Code::QualifierConflict,
        Code::FigureMismatch,
        Code::UnconfirmedHolder,
        Code::HolderNameMisspelt,
        Code::UnknownTitle,
        Code::NameVariantInText,
        Code::UnknownReference,
        Code::DuplicateId,
        Code::TenureEndsBeforeStart,
        Code::OverlappingTenures,
        Code::SharedTitle,
        Code::FigureWithoutUnit,
        Code::InvalidSuppression,
        Code::UnusedSuppression,
        Code::StaleBaselineEntry,
        Code::StaleTitle,
        Code::EventDateConflict,
        Code::FigureConflict,
        Code::TallyInconsistent,
        Code::NameVariantAcrossSources,
        Code::BodySizeConflict,
        Code::DateTenseMismatch,
    ];

    /// The stable kebab-case code.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::OfficeHolderConflict => "office-holder-conflict",
            Code::LedgerHolderConflict => "ledger-holder-conflict",
            Code::QualifierConflict => "qualifier-conflict",
            Code::FigureMismatch => "figure-mismatch",
            Code::UnconfirmedHolder => "unconfirmed-holder",
            Code::HolderNameMisspelt => "holder-name-misspelt",
            Code::UnknownTitle => "unknown-title",
            Code::NameVariantInText => "name-variant-in-text",
            Code::UnknownReference => "unknown-reference",
            Code::DuplicateId => "duplicate-id",
            Code::TenureEndsBeforeStart => "tenure-ends-before-start",
            Code::OverlappingTenures => "overlapping-tenures",
            Code::SharedTitle => "shared-title",
            Code::FigureWithoutUnit => "figure-without-unit",
            Code::InvalidSuppression => "invalid-suppression",
            Code::UnusedSuppression => "unused-suppression",
            Code::StaleBaselineEntry => "stale-baseline-entry",
            Code::StaleTitle => "stale-title",
            Code::EventDateConflict => "event-date-conflict",
            Code::FigureConflict => "figure-conflict",
            Code::TallyInconsistent => "tally-inconsistent",
            Code::NameVariantAcrossSources => "name-variant-across-sources",
            Code::BodySizeConflict => "body-size-conflict",
            Code::DateTenseMismatch => "date-tense-mismatch",
        }
    }

    pub fn parse(code: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == code)
    }

    pub fn default_severity(self) -> Severity {
        match self {
            Code::OfficeHolderConflict
            | Code::LedgerHolderConflict
            | Code::QualifierConflict
            | Code::FigureMismatch => Severity::Error,
            Code::HolderNameMisspelt | Code::UnknownTitle | Code::NameVariantAcrossSources => Severity::Warning,
            Code::UnconfirmedHolder | Code::NameVariantInText => Severity::Info,
            Code::UnknownReference => Severity::Error,
            Code::DuplicateId => Severity::Error,
            Code::TenureEndsBeforeStart => Severity::Error,
            Code::OverlappingTenures => Severity::Error,
            Code::SharedTitle => Severity::Error,
            Code::FigureWithoutUnit => Severity::Error,
            Code::InvalidSuppression => Severity::Error,
            Code::UnusedSuppression => Severity::Info,
            Code::StaleBaselineEntry => Severity::Info,
            Code::StaleTitle => Severity::Warning,
            // Errors when two other sources agree against one (see `keyed`).
            Code::EventDateConflict | Code::FigureConflict | Code::TallyInconsistent | Code::BodySizeConflict => {
                Severity::Warning
            }
            Code::DateTenseMismatch => Severity::Warning,
        }
    }

    /// The check's documentation (its module doc), for `factdiff explain`.
    pub fn doc(self) -> &'static str {
        match self {
            Code::OfficeHolderConflict => office_holder_conflict::DOC,
            Code::LedgerHolderConflict => ledger_holder_conflict::DOC,
            Code::QualifierConflict => qualifier_conflict::DOC,
            Code::FigureMismatch => figure_mismatch::DOC,
            Code::UnconfirmedHolder => unconfirmed_holder::DOC,
            Code::HolderNameMisspelt => holder_name_misspelt::DOC,
            Code::UnknownTitle => unknown_title::DOC,
            Code::NameVariantInText => name_variant_in_text::DOC,
            Code::UnknownReference => include_str!("../../docs/checks/unknown-reference.md"),
            Code::DuplicateId => include_str!("../../docs/checks/duplicate-id.md"),
            Code::TenureEndsBeforeStart => include_str!("../../docs/checks/tenure-ends-before-start.md"),
            Code::OverlappingTenures => include_str!("../../docs/checks/overlapping-tenures.md"),
            Code::SharedTitle => include_str!("../../docs/checks/shared-title.md"),
            Code::FigureWithoutUnit => include_str!("../../docs/checks/figure-without-unit.md"),
            Code::InvalidSuppression => include_str!("../../docs/checks/invalid-suppression.md"),
            Code::UnusedSuppression => include_str!("../../docs/checks/unused-suppression.md"),
            Code::StaleBaselineEntry => include_str!("../../docs/checks/stale-baseline-entry.md"),
            Code::StaleTitle => stale_title::DOC,
            Code::EventDateConflict => event_date_conflict::DOC,
            Code::FigureConflict => figure_conflict::DOC,
            Code::TallyInconsistent => tally_inconsistent::DOC,
            Code::NameVariantAcrossSources => name_variant_across_sources::DOC,
            Code::BodySizeConflict => body_size_conflict::DOC,
            Code::DateTenseMismatch => date_tense_mismatch::DOC,
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One side of a finding: a place in a source text or in a claim file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    pub path: String,
    pub line: usize,
    pub column: usize,
    /// The byte span in the source text; `None` for a claim-file entry.
    pub span: Option<Span>,
    /// The document index, for source evidence.
    pub doc: Option<usize>,
    /// The surface text (the mention, or the claim-file entry's summary).
    pub text: String,
    /// The normalised value this side asserts (a canonical name, an amount).
    pub value: String,
    /// The normalised claim as ordered `field: value` pairs, for the diff.
    pub fields: Vec<(&'static str, String)>,
}

/// A contradiction (or an unconfirmed claim) with its evidence; the first
/// evidence is the primary location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub evidence: Vec<Evidence>,
}

/// Claims that agree across sources: the same holder of the same office, or
/// amounts within tolerance of the same figure.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Corroboration {
    /// Office holders named by two or more sources at overlapping times.
    pub office_holders: usize,
    /// Claims the claim files confirm.
    pub confirmed_by_claim_files: usize,
    /// Dates and figures that two or more sources state alike for one frame.
    pub values: usize,
}

impl Corroboration {
    /// Adds the counts of another part of the same run.
    pub fn add(&mut self, other: &Corroboration) {
        self.office_holders += other.office_holders;
        self.confirmed_by_claim_files += other.confirmed_by_claim_files;
        self.values += other.values;
    }
}

/// The outcome of comparing one run's claims.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comparison {
    pub findings: Vec<Finding>,
    pub corroboration: Corroboration,
}

/// Tunables of the comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// How far apart, in days, two sources' publication dates may be for
    /// their "current holder" claims to speak of the same time.
    pub holder_window_days: i32,
    /// How far apart, in days, two sources' publication dates may be for
    /// their dates and figures to be compared (when a figure states no
    /// period of its own).
    pub frame_window_days: i32,
}

impl Default for Options {
    fn default() -> Options {
        Options { holder_window_days: 30, frame_window_days: 30 }
    }
}

/// The documents and claims of one run, as the checks see them.
pub struct Input<'a> {
    pub documents: &'a [Document],
    pub claims: &'a [Claim],
    pub ledger: &'a ClaimSet,
    pub options: &'a Options,
}

/// Runs every check and sorts the findings.
///
/// # Panics
/// When a document with claims has had its text released: the checks of
/// one document read its whole text (see [`within_documents`]).
pub fn compare(input: &Input<'_>) -> Comparison {
    let mut findings = Vec::new();
    let mut corroboration = Corroboration::default();
    across_documents(input, &mut findings, &mut corroboration);
    within_documents(input, &mut findings, &mut corroboration);
    sort(&mut findings);
    Comparison { findings, corroboration }
}

/// The checks that compare claims of different documents. Of the texts
/// they read only the claims' own words (the evidence they quote), so they
/// run after the texts have been released (see [`crate::check`]).
pub fn across_documents(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    office_holder_conflict::check(input, findings, corroboration);
    event_date_conflict::check(input, findings, corroboration);
    figure_conflict::check(input, findings, corroboration);
    body_size_conflict::check(input, findings, corroboration);
    name_variant_across_sources::check(input, findings);
}

/// The checks that read one document at a time: each claim against the
/// claim files, and names within one text. Their findings for a set of
/// claims are the union of their findings for each document's claims, so
/// they run on each document while its whole text, which they may read, is
/// in memory (see [`crate::check`]).
///
/// # Panics
/// When a document with claims in `input` has had its text released.
pub fn within_documents(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    ledger_holder_conflict::check(input, findings, corroboration);
    qualifier_conflict::check(input, findings);
    stale_title::check(input, findings);
    figure_mismatch::check(input, findings, corroboration);
    unconfirmed_holder::check(input, findings);
    holder_name_misspelt::check(input, findings);
    unknown_title::check(input, findings);
    name_variant_in_text::check(input, findings);
    tally_inconsistent::check(input, findings);
    date_tense_mismatch::check(input, findings);
}

/// Sorts findings by their primary location, then code, then the rest of the evidence.
pub fn sort(findings: &mut [Finding]) {
    // Borrowed keys: a million findings are sorted without copying a path.
    fn key(f: &Finding) -> (&str, usize, usize, Code) {
        let e = &f.evidence[0];
        (e.path.as_str(), e.line, e.column, f.code)
    }
    fn places(f: &Finding) -> impl Iterator<Item = (&str, usize, usize)> {
        f.evidence.iter().map(|e| (e.path.as_str(), e.line, e.column))
    }
    findings.sort_by(|a, b| key(a).cmp(&key(b)).then_with(|| places(a).cmp(places(b))));
}

/// A hasher for the comparison's own tables keyed by numbers (positions,
/// interned names): a multiply and a rotate per word, where the default
/// hasher spends tens of cycles. Those keys are not chosen by the texts, so
/// they need no protection against crafted collisions; tables keyed by
/// text keep the default hasher. No such table is ever iterated, so its
/// order never reaches the output.
#[derive(Clone, Copy, Default)]
pub(crate) struct NumberHasher(u64);

impl std::hash::Hasher for NumberHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by numbers, with [`NumberHasher`].
pub(crate) type NumberMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<NumberHasher>>;

/// A set of numbers, with [`NumberHasher`].
pub(crate) type NumberSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<NumberHasher>>;

/// Office claims, in claim order.
pub(crate) fn office_claims(claims: &[Claim]) -> impl Iterator<Item = (&Claim, &OfficeClaim)> {
    claims.iter().filter_map(|c| match &c.value {
        ClaimValue::Office(o) => Some((c, o)),
        _ => None,
    })
}

/// Amount claims (money, quantity, percent), in claim order.
pub(crate) fn amount_claims(claims: &[Claim]) -> impl Iterator<Item = (&Claim, &AmountClaim)> {
    claims.iter().filter_map(|c| match &c.value {
        ClaimValue::Money(a) | ClaimValue::Quantity(a) | ClaimValue::Percent(a) => Some((c, a)),
        _ => None,
    })
}

/// The evidence for an office claim in a source text.
pub(crate) fn office_evidence(input: &Input<'_>, claim: &Claim, office: &OfficeClaim) -> Evidence {
    let office_name =
        office.office.as_deref().and_then(|id| input.ledger.office(id)).map_or(office.title.as_str(), |o| &o.name);
    office_evidence_named(input, claim, office, office_name)
}

/// [`office_evidence`] for a caller that has looked up the office's name
/// (the claim files' name, or the title as written when they have none).
pub(crate) fn office_evidence_named(
    input: &Input<'_>,
    claim: &Claim,
    office: &OfficeClaim,
    office_name: &str,
) -> Evidence {
    // One allocation for the list: evidence is made for every finding.
    let mut fields = Vec::with_capacity(9);
    fields.extend([
        ("person", office.person.clone()),
        ("office", office.office.clone().unwrap_or_else(|| format!("(unresolved: {})", office.title))),
        ("jurisdiction", office.jurisdiction.clone().unwrap_or_else(|| "(unknown)".into())),
        ("qualifier", qualifier_name(office.qualifier).to_string()),
    ]);
    if let Some(from) = office.jurisdiction_from {
        fields.push(("jurisdiction-from", from.name().to_string()));
    }
    if office.post != crate::extract::office::Post::State {
        fields.push(("post", crate::normalise::post_name(office.post).to_string()));
    }
    if shows_frame(office) {
        fields.push(("era", office.era.describe()));
    }
    fields.push(("title-as-written", office.title.clone()));
    fields.push(("as-of", office.as_of.map_or_else(|| "(undated)".into(), |d| d.to_string())));
    let mut value = String::with_capacity(office.person.len() + office_name.len() + 3);
    value.push_str(&office.person);
    value.push_str(" (");
    value.push_str(office_name);
    value.push(')');
    source_evidence(input, claim, value, fields)
}

/// Whether a finding's diff shows the claim's era: unless it is the
/// present, or only restates the qualifier ("former", "then-", "the late"
/// with no time given), so that the evidence of such claims, and their
/// fingerprints, stay as they were.
fn shows_frame(office: &OfficeClaim) -> bool {
    use crate::extract::office::Qualifier;
    use crate::normalise::era::{Cue, Era};
    match office.era {
        Era::Present => false,
        Era::Past { cue, at: None } => !matches!(
            (cue, office.qualifier),
            (Cue::Former | Cue::Late, Qualifier::Former) | (Cue::Then, Qualifier::Then)
        ),
        Era::Past { at: Some(_), .. } | Era::Ended { .. } => true,
    }
}

/// The evidence for any claim in a source text: its place, its surface text,
/// its normalised value and fields.
pub(crate) fn source_evidence(
    input: &Input<'_>,
    claim: &Claim,
    value: String,
    fields: Vec<(&'static str, String)>,
) -> Evidence {
    let doc = &input.documents[claim.doc];
    // A released text keeps its claims' words (see `crate::check`).
    let text = doc.text.excerpt(claim.span).expect("a claim's words are kept when its text is released");
    Evidence {
        path: doc.path.clone(),
        line: claim.location.line,
        column: claim.location.column,
        span: Some(claim.span),
        doc: Some(claim.doc),
        text: text.to_string(),
        value,
        fields,
    }
}

/// The evidence for a claim-file entry.
pub(crate) fn ledger_evidence(
    origin: &Origin,
    text: String,
    value: String,
    fields: Vec<(&'static str, String)>,
) -> Evidence {
    Evidence {
        path: origin.path.clone(),
        line: origin.line,
        column: origin.column,
        span: None,
        doc: None,
        text,
        value,
        fields,
    }
}

/// The display name of an office id.
pub(crate) fn office_label(ledger: &ClaimSet, office_id: &str) -> String {
    match ledger.office(office_id) {
        Some(o) => {
            let country = ledger.jurisdiction_name(&o.jurisdiction);
            format!("{} ({country})", o.name)
        }
        None => office_id.to_string(),
    }
}
