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
//!    country named resolves only for a holder of that office, or a person
//!    the claim files know without tying them to another country's offices;
//!    a portfolio minister ("Housing Minister") only for a holder.
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
}

fn sharing(title_key: &str, learned: bool) -> Sharing {
    if SHARED_TITLES.contains(&title_key) || crate::vocab::titles::is_shared_head(title_key) {
        Sharing::Shared
    } else if title_key.split(' ').any(|w| w == "minister") || learned {
        Sharing::Portfolio
    } else {
        Sharing::Own
    }
}

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
        // The title as the words read: an abbreviation spelt out ("PM"),
        // a portfolio as a minister's title, a line break as a space.
        let title = m.reads_as.clone().unwrap_or_else(|| title_span.text(text).to_string());
        let title_key = names::title_key(&title);
        let mut jurisdiction = m.jurisdiction.as_ref().map(|j| j.code.clone());
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
            // A title that says nothing of the portfolio: the office comes
            // from the earlier full mention instead.
            if crate::vocab::titles::is_bare_head(&title_key) {
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
            let by = match person_id.as_deref() {
                Some(id) => Some(Holder::Person(id)),
                None if short => Some(Holder::Surname { surname: &surname, written: &name, qualifier: m.qualifier }),
                None => None,
            };
            office = resolve_office(claims, &title_key, jurisdiction.as_deref(), published.as_ref(), by);
            if office.is_none() && person_id.is_none() && !short {
                // A title several offices share ("Prime Minister"), and a name
                // the claim files do not know: the one office whose holder the
                // name is a likely misspelling of ("Sanae Takiachi").
                let near: Vec<_> = claims
                    .offices_titled(&title_key, jurisdiction.as_deref(), published.as_ref())
                    .into_iter()
                    .filter(|o| near_miss_of_holder(claims, &o.id, &name, published.as_ref()))
                    .collect();
                if let [one] = near.as_slice() {
                    office = Some(one.id.clone());
                }
            }
        }
        if let Some(o) = office.as_deref()
            && !inherited_office
            && m.jurisdiction.is_none()
            && sharing(&title_key, m.learned) != Sharing::Own
            && !may_hold_shared(claims, o, &title_key, person_id.as_deref(), short, &surname)
            && !near_miss_of_holder(claims, o, &name, published.as_ref())
        {
            // "President Vladimir Putin", "Deputy Prime Minister Abdullatif
            // Sener": a title every country has, no country named, and a
            // person the claim files do not tie to that office — the
            // catalogue's one "President" is not evidence enough.
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

/// Whether a shared title with no country named may mean `office` for this person.
fn may_hold_shared(
    claims: &ClaimSet,
    office: &str,
    title_key: &str,
    person_id: Option<&str>,
    short: bool,
    surname: &str,
) -> bool {
    let Some(pid) = person_id else {
        return short && holder_by_surname(claims, office, surname, None).is_some();
    };
    let tenures = claims.tenures_of_person(pid);
    if tenures.iter().any(|t| t.office == office) {
        return true;
    }
    let jurisdiction = claims.office(office).map(|o| o.jurisdiction.as_str());
    let foreign = !tenures.is_empty()
        && tenures.iter().all(|t| claims.office(&t.office).map(|o| o.jurisdiction.as_str()) != jurisdiction);
    sharing(title_key, false) == Sharing::Shared && !foreign
}

/// Whether `name` is a likely misspelling of someone who held `office` at
/// `at` ("Defense Secretary Pete Hegsath" in 2025): such a mention keeps the
/// office, so that the misspelling is reported as one rather than dropped.
fn near_miss_of_holder(claims: &ClaimSet, office: &str, name: &str, at: Option<&DateValue>) -> bool {
    let tenures: Vec<&crate::claims::Tenure> = match at {
        Some(at) => claims.holders(office, at),
        None => claims.tenures_of_office(office).iter().collect(),
    };
    tenures.iter().filter_map(|t| claims.person(&t.person)).any(|p| {
        std::iter::once(&p.name)
            .chain(&p.aliases)
            .any(|known| names::compare_names(name, known) == names::NameMatch::Near)
    })
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

/// Who a mention names, for choosing among offices that share its title.
#[derive(Clone, Copy)]
enum Holder<'a> {
    /// A person the claim files know.
    Person(&'a str),
    /// A family name alone ("President Trump") as written and as a key, and
    /// how the text places the person in time.
    Surname { surname: &'a str, written: &'a str, qualifier: Qualifier },
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
    let mut candidates = claims.offices_titled(title_key, jurisdiction, at);
    if candidates.is_empty() && at.is_some() {
        // A title used outside the dates it was in use still names the office.
        candidates = claims.offices_titled(title_key, jurisdiction, None);
    }
    if candidates.len() > 1 {
        match by {
            Some(Holder::Person(pid)) => {
                let held: Vec<&str> = claims.tenures_of_person(pid).iter().map(|t| t.office.as_str()).collect();
                candidates.retain(|o| held.contains(&o.id.as_str()));
            }
            Some(Holder::Surname { surname, written, qualifier }) => {
                let then: Vec<_> = candidates
                    .iter()
                    .copied()
                    .filter(|o| {
                        held_by_surname(claims, &o.id, surname, at)
                            || at.is_some() && near_miss_of_holder(claims, &o.id, written, at)
                    })
                    .collect();
                candidates = if then.is_empty() && matches!(qualifier, Qualifier::Former | Qualifier::Then) {
                    candidates.into_iter().filter(|o| held_by_surname(claims, &o.id, surname, None)).collect()
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

/// Whether someone with family name `surname` held `office` (at `at`, if given; at any time otherwise).
fn held_by_surname(claims: &ClaimSet, office: &str, surname: &str, at: Option<&DateValue>) -> bool {
    claims.people_with_surname(surname).into_iter().any(|p| {
        claims.tenures_of_person(&p.id).iter().any(|t| t.office == office && at.is_none_or(|at| t.overlaps(at)))
    })
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
}
