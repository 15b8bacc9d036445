//! A text file's bytes through decoding and front matter, as `load` reads
//! each file: never panics; the body lies inside the text on character
//! boundaries; errors carry a line and column inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let lines = bytes.split(|b| *b == b'\n').count();
    match factdiff::load::document_from_bytes("fuzz.md", bytes.to_vec(), &Default::default()) {
        Ok(doc) => {
            assert!(doc.body.start <= doc.body.end && doc.body.end <= doc.text.len());
            assert!(doc.text.is_char_boundary(doc.body.start));
            let _ = factdiff::check::prose(&doc);
            assert_eq!(factdiff::check::prose(&doc).len(), doc.text.len());
        }
        Err(e) => {
            if let Some(at) = e.location {
                assert!(at.line >= 1 && at.line <= lines + 1, "line {} beyond the file: {e}", at.line);
            }
        }
    }
});
