//! Where a dateline places a story: capitals and the cities news datelines
//! name most, and the regions (states, provinces) datelines add after a
//! city, each with its jurisdiction code.
//!
//! The table is `cities.tsv`, written by hand (see its header for what is
//! left out and why). A city or region only narrows which country's office a
//! title with no country named may be (see `normalise::place`); it never
//! makes a claim.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{items, rows};

const TABLE: &str = include_str!("cities.tsv");

/// What a name in the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    City,
    Region,
}

/// (name, kind, code) for every name of the table, in table order.
fn entries() -> impl Iterator<Item = (&'static str, Kind, &'static str)> {
    rows(TABLE).flat_map(|row| {
        let code = row.first().copied().unwrap_or("");
        let kind = if row.get(1).copied() == Some("region") { Kind::Region } else { Kind::City };
        items(row.get(2).copied().unwrap_or("")).map(move |name| (name, kind, code))
    })
}

static BY_NAME: LazyLock<HashMap<(String, bool), &'static str>> =
    LazyLock::new(|| entries().map(|(name, kind, code)| ((name.to_lowercase(), kind == Kind::Region), code)).collect());

/// The jurisdiction of a city, in any case ("TOKYO", "Tokyo").
pub fn city(name: &str) -> Option<&'static str> {
    BY_NAME.get(&(name.to_lowercase(), false)).copied()
}

/// The jurisdiction of a region as a dateline writes it after a city ("Minn.", "Ontario").
pub fn region(name: &str) -> Option<&'static str> {
    BY_NAME.get(&(name.to_lowercase(), true)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_every_name_names_one_place_and_every_code_is_a_country() {
        let lines: Vec<(String, String)> = rows(TABLE).map(|r| (r[0].to_string(), r[1].to_string())).collect();
        let mut sorted = lines.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(lines, sorted, "sorted by code and kind, one line each");
        let mut seen: HashMap<(String, Kind), &str> = HashMap::new();
        for (name, kind, code) in entries() {
            assert!(super::super::countries::by_code(code).is_some(), "{name}: `{code}` is no code of countries.tsv");
            assert!(matches!(lines.iter().find(|l| l.0 == code).map(|l| l.1.as_str()), Some("city" | "region")));
            assert!(seen.insert((name.to_lowercase(), kind), code).is_none(), "{name} is listed twice");
            // A city named like a country is in that country ("Singapore", "Kuwait City").
            if let Some(j) = super::super::countries::by_form(name) {
                assert_eq!(j.code, code, "{name} names a country elsewhere");
            }
        }
    }

    #[test]
    fn datelines_name_cities_in_capitals_and_regions_after_them() {
        assert_eq!(city("TOKYO"), Some("JP"));
        assert_eq!(city("Washington"), Some("US"));
        assert_eq!(city("HONG KONG"), Some("HK"));
        assert_eq!(city("Peking"), Some("CN"));
        assert_eq!(region("Minn."), Some("US"));
        assert_eq!(region("Ontario"), Some("CA"));
        assert_eq!(city("Minn."), None, "a region is no city");
        assert_eq!(city("Victoria"), None, "shared by several countries' cities");
    }
}
