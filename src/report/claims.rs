//! The claim listing of `factdiff extract`, as JSON or YAML: every claim
//! with its span and normalised fields; and the JSON Lines claim stream
//! (`extract --format jsonl`, read back by `check --claims-from`).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::json::JsonError;
use crate::extract::number::Hedge;
use crate::extract::office::{Post, Qualifier};
use crate::extract::size::Chamber;
use crate::load::{Document, MetadataSource};
use crate::normalise::era::{Cue, Era};
use crate::normalise::frame::{Frame, Modality, Role};
use crate::normalise::intern::intern;
use crate::normalise::place::Source;
use crate::normalise::size::SizeClaim;
use crate::normalise::{
    AmountClaim, Claim, ClaimValue, CurrencyBasis, DateClaim, OfficeClaim, post_name, qualifier_name,
};
use crate::span::{Location, Span};
use crate::time::DateValue;

/// Version of the claim listing contract.
pub const VERSION: u32 = 4;

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
        /// When the claim speaks of; absent for the publication date.
        #[serde(skip_serializing_if = "Option::is_none")]
        era: Option<EraRecord>,
        /// `sentence`, `dateline` or `outlet`: the context gave or confirmed
        /// the jurisdiction; absent otherwise.
        #[serde(skip_serializing_if = "Option::is_none")]
        jurisdiction_from: Option<&'static str>,
    },
    Date {
        value: Option<String>,
        frame: Option<FrameRecord>,
        /// Present when `value` was read against a reference inferred from
        /// the story's other sources (see `normalise::story`).
        #[serde(skip_serializing_if = "Option::is_none")]
        inferred_reference: Option<InferredRecord>,
    },
    Money {
        amount: String,
        currency: String,
        low: Option<String>,
        high: Option<String>,
        hedge: Option<Hedge>,
        frame: Option<FrameRecord>,
        /// `default`, `outlet` or `story` when the text does not decide the
        /// currency (see `normalise::CurrencyBasis`); absent when it does.
        #[serde(skip_serializing_if = "Option::is_none")]
        currency_basis: Option<&'static str>,
        /// For `story`: the paths of the sources whose figure decided it.
        #[serde(skip_serializing_if = "Option::is_none")]
        currency_from: Option<Vec<String>>,
    },
    Quantity {
        value: String,
        unit: Option<String>,
        low: Option<String>,
        high: Option<String>,
        hedge: Option<Hedge>,
        frame: Option<FrameRecord>,
    },
    Percent {
        value: String,
        of: Option<String>,
        low: Option<String>,
        high: Option<String>,
        hedge: Option<Hedge>,
        frame: Option<FrameRecord>,
    },
    Size(SizeRecord),
}

/// The size of a chamber (see `normalise::size`), as listed and streamed.
#[derive(Serialize, Deserialize)]
struct SizeRecord {
    value: u32,
    unit: String,
    chamber: String,
    country: String,
    body: String,
    as_of: Option<String>,
    /// A share of the body restated as a count ("1/3"): `value` is the count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    share: Option<String>,
}

fn size_record(s: &SizeClaim) -> SizeRecord {
    SizeRecord {
        value: s.value,
        unit: s.noun.clone(),
        chamber: s.chamber.name().to_string(),
        country: s.country.clone(),
        body: s.body.clone(),
        as_of: s.as_of.map(|d| d.to_string()),
        share: s.share.map(|(p, q)| format!("{p}/{q}")),
    }
}

fn size_from(r: SizeRecord) -> Result<SizeClaim, String> {
    let chamber = Chamber::parse(&r.chamber)
        .filter(|c| matches!(c, Chamber::Lower | Chamber::Upper))
        .ok_or_else(|| format!("expected a chamber (lower, upper), but found `{}`", r.chamber))?;
    Ok(SizeClaim {
        value: r.value,
        noun: r.unit,
        chamber,
        country: r.country,
        body: r.body,
        as_of: r.as_of.as_deref().map(DateValue::parse).transpose().map_err(|e| e.to_string())?,
        share: r
            .share
            .as_deref()
            .map(|s| {
                s.split_once('/')
                    .and_then(|(p, q)| Some((p.parse().ok()?, q.parse().ok()?)))
                    .filter(|&(p, q): &(u32, u32)| p > 0 && q > p)
                    .ok_or_else(|| format!("expected a share such as `1/3`, but found `{s}`"))
            })
            .transpose()?,
    })
}

/// The reference a date was read against when the text's own publication
/// date could not place it: the days of its witnesses, and their paths.
#[derive(Serialize)]
struct InferredRecord {
    days: String,
    from: Vec<String>,
}

/// A claim's subject frame as listed and streamed (see `normalise::frame`).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrameRecord {
    head: Option<String>,
    terms: Vec<String>,
    participants: Vec<String>,
    period: Option<String>,
    modality: String,
    role: String,
    ahead: bool,
}

fn frame_record(f: &Option<Frame>) -> Option<FrameRecord> {
    f.as_ref().map(|f| FrameRecord {
        head: f.head.map(str::to_string),
        terms: f.terms.iter().map(|t| t.to_string()).collect(),
        participants: f.participants.iter().map(|p| p.to_string()).collect(),
        period: f.period.map(|p| p.to_string()),
        modality: f.modality.name().to_string(),
        role: f.role.name().to_string(),
        ahead: f.ahead,
    })
}

fn frame_from(r: Option<FrameRecord>) -> Result<Option<Frame>, String> {
    let Some(r) = r else { return Ok(None) };
    Ok(Some(Frame {
        head: r.head.as_deref().map(intern),
        terms: r.terms.iter().map(|t| intern(t)).collect(),
        participants: r.participants.iter().map(|p| intern(p)).collect(),
        period: r.period.as_deref().map(DateValue::parse).transpose().map_err(|e| e.to_string())?,
        modality: Modality::parse(&r.modality)
            .ok_or_else(|| format!("expected a modality (stated, expected, interim), but found `{}`", r.modality))?,
        role: Role::parse(&r.role)
            .ok_or_else(|| format!("expected a role such as `value` or `part`, but found `{}`", r.role))?,
        ahead: r.ahead,
    }))
}

fn dec(d: Decimal) -> String {
    d.normalize().to_string()
}

fn fields(documents: &[Document], value: &ClaimValue) -> Fields {
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
            era: era_record(&o.era),
            jurisdiction_from: o.jurisdiction_from.map(Source::name),
        },
        ClaimValue::Date(d) => Fields::Date {
            value: d.value.map(|v| v.to_string()),
            frame: frame_record(&d.frame),
            inferred_reference: d.inferred.as_ref().map(|i| InferredRecord {
                days: i.reference.to_string(),
                from: i.from.iter().map(|&k| documents[k].path.clone()).collect(),
            }),
        },
        ClaimValue::Money(a) => Fields::Money {
            amount: a.stated(),
            currency: a.unit.clone().unwrap_or_default(),
            low: a.low.map(dec),
            high: a.high.map(dec),
            hedge: a.hedge,
            frame: frame_record(&a.frame),
            currency_basis: a.basis.as_ref().map(CurrencyBasis::name),
            currency_from: match &a.basis {
                Some(CurrencyBasis::Story(from)) => Some(from.iter().map(|&k| documents[k].path.clone()).collect()),
                _ => None,
            },
        },
        ClaimValue::Quantity(a) => Fields::Quantity {
            value: dec(a.value),
            unit: a.unit.clone(),
            low: a.low.map(dec),
            high: a.high.map(dec),
            hedge: a.hedge,
            frame: frame_record(&a.frame),
        },
        ClaimValue::Percent(a) => Fields::Percent {
            value: dec(a.value),
            of: a.unit.clone(),
            low: a.low.map(dec),
            high: a.high.map(dec),
            hedge: a.hedge,
            frame: frame_record(&a.frame),
        },
        ClaimValue::Size(s) => Fields::Size(size_record(s)),
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
                    // A released text keeps its claims' words (see `crate::check`).
                    text: doc.text.excerpt(c.span).expect("a claim's words are kept when its text is released"),
                    fields: fields(documents, &c.value),
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

/// Version of the JSON Lines claim stream (`extract --format jsonl`).
pub const JSONL_VERSION: u32 = 4;

/// One line of the JSON Lines claim stream; see `docs/scale.md` for the
/// schema. A document's record comes before its claims.
#[derive(Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
enum Record {
    Document(DocRecord),
    Claim(Box<ClaimRecord>),
    Error(ErrorRecord),
}

/// A document: its metadata and the lines the checks and reports read (the
/// lines of claims, clauses, possessives and suppressions); every other line
/// is elided to its length, so that byte offsets, lines and columns stay
/// those of the source.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocRecord {
    version: u32,
    path: String,
    /// Byte length of the whole text.
    len: usize,
    /// Where the prose starts (after front matter).
    body_start: usize,
    published: Option<String>,
    /// `front-matter`, `manifest` or `as-of`.
    published_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    manifest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    manifest_line: Option<usize>,
    outlet: Option<String>,
    url: Option<String>,
    title: Option<String>,
    lines: Vec<Line>,
}

/// A kept line (verbatim, line break included), or an elided one: `n` bytes
/// of text before a `\n`, or `-n` before a `\r\n`.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Line {
    Elided(i64),
    Kept(String),
}

#[derive(Serialize, Deserialize)]
struct ClaimRecord {
    path: String,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    text: String,
    #[serde(flatten)]
    value: ValueRecord,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
enum ValueRecord {
    Office {
        person: String,
        person_id: Option<String>,
        title: String,
        office: Option<String>,
        jurisdiction: Option<String>,
        qualifier: String,
        post: String,
        as_of: Option<String>,
        resolved_from: Option<[usize; 2]>,
        /// Absent for the publication date.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        era: Option<EraRecord>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        jurisdiction_from: Option<String>,
    },
    Date {
        value: Option<String>,
        frame: Option<FrameRecord>,
    },
    Money(AmountRecord),
    Quantity(AmountRecord),
    Percent(AmountRecord),
    Size(SizeRecord),
}

/// An office claim's era (`docs/json.md`): `past` with the cue and the
/// time the text gives, or `ended` with the day the claim files have the
/// person leave and a weak cue. A claim of the publication date has none.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EraRecord {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cue: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    left: Option<String>,
}

fn era_record(era: &Era) -> Option<EraRecord> {
    let record = |at: Option<DateValue>, left: Option<DateValue>| EraRecord {
        kind: era.kind().to_string(),
        cue: era.cue().map(|c| c.name().to_string()),
        at: at.map(|d| d.to_string()),
        left: left.map(|d| d.to_string()),
    };
    match *era {
        Era::Present => None,
        Era::Past { at, .. } => Some(record(at, None)),
        Era::Ended { left, .. } => Some(record(None, Some(left))),
    }
}

fn era_from(record: Option<EraRecord>) -> Result<Era, String> {
    let Some(r) = record else { return Ok(Era::Present) };
    let date = |s: Option<String>| s.as_deref().map(DateValue::parse).transpose().map_err(|e| e.to_string());
    let cue = r
        .cue
        .map(|c| {
            Cue::parse(&c).ok_or_else(|| {
                let names: Vec<&str> = Cue::ALL.iter().map(|c| c.name()).collect();
                format!("expected an era cue ({}), but found `{c}`", names.join(", "))
            })
        })
        .transpose()?;
    match (r.kind.as_str(), cue) {
        ("past", Some(cue)) => Ok(Era::Past { cue, at: date(r.at)? }),
        ("ended", cue) => match date(r.left)? {
            Some(left) => Ok(Era::Ended { left, cue }),
            None => Err("expected `left` in an `ended` era, but found none".into()),
        },
        ("past", None) => Err("expected a `cue` in a `past` era, but found none".into()),
        (other, _) => Err(format!("expected an era kind (past, ended), but found `{other}`")),
    }
}

#[derive(Serialize, Deserialize)]
struct AmountRecord {
    value: String,
    /// A stated range's high end.
    to: Option<String>,
    low: Option<String>,
    high: Option<String>,
    hedge: Option<String>,
    unit: Option<String>,
    /// The clause the number stands in, as a byte range.
    context: [usize; 2],
    as_of: Option<String>,
    frame: Option<FrameRecord>,
    /// Money only: `default` or `outlet` when the text does not decide the
    /// currency. (`story` is settled across a run's sources, after the
    /// stream is written.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    currency_basis: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ErrorRecord {
    path: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
    help: Option<String>,
}

const HEDGES: [(Hedge, &str); 6] = [
    (Hedge::About, "about"),
    (Hedge::Nearly, "nearly"),
    (Hedge::MoreThan, "more-than"),
    (Hedge::LessThan, "less-than"),
    (Hedge::AtLeast, "at-least"),
    (Hedge::UpTo, "up-to"),
];
const QUALIFIERS: [Qualifier; 6] = [
    Qualifier::Current,
    Qualifier::Former,
    Qualifier::Then,
    Qualifier::Acting,
    Qualifier::Designate,
    Qualifier::Outgoing,
];
const POSTS: [Post; 5] = [Post::State, Post::Shadow, Post::Party, Post::Parliament, Post::Body];

fn hedge_name(h: Hedge) -> &'static str {
    HEDGES.iter().find(|(x, _)| *x == h).map_or("about", |(_, n)| n)
}

/// The lines of `text` that a check or a report may read: those a claim,
/// its clause or its full-name mention touches, and those holding a
/// possessive or a suppression directive.
fn kept_lines(text: &str, claims: &[Claim]) -> Vec<Line> {
    let mut spans: Vec<Span> = Vec::with_capacity(claims.len() * 2);
    for c in claims {
        spans.push(c.span);
        match &c.value {
            ClaimValue::Office(o) => spans.extend(o.resolved_from),
            ClaimValue::Money(a) | ClaimValue::Quantity(a) | ClaimValue::Percent(a) => spans.push(a.context),
            ClaimValue::Date(_) | ClaimValue::Size(_) => {}
        }
    }
    spans.sort_unstable();
    let mut out = Vec::new();
    let mut start = 0;
    let mut next = 0;
    for raw in text.split_inclusive('\n') {
        let end = start + raw.len();
        while next < spans.len() && spans[next].end < start {
            next += 1;
        }
        let touched = spans[next..].iter().take_while(|s| s.start <= end).any(|s| s.start < end && s.end >= start);
        let content = raw.strip_suffix('\n').map(|c| c.strip_suffix('\r').unwrap_or(c));
        let keep = touched
            || content.is_none_or(|c| c.trim().is_empty() || c.contains('\r'))
            || raw.contains("factdiff: ignore")
            || raw.contains("'s")
            || raw.contains("’s");
        match content {
            Some(c) if !keep => {
                let n = c.len() as i64;
                out.push(Line::Elided(if raw.ends_with("\r\n") { -n } else { n }));
            }
            _ => out.push(Line::Kept(raw.to_string())),
        }
        start = end;
    }
    out
}

fn value_record(value: &ClaimValue) -> ValueRecord {
    let date = |d: Option<crate::time::DateValue>| d.map(|d| d.to_string());
    let amount = |a: &AmountClaim| AmountRecord {
        value: a.value.to_string(),
        to: a.to.map(|d| d.to_string()),
        low: a.low.map(|d| d.to_string()),
        high: a.high.map(|d| d.to_string()),
        hedge: a.hedge.map(|h| hedge_name(h).to_string()),
        unit: a.unit.clone(),
        context: [a.context.start, a.context.end],
        as_of: date(a.as_of),
        frame: frame_record(&a.frame),
        currency_basis: a.basis.as_ref().map(|b| b.name().to_string()),
    };
    match value {
        ClaimValue::Office(o) => ValueRecord::Office {
            person: o.person.clone(),
            person_id: o.person_id.clone(),
            title: o.title.clone(),
            office: o.office.clone(),
            jurisdiction: o.jurisdiction.clone(),
            qualifier: qualifier_name(o.qualifier).to_string(),
            post: post_name(o.post).to_string(),
            as_of: date(o.as_of),
            resolved_from: o.resolved_from.map(|s| [s.start, s.end]),
            era: era_record(&o.era),
            jurisdiction_from: o.jurisdiction_from.map(|s| s.name().to_string()),
        },
        ClaimValue::Date(d) => ValueRecord::Date { value: date(d.value), frame: frame_record(&d.frame) },
        ClaimValue::Money(a) => ValueRecord::Money(amount(a)),
        ClaimValue::Quantity(a) => ValueRecord::Quantity(amount(a)),
        ClaimValue::Percent(a) => ValueRecord::Percent(amount(a)),
        ClaimValue::Size(s) => ValueRecord::Size(size_record(s)),
    }
}

fn push_record(out: &mut String, record: &Record) {
    out.push_str(&serde_json::to_string(record).expect("claim records serialise"));
    out.push('\n');
}

/// One document and its claims as JSON Lines: a `document` record, then one
/// `claim` record per claim, in text order. The records carry everything
/// `check --claims-from` needs, so that extraction can run anywhere and the
/// comparison elsewhere.
///
/// # Panics
/// When the document's text has been released: the record keeps lines of
/// it, so it is written while the document is analysed.
pub fn to_jsonl(doc: &Document, claims: &[Claim], out: &mut String) {
    let text = doc.text.as_str();
    let (published_from, manifest, manifest_line) = match &doc.published_from {
        None => (None, None, None),
        Some(MetadataSource::FrontMatter) => (Some("front-matter"), None, None),
        Some(MetadataSource::AsOf) => (Some("as-of"), None, None),
        Some(MetadataSource::Manifest { path, line }) => (Some("manifest"), Some(path.clone()), Some(*line)),
    };
    let record = DocRecord {
        version: JSONL_VERSION,
        path: doc.path.clone(),
        len: doc.text.len(),
        body_start: doc.body.start,
        published: doc.published.map(|d| d.to_string()),
        published_from: published_from.map(str::to_string),
        manifest,
        manifest_line,
        outlet: doc.outlet.clone(),
        url: doc.url.clone(),
        title: doc.title.clone(),
        lines: kept_lines(text, claims),
    };
    push_record(out, &Record::Document(record));
    for c in claims {
        let record = ClaimRecord {
            path: doc.path.clone(),
            line: c.location.line,
            column: c.location.column,
            start: c.span.start,
            end: c.span.end,
            text: c.span.text(text).to_string(),
            value: value_record(&c.value),
        };
        push_record(out, &Record::Claim(Box::new(record)));
    }
}

/// An input error (an unreadable text) as a JSON Lines `error` record, so a
/// merged stream still says that part of the corpus is missing.
pub fn error_to_jsonl(e: &crate::Error, out: &mut String) {
    let record = ErrorRecord {
        path: e.path.as_ref().map(|p| p.display().to_string()),
        line: e.location.map(|l| l.line),
        column: e.location.map(|l| l.column),
        message: e.message.clone(),
        help: e.help.clone(),
    };
    push_record(out, &Record::Error(record));
}

/// Claims read back from JSON Lines: documents sorted by path, claims in
/// document order then text order (as one `check` run has them), and the
/// input errors the stream recorded.
#[derive(Debug, Default)]
pub struct FromJsonl {
    pub documents: Vec<Document>,
    pub claims: Vec<Claim>,
    pub errors: Vec<crate::Error>,
}

/// Reads a JSON Lines claim stream (one or more `extract --format jsonl`
/// outputs, concatenated in any order of documents).
///
/// # Errors
/// A line that is not a record, a claim before its document, a document
/// named twice, or a span outside its text: each error names `name`, the
/// line and column, and what was expected.
pub fn from_jsonl(name: &str, input: &str) -> Result<FromJsonl, Vec<crate::Error>> {
    use crate::error::{Error, ErrorKind};
    let help = "produce the stream with `factdiff extract --format jsonl`; streams may be concatenated";
    let fail = |line: usize, column: usize, message: String| {
        Error::new(ErrorKind::ClaimSchema, message).with_path(name).at(line, column).with_help(help)
    };
    let mut docs: Vec<(Document, Vec<Claim>, usize)> = Vec::new();
    let mut index: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut out = FromJsonl::default();
    let mut errors = Vec::new();
    for (n, raw) in input.lines().enumerate() {
        let line = n + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let record: Record = match serde_json::from_str(raw) {
            Ok(r) => r,
            Err(e) => {
                errors.push(fail(line, e.column(), format!("expected a claim stream record, but found: {e}")));
                continue;
            }
        };
        match record {
            Record::Document(d) => {
                if d.version != JSONL_VERSION {
                    errors.push(fail(
                        line,
                        1,
                        format!("expected claim stream version {JSONL_VERSION}, but found {}", d.version),
                    ));
                    continue;
                }
                if let Some(first) = index.get(&d.path) {
                    let at = docs[*first].2;
                    errors.push(fail(
                        line,
                        1,
                        format!("expected each document once, but `{}` is also on line {at}", d.path),
                    ));
                    continue;
                }
                match document(d) {
                    Ok(doc) => {
                        index.insert(doc.path.clone(), docs.len());
                        docs.push((doc, Vec::new(), line));
                    }
                    Err(message) => errors.push(fail(line, 1, message)),
                }
            }
            Record::Claim(c) => {
                let Some(&i) = index.get(&c.path) else {
                    errors.push(fail(
                        line,
                        1,
                        format!("expected the document record of `{}` before its claims, but found none", c.path),
                    ));
                    continue;
                };
                match claim(&docs[i].0, *c) {
                    Ok(claim) => docs[i].1.push(claim),
                    Err(message) => errors.push(fail(line, 1, message)),
                }
            }
            Record::Error(e) => {
                let mut error = Error::new(ErrorKind::Io, e.message);
                if let Some(p) = e.path {
                    error = error.with_path(p);
                }
                if let (Some(l), Some(c)) = (e.line, e.column) {
                    error = error.at(l, c);
                }
                if let Some(h) = e.help {
                    error = error.with_help(h);
                }
                out.errors.push(error);
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    docs.sort_by(|a, b| a.0.path.cmp(&b.0.path));
    for (i, (doc, claims, _)) in docs.into_iter().enumerate() {
        out.claims.extend(claims.into_iter().map(|mut c| {
            c.doc = i;
            c
        }));
        out.documents.push(doc);
    }
    out.errors.sort_by(|a, b| (&a.path, a.location, &a.message).cmp(&(&b.path, b.location, &b.message)));
    Ok(out)
}

/// Rebuilds a document from its record: kept lines verbatim, elided lines
/// as `.` and spaces of the same length.
fn document(d: DocRecord) -> Result<Document, String> {
    let mut text = String::with_capacity(d.len);
    for line in &d.lines {
        match line {
            Line::Kept(s) => text.push_str(s),
            Line::Elided(n) => {
                let len = n.unsigned_abs() as usize;
                if len > d.len {
                    return Err(format!("expected an elided line within the text's {} bytes, but found {len}", d.len));
                }
                text.push('.');
                text.extend(std::iter::repeat_n(' ', len.saturating_sub(1)));
                text.push_str(if *n < 0 { "\r\n" } else { "\n" });
            }
        }
    }
    if text.len() != d.len || d.body_start > d.len || !text.is_char_boundary(d.body_start) {
        return Err(format!(
            "expected lines adding up to `len` {} with `body_start` {} inside, but they add up to {}",
            d.len,
            d.body_start,
            text.len()
        ));
    }
    let date = |s: &Option<String>| s.as_deref().map(DateValue::parse).transpose().map_err(|e| e.to_string());
    let published_from = match d.published_from.as_deref() {
        None => None,
        Some("front-matter") => Some(MetadataSource::FrontMatter),
        Some("as-of") => Some(MetadataSource::AsOf),
        Some("manifest") => Some(MetadataSource::Manifest {
            path: d.manifest.unwrap_or_default(),
            line: d.manifest_line.unwrap_or_default(),
        }),
        Some(other) => {
            return Err(format!(
                "expected `published_from` to be front-matter, manifest or as-of, but found `{other}`"
            ));
        }
    };
    Ok(Document {
        path: d.path,
        body: Span::new(d.body_start, d.len),
        text: text.into(),
        published: date(&d.published)?,
        published_from,
        outlet: d.outlet,
        url: d.url,
        title: d.title,
    })
}

fn claim(doc: &Document, c: ClaimRecord) -> Result<Claim, String> {
    let text = doc.text.as_str();
    let span_in = |s: usize, e: usize, what: &str| {
        if s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e) {
            Ok(Span::new(s, e))
        } else {
            Err(format!("expected `{what}` {s}..{e} inside the {} bytes of `{}`", text.len(), doc.path))
        }
    };
    let span = span_in(c.start, c.end, "start..end")?;
    if span.text(text) != c.text {
        return Err(format!(
            "expected `text` to be the document's bytes {}..{} (`{}`), but found `{}`",
            c.start,
            c.end,
            span.text(text),
            c.text
        ));
    }
    let date = |s: Option<String>| s.as_deref().map(DateValue::parse).transpose().map_err(|e| e.to_string());
    let dec = |s: &str| s.parse::<Decimal>().map_err(|e| format!("expected a decimal number, but found `{s}`: {e}"));
    let opt_dec = |s: Option<String>| s.as_deref().map(dec).transpose();
    let amount = |a: AmountRecord| -> Result<AmountClaim, String> {
        let hedge = match a.hedge {
            None => None,
            Some(h) => Some(HEDGES.iter().find(|(_, n)| *n == h).map(|(x, _)| *x).ok_or_else(|| {
                format!("expected a hedge (about, nearly, more-than, less-than, at-least, up-to), but found `{h}`")
            })?),
        };
        Ok(AmountClaim {
            value: dec(&a.value)?,
            to: opt_dec(a.to)?,
            low: opt_dec(a.low)?,
            high: opt_dec(a.high)?,
            hedge,
            unit: a.unit,
            context: span_in(a.context[0], a.context[1], "context")?,
            as_of: date(a.as_of)?,
            frame: frame_from(a.frame)?,
            basis: match a.currency_basis.as_deref() {
                None => None,
                Some("default") => Some(CurrencyBasis::Default),
                Some("outlet") => Some(CurrencyBasis::Outlet),
                Some(other) => {
                    return Err(format!("expected `currency_basis` to be default or outlet, but found `{other}`"));
                }
            },
        })
    };
    let value = match c.value {
        ValueRecord::Office {
            person,
            person_id,
            title,
            office,
            jurisdiction,
            qualifier,
            post,
            as_of,
            resolved_from,
            era,
            jurisdiction_from,
        } => ClaimValue::Office(OfficeClaim {
            person,
            person_id,
            title,
            office,
            jurisdiction,
            qualifier: QUALIFIERS.into_iter().find(|q| qualifier_name(*q) == qualifier).ok_or_else(|| {
                format!("expected a qualifier such as `current` or `former`, but found `{qualifier}`")
            })?,
            post: POSTS.into_iter().find(|p| post_name(*p) == post).ok_or_else(|| {
                format!("expected a post (state, shadow, party, parliament, body), but found `{post}`")
            })?,
            as_of: date(as_of)?,
            resolved_from: resolved_from.map(|[s, e]| span_in(s, e, "resolved_from")).transpose()?,
            era: era_from(era)?,
            jurisdiction_from: jurisdiction_from
                .map(|s| {
                    Source::parse(&s).ok_or_else(|| {
                        format!("expected `jurisdiction_from` to be sentence, dateline or outlet, but found `{s}`")
                    })
                })
                .transpose()?,
        }),
        ValueRecord::Date { value, frame } => {
            ClaimValue::Date(DateClaim { value: date(value)?, frame: frame_from(frame)?, expr: None, inferred: None })
        }
        ValueRecord::Money(a) => ClaimValue::Money(amount(a)?),
        ValueRecord::Quantity(a) => ClaimValue::Quantity(amount(a)?),
        ValueRecord::Percent(a) => ClaimValue::Percent(amount(a)?),
        ValueRecord::Size(r) => ClaimValue::Size(size_from(r)?),
    };
    if c.line == 0 || c.column == 0 {
        return Err("expected 1-based `line` and `column`, but found 0".into());
    }
    Ok(Claim { doc: 0, span, location: Location { line: c.line, column: c.column }, value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::ClaimSet;

    fn doc(text: &str) -> Document {
        Document {
            path: "a.md".into(),
            text: text.into(),
            body: Span::new(0, text.len()),
            published: Some(DateValue::parse("2025-12-11").unwrap()),
            published_from: Some(MetadataSource::Manifest { path: "sources.yaml".into(), line: 3 }),
            outlet: Some("Desk".into()),
            url: None,
            title: None,
        }
    }

    #[test]
    fn an_office_claims_frame_is_listed_and_round_trips_through_a_stream() {
        let text = "Exports grew under President Ann West.\n\nIn 1975, Prime Minister Bo Lee signed it.\n";
        let d = doc(text);
        let claims = crate::check::analyse(std::slice::from_ref(&d), &ClaimSet::default());
        let eras: Vec<Era> = claims
            .iter()
            .filter_map(|c| match &c.value {
                ClaimValue::Office(o) => Some(o.era),
                _ => None,
            })
            .collect();
        assert_eq!(
            eras,
            [Era::Past { cue: Cue::Under, at: None }, Era::Past { cue: Cue::Year, at: Some(DateValue::Year(1975)) }]
        );
        let listing = to_json(std::slice::from_ref(&d), &claims, &[]);
        assert!(
            listing.contains(
                "\"era\": {\n        \"kind\": \"past\",\n        \"cue\": \"year\",\n        \"at\": \"1975\""
            ),
            "{listing}"
        );
        let mut out = String::new();
        to_jsonl(&d, &claims, &mut out);
        assert_eq!(from_jsonl("s.jsonl", &out).unwrap().claims, claims);
        let broken = out.replace("\"cue\":\"year\"", "\"cue\":\"yesteryear\"");
        assert!(from_jsonl("s.jsonl", &broken).is_err());
    }

    #[test]
    fn a_stream_round_trips_claims_lines_and_columns_with_unread_lines_elided() {
        let text = "Filler line one.\r\nJapan's Defense Minister Shigenobu Kishida spoke.\n\
                    Another filler line here.\n\nMr Nakatni's aide said $55 billion was pledged.\nTail";
        let d = doc(text);
        let claims = crate::check::analyse(std::slice::from_ref(&d), &ClaimSet::default());
        assert!(claims.len() >= 2, "{claims:?}");
        let mut out = String::new();
        to_jsonl(&d, &claims, &mut out);
        assert_eq!(out.lines().count(), 1 + claims.len());
        assert!(!out.contains("Filler line one") && !out.contains("Another filler"), "unread lines are elided: {out}");
        let back = from_jsonl("s.jsonl", &out).unwrap();
        assert_eq!(back.claims, claims);
        let rebuilt = &back.documents[0];
        assert_eq!(rebuilt.text.len(), text.len());
        let rebuilt_text = rebuilt.text.as_str();
        assert_eq!(
            (&rebuilt.published, &rebuilt.published_from, &rebuilt.outlet),
            (&d.published, &d.published_from, &d.outlet)
        );
        let (a, b) = (crate::span::LineIndex::new(text), crate::span::LineIndex::new(rebuilt_text));
        for line in 1..=6 {
            assert_eq!(a.line_span(text, line), b.line_span(rebuilt_text, line), "line {line}");
        }
        for kept in ["Mr Nakatni's aide said $55 billion was pledged.\n", "\n", "Tail"] {
            assert!(rebuilt_text.contains(kept), "{kept:?} is kept");
        }
    }

    #[test]
    fn a_stated_money_range_is_listed_as_an_interval_and_round_trips() {
        let d = doc("Rents run at £800-£850 a month, and the fee is £90.\n");
        let claims = crate::check::analyse(std::slice::from_ref(&d), &ClaimSet::default());
        let listing = to_json(std::slice::from_ref(&d), &claims, &[]);
        assert!(listing.contains("\"amount\": \"800/850\""), "{listing}");
        assert!(listing.contains("\"amount\": \"90\""), "{listing}");
        let mut out = String::new();
        to_jsonl(&d, &claims, &mut out);
        assert_eq!(from_jsonl("s.jsonl", &out).unwrap().claims, claims);
    }

    #[test]
    fn a_bare_dollar_settled_by_its_story_is_listed_and_settled_again_from_streams() {
        let wire = Document {
            path: "a-wire.md".into(),
            ..doc("Australia will buy eight submarines from Vanland at a cost of A$120 billion, Ana Ruiz said.\n")
        };
        let paper = Document {
            path: "b-paper.md".into(),
            ..doc("Ana Ruiz said Australia would buy eight submarines from Vanland in a deal worth $120 billion.\n")
        };
        let both = [wire, paper];
        let one_run = crate::check::analyse(&both, &ClaimSet::default());
        let listing = to_json(&both, &one_run, &[]);
        assert!(listing.contains("\"currency\": \"AUD\",\n      \"low\": \"119500000000\""), "{listing}");
        assert!(listing.contains("\"currency_basis\": \"story\",\n      \"currency_from\": [\n        \"a-wire.md\""));
        // Each text streamed on its own, as parts of a corpus are: the
        // paper's dollar is only assumed there, and reading the streams
        // back settles it as the one run did.
        let mut stream = String::new();
        for (i, d) in both.iter().enumerate() {
            let mut alone = crate::check::analyse(std::slice::from_ref(d), &ClaimSet::default());
            alone.iter_mut().for_each(|c| c.doc = i);
            to_jsonl(d, &alone, &mut stream);
        }
        assert!(stream.contains("\"currency_basis\":\"default\""), "{stream}");
        let mut back = from_jsonl("s.jsonl", &stream).unwrap();
        crate::normalise::story::settle(&back.documents, &mut back.claims);
        assert_eq!(back.claims, one_run);
    }

    #[test]
    fn a_span_outside_its_text_is_refused() {
        let d = doc("Japan's Defense Minister Shigenobu Kishida spoke.\n");
        let claims = crate::check::analyse(std::slice::from_ref(&d), &ClaimSet::default());
        let mut out = String::new();
        to_jsonl(&d, &claims, &mut out);
        let broken = out.replacen("\"end\":", "\"end\":9", 1);
        let errors = from_jsonl("s.jsonl", &broken).unwrap_err();
        assert_eq!(errors[0].location.map(|l| l.line), Some(2));
        assert!(errors[0].message.contains("inside the 50 bytes"), "{}", errors[0].message);
    }
}
