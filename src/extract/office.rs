//! Office-holder mentions. (stub: being written)

use crate::span::Span;

/// A person named as holding (or having held) an office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeMention {
    pub span: Span,
}

pub fn extract(text: &str) -> Vec<OfficeMention> {
    let _ = text;
    Vec::new()
}
