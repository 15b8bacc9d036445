//! The output formats and the gate, shared by `check` and `validate`.

use std::io::IsTerminal;

use clap::ValueEnum;

use factdiff::compare::Severity;
use factdiff::error::{Error, ErrorKind};
use factdiff::report::html::EditorUrl;
use factdiff::report::{self, Report, View};

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Annotated source excerpts and a diff per finding.
    Text,
    /// One line per finding: path:line:col: severity[code] message.
    Concise,
    /// The versioned JSON contract (docs/json.md).
    Json,
    /// Tables per story, for an editor's review.
    Markdown,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// One self-contained review page: sources side by side, office timelines.
    Html,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Gate {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// A value of a config setting, parsed as clap would parse the flag.
pub fn from_config<T: ValueEnum>(
    value: Option<&str>,
    key: &str,
    config: &std::path::Path,
) -> Result<Option<T>, Vec<Error>> {
    match value {
        None => Ok(None),
        Some(v) => T::from_str(v, false).map(Some).map_err(|_| {
            vec![Error::new(ErrorKind::Config, format!("expected a valid `{key}`, but found `{v}`")).with_path(config)]
        }),
    }
}

/// The report in `format`; `editor` makes the HTML format's links.
///
/// # Errors
/// For the text and HTML formats, which quote the texts, when a text can no
/// longer be read as it was checked (see [`report::text::SourceLines::read`]).
pub fn render(format: Format, color: Color, editor: &EditorUrl, view: &View<'_>) -> Result<String, Vec<Error>> {
    Ok(match format {
        Format::Text => {
            let lines = report::text::SourceLines::read(view.run)?;
            report::text::Text { color: use_color(color), lines: &lines }.render(view)
        }
        Format::Concise => report::concise::Concise.render(view),
        Format::Json => report::json::Json.render(view),
        Format::Markdown => report::markdown::Markdown.render(view),
        Format::Sarif => report::sarif::Sarif.render(view),
        Format::Github => report::github::Github.render(view),
        Format::Html => {
            let excerpts = report::html::Excerpts::read(view.run)?;
            let base = std::env::current_dir().unwrap_or_default();
            report::html::Html { excerpts: &excerpts, editor: editor.clone(), base }.render(view)
        }
    })
}

pub fn passes_gate(severity: Severity, gate: Gate) -> bool {
    match gate {
        Gate::Error => severity >= Severity::Error,
        Gate::Warning => severity >= Severity::Warning,
        Gate::Info => true,
        Gate::Never => false,
    }
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}
