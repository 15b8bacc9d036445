//! Loading: texts and their publication metadata.
//!
//! Inputs are files and folders of `.txt` and `.md`, or `-` for standard
//! input. A document's publication date comes from, in order: its YAML front
//! matter (`published:`), the `sources.yaml` manifest beside it (or the one
//! given with `--sources`), and `--as-of`. A text with none is still checked,
//! with its claims undated. Documents come back sorted by path, so reports do
//! not depend on the order inputs were named in.
//!
//! (stub: to be written)

use std::path::PathBuf;

use crate::error::Error;
use crate::span::Span;
use crate::time::DateValue;

/// One text to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The path as the user named it (below a named folder: folder + relative
    /// path), with `/` separators; `-` for standard input.
    pub path: String,
    /// The whole text, front matter included, so lines and columns match the file.
    pub text: String,
    /// The part of `text` that is prose (after the front matter).
    pub body: Span,
    pub published: Option<DateValue>,
    /// Where `published` came from.
    pub published_from: Option<MetadataSource>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

/// Where a document's metadata came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetadataSource {
    FrontMatter,
    /// The manifest file, and the line of this document's entry.
    Manifest { path: String, line: usize },
    AsOf,
}

/// How to load.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// An explicit manifest; otherwise a `sources.yaml` beside the texts is used.
    pub sources: Option<PathBuf>,
    /// The publication date for texts that carry none.
    pub as_of: Option<DateValue>,
}

/// Loads every document under `inputs`. Files that cannot be read are
/// reported in the error list; the rest still load.
pub fn load(inputs: &[PathBuf], options: &LoadOptions) -> (Vec<Document>, Vec<Error>) {
    let _ = (inputs, options);
    (Vec::new(), Vec::new())
}
