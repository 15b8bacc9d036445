//! The claim-file loader on any bytes, through a real file as `validate`
//! reads it: never panics; every error names the file and a line and column
//! inside it (or none).
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

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
    let lines = bytes.split(|b| *b == b'\n').count();
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
