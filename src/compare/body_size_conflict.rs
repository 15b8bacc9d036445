#![doc = include_str!("../../docs/checks/body-size-conflict.md")]
//!
//! ## How it scales
//! A keyed group-by, never all pairs: sizes are filed under (country,
//! chamber); within a key, texts are sorted by publication date and each is
//! paired with at most [`super::keyed::MAX_PARTNERS`] texts published
//! within the window after it.

use std::collections::BTreeMap;

use super::keyed::{MAX_PARTNERS, published_days, root, same_outlet};
use super::{Code, Corroboration, Evidence, Finding, Input, Severity};
use crate::extract::size::Chamber;
use crate::normalise::size::SizeClaim;
use crate::normalise::{Claim, ClaimValue};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/body-size-conflict.md");

/// Each text's statements of one chamber's size, by text.
type ByText<'a> = BTreeMap<usize, Vec<(&'a Claim, &'a SizeClaim)>>;

/// One text's statement of one chamber's size.
struct Stated<'a> {
    doc: usize,
    /// The text's publication days, as day numbers.
    days: (i32, i32),
    value: u32,
    /// The text's claims that state it, in text order.
    claims: Vec<(&'a Claim, &'a SizeClaim)>,
}

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    // Each text's sizes by chamber; a text that gives one chamber two sizes
    // is left out of that chamber (its own check is `tally-inconsistent`).
    let mut keys: BTreeMap<(&str, Chamber), ByText<'_>> = BTreeMap::new();
    for claim in input.claims {
        if let ClaimValue::Size(s) = &claim.value {
            keys.entry((s.country.as_str(), s.chamber)).or_default().entry(claim.doc).or_default().push((claim, s));
        }
    }
    if keys.is_empty() {
        return;
    }
    let names = story_names(input);
    let window = input.options.frame_window_days;
    for by_doc in keys.values() {
        let mut stated: Vec<Stated<'_>> = by_doc
            .iter()
            .filter_map(|(&doc, list)| {
                // A share bounds the size without stating it.
                let sizes: Vec<(&Claim, &SizeClaim)> =
                    list.iter().copied().filter(|(_, s)| s.share.is_none()).collect();
                let first = sizes.first()?.1.value;
                if sizes.iter().any(|(_, s)| s.value != first) {
                    return None;
                }
                let days = published_days(input, doc)?;
                Some(Stated { doc, days, value: first, claims: sizes })
            })
            .collect();
        shares(input, by_doc, &stated, &names, findings);
        if stated.len() < 2 {
            continue;
        }
        stated.sort_by_key(|s| (s.days.0, s.doc));
        let mut parent: Vec<usize> = (0..stated.len()).collect();
        for a in 0..stated.len() {
            let mut partners = 0;
            for b in a + 1..stated.len() {
                if stated[b].days.0 - stated[a].days.0 > window || partners == MAX_PARTNERS {
                    break;
                }
                if stated[a].days.1.max(stated[b].days.1) - stated[a].days.0 > window
                    || same_outlet(input, stated[a].doc, stated[b].doc)
                {
                    continue;
                }
                partners += 1;
                let (x, y) = (&names[&stated[a].doc], &names[&stated[b].doc]);
                if crate::normalise::story::one_story(x, y) {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for i in 0..stated.len() {
            let r = root(&mut parent, i);
            groups.entry(r).or_default().push(i);
        }
        for members in groups.values().filter(|m| m.len() > 1) {
            let group: Vec<&Stated<'_>> = members.iter().map(|&i| &stated[i]).collect();
            report(input, &group, findings, corroboration);
        }
    }
}

/// Each share of the chamber restated as a count ("a third of the House,
/// or 101 signatures") against the size its own text gives the chamber,
/// else the one size the other texts of its story give it (published
/// within the window; texts that disagree decide nothing).
fn shares(
    input: &Input<'_>,
    by_doc: &ByText<'_>,
    stated: &[Stated<'_>],
    names: &BTreeMap<usize, Vec<&str>>,
    findings: &mut Vec<Finding>,
) {
    let window = input.options.frame_window_days;
    for (&doc, list) in by_doc {
        for &(claim, share) in list.iter().filter(|(_, s)| s.share.is_some()) {
            let sources: Vec<&Stated<'_>> = match stated.iter().find(|s| s.doc == doc) {
                Some(own) => vec![own],
                None => {
                    let Some(days) = published_days(input, doc) else { continue };
                    stated
                        .iter()
                        .filter(|s| (s.days.0 - days.0).abs() <= window && (s.days.1 - days.1).abs() <= window)
                        .filter(|s| crate::normalise::story::one_story(&names[&doc], &names[&s.doc]))
                        .collect()
                }
            };
            let Some(size) = sources.first().map(|s| s.value) else { continue };
            if sources.iter().any(|s| s.value != size) || share.fits(size) {
                continue;
            }
            let (p, q) = share.share.expect("a share");
            let exact = f64::from(size) * f64::from(p) / f64::from(q);
            let n = sources.len();
            let whose = if sources[0].doc == doc {
                "this text gives".to_string()
            } else {
                format!("{n} other source{} give{}", if n == 1 { "" } else { "s" }, if n == 1 { "s" } else { "" })
            };
            let message = format!(
                "{} of the {} is {} {} here, but {whose} the {} ({}) {size} members, and {p}/{q} of {size} is {}",
                crate::extract::size::fraction_words(p, q),
                share.body,
                share.value,
                share.noun,
                share.body,
                input.ledger.jurisdiction_name(&share.country),
                if exact.fract() == 0.0 { format!("{exact}") } else { format!("{exact:.1}") },
            );
            let fields = vec![
                ("value", share.value.to_string()),
                ("unit", share.noun.clone()),
                ("share", format!("{p}/{q}")),
                ("body", share.body.clone()),
                ("chamber", share.chamber.name().to_string()),
                ("country", share.country.clone()),
                ("as-of", share.as_of.map_or_else(|| "(undated)".into(), |d| d.to_string())),
            ];
            let mut evidence =
                vec![super::source_evidence(input, claim, format!("{} {}", share.value, share.noun), fields)];
            evidence.extend(sources.iter().map(|s| evidence_of(input, s)));
            findings.push(Finding {
                code: Code::BodySizeConflict,
                severity: Code::BodySizeConflict.default_severity(),
                message,
                evidence,
            });
        }
    }
}

/// The names each text with a size tells its values with (see
/// [`crate::normalise::story`]), sorted.
fn story_names<'a>(input: &'a Input<'_>) -> BTreeMap<usize, Vec<&'a str>> {
    let mut names: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    let mut start = 0;
    while start < input.claims.len() {
        let doc = input.claims[start].doc;
        let end = start + input.claims[start..].iter().take_while(|c| c.doc == doc).count();
        let claims = &input.claims[start..end];
        if claims.iter().any(|c| matches!(c.value, ClaimValue::Size(_))) {
            names.entry(doc).or_default().extend(crate::normalise::story::names_of(claims));
        }
        start = end;
    }
    for list in names.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    names
}

/// The finding of one story's sizes of one chamber, when they differ; a
/// count of corroboration when they agree.
fn report(input: &Input<'_>, group: &[&Stated<'_>], findings: &mut Vec<Finding>, corroboration: &mut Corroboration) {
    // Values by support (texts stating them), most first, then by value.
    let mut values: BTreeMap<u32, Vec<&Stated<'_>>> = BTreeMap::new();
    for s in group {
        values.entry(s.value).or_default().push(s);
    }
    if values.len() == 1 {
        corroboration.values += 1;
        return;
    }
    let mut ranked: Vec<(u32, Vec<&Stated<'_>>)> = values.into_iter().collect();
    ranked.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    let about = |s: &Stated<'_>| {
        let size = s.claims[0].1;
        format!("the {} ({})", size.body, input.ledger.jurisdiction_name(&size.country))
    };
    if ranked[0].1.len() > ranked[1].1.len() {
        let (main, main_texts) = &ranked[0];
        for (value, own) in &ranked[1..] {
            let n = main_texts.len();
            let severity =
                if own.len() == 1 && n >= 2 { Severity::Error } else { Code::BodySizeConflict.default_severity() };
            let noun = &own[0].claims[0].1.noun;
            let message = format!(
                "the size of {}: {value} {noun} here, but {n} other source{} give{} {main}",
                about(own[0]),
                if n == 1 { "" } else { "s" },
                if n == 1 { "s" } else { "" },
            );
            let mut evidence: Vec<Evidence> = own.iter().map(|s| evidence_of(input, s)).collect();
            evidence.extend(main_texts.iter().map(|s| evidence_of(input, s)));
            findings.push(Finding { code: Code::BodySizeConflict, severity, message, evidence });
        }
    } else {
        let mut all: Vec<&Stated<'_>> = group.to_vec();
        all.sort_by(|a, b| input.documents[a.doc].path.cmp(&input.documents[b.doc].path));
        let shown: Vec<String> = ranked.iter().map(|(v, _)| v.to_string()).collect();
        findings.push(Finding {
            code: Code::BodySizeConflict,
            severity: Code::BodySizeConflict.default_severity(),
            message: format!("sources disagree on the size of {}: {}", about(all[0]), shown.join(" or ")),
            evidence: all.iter().map(|s| evidence_of(input, s)).collect(),
        });
    }
}

/// The evidence of a text's first statement of the size.
fn evidence_of(input: &Input<'_>, s: &Stated<'_>) -> Evidence {
    let (claim, size) = s.claims[0];
    let fields = vec![
        ("value", size.value.to_string()),
        ("unit", size.noun.clone()),
        ("body", size.body.clone()),
        ("chamber", size.chamber.name().to_string()),
        ("country", size.country.clone()),
        ("as-of", size.as_of.map_or_else(|| "(undated)".into(), |d| d.to_string())),
    ];
    super::source_evidence(input, claim, format!("{} {}", size.value, size.noun), fields)
}
