//! Byte spans into source text and their human coordinates.
//!
//! Every claim factdiff reports points at its evidence through a [`Span`]
//! (byte offsets into the document's full text, front matter included) and a
//! [`Location`] (1-based line and column). Columns count Unicode scalar
//! values, so a column matches what an editor shows for UTF-8 text.
//! Line breaks are `\n`, `\r\n` and a lone `\r`.

use serde::Serialize;

/// A half-open byte range `start..end` into a source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span of `part`, a subslice of `whole`.
    ///
    /// Parsers work on `&str` slices of the document; this turns a slice back
    /// into offsets without any searching.
    ///
    /// # Panics
    /// When `part` does not lie inside `whole` (a programming error).
    pub fn of(whole: &str, part: &str) -> Span {
        let base = whole.as_ptr() as usize;
        let start = (part.as_ptr() as usize)
            .checked_sub(base)
            .filter(|s| s + part.len() <= whole.len())
            .expect("Span::of: part is not a subslice of whole");
        Span::new(start, start + part.len())
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// A 1-based line and column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Line start offsets of one text, for turning byte offsets into locations.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(off) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
            let at = i + off;
            let next = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
            starts.push(next);
            i = next;
        }
        LineIndex { starts }
    }

    /// The location of byte offset `byte` in `text` (the text this index was built from).
    pub fn locate(&self, text: &str, byte: usize) -> Location {
        let line = self.starts.partition_point(|&s| s <= byte) - 1;
        let start = self.starts[line];
        let column = text[start..byte.min(text.len())].chars().count() + 1;
        Location { line: line + 1, column }
    }

    /// The byte range of line `line` (1-based), without its line break.
    pub fn line_span(&self, text: &str, line: usize) -> Span {
        let start = self.starts[line - 1];
        let mut end = self.starts.get(line).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Span::new(start, end)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// A cursor for locating many offsets in increasing order, each in time
    /// proportional to its distance from the previous one: on a 20 MB text
    /// with one line, `locate` per claim would be quadratic.
    pub fn cursor<'a>(&'a self, text: &'a str) -> Cursor<'a> {
        Cursor { index: self, text, byte: 0, location: Location { line: 1, column: 1 } }
    }
}

/// See [`LineIndex::cursor`].
pub struct Cursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    byte: usize,
    location: Location,
}

impl Cursor<'_> {
    /// The location of `byte`; fast when offsets come in increasing order.
    pub fn locate(&mut self, byte: usize) -> Location {
        let byte = byte.min(self.text.len());
        let line = self.index.starts.partition_point(|&s| s <= byte);
        let location = if byte >= self.byte && line == self.location.line {
            let column = self.location.column + self.text[self.byte..byte].chars().count();
            Location { line, column }
        } else {
            self.index.locate(self.text, byte)
        };
        self.byte = byte;
        self.location = location;
        location
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_count_characters_and_every_line_break_style() {
        let text = "ab\r\ncé d\rx\ny";
        let idx = LineIndex::new(text);
        assert_eq!(idx.locate(text, 0), Location { line: 1, column: 1 });
        let d = text.find('d').unwrap();
        assert_eq!(idx.locate(text, d), Location { line: 2, column: 4 });
        let x = text.find('x').unwrap();
        assert_eq!(idx.locate(text, x), Location { line: 3, column: 1 });
        let y = text.find('y').unwrap();
        assert_eq!(idx.locate(text, y), Location { line: 4, column: 1 });
        assert_eq!(idx.line_span(text, 2).text(text), "cé d");
    }

    #[test]
    fn cursor_agrees_with_locate_in_any_order() {
        let text = "aé\r\nbc dé\rx\ny z";
        let idx = LineIndex::new(text);
        let mut cursor = idx.cursor(text);
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        for &b in offsets.iter().chain(offsets.iter().rev()) {
            assert_eq!(cursor.locate(b), idx.locate(text, b), "at byte {b}");
        }
    }

    #[test]
    fn span_of_subslice() {
        let whole = "Minister Kishida said";
        let part = &whole[9..16];
        assert_eq!(Span::of(whole, part), Span::new(9, 16));
    }
}
