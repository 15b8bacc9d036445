//! The hand-written ledger data in `claims/`: the files load, the ledger
//! gives the holders the record shows on chosen dates, and a story naming
//! the right or the wrong holder is judged so by the real binary.
//!
//! Tests of the cabinet files (Japan, Germany, France, Italy, Canada,
//! Australia, South Korea) are named `cabinets_…`.

mod common;

use std::fs;
use std::path::Path;

use factdiff::claims::ClaimSet;
use factdiff::names::title_key;
use factdiff::time::DateValue;

use common::{factdiff, json, ledger, repo, stderr};

/// The cabinet files, by the name their tenures' origins end with.
const CABINET_FILES: [&str; 7] =
    ["japan.yaml", "germany.yaml", "france.yaml", "italy.yaml", "canada.yaml", "australia.yaml", "south-korea.yaml"];

fn in_cabinet_files(path: &str) -> bool {
    CABINET_FILES.iter().any(|f| path.ends_with(&format!("claims/{f}")))
}

/// An office, a date and the holders then: (person id, acting).
type HoldersCase = (&'static str, &'static str, &'static [(&'static str, bool)]);

fn at(date: &str) -> DateValue {
    DateValue::parse(date).unwrap()
}

/// The people the ledger has in `office` on `date`, by start, each with
/// whether the tenure is acting.
fn holders(claims: &ClaimSet, office: &str, date: &str) -> Vec<(String, bool)> {
    claims.holders(office, &at(date)).into_iter().map(|t| (t.person.clone(), t.acting)).collect()
}

#[test]
fn cabinets_files_load_and_every_tenure_names_an_official_source() {
    let claims = ledger();
    let tenures: Vec<_> = claims.tenures.iter().filter(|t| in_cabinet_files(&t.origin.path)).collect();
    let offices: Vec<_> = claims.offices.iter().filter(|o| in_cabinet_files(&o.origin.path)).collect();
    assert!(offices.len() >= 90, "the cabinet files define their offices, found {}", offices.len());
    for t in &tenures {
        let source = t.source.as_deref().unwrap_or_default();
        assert!(source.starts_with("https://"), "{}:{}: a tenure without a source", t.origin.path, t.origin.line);
        assert!(!source.contains("wikipedia"), "{}:{}: not an official page", t.origin.path, t.origin.line);
    }
    // Every office has a record, and each file keeps its own country's offices.
    for o in &offices {
        assert!(!claims.tenures_of_office(&o.id).is_empty(), "{} has no tenure", o.id);
        let file = o.origin.path.rsplit('/').next().unwrap();
        let country = match o.jurisdiction.as_str() {
            "JP" => "japan.yaml",
            "DE" => "germany.yaml",
            "FR" => "france.yaml",
            "IT" => "italy.yaml",
            "CA" => "canada.yaml",
            "AU" => "australia.yaml",
            "KR" => "south-korea.yaml",
            other => panic!("{} of {other} in {file}", o.id),
        };
        assert_eq!(file, country, "{}", o.id);
    }
}

#[test]
fn cabinets_every_office_has_a_holder_at_the_end_of_2025_except_known_vacancies() {
    let claims = ledger();
    // Vacant at the end of 2025: Canada has had no Deputy Prime Minister
    // since Freeland resigned (2024-12-16).
    let vacant = ["ca.deputy-prime-minister"];
    for o in claims.offices.iter().filter(|o| in_cabinet_files(&o.origin.path)) {
        let sitting = claims.holders(&o.id, &at("2025-12-31"));
        if vacant.contains(&o.id.as_str()) {
            assert!(sitting.is_empty(), "{} is recorded as vacant", o.id);
            continue;
        }
        // Abolished with the Merz cabinet: education and research split.
        if o.id == "de.federal-minister-of-education-and-research" {
            assert!(sitting.is_empty());
            continue;
        }
        assert!(!sitting.is_empty(), "{} has nobody on 2025-12-31", o.id);
        assert!(sitting.iter().all(|t| t.end.is_none()), "{}: a sitting holder has an open end", o.id);
    }
}

#[test]
fn cabinets_holders_on_chosen_dates() {
    let claims = ledger();
    let cases: &[HoldersCase] = &[
        // Japan: the acting Prime Minister beside the incapacitated Obuchi; a handover day.
        ("jp.prime-minister", "2000-04-04", &[("keizo-obuchi", false), ("mikio-aoki", true)]),
        ("jp.prime-minister", "2021-10-04", &[("yoshihide-suga", false), ("fumio-kishida", false)]),
        ("jp.prime-minister", "2026-03-01", &[("sanae-takaichi", false)]),
        // The Prime Minister held the foreign ministry himself for six days.
        ("jp.minister-for-foreign-affairs", "2021-11-07", &[("fumio-kishida", false)]),
        ("jp.chief-cabinet-secretary", "2023-12-14", &[("hirokazu-matsuno", false), ("yoshimasa-hayashi", false)]),
        ("jp.minister-of-agriculture-forestry-and-fisheries", "2025-06-01", &[("shinjiro-koizumi", false)]),
        ("jp.minister-for-economic-revitalization", "2022-10-24", &[("daishiro-yamagiwa", false)]),
        ("jp.minister-for-digital-transformation", "2021-08-15", &[]),
        ("jp.minister-of-finance", "2025-12-01", &[("satsuki-katayama", false)]),
        // Germany: the Bundesrat President acting after Wulff resigned.
        ("de.federal-president", "2012-03-01", &[("horst-seehofer", true)]),
        ("de.federal-chancellor", "2025-05-06", &[("olaf-scholz", false), ("friedrich-merz", false)]),
        ("de.federal-minister-of-finance", "2024-12-01", &[("jorg-kukies", false)]),
        ("de.federal-minister-for-family-affairs", "2025-06-01", &[("karin-prien", false)]),
        ("de.vice-chancellor", "2025-06-01", &[("lars-klingbeil", false)]),
        // France: Lecornu's resignation and reappointment is one tenure;
        // the Armed Forces have no holder recorded between his governments.
        ("fr.prime-minister", "2024-12-01", &[("michel-barnier", false)]),
        ("fr.prime-minister", "2025-10-08", &[("sebastien-lecornu", false)]),
        ("fr.minister-of-the-armed-forces", "2025-10-08", &[]),
        ("fr.minister-of-the-armed-forces", "2025-11-01", &[("catherine-vautrin", false)]),
        ("fr.minister-of-justice", "2025-03-01", &[("gerald-darmanin", false)]),
        // Italy: two Deputy Prime Ministers at once; the acting President in 2015.
        ("it.prime-minister", "2022-10-22", &[("mario-draghi", false), ("giorgia-meloni", false)]),
        ("it.deputy-prime-minister", "2024-01-01", &[("antonio-tajani", false), ("matteo-salvini", false)]),
        ("it.president", "2015-01-20", &[("pietro-grasso", true)]),
        // Canada.
        ("ca.prime-minister", "2025-03-14", &[("justin-trudeau", false), ("mark-carney", false)]),
        ("ca.minister-of-finance", "2025-01-10", &[("dominic-leblanc", false)]),
        ("ca.minister-of-justice", "2025-04-01", &[("gary-anandasangaree", false)]),
        ("ca.governor-general", "2021-03-01", &[("richard-wagner", true)]),
        // Australia: the interim ministry of 2022 left Defence unfilled for a week.
        ("au.prime-minister", "2013-07-01", &[("kevin-rudd", false)]),
        ("au.minister-for-defence", "2022-05-27", &[]),
        ("au.governor-general", "2024-07-01", &[("david-hurley", false), ("sam-mostyn", false)]),
        ("au.treasurer", "2025-12-01", &[("jim-chalmers", false)]),
        // South Korea: a suspended President beside the acting ones.
        ("kr.president", "2022-05-09", &[("moon-jae-in", false)]),
        ("kr.president", "2024-12-20", &[("yoon-suk-yeol", false), ("han-duck-soo", true)]),
        ("kr.president", "2025-01-15", &[("yoon-suk-yeol", false), ("choi-sang-mok", true)]),
        ("kr.president", "2025-04-20", &[("han-duck-soo", true)]),
        ("kr.president", "2025-05-20", &[("lee-ju-ho", true)]),
        ("kr.president", "2025-06-04", &[("lee-ju-ho", true), ("lee-jae-myung", false)]),
        ("kr.prime-minister", "2025-02-01", &[("han-duck-soo", false), ("choi-sang-mok", true)]),
        ("kr.minister-of-national-defense", "2025-02-01", &[]),
    ];
    for (office, date, want) in cases {
        let want: Vec<(String, bool)> = want.iter().map(|(p, a)| (p.to_string(), *a)).collect();
        assert_eq!(holders(&claims, office, date), want, "{office} on {date}");
    }
}

#[test]
fn cabinets_titles_the_extractor_does_not_read_yet_name_their_office_in_the_ledger() {
    let claims = ledger();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        ("Treasurer", "AU", "2025-12-01", "au.treasurer", "jim-chalmers"),
        ("Governor-General", "AU", "2025-12-01", "au.governor-general", "sam-mostyn"),
        ("Governor General", "CA", "2025-12-01", "ca.governor-general", "mary-simon"),
        ("Vice-Chancellor", "DE", "2023-06-01", "de.vice-chancellor", "robert-habeck"),
        ("President of the Bundestag", "DE", "2025-06-01", "de.president-of-the-bundestag", "julia-klockner"),
        ("Keeper of the Seals", "FR", "2025-06-01", "fr.minister-of-justice", "gerald-darmanin"),
        (
            "President of the National Assembly",
            "FR",
            "2025-06-01",
            "fr.president-of-the-national-assembly",
            "yael-braun-pivet",
        ),
        ("President of the Council of Ministers", "IT", "2025-06-01", "it.prime-minister", "giorgia-meloni"),
        ("Minister of Unification", "KR", "2024-06-01", "kr.minister-of-unification", "kim-yung-ho"),
        ("Speaker of the National Assembly", "KR", "2025-06-01", "kr.speaker-of-the-national-assembly", "woo-won-shik"),
        (
            "Chairperson of the National Public Safety Commission",
            "JP",
            "2025-06-01",
            "jp.chairperson-of-the-national-public-safety-commission",
            "manabu-sakai",
        ),
        // A title that moved with the 2025 German reorganisation.
        ("Education Minister", "DE", "2025-01-01", "de.federal-minister-of-education-and-research", "cem-ozdemir"),
        ("Education Minister", "DE", "2025-06-01", "de.federal-minister-for-family-affairs", "karin-prien"),
        // France's old title of the Armed Forces ministry, and its 2025 one.
        ("Minister of Defence", "FR", "2015-06-01", "fr.minister-of-the-armed-forces", ""),
        (
            "Minister of the Armed Forces and Veterans",
            "FR",
            "2025-11-01",
            "fr.minister-of-the-armed-forces",
            "catherine-vautrin",
        ),
    ];
    for (title, country, date, office, holder) in cases {
        let found: Vec<&str> = claims
            .offices_titled(&title_key(title), Some(country), Some(&at(date)))
            .iter()
            .map(|o| o.id.as_str())
            .collect();
        assert_eq!(found, [*office], "{title} ({country}) on {date}");
        if !holder.is_empty() {
            let who: Vec<String> = holders(&claims, office, date).into_iter().map(|(p, _)| p).collect();
            assert_eq!(who, [holder.to_string()], "{office} on {date}");
        }
    }
    // A dated title is out of use outside its dates.
    assert!(claims.offices_titled(&title_key("Minister of Defence"), Some("FR"), Some(&at("2020-01-01"))).is_empty());
    assert!(claims.offices_titled(&title_key("Education Minister"), Some("DE"), Some(&at("2020-01-01"))).len() == 1);
}

/// Writes each story (file name, publication date, sentence) and checks
/// them with the bundled claim files.
fn check(stories: &[(&str, &str, &str)]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    for (name, published, sentence) in stories {
        fs::write(dir.path().join(name), format!("---\npublished: {published}\n---\n{sentence}\n")).unwrap();
    }
    let claims = repo().join("claims");
    let out = factdiff(
        Path::new("."),
        &["check", dir.path().to_str().unwrap(), "--claims", claims.to_str().unwrap(), "--format", "json"],
    );
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    json(&out)
}

/// The messages of the `ledger-holder-conflict` findings on one story.
fn ledger_conflicts(v: &serde_json::Value, story: &str) -> Vec<String> {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "ledger-holder-conflict")
        .filter(|f| f["evidence"][0]["path"].as_str().unwrap().ends_with(story))
        .map(|f| f["message"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn cabinets_stories_naming_the_right_holder_pass_and_the_wrong_one_is_reported() {
    // (country, date, right sentence, wrong sentence, the holder the finding names)
    let stories: &[(&str, &str, &str, &str, &str)] = &[
        (
            "jp",
            "2025-12-01",
            "Japan's Finance Minister Satsuki Katayama said on Monday that the yen was being watched closely.",
            "Japan's Finance Minister Katsunobu Kato said on Monday that the yen was being watched closely.",
            "Satsuki Katayama",
        ),
        (
            "de",
            "2025-06-10",
            "German Finance Minister Lars Klingbeil presented the draft budget on Tuesday.",
            "German Finance Minister Christian Lindner presented the draft budget on Tuesday.",
            "Lars Klingbeil",
        ),
        (
            "fr",
            "2025-11-20",
            "French Interior Minister Laurent Nuñez visited the border post on Thursday.",
            "French Interior Minister Bruno Retailleau visited the border post on Thursday.",
            "Laurent Nuñez",
        ),
        (
            "it",
            "2024-03-05",
            "Italian Defence Minister Guido Crosetto met his counterparts in Rome.",
            "Italian Defence Minister Lorenzo Guerini met his counterparts in Rome.",
            "Guido Crosetto",
        ),
        (
            "ca",
            "2025-06-02",
            "Canadian Foreign Minister Anita Anand spoke with reporters in Ottawa.",
            "Canadian Foreign Minister Mélanie Joly spoke with reporters in Ottawa.",
            "Anita Anand",
        ),
        (
            "au",
            "2024-08-15",
            "Australian Home Affairs Minister Tony Burke announced the visa changes.",
            "Australian Home Affairs Minister Clare O'Neil announced the visa changes.",
            "Tony Burke",
        ),
        (
            "kr",
            "2025-01-15",
            "South Korea's acting President Choi Sang-mok met business leaders in Seoul, while South Korean \
             President Yoon Suk Yeol stayed in his residence.",
            "South Korea's acting President Han Duck-soo met business leaders in Seoul.",
            "Choi Sang-mok",
        ),
    ];
    let mut files: Vec<(String, &str, &str)> = Vec::new();
    for (country, date, right, wrong, _) in stories {
        files.push((format!("{country}-right.md"), date, right));
        files.push((format!("{country}-wrong.md"), date, wrong));
    }
    let files: Vec<(&str, &str, &str)> = files.iter().map(|(n, d, s)| (n.as_str(), *d, *s)).collect();
    let v = check(&files);
    for (country, _, _, _, holder) in stories {
        let right = ledger_conflicts(&v, &format!("{country}-right.md"));
        assert!(right.is_empty(), "{country}: the right holder is accepted: {right:?}");
        let wrong = ledger_conflicts(&v, &format!("{country}-wrong.md"));
        assert_eq!(wrong.len(), 1, "{country}: the wrong holder is reported once: {wrong:?}");
        assert!(wrong[0].contains(holder), "{country}: the finding names {holder}: {}", wrong[0]);
    }
}
