//! A `sources.yaml` manifest's text: never panics; errors name the
//! manifest and a line inside it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|source: &str| {
    let lines = source.split('\n').count();
    let (_, errors) = factdiff::load::parse_manifest("sources.yaml", Path::new("/nonexistent-factdiff-fuzz"), source);
    for e in &errors {
        assert_eq!(e.path.as_deref(), Some(Path::new("sources.yaml")));
        if let Some(at) = e.location {
            assert!(at.line >= 1 && at.line <= lines + 1, "line {} beyond the manifest: {e}", at.line);
        }
    }
});
