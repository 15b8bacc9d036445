//! Helpers shared by the integration tests: run the real binary, find `../shared`.
#![allow(dead_code, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/<rel>` beside the repository, or `None` (with the reason
/// printed) when it is absent. With `FACTDIFF_REQUIRE_SHARED=1` (as in CI) an
/// absent folder fails the test instead.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = repo().join("..").join("shared").join(rel);
    if path.exists() {
        return Some(path);
    }
    if std::env::var("FACTDIFF_REQUIRE_SHARED").is_ok_and(|v| v == "1") {
        panic!("{} is required (FACTDIFF_REQUIRE_SHARED=1) but absent", path.display());
    }
    eprintln!("skipping: {} is absent", path.display());
    None
}

/// Runs `factdiff args…` in `dir`.
pub fn factdiff(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("run factdiff")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 stdout")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 stderr")
}

pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(o)))
}

/// The bundled claim files.
pub fn ledger() -> factdiff::claims::ClaimSet {
    factdiff::claims::load(&[repo().join("claims")]).expect("bundled claims load")
}

/// A document written in a test, published on `published`.
pub fn doc(path: &str, published: &str, text: &str) -> factdiff::load::Document {
    factdiff::load::Document {
        path: path.into(),
        text: text.into(),
        body: factdiff::span::Span::new(0, text.len()),
        published: Some(factdiff::time::DateValue::parse(published).unwrap()),
        published_from: None,
        outlet: None,
        url: None,
        title: None,
    }
}
