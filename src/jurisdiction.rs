//! The gazetteer of jurisdictions: how news text names a country.
//!
//! Office mentions name their country in many ways ("Japan's", "Japanese",
//! "U.S.", "American", "Britain's"). This table maps each surface form to one
//! code, so "Japan's Defense Minister" and "the Japanese defense minister" reach
//! the same office. Codes are ISO 3166-1 alpha-2 (`GB` is written `UK`, as
//! newsrooms and claim files do). Possessive `'s` / `’s` is stripped by the
//! caller before lookup.

/// One jurisdiction: its code, display name, and every surface form.
#[derive(Debug, PartialEq, Eq)]
pub struct Jurisdiction {
    pub code: &'static str,
    pub name: &'static str,
    /// Names and adjectives, as written (case-sensitive: "US" is a country, "us" is not).
    pub forms: &'static [&'static str],
}

/// Every jurisdiction factdiff knows, sorted by code (a test keeps it so).
pub static JURISDICTIONS: &[Jurisdiction] = &[
    Jurisdiction { code: "AU", name: "Australia", forms: &["Australia", "Australian"] },
    Jurisdiction { code: "BR", name: "Brazil", forms: &["Brazil", "Brazilian"] },
    Jurisdiction { code: "CA", name: "Canada", forms: &["Canada", "Canadian"] },
    Jurisdiction { code: "CN", name: "China", forms: &["China", "Chinese", "PRC"] },
    Jurisdiction { code: "DE", name: "Germany", forms: &["Germany", "German"] },
    Jurisdiction { code: "EU", name: "European Union", forms: &["EU", "E.U.", "European Union"] },
    Jurisdiction { code: "FR", name: "France", forms: &["France", "French"] },
    Jurisdiction { code: "IE", name: "Ireland", forms: &["Ireland", "Irish"] },
    Jurisdiction { code: "IL", name: "Israel", forms: &["Israel", "Israeli"] },
    Jurisdiction { code: "IN", name: "India", forms: &["India", "Indian"] },
    Jurisdiction { code: "IR", name: "Iran", forms: &["Iran", "Iranian"] },
    Jurisdiction { code: "IT", name: "Italy", forms: &["Italy", "Italian"] },
    Jurisdiction { code: "JP", name: "Japan", forms: &["Japan", "Japanese"] },
    Jurisdiction { code: "KP", name: "North Korea", forms: &["North Korea", "North Korean", "DPRK"] },
    Jurisdiction { code: "KR", name: "South Korea", forms: &["South Korea", "South Korean", "ROK", "Korean"] },
    Jurisdiction { code: "MY", name: "Malaysia", forms: &["Malaysia", "Malaysian"] },
    Jurisdiction { code: "NZ", name: "New Zealand", forms: &["New Zealand"] },
    Jurisdiction { code: "PH", name: "Philippines", forms: &["Philippines", "Philippine", "Filipino"] },
    Jurisdiction { code: "PK", name: "Pakistan", forms: &["Pakistan", "Pakistani"] },
    Jurisdiction { code: "RU", name: "Russia", forms: &["Russia", "Russian"] },
    Jurisdiction { code: "SA", name: "Saudi Arabia", forms: &["Saudi Arabia", "Saudi"] },
    Jurisdiction { code: "TR", name: "Turkey", forms: &["Turkey", "Turkish", "Türkiye"] },
    Jurisdiction { code: "TW", name: "Taiwan", forms: &["Taiwan", "Taiwanese"] },
    Jurisdiction { code: "UA", name: "Ukraine", forms: &["Ukraine", "Ukrainian"] },
    Jurisdiction {
        code: "UK",
        name: "United Kingdom",
        forms: &["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "British"],
    },
    Jurisdiction {
        code: "US",
        name: "United States",
        forms: &["United States", "United States of America", "U.S.", "US", "U.S.A.", "USA", "America", "American"],
    },
    Jurisdiction { code: "VN", name: "Vietnam", forms: &["Vietnam", "Vietnamese"] },
];

/// The jurisdiction a surface form names, if any ("Japanese" → `JP`).
pub fn lookup(form: &str) -> Option<&'static Jurisdiction> {
    JURISDICTIONS.iter().find(|j| j.forms.contains(&form))
}

/// The jurisdiction with this code (`"JP"`).
pub fn by_code(code: &str) -> Option<&'static Jurisdiction> {
    JURISDICTIONS.iter().find(|j| j.code == code)
}

/// The longest form that `text` starts with, and its jurisdiction; forms must
/// end at a word boundary ("Japanese", not "Japan" + "ese").
pub fn longest_prefix(text: &str) -> Option<(&'static str, &'static Jurisdiction)> {
    let mut best: Option<(&'static str, &'static Jurisdiction)> = None;
    let first = *text.as_bytes().first()?;
    for &(form, j) in &BY_FIRST_BYTE[usize::from(first)] {
        if text.starts_with(form)
            && !text[form.len()..].starts_with(|c: char| c.is_alphanumeric())
            && best.is_none_or(|(b, _)| form.len() > b.len())
        {
            best = Some((form, j));
        }
    }
    best
}

/// Every form with its jurisdiction, bucketed by the form's first byte, so
/// that a text is compared only with the forms it can start with.
static BY_FIRST_BYTE: std::sync::LazyLock<Vec<Vec<(&'static str, &'static Jurisdiction)>>> =
    std::sync::LazyLock::new(|| {
        let mut buckets = vec![Vec::new(); 256];
        for j in JURISDICTIONS {
            for &form in j.forms {
                buckets[usize::from(form.as_bytes()[0])].push((form, j));
            }
        }
        buckets
    });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_forms_are_unique() {
        assert!(JURISDICTIONS.windows(2).all(|w| w[0].code < w[1].code));
        let mut forms: Vec<&str> = JURISDICTIONS.iter().flat_map(|j| j.forms.iter().copied()).collect();
        let n = forms.len();
        forms.sort_unstable();
        forms.dedup();
        assert_eq!(forms.len(), n, "a surface form names two jurisdictions");
    }

    #[test]
    fn adjectives_and_abbreviations_name_the_same_country() {
        assert_eq!(lookup("Japanese").unwrap().code, "JP");
        assert_eq!(lookup("U.S.").unwrap().code, "US");
        assert_eq!(lookup("American").unwrap().code, "US");
        assert_eq!(lookup("British").unwrap().code, "UK");
        assert!(lookup("us").is_none());
    }

    #[test]
    fn longest_prefix_respects_word_boundaries() {
        assert_eq!(longest_prefix("Japanese Prime").unwrap().0, "Japanese");
        assert_eq!(longest_prefix("U.S. Defense").unwrap().0, "U.S.");
        assert_eq!(longest_prefix("United States of America's").unwrap().0, "United States of America");
        assert!(longest_prefix("USBC").is_none());
    }
}
