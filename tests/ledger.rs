//! Ledgers from open data: the generated claim files are current, and
//! uncertain publication dates are judged by every moment they allow.

mod common;

use std::fs;
use std::path::Path;

use common::{factdiff, json, repo, shared, stderr};

/// Regenerates a claim file into a temporary folder and compares it with the
/// committed one byte for byte.
fn regenerated_matches(args: &[&str], committed: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.yaml");
    let mut full: Vec<&str> = args.to_vec();
    full.extend(["-o", out.to_str().unwrap()]);
    let run = factdiff(&repo(), &full);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let fresh = fs::read_to_string(&out).unwrap();
    let shipped = fs::read_to_string(repo().join(committed)).unwrap();
    assert!(fresh == shipped, "{committed} is stale: regenerate with `cargo run -- {} -o {committed}`", args.join(" "));
}

/// The day the U.S. files are vouched for: the datasets record events up to
/// earlier days, and the hand-written completion runs to this one.
const US_CURRENT_TO: &str = "2025-12-31";

#[test]
fn committed_uk_ministers_file_is_what_the_importer_makes_from_the_ifg_tables() {
    let Some(dir) = shared("ledgers/ifg-uk-ministers") else { return };
    regenerated_matches(&["ledger", "import", "ifg", dir.to_str().unwrap()], "claims/uk-ministers-ifg.yaml");
}

#[test]
fn committed_us_executive_file_is_what_the_importer_makes_from_executive_yaml() {
    let Some(file) = shared("ledgers/us-executive/executive.yaml") else { return };
    regenerated_matches(
        &["ledger", "import", "us-executive", file.to_str().unwrap(), "--current-to", US_CURRENT_TO],
        "claims/us-executive.yaml",
    );
}

/// `claims/us-cabinet.yaml`: both U.S. cabinet datasets merged, people of
/// the U.S. executive file referred to by id, current to FiveThirtyEight's day.
fn us_cabinet_args(ledgers: &Path) -> Vec<String> {
    let appointments = ledgers.join("us-cabinet-appointments");
    let fivethirtyeight = ledgers.join("us-cabinet-538/cabinet-turnover.csv");
    let known = repo().join("claims/us-executive.yaml");
    [
        "ledger",
        "import",
        "us-cabinet-appointments",
        appointments.to_str().unwrap(),
        "--fivethirtyeight",
        fivethirtyeight.to_str().unwrap(),
        "--known",
        known.to_str().unwrap(),
        "--current-to",
        "2023-02-10",
    ]
    .map(String::from)
    .to_vec()
}

#[test]
fn committed_us_cabinet_file_is_what_the_importer_makes_from_both_cabinet_datasets() {
    let Some(ledgers) = shared("ledgers") else { return };
    let args = us_cabinet_args(&ledgers);
    regenerated_matches(&args.iter().map(String::as_str).collect::<Vec<_>>(), "claims/us-cabinet.yaml");
}

#[test]
fn each_cabinet_dataset_imports_on_its_own_with_its_attribution() {
    let Some(ledgers) = shared("ledgers") else { return };
    let dir = tempfile::tempdir().unwrap();
    let csv = ledgers.join("us-cabinet-538/cabinet-turnover.csv");
    let out = factdiff(dir.path(), &["ledger", "import", "us-cabinet-538", csv.to_str().unwrap(), "-o", "538.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let yaml = fs::read_to_string(dir.path().join("538.yaml")).unwrap();
    assert!(yaml.contains("FiveThirtyEight, cabinet-turnover data") && yaml.contains("(CC BY 4.0)"));
    assert!(!yaml.contains("Chamberlain"), "only the dataset read is credited");
    assert!(yaml.contains("\ncurrent_to: 2023-02-08\n"), "the latest day FiveThirtyEight records");
    // A term across two administrations is one tenure.
    assert!(yaml.contains("  - person: nicholas-brady\n    office: us.secretary-of-the-treasury\n    start: 1988-09-16\n    end: 1993-01-17\n"), "{yaml}");
    let dir_arg = ledgers.join("us-cabinet-appointments");
    let out = factdiff(
        dir.path(),
        &["ledger", "import", "us-cabinet-appointments", dir_arg.to_str().unwrap(), "-o", "tc.yaml"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let yaml = fs::read_to_string(dir.path().join("tc.yaml")).unwrap();
    assert!(yaml.contains("Chamberlain, Tait. 2020") && yaml.contains("(CC BY 3.0 US)"));
    assert!(yaml.contains("  - id: us.secretary-of-war\n"));
    assert!(yaml.contains("ServiceStart 5/15/2865 read as 5/15/1865"), "a corrected slip is listed");
    for file in ["538.yaml", "tc.yaml"] {
        let out = factdiff(dir.path(), &["validate", file, "--no-config"]);
        assert_eq!(out.status.code(), Some(0), "{file}: {}{}", common::stdout(&out), stderr(&out));
    }
}

#[test]
fn a_malformed_cabinet_row_stops_the_import_with_its_line() {
    let Some(src) = shared("ledgers/us-cabinet-538/cabinet-turnover.csv") else { return };
    let dir = tempfile::tempdir().unwrap();
    let text = fs::read_to_string(src).unwrap();
    let broken = text.replacen(
        "Trump,Secretary of the Treasury,Steve Mnuchin,2/13/17",
        "Trump,Secretary of Finance,Steve Mnuchin,2/13/17",
        1,
    );
    assert_ne!(broken, text);
    let line = broken.lines().position(|l| l.contains("Secretary of Finance")).unwrap() + 1;
    fs::write(dir.path().join("c.csv"), &broken).unwrap();
    let out = factdiff(dir.path(), &["ledger", "import", "us-cabinet-538", "c.csv", "-o", "out.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .starts_with(&format!("error: c.csv:{line}:2: in column `position`: expected a post in the office table")),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("out.yaml").exists());
}

#[test]
fn the_us_files_are_one_ledger_current_to_2025() {
    // One id per person and office across the generated and hand-written files.
    let ledger = common::ledger();
    let at = factdiff::time::DateValue::parse("2025-06-01").unwrap();
    let holder = |office: &str| ledger.holders(office, &at).iter().map(|t| t.person.clone()).collect::<Vec<_>>();
    assert_eq!(holder("us.secretary-of-state"), ["marco-rubio"]);
    assert_eq!(holder("us.secretary-of-the-treasury"), ["scott-bessent"]);
    assert_eq!(holder("us.secretary-of-defense"), ["pete-hegseth"]);
    assert_eq!(holder("us.attorney-general"), ["pam-bondi"]);
    assert_eq!(holder("us.secretary-of-education"), ["linda-mcmahon"], "her id from her SBA tenure");
    assert_eq!(holder("us.president"), ["donald-trump"]);
    // Biden's cabinet, open in the 2023 dataset, ends where the hand-written file says.
    let blinken = ledger.tenures_of_person_in("antony-blinken", "us.secretary-of-state");
    assert_eq!(blinken.len(), 1);
    assert_eq!(blinken[0].end.map(|e| e.to_string()), Some("2025-01-20".to_string()));
    // Titles newsrooms use.
    for (title, office) in [
        ("Treasury Secretary", "us.secretary-of-the-treasury"),
        ("Attorney General", "us.attorney-general"),
        ("Homeland Security Secretary", "us.secretary-of-homeland-security"),
        ("HHS Secretary", "us.secretary-of-health-and-human-services"),
        ("Health Secretary", "us.secretary-of-health-and-human-services"),
    ] {
        let key = factdiff::names::title_key(title);
        let found: Vec<&str> =
            ledger.offices_titled(&key, Some("US"), Some(&at)).iter().map(|o| o.id.as_str()).collect();
        assert_eq!(found, [office], "{title}");
    }
    // The Secretary of Defense's title since 2025-09-05; before, the War Department's.
    let war = factdiff::names::title_key("Secretary of War");
    let office_then = |date: &str| -> Vec<String> {
        let at = factdiff::time::DateValue::parse(date).unwrap();
        ledger.offices_titled(&war, Some("US"), Some(&at)).iter().map(|o| o.id.clone()).collect()
    };
    assert_eq!(office_then("2025-10-01"), ["us.secretary-of-defense"]);
    assert_eq!(office_then("1940-10-01"), ["us.secretary-of-war"]);
    assert!(office_then("2000-10-01").is_empty());
    // A Vice President who was a cabinet secretary is one person.
    assert!(!ledger.tenures_of_person_in("dick-cheney", "us.secretary-of-defense").is_empty());
    assert!(!ledger.tenures_of_person_in("dick-cheney", "us.vice-president").is_empty());
}

#[test]
fn generated_files_carry_source_and_licence_and_reuse_the_product_office_ids() {
    let uk = fs::read_to_string(repo().join("claims/uk-ministers-ifg.yaml")).unwrap();
    assert!(uk.contains("Institute for Government") && uk.contains("CC BY 4.0"));
    assert!(uk.contains("  - id: uk.prime-minister\n"));
    assert!(uk.contains("      - Home Secretary\n"));
    let us = fs::read_to_string(repo().join("claims/us-executive.yaml")).unwrap();
    assert!(us.contains("congress-legislators") && us.contains("CC0 1.0"));
    assert!(us.contains("  - id: us.president\n") && us.contains("  - id: us.vice-president\n"));
    let cabinet = fs::read_to_string(repo().join("claims/us-cabinet.yaml")).unwrap();
    assert!(cabinet.contains("FiveThirtyEight") && cabinet.contains("CC BY 4.0"));
    assert!(cabinet.contains("Chamberlain, Tait") && cabinet.contains("CC BY 3.0 US"));
    assert!(
        cabinet.contains("  - id: us.secretary-of-state\n") && cabinet.contains("  - id: us.secretary-of-defense\n")
    );
    let out = factdiff(&repo(), &["validate"]);
    assert_eq!(out.status.code(), Some(0), "claims/ must load cleanly: {}", stderr(&out));
}

#[test]
fn a_malformed_ifg_row_stops_the_import_with_file_and_line_and_writes_nothing() {
    let Some(src) = shared("ledgers/ifg-uk-ministers") else { return };
    let dir = tempfile::tempdir().unwrap();
    for name in ["person.csv", "post.csv", "appointment.csv", "appointment_characteristics.csv"] {
        fs::copy(src.join(name), dir.path().join(name)).unwrap();
    }
    let path = dir.path().join("appointment.csv");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str("broken-row,only-two-fields\n");
    fs::write(&path, &text).unwrap();
    let line = text.lines().count();
    let out_file = dir.path().join("out.yaml");
    let out = factdiff(dir.path(), &["ledger", "import", "ifg", ".", "-o", out_file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains(&format!("appointment.csv:{line}:1: expected 5 fields")), "{}", stderr(&out));
    assert!(!out_file.exists());
}

/// Writes texts (name, body) to a folder and checks them with the bundled claims.
fn check(texts: &[(&str, &str)], extra: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    for (name, body) in texts {
        fs::write(dir.path().join(name), body).unwrap();
    }
    let claims = repo().join("claims");
    let mut args =
        vec!["check", dir.path().to_str().unwrap(), "--claims", claims.to_str().unwrap(), "--format", "json"];
    args.extend(extra);
    let out = factdiff(Path::new("."), &args);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
    json(&out)
}

fn codes(v: &serde_json::Value) -> Vec<String> {
    let mut codes: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] != "info")
        .map(|f| f["code"].as_str().unwrap().to_string())
        .collect();
    codes.sort();
    codes
}

#[test]
fn both_home_secretaries_of_2004_2005_are_accepted_under_an_interval() {
    let v = check(
        &[
            ("a.txt", "Home Secretary David Blunkett set out plans for identity cards on Monday.\n"),
            ("b.txt", "Home Secretary Charles Clarke said the bill would come back to the Commons.\n"),
        ],
        &["--as-of", "2004/2005"],
    );
    assert!(codes(&v).is_empty(), "{v:#}");
    assert_eq!(v["summary"]["confirmed_by_claim_files"], 2, "{v:#}");
}

#[test]
fn a_holder_of_no_moment_of_the_interval_is_still_reported() {
    // Jack Straw was Home Secretary until 2001 and Foreign Secretary in 2004-2005.
    let v = check(
        &[("a.txt", "Home Secretary Jack Straw defended the measures in the Commons.\n")],
        &["--as-of", "2004/2005"],
    );
    assert_eq!(codes(&v), ["ledger-holder-conflict"], "{v:#}");
}

#[test]
fn former_is_wrong_only_when_every_moment_of_the_date_has_the_person_in_office() {
    let text = "Former Home Secretary David Blunkett spoke at the conference.\n";
    // He resigned in December 2004: "former" fits some moment of 2004/2005.
    assert!(codes(&check(&[("a.txt", text)], &["--as-of", "2004/2005"])).is_empty());
    // In June 2004 he held the office every day.
    assert_eq!(codes(&check(&[("a.txt", text)], &["--as-of", "2004-06"])), ["qualifier-conflict"]);
}

#[test]
fn two_wide_publication_dates_do_not_make_two_unknown_holders_a_cross_source_conflict() {
    let texts = [
        ("a.txt", "Transport Secretary Alan Quill opened the new line.\n"),
        ("b.txt", "Transport Secretary Brenda Vole closed the old depot.\n"),
    ];
    let wide = check(&texts, &["--as-of", "2004/2005"]);
    assert!(!codes(&wide).contains(&"office-holder-conflict".to_string()), "{wide:#}");
    let dated = [
        ("a.txt", "---\npublished: 2004-03-01\n---\nTransport Secretary Alan Quill opened the new line.\n"),
        ("b.txt", "---\npublished: 2004-03-02\n---\nTransport Secretary Brenda Vole closed the old depot.\n"),
    ];
    let near = check(&dated, &[]);
    assert!(codes(&near).contains(&"office-holder-conflict".to_string()), "{near:#}");
}

#[test]
fn a_figure_is_not_contradicted_by_a_date_that_may_come_before_it() {
    let text = "Japan will invest $55 billion in the United States, officials said.\n";
    assert!(codes(&check(&[("a.txt", text)], &["--as-of", "2025"])).is_empty());
    assert_eq!(codes(&check(&[("a.txt", text)], &["--as-of", "2025-09"])), ["figure-mismatch"]);
}

/// Runs `ledger import wikidata` on a fixture and returns the claim file.
fn wikidata(dir: &Path, file: &str, extra: &[&str]) -> std::process::Output {
    let path = repo().join("tests/fixtures/wikidata").join(file);
    let mut args = vec!["ledger", "import", "wikidata", path.to_str().unwrap()];
    args.extend(extra);
    factdiff(dir, &args)
}

#[test]
fn wikidata_json_and_csv_results_give_the_same_attributed_sorted_claim_file() {
    let dir = tempfile::tempdir().unwrap();
    let from_json = wikidata(dir.path(), "positions.json", &[]);
    assert_eq!(from_json.status.code(), Some(0), "{}", stderr(&from_json));
    let from_csv = wikidata(dir.path(), "positions.csv", &[]);
    assert_eq!(common::stdout(&from_json), common::stdout(&from_csv), "the format of the results does not matter");
    let yaml = common::stdout(&from_json);
    assert!(yaml.contains("Licence: Wikidata's structured data is dedicated to the public domain under\n#   CC0 1.0"));
    assert!(yaml.contains("  - id: jp.prime-minister\n    jurisdiction: JP\n    name: Prime Minister\n"), "{yaml}");
    assert!(yaml.contains("  - id: uk.secretary-of-state-for-culture\n    jurisdiction: UK\n"), "GB is the UK: {yaml}");
    assert!(yaml.contains("    start: 1998\n    end: 2001-01\n"), "Wikidata's precision is kept: {yaml}");
    assert_eq!(yaml.matches("person: ken-ota\n").count(), 1, "a repeated row is one tenure");
    assert!(yaml.contains("\ncurrent_to: 2024-07-05\n"), "{yaml}");

    // The file loads, and a story is checked against it.
    fs::create_dir(dir.path().join("claims")).unwrap();
    fs::write(dir.path().join("claims/wikidata.yaml"), &yaml).unwrap();
    let out = factdiff(dir.path(), &["validate", "claims"]);
    assert_eq!(out.status.code(), Some(0), "{}{}", common::stdout(&out), stderr(&out));
    fs::write(
        dir.path().join("story.md"),
        "---\npublished: 2022-05-01\n---\nJapanese Prime Minister Hana Mori spoke.\n",
    )
    .unwrap();
    let out = factdiff(dir.path(), &["check", "story.md", "--no-builtin-claims", "--format", "concise"]);
    assert!(
        common::stdout(&out).contains(
            "error[ledger-holder-conflict] Hana Mori is named as Prime Minister (Japan) on 2022-05-01, but the claim files have Ken Ota in that office then"
        ),
        "{}",
        common::stdout(&out)
    );

    // Run on a given day: the file is current to it.
    let on = wikidata(dir.path(), "positions.csv", &["--current-to", "2025-01-31"]);
    assert!(common::stdout(&on).contains("\ncurrent_to: 2025-01-31\n"));
}

#[test]
fn a_bad_wikidata_row_stops_the_import_with_its_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let csv = fs::read_to_string(repo().join("tests/fixtures/wikidata/positions.csv")).unwrap();
    let broken = csv.replacen(",2021-10-04T00:00:00Z,11,,,JP,", ",04/10/2021,11,,,JP,", 1);
    assert_ne!(broken, csv);
    fs::write(dir.path().join("q.csv"), &broken).unwrap();
    let out = factdiff(dir.path(), &["ledger", "import", "wikidata", "q.csv", "-o", "out.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with(
            "error: q.csv:3:1: in `start`: expected a time such as `2019-10-04T00:00:00Z`, but found `04/10/2021`"
        ),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("out.yaml").exists());
    // In JSON, the line of the row's binding; a row without a country needs --jurisdiction.
    let json = fs::read_to_string(repo().join("tests/fixtures/wikidata/positions.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut v2 = v.clone();
    v2["results"]["bindings"][1].as_object_mut().unwrap().remove("country");
    let text = serde_json::to_string_pretty(&v2).unwrap();
    fs::write(dir.path().join("q.json"), &text).unwrap();
    let out = factdiff(dir.path(), &["ledger", "import", "wikidata", "q.json"]);
    assert_eq!(out.status.code(), Some(2));
    let line = text.lines().position(|l| l == "      {").map(|i| i + 1).unwrap();
    let second = text.lines().enumerate().filter(|(_, l)| *l == "      {").nth(1).map(|(i, _)| i + 1).unwrap();
    assert!(line < second);
    assert!(
        stderr(&out)
            .starts_with(&format!("error: q.json:{second}:1: in `country`: expected the position's country code")),
        "{}",
        stderr(&out)
    );
    let out = factdiff(dir.path(), &["ledger", "import", "wikidata", "q.json", "--jurisdiction", "JP"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
