//! Money amounts: "$55 billion", "US$1.2 trillion", "¥43 trillion",
//! "43 trillion yen", "€2bn", "£350m", "323 million euros", "50 cents",
//! and as wire copy writes them: "5.5 mln dlrs", "75 cts", "12-1/2 dlrs",
//! "40 mln stg", "300 mln marks", "five billion Canadian dlrs".
//!
//! ## Grammar
//! A mention is an optional hedge ("about", "more than", see
//! [`number::hedge`]) and then one of
//! - **prefixed**: a currency sign or code, then the amount: "$55 billion",
//!   "US$1.2 trillion", "U.S.$5", "HK$ 3", "c $ 1.34", "£350m", "$2.64B",
//!   "€44billion", "€1,75" (a decimal comma, where a thousands group is
//!   impossible), "RMB 5 billion", "USD115", "DEM 40", "Rs. 500", "P125
//!   million" (the Philippine peso's "P", with a scale or thousands groups),
//!   and "MUSD 30" style millions; or a currency name written first, as
//!   wire copy does, when the amount has a scale or thousands groups
//!   ("dollar 22.5 million", "yen 5,000");
//! - **suffixed**: the amount, then a currency word, code or sign: "43
//!   trillion yen", "323 million euros", "20 dollars", "115USD", "100 €",
//!   "12-cent", "18-dlr", with an optional cents part ("3 dollars 50
//!   cents"). A currency name several countries share may carry its
//!   country: "Canadian dlrs", "Swiss francs", "U.S. cts";
//! - **a range** of either: "£800-£850", "$2,700–$3,400", "A$268 billion to
//!   A$368 billion", "$5-10 million", "9-10 mln Canadian dlrs", "1,750 to
//!   1,780 dlrs". Both ends share the currency, and the scale written once
//!   ("$5-10 million" is five to ten million; "$5 to $6 billion" and
//!   "between $5 and $6 billion" are five to six billion). "To" joins a range only
//!   when the word before is not one of change ("rose 1/4 to 35-3/8 dlrs",
//!   "from $5 to $10" are a change and a level), and the high end is at
//!   most ten times the low.
//!
//! ## Invariants and choices
//! - The currency is an ISO 4217 code, historic codes included ("DEM",
//!   "FRF", "ITL", "XEU" for the ECU). A name several currencies share
//!   ("$", "dollars", "dlrs", "cents", "francs", "marks", "pesos",
//!   "crowns", "pounds") is decided by the text: see [`currency`] for the
//!   rule (contrast, an explicit currency earlier, the dateline, the
//!   default). A shared name nothing decides ("528 million francs" with no
//!   French, Swiss or Belgian context) is refused, not guessed.
//! - "¥" is `JPY`, "rupees"/"Rs" are `INR`, "lire" `ITL`, "stg" sterling,
//!   "pence" British pence; amounts in cents or pence are stored in the
//!   main unit ("50 cents" is 0.50 of the dollar the text means), so
//!   amounts always compare in one unit.
//! - "pounds" alone is money only with a scale word ("361 million
//!   pounds"), because "3,000 pounds" is usually a weight; "marks" alone
//!   needs a scale, thousands groups or decimals ("1.8250 marks"), because
//!   "90 marks" is a score; "won" needs a scale or a grouped amount ("5,000
//!   won"), because it is also a verb ("in 2004 won gold").
//! - The span covers the amount (or range) and the currency only; the
//!   hedge is the separate [`MoneyMention::hedge`] field.
//! - Amounts are exact decimals; an amount that overflows is refused.

use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::opt;
use nom::error::{Error, ErrorKind};
use nom::sequence::preceded;
use nom::{IResult, Parser};
use rust_decimal::Decimal;

use super::cue::{Class, Cues};
use super::currency::{self, Family, Named, QUALIFIERS};
use super::number::{
    self, Hedge, Number, below_hundred, below_thousand, fraction_number, hedge, leading_word, numeral, numeral_scale,
    phrase, scale_word, scaled, scaled_numeral, table_phrase, wire_number, word_ends, written_number, ws,
};
use crate::span::Span;

/// One amount of money in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoneyMention {
    /// The amount and its currency sign, code or word ("$55 billion",
    /// "43 trillion yen", "£800-£850"); a hedge word before it is not
    /// included.
    pub span: Span,
    /// The amount; for a range, its low end.
    pub amount: Number,
    /// The high end of a range ("£850" of "£800-£850").
    pub high: Option<Number>,
    /// ISO 4217 code, as the text decides it ([`currency::decide`]).
    pub currency: &'static str,
    /// Whether `currency` is only its shared name's default, which nothing
    /// in the text decided ([`currency::Reading::assumed`]).
    pub assumed: bool,
    pub hedge: Option<Hedge>,
}

/// An amount with its currency as written, before it is placed in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Money {
    pub amount: Number,
    pub currency: Named,
    /// Whether the currency was written as a sign ("$", "A$", "€", "P")
    /// rather than a word or a code: see [`currency::decide`].
    pub sign: bool,
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
    ("can", "CAD"),
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

/// Currency signs, each usable before or after the amount. "$" alone is a
/// shared name: the text decides which dollar ([`currency::decide`]).
pub(crate) const SIGNS: &[(&str, Named)] = &[
    ("$", Named::Shared(Family::Dollar)),
    ("£", Named::Iso("GBP")),
    ("€", Named::Iso("EUR")),
    ("¥", Named::Iso("JPY")),
    ("₹", Named::Iso("INR")),
    ("₩", Named::Iso("KRW")),
    ("₽", Named::Iso("RUB")),
    ("₺", Named::Iso("TRY")),
    ("₱", Named::Iso("PHP")),
    ("₪", Named::Iso("ILS")),
    ("₫", Named::Iso("VND")),
    ("₦", Named::Iso("NGN")),
    ("฿", Named::Iso("THB")),
    ("₡", Named::Iso("CRC")),
    ("₾", Named::Iso("GEL")),
    ("₭", Named::Iso("LAK")),
    ("元", Named::Iso("CNY")),
    ("ரூ", Named::Iso("LKR")),
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
    /// A scale word, a comma-grouped amount or decimals ("1.8250 marks"),
    /// never a plain integer ("90 marks" out of a hundred).
    Money,
}

/// Currency words after an amount that name one currency: ISO code,
/// hundredths of the code (pence), and what the amount needs. Longer
/// phrases first. Names several countries share are [`SHARED_WORDS`].
const WORDS: &[(&str, (&str, bool, Needs))] = &[
    ("pounds sterling", ("GBP", false, Needs::Any)),
    ("sterling", ("GBP", false, Needs::Any)),
    ("stg", ("GBP", false, Needs::Any)),
    ("pence", ("GBP", true, Needs::Any)),
    ("penny", ("GBP", true, Needs::Any)),
    ("euros", ("EUR", false, Needs::Any)),
    ("euro", ("EUR", false, Needs::Any)),
    ("european currency units", ("XEU", false, Needs::Any)),
    ("ecus", ("XEU", false, Needs::Any)),
    ("ecu", ("XEU", false, Needs::Any)),
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
    ("finnish markka", ("FIM", false, Needs::Any)),
    ("markka", ("FIM", false, Needs::Any)),
    ("deutschmarks", ("DEM", false, Needs::Any)),
    ("deutschemarks", ("DEM", false, Needs::Any)),
    ("d-marks", ("DEM", false, Needs::Any)),
    ("dutch guilders", ("NLG", false, Needs::Any)),
    ("guilders", ("NLG", false, Needs::Any)),
    ("italian lire", ("ITL", false, Needs::Any)),
    ("italian lira", ("ITL", false, Needs::Any)),
    ("lire", ("ITL", false, Needs::Any)),
    ("pesetas", ("ESP", false, Needs::Any)),
    ("peseta", ("ESP", false, Needs::Any)),
    ("austrian schillings", ("ATS", false, Needs::Any)),
    ("schillings", ("ATS", false, Needs::Any)),
    ("escudos", ("PTE", false, Needs::Any)),
    ("drachmas", ("GRD", false, Needs::Any)),
    ("punts", ("IEP", false, Needs::Any)),
    ("forints", ("HUF", false, Needs::Any)),
    ("zlotys", ("PLN", false, Needs::Any)),
    ("cruzados", ("BRC", false, Needs::Any)),
    ("australs", ("ARA", false, Needs::Any)),
    ("turkish lira", ("TRY", false, Needs::Any)),
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
];

/// A currency word several currencies share: its family, whether it names
/// hundredths (cents), what the amount needs when the word stands alone,
/// and whether it may stand alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct SharedWord {
    family: Family,
    minor: bool,
    needs: Needs,
    alone: bool,
}

const fn shared(family: Family, minor: bool, needs: Needs, alone: bool) -> SharedWord {
    SharedWord { family, minor, needs, alone }
}

/// Currency words several countries' currencies share, after an amount:
/// family, hundredths (cents), what the amount needs when the word stands
/// alone, and whether it may stand alone ("mark" and "crown" need their
/// country: "the 1.80 mark" is a level, not an amount). With a country of
/// [`QUALIFIERS`] before it ("Canadian dlrs") the word names that
/// country's currency and any amount goes.
const SHARED_WORDS: &[(&str, SharedWord)] = &[
    ("dollars", shared(Family::Dollar, false, Needs::Any, true)),
    ("dollar", shared(Family::Dollar, false, Needs::Any, true)),
    ("dlrs", shared(Family::Dollar, false, Needs::Any, true)),
    ("dlr", shared(Family::Dollar, false, Needs::Any, true)),
    ("cents", shared(Family::Dollar, true, Needs::Any, true)),
    ("cent", shared(Family::Dollar, true, Needs::Any, true)),
    ("cts", shared(Family::Dollar, true, Needs::Any, true)),
    ("francs", shared(Family::Franc, false, Needs::Any, true)),
    ("franc", shared(Family::Franc, false, Needs::Any, true)),
    ("marks", shared(Family::Mark, false, Needs::Money, true)),
    ("mark", shared(Family::Mark, false, Needs::Money, false)),
    ("pesos", shared(Family::Peso, false, Needs::Any, true)),
    ("peso", shared(Family::Peso, false, Needs::Any, true)),
    ("crowns", shared(Family::Crown, false, Needs::Any, true)),
    ("crown", shared(Family::Crown, false, Needs::Any, false)),
    ("kronor", shared(Family::Crown, false, Needs::Any, true)),
    ("krona", shared(Family::Crown, false, Needs::Any, true)),
    ("kroner", shared(Family::Crown, false, Needs::Any, true)),
    ("krone", shared(Family::Crown, false, Needs::Any, true)),
    ("pounds", shared(Family::Pound, false, Needs::Scale, true)),
    ("pound", shared(Family::Pound, false, Needs::Scale, true)),
    ("riyals", shared(Family::Riyal, false, Needs::Any, true)),
    ("riyal", shared(Family::Riyal, false, Needs::Any, true)),
    ("rials", shared(Family::Riyal, false, Needs::Any, true)),
    ("rial", shared(Family::Riyal, false, Needs::Any, true)),
    ("dinars", shared(Family::Dinar, false, Needs::Any, true)),
    ("dinar", shared(Family::Dinar, false, Needs::Any, true)),
    ("shillings", shared(Family::Shilling, false, Needs::Any, true)),
    ("shilling", shared(Family::Shilling, false, Needs::Any, true)),
];

/// The currency named by `code`, if it is an ISO 4217 code (or another
/// code news writes for one, "RMB") written acceptably: in capitals, or in
/// lower case for the common codes only; codes that are also English words
/// ("ALL", "CUP", "TOP") never count. The codes of currencies the
/// euro and others replaced ("DEM", "FRF", "ITL") are ISO 4217's historic
/// codes ([`crate::vocab::currencies`]).
fn lookup_code(code: &str) -> Option<&'static str> {
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut upper = [0u8; 3];
    for (u, b) in upper.iter_mut().zip(code.bytes()) {
        *u = b.to_ascii_uppercase();
    }
    let upper = std::str::from_utf8(&upper).ok()?;
    let currency = crate::vocab::currencies::by_code(upper).filter(|c| !c.word)?;
    (code == upper || currency.lower).then_some(currency.code)
}

// ---------------------------------------------------------------------------
// Currency productions
// ---------------------------------------------------------------------------

/// A dollar sign with optional letters before it: "$", "US$", "U.S.$",
/// "HK$", "c $", "usd$". A bare "$" is a shared name, the others explicit.
///
/// A space between letters and sign is allowed only for prefixes that are
/// not also common words or abbreviations (tokenised text writes "hk $",
/// "us $", "c $"): "A $5 million grant" is an article and "CA $5" may be
/// California, so "a", "ca", "au", "s", "sg", "r", "mx" must touch the sign.
pub fn dollar_sign(input: &str) -> IResult<&str, Named> {
    if let Some(rest) = input.strip_prefix('$') {
        return Ok((rest, Named::Shared(Family::Dollar)));
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
        Some(r) => Ok((r, Named::Iso(iso))),
        None => nom_fail(input),
    }
}

/// Whether `c` opens one of the currency signs [`sign`] reads.
pub fn is_sign_char(c: char) -> bool {
    SIGNS.iter().any(|(s, _)| s.starts_with(c))
}

/// A currency sign: "£", "€", "¥", "₹", "元", "$".
pub fn sign(input: &str) -> IResult<&str, Named> {
    for &(s, named) in SIGNS {
        if let Some(rest) = input.strip_prefix(s) {
            return Ok((rest, named));
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
const NAME_PREFIXES: &[(&str, Named)] = &[
    ("dollar", Named::Shared(Family::Dollar)),
    ("euro", Named::Iso("EUR")),
    ("yen", Named::Iso("JPY")),
    ("yuan", Named::Iso("CNY")),
    ("sterling", Named::Iso("GBP")),
];

/// A currency name before its amount, followed by a space and a digit:
/// "dollar 22.5 million". The amount's own checks are in [`prefixed`].
fn name_prefix(input: &str) -> IResult<&str, Named> {
    let (rest, iso) = table_phrase(NAME_PREFIXES, input)?;
    let (after, _) = ws(rest)?;
    if after.starts_with(|c: char| c.is_ascii_digit()) { Ok((after, iso)) } else { nom_fail(input) }
}

/// Whether a percent word or sign follows ("the dollar 1.2 percent higher").
fn percent_follows(rest: &str) -> bool {
    let r = opt(ws).parse(rest).map_or(rest, |(r, _)| r);
    r.starts_with('%') || ["percent", "per cent", "pct"].iter().any(|p| phrase(p, r).is_ok())
}

/// Anything that names a currency before its amount, as (the currency,
/// power of ten it scales the amount by).
pub fn currency_prefix(input: &str) -> IResult<&str, (Named, u32)> {
    if let Ok((rest, named)) = dollar_sign(input) {
        return Ok((rest, (named, 0)));
    }
    if let Ok((rest, named)) = sign(input) {
        return Ok((rest, (named, 0)));
    }
    if let Ok((rest, iso)) = rupee_abbrev(input) {
        return Ok((rest, (Named::Iso(iso), 0)));
    }
    code(input).map(|(rest, (iso, exp))| (rest, (Named::Iso(iso), exp)))
}

/// A shared currency word with its country before it: "Canadian dlrs",
/// "Swiss francs", "U.S. cts", "West German marks".
fn qualified_word(input: &str) -> IResult<&str, (Named, bool, Needs)> {
    for &(q, country) in QUALIFIERS {
        let Ok((rest, _)) = phrase(q, input) else { continue };
        let Ok((rest, word)) = preceded(ws, |i| table_phrase(SHARED_WORDS, i)).parse(rest) else {
            continue;
        };
        if let Some(iso) = currency::local(country, word.family) {
            return Ok((rest, (Named::Iso(iso), word.minor, Needs::Any)));
        }
    }
    nom_fail(input)
}

/// A currency word after an amount: "dollars", "yen", "Swiss francs",
/// "cents", "dlrs", as (the currency, is hundredths, what the amount needs).
fn currency_word(input: &str) -> IResult<&str, (Named, bool, Needs)> {
    // Tried after every amount: one lookup rules out words no entry starts with.
    if !leading_word(input).is_some_and(|w| super::base_lexicon().class_of(w).any(Class::CURRENCY_FIRST)) {
        return nom_fail(input);
    }
    if let Ok((rest, (iso, minor, needs))) = table_phrase(WORDS, input) {
        return Ok((rest, (Named::Iso(iso), minor, needs)));
    }
    // A shared word alone first: no qualifier is also a shared word, and
    // "dlrs" is the commonest word after an amount.
    if let Ok((rest, w)) = table_phrase(SHARED_WORDS, input) {
        if !w.alone {
            return nom_fail(input);
        }
        return Ok(match country_after(rest).and_then(|(r, c)| Some((r, currency::local(c, w.family)?))) {
            Some((rest, iso)) => (rest, (Named::Iso(iso), w.minor, Needs::Any)),
            None => (rest, (Named::Shared(w.family), w.minor, w.needs)),
        });
    }
    qualified_word(input)
}

/// A capitalised country after a currency word, as wire copy marks which
/// dollar it means: "3.5 billion dlrs U.S.", "56 mln dlrs (U.S.)", "1.34
/// dlrs Canadian". Not "U.S.-based", nor a name going on ("dlrs Canadian
/// Pacific"). Returns the rest and the country.
fn country_after(rest: &str) -> Option<(&str, &'static str)> {
    let r = ws(rest).ok()?.0;
    let (r, bracketed) = match r.strip_prefix('(') {
        Some(inner) => (inner, true),
        None => (r, false),
    };
    if !r.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let (r, country) = table_phrase(QUALIFIERS, r).ok()?;
    let r = if bracketed { r.strip_prefix(')')? } else { r };
    let name_goes_on = ws(r).is_ok_and(|(n, _)| n.starts_with(|c: char| c.is_ascii_uppercase()));
    let glued = r.starts_with(|c: char| c.is_alphanumeric() || c == '-');
    (!glued && !name_goes_on).then_some((r, country))
}

/// The first words of the currency words after an amount ("dollars",
/// "u" of "u.s. dlrs", "canadian"), for the shared word table.
pub(crate) fn currency_first_words() -> impl Iterator<Item = &'static str> {
    let first = |phrase: &'static str| {
        let letters = phrase.bytes().take_while(u8::is_ascii_alphabetic).count();
        &phrase[..letters]
    };
    WORDS
        .iter()
        .map(move |(p, _)| first(p))
        .chain(SHARED_WORDS.iter().map(move |(p, _)| first(p)))
        .chain(QUALIFIERS.iter().map(move |(p, _)| first(p)))
}

// ---------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------

/// A numeral with a glued "m" for million or "B" for billion: "£350m",
/// "$2.64B", "€750bn" is [`scaled_numeral`]'s. Only after a currency, where
/// "m" cannot be metres nor "B" a grade.
pub fn glued_scale(input: &str) -> IResult<&str, Number> {
    let (rest, n) = numeral(input)?;
    let (rest, exp) = match rest.strip_prefix(['m', 'M']) {
        Some(r) => (r, 6),
        None => match rest.strip_prefix(['b', 'B']) {
            Some(r) => (r, 9),
            None => return nom_fail(input),
        },
    };
    if !word_ends(rest) {
        return nom_fail(input);
    }
    match scaled(n, exp) {
        Some(s) => Ok((rest, s)),
        None => nom_fail(input),
    }
}

/// A decimal comma where no thousands group can be meant: "1,75" (two
/// decimals), "1.234,56" (points grouping thousands). Only after the euro
/// sign or code, as continental writing puts it ("€1,75"): after "$" or
/// "£", "110,00" is a thousands group with a digit lost ("$110,00 (£59,000)").
pub fn decimal_comma(input: &str) -> IResult<&str, Number> {
    let digits = |n: usize, m: usize| move |i| take_while_m_n(n, m, |c: char| c.is_ascii_digit()).parse(i);
    let (rest, int) = digits(1, 3).parse(input)?;
    let mut whole = int.to_string();
    let mut rest = rest;
    for _ in 0..9 {
        match preceded(tag("."), digits(3, 3)).parse(rest) {
            Ok((r, group)) if !r.starts_with(|c: char| c.is_ascii_digit()) => {
                whole.push_str(group);
                rest = r;
            }
            _ => break,
        }
    }
    let (rest, frac) = preceded(tag(","), digits(1, 2)).parse(rest)?;
    let continues = rest.starts_with(|c: char| c.is_ascii_digit())
        || rest.strip_prefix(['.', ',']).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if continues {
        return nom_fail(input);
    }
    let value: Decimal = match format!("{whole}.{frac}").parse() {
        Ok(v) => v,
        Err(_) => return nom_fail(input),
    };
    let n = Number { value: value.normalize(), precision: Decimal::new(1, frac.len() as u32) };
    match numeral_scale(rest) {
        Ok((after, exp)) => match scaled(n, exp) {
            Some(s) => Ok((after, s)),
            None => nom_fail(input),
        },
        Err(_) => Ok((rest, n)),
    }
}

/// The amount after a currency prefix: "55 billion", "350m", "2.64B",
/// "44billion", "five".
pub fn prefixed_amount(input: &str) -> IResult<&str, Number> {
    glued_scale(input).or_else(|_| scaled_numeral(input)).or_else(|_| written_number(input))
}

/// `amount` divided by 100, for cents and pence.
fn hundredths(amount: Number) -> Option<Number> {
    let h = Decimal::ONE_HUNDRED;
    Some(Number { value: amount.value.checked_div(h)?, precision: amount.precision.checked_div(h)? })
}

fn is_integer_unit(n: Number) -> bool {
    n.precision == Decimal::ONE && n.value.fract().is_zero()
}

/// Whether a word or sign after an amount names the same currency as its
/// prefix: "$ 10 dollars", "US$ 5 dollars".
fn same_currency(prefix: Named, word: Named) -> bool {
    prefix == word || matches!(word, Named::Shared(f) if prefix.family() == Some(f))
}

/// A prefixed amount: "$55 billion", "US$1.2 trillion", "£350m",
/// "RMB 5 billion", "MAUD 60", "P125 million", "$ 10 dollars" (a repeated
/// currency word is part of the mention).
pub fn prefixed(input: &str) -> IResult<&str, Money> {
    if let Ok(r) = name_prefixed(input) {
        return Ok(r);
    }
    if let Ok(r) = peso_prefixed(input) {
        return Ok(r);
    }
    let (rest, (named, exp)) = currency_prefix(input)?;
    let sign_written = code(input).is_err();
    let (rest, _) = opt(ws).parse(rest)?;
    // Most signs in text are not followed by an amount: fail before the number parsers.
    if !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.') {
        return nom_fail(input);
    }
    let euro = named == Named::Iso("EUR");
    let (rest, amount) = prefixed_amount(rest).or_else(|e| if euro { decimal_comma(rest) } else { Err(e) })?;
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return nom_fail(input);
    }
    let Some(amount) = scaled(amount, exp) else {
        return nom_fail(input);
    };
    let repeated = preceded(ws, currency_word)
        .parse(rest)
        .ok()
        .filter(|&(_, (word, minor, _))| same_currency(named, word) && !minor);
    let rest = repeated.map_or(rest, |(r, _)| r);
    Ok((rest, Money { amount, currency: named, sign: sign_written }))
}

/// Whether an amount is plainly money without a currency word after it: a
/// scale ("22.5 million") or thousands groups ("5,000").
fn plainly_money(amount: Number, text: &str) -> bool {
    amount.precision > Decimal::ONE || text.contains(',')
}

/// A currency name, then an amount that is plainly money: it carries a
/// scale ("dollar 22.5 million") or thousands groups ("yen 5,000"). A plain
/// number after the name is too often something else ("the dollar 10 years
/// ago"), and a percentage after it is a rate ("the euro 1.2 percent
/// higher").
fn name_prefixed(input: &str) -> IResult<&str, Money> {
    let (rest, named) = name_prefix(input)?;
    let (after, amount) = scaled_numeral(rest)?;
    let amount_text = &rest[..rest.len() - after.len()];
    if !plainly_money(amount, amount_text) || after.starts_with(|c: char| c.is_alphanumeric()) || percent_follows(after)
    {
        return nom_fail(input);
    }
    Ok((after, Money { amount, currency: named, sign: false }))
}

/// The Philippine peso's "P" glued to an amount that is plainly money:
/// "P125 million", "P1,500". A "P" before a plain number is a label ("P45",
/// "P5 road").
fn peso_prefixed(input: &str) -> IResult<&str, Money> {
    let Some(rest) = input.strip_prefix('P').filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) else {
        return nom_fail(input);
    };
    let (after, amount) = scaled_numeral(rest)?;
    let amount_text = &rest[..rest.len() - after.len()];
    if !plainly_money(amount, amount_text) || after.starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return nom_fail(input);
    }
    Ok((after, Money { amount, currency: Named::Iso("PHP"), sign: true }))
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
/// "50 cents", "12-cent", "12-1/2 dlrs", "115USD", "100 €", "75 USD
/// million", "3 dollars 50 cents".
pub fn suffixed(input: &str) -> IResult<&str, Money> {
    let (rest, amount) = wire_number(input)?;
    let number_text = &input[..input.len() - rest.len()];
    let has_scale = amount.precision > Decimal::ONE;
    let (rest, gap) = suffix_gap(rest)?;
    let spaced = !gap.is_empty();
    let hyphen = gap == "-";

    // Currency words: "yen", "swiss francs", "cents", "12-cent". A year
    // before one names a vintage, not an amount: "a 1985 Swiss franc bond",
    // "the average 1987 sterling rate".
    if (spaced || hyphen) && !plain_year(number_text) {
        if let Ok((after, (named, minor, needs))) = currency_word(rest) {
            // A column gap, then a word that a number follows: the word
            // labels the next column ("FFR 6.0612  YEN 145.15").
            let labels_next =
                gap.len() > 1 && ws(after).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
            if labels_next {
                return nom_fail(input);
            }
            let ok = match needs {
                Needs::Any => true,
                Needs::Scale => has_scale,
                Needs::Large => has_scale || number_text.contains(','),
                Needs::Money => has_scale || number_text.contains(',') || amount.precision < Decimal::ONE,
            };
            if !ok {
                return nom_fail(input);
            }
            if minor {
                return match hundredths(amount) {
                    Some(a) => Ok((after, Money { amount: a, currency: named, sign: false })),
                    None => nom_fail(input),
                };
            }
            if !hyphen && is_integer_unit(amount) {
                if let Ok((after_cents, (cents, _))) = cents_part(after) {
                    if let Some(amount) = with_cents(amount, cents) {
                        return Ok((after_cents, Money { amount, currency: named, sign: false }));
                    }
                }
            }
            return Ok((after, Money { amount, currency: named, sign: false }));
        }
    }
    if hyphen {
        return nom_fail(input);
    }
    // Codes and signs: "115USD", "50 million USD", "75 USD million", "100 €".
    let sign_written = code(rest).is_err();
    let (after, (named, exp)) = match code(rest) {
        Ok((r, (iso, exp))) => (r, (Named::Iso(iso), exp)),
        Err(_) => {
            let (after, named) = sign(rest)?;
            // "10 $ 30" reads as "10" and "$ 30", unless cents follow ("10 $ 30 cent").
            let next_amount = opt(ws).parse(after).map(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
            if matches!(next_amount, Ok(true)) {
                return match cents_part(after) {
                    Ok((r, (cents, true))) if is_integer_unit(amount) => match with_cents(amount, cents) {
                        Some(amount) => Ok((r, Money { amount, currency: named, sign: true })),
                        None => nom_fail(input),
                    },
                    _ => nom_fail(input),
                };
            }
            (after, (named, 0))
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
                return Ok((r, Money { amount, currency: named, sign: sign_written }));
            }
        }
    }
    Ok((after, Money { amount, currency: named, sign: sign_written }))
}

/// Any money amount, prefixed first ("$5" before "5 dollars").
pub fn money(input: &str) -> IResult<&str, Money> {
    prefixed(input).or_else(|_| suffixed(input))
}

// ---------------------------------------------------------------------------
// Ranges
// ---------------------------------------------------------------------------

/// The words that may join the ends of a range where a mention starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Joins {
    /// "5 to 10 dlrs": not after a word of change ("rose 1/4 to 35-3/8").
    pub to: bool,
    /// "between 5 and 10 dlrs": only after "between".
    pub and: bool,
}

/// What joins the ends of a range: a hyphen or an en dash, glued or spaced,
/// or a word `joins` allows. Returns the rest, whether spaces stood around
/// the mark, and whether it was a word.
fn range_mark(input: &str, joins: Joins) -> Option<(&str, bool, bool)> {
    for mark in ["-", "\u{2013}"] {
        if let Some(r) = input.strip_prefix(mark) {
            return Some((r, false, false));
        }
    }
    let (r, _) = ws(input).ok()?;
    for mark in ["-", "\u{2013}"] {
        if let Some(r) = r.strip_prefix(mark) {
            return Some((ws(r).ok()?.0, true, false));
        }
    }
    let word = |w: &str| phrase(w, r).ok().map(|(r, _)| r);
    if let Some(r) = joins.to.then(|| word("to")).flatten().or_else(|| joins.and.then(|| word("and")).flatten()) {
        return Some((ws(r).ok()?.0, true, true));
    }
    None
}

/// Whether two amounts make a range as news writes one: the low end above
/// zero, below the high end, and the high end at most ten times the low
/// ("rose 1/4 to 35-3/8" is a change and a price, not a range).
fn is_range(low: Number, high: Number) -> bool {
    low.value > Decimal::ZERO
        && low.value < high.value
        && low.value.checked_mul(Decimal::TEN).is_some_and(|ten| high.value <= ten)
}

/// A plain four-digit year of news (1900 to 2100), as in "a 1985 Swiss
/// franc bond".
fn plain_year(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (1900..=2100).contains(&text.parse::<u32>().unwrap_or(0))
}

/// A plain four-digit year ("in 1987 to ..."), which is no range's low end.
fn year_like(text: &str) -> bool {
    text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && (1800..=2100).contains(&text.parse::<u32>().unwrap_or(0))
}

/// The high end after a prefixed low end (`low_text` as written): a
/// prefixed amount in the same currency ("£800-£850", "A$268 billion to
/// A$368 billion"), or a number that takes the low end's currency and, if
/// the low end has none, its scale ("$5-10 million", "$5-10"). Returns the
/// rest, the low end as the range reads it, the high end and whether "to"
/// joined them.
fn prefixed_range_tail<'a>(
    rest: &'a str,
    low: Money,
    low_text: &str,
    joins: Joins,
) -> Option<(&'a str, Number, Number, bool)> {
    let (after_mark, spaced, by_word) = range_mark(rest, joins)?;
    if let Ok((after, high)) = prefixed(after_mark) {
        if high.currency != low.currency {
            return None;
        }
        if is_range(low.amount, high.amount) {
            return Some((after, low.amount, high.amount, by_word));
        }
        // "$5 to $6 billion", "between $5 and $6 billion": the scale is
        // written once, on the high end, and the low end shares it.
        let shared = low_text.ends_with(|c: char| c.is_ascii_digit()).then(|| scale_of_prefixed(after_mark));
        let low_end = shared.flatten().and_then(|exp| scaled(low.amount, exp))?;
        return is_range(low_end, high.amount).then_some((after, low_end, high.amount, by_word));
    }
    if spaced || by_word || !low_text.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (after, raw) = numeral(after_mark).ok()?;
    let (after, exp) = match numeral_scale(after) {
        Ok((a, e)) => (a, e),
        Err(_) => (after, 0),
    };
    if after.starts_with(|c: char| c.is_alphanumeric() || c == '%') || currency_word_follows(after) {
        return None;
    }
    let (low, high) = (scaled(low.amount, exp)?, scaled(raw, exp)?);
    is_range(low, high).then_some((after, low, high, false))
}

/// The scale word of a prefixed amount, as a power of ten: 9 for "$6
/// billion", 6 for "£2.5m"; `None` when it has none ("$6").
fn scale_of_prefixed(input: &str) -> Option<u32> {
    let (rest, _) = currency_prefix(input).ok()?;
    let (rest, _) = opt(ws).parse(rest).ok()?;
    let (_, raw) = numeral(rest).ok()?;
    let (_, stated) = prefixed_amount(rest).ok()?;
    (3..=12).find(|&exp| scaled(raw, exp).is_some_and(|n| n.value == stated.value.normalize()))
}

/// Whether a currency word follows (across spaces): then the number before
/// it is that currency's, not the range's.
fn currency_word_follows(rest: &str) -> bool {
    preceded(ws, currency_word).parse(rest).is_ok()
}

/// A range whose low end is a bare number and whose high end carries the
/// currency: "9-10 mln Canadian dlrs", "30-40 cts", "1,750 to 1,780 dlrs".
/// The low end takes the high end's currency and, if it has none of its
/// own, its scale. Returns the rest, the low end as money, the high end and
/// whether "to" joined them.
fn suffixed_range(input: &str, joins: Joins) -> IResult<&str, (Money, Number, bool)> {
    let (rest, (low, low_has_scale)) = range_low(input)?;
    let low_text = &input[..input.len() - rest.len()];
    let Some((after_mark, spaced, by_word)) = range_mark(rest, joins) else {
        return nom_fail(input);
    };
    if (spaced && !by_word) || year_like(low_text) {
        return nom_fail(input);
    }
    let (after, high) = suffixed(after_mark)?;
    // How the high end's number became money: its scale, then cents.
    let (_, raw) = unscaled(after_mark)?;
    let (_, stated) = wire_number(after_mark)?;
    let factor = |a: Decimal, b: Decimal| if b.is_zero() { None } else { a.checked_div(b) };
    let (Some(scale), Some(unit)) = (factor(stated.value, raw.value), factor(high.amount.value, stated.value)) else {
        return nom_fail(input);
    };
    let scale = if low_has_scale { Decimal::ONE } else { scale };
    let times =
        |n: Number, f: Decimal| Some(Number { value: n.value.checked_mul(f)?, precision: n.precision.checked_mul(f)? });
    let unit_ok = unit == Decimal::ONE || unit == Decimal::new(1, 2);
    let Some(low) = times(low, scale).and_then(|l| times(l, unit)).filter(|_| unit_ok) else {
        return nom_fail(input);
    };
    let low = Number { value: low.value.normalize(), precision: low.precision.normalize() };
    if !is_range(low, high.amount) {
        return nom_fail(input);
    }
    Ok((after, (Money { amount: low, ..high }, high.amount, by_word)))
}

/// The low end of a range whose high end carries the currency, and
/// whether it has a scale of its own: "9" of "9-10 mln dlrs" (no), "5
/// million" of "5 million to 10 million dollars" (yes), "four" of "four
/// to 10 billion baht", "12-1/2" of "12-1/2 to 13 dlrs".
fn range_low(input: &str) -> IResult<&str, (Number, bool)> {
    if let Ok((rest, n)) = fraction_number(input) {
        return Ok((rest, (n, false)));
    }
    if let Ok((rest, n)) = numeral(input) {
        return match numeral_scale(rest) {
            Ok((after, exp)) => match scaled(n, exp) {
                Some(s) => Ok((after, (s, true))),
                None => nom_fail(input),
            },
            Err(_) => Ok((rest, (n, false))),
        };
    }
    let (rest, n) = written_number(input)?;
    let own_scale = unscaled(input).map_or(true, |(r, _)| r.len() != rest.len());
    Ok((rest, (n, own_scale)))
}

/// A number before its scale: "10" of "10 billion", "three" of "three
/// mln", "3-1/4".
fn unscaled(input: &str) -> IResult<&str, Number> {
    fraction_number(input).or_else(|_| numeral(input)).or_else(|_| {
        let (rest, (value, unit)) = below_thousand(input)?;
        Ok((rest, Number { value: Decimal::from(value), precision: Decimal::from(unit) }))
    })
}

/// An amount or a range of amounts, as (low end or amount, high end,
/// whether "to" joined the range).
fn amount_or_range(input: &str, joins: Joins) -> IResult<&str, (Money, Option<Number>, bool)> {
    if let Ok((rest, low)) = prefixed(input) {
        let low_text = &input[..input.len() - rest.len()];
        if let Some((after, low_end, high, by_word)) = prefixed_range_tail(rest, low, low_text, joins) {
            return Ok((after, (Money { amount: low_end, ..low }, Some(high), by_word)));
        }
        return Ok((rest, (low, None, false)));
    }
    if let Ok((rest, (low, high, by_word))) = suffixed_range(input, joins) {
        return Ok((rest, (low, Some(high), by_word)));
    }
    let (rest, low) = suffixed(input)?;
    // Both ends with their currency, in the same word: "40 cts to 45 cts",
    // "29 mln dlrs to 32 mln dlrs" ("raised its dividend 25 cts to 1.50
    // dlrs" is a change and a level).
    let last_word = |t: &str| t.trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_lowercase();
    if let Some((after_mark, _, by_word)) = range_mark(rest, joins)
        && let Ok((after, high)) = suffixed(after_mark)
        && high.currency == low.currency
        && last_word(&input[..input.len() - rest.len()]) == last_word(&after_mark[..after_mark.len() - after.len()])
        && is_range(low.amount, high.amount)
    {
        return Ok((after, (low, Some(high.amount), by_word)));
    }
    Ok((rest, (low, None, false)))
}

/// A money mention as parsed, before its currency is decided.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsed<'a> {
    pub hedge: Option<Hedge>,
    /// The amount or range with its currency, without the hedge.
    pub text: &'a str,
    /// The amount, or the low end of a range.
    pub money: Money,
    pub high: Option<Number>,
    /// Whether a word ("to", "and") joined the range.
    pub by_word: bool,
}

/// A money mention: an optional hedge, then an amount or a range.
pub fn hedged_money(input: &str) -> IResult<&str, Parsed<'_>> {
    hedged_money_with(input, Joins { to: true, and: false })
}

fn hedged_money_with(input: &str, joins: Joins) -> IResult<&str, Parsed<'_>> {
    if let Ok((body, h)) = hedge(input)
        && let Ok((rest, (money, high, by_word))) = amount_or_range(body, joins)
    {
        return Ok((rest, Parsed { hedge: Some(h), text: &body[..body.len() - rest.len()], money, high, by_word }));
    }
    let (rest, (money, high, by_word)) = amount_or_range(input, joins)?;
    Ok((rest, Parsed { hedge: None, text: &input[..input.len() - rest.len()], money, high, by_word }))
}

/// Words of change before a number: "rose 1/4 to 35-3/8", "from $5 to
/// $10" state a change and a level, not a range. Sorted.
const CHANGE_WORDS: &[&str] = &[
    "added",
    "advanced",
    "by",
    "climbed",
    "cut",
    "declined",
    "decreased",
    "down",
    "dropped",
    "eased",
    "fallen",
    "fell",
    "firmed",
    "from",
    "gained",
    "grew",
    "increased",
    "jumped",
    "lifted",
    "lost",
    "lowered",
    "raised",
    "reduced",
    "risen",
    "rose",
    "shed",
    "slipped",
    "trimmed",
    "up",
];

/// The word before byte `at` (across spaces and line breaks), lower case;
/// empty when none stands there. Lower-cased into `buf` (at most 12 ASCII
/// letters): asked at every candidate, so it allocates nothing.
fn word_before<'b>(text: &str, at: usize, buf: &'b mut [u8; 12]) -> &'b str {
    let before = text[..at].trim_end_matches([' ', '\t', '\n', '\r', '\u{a0}']);
    let start = before.len() - before.bytes().rev().take(12).take_while(u8::is_ascii_alphabetic).count();
    let word = &before.as_bytes()[start..];
    for (b, &c) in buf.iter_mut().zip(word) {
        *b = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).expect("ASCII letters")
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

/// [`extract`] over the shared pass's cues. The currency of a shared name
/// ("$", "dlrs", "francs") is decided over the whole text afterwards
/// ([`currency::decide`]); a mention nothing decides is dropped.
pub fn extract_with(text: &str, cues: &Cues) -> Vec<MoneyMention> {
    let parsed = number::scan(text, cues, STARTS, may_start, |at| {
        let input = &text[at..];
        let mut buf = [0; 12];
        let before = word_before(text, at, &mut buf);
        let change = CHANGE_WORDS.binary_search(&before).is_ok();
        let (rest, p) = hedged_money_with(input, Joins { to: !change, and: before == "between" }).ok()?;
        Some(((Span::of(text, p.text), p), text.len() - rest.len()))
    });
    let named: Vec<currency::Written> = parsed
        .iter()
        .map(|&(span, p)| currency::Written { span, named: p.money.currency, sign: p.money.sign })
        .collect();
    let decided = currency::decide(text, &named);
    parsed
        .into_iter()
        .zip(decided)
        .filter_map(|((span, p), currency)| {
            let currency = currency?;
            Some(MoneyMention {
                span,
                amount: p.money.amount,
                high: p.high,
                currency: currency.iso,
                assumed: currency.assumed,
                hedge: p.hedge,
            })
        })
        .collect()
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
    fn every_iso_4217_code_is_read_but_codes_that_are_words_are_not() {
        assert_eq!(one("fees of UGX 50,000 were paid"), (Decimal::from(50000), "UGX"));
        assert_eq!(one("a grant of 2 million KZT"), (Decimal::from(2000000), "KZT"));
        assert_eq!(one("a loan of 40 mln DEM"), (Decimal::from(40000000), "DEM"));
        assert!(run("ALL 5 SOLUTIONS WORKED").is_empty());
        assert!(run("THE 10 TOP FIRMS").is_empty());
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
            Ok((
                ".",
                Money { amount: scaled_numeral("1.5 billion").unwrap().1, currency: Named::Iso("CNY"), sign: false }
            ))
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
        assert_eq!(dollar_sign("$5"), Ok(("5", Named::Shared(Family::Dollar))));
        assert_eq!(dollar_sign("US$1.2"), Ok(("1.2", Named::Iso("USD"))));
        assert_eq!(dollar_sign("U.S.$5"), Ok(("5", Named::Iso("USD"))));
        assert_eq!(dollar_sign("hk $ 10"), Ok((" 10", Named::Iso("HKD"))));
        assert_eq!(dollar_sign("c $ 1.34"), Ok((" 1.34", Named::Iso("CAD"))));
        assert_eq!(dollar_sign("A$3"), Ok(("3", Named::Iso("AUD"))));
        assert!(dollar_sign("A $5 million grant").is_err());
        assert!(dollar_sign("CA $5").is_err());
        assert_eq!(dollar_sign("CA$5"), Ok(("5", Named::Iso("CAD"))));
        assert!(dollar_sign("cost $5").is_err());
    }

    #[test]
    fn sign_code_and_prefix_productions() {
        assert_eq!(sign("€2bn"), Ok(("2bn", Named::Iso("EUR"))));
        assert_eq!(sign("元!"), Ok(("!", Named::Iso("CNY"))));
        assert!(sign("5").is_err());
        assert_eq!(code("USD115"), Ok(("115", ("USD", 0))));
        assert_eq!(code("rmb 5"), Ok((" 5", ("CNY", 0))));
        assert_eq!(code("MUSD were"), Ok((" were", ("USD", 6))));
        assert!(code("musd").is_err());
        assert!(code("ALL 5").is_err());
        assert!(code("try 5").is_err());
        assert!(code("USDA").is_err());
        assert_eq!(currency_prefix("Rs. 500"), Ok((" 500", (Named::Iso("INR"), 0))));
        assert!(currency_prefix("Rsa").is_err());
    }

    #[test]
    fn amount_productions() {
        assert_eq!(glued_scale("350m,"), Ok((",", Number { value: d("350000000"), precision: d("1000000") })));
        assert!(glued_scale("350mph").is_err());
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
        let dollar = Named::Shared(Family::Dollar);
        let usd =
            |v: &str, sign: bool| Money { amount: Number { value: d(v), precision: d("1") }, currency: dollar, sign };
        assert_eq!(currency_word("swiss francs ."), Ok((" .", (Named::Iso("CHF"), false, Needs::Any))));
        assert_eq!(currency_word("cents"), Ok(("", (dollar, true, Needs::Any))));
        assert!(currency_word("dollarization").is_err());
        assert_eq!(suffix_gap("  yen"), Ok(("yen", "  ")));
        assert_eq!(suffix_gap("-cent"), Ok(("cent", "-")));
        assert_eq!(suffix_gap("USD"), Ok(("USD", "")));
        assert_eq!(prefixed("$5 each"), Ok((" each", usd("5", true))));
        assert_eq!(prefixed("$ 10 dollars bill"), Ok((" bill", usd("10", true))));
        assert!(prefixed("$5th").is_err());
        assert_eq!(suffixed("20 dollars, he"), Ok((", he", usd("20", false))));
        assert!(suffixed("20 people").is_err());
        assert!(suffixed("3,000 pounds").is_err());
        let (rest, p) = hedged_money("about $14 million in").unwrap();
        assert_eq!((rest, p.hedge, p.text, p.money.currency), (" in", Some(Hedge::About), "$14 million", dollar));
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

    /// (span text, low end, high end, currency) of every mention.
    fn ranges(text: &str) -> Vec<(&str, Decimal, Option<Decimal>, &'static str)> {
        extract(text)
            .into_iter()
            .map(|m| (m.span.text(text), m.amount.value, m.high.map(|h| h.value), m.currency))
            .collect()
    }

    #[test]
    fn wire_copy_amounts() {
        assert_eq!(one("net profit of 5.5 mln dlrs"), (d("5500000"), "USD"));
        assert_eq!(one("a dividend of 75 cts a share"), (d("0.75"), "USD"));
        assert_eq!(one("it offered five mln dlrs"), (d("5000000"), "USD"));
        assert_eq!(one("sales of two billion dlrs"), (d("2000000000"), "USD"));
        assert_eq!(one("it sold 40 mln stg of bonds"), (d("40000000"), "GBP"));
        assert_eq!(one("a loan of 300 mln marks"), (d("300000000"), "DEM"));
        assert_eq!(one("the dollar closed at 1.8250 marks"), (d("1.825"), "DEM"));
        assert_eq!(one("a surplus of 2.5 billion yen"), (d("2500000000"), "JPY"));
        assert_eq!(one("a bond of 20 mln guilders"), (d("20000000"), "NLG"));
        assert_eq!(one("a deficit of 5,000 billion lire"), (d("5000000000000"), "ITL"));
        assert_eq!(one("a 15 mln rand loan"), (d("15000000"), "ZAR"));
        assert_eq!(one("a bid of 10 mln Swiss francs"), (d("10000000"), "CHF"));
        assert_eq!(one("sales of 3 mln French francs"), (d("3000000"), "FRF"));
        assert_eq!(one("a 7 billion Belgian francs issue"), (d("7000000000"), "BEF"));
        assert_eq!(one("a 1.2 billion Canadian dlrs deal"), (d("1200000000"), "CAD"));
        assert_eq!(one("a 50 mln Australian dlr bond"), (d("50000000"), "AUD"));
        assert_eq!(one("paid 400 U.S. dlrs an ounce"), (d("400"), "USD"));
        assert_eq!(one("and 10 Canadian cts more"), (d("0.1"), "CAD"));
        assert_eq!(one("OTTAWA, May 3 - a facility of 3.5 billion dlrs U.S. was cut"), (d("3500000000"), "USD"));
        assert_eq!(one("OTTAWA, May 3 - it will issue 56 mln dlrs (U.S.) of notes"), (d("56000000"), "USD"));
        assert_eq!(one("OTTAWA, May 3 - 56 mln dlrs U.S.-based funds"), (d("56000000"), "CAD"));
        let t = "CALGARY, June 1 - one share at one dlr U.S. or 1.34 dlrs Canadian each";
        assert_eq!(run(t).iter().map(|m| m.2).collect::<Vec<_>>(), ["USD", "CAD"]);
        assert_eq!(one("NEW YORK, May 3 - it paid 50 mln dlrs Canadian Pacific said"), (d("50000000"), "USD"));
        assert_eq!(one("worth 9 mln West German marks"), (d("9000000"), "DEM"));
        assert_eq!(one("a 3 billion ECUs budget"), (d("3000000000"), "XEU"));
    }

    #[test]
    fn wire_copy_fractions_and_adjectives() {
        assert_eq!(one("the stock closed at 12-1/2 dlrs"), (d("12.5"), "USD"));
        assert_eq!(one("an 18-dlr-a-share offer"), (d("18"), "USD"));
        assert_eq!(one("a three mln dlr letter of credit"), (d("3000000"), "USD"));
        assert_eq!(one("a price of 5/8 dlr"), (d("0.625"), "USD"));
        assert_eq!(one("shares at 12½ dollars"), (d("12.5"), "USD"));
        // A change and a level: only the level is an amount.
        assert_eq!(run("the shares rose 1/4 to 35-3/8 dlrs"), [("35-3/8 dlrs", d("35.375"), "USD", None)]);
        let m = &extract("it traded at 35-3/8 dlrs")[0];
        assert_eq!(m.amount.precision, d("0.125"), "a price in eighths is stated to the eighth");
    }

    #[test]
    fn historic_iso_codes() {
        for (t, iso) in [
            ("DEM 40 mln", "DEM"),
            ("FRF 100", "FRF"),
            ("NLG 5 mln", "NLG"),
            ("ITL 2 billion", "ITL"),
            ("BEF 3 billion", "BEF"),
            ("CHF 250", "CHF"),
            ("ESP 10 billion", "ESP"),
            ("SEK 500", "SEK"),
            ("XEU 60 mln", "XEU"),
        ] {
            assert_eq!(one(&format!("a loan of {t} was made")).1, iso, "{t}");
        }
        assert!(run("a dem 40 loan").is_empty(), "historic codes count only in capitals");
    }

    #[test]
    fn modern_forms_glued_and_decimal_comma() {
        assert_eq!(one("a €44billion package"), (d("44000000000"), "EUR"));
        assert_eq!(one("losses of ~$2.64B."), (d("2640000000"), "USD"));
        assert_eq!(one("a €750B fund"), (d("750000000000"), "EUR"));
        assert_eq!(one("for €1,75 per week"), (d("1.75"), "EUR"));
        assert_eq!(one("priced at €1.234,56 each"), (d("1234.56"), "EUR"));
        assert_eq!(one("it lost P125 million in funds"), (d("125000000"), "PHP"));
        assert_eq!(one("a P1,500 allowance"), (d("1500"), "PHP"));
        assert_eq!(one("a 5million dollar fine"), (d("5000000"), "USD"));
        for t in ["form P45 was filed", "take the P5 road", "grade B and $5 B-class", "€1,750 is grouped"] {
            assert!(run(t).iter().all(|m| m.2 != "PHP" && m.1 != d("1.75")), "{t}: {:?}", run(t));
        }
        assert_eq!(one("€1,750 is grouped"), (d("1750"), "EUR"));
        assert!(run("sold for $110,00 (a digit lost)").is_empty(), "a decimal comma is continental: euros only");
    }

    #[test]
    fn ranges_are_one_mention_with_both_ends() {
        assert_eq!(ranges("it would cost £800-£850 a head"), [("£800-£850", d("800"), Some(d("850")), "GBP")]);
        assert_eq!(ranges("from $2,700–$3,400 a year"), [("$2,700–$3,400", d("2700"), Some(d("3400")), "USD")]);
        assert_eq!(
            ranges("between A$268 billion to A$368 billion by 2055"),
            [("A$268 billion to A$368 billion", d("268000000000"), Some(d("368000000000")), "AUD")]
        );
        assert_eq!(ranges("a $5-10 million fine"), [("$5-10 million", d("5000000"), Some(d("10000000")), "USD")]);
        // The scale written once, on the high end with its own sign.
        assert_eq!(
            ranges("it will cost $5 to $6 billion"),
            [("$5 to $6 billion", d("5000000000"), Some(d("6000000000")), "USD")]
        );
        assert_eq!(
            ranges("a cost of between £2.5 and £3bn"),
            [("£2.5 and £3bn", d("2500000000"), Some(d("3000000000")), "GBP")]
        );
        // Not when the low end has a scale of its own, or none is written.
        assert_eq!(ranges("fees of $5 to $6"), [("$5 to $6", d("5"), Some(d("6")), "USD")]);
        assert_eq!(ranges("fees of $50 to $6,000")[0].1, d("50"));
        assert_eq!(
            ranges("a loss of 9-10 mln Canadian dlrs"),
            [("9-10 mln Canadian dlrs", d("9000000"), Some(d("10000000")), "CAD")]
        );
        assert_eq!(ranges("sold at 1,750 to 1,780 dlrs"), [("1,750 to 1,780 dlrs", d("1750"), Some(d("1780")), "USD")]);
        assert_eq!(
            ranges("freight between 12.5 and 17.5 dlrs a tonne"),
            [("12.5 and 17.5 dlrs", d("12.5"), Some(d("17.5")), "USD")]
        );
        assert_eq!(
            ranges("banks hold four to 10 billion baht"),
            [("four to 10 billion baht", d("4000000000"), Some(d("10000000000")), "THB")]
        );
        assert_eq!(
            ranges("a loss of two to three mln dlrs"),
            [("two to three mln dlrs", d("2000000"), Some(d("3000000")), "USD")]
        );
        assert_eq!(
            ranges("worth 5 million to 10 million dollars"),
            [("5 million to 10 million dollars", d("5000000"), Some(d("10000000")), "USD")]
        );
        assert_eq!(ranges("a 30-40 cts rise"), [("30-40 cts", d("0.3"), Some(d("0.4")), "USD")]);
        assert_eq!(ranges("a profit of 40 cts to 45 cts"), [("40 cts to 45 cts", d("0.4"), Some(d("0.45")), "USD")]);
        assert_eq!(
            ranges("revenues of 29 mln dlrs to\n32 mln dlrs"),
            [("29 mln dlrs to\n32 mln dlrs", d("29000000"), Some(d("32000000")), "USD")]
        );
    }

    #[test]
    fn a_change_is_no_range() {
        assert_eq!(ranges("it rose from $5 to $10"), [("$5", d("5"), None, "USD"), ("$10", d("10"), None, "USD")]);
        assert_eq!(ranges("in 1987 to 2,000 dlrs"), [("2,000 dlrs", d("2000"), None, "USD")]);
        assert_eq!(
            ranges("sales of 5 and 10 dlrs"),
            [("10 dlrs", d("10"), None, "USD")],
            "\"and\" joins a range only after \"between\""
        );
        assert_eq!(ranges("it cut 1 to 35 dlrs"), [("35 dlrs", d("35"), None, "USD")]);
        assert_eq!(
            ranges("it raised the dividend 25 cts to 1.50 dlrs"),
            [("25 cts", d("0.25"), None, "USD"), ("1.50 dlrs", d("1.5"), None, "USD")]
        );
        assert_eq!(
            ranges("profit rose from 40 cts to 45 cts"),
            [("40 cts", d("0.4"), None, "USD"), ("45 cts", d("0.45"), None, "USD")]
        );
        assert_eq!(ranges("a 1-20 dlrs band"), [], "too wide to be a range, and neither end stands alone");
    }

    #[test]
    fn a_shared_name_is_decided_by_the_text() {
        // The dateline's country.
        let t = "SYDNEY, May 2 - The bank lent 500 mln dlrs at 75 cts a share.";
        assert_eq!(run(t).iter().map(|m| m.2).collect::<Vec<_>>(), ["AUD", "AUD"]);
        let t = "ZURICH (Reuters) - The group earned 5 mln francs.";
        assert_eq!(one(t), (d("5000000"), "CHF"));
        let t = "MEXICO CITY, March 3 - It owes 20 billion pesos.";
        assert_eq!(one(t), (d("20000000000"), "MXN"));
        // An explicit currency earlier in the text.
        let t = "Loans rose to 36 billion Singapore dlrs from 35.8 billion dlrs.";
        assert_eq!(run(t).iter().map(|m| m.2).collect::<Vec<_>>(), ["SGD", "SGD"]);
        let t = "It sold 10 mln Swiss francs of notes and 4 mln francs of shares.";
        assert_eq!(run(t).iter().map(|m| m.2).collect::<Vec<_>>(), ["CHF", "CHF"]);
        // A conversion in brackets is another currency, even under the dateline.
        let t = "SYDNEY (Reuters) - It will cost A$6 billion ($4 billion), then $2 billion more.";
        assert_eq!(run(t).iter().map(|m| m.2).collect::<Vec<_>>(), ["AUD", "USD", "USD"]);
        // Nothing decides.
        assert!(run("It put a value of 528 million francs on the stake.").is_empty());
        let t = "It paid 5 Canadian dlrs and 4 U.S. dlrs, then 3 dlrs.";
        assert_eq!(run(t).iter().map(|m| m.0).collect::<Vec<_>>(), ["5 Canadian dlrs", "4 U.S. dlrs"]);
        // Under a U.S. dateline, pounds are a weight.
        let t = "KANSAS CITY, March 9 - The agency bought 4.8 mln pounds of corn for 474,944 dlrs.";
        assert_eq!(run(t).iter().map(|m| m.0).collect::<Vec<_>>(), ["474,944 dlrs"]);
        // A country merely named is no dateline.
        assert_eq!(one("Australia will spend $368 billion on submarines.").1, "USD");
    }

    #[test]
    fn hard_wrapped_amounts() {
        assert_eq!(run("a loan of 12 mln\ndlrs to the firm"), [("12 mln\ndlrs", d("12000000"), "USD", None)]);
        assert!(run("it made 12\n\nDollars and Sense").is_empty(), "a blank line ends an amount");
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
            "he got 90 marks in the exam",
            "the dollar broke the 1.80 mark",
            "2 crown coins",
            "a 1985 Swiss franc bond",
            "an average 1987 sterling rate",
            "DMK 1.8216  FFR 6.0612  YEN 145.15  STG 1.6198",
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
