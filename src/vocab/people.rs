//! Words that stand in or beside people's names without being one
//! (`people.tsv`): titles of address, ranks, particles, patronymics and
//! generational suffixes. The office extractor reads names with them and
//! the identity keys of [`crate::names`] strip them, from this one list.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::{items, rows};

/// What a name word may be, one bit per kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(u8);

impl Kinds {
    /// Stands for a name in later mentions ("Mr Blair").
    pub const ADDRESS: Kinds = Kinds(1);
    /// A title of address, stripped wherever it leads a name ("Sir").
    pub const HONORIFIC: Kinds = Kinds(1 << 1);
    /// A rank, also a name in some languages ("Gen").
    pub const RANK: Kinds = Kinds(1 << 2);
    /// An honorific only right after another ("Sri" of "Tan Sri").
    pub const SECOND: Kinds = Kinds(1 << 3);
    /// An honorific only when a [`Kinds::SECOND`] follows ("Tan").
    pub const OPENER: Kinds = Kinds(1 << 4);
    /// A lower-case word inside a name ("von").
    pub const PARTICLE: Kinds = Kinds(1 << 5);
    /// A particle dropped from identity keys ("bin").
    pub const PATRONYMIC: Kinds = Kinds(1 << 6);
    /// A word after the family name that is not it ("Jr").
    pub const SUFFIX: Kinds = Kinds(1 << 7);
    /// Anything that may lead a name before its first name word.
    pub const LEADING: Kinds =
        Kinds(Self::ADDRESS.0 | Self::HONORIFIC.0 | Self::RANK.0 | Self::SECOND.0 | Self::OPENER.0);

    pub fn any(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }
}

/// One entry of `people.tsv`.
#[derive(Clone, Debug)]
pub struct NameWord {
    /// As written: "Mr", "von", "III".
    pub word: &'static str,
    /// The word lower-cased, for folded comparisons.
    folded: String,
    pub kinds: Kinds,
}

static WORDS: LazyLock<Vec<NameWord>> = LazyLock::new(|| {
    rows(include_str!("people.tsv"))
        .map(|row| {
            let kinds = items(row.get(1).copied().unwrap_or("")).fold(Kinds::default(), |k, name| {
                Kinds(
                    k.0 | match name {
                        "address" => Kinds::ADDRESS,
                        "honorific" => Kinds::HONORIFIC,
                        "rank" => Kinds::RANK,
                        "second" => Kinds::SECOND,
                        "opener" => Kinds::OPENER,
                        "particle" => Kinds::PARTICLE,
                        "patronymic" => Kinds::PATRONYMIC,
                        "suffix" => Kinds::SUFFIX,
                        other => panic!("people.tsv: unknown kind `{other}` for {:?}", row[0]),
                    }
                    .0,
                )
            });
            NameWord { word: row[0], folded: row[0].to_lowercase(), kinds }
        })
        .collect()
});

/// Every entry, in file order.
pub fn all() -> &'static [NameWord] {
    &WORDS
}

/// The kinds of a word as written ("Mr"; "mr" is none).
pub fn kinds(word: &str) -> Kinds {
    static WRITTEN: LazyLock<HashMap<&'static str, Kinds>> =
        LazyLock::new(|| all().iter().map(|w| (w.word, w.kinds)).collect());
    WRITTEN.get(word).copied().unwrap_or_default()
}

/// Every folded word with the union of its entries' kinds: identity keys
/// look up each word of every name.
static FOLDED: LazyLock<HashMap<String, Kinds>> = LazyLock::new(|| {
    let mut map: HashMap<String, Kinds> = HashMap::new();
    for w in all() {
        let k = map.entry(w.folded.clone()).or_default();
        *k = Kinds(k.0 | w.kinds.0);
    }
    map
});

/// The kinds of a word folded to lower case ("mr", "gen", "jr").
pub fn folded_kinds(folded: &str) -> Kinds {
    FOLDED.get(folded).copied().unwrap_or_default()
}

/// The words of a kind, as written.
pub fn of_kind(kind: Kinds) -> impl Iterator<Item = &'static str> {
    all().iter().filter(move |w| w.kinds.any(kind)).map(|w| w.word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_unique_and_every_entry_has_a_kind() {
        let mut seen = std::collections::BTreeSet::new();
        for w in all() {
            assert!(seen.insert(w.word), "{} twice", w.word);
            assert_ne!(w.kinds, Kinds::default(), "{} has no kind", w.word);
        }
    }

    #[test]
    fn case_matters_as_written_and_not_when_folded() {
        assert!(kinds("Mr").any(Kinds::ADDRESS));
        assert!(!kinds("mr").any(Kinds::ADDRESS));
        assert!(folded_kinds("mr").any(Kinds::HONORIFIC));
        assert!(kinds("bin").any(Kinds::PATRONYMIC) && kinds("bin").any(Kinds::PARTICLE));
        assert!(folded_kinds("iii").any(Kinds::SUFFIX));
        assert!(kinds("Gen").any(Kinds::RANK) && !kinds("Gen").any(Kinds::HONORIFIC));
    }
}
