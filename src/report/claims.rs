//! The claim listing of `factdiff extract`, as JSON or YAML: every claim
//! with its span and normalised fields.

use rust_decimal::Decimal;
use serde::Serialize;

use super::json::JsonError;
use crate::extract::number::Hedge;
use crate::extract::office::Post;
use crate::load::Document;
use crate::normalise::{Claim, ClaimValue, post_name, qualifier_name};

/// Version of the claim listing contract.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Listing<'a> {
    version: u32,
    claims: Vec<JsonClaim<'a>>,
    errors: Vec<JsonError>,
}

#[derive(Serialize)]
struct JsonClaim<'a> {
    kind: &'static str,
    path: &'a str,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(flatten)]
    fields: Fields,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Fields {
    Office {
        person: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        person_id: Option<String>,
        office: Option<String>,
        title: String,
        jurisdiction: Option<String>,
        qualifier: &'static str,
        /// `shadow` or `party`; absent for an office of state.
        #[serde(skip_serializing_if = "Option::is_none")]
        post: Option<&'static str>,
        as_of: Option<String>,
    },
    Date {
        value: Option<String>,
    },
    Money {
        amount: String,
        currency: String,
        low: Option<String>,
        high: Option<String>,
        hedge: Option<Hedge>,
    },
    Quantity {
        value: String,
        unit: Option<String>,
        low: Option<String>,
        high: Option<String>,
        hedge: Option<Hedge>,
    },
    Percent {
        value: String,
        of: Option<String>,
        low: Option<String>,
        high: Option<String>,
        hedge: Option<Hedge>,
    },
}

fn dec(d: Decimal) -> String {
    d.normalize().to_string()
}

fn fields(value: &ClaimValue) -> Fields {
    match value {
        ClaimValue::Office(o) => Fields::Office {
            person: o.person.clone(),
            person_id: o.person_id.clone(),
            office: o.office.clone(),
            title: o.title.clone(),
            jurisdiction: o.jurisdiction.clone(),
            qualifier: qualifier_name(o.qualifier),
            post: (o.post != Post::State).then(|| post_name(o.post)),
            as_of: o.as_of.map(|d| d.to_string()),
        },
        ClaimValue::Date(d) => Fields::Date { value: d.value.map(|v| v.to_string()) },
        ClaimValue::Money(a) => Fields::Money {
            amount: dec(a.value),
            currency: a.unit.clone().unwrap_or_default(),
            low: a.low.map(dec),
            high: a.high.map(dec),
            hedge: a.hedge,
        },
        ClaimValue::Quantity(a) => Fields::Quantity {
            value: dec(a.value),
            unit: a.unit.clone(),
            low: a.low.map(dec),
            high: a.high.map(dec),
            hedge: a.hedge,
        },
        ClaimValue::Percent(a) => Fields::Percent {
            value: dec(a.value),
            of: a.unit.clone(),
            low: a.low.map(dec),
            high: a.high.map(dec),
            hedge: a.hedge,
        },
    }
}

fn listing<'a>(documents: &'a [Document], claims: &'a [Claim], errors: &[crate::Error]) -> Listing<'a> {
    Listing {
        version: VERSION,
        claims: claims
            .iter()
            .map(|c| {
                let doc = &documents[c.doc];
                JsonClaim {
                    kind: c.value.kind(),
                    path: &doc.path,
                    line: c.location.line,
                    column: c.location.column,
                    start: c.span.start,
                    end: c.span.end,
                    text: c.span.text(&doc.text),
                    fields: fields(&c.value),
                }
            })
            .collect(),
        errors: errors.iter().map(JsonError::from).collect(),
    }
}

/// The claims as one JSON object `{"version", "claims", "errors"}`.
pub fn to_json(documents: &[Document], claims: &[Claim], errors: &[crate::Error]) -> String {
    let mut s = serde_json::to_string_pretty(&listing(documents, claims, errors)).expect("claim types serialise");
    s.push('\n');
    s
}

/// The same listing as YAML, for review.
pub fn to_yaml(documents: &[Document], claims: &[Claim], errors: &[crate::Error]) -> String {
    serde_yaml::to_string(&listing(documents, claims, errors)).expect("claim types serialise")
}
