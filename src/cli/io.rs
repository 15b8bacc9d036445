//! What the subcommands share: loading texts and claim files, printing
//! errors, writing output (atomically to files).

use std::io::Write;
use std::path::{Path, PathBuf};

use factdiff::check;
use factdiff::claims::{self, ClaimSet};
use factdiff::error::{Error, ErrorKind};
use factdiff::load::{self, Listing, LoadOptions};
use factdiff::terminal::sanitize;

use super::Inputs;

/// The claim files named, or `./claims` when none are and it exists; over
/// the built-in ledger when `builtin` is true.
pub fn load_claims(paths: &[PathBuf], builtin: bool) -> Result<ClaimSet, Vec<Error>> {
    let default = Path::new("claims");
    if paths.is_empty() && default.is_dir() {
        return claims::load_ledger(&[default.to_path_buf()], builtin);
    }
    claims::load_ledger(paths, builtin)
}

/// The texts `inputs` name, listed to be read batch by batch.
pub fn list_documents(inputs: &Inputs) -> Listing {
    let options = LoadOptions {
        sources: inputs.sources.clone(),
        as_of: inputs.as_of,
        // A test hook (see `LoadOptions::remove_before_read`).
        remove_before_read: std::env::var("FACTDIFF_TEST_REMOVE_BEFORE_READ").ok(),
        ..LoadOptions::default()
    };
    load::list(&inputs.paths, &options)
}

/// How many texts are read and analysed together: [`check::BATCH`], or for
/// tests, `FACTDIFF_TEST_BATCH` (output must not depend on it).
pub fn batch_size() -> usize {
    std::env::var("FACTDIFF_TEST_BATCH").ok().and_then(|v| v.parse().ok()).filter(|&n| n > 0).unwrap_or(check::BATCH)
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
/// Every file factdiff writes goes through here, [`write_new`] or
/// [`AtomicFile`], which they are built on.
pub fn write_atomic(path: &Path, text: &str) -> Result<(), Error> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(text.as_bytes()).map_err(|e| write_error(path, &e))?;
    file.commit()
}

/// `text` in a synced temporary file beside `path`, ready to be renamed.
/// On failure the temporary file is removed (when it is dropped).
fn write_temp(path: &Path, text: &str) -> Result<tempfile::NamedTempFile, Error> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(text.as_bytes()).map_err(|e| write_error(path, &e))?;
    file.synced()
}

/// A new version of a file, written (buffered) to a temporary file beside
/// it and renamed into place by [`AtomicFile::commit`]; dropped before
/// that, it leaves nothing behind and the old file, if any, unchanged. For
/// output written piece by piece, such as a claim stream.
pub struct AtomicFile {
    path: PathBuf,
    tmp: std::io::BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile, Error> {
        survive_file_size_limit();
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| write_error(path, &e))?;
        Ok(AtomicFile { path: path.to_path_buf(), tmp: std::io::BufWriter::new(tmp) })
    }

    /// Syncs the file and renames it into place.
    pub fn commit(self) -> Result<(), Error> {
        let path = self.path.clone();
        self.synced()?.persist(&path).map_err(|e| write_error(&path, &e.error))?;
        Ok(())
    }

    /// The written, synced temporary file, ready to be renamed.
    fn synced(self) -> Result<tempfile::NamedTempFile, Error> {
        let AtomicFile { path, tmp } = self;
        let tmp = tmp.into_inner().map_err(|e| write_error(&path, e.error()))?;
        tmp.as_file().sync_all().map_err(|e| write_error(&path, &e))?;
        Ok(tmp)
    }

    /// The error for a failed write to this file.
    pub fn error(&self, e: &std::io::Error) -> Error {
        write_error(&self.path, e)
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.tmp.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.tmp.flush()
    }
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
