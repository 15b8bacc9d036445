//! Amounts of money, counts and percentages as exact ranges, with the clause
//! that says what they are about.

use crate::extract::currency::{self, Named};
use crate::extract::money::MoneyMention;
use crate::extract::number::bounds;
use crate::extract::percent::PercentMention;
use crate::extract::quantity::QuantityMention;
use crate::sentence::Sentences;
use crate::time::DateValue;

use super::{AmountClaim, Claim, ClaimValue, CurrencyBasis};

/// An amount in brackets right after another converts it into another
/// currency ("up to A$368 billion ($245 billion)", "$500 billion (80
/// trillion yen)"): it is about what the first is about, so it takes the
/// first's frame (its own window may miss the sentence's subject), and it
/// allows what the first allows at the rate the two values give ("up to"
/// carries; "about" widens it as much). Claims are in text order.
pub(super) fn mark_conversions(text: &str, claims: &mut [Claim]) {
    let mut previous: Option<usize> = None;
    for k in 0..claims.len() {
        if !matches!(claims[k].value, ClaimValue::Money(_)) {
            continue;
        }
        if let Some(p) = previous.replace(k)
            && let ClaimValue::Money(first) = &claims[p].value
            && text.get(claims[p].span.end..claims[k].span.start).is_some_and(|gap| gap.trim() == "(")
            && !first.value.is_zero()
        {
            let first = first.clone();
            if let ClaimValue::Money(a) = &mut claims[k].value {
                let rate = a.value / first.value;
                a.low = a.low.zip(first.low).map(|(own, f)| own.min(f * rate));
                a.high = a.high.zip(first.high).map(|(own, f)| own.max(f * rate));
                a.hedge = a.hedge.or(first.hedge);
                a.frame = first.frame;
            }
        }
    }
}

/// The currency of each of a document's money mentions, in order, when its
/// outlet reports from `home` (step 4 of the policy in
/// [`crate::extract::currency`]): a family's default that nothing in the
/// text decided becomes the home country's member of that family ("$" in
/// an Australian paper is the Australian dollar), unless the text writes
/// that member out anywhere ("A$", "Australian dollars"): a writer who
/// marks the home currency once keeps the bare name for another.
pub fn currencies(mentions: &[MoneyMention], home: Option<&str>) -> Vec<(&'static str, Option<CurrencyBasis>)> {
    // The currencies the text writes out, once: a text may hold many.
    let mut written: Vec<&str> = mentions.iter().filter(|m| !m.assumed).map(|m| m.currency).collect();
    written.sort_unstable();
    written.dedup();
    let at_home = |m: &MoneyMention| {
        let family = Named::Iso(m.currency).family()?;
        let own = currency::local(home?, family)?;
        written.binary_search(&own).is_err().then_some(own)
    };
    mentions
        .iter()
        .map(|m| match m.assumed.then(|| at_home(m)) {
            None => (m.currency, None),
            Some(None) => (m.currency, Some(CurrencyBasis::Default)),
            Some(Some(own)) => (own, Some(CurrencyBasis::Outlet)),
        })
        .collect()
}

/// A money mention as a claim: its value (a range's low end, with its high
/// end in `to`), the range
/// the statement allows (a range's hedged ends: "about $5-10 million" runs
/// from the low end's lower bound to the high end's upper bound), and its
/// currency (`iso` and its `basis`, from [`currencies`]) as ISO 4217 coded
/// it on the publication date ([`code_on`]).
pub fn money(
    text: &str,
    sentences: &Sentences,
    m: &MoneyMention,
    iso: &'static str,
    basis: Option<CurrencyBasis>,
    as_of: Option<DateValue>,
) -> AmountClaim {
    let (low, mut high) = bounds(m.amount, m.hedge);
    if let Some(top) = m.high {
        high = bounds(top, m.hedge).1;
    }
    AmountClaim {
        value: m.amount.value,
        to: m.high.map(|h| h.value),
        low,
        high,
        hedge: m.hedge,
        unit: Some(code_on(iso, as_of).to_string()),
        context: sentences.clause(text, m.span),
        as_of,
        frame: None,
        basis,
    }
}

/// Currencies whose ISO 4217 code changed at a redenomination while their
/// name stayed: (code, first day of that code, the code before). "Pesos" in
/// a Mexican story of 1987 are `MXP`, a thousand of which made one `MXN`.
const REDENOMINATED: &[(&str, (i16, i8, i8), &str)] = &[
    ("ILS", (1985, 9, 4), "ILR"),
    ("MXN", (1993, 1, 1), "MXP"),
    ("PLN", (1995, 1, 1), "PLZ"),
    ("RUB", (1998, 1, 1), "RUR"),
    ("RUR", (1992, 1, 1), "SUR"),
    ("TRY", (2005, 1, 1), "TRL"),
];

/// The code `iso` had on `as_of`: the earlier code of a redenominated
/// currency when the whole of `as_of` falls before the change. Undated
/// texts keep the current code.
pub fn code_on(iso: &'static str, as_of: Option<DateValue>) -> &'static str {
    let Some(as_of) = as_of else { return iso };
    let mut code = iso;
    while let Some(&(_, (y, m, d), earlier)) = REDENOMINATED.iter().find(|(c, _, _)| *c == code) {
        match jiff::civil::Date::new(y, m, d) {
            Ok(from) if as_of.last_day() < from => code = earlier,
            _ => break,
        }
    }
    code
}

pub fn quantity(text: &str, sentences: &Sentences, q: &QuantityMention, as_of: Option<DateValue>) -> AmountClaim {
    let (low, high) = bounds(q.amount, q.hedge);
    AmountClaim {
        value: q.amount.value,
        to: None,
        low,
        high,
        hedge: q.hedge,
        unit: Some(q.unit.text(text).to_string()),
        context: sentences.clause(text, q.span),
        as_of,
        frame: None,
        basis: None,
    }
}

pub fn percent(text: &str, sentences: &Sentences, p: &PercentMention, as_of: Option<DateValue>) -> AmountClaim {
    let (low, high) = bounds(p.amount, p.hedge);
    AmountClaim {
        value: p.amount.value,
        to: None,
        low,
        high,
        hedge: p.hedge,
        unit: p.of.map(|s| s.text(text).to_string()),
        context: sentences.clause(text, p.span),
        as_of,
        frame: None,
        basis: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<DateValue> {
        Some(DateValue::parse(s).unwrap())
    }

    #[test]
    fn a_redenominated_currency_takes_the_code_of_its_day() {
        assert_eq!(code_on("MXN", date("1987-03-04")), "MXP");
        assert_eq!(code_on("MXN", date("1993-01-01")), "MXN");
        assert_eq!(code_on("RUB", date("1987-06")), "SUR");
        assert_eq!(code_on("RUB", date("1995")), "RUR");
        assert_eq!(code_on("TRY", date("2004")), "TRL");
        assert_eq!(code_on("DEM", date("1987-03-04")), "DEM");
        assert_eq!(code_on("MXN", None), "MXN");
    }

    #[test]
    fn a_range_claim_runs_from_the_low_end_to_the_high_end() {
        let text = "Rents run at £800-£850 a month.";
        let m = &crate::extract::money::extract(text)[0];
        let c = money(text, &Sentences::new(text), m, m.currency, None, date("2024-10-30"));
        let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
        assert_eq!((c.value, c.to, c.low, c.high), (d("800"), Some(d("850")), Some(d("799.5")), Some(d("850.5"))));
        assert_eq!((c.stated(), c.shown()), ("800/850".to_string(), "800–850".to_string()));
        assert_eq!(c.unit.as_deref(), Some("GBP"));
    }

    /// Each money mention of `text` as (words, currency, basis name), for a
    /// paper from `home`.
    fn read_at(text: &str, home: Option<&str>) -> Vec<(String, &'static str, Option<&'static str>)> {
        let mentions = crate::extract::money::extract(text);
        let read = currencies(&mentions, home);
        mentions
            .iter()
            .zip(read)
            .map(|(m, (iso, b))| (m.span.text(text).to_string(), iso, b.as_ref().map(CurrencyBasis::name)))
            .collect()
    }

    #[test]
    fn a_domestic_paper_writes_its_own_dollar_bare() {
        let text = "The state will spend $2 billion on the yards, and US$40 million on design.";
        assert_eq!(
            read_at(text, Some("AU")),
            [("$2 billion".into(), "AUD", Some("outlet")), ("US$40 million".into(), "USD", None)]
        );
        // Without an outlet, or from a country without a dollar, the bare
        // sign stays an assumption.
        assert_eq!(read_at(text, None)[0], ("$2 billion".into(), "USD", Some("default")));
        assert_eq!(read_at(text, Some("FR"))[0], ("$2 billion".into(), "USD", Some("default")));
    }

    #[test]
    fn a_paper_that_marks_its_own_dollar_keeps_the_bare_sign_for_another() {
        let text = "The yards cost A$3 billion, a contract the $2 billion loan pays for.";
        assert_eq!(read_at(text, Some("AU"))[1], ("$2 billion".into(), "USD", Some("default")));
        // The text decides: a bracketed conversion is another currency.
        let text = "It costs A$3 billion ($2 billion).";
        assert_eq!(read_at(text, Some("AU"))[1], ("$2 billion".into(), "USD", Some("default")));
    }
}
