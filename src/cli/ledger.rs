//! `factdiff ledger import`: claim files from open office-holder datasets.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use factdiff::error::Error;
use factdiff::ledger::{self, Ledger};

use super::io::{write_atomic, write_stdout};

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: LedgerCommand,
}

#[derive(Subcommand)]
enum LedgerCommand {
    /// Turn an open dataset into a claim file.
    #[command(subcommand)]
    Import(Source),
}

#[derive(Subcommand)]
enum Source {
    /// The Institute for Government Ministers Database (UK, CC BY 4.0): the folder of its CSV tables.
    Ifg {
        /// The folder holding person.csv, post.csv, appointment.csv and appointment_characteristics.csv.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Write the claim file here (atomically) instead of to standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// The congress-legislators project's executive.yaml (U.S. presidents and vice presidents, CC0).
    UsExecutive {
        /// The executive.yaml file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Write the claim file here (atomically) instead of to standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let LedgerCommand::Import(source) = args.command;
    let (ledger, output) = match source {
        Source::Ifg { dir, output } => (ledger::ifg::import(&dir).map_err(|e| vec![e])?, output),
        Source::UsExecutive { file, output } => (ledger::us_executive::import(&file).map_err(|e| vec![e])?, output),
    };
    emit(&ledger, output)
}

/// Writes the claim file, and on a file, says what was written on standard error.
fn emit(ledger: &Ledger, output: Option<PathBuf>) -> Result<u8, Vec<Error>> {
    let text = ledger.to_yaml();
    match output {
        None => write_stdout(&text)?,
        Some(path) => {
            write_atomic(&path, &text).map_err(|e| vec![e])?;
            note(&format!("wrote {} to {}", ledger.summary(), path.display()));
        }
    }
    Ok(0)
}

#[allow(clippy::print_stderr)]
fn note(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}
