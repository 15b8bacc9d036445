#![doc = include_str!("../../docs/checks/figure-conflict.md")]
//!
//! ## How it scales
//! A keyed group-by, never all pairs (see [`super::keyed`]): each amount is
//! filed under (kind and unit, participant) and compared with at most
//! [`super::keyed::MAX_PARTNERS`] amounts of other texts published within
//! the window.

use rust_decimal::Decimal;

use super::keyed::{self, Item, Value};
use super::{Code, Corroboration, Finding, Input};
use crate::extract::number::Hedge;
use crate::normalise::{AmountClaim, ClaimValue};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/figure-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let mut items = Vec::new();
    for claim in input.claims {
        let (amount, class) = match &claim.value {
            ClaimValue::Money(a) => (a, (1, a.unit.as_deref().unwrap_or(""))),
            ClaimValue::Quantity(a) => (a, (2, a.frame.as_ref().and_then(|f| f.head).unwrap_or(""))),
            ClaimValue::Percent(a) => (a, (3, "")),
            _ => continue,
        };
        let Some(frame) = amount.frame.as_ref() else { continue };
        let (low, high) = range(amount);
        items.push(Item { claim, frame, class, low, high, value: Value::Amount(amount), dated_day: None });
    }
    let outcome = keyed::compare(input, &items, Code::FigureConflict, "the figure", findings);
    corroboration.values += outcome.corroborated;
}

/// The range a stated amount allows when compared with another source.
///
/// Without a hedge it is the rounding of the written number ("245 billion"
/// is 244.5 to 245.5 billion). "About", "roughly" and "nearly" allow one
/// unit of the number's last non-zero digit or 2%, whichever is more ("about
/// 50,000" is 40,000 to 60,000; "roughly 254 billion" is 248.9 to 259.1
/// billion); "nearly" only below the number. Open hedges ("more than", "up
/// to") keep their open ranges.
pub(crate) fn range(a: &AmountClaim) -> (Option<Decimal>, Option<Decimal>) {
    // A stated range ("about $5-6 billion") widens at each end.
    let (x, top) = (a.value, a.to.unwrap_or(a.value));
    let tolerance = |x: Decimal| last_digit_unit(x).max(x.abs() * Decimal::new(2, 2));
    match a.hedge {
        Some(Hedge::About) => (Some(x - tolerance(x)), Some(top + tolerance(top))),
        Some(Hedge::Nearly) => (Some(x - tolerance(x)), Some(top)),
        _ => (a.low, a.high),
    }
}

/// One unit of the last non-zero digit of `x` (50,000 → 10,000; 254 → 1; 2.5 → 0.1).
fn last_digit_unit(x: Decimal) -> Decimal {
    let x = x.abs().normalize();
    if x.is_zero() {
        return Decimal::ONE;
    }
    if x.scale() > 0 {
        return Decimal::new(1, x.scale());
    }
    let mut unit = Decimal::ONE;
    let mut m = x;
    while (m % Decimal::TEN).is_zero() {
        m /= Decimal::TEN;
        unit *= Decimal::TEN;
    }
    unit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_digit_unit_follows_trailing_zeros_and_decimals() {
        assert_eq!(last_digit_unit(Decimal::from(50_000)), Decimal::from(10_000));
        assert_eq!(last_digit_unit(Decimal::from(254)), Decimal::ONE);
        assert_eq!(last_digit_unit(Decimal::new(25, 1)), Decimal::new(1, 1));
    }

    #[test]
    fn an_about_range_widens_at_both_ends() {
        let doc = crate::load::Document::dated("a.txt", "2025-01-01", "It will cost about $250-$300 million.");
        let claims = crate::check::analyse(std::slice::from_ref(&doc), &crate::claims::ClaimSet::default());
        let Some(ClaimValue::Money(a)) = claims.iter().map(|c| &c.value).find(|v| matches!(v, ClaimValue::Money(_)))
        else {
            panic!("no money claim in {claims:?}")
        };
        let m = |n: i64| Some(Decimal::from(n) * Decimal::from(1_000_000));
        assert_eq!(a.to, Some(Decimal::from(300_000_000)));
        // One unit of each end's last digit: 250 ± 10 and 300 ± 100.
        assert_eq!(range(a), (m(240), m(400)));
    }
}
