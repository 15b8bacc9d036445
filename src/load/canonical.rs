//! Canonical paths of many files in few folders, each folder resolved once.
//!
//! [`std::fs::canonicalize`] resolves every component of a path with a
//! system call of its own, so a corpus of 20,000 texts in one folder would
//! resolve that folder 20,000 times. A file that is not itself a link
//! resolves to its folder's canonical path joined with its name; anything
//! else (a link, a name that is `..`, a folder that cannot be resolved)
//! goes to [`std::fs::canonicalize`]. So the answer, and the error, is the
//! one `canonicalize` gives.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

/// The canonical folders resolved so far (`None`: could not be).
#[derive(Debug, Default)]
pub(crate) struct Canonical {
    folders: HashMap<PathBuf, Option<PathBuf>>,
}

impl Canonical {
    /// `std::fs::canonicalize(path)`, with `path`'s folder resolved once
    /// for all the files in it.
    ///
    /// # Errors
    /// When `std::fs::canonicalize(path)` fails, with its error.
    pub(crate) fn path(&mut self, path: &Path) -> io::Result<PathBuf> {
        self.file(path).map(|(canonical, _)| canonical)
    }

    /// [`Canonical::path`], and whether the path names a file (as
    /// [`Path::is_file`] of the canonical path would tell): for a path that
    /// is not a link, the one system call that asks whether it is one also
    /// tells.
    ///
    /// # Errors
    /// When `std::fs::canonicalize(path)` fails, with its error.
    pub(crate) fn file(&mut self, path: &Path) -> io::Result<(PathBuf, bool)> {
        if let (Some(name), Some(folder)) = (path.file_name(), path.parent())
            && let Ok(meta) = std::fs::symlink_metadata(path)
            && !meta.file_type().is_symlink()
        {
            let folder = if folder.as_os_str().is_empty() { Path::new(".") } else { folder };
            let resolved =
                self.folders.entry(folder.to_path_buf()).or_insert_with(|| std::fs::canonicalize(folder).ok());
            if let Some(resolved) = resolved {
                return Ok((resolved.join(name), meta.is_file()));
            }
        }
        let canonical = std::fs::canonicalize(path)?;
        let is_file = canonical.is_file();
        Ok((canonical, is_file))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_resolves_as_canonicalize_resolves_it() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).expect("folder");
        std::fs::write(root.join("sub/a.txt"), "a").expect("file");
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join("sub/a.txt"), root.join("link.txt")).expect("link");
        let mut canonical = Canonical::default();
        for path in [
            root.join("sub/a.txt"),
            root.join("sub/../sub/a.txt"),
            root.join("sub/./a.txt"),
            root.join("sub"),
            root.join("sub/.."),
            root.join("link.txt"),
            root.join("missing.txt"),
            root.join("missing/a.txt"),
        ] {
            let expected = std::fs::canonicalize(&path).map_err(|e| e.kind());
            assert_eq!(canonical.path(&path).map_err(|e| e.kind()), expected, "{}", path.display());
            let expected = expected.map(|p| (p.is_file(), p));
            let got = canonical.file(&path).map(|(p, is_file)| (is_file, p)).map_err(|e| e.kind());
            assert_eq!(got, expected, "{}", path.display());
        }
    }
}
