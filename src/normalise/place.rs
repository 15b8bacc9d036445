//! Jurisdiction from context: which country an office mention with no
//! country named speaks of.
//!
//! "Foreign Secretary Joe Clark" in a story datelined WASHINGTON is not the
//! United Kingdom's Foreign Secretary, though the claim files know that
//! title only as the UK's; "Financial Secretary Piers Jacobs" in a Hong
//! Kong story is not the UK's Financial Secretary. The context says where a
//! mention may be, from three sources, nearest first:
//! 1. country words in its sentence ("… urged the United States to act",
//!    "In Hong Kong, …"), and cities after "in" ("talks in Tokyo") —
//!    not the country words other mentions of the sentence name as their
//!    own ("U.S. Treasury Secretary James Baker"), but those of the
//!    mention's own title ("Prime Minister of Japan");
//! 2. the dateline ("LONDON, March 30 -", "TOKYO (Reuters) -"): a city of
//!    the gazetteer ([`crate::vocab::cities`]), a region after it, or a
//!    country, at the start of one of the text's first paragraphs, with a
//!    date or an agency beside it;
//! 3. the outlet's country (`outlet:` of the document's metadata): a known
//!    outlet ([`crate::vocab::outlets`]), or a country or city its name
//!    holds ("Forbes Australia").
//!
//! The countries of the sentence and of the dateline together are the
//! context (a sentence about the Secretary of State names the countries he
//! deals with; the dateline says where the story stands); the outlet's
//! country counts only when neither names one.
//!
//! Precision first: the context only narrows or confirms, never invents. An
//! office the title and person resolved to stays when the context names its
//! country and no other (the claim's jurisdiction is then marked as confirmed by the
//! nearest source naming it), or when the claim files tie the person to it
//! or to its country — the person's record is better evidence than a
//! dateline. A context naming two countries decides nothing for a person
//! the claim files do not know. Otherwise the context removes it: the claim keeps the
//! context's country, if it names just one, and no office. The context
//! never resolves a title the person and title alone left unresolved, so it
//! cannot make a claim, or a conflict, on its own.

use std::collections::BTreeSet;

use crate::claims::ClaimSet;
use crate::extract::office::OfficeMention;
use crate::load::Document;
use crate::sentence;
use crate::span::Span;
use crate::vocab::{calendar, cities, countries, outlets};

use super::office::{holder_by_surname, near_miss_of_holder};
use crate::names::NameParts;

/// Where a claim's jurisdiction, when the mention names none, comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// Country words (or a city after "in") in the mention's sentence.
    Sentence,
    /// The text's dateline.
    Dateline,
    /// The outlet's country.
    Outlet,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::Sentence, Source::Dateline, Source::Outlet];

    /// The stable name, as reports and claim listings write it.
    pub fn name(self) -> &'static str {
        match self {
            Source::Sentence => "sentence",
            Source::Dateline => "dateline",
            Source::Outlet => "outlet",
        }
    }

    pub fn parse(name: &str) -> Option<Source> {
        Source::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Where a document places its mentions, beyond their sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Setting {
    dateline: Option<String>,
    outlet: Option<String>,
}

/// The countries the context gives one mention, each with the nearest
/// source naming it, sorted by code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Context {
    pub codes: Vec<(String, Source)>,
}

impl Context {
    /// The nearest source naming `code`, if any does.
    fn source_of(&self, code: &str) -> Option<Source> {
        self.codes.iter().find(|(c, _)| c == code).map(|&(_, s)| s)
    }
}

/// How far into the text a dateline may stand: the first paragraphs.
const DATELINE_PARAGRAPHS: usize = 4;
const DATELINE_REACH: usize = 1_000;
/// How many words a country or city name may have.
const MAX_FORM_WORDS: usize = 4;

impl Setting {
    /// The dateline's and the outlet's countries of a document.
    ///
    /// # Panics
    /// When the document's text has been released.
    pub fn of(doc: &Document, claims: &ClaimSet) -> Setting {
        Setting {
            dateline: dateline(doc.text.as_str(), doc.body, claims),
            outlet: doc.outlet.as_deref().and_then(|o| outlet_country(o, claims)),
        }
    }

    /// The country the document's outlet reports from, when known.
    pub fn outlet(&self) -> Option<&str> {
        self.outlet.as_deref()
    }

    /// The dateline's country, when the text has one.
    pub fn dateline(&self) -> Option<&str> {
        self.dateline.as_deref()
    }

    /// The context of the mention at `span` in `text`, among the document's
    /// `mentions`: its sentence's and the dateline's countries, else the
    /// outlet's; `None` when none says.
    pub fn around(&self, text: &str, span: Span, mentions: &[OfficeMention], claims: &ClaimSet) -> Option<Context> {
        let s = sentence::sentence(text, span);
        let claimed: Vec<Span> = mentions
            .iter()
            .filter_map(|m| m.jurisdiction.as_ref().map(|j| j.span))
            .filter(|j| j.start < s.end && j.end > s.start)
            .collect();
        let mut codes: Vec<(String, Source)> =
            countries_in(text, s, &claimed, claims, true).into_iter().map(|c| (c, Source::Sentence)).collect();
        if let Some(d) = &self.dateline
            && !codes.iter().any(|(c, _)| c == d)
        {
            codes.push((d.clone(), Source::Dateline));
        }
        if codes.is_empty()
            && let Some(o) = &self.outlet
        {
            codes.push((o.clone(), Source::Outlet));
        }
        codes.sort();
        (!codes.is_empty()).then_some(Context { codes })
    }
}

/// What the context makes of an office a mention resolved to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placed {
    pub office: Option<String>,
    /// The jurisdiction the context gives, when it decided.
    pub jurisdiction: Option<String>,
    pub from: Option<Source>,
}

/// Narrows or confirms `office` (resolved from the title and the person
/// alone) by the mention's `context`: kept, and marked as confirmed, when
/// the context names its country; kept, unmarked, when the claim files tie
/// the person (`person_id`, a family name alone `surnames`, or a name close
/// to a holder's `name`) to the office or its country; otherwise removed,
/// the claim keeping the context's country when it names one.
pub fn narrow(
    claims: &ClaimSet,
    office: Option<String>,
    context: &Context,
    person_id: Option<&str>,
    surnames: Option<&[String]>,
    name: &str,
) -> Placed {
    let kept = |office, jurisdiction, from| Placed { office, jurisdiction, from };
    let Some(id) = office else { return kept(None, None, None) };
    let Some(country) = claims.office(&id).map(|o| o.jurisdiction.clone()) else { return kept(Some(id), None, None) };
    let backed = person_id.is_some_and(|pid| {
        claims
            .tenures_of_person(pid)
            .iter()
            .any(|t| claims.office(&t.office).is_some_and(|o| o.jurisdiction == country))
    }) || surnames.is_some_and(|s| holder_by_surname(claims, &id, s, None).is_some())
        || near_miss_of_holder(claims, &id, &NameParts::of(name), None);
    // The context confirms the office when it names the office's country
    // alone, or the person's record backs it; a context naming other
    // countries too ("talks in New York" in a BUENOS AIRES story) leaves an
    // unknown person's office undecided.
    if let Some(from) = context.source_of(&country)
        && (backed || context.codes.len() == 1)
    {
        return kept(Some(id), Some(country), Some(from));
    }
    if backed {
        return kept(Some(id), None, None);
    }
    match context.codes.as_slice() {
        [(one, from)] => kept(None, Some(one.clone()), Some(*from)),
        _ => kept(None, None, None),
    }
}

/// The jurisdiction a form names: a claim file's declared jurisdiction, or the base vocabulary's.
pub(crate) fn jurisdiction_of(claims: &ClaimSet, form: &str) -> Option<String> {
    claims
        .jurisdictions
        .iter()
        .find(|j| j.forms().any(|f| f == form))
        .map(|j| j.code.clone())
        .or_else(|| countries::by_form(form).map(|j| j.code.clone()))
}

/// The words of `span`, split at white space, with the punctuation around
/// them and a possessive left out ("(Japan's," → "Japan"); periods inside
/// a word stay ("U.S.").
fn words(text: &str, span: Span) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = span.start;
    for piece in text[span.start..span.end].split_inclusive(char::is_whitespace) {
        let start = at;
        at += piece.len();
        let w = piece.trim_end();
        let lead = w.len() - w.trim_start_matches(['(', '"', '“', '\'', '‘', '[']).len();
        let mut w = &w[lead..];
        w = w.trim_end_matches([',', ';', ':', ')', '"', '”', '?', '!', ']']);
        for possessive in ["'s", "’s"] {
            w = w.strip_suffix(possessive).unwrap_or(w);
        }
        w = w.trim_end_matches(['\'', '’']);
        if !w.is_empty() {
            out.push((start + lead, start + lead + w.len()));
        }
    }
    out
}

/// The jurisdictions the country words of `span` name, and the cities
/// after "in": sorted codes.
pub(crate) fn countries_named(text: &str, span: Span, claims: &ClaimSet) -> Vec<String> {
    countries_in(text, span, &[], claims, true)
}

/// The jurisdictions the country words of `span` name (and, with
/// `cities_after_in`, the cities after "in"), outside the `claimed` spans:
/// sorted codes.
fn countries_in(text: &str, span: Span, claimed: &[Span], claims: &ClaimSet, cities_after_in: bool) -> Vec<String> {
    let words = words(text, span);
    let mut codes: BTreeSet<String> = BTreeSet::new();
    let mut i = 0;
    while i < words.len() {
        let mut matched = 0;
        // Every country and city name starts with a capital.
        if !text[words[i].0..words[i].1].starts_with(char::is_uppercase) {
            i += 1;
            continue;
        }
        for n in (1..=MAX_FORM_WORDS.min(words.len() - i)).rev() {
            let (start, end) = (words[i].0, words[i + n - 1].1);
            if claimed.iter().any(|c| c.start < end && c.end > start) {
                continue;
            }
            let joined_form;
            let form = if n == 1 {
                &text[start..end]
            } else {
                joined_form = joined(text, &words[i..i + n]);
                joined_form.as_str()
            };
            let bare = form.strip_suffix('.').unwrap_or(form);
            let capitalised = form.starts_with(char::is_uppercase);
            let after_in = i > 0 && text[words[i - 1].0..words[i - 1].1].eq_ignore_ascii_case("in");
            let code = jurisdiction_of(claims, form)
                .or_else(|| (bare != form).then(|| jurisdiction_of(claims, bare)).flatten())
                .or_else(|| {
                    (capitalised && (after_in || !cities_after_in))
                        .then(|| cities::city(bare).map(String::from))
                        .flatten()
                });
            if let Some(code) = code {
                codes.insert(code);
                matched = n;
                break;
            }
        }
        i += matched.max(1);
    }
    codes.into_iter().collect()
}

/// Words joined by one space (a line break inside a name is a space).
fn joined(text: &str, words: &[(usize, usize)]) -> String {
    let mut s = String::new();
    for (k, &(a, b)) in words.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(&text[a..b]);
    }
    s
}

/// Each word capitalised, the rest lower case ("HONG KONG" → "Hong Kong").
fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The country of the text's dateline, if one of its first paragraphs opens with one.
fn dateline(text: &str, body: Span, claims: &ClaimSet) -> Option<String> {
    let end = (body.start + DATELINE_REACH).min(body.end);
    let mut at = body.start;
    for _ in 0..DATELINE_PARAGRAPHS {
        let rest = &text[at..body.end];
        let start = at + (rest.len() - rest.trim_start().len());
        if start >= end {
            return None;
        }
        let line_end = text[start..body.end].find('\n').map_or(body.end, |i| start + i);
        if let Some(code) = dateline_line(&text[start..line_end], claims) {
            return Some(code);
        }
        // The next paragraph: after a blank line.
        let next = text[start..body.end].find("\n\n").or_else(|| text[start..body.end].find("\n\r\n"))?;
        at = start + next + 1;
    }
    None
}

/// The country a dateline line names: `CITY[, REGION][, Month Day[, Year]] [(Agency)] -`,
/// with a date or an agency (so that a headline "U.S. - JAPAN TALKS" is none).
fn dateline_line(line: &str, claims: &ClaimSet) -> Option<String> {
    let mut cut = line.len().min(120);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    let dash = [" - ", " -- ", " — ", " – ", "—"].iter().filter_map(|d| head.find(d)).min()?;
    let mut prefix = head[..dash].trim_end();
    let mut agency = false;
    if prefix.ends_with(')')
        && let Some(open) = prefix.rfind('(')
    {
        agency = true;
        prefix = prefix[..open].trim_end();
    }
    let parts: Vec<&str> = prefix.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let (city, rest) = parts.split_first()?;
    let words: Vec<&str> = city.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_FORM_WORDS || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let is_date = |p: &str| {
        let mut w = p.split_whitespace();
        w.next().is_some_and(|m| calendar::month(m.trim_end_matches('.')).is_some())
            && w.next().is_some_and(|d| d.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit()))
            || (p.len() == 4 && p.bytes().all(|b| b.is_ascii_digit()))
    };
    let date = rest.iter().any(|p| is_date(p));
    if !(date || agency) {
        return None;
    }
    let country = |name: &str| jurisdiction_of(claims, name).or_else(|| jurisdiction_of(claims, &title_case(name)));
    let places: Vec<&&str> = rest.iter().filter(|p| !is_date(p)).collect();
    cities::city(city)
        .map(String::from)
        .or_else(|| places.iter().find_map(|p| cities::region(p).map(String::from).or_else(|| country(p))))
        .or_else(|| country(city))
}

/// The country of an outlet: a known outlet, else the one country or city its name holds.
fn outlet_country(outlet: &str, claims: &ClaimSet) -> Option<String> {
    let name = outlet.split(" (").next().unwrap_or(outlet).trim();
    if let Some(code) = outlets::by_name(name) {
        return Some(code.to_string());
    }
    match countries_in(name, Span::new(0, name.len()), &[], claims, false).as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ledger() -> ClaimSet {
        ClaimSet::default()
    }

    fn doc(text: &str, outlet: Option<&str>) -> Document {
        Document {
            path: "a.txt".into(),
            text: text.into(),
            body: Span::new(0, text.len()),
            published: None,
            published_from: None,
            outlet: outlet.map(String::from),
            url: None,
            title: None,
        }
    }

    /// The context of `mention` in `text`: its codes and source.
    fn context(text: &str, mention: &str, outlet: Option<&str>) -> Option<Vec<(String, Source)>> {
        let claims = ledger();
        let setting = Setting::of(&doc(text, outlet), &claims);
        let start = text.find(mention).unwrap();
        let mentions = crate::extract::office::extract(text, crate::extract::base_lexicon());
        setting.around(text, Span::new(start, start + mention.len()), &mentions, &claims).map(|c| c.codes)
    }

    fn codes(list: &[(&str, Source)]) -> Option<Vec<(String, Source)>> {
        Some(list.iter().map(|(c, s)| ((*c).to_string(), *s)).collect())
    }

    #[test]
    fn the_sentence_names_the_country() {
        let got =
            context("Foreign Secretary Pat Doe urged the United States to act.", "Foreign Secretary Pat Doe", None);
        assert_eq!(got, codes(&[("US", Source::Sentence)]));
        let got = context("In Hong Kong, she will meet Trade Secretary Pat Doe.", "Trade Secretary Pat Doe", None);
        assert_eq!(got, codes(&[("HK", Source::Sentence)]));
        let got = context("She met Trade Secretary Pat Doe in Tokyo.", "Trade Secretary Pat Doe", None);
        assert_eq!(got, codes(&[("JP", Source::Sentence)]));
        // Another mention's own country is that mention's.
        let got =
            context("U.S. Commerce Secretary Bo Lee met Trade Secretary Pat Doe.", "Trade Secretary Pat Doe", None);
        assert_eq!(got, None);
        // A city is a place only after "in".
        assert_eq!(context("Trade Secretary Pat Doe met Darwin scholars.", "Trade Secretary Pat Doe", None), None);
    }

    #[test]
    fn the_dateline_names_the_country() {
        let text = "TRADE TALKS - A HEADLINE\n\nMANILA, April 9 - Trade Secretary Pat Doe said prices rose.\n";
        assert_eq!(context(text, "Trade Secretary Pat Doe", None), codes(&[("PH", Source::Dateline)]));
        let text = "TOKYO (Reuters) - Trade Secretary Pat Doe said prices rose.\n";
        assert_eq!(context(text, "Trade Secretary Pat Doe", None), codes(&[("JP", Source::Dateline)]));
        let text = "ST. PAUL, Minn., March 3 - Trade Secretary Pat Doe said prices rose.\n";
        assert_eq!(context(text, "Trade Secretary Pat Doe", None), codes(&[("US", Source::Dateline)]));
        // Long lines of any script are read safely.
        let text = format!("a{} — and more", "é".repeat(70));
        assert_eq!(context(&text, "more", None), None);
        // A headline with a dash and no date or agency is no dateline.
        let text = "U.S. - JAPAN TALKS\n\nTrade Secretary Pat Doe said prices rose.\n";
        assert_eq!(context(text, "Trade Secretary Pat Doe", None), None);
    }

    #[test]
    fn the_outlet_names_the_country() {
        let text = "Trade Secretary Pat Doe said prices rose.";
        assert_eq!(context(text, "Trade Secretary Pat Doe", Some("BBC News")), codes(&[("UK", Source::Outlet)]));
        assert_eq!(
            context(text, "Trade Secretary Pat Doe", Some("Forbes Australia (wire copy)")),
            codes(&[("AU", Source::Outlet)])
        );
        assert_eq!(context(text, "Trade Secretary Pat Doe", Some("Reuters")), None);
        // The dateline comes before the outlet.
        let text = "OTTAWA, May 2 - Trade Secretary Pat Doe said prices rose.";
        assert_eq!(context(text, "Trade Secretary Pat Doe", Some("BBC")), codes(&[("CA", Source::Dateline)]));
    }

    /// The office, jurisdiction and its source of the first office claim of
    /// `text` (from `outlet`, published 1987-03-11), against a ledger with a
    /// UK Foreign Secretary.
    fn placed(text: &str, outlet: Option<&str>) -> (Option<String>, Option<String>, Option<Source>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.yaml");
        std::fs::write(
            &path,
            "schema: 1\noffices:\n  - {id: uk.foreign-secretary, jurisdiction: UK, name: Foreign Secretary}\npeople:\n  - {id: geoff-hove, name: Geoff Hovington}\ntenures:\n  - {person: geoff-hove, office: uk.foreign-secretary, start: 1983-06-11}\n",
        )
        .unwrap();
        let claims = crate::claims::load(&[path]).unwrap();
        let d = doc(text, outlet);
        let mentions = crate::extract::office::extract(text, &crate::extract::lexicon(&claims));
        let published = crate::time::DateValue::parse("1987-03-11").ok();
        let setting = Setting::of(&d, &claims);
        let (_, c) = super::super::office::normalise_in(&setting, text, &mentions, published, &claims).remove(0);
        (c.office, c.jurisdiction, c.jurisdiction_from)
    }

    #[test]
    fn the_context_removes_another_countrys_office_from_a_stranger() {
        let none = |code: &str, from| (None, Some(code.to_string()), Some(from));
        let text = "WASHINGTON, March 11 - Foreign Secretary Jo Clerk urged action.";
        assert_eq!(placed(text, None), none("US", Source::Dateline));
        let text = "Foreign Secretary Jo Clerk urged the United States to act.";
        assert_eq!(placed(text, None), none("US", Source::Sentence));
        let text = "Foreign Secretary Jo Clerk urged action.";
        assert_eq!(placed(text, Some("CBC News")), none("CA", Source::Outlet));
        // No context: the one office of that title, as before.
        assert_eq!(placed(text, None), (Some("uk.foreign-secretary".into()), Some("UK".into()), None));
    }

    #[test]
    fn the_context_confirms_an_office_of_its_country_and_a_holder_keeps_his() {
        let uk = Some("uk.foreign-secretary".to_string());
        let text = "LONDON, March 11 - Foreign Secretary Jo Clerk urged action.";
        assert_eq!(placed(text, None), (uk.clone(), Some("UK".into()), Some(Source::Dateline)));
        let text = "Foreign Secretary Jo Clerk urged Britain to act.";
        assert_eq!(placed(text, None), (uk.clone(), Some("UK".into()), Some(Source::Sentence)));
        // The claim files tie him to the office: his record beats the dateline.
        let text = "WASHINGTON, March 11 - Foreign Secretary Geoff Hovington urged action.";
        assert_eq!(placed(text, None), (uk.clone(), Some("UK".into()), None));
        // So does a name close to the holder's, which its own check reports.
        let text = "WASHINGTON, March 11 - Foreign Secretary Geoff Hovingten urged action.";
        assert_eq!(placed(text, None).0, uk);
    }

    #[test]
    fn the_sentence_and_the_dateline_together_are_the_context() {
        let text = "TOKYO, May 2 - Cabinet Secretary Pat Doe said the United States would act.";
        assert_eq!(
            context(text, "Cabinet Secretary Pat Doe", None),
            codes(&[("JP", Source::Dateline), ("US", Source::Sentence)])
        );
    }
}
