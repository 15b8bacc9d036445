//! The hand-written ledger data: the claim files load, their queries give
//! the holders the record says on chosen dates, their titles and names are
//! the ones news uses, and a short story naming a holder is confirmed where
//! one naming someone else is a contradiction.
//!
//! Tests of the heads of state and government of the G20 and EU members
//! (`claims/heads-g20.yaml`, `claims/heads-eu.yaml`,
//! `claims/eu-institutions.yaml`) are named `heads_…`.

mod common;

use std::collections::BTreeMap;
use std::fs;

use common::{factdiff, json, ledger, repo, stderr};
use factdiff::claims::ClaimSet;
use factdiff::names;
use factdiff::time::DateValue;

fn at(date: &str) -> DateValue {
    DateValue::parse(date).unwrap()
}

/// The people holding `office` on `date`, by start.
fn holders(claims: &ClaimSet, office: &str, date: &str) -> Vec<String> {
    claims.holders(office, &at(date)).iter().map(|t| t.person.clone()).collect()
}

#[test]
fn heads_every_country_has_its_offices() {
    let claims = ledger();
    let expected = [
        "ar.president",
        "at.federal-chancellor",
        "at.federal-president",
        "be.monarch",
        "be.prime-minister",
        "bg.president",
        "bg.prime-minister",
        "br.president",
        "cn.premier",
        "cn.president",
        "cy.president",
        "cz.president",
        "cz.prime-minister",
        "dk.monarch",
        "dk.prime-minister",
        "ee.president",
        "ee.prime-minister",
        "es.monarch",
        "es.prime-minister",
        "eu.president-of-the-european-central-bank",
        "eu.president-of-the-european-commission",
        "eu.president-of-the-european-council",
        "eu.president-of-the-european-parliament",
        "fi.president",
        "fi.prime-minister",
        "gr.president",
        "gr.prime-minister",
        "hr.president",
        "hr.prime-minister",
        "hu.president",
        "hu.prime-minister",
        "id.president",
        "ie.president",
        "ie.taoiseach",
        "in.president",
        "in.prime-minister",
        "lt.president",
        "lt.prime-minister",
        "lu.monarch",
        "lu.prime-minister",
        "lv.president",
        "lv.prime-minister",
        "mt.president",
        "mt.prime-minister",
        "mx.president",
        "nl.monarch",
        "nl.prime-minister",
        "pl.president",
        "pl.prime-minister",
        "pt.president",
        "pt.prime-minister",
        "ro.president",
        "ro.prime-minister",
        "ru.president",
        "ru.prime-minister",
        "sa.king",
        "sa.prime-minister",
        "se.monarch",
        "se.prime-minister",
        "si.president",
        "si.prime-minister",
        "sk.president",
        "sk.prime-minister",
        "tr.president",
        "tr.prime-minister",
        "uk.monarch",
        "za.president",
    ];
    for id in expected {
        let office = claims.office(id).unwrap_or_else(|| panic!("{id} is missing"));
        assert!(
            ["heads-g20.yaml", "heads-eu.yaml", "eu-institutions.yaml"].iter().any(|f| office.origin.path.ends_with(f)),
            "{id} comes from {}",
            office.origin.path
        );
        // Every office has a holder on 2000-01-01 or later, and a sitting one
        // on 2025-12-31 unless it was abolished.
        assert!(!claims.tenures_of_office(id).is_empty(), "{id} has no tenures");
        if id != "tr.prime-minister" {
            assert!(!holders(&claims, id, "2025-12-31").is_empty(), "{id} has nobody on 2025-12-31");
        }
    }
}

#[test]
fn heads_holders_on_chosen_dates() {
    let claims = ledger();
    let cases: &[(&str, &str, &[&str])] = &[
        // Handover days give both holders.
        ("ar.president", "2023-12-10", &["alberto-fernandez", "javier-milei"]),
        ("ar.president", "2002-06-01", &["eduardo-duhalde"]),
        // An acting president while the president is suspended.
        ("br.president", "2016-06-01", &["dilma-rousseff", "michel-temer"]),
        ("br.president", "2023-06-01", &["luiz-inacio-lula-da-silva"]),
        ("cn.president", "2012-06-01", &["hu-jintao"]),
        ("cn.premier", "2020-06-01", &["li-keqiang"]),
        ("cn.premier", "2024-06-01", &["li-qiang"]),
        ("in.prime-minister", "2010-06-01", &["manmohan-singh"]),
        ("in.president", "2024-06-01", &["droupadi-murmu"]),
        ("id.president", "2024-10-20", &["joko-widodo", "prabowo-subianto"]),
        ("id.president", "2025-06-01", &["prabowo-subianto"]),
        ("mx.president", "2024-10-01", &["andres-manuel-lopez-obrador", "claudia-sheinbaum"]),
        ("ru.president", "2000-03-01", &["vladimir-putin"]),
        ("ru.president", "2010-06-01", &["dmitry-medvedev"]),
        ("ru.prime-minister", "2010-06-01", &["vladimir-putin"]),
        ("ru.prime-minister", "2022-06-01", &["mikhail-mishustin"]),
        ("sa.king", "2010-06-01", &["abdullah-bin-abdulaziz"]),
        ("sa.prime-minister", "2020-06-01", &["salman-bin-abdulaziz"]),
        ("sa.prime-minister", "2023-06-01", &["mohammed-bin-salman"]),
        ("tr.prime-minister", "2010-06-01", &["recep-tayyip-erdogan"]),
        ("tr.prime-minister", "2020-06-01", &[]),
        ("tr.president", "2020-06-01", &["recep-tayyip-erdogan"]),
        ("za.president", "2009-01-01", &["kgalema-motlanthe"]),
        ("uk.monarch", "2022-09-07", &["elizabeth-ii"]),
        ("uk.monarch", "2023-05-06", &["charles-iii"]),
        ("eu.president-of-the-european-commission", "2010-06-01", &["jose-manuel-barroso"]),
        ("eu.president-of-the-european-council", "2016-06-01", &["donald-tusk"]),
        ("eu.president-of-the-european-parliament", "2014-06-25", &["gianni-pittella"]),
        ("eu.president-of-the-european-parliament", "2022-01-14", &["roberta-metsola"]),
        ("eu.president-of-the-european-central-bank", "2015-06-01", &["mario-draghi"]),
        ("at.federal-chancellor", "2025-02-01", &["alexander-schallenberg"]),
        ("at.federal-chancellor", "2025-06-01", &["christian-stocker"]),
        ("be.prime-minister", "2025-06-01", &["bart-de-wever"]),
        ("be.monarch", "2010-06-01", &["albert-ii"]),
        ("bg.prime-minister", "2024-06-01", &["dimitar-glavchev"]),
        ("bg.prime-minister", "2026-03-01", &["andrey-gyurov"]),
        ("bg.president", "2026-03-01", &["iliana-iotova"]),
        ("hr.prime-minister", "2015-06-01", &["zoran-milanovic"]),
        ("hr.president", "2022-06-01", &["zoran-milanovic"]),
        ("cy.president", "2020-06-01", &["nicos-anastasiades"]),
        // Czechia: the new prime minister and the outgoing one until the new government is appointed.
        ("cz.prime-minister", "2025-12-12", &["andrej-babis", "petr-fiala"]),
        ("cz.prime-minister", "2025-12-20", &["andrej-babis"]),
        ("cz.president", "2020-06-01", &["milos-zeman"]),
        ("dk.monarch", "2023-06-01", &["margrethe-ii"]),
        ("dk.prime-minister", "2012-06-01", &["helle-thorning-schmidt"]),
        ("ee.prime-minister", "2024-08-01", &["kristen-michal"]),
        ("fi.president", "2024-06-01", &["alexander-stubb"]),
        ("fi.prime-minister", "2014-08-01", &["alexander-stubb"]),
        ("gr.prime-minister", "2015-09-01", &["vassiliki-thanou-christophilou"]),
        ("hu.prime-minister", "2025-06-01", &["viktor-orban"]),
        ("hu.prime-minister", "2026-06-01", &["peter-magyar"]),
        ("ie.taoiseach", "2024-06-01", &["simon-harris"]),
        ("ie.president", "2025-12-01", &["catherine-connolly"]),
        ("lt.prime-minister", "2025-09-01", &["rimantas-sadzius", "inga-ruginiene"]),
        ("lu.monarch", "2025-10-03", &["henri-of-luxembourg", "guillaume-of-luxembourg"]),
        ("lv.president", "2013-06-01", &["andris-berzins-1944"]),
        ("lv.prime-minister", "2001-06-01", &["andris-berzins-1951"]),
        ("mt.prime-minister", "2021-06-01", &["robert-abela"]),
        ("nl.monarch", "2012-06-01", &["beatrix-of-the-netherlands"]),
        ("nl.prime-minister", "2025-06-01", &["dick-schoof"]),
        ("nl.prime-minister", "2026-06-01", &["rob-jetten"]),
        ("pl.president", "2010-06-01", &["bronislaw-komorowski"]),
        ("pl.president", "2025-11-01", &["karol-nawrocki"]),
        ("pl.prime-minister", "2024-06-01", &["donald-tusk"]),
        ("pt.president", "2026-06-01", &["antonio-jose-seguro"]),
        ("pt.prime-minister", "2024-06-01", &["luis-montenegro"]),
        ("ro.president", "2025-03-01", &["ilie-bolojan"]),
        ("ro.president", "2025-06-01", &["nicusor-dan"]),
        ("ro.prime-minister", "2025-06-01", &["catalin-predoiu"]),
        ("ro.prime-minister", "2025-07-01", &["ilie-bolojan"]),
        ("se.prime-minister", "2022-06-01", &["magdalena-andersson"]),
        ("si.prime-minister", "2021-06-01", &["janez-jansa"]),
        ("sk.president", "2025-06-01", &["peter-pellegrini"]),
        ("sk.prime-minister", "2024-06-01", &["robert-fico"]),
        ("es.monarch", "2014-06-19", &["juan-carlos-i", "felipe-vi"]),
        ("es.prime-minister", "2015-06-01", &["mariano-rajoy"]),
    ];
    for (office, date, expected) in cases {
        assert_eq!(holders(&claims, office, date), *expected, "{office} on {date}");
    }
}

#[test]
fn heads_monarchs_titles_follow_the_reign_and_other_titles_name_their_office() {
    let claims = ledger();
    let offices = |title: &str, j: &str, date: &str| -> Vec<String> {
        claims.offices_titled(&names::title_key(title), Some(j), Some(&at(date))).iter().map(|o| o.id.clone()).collect()
    };
    assert_eq!(offices("Queen", "UK", "2020-01-01"), ["uk.monarch"]);
    assert!(offices("Queen", "UK", "2023-01-01").is_empty(), "a queen consort is not the monarch");
    assert_eq!(offices("King", "UK", "2023-01-01"), ["uk.monarch"]);
    assert!(offices("King", "UK", "2020-01-01").is_empty());
    assert_eq!(offices("Queen", "DK", "2023-01-01"), ["dk.monarch"]);
    assert_eq!(offices("King", "DK", "2024-06-01"), ["dk.monarch"]);
    assert_eq!(offices("Queen", "NL", "2010-01-01"), ["nl.monarch"]);
    assert_eq!(offices("King", "ES", "2010-01-01"), ["es.monarch"]);
    assert_eq!(offices("Grand Duke", "LU", "2010-01-01"), ["lu.monarch"]);
    assert_eq!(offices("Custodian of the Two Holy Mosques", "SA", "2020-01-01"), ["sa.king"]);
    assert_eq!(offices("Taoiseach", "IE", "2020-01-01"), ["ie.taoiseach"]);
    assert_eq!(offices("Prime Minister", "IE", "2020-01-01"), ["ie.taoiseach"]);
    assert_eq!(offices("President of the Government", "ES", "2020-01-01"), ["es.prime-minister"]);
    assert_eq!(offices("Chancellor", "AT", "2020-01-01"), ["at.federal-chancellor"]);
    assert_eq!(offices("Premier", "CN", "2020-01-01"), ["cn.premier"]);
    assert_eq!(offices("Chairman of the Government", "RU", "2020-01-01"), ["ru.prime-minister"]);
    assert_eq!(offices("ECB President", "EU", "2020-01-01"), ["eu.president-of-the-european-central-bank"]);
    assert_eq!(offices("Commission President", "EU", "2020-01-01"), ["eu.president-of-the-european-commission"]);
    assert_eq!(offices("European Council President", "EU", "2020-01-01"), ["eu.president-of-the-european-council"]);
    assert_eq!(offices("Parliament President", "EU", "2020-01-01"), ["eu.president-of-the-european-parliament"]);
    assert!(offices("President", "EU", "2020-01-01").is_empty(), "no EU presidency is just \"President\"");
}

#[test]
fn heads_people_are_found_by_the_names_news_uses() {
    let claims = ledger();
    let named = |name: &str| -> Vec<String> {
        claims.people_named(&names::person_key(name)).iter().map(|p| p.id.clone()).collect()
    };
    for (name, id) in [
        ("Lula", "luiz-inacio-lula-da-silva"),
        ("Luiz Inacio Lula da Silva", "luiz-inacio-lula-da-silva"),
        ("Jokowi", "joko-widodo"),
        ("Recep Tayyip Erdogan", "recep-tayyip-erdogan"),
        ("Binali Yildirim", "binali-yildirim"),
        ("Lars Lokke Rasmussen", "lars-lokke-rasmussen"),
        ("Dmitri Medvedev", "dmitry-medvedev"),
        ("Jinping Xi", "xi-jinping"),
        ("Lopez Obrador", "andres-manuel-lopez-obrador"),
        ("Rebelo de Sousa", "marcelo-rebelo-de-sousa"),
        ("Constantine Tassoulas", "konstantinos-tasoulas"),
        ("Beata Szydlo", "beata-szydlo"),
        ("Mohammad bin Salman", "mohammed-bin-salman"),
        ("Iliana Yotova", "iliana-iotova"),
    ] {
        assert_eq!(named(name), [id], "{name}");
    }
    // Two Latvians of one name: both, never a guess.
    assert_eq!(named("Andris Berzins"), ["andris-berzins-1944", "andris-berzins-1951"]);
    // A family name alone finds the holder of the office it is used with.
    let surname = |s: &str| -> Vec<String> { claims.people_with_surname(s).iter().map(|p| p.id.clone()).collect() };
    assert!(surname("xi").contains(&"xi-jinping".to_string()));
    assert!(surname("prabowo").contains(&"prabowo-subianto".to_string()));
}

/// (file, publication date, a sentence naming the holder then, the same with someone else).
const STORIES: &[(&str, &str, &str, &str)] = &[
    ("ar", "2025-06-01", "Argentine President Javier Milei", "Argentine President Alberto Fernández"),
    ("at-p", "2025-06-01", "Austrian President Alexander Van der Bellen", "Austrian President Heinz Fischer"),
    ("at", "2025-06-01", "Austrian Chancellor Christian Stocker", "Austrian Chancellor Karl Nehammer"),
    ("be", "2025-06-01", "Belgian Prime Minister Bart De Wever", "Belgian Prime Minister Alexander De Croo"),
    ("bg", "2025-06-01", "Bulgarian Prime Minister Rosen Zhelyazkov", "Bulgarian Prime Minister Boyko Borisov"),
    ("bg-p", "2025-06-01", "Bulgarian President Rumen Radev", "Bulgarian President Rosen Plevneliev"),
    ("br", "2024-06-01", "Brazilian President Luiz Inácio Lula da Silva", "Brazilian President Jair Bolsonaro"),
    ("cn", "2024-06-01", "Chinese President Xi Jinping", "Chinese President Hu Jintao"),
    ("cn-pm", "2024-06-01", "Chinese Premier Li Qiang", "Chinese Premier Li Keqiang"),
    ("cy", "2024-06-01", "Cypriot President Nikos Christodoulides", "Cypriot President Nicos Anastasiades"),
    ("cz", "2024-06-01", "Czech Prime Minister Petr Fiala", "Czech Prime Minister Andrej Babis"),
    ("cz-p", "2024-06-01", "Czech President Petr Pavel", "Czech President Milos Zeman"),
    ("dk", "2024-06-01", "Danish Prime Minister Mette Frederiksen", "Danish Prime Minister Lars Løkke Rasmussen"),
    ("ee", "2025-06-01", "Estonian Prime Minister Kristen Michal", "Estonian Prime Minister Kaja Kallas"),
    ("es", "2024-06-01", "Spanish Prime Minister Pedro Sánchez", "Spanish Prime Minister Mariano Rajoy"),
    ("fi", "2024-06-01", "Finnish President Alexander Stubb", "Finnish President Sauli Niinistö"),
    ("fi-pm", "2024-06-01", "Finnish Prime Minister Petteri Orpo", "Finnish Prime Minister Sanna Marin"),
    ("gr", "2024-06-01", "Greek Prime Minister Kyriakos Mitsotakis", "Greek Prime Minister Alexis Tsipras"),
    ("hr", "2024-06-01", "Croatian Prime Minister Andrej Plenković", "Croatian Prime Minister Zoran Milanović"),
    ("hu", "2025-06-01", "Hungarian Prime Minister Viktor Orbán", "Hungarian Prime Minister Ferenc Gyurcsány"),
    ("hu-p", "2025-06-01", "Hungarian President Tamás Sulyok", "Hungarian President Katalin Novák"),
    ("id", "2025-06-01", "Indonesian President Prabowo Subianto", "Indonesian President Joko Widodo"),
    ("ie", "2025-06-01", "Irish Prime Minister Micheál Martin", "Irish Prime Minister Leo Varadkar"),
    ("ie-p", "2025-12-01", "Irish President Catherine Connolly", "Irish President Michael D. Higgins"),
    ("in", "2024-06-01", "Indian Prime Minister Narendra Modi", "Indian Prime Minister Manmohan Singh"),
    ("in-p", "2024-06-01", "Indian President Droupadi Murmu", "Indian President Ram Nath Kovind"),
    ("lt", "2024-06-01", "Lithuanian President Gitanas Nausėda", "Lithuanian President Dalia Grybauskaitė"),
    ("lu", "2024-06-01", "Luxembourg Prime Minister Luc Frieden", "Luxembourg Prime Minister Xavier Bettel"),
    ("lv", "2024-06-01", "Latvian Prime Minister Evika Siliņa", "Latvian Prime Minister Krišjānis Kariņš"),
    ("mt", "2024-06-01", "Maltese Prime Minister Robert Abela", "Maltese Prime Minister Joseph Muscat"),
    ("mx", "2025-06-01", "Mexican President Claudia Sheinbaum", "Mexican President Andrés Manuel López Obrador"),
    ("nl", "2025-06-01", "Dutch Prime Minister Dick Schoof", "Dutch Prime Minister Mark Rutte"),
    ("pl", "2025-11-01", "Polish President Karol Nawrocki", "Polish President Andrzej Duda"),
    ("pl-pm", "2025-11-01", "Polish Prime Minister Donald Tusk", "Polish Prime Minister Mateusz Morawiecki"),
    ("pt", "2024-06-01", "Portuguese Prime Minister Luís Montenegro", "Portuguese Prime Minister António Costa"),
    ("ro", "2025-07-01", "Romanian President Nicușor Dan", "Romanian President Klaus Iohannis"),
    ("ro-pm", "2025-07-01", "Romanian Prime Minister Ilie Bolojan", "Romanian Prime Minister Marcel Ciolacu"),
    ("ru", "2024-06-01", "Russian President Vladimir Putin", "Russian President Dmitry Medvedev"),
    ("ru-pm", "2024-06-01", "Russian Prime Minister Mikhail Mishustin", "Russian Prime Minister Dmitry Medvedev"),
    ("sa", "2024-06-01", "Saudi Prime Minister Mohammed bin Salman", "Saudi Prime Minister Salman bin Abdulaziz"),
    ("se", "2024-06-01", "Swedish Prime Minister Ulf Kristersson", "Swedish Prime Minister Magdalena Andersson"),
    ("si", "2024-06-01", "Slovenian Prime Minister Robert Golob", "Slovenian Prime Minister Janez Janša"),
    ("sk", "2024-06-01", "Slovak Prime Minister Robert Fico", "Slovak Prime Minister Eduard Heger"),
    ("tr", "2024-06-01", "Turkish President Recep Tayyip Erdogan", "Turkish President Abdullah Gul"),
    ("tr-pm", "2017-06-01", "Turkish Prime Minister Binali Yildirim", "Turkish Prime Minister Ahmet Davutoglu"),
    ("za", "2024-06-01", "South African President Cyril Ramaphosa", "South African President Jacob Zuma"),
];

/// Per file, the codes of the errors and warnings found.
fn check_stories(stories: &[(String, String)]) -> BTreeMap<String, Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in stories {
        fs::write(dir.path().join(name), body).unwrap();
    }
    let claims = repo().join("claims");
    let out = factdiff(
        dir.path(),
        &["check", ".", "--claims", claims.to_str().unwrap(), "--format", "json", "--fail-on", "never"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v = json(&out);
    let mut codes: BTreeMap<String, Vec<String>> = stories.iter().map(|(n, _)| (n.clone(), Vec::new())).collect();
    for f in v["findings"].as_array().unwrap() {
        if f["severity"] == "info" {
            continue;
        }
        let path = f["evidence"][0]["path"].as_str().unwrap();
        let name = path.rsplit('/').next().unwrap();
        codes.get_mut(name).unwrap_or_else(|| panic!("finding in {path}")).push(f["code"].as_str().unwrap().into());
    }
    codes
}

/// Each story of `stories` naming the holder passes, and naming someone
/// else is one `ledger-holder-conflict`. Two runs: stories of one office on
/// one date in one run would contradict each other.
fn assert_holders_pass_and_others_conflict(stories: &[(&str, &str, &str, &str)]) {
    let run = |right: bool| {
        let texts: Vec<(String, String)> = stories
            .iter()
            .map(|(name, date, right_name, wrong_name)| {
                let who = if right { right_name } else { wrong_name };
                let body = format!("---\npublished: {date}\n---\n{who} said on Monday that the talks went well.\n");
                (format!("{name}.md"), body)
            })
            .collect();
        check_stories(&texts)
    };
    let (right, wrong) = (run(true), run(false));
    let mut bad = Vec::new();
    for (name, _, right_name, wrong_name) in stories {
        let (r, w) = (&right[&format!("{name}.md")], &wrong[&format!("{name}.md")]);
        if !r.is_empty() {
            bad.push(format!("{right_name}: {r:?}"));
        }
        if w != &["ledger-holder-conflict"] {
            bad.push(format!("{wrong_name}: expected one ledger-holder-conflict, found {w:?}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn heads_a_story_naming_the_holder_passes_and_one_naming_another_is_a_ledger_conflict() {
    assert_holders_pass_and_others_conflict(STORIES);
}

#[test]
fn heads_a_family_name_alone_is_checked_against_the_holder_of_the_office_it_is_used_with() {
    let stories = [
        ("xi.md", "---\npublished: 2024-06-01\n---\nChinese President Xi spoke.\n"),
        ("prabowo.md", "---\npublished: 2025-06-01\n---\nIndonesian President Prabowo spoke.\n"),
        ("trump.md", "---\npublished: 2025-03-31\n---\nAs former President Trump said, the treaty is unequal.\n"),
        ("widodo.md", "---\npublished: 2025-06-01\n---\nIndonesian President Widodo spoke.\n"),
    ];
    // One run per story: two stories of one office on one date would contradict each other.
    let codes: BTreeMap<String, Vec<String>> =
        stories.iter().flat_map(|(n, b)| check_stories(&[(n.to_string(), b.to_string())])).collect();
    assert!(codes["xi.md"].is_empty(), "{codes:?}");
    assert!(codes["prabowo.md"].is_empty(), "{codes:?}");
    // "President" is shared by many offices; the family name picks the one Trump held.
    assert_eq!(codes["trump.md"], ["qualifier-conflict"], "{codes:?}");
    assert_eq!(codes["widodo.md"], ["ledger-holder-conflict"], "{codes:?}");
}

#[test]
fn heads_a_former_head_in_a_post_the_files_do_not_record_is_not_an_unknown_title() {
    let stories = [(
        "un.md".to_string(),
        "---\npublished: 2025-06-01\n---\nUN Secretary-General António Guterres called for calm. Danish Foreign \
         Minister Lars Løkke Rasmussen agreed.\n"
            .to_string(),
    )];
    let codes = check_stories(&stories);
    assert!(codes["un.md"].is_empty(), "{codes:?}");
}

/// Stories of `claims/heads-world.yaml`: (name, date, holder, someone else).
const WORLD_STORIES: &[(&str, &str, &str, &str)] = &[
    ("il", "2024-06-01", "Israeli Prime Minister Benjamin Netanyahu", "Israeli Prime Minister Naftali Bennett"),
    ("il-p", "2024-06-01", "Israeli President Isaac Herzog", "Israeli President Reuven Rivlin"),
    ("ua", "2024-06-01", "Ukrainian President Volodymyr Zelensky", "Ukrainian President Petro Poroshenko"),
    ("ua-pm", "2024-06-01", "Ukrainian Prime Minister Denys Shmyhal", "Ukrainian Prime Minister Arseniy Yatsenyuk"),
    ("ph", "2025-02-01", "Philippine President Ferdinand Marcos Jr.", "Philippine President Rodrigo Duterte"),
    ("ph-vp", "2025-02-01", "Philippine Vice President Sara Duterte", "Philippine Vice President Leni Robredo"),
    ("tw", "2024-06-01", "Taiwanese President Lai Ching-te", "Taiwanese President Tsai Ing-wen"),
    ("pk", "2024-06-01", "Pakistani Prime Minister Shehbaz Sharif", "Pakistani Prime Minister Imran Khan"),
    ("nz", "2024-06-01", "New Zealand Prime Minister Christopher Luxon", "New Zealand Prime Minister Jacinda Ardern"),
    ("th", "2025-02-01", "Thai Prime Minister Paetongtarn Shinawatra", "Thai Prime Minister Srettha Thavisin"),
    ("ir", "2025-02-01", "Iranian President Masoud Pezeshkian", "Iranian President Ebrahim Raisi"),
    ("eg", "2024-06-01", "Egyptian President Abdel Fattah el-Sisi", "Egyptian President Mohamed Morsi"),
    ("ng", "2024-06-01", "Nigerian President Bola Tinubu", "Nigerian President Muhammadu Buhari"),
    ("ke", "2024-06-01", "Kenyan President William Ruto", "Kenyan President Uhuru Kenyatta"),
    ("sg", "2024-06-01", "Singapore's Prime Minister Lawrence Wong", "Singapore's Prime Minister Lee Hsien Loong"),
    ("my", "2024-06-01", "Malaysian Prime Minister Anwar Ibrahim", "Malaysian Prime Minister Ismail Sabri Yaakob"),
    ("lk", "2025-02-01", "Sri Lankan President Anura Kumara Dissanayake", "Sri Lankan President Ranil Wickremesinghe"),
    ("co", "2024-06-01", "Colombian President Gustavo Petro", "Colombian President Iván Duque"),
    ("cl", "2024-06-01", "Chilean President Gabriel Boric", "Chilean President Sebastián Piñera"),
    ("pe", "2024-06-01", "Peruvian President Dina Boluarte", "Peruvian President Pedro Castillo"),
    ("no", "2024-06-01", "Norwegian Prime Minister Jonas Gahr Støre", "Norwegian Prime Minister Erna Solberg"),
    ("bd", "2025-02-01", "Bangladesh's Chief Adviser Muhammad Yunus", "Bangladesh's Chief Adviser Fakhruddin Ahmed"),
];

#[test]
fn heads_world_a_story_naming_the_holder_passes_and_one_naming_another_is_a_ledger_conflict() {
    assert_holders_pass_and_others_conflict(WORLD_STORIES);
}

#[test]
fn heads_world_holders_on_chosen_dates_and_an_unrecorded_successor_leaves_the_office_empty() {
    let claims = ledger();
    let cases: &[(&str, &str, &[&str])] = &[
        // An acting holder beside the incapacitated one.
        ("il.prime-minister", "2006-02-01", &["ariel-sharon", "ehud-olmert"]),
        ("il.prime-minister", "2022-12-29", &["yair-lapid", "benjamin-netanyahu"]),
        ("ua.president", "2014-04-01", &["oleksandr-turchynov"]),
        // Days between a removal and the next appointment are left empty.
        ("th.prime-minister", "2014-06-01", &[]),
        ("pk.prime-minister", "2001-06-01", &[]),
        ("bd.chief-adviser", "2020-01-01", &[]),
        ("sy.president", "2025-03-01", &[]),
        ("tw.premier", "2024-05-21", &["cho-jung-tai"]),
    ];
    for (office, date, want) in cases {
        assert_eq!(holders(&claims, office, date), *want, "{office} on {date}");
    }
    // A removal whose successor the file does not record leaves the office empty.
    assert_eq!(holders(&claims, "pe.president", "2025-11-01"), Vec::<String>::new());
    assert_eq!(holders(&claims, "ua.prime-minister", "2025-07-17"), ["denys-shmyhal", "yulia-svyrydenko"]);
}

#[test]
fn heads_world_a_past_holder_in_quoted_speech_is_the_speakers_words_not_a_rival_holder() {
    let story = |line: &str| format!("---\npublished: 2024-06-01\n---\n{line}\n");
    let stories = [
        ("quoted.md", story("An aide said: \"The friends of Prime Minister Imran Khan hid the money.\"")),
        ("plain.md", story("The friends of Pakistani Prime Minister Imran Khan hid the money.")),
        ("stranger.md", story("An aide said: \"Pakistani Prime Minister Jane Roe hid the money.\"")),
    ];
    // One run per story: two stories of one office on one date would contradict each other.
    let codes: BTreeMap<String, Vec<String>> =
        stories.iter().flat_map(|(n, b)| check_stories(&[(n.to_string(), b.clone())])).collect();
    assert!(codes["quoted.md"].is_empty(), "{codes:?}");
    assert_eq!(codes["plain.md"], ["ledger-holder-conflict"], "{codes:?}");
    // Someone who never held the office is no past holder, quoted or not.
    assert_eq!(codes["stranger.md"], ["ledger-holder-conflict"], "{codes:?}");
}
