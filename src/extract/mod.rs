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
pub mod lex;
pub mod lexicon;
pub mod money;
pub mod number;
pub mod office;
pub mod percent;
pub mod quantity;
pub mod size;

use std::sync::LazyLock;

use crate::claims::ClaimSet;
use crate::span::Span;
use crate::vocab::calendar;
pub use lexicon::Lexicon;
use lexicon::{Builder, Class};

/// Everything found in one text, each list in text order.
#[derive(Clone, Debug, Default)]
pub struct Extraction {
    pub offices: Vec<office::OfficeMention>,
    pub dates: Vec<date::DateMention>,
    pub money: Vec<money::MoneyMention>,
    pub quantities: Vec<quantity::QuantityMention>,
    pub percents: Vec<percent::PercentMention>,
    pub sizes: Vec<size::SizeMention>,
}

/// Runs every extractor over `text`, reading words with `lexicon`.
///
/// Numbers that are part of a date, an amount of money or a percentage are
/// not counted again as quantities.
pub fn extract(text: &str, lexicon: &Lexicon) -> Extraction {
    let cues = cue::Cues::of(text, lexicon);
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
    let offices = office::extract_with(text, &cues, lexicon);
    let sizes = size::extract(text, Span::new(0, text.len()));
    Extraction { offices, dates, money, quantities, percents, sizes }
}

/// The lexicon of a run: the base vocabulary, the extractors' grammar
/// words, and everything `claims` teach — every title and alias of every
/// office, every person's name and alias, every jurisdiction declared.
pub fn lexicon(claims: &ClaimSet) -> Lexicon {
    let mut b = grammar();
    for j in &claims.jurisdictions {
        b.jurisdiction(j.clone());
    }
    for o in &claims.offices {
        b.title(&o.name);
        for t in &o.titles {
            b.title(&t.title);
        }
    }
    for p in &claims.people {
        b.person(&p.name);
        for a in &p.aliases {
            b.person(a);
        }
    }
    b.build()
}

/// The lexicon of a run with no claim files: the base vocabulary and the
/// grammar words only. Built once; for callers with no claim files at hand
/// (tests, fuzzing, the number grammars' word gates, which claim files never
/// change).
pub fn base_lexicon() -> &'static Lexicon {
    static BASE: LazyLock<Lexicon> = LazyLock::new(|| grammar().build());
    &BASE
}

/// The base vocabulary with every extractor's grammar words: the words its
/// mentions may start with, as the shared pass classifies them.
fn grammar() -> Builder {
    fn first_run(s: &str) -> &str {
        let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
        &s[..n]
    }
    let mut b = Builder::new();
    b.words(date::STARTERS.iter().chain(date::DAY_WORDS).copied(), Class::DATE_STARTER)
        .words(calendar::all().iter().map(|w| w.word), Class::DATE_STARTER)
        .words(date::LEAD_INS.iter().copied(), Class::DATE_LEAD_IN)
        .words(date::UNITS.iter().copied(), Class::DATE_UNIT)
        .words(number::first_words(), Class::NUMBER_FIRST)
        .words(number::start_words(), Class::NUMBER_START)
        .words(number::hedge_first_words(), Class::HEDGE_FIRST)
        .words(number::number_words(), Class::NUMBER_WORD)
        .words(percent::WORDS.iter().copied(), Class::PERCENT_WORD)
        .words(money::currency_first_words(), Class::CURRENCY_FIRST)
        .signs(money::SIGNS.iter().map(|(s, _)| *s))
        .words(office::LOWER_STARTS.iter().copied(), Class::OFFICE_LOWER_START)
        .words(office::QUALIFIERS.iter().map(|(q, _)| first_run(q)), Class::QUALIFIER_FIRST)
        .words(office::TITLE_OPENERS.iter().copied(), Class::TITLE_OPENER)
        .words(office::NOT_NAMES.iter().copied(), Class::NOT_NAME)
        .words(office::predicate_first_words(), Class::OFFICE_VERB)
        .words(office::LED_NOUNS.iter().copied(), Class::TITLE_OPENER | Class::OFFICE_LOWER_START)
        .words(office::LED_VERBS.iter().copied(), Class::OFFICE_CUE | Class::LED)
        .words(office::CUE_WORDS.iter().copied(), Class::OFFICE_CUE);
    b
}
