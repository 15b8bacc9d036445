//! Resolving date expressions against a reference (publication) date.
//!
//! (stub: to be written)

use crate::extract::date::DateExpr;
use crate::time::DateValue;

/// The date or interval `expr` denotes, read in a text published at
/// `reference`; `None` when it cannot be resolved (a relative date in an
/// undated text).
pub fn resolve(expr: &DateExpr, reference: Option<DateValue>) -> Option<DateValue> {
    let _ = reference;
    match *expr {}
}
