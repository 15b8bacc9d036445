//! Date mentions: absolute ("2024-04-17", "December 11, 2025", "Dec. 6"),
//! partial ("in October", "at the end of 2022"), relative ("tomorrow",
//! "last week", "on Friday") and bare days ("on the 6th").
//!
//! (stub: to be written)

use crate::span::Span;

/// One date mention; `expr` is resolved by `normalise::date`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub span: Span,
    pub expr: DateExpr,
}

/// What a date mention says, before resolution against a reference date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateExpr {}

/// Every date mention in `text`, in text order.
pub fn extract(text: &str) -> Vec<DateMention> {
    let _ = text;
    Vec::new()
}
