//! `factdiff extract`: every claim, as YAML, JSON or a JSON Lines stream,
//! with the progress display `check` has (`-q` hides it).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use factdiff::check;
use factdiff::claims::ClaimSet;
use factdiff::error::{Error, ErrorKind};
use factdiff::load::{Document, Listing};
use factdiff::normalise::Claim;
use factdiff::report;

use super::io::{AtomicFile, batch_size, list_documents, load_claims, report_errors, write_atomic, write_stdout};
use super::progress::Progress;
use super::{ConfigArgs, Inputs};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    config: ConfigArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Yaml)]
    format: Format,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// No progress display.
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Yaml,
    Json,
    /// One record per line (a document, then its claims), streamed; read
    /// back by `check --claims-from`. Schema: docs/scale.md.
    Jsonl,
}

pub fn run(mut args: Args) -> Result<u8, Vec<Error>> {
    let config = args.config.load()?;
    let builtin = args.inputs.builtin_claims(config.as_ref());
    if let Some(config) = config {
        let inputs = &mut args.inputs;
        if inputs.paths.is_empty() {
            inputs.paths = config.paths;
        }
        if inputs.claims.is_empty() {
            inputs.claims = config.claims;
        }
        if inputs.sources.is_none() {
            inputs.sources = config.sources;
        }
    }
    if args.inputs.paths.is_empty() {
        return Err(vec![
            factdiff::error::Error::new(
                factdiff::error::ErrorKind::Usage,
                "expected texts to read, but found no PATH and no `paths` in factdiff.toml",
            )
            .with_help("name files or folders: `factdiff extract articles/`"),
        ]);
    }
    // Parsing the claim files and listing the texts (with their manifest)
    // are independent: do both at once.
    let (ledger, listing) = rayon::join(|| load_claims(&args.inputs.claims, builtin), || list_documents(&args.inputs));
    let ledger = ledger?;
    if let Format::Jsonl = args.format {
        return stream_jsonl(listing, &ledger, args.output.as_deref(), args.quiet);
    }
    let (documents, claims, errors) = analyse(listing, &ledger, args.quiet);
    let rendered = match args.format {
        Format::Yaml => report::claims::to_yaml(&documents, &claims, &errors),
        Format::Json | Format::Jsonl => report::claims::to_json(&documents, &claims, &errors),
    };
    report_errors(&errors);
    match args.output {
        Some(path) => write_atomic(&path, &rendered).map_err(|e| vec![e])?,
        None => write_stdout(&rendered)?,
    }
    Ok(if errors.is_empty() { 0 } else { 2 })
}

/// Every document's claims, read and extracted batch by batch (in
/// parallel within a batch), each text released to its claims' words once
/// extracted; with the input errors, sorted.
fn analyse(mut listing: Listing, ledger: &ClaimSet, quiet: bool) -> (Vec<Document>, Vec<Claim>, Vec<Error>) {
    use rayon::prelude::*;
    let progress = Progress::new(listing.len(), quiet);
    let mut errors = std::mem::take(&mut listing.errors);
    let lexicon = factdiff::extract::lexicon(ledger);
    let (mut documents, mut claims) = (Vec::new(), Vec::new());
    while let Some((mut batch, failed)) = listing.next_batch(batch_size()) {
        failed.iter().for_each(|_| progress.document_done(0));
        errors.extend(failed);
        let first = documents.len();
        let found: Vec<Vec<Claim>> = batch
            .par_iter()
            .enumerate()
            .map(|(i, doc)| {
                let claims = check::analyse_document(first + i, doc, ledger, &lexicon);
                progress.document_done(claims.len());
                claims
            })
            .collect();
        for (doc, found) in batch.iter_mut().zip(found) {
            doc.text.release(found.iter().map(|c| c.span));
            claims.extend(found);
        }
        documents.extend(batch);
    }
    progress.finish();
    // The story of a text dated to a month may be told by a later batch.
    factdiff::normalise::story::settle(&documents, &mut claims);
    factdiff::load::sort_errors(&mut errors);
    (documents, claims, errors)
}

/// Writes the JSON Lines stream as the texts are read, batch by batch: the
/// documents of a batch are extracted in parallel and their records
/// written in document order (so the output depends neither on the thread
/// count nor on the batch size), then the texts are dropped. Input errors
/// come last, sorted. A file is written through a temporary file, so a
/// failed run leaves none, and the old one, if any, unchanged.
fn stream_jsonl(mut listing: Listing, ledger: &ClaimSet, output: Option<&Path>, quiet: bool) -> Result<u8, Vec<Error>> {
    use rayon::prelude::*;
    let progress = Progress::new(listing.len(), quiet);
    let mut sink = match output {
        Some(path) => Sink::File(AtomicFile::create(path).map_err(|e| vec![e])?),
        None => Sink::Stdout(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut errors = std::mem::take(&mut listing.errors);
    let lexicon = factdiff::extract::lexicon(ledger);
    let mut first = 0;
    while let Some((batch, failed)) = listing.next_batch(batch_size()) {
        failed.iter().for_each(|_| progress.document_done(0));
        errors.extend(failed);
        let rendered: Vec<String> = batch
            .par_iter()
            .enumerate()
            .map(|(i, doc)| {
                let claims = check::analyse_document(first + i, doc, ledger, &lexicon);
                progress.document_done(claims.len());
                let mut out = String::new();
                report::claims::to_jsonl(doc, &claims, &mut out);
                out
            })
            .collect();
        first += batch.len();
        drop(batch);
        sink.write(rendered.concat().as_bytes())?;
    }
    progress.finish();
    factdiff::load::sort_errors(&mut errors);
    let mut tail = String::new();
    for e in &errors {
        report::claims::error_to_jsonl(e, &mut tail);
    }
    sink.write(tail.as_bytes())?;
    sink.finish()?;
    report_errors(&errors);
    Ok(if errors.is_empty() { 0 } else { 2 })
}

/// Where the claim stream goes.
enum Sink {
    File(AtomicFile),
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
}

impl Sink {
    fn write(&mut self, bytes: &[u8]) -> Result<(), Vec<Error>> {
        match self {
            Sink::File(file) => file.write_all(bytes).map_err(|e| vec![file.error(&e)]),
            Sink::Stdout(out) => out.write_all(bytes).map_err(|e| vec![stdout_error(&e)]),
        }
    }

    /// Flushes standard output, or renames the file into place.
    fn finish(self) -> Result<(), Vec<Error>> {
        match self {
            Sink::File(file) => file.commit().map_err(|e| vec![e]),
            Sink::Stdout(mut out) => out.flush().map_err(|e| vec![stdout_error(&e)]),
        }
    }
}

fn stdout_error(e: &std::io::Error) -> Error {
    Error::new(ErrorKind::Output, format!("cannot write the claim stream to standard output: {e}"))
        .with_help("check the disk space and that the destination is writable")
}
