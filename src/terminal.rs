//! Making untrusted text safe to print on a terminal.
//!
//! Article text may carry ANSI escape sequences, other control characters
//! and bidirectional overrides that would recolour, move the cursor or
//! reorder what an editor sees. Each such character is replaced by a visible
//! stand-in of the same UTF-8 length, so byte spans and character columns
//! computed on the original text stay valid on the cleaned one.

/// The text with control characters and bidi controls replaced.
pub fn sanitize(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe(c) {
            out.push(match c.len_utf8() {
                1 => '?',
                2 => '¿',
                3 => '\u{FFFD}',
                _ => '\u{1F6AB}',
            });
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `c` is replaced by [`sanitize`]: a control character other than
/// tab and line feed, or a bidirectional control.
pub fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_bidi_overrides_are_neutralised_without_moving_offsets() {
        let t = "a\u{1b}[31mred\u{202E}x\r";
        let s = sanitize(t);
        assert_eq!(s.len(), t.len());
        assert_eq!(s.chars().count(), t.chars().count());
        assert!(!s.contains('\u{1b}') && !s.contains('\u{202E}'));
        assert_eq!(sanitize("plain"), "plain");
    }
}
