//! `factdiff ledger`: claim files from open office-holder datasets
//! (`import`), and what the claim files say about an office or a person
//! (`show`).

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use factdiff::error::{Error, ErrorKind};
use factdiff::ledger::{self, Ledger};
use factdiff::report;

use super::ConfigArgs;
use super::io::{load_claims, write_atomic, write_stdout};

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
    /// Show what the claim files say about an office or a person: an
    /// office's tenures, or a person's offices. Exit 0 when something
    /// matches (several matches are listed), 1 when nothing does.
    Show(ShowArgs),
}

#[derive(clap::Args)]
struct ShowArgs {
    /// An office id or title (`jp.prime-minister`, "Prime Minister"), or a
    /// person id or name (`shinjiro-koizumi`, "Koizumi Shinjiro"); case and
    /// accents do not matter.
    #[arg(value_name = "QUERY")]
    query: String,
    /// Claim files or folders (repeatable; default: `claims` in factdiff.toml, else ./claims if present);
    /// they extend the built-in ledger.
    #[arg(long = "claims", value_name = "PATH")]
    claims: Vec<PathBuf>,
    /// Leave out the built-in ledger [default: `builtin-claims` in factdiff.toml, else read it].
    #[arg(long)]
    no_builtin_claims: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    format: ShowFormat,
    #[command(flatten)]
    config: ConfigArgs,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ShowFormat {
    /// A table.
    Text,
    /// `{"version", "query", "matches", "tenures", "ledger"}`.
    Json,
}

#[derive(Subcommand)]
enum Source {
    /// The Institute for Government Ministers Database (UK, CC BY 4.0): the folder of its CSV tables.
    Ifg {
        /// The folder holding person.csv, post.csv, appointment.csv and appointment_characteristics.csv.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        #[command(flatten)]
        out: ImportOutput,
    },
    /// The congress-legislators project's executive.yaml (U.S. presidents and vice presidents, CC0).
    UsExecutive {
        /// The executive.yaml file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        out: ImportOutput,
    },
    /// FiveThirtyEight's U.S. Cabinet turnover data, Carter to Biden as of 2023-02-10 (CC BY 4.0).
    #[command(name = "us-cabinet-538")]
    UsCabinet538 {
        /// cabinet-turnover.csv.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Claim files whose people to refer to by id rather than define again (repeatable).
        #[arg(long, value_name = "FILE")]
        known: Vec<PathBuf>,
        #[command(flatten)]
        out: ImportOutput,
    },
    /// Tait Chamberlain's U.S. Cabinet appointments, Washington to 2020 (CC BY 3.0 US); with
    /// --fivethirtyeight, merged with FiveThirtyEight's data into one file.
    UsCabinetAppointments {
        /// The folder holding "American Cabinets - Appointments.csv" and "American Cabinets - CabinetLevel.csv".
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// FiveThirtyEight's cabinet-turnover.csv: its rows replace this dataset's from 1977.
        #[arg(long, value_name = "FILE")]
        fivethirtyeight: Option<PathBuf>,
        /// Claim files whose people to refer to by id rather than define again (repeatable).
        #[arg(long, value_name = "FILE")]
        known: Vec<PathBuf>,
        #[command(flatten)]
        out: ImportOutput,
    },
    /// Wikidata "position held" statements (CC0): the results of the query in
    /// docs/wikidata.md, saved as SPARQL JSON or CSV. Give --current-to the
    /// day the query was run: later ends are scheduled, and left open.
    Wikidata {
        /// The query results (JSON when the file starts with `{`, else CSV).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The jurisdiction code for rows without a `country` (a query about one country).
        #[arg(long, value_name = "CODE")]
        jurisdiction: Option<String>,
        #[command(flatten)]
        out: ImportOutput,
    },
}

/// What every import writes, and where.
#[derive(clap::Args)]
struct ImportOutput {
    /// Write the claim file here (atomically) instead of to standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The day the dataset is known to be complete up to (its `current_to`)
    /// [default: the latest day it records].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    current_to: Option<jiff::civil::Date>,
}

fn parse_day(text: &str) -> Result<jiff::civil::Date, String> {
    factdiff::ledger::parse_day(text)
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let source = match args.command {
        LedgerCommand::Import(source) => source,
        LedgerCommand::Show(show_args) => return show(show_args),
    };
    let (mut ledger, out) = match source {
        Source::Ifg { dir, out } => (ledger::ifg::import(&dir).map_err(|e| vec![e])?, out),
        Source::UsExecutive { file, out } => (ledger::us_executive::import(&file).map_err(|e| vec![e])?, out),
        Source::UsCabinet538 { file, known, out } => {
            let options = ledger::us_cabinet::Options { fivethirtyeight: None, known };
            (ledger::us_cabinet::import_538(&file, &options).map_err(|e| vec![e])?, out)
        }
        Source::UsCabinetAppointments { dir, fivethirtyeight, known, out } => {
            let options = ledger::us_cabinet::Options { fivethirtyeight, known };
            (ledger::us_cabinet::import_appointments(&dir, &options).map_err(|e| vec![e])?, out)
        }
        Source::Wikidata { file, jurisdiction, out } => {
            let options = ledger::wikidata::Options { jurisdiction, current_to: out.current_to };
            (ledger::wikidata::import(&file, &options).map_err(|e| vec![e])?, out)
        }
    };
    if let Some(day) = out.current_to {
        ledger.vouch_current_to(day).map_err(|e| vec![e])?;
    }
    emit(&ledger, out.output)
}

/// `ledger show`: the answer on standard output; nothing found is a message
/// on standard error and status 1.
fn show(args: ShowArgs) -> Result<u8, Vec<Error>> {
    if args.query.trim().is_empty() {
        return Err(vec![
            Error::new(ErrorKind::Usage, "expected an office or a person to show, but found an empty QUERY").with_help(
                "name an office id or title, or a person id or name: `factdiff ledger show jp.prime-minister`",
            ),
        ]);
    }
    let config = args.config.load()?;
    let builtin = !args.no_builtin_claims && config.as_ref().and_then(|c| c.builtin_claims).unwrap_or(true);
    let paths = match (args.claims.is_empty(), config.map(|c| c.claims).unwrap_or_default()) {
        (false, _) => args.claims,
        (true, from_config) => from_config,
    };
    let claims = load_claims(&paths, builtin)?;
    let found = claims.lookup(&args.query);
    if found.is_empty() {
        let e = Error::new(
            ErrorKind::Usage,
            format!("expected an office or a person of the claim files, but found none matching `{}`", args.query),
        )
        .with_help(format!(
            "search by an office id (`jp.prime-minister`) or title (\"Defence Minister\"), or a person id or name; the claim set read: {}",
            claims.summary().describe()
        ));
        super::io::report_errors(&[e]);
        return Ok(1);
    }
    let rendered = match args.format {
        ShowFormat::Text => report::ledger::text(&claims, &args.query, &found),
        ShowFormat::Json => report::ledger::json(&claims, &args.query, &found),
    };
    write_stdout(&rendered)?;
    Ok(0)
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
