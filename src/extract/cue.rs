//! The one pass over a text that every extractor shares: where words start,
//! what each word may begin, and where currency signs and signed or decimal
//! numbers stand.
//!
//! Extractors used to walk the text each on its own, testing every word
//! against their word lists. Now one byte loop splits the text into words
//! (maximal runs of alphanumeric characters), classifies each with one
//! lookup in a table built once from the extractors' own lists
//! ([`Lexicon`]), and records the few non-word positions a number may start
//! at. Each extractor then runs its nom parsers only at the words whose
//! class lets a mention start there.
//!
//! The classes are necessary conditions, never sufficient ones: an extractor
//! still applies its exact start test at a candidate, so what it finds is
//! what a scan of every position would find, and the pass only removes the
//! positions where that test could not succeed.
//!
//! Invariants: one pass, linear in the text; no allocation per word (words
//! are lower-cased into a stack buffer); the table is read-only after its
//! first use, so the pass runs on any number of threads.

pub use super::lexicon::{Class, Lexicon};

/// How many words after a word a number may start for a money, percent or
/// quantity mention to start at that word: a mention's number stands within
/// this many words of its first word ("about half of the nearly 50,000").
/// Part of the number grammars' contract, pinned by their tests.
pub const NUMBER_REACH: usize = 8;

/// One word of the text: a maximal run of alphanumeric characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub class: Class,
}

/// The result of the pass over one text.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    /// Every word, in text order.
    pub words: Vec<Word>,
    /// Non-word positions a number or an amount may start at, in text
    /// order: currency signs, and "." or "-" before a digit.
    pub marks: Vec<usize>,
    /// Start of every word with [`Class::OFFICE_CUE`], in text order.
    pub office_cues: Vec<usize>,
}

impl Cues {
    /// Runs the pass over `text`, classifying its words with `lexicon`.
    pub fn of(text: &str, lexicon: &Lexicon) -> Cues {
        let bytes = text.as_bytes();
        let mut cues = Cues { words: Vec::with_capacity(text.len() / 6), ..Cues::default() };
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() {
                i = cues.word(text, i, lexicon);
            } else if b < 0x80 {
                let next = bytes.get(i + 1).copied().unwrap_or(0);
                let opens_number = |n: u8| n.is_ascii_digit() || (b == b'-' && n == b'.');
                if b == b'$' || ((b == b'.' || b == b'-') && opens_number(next)) {
                    cues.marks.push(i);
                }
                i += 1;
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_alphanumeric() {
                    i = cues.word(text, i, lexicon);
                } else {
                    if lexicon.is_sign_char(c) {
                        cues.marks.push(i);
                    }
                    i += c.len_utf8();
                }
            }
        }
        cues.mark_numbers_in_reach();
        cues
    }

    /// Sets [`Class::NUMBER_IN_REACH`] on every word with a number starting
    /// within [`NUMBER_REACH`] words: one pass from the end, once for
    /// all three number scans.
    fn mark_numbers_in_reach(&mut self) {
        let words = &mut self.words;
        let mut next_number = usize::MAX;
        let mut mark = self.marks.len();
        for i in (0..words.len()).rev() {
            if words[i].class.any(Class::DIGIT | Class::DIGITS_AFTER_LETTERS | Class::NUMBER_START) {
                next_number = i;
            }
            // The first mark at or after this word.
            while mark > 0 && self.marks[mark - 1] >= words[i].start {
                mark -= 1;
            }
            let reach_end = words.get(i + NUMBER_REACH + 1).map_or(usize::MAX, |w| w.start);
            let mark_near = self.marks.get(mark).is_some_and(|&m| m < reach_end);
            if next_number <= i + NUMBER_REACH || mark_near {
                words[i].class |= Class::NUMBER_IN_REACH;
            }
        }
    }

    /// Records the word starting at `start`; returns where it ends.
    fn word(&mut self, text: &str, start: usize, lexicon: &Lexicon) -> usize {
        let bytes = text.as_bytes();
        let mut end = start;
        loop {
            while end < bytes.len() && bytes[end].is_ascii_alphanumeric() {
                end += 1;
            }
            match text[end..].chars().next() {
                Some(c) if !c.is_ascii() && c.is_alphanumeric() => end += c.len_utf8(),
                _ => break,
            }
        }
        let first = bytes[start];
        let letters = bytes[start..end].iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let mut class = lexicon.class_at(bytes, start, letters);
        if first.is_ascii_digit() {
            class |= Class::DIGIT;
            if lexicon.has_digit_titles() {
                class |=
                    lexicon.class_at(bytes, start, end - start) & Class::KNOWN_TITLE_FIRST.union(Class::OFFICE_CUE);
            }
        } else if first.is_ascii_uppercase() {
            class |= Class::UPPER;
        } else if first >= 0x80 {
            class |= Class::NON_ASCII;
            if text[start..].chars().next().is_some_and(char::is_uppercase) {
                class |= Class::UPPER;
            }
        }
        if letters > 0 && start + letters < end && bytes[start + letters].is_ascii_digit() {
            class |= Class::DIGITS_AFTER_LETTERS;
        }
        if letters > 0 && before_amount(&bytes[start + letters..]) {
            class |= Class::BEFORE_AMOUNT;
        }
        // "Jane Doe (Finance)": a portfolio in brackets, as cabinet lists write it.
        let bracketed_portfolio = class.any(Class::PORTFOLIO) && start > 0 && bytes[start - 1] == b'(';
        if class.any(Class::OFFICE_CUE) || bracketed_portfolio {
            self.office_cues.push(start);
        }
        self.words.push(Word { start, end, class });
        end
    }
}

/// Whether `rest` (what follows a word's letters) opens, after at most a
/// few spaces, a digit, a decimal point or a possible currency sign.
fn before_amount(rest: &[u8]) -> bool {
    let mut i = 0;
    while i < rest.len() && i <= 4 {
        match rest[i] {
            b' ' => i += 1,
            0xC2 if rest.get(i + 1) == Some(&0xA0) => i += 2,
            _ => break,
        }
    }
    rest.get(i).is_some_and(|&b| b.is_ascii_digit() || b == b'.' || b == b'$' || b >= 0x80)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class_of(word: &str) -> Class {
        crate::extract::base_lexicon().class_of(word)
    }

    fn words(text: &str) -> Vec<&str> {
        Cues::of(text, crate::extract::base_lexicon()).words.iter().map(|w| &text[w.start..w.end]).collect()
    }

    #[test]
    fn words_are_runs_of_alphanumeric_characters() {
        assert_eq!(
            words("Japan's Defense-Minister Shinjirō, 3rd  ¥43"),
            ["Japan", "s", "Defense", "Minister", "Shinjirō", "3rd", "43"]
        );
        assert_eq!(words("“Kishida”—said"), ["Kishida", "said"]);
    }

    #[test]
    fn words_read_eight_letters_at_a_time_have_the_same_class() {
        let text = "MINISTER prime Vice secretary spokesperson reconstruction x";
        for word in Cues::of(text, crate::extract::base_lexicon()).words {
            assert_eq!(
                word.class & !Class::UPPER,
                class_of(&text[word.start..word.end]) & !Class::UPPER,
                "{}",
                &text[word.start..word.end]
            );
        }
        // At the very end of a text, with fewer than eight bytes left.
        assert!(Cues::of("the Minister", crate::extract::base_lexicon()).words[1].class.any(Class::HEAD));
    }

    #[test]
    fn classes_come_from_the_extractors_lists_in_any_case() {
        assert!(class_of("Minister").any(Class::OFFICE_CUE));
        assert!(class_of("MINISTER").any(Class::HEAD));
        assert!(class_of("vice-president").any(Class::HEAD));
        assert!(class_of("tomorrow").any(Class::DATE_STARTER));
        assert!(class_of("About").any(Class::NUMBER_FIRST));
        assert!(class_of("Japanese").any(Class::JURISDICTION));
        assert!(class_of("former").any(Class::TITLE_START));
        assert_eq!(class_of("Kishida"), Class::NONE);
        assert_eq!(class_of("a-word-far-longer-than-any-entry-in-the-table"), Class::NONE);
    }

    #[test]
    fn marks_are_signs_and_numbers_glued_to_a_point_or_minus() {
        let text = "costs $5, £3 or .5% (-2%) - not a. b";
        let marks: Vec<char> = Cues::of(text, crate::extract::base_lexicon())
            .marks
            .iter()
            .filter_map(|&m| text[m..].chars().next())
            .collect();
        assert_eq!(marks, ['$', '£', '.', '-']);
    }

    #[test]
    fn a_currency_word_before_an_amount_is_marked() {
        let cues = Cues::of("USD 5 and Rs40 but not rupees", crate::extract::base_lexicon());
        let marked: Vec<bool> = cues.words.iter().map(|w| w.class.any(Class::BEFORE_AMOUNT)).collect();
        assert_eq!(marked, [true, false, false, true, false, false, false]);
    }

    #[test]
    fn office_cues_are_heads_party_posts_and_titles_of_address() {
        let text = "Mr Blair met Defence Secretary Geoff Hoon and the Tory leader.";
        let cues: Vec<&str> =
            Cues::of(text, crate::extract::base_lexicon()).office_cues.iter().map(|&s| &text[s..s + 2]).collect();
        assert_eq!(cues, ["Mr", "Se", "le"]);
    }
}
