//! A strict reader for the RFC 4180 CSV the datasets use: a header row,
//! then records of exactly as many fields; `"`-quoted fields may hold
//! commas, doubled quotes and line breaks. Every record keeps the line it
//! starts on, so that an error can name it.

use std::path::Path;

use crate::error::{Error, ErrorKind};

use super::data_error;

/// CSV files larger than this are refused rather than read.
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// A CSV file: its header and its records, each with its first line.
#[derive(Debug)]
pub(crate) struct Table {
    /// The path as shown in errors.
    pub path: String,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

/// One record.
#[derive(Debug)]
pub(crate) struct Row {
    pub line: usize,
    pub fields: Vec<String>,
}

impl Table {
    /// Reads `path`, requiring the columns `required` in the header (others
    /// are allowed and ignored).
    pub fn read(path: &Path, required: &[&str]) -> Result<Table, Error> {
        let shown = path.to_string_lossy().into_owned();
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, &e))?;
        if meta.len() > MAX_BYTES {
            return Err(Error::new(
                ErrorKind::Ledger,
                format!("expected a CSV file of at most {MAX_BYTES} bytes, but found {} bytes", meta.len()),
            )
            .with_path(path));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            data_error(&shown, line, 1, "expected UTF-8 text, but found a byte that is not UTF-8")
        })?;
        Table::parse(&shown, &text, required)
    }

    /// Parses CSV text; see [`Table::read`].
    pub fn parse(path: &str, text: &str, required: &[&str]) -> Result<Table, Error> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut records = records(path, text)?.into_iter();
        let Some(header) = records.next() else {
            return Err(data_error(
                path,
                1,
                1,
                format!("expected a header row naming {}, but found an empty file", required.join(", ")),
            ));
        };
        for column in required {
            if !header.fields.iter().any(|h| h == column) {
                return Err(data_error(
                    path,
                    header.line,
                    1,
                    format!("expected a column `{column}` in the header, but found `{}`", header.fields.join(",")),
                ));
            }
        }
        let width = header.fields.len();
        let mut rows = Vec::new();
        for record in records {
            if record.fields.len() != width {
                return Err(data_error(
                    path,
                    record.line,
                    1,
                    format!("expected {width} fields as in the header, but found {}", record.fields.len()),
                ));
            }
            rows.push(record);
        }
        Ok(Table { path: path.to_string(), header: header.fields, rows })
    }

    /// The position of a column the header has (checked in [`Table::read`]).
    pub fn column(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or(usize::MAX)
    }

    /// The field of `row` in column `index`.
    pub fn get<'a>(&self, row: &'a Row, index: usize) -> &'a str {
        row.fields.get(index).map_or("", String::as_str)
    }

    /// An error at `row`, column `index` (the column counted in fields).
    pub fn error(&self, row: &Row, index: usize, message: impl Into<String>) -> Error {
        let name = self.header.get(index).map_or("?", String::as_str);
        data_error(&self.path, row.line, index + 1, format!("in column `{name}`: {}", message.into()))
    }
}

/// Splits text into records; blank lines between records are skipped.
fn records(path: &str, text: &str) -> Result<Vec<Row>, Error> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    while chars.peek().is_some() {
        if matches!(chars.peek(), Some('\n' | '\r')) {
            if chars.next() == Some('\n') {
                line += 1;
            }
            continue;
        }
        let start_line = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        loop {
            match chars.next() {
                None => {
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some('"') if field.is_empty() => {
                    // A quoted field: runs to the closing quote.
                    let open_line = line;
                    loop {
                        match chars.next() {
                            None => {
                                return Err(data_error(
                                    path,
                                    open_line,
                                    1,
                                    "expected a closing `\"` for the quoted field, but found the end of the file",
                                ));
                            }
                            Some('"') if chars.peek() == Some(&'"') => {
                                chars.next();
                                field.push('"');
                            }
                            Some('"') => break,
                            Some(c) => {
                                if c == '\n' {
                                    line += 1;
                                }
                                field.push(c);
                            }
                        }
                    }
                    if !matches!(chars.peek(), None | Some(',' | '\n' | '\r')) {
                        let found = chars.peek().copied().unwrap_or(' ');
                        return Err(data_error(
                            path,
                            line,
                            1,
                            format!("expected `,` or the end of the line after a quoted field, but found `{found}`"),
                        ));
                    }
                }
                Some('"') => {
                    return Err(data_error(
                        path,
                        line,
                        1,
                        "expected a `\"` only at the start of a field, but found one inside an unquoted field",
                    ));
                }
                Some(',') => fields.push(std::mem::take(&mut field)),
                Some('\r') if chars.peek() == Some(&'\n') => {}
                Some('\n') | Some('\r') => {
                    line += 1;
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some(c) => field.push(c),
            }
        }
        out.push(Row { line: start_line, fields });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_hold_commas_quotes_and_line_breaks_and_rows_keep_their_line() {
        let t = Table::parse("t.csv", "id,name\n1,\"Culture, Media\"\n2,\"say \"\"hi\"\"\nthere\"\n3,x\n", &["id"])
            .unwrap();
        assert_eq!(t.rows[0].fields, ["1", "Culture, Media"]);
        assert_eq!(t.rows[1].fields, ["2", "say \"hi\"\nthere"]);
        assert_eq!(t.rows[2].line, 5);
    }

    #[test]
    fn a_short_row_is_an_error_naming_file_and_line() {
        let e = Table::parse("data/post.csv", "id,name\n1,a\n2\n", &["id"]).unwrap_err();
        assert_eq!(
            e.to_string().lines().next().unwrap(),
            "data/post.csv:3:1: expected 2 fields as in the header, but found 1"
        );
    }

    #[test]
    fn a_missing_column_and_a_stray_quote_are_errors() {
        assert!(Table::parse("t.csv", "id,name\n", &["start_date"]).unwrap_err().message.contains("`start_date`"));
        assert!(Table::parse("t.csv", "id,name\n1,a\"b\n", &["id"]).unwrap_err().message.contains("unquoted"));
        assert!(Table::parse("t.csv", "id,name\n1,\"open\n", &["id"]).unwrap_err().message.contains("closing"));
    }
}
