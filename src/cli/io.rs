//! What the subcommands share: loading texts and claim files, printing
//! errors, writing output (atomically to files).

use std::io::Write;
use std::path::{Path, PathBuf};

use factdiff::claims::{self, ClaimSet};
use factdiff::error::{Error, ErrorKind};
use factdiff::load::{self, Document, LoadOptions};
use factdiff::terminal::sanitize;

use super::Inputs;

/// The claim files named, or `./claims` when none are and it exists.
pub fn load_claims(paths: &[PathBuf]) -> Result<ClaimSet, Vec<Error>> {
    if paths.is_empty() {
        let default = Path::new("claims");
        if !default.is_dir() {
            return Ok(ClaimSet::default());
        }
        return claims::load(&[default.to_path_buf()]);
    }
    claims::load(paths)
}

pub fn load_documents(inputs: &Inputs) -> (Vec<Document>, Vec<Error>) {
    let options = LoadOptions { sources: inputs.sources.clone(), as_of: inputs.as_of, ..LoadOptions::default() };
    load::load(&inputs.paths, &options)
}

#[allow(clippy::print_stderr)]
pub fn report_errors(errors: &[Error]) {
    let mut stderr = std::io::stderr().lock();
    for e in errors {
        let _ = writeln!(stderr, "error: {}", sanitize(&e.to_string()));
    }
}

/// A one-line message for the person at the terminal, on stderr.
#[allow(clippy::print_stderr)]
pub fn note(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{}", sanitize(text));
}

/// Writes a new file atomically; refuses to replace an existing one.
pub fn write_new(path: &Path, text: &str) -> Result<(), Error> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let fail = |e: std::io::Error| {
        Error::new(ErrorKind::Output, format!("cannot write: {e}"))
            .with_path(path)
            .with_help("check that the folder is writable")
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::new(ErrorKind::Output, "expected a new file, but it already exists")
                .with_path(path)
                .with_help("factdiff never overwrites it; move it away first")
        } else {
            fail(e.error)
        }
    })?;
    Ok(())
}

pub fn write_stdout(text: &str) -> Result<(), Vec<Error>> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`factdiff … | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(vec![Error::new(ErrorKind::Output, format!("cannot write to standard output: {e}"))]),
    }
}

/// Writes `text` to `path` through a temporary file in the same folder and a
/// rename, so a failed run never leaves a truncated file or clobbers the old one.
pub fn write_atomic(path: &Path, text: &str) -> Result<(), Error> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let fail = |e: std::io::Error| {
        Error::new(ErrorKind::Output, format!("cannot write: {e}"))
            .with_path(path)
            .with_help("check that the folder exists, is writable and has space; the old file, if any, is unchanged")
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}
