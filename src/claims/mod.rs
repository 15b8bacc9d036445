//! Claim files: the newsroom's curated ledger of offices, office holders and
//! figures, read from strict YAML.
//!
//! A claims tree is any number of `.yaml` files; each may hold any of the
//! top-level lists `offices`, `people`, `tenures` and `figures`. Every entry
//! keeps its [`Origin`] (file, line, column) so that a finding can point at
//! the entry that contradicts a source.
//!
//! (loader: to be written)

pub mod schema;

use rust_decimal::Decimal;

use crate::time::DateValue;

/// Where a claim-file entry lives.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct Origin {
    pub path: String,
    pub line: usize,
    pub column: usize,
}

/// An office: one post in one jurisdiction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Office {
    /// Stable id, `jurisdiction.slug` in lower case: `jp.minister-of-defense`.
    pub id: String,
    /// Jurisdiction code from [`crate::jurisdiction`].
    pub jurisdiction: String,
    /// The canonical title ("Minister of Defense").
    pub name: String,
    /// Every title this office goes by, with the dates a title was in use.
    pub titles: Vec<Title>,
    /// Whether only one person holds it at a time (a prime minister), or many
    /// (a member of parliament).
    pub single_holder: bool,
    pub origin: Origin,
}

/// One title of an office. A renamed office keeps its old title with an
/// `until` and gets the new one with a `since`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    pub title: String,
    pub since: Option<DateValue>,
    pub until: Option<DateValue>,
}

/// A person the ledger knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Stable id, a slug of the name: `shinjiro-koizumi`.
    pub id: String,
    /// The canonical name, given name first ("Shinjiro Koizumi").
    pub name: String,
    /// Other spellings and orders ("Koizumi Shinjiro", "Shinjirō Koizumi").
    pub aliases: Vec<String>,
    pub origin: Origin,
}

/// A person holding an office from `start` to `end` (open when `None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tenure {
    pub person: String,
    pub office: String,
    pub start: DateValue,
    pub end: Option<DateValue>,
    pub acting: bool,
    pub source: Option<String>,
    pub origin: Origin,
}

/// A reference figure: an amount of money or a count, with what it is of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub id: String,
    /// What the figure measures, for people ("Japan's investment pledge in the United States").
    pub subject: String,
    /// Terms that must all occur in the clause around a source's number for it
    /// to be about this figure; each term lists alternatives (`Japan|Japanese`)
    /// and matches at the start of a word, case-insensitively.
    pub keywords: Vec<Vec<String>>,
    /// The value, or the low end of a range.
    pub value: Decimal,
    /// The high end of a range; equal to `value` for a single number.
    pub max: Decimal,
    /// ISO 4217 code, for money.
    pub currency: Option<String>,
    /// What is counted, for a quantity ("military personnel"), or `percent`.
    pub unit: Option<String>,
    pub as_of: Option<DateValue>,
    /// Relative tolerance (0.05 for 5%) allowed on top of the range.
    pub tolerance: Decimal,
    pub source: Option<String>,
    pub origin: Origin,
}

/// All claim files, merged.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClaimSet {
    pub offices: Vec<Office>,
    pub people: Vec<Person>,
    pub tenures: Vec<Tenure>,
    pub figures: Vec<Figure>,
}
