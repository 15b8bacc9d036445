//! The `factdiff` command: parse arguments, run the library, print, exit.
//!
//! Exit status: 0 nothing at or above the gate; 1 findings at or above the
//! gate; 2 usage, input or claim-file error (the report is still printed for
//! what could be read). Each subcommand lives in its own file under `cli/`.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
