//! From bytes to text: size limit, binary check, UTF-8 check, BOM.
//!
//! factdiff reads UTF-8 only; it never guesses an encoding, because a wrong
//! guess would silently change names and figures. A leading UTF-8 byte order
//! mark is removed, so that columns on the first line match what editors
//! show (they hide the mark); every byte offset in a [`super::Document`] is
//! therefore an offset into the text *without* the mark. Line breaks are kept
//! as they are (`\r\n` included).

use std::io::Read;

use crate::error::{Error, ErrorKind};
use crate::span::LineIndex;

/// How far into a file a NUL byte marks it as binary (the same window as git
/// and ripgrep use).
const BINARY_WINDOW: usize = 8 * 1024;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads at most `max_bytes` from `reader`.
///
/// The limit is enforced while reading, not only from file metadata, so a
/// pipe or a file that grows mid-read cannot exhaust memory.
///
/// # Errors
/// An `Io` error when reading fails, a `Text` error when there is more than
/// `max_bytes`.
pub(crate) fn read_bounded(name: &str, reader: impl Read, max_bytes: u64) -> Result<Vec<u8>, Error> {
    read_bounded_sized(name, reader, max_bytes, 0)
}

/// [`read_bounded`] of a reader expected to hold `size` bytes (a file's
/// length): the buffer is allocated once at that size, not grown by
/// doubling as the bytes come.
pub(crate) fn read_bounded_sized(name: &str, reader: impl Read, max_bytes: u64, size: u64) -> Result<Vec<u8>, Error> {
    // One byte more, so that reading the end needs no growth either.
    let capacity = usize::try_from(size.min(max_bytes).saturating_add(1)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(if size == 0 { 0 } else { capacity });
    reader.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes).map_err(|err| Error::io(name, &err))?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(name, None, max_bytes));
    }
    Ok(bytes)
}

/// The error for a text over the size limit; `size` when it is known.
pub(crate) fn too_large(name: &str, size: Option<u64>, max_bytes: u64) -> Error {
    let found = match size {
        Some(size) => format!("{} bytes", size),
        None => "more than that".to_string(),
    };
    Error::new(ErrorKind::Text, format!("file too large: expected at most {max_bytes} bytes, but found {found}"))
        .with_path(name)
        .with_help("split the text into smaller files, or raise the size limit")
}

/// Checks and decodes a text.
///
/// # Errors
/// A `Text` error for binary content (a NUL byte in the first 8 KiB) and for
/// invalid UTF-8, the latter at the line and column of the first bad byte.
pub(crate) fn decode(name: &str, mut bytes: Vec<u8>) -> Result<String, Error> {
    if bytes.starts_with(UTF8_BOM) {
        bytes.drain(..UTF8_BOM.len());
    }
    let window = &bytes[..bytes.len().min(BINARY_WINDOW)];
    if let Some(nul) = memchr::memchr(0, window) {
        let utf16 = window.starts_with(b"\xFF\xFE") || window.starts_with(b"\xFE\xFF");
        // Where the NUL is, as an editor would count it: lines by `\n`,
        // columns by UTF-8 character where the prefix is UTF-8.
        let prefix = String::from_utf8_lossy(&window[..nul]);
        let location = LineIndex::new(&prefix).locate(&prefix, prefix.len());
        let error = Error::new(ErrorKind::Text, "binary file: expected text, but found a NUL byte")
            .with_path(name)
            .at(location.line, location.column);
        return Err(if utf16 {
            error.with_help("this looks like UTF-16 text; re-encode it as UTF-8")
        } else {
            error.with_help("factdiff reads UTF-8 text; leave this file out")
        });
    }
    String::from_utf8(bytes).map_err(|err| {
        let bytes = err.as_bytes();
        let valid_up_to = err.utf8_error().valid_up_to();
        // The prefix is valid by definition; counting on it gives the
        // position an editor shows for the first bad byte.
        let prefix = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
        let location = LineIndex::new(prefix).locate(prefix, valid_up_to);
        Error::new(
            ErrorKind::Text,
            format!("invalid UTF-8: expected a UTF-8 character, but found byte 0x{:02X}", bytes[valid_up_to]),
        )
        .with_path(name)
        .at(location.line, location.column)
        .with_help("re-encode the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_removed_so_first_line_columns_match_editors() {
        let text = decode("a.txt", b"\xEF\xBB\xBFHello".to_vec()).unwrap();
        assert_eq!(text, "Hello");
    }

    #[test]
    fn nul_byte_means_binary() {
        let e = decode("img.txt", b"\x89PNG\r\n\x1a\n\0\0\0".to_vec()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Text);
        assert_eq!(e.message, "binary file: expected text, but found a NUL byte");
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((3, 1)));
    }

    #[test]
    fn utf16_is_named_as_such() {
        let e = decode("u.txt", b"\xFF\xFEa\0b\0".to_vec()).unwrap_err();
        assert!(e.help.unwrap().contains("UTF-16"));
    }

    #[test]
    fn invalid_utf8_names_line_and_column_of_the_first_bad_byte() {
        // Latin-1 "é" on line 3, after two characters, with CRLF lines.
        let e = decode("latin1.txt", b"one\r\ntw\xC3\xB6\r\nab\xE9t\n".to_vec()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Text);
        assert_eq!(e.location.map(|l| (l.line, l.column)), Some((3, 3)));
        assert_eq!(
            e.to_string(),
            "latin1.txt:3:3: invalid UTF-8: expected a UTF-8 character, but found byte 0xE9\n  \
             help: re-encode the file as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)"
        );
    }

    #[test]
    fn size_limit_is_enforced_while_reading() {
        assert_eq!(read_bounded("-", &b"12345"[..], 5).unwrap().len(), 5);
        let e = read_bounded("-", &b"123456"[..], 5).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Text);
        assert!(e.message.starts_with("file too large"), "{e}");
    }
}
