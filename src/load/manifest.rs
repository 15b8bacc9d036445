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

mod lines;

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

/// Where an entry and its values start in the manifest.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Places {
    entry: Option<Location>,
    /// The value of each of [`KEYS`], in that order.
    values: [Option<Location>; KEYS.len()],
}

/// An entry's keys, as [`EntryYaml`] names them.
const KEYS: [&str; 6] = ["path", "published", "outlet", "url", "title", "note"];

impl Places {
    /// Where the value of `key` starts, else where its entry does.
    fn of(&self, key: &str) -> Option<Location> {
        let value = KEYS.iter().position(|k| *k == key).and_then(|i| self.values[i]);
        value.or(self.entry)
    }
}

/// The entries of `source` as `serde_yaml` reads them, with their places
/// from [`yaml::parse`]'s tree: any manifest, at the cost of two parsers.
///
/// # Errors
/// `serde_yaml`'s, when the file is no manifest.
fn read_yaml(source: &str) -> Result<Vec<(EntryYaml, Places)>, serde_yaml::Error> {
    let parsed: ManifestYaml = serde_yaml::from_str(source)?;
    let tree = yaml::parse(source);
    let items = tree.as_ref().and_then(|t| t.get("sources")).map(|s| s.items()).unwrap_or_default();
    let read = parsed.sources.into_iter().enumerate().map(|(i, raw)| {
        let node = items.get(i);
        let mut places = Places { entry: node.map(|n| n.at), ..Places::default() };
        for (value, key) in places.values.iter_mut().zip(KEYS) {
            *value = node.and_then(|n| n.get(key)).map(|v| v.at);
        }
        (raw, places)
    });
    Ok(read.collect())
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
    let read = match lines::read(source) {
        Some(read) => read,
        None => match read_yaml(source) {
            Ok(read) => read,
            Err(err) => {
                let (message, at) = yaml::serde_error(&err, 0);
                let error = fail(format!("failed to parse manifest: {message}"), at).with_help(
                    "a manifest has a `sources:` list; each entry has `path` and `published`, and \
                     may have `outlet`, `url`, `title` and `note`",
                );
                return (None, vec![error]);
            }
        },
    };

    let mut errors = Vec::new();
    let mut entries = Vec::new();
    // Looked up only, never walked: a hash map, as path comparisons were a
    // tenth of parsing a large manifest.
    let mut seen: FxHashMap<PathBuf, usize> = FxHashMap::default();
    let mut canonical = super::canonical::Canonical::default();
    for (raw, places) in read {
        let at = |key: &str| places.of(key);
        let line = places.entry.map_or(1, |at| at.line);

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

    /// (path, published, outlet, url, title) of entries as read, with their places.
    type Seen = Vec<(String, Option<String>, Option<String>, Option<String>, Option<String>, Places)>;

    fn seen(read: Vec<(EntryYaml, Places)>) -> Seen {
        let text = |v: &Value| yaml::scalar_text(v).unwrap();
        read.into_iter()
            .map(|(e, p)| (e.path.clone(), text(&e.published), text(&e.outlet), text(&e.url), text(&e.title), p))
            .collect()
    }

    /// The line reader gives what the two parsers give, or leaves the file to them.
    fn same_as_parsers(source: &str) -> bool {
        let Some(lines) = lines::read(source) else { return false };
        let parsers = read_yaml(source).expect("a manifest the line reader takes is valid YAML");
        assert_eq!(seen(lines), seen(parsers), "{source}");
        true
    }

    #[test]
    fn plain_manifests_are_read_by_lines_as_the_parsers_read_them() {
        let plain = [
            "sources:\n  - path: a.txt\n    published: 2025-12-11\n    outlet: Example\n    note: approximate\n",
            "# c\nsources:\n\n- path: 1.txt\n  published: 1987-02-26\n  title: \"BAHIA: COCOA # REVIEW\"\n  # c\n",
            "sources:\n  - published: 2025\n    path: ./b c.txt   \n    url: https://example.com/a#b?c=[1],{2}\n",
            "sources:\n  - path: \"x.txt\"\n    published:   2004/2005\n    title: Ünïcode « title »\n    outlet: \"\"\n",
            "sources:\n  - path: a.txt\n    published: soon\n  - path: a.txt\n    published: 2025-13\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: \"A \\\"B\\\" \\\\ C\"\n",
        ];
        for source in plain {
            assert!(same_as_parsers(source), "not read by lines: {source}");
        }
        let others = [
            "sources:\n  - path: a.txt\n    published: 2025 # comment\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: true\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: 12 ANGRY MEN\n",
            "sources:\n  - path: a.txt\n    published: 02025\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: a\n      b\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: 'a'\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: \"a\\tb\"\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: \"a\"b\"\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    path: b.txt\n",
            "sources:\n  - path: a.txt\n    publised: 2025\n",
            "sources:\n  - path: a.txt\n",
            "sources:\n  - path: a.txt\n    published:\n",
            "sources:\n  - path: a.txt\n    published: 2025\n   title: x\n",
            "sources:\r\n  - path: a.txt\r\n    published: 2025\r\n",
            "sources:\n\t- path: a.txt\n",
            "sources:\n  - path: a.txt\n    published: 2025\nother: 1\n",
            "sources:\n",
            "sources: []\n",
            "---\nsources:\n  - path: a.txt\n    published: 2025\n",
            "sources:\n  - path: a.txt\n    published: 2025\n    title: a: b\n",
        ];
        for source in others {
            assert!(lines::read(source).is_none(), "read by lines: {source}");
        }
    }

    #[test]
    fn the_bundled_and_shared_manifests_are_read_by_lines_as_the_parsers_read_them() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut manifests = vec![root.join("articles/sources.yaml"), root.join("fuzz/seeds/manifest/sources.yaml")];
        for corpus in ["reuters-21578", "seeds"] {
            manifests.push(root.join("../shared/corpus").join(corpus).join(FILE_NAME));
        }
        for path in manifests.iter().filter(|p| p.is_file()) {
            let source = std::fs::read_to_string(path).unwrap();
            assert!(same_as_parsers(&source), "{} is not read by lines", path.display());
        }
    }

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
