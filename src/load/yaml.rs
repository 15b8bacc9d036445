//! Where things are in a YAML text.
//!
//! `serde_yaml` checks shapes and reports positions for the values it
//! refuses, but not for the ones it accepts. Front matter and manifests still
//! need those positions: a `published` value that is valid YAML but not a
//! date, and a manifest entry naming a missing file, must be reported at
//! their line and column. This module parses the same text with
//! `saphyr-parser` into a small tree of nodes that carry only their position,
//! their scalar text, and their children.
//!
//! Invariant: the tree is a best effort beside `serde_yaml`, which stays the
//! judge of validity. When the two parsers disagree, callers fall back to a
//! coarser position rather than fail.

use saphyr_parser::{Event, Parser};

use crate::span::Location;

/// Deeper nesting than this is refused, so hostile input cannot exhaust
/// memory through the node stack. Front matter and manifests are two or three
/// levels deep.
const MAX_DEPTH: usize = 64;

/// One YAML node and where it starts (1-based line and column, in characters,
/// relative to the parsed text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Node {
    pub at: Location,
    pub kind: NodeKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NodeKind {
    Scalar(String),
    Sequence(Vec<Node>),
    Mapping(Vec<(Node, Node)>),
    Alias,
}

impl Node {
    /// The value under `key`, when this is a mapping with a scalar key `key`.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            NodeKind::Mapping(entries) => {
                entries.iter().find(|(k, _)| matches!(&k.kind, NodeKind::Scalar(s) if s == key)).map(|(_, v)| v)
            }
            _ => None,
        }
    }

    /// The items, when this is a sequence.
    pub fn items(&self) -> &[Node] {
        match &self.kind {
            NodeKind::Sequence(items) => items,
            _ => &[],
        }
    }
}

/// Containers being built, innermost last.
enum Open {
    Sequence(Location, Vec<Node>),
    /// Entries so far, and a key waiting for its value.
    Mapping(Location, Vec<(Node, Node)>, Option<Node>),
}

/// The first document of `text` as a tree, or `None` when it is empty, not
/// YAML, or nested deeper than [`MAX_DEPTH`].
pub(crate) fn parse(text: &str) -> Option<Node> {
    let mut stack: Vec<Open> = Vec::new();
    for event in Parser::new_from_str(text) {
        let (event, span) = event.ok()?;
        let at = Location { line: span.start.line(), column: span.start.col() + 1 };
        let done = match event {
            Event::Scalar(value, ..) => Node { at, kind: NodeKind::Scalar(value.into_owned()) },
            Event::Alias(_) => Node { at, kind: NodeKind::Alias },
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    return None;
                }
                stack.push(match event {
                    Event::SequenceStart(..) => Open::Sequence(at, Vec::new()),
                    _ => Open::Mapping(at, Vec::new(), None),
                });
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop()? {
                Open::Sequence(at, items) => Node { at, kind: NodeKind::Sequence(items) },
                Open::Mapping(at, entries, _) => Node { at, kind: NodeKind::Mapping(entries) },
            },
            Event::DocumentEnd | Event::StreamEnd => return None,
            Event::Nothing | Event::StreamStart | Event::DocumentStart(_) => continue,
        };
        match stack.last_mut() {
            None => return Some(done),
            Some(Open::Sequence(_, items)) => items.push(done),
            Some(Open::Mapping(_, entries, pending)) => match pending.take() {
                None => *pending = Some(done),
                Some(key) => entries.push((key, done)),
            },
        }
    }
    None
}

/// A `serde_yaml` error as a message and a location, with every line number
/// shifted down by `line_offset` (the lines before the YAML in its file).
///
/// `serde_yaml` appends the position to its message (`… at line 5 column
/// 5`); it is taken out because [`crate::Error`] shows it as `file:line:col`.
/// Secondary positions (`while parsing a flow sequence at line 1 column 4`)
/// stay in the message, renumbered to the file's lines.
pub(crate) fn serde_error(err: &serde_yaml::Error, line_offset: usize) -> (String, Option<Location>) {
    let mut message = err.to_string();
    let location = err.location().map(|l| {
        let primary = format!(" at line {} column {}", l.line(), l.column());
        if let Some(i) = message.find(&primary) {
            message.replace_range(i..i + primary.len(), "");
        }
        Location { line: l.line() + line_offset, column: l.column() }
    });
    (shift_lines(&message, line_offset), location)
}

/// Adds `offset` to every number following `line ` in `message`.
fn shift_lines(message: &str, offset: usize) -> String {
    if offset == 0 {
        return message.to_string();
    }
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find("line ") {
        let (before, after) = rest.split_at(i + "line ".len());
        out.push_str(before);
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match after[..digits].parse::<usize>() {
            Ok(n) => out.push_str(&(n + offset).to_string()),
            Err(_) => out.push_str(&after[..digits]),
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// A scalar as text: strings as they are, numbers as written (`2025`).
///
/// # Errors
/// What was found instead, worded for a message ("a list").
pub(crate) fn scalar_text(value: &serde_yaml::Value) -> Result<Option<String>, &'static str> {
    use serde_yaml::Value;
    match value {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        Value::Number(n) => Ok(Some(n.to_string())),
        Value::Bool(_) => Err("a boolean"),
        Value::Sequence(_) => Err("a list"),
        Value::Mapping(_) => Err("a mapping"),
        Value::Tagged(tagged) => scalar_text(&tagged.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_carry_one_based_line_and_column() {
        let root = parse("title: Hello\npublished:  2025-03\nsources:\n  - path: a.txt\n").unwrap();
        let published = root.get("published").unwrap();
        assert_eq!(published.at, Location { line: 2, column: 13 });
        assert_eq!(published.kind, NodeKind::Scalar("2025-03".into()));
        let item = &root.get("sources").unwrap().items()[0];
        assert_eq!(item.at.line, 4);
        assert_eq!(item.get("path").unwrap().at, Location { line: 4, column: 11 });
    }

    #[test]
    fn empty_and_broken_yaml_give_no_tree() {
        assert_eq!(parse(""), None);
        assert_eq!(parse("a: [1, 2"), None);
    }

    #[test]
    fn serde_positions_move_to_file_lines() {
        let err = serde_yaml::from_str::<serde_yaml::Value>("a: [1\nb: 2\n").unwrap_err();
        let (message, at) = serde_error(&err, 1);
        assert_eq!(at, Some(Location { line: 3, column: 2 }));
        assert_eq!(message, "did not find expected ',' or ']', while parsing a flow sequence at line 2 column 4");
    }

    #[test]
    fn hostile_nesting_is_refused_not_overflowed() {
        let deep = "[".repeat(10_000);
        assert_eq!(parse(&deep), None);
    }
}
