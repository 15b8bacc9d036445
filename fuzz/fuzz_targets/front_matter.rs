//! A text file's bytes through decoding and front matter, as `load` reads
//! each file: never panics; the body lies inside the text on character
//! boundaries; errors carry a line and column inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Lines in `bytes` as factdiff and YAML count them: `\n`, `\r\n` and a
/// lone `\r` each end a line.
fn line_count(bytes: &[u8]) -> usize {
    let lone_cr =
        bytes.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count() + usize::from(bytes.last() == Some(&b'\r'));
    bytes.iter().filter(|&&b| b == b'\n').count() + lone_cr + 1
}

fuzz_target!(|bytes: &[u8]| {
    let lines = line_count(bytes);
    match factdiff::load::document_from_bytes("fuzz.md", bytes.to_vec(), &Default::default()) {
        Ok(doc) => {
            assert!(doc.body.start <= doc.body.end && doc.body.end <= doc.text.len());
            assert!(doc.text.as_str().is_char_boundary(doc.body.start));
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
