//! The sentences a page quotes: for each place a finding points at in a
//! text, the sentence around the claim, with the claim's place in it.
//!
//! A run releases its texts once they are analysed, so the sentences are
//! read from the files again (as the text report reads its lines), each
//! file once and checked to be the text analysed.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::check::Run;
use crate::error::Error;
use crate::span::Span;

/// The sentences around the claims a run's findings point at.
#[derive(Clone, Debug, Default)]
pub struct Excerpts {
    /// (document, claim span) → the sentence around it.
    sentences: BTreeMap<(usize, Span), Sentence>,
}

/// A sentence around a claim, split at the claim: text before, the claim's
/// own words, text after. Line breaks inside it are spaces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub before: String,
    pub claim: String,
    pub after: String,
}

impl Excerpts {
    /// Reads the sentence around every claim a finding of `run` points at,
    /// reading each text at most once.
    ///
    /// # Errors
    /// One error per text that can no longer be read as it was analysed
    /// (see [`crate::load::Text::read`]), in document order.
    pub fn read(run: &Run) -> Result<Excerpts, Vec<Error>> {
        let mut wanted: BTreeMap<usize, BTreeSet<Span>> = BTreeMap::new();
        for e in run.comparison.findings.iter().flat_map(|f| &f.evidence) {
            if let (Some(doc), Some(span)) = (e.doc, e.span) {
                wanted.entry(doc).or_default().insert(span);
            }
        }
        let wanted: Vec<(usize, BTreeSet<Span>)> = wanted.into_iter().collect();
        let read: Vec<Result<Vec<Sentence>, Error>> = wanted
            .par_iter()
            .map(|(doc, spans)| {
                let document = &run.documents[*doc];
                let text = document.text.read(&document.path)?;
                Ok(spans.iter().map(|&span| Sentence::around(&text, document.body.start, span)).collect())
            })
            .collect();
        let mut out = Excerpts::default();
        let mut errors = Vec::new();
        for ((doc, spans), result) in wanted.into_iter().zip(read) {
            match result {
                Ok(sentences) => out.sentences.extend(spans.into_iter().map(|s| (doc, s)).zip(sentences)),
                Err(e) => errors.push(e),
            }
        }
        if errors.is_empty() { Ok(out) } else { Err(errors) }
    }

    /// The sentence around the claim at `span` of document `doc`.
    pub fn get(&self, doc: usize, span: Span) -> Option<&Sentence> {
        self.sentences.get(&(doc, span))
    }
}

impl Sentence {
    /// The sentence of `text` around `span`, starting no earlier than
    /// `body` (where the prose starts, after any front matter).
    pub fn around(text: &str, body: usize, span: Span) -> Sentence {
        let span = Span::new(span.start.min(text.len()), span.end.min(text.len()));
        let mut whole = crate::sentence::sentence(text, span);
        if whole.start < body && body <= span.start {
            whole.start = body + (text[body..span.start].len() - text[body..span.start].trim_start().len());
        }
        let flat = |s: &str| s.replace("\r\n", " ").replace(['\n', '\r'], " ");
        Sentence {
            before: flat(&text[whole.start..span.start]),
            claim: flat(span.text(text)),
            after: flat(&text[span.end..whole.end]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sentence_around_a_claim_is_split_at_the_claim() {
        let text = "---\ntitle: A day\n---\nIt rained.\nPrime Minister Jo Bloggs spoke on\nMonday. Then he left.";
        let start = text.find("Prime").unwrap();
        let body = text.find("It").unwrap();
        let s = Sentence::around(text, body, Span::new(start, start + "Prime Minister Jo Bloggs".len()));
        assert_eq!(s.before, "");
        assert_eq!(s.claim, "Prime Minister Jo Bloggs");
        assert_eq!(s.after, " spoke on Monday.");
        let first = text.find("It").unwrap();
        let s = Sentence::around(text, text.find("It").unwrap(), Span::new(first, first + 2));
        assert_eq!((s.before.as_str(), s.after.as_str()), ("", " rained."));
    }

    #[test]
    fn front_matter_is_not_part_of_the_first_sentence() {
        let text = "---\ntitle: A day\n---\n  Prime Minister Jo Bloggs spoke.";
        let start = text.find("Prime").unwrap();
        let body = text.rfind("---\n").unwrap() + 4;
        let s = Sentence::around(text, body, Span::new(start, start + 5));
        assert_eq!((s.before.as_str(), s.claim.as_str()), ("", "Prime"));
    }
}
