//! Office claims: who, which office, where and when.
//!
//! Resolution order for each mention, in text order:
//! 0. A mention by title of address alone ("Mr Blair", "Dr Reid") makes no
//!    claim: it names a person, not an office, and repeating an earlier
//!    mention's office at its span would point an editor at words that say
//!    nothing of the office ("Mr Lecornu served as defence minister" after
//!    "Prime Minister Lecornu" would read as a Prime Minister claim).
//! 1. A short mention ("Minister Kishida", "Secretary Hegseth", "Prime
//!    Minister Le Pen") takes the full name of the latest earlier mention in
//!    the same text with that family name (written first, in capitals or
//!    with its particles, as [`NameParts`] reads it), nickname, or family
//!    name without its particle ("Pen" after "Marine Le Pen"), and — when
//!    its title is a bare head word like "Minister" — that mention's office
//!    too. With no earlier mention, a bare head and a family name name the
//!    one person of that family name the claim files have in an office of
//!    that title then ("Secretary Rubio"). A full name takes the person of
//!    an earlier full name it may be another form of ("Robert Hale" after
//!    "Robert J. Hale III"), and the fuller name. A name run together by a
//!    missing space ("MargaretThatcher") is read split when that names
//!    someone known.
//! 2. The title and jurisdiction pick the office from the claim files'
//!    catalogue, honouring the dates a title was in use; where a title fits
//!    several offices (no country named), the person's own tenures decide.
//!    A shadow or party post ("shadow home secretary", "Tory leader") keeps
//!    its party or "shadow" word in the title, so it resolves only to an
//!    office whose title says so, never to the office of state; a bare short
//!    mention ("Chancellor Osborne") after such a post stays that post.
//!    A title many countries share ("President", "Prime Minister") with no
//!    country named resolves only for a holder of that office, or a person
//!    the claim files know without tying them to another country's offices;
//!    a portfolio minister ("Housing Minister") only for a holder.
//! 3. The person is the claim files' person whose name or alias matches (in
//!    any order, case, accent or romanisation), else the one whose name it
//!    may be another form of (middle names, initials, a suffix); a family
//!    name alone matches a person who held the resolved office.

use crate::claims::ClaimSet;
use crate::extract::office::{OfficeMention, Post, Qualifier};
use crate::names::{self, NameParts};
use crate::span::Span;
use crate::time::DateValue;
use crate::vocab::people;

use super::OfficeClaim;
use super::{era, person, place};

/// Titles that many countries' (and states', parties' and companies')
/// offices share: with no country named they resolve only for a person the
/// claim files record as a holder of that very office ("President Trump"),
/// or know without recording them in another country's offices ("Prime
/// Minister John Prescott" is a UK minister misnamed, and stays a claim on
/// the UK office) — never for a stranger ("President Putin", "Chancellor
/// Gerhard Schroeder", "Deputy Prime Minister Abdullatif Sener") nor for a
/// UK politician named "president" of something (his party).
/// Parliamentary offices and deputies of a head of government are as common
/// ("President of the Senate", "Vice-Chancellor" of a university,
/// "Treasurer" of a party or a company).
const SHARED_TITLES: &[&str] = &[
    "attorney general",
    "chancellor",
    "deputy prime minister",
    "premier",
    "president",
    "president of chamber of deputies",
    "president of national assembly",
    "president of senate",
    "prime minister",
    "secretary general",
    "speaker of national assembly",
    "treasurer",
    "vice chancellor",
    "vice president",
];

/// How a title with no country named may resolve to the one office the
/// claim files give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sharing {
    /// A title of one country ("Home Secretary"): always.
    Own,
    /// [`SHARED_TITLES`]: for a holder of the office, or a known person with
    /// no office recorded in another country only.
    Shared,
    /// A portfolio minister ("Housing Minister", "Minister for Finance",
    /// "Federal Minister of Labour"): every government has one, and news
    /// text uses them loosely for any minister of a department, so only for
    /// a holder of that office.
    Portfolio,
    /// A title only the claim files teach ("Brexit Secretary", "Chancellor
    /// of the Duchy of Lancaster"): it may be another country's too, so only
    /// for a holder of the office or a person the claim files place in that
    /// office's country and no other.
    Learned,
}

fn sharing(title_key: &str, learned: bool) -> Sharing {
    if SHARED_TITLES.contains(&title_key) || crate::vocab::titles::is_shared_head(title_key) {
        Sharing::Shared
    } else if title_key.split(' ').any(|w| w == "minister") {
        Sharing::Portfolio
    } else if learned {
        Sharing::Learned
    } else {
        Sharing::Own
    }
}

/// An earlier full mention in the same text.
struct Earlier {
    /// The name it resolved to, taken apart.
    parts: NameParts,
    /// Every key a later short mention may refer to it by: the family names
    /// and nickname of the name as written and as resolved.
    refs: Vec<String>,
    name: String,
    person_id: Option<String>,
    office: Option<String>,
    jurisdiction: Option<String>,
    title: String,
    qualifier: Qualifier,
    post: Post,
    span: Span,
}

impl Earlier {
    /// Whether a short mention ("Kishida", "Le Pen", a nickname) refers to
    /// this mention's person: by a family name or nickname, or by the last
    /// word of a family name with a particle, the particle dropped ("Pen"
    /// after "Marine Le Pen": the same person, misspelt).
    fn named_by(&self, short: &NameParts) -> bool {
        short.family.iter().any(|k| {
            self.refs.iter().any(|r| {
                r == k
                    || r.rsplit_once(' ').is_some_and(|(particles, last)| {
                        last == k && particles.split(' ').all(|w| people::folded_kinds(w).any(people::Kinds::PARTICLE))
                    })
            })
        })
    }

    /// The person's identity within the text: the claim files' id, else the name key.
    fn identity(&self) -> (Option<&str>, String) {
        (self.person_id.as_deref(), names::key_of(&self.parts))
    }
}

/// Normalises a document's office mentions, published on `published`; each
/// claim's era (see [`era`]) says whether it speaks of that time.
pub fn normalise(
    text: &str,
    mentions: &[OfficeMention],
    published: Option<DateValue>,
    claims: &ClaimSet,
) -> Vec<(Span, OfficeClaim)> {
    normalise_in(&place::Setting::default(), text, mentions, published, claims)
}

/// [`normalise`] in a document whose dateline and outlet (`setting`) may
/// place a mention with no country named (see [`place`]).
pub fn normalise_in(
    setting: &place::Setting,
    text: &str,
    mentions: &[OfficeMention],
    published: Option<DateValue>,
    claims: &ClaimSet,
) -> Vec<(Span, OfficeClaim)> {
    let mut earlier: Vec<Earlier> = Vec::new();
    let mut out = Vec::with_capacity(mentions.len());
    let years = era::Years::of(text);
    for m in mentions {
        // A mention by title of address alone names no office (point 0).
        let Some(title_span) = m.title else { continue };
        let raw = m.person.text(text);
        let mut written = person::display(raw);
        // Taken apart as written: capitals tell the family name ("SATO Kenji").
        let mut parts = NameParts::of(raw);
        if let Some(split) = unglued(claims, &earlier, &written) {
            parts = NameParts::of(&split);
            written = split;
        }
        // The time the text places the mention at: people and offices are looked up then.
        let reading = era::Reading::of_in(text, &years, m.span, m.title, m.qualifier, published);
        let at = reading.at(published);
        // The title as the words read: an abbreviation spelt out ("PM"),
        // a portfolio as a minister's title, a line break as a space.
        let title = m.reads_as.clone().unwrap_or_else(|| title_span.text(text).to_string());
        let title_key = names::title_key(&title);
        let mut jurisdiction = m.jurisdiction.as_ref().map(|j| j.code.clone());
        let short = parts.short;
        let surnames = parts.family.as_slice();

        let mut name = written.clone();
        let mut person_id = None;
        let mut office = None;
        let mut post = m.post;
        let mut resolved_from = None;
        // Of two earlier people with the family name ("ex-senator Howard
        // Baker", "Treasury Secretary James Baker"), the one named under the
        // same title; else the latest.
        let named_before = || earlier.iter().rev().filter(|e| e.named_by(&parts));
        let same_title = || named_before().find(|e| names::title_key(&e.title) == title_key);
        if short && let Some(prev) = same_title().or_else(|| named_before().next()) {
            name.clone_from(&prev.name);
            person_id.clone_from(&prev.person_id);
            resolved_from = Some(prev.span);
            // A title that says nothing of the portfolio: the office comes
            // from the earlier full mention instead.
            if crate::vocab::titles::is_bare_head(&title_key) {
                office.clone_from(&prev.office);
                jurisdiction = jurisdiction.or_else(|| prev.jurisdiction.clone());
                post = prev.post;
            }
        } else if !short && let Some(prev) = same_person_earlier(&earlier, &parts) {
            // "Robert Hale" after "Robert J. Hale III": one person, named by
            // the fuller name.
            person_id.clone_from(&prev.person_id);
            if fullness(&prev.parts) > fullness(&parts) {
                name.clone_from(&prev.name);
            }
        }
        let inherited_office = office.is_some();
        if person_id.is_none() && !short {
            person_id = person::lookup(claims, &name).map(|p| p.id.clone());
        }
        if office.is_none() && post == m.post {
            let by = match person_id.as_deref() {
                Some(id) => Some(Holder::Person(id)),
                None if short => Some(Holder::Surname { surnames, written: &name, past: reading.is_past() }),
                None => None,
            };
            office = resolve_office(claims, &title_key, jurisdiction.as_deref(), at.as_ref(), by);
            if office.is_none() && person_id.is_none() && !short {
                // A title several offices share ("Prime Minister"), and a name
                // the claim files do not know: the one office whose holder the
                // name is a likely misspelling of ("Sanae Takiachi").
                let name_parts = NameParts::of(&name);
                let near: Vec<_> = claims
                    .offices_titled(&title_key, jurisdiction.as_deref(), at.as_ref())
                    .into_iter()
                    .filter(|o| near_miss_of_holder(claims, &o.id, &name_parts, at.as_ref()))
                    .collect();
                if let [one] = near.as_slice() {
                    office = Some(one.id.clone());
                }
            }
            if office.is_none()
                && person_id.is_none()
                && short
                && resolved_from.is_none()
                && post == Post::State
                && crate::vocab::titles::is_bare_head(&title_key)
                && let Some((pid, oid)) =
                    holder_by_head(claims, &title_key, surnames, jurisdiction.as_deref(), published.as_ref())
            {
                // "Secretary Rubio", "President Lee" with no earlier full
                // mention: the one person of that family name in an office
                // of that title at the time.
                person_id = Some(pid);
                office = Some(oid);
            }
        }
        if let Some(o) = office.as_deref()
            && !inherited_office
            && m.jurisdiction.is_none()
            && sharing(&title_key, m.learned) != Sharing::Own
            && !may_hold_shared(claims, o, sharing(&title_key, m.learned), person_id.as_deref(), short, surnames)
            && !near_miss_of_holder(claims, o, &NameParts::of(&name), at.as_ref())
        {
            // "President Vladimir Putin", "Deputy Prime Minister Abdullatif
            // Sener": a title every country has, no country named, and a
            // person the claim files do not tie to that office — the
            // catalogue's one "President" is not evidence enough.
            office = None;
        }
        let mut jurisdiction_from = None;
        if office.is_some()
            && !inherited_office
            && m.jurisdiction.is_none()
            && let Some(here) = setting.around(text, m.span, mentions, claims)
        {
            let placed = place::narrow(claims, office, &here, person_id.as_deref(), short.then_some(surnames), &name);
            (office, jurisdiction_from) = (placed.office, placed.from);
            jurisdiction = placed.jurisdiction.or(jurisdiction);
        }
        if person_id.is_none() && short && resolved_from.is_none() {
            // A family name alone, no one of that name earlier in the text:
            // the one person with that family name who held this office at
            // the time, or, for a mention the text places in the past, ever
            // ("former President Trump"). A present mention is not given a
            // holder of another time ("Prime Minister Papandreou" in 1987 is
            // not the one of 2009).
            let past = reading.is_past() || matches!(m.qualifier, Qualifier::Former | Qualifier::Then);
            person_id = office.as_deref().and_then(|o| {
                holder_by_surname(claims, o, surnames, at.as_ref())
                    .or_else(|| if past { holder_by_surname(claims, o, surnames, None) } else { None })
            });
        }
        // "Minister of State Assets", "Minister of Public Works and
        // Infrastructure": one word right after a title with a portfolio or
        // body after "of" or "for", naming no one the text or the claim
        // files know, is more of the title, cut short — no person.
        let right_after_title = title_span.end <= m.person.start
            && text[title_span.end..m.person.start].bytes().all(|b| b == b' ' || b == b',' || b == b'\n');
        if short
            && right_after_title
            && person_id.is_none()
            && resolved_from.is_none()
            && office.is_none()
            && complemented(&title_key)
        {
            continue;
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
            let resolved = NameParts::of(&name);
            let mut refs: Vec<String> = resolved.refs().chain(parts.refs()).map(str::to_string).collect();
            refs.sort_unstable();
            refs.dedup();
            remember(
                &mut earlier,
                Earlier {
                    parts: resolved,
                    refs,
                    name: name.clone(),
                    person_id: person_id.clone(),
                    office: office.clone(),
                    jurisdiction: jurisdiction.clone(),
                    title: title.clone(),
                    qualifier: m.qualifier,
                    post,
                    span: m.person,
                },
            );
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
                era: super::Era::Present,
                jurisdiction_from,
            },
        ));
        if let Some((_, claim)) = out.last_mut() {
            claim.era = reading.settle(claims, claim);
        }
    }
    out
}

/// Whether a title key goes on after its head with "of" or "for" ("minister
/// of state", "leader of all progressives congress").
fn complemented(title_key: &str) -> bool {
    title_key.split(' ').skip(1).any(|w| w == "of" || w == "for")
}

/// How much of a name is written: its words, initials and suffix.
fn fullness(parts: &NameParts) -> usize {
    parts.words.len() + parts.initials.len() + usize::from(parts.suffix.is_some())
}

/// The latest earlier full mention that may name the same person as the
/// full name `parts`, when every such mention names one person.
/// Adds a mention to the text's earlier ones, latest last. A mention the
/// same as one already there (same name, title, office and the rest) moves
/// that one to the end with the new place instead: every lookup reads the
/// distinct mentions only, so a text that repeats one name a thousand times
/// is read in linear time.
fn remember(earlier: &mut Vec<Earlier>, mention: Earlier) {
    let same = |e: &Earlier| {
        e.name == mention.name
            && e.refs == mention.refs
            && e.person_id == mention.person_id
            && e.office == mention.office
            && e.jurisdiction == mention.jurisdiction
            && e.title == mention.title
            && e.qualifier == mention.qualifier
            && e.post == mention.post
    };
    if let Some(i) = earlier.iter().rposition(same) {
        earlier.remove(i);
    }
    earlier.push(mention);
}

fn same_person_earlier<'e>(earlier: &'e [Earlier], parts: &NameParts) -> Option<&'e Earlier> {
    let mut same = earlier.iter().rev().filter(|e| !e.parts.short && names::may_be_one_person(&e.parts, parts));
    let prev = same.next()?;
    let identity = prev.identity();
    same.all(|e| e.identity() == identity).then_some(prev)
}

/// A name a source ran together with a missing space ("MargaretThatcher"),
/// split, when the claim files or an earlier mention know it split and
/// nothing knows it whole ("LeBlanc" stays).
fn unglued(claims: &ClaimSet, earlier: &[Earlier], written: &str) -> Option<String> {
    let split = names::unglue(written)?;
    if !claims.people_named(&names::person_key(written)).is_empty()
        || names::surname_keys(written).iter().any(|k| !claims.people_with_surname(k).is_empty())
    {
        return None;
    }
    let parts = NameParts::of(&split);
    let known = person::lookup(claims, &split).is_some()
        || earlier.iter().any(|e| !e.parts.short && names::key_of(&e.parts) == names::key_of(&parts));
    known.then_some(split)
}

/// Whether a title with no country named that several countries may use
/// (see [`Sharing`]) may mean `office` for this person.
fn may_hold_shared(
    claims: &ClaimSet,
    office: &str,
    sharing: Sharing,
    person_id: Option<&str>,
    short: bool,
    surnames: &[String],
) -> bool {
    let Some(pid) = person_id else {
        return short && holder_by_surname(claims, office, surnames, None).is_some();
    };
    let tenures = claims.tenures_of_person(pid);
    if tenures.iter().any(|t| t.office == office) {
        return true;
    }
    let jurisdiction = claims.office(office).map(|o| o.jurisdiction.as_str());
    let elsewhere =
        |t: &crate::claims::Tenure| claims.office(&t.office).map(|o| o.jurisdiction.as_str()) != jurisdiction;
    match sharing {
        // Not a person the claim files place only in other countries.
        Sharing::Shared => tenures.is_empty() || !tenures.iter().all(|t| elsewhere(t)),
        // A person the claim files place in this country and no other.
        Sharing::Learned => !tenures.is_empty() && !tenures.iter().any(|t| elsewhere(t)),
        Sharing::Portfolio | Sharing::Own => false,
    }
}

/// Whether `name` is a likely misspelling of someone who held `office` at
/// `at` ("Defense Secretary Pete Hegsath" in 2025): such a mention keeps the
/// office, so that the misspelling is reported as one rather than dropped.
pub(super) fn near_miss_of_holder(claims: &ClaimSet, office: &str, name: &NameParts, at: Option<&DateValue>) -> bool {
    let tenures: Vec<&crate::claims::Tenure> = match at {
        Some(at) => claims.holders(office, at),
        None => claims.tenures_of_office(office).iter().collect(),
    };
    tenures.iter().any(|t| {
        claims.name_parts(&t.person).iter().any(|known| names::compare_parts(name, known) == names::NameMatch::Near)
    })
}

/// Who a mention names, for choosing among offices that share its title.
#[derive(Clone, Copy)]
enum Holder<'a> {
    /// A person the claim files know.
    Person(&'a str),
    /// A family name alone ("President Trump") as written and as keys, and
    /// whether the text places the person in the past.
    Surname { surnames: &'a [String], written: &'a str, past: bool },
}

/// The office a title names in a jurisdiction at a time, if exactly one.
///
/// Where several offices have the title (no country named), the person
/// decides: a known person's own offices; for a family name alone, the
/// offices someone of that family name, or of a family name it likely
/// misspells, held at the time ("President Trump" in 2025, "President
/// Regan" in 1987), or at any time when the text places the person in the
/// past ("former President Trump", "then-Prime Minister Abe").
fn resolve_office(
    claims: &ClaimSet,
    title_key: &str,
    jurisdiction: Option<&str>,
    at: Option<&DateValue>,
    by: Option<Holder<'_>>,
) -> Option<String> {
    let titled = |key: &str| {
        let found = claims.offices_titled(key, jurisdiction, at);
        if found.is_empty() && at.is_some() {
            // A title used outside the dates it was in use still names the office.
            return claims.offices_titled(key, jurisdiction, None);
        }
        found
    };
    let mut candidates = titled(title_key);
    if candidates.is_empty() && title_key == "premier" && jurisdiction.is_some() {
        // "the Israeli premier": a country with no office of that title
        // means its prime minister (a province's or a state's premier
        // names no country).
        candidates = titled("prime minister");
    }
    if candidates.len() > 1 {
        match by {
            Some(Holder::Person(pid)) => {
                let held: Vec<&str> = claims.tenures_of_person(pid).iter().map(|t| t.office.as_str()).collect();
                candidates.retain(|o| held.contains(&o.id.as_str()));
            }
            Some(Holder::Surname { surnames, written, past }) => {
                let written = NameParts::of(written);
                let then: Vec<_> = candidates
                    .iter()
                    .copied()
                    .filter(|o| {
                        held_by_surname(claims, &o.id, surnames, at)
                            || at.is_some() && near_miss_of_holder(claims, &o.id, &written, at)
                    })
                    .collect();
                candidates = if then.is_empty() && past {
                    candidates.into_iter().filter(|o| held_by_surname(claims, &o.id, surnames, None)).collect()
                } else {
                    then
                };
            }
            None => {}
        }
    }
    match candidates.as_slice() {
        [one] => Some(one.id.clone()),
        _ => None,
    }
}

/// The people with any of these family names, by id, each once.
fn people_with_surnames<'c>(claims: &'c ClaimSet, surnames: &[String]) -> Vec<&'c crate::claims::Person> {
    let mut people: Vec<&crate::claims::Person> = surnames.iter().flat_map(|s| claims.people_with_surname(s)).collect();
    if surnames.len() > 1 {
        people.sort_by(|a, b| a.id.cmp(&b.id));
        people.dedup_by(|a, b| a.id == b.id);
    }
    people
}

/// Whether someone with one of these family names held `office` (at `at`, if given; at any time otherwise).
fn held_by_surname(claims: &ClaimSet, office: &str, surnames: &[String], at: Option<&DateValue>) -> bool {
    people_with_surnames(claims, surnames).into_iter().any(|p| {
        claims.tenures_of_person(&p.id).iter().any(|t| t.office == office && at.is_none_or(|at| t.overlaps(at)))
    })
}

/// The one holder of `office` with one of these family names (at `at`, if given; any time otherwise).
pub(super) fn holder_by_surname(
    claims: &ClaimSet,
    office: &str,
    surnames: &[String],
    at: Option<&DateValue>,
) -> Option<String> {
    let ids: Vec<&str> = people_with_surnames(claims, surnames)
        .into_iter()
        .filter(|p| {
            claims.tenures_of_person(&p.id).iter().any(|t| t.office == office && at.is_none_or(|at| t.overlaps(at)))
        })
        .map(|p| p.id.as_str())
        .collect();
    match ids.as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}

/// The one (person, office) for a bare head and a family name ("Secretary
/// Rubio"): a person with that family name in office at `at` (in
/// `jurisdiction`, if named) under a title that has the head as a word
/// ("Secretary of State"). `None` when no date, no such person or more than one.
fn holder_by_head(
    claims: &ClaimSet,
    head: &str,
    surnames: &[String],
    jurisdiction: Option<&str>,
    at: Option<&DateValue>,
) -> Option<(String, String)> {
    let at = at?;
    let mut found: Vec<(&str, &str)> = Vec::new();
    for p in people_with_surnames(claims, surnames) {
        for t in claims.tenures_of_person(&p.id) {
            let Some(o) = claims.office(&t.office) else { continue };
            let titled = o.titles.iter().any(|title| names::title_key(&title.title).split(' ').any(|w| w == head));
            if t.overlaps(at) && titled && jurisdiction.is_none_or(|j| o.jurisdiction.eq_ignore_ascii_case(j)) {
                found.push((&p.id, &o.id));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [(p, o)] => Some(((*p).to_string(), (*o).to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::office::extract;

    /// A small ledger: a President and a Deputy Prime Minister, one office each.
    fn ledger() -> ClaimSet {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1
offices:
  - id: us.president
    jurisdiction: US
    name: President
  - id: uk.deputy-prime-minister
    jurisdiction: UK
    name: Deputy Prime Minister
  - id: uk.minister-for-housing
    jurisdiction: UK
    name: Minister for Housing
    titles: [Housing Minister]
  - id: uk.secretary-of-state-for-wales
    jurisdiction: UK
    name: Secretary of State for Wales
people:
  - id: dan-holm
    name: Dan Holm
  - id: eve-roof
    name: Eve Roof
  - id: ann-west
    name: Ann West
  - id: bob-east
    name: Bob East
  - id: cal-north
    name: Cal North
tenures:
  - person: ann-west
    office: us.president
    start: 2001-01-20
  - person: bob-east
    office: uk.deputy-prime-minister
    start: 1997-05-02
  - person: dan-holm
    office: uk.secretary-of-state-for-wales
    start: 2003-01-01
  - person: eve-roof
    office: uk.minister-for-housing
    start: 2003-01-01
  - person: cal-north
    office: uk.deputy-prime-minister
    start: 1990-01-01
    end: 1992-01-01
",
        )
        .unwrap();
        crate::claims::load(&[path]).unwrap()
    }

    fn offices(text: &str) -> Vec<(String, Option<String>)> {
        let claims = ledger();
        normalise(
            text,
            &extract(text, &crate::extract::lexicon(&claims)),
            Some(DateValue::parse("2004").unwrap()),
            &claims,
        )
        .into_iter()
        .map(|(_, c)| (c.person, c.office))
        .collect()
    }

    #[test]
    fn a_misspelt_holder_keeps_a_shared_title_without_a_country() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - id: us.secretary-of-defense\n    jurisdiction: US\n    name: Secretary of Defense\n    titles: [Defense Secretary]\n  - id: jp.prime-minister\n    jurisdiction: JP\n    name: Prime Minister\n  - id: uk.prime-minister\n    jurisdiction: UK\n    name: Prime Minister\npeople:\n  - id: pete-hegseth\n    name: Pete Hegseth\n  - id: sanae-takaichi\n    name: Sanae Takaichi\ntenures:\n  - person: pete-hegseth\n    office: us.secretary-of-defense\n    start: 2025-01-25\n  - person: sanae-takaichi\n    office: jp.prime-minister\n    start: 2025-10-21\n",
        )
        .unwrap();
        let claims = crate::claims::load(&[path]).unwrap();
        let text =
            "Defense Secretary Pete Hegsath met Prime Minister Sanae Takiachi. Prime Minister Keir Sturmer spoke.";
        let at = DateValue::parse("2025-12-12").ok();
        let got: Vec<Option<String>> = normalise(text, &extract(text, &crate::extract::lexicon(&claims)), at, &claims)
            .into_iter()
            .map(|(_, c)| c.office)
            .collect();
        assert_eq!(
            got,
            [Some("us.secretary-of-defense".to_string()), Some("jp.prime-minister".to_string()), None],
            "a near miss of the holder keeps the office; an unrelated name does not"
        );
    }

    #[test]
    fn a_shared_title_with_no_country_resolves_only_for_a_holder_of_that_office() {
        // Holders of the office, now or once.
        assert_eq!(offices("said President Ann West")[0].1.as_deref(), Some("us.president"));
        assert_eq!(offices("said Deputy Prime Minister Cal North")[0].1.as_deref(), Some("uk.deputy-prime-minister"));
        // A stranger, and a person the claim files know only from another country's office.
        assert_eq!(offices("said Deputy Prime Minister Ali Demir")[0].1, None);
        assert_eq!(offices("said President Bob East")[0].1, None);
        // A known person of that country under its shared title stays a claim (a wrong one).
        assert_eq!(offices("said Deputy Prime Minister Dan Holm")[0].1.as_deref(), Some("uk.deputy-prime-minister"));
        // A portfolio minister resolves only for a holder.
        assert_eq!(offices("said Housing Minister Dan Holm")[0].1, None);
        assert_eq!(offices("said Housing Minister Eve Roof")[0].1.as_deref(), Some("uk.minister-for-housing"));
        // A country named resolves the title whoever holds it.
        assert_eq!(offices("said US President Ali Demir")[0].1.as_deref(), Some("us.president"));
    }

    #[test]
    fn a_title_only_the_claim_files_teach_names_their_office_only_for_its_holders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - id: uk.financial-secretary\n    jurisdiction: UK\n    name: Financial Secretary\npeople:\n  - id: ann-west\n    name: Ann West\ntenures:\n  - person: ann-west\n    office: uk.financial-secretary\n    start: 1986-01-01\n",
        )
        .unwrap();
        let claims = crate::claims::load(&[path]).unwrap();
        let office = |text: &str| {
            let lx = crate::extract::lexicon(&claims);
            normalise(text, &extract(text, &lx), DateValue::parse("1987").ok(), &claims)[0].1.office.clone()
        };
        // Hong Kong, too, has a Financial Secretary: with no country named, a
        // stranger under a title the grammar cannot read is no claim on the UK office.
        assert_eq!(office("said Financial Secretary Piet Haan on Monday"), None);
        assert_eq!(office("said Financial Secretary Ann West on Monday").as_deref(), Some("uk.financial-secretary"));
        assert_eq!(office("said British Financial Secretary Piet Haan").as_deref(), Some("uk.financial-secretary"));
    }

    #[test]
    fn a_family_name_alone_picks_among_offices_that_share_a_title_by_who_held_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - {id: us.president, jurisdiction: US, name: President}\n  - {id: fr.president, jurisdiction: FR, name: President}\n  - {id: de.president, jurisdiction: DE, name: President}\npeople:\n  - {id: ann-west, name: Ann West}\n  - {id: joe-west, name: Joe West}\n  - {id: lea-sud, name: Lea Sud}\n  - {id: max-ost, name: Max Ost}\n  - {id: uli-hartmann, name: Uli Hartmann}\ntenures:\n  - {person: ann-west, office: us.president, start: 2001-01-20, end: 2009-01-20}\n  - {person: lea-sud, office: fr.president, start: 2002-05-16}\n  - {person: joe-west, office: fr.president, start: 1990-01-01, end: 1995-01-01}\n  - {person: max-ost, office: us.president, start: 1993-01-20, end: 2001-01-20}\n  - {person: uli-hartmann, office: de.president, start: 2000-07-01, end: 2010-07-01}\n",
        )
        .unwrap();
        let claims = crate::claims::load(&[path]).unwrap();
        let office = |text: &str, at: &str| {
            normalise(text, &extract(text, &crate::extract::lexicon(&claims)), DateValue::parse(at).ok(), &claims)
                .pop()
                .and_then(|(_, c)| c.office)
        };
        // The one office someone named West held at the time.
        assert_eq!(office("said President West", "2004-06-01").as_deref(), Some("us.president"));
        assert_eq!(office("said President Sud", "2004-06-01").as_deref(), Some("fr.president"));
        // A current claim about nobody in office then names no office; a past one names the office held.
        assert_eq!(office("said President West", "2012-06-01"), None);
        assert_eq!(office("said former President West", "2012-06-01"), None, "two offices had a West");
        assert_eq!(office("said former President Ost", "2012-06-01").as_deref(), Some("us.president"));
        assert_eq!(office("said President Ost", "2012-06-01"), None);
        assert_eq!(office("said President Nobody", "2004-06-01"), None);
        // A likely misspelling of the family name of someone in office then.
        assert_eq!(office("said President Hartman", "2004-06-01").as_deref(), Some("de.president"));
    }

    #[test]
    fn a_consort_is_not_the_monarch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - {id: no.monarch, jurisdiction: NO, name: Monarch, titles: [King, Queen]}\npeople:\n  - {id: olav, name: Olav}\ntenures:\n  - {person: olav, office: no.monarch, start: 1991-01-17}\n",
        )
        .unwrap();
        let claims = crate::claims::load(&[path]).unwrap();
        let office = |text: &str| {
            normalise(text, &extract(text, &crate::extract::lexicon(&claims)), DateValue::parse("2004").ok(), &claims)
                .pop()
                .and_then(|(_, c)| c.office)
        };
        assert_eq!(office("said King Olav on Monday").as_deref(), Some("no.monarch"));
        // "King" and "Queen" are titles every monarchy has: with no country
        // named, only the holder's; the consort's is none.
        assert_eq!(office("said Queen Sonja on Monday"), None);
    }

    #[test]
    fn an_abbreviation_resolves_as_the_title_it_stands_for() {
        assert_eq!(offices("said DPM Bob East")[0].1.as_deref(), Some("uk.deputy-prime-minister"));
    }

    #[test]
    fn a_generic_minister_or_parliamentary_title_with_no_country_resolves_only_for_a_holder() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - {id: au.minister-for-finance, jurisdiction: AU, name: Minister for Finance}\n  - {id: de.vice-chancellor, jurisdiction: DE, name: Vice-Chancellor}\n  - {id: it.president-of-the-senate, jurisdiction: IT, name: President of the Senate}\npeople:\n  - {id: kay-gold, name: Kay Gold}\n  - {id: lars-klee, name: Lars Klee}\ntenures:\n  - {person: kay-gold, office: au.minister-for-finance, start: 2022-05-23}\n  - {person: lars-klee, office: de.vice-chancellor, start: 2025-05-06}\n",
        )
        .unwrap();
        let claims = crate::claims::load(&[path]).unwrap();
        let office = |text: &str| {
            normalise(
                text,
                &extract(text, &crate::extract::lexicon(&claims)),
                DateValue::parse("2025-06-10").ok(),
                &claims,
            )
            .pop()
            .and_then(|(_, c)| c.office)
        };
        // Another country's minister of the same name, a university's
        // vice-chancellor, another senate's president: no office.
        assert_eq!(office("Minister for Finance Pat Stranger said on Monday"), None);
        assert_eq!(office("Vice Chancellor Pat Stranger said on Monday"), None);
        assert_eq!(office("President of the Senate Pat Stranger said on Monday"), None);
        // The holder, or any name with the country named: the office.
        assert_eq!(office("Minister for Finance Kay Gold said on Monday").as_deref(), Some("au.minister-for-finance"));
        assert_eq!(office("Vice Chancellor Lars Klee said on Monday").as_deref(), Some("de.vice-chancellor"));
        assert_eq!(
            office("Australian Minister for Finance Pat Stranger said on Monday").as_deref(),
            Some("au.minister-for-finance")
        );
    }

    /// Invented people in real offices, for the identity rules.
    fn identity_ledger() -> ClaimSet {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1
offices:
  - {id: us.secretary-of-state, jurisdiction: US, name: Secretary of State}
  - {id: us.president, jurisdiction: US, name: President}
  - {id: kr.president, jurisdiction: KR, name: President}
  - {id: fr.prime-minister, jurisdiction: FR, name: Prime Minister}
  - {id: jp.minister-of-defense, jurisdiction: JP, name: Minister of Defense, titles: [Defense Minister]}
  - {id: uk.prime-minister, jurisdiction: UK, name: Prime Minister}
people:
  - {id: robert-hale, name: Robert Hale}
  - {id: pak-jae-min, name: Pak Jae-min}
  - {id: morgana-le-fey, name: Morgana Le Fey}
  - {id: hiroko-tanaka, name: Hiroko Tanaka}
  - {id: helena-marsh, name: Helena Marsh}
  - {id: ann-west, name: Ann West}
tenures:
  - {person: robert-hale, office: us.secretary-of-state, start: 2024-01-01}
  - {person: pak-jae-min, office: kr.president, start: 2023-01-01}
  - {person: ann-west, office: us.president, start: 2021-01-20}
  - {person: morgana-le-fey, office: fr.prime-minister, start: 2024-01-01}
  - {person: hiroko-tanaka, office: jp.minister-of-defense, start: 2024-01-01}
  - {person: helena-marsh, office: uk.prime-minister, start: 2024-01-01}
",
        )
        .unwrap();
        crate::claims::load(&[path]).unwrap()
    }

    /// Each claim of `text` (published 2025-06-01) as (person, person id, office, resolved from an earlier mention).
    fn identities(text: &str) -> Vec<(String, Option<String>, Option<String>, bool)> {
        let claims = identity_ledger();
        let at = DateValue::parse("2025-06-01").ok();
        normalise(text, &extract(text, &crate::extract::lexicon(&claims)), at, &claims)
            .into_iter()
            .map(|(_, c)| (c.person, c.person_id, c.office, c.resolved_from.is_some()))
            .collect()
    }

    fn ids(text: &str) -> Vec<Option<String>> {
        identities(text).into_iter().map(|(_, id, _, _)| id).collect()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_middle_initial_or_a_suffix_names_the_claim_files_person() {
        let got =
            ids("said Secretary of State Robert J. Hale III on Monday, and Secretary of State Robert Hale added.");
        assert_eq!(got, [some("robert-hale"), some("robert-hale")]);
        // Another given name is another person.
        assert_eq!(ids("said Secretary of State Mary Hale on Monday."), [None]);
    }

    #[test]
    fn a_fuller_earlier_name_is_the_name_of_a_later_shorter_one() {
        // Nobody the claim files know: one person in the text, by the fuller name.
        let got = identities("said Foreign Minister Tom K. Brandt Jr on Monday. Foreign Minister Tom Brandt added.");
        let names: Vec<&str> = got.iter().map(|(n, ..)| n.as_str()).collect();
        assert_eq!(names, ["Tom K. Brandt Jr", "Tom K. Brandt Jr"]);
    }

    #[test]
    fn a_family_name_in_capitals_anchors_later_short_mentions() {
        let got = identities("said Defense Minister TANAKA Hiroko on Monday. Minister Tanaka added.");
        assert_eq!(got[1].1, some("hiroko-tanaka"));
        assert!(got[1].3, "resolved from the earlier mention: {got:?}");
        // Someone the claim files do not know: the capitals alone say which name is the family name.
        let got = identities("said Trade Minister SATO Kenji on Monday. Minister Sato added.");
        assert_eq!((got[1].0.as_str(), got[1].3), ("Sato Kenji", true), "{got:?}");
    }

    #[test]
    fn another_romanisation_of_a_known_name_is_that_person() {
        assert_eq!(ids("said South Korean President Park Jae Min on Monday."), [some("pak-jae-min")]);
    }

    #[test]
    fn a_family_name_written_first_resolves_alone() {
        let got = identities("said President Pak on Monday.");
        assert_eq!(got, [("Pak Jae-min".to_string(), some("pak-jae-min"), some("kr.president"), false)]);
    }

    #[test]
    fn a_family_name_with_its_particle_and_without_it_is_the_person_named_earlier() {
        let got = identities(
            "said Prime Minister Morgana Le Fey on Monday. Prime Minister Le Fey added. Prime Minister Fey left.",
        );
        assert!(got.iter().all(|(_, id, ..)| id.as_deref() == Some("morgana-le-fey")), "{got:?}");
        assert!(got[1].3 && got[2].3, "{got:?}");
    }

    #[test]
    fn a_name_run_together_is_read_as_the_name() {
        assert_eq!(ids("said British Prime Minister HelenaMarsh on Monday."), [some("helena-marsh")]);
        // A word the claim files do not know split stays as written.
        assert_eq!(identities("said British Prime Minister McAlister on Monday.")[0].0, "McAlister");
    }

    #[test]
    fn a_family_name_with_a_bare_head_is_the_holder_of_an_office_of_that_title() {
        let got = identities("said Secretary Hale on Monday.");
        assert_eq!(got, [("Robert Hale".to_string(), some("robert-hale"), some("us.secretary-of-state"), false)]);
        // Nobody of that name in an office of that title then.
        assert_eq!(ids("said Secretary Marsh on Monday."), [None]);
    }

    #[test]
    fn one_unknown_word_right_after_a_title_with_of_is_the_titles_own() {
        let people = |text: &str| identities(text).into_iter().map(|c| c.0).collect::<Vec<_>>();
        // The rest of a portfolio, cut short: no person.
        assert!(people("Jane Doe was appointed Minister of State Assets.").iter().all(|p| p != "Assets"));
        assert!(people("- Minister of Public Works and Infrastructure: John Roe").iter().all(|p| p != "Works"));
        // A holder's family name resolves and stays; so does a full name, and
        // a family name before the title.
        assert_eq!(people("Secretary of State Hale said on Monday."), ["Robert Hale"]);
        assert_eq!(people("Minister of Finance Jane Doe said on Monday."), ["Jane Doe"]);
        assert_eq!(people("Mr Doe, head of the pro-business Free Democrats, said."), ["Doe"]);
    }

    #[test]
    fn a_title_of_address_alone_makes_no_office_claim() {
        let got = identities("said Secretary of State Robert J. Hale on Monday. Mr Robert Hale added. Mr Hale left.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, some("robert-hale"));
    }

    #[test]
    fn a_quoted_nickname_does_not_hide_a_known_name() {
        let claims = identity_ledger();
        assert_eq!(person::lookup(&claims, "Robert 'Bobby' Hale").map(|p| p.id.as_str()), Some("robert-hale"));
    }
}
