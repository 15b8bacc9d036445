//! Percentages: "2% of GDP", "2.5 per cent", "nearly 40 percent".
//!
//! (stub: to be written)

use super::number::{Hedge, Number};
use crate::span::Span;

/// One percentage in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentMention {
    pub span: Span,
    /// The number of percent: "2%" has value 2.
    pub amount: Number,
    pub hedge: Option<Hedge>,
    /// What it is a percentage of ("GDP" in "2% of GDP").
    pub of: Option<Span>,
}

/// Every percentage in `text`, in text order.
pub fn extract(text: &str) -> Vec<PercentMention> {
    let _ = text;
    Vec::new()
}
