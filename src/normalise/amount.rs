//! Amounts of money, counts and percentages as exact ranges, with the clause
//! that says what they are about.

use crate::extract::money::MoneyMention;
use crate::extract::number::bounds;
use crate::extract::percent::PercentMention;
use crate::extract::quantity::QuantityMention;
use crate::sentence;
use crate::time::DateValue;

use super::AmountClaim;

pub fn money(text: &str, m: &MoneyMention, as_of: Option<DateValue>) -> AmountClaim {
    let (low, high) = bounds(m.amount, m.hedge);
    AmountClaim {
        value: m.amount.value,
        low,
        high,
        hedge: m.hedge,
        unit: Some(m.currency.to_string()),
        context: sentence::clause(text, m.span),
        as_of,
        frame: None,
    }
}

pub fn quantity(text: &str, q: &QuantityMention, as_of: Option<DateValue>) -> AmountClaim {
    let (low, high) = bounds(q.amount, q.hedge);
    AmountClaim {
        value: q.amount.value,
        low,
        high,
        hedge: q.hedge,
        unit: Some(q.unit.text(text).to_string()),
        context: sentence::clause(text, q.span),
        as_of,
        frame: None,
    }
}

pub fn percent(text: &str, p: &PercentMention, as_of: Option<DateValue>) -> AmountClaim {
    let (low, high) = bounds(p.amount, p.hedge);
    AmountClaim {
        value: p.amount.value,
        low,
        high,
        hedge: p.hedge,
        unit: p.of.map(|s| s.text(text).to_string()),
        context: sentence::clause(text, p.span),
        as_of,
        frame: None,
    }
}
