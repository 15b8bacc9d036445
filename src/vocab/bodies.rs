//! The last words of bodies' names (`bodies.tsv`): what kind of body a
//! title's "of <body>" names — a government, a legislature, another
//! organisation, or a company — and so what kind of post the title is.

use std::sync::LazyLock;

use super::rows;

/// What kind of body a name ends in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Government,
    Legislature,
    Organisation,
    Company,
}

/// One word of `bodies.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodyWord {
    /// Lower case: "bank".
    pub word: &'static str,
    pub kind: Kind,
}

static WORDS: LazyLock<Vec<BodyWord>> = LazyLock::new(|| {
    let mut words: Vec<BodyWord> = rows(include_str!("bodies.tsv"))
        .map(|row| BodyWord {
            word: row[0],
            kind: match row.get(1).copied() {
                Some("government") => Kind::Government,
                Some("legislature") => Kind::Legislature,
                Some("organisation") => Kind::Organisation,
                Some("company") => Kind::Company,
                other => panic!("bodies.tsv: unknown kind {other:?} for {:?}", row[0]),
            },
        })
        .collect();
    words.sort_by(|a, b| a.word.cmp(b.word));
    words
});

/// Every body word, sorted.
pub fn all() -> &'static [BodyWord] {
    &WORDS
}

/// The kind of body a name ending in `word` (any case) is, if it is listed.
pub fn kind_of(word: &str) -> Option<Kind> {
    let i = WORDS.binary_search_by(|w| cmp_folded(w.word, word)).ok()?;
    Some(WORDS[i].kind)
}

/// `listed` (lower case) against `word` in ASCII case-folded order.
fn cmp_folded(listed: &str, word: &str) -> std::cmp::Ordering {
    listed.bytes().cmp(word.bytes().map(|b| b.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_case_unique_and_looked_up_in_any_case() {
        for pair in all().windows(2) {
            assert!(pair[0].word < pair[1].word, "{} twice or out of order", pair[1].word);
        }
        assert!(all().iter().all(|w| w.word == w.word.to_lowercase()));
        assert_eq!(kind_of("Bank"), Some(Kind::Organisation));
        assert_eq!(kind_of("CORP"), Some(Kind::Company));
        assert_eq!(kind_of("Senate"), Some(Kind::Legislature));
        assert_eq!(kind_of("Republic"), Some(Kind::Government));
        assert_eq!(kind_of("Kishida"), None);
    }
}
