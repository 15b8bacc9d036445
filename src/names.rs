//! Keys for person names and office titles, shared by the claim-file index
//! and normalisation so that both sides of a comparison fold text the same way.
//!
//! A person key ignores name order ("Koizumi Shinjiro" = "Shinjiro Koizumi"),
//! case ("KISHIDA Fumio"), diacritics ("Shinjirō"), romanisation ("Yun" =
//! "Yoon", from `vocab/name_forms.tsv`), honorifics ("Mr", "Gen."),
//! patronymic markers ("bin"), Arabic articles ("al-") and a quoted
//! nickname. It keeps initials and suffixes, so that the claim files can
//! hold "George W. Bush" and "George H. W. Bush", or a Jr. and a Sr.; forms
//! of one name that differ in them, or in middle names, are matched by
//! [`may_be_one_person`]. [`NameParts`] says which words are the family
//! name. A title key ignores case, diacritics, periods and the British
//! spelling "defence".

use unicode_normalization::UnicodeNormalization;

use crate::vocab::name_forms;
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
    // Honorifics and ranks are short words: a longer one is looked up as nothing.
    let fold = |w: &str| if w.len() > 12 { String::new() } else { fold_words(w).concat() };
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

/// A person's name taken apart for identity: its name words folded (case,
/// accents, romanisation) and which of them are the family name.
///
/// # Example
/// ```
/// use factdiff::names::NameParts;
/// let p = NameParts::of("Robert J. Hale III");
/// assert_eq!(p.words, ["robert", "hale"]);
/// assert_eq!(p.family, ["hale"]);
/// assert_eq!(NameParts::of("Marine Le Pen").family, ["le pen"]);
/// assert_eq!(NameParts::of("ISHIBA Shigeru").family, ["ishiba"]);
/// assert!(NameParts::of("Le Pen").short);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NameParts {
    /// The name words in written order, folded, in the spelling keys use
    /// (`vocab/name_forms.tsv`: "Yun" → "yoon"); without honorifics,
    /// initials, generational suffixes, a quoted nickname, patronymic
    /// markers ("bin") and Arabic articles ("al-"); particles kept ("le").
    /// A hyphenated word is two ("Jae-myung" → "jae", "myung"), as "Jae
    /// Myung" is.
    pub words: Vec<String>,
    /// The family name as keys, its words joined by spaces ("le pen",
    /// "long bailey"): the likeliest reading first, and a second for a name
    /// that may be written family name first ("Lee Jae-myung": "jae myung"
    /// and "lee"). Empty only for a name with no name words.
    pub family: Vec<String>,
    /// Whether the name is a family name alone ("Blair", "Le Pen").
    pub short: bool,
    /// Initials, lower case ("George W. Bush" → `w`).
    pub initials: Vec<char>,
    /// A generational suffix, folded ("jr", "iii").
    pub suffix: Option<String>,
    /// A nickname written in quotes or brackets inside the name, folded
    /// ("Rajiv Ranjan 'Lalan' Singh" → "lalan").
    pub nickname: Option<String>,
}

/// One name word as written, with its folded words.
struct Token<'a> {
    raw: &'a str,
    folded: Vec<String>,
    particle: bool,
}

impl NameParts {
    /// Takes a name apart (see [`NameParts`]).
    pub fn of(name: &str) -> NameParts {
        let mut raw: Vec<&str> = Vec::new();
        // Where an inverted name's comma stands ("Koizumi, Shinjiro"): the words before it are the family name.
        let mut comma: Option<usize> = None;
        for piece in name.split_whitespace() {
            for (i, part) in piece.split(',').enumerate() {
                if i > 0 && comma.is_none() && !raw.is_empty() {
                    comma = Some(raw.len());
                }
                if !part.is_empty() {
                    raw.push(part);
                }
            }
        }
        let skip = honorific_words(&raw);
        let mut parts = NameParts::default();
        let mut tokens: Vec<Token<'_>> = Vec::with_capacity(raw.len());
        let mut comma_token = None;
        for (i, &w) in raw.iter().enumerate().skip(skip) {
            if comma == Some(i) {
                comma_token = Some(tokens.len());
            }
            if let Some(nick) = quoted(w) {
                parts.nickname = Some(fold_words(nick).concat());
                continue;
            }
            if let Some(initials) = initials(w) {
                parts.initials.extend(initials);
                continue;
            }
            let folded = fold_words(w);
            let [one] = folded.as_slice() else {
                tokens.extend(name_token(w, folded));
                continue;
            };
            let k = kinds(one);
            if k.any(Kinds::SUFFIX) && !tokens.is_empty() {
                parts.suffix = Some(one.clone());
            } else if k.any(Kinds::PATRONYMIC) || (matches!(one.as_str(), "al" | "el") && w.starts_with(['a', 'e'])) {
                // "bin", and an Arabic article written apart ("Bashar al Assad").
            } else {
                let particle = k.any(Kinds::PARTICLE);
                tokens.push(Token { raw: w, folded: vec![names_form(one.clone())], particle });
            }
        }
        if tokens.is_empty() {
            // A name that is all initials or honorifics keeps what it has.
            if let Some(s) = parts.suffix.take() {
                parts.words.push(s);
            }
            parts.short = true;
            return parts;
        }
        let key = |ts: &[Token<'_>]| {
            ts.iter().flat_map(|t| t.folded.iter().map(String::as_str)).collect::<Vec<_>>().join(" ")
        };
        let n = tokens.len();
        let caps: Vec<usize> = (0..n).filter(|&i| in_capitals(tokens[i].raw)).collect();
        let family_first = (2..=3).contains(&n)
            && tokens[0].folded.len() == 1
            && name_forms::family_first(&tokens[0].folded[0])
            && (n == 3 || tokens[1].folded.len() > 1 || !name_forms::also_given(&tokens[0].folded[0]));
        // "Pham Van Dong": after a family name written first, "Van" is a middle name.
        let particle = (0..n - 1).find(|&i| tokens[i].particle).filter(|_| !family_first);
        if n == 1 {
            parts.family.push(key(&tokens));
            parts.short = true;
        } else if let Some(c) = comma_token.filter(|&c| c > 0 && c < n) {
            parts.family.push(key(&tokens[..c]));
        } else if !caps.is_empty() && caps.len() < n && caps.windows(2).all(|w| w[1] == w[0] + 1) {
            // "ISHIBA Shigeru", "Shigeru ISHIBA": a family name in capitals beside a given name that is not.
            parts.family.push(key(&tokens[caps[0]..=caps[caps.len() - 1]]));
        } else if let Some(p) = particle {
            // "Marine Le Pen", "Ursula von der Leyen"; "Le Pen" alone is a family name.
            parts.family.push(key(&tokens[p..]));
            parts.short = tokens[..n - 1].iter().all(|t| t.particle);
        } else {
            parts.family.push(key(&tokens[n - 1..]));
            if family_first {
                parts.family.push(tokens[0].folded[0].clone());
            }
        }
        parts.words = tokens.into_iter().flat_map(|t| t.folded).collect();
        parts
    }

    /// Every key a later mention may refer to this person by: the family
    /// names, and a nickname.
    pub fn refs(&self) -> impl Iterator<Item = &str> {
        self.family.iter().map(String::as_str).chain(self.nickname.as_deref())
    }
}

/// The name words of one written word: an Arabic article joined by a
/// hyphen is left out ("al-Assad" → "assad"); other words keep every part.
fn name_token(raw: &str, folded: Vec<String>) -> Option<Token<'_>> {
    let mut folded: Vec<String> = folded.into_iter().map(names_form).collect();
    if folded.len() > 1 && matches!(folded[0].as_str(), "al" | "el") {
        folded.remove(0);
    }
    (!folded.is_empty()).then_some(Token { raw, folded, particle: false })
}

/// The spelling identity keys use for a folded name word.
fn names_form(folded: String) -> String {
    match name_forms::canonical(&folded) {
        same if same == folded => folded,
        other => other.to_string(),
    }
}

/// The inside of a word in quotes or brackets ("'Lalan'", "“Lalan”", "(Lalan)").
fn quoted(word: &str) -> Option<&str> {
    const OPEN: [char; 5] = ['\'', '"', '‘', '“', '('];
    const CLOSE: [char; 5] = ['\'', '"', '’', '”', ')'];
    let inner = word.strip_prefix(OPEN)?.strip_suffix(CLOSE)?;
    (inner.chars().filter(|c| c.is_alphabetic()).count() >= 2).then_some(inner)
}

/// The letters of a word of initials ("J.", "J", "H.W.", and "JD" or "JP"
/// written together), lower case. Two or three capitals with a vowel
/// ("XI", "LEE") are a family name in capitals instead.
fn initials(word: &str) -> Option<Vec<char>> {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let all_single = word.split('.').all(|p| p.chars().count() <= 1);
    let run_together = (2..=3).contains(&letters.len())
        && letters.len() == word.len()
        && !letters.iter().any(|c| "AEIOUY".contains(*c));
    let initials = !letters.is_empty()
        && letters.iter().all(|c| c.is_uppercase())
        && (letters.len() == 1 || all_single || run_together);
    initials.then(|| letters.iter().flat_map(|c| c.to_lowercase()).collect())
}

/// Whether a word is written in capitals (two letters or more): a family
/// name set off from the given name ("KISHIDA").
fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Lower-case ASCII-folded words of `text`: diacritics dropped, every
/// non-alphanumeric character a separator (apostrophes join: "O'Brien" → "obrien").
pub fn fold_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        // One plain word (nearly every call): itself, lower-cased.
        return vec![text.to_ascii_lowercase()];
    }
    if text.is_ascii() {
        // ASCII decomposes to itself and has no combining marks: most names.
        // A word is a run of letters, digits and apostrophes, without its
        // apostrophes; each is allocated once, at its length.
        for piece in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'')) {
            let letters = piece.bytes().filter(|&b| b != b'\'').count();
            if letters > 0 {
                let mut word = String::with_capacity(letters);
                word.extend(piece.bytes().filter(|&b| b != b'\'').map(|b| char::from(b.to_ascii_lowercase())));
                words.push(word);
            }
        }
        return words;
    }
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

/// The order-free identity key of a person's name: its name words, initials
/// and suffix (see [`NameParts`]), sorted.
///
/// # Example
/// ```
/// use factdiff::names::person_key;
/// assert_eq!(person_key("Koizumi Shinjiro"), person_key("Shinjirō KOIZUMI"));
/// assert_eq!(person_key("Mr. Blair"), person_key("Blair"));
/// assert_eq!(person_key("Yun Seok-yol"), person_key("Yoon Suk Yeol"));
/// ```
pub fn person_key(name: &str) -> String {
    key_of(&NameParts::of(name))
}

/// [`person_key`] of a name already taken apart.
pub fn key_of(parts: &NameParts) -> String {
    let mut words: Vec<String> = parts.words.clone();
    words.extend(parts.initials.iter().map(char::to_string));
    words.extend(parts.suffix.clone());
    words.sort_unstable();
    words.join(" ")
}

/// The family-name key of a person ([`NameParts::family`], its likeliest
/// reading): used to resolve short mentions ("Minister Kishida").
pub fn surname_key(name: &str) -> Option<String> {
    NameParts::of(name).family.into_iter().next()
}

/// Every family-name key of a person's name: the likeliest first, then a
/// reading with the family name first ("Lee Jae-myung" → "jae myung", "lee").
pub fn surname_keys(name: &str) -> Vec<String> {
    NameParts::of(name).family
}

/// Whether two names may name one person: one's name words are all among
/// the other's ("Robert Hale" and "Robert J. Hale III"; "Nakasone" and
/// "Yasuhiro Nakasone"; "Lee Jae-myung" and "Jae Myung Lee"), and neither
/// their suffixes ("Jr." and "III") nor, when both have them, their
/// initials ("George W. Bush" and "George H. W. Bush") differ.
///
/// # Example
/// ```
/// use factdiff::names::{NameParts, may_be_one_person};
/// let one = |a: &str, b: &str| may_be_one_person(&NameParts::of(a), &NameParts::of(b));
/// assert!(one("Robert J. Hale III", "Robert Hale"));
/// assert!(!one("Jean-Marie Le Pen", "Marine Le Pen"));
/// assert!(!one("Ferdinand Marcos Jr.", "Ferdinand Marcos Sr."));
/// ```
pub fn may_be_one_person(a: &NameParts, b: &NameParts) -> bool {
    if a.suffix.is_some() && b.suffix.is_some() && a.suffix != b.suffix {
        return false;
    }
    if !a.initials.is_empty() && !b.initials.is_empty() && a.initials != b.initials {
        return false;
    }
    let (small, large) = if a.words.len() <= b.words.len() { (a, b) } else { (b, a) };
    if small.words.is_empty() {
        return false;
    }
    let mut used = vec![false; large.words.len()];
    small.words.iter().all(|w| match (0..large.words.len()).find(|&j| !used[j] && large.words[j] == *w) {
        Some(j) => {
            used[j] = true;
            true
        }
        None => false,
    })
}

/// Splits a word that runs two capitalised words together ("MargaretThatcher"
/// → "Margaret Thatcher"), at its first lower-case letter followed by a
/// capital. Whether the split names someone is for the caller to decide:
/// "McDonald" and "LeBlanc" are written so.
pub fn unglue(word: &str) -> Option<String> {
    if word.contains(char::is_whitespace) {
        return None;
    }
    let mut prev: Option<char> = None;
    for (i, c) in word.char_indices() {
        if c.is_uppercase()
            && prev.is_some_and(char::is_lowercase)
            && word[i..].chars().nth(1).is_some_and(char::is_lowercase)
        {
            return Some(format!("{} {}", &word[..i], &word[i..]));
        }
        prev = Some(c);
    }
    None
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
    if a.len().abs_diff(b.len()) > max * 4 {
        // Each char is at most four bytes: the lengths in chars differ by more than `max`.
        return None;
    }
    if a.is_ascii() && b.is_ascii() {
        if a.len().abs_diff(b.len()) > max {
            return None;
        }
        if a.len() < 48 && b.len() < 48 {
            return distance_of(a.as_bytes(), b.as_bytes(), max, &mut [[0usize; 49]; 3]);
        }
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let (mut before, mut prev, mut cur) = (vec![0; b.len() + 1], vec![0; b.len() + 1], vec![0; b.len() + 1]);
    distance_rows(&a, &b, max, &mut before, &mut prev, &mut cur)
}

/// [`edit_distance_within`] of two short ASCII words, in rows on the stack.
fn distance_of(a: &[u8], b: &[u8], max: usize, rows: &mut [[usize; 49]; 3]) -> Option<usize> {
    let [before, prev, cur] = rows;
    distance_rows(a, b, max, &mut before[..=b.len()], &mut prev[..=b.len()], &mut cur[..=b.len()])
}

/// The capped edit distance of two sequences, in three rows of `b.len() + 1`.
fn distance_rows<'r, T: PartialEq + Copy>(
    a: &[T],
    b: &[T],
    max: usize,
    mut before: &'r mut [usize],
    mut prev: &'r mut [usize],
    mut cur: &'r mut [usize],
) -> Option<usize> {
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
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
    compare_parts(&NameParts::of(written), &NameParts::of(other))
}

/// [`compare_names`] of names already taken apart.
pub fn compare_parts(written: &NameParts, other: &NameParts) -> NameMatch {
    let words = |n: &NameParts| -> Vec<usize> {
        (0..n.words.len()).filter(|&i| n.words[i].chars().nth(1).is_some()).take(8).collect()
    };
    let (ai, bi) = (words(written), words(other));
    let a: Vec<&str> = ai.iter().map(|&i| written.words[i].as_str()).collect();
    let b: Vec<&str> = bi.iter().map(|&i| other.words[i].as_str()).collect();
    if a.is_empty() || b.is_empty() {
        return NameMatch::Different;
    }
    if a.len() == 1 {
        return if b.contains(&a[0]) {
            NameMatch::Same
        } else if b.iter().any(|w| near_word(a[0], w)) {
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
            None => unpaired.push(*w),
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
    fn initials_and_suffixes_do_not_make_another_person() {
        let one = |a: &str, b: &str| may_be_one_person(&NameParts::of(a), &NameParts::of(b));
        let hale = NameParts::of("Robert J. Hale III");
        assert_eq!(hale.words, ["robert", "hale"]);
        assert_eq!((hale.initials.as_slice(), hale.suffix.as_deref()), (&['j'][..], Some("iii")));
        assert!(one("Robert J. Hale III", "Robert Hale"));
        assert!(one("Robert Hale", "Robert James Hale"), "a middle name");
        assert!(one("Hale", "Robert J. Hale III"), "a family name alone");
        // Two people: another given name, another suffix, other initials.
        assert!(!one("Robert Hale", "Mary Hale"));
        assert!(!one("Robert Hale Jr.", "Robert Hale Sr."));
        assert!(!one("Paul A. Rowe", "Paul B. Rowe"));
        // The exact key keeps them, so the claim files can hold both.
        assert_ne!(person_key("Robert Hale Jr."), person_key("Robert Hale Sr."));
    }

    #[test]
    fn initials_written_together_are_initials() {
        assert_eq!(person_key("JD Vance"), person_key("J.D. Vance"));
        assert_eq!(person_key("JP Nadda"), person_key("J. P. Nadda"));
        // Capitals with a vowel are a family name in capitals.
        assert_eq!(surname_key("XI Jinping").as_deref(), Some("xi"));
        assert_eq!(surname_key("LEE Jae-myung").as_deref(), Some("lee"));
    }

    #[test]
    fn a_family_name_in_capitals_is_the_family_name_in_either_order() {
        assert_eq!(surname_key("TANAKA Hiroko").as_deref(), Some("tanaka"));
        assert_eq!(surname_key("Hiroko TANAKA").as_deref(), Some("tanaka"));
        assert_eq!(person_key("TANAKA Hiroko"), person_key("Hiroko Tanaka"));
        // A name all in capitals (a headline) says nothing of order.
        assert_eq!(surname_key("HIROKO TANAKA").as_deref(), Some("tanaka"));
    }

    #[test]
    fn romanisations_and_macrons_are_one_spelling() {
        assert_eq!(person_key("Tarō Kōno"), person_key("Taro Kouno"));
        assert_eq!(person_key("Mohammad Rafiq"), person_key("Muhammad Rafiq"));
        assert_eq!(person_key("Mohamed Rafiq"), person_key("Muhammad Rafiq"));
        assert_eq!(person_key("Yun Seok-yol"), person_key("Yoon Suk Yeol"));
        assert_ne!(person_key("Muhammad Rafiq"), person_key("Ahmad Rafiq"));
    }

    #[test]
    fn a_hyphenated_given_name_is_its_words() {
        assert_eq!(person_key("Pak Jae-min"), person_key("Pak Jae Min"));
        assert_eq!(person_key("Pak Jae-min"), person_key("Jae-min Park"), "order and romanisation");
    }

    #[test]
    fn family_names_written_first_are_read_both_ways() {
        assert_eq!(surname_keys("Pak Jae-min"), ["jae min", "park"]);
        assert_eq!(surname_keys("Kim Dowling"), ["dowling"], "an English given name");
        assert_eq!(surname_keys("Kim Do-hyun"), ["do hyun", "kim"], "before a hyphenated given name");
        assert_eq!(surname_keys("Wu Jianmin"), ["jianmin", "wu"]);
        assert_eq!(surname_keys("Anna Dowling"), ["dowling"]);
        assert_eq!(surname_keys("Rui Xu Min Lee"), ["lee"], "four words: given name first");
    }

    #[test]
    fn particles_belong_to_the_family_name() {
        let fey = NameParts::of("Morgana Le Fey");
        assert_eq!((fey.family.as_slice(), fey.short), (&["le fey".to_string()][..], false));
        assert!(NameParts::of("Le Fey").short, "a family name with its particle is a short mention");
        assert_eq!(person_key("Le Fey"), "fey le");
        assert_eq!(NameParts::of("Greta von der Aue").family, ["von der aue"]);
        assert_eq!(NameParts::of("Joao Dias da Costa").family, ["da costa"]);
        assert_eq!(NameParts::of("Tran Van Minh").family, ["minh", "tran"], "a Vietnamese middle name");
        // Patronymic markers and Arabic articles are no part of the key.
        assert_eq!(person_key("Karim bin Rashid"), person_key("Karim Rashid"));
        assert_eq!(person_key("Omar al-Farsi"), person_key("Omar Farsi"));
        assert_eq!(person_key("Omar al Farsi"), person_key("Omar Farsi"));
        assert_eq!(person_key("Al Farsi"), "al farsi", "a given name Al is a name");
    }

    #[test]
    fn a_quoted_nickname_is_no_part_of_the_name_but_refers_to_the_person() {
        let p = NameParts::of("Arjun Prakash 'Bablu' Rao");
        assert_eq!(person_key("Arjun Prakash 'Bablu' Rao"), person_key("Arjun Prakash Rao"));
        assert_eq!(person_key("Arjun Prakash “Bablu” Rao"), person_key("Arjun Prakash Rao"));
        assert_eq!(p.nickname.as_deref(), Some("bablu"));
        assert!(p.refs().any(|r| r == "bablu") && p.refs().any(|r| r == "rao"));
    }

    #[test]
    fn words_run_together_split_at_the_capital() {
        assert_eq!(unglue("HelenaMarsh").as_deref(), Some("Helena Marsh"));
        assert_eq!(unglue("McDonald").as_deref(), Some("Mc Donald"), "a split to be checked against known names");
        assert_eq!(unglue("Marsh"), None);
        assert_eq!(unglue("NATO"), None);
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
    fn the_ascii_path_of_the_edit_distance_is_the_general_one() {
        let words = ["", "a", "ab", "ba", "kishida", "kishi", "takaichi", "takiachi", "koizumi", "koizimu", "hegseth"];
        for a in words {
            for b in words {
                for max in 0..4 {
                    let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                    let general = if ca.len().abs_diff(cb.len()) > max {
                        None
                    } else {
                        let n = cb.len() + 1;
                        distance_rows(&ca, &cb, max, &mut vec![0; n], &mut vec![0; n], &mut vec![0; n])
                    };
                    assert_eq!(edit_distance_within(a, b, max), general, "{a} {b} {max}");
                }
            }
        }
        assert_eq!(edit_distance_within("shinjirō", "shinjiro", 1), Some(1));
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
