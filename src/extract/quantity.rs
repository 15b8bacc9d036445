//! Counted quantities: "around 50,000 U.S. military personnel",
//! "1,200 troops", "two million people".
//!
//! (stub: to be written)

use super::number::{Hedge, Number};
use crate::span::Span;

/// A number of things, with what is counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuantityMention {
    /// From the hedge word (if any) to the end of the unit.
    pub span: Span,
    pub amount: Number,
    pub hedge: Option<Hedge>,
    /// What is counted ("U.S. military personnel").
    pub unit: Span,
}

/// Every quantity in `text`, in text order, skipping numbers inside `taken`
/// (sorted spans of dates, money and percentages).
pub fn extract(text: &str, taken: &[Span]) -> Vec<QuantityMention> {
    let _ = (text, taken);
    Vec::new()
}
