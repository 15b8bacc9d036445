//! Facts about the words of people's names that identity keys need
//! (`name_forms.tsv`): one name word in several romanisations ("Yun" =
//! "Yoon", "Mohamed" = "Muhammad"), and family names that East Asian names
//! put first ("Lee Jae-myung"). Words are folded as
//! [`crate::names::fold_words`] folds them.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::{items, rows};

struct Forms {
    /// A spelling → the spelling identity keys use.
    same: HashMap<&'static str, &'static str>,
    /// Family names written first, in every spelling listed.
    family_first: HashSet<&'static str>,
    /// Those that English names use as given names too.
    also_given: HashSet<&'static str>,
}

static FORMS: LazyLock<Forms> = LazyLock::new(|| {
    let mut forms = Forms { same: HashMap::new(), family_first: HashSet::new(), also_given: HashSet::new() };
    for row in rows(include_str!("name_forms.tsv")) {
        let words: Vec<&'static str> = items(row.get(1).copied().unwrap_or("")).collect();
        match row[0] {
            "same" => {
                for &w in &words[1..] {
                    forms.same.insert(w, words[0]);
                }
            }
            "family-first" => forms.family_first.extend(words.iter().copied()),
            "also-given" => forms.also_given.extend(words.iter().copied()),
            other => panic!("name_forms.tsv: unknown kind `{other}`"),
        }
    }
    forms
});

/// The spelling identity keys use for a folded name word: the first of its
/// spellings in `name_forms.tsv`, else the word itself.
pub fn canonical(folded: &str) -> &str {
    FORMS.same.get(folded).copied().unwrap_or(folded)
}

/// Whether a folded name word is a family name that East Asian names put first.
pub fn family_first(folded: &str) -> bool {
    FORMS.family_first.contains(canonical(folded)) || FORMS.family_first.contains(folded)
}

/// Whether a family name written first is also an English given name ("Kim").
pub fn also_given(folded: &str) -> bool {
    FORMS.also_given.contains(canonical(folded)) || FORMS.also_given.contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_folded_and_has_one_canonical_spelling() {
        let mut seen = std::collections::BTreeMap::new();
        for row in rows(include_str!("name_forms.tsv")) {
            assert_eq!(row.len(), 2, "{row:?}");
            for w in items(row[1]) {
                assert_eq!(crate::names::fold_words(w), [w], "`{w}` is not folded");
                if row[0] == "also-given" {
                    assert!(family_first(w), "`{w}` is also-given but not family-first");
                }
                if row[0] == "same" {
                    assert!(seen.insert(w, row[1]).is_none(), "`{w}` is in two rows of spellings");
                }
            }
        }
        // A canonical spelling is its own.
        for (variant, spellings) in seen {
            let canon = canonical(variant);
            assert_eq!(canonical(canon), canon, "{variant} → {canon} ({spellings})");
        }
    }

    #[test]
    fn spellings_fold_to_one_and_family_names_first_are_known() {
        assert_eq!(canonical("muhammad"), "mohammed");
        assert_eq!(canonical("yun"), "yoon");
        assert_eq!(canonical("hegseth"), "hegseth");
        assert!(family_first("lee") && family_first("rhee") && family_first("xi"));
        assert!(!family_first("rowley"));
        assert!(also_given("kim") && !also_given("xi"));
    }
}
