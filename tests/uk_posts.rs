//! Shadow and party posts and UK short mentions, against a small claim set
//! built in the test: a shadow or party post is never a holder of the office
//! of state, and "Mr Blair" alone names a person, not an office.

use factdiff::check;
use factdiff::claims::{ClaimSet, Office, Origin, Person, Tenure, Title};
use factdiff::compare::{Code, Options, Severity};
use factdiff::extract::office::{Post, Qualifier};
use factdiff::load::Document;
use factdiff::normalise::{ClaimValue, OfficeClaim};
use factdiff::span::Span;
use factdiff::time::DateValue;

fn origin() -> Origin {
    Origin { path: "test-claims/uk.yaml".into(), line: 1, column: 1 }
}

fn date(s: &str) -> DateValue {
    DateValue::parse(s).unwrap()
}

fn ledger() -> ClaimSet {
    let office = |id: &str, name: &str, titles: &[&str]| Office {
        id: id.into(),
        jurisdiction: "UK".into(),
        name: name.into(),
        titles: titles.iter().map(|t| Title { title: (*t).into(), since: None, until: None }).collect(),
        single_holder: true,
        origin: origin(),
    };
    let person = |id: &str, name: &str| Person { id: id.into(), name: name.into(), aliases: vec![], origin: origin() };
    let tenure = |person: &str, office: &str, start: &str, end: Option<&str>| Tenure {
        person: person.into(),
        office: office.into(),
        start: date(start),
        end: end.map(date),
        acting: false,
        source: None,
        current_to: None,
        origin: origin(),
    };
    ClaimSet::new(
        vec![
            office(
                "uk.chancellor-of-the-exchequer",
                "Chancellor of the Exchequer",
                &["Chancellor of the Exchequer", "Chancellor"],
            ),
            office("uk.home-secretary", "Home Secretary", &["Home Secretary"]),
            office("uk.prime-minister", "Prime Minister", &["Prime Minister"]),
        ],
        vec![
            person("charles-clarke", "Charles Clarke"),
            person("david-blunkett", "David Blunkett"),
            person("david-davis", "David Davis"),
            person("george-osborne", "George Osborne"),
            person("gordon-brown", "Gordon Brown"),
            person("michael-howard", "Michael Howard"),
            person("tony-blair", "Tony Blair"),
        ],
        vec![
            tenure("david-blunkett", "uk.home-secretary", "2001-06-08", Some("2004-12-15")),
            tenure("charles-clarke", "uk.home-secretary", "2004-12-15", None),
            tenure("gordon-brown", "uk.chancellor-of-the-exchequer", "1997-05-02", Some("2007-06-27")),
            tenure("tony-blair", "uk.prime-minister", "1997-05-02", Some("2007-06-27")),
        ],
        vec![],
    )
}

fn doc(path: &str, published: &str, text: &str) -> Document {
    Document {
        path: path.into(),
        text: text.into(),
        body: Span::new(0, text.len()),
        published: Some(date(published)),
        published_from: None,
        outlet: None,
        url: None,
        title: None,
    }
}

/// (text of the mention, claim) of every office claim.
fn offices(docs: Vec<Document>) -> Vec<(String, OfficeClaim)> {
    let run = check::check(docs, &ledger(), &Options::default());
    run.claims
        .iter()
        .filter_map(|c| match &c.value {
            ClaimValue::Office(o) => Some((c.span.text(run.documents[c.doc].text.as_str()).to_string(), o.clone())),
            _ => None,
        })
        .collect()
}

/// Codes of the findings of severity warning or error.
fn alarms(docs: Vec<Document>) -> Vec<Code> {
    check::check(docs, &ledger(), &Options::default())
        .comparison
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| f.code)
        .collect()
}

#[test]
fn a_shadow_post_never_resolves_to_the_office_of_state() {
    let got = offices(vec![doc(
        "a.txt",
        "2004-06-01",
        "Shadow home secretary David Davis attacked Home Secretary David Blunkett.",
    )]);
    assert_eq!(got.len(), 2);
    let davis = &got[0].1;
    assert_eq!((davis.person_id.as_deref(), davis.office.as_deref()), (Some("david-davis"), None));
    assert_eq!((davis.post, davis.title.as_str()), (Post::Shadow, "Shadow home secretary"));
    assert_eq!(got[1].1.office.as_deref(), Some("uk.home-secretary"));
}

#[test]
fn shadow_and_party_posts_are_never_second_holders() {
    let found = alarms(vec![
        doc("a.txt", "2004-06-01", "Home Secretary David Blunkett said the bill would pass."),
        doc(
            "b.txt",
            "2004-06-02",
            "Shadow home secretary David Davis disagreed. Shadow Chancellor George Osborne agreed with him, \
             and Tory leader Michael Howard said Chancellor Osborne would cut taxes.",
        ),
        doc("c.txt", "2004-06-03", "Chancellor Gordon Brown replied to Mr Osborne."),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_party_post_is_not_an_office_of_state() {
    let got = offices(vec![doc(
        "a.txt",
        "2004-06-01",
        "Tory leader Michael Howard spoke, and Liberal Democrat spokeswoman Sarah Teather and Labour Party chairman \
         Ian McCartney replied. Mr Howard left.",
    )]);
    let posts: Vec<(&str, Post, Option<&str>)> =
        got.iter().map(|(t, o)| (t.as_str(), o.post, o.office.as_deref())).collect();
    assert_eq!(
        posts,
        [
            ("Tory leader Michael Howard", Post::Party, None),
            ("Liberal Democrat spokeswoman Sarah Teather", Post::Party, None),
            ("Labour Party chairman Ian McCartney", Post::Party, None),
        ]
    );
}

#[test]
fn both_home_secretaries_are_accepted_in_their_own_time() {
    let found = alarms(vec![
        doc("a.txt", "2004-06-01", "Home Secretary David Blunkett spoke."),
        doc("b.txt", "2005-03-01", "Home Secretary Charles Clarke spoke."),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = alarms(vec![doc("b.txt", "2005-03-01", "Home Secretary David Blunkett spoke.")]);
    assert_eq!(found, [Code::LedgerHolderConflict]);
}

#[test]
fn mr_and_ms_after_a_titled_mention_make_no_claim_of_their_own() {
    let got = offices(vec![doc(
        "a.txt",
        "2004-06-01",
        "Prime Minister Tony Blair spoke. Mr Blair said former Foreign Secretary Robin Cook was wrong; Mr Cook \
         disagreed.",
    )]);
    let view: Vec<(&str, &str, Option<&str>, Qualifier)> =
        got.iter().map(|(t, o)| (t.as_str(), o.person.as_str(), o.office.as_deref(), o.qualifier)).collect();
    assert_eq!(
        view,
        [
            ("Prime Minister Tony Blair", "Tony Blair", Some("uk.prime-minister"), Qualifier::Current),
            ("former Foreign Secretary Robin Cook", "Robin Cook", None, Qualifier::Former),
        ]
    );
}

#[test]
fn a_title_of_address_alone_or_for_two_people_makes_no_claim() {
    // No earlier titled mention: nothing says which office.
    assert!(offices(vec![doc("a.txt", "2004-06-01", "Mr Blair and Ms Hewitt spoke to Dr Reid.")]).is_empty());
    // Two Clarkes: "Mr Clarke" could be either.
    let got = offices(vec![doc(
        "a.txt",
        "2005-03-01",
        "Home Secretary Charles Clarke met former Chancellor Kenneth Clarke. Mr Clarke spoke first.",
    )]);
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn uk_cabinet_titles_resolve_and_a_bare_title_is_no_claim() {
    let got = offices(vec![doc(
        "a.txt",
        "2004-06-01",
        "Chancellor Gordon Brown and Deputy Prime Minister John Prescott met. The chancellor said little.",
    )]);
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].1.office.as_deref(), Some("uk.chancellor-of-the-exchequer"));
    assert_eq!((got[1].1.person.as_str(), got[1].1.office.as_deref()), ("John Prescott", None));
}

#[test]
fn a_title_many_countries_share_resolves_only_for_a_known_person() {
    let got = offices(vec![doc(
        "a.txt",
        "2004-06-01",
        "Chancellor Gerhard Schroeder met Chancellor Gordon Brown. Later Chancellor Schroeder left, and Prime \
         Minister Junichiro Koizumi arrived.",
    )]);
    let view: Vec<(&str, Option<&str>)> = got.iter().map(|(_, o)| (o.person.as_str(), o.office.as_deref())).collect();
    assert_eq!(
        view,
        [
            ("Gerhard Schroeder", None),
            ("Gordon Brown", Some("uk.chancellor-of-the-exchequer")),
            ("Gerhard Schroeder", None),
            ("Junichiro Koizumi", None),
        ]
    );
    let found = alarms(vec![doc("a.txt", "2004-06-01", "Chancellor Gerhard Schroeder met Chancellor Gordon Brown.")]);
    assert!(found.is_empty(), "{found:?}");
}
