#![doc = include_str!("../../docs/checks/tally-inconsistent.md")]

use std::cell::OnceCell;
use std::sync::LazyLock;

use memchr::memmem::Finder;
use rust_decimal::Decimal;

use super::{Code, Evidence, Finding, Input};
use crate::normalise::{AmountClaim, Claim, ClaimValue};
use crate::sentence;
use crate::span::{LineIndex, Span};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/tally-inconsistent.md");

/// Words that add one stated value to another.
const ADDITIVE: &[&str] = &["on top of", "plus", "in addition to", "added to"];
/// Words that introduce the sum.
const SUMS: &[&str] = &["total", "totals", "combined", "altogether", "in all", "brings it to", "bringing it to"];

/// The searchers for the words every text is scanned for, built once.
static MEMBER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("-member "));
static OUT_OF: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" out of "));
/// The words of a tie, and whether the tally follows them.
static TIES: LazyLock<[(Finder<'static>, bool); 3]> =
    LazyLock::new(|| [(Finder::new(" tie"), false), (Finder::new(" tied "), true), (Finder::new(" tied at "), true)]);

/// The line index of a text, built only when a finding needs a line.
type Lines = OnceCell<LineIndex>;

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let mut start = 0;
    while start < input.claims.len() {
        let doc = input.claims[start].doc;
        let end = start + input.claims[start..].iter().take_while(|c| c.doc == doc).count();
        let claims = &input.claims[start..end];
        start = end;
        let document = &input.documents[doc];
        let text = document.text.as_str();
        let lines = Lines::new();
        sums(input, claims, text, findings);
        out_of(input, doc, text, document.body, &lines, findings);
        ties(input, doc, text, document.body, &lines, findings);
    }
}

fn amount(c: &Claim) -> Option<(&AmountClaim, &'static str)> {
    match &c.value {
        ClaimValue::Percent(a) => Some((a, "percent")),
        // A stated range ("$5-6 billion") is no term of a sum.
        ClaimValue::Money(a) if a.to.is_none() => Some((a, "money")),
        ClaimValue::Quantity(a) => Some((a, "count")),
        _ => None,
    }
}

/// "A on top of B brings the total to C": C must be A + B.
fn sums(input: &Input<'_>, claims: &[Claim], text: &str, findings: &mut Vec<Finding>) {
    // A sum and two parts: a text with fewer amounts has none.
    if claims.iter().filter(|c| amount(c).is_some()).count() < 3 {
        return;
    }
    let mut i = 0;
    while i < claims.len() {
        let s = sentence::sentence(text, claims[i].span);
        let mut j = i;
        while j < claims.len() && claims[j].span.start < s.end {
            j += 1;
        }
        let group: Vec<&Claim> = claims[i..j].iter().filter(|c| amount(c).is_some()).collect();
        i = j.max(i + 1);
        if group.len() < 3 {
            continue;
        }
        let lower = s.text(text).to_lowercase();
        if !ADDITIVE.iter().any(|w| lower.contains(w)) {
            continue;
        }
        // The sum: the first value right after a sum word; the parts: the
        // values of the same kind and unit beside an adding word before it.
        let Some(total_at) = group.iter().position(|c| {
            let before = text[s.start..c.span.start].to_lowercase();
            let tail: String = before.chars().rev().take(25).collect::<Vec<_>>().into_iter().rev().collect();
            SUMS.iter().any(|w| tail.contains(w))
        }) else {
            continue;
        };
        let (total, kind) = amount(group[total_at]).expect("an amount");
        // The parts: the values on either side of an adding word, before the sum.
        let same = |c: &&Claim| amount(c).is_some_and(|(a, k)| k == kind && a.unit == total.unit);
        let before_total: Vec<&Claim> = group[..total_at].iter().copied().filter(same).collect();
        let mut picked: Vec<usize> = Vec::new();
        for w in ADDITIVE {
            for (at, _) in lower.match_indices(w) {
                let at = s.start + at;
                let left = before_total.iter().rposition(|c| c.span.end <= at);
                let right = before_total.iter().position(|c| c.span.start >= at + w.len());
                if let (Some(l), Some(r)) = (left, right) {
                    picked.extend([l, r]);
                }
            }
        }
        picked.sort_unstable();
        picked.dedup();
        let parts: Vec<(&Claim, &AmountClaim)> =
            picked.iter().map(|&k| (before_total[k], amount(before_total[k]).expect("an amount").0)).collect();
        if parts.len() < 2 || total.hedge.is_some() || parts.iter().any(|(_, a)| a.hedge.is_some()) {
            continue;
        }
        let (Some(low), Some(high)) = sum_range(&parts) else { continue };
        let meets = total.high.is_none_or(|h| h >= low) && total.low.is_none_or(|l| l <= high);
        if meets {
            continue;
        }
        let sum: Decimal = parts.iter().map(|(_, a)| a.value).sum();
        let shown: Vec<String> = parts.iter().map(|(c, _)| c.span.text(text).to_string()).collect();
        let total_claim = group[total_at];
        let mut evidence = vec![claim_evidence(input, total_claim, text, total.value, "sum")];
        evidence.extend(parts.iter().map(|(c, a)| claim_evidence(input, c, text, a.value, "part")));
        findings.push(Finding {
            code: Code::TallyInconsistent,
            severity: Code::TallyInconsistent.default_severity(),
            message: format!(
                "the total {} is not the sum of its parts {} ({})",
                total_claim.span.text(text),
                shown.join(" + "),
                sum.normalize()
            ),
            evidence,
        });
    }
}

fn sum_range(parts: &[(&Claim, &AmountClaim)]) -> (Option<Decimal>, Option<Decimal>) {
    let mut low = Some(Decimal::ZERO);
    let mut high = Some(Decimal::ZERO);
    for (_, a) in parts {
        low = low.zip(a.low).map(|(x, y)| x + y);
        high = high.zip(a.high).map(|(x, y)| x + y);
    }
    (low, high)
}

fn claim_evidence(input: &Input<'_>, claim: &Claim, text: &str, value: Decimal, role: &str) -> Evidence {
    let fields = vec![("role", role.to_string()), ("value", value.normalize().to_string())];
    let _ = text;
    super::source_evidence(input, claim, value.normalize().to_string(), fields)
}

/// A number written with digits at the start of `s` (commas between
/// thousands), and its length in bytes.
fn leading_number(s: &str) -> Option<(Decimal, usize)> {
    let len = s.bytes().take_while(|b| b.is_ascii_digit() || *b == b',').count();
    let digits: String = s[..len].trim_end_matches(',').chars().filter(|c| *c != ',').collect();
    if digits.is_empty() || digits.len() > 12 {
        return None;
    }
    let len = s[..len].trim_end_matches(',').len();
    if s[len..].starts_with(|c: char| {
        c.is_alphanumeric() || c == '.' && s[len + 1..].starts_with(|d: char| d.is_ascii_digit())
    }) {
        return None;
    }
    digits.parse::<Decimal>().ok().map(|d| (d, len))
}

/// The number written with digits that ends right before `at`.
fn trailing_number(text: &str, at: usize) -> Option<(Decimal, usize)> {
    let head = &text[..at];
    let start = head.len() - head.bytes().rev().take_while(|b| b.is_ascii_digit() || *b == b',').count();
    if start == at || head[..start].ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == '-' || c == '$') {
        return None;
    }
    let (n, len) = leading_number(&text[start..at])?;
    (start + len == at).then_some((n, start))
}

fn source_place(input: &Input<'_>, doc: usize, lines: &Lines, text: &str, span: Span, value: String) -> Evidence {
    let at = lines.get_or_init(|| LineIndex::new(text)).locate(text, span.start);
    Evidence {
        path: input.documents[doc].path.clone(),
        line: at.line,
        column: at.column,
        span: Some(span),
        doc: Some(doc),
        text: span.text(text).to_string(),
        value,
        fields: Vec::new(),
    }
}

/// The sizes a text gives a body: "the 300-member assembly" (by the body's
/// last word).
fn sizes(text: &str, body: Span) -> Vec<(Decimal, Span, String)> {
    let mut out = Vec::new();
    let prose = &text[body.start..body.end];
    for i in MEMBER.find_iter(prose.as_bytes()) {
        let at = body.start + i;
        let Some((n, start)) = trailing_number(text, at) else { continue };
        let rest = &text[at + "-member ".len()..];
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if word.is_empty() {
            continue;
        }
        let end = at + "-member ".len() + word.len();
        out.push((n, Span::new(start, end), word.to_lowercase()));
    }
    out
}

/// "X out of Y": the part may not exceed the whole, and the whole must be
/// the size the same text gives the body ("the 300-member assembly").
fn out_of(input: &Input<'_>, doc: usize, text: &str, body: Span, lines: &Lines, findings: &mut Vec<Finding>) {
    let prose = &text[body.start..body.end];
    let sizes = sizes(text, body);
    for i in OUT_OF.find_iter(prose.as_bytes()) {
        let at = body.start + i;
        let Some((part, start)) = trailing_number(text, at) else { continue };
        let whole_at = at + " out of ".len();
        let Some((whole, len)) = leading_number(&text[whole_at..]) else { continue };
        let noun: String = text[whole_at + len..].trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
        let span = Span::new(start, whole_at + len + if noun.is_empty() { 0 } else { 1 + noun.len() });
        if part > whole {
            findings.push(Finding {
                code: Code::TallyInconsistent,
                severity: Code::TallyInconsistent.default_severity(),
                message: format!("{} is more than the whole it is counted out of", span.text(text)),
                evidence: vec![source_place(input, doc, lines, text, span, format!("{part} of {whole}"))],
            });
            continue;
        }
        // Only wholes counted in the body's members or seats.
        let noun = noun.to_lowercase();
        if !matches!(noun.as_str(), "members" | "seats" | "mps" | "lawmakers" | "deputies" | "legislators") {
            continue;
        }
        let sentence = sentence::sentence(text, span).text(text).to_lowercase();
        for (size, size_span, body_word) in &sizes {
            if *size != whole && sentence.contains(body_word.as_str()) {
                findings.push(Finding {
                    code: Code::TallyInconsistent,
                    severity: Code::TallyInconsistent.default_severity(),
                    message: format!(
                        "{} counts out of {whole}, but the same text gives the {body_word} {size} members",
                        span.text(text)
                    ),
                    evidence: vec![
                        source_place(input, doc, lines, text, span, format!("{part} of {whole}")),
                        source_place(input, doc, lines, text, *size_span, size.to_string()),
                    ],
                });
                break;
            }
        }
    }
}

/// "ended in a 50-48 tie", "tied 50-48": a tie has equal sides. Games
/// ("a 2-0 cup tie", "won the tie-break 7-5") are not votes and are left alone.
fn ties(input: &Input<'_>, doc: usize, text: &str, body: Span, lines: &Lines, findings: &mut Vec<Finding>) {
    let prose = &text[body.start..body.end];
    for (pattern, tally_after) in TIES.iter() {
        let tally_after = *tally_after;
        for i in pattern.find_iter(prose.as_bytes()) {
            let at = body.start + i;
            let end = at + pattern.needle().len();
            if !tally_after && text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
                continue;
            }
            let sentence = sentence::sentence(text, Span::new(at, end)).text(text).to_lowercase();
            if ["cup", "match", "game", "leg", "round", "final", "league", "set", "tie-break", "play"]
                .iter()
                .any(|w| sentence.split(|c: char| !c.is_alphanumeric() && c != '-').any(|x| x == *w))
            {
                continue;
            }
            // The tally right before "tie" or right after "tied (at)".
            let (start, token) = if tally_after {
                let rest = &text[end..];
                let len = rest.find(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';')).unwrap_or(rest.len());
                (end, &rest[..len])
            } else {
                let head = &text[..at];
                let start = head.rfind(char::is_whitespace).map_or(0, |p| p + 1);
                (start, &head[start..])
            };
            let Some((a, b)) = token.split_once('-') else { continue };
            let (Ok(a), Ok(b)) = (a.parse::<Decimal>(), b.parse::<Decimal>()) else { continue };
            let (dash, len) = (start + token.find('-').unwrap_or(0), token.len() - token.find('-').unwrap_or(0) - 1);
            if a != b && a < Decimal::from(1000) && b < Decimal::from(1000) {
                let span = Span::new(start, dash + 1 + len);
                findings.push(Finding {
                    code: Code::TallyInconsistent,
                    severity: Code::TallyInconsistent.default_severity(),
                    message: format!("a tie is reported as {}, whose two sides differ", span.text(text)),
                    evidence: vec![source_place(input, doc, lines, text, span, format!("{a}-{b}"))],
                });
            }
        }
    }
}
