#![doc = include_str!("../../docs/checks/unknown-title.md")]

use std::collections::HashSet;

use super::ledger_holder_conflict::tenure_evidence;
use super::name_variant_in_text::{fold, word_before};
use super::{Code, Evidence, Finding, Input, ledger_evidence, office_claims, office_evidence};
use crate::claims::{ClaimSet, Person, Tenure, Title};
use crate::extract::office::Post;
use crate::names;
use crate::normalise::OfficeClaim;
use crate::span::{LineIndex, Span};
use crate::time::DateValue;
use crate::vocab::people;

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/unknown-title.md");

/// Titles that say a person's rank, not an office: "former Cabinet minister
/// Clare Short", "a government minister", "junior minister".
const RANK_TITLES: &[&str] = &["cabinet minister", "government minister", "junior minister", "senior minister"];

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    cut_titles(input, findings);
    let mut reported: HashSet<(usize, String, String)> = HashSet::new();
    for (claim, office) in office_claims(input.claims) {
        let Some(person) = known_holder_with_unknown_title(input.ledger, office) else { continue };
        let key = (claim.doc, person.id.clone(), names::title_key(&office.title));
        if !reported.insert(key) {
            continue;
        }
        let tenures: Vec<_> = input
            .ledger
            .tenures_of_person(&person.id)
            .into_iter()
            .filter(|t| office.as_of.is_none_or(|at| t.overlaps(&at)))
            .collect();
        let mut evidence = vec![office_evidence(input, claim, office)];
        let holds = if tenures.is_empty() {
            evidence.push(ledger_evidence(
                &person.origin,
                person.name.clone(),
                person.name.clone(),
                vec![("person", person.name.clone()), ("id", person.id.clone())],
            ));
            String::new()
        } else {
            let offices: Vec<String> = tenures.iter().map(|t| super::office_label(input.ledger, &t.office)).collect();
            evidence.extend(tenures.iter().map(|t| tenure_evidence(input.ledger, t)));
            let nearest = nearest_title(input.ledger, &office.title, &tenures)
                .map_or_else(String::new, |t| format!(": did you mean \"{t}\"?"));
            format!("; they have {} as {} then{nearest}", person.name, offices.join(" and "))
        };
        let country = office
            .jurisdiction
            .as_deref()
            .map(|c| input.ledger.jurisdiction_name(c))
            .map_or_else(String::new, |c| format!("{c} "));
        findings.push(Finding {
            code: Code::UnknownTitle,
            severity: Code::UnknownTitle.default_severity(),
            message: format!(
                "{} is named as \"{}\", but no {country}office in the claim files has that title{holds}",
                office.person, office.title,
            ),
            evidence,
        });
    }
}

/// The title of the person's offices nearest to the title as written: the
/// one with the most words in common, then the fewest edits apart ("Farm
/// Minister" → "Minister of Agriculture, Fisheries and Food"; "General" →
/// "Governor General").
fn nearest_title<'c>(ledger: &'c ClaimSet, written: &str, tenures: &[&Tenure]) -> Option<&'c str> {
    let key = names::title_key(written);
    let words: Vec<&str> = key.split(' ').collect();
    let mut titles: Vec<&Title> =
        tenures.iter().filter_map(|t| ledger.office(&t.office)).flat_map(|o| &o.titles).collect();
    titles.dedup_by(|a, b| a.title == b.title);
    titles
        .into_iter()
        .map(|t| {
            let k = names::title_key(&t.title);
            let common = k.split(' ').filter(|w| words.contains(w)).count();
            // Words as written, so that the spelling the text uses wins a tie ("Defense", "Defence").
            let (a, b) = (t.title.to_lowercase(), written.to_lowercase());
            let spelt = a.split_whitespace().filter(|w| b.split_whitespace().any(|x| x == *w)).count();
            let edits = names::edit_distance_within(&a, &b, a.len().max(b.len())).unwrap_or(usize::MAX);
            (std::cmp::Reverse(common), std::cmp::Reverse(spelt), edits, t.title.as_str())
        })
        .min()
        .map(|(.., t)| t)
}

/// A rank word that is the last word of the title of the office the person
/// after it holds, the words before it in that title missing: a title cut
/// short ("General Mary Simon" for the Governor General), which reads as a
/// military rank. Found in the texts, since a rank alone makes no office
/// mention. A rank that is no part of the person's title ("Gen. Ann Kerr"
/// for a Secretary of State) and the whole title ("Governor General Mary
/// Simon") are left alone.
fn cut_titles(input: &Input<'_>, findings: &mut Vec<Finding>) {
    // Each rank's searcher is built once per run, not once per text.
    static RANKS: std::sync::LazyLock<Vec<(&'static str, memchr::memmem::Finder<'static>)>> =
        std::sync::LazyLock::new(|| {
            people::of_kind(people::Kinds::RANK)
                .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase))
                .map(|w| (w, memchr::memmem::Finder::new(w.as_bytes())))
                .collect()
        });
    let mut docs: Vec<usize> = input.claims.iter().map(|c| c.doc).collect();
    docs.dedup();
    docs.sort_unstable();
    docs.dedup();
    for doc in docs {
        let document = &input.documents[doc];
        let Some(at) = document.published else { continue };
        let text = document.text.as_str();
        let mut hits: Vec<(usize, &str)> = RANKS
            .iter()
            .flat_map(|(rank, finder)| finder.find_iter(text.as_bytes()).map(move |i| (i, *rank)))
            .collect();
        hits.sort_unstable();
        let mut lines: Option<LineIndex> = None;
        for (start, rank) in hits {
            let end = start + rank.len();
            let whole_word = text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric() && c != '-')
                && text[end..].starts_with(' ');
            if !whole_word {
                continue;
            }
            let Some((name, person)) = known_name_after(input.ledger, &text[end..]) else { continue };
            let word_before = word_before(text, start).map(fold);
            let Some((tenure, title)) =
                ledger_title_ending_with(input.ledger, &person.id, &at, &fold(rank), word_before.as_deref())
            else {
                continue;
            };
            let span = Span::new(start, end + 1 + name.len());
            let location = lines.get_or_insert_with(|| LineIndex::new(text)).locate(text, span.start);
            let office_name = super::office_label(input.ledger, &tenure.office);
            let mention = Evidence {
                path: document.path.clone(),
                line: location.line,
                column: location.column,
                span: Some(span),
                doc: Some(doc),
                text: span.text(text).to_string(),
                value: format!("{} ({rank})", person.name),
                fields: vec![
                    ("person", person.name.clone()),
                    ("office", format!("(unresolved: {rank})")),
                    ("title-as-written", rank.to_string()),
                    ("as-of", at.to_string()),
                ],
            };
            let country = input.ledger.office(&tenure.office).map(|o| input.ledger.jurisdiction_name(&o.jurisdiction));
            findings.push(Finding {
                code: Code::UnknownTitle,
                severity: Code::UnknownTitle.default_severity(),
                message: format!(
                    "{} is named as \"{rank}\", but no {}office in the claim files has that title; they have {} as {office_name} then: did you mean \"{title}\"?",
                    person.name,
                    country.map_or_else(String::new, |c| format!("{c} ")),
                    person.name,
                ),
                evidence: vec![mention, tenure_evidence(input.ledger, tenure)],
            });
        }
    }
}

/// The name of someone the claim files know, written right after one
/// space: the longest of the next three capitalised words or fewer that
/// names exactly one person.
fn known_name_after<'t, 'c>(ledger: &'c ClaimSet, after: &'t str) -> Option<(&'t str, &'c Person)> {
    let rest = after.strip_prefix(' ')?;
    let mut ends = Vec::with_capacity(3);
    let mut at = 0;
    for _ in 0..3 {
        let word_len =
            rest[at..].find(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))).unwrap_or(rest.len() - at);
        if word_len == 0 || !rest[at..].starts_with(char::is_uppercase) {
            break;
        }
        ends.push(at + word_len);
        at += word_len;
        if !rest[at..].starts_with(' ') {
            break;
        }
        at += 1;
    }
    ends.into_iter().rev().filter(|&e| e > 0).find_map(|e| {
        match ledger.people_named(&names::person_key(&rest[..e])).as_slice() {
            [one] => Some((&rest[..e], *one)),
            _ => None,
        }
    })
}

/// The person's tenure at `at` in an office with a title of two words or
/// more whose last word is `rank` and whose word before it is not the word
/// the text writes before the rank; with that title.
fn ledger_title_ending_with<'c>(
    ledger: &'c ClaimSet,
    person: &str,
    at: &DateValue,
    rank: &str,
    word_before: Option<&str>,
) -> Option<(&'c Tenure, &'c str)> {
    ledger.tenures_of_person(person).into_iter().filter(|t| t.overlaps(at)).find_map(|t| {
        let office = ledger.office(&t.office)?;
        office.titles.iter().find_map(|title| {
            let key = names::title_key(&title.title);
            let words: Vec<&str> = key.split(' ').collect();
            match words.as_slice() {
                [.., before, last] if *last == rank && word_before != Some(before) => Some((t, title.title.as_str())),
                _ => None,
            }
        })
    })
}

/// The known person of an office-of-state claim whose title no office has
/// (in the claim's country, if it names one), if the title names a portfolio
/// and the claim files have the person in an office at the claim's time:
/// only then do they know what the person was. An undated claim is left
/// alone: someone the claim files know in one office may have held another
/// they do not record in the years between ("Trade Commissioner Peter
/// Mandelson" in an archive of 2004–2005). A person they know from other years may hold a post they do
/// not record ("UN Secretary-General António Guterres", once Portugal's
/// prime minister).
pub(crate) fn known_holder_with_unknown_title<'c>(ledger: &'c ClaimSet, office: &OfficeClaim) -> Option<&'c Person> {
    if office.office.is_some() || office.post != Post::State {
        return None;
    }
    let key = names::title_key(&office.title);
    // A title that names no portfolio is a short mention's, not a mistitle.
    if crate::vocab::titles::is_bare_head(&key)
        || RANK_TITLES.contains(&key.as_str())
        || !ledger.offices_titled(&key, office.jurisdiction.as_deref(), None).is_empty()
    {
        return None;
    }
    let person = office.person_id.as_deref().and_then(|id| ledger.person(id))?;
    let at = office.as_of?;
    // A title that shares no word with any title of the offices the person
    // holds then is another post, one the files do not record ("state
    // secretary" for a finance minister who was one until that week), not
    // a mistitle of theirs ("Security Secretary" for the Defense Secretary).
    let words: Vec<&str> = key.split(' ').filter(|w| !TITLE_GLUE.contains(w)).collect();
    let shares_a_word = |t: &Tenure| {
        ledger.office(&t.office).is_some_and(|o| {
            o.titles.iter().any(|title| names::title_key(&title.title).split(' ').any(|w| words.contains(&w)))
        })
    };
    // A title whose every word is in a title of theirs is that title cut
    // short or reworded, not a mistitle: "Minister of Land, Infrastructure
    // and Transport" for the Minister of Land, Infrastructure, Transport and
    // Tourism, "Minister of Reconstruction" for the Minister for Reconstruction.
    let within = |t: &Tenure| {
        ledger.office(&t.office).is_some_and(|o| {
            o.titles.iter().any(|title| {
                let theirs = names::title_key(&title.title);
                words.iter().all(|w| theirs.split(' ').any(|x| x == *w))
            })
        })
    };
    let held: Vec<&Tenure> = ledger.tenures_of_person(&person.id).into_iter().filter(|t| t.overlaps(&at)).collect();
    // A rank that none of their titles has makes a post of its own: "deputy
    // governor" for a governor is the post held before, not a mistitle.
    let rank_of_another_post = words.iter().any(|w| {
        crate::vocab::titles::is_rank(w)
            && !held.iter().any(|t| {
                ledger.office(&t.office).is_some_and(|o| {
                    o.titles.iter().any(|title| names::title_key(&title.title).split(' ').any(|x| x == *w))
                })
            })
    });
    if rank_of_another_post {
        return None;
    }
    let mistitled = held.iter().any(|t| shares_a_word(t)) && !held.iter().any(|t| within(t));
    mistitled.then_some(person)
}

/// Words that join a title's words and say nothing of the post ("affairs"
/// comes and goes: "Interior Affairs Minister", "Minister of the Interior").
const TITLE_GLUE: &[&str] = &["of", "the", "for", "and", "to", "in", "on", "affairs"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::office::Qualifier;

    fn claim(title: &str) -> OfficeClaim {
        OfficeClaim {
            person: "Rae Stone".into(),
            person_id: Some("rae-stone".into()),
            title: title.into(),
            office: None,
            jurisdiction: None,
            qualifier: Qualifier::Former,
            post: Post::State,
            as_of: None,
            resolved_from: None,
            era: crate::normalise::Era::Present,
            jurisdiction_from: None,
        }
    }

    /// Rae Stone's one tenure, `start` to `end`, in an office of `title`.
    fn ledger(office: &str, title: &str, start: &str, end: &str) -> ClaimSet {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        let yaml = format!(
            "schema: 1\noffices:\n  - {{id: {office}, jurisdiction: UK, name: {title}}}\npeople:\n  - {{id: rae-stone, name: Rae Stone}}\ntenures:\n  - {{person: rae-stone, office: {office}, start: {start}, end: {end}}}\n"
        );
        std::fs::write(&path, yaml).unwrap();
        crate::claims::load(&[path]).unwrap()
    }

    #[test]
    fn a_rank_is_not_an_unknown_title_but_a_made_up_portfolio_is() {
        let ledger = ledger("uk.minister-for-sport", "Minister for Sport", "1999-01-01", "2001-01-01");
        let at = |title: &str, d: &str| OfficeClaim {
            as_of: Some(crate::time::DateValue::parse(d).unwrap()),
            ..claim(title)
        };
        assert!(known_holder_with_unknown_title(&ledger, &at("Cabinet minister", "2000-06-01")).is_none());
        assert!(known_holder_with_unknown_title(&ledger, &at("government minister", "2000-06-01")).is_none());
        // Undated: the claim files cannot say what she was then.
        assert!(known_holder_with_unknown_title(&ledger, &claim("Weather Minister")).is_none());
        // Dated: only while the claim files have her in an office.
        let at = |d: &str| at("Weather Minister", d);
        assert!(known_holder_with_unknown_title(&ledger, &at("2000-06-01")).is_some());
        assert!(known_holder_with_unknown_title(&ledger, &at("2010-06-01")).is_none());
    }

    #[test]
    fn a_title_sharing_no_word_with_the_holders_offices_is_another_post() {
        let ledger = ledger("uk.finance", "Minister of Finance", "2024-11-07", "2025-05-06");
        let at = |title: &str| OfficeClaim {
            as_of: Some(crate::time::DateValue::parse("2024-11").unwrap()),
            ..claim(title)
        };
        // A post the files do not record, held the same month.
        assert!(known_holder_with_unknown_title(&ledger, &at("state secretary")).is_none());
        // A garbled form of the post held.
        assert!(known_holder_with_unknown_title(&ledger, &at("Money Minister")).is_some());
    }

    #[test]
    fn a_title_cut_short_or_reworded_is_the_holders_own() {
        let ledger =
            ledger("uk.land", "'Minister of Land, Infrastructure, Transport and Tourism'", "2024-01-01", "2025-01-01");
        let at = |title: &str| OfficeClaim {
            as_of: Some(crate::time::DateValue::parse("2024-10-01").unwrap()),
            ..claim(title)
        };
        assert!(
            known_holder_with_unknown_title(&ledger, &at("Minister of Land, Infrastructure and Transport")).is_none()
        );
        assert!(known_holder_with_unknown_title(&ledger, &at("Minister for Land and Tourism")).is_none());
        // A word that is in no title of hers is still a mistitle.
        assert!(known_holder_with_unknown_title(&ledger, &at("Minister of Land and Agriculture")).is_some());
    }

    #[test]
    fn a_rank_the_holders_titles_lack_is_the_post_held_before() {
        let ledger = ledger("uk.governor", "Governor of the Central Bank", "1987-02-01", "1994-02-01");
        let at = |title: &str| OfficeClaim {
            as_of: Some(crate::time::DateValue::parse("1987-03").unwrap()),
            ..claim(title)
        };
        // "was replaced by deputy governor Rae Stone last month".
        assert!(known_holder_with_unknown_title(&ledger, &at("deputy governor")).is_none());
        // A garbled title of the post itself is still a mistitle.
        assert!(known_holder_with_unknown_title(&ledger, &at("Central Bank Chairman")).is_some());
    }
}
