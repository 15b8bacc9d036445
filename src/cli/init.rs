//! `factdiff init`: a commented `factdiff.toml` and a `claims/` folder with
//! an example file, in the current folder. Never overwrites: when either
//! file exists, nothing is written.

use std::path::Path;

use factdiff::config::{FILE_NAME, STARTER};
use factdiff::error::{Error, ErrorKind};

use super::io::{note, write_new};

#[derive(clap::Args)]
pub struct Args {}

/// The example claim file: one office, its holders, valid as written.
pub const EXAMPLE_CLAIMS: &str = r#"# An example claim file; `factdiff validate` checks it, and the JSON Schema
# in factdiff's docs/claims.schema.json gives editors completion. Claim files
# extend the ledger built into factdiff (`factdiff ledger show QUERY` shows
# it); an office defined here with a built-in id, as `jp.prime-minister`
# below, replaces the built-in one, its tenures included.
schema: 1
offices:
  - id: jp.prime-minister
    jurisdiction: JP
    name: Prime Minister
    titles:
      - Premier
people:
  - id: shigeru-ishiba
    name: Shigeru Ishiba
    aliases: [Ishiba Shigeru]
  - id: sanae-takaichi
    name: Sanae Takaichi
    aliases: [Takaichi Sanae]
tenures:
  - person: shigeru-ishiba
    office: jp.prime-minister
    start: 2024-10-01
    end: 2025-10-21
    source: Prime Minister's Office of Japan
  - person: sanae-takaichi
    office: jp.prime-minister
    start: 2025-10-21               # no `end`: still in office
# Findings an editor has checked and accepted, each with a reason:
# suppress:
#   - code: ledger-holder-conflict
#     path: articles/2025-archive.md
#     reason: quotes a statement made before the handover
"#;

pub fn run(_: Args) -> Result<u8, Vec<Error>> {
    let config = Path::new(FILE_NAME);
    let claims = Path::new("claims").join("example.yaml");
    let existing: Vec<Error> = [config, claims.as_path()]
        .into_iter()
        .filter(|p| p.exists())
        .map(|p| {
            Error::new(ErrorKind::Output, "expected a new file, but it already exists")
                .with_path(p)
                .with_help("factdiff init never overwrites; move the file away or edit it")
        })
        .collect();
    if !existing.is_empty() {
        return Err(existing);
    }
    std::fs::create_dir_all("claims").map_err(|e| vec![Error::io("claims", &e)])?;
    write_new(config, STARTER).map_err(|e| vec![e])?;
    write_new(&claims, EXAMPLE_CLAIMS).map_err(|e| vec![e])?;
    note(&format!("wrote {FILE_NAME} and {}; run `factdiff validate` next", claims.display()));
    Ok(0)
}
