//! The text report: for each finding, the source lines with the claim
//! underlined (annotate-snippets), the claim-file entry it contradicts, and a
//! unified diff of the two normalised claims. Colour only when asked (the
//! binary asks on a terminal without `NO_COLOR`). Untrusted text is sanitised
//! before it reaches the terminal.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Report, View, claim_diff, summary_line};
use crate::compare::{Evidence, Finding, Severity};
use crate::span::LineIndex;
use crate::terminal::sanitize;

pub struct Text {
    pub color: bool,
}

impl Report for Text {
    fn render(&self, view: &View<'_>) -> String {
        let renderer = if self.color { Renderer::styled() } else { Renderer::plain() }
            .decor_style(DecorStyle::Ascii)
            .term_width(120);
        let indexes: Vec<LineIndex> = view.run.documents.iter().map(|d| LineIndex::new(&d.text)).collect();
        let mut out = String::new();
        for finding in &view.run.comparison.findings {
            out.push_str(&self.finding(&renderer, view, &indexes, finding));
            out.push_str("\n\n");
        }
        out.push_str(&summary(view));
        out
    }
}

impl Text {
    fn finding(&self, renderer: &Renderer, view: &View<'_>, indexes: &[LineIndex], f: &Finding) -> String {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::INFO,
        };
        let message = sanitize(&f.message);
        let mut group = Group::with_title(level.primary_title(message.as_ref()).id(f.code.as_str()));
        for (i, e) in f.evidence.iter().enumerate() {
            match (e.doc, e.span) {
                (Some(doc), Some(span)) => {
                    let document = &view.run.documents[doc];
                    let line = indexes[doc].line_span(&document.text, e.line);
                    let source = sanitize(line.text(&document.text)).into_owned();
                    let kind = if i == 0 { AnnotationKind::Primary } else { AnnotationKind::Context };
                    let start = span.start - line.start;
                    let end = (span.end.min(line.end)) - line.start;
                    let label = sanitize(&e.value).into_owned();
                    group = group.element(
                        Snippet::source(source)
                            .line_start(e.line)
                            .path(sanitize(&e.path).into_owned())
                            .fold(true)
                            .annotation(kind.span(start..end).label(label)),
                    );
                }
                _ => {
                    group =
                        group.element(Origin::path(sanitize(&e.path).into_owned()).line(e.line).char_column(e.column));
                    group = group.element(Level::NOTE.message(format!("claim files: {}", sanitize(&e.text))));
                }
            }
        }
        let mut s = renderer.render(&[group]);
        if let [a, b, ..] = f.evidence.as_slice() {
            s.push('\n');
            s.push_str(&self.diff(a, b));
        }
        s.trim_end().to_string()
    }

    /// The unified diff of two normalised claims, indented under the finding.
    fn diff(&self, a: &Evidence, b: &Evidence) -> String {
        let diff = claim_diff(a, b);
        let mut out = String::from("  = diff of the normalised claims:\n");
        for line in diff.lines() {
            let line = sanitize(line);
            let (start, end) = match (self.color, line.chars().next()) {
                (true, Some('-')) if !line.starts_with("---") => ("\x1b[31m", "\x1b[0m"),
                (true, Some('+')) if !line.starts_with("+++") => ("\x1b[32m", "\x1b[0m"),
                _ => ("", ""),
            };
            out.push_str(&format!("    {start}{line}{end}\n"));
        }
        out
    }
}

fn summary(view: &View<'_>) -> String {
    let mut s = summary_line(view);
    s.push('\n');
    if !view.errors.is_empty() {
        let n = view.errors.len();
        s.push_str(&format!("{n} {} could not be read (see above)\n", if n == 1 { "input" } else { "inputs" }));
    }
    s
}
