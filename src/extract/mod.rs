//! Extraction: find claim mentions in free text, one nom parser module per
//! claim kind.
//!
//! Extractors see only the text. They return mentions with exact byte spans
//! and the parsed, not yet resolved, content (a relative date stays relative
//! here; `normalise` resolves it against the publication date). Every
//! extractor is total: any input gives a (possibly empty) list, in time
//! linear in the input, and never panics.

pub mod cue;
pub mod currency;
pub mod date;
pub mod money;
pub mod number;
pub mod office;
pub mod percent;
pub mod quantity;

use crate::span::Span;

/// Everything found in one text, each list in text order.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub offices: Vec<office::OfficeMention>,
    pub dates: Vec<date::DateMention>,
    pub money: Vec<money::MoneyMention>,
    pub quantities: Vec<quantity::QuantityMention>,
    pub percents: Vec<percent::PercentMention>,
}

/// Runs every extractor over `text`.
///
/// Numbers that are part of a date, an amount of money or a percentage are
/// not counted again as quantities.
pub fn extract(text: &str) -> Extraction {
    let cues = cue::Cues::of(text);
    let dates = date::extract_with(text, &cues);
    let money = money::extract_with(text, &cues);
    let percents = percent::extract_with(text, &cues);
    let mut taken: Vec<Span> = dates
        .iter()
        .map(|d| d.span)
        .chain(money.iter().map(|m| m.span))
        .chain(percents.iter().map(|p| p.span))
        .collect();
    taken.sort_unstable();
    let quantities = quantity::extract_with(text, &cues, &taken);
    let offices = office::extract_with(text, &cues);
    Extraction { offices, dates, money, quantities, percents }
}
