//! Numbers as news writes them, shared by the money, quantity and percent
//! parsers: "55", "1,900", "1.2", "3.5bn", "five", "two million", and the
//! hedge words before them ("about", "nearly", "more than", "up to").
//!
//! (stub: to be written)

use rust_decimal::Decimal;

/// A stated number: its exact value and the unit of its last stated digit.
///
/// "55 billion" has value 55000000000 and precision 1000000000: a reader
/// takes it as rounded to the nearest billion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number {
    pub value: Decimal,
    pub precision: Decimal,
}

/// A word that turns a stated number into a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hedge {
    /// "about", "around", "roughly", "some", "approximately", "an estimated"
    About,
    /// "nearly", "almost", "close to", "just under"
    Nearly,
    /// "more than", "over", "above", "in excess of"
    MoreThan,
    /// "less than", "under", "below", "fewer than"
    LessThan,
    /// "at least", "no less than"
    AtLeast,
    /// "up to", "at most", "as much as", "as many as"
    UpTo,
}

/// The closed range a hedged number allows: `(low, high)`, `None` for unbounded.
pub fn bounds(number: Number, hedge: Option<Hedge>) -> (Option<Decimal>, Option<Decimal>) {
    let _ = (number, hedge);
    (None, None)
}
