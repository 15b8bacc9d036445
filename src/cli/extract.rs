//! `factdiff extract`: every claim, as YAML, JSON or a JSON Lines stream.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::ValueEnum;

use factdiff::check;
use factdiff::claims::ClaimSet;
use factdiff::error::{Error, ErrorKind};
use factdiff::load::Document;
use factdiff::report;

use super::io::{load_claims, load_documents, report_errors, write_atomic, write_stdout};
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
    if let Some(config) = args.config.load()? {
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
    let ledger = load_claims(&args.inputs.claims)?;
    let (documents, errors) = load_documents(&args.inputs);
    if let Format::Jsonl = args.format {
        return stream_jsonl(documents, &ledger, &errors, args.output.as_deref());
    }
    let claims = check::analyse(&documents, &ledger);
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

/// How many documents are extracted (in parallel) before their records are
/// written: enough to keep both cores busy, few enough that the rendered
/// records of one batch stay small.
const BATCH: usize = 256;

/// Writes the JSON Lines stream batch by batch, in document order (so the
/// output does not depend on the thread count), dropping each document's
/// text once its records are written.
fn stream_jsonl(
    documents: Vec<Document>,
    ledger: &ClaimSet,
    errors: &[Error],
    output: Option<&Path>,
) -> Result<u8, Vec<Error>> {
    use rayon::prelude::*;
    let (mut sink, shown, tmp): (Box<dyn Write>, String, _) = match output {
        Some(path) => {
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| vec![Error::io(dir, &e)])?;
            let file = tmp.reopen().map_err(|e| vec![Error::io(tmp.path(), &e)])?;
            (Box::new(std::io::BufWriter::new(file)), path.display().to_string(), Some((tmp, path)))
        }
        None => (Box::new(std::io::BufWriter::new(std::io::stdout().lock())), "standard output".into(), None),
    };
    let fail = |e: std::io::Error| {
        vec![
            Error::new(ErrorKind::Output, format!("cannot write the claim stream to {shown}: {e}"))
                .with_help("check the disk space and that the destination is writable"),
        ]
    };
    let mut documents = documents;
    let mut first = 0;
    while !documents.is_empty() {
        let rest = documents.split_off(BATCH.min(documents.len()));
        let rendered: Vec<String> = documents
            .par_iter()
            .enumerate()
            .map(|(i, doc)| {
                let claims = check::analyse_document(first + i, doc, ledger);
                let mut out = String::new();
                report::claims::to_jsonl(doc, &claims, &mut out);
                out
            })
            .collect();
        for chunk in rendered {
            sink.write_all(chunk.as_bytes()).map_err(fail)?;
        }
        first += documents.len();
        documents = rest;
    }
    let mut tail = String::new();
    for e in errors {
        report::claims::error_to_jsonl(e, &mut tail);
    }
    sink.write_all(tail.as_bytes()).map_err(fail)?;
    sink.flush().map_err(fail)?;
    drop(sink);
    if let Some((tmp, path)) = tmp {
        tmp.persist(path).map_err(|e| fail(e.error))?;
    }
    report_errors(errors);
    Ok(if errors.is_empty() { 0 } else { 2 })
}
