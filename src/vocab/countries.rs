//! Jurisdictions: every ISO 3166-1 country and territory (and the European
//! Union) with the names, short forms and demonyms news text uses for it.
//!
//! Office mentions name their country in many ways ("Japan's", "Japanese",
//! "U.S.", "American", "Britain's"); each form maps to one code, so "Spain's
//! Prime Minister" and "the Spanish prime minister" reach the same office.
//! Codes are ISO 3166-1 alpha-2, except that the United Kingdom is `UK`, as
//! newsrooms and claim files write it, and the European Union is `EU`.
//!
//! The table is `countries.tsv`, generated (see `tests/vocab.rs`) from the
//! `keshvar` crate's data with the hand corrections of `countries-extra.tsv`.
//! Claim files may declare further jurisdictions; a run's lexicon holds both.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{items, rows};

/// One jurisdiction and the forms that name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Jurisdiction {
    /// `ES`, `UK`, `EU`, `NATO`: two to four upper-case letters.
    pub code: String,
    /// The name shown in reports ("Spain").
    pub name: String,
    /// Names and short forms, as written (case-sensitive: "US" is a country,
    /// "us" is not): "United States", "U.S.", "America".
    pub names: Vec<String>,
    /// Adjectives and demonyms: "American", "South Korean", "Emirati".
    pub demonyms: Vec<String>,
}

impl Jurisdiction {
    /// Every form, names first.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        self.names.iter().chain(&self.demonyms).map(String::as_str)
    }
}

/// The generated table.
const TABLE: &str = include_str!("countries.tsv");

static BASE: LazyLock<Vec<Jurisdiction>> = LazyLock::new(|| {
    rows(TABLE)
        .map(|row| {
            let cell = |i: usize| row.get(i).copied().unwrap_or("");
            Jurisdiction {
                code: cell(0).to_string(),
                name: cell(1).to_string(),
                names: items(cell(2)).map(String::from).collect(),
                demonyms: items(cell(3)).map(String::from).collect(),
            }
        })
        .collect()
});

/// Every jurisdiction of the base vocabulary, sorted by code.
pub fn all() -> &'static [Jurisdiction] {
    &BASE
}

/// The base jurisdiction with this code (`"JP"`).
pub fn by_code(code: &str) -> Option<&'static Jurisdiction> {
    let all = all();
    all.binary_search_by(|j| j.code.as_str().cmp(code)).ok().map(|i| &all[i])
}

/// The base jurisdiction a form names ("Japanese" → `JP`), if any.
pub fn by_form(form: &str) -> Option<&'static Jurisdiction> {
    static BY_FORM: LazyLock<HashMap<&'static str, usize>> =
        LazyLock::new(|| all().iter().enumerate().flat_map(|(i, j)| j.forms().map(move |f| (f, i))).collect());
    BY_FORM.get(form).map(|&i| &all()[i])
}

/// Whether `code` has the shape of a jurisdiction code: two to four
/// upper-case ASCII letters (`JP`, `UK`, `EU`, or one a claim file declares).
pub fn is_code(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_by_code_and_every_form_names_one_jurisdiction() {
        assert!(all().windows(2).all(|w| w[0].code < w[1].code), "sorted by code, codes unique");
        assert!(all().iter().all(|j| is_code(&j.code) && !j.name.is_empty()));
        let mut forms: Vec<&str> = all().iter().flat_map(Jurisdiction::forms).collect();
        let n = forms.len();
        forms.sort_unstable();
        forms.dedup();
        assert_eq!(forms.len(), n, "a form names two jurisdictions");
    }

    #[test]
    fn every_country_is_there_with_its_news_forms() {
        assert!(all().len() >= 249, "every ISO 3166-1 country and territory, and the EU");
        for (form, code) in [
            ("Japanese", "JP"),
            ("U.S.", "US"),
            ("American", "US"),
            ("Britain", "UK"),
            ("British", "UK"),
            ("Spanish", "ES"),
            ("South Korean", "KR"),
            ("Emirati", "AE"),
            ("Ivorian", "CI"),
            ("Polish", "PL"),
            ("Nigerian", "NG"),
            ("Turkey", "TR"),
            ("Czech Republic", "CZ"),
            ("EU", "EU"),
        ] {
            assert_eq!(by_form(form).map(|j| j.code.as_str()), Some(code), "{form}");
        }
        assert!(by_form("us").is_none(), "forms are case-sensitive");
        assert_eq!(by_code("UK").unwrap().name, "United Kingdom");
        assert!(by_code("GB").is_none(), "the United Kingdom is UK, as claim files write it");
    }
}
