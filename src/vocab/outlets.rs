//! Where an outlet reports from, for outlets whose names do not say it
//! ("BBC", "Yonhap"): `outlets.tsv`, written by hand. An outlet whose name
//! holds a country or a city ("The Japan Times") is placed by that word
//! instead (see `normalise::place`); the world's wires are placed by none.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{items, rows};

const TABLE: &str = include_str!("outlets.tsv");

static BY_NAME: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    rows(TABLE)
        .flat_map(|row| {
            let code = row.first().copied().unwrap_or("");
            items(row.get(1).copied().unwrap_or("")).map(move |name| (name.to_lowercase(), code))
        })
        .collect()
});

/// Every outlet's name, as the table writes it.
pub fn names() -> impl Iterator<Item = &'static str> {
    rows(TABLE).flat_map(|row| items(row.get(1).copied().unwrap_or("")))
}

/// The jurisdiction of an outlet named exactly so, in any case.
pub fn by_name(name: &str) -> Option<&'static str> {
    BY_NAME.get(&name.trim().to_lowercase()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_every_outlet_has_one_country() {
        let codes: Vec<&str> = rows(TABLE).map(|r| r[0]).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "one line per code, sorted");
        let mut seen = std::collections::HashSet::new();
        for row in rows(TABLE) {
            assert!(super::super::countries::by_code(row[0]).is_some(), "`{}` is no code of countries.tsv", row[0]);
            for name in items(row[1]) {
                assert!(seen.insert(name.to_lowercase()), "{name} is listed twice");
            }
        }
        assert_eq!(by_name("bbc"), Some("UK"));
        assert_eq!(by_name("Reuters"), None, "a wire reports from everywhere");
    }
}
