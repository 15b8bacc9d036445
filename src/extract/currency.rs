//! Currencies as news names them, and how a text decides the currency of a
//! name several countries share ("$", "dollars", "francs", "marks").
//!
//! A sign, code or word names either one ISO 4217 currency ("US$", "yen",
//! "Swiss francs", "DEM") or a [`Family`] of currencies that share a name
//! ("$", "dlrs", "francs", "pesos"). Which member a shared name means is
//! decided by the text ([`decide`]):
//!
//! 1. **Contrast.** A shared name set in brackets beside an explicit
//!    currency of its family is a conversion ("A$368 billion ($245
//!    billion)", "1.2bn Australian dollars (£458m; $874m)"), so in that
//!    text it never means that currency.
//! 2. **A shared word** ("dlrs", "cts", "francs", "marks"):
//!    - an explicit currency written as a word or code earlier in the
//!      text decides it: "36 billion Singapore dlrs ... 30 billion dlrs",
//!      "10 mln Swiss francs ... 4 mln francs" (the writer named the
//!      currency once, then dropped the country). When those earlier
//!      currencies disagree, the word is left unread;
//!    - otherwise the dateline does: wire copy writes the local currency
//!      bare ("OTTAWA, March 4 - ... 500 mln dlrs" is Canadian, "PARIS ...
//!      20 mln francs" French). Only a dateline of the usual shape
//!      ([`dateline_country`]) counts; a country merely named in the text
//!      does not ("Australia will spend $368 billion" may be either dollar);
//!    - otherwise the family's default, where news takes one for granted:
//!      "dollars" the U.S. dollar, "pounds" sterling, "marks" the Deutsche
//!      mark. "Francs", "pesos", "crowns", "riyals", "dinars" and
//!      "shillings" have none: without a decision they are not read. Under
//!      a dateline from a country without a pound, "pounds" are a weight
//!      ("KANSAS CITY ... 4.8 mln pounds of corn"), not sterling.
//! 3. **The bare sign "$"** is the U.S. dollar. Neither an earlier "A$" nor
//!    the dateline changes it: a writer who marks the local dollar with a
//!    sign marks it every time, and keeps the bare sign for the U.S. dollar
//!    ("HK$6.31bn ... the $1.75bn agreement with IBM"; modern Reuters copy
//!    from Sydney writes "A$" for every Australian amount).
//! 4. **The outlet's home.** A default of steps 2 and 3 that nothing in
//!    the text decided is only an assumption ([`Reading::assumed`]). Where
//!    the publication's outlet is known, its country's member of the family
//!    replaces it, unless the text writes that member out somewhere (see
//!    `normalise::amount::currencies`): a domestic paper writes its own
//!    dollar bare ("a deal worth up to $368 billion" in The Canberra Times
//!    is Australian) and marks the foreign one ("US$245 billion"). Outlets
//!    are publication metadata, so this step is taken when a document is
//!    normalised, not here.
//!
//! A reading ruled out by contrast is skipped at every step.
//!
//! Vocabulary (countries' currencies, qualifiers, dateline places) is data
//! in the tables below; the grammar that uses it is in [`super::money`].

use crate::span::Span;
use crate::vocab::currencies;

pub use crate::vocab::currencies::Family;

/// How many families there are.
const FAMILIES: usize = 9;

/// What news takes for granted of a family, when nothing in a text says
/// which member it means.
impl Family {
    /// The member a text means when nothing in it says otherwise.
    pub fn default_currency(self) -> Option<&'static str> {
        match self {
            Family::Dollar => Some("USD"),
            Family::Pound => Some("GBP"),
            Family::Mark => Some("DEM"),
            _ => None,
        }
    }

    /// Whether the default holds under the dateline of a country that has
    /// no currency of the family. The U.S. dollar and the Deutsche mark are
    /// quoted the world over; "pounds" under a "KANSAS CITY" or "CHICAGO"
    /// dateline are a weight ("4.8 mln pounds of corn products").
    fn default_abroad(self) -> bool {
        self != Family::Pound
    }
}

/// What a currency sign, code or word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    /// One currency, by ISO 4217 code.
    Iso(&'static str),
    /// A name of several: the text decides ([`decide`]).
    Shared(Family),
}

impl Named {
    /// The family an explicit currency belongs to ("CAD" is a dollar), or
    /// the shared name's own.
    pub fn family(self) -> Option<Family> {
        match self {
            Named::Shared(f) => Some(f),
            Named::Iso(iso) => currencies::by_code(iso).and_then(|c| c.family),
        }
    }
}

/// The currency of `family` that `country` issues (see
/// [`currencies::local`]).
pub fn local(country: &str, family: Family) -> Option<&'static str> {
    currencies::local(country, family).map(|c| c.code)
}

/// Country words that qualify a shared currency name ("Canadian dlrs",
/// "Swiss francs", "U.S. cts"), as (phrase, ISO 3166 code). Compared
/// case-insensitively; longer phrases first where one starts another.
pub const QUALIFIERS: &[(&str, &str)] = &[
    ("united states", "US"),
    ("u.s.", "US"),
    ("u.s", "US"),
    ("us", "US"),
    ("american", "US"),
    ("canadian", "CA"),
    ("australian", "AU"),
    ("new zealand", "NZ"),
    ("n.z.", "NZ"),
    ("nz", "NZ"),
    ("hong kong", "HK"),
    ("h.k.", "HK"),
    ("hk", "HK"),
    ("singapore", "SG"),
    ("new taiwan", "TW"),
    ("taiwan", "TW"),
    ("taiwanese", "TW"),
    ("brunei", "BN"),
    ("bahamian", "BS"),
    ("fiji", "FJ"),
    ("fijian", "FJ"),
    ("jamaican", "JM"),
    ("liberian", "LR"),
    ("namibian", "NA"),
    ("swiss", "CH"),
    ("french", "FR"),
    ("belgian", "BE"),
    ("luxembourg", "LU"),
    ("west german", "DE"),
    ("german", "DE"),
    ("deutsche", "DE"),
    ("finnish", "FI"),
    ("mexican", "MX"),
    ("philippine", "PH"),
    ("chilean", "CL"),
    ("colombian", "CO"),
    ("swedish", "SE"),
    ("norwegian", "NO"),
    ("danish", "DK"),
    ("icelandic", "IS"),
    ("czech", "CZ"),
    ("british", "UK"),
    ("irish", "IE"),
    ("egyptian", "EG"),
    ("cyprus", "CY"),
    ("cypriot", "CY"),
    ("lebanese", "LB"),
    ("syrian", "SY"),
    ("saudi", "SA"),
    ("qatari", "QA"),
    ("omani", "OM"),
    ("iranian", "IR"),
    ("yemeni", "YE"),
    ("kuwaiti", "KW"),
    ("bahraini", "BH"),
    ("iraqi", "IQ"),
    ("jordanian", "JO"),
    ("libyan", "LY"),
    ("tunisian", "TN"),
    ("algerian", "DZ"),
    ("kenyan", "KE"),
    ("tanzanian", "TZ"),
    ("somali", "SO"),
];

/// Places that open datelines, and the regions and countries a dateline
/// may add after its place ("CALGARY, Alberta", "BADEN, Switzerland"),
/// upper case, with their ISO 3166 code: those of countries whose currency
/// has a shared name. Places whose name several countries share
/// ("Victoria", "Tripoli") are left out.
pub const PLACES: &[(&str, &str)] = &[
    ("ADELAIDE", "AU"),
    ("ALBERTA", "CA"),
    ("ALGERIA", "DZ"),
    ("ALGIERS", "DZ"),
    ("AMMAN", "JO"),
    ("ANTWERP", "BE"),
    ("AUCKLAND", "NZ"),
    ("AUSTRALIA", "AU"),
    ("B.C.", "CA"),
    ("BAGHDAD", "IQ"),
    ("BAHRAIN", "BH"),
    ("BASEL", "CH"),
    ("BASLE", "CH"),
    ("BEIRUT", "LB"),
    ("BELFAST", "UK"),
    ("BELGIUM", "BE"),
    ("BERLIN", "DE"),
    ("BERN", "CH"),
    ("BERNE", "CH"),
    ("BOGOTA", "CO"),
    ("BONN", "DE"),
    ("BORDEAUX", "FR"),
    ("BREMEN", "DE"),
    ("BRISBANE", "AU"),
    ("BRITISH COLUMBIA", "CA"),
    ("BRUSSELS", "BE"),
    ("CAIRO", "EG"),
    ("CALGARY", "CA"),
    ("CANADA", "CA"),
    ("CANBERRA", "AU"),
    ("CARDIFF", "UK"),
    ("CHILE", "CL"),
    ("CHRISTCHURCH", "NZ"),
    ("COLOGNE", "DE"),
    ("COLOMBIA", "CO"),
    ("COPENHAGEN", "DK"),
    ("CYPRUS", "CY"),
    ("CZECHOSLOVAKIA", "CZ"),
    ("DAMASCUS", "SY"),
    ("DAR ES SALAAM", "TZ"),
    ("DENMARK", "DK"),
    ("DOHA", "QA"),
    ("DUBLIN", "IE"),
    ("DUESSELDORF", "DE"),
    ("DUSSELDORF", "DE"),
    ("EDINBURGH", "UK"),
    ("EDMONTON", "CA"),
    ("EGYPT", "EG"),
    ("ESSEN", "DE"),
    ("FINLAND", "FI"),
    ("FRANCE", "FR"),
    ("FRANKFURT", "DE"),
    ("GENEVA", "CH"),
    ("GERMANY", "DE"),
    ("GLASGOW", "UK"),
    ("GOTHENBURG", "SE"),
    ("HALIFAX", "CA"),
    ("HAMBURG", "DE"),
    ("HANOVER", "DE"),
    ("HELSINKI", "FI"),
    ("HONG KONG", "HK"),
    ("ICELAND", "IS"),
    ("IRAN", "IR"),
    ("IRAQ", "IQ"),
    ("IRELAND", "IE"),
    ("JEDDAH", "SA"),
    ("JORDAN", "JO"),
    ("KENYA", "KE"),
    ("KUWAIT", "KW"),
    ("LAUSANNE", "CH"),
    ("LEBANON", "LB"),
    ("LEVERKUSEN", "DE"),
    ("LONDON", "UK"),
    ("LUDWIGSHAFEN", "DE"),
    ("LUGANO", "CH"),
    ("LUXEMBOURG", "LU"),
    ("LYON", "FR"),
    ("LYONS", "FR"),
    ("MANAMA", "BH"),
    ("MANILA", "PH"),
    ("MANITOBA", "CA"),
    ("MARSEILLE", "FR"),
    ("MARSEILLES", "FR"),
    ("MELBOURNE", "AU"),
    ("MEXICO", "MX"),
    ("MEXICO CITY", "MX"),
    ("MONTERREY", "MX"),
    ("MONTREAL", "CA"),
    ("MUNICH", "DE"),
    ("MUSCAT", "OM"),
    ("N.S.W.", "AU"),
    ("NAIROBI", "KE"),
    ("NEW BRUNSWICK", "CA"),
    ("NEW SOUTH WALES", "AU"),
    ("NEW ZEALAND", "NZ"),
    ("NEWFOUNDLAND", "CA"),
    ("NICOSIA", "CY"),
    ("NORWAY", "NO"),
    ("NOVA SCOTIA", "CA"),
    ("OMAN", "OM"),
    ("ONT.", "CA"),
    ("ONTARIO", "CA"),
    ("OSLO", "NO"),
    ("OTTAWA", "CA"),
    ("PARIS", "FR"),
    ("PERTH", "AU"),
    ("PHILIPPINES", "PH"),
    ("PRAGUE", "CZ"),
    ("QATAR", "QA"),
    ("QUEBEC", "CA"),
    ("QUEENSLAND", "AU"),
    ("REYKJAVIK", "IS"),
    ("RIYADH", "SA"),
    ("SASKATCHEWAN", "CA"),
    ("SAUDI ARABIA", "SA"),
    ("SINGAPORE", "SG"),
    ("SOUTH AUSTRALIA", "AU"),
    ("STOCKHOLM", "SE"),
    ("STRASBOURG", "FR"),
    ("STUTTGART", "DE"),
    ("SWEDEN", "SE"),
    ("SWITZERLAND", "CH"),
    ("SYDNEY", "AU"),
    ("SYRIA", "SY"),
    ("TAIPEI", "TW"),
    ("TAIWAN", "TW"),
    ("TANZANIA", "TZ"),
    ("TASMANIA", "AU"),
    ("TEHRAN", "IR"),
    ("TORONTO", "CA"),
    ("TOULOUSE", "FR"),
    ("TUNIS", "TN"),
    ("TUNISIA", "TN"),
    ("VANCOUVER", "CA"),
    ("WELLINGTON", "NZ"),
    ("WEST BERLIN", "DE"),
    ("WEST GERMANY", "DE"),
    ("WESTERN AUSTRALIA", "AU"),
    ("WIESBADEN", "DE"),
    ("WINNIPEG", "CA"),
    ("WOLFSBURG", "DE"),
    ("ZURICH", "CH"),
];

/// How far into a text a dateline may stand: past a headline and a byline.
const DATELINE_WINDOW: usize = 600;
/// The most bytes from the start of a dateline to its dash ("CALGARY,
/// Alberta, March 31 (Reuters) -").
const DATELINE_HEAD: usize = 80;

/// The country of the text's dateline: a line that opens with a place,
/// optionally a region or country, optionally "Month Day" and "(Agency)",
/// then a dash: "PARIS, March 3 - ", "Zurich (Reuters) — ", "CALGARY,
/// Alberta, March 31 - ", "BADEN, Switzerland, March 3 - ". The place, or
/// the region after it, must be one of [`PLACES`]; when both are, they must
/// agree ("MELBOURNE, Fla." and "SYDNEY, Nova Scotia" decide nothing), and
/// a place the table lacks before a region must be written in capitals, as
/// datelines are.
/// The first dateline decides, even when its place is not in the table
/// ("NEW YORK, March 3 -"): a later line is prose.
pub fn dateline_country(text: &str) -> Option<&'static str> {
    dateline(text).flatten()
}

/// Whether the text has a dateline ([`dateline_country`]), and if so the
/// country it names (`None` for a place the table lacks).
pub fn dateline(text: &str) -> Option<Option<&'static str>> {
    let mut window = &text[..floor_boundary(text, DATELINE_WINDOW)];
    loop {
        let line = window.trim_start_matches([' ', '\t', '\r']);
        if let Some(country) = dateline_line(line) {
            return Some(country);
        }
        window = &window[window.find('\n')? + 1..];
    }
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut i = at.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The country of `place` ("Paris", "ALBERTA"), if [`PLACES`] has it.
fn place_country(place: &str) -> Option<&'static str> {
    PLACES.iter().find(|(p, _)| p.eq_ignore_ascii_case(place)).map(|&(_, c)| c)
}

/// Whether `s` reads as a place name: one to four words, each opening with
/// an upper-case letter (and, with `all_caps`, without lower-case ones).
fn looks_like_place(s: &str, all_caps: bool) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase()) && (!all_caps || !w.contains(|c: char| c.is_lowercase()))
        })
}

/// If `line` opens with a dateline, the country it names (`None` for a
/// place the table lacks). A line counts as a dateline when its place is
/// in the table, or when a date or an agency follows the place.
fn dateline_line(line: &str) -> Option<Option<&'static str>> {
    let line = line.split('\n').next().unwrap_or("");
    let head = &line[..floor_boundary(line, DATELINE_HEAD)];
    // "PARIS, March 3 - ", "MONTREAL, Feb 26- ", "Zurich (AP) — ".
    let dash = ["- ", " \u{2014}", " \u{2013}"].iter().filter_map(|d| head.find(d)).min()?;
    let mut head = head[..dash].trim_end();
    let mut marked = false;
    if head.ends_with(')') {
        let open = head.rfind('(')?;
        let agency = &head[open + 1..head.len() - 1];
        if !agency.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-') {
            return None;
        }
        head = head[..open].trim_end();
        marked = true;
    }
    let mut segments: Vec<&str> = head.split(',').map(str::trim).collect();
    if segments.len() > 1 && segments.last().is_some_and(|d| month_day(d)) {
        segments.pop();
        marked = true;
    }
    let (place, region) = match segments[..] {
        [place] => (place, None),
        [place, region] if looks_like_place(region, false) => (place, Some(region)),
        _ => return None,
    };
    let known = place_country(place);
    let caps = known.is_none() && region.is_some();
    if !looks_like_place(place, caps) || (known.is_none() && region.is_none() && !marked) {
        return None;
    }
    Some(match region {
        None => known,
        Some(region) => match (known, place_country(region)) {
            (Some(a), Some(b)) if a != b => None,
            (_, country) => country,
        },
    })
}

/// "March 3", "APRIL 1", "Jan. 3".
fn month_day(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let (Some(month), Some(day), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    crate::vocab::calendar::month(month.trim_end_matches('.')).is_some()
        && day.len() <= 2
        && day.bytes().all(|b| b.is_ascii_digit())
}

/// A currency as one mention writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    /// The mention's span.
    pub span: Span,
    pub named: Named,
    /// Written as a sign ("$", "A$", "€") rather than a word or a code.
    pub sign: bool,
}

/// A mention's currency as its text decides it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// ISO 4217 code.
    pub iso: &'static str,
    /// Whether `iso` is its family's default, taken because nothing in the
    /// text (an earlier explicit word, the dateline) decided the shared
    /// name: step 4 of the module doc may still replace it.
    pub assumed: bool,
}

/// The currency of every mention, in order: an explicit one as written, a
/// shared name as the text decides it (see the module doc), `None` where
/// nothing decides. One pass over the mentions, in time linear in their
/// number.
pub fn decide(text: &str, mentions: &[Written]) -> Vec<Option<Reading>> {
    let contrasted = contrasts(text, mentions);
    let allowed = |f: Family, iso: &&str| contrasted.binary_search(&(f, *iso)).is_err();
    let mut placed: Option<Option<Option<&'static str>>> = None;
    // Per family, the explicit words and codes seen so far: their currency,
    // or `None` once two have disagreed.
    let mut earlier: [Option<Option<&'static str>>; FAMILIES] = [None; FAMILIES];
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let family = match m.named {
            Named::Iso(iso) => {
                if let Some(f) = m.named.family().filter(|f| !m.sign && allowed(*f, &iso)) {
                    let seen = &mut earlier[f as usize];
                    *seen = match *seen {
                        None => Some(Some(iso)),
                        Some(Some(first)) if first == iso => Some(Some(first)),
                        Some(_) => Some(None),
                    };
                }
                out.push(Some(Reading { iso, assumed: false }));
                continue;
            }
            Named::Shared(f) => f,
        };
        let default = family.default_currency().filter(|iso| allowed(family, iso));
        let assume = |iso: Option<&'static str>| iso.map(|iso| Reading { iso, assumed: true });
        let decided = |iso: Option<&'static str>| iso.map(|iso| Reading { iso, assumed: false });
        let reading = if m.sign {
            assume(default)
        } else {
            match earlier[family as usize] {
                Some(agreed) => decided(agreed),
                None => match *placed.get_or_insert_with(|| dateline(text)) {
                    None => assume(default),
                    Some(country) => match country.and_then(|c| local(c, family)) {
                        Some(iso) => decided(Some(iso).filter(|iso| allowed(family, iso)).or(default)),
                        None => decided(default.filter(|_| family.default_abroad())),
                    },
                },
            }
        };
        out.push(reading);
    }
    out
}

/// The most bytes between an opening bracket and the mention inside it
/// ("(£458m; $874m)").
const BRACKET_REACH: usize = 64;

/// Where the bracket `at` stands inside opens, if it opened within
/// [`BRACKET_REACH`] bytes and has not closed.
fn open_bracket(text: &str, at: usize) -> Option<usize> {
    let from = floor_boundary(text, at.saturating_sub(BRACKET_REACH));
    let before = &text[from..at];
    let open = before.rfind('(')?;
    (!before[open..].contains(')')).then_some(from + open)
}

/// The explicit currencies a shared name of their family stands beside in
/// brackets, as a conversion: "A$6 billion ($4 billion)", "1.2bn Australian
/// dollars (£458m; $874m)", "$4 billion (A$6 billion)". A conversion is
/// into another currency, so in that text the shared name is not that one.
/// Sorted and without repeats, for [`decide`] to search.
fn contrasts(text: &str, mentions: &[Written]) -> Vec<(Family, &'static str)> {
    let mut out = Vec::new();
    for inner in mentions {
        let Some(open) = open_bracket(text, inner.span.start) else { continue };
        // Mentions do not overlap, so they end in text order: the owner is
        // the last one to end before the bracket, with only spaces between.
        let before = mentions.partition_point(|o| o.span.end <= open);
        let Some(owner) = before.checked_sub(1).map(|i| &mentions[i]) else { continue };
        if !text[owner.span.end..open].trim_matches([' ', '\u{a0}']).is_empty() {
            continue;
        }
        let pair = match (owner.named, inner.named) {
            (Named::Iso(iso), Named::Shared(f)) | (Named::Shared(f), Named::Iso(iso)) => Some((f, iso)),
            _ => None,
        };
        if let Some((f, iso)) = pair
            && Named::Iso(iso).family() == Some(f)
        {
            out.push((f, iso));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_of(text: &str, needle: &str) -> Span {
        let start = text.find(needle).unwrap();
        Span::new(start, start + needle.len())
    }

    #[test]
    fn every_qualifier_and_place_has_a_currency_of_a_shared_name() {
        assert!(PLACES.windows(2).all(|w| w[0].0 < w[1].0), "PLACES sorted and unique");
        let families = [
            Family::Dollar,
            Family::Franc,
            Family::Mark,
            Family::Peso,
            Family::Crown,
            Family::Pound,
            Family::Riyal,
            Family::Dinar,
            Family::Shilling,
        ];
        assert_eq!(families.len(), FAMILIES);
        for &(_, country) in QUALIFIERS.iter().chain(PLACES) {
            assert!(
                families.iter().any(|&f| local(country, f).is_some()),
                "{country} has no currency of a shared name"
            );
        }
    }

    #[test]
    fn datelines_of_the_usual_shapes() {
        assert_eq!(dateline_country("BANK RAISES RATE\n\nOTTAWA, March 4 - The bank said"), Some("CA"));
        assert_eq!(dateline_country("ZURICH (Reuters) - A group said"), Some("CH"));
        assert_eq!(dateline_country("Headline\nParis, Jan. 3 (AFP) \u{2014} The firm"), Some("FR"));
        assert_eq!(dateline_country("HONG KONG, April 8 - Shares rose"), Some("HK"));
        assert_eq!(dateline_country("WEST BERLIN - Talks began"), Some("DE"));
        assert_eq!(dateline_country("CALGARY, Alberta, March 31 - Dome said"), Some("CA"));
        assert_eq!(dateline_country("BADEN, Switzerland, March 3 - A firm"), Some("CH"));
        assert_eq!(dateline_country("MONTREAL, Feb 26- Shr 1.11 dlrs"), Some("CA"));
        assert_eq!(dateline_country("SHARES FALL - BROKERS\nSYDNEY, April 7 - Shares fell"), Some("AU"));
    }

    #[test]
    fn places_in_prose_or_with_a_region_are_no_dateline() {
        assert_eq!(dateline_country("Paris is a city - and a big one"), None);
        assert_eq!(dateline_country("Sydney Smith said - nothing"), None);
        assert_eq!(dateline_country("MELBOURNE, Fla., March 3 - Harris said"), None);
        assert_eq!(dateline_country("SYDNEY, Nova Scotia, March 3 - A mine"), None);
        assert_eq!(dateline_country("In Zurich, Switzerland - the bank"), None);
        assert_eq!(dateline_country("NEW YORK, March 3 - Shares\nPARIS, March 3 - A quote"), None);
        assert_eq!(dateline_country("St Joseph, April 7 - Hogs\nSYDNEY, April 7 - Shares"), None);
        assert_eq!(dateline_country("The talks in Paris, he said - went well"), None);
        assert_eq!(dateline_country("PARISIAN, March 3 - no"), None);
        assert_eq!(dateline_country(""), None);
    }

    /// A mention of `needle` in `text`, written as a word or code.
    fn word(text: &str, needle: &str, named: Named) -> Written {
        Written { span: span_of(text, needle), named, sign: false }
    }

    /// A mention of `needle` in `text`, written with a sign.
    fn sign(text: &str, needle: &str, named: Named) -> Written {
        Written { span: span_of(text, needle), named, sign: true }
    }

    const DOLLAR: Named = Named::Shared(Family::Dollar);

    /// The codes [`decide`] gives the mentions of `text`.
    fn codes(text: &str, mentions: &[Written]) -> Vec<Option<&'static str>> {
        decide(text, mentions).into_iter().map(|r| r.map(|r| r.iso)).collect()
    }

    #[test]
    fn a_default_nothing_decided_is_an_assumption() {
        let assumed = |t: &str, m: &[Written]| decide(t, m).iter().map(|r| r.map(|r| r.assumed)).collect::<Vec<_>>();
        let t = "It paid $5 and 6 dollars, then 7 Singapore dollars.";
        let m =
            [sign(t, "$5", DOLLAR), word(t, "6 dollars", DOLLAR), word(t, "7 Singapore dollars", Named::Iso("SGD"))];
        assert_eq!(assumed(t, &m), [Some(true), Some(true), Some(false)]);
        // An earlier explicit word or a dateline decides a word; a bare
        // sign is the default whatever the dateline.
        let t = "SYDNEY, May 2 - It paid 7 Singapore dlrs, 6 dlrs and $5.";
        let m = [word(t, "7 Singapore dlrs", Named::Iso("SGD")), word(t, "6 dlrs", DOLLAR), sign(t, "$5", DOLLAR)];
        assert_eq!(assumed(t, &m), [Some(false), Some(false), Some(true)]);
        let t = "SYDNEY, May 2 - It paid 6 dlrs.";
        assert_eq!(assumed(t, &[word(t, "6 dlrs", DOLLAR)]), [Some(false)]);
    }

    #[test]
    fn an_earlier_explicit_word_decides_a_shared_word() {
        let t = "It lent 36 Singapore dlrs and then 30 dlrs.";
        let m = [word(t, "36 Singapore dlrs", Named::Iso("SGD")), word(t, "30 dlrs", DOLLAR)];
        assert_eq!(codes(t, &m), [Some("SGD"), Some("SGD")]);
        let t = "It lent 30 dlrs, then 36 Singapore dlrs.";
        let m = [word(t, "30 dlrs", DOLLAR), word(t, "36 Singapore dlrs", Named::Iso("SGD"))];
        assert_eq!(codes(t, &m), [Some("USD"), Some("SGD")], "only an earlier one decides");
    }

    #[test]
    fn disagreeing_explicit_currencies_leave_a_shared_word_unread() {
        let t = "It paid 5 Canadian dlrs, 4 U.S. dlrs and 3 dlrs.";
        let m = [
            word(t, "5 Canadian dlrs", Named::Iso("CAD")),
            word(t, "4 U.S. dlrs", Named::Iso("USD")),
            word(t, "3 dlrs", DOLLAR),
        ];
        assert_eq!(codes(t, &m), [Some("CAD"), Some("USD"), None]);
    }

    #[test]
    fn a_bare_dollar_sign_is_the_us_dollar_beside_a_marked_one() {
        let t = "SYDNEY, May 2 - Sales fell to HK$6.31bn before the $1.75bn deal.";
        let m = [sign(t, "HK$6.31bn", Named::Iso("HKD")), sign(t, "$1.75bn", DOLLAR)];
        assert_eq!(codes(t, &m), [Some("HKD"), Some("USD")]);
    }

    #[test]
    fn a_conversion_in_brackets_is_another_currency() {
        let t = "It costs 1.2bn Australian dollars (£458m; $874m) and 20 dollars more.";
        let m = [
            word(t, "1.2bn Australian dollars", Named::Iso("AUD")),
            sign(t, "£458m", Named::Iso("GBP")),
            sign(t, "$874m", DOLLAR),
            word(t, "20 dollars", DOLLAR),
        ];
        assert_eq!(codes(t, &m), [Some("AUD"), Some("GBP"), Some("USD"), Some("USD")]);
        let t = "OTTAWA, May 2 - It cost 40 dlrs (52 Canadian dlrs) and 7 dlrs.";
        let m = [word(t, "40 dlrs", DOLLAR), word(t, "52 Canadian dlrs", Named::Iso("CAD")), word(t, "7 dlrs", DOLLAR)];
        assert_eq!(codes(t, &m), [Some("USD"), Some("CAD"), Some("USD")], "the dateline's dollar is ruled out");
    }

    #[test]
    fn the_dateline_decides_a_shared_word_and_defaults_remain() {
        let t = "PARIS, March 3 - It earned 20 mln francs and 5 mln dlrs.";
        let m = [word(t, "20 mln francs", Named::Shared(Family::Franc)), word(t, "5 mln dlrs", DOLLAR)];
        assert_eq!(codes(t, &m), [Some("FRF"), Some("USD")]);
        let t = "SYDNEY, March 3 - It earned 20 mln dlrs, or $20m.";
        let m = [word(t, "20 mln dlrs", DOLLAR), sign(t, "$20m", DOLLAR)];
        assert_eq!(codes(t, &m), [Some("AUD"), Some("USD")], "the dateline decides words, not the bare sign");
        let t = "It earned 20 mln francs.";
        assert_eq!(codes(t, &[word(t, "20 mln francs", Named::Shared(Family::Franc))]), [None]);
        let pounds = Named::Shared(Family::Pound);
        let t = "KANSAS CITY, March 9 - It bought 4.8 mln pounds of corn.";
        assert_eq!(codes(t, &[word(t, "4.8 mln pounds", pounds)]), [None], "a weight under a foreign dateline");
        let t = "CAIRO, March 9 - It lent 20 mln pounds.";
        assert_eq!(codes(t, &[word(t, "20 mln pounds", pounds)]), [Some("EGP")]);
        let t = "The club paid 20 million pounds for him.";
        assert_eq!(codes(t, &[word(t, "20 million pounds", pounds)]), [Some("GBP")]);
    }
}
