//! Currencies: every ISO 4217 currency in use, and those withdrawn that news
//! archives still quote (the Deutsche mark, the French franc), with their
//! names, signs, countries and the family of names they share ("dollar",
//! "franc", "peso").
//!
//! The table is `currencies.tsv`, generated (see `tests/vocab.rs`) from the
//! `iso_currency` crate's ISO 4217 data with the additions of
//! `currencies-extra.tsv`. Country codes are those of [`super::countries`]
//! (the United Kingdom is `UK`).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{items, rows};

/// Currencies that share a name: which member a text means is for the text
/// to decide (`extract::currency`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Family {
    Dollar,
    Franc,
    Mark,
    Peso,
    Crown,
    Pound,
    Riyal,
    Dinar,
    Shilling,
}

impl Family {
    fn parse(name: &str) -> Option<Family> {
        Some(match name {
            "dollar" => Family::Dollar,
            "franc" => Family::Franc,
            "mark" => Family::Mark,
            "peso" => Family::Peso,
            "crown" => Family::Crown,
            "pound" => Family::Pound,
            "riyal" => Family::Riyal,
            "dinar" => Family::Dinar,
            "shilling" => Family::Shilling,
            _ => return None,
        })
    }
}

/// One currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Currency {
    /// The ISO 4217 code: `USD`, `DEM`.
    pub code: &'static str,
    pub name: &'static str,
    /// Its sign, if it has one of its own ("€", "Ksh").
    pub symbol: Option<&'static str>,
    /// The jurisdictions that issue it.
    pub countries: Vec<&'static str>,
    pub family: Option<Family>,
    /// Withdrawn, but quoted in archives.
    pub historic: bool,
    /// Its code is read in lower case too ("usd 5"): common codes only, as
    /// lower-case codes are easily ordinary words.
    pub lower: bool,
    /// Its code is also an English word ("ALL", "TOP"): never read as a code.
    pub word: bool,
    /// Other codes news writes for it ("RMB" for `CNY`).
    pub aliases: Vec<&'static str>,
}

static TABLE: LazyLock<Vec<Currency>> = LazyLock::new(|| {
    rows(include_str!("currencies.tsv"))
        .map(|row| {
            let cell = |i: usize| row.get(i).copied().unwrap_or("");
            let flags: Vec<&str> = items(cell(5)).collect();
            Currency {
                code: cell(0),
                name: cell(1),
                symbol: Some(cell(2)).filter(|s| !s.is_empty()),
                countries: items(cell(3)).collect(),
                family: Family::parse(cell(4)),
                historic: flags.contains(&"historic"),
                lower: flags.contains(&"lower"),
                word: flags.contains(&"word"),
                aliases: items(cell(6)).collect(),
            }
        })
        .collect()
});

static BY_CODE: LazyLock<HashMap<&'static str, usize>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for (i, c) in all().iter().enumerate() {
        map.insert(c.code, i);
        for &a in &c.aliases {
            map.insert(a, i);
        }
    }
    map
});

/// Every currency, sorted by code.
pub fn all() -> &'static [Currency] {
    &TABLE
}

/// The currency a code or alias names ("USD", "RMB"), upper case.
pub fn by_code(code: &str) -> Option<&'static Currency> {
    BY_CODE.get(code).map(|&i| &all()[i])
}

/// The currency of `family` that jurisdiction `country` issues: the one in
/// use where there are two (`MXN` before `MXP`), else the withdrawn one
/// (the Deutsche mark is Germany's mark).
pub fn local(country: &str, family: Family) -> Option<&'static Currency> {
    let issued = || all().iter().filter(move |c| c.family == Some(family) && c.countries.contains(&country));
    issued().find(|c| !c.historic).or_else(|| issued().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_currency_has_a_code_and_its_countries_exist() {
        assert!(all().len() >= 160, "ISO 4217's currencies in use and the withdrawn ones archives quote");
        assert!(all().windows(2).all(|w| w[0].code < w[1].code), "sorted by code, codes unique");
        for c in all() {
            assert!(c.code.len() == 3 && c.code.bytes().all(|b| b.is_ascii_uppercase()), "{}", c.code);
            for country in &c.countries {
                assert!(crate::vocab::countries::by_code(country).is_some(), "{}: {country}", c.code);
            }
        }
    }

    #[test]
    fn codes_aliases_and_local_members_of_a_family() {
        assert_eq!(by_code("RMB").map(|c| c.code), Some("CNY"));
        assert_eq!(by_code("DEM").map(|c| c.name), Some("Deutsche Mark"));
        assert_eq!(local("CA", Family::Dollar).map(|c| c.code), Some("CAD"));
        assert_eq!(local("UK", Family::Pound).map(|c| c.code), Some("GBP"));
        assert_eq!(local("DE", Family::Mark).map(|c| c.code), Some("DEM"));
        assert_eq!(local("MX", Family::Peso).map(|c| c.code), Some("MXN"), "the peso in use, not the withdrawn one");
        assert_eq!(local("KE", Family::Shilling).map(|c| c.code), Some("KES"));
        assert_eq!(local("JP", Family::Dollar), None);
        assert!(by_code("USD").unwrap().lower && !by_code("ALL").unwrap().lower);
    }
}
