//! The date extractor on any UTF-8 text: never panics, spans are in bounds
//! and on character boundaries, mentions come in text order.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mentions = factdiff::extract::date::extract(text);
    let mut last = 0;
    for m in &mentions {
        assert!(m.span.start <= m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        assert!(m.span.start >= last, "mentions out of text order");
        last = m.span.start;
    }
});
