//! The claim-file loader on any bytes, through a real file as `validate`
//! reads it: never panics; every error names the file and a line and column
//! inside it (or none).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// Lines in `bytes` as factdiff and YAML count them: `\n`, `\r\n` and a
/// lone `\r` each end a line.
fn line_count(bytes: &[u8]) -> usize {
    let lone_cr =
        bytes.windows(2).filter(|w| w[0] == b'\r' && w[1] != b'\n').count() + usize::from(bytes.last() == Some(&b'\r'));
    bytes.iter().filter(|&&b| b == b'\n').count() + lone_cr + 1
}

fn scratch() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("factdiff-fuzz-claims-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir.join("claims.yaml")
    })
}

fuzz_target!(|bytes: &[u8]| {
    let path = scratch();
    std::fs::write(path, bytes).expect("write scratch claim file");
    // YAML parsers report an error at the end of input one line past a
    // last line without a line break.
    let lines = line_count(bytes);
    if let Err(errors) = factdiff::claims::load(std::slice::from_ref(path)) {
        assert!(!errors.is_empty());
        for e in &errors {
            let shown = e.to_string();
            assert!(!shown.is_empty());
            if let Some(at) = e.location {
                assert!(at.line >= 1 && at.line <= lines + 1, "line {} beyond the file: {shown}", at.line);
                assert!(at.column >= 1, "column 0: {shown}");
            }
        }
    }
});
