//! The JSON Schema of the claim-file format, generated from the serde types
//! of [`crate::claims::schema`] (schemars), for editors' completion and
//! checking. The committed copy is `docs/claims.schema.json`; a test
//! regenerates and compares it.
//!
//! Values that the loader parses from text (dates, decimals, percentages,
//! currency and jurisdiction codes) are described here by pattern, as
//! closely as a pattern can: the loader remains the judge (it also refuses
//! `2025-02-30`, which a pattern cannot).

use schemars::{Schema, SchemaGenerator, json_schema};

use crate::claims::schema::ClaimFile;
use crate::vocab::countries;

/// The schema as pretty JSON with a final newline.
pub fn render() -> String {
    let mut schema = schemars::schema_for!(ClaimFile);
    schema.insert("title".into(), "factdiff claim file".into());
    let mut s = serde_json::to_string_pretty(&schema).expect("schemas serialise");
    s.push('\n');
    s
}

const DATE: &str = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$";
const DECIMAL: &str = r"^[+-]?[0-9]+(\.[0-9]+)?$";

pub fn schema_version(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"description": "The claim-file schema version; this build reads 1.", "const": 1})
}

pub fn jurisdiction(_: &mut SchemaGenerator) -> Schema {
    let codes: Vec<&str> = countries::all().iter().map(|j| j.code.as_str()).collect();
    json_schema!({
        "description": "A jurisdiction code: one of the ISO 3166-1 codes factdiff knows (the United Kingdom is UK), EU, or a code a claim file declares under `jurisdictions:`.",
        "type": "string",
        "anyOf": [{"enum": codes}, {"pattern": "^[A-Z]{2,4}$"}]
    })
}

pub fn jurisdiction_code_shape(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"description": "A jurisdiction code: two to four upper-case letters.", "type": "string", "pattern": "^[A-Z]{2,4}$"})
}

pub fn date(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A date: YYYY-MM-DD, YYYY-MM or YYYY, or an interval A/B.",
        "type": ["string", "integer"],
        "pattern": DATE
    })
}

pub fn optional_date(g: &mut SchemaGenerator) -> Schema {
    nullable(date(g))
}

pub fn decimal(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A decimal number in digits, without separators or exponent, best quoted: \"550000000000\".",
        "type": ["string", "number"],
        "pattern": DECIMAL
    })
}

pub fn optional_decimal(g: &mut SchemaGenerator) -> Schema {
    nullable(decimal(g))
}

pub fn optional_currency(_: &mut SchemaGenerator) -> Schema {
    json_schema!({"description": "An ISO 4217 currency code.", "type": ["string", "null"], "pattern": "^[A-Z]{3}$"})
}

pub fn optional_percent(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "description": "A percentage such as \"5%\".",
        "type": ["string", "null"],
        "pattern": r"^[0-9]+(\.[0-9]+)?\s*%$"
    })
}

fn nullable(mut schema: Schema) -> Schema {
    if let Some(serde_json::Value::Array(types)) = schema.get_mut("type") {
        types.push("null".into());
    }
    schema
}
