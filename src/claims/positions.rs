//! Where things are in a claim file, from saphyr-parser events.
//!
//! serde_yaml reports positions only for values that fail to deserialise.
//! Findings and consistency errors must also point at entries that parsed
//! fine, so the loader reads each file a second time as a stream of parser
//! events and keeps the position of every item of the top-level lists, of
//! each key inside those items, and of the items of lists nested one level
//! below (`titles`, `aliases`, `keywords`). Positions are zipped with the
//! deserialised entries by index.
//!
//! The walk is a loop over events with an explicit stack, so deep nesting
//! cannot overflow the call stack; aliases are recorded, never expanded.

use std::collections::BTreeMap;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle};

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    fn of(marker: Marker) -> Pos {
        Pos { line: marker.line(), column: marker.col() + 1 }
    }
}

/// A key of a mapping and the start of its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPos {
    pub key: Pos,
    pub value: Pos,
}

/// One item of a top-level list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryPos {
    /// The start of the item (its first key, for a mapping).
    pub at: Pos,
    pub keys: BTreeMap<String, KeyPos>,
    /// For keys whose value is a list: the start of each item.
    pub items: BTreeMap<String, Vec<Pos>>,
}

impl EntryPos {
    /// The value of `key`, else the key's entry.
    pub fn value(&self, key: &str) -> Pos {
        self.keys.get(key).map_or(self.at, |k| k.value)
    }

    /// The `index`th item of the list under `key`, else that key's value.
    pub fn item(&self, key: &str, index: usize) -> Pos {
        self.items.get(key).and_then(|v| v.get(index)).copied().unwrap_or_else(|| self.value(key))
    }
}

/// What the document's root node is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Root {
    /// No document, or a document that is only `null`/`~`/nothing.
    Empty,
    Mapping(Pos),
    Sequence(Pos),
    Scalar(Pos),
}

/// The positions of one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilePositions {
    pub root: Root,
    /// Top-level keys.
    pub keys: BTreeMap<String, KeyPos>,
    /// Items of each top-level list.
    pub lists: BTreeMap<String, Vec<EntryPos>>,
    /// The first alias (`*name`), for errors about alias expansion.
    pub first_alias: Option<Pos>,
    /// The start of a second document, which claim files may not have.
    pub second_document: Option<Pos>,
    /// Keys that repeat within one mapping: the key, where it repeats, and
    /// where it was first.
    pub duplicate_keys: Vec<(String, Pos, Pos)>,
}

impl FilePositions {
    /// The `index`th item of the top-level list `list`; falls back to the
    /// list's key, then to the start of the file.
    pub fn entry(&self, list: &str, index: usize) -> EntryPos {
        match self.lists.get(list).and_then(|l| l.get(index)) {
            Some(e) => e.clone(),
            None => EntryPos {
                at: self.keys.get(list).map_or(Pos { line: 1, column: 1 }, |k| k.key),
                ..EntryPos::default()
            },
        }
    }
}

/// A YAML syntax error, as saphyr-parser words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub pos: Pos,
    pub message: String,
}

/// What a node is, which decides what is recorded about its children.
#[derive(Clone, Debug)]
enum Role {
    Root,
    /// The list under a top-level key.
    TopList(String),
    /// An item (mapping) of a top-level list.
    Entry(String, usize),
    /// A list under a key of an entry.
    EntryList(String, usize, String),
    Other,
}

#[derive(Debug)]
struct Frame {
    role: Role,
    is_map: bool,
    /// In a mapping: the key whose value comes next (`None` while a key is
    /// expected, or when the key is not a plain scalar).
    key: Option<(String, Pos)>,
    expecting_key: bool,
    items: usize,
    /// Scalar keys seen so far in a mapping, with their positions.
    seen: BTreeMap<String, Pos>,
}

impl Frame {
    fn new(role: Role, is_map: bool) -> Frame {
        Frame { role, is_map, key: None, expecting_key: true, items: 0, seen: BTreeMap::new() }
    }
}

/// Collects positions from `text`.
///
/// # Errors
/// The first YAML syntax error, with its position.
pub fn collect(text: &str) -> Result<FilePositions, SyntaxError> {
    let mut out = FilePositions {
        root: Root::Empty,
        keys: BTreeMap::new(),
        lists: BTreeMap::new(),
        first_alias: None,
        second_document: None,
        duplicate_keys: Vec::new(),
    };
    let mut stack: Vec<Frame> = Vec::new();
    let mut documents = 0usize;
    for event in Parser::new_from_str(text) {
        let (event, span) =
            event.map_err(|e| SyntaxError { pos: Pos::of(*e.marker()), message: e.info().to_string() })?;
        let pos = Pos::of(span.start);
        match event {
            Event::DocumentStart(_) => {
                documents += 1;
                if documents == 2 {
                    out.second_document = Some(pos);
                }
            }
            Event::Scalar(ref value, style, ..) => {
                if stack.is_empty() && documents == 1 {
                    let empty =
                        style == ScalarStyle::Plain && matches!(value.as_ref(), "" | "~" | "null" | "Null" | "NULL");
                    out.root = if empty { Root::Empty } else { Root::Scalar(pos) };
                    continue;
                }
                if let Some(top) = stack.last_mut()
                    && top.is_map
                    && top.expecting_key
                {
                    match top.seen.get(value.as_ref()) {
                        Some(&first) => out.duplicate_keys.push((value.to_string(), pos, first)),
                        None => {
                            top.seen.insert(value.to_string(), pos);
                        }
                    }
                    top.key = Some((value.to_string(), pos));
                    top.expecting_key = false;
                    continue;
                }
                node(&mut stack, &mut out, pos, None);
            }
            Event::Alias(_) => {
                out.first_alias.get_or_insert(pos);
                node(&mut stack, &mut out, pos, None);
            }
            Event::MappingStart(..) => node(&mut stack, &mut out, pos, Some(true)),
            Event::SequenceStart(..) => node(&mut stack, &mut out, pos, Some(false)),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                if let Some(top) = stack.last_mut() {
                    done(top);
                }
            }
            Event::StreamStart | Event::StreamEnd | Event::DocumentEnd | Event::Nothing => {}
        }
    }
    Ok(out)
}

/// Records a node starting at `pos`; `container` is `Some(is_map)` for a
/// mapping or sequence, which is pushed.
fn node(stack: &mut Vec<Frame>, out: &mut FilePositions, pos: Pos, container: Option<bool>) {
    let Some(top) = stack.last_mut() else {
        if out.root == Root::Empty && out.second_document.is_none() {
            out.root = match container {
                Some(true) => Root::Mapping(pos),
                Some(false) => Root::Sequence(pos),
                None => Root::Scalar(pos),
            };
        }
        if let Some(is_map) = container {
            let role = if is_map && out.second_document.is_none() { Role::Root } else { Role::Other };
            stack.push(Frame::new(role, is_map));
        }
        return;
    };
    let role = if top.is_map {
        if top.expecting_key {
            // A complex key (a mapping or list used as a key): nothing to record.
            top.expecting_key = false;
            top.key = None;
            if let Some(is_map) = container {
                stack.push(Frame::new(Role::Other, is_map));
            }
            return;
        }
        let key = top.key.clone();
        match (&top.role, key) {
            (Role::Root, Some((name, key_pos))) => {
                out.keys.insert(name.clone(), KeyPos { key: key_pos, value: pos });
                if container == Some(false) { Role::TopList(name) } else { Role::Other }
            }
            (Role::Entry(list, index), Some((name, key_pos))) => {
                if let Some(entry) = out.lists.get_mut(list).and_then(|l| l.get_mut(*index)) {
                    entry.keys.entry(name.clone()).or_insert(KeyPos { key: key_pos, value: pos });
                }
                if container == Some(false) { Role::EntryList(list.clone(), *index, name) } else { Role::Other }
            }
            _ => Role::Other,
        }
    } else {
        let index = top.items;
        top.items += 1;
        match &top.role {
            Role::TopList(list) => {
                let entries = out.lists.entry(list.clone()).or_default();
                entries.push(EntryPos { at: pos, ..EntryPos::default() });
                if container == Some(true) { Role::Entry(list.clone(), index) } else { Role::Other }
            }
            Role::EntryList(list, entry, key) => {
                if let Some(entry) = out.lists.get_mut(list).and_then(|l| l.get_mut(*entry)) {
                    entry.items.entry(key.clone()).or_default().push(pos);
                }
                Role::Other
            }
            _ => Role::Other,
        }
    };
    match container {
        Some(is_map) => stack.push(Frame::new(role, is_map)),
        None => done(top_of(stack)),
    }
}

fn top_of(stack: &mut [Frame]) -> &mut Frame {
    stack.last_mut().expect("a node inside a container has a parent frame")
}

/// A value of the mapping `frame` is complete; a key comes next.
fn done(frame: &mut Frame) {
    if frame.is_map {
        frame.expecting_key = true;
        frame.key = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(line: usize, column: usize) -> Pos {
        Pos { line, column }
    }

    #[test]
    fn records_entries_keys_and_nested_items() {
        let text = "\
schema: 1
people:
  - id: a
    name: A
    aliases: [X, 'Y']
  - {id: b, name: B}
";
        let f = collect(text).unwrap();
        assert_eq!(f.root, Root::Mapping(p(1, 1)));
        assert_eq!(f.keys["people"].key, p(2, 1));
        let people = &f.lists["people"];
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].at, p(3, 5));
        assert_eq!(people[0].keys["name"], KeyPos { key: p(4, 5), value: p(4, 11) });
        assert_eq!(people[0].items["aliases"], vec![p(5, 15), p(5, 18)]);
        assert_eq!(people[1].at, p(6, 5));
        assert_eq!(people[1].value("name"), p(6, 19));
    }

    #[test]
    fn root_kinds() {
        assert_eq!(collect("").unwrap().root, Root::Empty);
        assert_eq!(collect("# only a comment\n").unwrap().root, Root::Empty);
        assert_eq!(collect("---\n").unwrap().root, Root::Empty);
        assert_eq!(collect("- a\n").unwrap().root, Root::Sequence(p(1, 1)));
        assert_eq!(collect("hello\n").unwrap().root, Root::Scalar(p(1, 1)));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        // Flow nesting: saphyr-parser refuses it past its own limit.
        let text = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert!(collect(&text).unwrap_err().message.contains("recursion limit"));
        // Block nesting on one line: accepted here; serde_yaml refuses it later.
        let text = format!("{}x\n", "- ".repeat(10_000));
        assert_eq!(collect(&text).unwrap().root, Root::Sequence(p(1, 1)));
    }

    #[test]
    fn duplicate_keys_are_found_in_any_mapping() {
        let f = collect("a: 1\nb: {c: 1, c: 2}\na: 3\n").unwrap();
        assert_eq!(f.duplicate_keys, vec![("c".to_string(), p(2, 11), p(2, 5)), ("a".to_string(), p(3, 1), p(1, 1))]);
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = collect("a: [1, 2\n").unwrap_err();
        assert_eq!(e.pos.line, 2, "{e:?}");
    }
}
