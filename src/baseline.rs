//! Baselines: findings accepted as they are, recorded by fingerprint so that
//! a CI gate can be switched on for a repository that already has findings.
//!
//! The file is JSON, one entry per finding, sorted by path, code and
//! fingerprint so that it diffs well in review:
//!
//! ```json
//! {
//!   "version": 1,
//!   "findings": [
//!     {"fingerprint": "9c1f0a2b3d4e5f60", "code": "ledger-holder-conflict",
//!      "path": "articles/london-briefing.md", "message": "…"}
//!   ]
//! }
//! ```
//!
//! Only `fingerprint` decides a match ([`crate::fingerprint`]); `code`,
//! `path` and `message` are for the people who read the file. Each entry
//! matches at most one finding. An entry that matches none is reported as a
//! `stale-baseline-entry` finding at its line, so the file can be pruned.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::compare::{Code, Evidence, Finding};
use crate::error::{Error, ErrorKind};
use crate::fingerprint;

/// Version of the baseline file format.
pub const VERSION: u32 = 1;

/// A baseline file, read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Baseline {
    path: String,
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    record: Record,
    /// The line of the entry's `fingerprint` in the file.
    line: usize,
    column: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    fingerprint: String,
    code: String,
    path: String,
    message: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    version: u32,
    findings: Vec<Record>,
}

impl Baseline {
    /// Reads a baseline file's text; `path` is used in errors and findings.
    ///
    /// # Errors
    /// [`ErrorKind::Baseline`] with line and column when the text is not a
    /// baseline of this version.
    pub fn parse(path: &str, text: &str) -> Result<Baseline, Error> {
        let file: File = serde_json::from_str(text).map_err(|e| {
            Error::new(ErrorKind::Baseline, format!("expected a factdiff baseline (JSON), but {e}"))
                .with_path(path)
                .at(e.line(), e.column())
                .with_help("write a new one with `factdiff check … --write-baseline FILE`")
        })?;
        if file.version != VERSION {
            return Err(Error::new(
                ErrorKind::Baseline,
                format!("expected baseline version {VERSION}, but found {}", file.version),
            )
            .with_path(path)
            .with_help("write a new one with `factdiff check … --write-baseline FILE`"));
        }
        let mut search_from = 0;
        // Lines are counted on from the previous entry, not from the start.
        let (mut counted_to, mut line) = (0, 1);
        let entries = file
            .findings
            .into_iter()
            .map(|record| {
                let needle = format!("\"{}\"", record.fingerprint);
                let at = text[search_from..].find(&needle).map_or(0, |i| search_from + i);
                search_from = at;
                if at < counted_to {
                    (counted_to, line) = (0, 1);
                }
                line += text[counted_to..at].matches('\n').count();
                counted_to = at;
                let before = &text[..at];
                let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                Entry { record, line, column }
            })
            .collect();
        Ok(Baseline { path: path.to_string(), entries })
    }

    /// How many findings the file records.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Removes the findings the baseline records and adds a
    /// `stale-baseline-entry` finding for each entry that matched none.
    pub fn apply(&self, findings: Vec<Finding>) -> Vec<Finding> {
        let prints = fingerprint::all(&findings);
        let mut used = vec![false; self.entries.len()];
        // Each fingerprint's entries in file order; each finding takes the
        // first unused one.
        let mut unused: HashMap<&str, std::collections::VecDeque<usize>> = HashMap::new();
        for (i, e) in self.entries.iter().enumerate() {
            unused.entry(e.record.fingerprint.as_str()).or_default().push_back(i);
        }
        let mut out = Vec::new();
        for (finding, print) in findings.into_iter().zip(prints) {
            match unused.get_mut(print.as_str()).and_then(|entries| entries.pop_front()) {
                Some(i) => used[i] = true,
                None => out.push(finding),
            }
        }
        for (e, _) in self.entries.iter().zip(&used).filter(|(_, used)| !**used) {
            let r = &e.record;
            out.push(Finding {
                code: Code::StaleBaselineEntry,
                severity: Code::StaleBaselineEntry.default_severity(),
                message: format!(
                    "the baseline records a {} finding in {} that no longer occurs; rewrite the baseline with --write-baseline",
                    r.code, r.path
                ),
                evidence: vec![Evidence {
                    path: self.path.clone(),
                    line: e.line,
                    column: e.column,
                    span: None,
                    doc: None,
                    text: r.message.clone(),
                    value: format!("baseline entry {}", r.fingerprint),
                    fields: vec![("fingerprint", r.fingerprint.clone()), ("code", r.code.clone())],
                }],
            });
        }
        out
    }
}

/// The baseline file recording `findings`.
pub fn render(findings: &[Finding]) -> String {
    let prints = fingerprint::all(findings);
    let mut records: Vec<Record> = findings
        .iter()
        .zip(prints)
        .map(|(f, fingerprint)| Record {
            fingerprint,
            code: f.code.as_str().to_string(),
            path: f.evidence.first().map(|e| e.path.clone()).unwrap_or_default(),
            message: f.message.clone(),
        })
        .collect();
    records.sort_by(|a, b| (&a.path, &a.code, &a.fingerprint).cmp(&(&b.path, &b.code, &b.fingerprint)));
    let mut s =
        serde_json::to_string_pretty(&File { version: VERSION, findings: records }).expect("baseline serialises");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::Severity;

    fn finding(person: &str) -> Finding {
        Finding {
            code: Code::LedgerHolderConflict,
            severity: Severity::Error,
            message: format!("{person} is not in office"),
            evidence: vec![Evidence {
                path: "a.md".into(),
                line: 4,
                column: 1,
                span: None,
                doc: None,
                text: person.into(),
                value: person.into(),
                fields: vec![("person", person.into())],
            }],
        }
    }

    #[test]
    fn recorded_findings_are_hidden_and_unmatched_entries_reported_at_their_line() {
        let text = render(&[finding("A"), finding("B")]);
        let baseline = Baseline::parse("base.json", &text).unwrap();
        assert!(baseline.apply(vec![finding("A"), finding("B")]).is_empty());
        let rest = baseline.apply(vec![finding("A"), finding("C")]);
        assert_eq!(rest.len(), 2);
        assert_eq!(rest[0].message, "C is not in office");
        assert_eq!(rest[1].code, Code::StaleBaselineEntry);
        let line = text
            .lines()
            .position(|l| {
                l.contains("fingerprint") && rest[1].evidence[0].value.ends_with(&l[l.len() - 18..l.len() - 2])
            })
            .unwrap();
        assert_eq!(rest[1].evidence[0].line, line + 1);
    }

    #[test]
    fn a_file_that_is_not_a_baseline_is_an_error_with_its_place() {
        let e = Baseline::parse("base.json", "{\n  \"version\": 1,\n  \"finding\": []\n}").unwrap_err();
        assert_eq!((e.location.unwrap().line, e.location.unwrap().column), (3, 11));
        assert!(e.message.contains("unknown field `finding`"), "{}", e.message);
    }
}
