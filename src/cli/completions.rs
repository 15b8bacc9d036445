//! `factdiff completions SHELL`: a completion script from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use factdiff::error::Error;

use super::Cli;
use super::io::write_stdout;

#[derive(clap::Args)]
pub struct Args {
    /// bash, elvish, fish, powershell or zsh.
    shell: Shell,
}

pub fn run(args: Args) -> Result<u8, Vec<Error>> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "factdiff", &mut out);
    write_stdout(&String::from_utf8_lossy(&out))?;
    Ok(0)
}
