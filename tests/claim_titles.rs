//! Claim files teach the extractor: every title and alias of every office in
//! the bundled claim files is read in a "Title Name" sentence, whatever
//! words it is made of ("Brexit Secretary", "Chancellor of the Duchy of
//! Lancaster", "Paymaster General").

mod common;

use factdiff::extract;

#[test]
fn every_bundled_title_is_read_before_a_name() {
    let ledger = common::ledger();
    let lexicon = extract::lexicon(&ledger);
    let mut titles: Vec<&str> = ledger
        .offices
        .iter()
        .flat_map(|o| std::iter::once(o.name.as_str()).chain(o.titles.iter().map(|t| t.title.as_str())))
        .collect();
    titles.sort_unstable();
    titles.dedup();
    assert!(titles.len() > 1000, "the bundled claim files name {} titles", titles.len());
    let mut missed = Vec::new();
    for title in &titles {
        let sentence = format!("{title} Jane Doe said on Monday.");
        let found: Vec<(&str, &str)> = extract::office::extract(&sentence, &lexicon)
            .into_iter()
            .filter_map(|m| Some((m.title?.text(&sentence), m.person.text(&sentence))))
            .collect();
        if found != [(*title, "Jane Doe")] {
            missed.push(format!("{sentence:?}: {found:?}"));
        }
    }
    assert!(missed.is_empty(), "{} of {} titles misread:\n{}", missed.len(), titles.len(), missed.join("\n"));
}

/// Without the claim files, the grammar alone reads far fewer of them: the
/// titles above are read because the lexicon learnt them.
#[test]
fn the_base_lexicon_does_not_know_claim_file_titles() {
    let sentence = "Brexit Secretary Jane Doe said on Monday.";
    let base: Vec<_> = extract::office::extract(sentence, extract::base_lexicon())
        .into_iter()
        .filter_map(|m| m.title.map(|t| t.text(sentence).to_string()))
        .collect();
    assert_ne!(base, ["Brexit Secretary"]);
    let taught = extract::office::extract(sentence, &extract::lexicon(&common::ledger()));
    assert_eq!(taught[0].title.map(|t| t.text(sentence)), Some("Brexit Secretary"));
}

/// The office each titled mention of `text` (published 2025-09-06) resolves to, by person.
fn offices(text: &str) -> Vec<(String, Option<String>)> {
    let ledger = common::ledger();
    let docs = [common::doc("a.txt", "2025-09-06", text)];
    factdiff::check::analyse(&docs, &ledger)
        .into_iter()
        .filter_map(|c| match c.value {
            factdiff::normalise::ClaimValue::Office(o) => Some((o.person, o.office)),
            _ => None,
        })
        .collect()
}

/// A title only the claim files teach may be another country's too: with no
/// country named, it names its office for a person the claim files place in
/// that office's country and nowhere else, not for anyone else.
#[test]
fn a_taught_title_names_its_office_for_a_person_of_that_country() {
    let lancaster = Some("uk.chancellor-of-the-duchy-of-lancaster".to_string());
    // Shabana Mahmood's offices in the claim files are all British.
    assert_eq!(
        offices("Chancellor of the Duchy of Lancaster Shabana Mahmood said on Monday."),
        [("Shabana Mahmood".to_string(), lancaster.clone())]
    );
    // Olaf Scholz's are German; Jane Doe has none.
    for name in ["Olaf Scholz", "Jane Doe"] {
        let got = offices(&format!("Chancellor of the Duchy of Lancaster {name} said on Monday."));
        assert_eq!(got, [(name.to_string(), None)], "{name}");
    }
}

/// "premier" with a country that has no office of that title is its prime
/// minister; a country that has a Premier keeps it, and a province's or a
/// state's premier names no office.
#[test]
fn a_countrys_premier_is_its_prime_minister_unless_it_has_a_premier() {
    let office = |text: &str| offices(text).into_iter().next().and_then(|(_, o)| o);
    assert_eq!(office("Israeli premier Benjamin Netanyahu spoke.").as_deref(), Some("il.prime-minister"));
    assert_eq!(office("The Indian premier, Narendra Modi, spoke.").as_deref(), Some("in.prime-minister"));
    assert_eq!(office("Chinese Premier Li Qiang spoke.").as_deref(), Some("cn.premier"));
    assert_eq!(office("Ontario Premier Doug Ford spoke."), None);
    assert_eq!(office("Queensland Premier David Crisafulli spoke."), None);
}

/// A country's formal name names it in a title: "the Chancellor of the
/// Federal Republic of Germany" is Germany's chancellor.
#[test]
fn a_countrys_formal_name_names_it_in_a_title() {
    let office = |text: &str| offices(text).into_iter().next().and_then(|(_, o)| o);
    assert_eq!(
        office("Friedrich Merz, the Chancellor of the Federal Republic of Germany, spoke.").as_deref(),
        Some("de.federal-chancellor")
    );
    assert_eq!(office("Emmanuel Macron, President of the French Republic, spoke.").as_deref(), Some("fr.president"));
    assert_eq!(
        office("Cyril Ramaphosa, President of the Republic of South Africa, spoke.").as_deref(),
        Some("za.president")
    );
}
