#![doc = include_str!("../../docs/checks/event-date-conflict.md")]
//!
//! ## How it scales
//! A keyed group-by, never all pairs (see [`super::keyed`]): each date is
//! filed under (date, participant) and compared with at most
//! [`super::keyed::MAX_PARTNERS`] dates of other texts published within
//! the window.

use super::keyed::{self, Item, Value};
use super::{Code, Corroboration, Finding, Input};
use crate::normalise::ClaimValue;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/event-date-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let mut items = Vec::new();
    for claim in input.claims {
        let ClaimValue::Date(d) = &claim.value else { continue };
        let (Some(value), Some(frame)) = (d.value, d.frame.as_ref()) else { continue };
        // A day read from the story's other sources is not the text's word
        // (see `normalise::story`): it is never the ground of an alarm.
        if d.inferred.is_some() {
            continue;
        }
        // A year, or a stretch longer than a month, dates a period, not an event.
        let span_days = keyed::day_number(value.last_day()) - keyed::day_number(value.first_day());
        if matches!(value, crate::time::DateValue::Year(_)) || span_days > 31 {
            continue;
        }
        let (low, high) = keyed::day_range(value);
        items.push(Item {
            claim,
            frame,
            class: (0, ""),
            low: Some(low),
            high: Some(high),
            value: Value::Date(value),
            dated_day: Some(keyed::day_number(value.first_day())),
        });
    }
    let outcome = keyed::compare(input, &items, Code::EventDateConflict, "the date", findings);
    corroboration.values += outcome.corroborated;
}
