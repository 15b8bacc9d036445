//! `factdiff.toml`: a project's defaults, so that `factdiff check` in a
//! newsroom repository needs no flags.
//!
//! [`discover`] looks in the current folder and then each parent for the
//! first `factdiff.toml`. Paths in it are relative to the folder it is in.
//! The file is strict: an unknown key, a wrong type, an unknown finding code
//! or severity is an error naming the line and column. Flags given on the
//! command line override the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rust_decimal::Decimal;
use serde::Deserialize;

use crate::compare::{Code, Finding, Severity};
use crate::error::{Error, ErrorKind};

/// The file name searched for.
pub const FILE_NAME: &str = "factdiff.toml";

/// A severity override: a severity, or `off` to drop the code's findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

/// The settings of a `factdiff.toml`, with paths resolved against its folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    /// The file this came from, as shown to the user.
    pub path: PathBuf,
    /// Texts checked when `check` is given none.
    pub paths: Vec<PathBuf>,
    pub claims: Vec<PathBuf>,
    pub sources: Option<PathBuf>,
    /// `text`, `concise`, `json`, `markdown`, `sarif`, `github` or `html`.
    pub format: Option<String>,
    /// The link of each location in the HTML report (see
    /// [`crate::report::html::EditorUrl`]).
    pub editor_url: Option<crate::report::html::EditorUrl>,
    /// `error`, `warning`, `info` or `never`.
    pub fail_on: Option<String>,
    pub holder_window: Option<i32>,
    /// Days apart two texts' dates and figures may be and still be compared.
    pub frame_window: Option<i32>,
    /// The least relative tolerance of every figure (0.02 for `2%`).
    pub figure_tolerance: Option<Decimal>,
    pub baseline: Option<PathBuf>,
    /// Whether the built-in ledger is read under `claims` (`builtin-claims`; default yes).
    pub builtin_claims: Option<bool>,
    pub severity: BTreeMap<Code, Level>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    #[serde(default)]
    paths: Vec<String>,
    #[serde(default)]
    claims: Vec<String>,
    sources: Option<String>,
    format: Option<toml::Spanned<String>>,
    editor_url: Option<toml::Spanned<String>>,
    fail_on: Option<toml::Spanned<String>>,
    holder_window: Option<toml::Spanned<i64>>,
    frame_window: Option<toml::Spanned<i64>>,
    figure_tolerance: Option<toml::Spanned<String>>,
    baseline: Option<String>,
    builtin_claims: Option<bool>,
    #[serde(default)]
    severity: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
}

const FORMATS: [&str; 7] = ["text", "concise", "json", "markdown", "sarif", "github", "html"];
const GATES: [&str; 4] = ["error", "warning", "info", "never"];

/// The nearest `factdiff.toml` at or above `start`, with the path to show
/// for it: relative to `start` (`factdiff.toml`, `../factdiff.toml`).
pub fn discover(start: &Path) -> Option<PathBuf> {
    let mut shown = PathBuf::new();
    let mut dir = Some(start);
    while let Some(d) = dir {
        if d.join(FILE_NAME).is_file() {
            return Some(shown.join(FILE_NAME));
        }
        shown.push("..");
        dir = d.parent();
    }
    None
}

/// Reads a `factdiff.toml`.
///
/// # Errors
/// [`ErrorKind::Io`] when unreadable; [`ErrorKind::Config`] with line and
/// column for invalid TOML, unknown keys, wrong types and unknown values.
pub fn load(path: &Path) -> Result<Config, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, &e))?;
    parse(path, &text)
}

/// Parses the text of a `factdiff.toml` found at `path`.
///
/// # Errors
/// As [`load`].
pub fn parse(path: &Path, text: &str) -> Result<Config, Error> {
    let error = |span: Option<std::ops::Range<usize>>, message: String, help: &str| {
        let mut e = Error::new(ErrorKind::Config, message).with_path(path).with_help(help);
        if let Some(span) = span {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            e = e.at(line, column);
        }
        e
    };
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let message = e.message().trim().to_string();
        let message = match message.strip_prefix("unknown field ").and_then(|r| r.split_once(", expected ")) {
            Some((key, keys)) => format!("expected {}, but found {key}", keys.replacen("one of", "one of the keys", 1)),
            None => message,
        };
        error(e.span(), message, "see `factdiff init` for a commented example of every key")
    })?;
    let dir = path.parent().unwrap_or(Path::new(""));
    let resolve = |p: &String| dir.join(p);
    let one_of = |v: &Option<toml::Spanned<String>>, allowed: &[&str], what: &str| match v {
        Some(s) if !allowed.contains(&s.get_ref().as_str()) => Err(error(
            Some(s.span()),
            format!("expected {what} (one of {}), but found `{}`", allowed.join(", "), s.get_ref()),
            "fix the value",
        )),
        Some(s) => Ok(Some(s.get_ref().clone())),
        None => Ok(None),
    };
    let format = one_of(&raw.format, &FORMATS, "a format")?;
    let fail_on = one_of(&raw.fail_on, &GATES, "a gate")?;
    let editor_url = match &raw.editor_url {
        Some(t) => Some(
            crate::report::html::EditorUrl::parse(t.get_ref())
                .map_err(|m| error(Some(t.span()), m, "write a URL such as \"vscode://file{path}:{line}:{column}\""))?,
        ),
        None => None,
    };
    let days = |raw: &Option<toml::Spanned<i64>>| match raw {
        Some(w) => i32::try_from(*w.get_ref()).ok().filter(|d| (0..=3660).contains(d)).map(Some).ok_or_else(|| {
            error(
                Some(w.span()),
                format!("expected a number of days from 0 to 3660, but found {}", w.get_ref()),
                "fix the value",
            )
        }),
        None => Ok(None),
    };
    let holder_window = days(&raw.holder_window)?;
    let frame_window = days(&raw.frame_window)?;
    let figure_tolerance = match raw.figure_tolerance {
        Some(t) => Some(
            crate::claims::schema::parse_percent(t.get_ref())
                .map_err(|m| error(Some(t.span()), m, "write a percentage such as \"2%\""))?,
        ),
        None => None,
    };
    let mut severity = BTreeMap::new();
    for (code, level) in &raw.severity {
        let c = Code::parse(code.get_ref()).ok_or_else(|| {
            error(
                Some(code.span()),
                format!("expected a finding code, but found `{}`", code.get_ref()),
                "`factdiff explain` lists the codes",
            )
        })?;
        let l = match level.get_ref().as_str() {
            "off" => Level::Off,
            "error" => Level::On(Severity::Error),
            "warning" => Level::On(Severity::Warning),
            "info" => Level::On(Severity::Info),
            other => {
                return Err(error(
                    Some(level.span()),
                    format!("expected `error`, `warning`, `info` or `off`, but found `{other}`"),
                    "fix the value",
                ));
            }
        };
        severity.insert(c, l);
    }
    Ok(Config {
        path: path.to_path_buf(),
        paths: raw.paths.iter().map(resolve).collect(),
        claims: raw.claims.iter().map(resolve).collect(),
        sources: raw.sources.as_ref().map(resolve),
        format,
        editor_url,
        fail_on,
        holder_window,
        frame_window,
        figure_tolerance,
        baseline: raw.baseline.as_ref().map(resolve),
        builtin_claims: raw.builtin_claims,
        severity,
    })
}

impl Config {
    /// Applies the severity overrides: changes severities, drops `off` codes.
    pub fn apply_severity(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings
            .into_iter()
            .filter_map(|mut f| match self.severity.get(&f.code) {
                Some(Level::Off) => None,
                Some(Level::On(s)) => {
                    f.severity = *s;
                    Some(f)
                }
                None => Some(f),
            })
            .collect()
    }
}

/// The starter `factdiff.toml` that `factdiff init` writes.
pub const STARTER: &str = r#"# factdiff configuration. factdiff looks for this file in the current folder
# and then in each parent; paths below are relative to this file's folder.
# Flags on the command line override every setting.

# Texts to check when `factdiff check` is given none.
paths = ["articles"]

# Claim files and folders of them. They extend the ledger built into
# factdiff (office holders it ships with; see `factdiff ledger show`); an
# office or person defined here with a built-in id replaces the built-in one.
claims = ["claims"]

# Set to false to check against the claim files above alone, without the
# built-in ledger (as --no-builtin-claims does).
# builtin-claims = true

# A manifest of publication dates (default: a sources.yaml beside the texts).
# sources = "articles/sources.yaml"

# Output format: text, concise, json, markdown, sarif, github or html.
format = "text"

# The link of each location in the HTML report: {path} (absolute), {relpath},
# {line} and {column} are filled in.
# editor-url = "vscode://file{path}:{line}:{column}"

# The lowest severity that fails the run (exit 1): error, warning, info or never.
fail-on = "error"

# How many days apart two texts' "current holder" claims may be and still
# speak of the same time.
holder-window = 30

# How many days apart two texts may be published and still have their dates
# and figures compared (event-date-conflict, figure-conflict).
frame-window = 30

# The least tolerance of every figure in the claim files; a figure's own
# `tolerance:` applies when it is larger.
# figure-tolerance = "2%"

# Findings recorded here are not reported (write it with --write-baseline).
# baseline = "factdiff-baseline.json"

# Per-code severity: error, warning, info, or off to drop the code's findings.
[severity]
# unconfirmed-holder = "off"
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starter_config_parses() {
        let c = parse(Path::new("factdiff.toml"), STARTER).unwrap();
        assert_eq!(c.claims, vec![PathBuf::from("claims")]);
        assert_eq!(c.holder_window, Some(30));
        let uncommented = STARTER.replace("# builtin-claims = true", "builtin-claims = false");
        assert_eq!(parse(Path::new("factdiff.toml"), &uncommented).unwrap().builtin_claims, Some(false));
        let e = parse(Path::new("f.toml"), "builtin-claims = \"no\"\n").unwrap_err();
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((1, 18)), "{}", e.message);
    }

    #[test]
    fn unknown_keys_and_values_are_errors_at_their_place() {
        let e = parse(Path::new("f.toml"), "claims = [\"c\"]\nfail_on = \"error\"\n").unwrap_err();
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((2, 1)));
        assert!(e.message.starts_with("expected one of the keys `paths`, `claims`"), "{}", e.message);
        assert!(e.message.ends_with(", but found `fail_on`"), "{}", e.message);
        let e = parse(Path::new("f.toml"), "[severity]\nunconfirmed-holder = \"loud\"\n").unwrap_err();
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((2, 22)));
        let e = parse(Path::new("f.toml"), "[severity]\nno-such-code = \"off\"\n").unwrap_err();
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((2, 1)));
    }

    #[test]
    fn editor_urls_that_run_code_are_errors_at_their_place() {
        let c = parse(Path::new("f.toml"), "editor-url = \"vscode://file{path}:{line}\"\n").unwrap();
        assert_eq!(c.editor_url.unwrap().link("/a.md", "a.md", 2, 1), "vscode://file/a.md:2");
        let e = parse(Path::new("f.toml"), "format = \"html\"\neditor-url = \"javascript:alert(1)\"\n").unwrap_err();
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((2, 14)));
        assert!(e.message.contains("the scheme `javascript:`"), "{}", e.message);
    }

    #[test]
    fn paths_are_relative_to_the_file() {
        let c = parse(Path::new("../factdiff.toml"), "claims = [\"claims\"]\nbaseline = \"b.json\"\n").unwrap();
        assert_eq!(c.claims, vec![PathBuf::from("../claims")]);
        assert_eq!(c.baseline, Some(PathBuf::from("../b.json")));
    }
}
