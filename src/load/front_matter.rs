//! YAML front matter at the top of a text.
//!
//! A text has front matter when its first line is exactly `---` (trailing
//! spaces or tabs and a `\r\n` break allowed). The YAML runs until the next
//! line that is `---` or `...`, and the prose (the body) starts on the line
//! after that. Lines and columns in errors are those of the whole file.
//!
//! Recognised keys: `published` (a date as `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
//! or an interval `A/B`; quoted or bare), `outlet`, `url`, `title`. Every
//! other key is allowed and ignored: articles exported from a CMS carry
//! their own metadata (`tags`, `author`, `slug`, …), and refusing it would
//! make factdiff unusable on them. The manifest is strict instead, because
//! it is written for factdiff.

use serde_yaml::Value;

use super::yaml;
use crate::error::{Error, ErrorKind};
use crate::span::Span;
use crate::time::DateValue;

/// What the front matter says, and where the body starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    pub published: Option<DateValue>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The prose after the closing line (the whole text when there is no
    /// front matter).
    pub body: Span,
}

/// The front matter of `text` (file `name`), if any.
///
/// # Errors
/// A `FrontMatter` error when the block never closes, is not valid YAML or
/// not a mapping, or holds a recognised key whose value has the wrong shape;
/// each at the line and column of the file.
pub(crate) fn parse(name: &str, text: &str) -> Result<FrontMatter, Error> {
    let whole = FrontMatter { body: Span::new(0, text.len()), ..FrontMatter::default() };
    let Some(yaml_start) = opening_line(text) else {
        return Ok(whole);
    };
    let Some((yaml_end, body_start)) = closing_line(text, yaml_start) else {
        return Err(Error::new(
            ErrorKind::FrontMatter,
            "front matter never closes: expected a line `---` or `...` after the opening `---`, \
             but found the end of the file",
        )
        .with_path(name)
        .at(1, 1)
        .with_help(
            "close the front matter with a line `---`; if the first line is a rule and not \
             front matter, put a blank line before it",
        ));
    };
    let source = &text[yaml_start..yaml_end];
    let mut front = keys(name, source)?;
    front.body = Span::new(body_start, text.len());
    Ok(front)
}

/// Lines before the YAML in the file: the opening `---`.
const LINE_OFFSET: usize = 1;

/// The offset just past the opening `---` line, when the text starts with one.
fn opening_line(text: &str) -> Option<usize> {
    let (line, rest_at) = first_line(text, 0);
    is_delimiter(line, false).then_some(rest_at)
}

/// The line at `from` (without its break) and the offset of the next line.
/// Breaks are `\n`, `\r\n` and a lone `\r`, as in [`crate::span::LineIndex`].
fn first_line(text: &str, from: usize) -> (&str, usize) {
    let rest = &text[from..];
    match memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
        None => (rest, text.len()),
        Some(i) => {
            let crlf = rest.as_bytes()[i] == b'\r' && rest.as_bytes().get(i + 1) == Some(&b'\n');
            (&rest[..i], from + i + if crlf { 2 } else { 1 })
        }
    }
}

/// The end of the YAML (start of the closing line) and the start of the body
/// (the line after it), searching from `from`.
fn closing_line(text: &str, from: usize) -> Option<(usize, usize)> {
    let mut at = from;
    while at < text.len() {
        let (line, next) = first_line(text, at);
        if is_delimiter(line, true) {
            return Some((at, next));
        }
        at = next;
    }
    None
}

/// `---` (or, closing only, `...`) with nothing after it but blanks.
fn is_delimiter(line: &str, closing: bool) -> bool {
    let line = line.trim_end_matches([' ', '\t']);
    line == "---" || (closing && line == "...")
}

/// Reads the recognised keys of the YAML `source`.
fn keys(name: &str, source: &str) -> Result<FrontMatter, Error> {
    let fail = |message: String, at: Option<crate::span::Location>| {
        let error = Error::new(ErrorKind::FrontMatter, message).with_path(name);
        match at {
            Some(at) => error.at(at.line, at.column),
            None => error.at(1, 1),
        }
    };
    let value: Value = serde_yaml::from_str(source).map_err(|err| {
        let (message, at) = yaml::serde_error(&err, LINE_OFFSET);
        fail(format!("failed to parse front matter: {message}"), at)
            .with_help("front matter is YAML between a line `---` and a line `---`")
    })?;
    let mapping = match &value {
        Value::Null => return Ok(FrontMatter::default()),
        Value::Mapping(mapping) => mapping,
        _ => {
            return Err(fail(
                "failed to parse front matter: expected a mapping of keys such as `published:`, \
                 but found a single value or a list"
                    .to_string(),
                Some(crate::span::Location { line: 1 + LINE_OFFSET, column: 1 }),
            ));
        }
    };
    // Positions for values serde_yaml accepted; `None` falls back to the
    // opening line.
    let tree = yaml::parse(source);
    let at = |key: &str| {
        tree.as_ref()
            .and_then(|t| t.get(key))
            .map(|node| crate::span::Location { line: node.at.line + LINE_OFFSET, column: node.at.column })
    };
    let text_of = |key: &str| -> Result<Option<String>, Error> {
        match mapping.get(key) {
            None => Ok(None),
            Some(value) => yaml::scalar_text(value)
                .map_err(|found| fail(format!("failed to parse `{key}`: expected text, but found {found}"), at(key))),
        }
    };
    let published = match text_of("published")? {
        None => None,
        Some(date) => Some(DateValue::parse(&date).map_err(|err| {
            fail(format!("failed to parse `published`: {err}"), at("published")).with_help(PUBLISHED_HELP)
        })?),
    };
    Ok(FrontMatter {
        published,
        outlet: text_of("outlet")?,
        url: text_of("url")?,
        title: text_of("title")?,
        body: Span::default(),
    })
}

/// The remedy for a malformed `published`, shared with the manifest.
pub(crate) const PUBLISHED_HELP: &str = "write the publication date as YYYY-MM-DD, YYYY-MM or YYYY \
     (as precise as known), or an interval such as 2025-03-30/2025-04-15";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::DateValue;

    fn date(s: &str) -> Option<DateValue> {
        Some(DateValue::parse(s).unwrap())
    }

    #[test]
    fn closed_front_matter_gives_keys_and_body_after_the_closing_line() {
        let text = "---\npublished: 2025-12-11\noutlet: Example Times\ntitle: \"Talks\"\n---\nBody here.\n";
        let front = parse("a.md", text).unwrap();
        assert_eq!(front.published, date("2025-12-11"));
        assert_eq!(front.outlet.as_deref(), Some("Example Times"));
        assert_eq!(front.title.as_deref(), Some("Talks"));
        assert_eq!(front.url, None);
        assert_eq!(front.body.text(text), "Body here.\n");
    }

    #[test]
    fn no_front_matter_means_the_whole_text_is_body() {
        let text = "Tokyo, December 11.\n---\nnot front matter\n";
        let front = parse("a.txt", text).unwrap();
        assert_eq!(front.body, Span::new(0, text.len()));
        assert_eq!(front.published, None);
        // A first line that only starts with dashes is prose.
        assert_eq!(parse("b.txt", "----\nx\n").unwrap().body.start, 0);
    }

    #[test]
    fn dots_close_and_trailing_blanks_and_crlf_are_allowed() {
        let text = "--- \t\r\npublished: '2022-11'\r\n... \r\nBody\r\nmore\r\n";
        let front = parse("a.txt", text).unwrap();
        assert_eq!(front.published, date("2022-11"));
        assert_eq!(front.body.text(text), "Body\r\nmore\r\n");
    }

    #[test]
    fn bare_and_quoted_years_and_intervals_are_dates() {
        let front = parse("a.md", "---\npublished: 2025\n---\n").unwrap();
        assert_eq!(front.published, Some(DateValue::Year(2025)));
        let front = parse("a.md", "---\npublished: \"2025-03-30/2025-04-15\"\n---\n").unwrap();
        assert_eq!(front.published, date("2025-03-30/2025-04-15"));
        let front = parse("a.md", "---\npublished: 2025-03-30/2025-04-15\n---\n").unwrap();
        assert_eq!(front.published, date("2025-03-30/2025-04-15"));
    }

    #[test]
    fn unknown_keys_are_allowed_for_cms_metadata() {
        let text = "---\nauthor: Desk\ntags: [japan, defence]\npublished: 2024-04-17\n---\nx";
        assert_eq!(parse("a.md", text).unwrap().published, date("2024-04-17"));
    }

    #[test]
    fn empty_front_matter_is_allowed() {
        let front = parse("a.md", "---\n---\nBody").unwrap();
        assert_eq!(front.published, None);
        assert_eq!(front.body, Span::new(8, 12));
    }

    #[test]
    fn front_matter_closing_at_end_of_file_leaves_an_empty_body() {
        let text = "---\ntitle: x\n---";
        assert_eq!(parse("a.md", text).unwrap().body, Span::new(text.len(), text.len()));
    }

    #[test]
    fn unclosed_front_matter_names_the_opening_line() {
        let e = parse("draft.md", "---\npublished: 2025-01-01\nThe minister said\n").unwrap_err();
        assert_eq!(e.kind, ErrorKind::FrontMatter);
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((1, 1)));
        assert!(e.to_string().starts_with("draft.md:1:1: front matter never closes"), "{e}");
    }

    #[test]
    fn bad_published_names_file_line_column_expected_and_found() {
        let text = "---\ntitle: Talks\npublished:   Dec 11, 2025\n---\nBody\n";
        let e = parse("news/a.md", text).unwrap_err();
        assert_eq!(
            e.to_string(),
            "news/a.md:3:14: failed to parse `published`: expected a date as YYYY, YYYY-MM or \
             YYYY-MM-DD, but found `Dec 11, 2025`\n  help: write the publication date as \
             YYYY-MM-DD, YYYY-MM or YYYY (as precise as known), or an interval such as \
             2025-03-30/2025-04-15"
        );
    }

    #[test]
    fn impossible_day_and_wrong_shapes_are_refused_at_the_value() {
        let e = parse("a.md", "---\npublished: 2025-02-30\n---\n").unwrap_err();
        assert!(e.message.contains("no such day"), "{e}");
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((2, 12)));
        let e = parse("a.md", "---\r\nx: 1\r\npublished: [2025]\r\n---\r\n").unwrap_err();
        assert_eq!(e.message, "failed to parse `published`: expected text, but found a list");
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((3, 12)));
    }

    #[test]
    fn yaml_syntax_errors_are_at_file_lines() {
        let e = parse("a.md", "---\ntitle: [unclosed\npublished: 2025\n---\n").unwrap_err();
        assert_eq!(e.kind, ErrorKind::FrontMatter);
        assert!(e.message.starts_with("failed to parse front matter:"), "{e}");
        assert!(e.location.unwrap().line >= 2, "{e}");
    }

    #[test]
    fn a_list_is_not_front_matter() {
        let e = parse("a.md", "---\n- a\n- b\n---\n").unwrap_err();
        assert!(e.message.contains("expected a mapping"), "{e}");
    }
}
