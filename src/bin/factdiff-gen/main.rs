//! `factdiff-gen`: writes benchmark corpora.
//!
//! ```text
//! factdiff-gen replicate SEEDS_DIR OUT_DIR --mb 10
//! factdiff-gen synthetic OUT_DIR --claims 100000 --contradiction-rate 0.05 --seed 1
//! ```
//!
//! `replicate` copies the texts of SEEDS_DIR (and their `sources.yaml`
//! entries) under distinct names until OUT_DIR holds the given size.
//! `synthetic` writes OUT_DIR/articles/ (about ten claims per article) and
//! OUT_DIR/claims/ (the offices, holders and figures they are checked
//! against). Both are deterministic: the same arguments give the same files.

mod synth;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "factdiff-gen", about = "Write deterministic benchmark corpora for factdiff")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Copy the seed texts under distinct names until OUT holds --mb megabytes.
    Replicate {
        seeds: PathBuf,
        out: PathBuf,
        #[arg(long, default_value_t = 10.0)]
        mb: f64,
    },
    /// Synthetic articles with office, date and money claims, and their claim files.
    Synthetic {
        out: PathBuf,
        #[arg(long, default_value_t = 1000)]
        claims: usize,
        /// Share of office and money claims that contradict the claim files.
        #[arg(long, default_value_t = 0.05)]
        contradiction_rate: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

fn write_all(dir: &Path, files: &[synth::File]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    for f in files {
        let path = dir.join(&f.path);
        std::fs::write(&path, &f.text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Replicate { seeds, out, mb } => {
            let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()));
            let mut texts = Vec::new();
            let entries = std::fs::read_dir(&seeds).map_err(|e| format!("cannot read {}: {e}", seeds.display()))?;
            for entry in entries {
                let path = entry.map_err(|e| e.to_string())?.path();
                let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
                if name.ends_with(".txt") || name.ends_with(".md") {
                    texts.push((name, read(&path)?));
                }
            }
            if texts.is_empty() {
                return Err(format!("expected .txt or .md texts in {}, but found none", seeds.display()));
            }
            texts.sort();
            let manifest_path = seeds.join("sources.yaml");
            let manifest =
                if manifest_path.exists() { synth::manifest_entries(&read(&manifest_path)?) } else { Vec::new() };
            write_all(&out, &synth::replicate(&texts, &manifest, (mb * 1e6) as usize))
        }
        Command::Synthetic { out, claims, contradiction_rate, seed } => {
            if !(0.0..=1.0).contains(&contradiction_rate) {
                return Err(format!("expected --contradiction-rate between 0 and 1, but found {contradiction_rate}"));
            }
            write_all(&out.join("claims"), &synth::ledger())?;
            write_all(&out.join("articles"), &synth::articles(claims, contradiction_rate, seed))
        }
    }
}

#[allow(clippy::print_stderr)]
fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
