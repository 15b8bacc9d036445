//! The concise report: one line per finding, `path:line:col: severity[code]
//! message`, for editors' quickfix lists and `grep`; then the line naming the
//! claim set and the summary line.
//! Untrusted text is sanitised so that a line is always one line.

use super::{Report, View, ledger_line, summary_line};
use crate::terminal::sanitize;

pub struct Concise;

impl Report for Concise {
    fn render(&self, view: &View<'_>) -> String {
        let mut out = String::new();
        for f in &view.run.comparison.findings {
            let (path, line, column) = f.evidence.first().map_or(("", 0, 0), |e| (e.path.as_str(), e.line, e.column));
            let message = sanitize(&f.message).replace(['\n', '\r'], " ");
            out.push_str(&format!("{}:{line}:{column}: {}[{}] {message}\n", sanitize(path), f.severity, f.code));
        }
        if let Some(ledger) = ledger_line(view) {
            out.push_str(&ledger);
            out.push('\n');
        }
        out.push_str(&summary_line(view));
        out.push('\n');
        out
    }
}
