//! GitHub Actions workflow commands: one `::error`, `::warning` or
//! `::notice` annotation per finding, at its first source location, titled
//! with the code; the other locations are named in the message.
//!
//! GitHub shows at most 10 annotations of each severity per step, so at
//! most 10 of each are written, followed by one plain line counting the
//! rest, and the summary. Values are escaped as the runner requires: `%`,
//! `\r` and `\n` everywhere, and also `:` and `,` in properties.

use super::{Report, View, ledger_line, summary_line};
use crate::compare::Severity;

pub struct Github;

/// The most annotations of one severity GitHub displays for a step.
pub const MAX_PER_SEVERITY: usize = 10;

/// Escapes a command's message; other control characters and bidi
/// controls (from untrusted text or file names) are neutralised, since the
/// runner's log is shown on a terminal-like viewer.
pub fn escape_data(s: &str) -> String {
    crate::terminal::sanitize(&s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")).into_owned()
}

/// Escapes a command property's value.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Report for Github {
    fn render(&self, view: &View<'_>) -> String {
        let mut out = String::new();
        let mut shown = [0usize; 3];
        let mut hidden = [0usize; 3];
        for f in &view.run.comparison.findings {
            let (command, slot) = match f.severity {
                Severity::Error => ("error", 0),
                Severity::Warning => ("warning", 1),
                Severity::Info => ("notice", 2),
            };
            if shown[slot] == MAX_PER_SEVERITY {
                hidden[slot] += 1;
                continue;
            }
            shown[slot] += 1;
            let mut message = f.message.clone();
            for e in f.evidence.iter().skip(1) {
                let what = if e.span.is_some() { "also in" } else { "claim files:" };
                message.push_str(&format!("\n{what} {}:{}:{}: {}", e.path, e.line, e.column, e.text));
            }
            let mut props = Vec::new();
            if let Some(e) = f.evidence.first() {
                props.push(format!("file={}", escape_property(&e.path)));
                props.push(format!("line={}", e.line));
                props.push(format!("col={}", e.column));
            }
            props.push(format!("title={}", escape_property(&format!("factdiff {}", f.code))));
            out.push_str(&format!("::{command} {}::{}\n", props.join(","), escape_data(&message)));
        }
        if hidden.iter().any(|&n| n > 0) {
            out.push_str(&format!(
                "factdiff: {} more errors, {} more warnings and {} more notes not annotated (GitHub shows {MAX_PER_SEVERITY} of each); run `factdiff check --format text` for all of them\n",
                hidden[0], hidden[1], hidden[2]
            ));
        }
        if let Some(ledger) = ledger_line(view) {
            out.push_str(&ledger);
            out.push('\n');
        }
        out.push_str(&summary_line(view));
        out.push('\n');
        for e in view.errors {
            let mut props = Vec::new();
            if let Some(p) = &e.path {
                props.push(format!("file={}", escape_property(&p.display().to_string())));
            }
            if let Some(l) = e.location {
                props.push(format!("line={},col={}", l.line, l.column));
            }
            props.push("title=factdiff input error".to_string());
            let message = match &e.help {
                Some(h) => format!("{}\n{h}", e.message),
                None => e.message.clone(),
            };
            out.push_str(&format!("::error {}::{}\n", props.join(","), escape_data(&message)));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Run;
    use crate::compare::{Code, Comparison, Evidence, Finding};
    use crate::report::Subject;

    #[test]
    fn at_most_ten_annotations_per_severity_then_a_count_of_the_rest() {
        let finding = |i: usize, severity| Finding {
            code: Code::UnconfirmedHolder,
            severity,
            message: format!("note {i}"),
            evidence: vec![Evidence {
                path: "a.md".into(),
                line: i,
                column: 1,
                span: None,
                doc: None,
                text: String::new(),
                value: String::new(),
                fields: Vec::new(),
            }],
        };
        let mut findings: Vec<Finding> = (1..=12).map(|i| finding(i, Severity::Info)).collect();
        findings.push(finding(13, Severity::Error));
        let run = Run { comparison: Comparison { findings, ..Comparison::default() }, ..Run::default() };
        let out = Github.render(&View { run: &run, errors: &[], subject: Subject::Texts, ledger: None });
        assert_eq!(out.lines().filter(|l| l.starts_with("::notice file=a.md,")).count(), 10, "{out}");
        assert_eq!(out.lines().filter(|l| l.starts_with("::error file=a.md,line=13,")).count(), 1, "{out}");
        assert!(out.contains("\nfactdiff: 0 more errors, 0 more warnings and 2 more notes not annotated"), "{out}");
    }

    #[test]
    fn escapes_follow_the_runner() {
        assert_eq!(escape_data("50% off\r\nnext"), "50%25 off%0D%0Anext");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
