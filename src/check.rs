//! One run of the pipeline over loaded documents: extract and normalise each
//! document (in parallel), then compare everything.
//!
//! Output order never depends on thread scheduling: claims come back in
//! document order, then text order.

use std::borrow::Cow;

use rayon::prelude::*;

use crate::claims::ClaimSet;
use crate::compare::{self, Comparison, Options};
use crate::extract;
use crate::load::Document;
use crate::normalise::{self, Claim};

/// Everything one `check` run produced.
#[derive(Clone, Debug)]
pub struct Run {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub comparison: Comparison,
}

/// The document's prose with its front matter blanked out (same length, line
/// breaks kept), so that extraction never reads metadata and every span is
/// still an offset into the full text.
pub fn prose(doc: &Document) -> Cow<'_, str> {
    if doc.body.start == 0 {
        return Cow::Borrowed(&doc.text);
    }
    let front: String =
        doc.text[..doc.body.start].chars().map(|c| if c == '\n' || c == '\r' { c } else { ' ' }).collect();
    // Multi-byte characters in front matter become one space each; pad so the body keeps its offset.
    let pad = doc.body.start - front.len();
    Cow::Owned(front + &" ".repeat(pad) + &doc.text[doc.body.start..])
}

/// Extracts and normalises every document, in document order.
pub fn analyse(documents: &[Document], ledger: &ClaimSet) -> Vec<Claim> {
    analyse_with(documents, ledger, &|_| {})
}

/// [`analyse`], calling `progress` with each document's claim count as it
/// is done (from any thread, in any order), for a progress display.
pub fn analyse_with(documents: &[Document], ledger: &ClaimSet, progress: &(dyn Fn(usize) + Sync)) -> Vec<Claim> {
    documents
        .par_iter()
        .enumerate()
        .map(|(i, doc)| {
            let claims = analyse_document(i, doc, ledger);
            progress(claims.len());
            claims
        })
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect()
}

/// Extracts and normalises one document (`index` is its place in the run's
/// document list), in text order.
pub fn analyse_document(index: usize, doc: &Document, ledger: &ClaimSet) -> Vec<Claim> {
    let text = prose(doc);
    let extraction = extract::extract(&text);
    normalise::normalise(index, doc, &extraction, ledger)
}

/// Runs the whole pipeline.
pub fn check(documents: Vec<Document>, ledger: &ClaimSet, options: &Options) -> Run {
    check_with(documents, ledger, options, &|_| {})
}

/// [`check`] with a progress callback, as in [`analyse_with`].
pub fn check_with(
    documents: Vec<Document>,
    ledger: &ClaimSet,
    options: &Options,
    progress: &(dyn Fn(usize) + Sync),
) -> Run {
    let claims = analyse_with(&documents, ledger, progress);
    let comparison = compare::compare(&compare::Input { documents: &documents, claims: &claims, ledger, options });
    Run { documents, claims, comparison }
}
