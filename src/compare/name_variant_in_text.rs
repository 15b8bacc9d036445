#![doc = include_str!("../../docs/checks/name-variant-in-text.md")]

use std::collections::{BTreeMap, HashMap, HashSet};

use super::holder_name_misspelt::{is_known_name, misspelt_holder};
use super::{Code, Evidence, Finding, Input, office_claims, office_evidence};
use crate::claims::ClaimSet;
use crate::names::{self, NameMatch};
use crate::normalise::{Claim, OfficeClaim};
use crate::span::{LineIndex, Span};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/name-variant-in-text.md");

/// Distinct names compared per text: pairs grow with the square, so a text
/// naming more people than this is compared on its first names only.
const MAX_NAMES: usize = 200;

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut by_doc: BTreeMap<usize, Vec<(&Claim, &OfficeClaim)>> = BTreeMap::new();
    // Name keys and name comparisons, once per name and per pair of names:
    // the same people recur across texts.
    let mut key_of: HashMap<&str, u32> = HashMap::new();
    let mut numbers: HashMap<String, u32> = HashMap::new();
    let mut near_pairs: HashMap<(&str, &str), bool> = HashMap::new();
    // The name keys of each document's people, beside them.
    let mut keys: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
    for (claim, office) in office_claims(input.claims) {
        let people = by_doc.entry(claim.doc).or_default();
        if people.len() >= MAX_NAMES {
            continue;
        }
        let key = *key_of.entry(&office.person).or_insert_with(|| {
            let next = numbers.len() as u32;
            *numbers.entry(names::person_key(&office.person)).or_insert(next)
        });
        let seen = keys.entry(claim.doc).or_default();
        if !seen.contains(&key) {
            seen.push(key);
            people.push((claim, office));
        }
    }
    for (&doc, people) in &by_doc {
        for (j, &(cb, b)) in people.iter().enumerate() {
            for &(ca, a) in &people[..j] {
                let pair = if a.person <= b.person { (&*a.person, &*b.person) } else { (&*b.person, &*a.person) };
                if !*near_pairs.entry(pair).or_insert_with(|| near(&a.person, &b.person))
                    || distinct_known(input.ledger, a, b)
                {
                    continue;
                }
                // The spelling the claim files know is the intended one; else the first.
                let ((cv, v), (ci, i)) = if known(input.ledger, a).is_empty() && !known(input.ledger, b).is_empty() {
                    ((ca, a), (cb, b))
                } else {
                    ((cb, b), (ca, a))
                };
                if misspelt_holder(input.ledger, v).is_some() {
                    continue;
                }
                findings.push(finding(
                    &v.person,
                    &i.person,
                    office_evidence(input, cv, v),
                    office_evidence(input, ci, i),
                ));
            }
        }
        possessives(input, doc, people, findings);
    }
}

/// Possessive names elsewhere in the text ("Nakatni's") near a named person's.
fn possessives(input: &Input<'_>, doc: usize, people: &[(&Claim, &OfficeClaim)], findings: &mut Vec<Finding>) {
    let text = input.documents[doc].text.as_str();
    // Built at the first possessive: most texts have few or none.
    let mut name_words: Option<Vec<String>> = None;
    let mut lines: Option<LineIndex> = None;
    let mut reported: HashSet<String> = HashSet::new();
    for (at, mark) in text.match_indices(['\'', '’']) {
        let after = &text[at + mark.len()..];
        if !after.starts_with('s') || after[1..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some(word) = word_before(text, at) else { continue };
        let folded = names::fold_words(word).concat();
        let name_words =
            name_words.get_or_insert_with(|| people.iter().flat_map(|(_, o)| names::fold_words(&o.person)).collect());
        if name_words.contains(&folded)
            || reported.contains(&folded)
            || crate::jurisdiction::lookup(word).is_some()
            || is_known_name(input.ledger, word)
        {
            continue;
        }
        let Some(&(claim, office)) =
            people.iter().find(|(_, o)| names::compare_names(word, &o.person) == NameMatch::Near)
        else {
            continue;
        };
        reported.insert(folded);
        let span = Span::of(text, word);
        let location = lines.get_or_insert_with(|| LineIndex::new(text)).locate(text, span.start);
        let variant = Evidence {
            path: input.documents[doc].path.clone(),
            line: location.line,
            column: location.column,
            span: Some(span),
            doc: Some(doc),
            text: word.to_string(),
            value: word.to_string(),
            fields: vec![("person", word.to_string())],
        };
        findings.push(finding(word, &office.person, variant, office_evidence(input, claim, office)));
    }
}

/// The capitalised word of at least five letters that ends at byte `end`.
fn word_before(text: &str, end: usize) -> Option<&str> {
    let before = &text[..end];
    let start = before.char_indices().rev().take(31).take_while(|(_, c)| c.is_alphabetic()).last().map(|(i, _)| i)?;
    let word = &before[start..];
    let starts_word = before[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '-');
    (starts_word && word.chars().count() >= 5 && word.chars().next().is_some_and(char::is_uppercase)).then_some(word)
}

fn finding(variant: &str, intended: &str, primary: Evidence, other: Evidence) -> Finding {
    Finding {
        code: Code::NameVariantInText,
        severity: Code::NameVariantInText.default_severity(),
        message: format!("\"{variant}\" and \"{intended}\" in one text: likely one name spelt two ways"),
        evidence: vec![primary, other],
    }
}

fn near(a: &str, b: &str) -> bool {
    names::compare_names(a, b) == NameMatch::Near || names::compare_names(b, a) == NameMatch::Near
}

/// The claim files' people a claim's name may be: its person, or everyone
/// with that name (or family name, for one word).
fn known(ledger: &ClaimSet, office: &OfficeClaim) -> Vec<String> {
    if let Some(id) = &office.person_id {
        return vec![id.clone()];
    }
    let key = names::person_key(&office.person);
    let mut ids: Vec<String> = ledger.people_named(&key).into_iter().map(|p| p.id.clone()).collect();
    if ids.is_empty()
        && !key.contains(' ')
        && let Some(surname) = names::surname_key(&office.person)
    {
        ids = ledger.people_with_surname(&surname).into_iter().map(|p| p.id.clone()).collect();
    }
    ids
}

/// Whether the claim files know both names, as different people.
fn distinct_known(ledger: &ClaimSet, a: &OfficeClaim, b: &OfficeClaim) -> bool {
    let (ka, kb) = (known(ledger, a), known(ledger, b));
    !ka.is_empty() && !kb.is_empty() && !ka.iter().any(|x| kb.contains(x))
}
