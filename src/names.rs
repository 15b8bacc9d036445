//! Keys for person names and office titles, shared by the claim-file index
//! and normalisation so that both sides of a comparison fold text the same way.
//!
//! A person key ignores name order ("Koizumi Shinjiro" = "Shinjiro Koizumi"),
//! case ("KISHIDA Fumio"), diacritics ("Shinjirō") and honorifics ("Mr",
//! "Gen."). A title key ignores case, diacritics, periods and the British
//! spelling "defence".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Words that stand before a name but are not part of it.
const HONORIFICS: &[&str] = &[
    "adm", "admiral", "baroness", "brig", "capt", "col", "dame", "dato", "datuk", "dr", "gen", "general", "hon",
    "lady", "lord", "lt", "maj", "madam", "mr", "mrs", "ms", "mx", "prof", "rep", "rev", "sen", "seri", "sir", "sri",
    "tan",
];

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

/// The order-free identity key of a person's name.
///
/// # Example
/// ```
/// use factdiff::names::person_key;
/// assert_eq!(person_key("Koizumi Shinjiro"), person_key("Shinjirō KOIZUMI"));
/// assert_eq!(person_key("Mr. Blair"), person_key("Blair"));
/// ```
pub fn person_key(name: &str) -> String {
    let mut words: Vec<String> = fold_words(name).into_iter().filter(|w| !HONORIFICS.contains(&w.as_str())).collect();
    words.sort_unstable();
    words.join(" ")
}

/// The family-name key of a person: the folded last word of a name written
/// given-name first. Used to resolve short mentions ("Minister Kishida").
pub fn surname_key(name: &str) -> Option<String> {
    fold_words(name).into_iter().rfind(|w| !HONORIFICS.contains(&w.as_str()) && !SUFFIXES.contains(&w.as_str()))
}

/// Words after a family name that are not the family name ("Jr.", "III").
const SUFFIXES: &[&str] = &["ii", "iii", "iv", "jr", "sr"];

/// The identity key of an office title ("Defence Secretary" = "defense secretary").
pub fn title_key(title: &str) -> String {
    fold_words(&title.replace('&', " and "))
        .into_iter()
        .filter(|w| w != "the")
        .map(|w| if w == "defence" { "defense".to_string() } else { w })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Levenshtein distance between two keys, capped: returns `None` as soon
/// as the distance must exceed `max`. Linear memory, `O(len * max)` time.
pub fn edit_distance_within(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(edit_distance_within("takaichi", "takiachi", 2), Some(2));
        assert_eq!(edit_distance_within("kishida", "kissinger", 2), None);
    }
}
