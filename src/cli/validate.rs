//! `factdiff validate`: claim files on their own.

use std::path::PathBuf;

use factdiff::claims;
use factdiff::error::Error;

use super::io::write_stdout;

#[derive(clap::Args)]
pub struct Args {
    /// Claim files or folders (default: ./claims).
    paths: Vec<PathBuf>,
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let paths = if args.paths.is_empty() { vec![PathBuf::from("claims")] } else { args.paths };
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
