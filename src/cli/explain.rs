//! `factdiff explain`: the documentation of each finding code.

use factdiff::compare::Code;
use factdiff::error::{Error, ErrorKind};

use super::io::write_stdout;

#[derive(clap::Args)]
pub struct Args {
    /// A finding code, e.g. office-holder-conflict; omit to list them all.
    code: Option<String>,
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let text = match args.code {
        None => Code::ALL.iter().map(|c| format!("{c}\t{}\n", c.doc().lines().next().unwrap_or(""))).collect(),
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
