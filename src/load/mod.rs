//! Loading: texts and their publication metadata.
//!
//! Inputs are files and folders, or `-` for standard input. Folders are read
//! recursively for `.txt` and `.md` files (extension case-insensitive);
//! other files there are not texts and are passed over, and so are hidden
//! files and folders (names starting with `.`). A file named explicitly is
//! loaded whatever its extension. Symbolic links are followed; a folder link
//! that leads back to its own ancestor is reported, not followed forever.
//!
//! A document's publication date comes from, in order: its YAML front matter
//! (`published:`, see [`front_matter`]), a `sources.yaml` manifest (see
//! [`manifest`]), and [`LoadOptions::as_of`]. A text with none is still
//! loaded, with `published` unset.
//!
//! Manifests are found, unless [`LoadOptions::sources`] names one (which
//! then replaces discovery), in each folder the load reads: every folder
//! walked below a named folder, and the folder of each file named
//! explicitly. A manifest's entries may name files in subfolders
//! (`2025/a.txt`); when two manifests name the same file, the one in the
//! deeper folder wins, as the more specific. A manifest that fails to parse
//! as a whole is reported and ignored; its texts still load.
//!
//! Texts are decoded as UTF-8 only (see [`text`]): a leading byte order mark
//! is removed, so byte offsets count from after it and columns match what
//! editors show; line breaks are kept as they are.
//!
//! Invariants: a file with an error (unreadable, binary, not UTF-8, too
//! large, malformed front matter) yields its error and no document, so no
//! check runs on half-understood input. The same file named twice (or
//! reached twice, through links or overlapping inputs) loads once, under the
//! shortest of its names (the first in byte order among equals). Documents and errors come back sorted by path, so
//! nothing depends on the order inputs were named in or on thread timing.
//!
//! Inputs are listed first ([`list`]: names, manifests, no text) and the
//! texts read in batches ([`Listing::next_batch`]), so that a run over a
//! large corpus never needs every text in memory at once.

mod canonical;
mod front_matter;
mod manifest;
mod source;
mod text;
mod yaml;

pub use source::Text;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::error::{Error, ErrorKind};
use crate::span::Span;
use crate::time::DateValue;

/// One text to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The path as the user named it (below a named folder: folder + relative
    /// path), with `/` separators; `-` for standard input.
    pub path: String,
    /// The whole text, front matter included, so lines and columns match the
    /// file (a leading byte order mark is removed). Held in memory while the
    /// document is analysed, then released to its claims' words (see
    /// [`Text`]).
    pub text: Text,
    /// The part of `text` that is prose (after the front matter).
    pub body: Span,
    pub published: Option<DateValue>,
    /// Where `published` came from.
    pub published_from: Option<MetadataSource>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// The headline, from front matter or manifest (reports can show it).
    pub title: Option<String>,
}

#[cfg(test)]
impl Document {
    /// A test document: `text` at `path`, all prose, published on
    /// `published` (an ISO date), with no other metadata.
    pub(crate) fn dated(path: &str, published: &str, text: &str) -> Document {
        Document {
            path: path.into(),
            text: text.into(),
            body: Span::new(0, text.len()),
            published: Some(DateValue::parse(published).expect("a test date")),
            published_from: None,
            outlet: None,
            url: None,
            title: None,
        }
    }
}

/// Where a document's metadata came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataSource {
    FrontMatter,
    /// The manifest file, and the line of this document's entry.
    Manifest {
        path: String,
        line: usize,
    },
    AsOf,
}

/// How to load.
#[derive(Clone, Debug)]
pub struct LoadOptions {
    /// An explicit manifest, replacing discovery; paths in it are relative
    /// to its own folder.
    pub sources: Option<PathBuf>,
    /// The publication date for texts that carry none.
    pub as_of: Option<DateValue>,
    /// Texts larger than this are refused: a whole text is held in memory
    /// while it is analysed, and a file this large is almost certainly not
    /// an article.
    pub max_bytes: u64,
    /// Test hook: the text listed under this display name is deleted after
    /// the inputs are listed and before any is read, to show what happens to
    /// a file that disappears during a run. The binary sets it from the
    /// environment variable `FACTDIFF_TEST_REMOVE_BEFORE_READ`; nothing else
    /// should.
    #[doc(hidden)]
    pub remove_before_read: Option<String>,
}

impl Default for LoadOptions {
    fn default() -> LoadOptions {
        LoadOptions { sources: None, as_of: None, max_bytes: 512 * 1024 * 1024, remove_before_read: None }
    }
}

/// Loads every document under `inputs`.
///
/// This holds every text in memory at once; a run over a large corpus reads
/// them batch by batch instead, through [`list`] and [`Listing::next_batch`].
///
/// # Errors
/// Inputs that cannot be loaded are reported in the error list (each naming
/// its path, and the line and column where there is one); the rest still
/// load. Both lists are sorted by path.
///
/// # Example
/// ```no_run
/// use std::path::PathBuf;
/// use factdiff::load::{load, LoadOptions};
/// let (documents, errors) = load(&[PathBuf::from("articles")], &LoadOptions::default());
/// assert!(errors.is_empty());
/// for document in &documents {
///     let _ = (&document.path, document.published);
/// }
/// ```
pub fn load(inputs: &[PathBuf], options: &LoadOptions) -> (Vec<Document>, Vec<Error>) {
    load_all(list(inputs, options))
}

/// [`load`], with `-` read from `stdin`.
#[cfg(test)]
fn load_with_stdin(inputs: &[PathBuf], options: &LoadOptions, stdin: &mut dyn Read) -> (Vec<Document>, Vec<Error>) {
    load_all(list_with_stdin(inputs, options, stdin))
}

fn load_all(mut listing: Listing) -> (Vec<Document>, Vec<Error>) {
    let mut documents = Vec::with_capacity(listing.len());
    let mut errors = std::mem::take(&mut listing.errors);
    while let Some((batch, batch_errors)) = listing.next_batch(usize::MAX) {
        documents.extend(batch);
        errors.extend(batch_errors);
    }
    sort_errors(&mut errors);
    (documents, errors)
}

/// Lists the texts under `inputs` and reads their manifests, reading no
/// text yet (except standard input, which can be read only once, now).
///
/// The listing's [`errors`](Listing::errors) are those met so far (a
/// missing input, a malformed manifest); reading the texts may add more.
///
/// # Example
/// ```no_run
/// use std::path::PathBuf;
/// use factdiff::load::{list, LoadOptions};
/// let mut listing = list(&[PathBuf::from("articles")], &LoadOptions::default());
/// while let Some((documents, errors)) = listing.next_batch(256) {
///     // …analyse the documents, then let them go…
///     let _ = (documents, errors);
/// }
/// ```
pub fn list(inputs: &[PathBuf], options: &LoadOptions) -> Listing {
    list_with_stdin(inputs, options, &mut std::io::stdin().lock())
}

/// [`list`], with `-` read from `stdin`.
fn list_with_stdin(inputs: &[PathBuf], options: &LoadOptions, stdin: &mut dyn Read) -> Listing {
    let mut found = Found::default();
    for input in inputs {
        found.input(input);
    }
    let Found { mut texts, manifest_dirs, stdin: wants_stdin, mut errors, .. } = found;
    // In path order, as the names' sort below breaks ties by it. A folder's
    // walk finds its files in this order already, which the sort checks in
    // one pass.
    texts.sort_by(|a, b| a.0.cmp(&b.0));

    let manifests = match &options.sources {
        Some(explicit) => vec![(display_name(explicit), explicit.clone())],
        None => manifest_dirs
            .into_values()
            .filter(|(_, dir)| dir.join(manifest::FILE_NAME).is_file())
            .map(|(name, dir)| (join_name(&name, manifest::FILE_NAME), dir.join(manifest::FILE_NAME)))
            .collect(),
    };
    let (manifests, manifest_errors) = read_manifests(&manifests, options.max_bytes);
    errors.extend(manifest_errors);
    // Deeper manifests come later and overwrite: the more specific wins.
    // Looked up only, never walked.
    let mut entries = FxHashMap::default();
    for m in &manifests {
        for e in &m.entries {
            entries.insert(e.file.as_path(), (m, e));
        }
    }

    if let Some(victim) = &options.remove_before_read {
        for (_, text) in texts.iter().filter(|(_, t)| &t.name == victim) {
            let _ = std::fs::remove_file(&text.fs_path);
        }
    }
    let mut pending: Vec<Pending> = texts
        .into_iter()
        .map(|(key, text)| Pending {
            meta: entries.get(key.as_path()).map(|(m, e)| Meta::of(m, e)),
            name: text.name,
            from: ReadFrom::File(text.fs_path),
        })
        .collect();
    if wants_stdin {
        let bytes = text::read_bounded("-", stdin, options.max_bytes);
        pending.push(Pending { name: "-".into(), from: ReadFrom::Stdin(bytes), meta: None });
    }
    // Stable: among equal names (never expected) the order stays that of the canonical paths.
    pending.sort_by(|a, b| a.name.cmp(&b.name));
    Listing { pending: pending.into(), errors, options: options.clone() }
}

/// The texts a run will read, in path order, not yet read; see [`list`].
#[derive(Debug)]
pub struct Listing {
    pending: std::collections::VecDeque<Pending>,
    /// The errors met while listing: unreadable inputs and manifests.
    pub errors: Vec<Error>,
    options: LoadOptions,
}

impl Listing {
    /// How many texts are still to be read.
    pub fn len(&self) -> usize {
        self.pending.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Reads the next (at most) `size` texts in path order, in parallel:
    /// their documents, in path order, and the errors of those that could
    /// not be loaded. `None` once every text has been read.
    ///
    /// A document's place in the run is its place among the documents of
    /// all batches, in the order they come.
    pub fn next_batch(&mut self, size: usize) -> Option<(Vec<Document>, Vec<Error>)> {
        if self.pending.is_empty() {
            return None;
        }
        let batch: Vec<Pending> = self.pending.drain(..size.min(self.pending.len())).collect();
        let options = &self.options;
        let results: Vec<Result<Document, Error>> = batch
            .into_par_iter()
            .map(|p| {
                let (bytes, file) = match p.from {
                    ReadFrom::File(path) => (read_file(&p.name, &path, options.max_bytes)?, Some(path)),
                    ReadFrom::Stdin(bytes) => (bytes?, None),
                };
                document(&p.name, bytes, file, p.meta.as_ref(), options)
            })
            .collect();
        let mut documents = Vec::with_capacity(results.len());
        let mut errors = Vec::new();
        for result in results {
            match result {
                Ok(document) => documents.push(document),
                Err(error) => errors.push(error),
            }
        }
        Some((documents, errors))
    }
}

/// Sorts load errors as [`load`] returns them: by path, then place, kind
/// and message, so that nothing depends on input order or thread timing.
pub fn sort_errors(errors: &mut [Error]) {
    errors.sort_by(|a, b| (&a.path, a.location, a.kind, &a.message).cmp(&(&b.path, b.location, b.kind, &b.message)));
}

/// A text listed, not yet read.
#[derive(Debug)]
struct Pending {
    name: String,
    from: ReadFrom,
    /// Its manifest entry, if one names it.
    meta: Option<Meta>,
}

#[derive(Debug)]
enum ReadFrom {
    File(PathBuf),
    /// Standard input, read while listing.
    Stdin(Result<Vec<u8>, Error>),
}

/// The metadata a manifest entry gives one text.
#[derive(Debug)]
struct Meta {
    manifest: String,
    line: usize,
    published: DateValue,
    outlet: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

impl Meta {
    fn of(m: &manifest::Manifest, e: &manifest::Entry) -> Meta {
        Meta {
            manifest: m.path.clone(),
            line: e.line,
            published: e.published,
            outlet: e.outlet.clone(),
            url: e.url.clone(),
            title: e.title.clone(),
        }
    }
}

/// A text to read: its display name and the path to open.
struct Listed {
    name: String,
    fs_path: PathBuf,
}

/// What the inputs name, before anything is read.
#[derive(Default)]
struct Found {
    /// By canonical path, so a file reached twice loads once; in the order
    /// found until [`list`] sorts them by path.
    texts: Vec<(PathBuf, Listed)>,
    /// Where each canonical path of `texts` is. Looked up only, never
    /// walked: a tree ordered by path compared paths component by
    /// component at every insertion, a sixth of listing a large folder.
    text_at: FxHashMap<PathBuf, usize>,
    /// Folders whose `sources.yaml` may apply: canonical path → (display
    /// name, path to open).
    manifest_dirs: BTreeMap<PathBuf, (String, PathBuf)>,
    stdin: bool,
    errors: Vec<Error>,
    canonical: canonical::Canonical,
}

impl Found {
    fn input(&mut self, input: &Path) {
        if input.as_os_str() == "-" {
            self.stdin = true;
            return;
        }
        let name = display_name(input);
        match std::fs::metadata(input) {
            Err(err) => self.errors.push(Error::io(&name, &err)),
            Ok(meta) if meta.is_dir() => self.folder(input, &name),
            Ok(_) => {
                self.text(name.clone(), input.to_path_buf());
                let parent = match input.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let parent_name = match name.rsplit_once('/') {
                    Some(("", _)) => "/".to_string(),
                    Some((dir, _)) => dir.to_string(),
                    None => String::new(),
                };
                self.manifest_dir(parent_name, parent);
            }
        }
    }

    fn folder(&mut self, root: &Path, root_name: &str) {
        let walk = walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
        for entry in walk {
            match entry {
                Ok(entry) => {
                    let name = child_name(root, root_name, entry.path());
                    if entry.file_type().is_dir() {
                        self.manifest_dir(name, entry.path().to_path_buf());
                    } else if entry.file_type().is_file() && is_text_name(entry.file_name()) {
                        self.text(name, entry.path().to_path_buf());
                    }
                }
                Err(err) => {
                    let path = err.path().unwrap_or(root);
                    let name = child_name(root, root_name, path);
                    let error = match (err.loop_ancestor(), err.io_error()) {
                        (Some(ancestor), _) => Error::new(
                            ErrorKind::Io,
                            format!(
                                "folder link loop: expected a folder, but found a link back to `{}`",
                                child_name(root, root_name, ancestor)
                            ),
                        )
                        .with_path(&name)
                        .with_help("remove the link, or name the folders to check without it"),
                        (None, Some(io)) => Error::io(&name, io),
                        (None, None) => Error::new(ErrorKind::Io, err.to_string()).with_path(&name),
                    };
                    self.errors.push(error);
                }
            }
        }
    }

    fn text(&mut self, name: String, fs_path: PathBuf) {
        // A path that cannot be resolved is kept under its own name: reading
        // it will report why.
        let key = self.canonical.path(&fs_path).unwrap_or_else(|_| fs_path.clone());
        match self.text_at.get(&key) {
            Some(&at) if preferred(&self.texts[at].1.name, &name) => {}
            Some(&at) => self.texts[at].1 = Listed { name, fs_path },
            None => {
                self.text_at.insert(key.clone(), self.texts.len());
                self.texts.push((key, Listed { name, fs_path }));
            }
        }
    }

    fn manifest_dir(&mut self, name: String, dir: PathBuf) {
        // Several names for one folder: keep the preferred, as for texts.
        if let Ok(key) = std::fs::canonicalize(&dir) {
            match self.manifest_dirs.get_mut(&key) {
                Some(existing) if preferred(&existing.0, &name) => {}
                Some(existing) => *existing = (name, dir),
                None => {
                    self.manifest_dirs.insert(key, (name, dir));
                }
            }
        }
    }
}

/// Parses each manifest; returned shallowest folder first, so that a later
/// (deeper) manifest's entry wins.
fn read_manifests(paths: &[(String, PathBuf)], max_bytes: u64) -> (Vec<manifest::Manifest>, Vec<Error>) {
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    for (name, path) in paths {
        let source = read_file(name, path, max_bytes).and_then(|bytes| text::decode(name, bytes));
        let source = match source {
            Ok(source) => source,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let (manifest, entry_errors) = manifest::parse(name, dir, &source);
        errors.extend(entry_errors);
        if let Some(manifest) = manifest {
            let depth = std::fs::canonicalize(dir).map_or(0, |d| d.components().count());
            parsed.push((depth, manifest));
        }
    }
    parsed.sort_by_key(|(depth, _)| *depth);
    (parsed.into_iter().map(|(_, m)| m).collect(), errors)
}

/// Reads a file, refusing one over `max_bytes` before reading it.
fn read_file(name: &str, path: &Path, max_bytes: u64) -> Result<Vec<u8>, Error> {
    let file = std::fs::File::open(path).map_err(|err| Error::io(name, &err))?;
    let mut size = 0;
    if let Ok(meta) = file.metadata() {
        if meta.is_file() {
            size = meta.len();
        }
        if meta.is_dir() {
            return Err(Error::new(ErrorKind::Io, "expected a file, but found a folder")
                .with_path(name)
                .with_help("name the file itself (a manifest is a file such as `articles/sources.yaml`)"));
        }
        if meta.is_file() && meta.len() > max_bytes {
            return Err(text::too_large(name, Some(meta.len()), max_bytes));
        }
    }
    text::read_bounded_sized(name, file, max_bytes, size)
}

/// Builds a document from a text's bytes (read from `file`, if given) and
/// the manifest entry naming it.
fn document(
    name: &str,
    bytes: Vec<u8>,
    file: Option<PathBuf>,
    meta: Option<&Meta>,
    options: &LoadOptions,
) -> Result<Document, Error> {
    let text = text::decode(name, bytes)?;
    let front = front_matter::parse(name, &text)?;
    let from_manifest =
        meta.map(|m| (m.published, MetadataSource::Manifest { path: m.manifest.clone(), line: m.line }));
    let (published, published_from) = match (front.published, from_manifest, options.as_of) {
        (Some(date), _, _) => (Some(date), Some(MetadataSource::FrontMatter)),
        (None, Some((date, source)), _) => (Some(date), Some(source)),
        (None, None, Some(date)) => (Some(date), Some(MetadataSource::AsOf)),
        (None, None, None) => (None, None),
    };
    Ok(Document {
        path: name.to_string(),
        body: front.body,
        published,
        published_from,
        outlet: front.outlet.or_else(|| meta.and_then(|m| m.outlet.clone())),
        url: front.url.or_else(|| meta.and_then(|m| m.url.clone())),
        title: front.title.or_else(|| meta.and_then(|m| m.title.clone())),
        text: match file {
            Some(file) => Text::from_file(text, file),
            None => Text::from(text),
        },
    })
}

/// Whether name `a` is kept over name `b` for one file: the shortest, then
/// the first in byte order, so the choice does not depend on input order.
fn preferred(a: &str, b: &str) -> bool {
    (a.len(), a) <= (b.len(), b)
}

/// A path as the user named it, with `/` separators and no trailing `/`.
fn display_name(path: &Path) -> String {
    let mut name = path.to_string_lossy().into_owned();
    if std::path::MAIN_SEPARATOR != '/' {
        name = name.replace(std::path::MAIN_SEPARATOR, "/");
    }
    let trimmed = name.trim_end_matches('/');
    if trimmed.is_empty() && !name.is_empty() { "/".to_string() } else { trimmed.to_string() }
}

/// `path`, found below the named folder `root`, under the root's name.
fn child_name(root: &Path, root_name: &str, path: &Path) -> String {
    match path.strip_prefix(root) {
        Ok(rel) if rel.as_os_str().is_empty() => root_name.to_string(),
        Ok(rel) => {
            let rel: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect();
            join_name(root_name, &rel.join("/"))
        }
        Err(_) => display_name(path),
    }
}

fn join_name(dir: &str, child: &str) -> String {
    match dir {
        "" => child.to_string(),
        "/" => format!("/{child}"),
        _ => format!("{dir}/{child}"),
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn is_text_name(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.eq_ignore_ascii_case("txt") || ext.eq_ignore_ascii_case("md"),
        _ => false,
    }
}

#[cfg(test)]
mod tests;

/// One text from its bytes, as [`load`] would build it from a file of that
/// name with no manifest: decoding, the binary check and front matter.
///
/// For fuzzing and tests; [`load`] is the interface.
///
/// # Errors
/// As for a file given to [`load`]: binary content, invalid UTF-8 or
/// malformed front matter, each with its line and column.
#[doc(hidden)]
pub fn document_from_bytes(name: &str, bytes: Vec<u8>, options: &LoadOptions) -> Result<Document, Error> {
    document(name, bytes, None, None, options)
}

/// Parses a `sources.yaml` manifest's text, as [`load`] would (paths in it
/// relative to `dir`); returns how many entries it holds and every error.
///
/// For fuzzing and tests; [`load`] is the interface.
#[doc(hidden)]
pub fn parse_manifest(name: &str, dir: &Path, source: &str) -> (usize, Vec<Error>) {
    let (manifest, errors) = manifest::parse(name, dir, source);
    (manifest.map_or(0, |m| m.entries.len()), errors)
}
