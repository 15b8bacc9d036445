//! `factdiff validate`: claim files on their own. Schema errors exit 2;
//! consistency problems (overlapping tenures, unknown ids, …) are findings
//! with codes and exit 1; clean exits 0.

use std::path::PathBuf;

use factdiff::check::Run;
use factdiff::claims;
use factdiff::compare::{self, Code, Comparison, Evidence, Finding};
use factdiff::error::Error;
use factdiff::report::{Subject, View};

use super::ConfigArgs;
use super::format::{self, Color, Format, from_config};
use super::io::{report_errors, write_stdout};

#[derive(clap::Args)]
pub struct Args {
    /// Claim files or folders [default: `claims` in factdiff.toml, else ./claims].
    paths: Vec<PathBuf>,
    #[command(flatten)]
    config: ConfigArgs,
    /// Output format.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Print the JSON Schema of the claim-file format and exit.
    #[arg(long, conflicts_with_all = ["paths", "format"])]
    schema: bool,
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    if args.schema {
        write_stdout(&factdiff::claim_schema::render())?;
        return Ok(0);
    }
    let config = args.config.load()?.unwrap_or_default();
    let format = args.format.or(from_config(config.format.as_deref(), "format", &config.path)?).unwrap_or(Format::Text);
    let paths = match (args.paths.is_empty(), config.claims.is_empty()) {
        (false, _) => args.paths,
        (true, false) => config.claims.clone(),
        (true, true) => vec![PathBuf::from("claims")],
    };
    let (findings, errors, summary) = match claims::load(&paths) {
        Ok(set) if set.suppressions.iter().any(|s| Code::parse(&s.code).is_none()) => {
            let mut findings: Vec<Finding> = set
                .suppressions
                .iter()
                .filter(|s| Code::parse(&s.code).is_none())
                .map(|s| Finding {
                    code: Code::InvalidSuppression,
                    severity: Code::InvalidSuppression.default_severity(),
                    message: format!("expected a known finding code in `suppress:`, but found `{}`", s.code),
                    evidence: vec![Evidence {
                        path: s.origin.path.clone(),
                        line: s.origin.line,
                        column: s.origin.column,
                        span: None,
                        doc: None,
                        text: format!("code: {}", s.code),
                        value: Code::InvalidSuppression.as_str().to_string(),
                        fields: Vec::new(),
                    }],
                })
                .collect();
            findings = config.apply_severity(findings);
            (findings, Vec::new(), None)
        }
        Ok(set) => {
            let summary = format!(
                "claim files are valid: {} offices, {} people, {} tenures, {} figures, {} suppressions\n",
                set.offices.len(),
                set.people.len(),
                set.tenures.len(),
                set.figures.len(),
                set.suppressions.len()
            );
            (Vec::new(), Vec::new(), Some(summary))
        }
        Err(all) => {
            let (consistency, schema): (Vec<Error>, Vec<Error>) = all.into_iter().partition(|e| e.code.is_some());
            let mut findings: Vec<Finding> = consistency.iter().filter_map(finding).collect();
            findings = config.apply_severity(findings);
            compare::sort(&mut findings);
            (findings, schema, None)
        }
    };
    if let (Some(summary), Format::Text) = (&summary, format) {
        write_stdout(summary)?;
        return Ok(0);
    }
    let run = Run { comparison: Comparison { findings, ..Comparison::default() }, ..Run::default() };
    let view = View { run: &run, errors: &errors, subject: Subject::ClaimFiles, ledger: None };
    let rendered = format::render(format, args.color, &Default::default(), &view)?;
    report_errors(&errors);
    if !(!errors.is_empty() && format == Format::Text && run.comparison.findings.is_empty()) {
        write_stdout(&rendered)?;
    }
    Ok(if !errors.is_empty() {
        2
    } else if run.comparison.findings.iter().any(|f| format::passes_gate(f.severity, format::Gate::Error)) {
        1
    } else {
        0
    })
}

/// A consistency error as a finding at the claim-file entry, quoting the
/// entry's line.
fn finding(e: &Error) -> Option<Finding> {
    let code = Code::parse(e.code?)?;
    let path = e.path.as_ref()?.display().to_string();
    let location = e.location?;
    let line_text = std::fs::read_to_string(e.path.as_ref()?)
        .ok()
        .and_then(|t| t.lines().nth(location.line.saturating_sub(1)).map(|l| l.trim().to_string()))
        .unwrap_or_default();
    let message = match &e.help {
        Some(h) => format!("{}; {h}", e.message),
        None => e.message.clone(),
    };
    Some(Finding {
        code,
        severity: code.default_severity(),
        message,
        evidence: vec![Evidence {
            path,
            line: location.line,
            column: location.column,
            span: None,
            doc: None,
            value: code.as_str().to_string(),
            fields: Vec::new(),
            text: line_text,
        }],
    })
}
