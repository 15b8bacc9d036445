//! Sentence and clause boundaries, for the excerpt a report shows and for the
//! context a number is read in.
//!
//! A sentence ends at `.`, `!` or `?` followed by white space and a capital
//! letter or a quote, or at a blank line — except after an abbreviation with
//! inner periods ("U.S.", "U.K.") or a short title abbreviation ("Dr.",
//! "Dec."). A clause is the part of a sentence between commas, semicolons,
//! dashes and the conjunctions "and", "but", "while". Scans are bounded, so a
//! text without punctuation costs no more than [`MAX_REACH`] bytes each way.
//! [`Sentences`] finds one text's boundaries once and answers the same for
//! each span by binary search: for callers that ask about every claim.

use crate::span::Span;

/// How far a boundary search looks in each direction, in bytes.
pub const MAX_REACH: usize = 600;

/// The sentence around byte offset `at` (or around `span`).
pub fn sentence(text: &str, span: Span) -> Span {
    let lo = floor_boundary(text, span.start.saturating_sub(MAX_REACH));
    let hi = ceil_boundary(text, (span.end + MAX_REACH).min(text.len()));
    // Every boundary starts at an ASCII byte (a stop or a line break), and
    // an ASCII byte always starts a character: the scans test bytes and
    // decode nothing.
    let bytes = text.as_bytes();
    let mut start = lo;
    for at in (lo..span.start).rev() {
        match bytes[at] {
            b'.' | b'!' | b'?' if is_sentence_end(text, at) => {
                start = skip_space(text, at + 1);
                break;
            }
            b'\n' if at > 0 && bytes[at - 1] == b'\n' => {
                start = at + 1;
                break;
            }
            _ => {}
        }
    }
    let mut end = hi;
    for at in span.end..hi {
        match bytes[at] {
            b'.' | b'!' | b'?' if is_sentence_end(text, at) => {
                end = at + 1;
                break;
            }
            b'\n' if bytes.get(at + 1) == Some(&b'\n') => {
                end = at;
                break;
            }
            b'\r' if bytes[at..].starts_with(b"\r\n\r\n") => {
                end = at;
                break;
            }
            _ => {}
        }
    }
    trim(text, Span::new(start.min(span.start), end.max(span.end)))
}

/// The clause around `span`: within its sentence, between the nearest clause
/// breaks on either side.
pub fn clause(text: &str, span: Span) -> Span {
    clause_within(text, sentence(text, span), span)
}

/// The clause around `span` within its sentence `s`.
fn clause_within(text: &str, s: Span, span: Span) -> Span {
    let before = &text[s.start..span.start];
    let after = &text[span.end..s.end];
    let start = last_break_end(before).map_or(s.start, |e| s.start + e);
    let end = first_break_start(after).map_or(s.end, |b| span.end + b);
    trim(text, Span::new(start, end))
}

/// The clause break that starts at byte `i` of `text` (whose character
/// there is `c`): a punctuation mark, or white space and a conjunction
/// followed by white space within `text`; its end.
fn break_at(text: &str, i: usize, c: char) -> Option<usize> {
    if matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')' | '"' | '“' | '”') {
        return Some(i + c.len_utf8());
    }
    if c.is_whitespace() {
        let rest = &text[i + c.len_utf8()..];
        // Asked at every blank of a sentence: most words open no conjunction.
        if !matches!(rest.as_bytes().first(), Some(b'a' | b'b' | b'w')) {
            return None;
        }
        for word in ["and", "but", "while", "whereas"] {
            if let Some(after) = rest.strip_prefix(word)
                && let Some(space) = after.chars().next().filter(|c| c.is_whitespace())
            {
                // The break ends after that space, which may be wider than a byte (U+00A0).
                return Some(i + c.len_utf8() + word.len() + space.len_utf8());
            }
        }
    }
    None
}

/// The end of the last clause break in `text`.
fn last_break_end(text: &str) -> Option<usize> {
    (0..text.len()).rev().find_map(|i| may_break(text, i).and_then(|c| break_at(text, i, c)))
}

/// The start of the first clause break in `text`.
fn first_break_start(text: &str) -> Option<usize> {
    (0..text.len()).find_map(|i| may_break(text, i).and_then(|c| break_at(text, i, c)).map(|_| i))
}

/// The character starting at byte `i` of `text`, unless no break can start
/// there: inside a character, or at an ASCII letter or digit (most bytes
/// of a clause, told apart without decoding them).
fn may_break(text: &str, i: usize) -> Option<char> {
    let b = text.as_bytes()[i];
    if b.is_ascii_alphanumeric() || !text.is_char_boundary(i) {
        return None;
    }
    if b.is_ascii() { Some(char::from(b)) } else { text[i..].chars().next() }
}

/// The sentence and clause boundaries of one text, found once: the same
/// spans as [`sentence`] and [`clause`] (their bounded reach included),
/// each found by two binary searches instead of a scan of up to
/// [`MAX_REACH`] bytes each way. For callers that ask about many spans of
/// one text.
#[derive(Clone, Debug, Default)]
pub struct Sentences {
    /// (position, where the sentence after it starts), for every sentence
    /// end and every second line break of a blank line, in text order.
    starts: Vec<(usize, usize)>,
    /// (position, where the sentence before it ends), for every sentence
    /// end and every blank line, in text order.
    ends: Vec<(usize, usize)>,
}

impl Sentences {
    /// Finds every boundary of `text`.
    pub fn new(text: &str) -> Sentences {
        let bytes = text.as_bytes();
        let mut index = Sentences::default();
        let mut stops = memchr::memchr3_iter(b'.', b'!', b'?', bytes).peekable();
        let mut breaks = memchr::memchr2_iter(b'\n', b'\r', bytes).peekable();
        // Both in text order, so that the boundaries are pushed in text order.
        while let Some(at) = match (stops.peek(), breaks.peek()) {
            (Some(s), Some(b)) if s > b => breaks.next(),
            (Some(_), _) => stops.next(),
            (None, _) => breaks.next(),
        } {
            match bytes[at] {
                b'\n' => {
                    if at > 0 && bytes[at - 1] == b'\n' {
                        index.starts.push((at, at + 1));
                    }
                    if bytes.get(at + 1) == Some(&b'\n') {
                        index.ends.push((at, at));
                    }
                }
                b'\r' => {
                    if bytes[at..].starts_with(b"\r\n\r\n") {
                        index.ends.push((at, at));
                    }
                }
                _ => {
                    if is_sentence_end(text, at) {
                        index.starts.push((at, skip_space(text, at + 1)));
                        index.ends.push((at, at + 1));
                    }
                }
            }
        }
        index
    }

    /// The sentence around `span`, as [`sentence`] finds it.
    pub fn sentence(&self, text: &str, span: Span) -> Span {
        let lo = floor_boundary(text, span.start.saturating_sub(MAX_REACH));
        let hi = ceil_boundary(text, (span.end + MAX_REACH).min(text.len()));
        let i = self.starts.partition_point(|&(at, _)| at < span.start);
        let start = match i.checked_sub(1).map(|i| self.starts[i]) {
            Some((at, start)) if at >= lo => start,
            _ => lo,
        };
        let j = self.ends.partition_point(|&(at, _)| at < span.end);
        let end = match self.ends.get(j) {
            Some(&(at, end)) if at < hi => end,
            _ => hi,
        };
        trim(text, Span::new(start.min(span.start), end.max(span.end)))
    }

    /// The clause around `span`, as [`clause`] finds it.
    pub fn clause(&self, text: &str, span: Span) -> Span {
        clause_within(text, self.sentence(text, span), span)
    }
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

pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
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

    /// A text of `n` pieces that put sentence ends, abbreviations, blank
    /// lines (both line-break styles), clause breaks and long unpunctuated
    /// stretches next to each other in a fixed pseudo-random order.
    fn mixed_text(n: usize) -> String {
        let pieces = [
            "The U.S. and Japan agreed",
            ". ",
            "Dr. Ana Ruiz said",
            ", while ",
            " and ",
            "? ",
            "! ",
            "\n\n",
            "\r\n\r\n",
            "\n",
            " in Dec. 2024",
            " whereas",
            " “Quoted.” ",
            "(aside) ",
            "É. Müller’s plan",
            ": ",
            " — ",
            "7.5%",
            " but\u{a0}",
            "word ",
            "x".repeat(700).leak(),
            ".\"",
            ".",
        ];
        let mut state = 7u64;
        let mut out = String::new();
        for _ in 0..n {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            out.push_str(pieces[(state >> 33) as usize % pieces.len()]);
        }
        out
    }

    #[test]
    fn the_index_finds_the_sentences_and_clauses_a_scan_finds() {
        for n in [1, 2, 5, 40, 160] {
            let t = mixed_text(n);
            let index = Sentences::new(&t);
            let starts: Vec<usize> = (0..t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (k, &a) in starts.iter().enumerate() {
                for &b in starts.iter().skip(k + 1).take(3) {
                    let span = Span::new(a, b);
                    assert_eq!(index.sentence(&t, span), sentence(&t, span), "sentence of {a}..{b} in {n}");
                    // A clause is asked for around a mention, which starts and ends with a word character.
                    if t[a..b].starts_with(char::is_alphanumeric) && t[a..b].ends_with(char::is_alphanumeric) {
                        assert_eq!(index.clause(&t, span), clause(&t, span), "clause of {a}..{b} in {n}");
                    }
                }
            }
        }
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
