//! One run of the pipeline: each document extracted, normalised, compared
//! on its own and scanned for suppressions (in parallel), then every claim
//! compared across documents.
//!
//! Documents come in batches, in path order. Each step that reads a whole
//! text runs while the document's batch is in memory; then the text is
//! released down to its claims' own words (see [`crate::load::Text`]), the
//! only part of it the comparison across documents quotes. So a run's
//! memory grows with its claims, not with its corpus.
//!
//! Output never depends on thread scheduling or on how documents are
//! batched: claims come back in document order, then text order, and the
//! findings are sorted.

use std::borrow::Cow;

use rayon::prelude::*;

use crate::claims::{ClaimSet, LedgerSummary};
use crate::compare::{self, Comparison, Options};
use crate::extract::{self, Lexicon};
use crate::load::Document;
use crate::normalise::{self, Claim};
use crate::suppress::{self, Directive};

/// Everything one `check` run produced.
#[derive(Clone, Debug, Default)]
pub struct Run {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub comparison: Comparison,
    /// The inline suppression directives found in the texts, in document
    /// order (see [`crate::suppress`]).
    pub directives: Vec<Directive>,
    /// The claim set the run was checked against.
    pub ledger: LedgerSummary,
}

/// How many documents are analysed together (in parallel) before their
/// texts are released: enough to keep every core busy, few enough that the
/// texts of one batch stay small.
pub const BATCH: usize = 256;

/// The document's prose with its front matter blanked out (same length, line
/// breaks kept), so that extraction never reads metadata and every span is
/// still an offset into the full text.
///
/// # Panics
/// When the document's text has been released (see [`crate::load::Text::as_str`]).
pub fn prose(doc: &Document) -> Cow<'_, str> {
    let text = doc.text.as_str();
    if doc.body.start == 0 {
        return Cow::Borrowed(text);
    }
    let front: String = text[..doc.body.start].chars().map(|c| if c == '\n' || c == '\r' { c } else { ' ' }).collect();
    // Multi-byte characters in front matter become one space each; pad so the body keeps its offset.
    let pad = doc.body.start - front.len();
    Cow::Owned(front + &" ".repeat(pad) + &text[doc.body.start..])
}

/// Extracts and normalises every document, in document order, reading
/// words with the lexicon `ledger` teaches; then reads the dates of texts
/// dated only to a month and the currency of bare dollars against their
/// story (see [`normalise::story`]).
pub fn analyse(documents: &[Document], ledger: &ClaimSet) -> Vec<Claim> {
    let lexicon = extract::lexicon(ledger);
    let mut claims: Vec<Claim> = documents
        .par_iter()
        .enumerate()
        .map(|(i, doc)| analyse_document(i, doc, ledger, &lexicon))
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect();
    normalise::story::settle(documents, &mut claims);
    claims
}

/// Extracts and normalises one document (`index` is its place in the run's
/// document list), in text order. `lexicon` is the run's, made from
/// `ledger` by [`extract::lexicon`].
///
/// # Panics
/// When the document's text has been released.
pub fn analyse_document(index: usize, doc: &Document, ledger: &ClaimSet, lexicon: &Lexicon) -> Vec<Claim> {
    let text = prose(doc);
    let extraction = extract::extract(&text, lexicon);
    normalise::normalise(index, doc, &extraction, ledger)
}

/// Runs the whole pipeline over documents already in memory, releasing each
/// text once it has been analysed (see [`Analysis`]).
pub fn check(documents: Vec<Document>, ledger: &ClaimSet, options: &Options) -> Run {
    let mut analysis = Analysis::new(ledger, options);
    let mut documents = documents.into_iter();
    loop {
        let batch: Vec<Document> = documents.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        analysis.add(batch, &|_| {});
    }
    analysis.finish()
}

/// A run being built batch by batch: [`Analysis::add`] each batch of
/// documents in path order, then [`Analysis::finish`].
///
/// # Example
/// ```no_run
/// use std::path::PathBuf;
/// use factdiff::check::{Analysis, BATCH};
/// use factdiff::load::{list, LoadOptions};
/// let ledger = factdiff::claims::ClaimSet::default();
/// let options = factdiff::compare::Options::default();
/// let mut listing = list(&[PathBuf::from("articles")], &LoadOptions::default());
/// let mut analysis = Analysis::new(&ledger, &options);
/// while let Some((documents, _errors)) = listing.next_batch(BATCH) {
///     analysis.add(documents, &|_| {});
/// }
/// let run = analysis.finish();
/// # let _ = run;
/// ```
pub struct Analysis<'a> {
    ledger: &'a ClaimSet,
    /// The run's lexicon, taught by `ledger`.
    lexicon: Lexicon,
    options: &'a Options,
    documents: Vec<Document>,
    claims: Vec<Claim>,
    /// The findings of the checks that read one document at a time.
    comparison: Comparison,
    directives: Vec<Directive>,
}

impl<'a> Analysis<'a> {
    pub fn new(ledger: &'a ClaimSet, options: &'a Options) -> Analysis<'a> {
        Analysis {
            ledger,
            lexicon: extract::lexicon(ledger),
            options,
            documents: Vec::new(),
            claims: Vec::new(),
            comparison: Comparison::default(),
            directives: Vec::new(),
        }
    }

    /// Analyses the next documents of the run (following every document
    /// added before, in path order), in parallel: extraction,
    /// normalisation, the checks of one document and its suppression
    /// directives; then releases their texts. `progress` is called with
    /// each document's claim count as it is done (from any thread, in any
    /// order), for a progress display.
    pub fn add(&mut self, batch: Vec<Document>, progress: &(dyn Fn(usize) + Sync)) {
        let first = self.documents.len();
        self.documents.extend(batch);
        let (documents, ledger, lexicon, options) = (&self.documents, self.ledger, &self.lexicon, self.options);
        let done: Vec<(Vec<Claim>, Comparison, Vec<Directive>)> = (first..documents.len())
            .into_par_iter()
            .map(|i| {
                let claims = analyse_document(i, &documents[i], ledger, lexicon);
                let input = compare::Input { documents, claims: &claims, ledger, options };
                let mut comparison = Comparison::default();
                compare::within_documents(&input, &mut comparison.findings, &mut comparison.corroboration);
                let directives = suppress::directives(i, &documents[i]);
                progress(claims.len());
                (claims, comparison, directives)
            })
            .collect();
        for ((claims, comparison, directives), doc) in done.into_iter().zip(&mut self.documents[first..]) {
            doc.text.release(claims.iter().map(|c| c.span));
            self.claims.extend(claims);
            self.comparison.findings.extend(comparison.findings);
            self.comparison.corroboration.add(&comparison.corroboration);
            self.directives.extend(directives);
        }
    }

    /// Settles what each text's story settles (the dates of texts dated only
    /// to a month, the currency of bare dollars: see [`normalise::story`]),
    /// compares the claims across documents and completes the run.
    pub fn finish(mut self) -> Run {
        normalise::story::settle(&self.documents, &mut self.claims);
        let input = compare::Input {
            documents: &self.documents,
            claims: &self.claims,
            ledger: self.ledger,
            options: self.options,
        };
        // The order `compare::compare` runs the checks in, so that findings
        // equal in every sort key keep one order.
        let mut comparison = Comparison::default();
        compare::across_documents(&input, &mut comparison.findings, &mut comparison.corroboration);
        comparison.findings.extend(self.comparison.findings);
        comparison.corroboration.add(&self.comparison.corroboration);
        compare::sort(&mut comparison.findings);
        Run {
            documents: self.documents,
            claims: self.claims,
            comparison,
            directives: self.directives,
            ledger: self.ledger.summary(),
        }
    }
}
