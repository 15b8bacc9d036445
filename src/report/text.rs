//! The text report: for each finding, the source lines with the claim
//! underlined (annotate-snippets), the claim-file entry it contradicts, and a
//! unified diff of the two normalised claims. Colour only when asked (the
//! binary asks on a terminal without `NO_COLOR`). Untrusted text is sanitised
//! before it reaches the terminal.
//!
//! The source lines are read before rendering ([`SourceLines::read`]): a
//! run releases its texts once they are analysed, so the lines come from
//! the files again, each read once and checked to be the text analysed.

use std::collections::{BTreeMap, BTreeSet};

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use rayon::prelude::*;

use super::{Report, View, claim_diff, ledger_line, summary_line};
use crate::check::Run;
use crate::compare::{Evidence, Finding, Severity};
use crate::error::Error;
use crate::span::LineIndex;
use crate::terminal::sanitize;

pub struct Text<'a> {
    pub color: bool,
    /// The lines the findings point at, from [`SourceLines::read`] on the
    /// same run.
    pub lines: &'a SourceLines,
}

/// The source lines a run's findings point at.
#[derive(Clone, Debug, Default)]
pub struct SourceLines {
    /// (document, line) → the line's byte offset and its text, without the
    /// line break.
    lines: BTreeMap<(usize, usize), (usize, String)>,
}

impl SourceLines {
    /// Reads every line a finding of `run` points at, reading each text at
    /// most once (and none that is still held).
    ///
    /// # Errors
    /// One error per text that can no longer be read as it was analysed
    /// (see [`crate::load::Text::read`]), in document order.
    pub fn read(run: &Run) -> Result<SourceLines, Vec<Error>> {
        let mut wanted: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for e in run.comparison.findings.iter().flat_map(|f| &f.evidence) {
            if let (Some(doc), Some(_)) = (e.doc, e.span) {
                wanted.entry(doc).or_default().insert(e.line);
            }
        }
        let wanted: Vec<(usize, BTreeSet<usize>)> = wanted.into_iter().collect();
        // In parallel, one text in memory per thread at a time; each
        // result holds the wanted lines' offsets and texts, in line order.
        let read: Vec<Result<Vec<(usize, String)>, Error>> = wanted
            .par_iter()
            .map(|(doc, lines)| {
                let document = &run.documents[*doc];
                let text = document.text.read(&document.path)?;
                let index = LineIndex::new(&text);
                let line = |n: usize| index.line_span(&text, n);
                Ok(lines.iter().map(|&n| (line(n).start, line(n).text(&text).to_string())).collect())
            })
            .collect();
        let mut out = SourceLines::default();
        let mut errors = Vec::new();
        for ((doc, numbers), result) in wanted.into_iter().zip(read) {
            match result {
                Ok(lines) => out.lines.extend(numbers.into_iter().map(|n| (doc, n)).zip(lines)),
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() { Ok(out) } else { Err(errors) }
    }

    /// Line `line` of document `doc`: its byte offset and text.
    fn get(&self, doc: usize, line: usize) -> Option<(usize, &str)> {
        self.lines.get(&(doc, line)).map(|(start, text)| (*start, text.as_str()))
    }
}

impl Report for Text<'_> {
    fn render(&self, view: &View<'_>) -> String {
        let renderer = if self.color { Renderer::styled() } else { Renderer::plain() }
            .decor_style(DecorStyle::Ascii)
            .term_width(120);
        let mut out = String::new();
        for finding in &view.run.comparison.findings {
            out.push_str(&self.finding(&renderer, finding));
            out.push_str("\n\n");
        }
        out.push_str(&summary(view));
        out
    }
}

impl Text<'_> {
    fn finding(&self, renderer: &Renderer, f: &Finding) -> String {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::INFO,
        };
        let message = sanitize(&f.message);
        let mut group = Group::with_title(level.primary_title(message.as_ref()).id(f.code.as_str()));
        for (i, e) in f.evidence.iter().enumerate() {
            let origin = || Origin::path(sanitize(&e.path).into_owned()).line(e.line).char_column(e.column);
            match (e.doc, e.span) {
                (Some(doc), Some(span)) => {
                    // Lines not read for this run: the place alone.
                    let Some((line_start, line)) = self.lines.get(doc, e.line) else {
                        group = group.element(origin());
                        continue;
                    };
                    let source = sanitize(line).into_owned();
                    let kind = if i == 0 { AnnotationKind::Primary } else { AnnotationKind::Context };
                    let start = span.start - line_start;
                    let end = (span.end.min(line_start + line.len())) - line_start;
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
                    group = group.element(origin());
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
    let mut s = ledger_line(view).map(|l| l + "\n").unwrap_or_default();
    s.push_str(&summary_line(view));
    s.push('\n');
    if !view.errors.is_empty() {
        let n = view.errors.len();
        s.push_str(&format!("{n} {} could not be read (see above)\n", if n == 1 { "input" } else { "inputs" }));
    }
    s
}
