#![doc = include_str!("../../docs/checks/figure-conflict.md")]
//!
//! ## How it scales
//! A keyed group-by, never all pairs (see [`super::keyed`]): each amount is
//! filed under (kind and unit, participant) and compared with at most
//! [`super::keyed::MAX_PARTNERS`] amounts of other texts published within
//! the window.

use rust_decimal::Decimal;

use super::keyed::{self, Item};
use super::{Code, Corroboration, Finding, Input};
use crate::extract::number::Hedge;
use crate::normalise::{AmountClaim, ClaimValue};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/figure-conflict.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let mut items = Vec::new();
    for claim in input.claims {
        let (amount, class) = match &claim.value {
            ClaimValue::Money(a) => (a, format!("money {}", a.unit.as_deref().unwrap_or(""))),
            ClaimValue::Quantity(a) => {
                let head = a.frame.as_ref().and_then(|f| f.head.clone()).unwrap_or_default();
                (a, format!("count {head}"))
            }
            ClaimValue::Percent(a) => (a, "percent".to_string()),
            _ => continue,
        };
        let Some(frame) = amount.frame.as_ref() else { continue };
        let (low, high) = range(amount);
        let unit = amount.unit.clone().unwrap_or_default();
        let shown = format!("{} {unit}", amount.value.normalize()).trim_end().to_string();
        let mut fields = vec![
            ("value", amount.value.normalize().to_string()),
            ("unit", unit),
            ("low", low.map_or_else(|| "(open)".into(), |d| d.normalize().to_string())),
            ("high", high.map_or_else(|| "(open)".into(), |d| d.normalize().to_string())),
            ("as-of", amount.as_of.map_or_else(|| "(undated)".into(), |d| d.to_string())),
        ];
        keyed::frame_fields(frame, &mut fields);
        items.push(Item { claim, frame, class, low, high, shown, fields, dated_day: None });
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
    let x = a.value;
    let tolerance = || {
        let unit = last_digit_unit(x);
        let two = x.abs() * Decimal::new(2, 2);
        unit.max(two)
    };
    match a.hedge {
        Some(Hedge::About) => {
            let t = tolerance();
            (Some(x - t), Some(x + t))
        }
        Some(Hedge::Nearly) => (Some(x - tolerance()), Some(x)),
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
}
