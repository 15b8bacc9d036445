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
fn a_title_used_alone_stands_for_the_holder_the_text_named_with_it() {
    // b.md dates the oath only by "the Prime Minister", whom it named
    // before as "PM Ana Ruiz"; the other two texts name her. That b.md
    // tells their story shows in its other values too (Nordland's count).
    let story = |day: &str| {
        format!(
            "Ana Ruiz on Sunday, {day}, took oath as the Prime Minister of Nordland. The oath was read by Judge Otto Brandt."
        )
    };
    let (a, c) = (story("June 9"), story("June 9"));
    let b = "Among those at the palace with PM Ana Ruiz was Judge Otto Brandt. Her ministers also took oath alongside \
             the Prime Minister on June 8. There are now 40 ministers in Nordland.";
    let f = findings(
        &[("a.md", "2025-06-09", &a), ("b.md", "2025-06-09", b), ("c.md", "2025-06-10", &c)],
        Code::EventDateConflict,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].evidence[0].path, "b.md");
    assert!(f[0].message.contains("ana ruiz"), "{}", f[0].message);
}

#[test]
fn a_title_given_to_two_people_or_to_a_past_holder_stands_for_nobody() {
    let a = "Prime Minister Ana Ruiz of Nordland took oath on Sunday, June 9, before Judge Otto Brandt.";
    for b in [
        // Two prime ministers named before: "the Prime Minister" is either.
        "Prime Minister Ana Ruiz met Prime Minister Lea Vogt with Judge Otto Brandt. Ministers of Nordland took \
         oath alongside the Prime Minister on June 8.",
        // "the former Prime Minister" is not the present one.
        "PM Ana Ruiz thanked Judge Otto Brandt. Ministers of Nordland took oath alongside the former Prime \
         Minister on June 8.",
    ] {
        let f = findings(&[("a.md", "2025-06-09", a), ("b.md", "2025-06-09", b)], Code::EventDateConflict);
        assert!(f.is_empty(), "{b}: {f:#?}");
    }
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
fn swapped_digits_make_one_figure_of_two_costs_sharing_only_their_subject() {
    let pair = |x: &str, y: &str| {
        findings(
            &[
                (
                    "a.md",
                    "2025-03-14",
                    &format!(
                        "The frigate programme of Nordland with Ostmark will cost up to ${x} billion over three decades."
                    ),
                ),
                (
                    "b.md",
                    "2025-03-15",
                    &format!(
                        "The deal could cost Nordland roughly ${y} billion as the nation builds a fleet with Ostmark."
                    ),
                ),
            ],
            Code::FigureConflict,
        )
    };
    // Only "cost" and Nordland in common: one figure when one is the other
    // with two neighbouring digits swapped.
    assert_eq!(pair("245", "254").len(), 1, "{:#?}", pair("245", "254"));
    // Other figures of the same story need more in common to be compared.
    assert!(pair("245", "310").is_empty(), "{:#?}", pair("245", "310"));
    assert!(pair("245", "524").is_empty(), "{:#?}", pair("245", "524"));
    // Two digits are too few to tell a swap from another figure.
    assert!(pair("12", "21").is_empty(), "{:#?}", pair("12", "21"));
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

// --- date-tense-mismatch -------------------------------------------------

/// The `date-tense-mismatch` findings of one text published on `published`.
fn tense(published: &str, text: &str) -> Vec<Finding> {
    findings(&[("a.md", published, text)], Code::DateTenseMismatch)
}

#[test]
fn a_past_event_dated_after_publication_is_a_wrong_year() {
    let f = tense("2024-06-09", "In 2029, the Unity Party won 303 seats while in 2024 it finished with 240.");
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].evidence[0].text, "2029");
    assert_eq!(f[0].severity, Severity::Warning);
    assert!(f[0].message.contains("\"won\"") && f[0].message.contains("2024-06-09"), "{}", f[0].message);
    // The right year, and a past verb after its subject or in the passive.
    assert!(tense("2024-06-09", "In 2019, the Unity Party won 303 seats.").is_empty());
    assert_eq!(tense("2024-06-09", "Ana Ruiz was elected mayor in 2027.").len(), 1);
    assert_eq!(tense("2024-06-09", "The Unity Party took office on March 3, 2026.").len(), 1);
}

#[test]
fn a_plan_for_a_day_already_past_is_a_wrong_year() {
    let t = "Chancellor Ruiz plans to hold a vote of confidence in her government on January 15, 2024.";
    let f = tense("2024-11-08", t);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].evidence[0].text, "January 15, 2024");
    let t = "Chancellor Ruiz plans to hold a vote of confidence in her government on January 15, 2025.";
    assert!(tense("2024-11-08", t).is_empty());
    assert_eq!(tense("2024-11-08", "The vote is set to take place on March 4, 2024.").len(), 1);
    assert_eq!(tense("2024-11-08", "The new terminal will be opened in March 2024.").len(), 1);
}

#[test]
fn forecasts_plans_and_bounds_beside_a_past_verb_are_left_alone() {
    let published = "1987-03-27";
    for t in [
        // Forecasts and reported plans: the verb is the saying.
        "Output will grow three pct this year and 2.7 pct in 1988, said the institute.",
        "The economists saw a surplus in 1988 of at least 60 billion marks.",
        "Work on the bridge should start this spring and be completed in the fall of 1988, it said.",
        "The plant will employ 150 people when the terminal is completed in late 1988.",
        // The date belongs to a noun or another verb, not the past verb.
        "It called for the redemption on April 10, 1988, of all its debentures.",
        "A 100 mln dlr issue maturing in 1997 was assigned a nine pct coupon.",
        "It raised 18.5 billion dlrs in unspecified tax hikes in 1988.",
        "The notes, which mature on March 31, 1996, became convertible into shares.",
        // Bounds, spans, quoted speech, a noun it qualifies, hedges.
        "The party governed until 1990.",
        "Smith said: \"We won the final in 1990.\"",
        "The 1988 budget was approved by parliament.",
        "The mine will stay open until the deeper stopes have played out, probably in 1994.",
        "Reagan, who wants an agreement before he leaves office in 1989, said last week that talks went well.",
    ] {
        assert!(tense(published, t).is_empty(), "{t}: {:#?}", tense(published, t));
    }
    for t in [
        // A year alone may be a financial year still being booked.
        "The company said it will write off about 16 mln dlrs in non-recurring expenses in 1986.",
        // A comparison with the past, and a past event inside the plan.
        "SET hopes to list 10 new issues this year against only one in 1986.",
        "Natural gas will regain the market share it lost to heavy fuel in January 1986.",
        "Proceeds will be used to repay debt incurred to finance the acquisition of McNeil Corp in August 1986.",
        "The dividend increase will be the first since March 1985.",
    ] {
        assert!(tense(published, t).is_empty(), "{t}: {:#?}", tense(published, t));
    }
}

#[test]
fn a_text_without_a_publication_date_is_not_read_for_tense() {
    let docs = [factdiff::load::Document {
        published: None,
        ..common::doc("a.md", "2024-06-09", "In 2029, the Unity Party won 303 seats.")
    }];
    let ledger = ClaimSet::default();
    let claims = factdiff::check::analyse(&docs, &ledger);
    let options = Options::default();
    let input = compare::Input { documents: &docs, claims: &claims, ledger: &ledger, options: &options };
    assert!(compare::compare(&input).findings.iter().all(|f| f.code != Code::DateTenseMismatch));
}

// --- the command line ----------------------------------------------------

#[test]
fn explain_prints_the_new_checks_and_the_window_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    for code in ["event-date-conflict", "figure-conflict", "tally-inconsistent", "date-tense-mismatch"] {
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

// --- body-size-conflict --------------------------------------------------

/// A story told three ways: every text names the speaker and the prime
/// minister next to the day of the vote, so the texts tell one story.
fn vote(country: &str, size_sentence: &str) -> String {
    format!(
        "The parliament of {country} voted on March 11 to remove Prime Minister Otto Brandt, Speaker Ana Ruiz said. {size_sentence}"
    )
}

/// Texts with owned words, borrowed as `findings` takes them.
fn borrowed<'a>(texts: &'a [(&'a str, &'a str, String)]) -> Vec<(&'a str, &'a str, &'a str)> {
    texts.iter().map(|(p, d, t)| (*p, *d, t.as_str())).collect()
}

/// The sizes each text states, as (path, value, chamber, country).
fn sizes(texts: &[(&str, &str, &str)]) -> Vec<(String, u32, &'static str, String)> {
    let docs: Vec<Document> = texts.iter().map(|(p, d, t)| doc(p, d, t)).collect();
    let claims = factdiff::check::analyse(&docs, &ClaimSet::default());
    claims
        .iter()
        .filter_map(|c| match &c.value {
            factdiff::normalise::ClaimValue::Size(s) => {
                Some((docs[c.doc].path.clone(), s.value, s.chamber.name(), s.country.clone()))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_count_stated_as_the_assemblys_membership_is_the_outlier() {
    let texts = [
        ("a.md", "2025-03-12", vote("Portugal", "The National Assembly's 180 members unanimously backed the motion.")),
        ("b.md", "2025-03-12", vote("Portugal", "It passed with 180 votes in the 230-member Assembly.")),
        ("c.md", "2025-03-12", vote("Portugal", "The chamber has a total of 230 seats.")),
    ];
    let texts = borrowed(&texts);
    let f = findings(&texts, Code::BodySizeConflict);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Error);
    assert_eq!(paths(&f[0]), ["a.md", "b.md", "c.md"]);
    assert!(f[0].message.contains("180 members here, but 2 other sources give 230"), "{}", f[0].message);
    assert!(f[0].message.contains("(Portugal)"), "{}", f[0].message);
}

#[test]
fn a_share_of_the_chamber_restated_as_a_count_must_fit_its_size() {
    // A third of 230 is 76.7: 77 (or 76) fits, 75 does not.
    let wrong = [
        ("a.md", "2025-03-12", vote("Portugal", "A third of the Assembly, or 75 signatures, was needed.")),
        ("b.md", "2025-03-12", vote("Portugal", "The 230-member Assembly met overnight.")),
    ];
    let texts = borrowed(&wrong);
    let f = findings(&texts, Code::BodySizeConflict);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(paths(&f[0]), ["a.md", "b.md"]);
    let m = &f[0].message;
    assert!(m.contains("a third of the Assembly is 75 signatures here") && m.contains("1/3 of 230 is 76.7"), "{m}");
    for count in ["77", "76"] {
        let right = [
            (
                "a.md",
                "2025-03-12",
                vote("Portugal", &format!("A third of the Assembly, or {count} signatures, was needed.")),
            ),
            ("b.md", "2025-03-12", vote("Portugal", "The 230-member Assembly met overnight.")),
        ];
        assert!(findings(&borrowed(&right), Code::BodySizeConflict).is_empty(), "{count}");
    }
    // Within one text; a majority of half is one more than half.
    let own =
        [("a.md", "2025-03-12", vote("Portugal", "The 230-member Assembly needs half of the Assembly, or 116 votes."))];
    assert!(findings(&borrowed(&own), Code::BodySizeConflict).is_empty());
    let own =
        [("a.md", "2025-03-12", vote("Portugal", "The 230-member Assembly needs half of the Assembly, or 120 votes."))];
    assert_eq!(findings(&borrowed(&own), Code::BodySizeConflict).len(), 1);
    // A share states no size: it is no rival to the sizes others give.
    let shares = [
        ("a.md", "2025-03-12", vote("Portugal", "A third of the Assembly, or 77 signatures, was needed.")),
        ("b.md", "2025-03-12", vote("Portugal", "Two-thirds of the Assembly, or 154 votes, backed it.")),
    ];
    assert!(findings(&borrowed(&shares), Code::BodySizeConflict).is_empty());
}

#[test]
fn the_whole_of_an_out_of_is_the_size_of_the_chamber_named_before() {
    let texts = [
        (
            "a.md",
            "2025-03-12",
            vote("Spain", "In the Spanish parliament, a total of 201 out of 350 members voted for it."),
        ),
        ("b.md", "2025-03-12", vote("Spain", "A total of 201 out of 300 Spanish MPs voted for it.")),
    ];
    let texts = borrowed(&texts);
    let f = findings(&texts, Code::BodySizeConflict);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Warning);
    assert!(f[0].message.contains("300 or 350"), "{}", f[0].message);
}

#[test]
fn those_present_are_not_the_size_of_the_assembly() {
    let texts = [
        (
            "a.md",
            "2025-03-12",
            vote(
                "Portugal",
                "The motion passed after 180 members of the 230-member Assembly who were present voted for it.",
            ),
        ),
        ("b.md", "2025-03-12", vote("Portugal", "The Assembly's 180 members present voted for it.")),
        ("c.md", "2025-03-12", vote("Portugal", "A total of 180 out of 190 members present voted for it.")),
    ];
    let texts = borrowed(&texts);
    assert!(findings(&texts, Code::BodySizeConflict).is_empty());
    assert_eq!(sizes(&texts), [("a.md".to_string(), 230, "lower", "PT".to_string())]);
}

#[test]
fn the_upper_and_the_lower_house_have_their_own_sizes() {
    let texts = [
        ("a.md", "2025-03-12", vote("Italy", "The bill now goes to the 200-seat Senate.")),
        ("b.md", "2025-03-12", vote("Italy", "The 400-seat lower house passed the bill.")),
        ("c.md", "2025-03-12", vote("Italy", "A total of 150 out of 200 senators voted for it.")),
    ];
    let texts = borrowed(&texts);
    assert!(findings(&texts, Code::BodySizeConflict).is_empty());
    let got = sizes(&texts);
    assert!(got.contains(&("a.md".into(), 200, "upper", "IT".into())), "{got:?}");
    assert!(got.contains(&("b.md".into(), 400, "lower", "IT".into())), "{got:?}");
    assert!(got.contains(&("c.md".into(), 200, "upper", "IT".into())), "{got:?}");
}

#[test]
fn two_countries_parliaments_in_one_story_are_two_bodies() {
    let texts = [
        ("a.md", "2025-03-12", vote("Spain", "Spain's 350-seat parliament and Portugal's 230-seat parliament met.")),
        ("b.md", "2025-03-12", vote("Spain", "Portugal's 230-seat parliament followed suit.")),
        ("c.md", "2025-03-12", vote("Spain", "Spain's 350-seat parliament cheered.")),
    ];
    let texts = borrowed(&texts);
    assert!(findings(&texts, Code::BodySizeConflict).is_empty());
    assert_eq!(sizes(&texts).len(), 4);
}

#[test]
fn other_bodies_sharing_a_word_are_not_the_chamber() {
    let texts = [
        ("a.md", "2025-03-12", vote("Chile", "The 193-member General Assembly took note.")),
        ("b.md", "2025-03-12", vote("Chile", "The 155-member National Assembly approved it.")),
        ("c.md", "2025-03-12", vote("Chile", "The 27-member EU and the 20-member eurozone welcomed it.")),
        ("d.md", "2025-03-12", vote("Chile", "The 120-member California Assembly took note.")),
    ];
    let texts = borrowed(&texts);
    assert!(findings(&texts, Code::BodySizeConflict).is_empty());
    assert_eq!(sizes(&texts), [("b.md".to_string(), 155, "lower", "CL".to_string())]);
}

#[test]
fn one_size_written_two_ways_corroborates() {
    let texts = [
        ("a.md", "2025-03-12", vote("Chile", "The 155-seat Chamber of Deputies approved it.")),
        ("b.md", "2025-03-12", vote("Chile", "The Chamber of Deputies met overnight. The chamber has 155 members.")),
    ];
    let texts = borrowed(&texts);
    assert!(findings(&texts, Code::BodySizeConflict).is_empty());
    assert_eq!(sizes(&texts).len(), 2);
}

#[test]
fn sizes_of_different_stories_or_months_apart_are_not_compared() {
    let other = "Lawmakers in Chile met on March 11 to debate fishing quotas, Speaker Rosa Diaz said. The 120-member parliament adjourned.";
    let later = "Lawmakers in Chile voted on May 20 to remove Prime Minister Otto Brandt, Speaker Ana Ruiz said. The 120-member parliament adjourned.";
    let one = vote("Chile", "The 155-member chamber approved it.");
    assert_eq!(
        sizes(&[("a.md", "2025-03-12", &one), ("b.md", "2025-03-12", other), ("c.md", "2025-05-21", later)]).len(),
        3
    );
    let f = findings(&[("a.md", "2025-03-12", &one), ("b.md", "2025-03-12", other)], Code::BodySizeConflict);
    assert!(f.is_empty(), "another story: {f:#?}");
    let f = findings(&[("a.md", "2025-03-12", &one), ("b.md", "2025-05-21", later)], Code::BodySizeConflict);
    assert!(f.is_empty(), "months apart: {f:#?}");
}

#[test]
fn a_new_or_coming_size_is_not_compared() {
    let texts = [
        ("a.md", "2025-03-12", vote("Chile", "The 155-member chamber approved it.")),
        ("b.md", "2025-03-12", vote("Chile", "The reform creates a new 180-member chamber.")),
        ("c.md", "2025-03-12", vote("Chile", "The parliament will have 180 seats after the reform.")),
    ];
    let texts = borrowed(&texts);
    assert!(findings(&texts, Code::BodySizeConflict).is_empty());
}

#[test]
fn the_documented_body_size_example_is_reported() {
    let f = findings(
        &[
            (
                "a.md",
                "2025-03-12",
                "Chile's Chamber of Deputies passed Minister Luis Mora's pension reform on March 11, Speaker Rosa Diaz said. The 155-seat chamber adjourned.",
            ),
            (
                "b.md",
                "2025-03-12",
                "In Chile, 120 out of 140 deputies passed Minister Luis Mora's pension reform on March 11, Speaker Rosa Diaz said.",
            ),
        ],
        Code::BodySizeConflict,
    );
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(paths(&f[0]), ["a.md", "b.md"]);
}
