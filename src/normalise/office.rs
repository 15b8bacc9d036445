//! Office claims: who, which office, where and when.
//!
//! Resolution order for each mention, in text order:
//! 0. A mention by title of address alone ("Mr Blair", "Dr Reid") is a
//!    claim only when an earlier titled mention in the same text names that
//!    person (by family name, or by full name for "Mr Tony Blair"), and all
//!    such earlier mentions name the same person: it then repeats that
//!    mention's person, office, title, country, qualifier and post. With no
//!    such mention, or two people of that family name, it makes no claim —
//!    "Mr Clarke" after both Charles and Kenneth Clarke says nothing certain.
//! 1. A short mention ("Minister Kishida", "Secretary Hegseth") takes the
//!    full name of the latest earlier mention in the same text with that
//!    family name, and — when its title is a bare head word like "Minister" —
//!    that mention's office too.
//! 2. The title and jurisdiction pick the office from the claim files'
//!    catalogue, honouring the dates a title was in use; where a title fits
//!    several offices (no country named), the person's own tenures decide.
//!    A shadow or party post ("shadow home secretary", "Tory leader") keeps
//!    its party or "shadow" word in the title, so it resolves only to an
//!    office whose title says so, never to the office of state; a bare short
//!    mention ("Chancellor Osborne") after such a post stays that post.
//!    A title many countries share ("President", "Prime Minister") with no
//!    country named resolves only for a person the claim files know.
//! 3. The person is the claim files' person whose name or alias matches (in
//!    any order, case or accent); a family name alone matches a person who
//!    held the resolved office.

use crate::claims::ClaimSet;
use crate::extract::office::{OfficeMention, Post, Qualifier};
use crate::names;
use crate::span::Span;
use crate::time::DateValue;

use super::OfficeClaim;
use super::person;

/// Titles that say nothing of the portfolio: a short mention's office comes
/// from the earlier full mention instead.
const BARE_HEADS: &[&str] = &["minister", "secretary", "president", "chancellor", "premier"];

/// Titles that many countries' offices share: with no country named they
/// resolve only for a person the claim files know ("President Trump"), never
/// for a stranger ("President Putin", "Chancellor Gerhard Schroeder").
const SHARED_TITLES: &[&str] = &[
    "chancellor",
    "defense minister",
    "finance minister",
    "foreign minister",
    "premier",
    "president",
    "prime minister",
    "vice president",
];

/// An earlier full mention in the same text.
struct Earlier {
    surname: String,
    name: String,
    person_id: Option<String>,
    office: Option<String>,
    jurisdiction: Option<String>,
    title: String,
    qualifier: Qualifier,
    post: Post,
    span: Span,
}

/// Normalises a document's office mentions; `published` is the time they speak of.
pub fn normalise(
    text: &str,
    mentions: &[OfficeMention],
    published: Option<DateValue>,
    claims: &ClaimSet,
) -> Vec<(Span, OfficeClaim)> {
    let mut earlier: Vec<Earlier> = Vec::new();
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let written = person::display(m.person.text(text));
        let Some(title_span) = m.title else {
            if let Some(claim) = addressed(&earlier, &written, published) {
                out.push((m.span, claim));
            }
            continue;
        };
        let title = title_span.text(text).to_string();
        let title_key = names::title_key(&title);
        let mut jurisdiction = m.jurisdiction.map(|j| j.code.to_string());
        let short = person::is_short(&written);
        let surname = names::surname_key(&written).unwrap_or_default();

        let mut name = written.clone();
        let mut person_id = None;
        let mut office = None;
        let mut post = m.post;
        let mut resolved_from = None;
        if short && let Some(prev) = earlier.iter().rev().find(|e| e.surname == surname) {
            name.clone_from(&prev.name);
            person_id.clone_from(&prev.person_id);
            resolved_from = Some(prev.span);
            if BARE_HEADS.contains(&title_key.as_str()) {
                office.clone_from(&prev.office);
                jurisdiction = jurisdiction.or_else(|| prev.jurisdiction.clone());
                post = prev.post;
            }
        }
        let inherited_office = office.is_some();
        if person_id.is_none() && !short {
            person_id = person::lookup(claims, &name).map(|p| p.id.clone());
        }
        if office.is_none() && post == m.post {
            office =
                resolve_office(claims, &title_key, jurisdiction.as_deref(), published.as_ref(), person_id.as_deref());
        }
        if office.is_some()
            && !inherited_office
            && m.jurisdiction.is_none()
            && SHARED_TITLES.contains(&title_key.as_str())
            && person_id.is_none()
            && (!short || holder_by_surname(claims, office.as_deref().unwrap_or_default(), &surname, None).is_none())
        {
            // "President Vladimir Putin": a title every country has, no
            // country named, and a person the claim files do not know as a
            // holder — the catalogue's one "President" is not evidence enough.
            office = None;
        }
        if person_id.is_none() && short {
            // A family name alone: the one person with that family name who
            // held this office (at the time, else ever: "former President Trump").
            person_id = office.as_deref().and_then(|o| {
                holder_by_surname(claims, o, &surname, published.as_ref())
                    .or_else(|| holder_by_surname(claims, o, &surname, None))
            });
        }
        if let Some(p) = person_id.as_deref().and_then(|id| claims.person(id)) {
            name.clone_from(&p.name);
        }
        if let Some(o) = office.as_deref().and_then(|id| claims.office(id)) {
            jurisdiction = Some(o.jurisdiction.clone());
        }
        // A short mention the claim files resolved ("Secretary of War Hegseth")
        // can anchor later ones ("Secretary Hegseth") like a full name.
        if !short || person_id.is_some() {
            earlier.push(Earlier {
                surname,
                name: name.clone(),
                person_id: person_id.clone(),
                office: office.clone(),
                jurisdiction: jurisdiction.clone(),
                title: title.clone(),
                qualifier: m.qualifier,
                post,
                span: m.person,
            });
        }
        out.push((
            m.span,
            OfficeClaim {
                person: name,
                person_id,
                title,
                office,
                jurisdiction,
                qualifier: m.qualifier,
                post,
                as_of: published,
                resolved_from,
            },
        ));
    }
    out
}

/// The claim a mention by title of address alone ("Mr Blair") makes: that of
/// the earlier titled mentions of the person, when they name exactly one person.
fn addressed(earlier: &[Earlier], written: &str, published: Option<DateValue>) -> Option<OfficeClaim> {
    let short = person::is_short(written);
    let key = names::person_key(written);
    let surname = names::surname_key(written)?;
    let same = |e: &&Earlier| if short { e.surname == surname } else { names::person_key(&e.name) == key };
    let prev = earlier.iter().rev().find(same)?;
    let anchor = names::person_key(&prev.name);
    if earlier.iter().filter(same).any(|e| names::person_key(&e.name) != anchor) {
        return None;
    }
    Some(OfficeClaim {
        person: prev.name.clone(),
        person_id: prev.person_id.clone(),
        title: prev.title.clone(),
        office: prev.office.clone(),
        jurisdiction: prev.jurisdiction.clone(),
        qualifier: prev.qualifier,
        post: prev.post,
        as_of: published,
        resolved_from: Some(prev.span),
    })
}

/// The office a title names in a jurisdiction at a time, if exactly one.
fn resolve_office(
    claims: &ClaimSet,
    title_key: &str,
    jurisdiction: Option<&str>,
    at: Option<&DateValue>,
    person_id: Option<&str>,
) -> Option<String> {
    let mut candidates = claims.offices_titled(title_key, jurisdiction, at);
    if candidates.is_empty() && at.is_some() {
        // A title used outside the dates it was in use still names the office.
        candidates = claims.offices_titled(title_key, jurisdiction, None);
    }
    if candidates.len() > 1
        && let Some(pid) = person_id
    {
        let held: Vec<&str> = claims.tenures_of_person(pid).iter().map(|t| t.office.as_str()).collect();
        candidates.retain(|o| held.contains(&o.id.as_str()));
    }
    match candidates.as_slice() {
        [one] => Some(one.id.clone()),
        _ => None,
    }
}

/// The one holder of `office` with family name `surname` (at `at`, if given; any time otherwise).
fn holder_by_surname(claims: &ClaimSet, office: &str, surname: &str, at: Option<&DateValue>) -> Option<String> {
    let mut ids: Vec<&str> = claims
        .people_with_surname(surname)
        .into_iter()
        .filter(|p| {
            claims.tenures_of_person(&p.id).iter().any(|t| t.office == office && at.is_none_or(|at| t.overlaps(at)))
        })
        .map(|p| p.id.as_str())
        .collect();
    ids.dedup();
    match ids.as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}
