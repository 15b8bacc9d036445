//! Office-holder mentions: a person named as holding, or having held, an office.
//!
//! Shapes recognised (title first, or name first):
//! - `[qualifier] [jurisdiction['s]] [qualifier] Title [,] Name` —
//!   "Japan's Defense Minister Shigenobu Kishida", "the U.S. Secretary of War
//!   Hegseth", "Former US Secretary of State Henry Kissinger", "then-Prime
//!   Minister Shinzo Abe", "Japan's Minister of Defense, Koizumi Shinjiro,",
//!   "Minister Kishida" (a short mention, resolved in `normalise`).
//! - `Name, [the | who is] [jurisdiction['s]] [qualifier] title` —
//!   "Koizumi Shinjiro, Japan's Minister of Defense", "Gen Nakatani, the
//!   defense minister".
//! - `Name was appointed | was named | became [the] [jurisdiction] title` —
//!   "Takeshi Iwaya was appointed foreign minister".
//!
//! A title is `modifier* head complement*`: a head word from a closed list
//! ("Minister", "Secretary", "President", …), portfolio words before it
//! ("Defense Minister") and `of`/`for` complements after it ("Minister for
//! Foreign Affairs"). Portfolio words come from a closed lexicon, which is how
//! "Secretary of State Henry Kissinger" splits into title and name. Names are
//! runs of capitalised words (with name particles such as "bin" or "van" and
//! capitalised family names such as "KISHIDA").
//!
//! The extractor only finds and splits mentions; it does not decide which
//! office a title names or who a short name is — `normalise` does that with
//! the claim files and the rest of the document.
//!
//! Invariants: every loop is bounded by a word cap; the scan visits each word
//! start once and resumes after a match, so time is linear in the text.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::combinator::{opt, recognize, verify};
use nom::{IResult, Parser};
use serde::Serialize;

use crate::jurisdiction::{self, Jurisdiction};
use crate::span::Span;

/// A person named as holding (or having held) an office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeMention {
    /// From the first word of the mention (qualifier, jurisdiction or title)
    /// to the end of the last (name or title).
    pub span: Span,
    pub person: Span,
    pub title: Span,
    pub jurisdiction: Option<JurisdictionMention>,
    pub qualifier: Qualifier,
}

/// The country named in a mention ("Japan's" → `JP`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct JurisdictionMention {
    pub span: Span,
    pub code: &'static str,
}

/// How the text places the person in the office in time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// Holds the office when the text was published.
    #[default]
    Current,
    /// Held it before, no longer ("former", "ex-", "the late").
    Former,
    /// Held it at the time of the event told ("then-Prime Minister").
    Then,
    /// Holds it provisionally.
    Acting,
    /// Named but not yet in office ("designate", "incoming", "newly appointed" is current).
    Designate,
    /// Holds it but is leaving.
    Outgoing,
}

impl Qualifier {
    /// Whether the claim says the person holds the office at publication
    /// ("acting" and "outgoing" holders hold it).
    pub fn is_current(self) -> bool {
        matches!(self, Qualifier::Current | Qualifier::Acting | Qualifier::Outgoing)
    }
}

type Res<'a, T> = IResult<&'a str, T>;

/// Every office mention in `text`, in text order.
pub fn extract(text: &str) -> Vec<OfficeMention> {
    let mut found = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let rest = &text[pos..];
        if starts_word(text, pos)
            && let Some((after, raw)) = mention(rest)
        {
            found.push(raw.into_mention(text));
            let consumed = rest.len() - after.len();
            pos += consumed.max(1);
            pos = next_char_boundary(text, pos);
            continue;
        }
        pos = next_word_start(text, pos);
    }
    found
}

/// One mention starting exactly at the start of `input`, in either shape.
fn mention(input: &str) -> Option<(&str, Raw<'_>)> {
    title_first(input).or_else(|_| name_first(input)).ok()
}

/// A mention before its spans are computed: slices of the text.
#[derive(Debug, PartialEq, Eq)]
struct Raw<'a> {
    whole: &'a str,
    person: &'a str,
    title: &'a str,
    jurisdiction: Option<(&'a str, &'static Jurisdiction)>,
    qualifier: Qualifier,
}

impl Raw<'_> {
    fn into_mention(self, text: &str) -> OfficeMention {
        OfficeMention {
            span: Span::of(text, self.whole),
            person: Span::of(text, self.person),
            title: Span::of(text, self.title),
            jurisdiction: self
                .jurisdiction
                .map(|(form, j)| JurisdictionMention { span: Span::of(text, form), code: j.code }),
            qualifier: self.qualifier,
        }
    }
}

/// `[qualifier] [the] [jurisdiction] [qualifier] title [,] name`.
fn title_first(input: &str) -> Res<'_, Raw<'_>> {
    let (i, q1) = opt((qualifier, opt(sep))).parse(input)?;
    let (i, _) = opt((tag_no_case("the"), sep)).parse(i)?;
    let (i, juris) = opt((jurisdiction_form, sep)).parse(i)?;
    let (i, q2) = opt((qualifier, opt(sep))).parse(i)?;
    let (i, title) = title(i)?;
    let (i, of_juris) = opt((sep, tag("of"), sep, jurisdiction_form)).parse(i)?;
    let (i, comma) = opt(tag(",")).parse(i)?;
    let (i, _) = sep(i)?;
    let (i, person) = name(i)?;
    // "Minister of Defense, Koizumi Shinjiro," — with a comma the name must
    // close the apposition, or "As Defense Minister, Kishida Said …" style
    // sentence starts would read as names.
    if comma.is_some() && !i.starts_with([',', '.', ';', ')']) && !i.starts_with(" said") {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    let jurisdiction = juris.map(|(j, _)| j).or(of_juris.map(|(_, _, _, j)| j));
    let qualifier = q2.or(q1).map(|(q, _)| q).unwrap_or_default();
    // The mention starts at its first meaningful word: a leading "the" is not part of it.
    let start = [q1.map(|_| input), juris.map(|(j, _)| j.0), q2.map(|_| title)].into_iter().flatten().next();
    let whole = slice_between(input, start.unwrap_or(title), person);
    Ok((i, Raw { whole, person, title, jurisdiction, qualifier }))
}

/// `name, [the | who is] [jurisdiction] [qualifier] title` or
/// `name was appointed [as] [the] [jurisdiction] title`.
fn name_first(input: &str) -> Res<'_, Raw<'_>> {
    let (i, person) = name(input)?;
    let apposition =
        recognize((tag(","), sep, opt(alt((tag("the"), tag("who is"), tag("who serves as"), tag("now"))))))
            .map(|_| true);
    let appointment = recognize((
        sep,
        alt((tag("was appointed"), tag("was named"), tag("became"), tag("is now"), tag("has been named"))),
        opt((sep, tag("as"))),
        opt((sep, tag("the"))),
    ))
    .map(|_| false);
    let (i, is_apposition) = alt((apposition, appointment)).parse(i)?;
    let (i, _) = opt(sep).parse(i)?;
    let (i, juris) = opt((jurisdiction_form, sep)).parse(i)?;
    let (i, q) = opt((qualifier, opt(sep))).parse(i)?;
    let (i, title) = title(i)?;
    // An apposition must end with the title: "X, the defense minister, said"
    // but not "X, the defense minister's aide".
    let closes = i.is_empty() || i.starts_with([',', '.', ';', ':', ')', '\n', '\r']) || i.starts_with(" said");
    if is_apposition && !closes {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)));
    }
    let whole = slice_between(input, input, title);
    let jurisdiction = juris.map(|(j, _)| j);
    Ok((i, Raw { whole, person, title, jurisdiction, qualifier: q.map(|(q, _)| q).unwrap_or_default() }))
}

/// The slice of `base` from the start of `from` to the end of `to`.
fn slice_between<'a>(base: &'a str, from: &'a str, to: &'a str) -> &'a str {
    let b = base.as_ptr() as usize;
    let start = from.as_ptr() as usize - b;
    let end = to.as_ptr() as usize - b + to.len();
    &base[start..end]
}

/// Spaces between words on one line (a line break ends a mention).
fn sep(input: &str) -> Res<'_, &str> {
    take_while_m_n(1, 4, |c| c == ' ' || c == '\u{a0}').parse(input)
}

/// A qualifier word. "ex-" and "then-" glue to the next word; the others
/// must end at a word boundary ("former", not "formerly").
fn qualifier(input: &str) -> Res<'_, Qualifier> {
    fn tagged(q: Qualifier) -> impl Fn(&str) -> (&str, Qualifier) {
        move |w| (w, q)
    }
    let (rest, (word, q)) = alt((
        alt((tag_no_case("former"), tag_no_case("ex-"), tag_no_case("the late"))).map(tagged(Qualifier::Former)),
        alt((tag_no_case("then-"), tag_no_case("then"))).map(tagged(Qualifier::Then)),
        tag_no_case("acting").map(tagged(Qualifier::Acting)),
        alt((tag_no_case("incoming"), tag_no_case("designate"))).map(tagged(Qualifier::Designate)),
        tag_no_case("outgoing").map(tagged(Qualifier::Outgoing)),
        alt((tag_no_case("newly appointed"), tag_no_case("newly-appointed"), tag_no_case("current")))
            .map(tagged(Qualifier::Current)),
    ))
    .parse(input)?;
    if !word.ends_with('-') && rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)));
    }
    Ok((rest, q))
}

/// A jurisdiction form, with an optional possessive: "Japan's", "U.S.", "British".
fn jurisdiction_form(input: &str) -> Res<'_, (&str, &'static Jurisdiction)> {
    let Some((form, j)) = jurisdiction::longest_prefix(input) else {
        return Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)));
    };
    let (i, _) = opt(alt((tag("'s"), tag("’s")))).parse(&input[form.len()..])?;
    let (i, _) = opt(tag("-")).parse(i)?;
    Ok((i, (&input[..input.len() - i.len()], j)))
}

/// Head words of titles, lower case, longest first where one extends another.
const HEADS: &[&str] = &[
    "prime minister",
    "premier",
    "vice president",
    "vice-president",
    "president",
    "chancellor",
    "attorney general",
    "attorney-general",
    "secretary-general",
    "secretary",
    "minister",
];

/// Portfolio words: what may stand before a head ("Defense Minister") or in
/// its complement ("Secretary of State for Work and Pensions"). A closed list,
/// so that the complement stops where the name begins.
const PORTFOLIO: &[&str] = &[
    "affairs",
    "agriculture",
    "armed",
    "business",
    "cabinet",
    "chief",
    "climate",
    "commerce",
    "commonwealth",
    "communications",
    "communities",
    "culture",
    "defence",
    "defense",
    "deputy",
    "development",
    "digital",
    "economic",
    "economy",
    "education",
    "energy",
    "environment",
    "equalities",
    "europe",
    "exchequer",
    "finance",
    "fisheries",
    "food",
    "forces",
    "foreign",
    "government",
    "health",
    "home",
    "homeland",
    "housing",
    "industry",
    "infrastructure",
    "interior",
    "internal",
    "international",
    "ireland",
    "justice",
    "labor",
    "labour",
    "land",
    "local",
    "media",
    "northern",
    "pensions",
    "planning",
    "reconstruction",
    "revitalization",
    "rural",
    "science",
    "scotland",
    "security",
    "senior",
    "social",
    "sport",
    "state",
    "technology",
    "trade",
    "transport",
    "transportation",
    "treasury",
    "veterans",
    "vice",
    "wales",
    "war",
    "welfare",
    "work",
];

/// A title: `modifier* head complement*`, at most a handful of words.
fn title(input: &str) -> Res<'_, &str> {
    recognize((
        opt_repeat(4, (portfolio_word, sep, opt((alt((tag("and"), tag("&"))), sep)))),
        head,
        opt_repeat(2, complement),
    ))
    .parse(input)
}

/// Up to `max` repetitions of `p` (a bounded `many0`, output discarded).
fn opt_repeat<'a, P>(max: usize, mut p: P) -> impl Parser<&'a str, Output = (), Error = nom::error::Error<&'a str>>
where
    P: Parser<&'a str, Error = nom::error::Error<&'a str>>,
{
    move |mut input: &'a str| {
        for _ in 0..max {
            match p.parse(input) {
                Ok((rest, _)) if rest.len() < input.len() => input = rest,
                _ => break,
            }
        }
        Ok((input, ()))
    }
}

/// A title's head word ("Minister", "Prime Minister").
fn head(input: &str) -> Res<'_, &str> {
    for &h in HEADS {
        if let Ok((rest, matched)) = tag_no_case::<_, _, nom::error::Error<&str>>(h).parse(input)
            && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
            && consistent_case(matched)
        {
            return Ok((rest, matched));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Tag)))
}

/// `of`/`for` + portfolio words joined by "and" or "&": "of State", "for
/// Foreign Affairs", "of the Exchequer", "for Work and Pensions".
fn complement(input: &str) -> Res<'_, &str> {
    recognize((
        sep,
        alt((tag("of"), tag("for"))),
        sep,
        opt((tag("the"), sep)),
        portfolio_word,
        opt_repeat(3, (alt((recognize((sep, alt((tag("and"), tag("&"))), sep)), sep)), portfolio_word)),
    ))
    .parse(input)
}

/// One portfolio word, capitalised or lower case (not "DEFENSE"-style shouting
/// mixed with lower case).
fn portfolio_word(input: &str) -> Res<'_, &str> {
    verify(take_while_m_n(2, 20, |c: char| c.is_ascii_alphabetic()), |w: &str| {
        consistent_case(w) && PORTFOLIO.binary_search(&w.to_ascii_lowercase().as_str()).is_ok()
    })
    .parse(input)
}

/// Whether a title word is written as a title is: "Minister", "minister",
/// "MINISTER", or "Prime Minister" — not "mInister".
fn consistent_case(word: &str) -> bool {
    word.split([' ', '-']).all(|w| {
        let mut chars = w.chars();
        let Some(first) = chars.next() else { return true };
        let rest: String = chars.collect();
        rest.chars().all(|c| c.is_lowercase()) || (first.is_uppercase() && rest.chars().all(|c| c.is_uppercase()))
    })
}

/// Particles that may stand inside a name in lower case.
const PARTICLES: &[&str] = &[
    "al", "bin", "binti", "bint", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le", "van", "von",
];

/// Capitalised words that never start or continue a person's name.
const NOT_NAMES: &[&str] = &[
    "A",
    "After",
    "Agency",
    "All",
    "Also",
    "An",
    "And",
    "Although",
    "As",
    "At",
    "Before",
    "But",
    "Cabinet",
    "Council",
    "Department",
    "During",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Meanwhile",
    "Meeting",
    "Ministry",
    "Office",
    "On",
    "Or",
    "Our",
    "She",
    "Since",
    "So",
    "Summit",
    "That",
    "The",
    "Their",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "We",
    "When",
    "While",
    "Who",
    "With",
];

/// A person's name: one to five capitalised words (or capitalised family
/// names in capitals), with particles inside. Stops before a possessive.
fn name(input: &str) -> Res<'_, &str> {
    let (mut rest, _) = name_word(input)?;
    for _ in 0..4 {
        let attempt = (sep, opt((particle, sep)), name_word).parse(rest);
        match attempt {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    Ok((rest, &input[..input.len() - rest.len()]))
}

fn particle(input: &str) -> Res<'_, &str> {
    verify(take_while_m_n(2, 5, |c: char| c.is_ascii_lowercase()), |w: &str| PARTICLES.contains(&w)).parse(input)
}

/// One word of a name: an initial ("J."), or a capitalised word
/// ("Kishida", "O'Brien", "Jean-Luc", "Shinjirō", "KISHIDA"), not a title,
/// portfolio, month or function word, and not a country.
fn name_word(input: &str) -> Res<'_, &str> {
    let initial = recognize((take_while_m_n(1, 1, |c: char| c.is_uppercase()), tag(".")));
    let word =
        verify(take_while_m_n(2, 30, |c: char| c.is_alphabetic() || c == '\'' || c == '’' || c == '-'), |w: &str| {
            let first = w.chars().next().is_some_and(|c| c.is_uppercase());
            first && !w.ends_with(['-', '\'', '’']) && is_name_candidate(w)
        });
    let (_, w) = alt((initial, word)).parse(input)?;
    // A possessive ends the name: "Kishida's" → "Kishida".
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    Ok((&input[w.len()..], w))
}

/// Months and weekdays: capitalised, never names ("President Trump Monday").
const CALENDAR: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn is_name_candidate(word: &str) -> bool {
    let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    let lower = bare.to_lowercase();
    !NOT_NAMES.contains(&bare)
        && jurisdiction::lookup(bare).is_none()
        && PORTFOLIO.binary_search(&lower.as_str()).is_err()
        && !HEADS.contains(&lower.as_str())
        && !CALENDAR.contains(&lower.as_str())
}

fn starts_word(text: &str, pos: usize) -> bool {
    pos == 0
        || text[..pos].chars().next_back().is_some_and(|c| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
}

fn next_char_boundary(text: &str, mut pos: usize) -> usize {
    while pos < text.len() && !text.is_char_boundary(pos) {
        pos += 1;
    }
    pos
}

/// The start of the next word after `pos`.
fn next_word_start(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let mut p = pos;
    // Skip the rest of the current word, then the separators.
    while p < bytes.len() && is_word_byte(bytes[p]) {
        p += 1;
    }
    while p < bytes.len() && !is_word_byte(bytes[p]) {
        p += 1;
    }
    if p == pos {
        p += 1;
    }
    next_char_boundary(text, p)
}

/// Word bytes: ASCII alphanumerics and every byte of a non-ASCII character
/// (so a word with "ō" is one word).
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (person, title, jurisdiction code, qualifier) of every mention.
    fn parts(text: &str) -> Vec<(&str, &str, Option<&'static str>, Qualifier)> {
        extract(text)
            .into_iter()
            .map(|m| (m.person.text(text), m.title.text(text), m.jurisdiction.map(|j| j.code), m.qualifier))
            .collect()
    }

    #[test]
    fn possessive_country_title_and_full_name() {
        let t = "Japan's Defense Minister Shigenobu Kishida posted on December 11.";
        assert_eq!(parts(t), [("Shigenobu Kishida", "Defense Minister", Some("JP"), Qualifier::Current)]);
        assert_eq!(extract(t)[0].span.text(t), "Japan's Defense Minister Shigenobu Kishida");
    }

    #[test]
    fn title_then_comma_then_family_name_first() {
        let t = "Japan's Minister of Defense, Koizumi Shinjiro, posted today.";
        assert_eq!(parts(t), [("Koizumi Shinjiro", "Minister of Defense", Some("JP"), Qualifier::Current)]);
    }

    #[test]
    fn complement_stops_where_the_name_begins() {
        let t = "Former US Secretary of State Henry Kissinger once compared it to a bottle stopper.";
        assert_eq!(parts(t), [("Henry Kissinger", "Secretary of State", Some("US"), Qualifier::Former)]);
        let t = "a call with the U.S. Secretary of War Hegseth. We met";
        assert_eq!(parts(t), [("Hegseth", "Secretary of War", Some("US"), Qualifier::Current)]);
    }

    #[test]
    fn qualifiers_before_and_after_the_country() {
        assert_eq!(parts("the sentiment of former President Trump, regarding")[0].3, Qualifier::Former);
        let t = "then-Prime Minister Shinzo Abe said";
        assert_eq!(parts(t), [("Shinzo Abe", "Prime Minister", None, Qualifier::Then)]);
        let t = "Japan's former defense minister Taro Kono said";
        assert_eq!(parts(t), [("Taro Kono", "defense minister", Some("JP"), Qualifier::Former)]);
        assert_eq!(parts("acting President Jane Roe spoke")[0].3, Qualifier::Acting);
    }

    #[test]
    fn adjective_country_and_short_mentions() {
        let t = "On April 14, Japanese Prime Minister Fumio Kishida concluded a visit.";
        assert_eq!(parts(t), [("Fumio Kishida", "Prime Minister", Some("JP"), Qualifier::Current)]);
        let t = "Comments: Minister Kishida's remarks may seem";
        assert_eq!(parts(t), [("Kishida", "Minister", None, Qualifier::Current)]);
        assert_eq!(parts("trust between myself and Secretary Hegseth, we")[0].0, "Hegseth");
    }

    #[test]
    fn name_first_apposition_and_appointment() {
        let t = "Gen Nakatani, the defense minister, said";
        assert_eq!(parts(t), [("Gen Nakatani", "defense minister", None, Qualifier::Current)]);
        let t = "Koizumi Shinjiro, Japan's Minister of Defense, posted";
        assert_eq!(parts(t), [("Koizumi Shinjiro", "Minister of Defense", Some("JP"), Qualifier::Current)]);
        let t = "Takeshi Iwaya was appointed foreign minister in October.";
        assert_eq!(parts(t), [("Takeshi Iwaya", "foreign minister", None, Qualifier::Current)]);
    }

    #[test]
    fn two_people_in_one_phrase() {
        let t = "Defense Minister Shinjiro Koizumi and U.S. Defense Secretary Pete Hegseth met.";
        let p = parts(t);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].0, "Shinjiro Koizumi");
        assert_eq!((p[1].0, p[1].1, p[1].2), ("Pete Hegseth", "Defense Secretary", Some("US")));
    }

    #[test]
    fn names_with_particles_initials_and_capitals() {
        assert_eq!(parts("Prime Minister KISHIDA Fumio spoke")[0].0, "KISHIDA Fumio");
        assert_eq!(parts("Defence Minister Mohamed bin Hasan arrived")[0].0, "Mohamed bin Hasan");
        assert_eq!(parts("President George W. Bush said")[0].0, "George W. Bush");
        assert_eq!(parts("Defense Minister Shinjirō Koizumi said")[0].0, "Shinjirō Koizumi");
    }

    #[test]
    fn not_office_mentions() {
        assert!(parts("the Prime Minister's Office said").is_empty());
        assert!(parts("The Defense Ministry said on Friday").is_empty());
        assert!(parts("the president said that Japan would pay").is_empty());
        assert!(parts("Prime Minister of Japan").is_empty());
        assert!(parts("the three governments of Shinzo Abe, Yoshihide Suga, and Fumio Kishida").is_empty());
        assert!(parts("a minister Said nothing").len() <= 1);
    }

    #[test]
    fn lexicons_are_sorted_for_binary_search() {
        assert!(PORTFOLIO.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn productions_return_remaining_input() {
        assert_eq!(title("Minister of Defense, Koizumi"), Ok((", Koizumi", "Minister of Defense")));
        assert_eq!(title("Secretary of State Henry"), Ok((" Henry", "Secretary of State")));
        assert_eq!(title("Work and Pensions Secretary Amber"), Ok((" Amber", "Work and Pensions Secretary")));
        assert_eq!(name("Pete Hegseth pushes"), Ok((" pushes", "Pete Hegseth")));
        assert_eq!(name("Kishida's remarks"), Ok(("'s remarks", "Kishida")));
        assert!(name("The minister").is_err());
        assert_eq!(
            jurisdiction_form("Japan's Defense").map(|(r, (f, j))| (r, f, j.code)),
            Ok((" Defense", "Japan's", "JP"))
        );
    }

    #[test]
    fn pathological_input_is_linear_and_safe() {
        let long = "Minister ".repeat(20_000) + &"Kishida ".repeat(20_000);
        let t = std::time::Instant::now();
        let _ = extract(&long);
        assert!(t.elapsed().as_secs() < 5);
        let _ = extract("Minister Kishidaō’s é 日本 - ' ’");
    }
}
