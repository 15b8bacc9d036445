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
    let options = LoadOptions {
        sources: inputs.sources.clone(),
        as_of: inputs.as_of,
        // A test hook (see `LoadOptions::remove_before_read`).
        remove_before_read: std::env::var("FACTDIFF_TEST_REMOVE_BEFORE_READ").ok(),
        ..LoadOptions::default()
    };
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
    let tmp = write_temp(path, text)?;
    tmp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::new(ErrorKind::Output, "expected a new file, but it already exists")
                .with_path(path)
                .with_help("factdiff never overwrites it; move it away first")
        } else {
            write_error(path, &e.error)
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
///
/// Every file factdiff writes goes through here or [`write_new`].
pub fn write_atomic(path: &Path, text: &str) -> Result<(), Error> {
    let tmp = write_temp(path, text)?;
    tmp.persist(path).map_err(|e| write_error(path, &e.error))?;
    Ok(())
}

/// `text` in a synced temporary file beside `path`, ready to be renamed.
/// On failure the temporary file is removed (when it is dropped).
fn write_temp(path: &Path, text: &str) -> Result<tempfile::NamedTempFile, Error> {
    survive_file_size_limit();
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| write_error(path, &e))?;
    tmp.write_all(text.as_bytes()).map_err(|e| write_error(path, &e))?;
    tmp.flush().map_err(|e| write_error(path, &e))?;
    tmp.as_file().sync_all().map_err(|e| write_error(path, &e))?;
    Ok(tmp)
}

fn write_error(path: &Path, e: &std::io::Error) -> Error {
    // tempfile adds the temporary file's name to its errors; the user knows
    // only the output's name, which the error carries.
    let e = e.raw_os_error().map_or_else(|| e.to_string(), |code| std::io::Error::from_raw_os_error(code).to_string());
    Error::new(ErrorKind::Output, format!("cannot write: {e}"))
        .with_path(path)
        .with_help("check that the folder exists, is writable and has space; the old file, if any, is unchanged")
}

/// Writing past the file size limit (`ulimit -f`) raises SIGXFSZ, whose
/// default action kills the process before the write can fail, leaving the
/// temporary file behind and no message. With a handler installed the write
/// fails with EFBIG instead, which [`write_temp`] reports like a full disk.
fn survive_file_size_limit() {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let seen = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        // If the handler cannot be installed the write is still atomic; only
        // the message on a size limit is lost.
        let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, seen);
    });
}
