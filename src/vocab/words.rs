//! Common words that are never a word of a person's name, in any case
//! (`words.tsv`): the verbs and adverbs a Title Case headline capitalises
//! ("Defense Secretary Meets Allies", "Minister Officially Arrested"), and
//! the last words of places' names ("Quirinal Palace").

use std::sync::LazyLock;

use super::rows;

/// Every listed word, lower case.
pub fn all() -> &'static [&'static str] {
    static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        rows(include_str!("words.tsv"))
            .map(|row| {
                assert!(
                    matches!(row.get(1).copied(), Some("verb" | "adverb" | "place")),
                    "words.tsv: unknown kind for {:?}",
                    row[0]
                );
                row[0]
            })
            .collect()
    });
    &WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_case_and_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for w in all() {
            assert_eq!(*w, w.to_lowercase());
            assert!(seen.insert(*w), "{w} twice");
        }
    }
}
