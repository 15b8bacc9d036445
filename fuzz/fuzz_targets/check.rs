//! The whole `check` pipeline on one document against the bundled claim
//! files: load (decoding, front matter), extract, normalise, compare, and
//! every report format. Never panics; findings point inside the text.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use factdiff::report::concise::Concise;
use factdiff::report::github::Github;
use factdiff::report::json::Json;
use factdiff::report::markdown::Markdown;
use factdiff::report::sarif::Sarif;
use factdiff::report::text::{SourceLines, Text};
use factdiff::report::{Report, Subject, View};
use libfuzzer_sys::fuzz_target;

fn ledger() -> &'static factdiff::claims::ClaimSet {
    static LEDGER: OnceLock<factdiff::claims::ClaimSet> = OnceLock::new();
    LEDGER.get_or_init(|| {
        let claims = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../claims");
        factdiff::claims::load(&[claims]).expect("the bundled claim files load")
    })
}

fuzz_target!(
    // Loading the bundled ledger takes longer than the per-input timeout.
    init: {
        ledger();
    },
    |bytes: &[u8]| {
    let options = factdiff::load::LoadOptions {
        as_of: factdiff::time::DateValue::parse("2025-06-01").ok(),
        ..Default::default()
    };
    let Ok(doc) = factdiff::load::document_from_bytes("fuzz.md", bytes.to_vec(), &options) else {
        return;
    };
    let len = doc.text.len();
    let run = factdiff::check::check(vec![doc], ledger(), &Default::default());
    for claim in &run.claims {
        assert!(claim.span.end <= len);
    }
    let view = View { run: &run, errors: &[], subject: Subject::Texts };
    // A text from memory is never released, so reading its lines cannot fail.
    let lines = SourceLines::read(&run).expect("the text is in memory");
    let text = Text { color: false, lines: &lines };
    let formats: [&dyn Report; 6] = [&text, &Concise, &Json, &Markdown, &Sarif, &Github];
    for format in formats {
        let _ = format.render(&view);
    }
    }
);
