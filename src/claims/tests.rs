//! The claim-file loader and the query API, as a user of `factdiff validate`
//! and the normalisation step see them.

use std::path::PathBuf;

use super::load::load_str;
use super::*;
use crate::error::ErrorKind;

/// The rendered errors (`path:line:column: message`, without help lines).
fn errors(files: &[(&str, &str)]) -> Vec<String> {
    match load_str(files) {
        Ok(_) => panic!("expected errors, but the files loaded"),
        Err(errors) => errors.iter().map(|e| e.to_string().lines().next().unwrap_or_default().to_string()).collect(),
    }
}

fn one_error(text: &str) -> String {
    let errors = errors(&[("claims/a.yaml", text)]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap_or_default()
}

fn date(text: &str) -> DateValue {
    DateValue::parse(text).unwrap()
}

const OFFICES: &str = "\
schema: 1
offices:
  - id: jp.minister-of-defense
    jurisdiction: JP
    name: Minister of Defense
    titles: [Minister of Defense, Defense Minister, Defence Minister]
  - id: jp.prime-minister
    jurisdiction: JP
    name: Prime Minister
    titles: [Prime Minister, Premier]
  - id: uk.prime-minister
    jurisdiction: UK
    name: Prime Minister
  - id: us.secretary-of-defense
    jurisdiction: US
    name: Secretary of Defense
    titles:
      - Secretary of Defense
      - Defense Secretary
      - title: Secretary of War
        since: 2025-09-05
      - {title: War Secretary, since: 2025-09-05}
";

const PEOPLE: &str = "\
schema: 1
people:
  - id: fumio-kishida
    name: Fumio Kishida
    aliases: [Kishida Fumio]
  - id: nobuo-kishi
    name: Nobuo Kishi
  - id: pete-hegseth
    name: Pete Hegseth
    aliases: [Peter Hegseth]
  - id: shigeru-ishiba
    name: Shigeru Ishiba
  - id: shinjiro-koizumi
    name: Shinjiro Koizumi
    aliases: [Koizumi Shinjiro]
tenures:
  - person: fumio-kishida
    office: jp.prime-minister
    start: 2021-10-04
    end: 2024-10-01
  - person: shigeru-ishiba
    office: jp.prime-minister
    start: 2024-10-01
    end: 2025-10-21
  - person: shinjiro-koizumi
    office: jp.minister-of-defense
    start: 2025-10-21
  - person: pete-hegseth
    office: us.secretary-of-defense
    start: 2025-01-25
    source: https://www.defense.gov/
";

fn ledger() -> ClaimSet {
    load_str(&[("claims/offices.yaml", OFFICES), ("claims/people.yaml", PEOPLE)]).unwrap()
}

fn ids<T>(items: &[&T], id: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|t| id(t).to_string()).collect()
}

// ---- loading ---------------------------------------------------------------

#[test]
fn entries_keep_their_file_line_and_column() {
    let set = ledger();
    let office = set.office("us.secretary-of-defense").unwrap();
    assert_eq!(office.origin, Origin { path: "claims/offices.yaml".into(), line: 14, column: 5 });
    let tenure = &set.tenures_of_office("us.secretary-of-defense")[0];
    assert_eq!((tenure.origin.line, tenure.origin.column), (28, 5));
    assert_eq!(tenure.source.as_deref(), Some("https://www.defense.gov/"));
}

#[test]
fn lists_are_sorted_by_id_and_tenures_by_office_then_start() {
    let set = ledger();
    let offices: Vec<&str> = set.offices.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        offices,
        ["jp.minister-of-defense", "jp.prime-minister", "uk.prime-minister", "us.secretary-of-defense"]
    );
    let tenures: Vec<(&str, String)> = set.tenures.iter().map(|t| (t.office.as_str(), t.start.to_string())).collect();
    assert_eq!(
        tenures,
        [
            ("jp.minister-of-defense", "2025-10-21".to_string()),
            ("jp.prime-minister", "2021-10-04".to_string()),
            ("jp.prime-minister", "2024-10-01".to_string()),
            ("us.secretary-of-defense", "2025-01-25".to_string()),
        ]
    );
}

#[test]
fn defaults_fill_in_single_holder_acting_max_and_tolerance() {
    let set = load_str(&[(
        "f.yaml",
        "schema: 1\nfigures:\n  - id: pledge\n    subject: a pledge\n    keywords: [invest, Japan|Japanese]\n    value: 550000000000\n    currency: USD\n",
    )])
    .unwrap();
    let f = set.figure("pledge").unwrap();
    assert_eq!(f.value.to_string(), "550000000000");
    assert_eq!(f.max, f.value);
    assert!(f.tolerance.is_zero());
    assert_eq!(f.keywords, vec![vec!["invest".to_string()], vec!["Japan".to_string(), "Japanese".to_string()]]);
    let set = ledger();
    assert!(set.office("uk.prime-minister").unwrap().single_holder);
    assert!(!set.tenures[0].acting);
}

#[test]
fn decimals_are_exact_from_strings_and_numbers() {
    let text = "schema: 1\nfigures:\n  - id: troops\n    subject: troops\n    keywords: [troops]\n    value: 0.1\n    max: \"55000.10\"\n    unit: military personnel\n    tolerance: 2.5%\n";
    let set = load_str(&[("f.yaml", text)]).unwrap();
    let f = set.figure("troops").unwrap();
    assert_eq!(
        (f.value.to_string(), f.max.to_string(), f.tolerance.to_string()),
        ("0.1".into(), "55000.10".into(), "0.025".into())
    );
}

#[test]
fn the_office_name_is_a_title_even_when_not_listed() {
    let set = ledger();
    let uk = set.office("uk.prime-minister").unwrap();
    assert_eq!(uk.titles, vec![Title { title: "Prime Minister".into(), since: None, until: None }]);
    // Listed names are not repeated.
    assert_eq!(set.office("jp.prime-minister").unwrap().titles.len(), 2);
}

#[test]
fn an_empty_file_is_an_empty_claim_set() {
    assert_eq!(
        load_str(&[("a.yaml", ""), ("b.yaml", "# nothing yet\n"), ("c.yaml", "schema: 1\n")]).unwrap(),
        ClaimSet::default()
    );
}

// ---- schema errors: file:line:column, "expected …, but found …" -------------

#[test]
fn unknown_key_points_at_the_key_and_suggests_the_right_one() {
    let e = load_str(&[("claims/a.yaml", "schema: 1\npeople:\n  - id: a\n    nmae: A\n")]).unwrap_err();
    assert_eq!(e[0].kind, ErrorKind::ClaimSchema);
    assert_eq!(
        e[0].to_string(),
        "claims/a.yaml:4:5: invalid `people[0]`: expected one of the keys `id`, `name`, `aliases`, but found `nmae`\n  \
         help: did you mean `name`? unknown keys are errors, so that a misspelt key is not silently ignored"
    );
}

#[test]
fn unknown_top_level_key_is_an_error() {
    assert_eq!(
        one_error("schema: 1\nofices: []\n"),
        "claims/a.yaml:2:1: expected one of the keys `schema`, `offices`, `people`, `tenures`, `figures`, `suppress`, `jurisdictions`, `current_to`, but found `ofices`"
    );
}

#[test]
fn missing_key_points_at_the_entry() {
    assert_eq!(
        one_error("schema: 1\npeople:\n  - id: a\n"),
        "claims/a.yaml:3:5: invalid `people[0]`: expected the key `name`, but found none"
    );
    assert_eq!(one_error("people: []\n"), "claims/a.yaml:1:1: expected the key `schema`, but found none");
}

#[test]
fn wrong_type_says_what_was_expected_and_found() {
    assert_eq!(
        one_error("schema: 1\noffices:\n  - id: us.a\n    jurisdiction: US\n    name: A\n    single_holder: maybe\n"),
        "claims/a.yaml:6:20: invalid `offices[0].single_holder`: expected a boolean, but found the string \"maybe\""
    );
    assert_eq!(
        one_error("schema: 1\npeople: {}\n"),
        "claims/a.yaml:2:9: invalid `people`: expected a list, but found a mapping"
    );
}

/// serde_yaml gives errors raised inside `deserialize_with` functions the
/// position of the value, as long as they are raised while it visits the
/// scalar; this pins that for every such field.
#[test]
fn errors_from_value_parsers_point_at_the_value() {
    assert_eq!(
        one_error("schema: 1\ntenures:\n  - person: a\n    office: b\n    start: 2025-02-30\n"),
        "claims/a.yaml:5:12: invalid `tenures[0].start`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but found `2025-02-30` (no such day)"
    );
    assert_eq!(
        one_error("schema: 1\ntenures:\n  - person: a\n    office: b\n    start: 2025-01-01\n    end: 2025-13\n"),
        "claims/a.yaml:6:10: invalid `tenures[0].end`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but found `2025-13` (month out of range)"
    );
    assert_eq!(
        one_error("schema: 1\noffices:\n  - id: xx.a\n    jurisdiction: Japan\n    name: A\n"),
        "claims/a.yaml:4:19: invalid `offices[0].jurisdiction`: expected a jurisdiction code (an ISO 3166-1 alpha-2 code such as `JP`, `UK` for the United Kingdom, `EU`, or a code declared under `jurisdictions:`), but found `Japan`"
    );
    let figure = |extra: &str| format!("schema: 1\nfigures:\n  - id: f\n    subject: s\n    keywords: [a]\n{extra}");
    assert_eq!(
        one_error(&figure("    value: 5,5\n    currency: USD\n")),
        "claims/a.yaml:6:12: invalid `figures[0].value`: expected a decimal number such as `550000000000` or `1.5`, but found `5,5`"
    );
    assert_eq!(
        one_error(&figure("    value: 5\n    currency: usd\n")),
        "claims/a.yaml:7:15: invalid `figures[0].currency`: expected an ISO 4217 currency code of three upper-case letters such as `USD`, but found `usd`"
    );
    assert_eq!(
        one_error(&figure("    value: 5\n    currency: USD\n    tolerance: 0.05\n")),
        "claims/a.yaml:8:16: invalid `figures[0].tolerance`: expected a percentage such as `5%`, but found `0.05`"
    );
    assert_eq!(
        one_error("schema: 2\n"),
        "claims/a.yaml:1:9: invalid `schema`: expected schema version `1`, but found `2`"
    );
}

#[test]
fn a_nested_title_error_points_inside_the_list() {
    assert_eq!(
        one_error(
            "schema: 1\noffices:\n  - id: us.a\n    jurisdiction: US\n    name: A\n    titles: [{title: B, sine: 2020}]\n"
        ),
        "claims/a.yaml:6:25: invalid `offices[0].titles[0]`: expected one of the keys `title`, `since`, `until`, but found `sine`"
    );
    assert_eq!(
        one_error("schema: 1\noffices:\n  - id: us.a\n    jurisdiction: US\n    name: A\n    titles: [5]\n"),
        "claims/a.yaml:6:14: invalid `offices[0].titles[0]`: expected a title, either a string or a mapping with `title`, `since` and `until`, but found the number `5`"
    );
}

#[test]
fn entry_checks_point_at_the_value() {
    assert_eq!(
        one_error("schema: 1\noffices:\n  - id: jp.President\n    jurisdiction: US\n    name: President\n"),
        "claims/a.yaml:3:9: expected an office id `us.` followed by a slug (lower-case words joined by hyphens), but found `jp.President`"
    );
    assert_eq!(
        one_error("schema: 1\npeople:\n  - id: Joe Biden\n    name: Joe Biden\n"),
        "claims/a.yaml:3:9: expected a person id as a slug (lower-case words joined by hyphens), but found `Joe Biden`"
    );
    let figure = |extra: &str| format!("schema: 1\nfigures:\n  - id: f\n    subject: s\n{extra}");
    assert_eq!(
        one_error(&figure("    keywords: [a]\n    value: 5\n    max: 4\n    currency: USD\n")),
        "claims/a.yaml:7:10: expected `max` at least `value` (5), but found `max: 4`"
    );
    assert_eq!(
        one_error(&figure("    keywords: [a, \"b|\"]\n    value: 5\n    currency: USD\n")),
        "claims/a.yaml:5:19: expected words separated by `|`, but found an empty alternative in `b|`"
    );
    assert_eq!(
        one_error(&figure("    keywords: []\n    value: 5\n    currency: USD\n")),
        "claims/a.yaml:5:15: expected at least one keyword, but found none"
    );
    assert_eq!(
        errors(&[("claims/a.yaml", &figure("    keywords: [a]\n    value: 5\n    currency: USD\n    unit: troops\n"))]),
        ["claims/a.yaml:8:11: expected either `currency` or `unit`, but found both"]
    );
}

// ---- YAML hazards: errors, never panics or hangs --------------------------

#[test]
fn duplicate_keys_are_errors_at_the_second_key() {
    assert_eq!(
        one_error("schema: 1\npeople:\n  - id: a\n    name: A\n    id: b\n"),
        "claims/a.yaml:5:5: expected each key once in a mapping, but found `id` again (first at line 3, column 5)"
    );
}

#[test]
fn tabs_in_indentation_are_errors() {
    let e = load_str(&[("claims/a.yaml", "schema: 1\npeople:\n\t- id: a\n")]).unwrap_err();
    assert_eq!(
        e[0].to_string(),
        "claims/a.yaml:3:2: invalid YAML: tabs disallowed within this context (block indentation)\n  \
         help: indent with spaces: YAML does not allow tabs in indentation"
    );
}

#[test]
fn a_list_at_the_top_is_an_error() {
    assert_eq!(
        one_error("- id: a\n"),
        "claims/a.yaml:1:1: expected a mapping with `schema: 1` and the lists `offices`, `people`, `tenures`, `figures`, `suppress`, `jurisdictions`, but found a list"
    );
}

#[test]
fn a_second_document_is_an_error() {
    assert_eq!(
        one_error("schema: 1\n---\nschema: 1\n"),
        "claims/a.yaml:2:1: expected one YAML document, but found a second one"
    );
}

#[test]
fn deep_nesting_is_an_error() {
    let flow = format!("schema: 1\npeople: {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    assert!(one_error(&flow).starts_with("claims/a.yaml:2:"), "{}", one_error(&flow));
    assert!(one_error(&flow).contains("expected at most 128 levels of nesting, but found deeper nesting"));
    // Block nesting reaches a type error first: the schema is shallow.
    let block = format!("schema: 1\npeople:\n  {}x\n", "- ".repeat(10_000));
    assert_eq!(one_error(&block), "claims/a.yaml:3:5: invalid `people[0]`: expected a mapping, but found a list");
}

#[test]
fn an_alias_bomb_is_an_error_and_quick() {
    let mut text = String::from("schema: 1\npeople:\n  - id: a\n    name: &a0 lol\n    aliases: [");
    text.push_str(&["*a0"; 10].join(", "));
    text.push_str("]\n");
    for level in 1..=9 {
        text.push_str(&format!("  - id: p{level}\n    name: x\n    aliases: &a{level} ["));
        text.push_str(&vec![format!("*a{}", level - 1); 10].join(", "));
        text.push_str("]\n");
    }
    let started = std::time::Instant::now();
    let error = one_error(&text);
    assert!(started.elapsed().as_secs() < 5);
    assert!(error.starts_with("claims/a.yaml:"), "{error}");
}

#[test]
fn unknown_anchor_is_an_error() {
    assert!(
        one_error("schema: 1\npeople:\n  - id: a\n    name: *nope\n").starts_with("claims/a.yaml:4:11: invalid YAML:")
    );
}

// ---- consistency checks across files --------------------------------------

#[test]
fn unknown_office_and_person_point_at_the_reference() {
    let tenures =
        "schema: 1\ntenures:\n  - person: shinjiro-koizmi\n    office: jp.defence-minister\n    start: 2025-10-21\n";
    let e = load_str(&[("claims/offices.yaml", OFFICES), ("claims/people.yaml", PEOPLE), ("claims/t.yaml", tenures)])
        .unwrap_err();
    assert!(e.iter().all(|e| e.kind == ErrorKind::ClaimReference));
    let shown: Vec<String> = e.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "claims/t.yaml:3:13: expected the id of a person defined under `people`, but found `shinjiro-koizmi`\n  \
             help: did you mean `shinjiro-koizumi`? otherwise define a person under `people:` in any claim file",
            "claims/t.yaml:4:13: expected the id of an office defined under `offices`, but found `jp.defence-minister`\n  \
             help: define an office under `offices:` in any claim file, or fix the id",
        ]
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let again = "schema: 1\npeople:\n  - id: nobuo-kishi\n    name: Nobuo Kishi\n";
    assert_eq!(
        errors(&[("claims/people.yaml", PEOPLE), ("claims/z.yaml", again), ("claims/offices.yaml", OFFICES)]),
        [
            "claims/z.yaml:3:9: expected each person id once, but found `nobuo-kishi` again; first defined at claims/people.yaml:6:5"
        ]
    );
}

#[test]
fn tenure_ending_before_it_starts() {
    let t = "schema: 1\ntenures:\n  - person: nobuo-kishi\n    office: jp.minister-of-defense\n    start: 2020-09-16\n    end: 2019-09-11\n";
    assert_eq!(
        errors(&[("claims/offices.yaml", OFFICES), ("claims/people.yaml", PEOPLE), ("claims/t.yaml", t)]),
        ["claims/t.yaml:6:10: expected `end` on or after `start` (2020-09-16), but found `end: 2019-09-11`"]
    );
}

fn defense_tenures(kishi_end: &str, koizumi_start: &str, acting: bool) -> Result<ClaimSet, Vec<crate::Error>> {
    let t = format!(
        "schema: 1\ntenures:\n  - person: nobuo-kishi\n    office: jp.minister-of-defense\n    start: 2020-09-16\n    end: {kishi_end}\n    acting: {acting}\n"
    );
    let people = PEOPLE.replace("start: 2025-10-21\n", &format!("start: {koizumi_start}\n"));
    load_str(&[("claims/offices.yaml", OFFICES), ("claims/people.yaml", &people), ("claims/t.yaml", &t)])
}

#[test]
fn a_handover_on_one_day_is_not_an_overlap() {
    let set = defense_tenures("2025-10-21", "2025-10-21", false).unwrap();
    let holders = set.holders("jp.minister-of-defense", &date("2025-10-21"));
    assert_eq!(holders.len(), 2, "both hold the office on the handover day");
    let holders = set.holders("jp.minister-of-defense", &date("2025-10-22"));
    assert_eq!(ids(&holders, |t| &t.person), ["shinjiro-koizumi"]);
}

#[test]
fn two_holders_of_a_single_holder_office_overlap() {
    let e = defense_tenures("2025-10-22", "2025-10-21", false).unwrap_err();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].kind, ErrorKind::ClaimReference);
    assert_eq!(
        e[0].to_string().lines().next().unwrap(),
        "claims/people.yaml:27:12: expected one holder at a time of the single-holder office `jp.minister-of-defense`, \
         but found `shinjiro-koizumi` from 2025-10-21 while `nobuo-kishi` held it (2020-09-16 to 2025-10-22, at claims/t.yaml:3:5)"
    );
    // An acting stand-in may overlap.
    assert!(defense_tenures("2025-10-22", "2025-10-21", true).is_ok());
    // An open tenure overlaps everything after its start.
    assert!(defense_tenures("null", "2025-10-21", false).is_err());
}

#[test]
fn two_offices_of_one_jurisdiction_may_not_share_a_title_at_once() {
    let clash = "schema: 1\noffices:\n  - id: us.secretary-of-war\n    jurisdiction: US\n    name: Secretary of the Army\n    titles:\n      - Secretary of the Army\n      - title: Secretary of War\n        until: 1947-09-18\n";
    // The old Secretary of War (until 1947) and today's (since 2025) do not clash.
    assert!(load_str(&[("claims/offices.yaml", OFFICES), ("claims/x.yaml", clash)]).is_ok());
    let clash = clash.replace("until: 1947-09-18", "until: 2025-09-06");
    assert_eq!(
        errors(&[("claims/offices.yaml", OFFICES), ("claims/x.yaml", &clash)]),
        ["claims/x.yaml:8:9: expected each title to name one office of US at a time, but found `Secretary of War` \
          (key `secretary of war`) also in `us.secretary-of-defense` at claims/offices.yaml:14:5"]
    );
    // Other jurisdictions may use the same title.
    assert!(ledger().offices_titled("prime minister", None, None).len() == 2);
}

#[test]
fn a_figure_needs_a_currency_or_a_unit() {
    let e = load_str(&[(
        "claims/f.yaml",
        "schema: 1\nfigures:\n  - id: f\n    subject: s\n    keywords: [a]\n    value: 5\n",
    )])
    .unwrap_err();
    assert_eq!(e[0].kind, ErrorKind::ClaimReference);
    assert_eq!(
        e[0].to_string().lines().next().unwrap(),
        "claims/f.yaml:3:5: expected `currency` or `unit` in figure `f`, but found neither"
    );
}

#[test]
fn errors_from_all_files_come_back_sorted() {
    let bad = "schema: 1\npeople:\n  - id: x\n    name: X\n    oops: 1\n";
    let e = errors(&[("claims/b.yaml", bad), ("claims/a.yaml", "schema: 3\n"), ("claims/c.yaml", "- 1\n")]);
    let places: Vec<&str> = e.iter().map(|e| e.split_once(": ").unwrap().0).collect();
    assert_eq!(places, ["claims/a.yaml:1:9", "claims/b.yaml:5:5", "claims/c.yaml:1:1"]);
}

// ---- queries ----------------------------------------------------------------

#[test]
fn office_and_person_by_id() {
    let set = ledger();
    assert_eq!(set.office("jp.prime-minister").unwrap().name, "Prime Minister");
    assert!(set.office("jp.prime").is_none());
    assert_eq!(set.person("pete-hegseth").unwrap().name, "Pete Hegseth");
    assert!(set.person("pete").is_none());
}

#[test]
fn offices_titled_follows_renames() {
    let set = ledger();
    let defense = |at: &str| {
        let at = date(at);
        ids(&set.offices_titled("secretary of war", Some("US"), Some(&at)), |o| &o.id)
    };
    assert_eq!(defense("2025-12-11"), ["us.secretary-of-defense"]);
    assert!(defense("2024-01-01").is_empty());
    assert_eq!(defense("2025-09"), ["us.secretary-of-defense"], "a month that includes the rename day");
    assert_eq!(defense("2025-09-05"), ["us.secretary-of-defense"], "the rename day itself");
    assert!(defense("2025-09-04").is_empty());
    assert_eq!(ids(&set.offices_titled("secretary of war", None, None), |o| &o.id), ["us.secretary-of-defense"]);
    assert!(set.offices_titled("secretary of war", Some("JP"), None).is_empty());
}

#[test]
fn offices_titled_uses_title_keys() {
    let set = ledger();
    let key = crate::names::title_key("Defence Minister");
    assert_eq!(ids(&set.offices_titled(&key, Some("JP"), None), |o| &o.id), ["jp.minister-of-defense"]);
    assert_eq!(ids(&set.offices_titled("premier", Some("JP"), None), |o| &o.id), ["jp.prime-minister"]);
    assert_eq!(
        ids(&set.offices_titled("prime minister", None, None), |o| &o.id),
        ["jp.prime-minister", "uk.prime-minister"]
    );
    assert_eq!(ids(&set.offices_titled("prime minister", Some("UK"), None), |o| &o.id), ["uk.prime-minister"]);
}

#[test]
fn people_named_ignores_order_case_and_diacritics() {
    let set = ledger();
    for name in ["Koizumi Shinjiro", "Shinjirō KOIZUMI", "Mr. Shinjiro Koizumi"] {
        let key = crate::names::person_key(name);
        assert_eq!(ids(&set.people_named(&key), |p| &p.id), ["shinjiro-koizumi"], "{name}");
    }
    assert_eq!(ids(&set.people_named(&crate::names::person_key("Peter Hegseth")), |p| &p.id), ["pete-hegseth"]);
    assert!(set.people_named("koizumi").is_empty());
}

#[test]
fn people_with_surname() {
    let set = ledger();
    assert_eq!(ids(&set.people_with_surname("koizumi"), |p| &p.id), ["shinjiro-koizumi"]);
    assert_eq!(ids(&set.people_with_surname("hegseth"), |p| &p.id), ["pete-hegseth"]);
    // "Kishida" is not "Kishi".
    assert_eq!(ids(&set.people_with_surname("kishi"), |p| &p.id), ["nobuo-kishi"]);
    // A family-name-first alias does not make the given name a surname.
    assert!(set.people_with_surname("shinjiro").is_empty());
}

#[test]
fn tenures_of_office_and_of_person() {
    let set = ledger();
    let pm = set.tenures_of_office("jp.prime-minister");
    assert_eq!(pm.iter().map(|t| t.person.as_str()).collect::<Vec<_>>(), ["fumio-kishida", "shigeru-ishiba"]);
    assert!(set.tenures_of_office("jp.nothing").is_empty());
    assert!(set.tenures_of_office("zz").is_empty());
    let koizumi = set.tenures_of_person("shinjiro-koizumi");
    assert_eq!(ids(&koizumi, |t| &t.office), ["jp.minister-of-defense"]);
    assert!(set.tenures_of_person("nobody").is_empty());
}

#[test]
fn holders_cover_partial_dates_and_open_tenures() {
    let set = ledger();
    let pm = |at: &str| ids(&set.holders("jp.prime-minister", &date(at)), |t| &t.person);
    assert_eq!(pm("2023-05-19"), ["fumio-kishida"]);
    assert_eq!(pm("2024"), ["fumio-kishida", "shigeru-ishiba"]);
    assert_eq!(pm("2024-10-01"), ["fumio-kishida", "shigeru-ishiba"], "the handover day");
    assert!(pm("2020").is_empty());
    let defense = ids(&set.holders("jp.minister-of-defense", &date("2030-01-01")), |t| &t.person);
    assert_eq!(defense, ["shinjiro-koizumi"], "an open tenure runs on");
}

/// The holders lookup walks back from the date instead of scanning: on the
/// bundled claim files (thousands of UK tenures, some nested) it finds, for
/// every office and every month since 1970 and a few wide dates, exactly
/// what a scan of the office's tenures finds, and so does the lookup of one
/// person's tenures in one office.
#[test]
fn holders_and_tenures_of_a_person_in_an_office_match_a_scan_of_the_bundled_claim_files() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("claims");
    let set = load(&[root]).expect("the bundled claim files load");
    let mut dates: Vec<DateValue> = (1970..2027)
        .flat_map(|y| (1..=12).map(move |m| DateValue::Month(y, m)))
        .chain(["2004/2005", "1997-05-02", "2010-05-11", "1979", "2025-12-12"].map(date))
        .collect();
    dates.push(DateValue::Year(1800));
    let mut compared = 0;
    for office in &set.offices {
        let all = set.tenures_of_office(&office.id);
        for at in &dates {
            let scanned: Vec<&Tenure> = all.iter().filter(|t| t.overlaps(at)).collect();
            assert_eq!(set.holders(&office.id, at), scanned, "{} at {at}", office.id);
            compared += scanned.len();
        }
        for person in all.iter().map(|t| t.person.as_str()).collect::<std::collections::BTreeSet<_>>() {
            let scanned: Vec<&Tenure> = all.iter().filter(|t| t.person == person).collect();
            assert_eq!(set.tenures_of_person_in(person, &office.id), scanned, "{person} in {}", office.id);
        }
    }
    assert!(compared > 1000, "only {compared} holders compared");
}

// ---- discovery ------------------------------------------------------------

#[test]
fn folders_are_read_recursively_in_order_and_hidden_files_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("claims/sub")).unwrap();
    std::fs::create_dir_all(root.join("claims/.git")).unwrap();
    std::fs::write(root.join("claims/offices.yaml"), OFFICES).unwrap();
    std::fs::write(root.join("claims/sub/people.yml"), PEOPLE).unwrap();
    std::fs::write(root.join("claims/.hidden.yaml"), "not: [valid").unwrap();
    std::fs::write(root.join("claims/.git/x.yaml"), "not: [valid").unwrap();
    std::fs::write(root.join("claims/notes.txt"), "not: [valid").unwrap();
    let shown = format!("{}/claims", root.display());
    let set = load(&[PathBuf::from(&shown)]).unwrap();
    assert_eq!(set.person("nobuo-kishi").unwrap().origin.path, format!("{shown}/sub/people.yml"));
    assert_eq!(set.office("jp.prime-minister").unwrap().origin.path, format!("{shown}/offices.yaml"));
    // Named twice: read once.
    assert!(load(&[PathBuf::from(&shown), PathBuf::from(format!("{shown}/offices.yaml"))]).is_ok());
}

#[test]
fn a_missing_path_is_an_error() {
    let e = load(&[PathBuf::from("/nonexistent/claims")]).unwrap_err();
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].kind, ErrorKind::Io);
    assert_eq!(e[0].to_string(), "/nonexistent/claims: no such file or folder\n  help: check the path");
}

#[test]
fn a_file_that_is_not_utf8_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.yaml");
    std::fs::write(&path, b"schema: 1\npeople: \xff\n").unwrap();
    let e = load(std::slice::from_ref(&path)).unwrap_err();
    assert_eq!(
        e[0].to_string().lines().next().unwrap(),
        format!("{}:2:9: expected UTF-8 text, but found a byte that is not UTF-8", path.display())
    );
}

// ---- the starter ledger in claims/ -------------------------------------------

fn ledger_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("claims")
}

#[test]
fn the_ledger_is_valid() {
    if let Err(errors) = load(&[ledger_dir()]) {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("claims/ is invalid:\n{}", shown.join("\n"));
    }
}

/// Each file lists its entries in order (ids; tenures by office, then
/// start), so that diffs of the ledger stay small and reviewable.
#[test]
fn the_ledger_is_sorted_within_each_file() {
    let set = load(&[ledger_dir()]).unwrap();
    fn check_sorted<K: Ord + std::fmt::Debug>(what: &str, mut entries: Vec<(&Origin, K)>) {
        entries.sort_by(|a, b| a.0.cmp(b.0));
        for pair in entries.windows(2) {
            let ((a, ka), (b, kb)) = (&pair[0], &pair[1]);
            if a.path == b.path {
                assert!(
                    ka < kb,
                    "{what} out of order in {}: {ka:?} (line {}) before {kb:?} (line {})",
                    a.path,
                    a.line,
                    b.line
                );
            }
        }
    }
    check_sorted("offices", set.offices.iter().map(|o| (&o.origin, o.id.clone())).collect());
    check_sorted("people", set.people.iter().map(|p| (&p.origin, p.id.clone())).collect());
    check_sorted("figures", set.figures.iter().map(|f| (&f.origin, f.id.clone())).collect());
    check_sorted(
        "tenures",
        set.tenures.iter().map(|t| (&t.origin, (t.office.clone(), t.start.first_day(), t.person.clone()))).collect(),
    );
}

#[test]
fn the_ledger_answers_the_questions_news_text_raises() {
    let set = load(&[ledger_dir()]).unwrap();
    let at = date("2025-12-11");
    let holder = |office: &str| ids(&set.holders(office, &at), |t| &t.person);
    assert_eq!(holder("jp.minister-of-defense"), ["shinjiro-koizumi"]);
    assert_eq!(holder("jp.prime-minister"), ["sanae-takaichi"]);
    assert_eq!(holder("jp.minister-for-foreign-affairs"), ["toshimitsu-motegi"]);
    assert_eq!(holder("us.secretary-of-defense"), ["pete-hegseth"]);
    assert_eq!(holder("uk.prime-minister"), ["keir-starmer"]);
    let war = set.offices_titled("secretary of war", Some("US"), Some(&at));
    assert_eq!(ids(&war, |o| &o.id), ["us.secretary-of-defense"]);
    let key = crate::names::title_key("Secretary of State");
    assert_eq!(ids(&set.offices_titled(&key, Some("US"), None), |o| &o.id), ["us.secretary-of-state"]);
    assert!(set.offices_titled(&key, Some("UK"), None).is_empty());
    assert_eq!(ids(&set.people_named(&crate::names::person_key("Koizumi Shinjiro")), |p| &p.id), ["shinjiro-koizumi"]);
    assert_eq!(ids(&set.people_named(&crate::names::person_key("Joseph R. Biden Jr.")), |p| &p.id), ["joe-biden"]);
    assert_eq!(ids(&set.tenures_of_person("donald-trump"), |t| &t.office), ["us.president", "us.president"]);
    let pledge = set.figure("jp-us-investment-pledge-2025").unwrap();
    assert_eq!((pledge.value.to_string(), pledge.currency.as_deref()), ("550000000000".to_string(), Some("USD")));
    let troops = set.figure("us-military-personnel-in-japan-2025").unwrap();
    assert_eq!((troops.value.to_string(), troops.max.to_string()), ("50000".to_string(), "55000".to_string()));
}

// ---- the built-in ledger, extended and replaced ------------------------------

/// Stand-ins for the bundled files: the offices and people above, with
/// Japan's prime ministers open from Ishiba in a file current to 2025-06-30.
const BUNDLED_PM: &str = "\
schema: 1
current_to: 2025-06-30
people:
  - id: fumio-kishida
    name: Fumio Kishida
  - id: shigeru-ishiba
    name: Shigeru Ishiba
tenures:
  - person: fumio-kishida
    office: jp.prime-minister
    start: 2021-10-04
    end: 2024-10-01
  - person: shigeru-ishiba
    office: jp.prime-minister
    start: 2024-10-01
suppress:
  - code: ledger-holder-conflict
    path: articles/x.md
    reason: a text of the repository
";

const BUNDLED_OFFICES: &str = "\
schema: 1
offices:
  - id: jp.prime-minister
    jurisdiction: JP
    name: Prime Minister
  - id: jp.minister-of-defense
    jurisdiction: JP
    name: Minister of Defense
";

fn bundled() -> [(&'static str, &'static str); 2] {
    [("offices.yaml", BUNDLED_OFFICES), ("japan.yaml", BUNDLED_PM)]
}

fn over(user: &[(&str, &str)]) -> Result<ClaimSet, Vec<crate::error::Error>> {
    super::load::load_str_over(&bundled(), user)
}

#[test]
fn built_in_entries_name_their_bundled_file_and_line() {
    let set = over(&[]).unwrap();
    let pm = set.office("jp.prime-minister").unwrap();
    assert_eq!(pm.origin, Origin { path: "<built-in>/offices.yaml".into(), line: 3, column: 5 });
    let ishiba = set.tenures_of_person("shigeru-ishiba")[0];
    assert_eq!((ishiba.origin.path.as_str(), ishiba.origin.line), ("<built-in>/japan.yaml", 13));
    assert_eq!(set.provenance, Provenance { builtin: true, files: 0, current_to: Some(date("2025-06-30")) });
    assert!(set.suppressions.is_empty(), "a bundled file's suppressions are not part of the built-in ledger");
}

#[test]
fn a_user_file_adds_new_ids_and_tenures_to_built_in_offices() {
    let user = "schema: 1\npeople:\n  - id: sanae-takaichi\n    name: Sanae Takaichi\ntenures:\n  - person: sanae-takaichi\n    office: jp.minister-of-defense\n    start: 2025-10-21\n";
    let set = over(&[("claims/mine.yaml", user)]).unwrap();
    assert_eq!(
        ids(&set.tenures_of_office("jp.prime-minister").iter().collect::<Vec<_>>(), |t| &t.person),
        ["fumio-kishida", "shigeru-ishiba"]
    );
    assert_eq!(
        ids(&set.tenures_of_office("jp.minister-of-defense").iter().collect::<Vec<_>>(), |t| &t.person),
        ["sanae-takaichi"]
    );
    assert_eq!(set.provenance.files, 1);
}

#[test]
fn a_user_office_with_a_built_in_id_replaces_it_and_its_tenures() {
    let user = "\
schema: 1
offices:
  - id: jp.prime-minister
    jurisdiction: JP
    name: Prime Minister
    titles: [Premier]
tenures:
  - person: shigeru-ishiba
    office: jp.prime-minister
    start: 2024-10-01
    end: 2025-10-21
";
    let set = over(&[("claims/pm.yaml", user)]).unwrap();
    let pm = set.office("jp.prime-minister").unwrap();
    assert_eq!(pm.origin.path, "claims/pm.yaml", "no duplicate-id error: the user's office replaces it");
    assert_eq!(pm.titles.len(), 2);
    // Kishida's built-in tenure went with the built-in office; Ishiba's is the user's alone.
    let tenures: Vec<&Tenure> = set.tenures_of_office("jp.prime-minister").iter().collect();
    assert_eq!(ids(&tenures, |t| &t.person), ["shigeru-ishiba"]);
    assert_eq!(tenures[0].end, Some(date("2025-10-21")));
    assert_eq!(tenures[0].origin.path, "claims/pm.yaml");
    // The built-in people the user's tenures refer to stay.
    assert_eq!(set.person("shigeru-ishiba").unwrap().origin.path, "<built-in>/japan.yaml");
}

#[test]
fn a_user_person_with_a_built_in_id_replaces_it_and_keeps_the_built_in_tenures() {
    let user = "schema: 1\npeople:\n  - id: shigeru-ishiba\n    name: Shigeru Ishiba\n    aliases: [Ishiba Shigeru]\n";
    let set = over(&[("claims/people.yaml", user)]).unwrap();
    let ishiba = set.person("shigeru-ishiba").unwrap();
    assert_eq!((ishiba.origin.path.as_str(), ishiba.aliases.len()), ("claims/people.yaml", 1));
    assert_eq!(ids(&set.tenures_of_person("shigeru-ishiba"), |t| &t.origin.path), ["<built-in>/japan.yaml"]);
    assert_eq!(ids(&set.people_named(&crate::names::person_key("Ishiba Shigeru")), |p| &p.id), ["shigeru-ishiba"]);
}

#[test]
fn a_copy_of_a_bundled_file_stands_in_for_it_and_a_restated_tenure_counts_once() {
    let set = over(&[("claims/japan.yaml", BUNDLED_PM)]).unwrap();
    assert_eq!(set.tenures.len(), 2);
    assert!(set.tenures.iter().all(|t| t.origin.path == "claims/japan.yaml"));
    assert_eq!(set.suppressions.len(), 1, "the user's own copy keeps its suppressions");
    // A part of a bundled file, copied: no duplicate, no overlap.
    let part = "schema: 1\ntenures:\n  - person: fumio-kishida\n    office: jp.prime-minister\n    start: 2021-10-04\n    end: 2024-10-01\n";
    let set = over(&[("claims/part.yaml", part)]).unwrap();
    assert_eq!(
        ids(&set.tenures_of_office("jp.prime-minister").iter().collect::<Vec<_>>(), |t| &t.origin.path),
        ["claims/part.yaml", "<built-in>/japan.yaml"]
    );
}

#[test]
fn a_user_tenure_that_clashes_with_a_built_in_one_is_an_error_naming_both() {
    let user = "schema: 1\npeople:\n  - id: taro-aso\n    name: Taro Aso\ntenures:\n  - person: taro-aso\n    office: jp.prime-minister\n    start: 2022-01-01\n    end: 2022-02-01\n";
    let e = over(&[("claims/aso.yaml", user)]).unwrap_err();
    let shown: Vec<String> = e.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), 1, "{shown:#?}");
    assert!(shown[0].starts_with("claims/aso.yaml:8:12: expected one holder at a time"), "{}", shown[0]);
    assert!(shown[0].contains("at <built-in>/japan.yaml:9:5"), "{}", shown[0]);
}

#[test]
fn an_open_tenure_gives_way_to_its_restatement_by_a_file_current_to_a_later_day() {
    let later = "\
schema: 1
current_to: 2025-12-31
people:
  - id: sanae-takaichi
    name: Sanae Takaichi
tenures:
  - person: shigeru-ishiba
    office: jp.prime-minister
    start: 2024-10-01
    end: 2025-10-21
  - person: sanae-takaichi
    office: jp.prime-minister
    start: 2025-10-21
";
    let set = over(&[("claims/2025.yaml", later)]).unwrap();
    let tenures: Vec<&Tenure> = set.tenures_of_office("jp.prime-minister").iter().collect();
    assert_eq!(ids(&tenures, |t| &t.person), ["fumio-kishida", "shigeru-ishiba", "sanae-takaichi"]);
    assert_eq!((tenures[1].end, tenures[1].origin.path.as_str()), (Some(date("2025-10-21")), "claims/2025.yaml"));
    assert_eq!(
        set.provenance.current_to,
        Some(date("2025-12-31")),
        "the earliest day an open tenure is vouched for: Ishiba's open tenure of 2025-06-30 was restated with its end"
    );
    // Without the restatement, the successor clashes with the open tenure, and the help says what to do.
    let successor_only = later.replace(
        "  - person: shigeru-ishiba\n    office: jp.prime-minister\n    start: 2024-10-01\n    end: 2025-10-21\n",
        "",
    );
    let e = over(&[("claims/2025.yaml", &successor_only)]).unwrap_err();
    let help = e[0].help.clone().unwrap_or_default();
    assert!(
        help.starts_with("`shigeru-ishiba`'s tenure is open in a file current to 2025-06-30: restate it"),
        "{help}"
    );
}

#[test]
fn an_open_tenure_is_vouched_for_up_to_its_files_current_to() {
    let set = over(&[]).unwrap();
    let ishiba = set.tenures_of_person("shigeru-ishiba")[0];
    assert_eq!(ishiba.known_until(), date("2025-06-30").first_day());
    let kishida = set.tenures_of_person("fumio-kishida")[0];
    assert_eq!(kishida.known_until(), date("2024-10-01").first_day());
    let undated = load_str(&[("claims/offices.yaml", OFFICES), ("claims/people.yaml", PEOPLE)]).unwrap();
    assert_eq!(undated.tenures_of_person("pete-hegseth")[0].known_until(), jiff::civil::Date::MAX);
}

#[test]
fn the_built_in_ledger_is_every_file_of_the_claims_folder() {
    let dir = ledger_dir();
    let mut on_disk = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && (name.ends_with(".yaml") || name.ends_with(".yml")) {
            let rel = entry.path().strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/");
            on_disk.push((rel, std::fs::read_to_string(entry.path()).unwrap()));
        }
    }
    let compiled: Vec<(String, String)> =
        builtin::FILES.iter().map(|(n, t)| ((*n).to_string(), (*t).to_string())).collect();
    assert_eq!(compiled.iter().map(|f| &f.0).collect::<Vec<_>>(), on_disk.iter().map(|f| &f.0).collect::<Vec<_>>());
    assert!(compiled == on_disk, "a claim file changed since the build; rebuild");
    // Loaded alone, it is the folder's ledger, entry for entry, under `<built-in>/`.
    let alone = load_ledger(&[], true).unwrap();
    let folder = load(&[dir]).unwrap();
    assert_eq!(
        (alone.offices.len(), alone.people.len(), alone.tenures.len()),
        (folder.offices.len(), folder.people.len(), folder.tenures.len())
    );
    assert!(alone.tenures.iter().all(|t| t.origin.path.starts_with(builtin::PREFIX)));
    // The folder over the built-in ledger: every file stands in, nothing doubles.
    let both = load_ledger(&[ledger_dir()], true).unwrap();
    assert_eq!(both, folder);
}

#[test]
fn every_iso_country_is_a_jurisdiction_and_claim_files_declare_more() {
    let ok = load_str(&[(
        "claims/a.yaml",
        "schema: 1\noffices:\n  - id: ng.president\n    jurisdiction: NG\n    name: President\n  - id: xk.president\n    jurisdiction: XK\n    name: President\njurisdictions:\n  - code: XK\n    name: Kosovo\n    demonyms: [Kosovar]\n",
    )])
    .unwrap();
    assert_eq!(ok.jurisdiction_name("XK"), "Kosovo");
    assert_eq!(ok.jurisdiction_name("NG"), "Nigeria");
    assert!(ok.jurisdiction_named("Kosovar") && ok.jurisdiction_named("Kosovo") && ok.jurisdiction_named("Nigerian"));
}

#[test]
fn an_undeclared_code_is_an_unknown_reference_at_the_office() {
    assert_eq!(
        one_error("schema: 1\noffices:\n  - id: xx.a\n    jurisdiction: XX\n    name: A\n"),
        "claims/a.yaml:4:19: expected an ISO 3166-1 jurisdiction code or one declared under `jurisdictions:`, but found `XX`"
    );
}

#[test]
fn a_declared_form_another_jurisdiction_has_is_an_error() {
    let text = "schema: 1\njurisdictions:\n  - code: XK\n    name: Kosovo\n    demonyms: [Serbian]\n";
    assert_eq!(
        one_error(text),
        "claims/a.yaml:3:5: expected each jurisdiction form to name one jurisdiction, but `Serbian` names both `XK` and `RS`"
    );
}
