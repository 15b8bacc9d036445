//! The lexing layer under every extractor: word boundaries, the spaces
//! between words, and nom failures, defined once.
//!
//! A word is a maximal run of alphanumeric characters (any script); a
//! mention starts only at a word start. Between the words of one mention
//! stand a few spaces on one line ([`sep`]).

use nom::bytes::complete::{tag_no_case, take_while_m_n};
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

/// A parser result over text.
pub type Res<'a, T> = IResult<&'a str, T>;

/// A recoverable "not here" error at `input`.
pub fn reject(input: &str, kind: ErrorKind) -> nom::Err<Error<&str>> {
    nom::Err::Error(Error::new(input, kind))
}

/// Fails at `input`: for checks nom has no combinator for.
pub fn fail<T>(input: &str) -> Res<'_, T> {
    Err(reject(input, ErrorKind::Verify))
}

/// nom's `tag_no_case` for an ASCII `word`, comparing bytes while the text
/// is ASCII. nom folds the case of every char through Unicode tables, which
/// cost a twentieth of a run in the date grammar's keywords alone. Folding
/// matters only where the text is not ASCII (the Kelvin sign folds to
/// "k"), and there nom's own `tag_no_case` decides, so what matches is
/// exactly what nom matches.
pub fn tag_no_case_ascii(word: &'static str) -> impl Fn(&str) -> Res<'_, &str> {
    debug_assert!(word.is_ascii());
    move |input: &str| {
        // Most calls fail at the first letter.
        if input.as_bytes().first().is_some_and(|b| b.is_ascii() && !b.eq_ignore_ascii_case(&word.as_bytes()[0])) {
            return Err(reject(input, ErrorKind::Tag));
        }
        let head = &input.as_bytes()[..word.len().min(input.len())];
        if head.len() == word.len() && head.eq_ignore_ascii_case(word.as_bytes()) {
            return Ok((&input[word.len()..], &input[..word.len()]));
        }
        if head.is_ascii() {
            return Err(reject(input, ErrorKind::Tag));
        }
        tag_no_case(word).parse(input)
    }
}

/// The space between two words of one mention: one to four spaces or
/// no-break spaces, on one line (a line break ends a mention).
pub fn sep(input: &str) -> Res<'_, &str> {
    take_while_m_n(1, 4, |c| c == ' ' || c == '\u{a0}').parse(input)
}

/// Whether a word starts at byte `pos` of `text`: at the text's start, or
/// after a character that is not alphanumeric and not inside a word ("-",
/// "'" and "’" join words: "ex-minister", "O'Brien").
pub fn starts_word(text: &str, pos: usize) -> bool {
    pos == 0
        || text[..pos].chars().next_back().is_some_and(|c| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
}

/// Word bytes: ASCII alphanumerics and every byte of a non-ASCII character
/// (so a word with "ō" is one word).
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The first char boundary at or after `pos`.
pub fn next_char_boundary(text: &str, mut pos: usize) -> usize {
    while pos < text.len() && !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

/// The start of the next word after `pos`.
pub fn next_word_start(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut p = pos;
    // Skip the rest of the current word, then the separators.
    while p < bytes.len() && is_word_byte(bytes[p]) {
        p += 1;
    }
    while p < bytes.len() && !is_word_byte(bytes[p]) {
        p += 1;
    }
    if p == pos {
        p += 1;
    }
    next_char_boundary(text, p)
}

/// The first word start at or after `at`: `at` itself when a word starts
/// there, else the start of the word after.
pub fn word_start_at_or_after(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    if at == 0 || (is_word_byte(bytes[at]) && !is_word_byte(bytes[at - 1])) {
        return at;
    }
    next_word_start(text, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_start_after_separators_but_not_inside_joined_words() {
        let text = "ex-minister O'Brien said";
        let starts: Vec<usize> =
            (0..text.len()).filter(|&i| starts_word(text, i) && is_word_byte(text.as_bytes()[i])).collect();
        assert_eq!(starts, [0, 12, 20]);
        assert_eq!(next_word_start(text, 0), 3, "a hyphen is a separator when walking words");
        assert_eq!(word_start_at_or_after(text, 13), 14, "walking words, an apostrophe separates");
        assert_eq!(word_start_at_or_after(text, 12), 12);
    }

    #[test]
    fn the_space_between_words_stays_on_one_line() {
        assert_eq!(sep("  Kishida"), Ok(("Kishida", "  ")));
        assert!(sep("\nKishida").is_err());
        assert!(sep("     five").is_ok_and(|(rest, _)| rest == " five"), "at most four");
    }
}
