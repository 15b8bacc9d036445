//! The words office titles and party posts are built from (`titles.tsv`):
//! heads ("Minister", "Prime Minister", "PM"), portfolio words ("Defence",
//! "Treasury"), the heads of party posts ("leader", "spokesman") and the
//! legislatures posts are held in ("House", "Bundestag").
//!
//! The office grammar reads a title as `portfolio* head complement*`; these
//! lists are its words. Whole titles from claim files come on top of them
//! in a run's lexicon.

use std::sync::LazyLock;

use super::{items, rows};

/// What a title word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Head,
    Portfolio,
    PartyHead,
    /// A legislature before a post in it ("House Speaker").
    Chamber,
}

/// What a head says besides its words, one bit per flag of `titles.tsv`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags(u16);

impl Flags {
    /// Names no portfolio alone ("Minister", "counterpart").
    pub const BARE: Flags = Flags(1);
    /// Many countries or bodies have it ("King", "Governor").
    pub const SHARED: Flags = Flags(1 << 1);
    /// A post in a legislature ("Speaker").
    pub const HOUSE: Flags = Flags(1 << 2);
    /// A title only with "of <body>" after it ("head").
    pub const SCOPED: Flags = Flags(1 << 3);
    /// An abbreviation matched only as written ("PM").
    pub const EXACT: Flags = Flags(1 << 4);
    /// Also a family name ("King"): may stand inside a person's name.
    pub const NAME: Flags = Flags(1 << 5);
    /// Takes "of"/"for" and portfolio words after it ("Minister for Defence").
    pub const PORTFOLIOS: Flags = Flags(1 << 6);
    /// A title only with a country or portfolio words before it ("counterpart").
    pub const MODIFIED: Flags = Flags(1 << 7);
    /// Also an adjective ("premier airline"): a title only where no noun follows.
    pub const ADJECTIVE: Flags = Flags(1 << 8);
    /// One holder at a time ("President"): a plural names past holders too.
    pub const SINGLE: Flags = Flags(1 << 9);
    /// A rank that makes a post of its own when it stands before the
    /// country too ("Deputy U.S. Trade Representative" is not the Trade
    /// Representative).
    pub const RANK: Flags = Flags(1 << 10);
    /// A member's title that takes the seat after it ("MP for Leeds
    /// Central"): one holder per seat.
    pub const SEAT: Flags = Flags(1 << 11);

    pub fn any(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

/// One word or phrase of `titles.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TitleWord {
    /// Lower case: "prime minister".
    pub phrase: &'static str,
    pub kind: Kind,
    /// A head that alone names no portfolio ("Minister").
    pub bare: bool,
    pub flags: Flags,
    /// The title an abbreviation stands for ("prime minister" for "pm").
    pub means: Option<&'static str>,
}

static WORDS: LazyLock<Vec<TitleWord>> = LazyLock::new(|| {
    let mut words: Vec<TitleWord> = rows(include_str!("titles.tsv"))
        .map(|row| {
            let mut flags = Flags::default();
            let mut means = None;
            for flag in items(row.get(2).copied().unwrap_or("")) {
                flags.0 |= match flag {
                    "bare" => Flags::BARE.0,
                    "shared" => Flags::SHARED.0,
                    "house" => Flags::HOUSE.0,
                    "scoped" => Flags::SCOPED.0,
                    "exact" => Flags::EXACT.0,
                    "name" => Flags::NAME.0,
                    "portfolios" => Flags::PORTFOLIOS.0,
                    "modified" => Flags::MODIFIED.0,
                    "adjective" => Flags::ADJECTIVE.0,
                    "single" => Flags::SINGLE.0,
                    "rank" => Flags::RANK.0,
                    "seat" => Flags::SEAT.0,
                    _ => match flag.strip_prefix("means=") {
                        Some(m) => {
                            means = Some(m);
                            0
                        }
                        None => panic!("titles.tsv: unknown flag {flag:?} for {:?}", row[0]),
                    },
                };
            }
            TitleWord {
                phrase: row[0],
                kind: match row.get(1).copied() {
                    Some("head") => Kind::Head,
                    Some("portfolio") => Kind::Portfolio,
                    Some("party-head") => Kind::PartyHead,
                    Some("chamber") => Kind::Chamber,
                    other => panic!("titles.tsv: unknown kind {other:?} for {:?}", row[0]),
                },
                bare: flags.any(Flags::BARE),
                flags,
                means,
            }
        })
        .collect();
    // Longest first, so that a phrase is tried before any phrase it extends
    // ("vice president" before "president"); then alphabetical, for a fixed order.
    words.sort_by(|a, b| b.phrase.len().cmp(&a.phrase.len()).then(a.phrase.cmp(b.phrase)));
    words
});

/// Whether `word` (in any case) is a rank word ([`Flags::RANK`]).
pub fn is_rank(word: &str) -> bool {
    word.len() <= 12 && all().iter().any(|w| w.flags.any(Flags::RANK) && w.phrase.eq_ignore_ascii_case(word))
}

/// Every title word, longest first.
pub fn all() -> &'static [TitleWord] {
    &WORDS
}

/// The phrases of one kind, longest first (abbreviations among the heads).
pub fn of_kind(kind: Kind) -> &'static [&'static str] {
    static BY_KIND: LazyLock<[Vec<&'static str>; 4]> = LazyLock::new(|| {
        let of = |kind: Kind| all().iter().filter(|w| w.kind == kind).map(|w| w.phrase).collect();
        [of(Kind::Head), of(Kind::Portfolio), of(Kind::PartyHead), of(Kind::Chamber)]
    });
    &BY_KIND[kind as usize]
}

/// The heads, longest first, with their flags and meanings.
pub fn heads() -> &'static [TitleWord] {
    static HEADS: LazyLock<Vec<TitleWord>> =
        LazyLock::new(|| all().iter().filter(|w| w.kind == Kind::Head).copied().collect());
    &HEADS
}

/// The heads whose first letter is `first` in either case, longest first.
pub fn heads_starting_with(first: u8) -> &'static [TitleWord] {
    static BY_FIRST: LazyLock<Vec<Vec<TitleWord>>> = LazyLock::new(|| {
        let mut by = vec![Vec::new(); 128];
        for w in heads() {
            let b = w.phrase.as_bytes()[0].to_ascii_lowercase();
            by[usize::from(b)].push(*w);
        }
        by
    });
    BY_FIRST.get(usize::from(first.to_ascii_lowercase())).map_or(&[], Vec::as_slice)
}

/// The flags of a head, by its title key ("speaker"); none for other words.
pub fn head_flags(title_key: &str) -> Flags {
    heads().iter().find(|w| w.phrase == title_key).map_or(Flags::default(), |w| w.flags)
}

/// Whether a title key names a head many countries or bodies share
/// ("king", "governor"): with no country named, such a title names an
/// office only for someone who held it.
pub fn is_shared_head(title_key: &str) -> bool {
    head_flags(title_key).any(Flags::SHARED)
}

/// A phrase's plural as its stem and ending: ("minister", "s"),
/// ("secretar", "ies"), ("spokes", "men").
pub fn plural_parts(phrase: &str) -> (&str, &'static str) {
    if let Some(stem) = phrase.strip_suffix('y') {
        (stem, "ies")
    } else if let Some(stem) = phrase.strip_suffix("man") {
        (stem, "men")
    } else {
        (phrase, "s")
    }
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
    fn abbreviations_say_what_they_stand_for_and_only_heads_have_flags() {
        for w in all() {
            // Besides heads, only portfolio words carry a flag: the rank.
            let rank_only = w.kind == Kind::Portfolio && w.flags == Flags::RANK;
            assert!(
                w.kind == Kind::Head || ((w.flags == Flags::default() || rank_only) && w.means.is_none()),
                "{}",
                w.phrase
            );
            assert_eq!(
                w.flags.any(Flags::EXACT),
                w.means.is_some(),
                "an abbreviation says what it means: {}",
                w.phrase
            );
            if let Some(m) = w.means {
                assert!(
                    heads().iter().any(|h| m.ends_with(h.phrase) && !h.flags.any(Flags::EXACT)),
                    "{} means {m}",
                    w.phrase
                );
            }
        }
        assert!(is_shared_head("king") && is_shared_head("president") && !is_shared_head("taoiseach"));
        assert!(head_flags("speaker").any(Flags::HOUSE));
    }

    #[test]
    fn bare_heads_name_no_portfolio() {
        assert!(is_bare_head("minister"));
        assert!(is_bare_head("president"));
        assert!(!is_bare_head("prime minister"));
        assert!(!is_bare_head("defence"));
    }
}
