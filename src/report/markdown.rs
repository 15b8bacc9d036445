//! The Markdown report, for an editor's review: findings grouped by story
//! (the text of their first location), one table per story with both sides
//! quoted and the claim-file entry named, then the summary.
//!
//! Every piece of text from the inputs is escaped, so that a quotation can
//! neither break the table nor inject markup or HTML.

use std::collections::BTreeMap;

use super::{Report, View, ledger_line, summary_line};
use crate::compare::{Evidence, Finding};

pub struct Markdown;

/// Escapes text for a table cell: Markdown punctuation, HTML, line breaks.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn place(e: &Evidence) -> String {
    format!("{}:{}:{}", escape(&e.path), e.line, e.column)
}

fn quote(e: &Evidence) -> String {
    format!("“{}” ({})", escape(&e.text), place(e))
}

fn row(f: &Finding) -> String {
    let first = &f.evidence[0];
    let sources: Vec<&Evidence> = f.evidence.iter().skip(1).filter(|e| e.span.is_some()).collect();
    let ledger: Vec<&Evidence> = f.evidence.iter().filter(|e| e.span.is_none()).collect();
    let says = if first.span.is_some() { quote(first) } else { String::from("—") };
    let other = if sources.is_empty() {
        "—".to_string()
    } else {
        sources.iter().map(|e| quote(e)).collect::<Vec<_>>().join("<br>")
    };
    let entry = if ledger.is_empty() {
        "—".to_string()
    } else {
        ledger.iter().map(|e| format!("{} ({})", escape(&e.text), place(e))).collect::<Vec<_>>().join("<br>")
    };
    format!(
        "| {}:{} | {} | `{}` | {} | {says} | {other} | {entry} |\n",
        first.line,
        first.column,
        f.severity,
        f.code,
        escape(&f.message)
    )
}

impl Report for Markdown {
    fn render(&self, view: &View<'_>) -> String {
        let run = view.run;
        let mut out = String::from("# factdiff report\n\n");
        out.push_str(&summary_line(view));
        out.push_str("\n\n");
        if let Some(ledger) = ledger_line(view) {
            out.push_str(&escape(&ledger));
            out.push_str("\n\n");
        }
        let mut stories: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
        for f in &run.comparison.findings {
            stories.entry(f.evidence.first().map_or("", |e| e.path.as_str())).or_default().push(f);
        }
        for (path, findings) in stories {
            out.push_str(&format!("## {}\n\n", escape(path)));
            if let Some(title) = run.documents.iter().find(|d| d.path == path).and_then(|d| d.title.as_deref()) {
                out.push_str(&format!("*{}*\n\n", escape(title)));
            }
            out.push_str(
                "| Where | Severity | Code | Finding | This text says | Other sources say | Claim-file entry |\n",
            );
            out.push_str("|---|---|---|---|---|---|---|\n");
            for f in findings {
                out.push_str(&row(f));
            }
            out.push('\n');
        }
        if !view.errors.is_empty() {
            out.push_str("## Inputs that could not be read\n\n");
            for e in view.errors {
                out.push_str(&format!("- {}\n", escape(&e.to_string())));
            }
            out.push('\n');
        }
        out.push_str("Codes are explained by `factdiff explain CODE`.\n");
        out
    }
}
