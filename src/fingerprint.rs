//! Fingerprints: a finding's identity that survives edits elsewhere in a
//! file.
//!
//! A fingerprint hashes the finding's code and, for every piece of
//! evidence, its path and normalised claim (its fields, or its value and
//! surface text) — never a line, column or byte offset. A blank line
//! inserted above a finding leaves its fingerprint as it was; editing the
//! claim-file entry it contradicts, or the mention itself, gives a new one.
//!
//! The hash is 64-bit FNV-1a over a length-prefixed serialisation, written
//! as 16 lower-case hex digits: stable across platforms, builds and runs.
//! Findings with the same identity (the same mention twice in one text) are
//! told apart by their occurrence number, in report order.

use std::collections::BTreeMap;

use crate::compare::{Evidence, Finding};

/// The fingerprint of each finding, in order.
///
/// # Example
/// ```
/// # use factdiff::compare::{Code, Finding, Severity};
/// let f = Finding { code: Code::FigureMismatch, severity: Severity::Error, message: "m".into(), evidence: vec![] };
/// let prints = factdiff::fingerprint::all(&[f.clone(), f]);
/// assert_eq!(prints[0].len(), 16);
/// assert_ne!(prints[0], prints[1]);
/// ```
pub fn all(findings: &[Finding]) -> Vec<String> {
    let mut seen: BTreeMap<u64, u64> = BTreeMap::new();
    findings
        .iter()
        .map(|f| {
            let base = identity(f);
            let n = seen.entry(base).or_insert(0);
            *n += 1;
            let hash = if *n == 1 {
                base
            } else {
                let mut h = Fnv::new();
                h.field(&base.to_le_bytes());
                h.field(&n.to_le_bytes());
                h.0
            };
            format!("{hash:016x}")
        })
        .collect()
}

/// The hash of a finding's identity, before occurrences are counted.
fn identity(f: &Finding) -> u64 {
    let mut h = Fnv::new();
    h.field(f.code.as_str().as_bytes());
    for e in &f.evidence {
        evidence(&mut h, e);
    }
    // Findings with no normalised claims (claim-file problems) are told
    // apart by their message.
    if f.evidence.iter().all(|e| e.fields.is_empty()) {
        h.field(f.message.as_bytes());
    }
    h.0
}

fn evidence(h: &mut Fnv, e: &Evidence) {
    h.field(e.path.as_bytes());
    h.field(e.text.as_bytes());
    h.field(e.value.as_bytes());
    for (k, v) in &e.fields {
        h.field(k.as_bytes());
        h.field(v.as_bytes());
    }
}

/// 64-bit FNV-1a; each field is prefixed with its length so that
/// `("ab", "c")` and `("a", "bc")` differ.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn field(&mut self, bytes: &[u8]) {
        self.bytes(&(bytes.len() as u64).to_le_bytes());
        self.bytes(bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{Code, Severity};

    fn finding(line: usize, person: &str) -> Finding {
        Finding {
            code: Code::LedgerHolderConflict,
            severity: Severity::Error,
            message: format!("at line {line}"),
            evidence: vec![Evidence {
                path: "a.md".into(),
                line,
                column: 1,
                span: None,
                doc: None,
                text: "Prime Minister X".into(),
                value: person.into(),
                fields: vec![("person", person.into())],
            }],
        }
    }

    #[test]
    fn moving_a_finding_keeps_its_fingerprint_and_changing_the_claim_does_not() {
        assert_eq!(all(&[finding(3, "X")]), all(&[finding(9, "X")]));
        assert_ne!(all(&[finding(3, "X")]), all(&[finding(3, "Y")]));
    }

    #[test]
    fn known_value_is_stable_across_builds() {
        let mut h = Fnv::new();
        h.bytes(b"a");
        assert_eq!(h.0, 0xaf63_dc4c_8601_ec8c);
    }
}
