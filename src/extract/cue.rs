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

use std::sync::LazyLock;

use super::{date, money, number, office, percent};
use crate::jurisdiction;

/// What a word may begin or be, one bit per property.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Class(u32);

impl Class {
    /// A word in the date extractor's starter list (months, weekdays,
    /// "tomorrow", lead-ins such as "the").
    pub const DATE_STARTER: Class = Class(1 << 0);
    /// A word a written number or a hedge may start with ("two", "about").
    pub const NUMBER_FIRST: Class = Class(1 << 1);
    /// A word a percentage may start with besides numbers ("per", "minus").
    pub const PERCENT_WORD: Class = Class(1 << 2);
    /// A lower-case word an office mention may start with ("former",
    /// "defence", "the").
    pub const OFFICE_LOWER_START: Class = Class(1 << 3);
    /// A word every office mention contains one of: the first word of a
    /// title's head ("minister", "prime"), of a party post ("leader") or a
    /// title of address ("Mr").
    pub const OFFICE_CUE: Class = Class(1 << 4);
    /// The first word of anything a title-first office mention may open
    /// with: a qualifier, "the", a country, a party, "shadow", a portfolio
    /// word or a head.
    pub const TITLE_START: Class = Class(
        1 << 5
            | Class::QUALIFIER_FIRST.0
            | Class::JURISDICTION_FIRST.0
            | Class::PARTY_FIRST.0
            | Class::PORTFOLIO.0
            | Class::HEAD_FIRST.0
            | Class::PARTY_HEAD_FIRST.0,
    );
    /// The first word of an office qualifier ("former", "ex" of "ex-").
    pub const QUALIFIER_FIRST: Class = Class(1 << 23);
    /// The first word of a country's name or adjective ("united", "u" of "U.S.").
    pub const JURISDICTION_FIRST: Class = Class(1 << 24);
    /// The first word of a party's name ("labour", "lib").
    pub const PARTY_FIRST: Class = Class(1 << 25);
    /// The first word of a title's head ("prime", "minister").
    pub const HEAD_FIRST: Class = Class(1 << 26);
    /// The first word of a party post ("leader", "chief" of "chief whip").
    pub const PARTY_HEAD_FIRST: Class = Class(1 << 27);
    /// A portfolio word ("defence", "home").
    pub const PORTFOLIO: Class = Class(1 << 6);
    /// A title head written as one word ("minister", "vice-president").
    pub const HEAD: Class = Class(1 << 7);
    /// A month or weekday name.
    pub const CALENDAR: Class = Class(1 << 8);
    /// A word that never starts or continues a name, in some case ("the").
    pub const NOT_NAME: Class = Class(1 << 9);
    /// A country's name or adjective, in some case ("japanese").
    pub const JURISDICTION: Class = Class(1 << 10);
    /// A title of address or rank before a name, in some case ("dr", "gen").
    pub const HONORIFIC: Class = Class(1 << 11);
    /// A title of address that stands for a name ("Mr"), in some case.
    pub const ADDRESS: Class = Class(1 << 12);
    /// The word starts with an ASCII digit.
    pub const DIGIT: Class = Class(1 << 13);
    /// The word starts with an upper-case letter.
    pub const UPPER: Class = Class(1 << 14);
    /// The word starts with a non-ASCII character.
    pub const NON_ASCII: Class = Class(1 << 15);
    /// The word opens a web address ("http", "https", "www"): numbers
    /// inside it are skipped.
    pub const URL: Class = Class(1 << 16);
    /// The word's letters are followed, across at most a few spaces, by a
    /// digit, a decimal point or a currency sign: a currency name or code
    /// may stand before an amount there ("USD 5", "Rs 40", "dollar 2.5").
    pub const BEFORE_AMOUNT: Class = Class(1 << 17);

    /// A date starter that only leads into a date ("the", "last", "two").
    pub const DATE_LEAD_IN: Class = Class(1 << 18);
    /// A calendar unit ("week", "years").
    pub const DATE_UNIT: Class = Class(1 << 19);

    /// A word a written number starts with ("two", "a", "half").
    pub const NUMBER_START: Class = Class(1 << 20);

    /// The first word of a hedge ("about", "more").
    pub const HEDGE_FIRST: Class = Class(1 << 21);
    /// A word of a written number ("seven", "forty", "hundred", "million").
    pub const NUMBER_WORD: Class = Class(1 << 22);

    /// The first word of a currency word after an amount ("dollars", "u" of "u.s.").
    pub const CURRENCY_FIRST: Class = Class(1 << 28);

    /// A number starts at this word or within [`number::NUMBER_REACH`]
    /// words after it (a word that opens a digit or a written number, a word
    /// whose letters run into digits, or a mark): only such a word may start
    /// a money, percent or quantity mention.
    pub const NUMBER_IN_REACH: Class = Class(1 << 29);

    /// The word's letters run straight into digits ("USD115"): a number
    /// starts inside it.
    pub const DIGITS_AFTER_LETTERS: Class = Class(1 << 30);

    pub const NONE: Class = Class(0);

    /// Both classes' bits.
    pub const fn union(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }

    /// Whether any bit of `other` is set.
    pub fn any(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

impl std::ops::BitOr for Class {
    type Output = Class;
    fn bitor(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }
}

impl std::ops::BitAnd for Class {
    type Output = Class;
    fn bitand(self, other: Class) -> Class {
        Class(self.0 & other.0)
    }
}

impl std::ops::Not for Class {
    type Output = Class;
    fn not(self) -> Class {
        Class(!self.0)
    }
}

impl std::ops::BitOrAssign for Class {
    fn bitor_assign(&mut self, other: Class) {
        self.0 |= other.0;
    }
}

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
    /// Runs the pass over `text`.
    pub fn of(text: &str) -> Cues {
        let lexicon = &*LEXICON;
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
                    if money::is_sign_char(c) {
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
    /// within [`number::NUMBER_REACH`] words: one pass from the end, once for
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
            let reach_end = words.get(i + number::NUMBER_REACH + 1).map_or(usize::MAX, |w| w.start);
            let mark_near = self.marks.get(mark).is_some_and(|&m| m < reach_end);
            if next_number <= i + number::NUMBER_REACH || mark_near {
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
        if class.any(Class::OFFICE_CUE) {
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

/// The class of a word as written ("Minister", "vice-president"), looked up
/// whole, without regard to ASCII case. Words longer than the table's
/// longest entry have no class.
pub fn class_of(word: &str) -> Class {
    LEXICON.class(word.as_bytes())
}

/// The shared word table: every word of every extractor's lists, lower
/// case, with the classes it carries.
static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

/// An open-addressing hash table from lower-case words (at most
/// [`Lexicon::MAX`] bytes) to classes. A word is packed into three machine
/// words, so hashing and comparing it take a handful of instructions.
pub struct Lexicon {
    /// Open addressing over `entries`: each slot holds an entry's index + 1,
    /// or 0 when empty. Small enough to stay in the first-level cache.
    slots: Vec<u16>,
    entries: Vec<(Key, Class)>,
}

/// A word, lower-cased and zero-padded to [`Lexicon::MAX`] bytes in three
/// little-endian machine words, with its length in the top byte of a fourth.
type Key = [u64; 4];

impl Lexicon {
    /// The longest word the table holds ("secretary-general" and the
    /// longest country names fit).
    const MAX: usize = 24;
    /// The longest run of letters any entry starts with: a longer run is
    /// in no list.
    pub const LONGEST: usize = Lexicon::MAX;
    /// A power of two, several times the number of entries.
    const SLOTS: usize = 2048;

    fn build() -> Lexicon {
        let mut entries: Vec<(String, Class)> = Vec::new();
        let mut add = |words: &mut dyn Iterator<Item = &str>, class: Class| {
            for w in words {
                entries.push((w.to_ascii_lowercase(), class));
            }
        };
        // The first run of letters of a phrase or form: what a word of the
        // text is compared with when the phrase starts there.
        fn first_run(s: &str) -> &str {
            let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
            &s[..n]
        }
        add(&mut date::STARTERS.iter().copied(), Class::DATE_STARTER);
        add(&mut date::LEAD_INS.iter().copied(), Class::DATE_LEAD_IN);
        add(&mut date::UNITS.iter().copied(), Class::DATE_UNIT);
        add(&mut number::first_words(), Class::NUMBER_FIRST);
        add(&mut number::start_words(), Class::NUMBER_START);
        add(&mut number::hedge_first_words(), Class::HEDGE_FIRST);
        add(&mut number::number_words(), Class::NUMBER_WORD);
        add(&mut percent::WORDS.iter().copied(), Class::PERCENT_WORD);
        add(&mut money::currency_first_words(), Class::CURRENCY_FIRST);
        add(&mut office::LOWER_STARTS.iter().copied(), Class::OFFICE_LOWER_START);
        add(&mut office::PORTFOLIO.iter().copied(), Class::OFFICE_LOWER_START | Class::PORTFOLIO);
        add(&mut office::HEADS.iter().map(|h| first_run(h)), Class::OFFICE_CUE | Class::HEAD_FIRST);
        add(&mut office::HEADS.iter().copied().filter(|h| !h.contains(' ')), Class::HEAD);
        add(&mut office::PARTY_HEADS.iter().map(|h| first_run(h)), Class::OFFICE_CUE | Class::PARTY_HEAD_FIRST);
        add(&mut office::ADDRESS.iter().copied(), Class::OFFICE_CUE | Class::ADDRESS);
        add(&mut office::QUALIFIER_WORDS.iter().map(|q| first_run(q)), Class::QUALIFIER_FIRST);
        add(&mut ["the", "new", "shadow"].into_iter(), Class(1 << 5));
        add(&mut office::PARTIES.iter().map(|p| first_run(p)), Class::PARTY_FIRST);
        add(&mut office::CALENDAR.iter().copied(), Class::CALENDAR);
        add(&mut office::NOT_NAMES.iter().copied(), Class::NOT_NAME);
        add(&mut office::HONORIFIC_WORDS.iter().copied(), Class::HONORIFIC);
        let forms = || jurisdiction::JURISDICTIONS.iter().flat_map(|j| j.forms.iter().copied());
        add(&mut forms(), Class::JURISDICTION);
        add(&mut forms().map(first_run), Class::JURISDICTION_FIRST);
        add(&mut ["http", "https", "www"].into_iter(), Class::URL);

        let mut table = Lexicon { slots: vec![0; Lexicon::SLOTS], entries: Vec::new() };
        for (word, class) in entries {
            assert!(!word.is_empty() && word.len() <= Lexicon::MAX, "word list entry {word:?} does not fit the table");
            table.insert(word.as_bytes(), class);
        }
        table
    }

    /// The key of the `len` bytes at `start` of `text`, read eight at a
    /// time and folded to ASCII lower case in registers (through a byte
    /// buffer read back as words it would stall on store forwarding, and
    /// this runs for every word of every text).
    fn key(text: &[u8], start: usize, len: usize) -> Option<Key> {
        if len == 0 || len > Lexicon::MAX {
            return None;
        }
        let mut key = [0u64, 0, 0, (len as u64) << 56];
        for (lane, at) in key.iter_mut().zip((0..len).step_by(8)) {
            let n = (len - at).min(8);
            let chunk = match text.get(start + at..start + at + 8) {
                Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
                None => text[start + at..start + at + n].iter().rev().fold(0, |k, &b| (k << 8) | u64::from(b)),
            };
            let mask = if n == 8 { u64::MAX } else { (1u64 << (8 * n)) - 1 };
            *lane = ascii_lowercase(chunk) & mask;
        }
        Some(key)
    }

    fn slot(key: &Key) -> usize {
        let mixed = key[0] ^ key[1].rotate_left(17) ^ key[2].rotate_left(34) ^ key[3].rotate_left(51);
        (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 52) as usize & (Lexicon::SLOTS - 1)
    }

    fn insert(&mut self, word: &[u8], class: Class) {
        let key = Lexicon::key(word, 0, word.len()).expect("checked by the caller");
        let mut at = Lexicon::slot(&key);
        loop {
            match usize::from(self.slots[at]) {
                0 => {
                    assert!(self.entries.len() < Lexicon::SLOTS / 2, "the word table is over half full");
                    self.entries.push((key, class));
                    self.slots[at] = self.entries.len() as u16;
                    return;
                }
                i if self.entries[i - 1].0 == key => {
                    self.entries[i - 1].1 |= class;
                    return;
                }
                _ => at = (at + 1) & (Lexicon::SLOTS - 1),
            }
        }
    }

    /// The class of the `len` bytes at `start` of `text` (a word in place,
    /// so its letters can be read eight at a time).
    fn class_at(&self, text: &[u8], start: usize, len: usize) -> Class {
        Lexicon::key(text, start, len).map_or(Class::NONE, |key| self.find(&key))
    }

    /// The class of `word`, ASCII case folded; none for unknown words.
    pub fn class(&self, word: &[u8]) -> Class {
        self.class_at(word, 0, word.len())
    }

    fn find(&self, key: &Key) -> Class {
        let mut at = Lexicon::slot(key);
        loop {
            match usize::from(self.slots[at]) {
                0 => return Class::NONE,
                i if self.entries[i - 1].0 == *key => return self.entries[i - 1].1,
                _ => at = (at + 1) & (Lexicon::SLOTS - 1),
            }
        }
    }
}

/// Every byte of `x` folded to ASCII lower case, as `u8::to_ascii_lowercase`
/// does: 0x20 is added to the bytes from `A` to `Z`, all eight at once.
fn ascii_lowercase(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let seven = x & LOW7;
    // The top bit of each byte: at least `A`, and above `Z` (no carries
    // cross bytes: a seven-bit value plus less than 0x80 stays in its byte).
    let from_a = seven + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = seven + 0x2525_2525_2525_2525;
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Cues::of(text).words.iter().map(|w| &text[w.start..w.end]).collect()
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
    fn lower_casing_eight_bytes_at_once_folds_as_one_byte_at_a_time() {
        for b in 0..=255u8 {
            let lane = u64::from_le_bytes([b, b'A', b'z', b'@', b'[', 0xC3, b'Z', b'`']);
            let expected =
                u64::from_le_bytes([b, b'A', b'z', b'@', b'[', 0xC3, b'Z', b'`'].map(|c| c.to_ascii_lowercase()));
            assert_eq!(ascii_lowercase(lane), expected, "byte {b:#x}");
            let same = u64::from_le_bytes([b; 8]);
            assert_eq!(ascii_lowercase(same), u64::from_le_bytes([b.to_ascii_lowercase(); 8]), "byte {b:#x} x8");
        }
    }

    #[test]
    fn words_read_eight_letters_at_a_time_have_the_same_class() {
        let text = "MINISTER prime Vice secretary spokesperson reconstruction x";
        for word in Cues::of(text).words {
            assert_eq!(
                word.class & !Class::UPPER,
                class_of(&text[word.start..word.end]) & !Class::UPPER,
                "{}",
                &text[word.start..word.end]
            );
        }
        // At the very end of a text, with fewer than eight bytes left.
        assert!(Cues::of("the Minister").words[1].class.any(Class::HEAD));
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
        let marks: Vec<char> = Cues::of(text).marks.iter().filter_map(|&m| text[m..].chars().next()).collect();
        assert_eq!(marks, ['$', '£', '.', '-']);
    }

    #[test]
    fn a_currency_word_before_an_amount_is_marked() {
        let cues = Cues::of("USD 5 and Rs40 but not rupees");
        let marked: Vec<bool> = cues.words.iter().map(|w| w.class.any(Class::BEFORE_AMOUNT)).collect();
        assert_eq!(marked, [true, false, false, true, false, false, false]);
    }

    #[test]
    fn office_cues_are_heads_party_posts_and_titles_of_address() {
        let text = "Mr Blair met Defence Secretary Geoff Hoon and the Tory leader.";
        let cues: Vec<&str> = Cues::of(text).office_cues.iter().map(|&s| &text[s..s + 2]).collect();
        assert_eq!(cues, ["Mr", "Se", "le"]);
    }
}
