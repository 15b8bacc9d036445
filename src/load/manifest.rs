//! `sources.yaml`: publication metadata for texts that carry none.
//!
//! ```yaml
//! sources:
//!   - path: 000_6d5b3bfc47ea0a0f.txt   # relative to this file's folder
//!     published: 2025-12-11           # YYYY, YYYY-MM, YYYY-MM-DD or A/B
//!     outlet: toutiao.com (commentary) # optional
//!     url: toutiao.com/article/…       # optional
//!     title: …                         # optional
//!     note: approximate; …             # optional, for people only
//! ```
//!
//! The manifest is written for factdiff, so it is strict: an unknown key is
//! an error (a typo such as `publised` must not silently drop a date), and so
//! is an entry naming a file that does not exist or a file named twice.
//! Errors carry the manifest's path and the line and column of the culprit.
//! An entry that names an existing file which is not among the inputs is
//! fine: a manifest describes a whole folder, and a run may check one text.
//!
//! Invariant: every [`Entry`] returned names an existing file, by its
//! canonical path, at most once per manifest.

use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use serde::Deserialize;
use serde_yaml::Value;

use super::front_matter::PUBLISHED_HELP;
use super::yaml;
use crate::error::{Error, ErrorKind};
use crate::span::Location;
use crate::time::DateValue;

/// The file name a folder's manifest must have to be found.
pub(crate) const FILE_NAME: &str = "sources.yaml";

/// A parsed manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Manifest {
    /// As the user would name it (see [`super::Document::path`]).
    pub path: String,
    pub entries: Vec<Entry>,
}

/// One text's metadata.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The canonical path of the text, for matching against inputs.
    pub file: PathBuf,
    /// The line of the entry in the manifest.
    pub line: usize,
    pub published: DateValue,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestYaml {
    sources: Vec<EntryYaml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryYaml {
    path: String,
    published: Value,
    #[serde(default)]
    outlet: Value,
    #[serde(default)]
    url: Value,
    #[serde(default)]
    title: Value,
    #[serde(default)]
    #[allow(dead_code)]
    note: Value,
}

/// Parses the manifest `source`, named `name`, whose entries are relative
/// to the folder `dir`.
///
/// Returns the manifest with its good entries, and an error for each bad
/// one; `None` when the file as a whole is malformed.
pub(crate) fn parse(name: &str, dir: &Path, source: &str) -> (Option<Manifest>, Vec<Error>) {
    let fail = |message: String, at: Option<Location>| {
        let error = Error::new(ErrorKind::Manifest, message).with_path(name);
        match at {
            Some(at) => error.at(at.line, at.column),
            None => error,
        }
    };
    let parsed: ManifestYaml = match serde_yaml::from_str(source) {
        Ok(parsed) => parsed,
        Err(err) => {
            let (message, at) = yaml::serde_error(&err, 0);
            let error = fail(format!("failed to parse manifest: {message}"), at).with_help(
                "a manifest has a `sources:` list; each entry has `path` and `published`, and \
                 may have `outlet`, `url`, `title` and `note`",
            );
            return (None, vec![error]);
        }
    };
    let tree = yaml::parse(source);
    let items = tree.as_ref().and_then(|t| t.get("sources")).map(|s| s.items()).unwrap_or_default();

    let mut errors = Vec::new();
    let mut entries = Vec::new();
    // Looked up only, never walked: a hash map, as path comparisons were a
    // tenth of parsing a large manifest.
    let mut seen: FxHashMap<PathBuf, usize> = FxHashMap::default();
    let mut canonical = super::canonical::Canonical::default();
    for (i, raw) in parsed.sources.into_iter().enumerate() {
        let node = items.get(i);
        let at = |key: &str| node.and_then(|n| n.get(key)).map(|v| v.at).or(node.map(|n| n.at));
        let line = node.map_or(1, |n| n.at.line);

        let published = match yaml::scalar_text(&raw.published) {
            Ok(Some(text)) => DateValue::parse(&text).map_err(|err| err.to_string()),
            Ok(None) => Err("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but found nothing".to_string()),
            Err(found) => Err(format!("expected a date, but found {found}")),
        };
        let published = match published {
            Ok(date) => date,
            Err(why) => {
                errors.push(
                    fail(format!("failed to parse `published`: {why}"), at("published")).with_help(PUBLISHED_HELP),
                );
                continue;
            }
        };
        let mut text_of = |key: &str, value: &Value| match yaml::scalar_text(value) {
            Ok(text) => text,
            Err(found) => {
                errors.push(fail(format!("failed to parse `{key}`: expected text, but found {found}"), at(key)));
                None
            }
        };
        let (outlet, url, title) =
            (text_of("outlet", &raw.outlet), text_of("url", &raw.url), text_of("title", &raw.title));

        let target = dir.join(&raw.path);
        let file = match canonical.file(&target) {
            Ok((file, true)) => file,
            Ok((_, false)) => {
                errors
                    .push(fail(format!("entry names `{}`: expected a file, but found a folder", raw.path), at("path")));
                continue;
            }
            Err(err) => {
                let found = match err.kind() {
                    std::io::ErrorKind::NotFound => "no such file".to_string(),
                    _ => err.to_string(),
                };
                errors.push(
                    fail(format!("entry names `{}`, which cannot be found: {found}", raw.path), at("path")).with_help(
                        "paths in a manifest are relative to the manifest's folder; fix the path or remove the entry",
                    ),
                );
                continue;
            }
        };
        if let Some(first) = seen.get(&file) {
            errors.push(
                fail(
                    format!(
                        "`{}` is listed twice: expected one entry per file, but found another at line {first}",
                        raw.path
                    ),
                    at("path"),
                )
                .with_help("merge the two entries"),
            );
            continue;
        }
        seen.insert(file.clone(), line);
        entries.push(Entry { file, line, published, outlet, url, title });
    }
    (Some(Manifest { path: name.to_string(), entries }), errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for f in files {
            std::fs::write(dir.path().join(f), "text\n").unwrap();
        }
        dir
    }

    #[test]
    fn good_manifest_gives_entries_with_their_lines() {
        let dir = folder(&["a.txt", "b.txt"]);
        let source = "# metadata\nsources:\n  - path: a.txt\n    published: 2025-12-11\n    outlet: Example\n    note: approximate\n  - path: b.txt\n    published: 2022-11\n";
        let (manifest, errors) = parse("m/sources.yaml", dir.path(), source);
        assert_eq!(errors, vec![]);
        let manifest = manifest.unwrap();
        assert_eq!(manifest.entries.len(), 2);
        assert_eq!(manifest.entries[0].line, 3);
        assert_eq!(manifest.entries[0].published, DateValue::parse("2025-12-11").unwrap());
        assert_eq!(manifest.entries[0].outlet.as_deref(), Some("Example"));
        assert_eq!(manifest.entries[1].line, 7);
        assert_eq!(manifest.entries[1].published, DateValue::Month(2022, 11));
    }

    #[test]
    fn unknown_key_is_an_error_at_file_line_column() {
        let dir = folder(&["a.txt"]);
        let source = "sources:\n  - path: a.txt\n    publised: 2025-12-11\n";
        let (manifest, errors) = parse("m/sources.yaml", dir.path(), source);
        assert_eq!(manifest, None);
        assert_eq!(errors.len(), 1);
        let e = &errors[0];
        assert_eq!(e.kind, ErrorKind::Manifest);
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((3, 5)));
        assert!(
            e.to_string().starts_with(
                "m/sources.yaml:3:5: failed to parse manifest: sources[0]: unknown field `publised`, expected one of"
            ),
            "{e}"
        );
    }

    #[test]
    fn missing_file_is_an_error_at_the_entry_and_the_rest_still_apply() {
        let dir = folder(&["a.txt"]);
        let source = "sources:\n  - path: gone.txt\n    published: 2025\n  - path: a.txt\n    published: 2024\n";
        let (manifest, errors) = parse("sources.yaml", dir.path(), source);
        assert_eq!(manifest.unwrap().entries.len(), 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].location.map(|l| (l.line, l.column)), Some((2, 11)));
        assert_eq!(errors[0].message, "entry names `gone.txt`, which cannot be found: no such file");
    }

    #[test]
    fn bad_or_missing_published_is_refused() {
        let dir = folder(&["a.txt"]);
        let (_, errors) = parse("s.yaml", dir.path(), "sources:\n  - path: a.txt\n    published: soon\n");
        assert_eq!(errors[0].location.map(|l| (l.line, l.column)), Some((3, 16)));
        assert!(errors[0].message.contains("but found `soon`"), "{}", errors[0]);
        let (manifest, errors) = parse("s.yaml", dir.path(), "sources:\n  - path: a.txt\n");
        assert_eq!(manifest, None);
        assert!(errors[0].message.contains("missing field `published`"), "{}", errors[0]);
    }

    #[test]
    fn a_file_listed_twice_is_an_error() {
        let dir = folder(&["a.txt"]);
        let source = "sources:\n  - path: a.txt\n    published: 2025\n  - path: ./a.txt\n    published: 2024\n";
        let (manifest, errors) = parse("s.yaml", dir.path(), source);
        assert_eq!(manifest.unwrap().entries[0].published, DateValue::Year(2025));
        assert!(errors[0].message.contains("listed twice"), "{}", errors[0]);
        assert!(errors[0].message.contains("line 2"), "{}", errors[0]);
    }
}
