//! `factdiff check`: the whole pipeline, a report, and the exit status.

use std::io::IsTerminal;

use clap::ValueEnum;

use factdiff::check;
use factdiff::compare::{Options, Severity};
use factdiff::error::Error;
use factdiff::report::{self, Report, View};

use super::Inputs;
use super::io::{load_claims, load_documents, report_errors, write_stdout};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The lowest severity that makes the exit status 1.
    #[arg(long, value_enum, default_value_t = Gate::Error)]
    fail_on: Gate,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// How many days apart two texts' "current holder" claims may be and
    /// still speak of the same time.
    #[arg(long, default_value_t = 30, value_name = "DAYS")]
    holder_window: i32,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Gate {
    Error,
    Warning,
    Info,
    Never,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let ledger = load_claims(&args.inputs.claims)?;
    let (documents, errors) = load_documents(&args.inputs);
    let options = Options { holder_window_days: args.holder_window };
    let run = check::check(documents, &ledger, &options);
    let view = View { run: &run, errors: &errors };
    let rendered = match args.format {
        Format::Text => report::text::Text { color: use_color(args.color) }.render(&view),
        Format::Json => report::json::Json.render(&view),
    };
    report_errors(&errors);
    write_stdout(&rendered)?;
    let gated = run.comparison.findings.iter().any(|f| passes_gate(f.severity, args.fail_on));
    Ok(if !errors.is_empty() {
        2
    } else if gated {
        1
    } else {
        0
    })
}

fn passes_gate(severity: Severity, gate: Gate) -> bool {
    match gate {
        Gate::Error => severity >= Severity::Error,
        Gate::Warning => severity >= Severity::Warning,
        Gate::Info => true,
        Gate::Never => false,
    }
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}
