#![doc = include_str!("../../docs/checks/name-variant-in-text.md")]

use std::collections::{HashMap, HashSet};

use super::holder_name_misspelt::{is_known_name, misspelt_holder};
use super::{Code, Evidence, Finding, Input, NumberMap, office_claims, office_evidence};
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
    // Office claims by document, in claim order within one.
    let mut by_doc: Vec<(&Claim, &OfficeClaim)> = office_claims(input.claims).collect();
    by_doc.sort_by_key(|(claim, _)| claim.doc);
    let mut names = Names::default();
    let mut people: Vec<Person<'_>> = Vec::new();
    let mut keys: Vec<u32> = Vec::new();
    for group in by_doc.chunk_by(|(a, _), (b, _)| a.doc == b.doc) {
        people.clear();
        keys.clear();
        for &(claim, office) in group.iter() {
            if people.len() >= MAX_NAMES {
                break;
            }
            let (name, key) = names.of(&office.person);
            if !keys.contains(&key) {
                keys.push(key);
                people.push(Person { claim, office, name });
            }
        }
        for (j, b) in people.iter().enumerate() {
            for a in &people[..j] {
                let (x, y) = (a.office, b.office);
                if !names.near(a.name, &x.person, b.name, &y.person) || distinct_known(input.ledger, x, y) {
                    continue;
                }
                // The spelling the claim files know is the intended one; else the first.
                let (v, i) = if known(input.ledger, x).is_empty() && !known(input.ledger, y).is_empty() {
                    (a, b)
                } else {
                    (b, a)
                };
                if misspelt_holder(input.ledger, v.office).is_some() {
                    continue;
                }
                findings.push(finding(
                    &v.office.person,
                    &i.office.person,
                    office_evidence(input, v.claim, v.office),
                    office_evidence(input, i.claim, i.office),
                ));
            }
        }
        possessives(input, group[0].0.doc, &people, &mut names, findings);
    }
}

/// One person a text names: the first claim naming them.
struct Person<'a> {
    claim: &'a Claim,
    office: &'a OfficeClaim,
    /// The name's number in [`Names`].
    name: u32,
}

/// Names numbered once, with their keys, their folded words and their
/// comparisons: the same people recur across texts.
#[derive(Default)]
struct Names<'a> {
    /// Name → (its number, its key's number).
    numbers: HashMap<&'a str, (u32, u32)>,
    keys: HashMap<String, u32>,
    words: Vec<Vec<String>>,
    near: NumberMap<(u32, u32), bool>,
}

impl<'a> Names<'a> {
    fn of(&mut self, name: &'a str) -> (u32, u32) {
        if let Some(&n) = self.numbers.get(name) {
            return n;
        }
        let next_key = self.keys.len() as u32;
        let key = *self.keys.entry(names::person_key(name)).or_insert(next_key);
        let number = (self.words.len() as u32, key);
        self.words.push(names::fold_words(name));
        self.numbers.insert(name, number);
        number
    }

    fn near(&mut self, a: u32, a_name: &str, b: u32, b_name: &str) -> bool {
        *self.near.entry((a.min(b), a.max(b))).or_insert_with(|| near(a_name, b_name))
    }
}

/// Possessive names elsewhere in the text ("Nakatni's") near a named person's.
fn possessives(
    input: &Input<'_>,
    doc: usize,
    people: &[Person<'_>],
    names: &mut Names<'_>,
    findings: &mut Vec<Finding>,
) {
    let text = input.documents[doc].text.as_str();
    let mut lines: Option<LineIndex> = None;
    let mut reported: HashSet<String> = HashSet::new();
    // The bytes that start `'` and `’`, found with memchr: this pass reads every text.
    for at in memchr::memchr2_iter(b'\'', 0xE2, text.as_bytes()) {
        let Some(mark) = ["\'", "’"].into_iter().find(|m| text[at..].starts_with(m)) else { continue };
        let after = &text[at + mark.len()..];
        if !after.starts_with('s') || after[1..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        let Some(word) = word_before(text, at) else { continue };
        // Cheapest tests first: most possessives are of places ("Japan's").
        if input.ledger.jurisdiction_named(word) {
            continue;
        }
        let folded = names::fold_words(word).concat();
        if reported.contains(&folded)
            || people.iter().any(|p| names.words[p.name as usize].contains(&folded))
            || is_known_name(input.ledger, word)
        {
            continue;
        }
        let Some(person) = people.iter().find(|p| names::compare_names(word, &p.office.person) == NameMatch::Near)
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
        findings.push(finding(
            word,
            &person.office.person,
            variant,
            office_evidence(input, person.claim, person.office),
        ));
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
