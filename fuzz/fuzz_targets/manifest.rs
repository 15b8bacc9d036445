//! A `sources.yaml` manifest's text: never panics; errors name the
//! manifest and a line inside it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

/// Lines in `bytes` as factdiff and YAML count them: `\n`, `\r\n` and a
/// lone `\r` each end a line.
fn line_count(bytes: &[u8]) -> usize {
    let lone_cr =
        bytes.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count() + usize::from(bytes.last() == Some(&b'\r'));
    bytes.iter().filter(|&&b| b == b'\n').count() + lone_cr + 1
}

fuzz_target!(|source: &str| {
    // YAML parsers report an error at the end of input one line past a
    // last line without a line break.
    let lines = line_count(source.as_bytes());
    let (_, errors) = factdiff::load::parse_manifest("sources.yaml", Path::new("/nonexistent-factdiff-fuzz"), source);
    for e in &errors {
        assert_eq!(e.path.as_deref(), Some(Path::new("sources.yaml")));
        if let Some(at) = e.location {
            assert!(at.line >= 1 && at.line <= lines + 1, "line {} beyond the manifest: {e}", at.line);
        }
    }
});
