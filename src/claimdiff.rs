//! `factdiff diff`: two claim files, or two `extract` listings, compared
//! entry by entry, keyed by what each entry is about rather than by line.
//!
//! Keys: offices, people and figures by `id`; tenures by (`person`,
//! `office`, `start`); suppressions by (`code`, `path`, `text`); extracted
//! claims by (`path`, `kind`, normalised value), where the normalised value
//! is every field but the position (`line`, `column`, `start`, `end`) and
//! the surface `text`. So a reordered file shows no change, a claim that
//! moved down a line shows no change, and a changed end date shows as one
//! changed entry. Entries are compared as their fields, with mapping keys
//! sorted; a changed entry is shown as a unified diff (`similar`).

use std::collections::BTreeMap;

use serde_yaml::Value;

use crate::error::{Error, ErrorKind};

/// What changed between two files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    /// The rendered diff; empty when nothing changed.
    pub text: String,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added + self.removed + self.changed == 0
    }
}

/// A file's entries by key; the key is also the heading of the entry.
type Entries = BTreeMap<String, String>;

/// Compares two files' texts; `old_path` and `new_path` name them in the
/// output and in errors.
///
/// # Errors
/// [`ErrorKind::Diff`] (with line and column when the YAML is invalid) when
/// a text is neither a claim file (`schema:`) nor a listing (`claims:`), or
/// when one is a claim file and the other a listing.
pub fn diff(old_path: &str, old: &str, new_path: &str, new: &str) -> Result<Changes, Error> {
    let (old_kind, old_entries) = entries(old_path, old)?;
    let (new_kind, new_entries) = entries(new_path, new)?;
    if old_kind != new_kind {
        return Err(Error::new(
            ErrorKind::Diff,
            format!("expected two files of one kind, but found a {old_kind} and a {new_kind}"),
        )
        .with_path(new_path)
        .with_help("compare two claim files, or two `factdiff extract` listings"));
    }
    let mut changes = Changes::default();
    let mut out = String::new();
    let keys: std::collections::BTreeSet<&String> = old_entries.keys().chain(new_entries.keys()).collect();
    for key in keys {
        let (a, b) = (old_entries.get(key), new_entries.get(key));
        let (marker, a, b) = match (a, b) {
            (Some(a), Some(b)) if a == b => continue,
            (Some(a), Some(b)) => {
                changes.changed += 1;
                ("changed", a.as_str(), b.as_str())
            }
            (Some(a), None) => {
                changes.removed += 1;
                ("removed", a.as_str(), "")
            }
            (None, Some(b)) => {
                changes.added += 1;
                ("added", "", b.as_str())
            }
            (None, None) => continue,
        };
        out.push_str(&format!("{marker}: {key}\n"));
        let diff = similar::TextDiff::from_lines(a, b);
        for change in diff.iter_all_changes() {
            let sign = match change.tag() {
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
                similar::ChangeTag::Equal => ' ',
            };
            out.push_str(&format!("  {sign}{}", change.value()));
            if change.missing_newline() {
                out.push('\n');
            }
        }
        out.push('\n');
    }
    if !out.is_empty() {
        out = format!("--- {old_path}\n+++ {new_path}\n\n{out}");
    }
    out.push_str(&format!("{} changed, {} added, {} removed\n", changes.changed, changes.added, changes.removed));
    changes.text = out;
    Ok(changes)
}

fn entries(path: &str, text: &str) -> Result<(&'static str, Entries), Error> {
    let value: Value = serde_yaml::from_str(text).map_err(|e| {
        let mut err = Error::new(ErrorKind::Diff, format!("expected YAML or JSON, but {e}")).with_path(path);
        if let Some(l) = e.location() {
            err = err.at(l.line(), l.column());
        }
        err
    })?;
    let Value::Mapping(map) = &value else {
        return Err(not_a_claim_file(path));
    };
    let mut out = Entries::new();
    if map.contains_key("schema") {
        for (list, key_fields) in [
            ("offices", &["id"][..]),
            ("people", &["id"]),
            ("figures", &["id"]),
            ("tenures", &["person", "office", "start"]),
            ("suppress", &["code", "path", "text"]),
        ] {
            for item in list_items(map, list) {
                let key = format!("{list} {}", key_of(item, key_fields));
                insert(&mut out, key, render(item, &[]));
            }
        }
        Ok(("claim file", out))
    } else if map.contains_key("claims") {
        const POSITION: [&str; 5] = ["line", "column", "start", "end", "text"];
        for item in list_items(map, "claims") {
            let body = render(item, &POSITION);
            let kind = field(item, "kind");
            let key = format!(
                "{} {kind} {}",
                field(item, "path"),
                one_line(&render(item, &["path", "kind", "line", "column", "start", "end", "text"]))
            );
            insert(&mut out, key, body);
        }
        Ok(("claim listing", out))
    } else {
        Err(not_a_claim_file(path))
    }
}

fn not_a_claim_file(path: &str) -> Error {
    Error::new(
        ErrorKind::Diff,
        "expected a claim file (with `schema:`) or an extract listing (with `claims:`), but found neither",
    )
    .with_path(path)
    .with_help("diff compares claim files, or outputs of `factdiff extract`")
}

/// Adds an entry; a key seen before gets its occurrence number.
fn insert(out: &mut Entries, key: String, body: String) {
    let mut k = key.clone();
    let mut n = 1;
    while out.contains_key(&k) {
        n += 1;
        k = format!("{key} #{n}");
    }
    out.insert(k, body);
}

fn list_items<'a>(map: &'a serde_yaml::Mapping, list: &str) -> impl Iterator<Item = &'a Value> {
    map.get(list).and_then(Value::as_sequence).into_iter().flatten()
}

fn field(item: &Value, key: &str) -> String {
    item.get(key).map_or_else(String::new, scalar)
}

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => one_line(&serde_yaml::to_string(other).unwrap_or_default()),
    }
}

fn key_of(item: &Value, fields: &[&str]) -> String {
    let parts: Vec<String> = fields.iter().filter_map(|f| item.get(*f).map(|v| format!("{f}={}", scalar(v)))).collect();
    format!("[{}]", parts.join(", "))
}

fn one_line(text: &str) -> String {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(", ")
}

/// An entry as YAML with sorted keys, leaving out `skip`.
fn render(item: &Value, skip: &[&str]) -> String {
    match item {
        Value::Mapping(m) => {
            let mut sorted: Vec<(String, &Value)> =
                m.iter().map(|(k, v)| (scalar(k), v)).filter(|(k, _)| !skip.contains(&k.as_str())).collect();
            sorted.sort_by(|a, b| a.0.cmp(&b.0));
            let mut out = String::new();
            for (k, v) in sorted {
                let value = serde_yaml::to_string(&sort_value(v)).unwrap_or_default();
                let value = value.trim_end();
                if value.contains('\n') {
                    out.push_str(&format!("{k}:\n"));
                    for line in value.lines() {
                        out.push_str(&format!("  {line}\n"));
                    }
                } else {
                    out.push_str(&format!("{k}: {value}\n"));
                }
            }
            out
        }
        other => serde_yaml::to_string(other).unwrap_or_default(),
    }
}

fn sort_value(v: &Value) -> Value {
    match v {
        Value::Mapping(m) => {
            let mut pairs: Vec<(Value, Value)> = m.iter().map(|(k, v)| (k.clone(), sort_value(v))).collect();
            pairs.sort_by_key(|(k, _)| scalar(k));
            Value::Mapping(pairs.into_iter().collect())
        }
        Value::Sequence(s) => Value::Sequence(s.iter().map(sort_value).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &str = "schema: 1\ntenures:\n  - person: a\n    office: jp.x\n    start: 2020-01-01\n    end: 2021-01-01\n  - person: b\n    office: jp.x\n    start: 2021-01-01\n";

    #[test]
    fn reordering_is_no_change_and_a_new_end_date_is_one_changed_entry() {
        let reordered = "schema: 1\ntenures:\n  - office: jp.x\n    person: b\n    start: 2021-01-01\n  - person: a\n    office: jp.x\n    start: 2020-01-01\n    end: 2021-01-01\n";
        assert!(diff("a", OLD, "b", reordered).unwrap().is_empty());
        let edited = OLD.replace("end: 2021-01-01", "end: 2021-01-02");
        let c = diff("a", OLD, "b", &edited).unwrap();
        assert_eq!((c.changed, c.added, c.removed), (1, 0, 0));
        assert!(c.text.contains("changed: tenures [person=a, office=jp.x, start=2020-01-01]"), "{}", c.text);
        assert!(c.text.contains("  -end: 2021-01-01\n  +end: 2021-01-02\n"), "{}", c.text);
    }
}
