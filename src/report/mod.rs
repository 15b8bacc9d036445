//! Reports: render a run's findings (and claims) for people and machines.
//!
//! Every output format is one implementation of [`Report`]; the binary picks
//! one and writes its string. Renderers only read the run: they never decide
//! the exit status and never reorder findings (the comparison sorted them).

pub mod checks_doc;
pub mod claims;
pub mod concise;
pub mod github;
pub mod html;
pub mod json;
pub mod ledger;
pub mod markdown;
pub mod sarif;
pub mod text;

use crate::check::Run;
use crate::claims::ClaimSet;
use crate::compare::{Evidence, Severity};
use crate::error::Error;

/// What a report renders: the run, and the input errors met on the way.
pub struct View<'a> {
    pub run: &'a Run,
    pub errors: &'a [Error],
    /// What was checked: texts (`check`) or claim files on their own (`validate`).
    pub subject: Subject,
    /// The claim files the run was checked against, for the formats that
    /// draw them (the HTML timelines); `None` when the caller has none.
    pub ledger: Option<&'a ClaimSet>,
}

/// What a run checked, for the summary lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Texts,
    /// Claim files on their own.
    ClaimFiles,
}

/// One output format for `check` and `validate`.
pub trait Report {
    fn render(&self, view: &View<'_>) -> String;
}

/// The one-line summary every human-readable format ends with.
pub fn summary_line(view: &View<'_>) -> String {
    let run = view.run;
    let (errors, warnings, infos) = counts(run);
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let counts = format!(
        "{}, {}, {}",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings"),
        plural(infos, "note", "notes")
    );
    match view.subject {
        Subject::Texts => format!(
            "{counts} in {} ({}); {} corroborated across sources, {} confirmed by the claim files",
            plural(run.documents.len(), "document", "documents"),
            plural(run.claims.len(), "claim", "claims"),
            run.comparison.corroboration.office_holders + run.comparison.corroboration.values,
            run.comparison.corroboration.confirmed_by_claim_files,
        ),
        Subject::ClaimFiles => format!("{counts} in the claim files"),
    }
}

/// For a run over texts, the line naming the claim set it was checked
/// against: "claims: built-in ledger, 95 offices, 1506 tenures, current to
/// 2025-12-31" (see [`crate::claims::LedgerSummary::describe`]).
pub fn ledger_line(view: &View<'_>) -> Option<String> {
    (view.subject == Subject::Texts).then(|| format!("claims: {}", view.run.ledger.describe()))
}

/// The severity's name as the machine formats write it.
pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

/// Findings counted by severity: (errors, warnings, infos).
pub fn counts(run: &Run) -> (usize, usize, usize) {
    let count = |s| run.comparison.findings.iter().filter(|f| f.severity == s).count();
    (count(Severity::Error), count(Severity::Warning), count(Severity::Info))
}

/// The normalised claim of one evidence, one `field: value` per line, for diffs.
pub fn claim_lines(e: &Evidence) -> String {
    e.fields.iter().map(|(k, v)| format!("{k}: {v}\n")).collect()
}

/// A unified diff of two sides' normalised claims.
pub fn claim_diff(a: &Evidence, b: &Evidence) -> String {
    let (old, new) = (claim_lines(a), claim_lines(b));
    similar::TextDiff::from_lines(&old, &new)
        .unified_diff()
        .context_radius(10)
        .header(&format!("{}:{}:{}", a.path, a.line, a.column), &format!("{}:{}:{}", b.path, b.line, b.column))
        .to_string()
}
