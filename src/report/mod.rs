//! Reports: render a run's findings (and claims) for people and machines.
//!
//! Every output format is one implementation of [`Report`]; the binary picks
//! one and writes its string. Renderers only read the run: they never decide
//! the exit status and never reorder findings (the comparison sorted them).

pub mod claims;
pub mod json;
pub mod text;

use crate::check::Run;
use crate::compare::{Evidence, Severity};
use crate::error::Error;

/// What a report renders: the run, and the input errors met on the way.
pub struct View<'a> {
    pub run: &'a Run,
    pub errors: &'a [Error],
}

/// One output format for `check`.
pub trait Report {
    fn render(&self, view: &View<'_>) -> String;
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
