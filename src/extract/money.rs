//! Money amounts: "$55 billion", "US$1.2 trillion", "¥43 trillion",
//! "43 trillion yen", "€2bn", "£350m", "323 million euros", "50 cents".
//!
//! ## Grammar
//! A mention is an optional hedge ("about", "more than", see
//! [`number::hedge`]) and then one of
//! - **prefixed**: a currency sign or code, then the amount: "$55 billion",
//!   "US$1.2 trillion", "U.S.$5", "HK$ 3", "c $ 1.34", "£350m", "RMB 5
//!   billion", "USD115", "Rs. 500", and "MUSD 30" style millions; or a
//!   currency name written first, as wire copy does, when the amount has a
//!   scale or thousands groups ("dollar 22.5 million", "yen 5,000");
//! - **suffixed**: the amount, then a currency word, code or sign: "43
//!   trillion yen", "323 million euros", "20 dollars", "115USD", "100 €",
//!   "12-cent", with an optional cents part ("3 dollars 50 cents").
//!
//! ## Invariants and choices
//! - The currency is an ISO 4217 code. A bare "$" is `USD` (the news
//!   default), "¥" is `JPY`, "rupees"/"Rs" are `INR`, "cents" are US cents
//!   and "pence" British pence; amounts in cents or pence are stored in the
//!   main unit ("50 cents" is 0.50 USD), so amounts always compare in one
//!   unit. Ambiguous names with no default ("francs", "pesos", "dinars",
//!   "lira", "marks" alone) are refused, not guessed.
//! - "pounds" is money only with a scale word or "sterling" ("361 million
//!   pounds"), because "3,000 pounds" is usually a weight; "won" likewise
//!   needs a scale or a grouped amount ("5,000 won"), because it is also a
//!   verb ("in 2004 won gold").
//! - The span covers the amount and the currency only; the hedge is the
//!   separate [`MoneyMention::hedge`] field.
//! - Amounts are exact decimals; an amount that overflows is refused.

use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::opt;
use nom::error::{Error, ErrorKind};
use nom::sequence::preceded;
use nom::{IResult, Parser};
use rust_decimal::Decimal;

use super::cue::{Class, Cues};
use super::number::{
    self, Hedge, Number, below_hundred, hedge, leading_word, numeral, phrase, scale_word, scaled, scaled_numeral,
    table_phrase, word_ends, written_number, ws,
};
use crate::span::Span;

/// One amount of money in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoneyMention {
    /// The amount and its currency sign, code or word ("$55 billion",
    /// "43 trillion yen"); a hedge word before it is not included.
    pub span: Span,
    pub amount: Number,
    /// ISO 4217 code.
    pub currency: &'static str,
    pub hedge: Option<Hedge>,
}

/// An amount with its currency, before it is placed in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Money {
    pub amount: Number,
    pub currency: &'static str,
}

fn nom_fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

// ---------------------------------------------------------------------------
// Currency tables
// ---------------------------------------------------------------------------

/// Letters written before "$" to name a dollar (or peso, real): "US$",
/// "U.S.$", "HK$", "A$", "C$", "NT$", "Mex$", "usd$". Compared lowercase.
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("us", "USD"),
    ("u.s.", "USD"),
    ("u.s", "USD"),
    ("usd", "USD"),
    ("hk", "HKD"),
    ("hkd", "HKD"),
    ("a", "AUD"),
    ("au", "AUD"),
    ("aud", "AUD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("cad", "CAD"),
    ("nt", "TWD"),
    ("ntd", "TWD"),
    ("twd", "TWD"),
    ("nz", "NZD"),
    ("nzd", "NZD"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("sgd", "SGD"),
    ("r", "BRL"),
    ("mex", "MXN"),
    ("mx", "MXN"),
    ("mxn", "MXN"),
];

/// Currency signs, each usable before or after the amount.
pub(crate) const SIGNS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₩", "KRW"),
    ("₽", "RUB"),
    ("₺", "TRY"),
    ("₱", "PHP"),
    ("₪", "ILS"),
    ("₫", "VND"),
    ("₦", "NGN"),
    ("฿", "THB"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("元", "CNY"),
    ("ரூ", "LKR"),
];

/// ISO codes factdiff reads, and whether they may be written in lowercase.
/// Codes that are also English words ("ALL", "TRY", "RUB", "CUP", "TOP")
/// count only in capitals; "RMB" is the common name of `CNY`.
const CODES: &[(&str, &str, bool)] = &[
    ("USD", "USD", true),
    ("EUR", "EUR", true),
    ("GBP", "GBP", true),
    ("JPY", "JPY", true),
    ("CNY", "CNY", true),
    ("RMB", "CNY", true),
    ("CHF", "CHF", true),
    ("CAD", "CAD", true),
    ("AUD", "AUD", true),
    ("NZD", "NZD", true),
    ("HKD", "HKD", true),
    ("INR", "INR", true),
    ("KRW", "KRW", true),
    ("SGD", "SGD", true),
    ("TWD", "TWD", true),
    ("MXN", "MXN", true),
    ("BRL", "BRL", true),
    ("ZAR", "ZAR", true),
    ("SEK", "SEK", false),
    ("NOK", "NOK", false),
    ("DKK", "DKK", false),
    ("RUB", "RUB", false),
    ("TRY", "TRY", false),
    ("PHP", "PHP", false),
    ("PKR", "PKR", false),
    ("SAR", "SAR", false),
    ("AED", "AED", false),
    ("ILS", "ILS", false),
    ("THB", "THB", false),
    ("IDR", "IDR", false),
    ("MYR", "MYR", false),
    ("VND", "VND", false),
    ("NGN", "NGN", false),
    ("EGP", "EGP", false),
];

/// How a currency word constrains the amount before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Needs {
    /// Any amount.
    Any,
    /// A scale word ("361 million pounds"): alone the word is ambiguous.
    Scale,
    /// A scale word or a comma-grouped amount ("5,000 won"), never a bare
    /// year ("in 2004 won gold").
    Large,
}

/// A currency word after an amount: ISO code, hundredths of the code (cents,
/// pence), and what the amount needs. Longer phrases first.
const WORDS: &[(&str, (&str, bool, Needs))] = &[
    ("united states dollars", ("USD", false, Needs::Any)),
    ("united states dollar", ("USD", false, Needs::Any)),
    ("u.s. dollars", ("USD", false, Needs::Any)),
    ("u.s. dollar", ("USD", false, Needs::Any)),
    ("us dollars", ("USD", false, Needs::Any)),
    ("us dollar", ("USD", false, Needs::Any)),
    ("american dollars", ("USD", false, Needs::Any)),
    ("australian dollars", ("AUD", false, Needs::Any)),
    ("australian dollar", ("AUD", false, Needs::Any)),
    ("canadian dollars", ("CAD", false, Needs::Any)),
    ("canadian dollar", ("CAD", false, Needs::Any)),
    ("hong kong dollars", ("HKD", false, Needs::Any)),
    ("hong kong dollar", ("HKD", false, Needs::Any)),
    ("new zealand dollars", ("NZD", false, Needs::Any)),
    ("singapore dollars", ("SGD", false, Needs::Any)),
    ("new taiwan dollars", ("TWD", false, Needs::Any)),
    ("taiwan dollars", ("TWD", false, Needs::Any)),
    ("dollars", ("USD", false, Needs::Any)),
    ("dollar", ("USD", false, Needs::Any)),
    ("cents", ("USD", true, Needs::Any)),
    ("cent", ("USD", true, Needs::Any)),
    ("euros", ("EUR", false, Needs::Any)),
    ("euro", ("EUR", false, Needs::Any)),
    ("pounds sterling", ("GBP", false, Needs::Any)),
    ("sterling", ("GBP", false, Needs::Any)),
    ("british pounds", ("GBP", false, Needs::Any)),
    ("pounds", ("GBP", false, Needs::Scale)),
    ("pound", ("GBP", false, Needs::Scale)),
    ("pence", ("GBP", true, Needs::Any)),
    ("penny", ("GBP", true, Needs::Any)),
    ("japanese yen", ("JPY", false, Needs::Any)),
    ("yen", ("JPY", false, Needs::Any)),
    ("chinese yuan", ("CNY", false, Needs::Any)),
    ("yuan", ("CNY", false, Needs::Any)),
    ("renminbi", ("CNY", false, Needs::Any)),
    ("indian rupees", ("INR", false, Needs::Any)),
    ("pakistani rupees", ("PKR", false, Needs::Any)),
    ("sri lankan rupees", ("LKR", false, Needs::Any)),
    ("rupees", ("INR", false, Needs::Any)),
    ("rupee", ("INR", false, Needs::Any)),
    ("south korean won", ("KRW", false, Needs::Any)),
    ("korean won", ("KRW", false, Needs::Any)),
    ("won", ("KRW", false, Needs::Large)),
    ("swiss francs", ("CHF", false, Needs::Any)),
    ("swiss franc", ("CHF", false, Needs::Any)),
    ("french francs", ("FRF", false, Needs::Any)),
    ("belgian francs", ("BEF", false, Needs::Any)),
    ("finnish markka", ("FIM", false, Needs::Any)),
    ("markka", ("FIM", false, Needs::Any)),
    ("deutsche marks", ("DEM", false, Needs::Any)),
    ("german marks", ("DEM", false, Needs::Any)),
    ("deutschmarks", ("DEM", false, Needs::Any)),
    ("dutch guilders", ("NLG", false, Needs::Any)),
    ("guilders", ("NLG", false, Needs::Any)),
    ("pesetas", ("ESP", false, Needs::Any)),
    ("peseta", ("ESP", false, Needs::Any)),
    ("turkish lira", ("TRY", false, Needs::Any)),
    ("mexican pesos", ("MXN", false, Needs::Any)),
    ("roubles", ("RUB", false, Needs::Any)),
    ("rubles", ("RUB", false, Needs::Any)),
    ("rouble", ("RUB", false, Needs::Any)),
    ("ruble", ("RUB", false, Needs::Any)),
    ("rand", ("ZAR", false, Needs::Any)),
    ("baht", ("THB", false, Needs::Any)),
    ("ringgit", ("MYR", false, Needs::Any)),
    ("rupiah", ("IDR", false, Needs::Any)),
    ("shekels", ("ILS", false, Needs::Any)),
    ("naira", ("NGN", false, Needs::Any)),
    ("dirhams", ("AED", false, Needs::Any)),
    ("swedish kronor", ("SEK", false, Needs::Any)),
    ("norwegian kroner", ("NOK", false, Needs::Any)),
    ("danish kroner", ("DKK", false, Needs::Any)),
];

/// The currency named by `code`, if it is an ISO code written acceptably.
fn lookup_code(code: &str) -> Option<&'static str> {
    CODES.iter().find_map(|&(c, iso, any_case)| {
        let ok = if any_case { c.eq_ignore_ascii_case(code) } else { c == code };
        ok.then_some(iso)
    })
}

// ---------------------------------------------------------------------------
// Currency productions
// ---------------------------------------------------------------------------

/// A dollar sign with optional letters before it: "$", "US$", "U.S.$",
/// "HK$", "c $", "usd$".
///
/// A space between letters and sign is allowed only for prefixes that are
/// not also common words or abbreviations (tokenised text writes "hk $",
/// "us $", "c $"): "A $5 million grant" is an article and "CA $5" may be
/// California, so "a", "ca", "au", "s", "sg", "r", "mx" must touch the sign.
pub fn dollar_sign(input: &str) -> IResult<&str, &'static str> {
    if let Some(rest) = input.strip_prefix('$') {
        return Ok((rest, "USD"));
    }
    let (rest, letters) = take_while_m_n(1, 5, |c: char| c.is_ascii_alphabetic() || c == '.').parse(input)?;
    let lower = letters.to_ascii_lowercase();
    let Some(&(_, iso)) = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == lower) else {
        return nom_fail(input);
    };
    const SPACED: &[&str] = &[
        "us", "u.s.", "u.s", "usd", "hk", "hkd", "c", "cad", "aud", "nt", "ntd", "twd", "nz", "nzd", "sgd", "mex",
        "mxn",
    ];
    let spaced_ok = SPACED.contains(&lower.as_str());
    let rest = match rest.strip_prefix(' ') {
        Some(r) if spaced_ok => r,
        _ => rest,
    };
    match rest.strip_prefix('$') {
        Some(r) => Ok((r, iso)),
        None => nom_fail(input),
    }
}

/// Whether `c` opens one of the currency signs [`sign`] reads.
pub fn is_sign_char(c: char) -> bool {
    SIGNS.iter().any(|(s, _)| s.starts_with(c))
}

/// A currency sign: "£", "€", "¥", "₹", "元".
pub fn sign(input: &str) -> IResult<&str, &'static str> {
    for &(s, iso) in SIGNS {
        if let Some(rest) = input.strip_prefix(s) {
            return Ok((rest, iso));
        }
    }
    nom_fail(input)
}

/// An ISO code ("USD", "rmb"), or a code with a leading "M" for millions
/// ("MUSD", "MEUR"), as (ISO code, power of ten). The code must not run on
/// into letters; digits may follow ("USD115").
pub fn code(input: &str) -> IResult<&str, (&'static str, u32)> {
    let (rest, letters) = take_while_m_n(3, 4, |c: char| c.is_ascii_alphabetic()).parse(input)?;
    if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return nom_fail(input);
    }
    if letters.len() == 3 {
        return match lookup_code(letters) {
            Some(iso) => Ok((rest, (iso, 0))),
            None => nom_fail(input),
        };
    }
    match letters.strip_prefix('M').and_then(|c| lookup_code(c).filter(|_| c.chars().all(|ch| ch.is_ascii_uppercase())))
    {
        Some(iso) => Ok((rest, (iso, 6))),
        None => nom_fail(input),
    }
}

/// "Rs" or "Rs." before an amount (Indian rupees).
fn rupee_abbrev(input: &str) -> IResult<&str, &'static str> {
    let (rest, _) = tag("Rs").parse(input)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    if rest.starts_with(|c: char| c.is_alphabetic()) {
        return nom_fail(input);
    }
    Ok((rest, "INR"))
}

/// A currency's name written before the amount, as wire copy does
/// ("dollar 22.5 million", "yen 5,000"). Only names that are not also
/// everyday words, singular, in any case.
const NAME_PREFIXES: &[(&str, &str)] =
    &[("dollar", "USD"), ("euro", "EUR"), ("yen", "JPY"), ("yuan", "CNY"), ("sterling", "GBP")];

/// A currency name before its amount, followed by a space and a digit:
/// "dollar 22.5 million". The amount's own checks are in [`prefixed`].
fn name_prefix(input: &str) -> IResult<&str, &'static str> {
    let (rest, iso) = table_phrase(NAME_PREFIXES, input)?;
    let (after, _) = ws(rest)?;
    if after.starts_with(|c: char| c.is_ascii_digit()) { Ok((after, iso)) } else { nom_fail(input) }
}

/// Whether a percent word or sign follows ("the dollar 1.2 percent higher").
fn percent_follows(rest: &str) -> bool {
    let r = opt(ws).parse(rest).map_or(rest, |(r, _)| r);
    r.starts_with('%') || ["percent", "per cent", "pct"].iter().any(|p| phrase(p, r).is_ok())
}

/// Anything that names a currency before its amount, as (ISO code, power
/// of ten it scales the amount by).
pub fn currency_prefix(input: &str) -> IResult<&str, (&'static str, u32)> {
    if let Ok((rest, iso)) = dollar_sign(input) {
        return Ok((rest, (iso, 0)));
    }
    if let Ok((rest, iso)) = sign(input) {
        return Ok((rest, (iso, 0)));
    }
    if let Ok((rest, iso)) = rupee_abbrev(input) {
        return Ok((rest, (iso, 0)));
    }
    code(input)
}

/// A currency word after an amount: "dollars", "yen", "swiss francs",
/// "cents", as (ISO code, is hundredths, what the amount needs).
fn currency_word(input: &str) -> IResult<&str, (&'static str, bool, Needs)> {
    // Tried after every amount: one lookup rules out words no entry starts with.
    if !leading_word(input).is_some_and(|w| super::base_lexicon().class_of(w).any(Class::CURRENCY_FIRST)) {
        return nom_fail(input);
    }
    table_phrase(WORDS, input)
}

/// The first words of the currency words after an amount ("dollars",
/// "u" of "u.s. dollars"), for the shared word table.
pub(crate) fn currency_first_words() -> impl Iterator<Item = &'static str> {
    WORDS.iter().map(|(phrase, _)| {
        let letters = phrase.bytes().take_while(u8::is_ascii_alphabetic).count();
        &phrase[..letters]
    })
}

// ---------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------

/// A numeral with a glued "m" for million: "£350m". Only after a currency,
/// where "m" cannot be metres.
pub fn glued_million(input: &str) -> IResult<&str, Number> {
    let (rest, n) = numeral(input)?;
    let rest = match rest.strip_prefix(['m', 'M']) {
        Some(r) if word_ends(r) => r,
        _ => return nom_fail(input),
    };
    match scaled(n, 6) {
        Some(s) => Ok((rest, s)),
        None => nom_fail(input),
    }
}

/// The amount after a currency prefix: "55 billion", "350m", "five".
pub fn prefixed_amount(input: &str) -> IResult<&str, Number> {
    glued_million(input).or_else(|_| scaled_numeral(input)).or_else(|_| written_number(input))
}

/// `amount` divided by 100, for cents and pence.
fn hundredths(amount: Number) -> Option<Number> {
    let h = Decimal::ONE_HUNDRED;
    Some(Number { value: amount.value.checked_div(h)?, precision: amount.precision.checked_div(h)? })
}

fn is_integer_unit(n: Number) -> bool {
    n.precision == Decimal::ONE && n.value.fract().is_zero()
}

/// A prefixed amount: "$55 billion", "US$1.2 trillion", "£350m",
/// "RMB 5 billion", "MAUD 60", "$ 10 dollars" (a repeated currency word is
/// part of the mention).
pub fn prefixed(input: &str) -> IResult<&str, Money> {
    if let Ok(r) = name_prefixed(input) {
        return Ok(r);
    }
    let (rest, (iso, exp)) = currency_prefix(input)?;
    let (rest, _) = opt(ws).parse(rest)?;
    // Most signs in text are not followed by an amount: fail before the number parsers.
    if !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.') {
        return nom_fail(input);
    }
    let (rest, amount) = prefixed_amount(rest)?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return nom_fail(input);
    }
    let Some(amount) = scaled(amount, exp) else {
        return nom_fail(input);
    };
    let repeated =
        preceded(ws, currency_word).parse(rest).ok().filter(|&(_, (w_iso, minor, _))| w_iso == iso && !minor);
    let rest = repeated.map_or(rest, |(r, _)| r);
    Ok((rest, Money { amount, currency: iso }))
}

/// A currency name, then an amount that is plainly money: it carries a
/// scale ("dollar 22.5 million") or thousands groups ("yen 5,000"). A plain
/// number after the name is too often something else ("the dollar 10 years
/// ago"), and a percentage after it is a rate ("the euro 1.2 percent
/// higher").
fn name_prefixed(input: &str) -> IResult<&str, Money> {
    let (rest, iso) = name_prefix(input)?;
    let (after, amount) = scaled_numeral(rest)?;
    let amount_text = &rest[..rest.len() - after.len()];
    let plainly_money = amount.precision > Decimal::ONE || amount_text.contains(',');
    if !plainly_money || after.starts_with(|c: char| c.is_alphanumeric()) || percent_follows(after) {
        return nom_fail(input);
    }
    Ok((after, Money { amount, currency: iso }))
}

/// What may sit between an amount and the currency after it: spaces, a
/// hyphen ("12-cent"), or nothing ("100元", "115USD").
fn suffix_gap(input: &str) -> IResult<&str, &str> {
    if let Ok(r) = ws(input) {
        return Ok(r);
    }
    if let Some(r) = input.strip_prefix('-') {
        return Ok((r, &input[..1]));
    }
    Ok((input, &input[..0]))
}

/// Does `rest` carry on the amount before it (a digit, "%", a hyphen, a
/// scale word, "hundred" or a currency)? Then a number before it is not a
/// bare cents part.
fn continues_amount(rest: &str) -> bool {
    if rest.starts_with(['%', '-']) {
        return true;
    }
    let r = ws(rest).map_or(rest, |(r, _)| r);
    r.starts_with(|c: char| c.is_ascii_digit())
        || scale_word(r).is_ok()
        || phrase("hundred", r).is_ok()
        || currency_word(r).is_ok()
        || currency_prefix(r).is_ok()
}

/// The cents part after a whole amount: " 50 cents", " and forty-five
/// cents", " forty five", " and 15" (1 to 99 hundredths), and whether a
/// "cents"/"pence" word was written.
///
/// Without that word the number must end the amount ([`continues_amount`]
/// is false), so "three thousand dollars two hundred times" and "10 rmb 20
/// usd" stay apart.
pub fn cents_part(input: &str) -> IResult<&str, (Decimal, bool)> {
    let (rest, _) = ws(input)?;
    let (rest, _) = opt((|i| phrase("and", i), ws)).parse(rest)?;
    let (rest, cents) = match numeral(rest) {
        Ok((r, n)) if is_integer_unit(n) && n.value <= Decimal::from(99) => (r, n.value),
        Ok(_) => return nom_fail(input),
        Err(_) => {
            let (r, v) = below_hundred(rest)?;
            (r, Decimal::from(v))
        }
    };
    if cents.is_zero() || !word_ends(rest) {
        return nom_fail(input);
    }
    let cents = cents / Decimal::ONE_HUNDRED;
    if let Ok((after, (_, true, _))) = preceded(ws, currency_word).parse(rest) {
        return Ok((after, (cents, true)));
    }
    if continues_amount(rest) {
        return nom_fail(input);
    }
    Ok((rest, (cents, false)))
}

/// `amount` plus `cents`, now stated to the cent.
fn with_cents(amount: Number, cents: Decimal) -> Option<Number> {
    Some(Number { value: amount.value.checked_add(cents)?, precision: Decimal::new(1, 2) })
}

/// A suffixed amount: "43 trillion yen", "323 million euros", "20 dollars",
/// "50 cents", "12-cent", "115USD", "100 €", "75 USD million",
/// "3 dollars 50 cents".
pub fn suffixed(input: &str) -> IResult<&str, Money> {
    let (rest, amount) = number::number(input)?;
    let number_text = &input[..input.len() - rest.len()];
    let has_scale = amount.precision > Decimal::ONE;
    let (rest, gap) = suffix_gap(rest)?;
    let spaced = !gap.is_empty();
    let hyphen = gap == "-";

    // Currency words: "yen", "swiss francs", "cents", "12-cent".
    if spaced || hyphen {
        if let Ok((after, (iso, minor, needs))) = currency_word(rest) {
            let ok = match needs {
                Needs::Any => true,
                Needs::Scale => has_scale,
                Needs::Large => has_scale || number_text.contains(','),
            };
            if !ok {
                return nom_fail(input);
            }
            if minor {
                return match hundredths(amount) {
                    Some(a) => Ok((after, Money { amount: a, currency: iso })),
                    None => nom_fail(input),
                };
            }
            if !hyphen && is_integer_unit(amount) {
                if let Ok((after_cents, (cents, _))) = cents_part(after) {
                    if let Some(amount) = with_cents(amount, cents) {
                        return Ok((after_cents, Money { amount, currency: iso }));
                    }
                }
            }
            return Ok((after, Money { amount, currency: iso }));
        }
    }
    if hyphen {
        return nom_fail(input);
    }
    // Codes and signs: "115USD", "50 million USD", "75 USD million", "100 €".
    let (after, (iso, exp)) = match code(rest) {
        Ok(r) => r,
        Err(_) => {
            let (after, iso) = sign(rest)?;
            // "10 $ 30" reads as "10" and "$ 30", unless cents follow ("10 $ 30 cent").
            let next_amount = opt(ws).parse(after).map(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
            if matches!(next_amount, Ok(true)) {
                return match cents_part(after) {
                    Ok((r, (cents, true))) if is_integer_unit(amount) => match with_cents(amount, cents) {
                        Some(amount) => Ok((r, Money { amount, currency: iso })),
                        None => nom_fail(input),
                    },
                    _ => nom_fail(input),
                };
            }
            (after, (iso, 0))
        }
    };
    if !word_ends(after) {
        return nom_fail(input);
    }
    let mut amount = match scaled(amount, exp) {
        Some(a) => a,
        None => return nom_fail(input),
    };
    let mut after = after;
    if !has_scale && exp == 0 {
        if let Ok((r, e)) = preceded(ws, scale_word).parse(after) {
            if let Some(a) = scaled(amount, e) {
                amount = a;
                after = r;
            }
        }
    }
    if is_integer_unit(amount) {
        if let Ok((r, (cents, _))) = cents_part(after) {
            if let Some(amount) = with_cents(amount, cents) {
                return Ok((r, Money { amount, currency: iso }));
            }
        }
    }
    Ok((after, Money { amount, currency: iso }))
}

/// Any money amount, prefixed first ("$5" before "5 dollars").
pub fn money(input: &str) -> IResult<&str, Money> {
    prefixed(input).or_else(|_| suffixed(input))
}

/// A money mention: an optional hedge, then an amount; returns the hedge,
/// the amount's own text and the amount.
pub fn hedged_money(input: &str) -> IResult<&str, (Option<Hedge>, &str, Money)> {
    if let Ok((body, h)) = hedge(input) {
        if let Ok((rest, m)) = money(body) {
            return Ok((rest, (Some(h), &body[..body.len() - rest.len()], m)));
        }
    }
    let (rest, m) = money(input)?;
    Ok((rest, (None, &input[..input.len() - rest.len()], m)))
}

/// Could a money mention start at `rest`? A cheap filter before parsing:
/// digits, signs, number and hedge words, and other words (codes, "US$",
/// "Rs", "c $", "dollar 22.5 million") only when an amount or a currency
/// sign follows right after.
pub(crate) fn may_start(rest: &str) -> bool {
    match leading_word(rest) {
        Some(w) if number::may_begin_number(w) => true,
        Some(w) => {
            let after = rest[w.len()..].trim_start_matches([' ', '\u{a0}']);
            rest.len() - after.len() - w.len() <= 2
                && (after.starts_with(|c: char| c.is_ascii_digit() || c == '.') || sign(after).is_ok())
        }
        None => rest.starts_with(|c: char| c.is_ascii_digit() || c == '.') || sign(rest).is_ok(),
    }
}

/// The words a money mention may start at besides digits: numbers and
/// hedges, currency names and codes before an amount, and non-ASCII words
/// (a sign such as "元" is a letter).
pub(crate) const STARTS: Class = Class::NUMBER_FIRST.union(Class::BEFORE_AMOUNT).union(Class::NON_ASCII);

/// Every money mention in `text`, in text order (see [`number::scan`]).
pub fn extract(text: &str) -> Vec<MoneyMention> {
    extract_with(text, &Cues::of(text, super::base_lexicon()))
}

/// [`extract`] over the shared pass's cues.
pub fn extract_with(text: &str, cues: &Cues) -> Vec<MoneyMention> {
    number::scan(text, cues, STARTS, may_start, |at| {
        let (rest, (hedge, body, m)) = hedged_money(&text[at..]).ok()?;
        let mention = MoneyMention { span: Span::of(text, body), amount: m.amount, currency: m.currency, hedge };
        Some((mention, text.len() - rest.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    /// (span text, value, currency, hedge) of every mention.
    fn run(text: &str) -> Vec<(&str, Decimal, &'static str, Option<Hedge>)> {
        extract(text).into_iter().map(|m| (m.span.text(text), m.amount.value, m.currency, m.hedge)).collect()
    }

    fn one(text: &str) -> (Decimal, &'static str) {
        let found = run(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        (found[0].1, found[0].2)
    }

    #[test]
    fn a_currency_name_before_a_scaled_or_grouped_amount_is_money() {
        assert_eq!(
            run("The miner agreed to sell the mine for dollar 40.5 million in cash."),
            [("dollar 40.5 million", d("40500000"), "USD", None)]
        );
        assert_eq!(run("Tokyo set aside Yen 3,200 for each household."), [("Yen 3,200", d("3200"), "JPY", None)]);
        assert_eq!(one("a credit line of about euro 2bn"), (d("2000000000"), "EUR"));
        assert_eq!(
            name_prefixed("yuan 1.5 billion."),
            Ok((".", Money { amount: scaled_numeral("1.5 billion").unwrap().1, currency: "CNY" }))
        );
    }

    #[test]
    fn a_currency_name_before_a_plain_number_or_a_rate_is_not_money() {
        for t in [
            "the dollar 10 years ago bought more bread",
            "the euro 1.2 percent higher against the pound",
            "the yen 0.4% weaker by noon",
            "dollars 5 million",
        ] {
            assert!(run(t).is_empty(), "{t}: {:?}", run(t));
        }
    }

    #[test]
    fn seed_amounts() {
        let t = "Japan's $55 billion investment in the U.S. and a $16 billion military procurement budget serve";
        assert_eq!(
            run(t),
            vec![("$55 billion", d("55000000000"), "USD", None), ("$16 billion", d("16000000000"), "USD", None)]
        );
        let m = &extract(t)[0];
        assert_eq!(m.amount.precision, d("1000000000"));
    }

    #[test]
    fn dollar_sign_production() {
        assert_eq!(dollar_sign("$5"), Ok(("5", "USD")));
        assert_eq!(dollar_sign("US$1.2"), Ok(("1.2", "USD")));
        assert_eq!(dollar_sign("U.S.$5"), Ok(("5", "USD")));
        assert_eq!(dollar_sign("hk $ 10"), Ok((" 10", "HKD")));
        assert_eq!(dollar_sign("c $ 1.34"), Ok((" 1.34", "CAD")));
        assert_eq!(dollar_sign("A$3"), Ok(("3", "AUD")));
        assert!(dollar_sign("A $5 million grant").is_err());
        assert!(dollar_sign("CA $5").is_err());
        assert_eq!(dollar_sign("CA$5"), Ok(("5", "CAD")));
        assert!(dollar_sign("cost $5").is_err());
    }

    #[test]
    fn sign_code_and_prefix_productions() {
        assert_eq!(sign("€2bn"), Ok(("2bn", "EUR")));
        assert_eq!(sign("元!"), Ok(("!", "CNY")));
        assert!(sign("5").is_err());
        assert_eq!(code("USD115"), Ok(("115", ("USD", 0))));
        assert_eq!(code("rmb 5"), Ok((" 5", ("CNY", 0))));
        assert_eq!(code("MUSD were"), Ok((" were", ("USD", 6))));
        assert!(code("musd").is_err());
        assert!(code("ALL 5").is_err());
        assert!(code("try 5").is_err());
        assert!(code("USDA").is_err());
        assert_eq!(currency_prefix("Rs. 500"), Ok((" 500", ("INR", 0))));
        assert!(currency_prefix("Rsa").is_err());
    }

    #[test]
    fn amount_productions() {
        assert_eq!(glued_million("350m,"), Ok((",", Number { value: d("350000000"), precision: d("1000000") })));
        assert!(glued_million("350mph").is_err());
        assert_eq!(prefixed_amount("1.2 trillion"), Ok(("", Number { value: d("1.2e12"), precision: d("1e11") })));
        assert_eq!(cents_part(" 50 cents"), Ok(("", (d("0.5"), true))));
        assert_eq!(cents_part(" and forty-five cents"), Ok(("", (d("0.45"), true))));
        assert_eq!(cents_part(" forty five"), Ok(("", (d("0.45"), false))));
        assert!(cents_part(" two hundred times").is_err());
        assert!(cents_part(" 20 usd").is_err());
        assert!(cents_part(" 150 cents").is_err());
    }

    #[test]
    fn productions_return_what_remains() {
        let usd = |v: &str| Money { amount: Number { value: d(v), precision: d("1") }, currency: "USD" };
        assert_eq!(currency_word("swiss francs ."), Ok((" .", ("CHF", false, Needs::Any))));
        assert_eq!(currency_word("cents"), Ok(("", ("USD", true, Needs::Any))));
        assert!(currency_word("dollarization").is_err());
        assert_eq!(suffix_gap("  yen"), Ok(("yen", "  ")));
        assert_eq!(suffix_gap("-cent"), Ok(("cent", "-")));
        assert_eq!(suffix_gap("USD"), Ok(("USD", "")));
        assert_eq!(prefixed("$5 each"), Ok((" each", usd("5"))));
        assert_eq!(prefixed("$ 10 dollars bill"), Ok((" bill", usd("10"))));
        assert!(prefixed("$5th").is_err());
        assert_eq!(suffixed("20 dollars, he"), Ok((", he", usd("20"))));
        assert!(suffixed("20 people").is_err());
        assert!(suffixed("3,000 pounds").is_err());
        let (rest, (h, text, m)) = hedged_money("about $14 million in").unwrap();
        assert_eq!((rest, h, text, m.currency), (" in", Some(Hedge::About), "$14 million", "USD"));
    }

    #[test]
    fn prefixed_forms() {
        assert_eq!(one("US$1.2 trillion"), (d("1200000000000"), "USD"));
        assert_eq!(one("paid U.S.$5 each"), (d("5"), "USD"));
        assert_eq!(one("rose to $ 415.9 million"), (d("415900000"), "USD"));
        assert_eq!(one("a ¥43 trillion budget"), (d("43000000000000"), "JPY"));
        assert_eq!(one("€2bn of aid"), (d("2000000000"), "EUR"));
        assert_eq!(one("a £350m deal"), (d("350000000"), "GBP"));
        assert_eq!(one("fined £1,400"), (d("1400"), "GBP"));
        assert_eq!(one("earns £102.80 a week"), (d("102.8"), "GBP"));
        assert_eq!(one("about c $ 1.34 a share"), (d("1.34"), "CAD"));
        assert_eq!(one("HK$3 billion"), (d("3000000000"), "HKD"));
        assert_eq!(one("A$40 million"), (d("40000000"), "AUD"));
        assert_eq!(one("C$ 300 million"), (d("300000000"), "CAD"));
        assert_eq!(one("NT$5,000"), (d("5000"), "TWD"));
        assert_eq!(one("RMB 5 billion"), (d("5000000000"), "CNY"));
        assert_eq!(one("Rs 500 crore"), (d("5000000000"), "INR"));
        assert_eq!(one("₩1,000"), (d("1000"), "KRW"));
        assert_eq!(one("a $55-billion deal"), (d("55000000000"), "USD"));
        assert_eq!(one("USD 200."), (d("200"), "USD"));
        assert_eq!(one("revenues of MAUD 60"), (d("60000000"), "AUD"));
    }

    #[test]
    fn suffixed_forms() {
        assert_eq!(one("43 trillion yen"), (d("43000000000000"), "JPY"));
        assert_eq!(one("323 million euros"), (d("323000000"), "EUR"));
        assert_eq!(one("five million yen"), (d("5000000"), "JPY"));
        assert_eq!(one("20 dollars"), (d("20"), "USD"));
        assert_eq!(one("5 billion yuan"), (d("5000000000"), "CNY"));
        assert_eq!(one("361 million pounds"), (d("361000000"), "GBP"));
        assert_eq!(one("470 pence a share"), (d("4.7"), "GBP"));
        assert_eq!(one("50 cents more"), (d("0.5"), "USD"));
        assert_eq!(one("a 12-cent-a-share dividend"), (d("0.12"), "USD"));
        assert_eq!(one("its one-yen bid"), (d("1"), "JPY"));
        assert_eq!(one("10,000 swiss francs"), (d("10000"), "CHF"));
        assert_eq!(one("35 lakh rupees"), (d("3500000"), "INR"));
        assert_eq!(one("3 trillion won"), (d("3000000000000"), "KRW"));
        assert_eq!(one("115USD"), (d("115"), "USD"));
        assert_eq!(one("100元!"), (d("100"), "CNY"));
        assert_eq!(one("75 USD million"), (d("75000000"), "USD"));
        assert_eq!(one("30 MUSD"), (d("30000000"), "USD"));
        assert_eq!(one("half a billion dollars"), (d("500000000"), "USD"));
        assert_eq!(one("3 dollars 50 cents."), (d("3.5"), "USD"));
        assert_eq!(one("thirteen dollars and forty-five cents"), (d("13.45"), "USD"));
        assert_eq!(one("10 $ 30 cent"), (d("10.3"), "USD"));
    }

    #[test]
    fn every_hedge_is_a_separate_field() {
        let t = "about $14 million, more than 5 billion yen, up to €3bn, nearly £2m";
        assert_eq!(
            run(t),
            vec![
                ("$14 million", d("14000000"), "USD", Some(Hedge::About)),
                ("5 billion yen", d("5000000000"), "JPY", Some(Hedge::MoreThan)),
                ("€3bn", d("3000000000"), "EUR", Some(Hedge::UpTo)),
                ("£2m", d("2000000"), "GBP", Some(Hedge::Nearly)),
            ]
        );
    }

    #[test]
    fn neighbouring_amounts_stay_apart() {
        let t = "10 rmb 20 usd; $ 20,000.00 $ 37,305.97; 50 dollar 40 rmb";
        let values: Vec<(Decimal, &str)> = run(t).into_iter().map(|m| (m.1, m.2)).collect();
        assert_eq!(
            values,
            vec![
                (d("10"), "CNY"),
                (d("20"), "USD"),
                (d("20000"), "USD"),
                (d("37305.97"), "USD"),
                (d("50"), "USD"),
                (d("40"), "CNY"),
            ]
        );
    }

    #[test]
    fn must_not_parse() {
        for t in [
            "the 2nd Fleet and the F-35",
            "Article 9, Section 230, COVID-19, G7, Boeing 737, 7-Eleven",
            "the 1990s and 2022 and 192.168.1.2",
            "All 70 of us. ALL 5 solutions.",
            "a 1,900-mile border",
            "the truck weighed 3,000 pounds",
            "he won 3 races",
            "in 2004 won gold",
            "528 million francs",
            "A $ sign",
            "see https://example.com/$5",
            "call +1-222-2222/2222 now, version 192.168.1.2",
        ] {
            assert_eq!(run(t), vec![], "{t}");
        }
    }

    #[test]
    fn overflow_is_refused() {
        assert_eq!(run("$9999999999999999999999999999 trillion"), vec![]);
        assert_eq!(run("MUSD 99999999999999999999999999"), vec![]);
    }

    #[test]
    fn never_panics_on_odd_text() {
        for t in ["$", "¥", "€€5", "ரூ", "US$", "5 -", "’$’5", "$.", "元元", "c $", "1 $", "Rs.", "MUSD"]
        {
            let _ = extract(t);
        }
    }
}
