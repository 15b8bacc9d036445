//! SARIF 2.1.0, for code-scanning services.
//!
//! One result per finding: the first piece of evidence is `locations`, the
//! others (the other sources, the claim-file entry) are `relatedLocations`,
//! each with a message saying what it is. `ruleId` is the finding's code;
//! `tool.driver.rules` lists every code with its documentation, so that a
//! viewer can show the help. `partialFingerprints["factdiff/v1"]` is the
//! finding's [`crate::fingerprint`], which ignores lines and columns, so a
//! finding that moves keeps its identity across runs. Columns count Unicode
//! scalar values (`columnKind: unicodeCodePoints`). Input errors are
//! `toolExecutionNotifications` of the invocation.
//!
//! An entry of the built-in ledger (origin `<built-in>/FILE`) is located by
//! its path below the `BUILTIN_CLAIMS` base (`uriBaseId`), which the run's
//! `originalUriBaseIds` describes; the claim set checked against is the
//! run's `properties.ledger`, as in the JSON summary.

use serde::Serialize;

use super::{Report, View};
use crate::compare::{Code, Evidence, Severity};
use crate::fingerprint;

pub struct Sarif;

/// The key of factdiff's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "factdiff/v1";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    invocations: [Invocation; 1],
    column_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<std::collections::BTreeMap<&'static str, BaseLocation>>,
    results: Vec<ResultObject>,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<RunProperties>,
}

/// What a base URI id stands for.
#[derive(Serialize)]
struct BaseLocation {
    description: Text,
}

#[derive(Serialize)]
struct RunProperties {
    ledger: super::json::JsonLedger,
}

/// The `uriBaseId` of built-in ledger entries.
const BUILTIN_BASE: &str = "BUILTIN_CLAIMS";

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: &'static str,
    markdown: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    locations: Vec<Location>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultObject {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: std::collections::BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

impl ArtifactLocation {
    /// A path as a location: below [`BUILTIN_BASE`] for a built-in entry.
    fn of(path: &str) -> ArtifactLocation {
        match path.strip_prefix(crate::claims::builtin::PREFIX) {
            Some(rest) => ArtifactLocation { uri: uri(rest), uri_base_id: Some(BUILTIN_BASE) },
            None => ArtifactLocation { uri: uri(path), uri_base_id: None },
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Text>,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference: `/` separators, and the characters
/// a URI may not hold percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => out.push(b as char),
            b'\\' => out.push('/'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn location(e: &Evidence, id: Option<usize>, message: Option<String>) -> Location {
    // A source mention on one line gets its end column; a claim-file entry
    // is a point.
    let end_column = (e.span.is_some() && !e.text.contains('\n')).then(|| e.column + e.text.chars().count());
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation::of(&e.path),
            region: Some(Region {
                start_line: e.line.max(1),
                start_column: e.column.max(1),
                end_column,
                snippet: e.span.is_some().then(|| Text { text: e.text.clone() }),
            }),
        },
        message: message.map(|text| Text { text }),
    }
}

/// The text under `## heading` in a check's doc, else its first line.
fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let marker = format!("## {heading}\n");
    match doc.find(&marker) {
        Some(i) => {
            let rest = &doc[i + marker.len()..];
            rest[..rest.find("\n## ").unwrap_or(rest.len())].trim()
        }
        None => doc.lines().next().unwrap_or_default(),
    }
}

fn rules() -> Vec<Rule> {
    Code::ALL
        .iter()
        .map(|&c| Rule {
            id: c.as_str(),
            short_description: Text { text: c.doc().lines().next().unwrap_or_default().to_string() },
            full_description: Text { text: section(c.doc(), "What it does").to_string() },
            help: Help { text: c.doc(), markdown: c.doc() },
            default_configuration: Configuration { level: level(c.default_severity()) },
        })
        .collect()
}

impl Report for Sarif {
    fn render(&self, view: &View<'_>) -> String {
        let findings = &view.run.comparison.findings;
        let prints = fingerprint::all(findings);
        let results = findings
            .iter()
            .zip(prints)
            .map(|(f, print)| {
                let related = f
                    .evidence
                    .iter()
                    .enumerate()
                    .skip(1)
                    .map(|(i, e)| {
                        let what = if e.span.is_some() {
                            format!("the other source: “{}” ({})", e.text, e.value)
                        } else {
                            format!("the claim-file entry: {}", e.text)
                        };
                        location(e, Some(i), Some(what))
                    })
                    .collect();
                ResultObject {
                    rule_id: f.code.as_str(),
                    rule_index: Code::ALL.iter().position(|&c| c == f.code).unwrap_or(0),
                    level: level(f.severity),
                    message: Text { text: f.message.clone() },
                    locations: f.evidence.first().map(|e| location(e, None, None)).into_iter().collect(),
                    related_locations: related,
                    partial_fingerprints: [(FINGERPRINT_KEY, print)].into_iter().collect(),
                }
            })
            .collect();
        let notifications = view
            .errors
            .iter()
            .map(|e| Notification {
                level: "error",
                message: Text {
                    text: match &e.help {
                        Some(h) => format!("{} ({h})", e.message),
                        None => e.message.clone(),
                    },
                },
                locations: e
                    .path
                    .iter()
                    .map(|p| Location {
                        id: None,
                        physical_location: PhysicalLocation {
                            artifact_location: ArtifactLocation::of(&p.display().to_string()),
                            region: e.location.map(|l| Region {
                                start_line: l.line.max(1),
                                start_column: l.column.max(1),
                                end_column: None,
                                snippet: None,
                            }),
                        },
                        message: None,
                    })
                    .collect(),
            })
            .collect();
        let uses_builtin =
            findings.iter().flat_map(|f| &f.evidence).any(|e| e.path.starts_with(crate::claims::builtin::PREFIX));
        let log = Log {
            schema: "https://json.schemastore.org/sarif-2.1.0.json",
            version: "2.1.0",
            runs: [Run {
                tool: Tool { driver: Driver { name: "factdiff", version: env!("CARGO_PKG_VERSION"), rules: rules() } },
                invocations: [Invocation {
                    execution_successful: view.errors.is_empty(),
                    tool_execution_notifications: notifications,
                }],
                column_kind: "unicodeCodePoints",
                original_uri_base_ids: uses_builtin.then(|| {
                    let text = format!(
                        "the claim files built into factdiff {} (the repository's claims/ folder)",
                        env!("CARGO_PKG_VERSION")
                    );
                    [(BUILTIN_BASE, BaseLocation { description: Text { text } })].into_iter().collect()
                }),
                results,
                properties: (view.subject == super::Subject::Texts)
                    .then(|| RunProperties { ledger: super::json::JsonLedger::from(&view.run.ledger) }),
            }],
        };
        let mut s = serde_json::to_string_pretty(&log).expect("SARIF types serialise");
        s.push('\n');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_relative_uri_references() {
        assert_eq!(uri("articles/a b.md"), "articles/a%20b.md");
        assert_eq!(uri("claims/日.yaml"), "claims/%E6%97%A5.yaml");
    }
}
