//! Minimal pairs for the checks that compare dates and figures across
//! sources (`event-date-conflict`, `figure-conflict`) and the arithmetic of
//! one text (`tally-inconsistent`), on invented stories: each check on the
//! shape it must catch, and each hard negative it must leave alone.

mod common;

use common::{doc, factdiff, stdout};
use factdiff::claims::ClaimSet;
use factdiff::compare::{self, Code, Finding, Options, Severity};
use factdiff::load::Document;

/// The findings of `code` over `texts` (path, publication date, text).
fn findings(texts: &[(&str, &str, &str)], code: Code) -> Vec<Finding> {
    let docs: Vec<Document> = texts.iter().map(|(p, d, t)| doc(p, d, t)).collect();
    let ledger = ClaimSet::default();
    let claims = factdiff::check::analyse(&docs, &ledger);
    let options = Options::default();
    let input = compare::Input { documents: &docs, claims: &claims, ledger: &ledger, options: &options };
    compare::compare(&input).findings.into_iter().filter(|f| f.code == code).collect()
}

fn paths(f: &Finding) -> Vec<&str> {
    f.evidence.iter().map(|e| e.path.as_str()).collect()
}

// --- event-date-conflict -------------------------------------------------

#[test]
fn a_summit_on_two_different_days_is_a_date_conflict() {
    let f = findings(
        &[
            (
                "a.md",
                "2025-10-30",
                "Ana Ruiz of Nordland and Otto Brandt of Ostmark agreed on a trade deal. The Lisbon summit of Ana Ruiz and Otto Brandt took place on October 28, 2025.",
            ),
            (
                "b.md",
                "2025-10-30",
                "Ana Ruiz of Nordland and Otto Brandt of Ostmark agreed on a trade deal. The Lisbon summit of Ana Ruiz and Otto Brandt took place on October 29, 2025.",
            ),
        ],
        Code::EventDateConflict,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(paths(&f[0]), ["a.md", "b.md"]);
}

#[test]
fn the_outlier_is_named_and_two_agreeing_sources_make_it_an_error() {
    let f = findings(
        &[
            (
                "a.md",
                "2025-06-10",
                "Ana Ruiz was sworn in as president of Nordland on June 8 before Judge Otto Brandt.",
            ),
            (
                "b.md",
                "2025-06-10",
                "Ana Ruiz was sworn in as president of Nordland on June 9 before Judge Otto Brandt, officials said.",
            ),
            (
                "c.md",
                "2025-06-11",
                "Ana Ruiz was sworn in as president of Nordland on June 9 before Judge Otto Brandt in the capital.",
            ),
        ],
        Code::EventDateConflict,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(f[0].evidence[0].path, "a.md");
    assert!(f[0].message.contains("2 other sources give 2025-06-09"), "{}", f[0].message);
}

#[test]
fn two_meetings_of_the_same_people_months_apart_are_not_compared() {
    let f = findings(
        &[
            ("a.md", "2025-05-04", "Ana Ruiz met Otto Brandt in Tokyo on May 3 to discuss fishing rights."),
            ("b.md", "2025-08-11", "Ana Ruiz met Otto Brandt in Seoul on August 10 to discuss fishing rights."),
        ],
        Code::EventDateConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_past_event_after_the_other_text_appeared_is_another_event() {
    let f = findings(
        &[
            ("a.md", "2025-05-04", "Ana Ruiz met Otto Brandt in Tokyo on May 3 to discuss fishing rights."),
            ("b.md", "2025-05-20", "Ana Ruiz met Otto Brandt in Seoul on May 19 to discuss fishing rights."),
        ],
        Code::EventDateConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_bound_is_not_the_date_of_the_event() {
    let f = findings(
        &[
            ("a.md", "2025-11-07", "Chancellor Otto Brandt will not call a vote of confidence before Jan. 15."),
            ("b.md", "2025-11-07", "Chancellor Otto Brandt will call a vote of confidence in January."),
        ],
        Code::EventDateConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn a_planned_date_in_the_wrong_year_conflicts_with_the_coming_month() {
    let f = findings(
        &[
            (
                "a.md",
                "2025-11",
                "Chancellor Otto Brandt of Nordland plans to hold a vote of confidence in the Diet on January 15, 2025.",
            ),
            (
                "b.md",
                "2025-11",
                "Chancellor Otto Brandt of Nordland said he would hold a vote of confidence in the Diet in January.",
            ),
        ],
        Code::EventDateConflict,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("2025-01-15") && f[0].message.contains("2026-01"), "{}", f[0].message);
}

#[test]
fn the_day_something_was_said_is_not_an_event_date() {
    let f = findings(
        &[
            ("a.md", "2025-03-12", "The Nordland Assembly lifted the decree, Speaker Ana Ruiz said Wednesday."),
            ("b.md", "2025-03-12", "The Nordland Assembly lifted the decree on Tuesday night, Speaker Ana Ruiz said."),
        ],
        Code::EventDateConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

// --- figure-conflict -----------------------------------------------------

#[test]
fn an_investment_package_of_two_sizes_is_a_figure_conflict() {
    let f = findings(
        &[
            ("a.md", "2025-10-30", "Ana Ruiz of Nordland agreed on a $550 billion investment package with Ostmark."),
            ("b.md", "2025-10-30", "Ana Ruiz of Nordland agreed on a $500 billion investment package with Ostmark."),
        ],
        Code::FigureConflict,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Warning);
    let fields: Vec<&str> = f[0].evidence[0].fields.iter().map(|(k, _)| *k).collect();
    assert!(fields.contains(&"about") && fields.contains(&"participants"), "the diff shows the frame: {fields:?}");
}

#[test]
fn a_value_in_two_currencies_is_compared_in_the_other_sources_currency() {
    let texts = [
        (
            "a.md",
            "2025-10-30",
            "Ana Ruiz of Nordland agreed on a $500 billion (80 trillion yen) investment package with Ostmark.",
        ),
        ("b.md", "2025-10-30", "Ana Ruiz of Nordland agreed on a $550 billion investment package with Ostmark."),
        ("c.md", "2025-10-30", "Ana Ruiz of Nordland agreed on an 80 trillion yen investment package with Ostmark."),
    ];
    let f = findings(&texts, Code::FigureConflict);
    assert_eq!(f.len(), 1, "only the dollar amounts differ: {f:#?}");
    assert!(f[0].message.contains("USD"), "{}", f[0].message);
}

#[test]
fn an_amount_in_brackets_converts_the_one_before_it_with_its_subject_and_hedge() {
    use factdiff::normalise::ClaimValue;
    // The bracketed dollars take the frame and the "up to" of the euros
    // they convert: what they are about, and that they are a ceiling.
    let text = "Karl Lund and Ana Ruiz said the frigate programme with Westria will cost the navy up to \
                €368 billion ($245 billion) over three decades.";
    let docs = vec![doc("a.md", "2025-03-14", text)];
    let claims = factdiff::check::analyse(&docs, &ClaimSet::default());
    let money: Vec<_> = claims
        .iter()
        .filter_map(|c| match &c.value {
            ClaimValue::Money(a) => Some(a),
            _ => None,
        })
        .collect();
    assert_eq!(money.len(), 2, "{money:#?}");
    let (euros, dollars) = (money[0], money[1]);
    assert_eq!(dollars.unit.as_deref(), Some("USD"));
    assert_eq!(dollars.frame, euros.frame);
    assert_eq!(dollars.hedge, euros.hedge);
    assert_eq!(dollars.low.map(|l| l.is_zero()), Some(true), "up to: {dollars:#?}");
    // "about" before the first amount widens the one in brackets too, so
    // that another source's $520 billion is within it.
    let f = findings(
        &[
            (
                "a.md",
                "2025-10-30",
                "Ana Ruiz of Nordland agreed on about 80 trillion yen ($500 billion) of investment with Ostmark.",
            ),
            ("b.md", "2025-10-30", "Ana Ruiz of Nordland agreed on $520 billion of investment with Ostmark."),
        ],
        Code::FigureConflict,
    );
    assert_eq!(f, [], "about 80 trillion yen allows $520 billion");
}

#[test]
fn a_transposed_figure_conflicts_even_when_hedged() {
    let f = findings(
        &[
            (
                "a.md",
                "2025-03-14",
                "The frigate programme of Nordland with Ostmark will cost Ana Ruiz up to $245 billion, an official said.",
            ),
            (
                "b.md",
                "2025-03-15",
                "The frigate programme with Ostmark could cost Ana Ruiz of Nordland roughly $254 billion by 2055.",
            ),
        ],
        Code::FigureConflict,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn about_fifty_thousand_agrees_with_fifty_four_thousand() {
    let f = findings(
        &[
            ("a.md", "2025-03-14", "Nordland keeps about 50,000 troops stationed in Ostmark."),
            ("b.md", "2025-03-14", "Nordland keeps 54,000 troops stationed in Ostmark."),
        ],
        Code::FigureConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn an_interim_count_labelled_as_such_is_not_the_result() {
    let f = findings(
        &[
            ("a.md", "2025-06-04", "With 60% of ballots counted, Ana Ruiz had 48.1% of the vote."),
            ("b.md", "2025-06-04", "Ana Ruiz won 51.3% of the vote in the final count."),
        ],
        Code::FigureConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn an_expected_figure_is_not_the_outcome() {
    let f = findings(
        &[
            (
                "a.md",
                "2024-10-30",
                "Finance minister Ana Ruiz is set to unveil $35 billion in tax rises in the budget.",
            ),
            ("b.md", "2024-10-30", "Finance minister Ana Ruiz unveiled $40 billion in tax rises in the budget."),
        ],
        Code::FigureConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn successive_monthly_figures_are_not_compared() {
    let f = findings(
        &[
            ("a.md", "2025-04-20", "Unemployment in Nordland rose to 5.2% in March, the statistics office said."),
            ("b.md", "2025-05-01", "Unemployment in Nordland rose to 5.4% in April, the statistics office said."),
        ],
        Code::FigureConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn counts_of_different_nouns_and_parts_of_a_count_are_not_compared() {
    let f = findings(
        &[
            ("a.md", "2025-02-05", "A total of 153 congressmen signed the complaint against Ana Ruiz."),
            ("b.md", "2025-02-05", "A total of 215 lawmakers signed the complaint against Ana Ruiz."),
        ],
        Code::FigureConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
    let f = findings(
        &[
            ("a.md", "2025-01-28", "The Senate confirmed Ana Ruiz 68-29, including 16 Democrats backing the nominee."),
            ("b.md", "2025-01-28", "The Senate confirmed Ana Ruiz 68-29 with 15 Democrats backing the nominee."),
        ],
        Code::FigureConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn ages_in_texts_a_year_apart_are_not_compared() {
    let f = findings(
        &[
            ("a.md", "2024-12-13", "Ana Ruiz, the 73-year-old centrist, was appointed prime minister of Nordland."),
            ("b.md", "2025-09-10", "Ana Ruiz, the 74-year-old centrist, lost a vote of confidence in Nordland."),
        ],
        Code::FigureConflict,
    );
    assert!(f.is_empty(), "{f:#?}");
}

// --- tally-inconsistent --------------------------------------------------

#[test]
fn a_total_that_is_not_the_sum_of_its_parts() {
    let t = "The new 10% levy on Nordland comes on top of the 15% already charged, bringing the total to 35%.";
    let f = findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert!(f[0].message.contains("10% + 15% (25)"), "{}", f[0].message);
    let t = "The new 10% levy on Nordland comes on top of the 15% already charged, bringing the total to 25%.";
    assert!(findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent).is_empty());
}

#[test]
fn a_part_larger_than_its_whole_and_a_whole_unlike_the_stated_size() {
    let t = "In the vote, 331 out of 300 members backed the motion.";
    assert_eq!(findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent).len(), 1);
    let t =
        "The 577-member assembly met at noon. In the vote, 331 out of 480 members of the assembly backed the motion.";
    let f = findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent);
    assert_eq!(f.len(), 1, "{f:#?}");
    let t =
        "The 577-member assembly met at noon. In the vote, 331 out of 577 members of the assembly backed the motion.";
    assert!(findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent).is_empty());
}

#[test]
fn a_tie_with_unequal_sides() {
    // Read in texts with at least one claim, as every story with a tally is.
    let t = "The 11 members of the committee ended in a 6-5 tie, the chair said.";
    assert_eq!(findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent).len(), 1);
    let t = "The 12 members of the committee ended in a 6-6 tie, the chair said.";
    assert!(findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent).is_empty());
    let t = "The senator cast a tie-breaking vote after a 50-49 count.";
    assert!(findings(&[("a.md", "2025-04-03", t)], Code::TallyInconsistent).is_empty());
}

// --- the command line ----------------------------------------------------

#[test]
fn explain_prints_the_new_checks_and_the_window_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    for code in ["event-date-conflict", "figure-conflict", "tally-inconsistent"] {
        let o = factdiff(dir.path(), &["explain", code]);
        assert!(stdout(&o).contains("## What it does"), "{code}: {}", stdout(&o));
    }
    std::fs::write(
        dir.path().join("a.md"),
        "---\npublished: 2025-10-01\n---\nAna Ruiz of Nordland agreed on a $550 billion investment package with Ostmark.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.md"),
        "---\npublished: 2025-10-20\n---\nAna Ruiz of Nordland agreed on a $500 billion investment package with Ostmark.\n",
    )
    .unwrap();
    let concise = ["check", "a.md", "b.md", "--no-config", "--format", "concise", "--fail-on", "never"];
    let o = factdiff(dir.path(), &concise);
    assert!(stdout(&o).contains("warning[figure-conflict]"), "{}", stdout(&o));
    let o = factdiff(dir.path(), &[&concise[..], &["--frame-window", "7"]].concat());
    assert!(!stdout(&o).contains("figure-conflict"), "19 days apart, beyond a 7-day window: {}", stdout(&o));
    std::fs::write(dir.path().join("factdiff.toml"), "frame-window = 7\n[severity]\nfigure-conflict = \"error\"\n")
        .unwrap();
    let o = factdiff(
        dir.path(),
        &["check", "a.md", "b.md", "--format", "concise", "--fail-on", "never", "--frame-window", "30"],
    );
    assert!(stdout(&o).contains("error[figure-conflict]"), "{}", stdout(&o));
}
