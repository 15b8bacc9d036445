//! The library's error type: what went wrong, where, and what to do.
//!
//! Every error that reaches a user names the file and, where there is one,
//! the line and column, then says what was expected and what was found. An
//! optional `help` line says what to do about it. The binary maps every
//! error to exit status 2.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::span::Location;

/// What kind of thing failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ErrorKind {
    /// A file or folder could not be read.
    Io,
    /// A text is not UTF-8, is binary, or is too large.
    Text,
    /// A YAML front matter block is malformed.
    FrontMatter,
    /// A `sources.yaml` manifest is malformed or names a missing file.
    Manifest,
    /// A claim file does not match the schema.
    ClaimSchema,
    /// A claim file refers to something that does not exist.
    ClaimReference,
    /// A baseline file is malformed.
    Baseline,
    /// A `factdiff.toml` is malformed.
    Config,
    /// A file given to `factdiff diff` is neither a claim file nor a claim listing.
    Diff,
    /// Command-line usage.
    Usage,
    /// An output file could not be written.
    Output,
    /// An open dataset given to `ledger import` is malformed.
    Ledger,
}

/// An error with its place and remedy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub path: Option<PathBuf>,
    pub location: Option<Location>,
    pub message: String,
    pub help: Option<String>,
    /// The finding code of a consistency problem of the claim files
    /// (`overlapping-tenures`, …), so that `validate` can report it as a
    /// finding; `None` for every other error.
    pub code: Option<&'static str>,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error { kind, path: None, location: None, message: message.into(), help: None, code: None }
    }

    pub fn with_path(mut self, path: impl AsRef<Path>) -> Error {
        self.path = Some(path.as_ref().to_path_buf());
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> Error {
        self.location = Some(Location { line, column });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Error {
        self.help = Some(help.into());
        self
    }

    pub fn with_code(mut self, code: &'static str) -> Error {
        self.code = Some(code);
        self
    }

    /// An I/O failure on `path`, worded for a person.
    pub fn io(path: impl AsRef<Path>, err: &std::io::Error) -> Error {
        let path = path.as_ref();
        let (message, help) = match err.kind() {
            std::io::ErrorKind::NotFound => ("no such file or folder".to_string(), "check the path".to_string()),
            std::io::ErrorKind::PermissionDenied => {
                ("permission denied".to_string(), "make the file readable, or leave it out".to_string())
            }
            _ => (err.to_string(), "check that the path is a readable file or folder".to_string()),
        };
        Error::new(ErrorKind::Io, message).with_path(path).with_help(help)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}", path.display())?;
            if let Some(loc) = self.location {
                write!(f, ":{}:{}", loc.line, loc.column)?;
            }
            f.write_str(": ")?;
        }
        f.write_str(&self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_column_and_remedy() {
        let e = Error::new(ErrorKind::ClaimSchema, "unknown field `strat`, expected one of `start`, `end`")
            .with_path("claims/japan.yaml")
            .at(12, 5)
            .with_help("fix the key name");
        assert_eq!(
            e.to_string(),
            "claims/japan.yaml:12:5: unknown field `strat`, expected one of `start`, `end`\n  help: fix the key name"
        );
    }
}
