//! The `factdiff` command: parse arguments, run the library, print, exit.
//!
//! Exit status: 0 nothing at or above the gate; 1 findings at or above the
//! gate; 2 usage, input or claim-file error (the report is still printed for
//! what could be read).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use factdiff::check;
use factdiff::claims::{self, ClaimSet};
use factdiff::compare::{Code, Options, Severity};
use factdiff::error::{Error, ErrorKind};
use factdiff::load::{self, LoadOptions};
use factdiff::report::{self, Report, View};
use factdiff::terminal::sanitize;
use factdiff::time::DateValue;

/// Find contradictions about office holders, dates and amounts across news
/// texts and against claim files.
#[derive(Parser)]
#[command(name = "factdiff", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check texts against each other and against the claim files.
    Check {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
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
    },
    /// List every claim found in the texts, with spans and normalised values.
    Extract {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Yaml)]
        format: ExtractFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Check claim files on their own: schema, references, overlapping tenures.
    Validate {
        /// Claim files or folders (default: ./claims).
        paths: Vec<PathBuf>,
    },
    /// Explain what a finding code means, why it matters, with an example.
    Explain {
        /// A finding code, e.g. office-holder-conflict; omit to list them all.
        code: Option<String>,
    },
}

#[derive(clap::Args)]
struct Inputs {
    /// Text files or folders of .txt/.md files; `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Claim files or folders (repeatable; default: ./claims if present).
    #[arg(long = "claims", value_name = "PATH")]
    claims: Vec<PathBuf>,
    /// A sources.yaml manifest with publication dates (default: one beside the texts).
    #[arg(long, value_name = "FILE")]
    sources: Option<PathBuf>,
    /// Publication date for texts that carry none: YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    as_of: Option<DateValue>,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Yaml,
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

fn parse_date(s: &str) -> Result<DateValue, String> {
    DateValue::parse(s).map_err(|e| e.to_string())
}

fn main() -> ExitCode {
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
            report_errors(&errors);
            ExitCode::from(2)
        }
    }
}

/// Runs a command; `Err` is a fatal error list (exit 2, no report).
fn run(cli: Cli) -> Result<u8, Vec<Error>> {
    match cli.command {
        Command::Check { inputs, format, fail_on, color, holder_window } => {
            let ledger = load_claims(&inputs.claims)?;
            let (documents, errors) = load_documents(&inputs);
            let options = Options { holder_window_days: holder_window };
            let run = check::check(documents, &ledger, &options);
            let view = View { run: &run, errors: &errors };
            let rendered = match format {
                CheckFormat::Text => report::text::Text { color: use_color(color) }.render(&view),
                CheckFormat::Json => report::json::Json.render(&view),
            };
            report_errors(&errors);
            write_stdout(&rendered)?;
            let gated = run.comparison.findings.iter().any(|f| passes_gate(f.severity, fail_on));
            Ok(if !errors.is_empty() {
                2
            } else if gated {
                1
            } else {
                0
            })
        }
        Command::Extract { inputs, format, output } => {
            let ledger = load_claims(&inputs.claims)?;
            let (documents, errors) = load_documents(&inputs);
            let claims = check::analyse(&documents, &ledger);
            let rendered = match format {
                ExtractFormat::Yaml => report::claims::to_yaml(&documents, &claims, &errors),
                ExtractFormat::Json => report::claims::to_json(&documents, &claims, &errors),
            };
            report_errors(&errors);
            match output {
                Some(path) => write_atomic(&path, &rendered).map_err(|e| vec![e])?,
                None => write_stdout(&rendered)?,
            }
            Ok(if errors.is_empty() { 0 } else { 2 })
        }
        Command::Validate { paths } => {
            let paths = if paths.is_empty() { vec![PathBuf::from("claims")] } else { paths };
            let ledger = claims::load(&paths)?;
            write_stdout(&format!(
                "claim files are valid: {} offices, {} people, {} tenures, {} figures\n",
                ledger.offices.len(),
                ledger.people.len(),
                ledger.tenures.len(),
                ledger.figures.len()
            ))?;
            Ok(0)
        }
        Command::Explain { code } => {
            let text = match code {
                None => Code::ALL.iter().map(|c| format!("{c}\t{}\n", first_line(c.doc()))).collect(),
                Some(name) => match Code::parse(&name) {
                    Some(c) => format!("{c} (default severity: {})\n\n{}", c.default_severity(), c.doc()),
                    None => {
                        let known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
                        return Err(vec![
                            Error::new(ErrorKind::Usage, format!("unknown code `{name}`"))
                                .with_help(format!("known codes: {}", known.join(", "))),
                        ]);
                    }
                },
            };
            write_stdout(&text)?;
            Ok(0)
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or("")
}

fn passes_gate(severity: Severity, gate: Gate) -> bool {
    match gate {
        Gate::Error => severity >= Severity::Error,
        Gate::Warning => severity >= Severity::Warning,
        Gate::Info => true,
        Gate::Never => false,
    }
}

fn load_claims(paths: &[PathBuf]) -> Result<ClaimSet, Vec<Error>> {
    if paths.is_empty() {
        let default = Path::new("claims");
        if !default.is_dir() {
            return Ok(ClaimSet::default());
        }
        return claims::load(&[default.to_path_buf()]);
    }
    claims::load(paths)
}

fn load_documents(inputs: &Inputs) -> (Vec<load::Document>, Vec<Error>) {
    let options = LoadOptions { sources: inputs.sources.clone(), as_of: inputs.as_of, ..LoadOptions::default() };
    load::load(&inputs.paths, &options)
}

fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

#[allow(clippy::print_stderr)]
fn report_errors(errors: &[Error]) {
    let mut stderr = std::io::stderr().lock();
    for e in errors {
        let _ = writeln!(stderr, "error: {}", sanitize(&e.to_string()));
    }
}

fn write_stdout(text: &str) -> Result<(), Vec<Error>> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`factdiff … | head`) is not an error worth a message.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(vec![Error::new(ErrorKind::Output, format!("cannot write to standard output: {e}"))]),
    }
}

/// Writes `text` to `path` through a temporary file in the same folder and a
/// rename, so a failed run never leaves a truncated file or clobbers the old one.
fn write_atomic(path: &Path, text: &str) -> Result<(), Error> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let fail = |e: std::io::Error| {
        Error::new(ErrorKind::Output, format!("cannot write: {e}"))
            .with_path(path)
            .with_help("check that the folder exists, is writable and has space; the old file, if any, is unchanged")
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(text.as_bytes()).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}
