//! Keys for person names and office titles, shared by the claim-file index
//! and normalisation so that both sides of a comparison fold text the same way.
//!
//! A person key ignores name order ("Koizumi Shinjiro" = "Shinjiro Koizumi"),
//! case ("KISHIDA Fumio"), diacritics ("Shinjirō") and honorifics ("Mr",
//! "Gen."). A title key ignores case, diacritics, periods and the British
//! spelling "defence".

use unicode_normalization::UnicodeNormalization;

use crate::vocab::people::{self, Kinds};
use unicode_normalization::char::is_combining_mark;

/// The kinds `people.tsv` gives a folded word ("mr", "gen", "bin", "jr").
fn kinds(folded: &str) -> Kinds {
    people::folded_kinds(folded)
}

/// How many leading words of `words` (raw, as written, split on spaces) are
/// honorifics or ranks, never all of them.
///
/// A rank with a period ("Gen.") is always a rank; without one ("Gen") only
/// when two or more name words follow. "Tan Sri" and "Dato' Seri" are
/// honorifics; "Tan" alone is a family name.
pub fn honorific_words(words: &[&str]) -> usize {
    let fold = |w: &str| fold_words(w).join("");
    let mut n = 0;
    while n + 1 < words.len() {
        let raw = words[n];
        let w = fold(raw);
        let remaining = words.len() - n - 1;
        let k = kinds(&w);
        let strip = if k.any(Kinds::HONORIFIC) {
            true
        } else if k.any(Kinds::RANK) {
            raw.ends_with('.') || remaining >= 2
        } else if k.any(Kinds::OPENER) {
            words.get(n + 1).is_some_and(|next| kinds(&fold(next)).any(Kinds::SECOND)) && remaining >= 2
        } else {
            n > 0 && k.any(Kinds::SECOND)
        };
        if !strip {
            break;
        }
        n += 1;
    }
    n
}

/// The folded words of a person's name without its leading honorifics.
fn name_words(name: &str) -> Vec<String> {
    let raw: Vec<&str> = name.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let skip = honorific_words(&raw);
    raw[skip..].iter().flat_map(|w| fold_words(w)).collect()
}

/// Lower-case ASCII-folded words of `text`: diacritics dropped, every
/// non-alphanumeric character a separator (apostrophes join: "O'Brien" → "obrien").
pub fn fold_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in text.nfkd() {
        if is_combining_mark(c) || c == '\'' || c == '’' {
            continue;
        }
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The words of [`fold_words`], folded into buffers that are reused from one
/// text to the next: for callers that fold a text per claim.
#[derive(Clone, Debug, Default)]
pub struct FoldedWords {
    text: String,
    /// Where each word ends in `text`; each starts where the one before ends.
    ends: Vec<usize>,
}

impl FoldedWords {
    /// Replaces the words with those of `text`, folded as [`fold_words`] does.
    pub fn fold(&mut self, text: &str) {
        self.text.clear();
        self.ends.clear();
        // ASCII decomposes to itself and has no combining marks.
        if text.is_ascii() {
            self.fold_ascii(text);
        } else {
            self.fold_unicode(text);
        }
    }

    fn fold_ascii(&mut self, text: &str) {
        self.fold_chars(text.chars(), |c| c == '\'');
    }

    fn fold_unicode(&mut self, text: &str) {
        self.fold_chars(text.nfkd(), |c| is_combining_mark(c) || c == '\'' || c == '’');
    }

    /// Appends the lower-cased words of `chars`, dropping the characters
    /// `skip` names (so "O'Brien" is one word).
    fn fold_chars(&mut self, chars: impl Iterator<Item = char>, skip: impl Fn(char) -> bool) {
        let mut in_word = false;
        for c in chars {
            if skip(c) {
                continue;
            }
            if c.is_alphanumeric() {
                self.text.extend(c.to_lowercase());
                in_word = true;
            } else if in_word {
                self.ends.push(self.text.len());
                in_word = false;
            }
        }
        if in_word {
            self.ends.push(self.text.len());
        }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Word `i`.
    pub fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }
}

/// The order-free identity key of a person's name.
///
/// # Example
/// ```
/// use factdiff::names::person_key;
/// assert_eq!(person_key("Koizumi Shinjiro"), person_key("Shinjirō KOIZUMI"));
/// assert_eq!(person_key("Mr. Blair"), person_key("Blair"));
/// ```
pub fn person_key(name: &str) -> String {
    let mut words: Vec<String> = name_words(name).into_iter().filter(|w| !kinds(w).any(Kinds::PATRONYMIC)).collect();
    words.sort_unstable();
    words.join(" ")
}

/// The family-name key of a person: the folded last word of a name written
/// given-name first. Used to resolve short mentions ("Minister Kishida").
pub fn surname_key(name: &str) -> Option<String> {
    name_words(name).into_iter().rfind(|w| !kinds(w).any(Kinds::SUFFIX))
}

/// The identity key of an office title ("Defence Secretary" = "defense secretary").
pub fn title_key(title: &str) -> String {
    fold_words(&title.replace('&', " and "))
        .into_iter()
        .filter(|w| w != "the")
        .map(|w| if w == "defence" { "defense".to_string() } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The edit distance between two keys, counting a swap of two neighbouring
/// letters as one edit ("Takiachi" → "Takaichi"), capped: returns `None` as
/// soon as the distance must exceed `max`. Three rows of memory, `O(len_a * len_b)` time.
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let mut d = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            if i > 0 && j > 0 && ca == b[j - 1] && a[i - 1] == cb {
                d = d.min(before[j - 1] + 1);
            }
            cur[j + 1] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

/// How many edits a name word may be from another and still read as a
/// misspelling of it, by the length of the shorter word: none up to four
/// letters ("Abe", "Suga" are too short to tell), one for five or six
/// ("Kozumi"), two from seven ("Koizimu", "Takiachi").
pub fn misspelling_allowance(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5 | 6 => 1,
        _ => 2,
    }
}

/// Whether two folded name words differ but lie within the misspelling allowance.
pub fn near_word(a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    let allowance = misspelling_allowance(a.chars().count().min(b.chars().count()));
    allowance > 0 && edit_distance_within(a, b, allowance).is_some()
}

/// How a written name stands to another name, word by word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameMatch {
    /// Every word of the written name is a word of the other ("Kishida" and
    /// "Fumio Kishida"; "Koizumi Shinjiro" and "Shinjiro Koizumi").
    Same,
    /// Every word pairs with a word of the other, at least one only within
    /// the misspelling allowance ("Pete Hegsath" and "Pete Hegseth";
    /// "Takiachi" and "Sanae Takaichi").
    Near,
    /// Anything else ("Fumio Kishida" and "Nobuo Kishi").
    Different,
}

/// Compares `written` with `other` word by word (surname against surname, in
/// any order; honorifics, patronymic markers and initials left out). A
/// one-word name is compared with each word of the other; a longer name
/// needs as many words as the other, each paired with one of its words.
///
/// # Example
/// ```
/// use factdiff::names::{NameMatch, compare_names};
/// assert_eq!(compare_names("Pete Hegsath", "Pete Hegseth"), NameMatch::Near);
/// assert_eq!(compare_names("Takiachi", "Sanae Takaichi"), NameMatch::Near);
/// assert_eq!(compare_names("Fumio Kishida", "Nobuo Kishi"), NameMatch::Different);
/// ```
pub fn compare_names(written: &str, other: &str) -> NameMatch {
    let words = |n: &str| -> Vec<String> {
        name_words(n)
            .into_iter()
            .filter(|w| w.chars().count() > 1 && !kinds(w).any(Kinds::PATRONYMIC))
            .take(8)
            .collect()
    };
    let (a, b) = (words(written), words(other));
    if a.is_empty() || b.is_empty() {
        return NameMatch::Different;
    }
    if a.len() == 1 {
        return if b.contains(&a[0]) {
            NameMatch::Same
        } else if b.iter().any(|w| near_word(&a[0], w)) {
            NameMatch::Near
        } else {
            NameMatch::Different
        };
    }
    if a.len() != b.len() {
        return NameMatch::Different;
    }
    let mut used = vec![false; b.len()];
    let mut unpaired = Vec::new();
    for w in &a {
        match b.iter().enumerate().position(|(j, x)| !used[j] && x == w) {
            Some(j) => used[j] = true,
            None => unpaired.push(w),
        }
    }
    if unpaired.is_empty() {
        return NameMatch::Same;
    }
    for w in unpaired {
        match b.iter().enumerate().position(|(j, x)| !used[j] && near_word(w, x)) {
            Some(j) => used[j] = true,
            None => return NameMatch::Different,
        }
    }
    NameMatch::Near
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_words_in_reused_buffers_are_the_folded_words() {
        let mut folded = FoldedWords::default();
        for text in [
            "",
            "  ",
            "O'Brien’s $55 billion",
            "Shinjirō KOIZUMI, Défense-Minister",
            "ﬁve ＵＳ dollars İstanbul",
            "the harbour fund",
            "a-b_c 2025-12-11!",
        ] {
            folded.fold(text);
            let words: Vec<&str> = (0..folded.len()).map(|i| folded.word(i)).collect();
            assert_eq!(words, fold_words(text), "{text:?}");
        }
        // The ASCII shortcut folds every ASCII character as the general path does.
        let every: String = (0u8..128).map(char::from).collect();
        let (mut fast, mut general) = (FoldedWords::default(), FoldedWords::default());
        for text in [every.clone(), every.chars().rev().collect(), "Rock'n'Roll 2025 O'NEIL".to_string()] {
            fast.fold_ascii(&text);
            general.fold_unicode(&text);
            assert_eq!((&fast.text, &fast.ends), (&general.text, &general.ends), "{text:?}");
            (fast, general) = (FoldedWords::default(), FoldedWords::default());
        }
    }

    #[test]
    fn person_keys_ignore_order_case_diacritics_and_honorifics() {
        let k = person_key("Shinjiro Koizumi");
        assert_eq!(person_key("Koizumi Shinjiro"), k);
        assert_eq!(person_key("KOIZUMI Shinjirō"), k);
        assert_eq!(person_key("Gen. Koizumi, Shinjiro"), k);
        assert_ne!(person_key("Fumio Kishida"), person_key("Shigenobu Kishida"));
    }

    #[test]
    fn surname_is_the_last_name_word() {
        assert_eq!(surname_key("Pete Hegseth").as_deref(), Some("hegseth"));
        assert_eq!(surname_key("Mr Blair").as_deref(), Some("blair"));
        assert_eq!(surname_key("Joseph R. Biden Jr.").as_deref(), Some("biden"));
    }

    #[test]
    fn title_keys_fold_spelling_and_punctuation() {
        assert_eq!(title_key("Defence Secretary"), title_key("defense secretary"));
        assert_eq!(title_key("Minister for Foreign Affairs"), "minister for foreign affairs");
        assert_eq!(title_key("the Secretary of State"), "secretary of state");
    }

    #[test]
    fn edit_distance_is_capped() {
        assert_eq!(edit_distance_within("hegseth", "hegsath", 2), Some(1));
        assert_eq!(edit_distance_within("takaichi", "takiachi", 2), Some(1), "a swap is one edit");
        assert_eq!(edit_distance_within("koizumi", "koizimu", 2), Some(2));
        assert_eq!(edit_distance_within("kishida", "kissinger", 2), None);
        assert_eq!(edit_distance_within("", "abc", 3), Some(3));
    }

    #[test]
    fn honorifics_and_ranks_lead_names() {
        assert_eq!(person_key("Gen Nakatani"), "gen nakatani", "a given name, not a rank");
        assert_eq!(person_key("Gen. Nakatani"), "nakatani", "with a period it is a rank");
        assert_eq!(person_key("Gen Charles Brown"), person_key("Charles Brown"));
        assert_eq!(person_key("Lt. Gen. John Smith"), person_key("John Smith"));
        assert_eq!(person_key("Dato' Seri Mohamad bin Hasan"), person_key("Mohamad Hasan"));
        assert_eq!(person_key("Tan Sri Muhyiddin Yassin"), person_key("Muhyiddin Yassin"));
        assert_eq!(person_key("Tony Tan"), "tan tony", "Tan alone is a family name");
        assert_eq!(person_key("Mr. Blair"), "blair");
        assert_eq!(person_key("Lord"), "lord", "a name is never stripped to nothing");
        assert_eq!(surname_key("Gen Nakatani").as_deref(), Some("nakatani"));
        assert_eq!(surname_key("Dr Reid").as_deref(), Some("reid"));
    }

    #[test]
    fn names_compare_word_by_word() {
        assert_eq!(compare_names("Pete Hegsath", "Pete Hegseth"), NameMatch::Near);
        assert_eq!(compare_names("Hegsath", "Pete Hegseth"), NameMatch::Near);
        assert_eq!(compare_names("Sanae Takiachi", "Sanae Takaichi"), NameMatch::Near);
        assert_eq!(compare_names("Koizimu", "Shinjiro Koizumi"), NameMatch::Near);
        assert_eq!(compare_names("Kozumi", "Koizumi Shinjiro"), NameMatch::Near);
        assert_eq!(compare_names("Nakatni", "Gen Nakatani"), NameMatch::Near);
        assert_eq!(compare_names("Shinjirō KOIZUMI", "Shinjiro Koizumi"), NameMatch::Same);
        assert_eq!(compare_names("Kishida", "Fumio Kishida"), NameMatch::Same);
        // Different people with close names.
        assert_eq!(compare_names("Fumio Kishida", "Nobuo Kishi"), NameMatch::Different);
        assert_eq!(compare_names("Kishi", "Fumio Kishida"), NameMatch::Different);
        assert_eq!(compare_names("Shigenobu Kishida", "Shinjiro Koizumi"), NameMatch::Different);
        assert_eq!(compare_names("Shigenobu Kishida", "Fumio Kishida"), NameMatch::Different);
        // Short names are too short to call a misspelling.
        assert_eq!(compare_names("Suga", "Yoshihide Sugo"), NameMatch::Different);
        assert_eq!(compare_names("Browne", "Gordon Brown"), NameMatch::Near);
    }
}
