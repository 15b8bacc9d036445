//! A manifest in its plain layout, read line by line.
//!
//! Nearly every manifest is written one way: `sources:`, then one `- key:
//! value` line opening each entry and one `key: value` line per further
//! key, each value plain text or in double quotes. Such a file is read here
//! in one pass over its lines. The general path reads it twice, with
//! `serde_yaml` for the values and `saphyr-parser` for their places, which
//! was most of the cost of listing a large corpus (Reuters-21578's manifest
//! has 18,896 entries).
//!
//! Anything else gives `None`, and the file goes to the two parsers, which
//! stay the judge of validity and the source of every message about the
//! file's shape: escapes, single quotes, values over several lines, flow
//! collections, anchors, tags, comments after a value, empty values,
//! unknown or repeated keys, an entry without `path` or `published`, and a
//! plain value that YAML would read as anything but the same text (a
//! number, a boolean, null).
//!
//! Invariant: when [`read`] gives entries, they are those
//! [`super::read_yaml`] gives, with the same places (a test compares the
//! two on every manifest of the corpora and on made-up ones).

use serde_yaml::Value;

use super::{EntryYaml, KEYS, Places};
use crate::span::Location;

/// The entries of `source` with their places, when it has the plain layout.
pub(super) fn read(source: &str) -> Option<Vec<(EntryYaml, Places)>> {
    if !source.chars().all(plain_char) {
        return None;
    }
    let mut lines = source.split('\n').enumerate().map(|(i, line)| (i + 1, line)).filter(|(_, line)| !blank(line));
    if lines.next()?.1 != "sources:" {
        return None;
    }
    let mut out = Vec::new();
    // The column of the entries' dashes, set by the first.
    let mut dash: Option<usize> = None;
    let mut entry: Option<Entry> = None;
    for (line, text) in lines {
        let indent = text.len() - text.trim_start_matches(' ').len();
        let rest = &text[indent..];
        match rest.strip_prefix("- ") {
            Some(first) => {
                if *dash.get_or_insert(indent) != indent {
                    return None;
                }
                if let Some(done) = entry.take() {
                    out.push(done.finish()?);
                }
                // Columns count characters from 1; everything before a
                // value is ASCII, so bytes count them.
                let at = Location { line, column: indent + 3 };
                let mut opened = Entry { places: Places { entry: Some(at), ..Places::default() }, ..Entry::default() };
                opened.field(first, at)?;
                entry = Some(opened);
            }
            None => {
                if indent != dash? + 2 {
                    return None;
                }
                entry.as_mut()?.field(rest, Location { line, column: indent + 1 })?;
            }
        }
    }
    out.push(entry?.finish()?);
    Some(out)
}

/// An entry being read.
#[derive(Default)]
struct Entry {
    values: [Option<Value>; KEYS.len()],
    places: Places,
}

impl Entry {
    /// Reads one `key: value` of the entry; `at` is where the key starts.
    fn field(&mut self, text: &str, at: Location) -> Option<()> {
        let (key, value) = text.split_once(": ")?;
        let index = KEYS.iter().position(|k| *k == key)?;
        if self.values[index].is_some() {
            return None;
        }
        let gap = value.len() - value.trim_start_matches(' ').len();
        let scalar = scalar(value[gap..].trim_end_matches(' '), key == "path")?;
        self.values[index] = Some(Value::String(scalar));
        self.places.values[index] = Some(Location { line: at.line, column: at.column + key.len() + 2 + gap });
        Some(())
    }

    /// The entry, when it has a `path` and a `published`.
    fn finish(self) -> Option<(EntryYaml, Places)> {
        let [path, published, outlet, url, title, note] = self.values;
        let Some(Value::String(path)) = path else { return None };
        let entry = EntryYaml {
            path,
            published: published?,
            outlet: outlet.unwrap_or_default(),
            url: url.unwrap_or_default(),
            title: title.unwrap_or_default(),
            note: note.unwrap_or_default(),
        };
        Some((entry, self.places))
    }
}

/// The text of a value that YAML reads as text: in double quotes, with no
/// escapes but `\"` and `\\`, or plain where its first character makes it
/// text. `path` is read as text whatever it looks like,
/// so a plain path may also start with a digit, a dot or a slash
/// ("1.txt", "./a.txt"); a date of the `published` forms ("1987-02-26",
/// "2025-03", "2004/2005", "2025") reads as the same text too (a bare year
/// as a number, written back as it was).
fn scalar(value: &str, path: bool) -> Option<String> {
    if let Some(quoted) = value.strip_prefix('"') {
        return double_quoted(quoted.strip_suffix('"')?);
    }
    // A comment, or a mapping inside the value, is no plain text.
    if value.contains(" #") || value.contains(": ") || value.ends_with(':') {
        return None;
    }
    let first = value.chars().next()?;
    let text = (first.is_ascii_alphabetic() || !first.is_ascii()) && !NOT_TEXT.contains(&value);
    let path_text = path && (first.is_ascii_alphanumeric() || matches!(first, '_' | '.' | '/'));
    (text || path_text || date_text(value)).then(|| value.to_string())
}

/// The text between a value's double quotes, when its only escapes are
/// `\"` and `\\` (the quotes and backslashes of headlines).
fn double_quoted(inner: &str) -> Option<String> {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => match chars.next()? {
                e @ ('"' | '\\') => out.push(e),
                _ => return None,
            },
            c => out.push(c),
        }
    }
    Some(out)
}

/// Plain words YAML reads as null or a boolean.
const NOT_TEXT: &[&str] = &["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"];

/// A year without a leading zero, then dash- or slash-separated numbers:
/// text to YAML (or, alone, a number written back the same).
fn date_text(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() >= 4
        && (b'1'..=b'9').contains(&b[0])
        && b[1..4].iter().all(u8::is_ascii_digit)
        && value[4..].split(['-', '/']).skip(1).all(|part| !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit()))
        && b.get(4).is_none_or(|c| matches!(c, b'-' | b'/'))
}

/// Whether a line holds nothing for YAML: spaces, or a comment.
fn blank(line: &str) -> bool {
    let rest = line.trim_start_matches(' ');
    rest.is_empty() || rest.starts_with('#')
}

/// Characters a plain-layout manifest may hold: printable ones and line
/// feeds. Tabs, carriage returns, byte-order marks, control characters and
/// the line breaks YAML knows besides the line feed (U+0085, U+2028,
/// U+2029) leave the file to the parsers.
fn plain_char(c: char) -> bool {
    matches!(c, '\n' | ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
        && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}')
}
