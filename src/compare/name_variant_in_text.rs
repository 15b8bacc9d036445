#![doc = include_str!("../../docs/checks/name-variant-in-text.md")]

use std::collections::{HashMap, HashSet};

use super::holder_name_misspelt::{is_known_name, misspelt_holder};
use super::ledger_holder_conflict::tenure_evidence;
use super::{Code, Evidence, Finding, Input, NumberMap, office_claims, office_evidence, office_label};
use crate::claims::{ClaimSet, Tenure};
use crate::names::{self, NameMatch, NameParts};
use crate::normalise::{Claim, OfficeClaim};
use crate::span::{LineIndex, Span};
use crate::vocab::people;

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
                if !names.near(a.name, b.name) || distinct_known(input.ledger, x, y) {
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
        dropped_particles(input, group, &people, &names.parts, findings);
        let claimed: Vec<Span> = group.iter().map(|(claim, _)| claim.span).collect();
        bare_words(input, group[0].0.doc, &people, &names.parts, claimed, findings);
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
    /// Each name taken apart, by its number.
    parts: Vec<NameParts>,
    near: NumberMap<(u32, u32), bool>,
}

impl<'a> Names<'a> {
    fn of(&mut self, name: &'a str) -> (u32, u32) {
        if let Some(&n) = self.numbers.get(name) {
            return n;
        }
        let next_key = self.keys.len() as u32;
        let parts = NameParts::of(name);
        let key = *self.keys.entry(names::key_of(&parts)).or_insert(next_key);
        let number = (self.parts.len() as u32, key);
        self.parts.push(parts);
        self.numbers.insert(name, number);
        number
    }

    fn near(&mut self, a: u32, b: u32) -> bool {
        let (pa, pb) = (&self.parts[a as usize], &self.parts[b as usize]);
        *self.near.entry((a.min(b), a.max(b))).or_insert_with(|| {
            names::compare_parts(pa, pb) == NameMatch::Near || names::compare_parts(pb, pa) == NameMatch::Near
        })
    }
}

/// A person the text names, as the bare-word scan compares words with them.
struct Named<'p, 'a> {
    person: &'p Person<'a>,
    /// Family-name words of five letters or more: a bare word one or two
    /// edits from one of them is likely it misspelt. (Given names are too
    /// alike to tell one from another alone: "Donald" and "Ronald".)
    long_words: Vec<String>,
    /// The last word of each family name ("meloni"; "pen" of "le pen").
    family_last: Vec<String>,
    /// The first given name, if the name has one.
    given: Option<String>,
    /// A family name with particles, as (its last particle, its last word):
    /// ("le", "pen") for "Marine Le Pen".
    particled: Option<(String, String)>,
}

impl<'p, 'a> Named<'p, 'a> {
    fn of(person: &'p Person<'a>, parts: &NameParts) -> Named<'p, 'a> {
        let family_words: Vec<&str> = parts.family.first().map(|f| f.split(' ').collect()).unwrap_or_default();
        let family_last = parts.family.iter().filter_map(|f| f.rsplit(' ').next()).map(str::to_string).collect();
        let given = (!parts.short && !family_words.contains(&parts.words[0].as_str())).then(|| parts.words[0].clone());
        let particled = match family_words.as_slice() {
            [.., particle, last] if people::folded_kinds(particle).any(people::Kinds::PARTICLE) => {
                Some((particle.to_string(), last.to_string()))
            }
            _ => None,
        };
        let mut long_words: Vec<String> = parts
            .family
            .iter()
            .flat_map(|f| f.split(' '))
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_string)
            .collect();
        long_words.sort_unstable();
        long_words.dedup();
        Named { person, long_words, family_last, given, particled }
    }
}

/// How a bare word stands to the name it likely misspells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Garble {
    /// A letter or two off a family name, where a name stands ("Koizimu,";
    /// "Nakatni's").
    Near,
    /// A given name a letter or two off, before the family name ("Shinjuro"
    /// in "Shinjuro Koizumi" for Shinjiro Koizumi).
    Given,
    /// The family name without its particle ("Leyen" for von der Leyen).
    Particle,
    /// The family name run together with the next word, after the given
    /// name ("Sanae Takaichithe").
    Glued,
}

/// Words that a missing space may run onto the end of a name.
const GLUED_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "for", "on", "at", "is", "was", "has", "had", "said", "says", "will", "who",
    "with", "from", "as", "by",
];

/// Verbs that follow a name as its subject: a word before them stands where a name does.
const SAYING: &[&str] = &[" said", " says", " told", " added", " wrote", " asked"];

/// Bare words elsewhere in the text, with no title beside them, that are
/// likely misspellings of a name the text gives a named person: a word a
/// letter or two off one of the name's words where a name stands (before a
/// comma, a full stop, a possessive or "said"), a given name a letter or two
/// off before the family name, the family name without its particle, or
/// the family name run together with the next word. Each is reported once
/// per text: as `holder-name-misspelt` when the claim files have the person
/// in an office at the text's date, else as a name variant.
fn bare_words(
    input: &Input<'_>,
    doc: usize,
    people: &[Person<'_>],
    parts: &[NameParts],
    mut claimed: Vec<Span>,
    findings: &mut Vec<Finding>,
) {
    let text = input.documents[doc].text.as_str();
    let named: Vec<Named<'_, '_>> = people.iter().map(|p| Named::of(p, &parts[p.name as usize])).collect();
    let name_words: HashSet<&str> =
        people.iter().flat_map(|p| parts[p.name as usize].words.iter().map(String::as_str)).collect();
    // The family words to compare a bare word with, by length: only words
    // within the allowance of its length are compared.
    let mut by_length: Vec<(usize, &str, usize)> = named
        .iter()
        .enumerate()
        .flat_map(|(i, n)| n.long_words.iter().map(move |w| (w.chars().count(), w.as_str(), i)))
        .collect();
    by_length.sort_unstable();
    // The spans of the text's office claims: their names are compared as claims.
    claimed.sort_by_key(|s| s.start);
    let mut next_claim = 0;
    let mut lines: Option<LineIndex> = None;
    let mut reported: HashSet<String> = HashSet::new();
    let mut folded = String::new();
    for (start, end) in capitalised_words(text) {
        while next_claim < claimed.len() && claimed[next_claim].end <= start {
            next_claim += 1;
        }
        if claimed.get(next_claim).is_some_and(|c| c.start <= start) {
            continue;
        }
        let raw = &text[start..end];
        let (word, possessive) = match raw.strip_suffix("'s").or_else(|| raw.strip_suffix("’s")) {
            Some(w) => (w, true),
            None => (raw, false),
        };
        let after = &text[end..];
        let line_break = after.starts_with(['\n', '\r']);
        // A line break before a capitalised word may cut a name in two, as
        // wire copy is wrapped ("Donald⏎Regan").
        let wrapped = line_break && after.trim_start().starts_with(char::is_uppercase);
        let name_stands = possessive
            || after.is_empty()
            || after.starts_with([',', '.', ';', ':', '!', '?', ')', '"', '”', '’'])
            || (line_break && !wrapped)
            || SAYING.iter().any(|v| after.starts_with(v) && !after[v.len()..].starts_with(char::is_alphanumeric));
        // The word just before, when one space separates them.
        let before = word_before(text, start);
        if !name_stands && before.is_none() && next_word(after).is_none() {
            // No rule reads a word with nothing of a name around it (most capitalised words).
            continue;
        }
        fold_into(word, &mut folded);
        let len = folded.chars().count();
        if len < 3 || reported.contains(folded.as_str()) {
            continue;
        }
        // A word of a name the text gives can only be that name without its
        // particle. Name words are compared in the spelling keys use ("Chang"
        // is "Jang" romanised another way, not a misspelt "Cheng").
        let key = crate::vocab::name_forms::canonical(&folded);
        let in_a_name = name_words.contains(key);
        let found = if in_a_name {
            // Only the family name without its particle ("Leyen," after "von
            // der Leyen"); the particle may end the line before ("Perez de⏎Cuellar").
            let particle = particle_before(text, start);
            named
                .iter()
                .find(|n| {
                    name_stands
                        && n.particled
                            .as_ref()
                            .is_some_and(|(p, last)| last == key && particle.is_none_or(|b| !b.eq_ignore_ascii_case(p)))
                })
                .map(|n| (n, Garble::Particle))
        } else {
            let near = (name_stands && len >= 5)
                .then(|| {
                    let from = by_length.partition_point(|&(l, ..)| l + 2 < len);
                    by_length[from..]
                        .iter()
                        .take_while(|&&(l, ..)| l <= len + 2)
                        .find(|&&(_, w, _)| names::near_word(&folded, w) && !plural_of(&folded, w))
                        .map(|&(.., i)| (&named[i], Garble::Near))
                })
                .flatten();
            near.or_else(|| {
                let next = next_word(after);
                named.iter().find_map(|n| {
                    let g = n.given.as_deref()?;
                    if next.is_some_and(|next| n.family_last.iter().any(|f| folds_to(next, f)))
                        && names::near_word(&folded, g)
                    {
                        Some((n, Garble::Given))
                    } else if before.is_some_and(|b| folds_to(b, g)) && n.family_last.iter().any(|f| glued(&folded, f))
                    {
                        Some((n, Garble::Glued))
                    } else {
                        None
                    }
                })
            })
        };
        let Some((n, garble)) = found else { continue };
        // A sign-off, a byline or a one-word heading ("Reuter") is no sentence.
        if alone_on_its_line(text, start, end)
            || !plausible_misspelling(input.ledger, text, word, &folded, garble, after)
        {
            continue;
        }
        reported.insert(folded.clone());
        let span = Span::new(start, start + word.len());
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
        let intended = office_evidence(input, n.person.claim, n.person.office);
        findings.push(match tenure_then(input.ledger, n.person.office) {
            Some(tenure) => misspelt_holder_finding(input.ledger, word, n.person.office, tenure, variant, intended),
            None => finding(word, &n.person.office.person, variant, intended),
        });
    }
}

/// Short mentions resolved to a person the text names in full whose family
/// name has a particle, written without it: "Pen, the head of the party"
/// after "Marine Le Pen". (Bare words outside claims are read by
/// [`bare_words`]; a claim's own words are compared as claims, and its
/// resolved name hides how it was written.) Each person is reported once.
fn dropped_particles(
    input: &Input<'_>,
    group: &[(&Claim, &OfficeClaim)],
    people: &[Person<'_>],
    parts: &[NameParts],
    findings: &mut Vec<Finding>,
) {
    let mut reported: Vec<&str> = Vec::new();
    for &(claim, office) in group.iter().filter(|(_, o)| o.resolved_from.is_some()) {
        let Some(full) = people.iter().find(|p| p.office.person == office.person && !std::ptr::eq(p.claim, claim))
        else {
            continue;
        };
        let named = Named::of(full, &parts[full.name as usize]);
        let Some((particle, last)) = &named.particled else { continue };
        let text = input.documents[claim.doc].text.as_str();
        // The full mention must itself write the particle, capitalised as
        // part of the name ("Le Pen", "Di Maio"): English copy keeps such a
        // particle, and drops a lower-case one as a matter of style
        // ("Weizsaecker" for Richard von Weizsaecker, "Assad" for al-Assad).
        let written_with = |span: Span| {
            words_in(text, span).any(|(s, e)| {
                folds_to(&text[s..e], last)
                    && particle_before(text, s)
                        .is_some_and(|p| folds_to(p, particle) && p.starts_with(char::is_uppercase))
            })
        };
        if reported.contains(&office.person.as_str()) || !written_with(full.claim.span) {
            continue;
        }
        let Some((start, end)) = words_in(text, claim.span).find(|&(s, e)| {
            folds_to(&text[s..e], last) && particle_before(text, s).is_none_or(|p| !folds_to(p, particle))
        }) else {
            continue;
        };
        reported.push(&office.person);
        let word = &text[start..end];
        let span = Span::new(start, end);
        let location = LineIndex::new(text).locate(text, start);
        let variant = Evidence {
            path: input.documents[claim.doc].path.clone(),
            line: location.line,
            column: location.column,
            span: Some(span),
            doc: Some(claim.doc),
            text: word.to_string(),
            value: word.to_string(),
            fields: vec![("person", word.to_string())],
        };
        let intended = office_evidence(input, full.claim, full.office);
        findings.push(match tenure_then(input.ledger, full.office) {
            Some(tenure) => misspelt_holder_finding(input.ledger, word, full.office, tenure, variant, intended),
            None => finding(word, &full.office.person, variant, intended),
        });
    }
}

/// The words (letter runs) of `span` in `text`, as byte ranges.
fn words_in(text: &str, span: Span) -> impl Iterator<Item = (usize, usize)> + '_ {
    let inner = &text[span.start..span.end];
    inner.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(move |w| {
        let start = w.as_ptr() as usize - inner.as_ptr() as usize + span.start;
        (start, start + w.len())
    })
}

/// The word before `at`, when one space or line break separates them.
fn particle_before(text: &str, at: usize) -> Option<&str> {
    let before = text[..at].strip_suffix([' ', '\n'])?;
    before.rsplit(|c: char| !c.is_alphabetic()).next().filter(|w| !w.is_empty())
}

/// Whether a candidate misspelling survives the tests against words that
/// are names or words in their own right: a family name the claim files
/// know ("Kishi" beside "Kishida"), a country, a title or calendar word, a
/// word the text also writes in lower case ("melons"), or the family name
/// of another person the text names in full ("Donald Regan" beside
/// "Ronald Reagan").
fn plausible_misspelling(ledger: &ClaimSet, text: &str, word: &str, folded: &str, garble: Garble, after: &str) -> bool {
    if ledger.jurisdiction_named(word)
        || crate::vocab::titles::all().iter().any(|t| t.phrase == folded)
        || crate::vocab::calendar::lookup(word).is_some()
    {
        return false;
    }
    match garble {
        Garble::Near => {
            !is_known_name(ledger, word) && !written_in_lower_case(text, folded) && !full_name_elsewhere(text, word)
        }
        Garble::Given => {
            let pair = next_word(after).map(|next| format!("{word} {next}")).unwrap_or_default();
            ledger.people_named(&names::person_key(&pair)).is_empty()
        }
        Garble::Particle | Garble::Glued => !is_known_name(ledger, word),
    }
}

/// The words of a text that start with a capital, as byte ranges: letters,
/// with hyphens and apostrophes inside ("Jean-Luc", "O'Brien",
/// "Nakatni's"); at most 40 bytes each. One pass over the bytes, decoding
/// only non-ASCII characters: this reads every text.
fn capitalised_words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    // Whether the character before `i` is part of a word.
    let mut in_word = false;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() && !b.is_ascii_alphanumeric() {
                in_word = false;
                i += 1;
                continue;
            }
            let (first, len) = char_at(text, i);
            if !is_word_char(first) {
                in_word = false;
                i += len;
                continue;
            }
            let start = i;
            let starts_word = !in_word;
            in_word = true;
            i += len;
            // To the end of the word: ASCII letters and digits in a tight loop.
            loop {
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if i >= bytes.len() {
                    break;
                }
                let (c, len) = char_at(text, i);
                let inner = matches!(c, '-' | '\'' | '’') && text[i + len..].starts_with(char::is_alphabetic);
                if !(inner || (!c.is_ascii() && is_word_char(c))) {
                    break;
                }
                i += len;
            }
            if starts_word && first.is_uppercase() && i - start <= 40 {
                return Some((start, i));
            }
        }
        None
    })
}

/// The character at byte `i` and its length: a byte for ASCII.
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() { (char::from(b), 1) } else { text[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())) }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The word that ends one space before `at`, if any.
pub(crate) fn word_before(text: &str, at: usize) -> Option<&str> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last()?.0;
    Some(&before[start..])
}

/// `word` folded as [`names::fold_words`] folds it, joined, into a reused buffer.
fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()));
    } else {
        out.push_str(&names::fold_words(word).concat());
    }
}

pub(crate) fn fold(word: &str) -> String {
    let mut out = String::new();
    fold_into(word, &mut out);
    out
}

/// Whether `word` folds to `folded` ([`names::fold_words`], joined).
fn folds_to(word: &str, folded: &str) -> bool {
    if word.is_ascii() {
        let letters = word.bytes().filter(|b| b.is_ascii_alphanumeric());
        letters.map(|b| b.to_ascii_lowercase()).eq(folded.bytes())
    } else {
        fold(word) == folded
    }
}

/// The capitalised word right after one space, if any.
fn next_word(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    let len = rest.find(|c: char| !(c.is_alphabetic() || c == '-')).unwrap_or(rest.len());
    let word = &rest[..len];
    word.starts_with(char::is_uppercase).then_some(word)
}

/// Whether `folded` is `name` with a plural ending: "the Masses", "the
/// Kennedys" speak of a family, or are common nouns.
fn plural_of(folded: &str, name: &str) -> bool {
    folded.strip_prefix(name).is_some_and(|rest| rest == "s" || rest == "es")
}

/// Whether the word from `start` to `end` is the only word on its line.
fn alone_on_its_line(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    text[line_start..start].trim().is_empty() && text[end..line_end].trim().trim_end_matches('.').is_empty()
}

/// Whether `folded` is the family name `family` with a short word run onto it ("melonithe").
fn glued(folded: &str, family: &str) -> bool {
    family.chars().count() >= 4 && folded.strip_prefix(family).is_some_and(|rest| GLUED_WORDS.contains(&rest))
}

/// Whether the text writes `folded` as a word in lower case somewhere: a
/// common word, not a name.
fn written_in_lower_case(text: &str, folded: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), folded.as_bytes()).any(|i| {
        let before = text[..i].chars().next_back();
        let after = text[i + folded.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether the text writes `word` after a capitalised word that is not a
/// title or a title of address: the family name of someone it names in
/// full ("Donald Regan").
fn full_name_elsewhere(text: &str, word: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|i| {
        let before = text[..i].trim_end_matches([' ', '\t', '\r', '\n']);
        if before.len() == i || i - before.len() > 12 {
            return false;
        }
        let given_start =
            before.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map_or(before.len(), |(j, _)| j);
        let given = &before[given_start..];
        let folded = fold(given);
        given.starts_with(char::is_uppercase)
            && given.chars().count() >= 2
            && !crate::vocab::titles::all().iter().any(|t| t.phrase == folded)
            && !{
                let k = people::folded_kinds(&folded);
                k.any(people::Kinds::LEADING) || k.any(people::Kinds::PARTICLE)
            }
    })
}

/// The tenure the claim files have the claim's person in at the claim's date.
fn tenure_then<'c>(ledger: &'c ClaimSet, office: &OfficeClaim) -> Option<&'c Tenure> {
    let (id, at) = (office.person_id.as_deref()?, office.as_of?);
    ledger.tenures_of_person(id).into_iter().find(|t| t.overlaps(&at))
}

/// A bare word that misspells the name of a person the claim files have in office.
fn misspelt_holder_finding(
    ledger: &ClaimSet,
    word: &str,
    office: &OfficeClaim,
    tenure: &Tenure,
    variant: Evidence,
    intended: Evidence,
) -> Finding {
    let when = office.as_of.map_or_else(String::new, |at| format!(" on {at}"));
    Finding {
        code: Code::HolderNameMisspelt,
        severity: Code::HolderNameMisspelt.default_severity(),
        message: format!(
            "\"{word}\" in a text that names {}: likely a misspelling of {}, whom the claim files have as {}{when}",
            office.person,
            office.person,
            office_label(ledger, &tenure.office),
        ),
        evidence: vec![variant, intended, tenure_evidence(ledger, tenure)],
    }
}

fn finding(variant: &str, intended: &str, primary: Evidence, other: Evidence) -> Finding {
    Finding {
        code: Code::NameVariantInText,
        severity: Code::NameVariantInText.default_severity(),
        message: format!("\"{variant}\" and \"{intended}\" in one text: likely one name spelt two ways"),
        evidence: vec![primary, other],
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_words_keep_hyphens_and_apostrophes_inside() {
        let text = "Jean-Luc met O'Brien’s aide, and Élodie left; mid-Word X9 état. Ünal";
        let got: Vec<&str> = capitalised_words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["Jean-Luc", "O'Brien’s", "Élodie", "X9", "Ünal"]);
    }

    #[test]
    fn the_word_before_is_one_space_back() {
        let text = "Sanae Takaichithe host. Next";
        assert_eq!(word_before(text, 6), Some("Sanae"));
        assert_eq!(word_before(text, 24), None, "a full stop between");
    }
}
