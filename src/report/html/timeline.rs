//! The timeline of one office, drawn as inline SVG: the claim files'
//! tenures as labelled bars on a date axis, and every claim of the run that
//! names a holder of the office as a marker at its date.
//!
//! A marker's status is said by its shape, its colour and its tooltip, so
//! colour never carries meaning alone: a circle is consistent with the
//! claim files, a triangle is contradicted (the claim files have someone
//! else in office then, or a finding at warning or above points at it), a
//! square is unconfirmed. The two sides of each finding
//! about the office are joined by a dashed line: two markers, or a marker
//! and the tenure of the claim-file entry.
//!
//! The axis spans whole years, from the year before the earliest marker to
//! the year after the latest, so that the tenures around the claims stay
//! readable however long the office's record is; bars are clipped to it.
//! Each tenure in view has its own row, and a person the text names who
//! holds no tenure in view gets a row of their own.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use jiff::civil::Date;

use super::escape::escape;
use crate::check::Run;
use crate::claims::{ClaimSet, Office, Tenure};
use crate::compare::{Finding, Severity};
use crate::extract::office::Qualifier;
use crate::normalise::{Claim, ClaimValue, OfficeClaim};
use crate::span::Span;
use crate::time::DateValue;

const WIDTH: f64 = 960.0;
const PLOT_START: f64 = 230.0;
const PLOT_END: f64 = 940.0;
const AXIS: f64 = 34.0;
const ROW: f64 = 34.0;
const BAR: f64 = 14.0;
/// How far apart markers in one row are drawn at least.
const SPREAD: f64 = 10.0;
/// How many markers on one spot are drawn side by side.
const MAX_STACK: usize = 4;
/// At most this many year labels on the axis.
const MAX_TICKS: i64 = 12;

/// How a claim stands against the claim files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Consistent,
    Contradicted,
    Unconfirmed,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Consistent, Status::Contradicted, Status::Unconfirmed];

    /// The class name, and the word the legend and tooltips use.
    pub fn name(self) -> &'static str {
        match self {
            Status::Consistent => "consistent",
            Status::Contradicted => "contradicted",
            Status::Unconfirmed => "unconfirmed",
        }
    }

    fn meaning(self) -> &'static str {
        match self {
            Status::Consistent => "consistent with the claim files",
            Status::Contradicted => "contradicted: the claim files have someone else, or a finding points at it",
            Status::Unconfirmed => "unconfirmed: the claim files neither confirm nor contradict it",
        }
    }

    /// The marker's shape, centred on (`x`, `y`).
    pub fn shape(self, x: f64, y: f64) -> String {
        match self {
            Status::Consistent => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="6.5"/>"#),
            Status::Contradicted => format!(
                r#"<path d="M{:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z"/>"#,
                x,
                y - 8.0,
                x + 7.5,
                y + 6.0,
                x - 7.5,
                y + 6.0
            ),
            Status::Unconfirmed => format!(r#"<rect x="{:.1}" y="{:.1}" width="11" height="11"/>"#, x - 5.5, y - 5.5),
        }
    }
}

/// The offices named by findings (an evidence field `office` the claim
/// files know), by id.
pub fn offices_named<'a>(findings: &[Finding], ledger: &'a ClaimSet) -> Vec<&'a Office> {
    let ids: BTreeSet<&str> = findings
        .iter()
        .flat_map(|f| &f.evidence)
        .flat_map(|e| &e.fields)
        .filter(|(k, _)| *k == "office")
        .map(|(_, v)| v.as_str())
        .collect();
    ids.into_iter().filter_map(|id| ledger.office(id)).collect()
}

/// The id of the element holding an office's timeline.
pub fn anchor(office_id: &str) -> String {
    format!("timeline-{office_id}")
}

/// One claim placed on a timeline.
struct Marker<'a> {
    claim: &'a Claim,
    office: &'a OfficeClaim,
    date: DateValue,
    status: Status,
    row: usize,
    /// Where it is drawn: at its date, moved right past the markers on the
    /// same spot before it.
    x: f64,
}

/// One row: a tenure's bar, or a person the texts name with no tenure in view.
struct Row<'a> {
    label: String,
    note: String,
    tenure: Option<&'a Tenure>,
    /// The claim files' person id, or the name as the texts give it.
    person: String,
}

/// The `<figure>` with the timeline of `office` (`label` names it): the
/// SVG, its legend, and the claims it cannot place (those without a date).
pub fn render(office: &Office, run: &Run, ledger: &ClaimSet, label: &str) -> String {
    let claims: Vec<(&Claim, &OfficeClaim)> = run
        .claims
        .iter()
        .filter_map(|c| match &c.value {
            ClaimValue::Office(o) if o.office.as_deref() == Some(office.id.as_str()) => Some((c, o)),
            _ => None,
        })
        .collect();
    let disputed: BTreeSet<(usize, Span)> = run
        .comparison
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .flat_map(|f| &f.evidence)
        .filter_map(|e| Some((e.doc?, e.span?)))
        .collect();
    let dated: Vec<(&Claim, &OfficeClaim, DateValue)> =
        claims.iter().filter_map(|&(c, o)| o.as_of.map(|d| (c, o, d))).collect();
    let mut out = format!(
        "<figure class=\"timeline\" id=\"{}\">\n<figcaption>Timeline of {}: its tenures in the claim files, and every claim of the texts that names a holder, at the text's date.</figcaption>\n",
        escape(&anchor(&office.id)),
        escape(label)
    );
    let (Some(first), Some(last)) =
        (dated.iter().map(|(_, _, d)| d.first_day()).min(), dated.iter().map(|(_, _, d)| d.last_day()).max())
    else {
        out.push_str("<p>No claim about this office has a date, so there is nothing to place.</p>\n");
        out.push_str(&undated(run, &claims));
        out.push_str("</figure>\n");
        return out;
    };
    let from = Date::new(first.year() - 1, 1, 1).unwrap_or(first);
    let to = Date::new(last.year() + 2, 1, 1).unwrap_or(last);
    let tenures: Vec<&Tenure> = ledger
        .tenures_of_office(&office.id)
        .iter()
        .filter(|t| t.start.first_day() < to && t.end.is_none_or(|e| e.last_day() >= from))
        .collect();
    let person_name = |id: &str| ledger.person(id).map_or_else(|| id.to_string(), |p| p.name.clone());
    let mut rows: Vec<Row> = tenures
        .iter()
        .map(|t| Row {
            label: person_name(&t.person),
            note: format!(
                "{} – {}{}",
                t.start,
                t.end.map_or_else(|| "in office".to_string(), |e| e.to_string()),
                if t.acting { " (acting)" } else { "" }
            ),
            tenure: Some(t),
            person: t.person.clone(),
        })
        .collect();
    let mut markers: Vec<Marker> = Vec::with_capacity(dated.len());
    for &(claim, o, date) in &dated {
        let status = status(claim, o, &date, &disputed, ledger, &office.id);
        let person = o.person_id.clone().unwrap_or_else(|| o.person.clone());
        let row = rows
            .iter()
            .position(|r| r.person == person && r.tenure.is_some_and(|t| t.overlaps(&date)))
            .or_else(|| rows.iter().position(|r| r.person == person))
            .unwrap_or_else(|| {
                let elsewhere =
                    o.person_id.as_deref().is_some_and(|p| !ledger.tenures_of_person_in(p, &office.id).is_empty());
                rows.push(Row {
                    label: o.person.clone(),
                    note: if elsewhere { "tenure outside this view" } else { "no tenure in the claim files" }.into(),
                    tenure: None,
                    person,
                });
                rows.len() - 1
            });
        markers.push(Marker { claim, office: o, date, status, row, x: 0.0 });
    }
    let height = AXIS + ROW * rows.len() as f64 + 8.0;
    let scale = Scale { from, days: days_between(from, to).max(1) as f64 };
    // Markers that would fall on one spot of a row are drawn side by side,
    // up to `MAX_STACK` of them; more share the last place (each keeps its
    // tooltip).
    let mut taken: BTreeMap<(usize, i64), usize> = BTreeMap::new();
    for m in &mut markers {
        let x = scale.x_of(&m.date);
        let n = taken.entry((m.row, (x / SPREAD).round() as i64)).or_default();
        m.x = x + SPREAD * (*n).min(MAX_STACK) as f64;
        *n += 1;
    }
    let counts: BTreeMap<Status, usize> = markers.iter().fold(BTreeMap::new(), |mut m, k| {
        *m.entry(k.status).or_default() += 1;
        m
    });
    let summary = Status::ALL
        .iter()
        .map(|s| format!("{} {}", counts.get(s).copied().unwrap_or(0), s.name()))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = write!(
        out,
        "<svg class=\"timeline\" data-office=\"{id}\" data-from=\"{from}\" data-to=\"{to}\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-label=\"{aria}\">\n<title>{title}</title>\n",
        id = escape(&office.id),
        aria = escape(&format!("Tenures of {label} from {from} to {to}: {} bars; claims: {summary}", tenures.len())),
        title = escape(&format!("{label}: tenures in the claim files and the claims of the texts")),
    );
    out.push_str(&axis(&scale, from, to, height));
    for (i, row) in rows.iter().enumerate() {
        out.push_str(&row_svg(row, i, &scale, to));
    }
    out.push_str(&conflicts(run, office, &markers, &rows));
    for m in &markers {
        let doc = &run.documents[m.claim.doc];
        let (x, y) = (m.x, row_middle(m.row));
        let _ = writeln!(
            out,
            "<g class=\"marker {status}\" data-path=\"{path}\" data-line=\"{line}\" data-column=\"{column}\"><title>{tip}</title>{whisker}{shape}</g>",
            status = m.status.name(),
            path = escape(&doc.path),
            line = m.claim.location.line,
            column = m.claim.location.column,
            tip = escape(&format!(
                "{}: {} as {} on {} ({}:{}:{}): {}",
                m.status.name(),
                m.office.person,
                m.office.title,
                m.date,
                doc.path,
                m.claim.location.line,
                m.claim.location.column,
                m.status.meaning()
            )),
            whisker = whisker(&scale, &m.date, y),
            shape = m.status.shape(x, y),
        );
    }
    out.push_str("</svg>\n");
    out.push_str(&legend());
    out.push_str(&undated(run, &claims));
    out.push_str("</figure>\n");
    out
}

/// The status of an office claim dated `date`.
fn status(
    claim: &Claim,
    o: &OfficeClaim,
    date: &DateValue,
    disputed: &BTreeSet<(usize, Span)>,
    ledger: &ClaimSet,
    office_id: &str,
) -> Status {
    // A person the claim files do not know cannot be one of their holders.
    let person = o.person_id.as_deref().unwrap_or("");
    let in_office = matches!(o.qualifier, Qualifier::Current | Qualifier::Acting | Qualifier::Outgoing);
    if in_office {
        // The claim files settle who held the office then, whatever
        // another source says (a finding between two sources points at
        // both, the right one too).
        let holders = ledger.holders(office_id, date);
        if holders.iter().any(|t| t.person == person) {
            return Status::Consistent;
        }
        if !holders.is_empty() {
            return Status::Contradicted;
        }
    }
    if disputed.contains(&(claim.doc, claim.span)) {
        return Status::Contradicted;
    }
    let tenures = ledger.tenures_of_person_in(person, office_id);
    let held = match o.qualifier {
        _ if in_office => false,
        Qualifier::Former => tenures.iter().any(|t| t.start.first_day() <= date.last_day()),
        _ => !tenures.is_empty(),
    };
    if held { Status::Consistent } else { Status::Unconfirmed }
}

/// Days from `a` to `b`.
fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map_or(0, |s| i64::from(s.get_days()))
}

/// Dates to x coordinates.
struct Scale {
    from: Date,
    days: f64,
}

impl Scale {
    fn x(&self, d: Date) -> f64 {
        let t = (days_between(self.from, d) as f64 / self.days).clamp(0.0, 1.0);
        PLOT_START + t * (PLOT_END - PLOT_START)
    }

    /// The middle of a date that may be partial.
    fn x_of(&self, d: &DateValue) -> f64 {
        (self.x(d.first_day()) + self.x(d.last_day())) / 2.0
    }
}

fn row_top(i: usize) -> f64 {
    AXIS + ROW * i as f64
}

fn row_middle(i: usize) -> f64 {
    row_top(i) + ROW / 2.0
}

/// Year ticks and labels along the top, with grid lines down the plot.
fn axis(scale: &Scale, from: Date, to: Date, height: f64) -> String {
    let years = i64::from(to.year() - from.year());
    let step = ((years + MAX_TICKS - 1) / MAX_TICKS).max(1);
    let mut out = String::from("<g class=\"axis\">");
    let mut year = from.year();
    while year <= to.year() {
        let Ok(day) = Date::new(year, 1, 1) else { break };
        let x = scale.x(day);
        let _ = write!(
            out,
            "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/><text x=\"{x:.1}\" y=\"{:.1}\">{year}</text>",
            AXIS - 6.0,
            height - 4.0,
            AXIS - 12.0
        );
        year = year.saturating_add(i16::try_from(step).unwrap_or(i16::MAX));
    }
    out.push_str("</g>\n");
    out
}

/// A row's label and, for a tenure, its bar.
fn row_svg(row: &Row, i: usize, scale: &Scale, to: Date) -> String {
    let top = row_top(i);
    let mut out = format!(
        "<text class=\"name\" x=\"8\" y=\"{:.1}\">{}</text><text class=\"note\" x=\"8\" y=\"{:.1}\">{}</text>",
        top + 14.0,
        escape(&row.label),
        top + 27.0,
        escape(&row.note)
    );
    let y = row_middle(i) - BAR / 2.0;
    match row.tenure {
        Some(t) => {
            let x0 = scale.x(t.start.first_day());
            let x1 = scale.x(t.end.map_or(to, |e| e.last_day())).max(x0 + 2.0);
            let _ = writeln!(
                out,
                "<rect class=\"tenure{open}\" data-person=\"{person}\" data-start=\"{start}\" data-end=\"{end}\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{BAR}\" rx=\"3\"><title>{tip}</title></rect>",
                open = if t.end.is_none() { " open" } else { "" },
                person = escape(&t.person),
                start = t.start,
                end = t.end.map_or_else(String::new, |e| e.to_string()),
                w = x1 - x0,
                tip = escape(&format!("{}, {} ({}:{})", row.label, row.note, t.origin.path, t.origin.line)),
            );
        }
        None => {
            let _ = writeln!(
                out,
                "<line class=\"lane\" x1=\"{PLOT_START}\" y1=\"{m:.1}\" x2=\"{PLOT_END}\" y2=\"{m:.1}\"/>",
                m = row_middle(i)
            );
        }
    }
    out
}

/// A thin line across the days a partial date could mean.
fn whisker(scale: &Scale, d: &DateValue, y: f64) -> String {
    if d.first_day() == d.last_day() {
        return String::new();
    }
    format!(
        "<line class=\"whisker\" x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/>",
        scale.x(d.first_day()),
        scale.x(d.last_day())
    )
}

/// A dashed line between the two sides of each finding about the office.
fn conflicts(run: &Run, office: &Office, markers: &[Marker], rows: &[Row]) -> String {
    let at = |doc: usize, span: Span| {
        markers.iter().find(|m| m.claim.doc == doc && m.claim.span == span).map(|m| (m.x, row_middle(m.row)))
    };
    let mut lines: BTreeSet<String> = BTreeSet::new();
    for f in &run.comparison.findings {
        let about = f.evidence.iter().flat_map(|e| &e.fields).any(|(k, v)| *k == "office" && *v == office.id);
        let Some((first, others)) = f.evidence.split_first() else { continue };
        let Some(a) = first.doc.zip(first.span).and_then(|(d, s)| at(d, s)) else { continue };
        if !about {
            continue;
        }
        for e in others {
            let b = match (e.doc, e.span) {
                (Some(doc), Some(span)) => at(doc, span),
                _ => rows
                    .iter()
                    .position(|r| r.tenure.is_some_and(|t| t.origin.path == e.path && t.origin.line == e.line))
                    .map(|i| (a.0, row_middle(i))),
            };
            if let Some(b) = b {
                lines.insert(format!(
                    "<line class=\"conflict\" data-code=\"{}\" x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\"><title>{}</title></line>",
                    f.code,
                    a.0,
                    a.1,
                    b.0,
                    b.1,
                    escape(&format!("{}: {}", f.code, f.message))
                ));
            }
        }
    }
    lines.into_iter().map(|l| l + "\n").collect()
}

/// What the shapes and lines mean, in words beside each shape.
fn legend() -> String {
    let mut out = String::from("<ul class=\"legend\">");
    for s in Status::ALL {
        let _ = write!(
            out,
            "<li><svg class=\"key\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><g class=\"marker {}\">{}</g></svg>{}</li>",
            s.name(),
            s.shape(10.0, 11.0),
            s.meaning()
        );
    }
    out.push_str(
        "<li><svg class=\"key\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><rect class=\"tenure\" x=\"1\" y=\"6\" width=\"18\" height=\"8\" rx=\"2\"/></svg>a tenure in the claim files</li>\
         <li><svg class=\"key\" viewBox=\"0 0 20 20\" aria-hidden=\"true\"><line class=\"conflict\" x1=\"1\" y1=\"10\" x2=\"19\" y2=\"10\"/></svg>joins the two sides of a finding</li></ul>\n",
    );
    out
}

/// The claims a timeline cannot place, listed in words.
fn undated(run: &Run, claims: &[(&Claim, &OfficeClaim)]) -> String {
    let items: Vec<String> = claims
        .iter()
        .filter(|(_, o)| o.as_of.is_none())
        .map(|(c, o)| {
            let place = format!("{}:{}:{}", run.documents[c.doc].path, c.location.line, c.location.column);
            format!("<li class=\"undated\">{} as {} ({})</li>", escape(&o.person), escape(&o.title), escape(&place))
        })
        .collect();
    if items.is_empty() {
        return String::new();
    }
    format!("<p>Claims without a date, not placed:</p><ul>{}</ul>\n", items.concat())
}
