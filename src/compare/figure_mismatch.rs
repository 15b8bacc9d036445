#![doc = include_str!("../../docs/checks/figure-mismatch.md")]

use rust_decimal::Decimal;

use super::{Code, Corroboration, Evidence, Finding, Input, amount_claims, ledger_evidence};
use crate::claims::Figure;
use crate::names;
use crate::normalise::{AmountClaim, Claim, ClaimValue};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/figure-mismatch.md");

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    let figures = &input.ledger.figures;
    if figures.is_empty() {
        return;
    }
    // Keywords folded once per figure, not once per figure and number, and
    // only once some number fits a figure (most texts' numbers fit none).
    let keywords: std::cell::OnceCell<Vec<Vec<Vec<Vec<String>>>>> = std::cell::OnceCell::new();
    let fold_keywords = || {
        figures
            .iter()
            .map(|f| f.keywords.iter().map(|group| group.iter().map(|alt| names::fold_words(alt)).collect()).collect())
            .collect()
    };
    // One buffer for every clause: a number's clause is folded once, and
    // only when it fits some figure's unit and date.
    let mut clause = names::FoldedWords::default();
    for (claim, amount) in amount_claims(input.claims) {
        let doc = &input.documents[claim.doc];
        let mut folded = false;
        for (k, figure) in figures.iter().enumerate() {
            if !fits(figure, claim, amount) {
                continue;
            }
            if !folded {
                clause.fold(amount.context.text(doc.text.as_str()));
                folded = true;
            }
            if !mentions(&clause, &keywords.get_or_init(fold_keywords)[k]) {
                continue;
            }
            let (low, high) = figure_range(figure);
            let meets = amount.high.is_none_or(|h| h >= low) && amount.low.is_none_or(|l| l <= high);
            if meets {
                corroboration.confirmed_by_claim_files += 1;
                continue;
            }
            // Some moment of an uncertain date may come before the figure,
            // when the number was not about it yet.
            if let (Some(f), Some(a)) = (figure.as_of, amount.as_of)
                && a.first_day() < f.first_day()
            {
                continue;
            }
            findings.push(Finding {
                code: Code::FigureMismatch,
                severity: Code::FigureMismatch.default_severity(),
                message: format!(
                    "{} ({}) for {}, but the claim files give {}",
                    claim.span.text(doc.text.as_str()),
                    describe(amount),
                    figure.subject,
                    describe_figure(figure),
                ),
                evidence: vec![amount_evidence(input, claim, amount), figure_evidence(figure)],
            });
        }
    }
}

/// Whether a number can be about a figure: same currency or unit kind, and
/// not stated before the figure's date.
fn fits(figure: &Figure, claim: &Claim, amount: &AmountClaim) -> bool {
    let unit_fits = match &claim.value {
        ClaimValue::Money(_) => figure.currency.is_some() && figure.currency == amount.unit,
        ClaimValue::Quantity(_) => figure.currency.is_none() && figure.unit.as_deref().is_some_and(|u| u != "percent"),
        ClaimValue::Percent(_) => figure.unit.as_deref() == Some("percent"),
        _ => false,
    };
    let timely = match (figure.as_of, amount.as_of) {
        (Some(f), Some(a)) => a.last_day() >= f.first_day(),
        _ => true,
    };
    unit_fits && timely
}

/// Whether every keyword group has an alternative in the folded clause: the
/// alternative's words in a row, the last one possibly the start of a longer
/// word ("invest" in "investment").
fn mentions(clause: &names::FoldedWords, keywords: &[Vec<Vec<String>>]) -> bool {
    keywords.iter().all(|group| group.iter().any(|alt| (0..clause.len()).any(|i| starts_with_words(clause, i, alt))))
}

/// Whether the words of `clause` from word `from`, joined by spaces, start
/// with the words of `alt` joined by spaces, without building either string.
fn starts_with_words(clause: &names::FoldedWords, from: usize, alt: &[String]) -> bool {
    let Some((last, init)) = alt.split_last() else { return true };
    clause.len() - from >= alt.len()
        && init.iter().enumerate().all(|(k, a)| a == clause.word(from + k))
        && clause.word(from + init.len()).starts_with(last.as_str())
}

/// The figure's range widened by its tolerance.
fn figure_range(f: &Figure) -> (Decimal, Decimal) {
    let low = f.value - f.value * f.tolerance;
    let high = f.max + f.max * f.tolerance;
    (low, high)
}

fn describe(a: &AmountClaim) -> String {
    let unit = a.unit.as_deref().unwrap_or("");
    format!("{} {unit}", a.shown()).trim_end().to_string()
}

fn describe_figure(f: &Figure) -> String {
    let unit = f.currency.as_deref().or(f.unit.as_deref()).unwrap_or("");
    if f.max == f.value {
        format!("{} {unit}", f.value.normalize())
    } else {
        format!("{}–{} {unit}", f.value.normalize(), f.max.normalize())
    }
}

fn bound(d: Option<Decimal>) -> String {
    d.map_or_else(|| "(open)".to_string(), |d| d.normalize().to_string())
}

fn amount_evidence(input: &Input<'_>, claim: &Claim, amount: &AmountClaim) -> Evidence {
    let fields = vec![
        ("value", amount.shown()),
        ("unit", amount.unit.clone().unwrap_or_default()),
        ("low", bound(amount.low)),
        ("high", bound(amount.high)),
        ("as-of", amount.as_of.map_or_else(|| "(undated)".into(), |d| d.to_string())),
    ];
    super::source_evidence(input, claim, describe(amount), fields)
}

fn figure_evidence(f: &Figure) -> Evidence {
    let (low, high) = figure_range(f);
    let mut fields = vec![
        ("value", f.value.normalize().to_string()),
        ("unit", f.currency.clone().or_else(|| f.unit.clone()).unwrap_or_default()),
        ("low", low.normalize().to_string()),
        ("high", high.normalize().to_string()),
        ("as-of", f.as_of.map_or_else(|| "(undated)".into(), |d| d.to_string())),
    ];
    if let Some(source) = &f.source {
        fields.push(("source", source.clone()));
    }
    ledger_evidence(&f.origin, f.subject.clone(), describe_figure(f), fields)
}
