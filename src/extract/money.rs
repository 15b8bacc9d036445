//! Money amounts: "$55 billion", "US$1.2 trillion", "¥43 trillion",
//! "43 trillion yen", "€2bn", "£350m".
//!
//! (stub: to be written)

use super::number::{Hedge, Number};
use crate::span::Span;

/// One amount of money in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoneyMention {
    /// From the hedge word (if any) to the last byte of the amount or currency word.
    pub span: Span,
    pub amount: Number,
    /// ISO 4217 code.
    pub currency: &'static str,
    pub hedge: Option<Hedge>,
}

/// Every money mention in `text`, in text order.
pub fn extract(text: &str) -> Vec<MoneyMention> {
    let _ = text;
    Vec::new()
}
