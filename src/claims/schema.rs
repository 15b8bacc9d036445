//! The claim-file format as serde types (separate from the domain types in
//! [`super`]); strict: unknown keys are errors.
//!
//! Values that have a meaning beyond their YAML type (dates, decimals,
//! percentages, jurisdiction and currency codes, the schema version) are
//! checked while deserialising, in the `deserialize_with` functions below, so
//! that serde_yaml attaches the line and column of the offending value to the
//! error. Their messages read "expected …, but found …".
//!
//! Checks that need more than one value (an office id that must start with
//! its jurisdiction, a range whose `max` is below its `value`) are made by the
//! loader after deserialisation, with positions collected separately.

use std::fmt;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::time::DateValue;
use crate::vocab::countries;

/// The only schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// One claim file. Every top-level list is optional; `schema` is not.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimFile {
    #[serde(deserialize_with = "schema_version")]
    #[schemars(schema_with = "crate::claim_schema::schema_version")]
    pub schema: u32,
    #[serde(default)]
    pub offices: Vec<OfficeEntry>,
    #[serde(default)]
    pub people: Vec<PersonEntry>,
    #[serde(default)]
    pub tenures: Vec<TenureEntry>,
    #[serde(default)]
    pub figures: Vec<FigureEntry>,
    #[serde(default)]
    pub suppress: Vec<SuppressEntry>,
    #[serde(default)]
    pub jurisdictions: Vec<JurisdictionEntry>,
    /// The day this file's tenures are known to be complete up to. An open
    /// tenure (no `end`) in it says who held the office on that day, not
    /// after it: a text dated later may name a successor.
    #[serde(default, deserialize_with = "optional_date")]
    #[schemars(schema_with = "crate::claim_schema::optional_date")]
    pub current_to: Option<DateValue>,
}

/// An entry of `jurisdictions:`: a jurisdiction the base vocabulary lacks
/// (a region, a former state, an organisation with offices), or more forms
/// for one it has. Offices may then name its code, and the extractor reads
/// its names and demonyms.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JurisdictionEntry {
    /// Two to four upper-case letters: `XK`, `SCO`, `NATO`.
    #[serde(deserialize_with = "jurisdiction_shape")]
    #[schemars(schema_with = "crate::claim_schema::jurisdiction_code_shape")]
    pub code: String,
    /// The name reports show ("Kosovo").
    pub name: String,
    /// Names and short forms as written ("Kosovo"); the name is one of them.
    #[serde(default)]
    pub names: Vec<String>,
    /// Adjectives and demonyms as written ("Kosovar").
    #[serde(default)]
    pub demonyms: Vec<String>,
}

/// An entry of `suppress:`: findings of one code, at one source path or
/// mention, that an editor has checked and accepted.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SuppressEntry {
    /// The finding code, such as `ledger-holder-conflict`.
    pub code: String,
    /// A source text's path as factdiff reports it (`articles/london-briefing.md`).
    #[serde(default)]
    pub path: Option<String>,
    /// The mention as written in the source (`Prime Minister Rishi Sunak`).
    #[serde(default)]
    pub text: Option<String>,
    /// Why the finding is accepted; required.
    pub reason: String,
}

/// An entry of `offices:`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OfficeEntry {
    pub id: String,
    #[serde(deserialize_with = "jurisdiction_code")]
    #[schemars(schema_with = "crate::claim_schema::jurisdiction")]
    pub jurisdiction: String,
    pub name: String,
    #[serde(default = "default_true")]
    pub single_holder: bool,
    #[serde(default)]
    pub titles: Vec<TitleEntry>,
}

/// A title: a plain string (in use at all times) or a mapping with dates.
#[derive(Debug, JsonSchema)]
#[schemars(untagged)]
pub enum TitleEntry {
    Plain(String),
    Dated(DatedTitle),
}

/// A title with the dates it was in use.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DatedTitle {
    pub title: String,
    #[serde(default, deserialize_with = "optional_date")]
    #[schemars(schema_with = "crate::claim_schema::optional_date")]
    pub since: Option<DateValue>,
    #[serde(default, deserialize_with = "optional_date")]
    #[schemars(schema_with = "crate::claim_schema::optional_date")]
    pub until: Option<DateValue>,
}

/// An entry of `people:`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonEntry {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// An entry of `tenures:`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TenureEntry {
    pub person: String,
    pub office: String,
    #[serde(deserialize_with = "date")]
    #[schemars(schema_with = "crate::claim_schema::date")]
    pub start: DateValue,
    #[serde(default, deserialize_with = "optional_date")]
    #[schemars(schema_with = "crate::claim_schema::optional_date")]
    pub end: Option<DateValue>,
    #[serde(default)]
    pub acting: bool,
    #[serde(default)]
    pub source: Option<String>,
}

/// An entry of `figures:`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FigureEntry {
    pub id: String,
    pub subject: String,
    pub keywords: Vec<String>,
    #[serde(deserialize_with = "decimal")]
    #[schemars(schema_with = "crate::claim_schema::decimal")]
    pub value: Decimal,
    #[serde(default, deserialize_with = "optional_decimal")]
    #[schemars(schema_with = "crate::claim_schema::optional_decimal")]
    pub max: Option<Decimal>,
    #[serde(default, deserialize_with = "optional_currency")]
    #[schemars(schema_with = "crate::claim_schema::optional_currency")]
    pub currency: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default, deserialize_with = "optional_date")]
    #[schemars(schema_with = "crate::claim_schema::optional_date")]
    pub as_of: Option<DateValue>,
    #[serde(default, deserialize_with = "optional_percent")]
    #[schemars(schema_with = "crate::claim_schema::optional_percent")]
    pub tolerance: Option<Decimal>,
    #[serde(default)]
    pub source: Option<String>,
}

fn default_true() -> bool {
    true
}

impl<'de> Deserialize<'de> for TitleEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TitleVisitor;

        impl<'de> Visitor<'de> for TitleVisitor {
            type Value = TitleEntry;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a title, either a string or a mapping with `title`, `since` and `until`")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<TitleEntry, E> {
                Ok(TitleEntry::Plain(v.to_string()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<TitleEntry, A::Error> {
                DatedTitle::deserialize(de::value::MapAccessDeserializer::new(map)).map(TitleEntry::Dated)
            }
        }

        deserializer.deserialize_any(TitleVisitor)
    }
}

/// Parses a scalar's text with `parse` inside `visit_str`, so that an error
/// is raised while serde_yaml is at the scalar and carries its position (an
/// error raised after `deserialize_str` returns would get the position of the
/// enclosing mapping instead). serde_yaml hands every scalar to
/// `deserialize_str` as written, so `2025` and `1.5` keep their form.
struct ParseScalar<T> {
    parse: fn(&str) -> Result<T, String>,
}

impl<T> Visitor<'_> for ParseScalar<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a single value")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        (self.parse)(v).map_err(E::custom)
    }
}

/// Like [`ParseScalar`], for an optional value: `null`, `~` and an empty
/// value are `None`.
struct ParseOptional<T> {
    parse: fn(&str) -> Result<T, String>,
}

impl<'de, T> Visitor<'de> for ParseOptional<T> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a single value or null")
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_str(ParseScalar { parse: self.parse }).map(Some)
    }
}

fn required<'de, D, T>(deserializer: D, parse: fn(&str) -> Result<T, String>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(ParseScalar { parse })
}

fn optional<'de, D, T>(deserializer: D, parse: fn(&str) -> Result<T, String>) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_option(ParseOptional { parse })
}

fn schema_version<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    required(deserializer, parse_schema_version)
}

fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<DateValue, D::Error> {
    required(deserializer, parse_date)
}

fn optional_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<DateValue>, D::Error> {
    optional(deserializer, parse_date)
}

fn decimal<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    required(deserializer, parse_decimal)
}

fn optional_decimal<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Decimal>, D::Error> {
    optional(deserializer, parse_decimal)
}

fn optional_percent<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Decimal>, D::Error> {
    optional(deserializer, parse_percent)
}

fn optional_currency<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    optional(deserializer, parse_currency)
}

fn jurisdiction_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    required(deserializer, parse_jurisdiction)
}

fn jurisdiction_shape<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    required(deserializer, parse_jurisdiction_shape)
}

/// `1`, the only version there is.
pub fn parse_schema_version(text: &str) -> Result<u32, String> {
    match text.parse::<u32>() {
        Ok(SCHEMA_VERSION) => Ok(SCHEMA_VERSION),
        _ => Err(format!("expected schema version `{SCHEMA_VERSION}`, but found `{text}`")),
    }
}

/// A date as [`DateValue::parse`] reads it.
pub fn parse_date(text: &str) -> Result<DateValue, String> {
    DateValue::parse(text).map_err(|e| e.message)
}

/// A plain decimal number: an optional sign, digits, an optional fraction.
/// Exponents, thousands separators and hexadecimal are refused, so that the
/// value in the file is the value compared, digit for digit.
pub fn parse_decimal(text: &str) -> Result<Decimal, String> {
    let expected = || format!("expected a decimal number such as `550000000000` or `1.5`, but found `{text}`");
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !all_digits(int) || !all_digits(frac) || (digits.contains('.') && frac.is_empty()) {
        return Err(expected());
    }
    Decimal::from_str_exact(text.strip_prefix('+').unwrap_or(text))
        .map_err(|_| format!("expected a decimal number within 28 significant digits, but found `{text}`"))
}

/// A percentage, `5%` or `0.5%`, as a fraction (`0.05`, `0.005`).
pub fn parse_percent(text: &str) -> Result<Decimal, String> {
    let expected = || format!("expected a percentage such as `5%`, but found `{text}`");
    let number = text.strip_suffix('%').ok_or_else(expected)?.trim_end();
    if number.starts_with(['-', '+']) {
        return Err(expected());
    }
    let value = parse_decimal(number).map_err(|_| expected())?;
    Ok(value / Decimal::ONE_HUNDRED)
}

/// An ISO 4217 code: three upper-case ASCII letters.
pub fn parse_currency(text: &str) -> Result<String, String> {
    if text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(text.to_string())
    } else {
        Err(format!("expected an ISO 4217 currency code of three upper-case letters such as `USD`, but found `{text}`"))
    }
}

/// A jurisdiction code: one of [`crate::vocab::countries`], or one with the
/// shape of a code, which some claim file must then declare under
/// `jurisdictions:` (checked once every file is read).
pub fn parse_jurisdiction(text: &str) -> Result<String, String> {
    if countries::by_code(text).is_some() || countries::is_code(text) {
        Ok(text.to_string())
    } else {
        Err(format!(
            "expected a jurisdiction code (an ISO 3166-1 alpha-2 code such as `JP`, `UK` for the United Kingdom, `EU`, or a code declared under `jurisdictions:`), but found `{text}`"
        ))
    }
}

/// The code of a declared jurisdiction: two to four upper-case letters.
pub fn parse_jurisdiction_shape(text: &str) -> Result<String, String> {
    if countries::is_code(text) {
        Ok(text.to_string())
    } else {
        Err(format!("expected a jurisdiction code of two to four upper-case letters, but found `{text}`"))
    }
}

/// Whether `text` is a slug: lower-case ASCII letters and digits in words
/// joined by single hyphens.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact_and_plain() {
        assert_eq!(parse_decimal("550000000000").unwrap().to_string(), "550000000000");
        assert_eq!(parse_decimal("1.50").unwrap().to_string(), "1.50");
        assert_eq!(parse_decimal("-2").unwrap().to_string(), "-2");
        for bad in ["5.5e11", "550,000", "0x10", "", ".5", "5.", "1.2.3", "null"] {
            assert!(parse_decimal(bad).unwrap_err().starts_with("expected a decimal number"), "{bad}");
        }
    }

    #[test]
    fn percentages_need_a_percent_sign() {
        assert_eq!(parse_percent("5%").unwrap().to_string(), "0.05");
        assert_eq!(parse_percent("0.5%").unwrap().to_string(), "0.005");
        assert_eq!(parse_percent("0.05").unwrap_err(), "expected a percentage such as `5%`, but found `0.05`");
        assert!(parse_percent("-5%").is_err());
    }

    #[test]
    fn currencies_are_three_upper_case_letters() {
        assert!(parse_currency("USD").is_ok());
        assert!(parse_currency("usd").is_err());
        assert!(parse_currency("US$").is_err());
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_hyphens() {
        assert!(is_slug("shinjiro-koizumi"));
        assert!(is_slug("g7"));
        assert!(!is_slug("Shinjiro-Koizumi"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }
}
