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

/// Central banks and international bodies are offices of the built-in
/// ledger: their heads are read in every common form, a body's name written
/// as its country ("the UN's Secretary-General", "NATO chief") included, and
/// a generic title ("central bank governor") names its office only with a
/// country.
#[test]
fn heads_of_central_banks_and_international_bodies_are_offices() {
    let office = |text: &str| offices(text).into_iter().next().and_then(|(_, o)| o);
    for (text, want) in [
        ("Fed Chair Jerome Powell spoke.", "us.chair-of-the-federal-reserve"),
        ("Federal Reserve Chairman Jerome Powell spoke.", "us.chair-of-the-federal-reserve"),
        ("Bank of England Governor Andrew Bailey spoke.", "uk.governor-of-the-bank-of-england"),
        ("Japan's central bank governor Kazuo Ueda spoke.", "jp.governor-of-the-bank-of-japan"),
        (
            "The governor of the Reserve Bank of India, Sanjay Malhotra, spoke.",
            "in.governor-of-the-reserve-bank-of-india",
        ),
        ("UN Secretary-General António Guterres spoke.", "un.secretary-general"),
        ("The UN's Secretary-General, António Guterres, spoke.", "un.secretary-general"),
        ("NATO chief Mark Rutte spoke.", "nato.secretary-general"),
        ("Secretary-General Mark Rutte spoke.", "nato.secretary-general"),
        ("IMF Managing Director Kristalina Georgieva spoke.", "imf.managing-director"),
        ("World Bank President Ajay Banga spoke.", "wbg.president"),
        ("WHO chief Tedros Adhanom Ghebreyesus spoke.", "who.director-general"),
    ] {
        assert_eq!(office(text).as_deref(), Some(want), "{text}");
    }
    // A company's managing director and a central bank with no country are no office.
    assert_eq!(offices("Managing Director Jane Doe of Acme Ltd spoke."), []);
    assert_eq!(office("Central bank governor Jane Doe spoke."), None);
}

/// A claim file's title read in a text is one title: a comma inside it only
/// lists portfolios that "and" closes, and a bracket closes one it opened.
#[test]
fn a_taught_title_does_not_reach_across_a_comma_or_out_of_a_bracket() {
    let persons = |text: &str| offices(text).into_iter().map(|(p, _)| p).collect::<Vec<_>>();
    assert_eq!(persons("Rules proposed by the Federal Reserve Board, Chairman Jane Doe said."), Vec::<String>::new());
    let titles = |text: &str| {
        let ledger = common::ledger();
        factdiff::extract::office::extract(text, &factdiff::extract::lexicon(&ledger))
            .into_iter()
            .filter_map(|m| m.title.map(|t| t.text(text).to_string()))
            .collect::<Vec<_>>()
    };
    assert!(!titles("The Bundesbank (central bank) president Jane Doe spoke.").iter().any(|t| t.contains(')')));
    assert_eq!(
        titles("Secretary of State for Digital, Culture, Media and Sport Jane Doe spoke."),
        ["Secretary of State for Digital, Culture, Media and Sport"]
    );
}
