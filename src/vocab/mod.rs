//! The base vocabulary: what factdiff knows of the world before it reads any
//! claim file — countries and their demonyms, currencies, the words titles
//! and parties are made of, titles of address.
//!
//! Grammar lives in code; vocabulary lives here, as data files compiled into
//! the binary and parsed once, each fact in one place:
//!
//! | file | what | from |
//! |---|---|---|
//! | `countries.tsv` | every ISO 3166-1 country and territory, with names, short forms and demonyms | generated from the `keshvar` crate (MIT) plus `countries-extra.tsv`; `tests/vocab.rs` regenerates and compares it |
//! | `countries-extra.tsv` | hand corrections: forms news uses that the source lacks, forms two countries share, the EU | written here |
//! | `currencies.tsv` | every ISO 4217 currency in use and the withdrawn ones archives quote, with names, signs, countries and shared-name families | generated from the `iso_currency` crate (MIT/Apache-2.0) plus `currencies-extra.tsv`; `tests/vocab.rs` regenerates and compares it |
//! | `titles.tsv` | the words office titles and party posts are built from | written here |
//! | `people.tsv` | titles of address, ranks and name particles | written here |
//! | `name_forms.tsv` | spellings of one name word in several romanisations; family names written first | written here |
//! | `parties.tsv` | parties as news text names them beside a party post, with their country | written here |
//! | `bodies.tsv` | the last words of bodies' names: government, legislature, organisation or company | written here |
//! | `words.tsv` | common words that are never a word of a name ("Meets", "Officially") | written here |
//! | `calendar.tsv` | month and weekday names and abbreviations | written here |
//! | `cities.tsv` | capitals and dateline cities, and the regions datelines name after them, with their country | written here (the country data has no capitals) |
//! | `outlets.tsv` | news outlets whose names do not say where they report from, with their country | written here |
//!
//! A run's vocabulary is this base plus what its claim files add (offices'
//! titles, people's names, declared jurisdictions): see
//! [`crate::extract::lexicon::Lexicon`]. Nothing here depends on a run.
//!
//! Invariants (checked by the tests of each file): every form names one
//! jurisdiction; lists are free of duplicates; the generated country table
//! is exactly what its generator writes.

pub mod bodies;
pub mod calendar;
pub mod cities;
pub mod countries;
pub mod currencies;
pub mod name_forms;
pub mod outlets;
pub mod parties;
pub mod people;
pub mod titles;
pub mod words;

/// The data lines of an embedded table: comment (`#`) and blank lines
/// dropped, each line split on tabs.
pub(crate) fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

/// The `|`-separated items of a table cell; an empty cell has none.
pub(crate) fn items(cell: &'static str) -> impl Iterator<Item = &'static str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}
