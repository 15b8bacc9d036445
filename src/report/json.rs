//! The JSON report of `check`: a versioned contract for machines.
//!
//! ```json
//! {"version": 1, "findings": [{"code": …, "severity": …, "message": …,
//!   "evidence": [{"path", "line", "column", "text", "value", "kind"}]}],
//!  "summary": {…}, "errors": [{"path", "line", "column", "message"}]}
//! ```
//! Serialisation types live here, apart from the domain types, so the
//! contract changes only on purpose.

use serde::Serialize;

use super::{Report, Subject, View, counts};
use crate::compare::{Evidence, Finding};
use crate::error::Error;

/// Version of the JSON contract; bumped on any incompatible change.
pub const VERSION: u32 = 1;

pub struct Json;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary,
    errors: Vec<JsonError>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    code: &'static str,
    severity: &'static str,
    message: &'a str,
    /// The finding's identity across runs (see `fingerprint`), as used by
    /// baselines and SARIF `partialFingerprints`.
    fingerprint: String,
    evidence: Vec<JsonEvidence<'a>>,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    /// `source` for a text, `claim-file` for a claim-file entry.
    kind: &'static str,
    path: &'a str,
    line: usize,
    column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<usize>,
    text: &'a str,
    value: &'a str,
}

#[derive(Serialize)]
struct Summary {
    documents: usize,
    claims: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    corroborated_office_holders: usize,
    corroborated_values: usize,
    confirmed_by_claim_files: usize,
    input_errors: usize,
    /// The claim set checked against; `null` for `validate`.
    ledger: Option<JsonLedger>,
}

/// What a run was checked against (see [`crate::claims::LedgerSummary`]).
#[derive(Serialize)]
pub(crate) struct JsonLedger {
    builtin: bool,
    claim_files: usize,
    offices: usize,
    people: usize,
    tenures: usize,
    figures: usize,
    current_to: Option<String>,
}

impl JsonLedger {
    pub(crate) fn from(l: &crate::claims::LedgerSummary) -> JsonLedger {
        JsonLedger {
            builtin: l.provenance.builtin,
            claim_files: l.provenance.files,
            offices: l.offices,
            people: l.people,
            tenures: l.tenures,
            figures: l.figures,
            current_to: l.provenance.current_to.map(|d| d.to_string()),
        }
    }
}

#[derive(Serialize)]
pub(crate) struct JsonError {
    path: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

impl JsonError {
    pub(crate) fn from(e: &Error) -> JsonError {
        JsonError {
            path: e.path.as_ref().map(|p| p.display().to_string()),
            line: e.location.map(|l| l.line),
            column: e.location.map(|l| l.column),
            message: match &e.help {
                Some(h) => format!("{} ({h})", e.message),
                None => e.message.clone(),
            },
        }
    }
}

fn evidence(e: &Evidence) -> JsonEvidence<'_> {
    JsonEvidence {
        kind: if e.span.is_some() { "source" } else { "claim-file" },
        path: &e.path,
        line: e.line,
        column: e.column,
        start: e.span.map(|s| s.start),
        end: e.span.map(|s| s.end),
        text: &e.text,
        value: &e.value,
    }
}

fn finding(f: &Finding, fingerprint: String) -> JsonFinding<'_> {
    JsonFinding {
        code: f.code.as_str(),
        severity: match f.severity {
            crate::compare::Severity::Error => "error",
            crate::compare::Severity::Warning => "warning",
            crate::compare::Severity::Info => "info",
        },
        message: &f.message,
        fingerprint,
        evidence: f.evidence.iter().map(evidence).collect(),
    }
}

impl Report for Json {
    fn render(&self, view: &View<'_>) -> String {
        let run = view.run;
        let (errors, warnings, infos) = counts(run);
        let out = Output {
            version: VERSION,
            findings: run
                .comparison
                .findings
                .iter()
                .zip(crate::fingerprint::all(&run.comparison.findings))
                .map(|(f, p)| finding(f, p))
                .collect(),
            summary: Summary {
                documents: run.documents.len(),
                claims: run.claims.len(),
                errors,
                warnings,
                infos,
                corroborated_office_holders: run.comparison.corroboration.office_holders,
                corroborated_values: run.comparison.corroboration.values,
                confirmed_by_claim_files: run.comparison.corroboration.confirmed_by_claim_files,
                input_errors: view.errors.len(),
                ledger: (view.subject == Subject::Texts).then(|| JsonLedger::from(&run.ledger)),
            },
            errors: view.errors.iter().map(JsonError::from).collect(),
        };
        let mut s = serde_json::to_string_pretty(&out).expect("report types serialise");
        s.push('\n');
        s
    }
}
