//! `factdiff extract`: every claim, as YAML or JSON.

use std::path::PathBuf;

use clap::ValueEnum;

use factdiff::check;
use factdiff::error::Error;
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
    let claims = check::analyse(&documents, &ledger);
    let rendered = match args.format {
        Format::Yaml => report::claims::to_yaml(&documents, &claims, &errors),
        Format::Json => report::claims::to_json(&documents, &claims, &errors),
    };
    report_errors(&errors);
    match args.output {
        Some(path) => write_atomic(&path, &rendered).map_err(|e| vec![e])?,
        None => write_stdout(&rendered)?,
    }
    Ok(if errors.is_empty() { 0 } else { 2 })
}
