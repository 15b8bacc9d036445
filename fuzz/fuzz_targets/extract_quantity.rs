//! The percent and quantity extractors on any UTF-8 text (quantities with
//! the spans the other extractors took, as the pipeline runs them): never
//! panic, spans in bounds and on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let percents = factdiff::extract::percent::extract(text);
    let mut taken: Vec<_> = percents.iter().map(|p| p.span).collect();
    taken.extend(factdiff::extract::money::extract(text).iter().map(|m| m.span));
    taken.sort_unstable();
    let quantities = factdiff::extract::quantity::extract(text, &taken);
    let spans = percents.iter().map(|p| p.span).chain(quantities.iter().map(|q| q.span));
    for span in spans {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
});
