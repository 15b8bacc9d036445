//! Sentence and clause boundaries, for the excerpt a report shows and for the
//! context a number is read in.
//!
//! A sentence ends at `.`, `!` or `?` followed by white space and a capital
//! letter or a quote, or at a blank line — except after an abbreviation with
//! inner periods ("U.S.", "U.K.") or a short title abbreviation ("Dr.",
//! "Dec."). A clause is the part of a sentence between commas, semicolons,
//! dashes and the conjunctions "and", "but", "while". Scans are bounded, so a
//! text without punctuation costs no more than [`MAX_REACH`] bytes each way.

use crate::span::Span;

/// How far a boundary search looks in each direction, in bytes.
pub const MAX_REACH: usize = 600;

/// The sentence around byte offset `at` (or around `span`).
pub fn sentence(text: &str, span: Span) -> Span {
    let lo = floor_boundary(text, span.start.saturating_sub(MAX_REACH));
    let hi = ceil_boundary(text, (span.end + MAX_REACH).min(text.len()));
    let mut start = lo;
    for (i, _) in text[lo..span.start].char_indices().rev() {
        let at = lo + i;
        if is_sentence_end(text, at) {
            start = skip_space(text, at + 1);
            break;
        }
        if text[..at].ends_with('\n') && text[at..].starts_with('\n') {
            start = at + 1;
            break;
        }
    }
    let mut end = hi;
    for (i, _) in text[span.end..hi].char_indices() {
        let at = span.end + i;
        if is_sentence_end(text, at) {
            end = at + 1;
            break;
        }
        if text[at..].starts_with("\n\n") || text[at..].starts_with("\r\n\r\n") {
            end = at;
            break;
        }
    }
    trim(text, Span::new(start.min(span.start), end.max(span.end)))
}

/// The clause around `span`: within its sentence, between the nearest clause
/// breaks on either side.
pub fn clause(text: &str, span: Span) -> Span {
    let s = sentence(text, span);
    let before = &text[s.start..span.start];
    let after = &text[span.end..s.end];
    let start = clause_breaks(before).last().map_or(s.start, |&(_, e)| s.start + e);
    let end = clause_breaks(after).first().map_or(s.end, |&(b, _)| span.end + b);
    trim(text, Span::new(start, end))
}

/// Byte ranges of clause breaks in `text`.
fn clause_breaks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”') {
            out.push((i, i + c.len_utf8()));
        }
        if c.is_whitespace() {
            let rest = &text[i + c.len_utf8()..];
            for word in ["and", "but", "while", "whereas"] {
                if let Some(after) = rest.strip_prefix(word)
                    && let Some(space) = after.chars().next().filter(|c| c.is_whitespace())
                {
                    // The break ends after that space, which may be wider than a byte (U+00A0).
                    out.push((i, i + c.len_utf8() + word.len() + space.len_utf8()));
                }
            }
        }
    }
    out
}

fn is_sentence_end(text: &str, at: usize) -> bool {
    let bytes = text.as_bytes();
    if !matches!(bytes[at], b'.' | b'!' | b'?') {
        return false;
    }
    let rest = &text[at + 1..];
    let next_word = rest.trim_start_matches([' ', '\t', '"', '\'', '”', '’']);
    let spaced = rest.starts_with([' ', '\n', '\r', '\t', '"', '”', '’']) || rest.is_empty();
    if !spaced
        || !(next_word.is_empty()
            || next_word.starts_with(|c: char| c.is_uppercase() || c == '\n' || c == '\r' || c == '"' || c == '“'))
    {
        return false;
    }
    if bytes[at] != b'.' {
        return true;
    }
    // The word the period ends: an abbreviation is not a sentence end.
    let word_start =
        text[..at].char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(p, c)| p + c.len_utf8());
    let word = &text[word_start..at];
    let abbreviation = word.contains('.')
        || (word.len() <= 4 && word.starts_with(|c: char| c.is_uppercase()) && ABBREVIATIONS.contains(&word))
        || (word.chars().count() == 1 && word.starts_with(|c: char| c.is_uppercase()));
    !abbreviation
}

const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Capt", "Col", "Dec", "Dr", "Feb", "Gen", "Gov", "Jan", "Jr", "Jul", "Jun", "Lt", "Mar", "Mr",
    "Mrs", "Ms", "No", "Nov", "Oct", "Prof", "Rep", "Rev", "Sen", "Sep", "Sept", "Sr", "St",
];

fn skip_space(text: &str, mut at: usize) -> usize {
    while at < text.len() && text.as_bytes()[at].is_ascii_whitespace() {
        at += 1;
    }
    at
}

fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return span;
    }
    Span::new(span.start + lead, span.end - trail)
}

fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn ceil_boundary(text: &str, mut at: usize) -> usize {
    while at < text.len() && !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, needle: &str) -> Span {
        let s = text.find(needle).unwrap();
        Span::new(s, s + needle.len())
    }

    #[test]
    fn sentences_do_not_break_at_country_abbreviations() {
        let t = "It rose. Japan's $55 billion investment in the U.S. and a $16 billion budget serve as a pledge. Next.";
        let s = sentence(t, span_of(t, "$55 billion"));
        assert_eq!(s.text(t), "Japan's $55 billion investment in the U.S. and a $16 billion budget serve as a pledge.");
    }

    #[test]
    fn clauses_split_on_conjunctions_and_commas() {
        let t = "Japan's $55 billion investment in the U.S. and a $16 billion military procurement budget serve.";
        assert_eq!(clause(t, span_of(t, "$55 billion")).text(t), "Japan's $55 billion investment in the U.S.");
        assert_eq!(clause(t, span_of(t, "$16 billion")).text(t), "a $16 billion military procurement budget serve.");
        let t = "the $55 billion investment in the U.S.\nand a $16 billion budget";
        assert_eq!(clause(t, span_of(t, "$16 billion")).text(t), "a $16 billion budget");
    }

    #[test]
    fn a_conjunction_before_a_no_break_space_is_a_clause_break() {
        // Was a panic: the break ended inside the two bytes of U+00A0.
        let t = "Prices rose but\u{a0}exports fell 5% in May.";
        assert_eq!(clause(t, span_of(t, "5%")).text(t), "exports fell 5% in May.");
    }

    #[test]
    fn a_period_after_a_no_break_space_is_read() {
        // Was a panic: the word before the period started inside U+00A0.
        let t = "Prices rose\u{a0}. Exports fell 5% in May.";
        assert_eq!(sentence(t, span_of(t, "5%")).text(t), "Exports fell 5% in May.");
    }

    #[test]
    fn unpunctuated_text_is_bounded() {
        let t = "word ".repeat(10_000);
        let s = sentence(&t, Span::new(25_000, 25_004));
        assert!(s.len() <= 2 * MAX_REACH + 4);
    }
}
