//! A document's text across a run: held whole while the document is
//! analysed, then released down to the excerpts the rest of the run reads,
//! and read again from its file when a report shows whole lines.
//!
//! This is what bounds a run's memory by its claims rather than by its
//! corpus: once a document has been extracted, normalised, compared on its
//! own and scanned for suppressions (every step that reads its whole text),
//! only its claims' own words stay in memory (the cross-document comparison
//! quotes them as evidence). A report that shows source lines reads the file
//! again.
//!
//! Invariants: a released text is never read again as anything but the
//! bytes it had when it was analysed — its length and a hash are kept, and a
//! file that no longer matches them is an error, never a report on changed
//! text. A text with no file to read again (standard input, a text built in
//! memory) is never released.

use std::borrow::Cow;
use std::hash::{DefaultHasher, Hasher};
use std::path::PathBuf;

use crate::error::{Error, ErrorKind};
use crate::span::Span;

/// The text of one document: whole while held, its excerpts once released.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    state: State,
    /// Byte length of the whole text.
    len: usize,
    /// Where to read the text again; `None` when it cannot be (then it is
    /// never released).
    file: Option<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum State {
    Held(String),
    Released {
        /// The hash of the whole text, to recognise it when it is read again.
        hash: u64,
        /// Kept excerpts: start offset and bytes, sorted, not overlapping.
        pieces: Vec<(usize, String)>,
    },
}

impl Text {
    /// A text read from `file`, which can be released and read again.
    pub(crate) fn from_file(text: String, file: PathBuf) -> Text {
        Text { len: text.len(), state: State::Held(text), file: Some(file) }
    }

    /// Byte length of the whole text (held or not).
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether the whole text is in memory.
    pub fn is_held(&self) -> bool {
        matches!(self.state, State::Held(_))
    }

    /// The whole text.
    ///
    /// # Panics
    /// When the text has been released ([`Text::release`]): only the steps
    /// that run on one document before its release read whole texts; after
    /// it, use [`Text::excerpt`] or [`Text::read`].
    pub fn as_str(&self) -> &str {
        match &self.state {
            State::Held(text) => text,
            State::Released { .. } => panic!("a released text was read whole; use Text::read"),
        }
    }

    /// The bytes of `span`, when the text is held or the span lies within
    /// an excerpt kept at its release; `None` otherwise (or when the span
    /// is not inside the text).
    pub fn excerpt(&self, span: Span) -> Option<&str> {
        match &self.state {
            State::Held(text) => text.get(span.start..span.end),
            State::Released { pieces, .. } => {
                let i = pieces.partition_point(|(start, _)| *start <= span.start).checked_sub(1)?;
                let (start, piece) = &pieces[i];
                piece.get(span.start - start..span.end.checked_sub(*start)?)
            }
        }
    }

    /// Drops the whole text from memory, keeping the bytes of `keep`
    /// (spans into it) for [`Text::excerpt`]. A text that cannot be read
    /// again stays held; releasing twice changes nothing.
    pub fn release(&mut self, keep: impl IntoIterator<Item = Span>) {
        let State::Held(text) = &self.state else { return };
        if self.file.is_none() {
            return;
        }
        let mut spans: Vec<Span> =
            keep.into_iter().filter(|s| s.start <= s.end && text.get(s.start..s.end).is_some()).collect();
        spans.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => merged.push(span),
            }
        }
        let pieces = merged.into_iter().map(|s| (s.start, s.text(text).to_string())).collect();
        self.state = State::Released { hash: hash(text), pieces };
    }

    /// The whole text: borrowed while held, otherwise read again from its
    /// file (`name` is the document's path, for errors).
    ///
    /// # Errors
    /// An `Io` error naming `name` when the file can no longer be read, or
    /// no longer holds the text that was analysed: the report would point
    /// at lines that are not those the findings were made from.
    pub fn read(&self, name: &str) -> Result<Cow<'_, str>, Error> {
        let (hash_then, file) = match (&self.state, &self.file) {
            (State::Held(text), _) => return Ok(Cow::Borrowed(text)),
            (State::Released { hash, .. }, Some(file)) => (*hash, file),
            (State::Released { .. }, None) => unreachable!("only texts with a file are released"),
        };
        let changed = |found: String| {
            Error::new(
                ErrorKind::Io,
                format!(
                    "changed while factdiff was reading it; run again (expected the {} bytes it was checked as, but found {found})",
                    self.len
                ),
            )
            .with_path(name)
            .with_help("run again once the file is no longer being written to")
        };
        // A byte order mark was removed when the text was first read.
        let limit = self.len as u64 + 3;
        let file = std::fs::File::open(file).map_err(|e| changed(format!("it unreadable: {e}")))?;
        let bytes = super::text::read_bounded(name, file, limit).map_err(|e| match e.kind {
            ErrorKind::Text => changed("a larger file".into()),
            _ => changed(format!("it unreadable: {}", e.message)),
        })?;
        let text = super::text::decode(name, bytes).map_err(|e| changed(format!("other content: {}", e.message)))?;
        if text.len() != self.len {
            return Err(changed(format!("{} bytes", text.len())));
        }
        if hash(&text) != hash_then {
            return Err(changed("other bytes of the same length".into()));
        }
        Ok(Cow::Owned(text))
    }
}

/// A text built in memory (standard input, tests, a text rebuilt from a
/// claim stream): always held.
impl From<String> for Text {
    fn from(text: String) -> Text {
        Text { len: text.len(), state: State::Held(text), file: None }
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::from(text.to_string())
    }
}

/// A hash that tells a changed text from the one analysed, within one run
/// (it is never stored or shown, so it need not be stable across builds).
fn hash(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    h.write(text.as_bytes());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn released(dir: &std::path::Path, content: &str, keep: &[Span]) -> (PathBuf, Text) {
        let path = dir.join("a.txt");
        std::fs::write(&path, content).unwrap();
        let mut text = Text::from_file(content.to_string(), path.clone());
        text.release(keep.iter().copied());
        (path, text)
    }

    #[test]
    fn a_released_text_keeps_only_the_excerpts_asked_for() {
        let dir = tempfile::tempdir().unwrap();
        let content = "Minister Kishida spoke. Then the rain came. Defense Minister Koizumi replied.";
        let (_, text) = released(dir.path(), content, &[Span::new(0, 16), Span::new(9, 23), Span::new(44, 68)]);
        assert!(!text.is_held());
        assert_eq!(text.len(), content.len());
        assert_eq!(text.excerpt(Span::new(9, 16)), Some("Kishida"), "inside merged pieces");
        assert_eq!(text.excerpt(Span::new(0, 23)), Some("Minister Kishida spoke."));
        assert_eq!(text.excerpt(Span::new(52, 68)), Some("Minister Koizumi"));
        assert_eq!(text.excerpt(Span::new(24, 28)), None, "not kept");
        assert_eq!(text.excerpt(Span::new(20, 30)), None, "runs past a kept piece");
    }

    #[test]
    fn a_released_text_is_read_again_from_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let (_, text) = released(dir.path(), "one\ntwo\n", &[]);
        assert_eq!(text.read("a.txt").unwrap(), "one\ntwo\n");
    }

    #[test]
    fn a_file_changed_after_analysis_is_an_error_not_a_report_on_other_text() {
        let dir = tempfile::tempdir().unwrap();
        for (changed, found) in [
            ("one\ntwo\n3\n", "but found 10 bytes"),
            ("one\ntwo\nthree and much more text than before\n", "but found a larger file"),
            ("one\nTWO\n", "but found other bytes of the same length"),
        ] {
            let (path, text) = released(dir.path(), "one\ntwo\n", &[]);
            std::fs::write(&path, changed).unwrap();
            let e = text.read("news/a.txt").unwrap_err();
            assert_eq!(e.kind, ErrorKind::Io);
            assert_eq!(e.path.as_deref(), Some(std::path::Path::new("news/a.txt")));
            assert!(e.message.starts_with("changed while factdiff was reading it; run again"), "{e}");
            assert!(e.message.contains(found), "{e}");
        }
        let (path, text) = released(dir.path(), "one\n", &[]);
        std::fs::remove_file(&path).unwrap();
        assert!(text.read("a.txt").unwrap_err().message.contains("but found it unreadable"));
    }

    #[test]
    fn a_text_without_a_file_is_never_released() {
        let mut text = Text::from("from standard input");
        text.release([Span::new(0, 4)]);
        assert!(text.is_held());
        assert_eq!(text.as_str(), "from standard input");
    }
}
