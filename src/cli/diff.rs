//! `factdiff diff OLD NEW`: exit 0 when the two files hold the same entries,
//! 1 when they differ, 2 when one cannot be read.

use std::path::PathBuf;

use factdiff::claimdiff;
use factdiff::error::Error;

use super::io::write_stdout;

#[derive(clap::Args)]
pub struct Args {
    /// The old claim file or `extract` listing (YAML or JSON).
    old: PathBuf,
    /// The new one.
    new: PathBuf,
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let read = |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| Error::io(p, &e));
    let (old, new) = (read(&args.old), read(&args.new));
    let (old, new) = match (old, new) {
        (Ok(o), Ok(n)) => (o, n),
        (o, n) => return Err(o.err().into_iter().chain(n.err()).collect()),
    };
    let changes = claimdiff::diff(&args.old.display().to_string(), &old, &args.new.display().to_string(), &new)
        .map_err(|e| vec![e])?;
    write_stdout(&changes.text)?;
    Ok(if changes.is_empty() { 0 } else { 1 })
}
