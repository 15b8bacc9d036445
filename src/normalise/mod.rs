//! Normalisation: turn one document's mentions into claims with one identity
//! per person, per office, per amount and per date.
//!
//! Input is a [`Document`] and its [`Extraction`]; output is a list of
//! [`Claim`]s in text order. Identities come from the claim files where they
//! know the person or office, and from the document itself otherwise (a short
//! mention "Minister Kishida" takes the full name used earlier in the same
//! text). Nothing here compares claims with each other across documents.

pub mod amount;
pub mod date;
pub mod era;
pub mod frame;
pub mod intern;
pub mod office;
pub mod person;
pub mod place;
pub mod size;
pub mod story;

use rust_decimal::Decimal;

use crate::claims::ClaimSet;
use crate::extract::Extraction;
use crate::extract::number::Hedge;
use crate::extract::office::{Post, Qualifier};
use crate::load::Document;
use crate::sentence::Sentences;
use crate::span::{LineIndex, Location, Span};
use crate::time::DateValue;

pub use era::Era;

/// One normalised claim, pointing at its evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Index of the document in the run's document list.
    pub doc: usize,
    pub span: Span,
    pub location: Location,
    pub value: ClaimValue,
}

/// What a claim says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClaimValue {
    Office(OfficeClaim),
    Date(DateClaim),
    Money(AmountClaim),
    Quantity(AmountClaim),
    Percent(AmountClaim),
    /// The size of a chamber of a legislature (see [`size`]).
    Size(size::SizeClaim),
}

impl ClaimValue {
    /// The kind's stable name: `office`, `date`, `money`, `quantity`, `percent`, `size`.
    pub fn kind(&self) -> &'static str {
        match self {
            ClaimValue::Office(_) => "office",
            ClaimValue::Date(_) => "date",
            ClaimValue::Money(_) => "money",
            ClaimValue::Quantity(_) => "quantity",
            ClaimValue::Percent(_) => "percent",
            ClaimValue::Size(_) => "size",
        }
    }

    /// What the value is about, for a date or an amount.
    pub fn frame(&self) -> Option<&frame::Frame> {
        match self {
            ClaimValue::Date(d) => d.frame.as_ref(),
            ClaimValue::Money(a) | ClaimValue::Quantity(a) | ClaimValue::Percent(a) => a.frame.as_ref(),
            ClaimValue::Office(_) | ClaimValue::Size(_) => None,
        }
    }
}

/// A person holding (or having held) an office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeClaim {
    /// The canonical name: the claim files' name when they know the person,
    /// otherwise the fullest form used in the document, given name first
    /// where that is known.
    pub person: String,
    /// The claim files' person id, when they know the person.
    pub person_id: Option<String>,
    /// The title as written ("Secretary of War").
    pub title: String,
    /// The office id, when the title and jurisdiction identify one.
    pub office: Option<String>,
    /// Jurisdiction code, as written or inferred.
    pub jurisdiction: Option<String>,
    pub qualifier: Qualifier,
    /// An office of state, a shadow post or a party post.
    pub post: Post,
    /// The publication date of the text.
    pub as_of: Option<DateValue>,
    /// For a short mention, where the full name it was resolved to stands.
    pub resolved_from: Option<Span>,
    /// When the claim speaks of: the publication date, or a past the text
    /// (or the claim files) place it in.
    pub era: Era,
    /// Where `jurisdiction` comes from when the context, not the mention or
    /// its office, gave or confirmed it (see [`place`]).
    pub jurisdiction_from: Option<place::Source>,
}

impl OfficeClaim {
    /// The time the claim is judged at: the time its era gives (see
    /// [`Era::time`]); `None` for a past the text gives no time for.
    pub fn speaks_of(&self) -> Option<DateValue> {
        self.era.time(self.as_of)
    }
}

/// A date mention and the date or interval it denotes.
#[derive(Clone, Debug, Eq)]
pub struct DateClaim {
    /// `None` when the mention is relative and the text has no date.
    pub value: Option<DateValue>,
    /// What the date is the date of (see [`frame`]).
    pub frame: Option<frame::Frame>,
    /// The expression as extracted, so that [`story`] can read it again
    /// against an inferred reference; `None` for claims read back from a
    /// stream.
    pub expr: Option<crate::extract::date::DateExpr>,
    /// Set when `value` was read against a reference inferred from the
    /// story's other sources rather than the text's own publication date.
    pub inferred: Option<story::Inferred>,
}

/// Two date claims are equal when they say the same: `expr` is how the
/// value was read, kept only until the run's claims are all in, and a
/// claim read back from a stream has none.
impl PartialEq for DateClaim {
    fn eq(&self, other: &DateClaim) -> bool {
        self.value == other.value && self.frame == other.frame && self.inferred == other.inferred
    }
}

/// An amount of money, a count, or a percentage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AmountClaim {
    /// The stated value ("55 billion" → 55000000000; "2%" → 2); a stated
    /// range's low end.
    pub value: Decimal,
    /// A stated range's high end ("850" of "£800-£850"); `None` for one
    /// amount.
    pub to: Option<Decimal>,
    /// The range the statement allows, hedge and rounding included; `None`
    /// for an open end ("more than 50,000").
    pub low: Option<Decimal>,
    pub high: Option<Decimal>,
    pub hedge: Option<Hedge>,
    /// ISO 4217 code for money; what is counted for a quantity; what the
    /// percentage is of (if said) for a percentage.
    pub unit: Option<String>,
    /// The clause the number stands in: what it is about.
    pub context: Span,
    /// The publication date of the text.
    pub as_of: Option<DateValue>,
    /// What the amount is the amount of (see [`frame`]).
    pub frame: Option<frame::Frame>,
    /// For money whose text does not name its currency, where the currency
    /// came from; `None` when the text names or decides it.
    pub basis: Option<CurrencyBasis>,
}

/// Where a money claim's currency came from when its text did not decide
/// it (steps 3 and 4 of the policy in [`crate::extract::currency`], and
/// [`story`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CurrencyBasis {
    /// The shared name's default ("$" is the U.S. dollar): an assumption.
    Default,
    /// The country of the publication's outlet.
    Outlet,
    /// The same figure, in one currency of the family, in other sources of
    /// the story: the witnesses, as indices into the run's document list.
    Story(Vec<usize>),
}

impl CurrencyBasis {
    /// The name listed and streamed: `default`, `outlet` or `story`.
    pub fn name(&self) -> &'static str {
        match self {
            CurrencyBasis::Default => "default",
            CurrencyBasis::Outlet => "outlet",
            CurrencyBasis::Story(_) => "story",
        }
    }
}

impl AmountClaim {
    /// The value as listed: `800`, or `800/850` for a stated range (the
    /// interval notation dates use).
    pub fn stated(&self) -> String {
        match self.to {
            Some(to) => format!("{}/{}", self.value.normalize(), to.normalize()),
            None => self.value.normalize().to_string(),
        }
    }

    /// The value as a message shows it: `800` or `800–850`.
    pub fn shown(&self) -> String {
        match self.to {
            Some(to) => format!("{}–{}", self.value.normalize(), to.normalize()),
            None => self.value.normalize().to_string(),
        }
    }
}

/// Serialisable qualifier name, for reports.
pub fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Current => "current",
        Qualifier::Former => "former",
        Qualifier::Then => "then",
        Qualifier::Acting => "acting",
        Qualifier::Designate => "designate",
        Qualifier::Outgoing => "outgoing",
    }
}

/// Serialisable post kind, for reports.
pub fn post_name(p: Post) -> &'static str {
    match p {
        Post::State => "state",
        Post::Shadow => "shadow",
        Post::Party => "party",
        Post::Parliament => "parliament",
        Post::Body => "body",
    }
}

const UNLOCATED: Location = Location { line: 0, column: 0 };

/// Counts of one noun joined by "and" or a comma in one sentence ("18
/// lawmakers of the ruling party and 172 of the opposition") are parts of a
/// larger count.
fn mark_coordinated_counts(text: &str, claims: &mut [Claim]) {
    let counts: Vec<(usize, Span, &str)> = claims
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match &c.value {
            ClaimValue::Quantity(a) => a.frame.as_ref()?.head.map(|h| (i, c.span, h)),
            _ => None,
        })
        .collect();
    for pair in counts.windows(2) {
        let ((i, a, ha), (j, b, hb)) = (&pair[0], &pair[1]);
        let gap = &text[a.end.min(b.start)..b.start];
        let joined = gap.split_whitespace().count() <= 8
            && (gap.contains(',') || gap.split_whitespace().any(|w| w == "and"))
            && !gap.contains(['.', ';']);
        if ha == hb && joined {
            for k in [*i, *j] {
                if let ClaimValue::Quantity(q) = &mut claims[k].value
                    && let Some(f) = &mut q.frame
                {
                    f.role = frame::Role::Part;
                }
            }
        }
    }
}

/// Gives every date and amount claim its frame, read from the text around it.
fn attach_frames(text: &str, body: Span, sentences: Sentences, published: Option<DateValue>, claims: &mut [Claim]) {
    use frame::ValueKind;
    // Who the text's titles name when it uses them alone: its present,
    // current holders (not the designate of a post someone else holds).
    let holders = frame::Holders::new(claims.iter().filter_map(|c| match &c.value {
        ClaimValue::Office(o)
            if o.era.is_present() && matches!(o.qualifier, Qualifier::Current | Qualifier::Acting) =>
        {
            Some((c.span.start, o.title.as_str(), o.person.as_str()))
        }
        _ => None,
    }));
    let mut reader = frame::Reader::new(text, body, sentences, holders);
    let dates: Vec<(Span, Option<DateValue>)> = claims
        .iter()
        .filter_map(|c| match &c.value {
            ClaimValue::Date(d) => Some((c.span, d.value)),
            _ => None,
        })
        .collect();
    // A percentage without its own "of" words shares those of the one
    // before it in its sentence ("won 41.5% of the vote against Lee's 49.4%").
    let mut last_of: Option<(Span, String)> = None;
    for claim in claims.iter_mut() {
        let span = claim.span;
        if let ClaimValue::Percent(a) = &claim.value {
            let sentence = reader.sentence(span);
            match (&a.unit, &last_of) {
                (Some(of), _) => last_of = Some((sentence, of.clone())),
                (None, Some((s, of))) if *s == sentence => {
                    let of = of.clone();
                    let kind = ValueKind::Percent(Some(&of));
                    if let ClaimValue::Percent(a) = &mut claim.value {
                        a.frame = Some(reader.frame(span, kind, &dates, published, None));
                    }
                    continue;
                }
                _ => {}
            }
        }
        match &mut claim.value {
            ClaimValue::Office(_) | ClaimValue::Size(_) => {}
            ClaimValue::Date(d) => {
                d.frame = Some(reader.frame(span, ValueKind::Date, &dates, published, d.value));
            }
            ClaimValue::Money(a) => {
                a.frame = Some(reader.frame(span, ValueKind::Money, &dates, published, None));
            }
            ClaimValue::Quantity(a) => {
                let unit = a.unit.clone().unwrap_or_default();
                a.frame = Some(reader.frame(span, ValueKind::Count(&unit), &dates, published, None));
            }
            ClaimValue::Percent(a) => {
                let of = a.unit.clone();
                let kind = ValueKind::Percent(of.as_deref());
                a.frame = Some(reader.frame(span, kind, &dates, published, None));
            }
        }
    }
}

/// Normalises one document's mentions into claims, in text order.
///
/// # Panics
/// When the document's text has been released (it is read whole).
pub fn normalise(doc_index: usize, doc: &Document, extraction: &Extraction, claims: &ClaimSet) -> Vec<Claim> {
    let text = doc.text.as_str();
    // Locations are filled in one pass after sorting (see `LineIndex::cursor`).
    let at = |_: Span| UNLOCATED;
    let mut out = Vec::new();

    let setting = place::Setting::of(doc, claims);
    for (span, value) in office::normalise_in(&setting, text, &extraction.offices, doc.published, claims) {
        out.push(Claim { doc: doc_index, span, location: at(span), value: ClaimValue::Office(value) });
    }
    let values = date::resolve_in_order(extraction.dates.iter().map(|d| &d.expr), doc.published);
    for (d, value) in extraction.dates.iter().zip(values) {
        out.push(Claim {
            doc: doc_index,
            span: d.span,
            location: at(d.span),
            value: ClaimValue::Date(DateClaim { value, frame: None, expr: Some(d.expr.clone()), inferred: None }),
        });
    }
    // Found once for the amounts' clauses and the frames.
    let sentences = Sentences::new(text);
    let currencies = amount::currencies(&extraction.money, setting.outlet());
    for (m, (iso, basis)) in extraction.money.iter().zip(currencies) {
        let value = amount::money(text, &sentences, m, iso, basis, doc.published);
        out.push(Claim { doc: doc_index, span: m.span, location: at(m.span), value: ClaimValue::Money(value) });
    }
    for q in &extraction.quantities {
        let value = amount::quantity(text, &sentences, q, doc.published);
        out.push(Claim { doc: doc_index, span: q.span, location: at(q.span), value: ClaimValue::Quantity(value) });
    }
    for p in &extraction.percents {
        let value = amount::percent(text, &sentences, p, doc.published);
        out.push(Claim { doc: doc_index, span: p.span, location: at(p.span), value: ClaimValue::Percent(value) });
    }
    // The one country whose offices the text's holders hold, if one: the
    // story's country for a chamber no other words place.
    let mut held: Vec<&str> = out
        .iter()
        .filter_map(|c| match &c.value {
            ClaimValue::Office(o) if o.office.is_some() && o.era == Era::Present => o.jurisdiction.as_deref(),
            _ => None,
        })
        .collect();
    held.sort_unstable();
    held.dedup();
    let offices_country = if let [one] = held.as_slice() { Some(one.to_string()) } else { None };
    for m in &extraction.sizes {
        let story = offices_country.as_deref();
        if let Some(value) = size::resolve(text, doc.body, &setting, m, claims, doc.published, story) {
            out.push(Claim { doc: doc_index, span: m.span, location: at(m.span), value: ClaimValue::Size(value) });
        }
    }
    out.sort_by(|a, b| (a.span.start, a.span.end, a.value.kind()).cmp(&(b.span.start, b.span.end, b.value.kind())));
    attach_frames(text, doc.body, sentences, doc.published, &mut out);
    amount::mark_conversions(text, &mut out);
    mark_coordinated_counts(text, &mut out);
    let lines = LineIndex::new(text);
    let mut cursor = lines.cursor(text);
    for claim in &mut out {
        claim.location = cursor.locate(claim.span.start);
    }
    out
}
