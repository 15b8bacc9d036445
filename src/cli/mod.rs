//! Argument parsing and dispatch. Subcommands live one per file; the shared
//! pieces (loading inputs and claim files, writing output) live in `io`.

mod check;
mod completions;
mod diff;
mod explain;
mod extract;
mod format;
mod init;
mod io;
mod ledger;
mod man;
mod progress;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use factdiff::error::Error;
use factdiff::time::DateValue;

/// Find contradictions about office holders, dates and amounts across news
/// texts and against claim files.
#[derive(Parser)]
#[command(name = "factdiff", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check texts against each other and against the claim files.
    Check(check::Args),
    /// List every claim found in the texts, with spans and normalised values.
    Extract(extract::Args),
    /// Check claim files on their own: schema, references, overlapping tenures.
    Validate(validate::Args),
    /// Explain what a finding code means, why it matters, with an example.
    Explain(explain::Args),
    /// Build claim files from open office-holder datasets.
    Ledger(ledger::Args),
    /// Compare two claim files (or two `extract` listings) entry by entry.
    Diff(diff::Args),
    /// Write a commented factdiff.toml and an example claims/ folder.
    Init(init::Args),
    /// Print a shell completion script.
    Completions(completions::Args),
    /// Print the man page (roff).
    Man(man::Args),
}

/// Which factdiff.toml to read.
#[derive(clap::Args)]
pub struct ConfigArgs {
    /// Read this configuration file instead of the nearest factdiff.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Read no configuration file.
    #[arg(long)]
    pub no_config: bool,
}

impl ConfigArgs {
    /// The configuration: the file named, else the nearest factdiff.toml
    /// at or above the current folder, else none.
    pub fn load(&self) -> Result<Option<factdiff::config::Config>, Vec<Error>> {
        if self.no_config {
            return Ok(None);
        }
        let path = match &self.config {
            Some(p) => Some(p.clone()),
            None => std::env::current_dir().ok().and_then(|d| factdiff::config::discover(&d)),
        };
        path.map(|p| factdiff::config::load(&p).map_err(|e| vec![e])).transpose()
    }
}

/// The texts to read and the claim files to read them against.
#[derive(clap::Args)]
pub struct Inputs {
    /// Text files or folders of .txt/.md files; `-` reads standard input
    /// [default: `paths` in factdiff.toml].
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Claim files or folders (repeatable; default: ./claims if present);
    /// they extend the built-in ledger.
    #[arg(long = "claims", value_name = "PATH")]
    pub claims: Vec<PathBuf>,
    /// Leave out the built-in ledger (the claim files compiled into
    /// factdiff) [default: `builtin-claims` in factdiff.toml, else read it].
    #[arg(long)]
    pub no_builtin_claims: bool,
    /// A sources.yaml manifest with publication dates (default: one beside the texts).
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,
    /// Publication date for texts that carry none: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<DateValue>,
}

impl Inputs {
    /// Whether to read the built-in ledger: not with `--no-builtin-claims`,
    /// else as `builtin-claims` in factdiff.toml says, else yes.
    pub fn builtin_claims(&self, config: Option<&factdiff::config::Config>) -> bool {
        !self.no_builtin_claims && config.and_then(|c| c.builtin_claims).unwrap_or(true)
    }
}

fn parse_date(s: &str) -> Result<DateValue, String> {
    DateValue::parse(s).map_err(|e| e.to_string())
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(errors) => {
            io::report_errors(&errors);
            ExitCode::from(2)
        }
    }
}

/// Runs a command: `Ok(status)`, or `Err` with fatal errors (exit 2, no report).
fn run(cli: Cli) -> Result<u8, Vec<Error>> {
    match cli.command {
        Command::Check(args) => check::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Ledger(args) => ledger::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Init(args) => init::run(args),
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
    }
}
