//! Making input text safe inside HTML, and links to an editor.
//!
//! Everything the inputs carry — article text, file names, claim-file
//! entries — goes through [`escape`] before it reaches the page, whether it
//! lands in element text, an attribute or SVG: all five markup characters
//! become entities, so a quote cannot end an attribute and a `<` cannot
//! open a tag. Characters an HTML parser rejects or a reader would be
//! misled by (controls, bidirectional overrides, noncharacters) are shown
//! as their code point instead, so they cannot reorder what an editor sees.
//!
//! Links to an editor come from a template the user chooses
//! ([`EditorUrl`]); the parts filled in from the inputs are
//! percent-encoded, `:` included, so a file name can never add a scheme,
//! and a template whose scheme runs code (`javascript:`) is refused.

use std::fmt::Write as _;

/// `text` escaped for element text and attribute values alike.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if is_hidden(c) => {
                let _ = write!(out, "[U+{:04X}]", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// Characters shown by their code point: controls (an HTML parser rejects
/// them), bidirectional controls (they reorder the text around them) and
/// noncharacters (a parse error too).
fn is_hidden(c: char) -> bool {
    crate::terminal::is_unsafe(c) || matches!(c, '\u{FDD0}'..='\u{FDEF}') || (u32::from(c) & 0xFFFE) == 0xFFFE
}

/// The bytes a URL part keeps as they are: RFC 3986 unreserved, and `/`.
fn keeps(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/')
}

/// `part` percent-encoded for a URL (every byte but the unreserved and `/`).
pub fn url_part(part: &str) -> String {
    let mut out = String::with_capacity(part.len());
    for b in part.bytes() {
        if keeps(b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A template for the link of each location: `{path}` (absolute), `{relpath}`
/// (as the run named it), `{line}` and `{column}` are filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditorUrl {
    template: String,
}

/// The default template: the file itself.
pub const DEFAULT_EDITOR_URL: &str = "file://{path}";

const PLACEHOLDERS: [&str; 4] = ["path", "relpath", "line", "column"];

/// Schemes that run what follows them instead of opening a place.
const REFUSED_SCHEMES: [&str; 3] = ["javascript", "data", "vbscript"];

impl Default for EditorUrl {
    fn default() -> EditorUrl {
        EditorUrl { template: DEFAULT_EDITOR_URL.to_string() }
    }
}

impl EditorUrl {
    /// Reads a template.
    ///
    /// # Errors
    /// A message ("expected …, but found …") for an unknown or unclosed
    /// placeholder, or a scheme that runs code.
    ///
    /// # Example
    /// ```
    /// use factdiff::report::html::EditorUrl;
    /// let url = EditorUrl::parse("vscode://file{path}:{line}:{column}").unwrap();
    /// assert_eq!(url.link("/news/a b.md", "a b.md", 6, 1), "vscode://file/news/a%20b.md:6:1");
    /// assert!(EditorUrl::parse("javascript:alert({line})").is_err());
    /// ```
    pub fn parse(template: &str) -> Result<EditorUrl, String> {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                return Err(format!("expected `}}` after `{{` in the editor URL `{template}`, but found none"));
            };
            let name = &after[..close];
            if !PLACEHOLDERS.contains(&name) {
                return Err(format!(
                    "expected a placeholder of {} in the editor URL, but found `{{{name}}}`",
                    PLACEHOLDERS.map(|p| format!("`{{{p}}}`")).join(", ")
                ));
            }
            rest = &after[close + 1..];
        }
        if let Some(scheme) = scheme(template)
            && REFUSED_SCHEMES.contains(&scheme.as_str())
        {
            return Err(format!("expected an editor URL that opens a file, but found the scheme `{scheme}:`"));
        }
        Ok(EditorUrl { template: template.to_string() })
    }

    /// The link to a place, or `""` when the result would have a scheme
    /// that runs code (which a template read by [`EditorUrl::parse`] never
    /// gives; checked again all the same).
    pub fn link(&self, absolute: &str, relative: &str, line: usize, column: usize) -> String {
        let mut out = String::with_capacity(self.template.len() + absolute.len());
        let mut rest = self.template.as_str();
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}').unwrap_or(after.len());
            match &after[..close] {
                "path" => out.push_str(&url_part(absolute)),
                "relpath" => out.push_str(&url_part(relative)),
                "line" => out.push_str(&line.to_string()),
                "column" => out.push_str(&column.to_string()),
                other => {
                    out.push('{');
                    out.push_str(other);
                    out.push('}');
                }
            }
            rest = after.get(close + 1..).unwrap_or("");
        }
        out.push_str(rest);
        match scheme(&out) {
            Some(s) if REFUSED_SCHEMES.contains(&s.as_str()) => String::new(),
            _ => out,
        }
    }
}

/// The scheme of a URL as a browser reads it (ASCII white space and
/// controls dropped, lower case), or `None` for a relative reference.
fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).collect();
    let (scheme, _) = cleaned.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_become_entities() {
        assert_eq!(
            escape(r#""><img src=x onerror='alert(1)'>&"#),
            "&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;&amp;"
        );
        assert_eq!(escape("Koizumi Shinjirō"), "Koizumi Shinjirō");
    }

    #[test]
    fn bidi_overrides_and_controls_are_shown_by_code_point() {
        assert_eq!(escape("abc\u{202E}fed\u{1b}[0m\u{0}"), "abc[U+202E]fed[U+001B][0m[U+0000]");
        assert_eq!(escape("x\u{FFFE}\u{FDD0}"), "x[U+FFFE][U+FDD0]");
        assert_eq!(escape("line\nnext"), "line\nnext");
    }

    #[test]
    fn url_parts_cannot_add_a_scheme_or_leave_the_attribute() {
        assert_eq!(url_part("javascript:alert(1)"), "javascript%3Aalert%281%29");
        assert_eq!(url_part("/a/\"><b>.md"), "/a/%22%3E%3Cb%3E.md");
        assert_eq!(url_part("/news/Tōkyō.md"), "/news/T%C5%8Dky%C5%8D.md");
        let relative = EditorUrl::parse("{relpath}").unwrap();
        assert_eq!(relative.link("/x", "javascript:alert(1)", 1, 1), "javascript%3Aalert%281%29");
    }

    #[test]
    fn templates_fill_every_placeholder() {
        let url = EditorUrl::default();
        assert_eq!(url.link("/srv/news/a.md", "a.md", 3, 9), "file:///srv/news/a.md");
        let url = EditorUrl::parse("idea://open?file={path}&line={line}&column={column}").unwrap();
        assert_eq!(url.link("/n/a.md", "a.md", 3, 9), "idea://open?file=/n/a.md&line=3&column=9");
    }

    #[test]
    fn templates_that_run_code_or_name_unknown_parts_are_refused() {
        for bad in
            ["javascript:alert(1)", " JavaScript:{path}", "java\tscript:x", "data:text/html,{path}", "vbscript:x"]
        {
            let e = EditorUrl::parse(bad).unwrap_err();
            assert!(e.starts_with("expected an editor URL that opens a file"), "{bad}: {e}");
        }
        let e = EditorUrl::parse("file://{file}").unwrap_err();
        assert!(e.contains("but found `{file}`"), "{e}");
        assert!(EditorUrl::parse("file://{path").is_err());
    }
}
