//! `factdiff ledger show`: what the claim files hold about the offices and
//! people a query names, as a table for people or JSON for programs.
//!
//! One match: its tenures (an office's holders, or a person's offices), by
//! start, one row each with the person, the office, the dates, whether the
//! holder was acting, the tenure's source and where the entry is
//! (`<built-in>/japan.yaml:41:5` for the built-in ledger). Several: the list
//! of them, so the user can name one. Claim-file text reaches the terminal
//! only through [`sanitize`].

use std::fmt::Write as _;

use serde::Serialize;

use super::json::JsonLedger;
use crate::claims::{ClaimSet, Found, Origin, Tenure};
use crate::terminal::sanitize;

/// Version of the JSON shape of `ledger show --format json`.
pub const VERSION: u32 = 1;

fn place(origin: &Origin) -> String {
    format!("{}:{}:{}", origin.path, origin.line, origin.column)
}

fn office_label(claims: &ClaimSet, id: &str) -> String {
    crate::compare::office_label(claims, id)
}

fn person_name(claims: &ClaimSet, id: &str) -> String {
    claims.person(id).map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// The end as the table shows it: a date, or an open end with how far the
/// claim files vouch for it.
fn end_text(t: &Tenure) -> String {
    match (&t.end, &t.current_to) {
        (Some(end), _) => end.to_string(),
        (None, Some(current_to)) => format!("(open; current to {current_to})"),
        (None, None) => "(open)".to_string(),
    }
}

/// The tenures to show for one match, by start.
fn tenures<'a>(claims: &'a ClaimSet, found: Found<'_>) -> Vec<&'a Tenure> {
    match found {
        Found::Office(o) => claims.tenures_of_office(&o.id).iter().collect(),
        Found::Person(p) => claims.tenures_of_person(&p.id),
    }
}

/// A cell on one line: line breaks and tabs of a claim-file value become spaces.
fn clean(text: &str) -> String {
    sanitize(text).replace(['\n', '\t'], " ")
}

/// Rows padded into columns (widths in characters); the last column is not padded.
fn table(rows: &[Vec<String>]) -> String {
    let rows: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| clean(c)).collect()).collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            if c + 1 == row.len() {
                line.push_str(cell);
            } else {
                let _ = write!(line, "{cell}{}  ", " ".repeat(widths[c] - cell.chars().count()));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The answer for people: the tenures of the one match, or the list of
/// several. Empty `found` gives an empty string (the caller reports it).
pub fn text(claims: &ClaimSet, query: &str, found: &[Found<'_>]) -> String {
    let mut out = String::new();
    match found {
        [] => {}
        [one] => {
            match one {
                Found::Office(o) => {
                    let titles: Vec<&str> = o.titles.iter().map(|t| t.title.as_str()).collect();
                    let _ = writeln!(out, "{} — office {} ({})", office_label(claims, &o.id), o.id, place(&o.origin));
                    let _ = writeln!(out, "titles: {}", titles.join(", "));
                }
                Found::Person(p) => {
                    let _ = writeln!(out, "{} — person {} ({})", p.name, p.id, place(&p.origin));
                    if !p.aliases.is_empty() {
                        let _ = writeln!(out, "also: {}", p.aliases.join(", "));
                    }
                }
            }
            out.push('\n');
            let shown = tenures(claims, *one);
            let mut rows =
                vec![["person", "office", "start", "end", "acting", "source", "origin"].map(String::from).to_vec()];
            for t in &shown {
                rows.push(vec![
                    person_name(claims, &t.person),
                    t.office.clone(),
                    t.start.to_string(),
                    end_text(t),
                    if t.acting { "yes" } else { "no" }.to_string(),
                    t.source.clone().unwrap_or_else(|| "—".to_string()),
                    place(&t.origin),
                ]);
            }
            if shown.is_empty() {
                out.push_str("no tenures\n");
            } else {
                out.push_str(&table(&rows));
                let n = shown.len();
                let _ = writeln!(out, "{n} {}", if n == 1 { "tenure" } else { "tenures" });
            }
        }
        several => {
            let _ = writeln!(out, "{} matches for \"{query}\"; name one by its id:", several.len());
            let rows: Vec<Vec<String>> = several
                .iter()
                .map(|f| match f {
                    Found::Office(o) => {
                        vec!["office".into(), o.id.clone(), office_label(claims, &o.id), place(&o.origin)]
                    }
                    Found::Person(p) => vec!["person".into(), p.id.clone(), p.name.clone(), place(&p.origin)],
                })
                .collect();
            for line in table(&rows).lines() {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    let _ = writeln!(out, "claims: {}", claims.summary().describe());
    sanitize(&out).into_owned()
}

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    query: &'a str,
    matches: Vec<JsonMatch>,
    /// The tenures of the one match; empty when there are several.
    tenures: Vec<JsonTenure>,
    ledger: JsonLedger,
}

#[derive(Serialize)]
struct JsonMatch {
    kind: &'static str,
    id: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    jurisdiction: Option<String>,
    /// Every title (offices) or alias (people).
    also: Vec<String>,
    path: String,
    line: usize,
    column: usize,
}

#[derive(Serialize)]
struct JsonTenure {
    person: String,
    person_name: String,
    office: String,
    office_name: String,
    start: String,
    end: Option<String>,
    acting: bool,
    source: Option<String>,
    current_to: Option<String>,
    path: String,
    line: usize,
    column: usize,
}

/// The answer for programs:
/// `{"version", "query", "matches": [{"kind", "id", "name", …}], "tenures": […], "ledger": {…}}`.
pub fn json(claims: &ClaimSet, query: &str, found: &[Found<'_>]) -> String {
    let matches = found
        .iter()
        .map(|f| match f {
            Found::Office(o) => JsonMatch {
                kind: "office",
                id: o.id.clone(),
                name: o.name.clone(),
                jurisdiction: Some(o.jurisdiction.clone()),
                also: o.titles.iter().map(|t| t.title.clone()).collect(),
                path: o.origin.path.clone(),
                line: o.origin.line,
                column: o.origin.column,
            },
            Found::Person(p) => JsonMatch {
                kind: "person",
                id: p.id.clone(),
                name: p.name.clone(),
                jurisdiction: None,
                also: p.aliases.clone(),
                path: p.origin.path.clone(),
                line: p.origin.line,
                column: p.origin.column,
            },
        })
        .collect();
    let shown = match found {
        [one] => tenures(claims, *one),
        _ => Vec::new(),
    };
    let tenures = shown
        .iter()
        .map(|t| JsonTenure {
            person: t.person.clone(),
            person_name: person_name(claims, &t.person),
            office: t.office.clone(),
            office_name: office_label(claims, &t.office),
            start: t.start.to_string(),
            end: t.end.map(|e| e.to_string()),
            acting: t.acting,
            source: t.source.clone(),
            current_to: t.current_to.map(|d| d.to_string()),
            path: t.origin.path.clone(),
            line: t.origin.line,
            column: t.origin.column,
        })
        .collect();
    let out = Output { version: VERSION, query, matches, tenures, ledger: JsonLedger::from(&claims.summary()) };
    let mut s = serde_json::to_string_pretty(&out).expect("ledger types serialise");
    s.push('\n');
    s
}
