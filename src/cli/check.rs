//! `factdiff check`: the whole pipeline, suppressions and the baseline, a
//! report, and the exit status.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use factdiff::baseline::{self, Baseline};
use factdiff::check;
use factdiff::claims::ClaimSet;
use factdiff::compare::{self, Options};
use factdiff::error::{Error, ErrorKind};
use factdiff::report::html::EditorUrl;
use factdiff::report::{Subject, View};
use factdiff::suppress;

use super::format::{self, Color, Format, Gate, from_config};
use super::io::{batch_size, list_documents, load_claims, report_errors, write_atomic, write_stdout};
use super::{ConfigArgs, Inputs};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    config: ConfigArgs,
    /// Output format [default: text, or `format` in factdiff.toml].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// The lowest severity that makes the exit status 1 [default: error].
    #[arg(long, value_enum)]
    fail_on: Option<Gate>,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The link of each location in the HTML report: `{path}` (absolute),
    /// `{relpath}`, `{line}` and `{column}` are filled in [default:
    /// `file://{path}`, or `editor-url` in factdiff.toml].
    #[arg(long, value_name = "TEMPLATE", value_parser = EditorUrl::parse)]
    editor_url: Option<EditorUrl>,
    /// How many days apart two texts' "current holder" claims may be and
    /// still speak of the same time [default: 30].
    #[arg(long, value_name = "DAYS")]
    holder_window: Option<i32>,
    /// How many days apart two texts may be published and still have their
    /// dates and figures compared [default: 30].
    #[arg(long, value_name = "DAYS")]
    frame_window: Option<i32>,
    /// Do not report findings recorded in this baseline file; report its
    /// entries that match nothing as `stale-baseline-entry`.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Record the current findings in this file (atomically) and exit 0.
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<PathBuf>,
    /// Compare the claims of this JSON Lines stream (`extract --format
    /// jsonl`, possibly several concatenated) instead of extracting texts.
    #[arg(long, value_name = "FILE.jsonl", conflicts_with = "paths")]
    claims_from: Option<PathBuf>,
    /// No progress display.
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let config = args.config.load()?.unwrap_or_default();
    let builtin = args.inputs.builtin_claims(Some(&config));
    let config_path = config.path.clone();
    let format = args.format.or(from_config(config.format.as_deref(), "format", &config_path)?).unwrap_or(Format::Text);
    let gate = args.fail_on.or(from_config(config.fail_on.as_deref(), "fail-on", &config_path)?).unwrap_or(Gate::Error);
    let mut inputs = args.inputs;
    if inputs.paths.is_empty() {
        inputs.paths.clone_from(&config.paths);
    }
    if inputs.paths.is_empty() && args.claims_from.is_none() {
        return Err(vec![
            Error::new(ErrorKind::Usage, "expected texts to check, but found no PATH and no `paths` in factdiff.toml")
                .with_help("name files or folders: `factdiff check articles/`"),
        ]);
    }
    if inputs.claims.is_empty() {
        inputs.claims.clone_from(&config.claims);
    }
    if inputs.sources.is_none() {
        inputs.sources.clone_from(&config.sources);
    }
    // Parsing the claim files and listing the texts (with their manifest)
    // are independent: do both at once.
    let (ledger, source) = rayon::join(
        || load_claims(&inputs.claims, builtin),
        || match args.claims_from.clone() {
            Some(stream) => Source::Stream(stream),
            None => Source::Texts(list_documents(&inputs)),
        },
    );
    let mut ledger = ledger?;
    if let Some(floor) = config.figure_tolerance {
        ledger = with_tolerance_floor(ledger, floor);
    }
    let options = Options {
        holder_window_days: args.holder_window.or(config.holder_window).unwrap_or(30),
        frame_window_days: args.frame_window.or(config.frame_window).unwrap_or(30),
    };
    let (mut run, errors) = match source {
        Source::Stream(path) => claims_from(&path, &ledger, &options)?,
        Source::Texts(listing) => texts(listing, &ledger, &options, args.quiet),
    };
    let findings = std::mem::take(&mut run.comparison.findings);
    let mut findings = suppress::apply(findings, &run.directives, &run.documents, &ledger);
    compare::sort(&mut findings);
    if let Some(path) = &args.write_baseline {
        report_errors(&errors);
        write_atomic(path, &baseline::render(&findings)).map_err(|e| vec![e])?;
        super::io::note(&format!("recorded {} findings in {}", findings.len(), path.display()));
        return Ok(if errors.is_empty() { 0 } else { 2 });
    }
    if let Some(path) = args.baseline.or(config.baseline.clone()) {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|e| vec![Error::io(&path, &e)])?;
        findings = Baseline::parse(&shown, &text).map_err(|e| vec![e])?.apply(findings);
    }
    findings = config.apply_severity(findings);
    compare::sort(&mut findings);
    run.comparison.findings = findings;
    let view = View { run: &run, errors: &errors, subject: Subject::Texts, ledger: Some(&ledger) };
    let editor = args.editor_url.or(config.editor_url).unwrap_or_default();
    // A file never gets a terminal's colours.
    let color = if args.output.is_some() && args.color == Color::Auto { Color::Never } else { args.color };
    let rendered = format::render(format, color, &editor, &view).map_err(|fatal| [errors.clone(), fatal].concat())?;
    report_errors(&errors);
    match &args.output {
        Some(path) => write_atomic(path, &rendered).map_err(|e| vec![e])?,
        None => write_stdout(&rendered)?,
    }
    let gated = run.comparison.findings.iter().any(|f| format::passes_gate(f.severity, gate));
    // The process exits next. Handing every claim, finding and claim-file
    // entry back to the allocator one by one would cost a large run a few
    // percent of its time for nothing (3% of checking Reuters-21578).
    std::mem::forget(run);
    std::mem::forget(ledger);
    Ok(if !errors.is_empty() {
        2
    } else if gated {
        1
    } else {
        0
    })
}

/// A run over texts, read, analysed and released batch by batch (see
/// [`check::Analysis`]), with the input errors met, sorted.
/// Where a run's claims come from: texts to read, or a stream of claims
/// extracted before (`--claims-from`).
enum Source {
    Texts(factdiff::load::Listing),
    Stream(std::path::PathBuf),
}

fn texts(
    mut listing: factdiff::load::Listing,
    ledger: &ClaimSet,
    options: &Options,
    quiet: bool,
) -> (check::Run, Vec<Error>) {
    let progress = super::progress::Progress::new(listing.len(), quiet);
    let mut errors = std::mem::take(&mut listing.errors);
    let mut analysis = check::Analysis::new(ledger, options);
    while let Some((documents, failed)) = listing.next_batch(batch_size()) {
        for _ in &failed {
            progress.document_done(0);
        }
        errors.extend(failed);
        analysis.add(documents, &|claims| progress.document_done(claims));
    }
    progress.finish();
    factdiff::load::sort_errors(&mut errors);
    (analysis.finish(), errors)
}

/// A run over pre-extracted claims: the comparison of one `check` over the
/// same texts.
fn claims_from(path: &Path, ledger: &ClaimSet, options: &Options) -> Result<(check::Run, Vec<Error>), Vec<Error>> {
    let text = std::fs::read_to_string(path).map_err(|e| vec![Error::io(path, &e)])?;
    let mut read = factdiff::report::claims::from_jsonl(&path.display().to_string(), &text)?;
    drop(text);
    // What one text's stream could not know: the currency its story gives
    // a bare dollar. (Dates come with their values, not their expressions,
    // and stay as streamed.)
    factdiff::normalise::story::settle(&read.documents, &mut read.claims);
    let comparison =
        compare::compare(&compare::Input { documents: &read.documents, claims: &read.claims, ledger, options });
    let directives = read.documents.iter().enumerate().flat_map(|(i, doc)| suppress::directives(i, doc)).collect();
    let run =
        check::Run { documents: read.documents, claims: read.claims, comparison, directives, ledger: ledger.summary() };
    Ok((run, read.errors))
}

/// The ledger with every figure's tolerance at least `floor`.
fn with_tolerance_floor(ledger: ClaimSet, floor: rust_decimal::Decimal) -> ClaimSet {
    let suppressions = ledger.suppressions.clone();
    let figures = ledger.figures.iter().cloned().map(|mut f| {
        f.tolerance = f.tolerance.max(floor);
        f
    });
    let mut set =
        ClaimSet::new(ledger.offices.clone(), ledger.people.clone(), ledger.tenures.clone(), figures.collect());
    set.suppressions = suppressions;
    set.provenance = ledger.provenance.clone();
    set
}

/// Whether a progress display may be drawn: stderr is a terminal and this
/// is not a CI run.
pub fn interactive() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}
