//! The lexicon: one run's vocabulary, as the extractors read it.
//!
//! A [`Lexicon`] is a value built once per run from the base vocabulary
//! ([`crate::vocab`]: countries, title words, name words, parties, calendar
//! words), the grammar words each extractor starts its mentions with
//! (registered by [`crate::extract::lexicon`]), and whatever the run's claim
//! files teach: every title and alias of every office, every person's names,
//! every jurisdiction a claim file declares. Two runs with different claim
//! files extract differently, and deterministically; nothing here is global.
//!
//! It answers three kinds of question, each in time independent of its size:
//! - the [`Class`] of a word (one hash lookup; the shared pass asks it for
//!   every word of every text);
//! - the jurisdiction a text starts with ("Japan's", "South Korean", a
//!   declared "Kosovar"), longest form first;
//! - the longest title or person's name from the claim files a text starts
//!   with ("Brexit Secretary", "Chancellor of the Duchy of Lancaster").
//!
//! There is no capacity limit a ledger can reach: the word table grows with
//! its entries, a word longer than the packed key goes to an overflow list,
//! and phrase lookups are hashed.
//!
//! Invariants: a built lexicon is read-only, so one value serves every
//! thread; lookups never allocate for words of the table's key length.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

use crate::names;
use crate::vocab::countries::Jurisdiction;
use crate::vocab::{self, calendar, parties, people, titles};

/// What a word may begin or be, one bit per property.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Class(u64);

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
    /// title's head ("minister", "prime"), of a party post ("leader"), of a
    /// title a claim file names ("brexit"), or a title of address ("Mr").
    pub const OFFICE_CUE: Class = Class(1 << 4);
    /// A word that opens a title-first mention and is in none of the lists
    /// below ("the", "new", "shadow").
    pub const TITLE_OPENER: Class = Class(1 << 5);
    /// A portfolio word ("defence", "home").
    pub const PORTFOLIO: Class = Class(1 << 6);
    /// A title head written as one word ("minister", "vice-president").
    pub const HEAD: Class = Class(1 << 7);
    /// A month or weekday name, in full.
    pub const CALENDAR: Class = Class(1 << 8);
    /// A word that never starts or continues a name, in some case ("the").
    pub const NOT_NAME: Class = Class(1 << 9);
    /// A country's name or adjective written as one word, in some case ("japanese").
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
    /// The first word of a currency word after an amount ("dollars", "u" of "u.s.").
    pub const CURRENCY_FIRST: Class = Class(1 << 28);
    /// A number starts at this word or within [`crate::extract::cue::NUMBER_REACH`]
    /// words after it (a word that opens a digit or a written number, a word
    /// whose letters run into digits, or a mark): only such a word may start
    /// a money, percent or quantity mention.
    pub const NUMBER_IN_REACH: Class = Class(1 << 29);
    /// The word's letters run straight into digits ("USD115"): a number
    /// starts inside it.
    pub const DIGITS_AFTER_LETTERS: Class = Class(1 << 30);
    /// The first word of a title a claim file names ("brexit" of "Brexit
    /// Secretary", "chancellor" of "Chancellor of the Duchy of Lancaster").
    pub const KNOWN_TITLE_FIRST: Class = Class(1 << 31);
    /// The first word of a person's name from the claim files ("ursula" of
    /// "Ursula von der Leyen").
    pub const KNOWN_NAME_FIRST: Class = Class(1 << 32);
    /// The first word of a legislature's name before a post in it ("house"
    /// of "House Speaker", "lok" of "Lok Sabha").
    pub const CHAMBER_FIRST: Class = Class(1 << 33);
    /// A legislature's name written as one word ("senate", "bundestag").
    pub const CHAMBER: Class = Class(1 << 34);
    /// A common word news capitalises only at a sentence's or a headline's
    /// start ("meets", "officially"): never a word of a name, in any case.
    pub const COMMON: Class = Class(1 << 35);
    /// The first word of a predicate that names an office after a name
    /// ("was" of "was named", "becomes", "takes" of "takes over as").
    pub const OFFICE_VERB: Class = Class(1 << 36);
    /// A party's name written as one word, in some case ("cdu", "labour").
    pub const PARTY: Class = Class(1 << 37);
    /// A word that ends a company's name ("Ltd", "Corp"): never a word of a person's name.
    pub const COMPANY: Class = Class(1 << 38);
    /// A title's head or party post in the plural ("ministers", "leaders").
    pub const PLURAL: Class = Class(1 << 39);
    /// A verb that says who leads a body ("led", "headed").
    pub const LED: Class = Class(1 << 40);

    /// The first word of anything a title-first office mention may open
    /// with: a qualifier, "the", a country, a party, "shadow", a portfolio
    /// word, a head, a party post or a title from the claim files.
    pub const TITLE_START: Class = Class(
        Class::TITLE_OPENER.0
            | Class::QUALIFIER_FIRST.0
            | Class::JURISDICTION_FIRST.0
            | Class::PARTY_FIRST.0
            | Class::PORTFOLIO.0
            | Class::HEAD_FIRST.0
            | Class::PARTY_HEAD_FIRST.0
            | Class::KNOWN_TITLE_FIRST.0
            | Class::CHAMBER_FIRST.0,
    );

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

/// Collects a lexicon's entries; [`Builder::build`] makes the read-only value.
#[derive(Debug)]
pub struct Builder {
    words: Vec<(String, Class)>,
    jurisdictions: Vec<Jurisdiction>,
    titles: Vec<String>,
    names: Vec<String>,
    signs: Vec<char>,
}

impl Default for Builder {
    fn default() -> Self {
        Builder::new()
    }
}

impl Builder {
    /// A builder holding the base vocabulary.
    pub fn new() -> Builder {
        let mut b = Builder {
            words: Vec::new(),
            jurisdictions: Vec::new(),
            titles: Vec::new(),
            names: Vec::new(),
            signs: Vec::new(),
        };
        for w in titles::all() {
            match w.kind {
                titles::Kind::Head => {
                    b.words([first_run(w.phrase)], Class::OFFICE_CUE | Class::HEAD_FIRST);
                    // A head word is never a word of a name, unless it is
                    // also a name ("King", "Sen"), or a title only with
                    // more words ("head of …").
                    let no_name = titles::Flags::EXACT | titles::Flags::SCOPED | titles::Flags::NAME;
                    if !w.phrase.contains(' ') && !w.flags.any(no_name) {
                        b.words([w.phrase], Class::HEAD);
                    }
                    // A plural ("cabinet ministers including …") opens a list.
                    if !w.phrase.contains(' ') && !w.flags.any(titles::Flags::EXACT) {
                        let (stem, ending) = titles::plural_parts(w.phrase);
                        b.words(
                            [format!("{stem}{ending}").as_str()],
                            Class::OFFICE_CUE | Class::HEAD_FIRST | Class::PLURAL,
                        );
                    }
                }
                titles::Kind::Portfolio => {
                    b.words([w.phrase], Class::OFFICE_LOWER_START | Class::PORTFOLIO);
                }
                titles::Kind::PartyHead => {
                    b.words([first_run(w.phrase)], Class::OFFICE_CUE | Class::PARTY_HEAD_FIRST);
                    if !w.phrase.contains(' ') {
                        let (stem, ending) = titles::plural_parts(w.phrase);
                        b.words([format!("{stem}{ending}").as_str()], Class::OFFICE_CUE | Class::PLURAL);
                    }
                }
                titles::Kind::Chamber => {
                    b.words([first_run(w.phrase)], Class::CHAMBER_FIRST);
                    if !w.phrase.contains(' ') {
                        b.words([w.phrase], Class::CHAMBER);
                    }
                }
            }
        }
        b.words(people::of_kind(people::Kinds::ADDRESS), Class::OFFICE_CUE | Class::ADDRESS);
        b.words(people::of_kind(people::Kinds::LEADING), Class::HONORIFIC);
        b.words(parties::all().iter().map(|p| first_run(p.name)), Class::PARTY_FIRST);
        // A party written in lower case ("far-right", "opposition") may open
        // a mention where a lower-case word may.
        let lower = parties::all().iter().filter(|p| p.name.starts_with(|c: char| c.is_ascii_lowercase()));
        b.words(lower.map(|p| first_run(p.name)), Class::OFFICE_LOWER_START);
        let one_word = parties::all().iter().filter(|p| p.name.chars().all(char::is_alphanumeric));
        b.words(one_word.map(|p| p.name), Class::PARTY);
        b.words(vocab::words::all().iter().copied(), Class::COMMON);
        let companies = vocab::bodies::all().iter().filter(|w| w.kind == vocab::bodies::Kind::Company);
        b.words(companies.map(|w| w.word), Class::COMPANY);
        let full = calendar::all().iter().filter(|w| w.form == calendar::Form::Full);
        b.words(full.map(|w| w.word), Class::CALENDAR);
        b.words(["http", "https", "www"], Class::URL);
        for j in vocab::countries::all() {
            b.jurisdiction(j.clone());
        }
        b
    }

    /// Gives every word of `words` (any case) the class `class`, on top of
    /// the classes it has.
    pub fn words<'w>(&mut self, words: impl IntoIterator<Item = &'w str>, class: Class) -> &mut Builder {
        self.words.extend(words.into_iter().filter(|w| !w.is_empty()).map(|w| (w.to_ascii_lowercase(), class)));
        self
    }

    /// Marks the first character of each sign as one a currency sign may
    /// start with ("£", "€", "元"): the shared pass records where they stand.
    pub fn signs<'w>(&mut self, signs: impl IntoIterator<Item = &'w str>) -> &mut Builder {
        self.signs.extend(signs.into_iter().filter_map(|s| s.chars().next()));
        self
    }

    /// Adds a jurisdiction; one with the code of a jurisdiction already
    /// added replaces it (a claim file's declaration of a base country).
    pub fn jurisdiction(&mut self, j: Jurisdiction) -> &mut Builder {
        self.jurisdictions.retain(|k| k.code != j.code);
        self.jurisdictions.push(j);
        self
    }

    /// Adds an office title as a claim file writes it ("Brexit Secretary").
    pub fn title(&mut self, title: &str) -> &mut Builder {
        self.titles.push(title.to_string());
        self
    }

    /// Adds a person's name as a claim file writes it ("Ursula von der Leyen").
    pub fn person(&mut self, name: &str) -> &mut Builder {
        self.names.push(name.to_string());
        self
    }

    /// The read-only lexicon.
    pub fn build(mut self) -> Lexicon {
        self.jurisdictions.sort_by(|a, b| a.code.cmp(&b.code));
        let mut forms: Vec<(String, usize)> = Vec::new();
        for (i, j) in self.jurisdictions.iter().enumerate() {
            for form in j.forms() {
                forms.push((form.to_string(), i));
            }
        }
        let mut words = self.words;
        for (form, _) in &forms {
            if !form.contains(' ') {
                words.push((form.to_ascii_lowercase(), Class::JURISDICTION));
            }
            words.push((first_run(form).to_ascii_lowercase(), Class::JURISDICTION_FIRST));
        }
        let mut titles = Phrases::default();
        // Every word of a mention lies within reach of a cue (see
        // `office::CUE_REACH`). A title with a head or a party post's head
        // in it has its cue there; one without ("Taoiseach", "Paymaster
        // General", "Lord Privy Seal") gets its first word as its cue.
        // Marking every title's first word would make cues of common words
        // ("economic", "financial") and put all of a text in reach.
        let heads = WordTable::new(
            words.iter().filter(|(_, c)| c.any(Class::HEAD_FIRST | Class::PARTY_HEAD_FIRST)).cloned().collect(),
        );
        let mut digit_titles = false;
        for t in &self.titles {
            let key = names::title_key(t);
            let Some(first) = titles.insert(&key) else { continue };
            let has_head = key.split(' ').any(|w| heads.class(w.as_bytes(), 0, w.len()) != Class::NONE);
            let class = Class::KNOWN_TITLE_FIRST
                | Class::OFFICE_LOWER_START
                | if has_head { Class::NONE } else { Class::OFFICE_CUE };
            // The key's first word is folded ("defence" is "defense"); the
            // text's word is looked up as written.
            words.push((first_run(t).to_ascii_lowercase(), class));
            digit_titles |= first.starts_with(|c: char| c.is_ascii_digit());
            words.push((first, class));
        }
        // Names' first words go to a table of their own: there are
        // thousands, and in the word table they would push it out of the
        // first-level cache that the shared pass reads it from.
        let mut known_names = Phrases::default();
        let mut name_firsts = Vec::new();
        for n in &self.names {
            if let Some(first) = known_names.insert(&names::fold_words(n).join(" ")) {
                // Looked up by the run of ASCII letters the name starts with.
                name_firsts.push((first_run(n).to_ascii_lowercase(), Class::KNOWN_NAME_FIRST));
                name_firsts.push((first, Class::KNOWN_NAME_FIRST));
            }
        }
        self.signs.sort_unstable();
        self.signs.dedup();
        Lexicon {
            digit_titles,
            signs: self.signs,
            words: WordTable::new(words),
            name_firsts: WordTable::new(name_firsts),
            forms: FormIndex::new(forms),
            jurisdictions: self.jurisdictions,
            titles,
            names: known_names,
        }
    }
}

/// The first run of ASCII letters of a phrase or form: what a word of the
/// text is compared with when the phrase starts there ("u" of "U.S.").
fn first_run(s: &str) -> &str {
    let n = s.bytes().take_while(u8::is_ascii_alphabetic).count();
    &s[..n]
}

/// One run's vocabulary, read-only.
#[derive(Debug)]
pub struct Lexicon {
    words: WordTable,
    /// The first words of the claim files' names ([`Class::KNOWN_NAME_FIRST`]).
    name_firsts: WordTable,
    /// Whether a claim-file title starts with a number ("14-19 Reform
    /// Minister"): the shared pass then looks numbers up too.
    digit_titles: bool,
    /// First characters of currency signs, sorted.
    signs: Vec<char>,
    jurisdictions: Vec<Jurisdiction>,
    forms: FormIndex,
    titles: Phrases,
    names: Phrases,
}

impl Lexicon {
    /// The class of a word as written ("Minister", "vice-president"),
    /// without regard to ASCII case.
    pub fn class_of(&self, word: &str) -> Class {
        self.words.class(word.as_bytes(), 0, word.len())
    }

    /// The class of the `len` bytes at `start` of `text` (a word in place).
    pub(crate) fn class_at(&self, text: &[u8], start: usize, len: usize) -> Class {
        self.words.class(text, start, len)
    }

    /// Whether some claim-file title starts with a number.
    pub fn has_digit_titles(&self) -> bool {
        self.digit_titles
    }

    /// Whether `c` may start a currency sign.
    pub fn is_sign_char(&self, c: char) -> bool {
        self.signs.binary_search(&c).is_ok()
    }

    /// The longest run of letters any word of the table has: a longer run
    /// is in no list.
    pub fn longest_word(&self) -> usize {
        self.words.longest
    }

    /// Every jurisdiction, sorted by code.
    pub fn jurisdictions(&self) -> &[Jurisdiction] {
        &self.jurisdictions
    }

    /// The jurisdiction with this code.
    pub fn jurisdiction(&self, code: &str) -> Option<&Jurisdiction> {
        let i = self.jurisdictions.binary_search_by(|j| j.code.as_str().cmp(code)).ok()?;
        Some(&self.jurisdictions[i])
    }

    /// The jurisdiction a whole form names ("Japanese"), case-sensitive.
    pub fn jurisdiction_named(&self, form: &str) -> Option<&Jurisdiction> {
        self.forms.whole(form).map(|i| &self.jurisdictions[i])
    }

    /// The longest jurisdiction form `text` starts with, ending at a word
    /// boundary ("Japanese", not "Japan" + "ese"), and its jurisdiction.
    pub fn jurisdiction_prefix<'t>(&self, text: &'t str) -> Option<(&'t str, &Jurisdiction)> {
        self.forms.prefix(text).map(|(len, i)| (&text[..len], &self.jurisdictions[i]))
    }

    /// The length of the longest claim-file title `text` starts with, read
    /// word by word as [`names::title_key`] folds titles (case, accents,
    /// "the", "&", "defence"), each word in a title's case. `None` when no
    /// claim file title starts there.
    pub fn known_title_len(&self, text: &str) -> Option<usize> {
        self.titles.longest_prefix(text, TitleFold)
    }

    /// The length of the longest claim-file person's name `text` starts
    /// with, each word capitalised (or a lower-case name particle).
    pub fn known_name_len(&self, text: &str) -> Option<usize> {
        // Every name's first run of ASCII letters is in the table; a name
        // that starts with another letter ("Élodie") is read in full.
        let first = text.bytes().take(self.name_firsts.longest + 1).take_while(u8::is_ascii_alphabetic).count();
        if first > 0 && !self.name_firsts.class(text.as_bytes(), 0, first).any(Class::KNOWN_NAME_FIRST) {
            return None;
        }
        self.names.longest_prefix(text, NameFold)
    }
}

/// An open-addressing hash table from lower-case words to classes, sized to
/// its entries. A word of at most [`KEY_BYTES`] bytes is packed into
/// machine words, so hashing and comparing it take a handful of
/// instructions; a longer one is kept in a sorted overflow list.
#[derive(Debug)]
struct WordTable {
    /// Each slot holds an entry's index + 1, or 0 when empty; at most half full.
    slots: Vec<u32>,
    entries: Vec<(Key, Class)>,
    /// Words of at most [`SHORT_BYTES`] bytes (most words of prose), kept
    /// apart as (packed word, class) pairs in their own open-addressing
    /// table, at most half full: a lookup reads one slot, not a slot and
    /// then the entry it points to. An empty slot holds 0, which no packed
    /// word is (its length is in its top byte).
    short: Vec<(u64, Class)>,
    /// Words longer than [`KEY_BYTES`], sorted.
    long: Vec<(Vec<u8>, Class)>,
    /// The longest word held.
    longest: usize,
}

/// The bytes a packed key holds.
const KEY_BYTES: usize = 24;

/// The longest word [`WordTable::short`] holds: seven bytes and the length
/// fit one machine word.
const SHORT_BYTES: usize = 7;

/// A word, lower-cased and zero-padded to [`KEY_BYTES`] bytes in three
/// little-endian machine words, with its length in the top byte of a fourth.
type Key = [u64; 4];

impl WordTable {
    fn new(words: Vec<(String, Class)>) -> WordTable {
        let slots = (words.len() * 2).next_power_of_two().max(16);
        let short_words = words.iter().filter(|(w, _)| w.len() <= SHORT_BYTES).count();
        let short = (short_words * 2).next_power_of_two().max(16);
        let mut table = WordTable {
            slots: vec![0; slots],
            entries: Vec::new(),
            short: vec![(0, Class::NONE); short],
            long: Vec::new(),
            longest: 0,
        };
        for (word, class) in words {
            if word.is_empty() {
                continue;
            }
            table.longest = table.longest.max(word.len());
            if word.len() > KEY_BYTES {
                match table.long.iter_mut().find(|(w, _)| *w == word.as_bytes()) {
                    Some((_, c)) => *c |= class,
                    None => table.long.push((word.into_bytes(), class)),
                }
            } else {
                table.insert(word.as_bytes(), class);
            }
        }
        table.long.sort_by(|a, b| a.0.cmp(&b.0));
        table
    }

    /// The key of the `len` bytes at `start` of `text`, read eight at a
    /// time and folded to ASCII lower case in registers (through a byte
    /// buffer read back as words it would stall on store forwarding, and
    /// this runs for every word of every text).
    fn key(text: &[u8], start: usize, len: usize) -> Key {
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
        key
    }

    fn slot(&self, key: &Key) -> usize {
        let mixed = key[0] ^ key[1].rotate_left(17) ^ key[2].rotate_left(34) ^ key[3].rotate_left(51);
        let bits = self.slots.len().trailing_zeros();
        (mixed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    /// A word of at most [`SHORT_BYTES`] bytes packed into one machine
    /// word: its first lane of [`WordTable::key`], with its length in the
    /// top byte, which that lane leaves zero.
    fn short_key(text: &[u8], start: usize, len: usize) -> u64 {
        let chunk = match text.get(start..start + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
            None => text[start..start + len].iter().rev().fold(0, |k, &b| (k << 8) | u64::from(b)),
        };
        (ascii_lowercase(chunk) & ((1u64 << (8 * len)) - 1)) | (len as u64) << 56
    }

    fn short_slot(&self, packed: u64) -> usize {
        let bits = self.short.len().trailing_zeros();
        (packed.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    fn insert(&mut self, word: &[u8], class: Class) {
        if word.len() <= SHORT_BYTES {
            let packed = WordTable::short_key(word, 0, word.len());
            let mask = self.short.len() - 1;
            let mut at = self.short_slot(packed);
            loop {
                match self.short[at] {
                    (0, _) => {
                        self.short[at] = (packed, class);
                        return;
                    }
                    (k, ref mut c) if k == packed => {
                        *c |= class;
                        return;
                    }
                    _ => at = (at + 1) & mask,
                }
            }
        }
        let key = WordTable::key(word, 0, word.len());
        let mask = self.slots.len() - 1;
        let mut at = self.slot(&key);
        loop {
            match self.slots[at] as usize {
                0 => {
                    self.entries.push((key, class));
                    self.slots[at] = u32::try_from(self.entries.len()).expect("fewer than 2^32 words");
                    return;
                }
                i if self.entries[i - 1].0 == key => {
                    self.entries[i - 1].1 |= class;
                    return;
                }
                _ => at = (at + 1) & mask,
            }
        }
    }

    /// The class of the `len` bytes at `start` of `text`, ASCII case folded;
    /// none for unknown words.
    fn class(&self, text: &[u8], start: usize, len: usize) -> Class {
        if len == 0 || len > self.longest {
            return Class::NONE;
        }
        if len <= SHORT_BYTES {
            let packed = WordTable::short_key(text, start, len);
            let mask = self.short.len() - 1;
            let mut at = self.short_slot(packed);
            loop {
                match self.short[at] {
                    (k, class) if k == packed => return class,
                    (0, _) => return Class::NONE,
                    _ => at = (at + 1) & mask,
                }
            }
        }
        if len > KEY_BYTES {
            let word = text[start..start + len].to_ascii_lowercase();
            return self
                .long
                .binary_search_by(|(w, _)| w.as_slice().cmp(&word))
                .map_or(Class::NONE, |i| self.long[i].1);
        }
        let key = WordTable::key(text, start, len);
        let mask = self.slots.len() - 1;
        let mut at = self.slot(&key);
        loop {
            match self.slots[at] as usize {
                0 => return Class::NONE,
                i if self.entries[i - 1].0 == key => return self.entries[i - 1].1,
                _ => at = (at + 1) & mask,
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

/// Jurisdiction forms, bucketed by their first two bytes and longest first
/// within a bucket, so that a text is compared only with the few forms it
/// can start with ("So" holds "South Korea", "South Africa", "Somalia", …).
#[derive(Debug)]
struct FormIndex {
    /// Sorted by key; each bucket's forms longest first.
    buckets: Vec<(u16, Vec<(String, usize)>)>,
}

impl FormIndex {
    fn key(text: &[u8]) -> Option<u16> {
        let first = *text.first()?;
        Some(u16::from(first) << 8 | u16::from(text.get(1).copied().unwrap_or(0)))
    }

    fn new(forms: Vec<(String, usize)>) -> FormIndex {
        let mut map: std::collections::BTreeMap<u16, Vec<(String, usize)>> = std::collections::BTreeMap::new();
        for (form, j) in forms {
            if let Some(key) = FormIndex::key(form.as_bytes()) {
                map.entry(key).or_default().push((form, j));
            }
        }
        let mut buckets: Vec<(u16, Vec<(String, usize)>)> = map.into_iter().collect();
        for (_, bucket) in &mut buckets {
            bucket.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
            bucket.dedup_by(|a, b| a.0 == b.0);
        }
        FormIndex { buckets }
    }

    fn bucket(&self, text: &str) -> &[(String, usize)] {
        let Some(key) = FormIndex::key(text.as_bytes()) else { return &[] };
        match self.buckets.binary_search_by_key(&key, |(k, _)| *k) {
            Ok(i) => &self.buckets[i].1,
            Err(_) => &[],
        }
    }

    fn prefix(&self, text: &str) -> Option<(usize, usize)> {
        self.bucket(text).iter().find_map(|(form, j)| {
            (text.starts_with(form.as_str()) && !text[form.len()..].starts_with(char::is_alphanumeric))
                .then_some((form.len(), *j))
        })
    }

    fn whole(&self, form: &str) -> Option<usize> {
        self.bucket(form).iter().find(|(f, _)| f == form).map(|(_, j)| *j)
    }
}

/// Phrases of folded words joined by single spaces, with every prefix a
/// phrase has, so that a text is read word by word only while some phrase
/// may still match.
#[derive(Debug, Default)]
struct Phrases {
    whole: PhraseSet,
    prefixes: PhraseSet,
    /// The most words a phrase has.
    max_words: usize,
}

impl Phrases {
    /// Adds a folded phrase; returns its first word when the phrase is new.
    fn insert(&mut self, key: &str) -> Option<String> {
        if key.is_empty() || self.whole.contains(key) {
            return None;
        }
        let words: Vec<&str> = key.split(' ').collect();
        self.max_words = self.max_words.max(words.len());
        for n in 1..words.len() {
            self.prefixes.insert(words[..n].join(" "));
        }
        self.whole.insert(key.to_string());
        Some(words[0].to_string())
    }

    /// The byte length of the longest phrase `text` starts with, reading
    /// words as `fold` does.
    fn longest_prefix(&self, text: &str, fold: impl Fold) -> Option<usize> {
        if self.whole.is_empty() {
            return None;
        }
        let mut key = String::with_capacity(64);
        let mut best = None;
        let mut rest = text;
        let mut words = 0;
        while words < self.max_words {
            let before = key.len();
            if before > 0 {
                key.push(' ');
            }
            let Some((taken, skipped)) = fold.word(rest, words == 0, &mut key) else { break };
            rest = &rest[taken..];
            if skipped {
                key.truncate(before);
            } else {
                words += 1;
                if self.whole.contains(&key) {
                    best = Some(text.len() - rest.len());
                }
                if !self.prefixes.contains(&key) {
                    break;
                }
            }
            let Some(gap) = fold.gap(rest) else { break };
            rest = &rest[gap..];
        }
        best
    }
}

/// A set of folded phrases with [`PhraseHasher`].
type PhraseSet = HashSet<String, BuildHasherDefault<PhraseHasher>>;

/// A hasher for phrase lookups, eight bytes per multiply. The sets hold
/// the claim files' phrases; a text only queries them, and a query cannot
/// lengthen a probe sequence, so the default hasher's protection against
/// crafted collisions buys nothing here, and its cost is most of a lookup.
#[derive(Clone, Copy, Default)]
struct PhraseHasher(u64);

impl Hasher for PhraseHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("eight bytes")));
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            self.add(tail.iter().rev().fold(0, |k, &b| (k << 8) | u64::from(b)));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl PhraseHasher {
    fn add(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// How a phrase index reads a text word by word.
trait Fold: Copy {
    /// Appends the next word's folded form to `key` and returns the bytes
    /// it takes, and whether the index skips the word (such as "the" in
    /// titles; nothing is then appended); `None` when no word of the
    /// phrase's kind starts `text`.
    fn word(&self, text: &str, first: bool, key: &mut String) -> Option<(usize, bool)>;
    /// The length of the gap before the next word, if the phrase may go on.
    fn gap(&self, text: &str) -> Option<usize>;
}

/// Appends `word` folded as [`names::fold_words`] folds it, without
/// allocating for ASCII words.
fn fold_into(word: &str, key: &mut String) {
    if word.len() > 2 && word.ends_with('.') && word.matches('.').count() > 1 {
        // An initialism is a word per letter, as `fold_words` splits it: "u n".
        let letters: Vec<String> = word.split('.').filter(|l| !l.is_empty()).map(str::to_lowercase).collect();
        key.push_str(&letters.join(" "));
    } else if word.is_ascii() {
        key.extend(word.chars().filter(|&c| c != '\'' && c != '.').map(|c| c.to_ascii_lowercase()));
    } else {
        key.push_str(&names::fold_words(word).concat());
    }
}

/// Reads titles as [`names::title_key`] folds them.
#[derive(Clone, Copy)]
struct TitleFold;

impl Fold for TitleFold {
    fn word(&self, text: &str, first: bool, key: &mut String) -> Option<(usize, bool)> {
        if text.starts_with('&') && !first {
            key.push_str("and");
            return Some((1, false));
        }
        let len = word_len(text);
        let word = &text[..len];
        if len == 0 || !(title_case(word) || mixed_abbreviation(word)) {
            return None;
        }
        // A closing bracket right after a word belongs to the title: "(HM Treasury)".
        let taken = len + usize::from(text[len..].starts_with(')'));
        if !first && word.eq_ignore_ascii_case("the") {
            return Some((taken, true));
        }
        if word.eq_ignore_ascii_case("defence") {
            key.push_str("defense");
        } else {
            fold_into(word, key);
        }
        Some((taken, false))
    }

    fn gap(&self, text: &str) -> Option<usize> {
        // A hyphen ("Vice-President", "14-19"), or spaces on one line with a
        // comma before them ("Digital, Culture") or an opening bracket after
        // them ("Whip (HM Treasury)"): title_key splits on all of them.
        if text.starts_with('-') && text[1..].starts_with(char::is_alphanumeric) {
            return Some(1);
        }
        let comma = usize::from(text.starts_with(','));
        let spaces = text[comma..].bytes().take(4).take_while(|&b| b == b' ').count();
        let bracket = usize::from(spaces > 0 && text[comma + spaces..].starts_with('('));
        (spaces > 0).then_some(comma + spaces + bracket)
    }
}

/// Reads people's names word by word, each capitalised or a particle.
#[derive(Clone, Copy)]
struct NameFold;

impl Fold for NameFold {
    fn word(&self, text: &str, first: bool, key: &mut String) -> Option<(usize, bool)> {
        let len = word_len(text);
        let word = &text[..len];
        let capitalised = word.starts_with(char::is_uppercase);
        if len == 0 || !(capitalised || (!first && people::kinds(word).any(people::Kinds::PARTICLE))) {
            return None;
        }
        fold_into(word, key);
        Some((len, false))
    }

    fn gap(&self, text: &str) -> Option<usize> {
        if text.starts_with('-') {
            return Some(1);
        }
        let spaces = text.bytes().take(4).take_while(|&b| b == b' ').count();
        (spaces > 0).then_some(spaces)
    }
}

/// The length of the word `text` starts with: letters, digits and
/// apostrophes inside it ("O'Brien"), and a period after a single letter
/// ("J.").
fn word_len(text: &str) -> usize {
    let mut len = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || ((c == '\'' || c == '’') && i > 0) {
            len = i + c.len_utf8();
        } else {
            break;
        }
        if len > 64 {
            return 0;
        }
    }
    if len > 0 && text[len..].starts_with('.') && text[..len].chars().count() == 1 {
        len += 1;
        // An initialism: "U.N.", "U.S.A.", one word of single letters.
        while let Some(c) = text[len..].chars().next().filter(|c| c.is_alphabetic())
            && text[len + c.len_utf8()..].starts_with('.')
        {
            len += c.len_utf8() + 1;
        }
    }
    len
}

/// Whether a title word is written as a title is: "Minister", "minister",
/// "MINISTER" — not "mInister".
/// An abbreviation in mixed case, capitals at both ends: "BoE", "PBoC".
fn mixed_abbreviation(word: &str) -> bool {
    let b = word.as_bytes();
    (3..=5).contains(&b.len())
        && b.iter().all(u8::is_ascii_alphabetic)
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
}

pub(crate) fn title_case(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return true };
    let rest = chars.as_str();
    rest.chars().all(|c| !c.is_uppercase()) || (first.is_uppercase() && rest.chars().all(|c| !c.is_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_table_finds_words_of_every_length_in_place_and_in_any_case() {
        // One word of each length, each its own class bit, some sharing a
        // first seven bytes with a longer one.
        let words: Vec<String> = (1..=30).map(|n| "abcdefghijklmnopqrstuvwxyz0123".chars().take(n).collect()).collect();
        let table = WordTable::new(words.iter().enumerate().map(|(i, w)| (w.clone(), Class(1 << i))).collect());
        for (i, w) in words.iter().enumerate() {
            let text = format!("{} {} ", w.to_uppercase(), w);
            assert_eq!(table.class(text.as_bytes(), 0, w.len()), Class(1 << i), "{w}");
            // At the end of a text, with fewer than eight bytes after it.
            assert_eq!(table.class(w.as_bytes(), 0, w.len()), Class(1 << i), "{w}");
            assert_eq!(table.class(text.as_bytes(), w.len() + 1, w.len()), Class(1 << i), "{w}");
        }
        // A word the table does not hold, short or long, has no class.
        for w in ["abd", "abcdefh", "abcdefghx", "zz"] {
            assert_eq!(table.class(w.as_bytes(), 0, w.len()), Class::NONE, "{w}");
        }
        // The same word twice adds its classes together.
        let twice = WordTable::new(vec![("the".into(), Class(1)), ("THE".to_lowercase(), Class(2))]);
        assert_eq!(twice.class(b"The", 0, 3), Class(3));
    }

    fn lexicon() -> Lexicon {
        let mut b = Builder::new();
        b.title("Brexit Secretary")
            .title("Chancellor of the Duchy of Lancaster")
            .title("Secretary of State for Digital, Culture, Media and Sport")
            .person("Ursula von der Leyen")
            .jurisdiction(Jurisdiction {
                code: "XK".into(),
                name: "Kosovo".into(),
                names: vec!["Kosovo".into()],
                demonyms: vec!["Kosovar".into()],
            });
        b.build()
    }

    #[test]
    fn every_country_of_the_base_vocabulary_is_read_by_its_forms() {
        let lx = Builder::new().build();
        assert!(lx.jurisdictions().len() >= 249);
        assert_eq!(
            lx.jurisdiction_prefix("Spanish Prime Minister").map(|(f, j)| (f, j.code.as_str())),
            Some(("Spanish", "ES"))
        );
        assert_eq!(lx.jurisdiction_prefix("South Korean President").unwrap().1.code, "KR");
        assert_eq!(lx.jurisdiction_prefix("United States of America's").unwrap().0, "United States of America");
        assert!(lx.jurisdiction_prefix("USBC").is_none(), "a form ends at a word boundary");
        assert!(lx.class_of("nigerian").any(Class::JURISDICTION));
        assert!(lx.class_of("south").any(Class::JURISDICTION_FIRST));
    }

    #[test]
    fn claim_files_add_titles_names_and_jurisdictions() {
        let lx = lexicon();
        assert_eq!(lx.known_title_len("Brexit Secretary David Davis"), Some("Brexit Secretary".len()));
        assert_eq!(lx.known_title_len("brexit secretary said"), Some(16));
        assert_eq!(lx.known_title_len("BrExit Secretary"), None, "not in a title's case");
        let long = "Chancellor of the Duchy of Lancaster Michael Gove";
        assert_eq!(lx.known_title_len(long), Some("Chancellor of the Duchy of Lancaster".len()));
        let listed = "Secretary of State for Digital, Culture, Media and Sport Nadine Dorries";
        assert_eq!(lx.known_title_len(listed), Some(listed.len() - " Nadine Dorries".len()));
        assert!(lx.class_of("Brexit").any(Class::KNOWN_TITLE_FIRST | Class::OFFICE_CUE));
        assert_eq!(lx.known_name_len("Ursula von der Leyen said"), Some("Ursula von der Leyen".len()));
        assert_eq!(lx.known_name_len("Ursula said"), None);
        assert_eq!(lx.jurisdiction_prefix("Kosovar President").unwrap().1.code, "XK");
        assert_eq!(lx.jurisdiction("XK").unwrap().name, "Kosovo");
        // The base lexicon knows none of them.
        let base = Builder::new().build();
        assert_eq!(base.known_title_len("Brexit Secretary David Davis"), None);
        assert!(base.jurisdiction("XK").is_none());
    }

    #[test]
    fn no_capacity_limit_a_ledger_can_reach() {
        let mut b = Builder::new();
        let words: Vec<String> = (0..50_000).map(|i| format!("portfolio{i}")).collect();
        b.words(words.iter().map(String::as_str), Class::PORTFOLIO);
        let long = "a".repeat(40);
        b.words([long.as_str()], Class::HEAD);
        for i in 0..20_000 {
            b.title(&format!("Minister for Region {i}"));
        }
        let lx = b.build();
        assert!(lx.class_of("PORTFOLIO49999").any(Class::PORTFOLIO));
        assert!(lx.class_of(&long).any(Class::HEAD), "a word longer than the packed key");
        assert_eq!(lx.known_title_len("Minister for Region 19999 X"), Some("Minister for Region 19999".len()));
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
}
