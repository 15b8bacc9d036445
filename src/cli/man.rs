//! `factdiff man`: the man page (roff) from the clap definition.

use clap::CommandFactory;

use factdiff::error::{Error, ErrorKind};

use super::Cli;
use super::io::write_stdout;

#[derive(clap::Args)]
pub struct Args {}

pub fn run(_: Args) -> Result<u8, Vec<Error>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(|e| vec![Error::new(ErrorKind::Output, format!("cannot render the man page: {e}"))])?;
    write_stdout(&String::from_utf8_lossy(&out))?;
    Ok(0)
}
