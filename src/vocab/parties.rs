//! Parties, and the opposition, as news text names them before a party
//! post ("Tory leader", "Labour's deputy leader"): `parties.tsv`.

use std::sync::LazyLock;

use super::rows;

/// One party name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Party {
    /// As written: "Labour Party", "Tory".
    pub name: &'static str,
    /// The jurisdiction code, if the party belongs to one ("opposition" does not).
    pub jurisdiction: Option<&'static str>,
}

static PARTIES: LazyLock<Vec<Party>> = LazyLock::new(|| {
    let mut parties: Vec<Party> = rows(include_str!("parties.tsv"))
        .map(|row| Party { name: row[0], jurisdiction: row.get(1).copied().filter(|c| !c.is_empty()) })
        .collect();
    // Longest first: "Labour Party" before "Labour".
    parties.sort_by(|a, b| b.name.len().cmp(&a.name.len()).then(a.name.cmp(b.name)));
    parties
});

/// Every party name, longest first.
pub fn all() -> &'static [Party] {
    &PARTIES
}

/// The party names that start with `first` (a byte of the text), longest
/// first: one short list to try instead of all of them.
pub fn starting_with(first: u8) -> &'static [Party] {
    static BY_FIRST: LazyLock<Vec<Vec<Party>>> = LazyLock::new(|| {
        let mut by = vec![Vec::new(); 256];
        for p in all() {
            by[usize::from(p.name.as_bytes()[0])].push(*p);
        }
        by
    });
    &BY_FIRST[usize::from(first)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_tried_longest_first() {
        let names: Vec<&str> = all().iter().map(|p| p.name).collect();
        for (i, a) in names.iter().enumerate() {
            assert!(!names[i + 1..].contains(a), "{a} twice");
            for b in &names[i + 1..] {
                assert!(!b.starts_with(a), "{b} would never match after {a}");
            }
        }
        assert!(all().iter().all(|p| p.jurisdiction.is_none_or(|c| crate::vocab::countries::by_code(c).is_some())));
    }
}
