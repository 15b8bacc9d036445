//! Suppressions: findings an editor has checked and accepted, with a reason.
//!
//! Two kinds:
//! - **Inline**, in a text: a line holding `factdiff: ignore CODE — reason`
//!   (in Markdown, inside an HTML comment so that it does not render:
//!   `<!-- factdiff: ignore CODE — reason -->`). Several codes may be given,
//!   separated by commas; the reason follows a dash (`—`, `–` or `--`). The
//!   directive covers its own line and the lines below it up to the next
//!   blank line: put it directly above the paragraph it is about. A finding
//!   is suppressed when any of its source locations lies in that range.
//! - **In the claim files**, as entries of `suppress:` with a `code`, a
//!   `reason`, and the source `path`, the mention's `text`, or both. A
//!   finding is suppressed when one of its pieces of evidence matches each
//!   given field.
//!
//! A directive with no reason or an unknown code suppresses nothing and is
//! reported (`invalid-suppression`); so is an unknown code in a `suppress:`
//! entry. A suppression that hid no finding is reported too
//! (`unused-suppression`), so that none is left to hide a later, unrelated
//! finding.
//!
//! Directives are found ([`directives`]) while a text is analysed, when it
//! is whole in memory; they are applied ([`apply`]) once every finding of
//! the run is known.

use std::collections::HashMap;

use crate::claims::{ClaimSet, Suppression};
use crate::compare::{Code, Evidence, Finding};
use crate::load::Document;
use crate::span::Span;

/// One inline directive, as found in a text by [`directives`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    doc: usize,
    /// Its line; it covers lines `line..=last_line`.
    line: usize,
    last_line: usize,
    column: usize,
    span: Span,
    /// The directive as written (its evidence's text).
    text: String,
    parsed: Parsed,
}

/// What a directive's text says, or why it cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Parsed {
    Valid(Vec<Code>),
    Invalid(String),
}

const MARKER: &str = "factdiff: ignore";

/// Removes the suppressed findings and adds one finding for every invalid
/// or unused suppression. `directives` are those of `documents` (from
/// [`directives`]). The result is not sorted.
pub fn apply(
    findings: Vec<Finding>,
    directives: &[Directive],
    documents: &[Document],
    ledger: &ClaimSet,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut valid: Vec<(&Directive, &[Code])> = Vec::new();
    for d in directives {
        match &d.parsed {
            Parsed::Valid(codes) => valid.push((d, codes)),
            Parsed::Invalid(why) => out.push(Finding {
                code: Code::InvalidSuppression,
                severity: Code::InvalidSuppression.default_severity(),
                message: why.clone(),
                evidence: vec![directive_evidence(&documents[d.doc], d)],
            }),
        }
    }
    let mut valid_entries: Vec<&Suppression> = Vec::new();
    for s in &ledger.suppressions {
        if Code::parse(&s.code).is_some() {
            valid_entries.push(s);
        } else {
            out.push(Finding {
                code: Code::InvalidSuppression,
                severity: Code::InvalidSuppression.default_severity(),
                message: format!("expected a known finding code in `suppress:`, but found `{}`", s.code),
                evidence: vec![entry_evidence(s)],
            });
        }
    }
    let mut used_directives = vec![false; valid.len()];
    let mut used_entries = vec![false; valid_entries.len()];
    // A finding is matched against the directives of its own texts (they
    // are in document order) and the entries of its code, not against all.
    let mut entries_of: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, s) in valid_entries.iter().enumerate() {
        entries_of.entry(s.code.as_str()).or_default().push(i);
    }
    for finding in findings {
        // Directives come in document order (texts are analysed in order).
        let by_directive = finding
            .evidence
            .iter()
            .filter_map(|e| {
                let doc = e.doc?;
                let from = valid.partition_point(|(d, _)| d.doc < doc);
                let to = from + valid[from..].partition_point(|(d, _)| d.doc == doc);
                (from..to).find(|&i| {
                    let (d, codes) = valid[i];
                    codes.contains(&finding.code) && (d.line..=d.last_line).contains(&e.line)
                })
            })
            .min();
        if let Some(i) = by_directive {
            used_directives[i] = true;
            continue;
        }
        let by_entry = entries_of.get(finding.code.as_str()).and_then(|list| {
            list.iter().copied().find(|&i| {
                let s = valid_entries[i];
                finding.evidence.iter().any(|e| {
                    e.span.is_some()
                        && s.path.as_ref().is_none_or(|p| *p == e.path)
                        && s.text.as_ref().is_none_or(|t| *t == e.text)
                })
            })
        });
        if let Some(i) = by_entry {
            used_entries[i] = true;
            continue;
        }
        out.push(finding);
    }
    for ((d, codes), _) in valid.iter().zip(&used_directives).filter(|(_, used)| !**used) {
        let doc = &documents[d.doc];
        let codes: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
        out.push(Finding {
            code: Code::UnusedSuppression,
            severity: Code::UnusedSuppression.default_severity(),
            message: format!(
                "this suppression of {} matched no finding on lines {}–{}; remove it",
                codes.join(", "),
                d.line,
                d.last_line
            ),
            evidence: vec![directive_evidence(doc, d)],
        });
    }
    for (s, _) in valid_entries.iter().zip(&used_entries).filter(|(_, used)| !**used) {
        out.push(Finding {
            code: Code::UnusedSuppression,
            severity: Code::UnusedSuppression.default_severity(),
            message: format!("this `suppress:` entry for {} matched no finding; remove it", s.code),
            evidence: vec![entry_evidence(s)],
        });
    }
    out
}

/// Every directive in a document's prose (`doc_index` is its place in the
/// run), with its scope, in text order.
///
/// # Panics
/// When the document's text has been released: directives are found while
/// it is analysed (see [`crate::check`]).
pub fn directives(doc_index: usize, doc: &Document) -> Vec<Directive> {
    let mut found = Vec::new();
    let mut offset = 0;
    let text = doc.text.as_str();
    // Nearly no text holds a directive: one search of the whole text
    // settles those without splitting it into lines.
    if memchr::memmem::find(text.as_bytes(), MARKER.as_bytes()).is_none() {
        return found;
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    for (n, raw) in lines.iter().enumerate() {
        let start = offset;
        offset += raw.len();
        if start < doc.body.start {
            continue;
        }
        let Some(at) = raw.find(MARKER) else { continue };
        let line = raw.trim_end_matches(['\n', '\r']);
        // The directive's text: from the comment opener, if any, to its closer.
        let (from, to) = match line[..at].rfind("<!--") {
            Some(open) => (open, line[at..].find("-->").map_or(line.len(), |c| at + c + 3)),
            None => (at, line.len()),
        };
        let rest = line[at + MARKER.len()..to].trim_end_matches("-->");
        let blank = |l: &&str| l.trim().is_empty();
        let last = lines[n + 1..].iter().position(blank).map_or(lines.len(), |p| n + 1 + p);
        let span = Span { start: start + from, end: start + to };
        found.push(Directive {
            doc: doc_index,
            line: n + 1,
            last_line: last,
            column: line[..from].chars().count() + 1,
            span,
            text: span.text(text).to_string(),
            parsed: parse(rest),
        });
    }
    found
}

/// Parses ` CODE[, CODE…] — reason`.
fn parse(rest: &str) -> Parsed {
    let separator = [" — ", " – ", " -- "].iter().filter_map(|s| rest.find(s).map(|i| (i, s.len()))).min();
    let (codes, reason) = match separator {
        Some((i, len)) => (&rest[..i], rest[i + len..].trim()),
        None => (rest, ""),
    };
    let mut parsed = Vec::new();
    for code in codes.split(',').map(str::trim) {
        match Code::parse(code) {
            Some(c) => parsed.push(c),
            None if code.is_empty() => {
                return Parsed::Invalid(
                    "expected a finding code after `factdiff: ignore`, but found none; write `factdiff: ignore CODE — reason`"
                        .into(),
                );
            }
            None => {
                return Parsed::Invalid(format!(
                    "expected a known finding code after `factdiff: ignore`, but found `{code}`; `factdiff explain` lists them"
                ));
            }
        }
    }
    if reason.is_empty() {
        return Parsed::Invalid(
            "expected a reason after the code (`factdiff: ignore CODE — reason`), but found none; a suppression without a reason suppresses nothing".into(),
        );
    }
    Parsed::Valid(parsed)
}

fn directive_evidence(doc: &Document, d: &Directive) -> Evidence {
    let text = d.text.clone();
    Evidence {
        path: doc.path.clone(),
        line: d.line,
        column: d.column,
        span: Some(d.span),
        doc: Some(d.doc),
        value: "suppression".into(),
        fields: vec![("directive", text.clone())],
        text,
    }
}

fn entry_evidence(s: &Suppression) -> Evidence {
    let mut fields = vec![("code", s.code.clone())];
    if let Some(p) = &s.path {
        fields.push(("path", p.clone()));
    }
    if let Some(t) = &s.text {
        fields.push(("text", t.clone()));
    }
    fields.push(("reason", s.reason.clone()));
    Evidence {
        path: s.origin.path.clone(),
        line: s.origin.line,
        column: s.origin.column,
        span: None,
        doc: None,
        text: format!("suppress {} ({})", s.code, s.reason),
        value: "suppression".into(),
        fields,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directives_need_known_codes_and_a_reason() {
        assert_eq!(
            parse(" ledger-holder-conflict, qualifier-conflict — quoting 2023 "),
            Parsed::Valid(vec![Code::LedgerHolderConflict, Code::QualifierConflict])
        );
        assert_eq!(parse(" figure-mismatch -- the pledge was revised"), Parsed::Valid(vec![Code::FigureMismatch]));
        assert!(matches!(parse(" ledger-holder-conflict "), Parsed::Invalid(m) if m.contains("expected a reason")));
        assert!(matches!(parse(" ledger-holder-conflict — "), Parsed::Invalid(m) if m.contains("expected a reason")));
        assert!(matches!(parse(" no-such-code — why"), Parsed::Invalid(m) if m.contains("`no-such-code`")));
        assert!(matches!(parse(" — why"), Parsed::Invalid(m) if m.contains("found none")));
    }
}
