//! The words office titles and party posts are built from (`titles.tsv`):
//! heads ("Minister", "Prime Minister"), portfolio words ("Defence",
//! "Treasury") and the heads of party posts ("leader", "spokesman").
//!
//! The office grammar reads a title as `portfolio* head complement*`; these
//! lists are its words. Whole titles from claim files come on top of them
//! in a run's lexicon.

use std::sync::LazyLock;

use super::rows;

/// What a title word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Head,
    Portfolio,
    PartyHead,
}

/// One word or phrase of `titles.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TitleWord {
    /// Lower case: "prime minister".
    pub phrase: &'static str,
    pub kind: Kind,
    /// A head that alone names no portfolio ("Minister").
    pub bare: bool,
}

static WORDS: LazyLock<Vec<TitleWord>> = LazyLock::new(|| {
    let mut words: Vec<TitleWord> = rows(include_str!("titles.tsv"))
        .map(|row| TitleWord {
            phrase: row[0],
            kind: match row.get(1).copied() {
                Some("head") => Kind::Head,
                Some("portfolio") => Kind::Portfolio,
                Some("party-head") => Kind::PartyHead,
                other => panic!("titles.tsv: unknown kind {other:?} for {:?}", row[0]),
            },
            bare: row.get(2) == Some(&"bare"),
        })
        .collect();
    // Longest first, so that a phrase is tried before any phrase it extends
    // ("vice president" before "president"); then alphabetical, for a fixed order.
    words.sort_by(|a, b| b.phrase.len().cmp(&a.phrase.len()).then(a.phrase.cmp(b.phrase)));
    words
});

/// Every title word, longest first.
pub fn all() -> &'static [TitleWord] {
    &WORDS
}

/// The phrases of one kind, longest first.
pub fn of_kind(kind: Kind) -> &'static [&'static str] {
    static BY_KIND: LazyLock<[Vec<&'static str>; 3]> = LazyLock::new(|| {
        let of = |kind: Kind| all().iter().filter(|w| w.kind == kind).map(|w| w.phrase).collect();
        [of(Kind::Head), of(Kind::Portfolio), of(Kind::PartyHead)]
    });
    &BY_KIND[kind as usize]
}

/// Whether a title key ("minister") is a bare head: a title that alone
/// names no portfolio, so a short mention under it takes its office from an
/// earlier full mention ("Minister Kishida").
pub fn is_bare_head(title_key: &str) -> bool {
    all().iter().any(|w| w.bare && w.phrase == title_key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_lower_case_unique_and_tried_longest_first() {
        let mut seen = std::collections::BTreeSet::new();
        for w in all() {
            assert_eq!(w.phrase, w.phrase.to_lowercase(), "{}", w.phrase);
            assert!(seen.insert((w.phrase, w.kind as u8)), "{} twice", w.phrase);
            assert!(!w.bare || w.kind == Kind::Head, "only heads are bare: {}", w.phrase);
        }
        // Whatever the file order, a phrase comes after every phrase that extends it.
        let heads = of_kind(Kind::Head);
        let at = |p: &str| heads.iter().position(|h| *h == p).unwrap();
        assert!(at("vice president") < at("president"));
        assert!(at("lord chancellor") < at("chancellor"));
        for (i, a) in heads.iter().enumerate() {
            for b in &heads[i + 1..] {
                assert!(!b.starts_with(a) || b == a, "{b} would never match after {a}");
            }
        }
    }

    #[test]
    fn bare_heads_name_no_portfolio() {
        assert!(is_bare_head("minister"));
        assert!(is_bare_head("president"));
        assert!(!is_bare_head("prime minister"));
        assert!(!is_bare_head("defence"));
    }
}
