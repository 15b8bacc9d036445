//! Currencies as news names them, and how a text decides the currency of a
//! name several countries share ("$", "dollars", "francs", "marks").
//!
//! A sign, code or word names either one ISO 4217 currency ("US$", "yen",
//! "Swiss francs", "DEM") or a [`Family`] of currencies that share a name
//! ("$", "dlrs", "francs", "pesos"). Which member a shared name means is
//! decided by the text, in this order ([`decide`]):
//!
//! 1. **Contrast.** A shared name the text sets in brackets beside an
//!    explicit currency of its family ("A$368 billion ($245 billion)") is a
//!    conversion, so in that text it never means that currency.
//! 2. **An explicit currency earlier in the text.** "36 billion Singapore
//!    dlrs ... 30 billion dlrs": the writer named the dollar once and then
//!    dropped the qualifier. When the earlier explicit currencies of the
//!    family disagree, the shared name is left unread.
//! 3. **The dateline.** Wire copy writes the local currency bare: "OTTAWA,
//!    March 4 - ... 500 mln dlrs" is Canadian, "PARIS ... 20 mln francs"
//!    French. Only a dateline of the usual shape ("PLACE, Month Day -",
//!    "PLACE (Agency) -") at the start of the text, naming a place of
//!    [`PLACES`], counts; a country merely mentioned in the text does not.
//! 4. **The family's default**, where it has one that news takes for
//!    granted: "$" and "dollars" are the U.S. dollar, "pounds" sterling,
//!    "marks" the Deutsche mark. "Francs", "pesos", "crowns", "riyals",
//!    "dinars" and "shillings" have none: without 1–3 they are not read.
//!
//! A reading ruled out by rule 1 is skipped at every later step.
//!
//! Vocabulary (countries' currencies, qualifiers, dateline places) is data
//! in the tables below; the grammar that uses it is in [`super::money`].

use crate::span::Span;

/// Currencies that share a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    Dollar,
    Franc,
    Mark,
    Peso,
    Crown,
    Pound,
    Riyal,
    Dinar,
    Shilling,
}

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
            Named::Iso(iso) => LOCAL.iter().find(|&&(_, _, code)| code == iso).map(|&(_, f, _)| f),
        }
    }
}

/// Each country's currency of a family, as (ISO 3166 code, family, ISO 4217
/// code). Codes of currencies since replaced (the Deutsche mark, the French
/// franc) are ISO 4217's historic codes; a code that changed with a
/// redenomination is the current one here and dated in `normalise`.
const LOCAL: &[(&str, Family, &str)] = &[
    ("AU", Family::Dollar, "AUD"),
    ("BE", Family::Franc, "BEF"),
    ("BH", Family::Dinar, "BHD"),
    ("BN", Family::Dollar, "BND"),
    ("BS", Family::Dollar, "BSD"),
    ("CA", Family::Dollar, "CAD"),
    ("CH", Family::Franc, "CHF"),
    ("CL", Family::Peso, "CLP"),
    ("CO", Family::Peso, "COP"),
    ("CY", Family::Pound, "CYP"),
    ("CZ", Family::Crown, "CZK"),
    ("DE", Family::Mark, "DEM"),
    ("DK", Family::Crown, "DKK"),
    ("DZ", Family::Dinar, "DZD"),
    ("EG", Family::Pound, "EGP"),
    ("FI", Family::Mark, "FIM"),
    ("FJ", Family::Dollar, "FJD"),
    ("FR", Family::Franc, "FRF"),
    ("GB", Family::Pound, "GBP"),
    ("HK", Family::Dollar, "HKD"),
    ("IE", Family::Pound, "IEP"),
    ("IQ", Family::Dinar, "IQD"),
    ("IR", Family::Riyal, "IRR"),
    ("IS", Family::Crown, "ISK"),
    ("JM", Family::Dollar, "JMD"),
    ("JO", Family::Dinar, "JOD"),
    ("KE", Family::Shilling, "KES"),
    ("KW", Family::Dinar, "KWD"),
    ("LB", Family::Pound, "LBP"),
    ("LR", Family::Dollar, "LRD"),
    ("LU", Family::Franc, "LUF"),
    ("LY", Family::Dinar, "LYD"),
    ("MX", Family::Peso, "MXN"),
    ("NA", Family::Dollar, "NAD"),
    ("NO", Family::Crown, "NOK"),
    ("NZ", Family::Dollar, "NZD"),
    ("OM", Family::Riyal, "OMR"),
    ("PH", Family::Peso, "PHP"),
    ("QA", Family::Riyal, "QAR"),
    ("SA", Family::Riyal, "SAR"),
    ("SE", Family::Crown, "SEK"),
    ("SG", Family::Dollar, "SGD"),
    ("SO", Family::Shilling, "SOS"),
    ("SY", Family::Pound, "SYP"),
    ("TN", Family::Dinar, "TND"),
    ("TW", Family::Dollar, "TWD"),
    ("TZ", Family::Shilling, "TZS"),
    ("US", Family::Dollar, "USD"),
    ("YE", Family::Riyal, "YER"),
];

/// The currency of `family` that `country` issues.
pub fn local(country: &str, family: Family) -> Option<&'static str> {
    LOCAL.iter().find(|&&(c, f, _)| c == country && f == family).map(|&(_, _, iso)| iso)
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
    ("british", "GB"),
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

/// Places that open datelines, upper case, with their ISO 3166 code: the
/// cities of countries whose currency has a shared name. Places whose name
/// several countries share ("Victoria", "Tripoli") are left out.
pub const PLACES: &[(&str, &str)] = &[
    ("ADELAIDE", "AU"),
    ("ALGIERS", "DZ"),
    ("AMMAN", "JO"),
    ("ANTWERP", "BE"),
    ("AUCKLAND", "NZ"),
    ("BAGHDAD", "IQ"),
    ("BAHRAIN", "BH"),
    ("BASEL", "CH"),
    ("BASLE", "CH"),
    ("BERLIN", "DE"),
    ("BERN", "CH"),
    ("BERNE", "CH"),
    ("BOGOTA", "CO"),
    ("BONN", "DE"),
    ("BORDEAUX", "FR"),
    ("BREMEN", "DE"),
    ("BRISBANE", "AU"),
    ("BRUSSELS", "BE"),
    ("CALGARY", "CA"),
    ("CANBERRA", "AU"),
    ("CHRISTCHURCH", "NZ"),
    ("COLOGNE", "DE"),
    ("COPENHAGEN", "DK"),
    ("DAR ES SALAAM", "TZ"),
    ("DOHA", "QA"),
    ("DUBLIN", "IE"),
    ("DUESSELDORF", "DE"),
    ("DUSSELDORF", "DE"),
    ("EDMONTON", "CA"),
    ("ESSEN", "DE"),
    ("FRANKFURT", "DE"),
    ("GENEVA", "CH"),
    ("GOTHENBURG", "SE"),
    ("HALIFAX", "CA"),
    ("HAMBURG", "DE"),
    ("HANOVER", "DE"),
    ("HELSINKI", "FI"),
    ("HONG KONG", "HK"),
    ("JEDDAH", "SA"),
    ("KUWAIT", "KW"),
    ("LAUSANNE", "CH"),
    ("LEVERKUSEN", "DE"),
    ("LUDWIGSHAFEN", "DE"),
    ("LUGANO", "CH"),
    ("LUXEMBOURG", "LU"),
    ("LYON", "FR"),
    ("LYONS", "FR"),
    ("MANAMA", "BH"),
    ("MANILA", "PH"),
    ("MARSEILLE", "FR"),
    ("MARSEILLES", "FR"),
    ("MELBOURNE", "AU"),
    ("MEXICO CITY", "MX"),
    ("MONTERREY", "MX"),
    ("MONTREAL", "CA"),
    ("MUNICH", "DE"),
    ("MUSCAT", "OM"),
    ("NAIROBI", "KE"),
    ("OSLO", "NO"),
    ("OTTAWA", "CA"),
    ("PARIS", "FR"),
    ("PERTH", "AU"),
    ("PRAGUE", "CZ"),
    ("QUEBEC", "CA"),
    ("REYKJAVIK", "IS"),
    ("RIYADH", "SA"),
    ("SINGAPORE", "SG"),
    ("STOCKHOLM", "SE"),
    ("STRASBOURG", "FR"),
    ("STUTTGART", "DE"),
    ("SYDNEY", "AU"),
    ("TAIPEI", "TW"),
    ("TORONTO", "CA"),
    ("TOULOUSE", "FR"),
    ("TUNIS", "TN"),
    ("VANCOUVER", "CA"),
    ("WELLINGTON", "NZ"),
    ("WEST BERLIN", "DE"),
    ("WIESBADEN", "DE"),
    ("WINNIPEG", "CA"),
    ("WOLFSBURG", "DE"),
    ("ZURICH", "CH"),
];

/// How far into a text a dateline may stand: past a headline and a byline.
const DATELINE_WINDOW: usize = 600;
/// The most bytes between the place and the dash of a dateline
/// (", March 26 (Reuters)").
const DATELINE_TAIL: usize = 32;

/// The country of the text's dateline: a line that opens with a place of
/// [`PLACES`] (any case) followed by an optional ", Month Day" and an
/// optional "(Agency)", then a dash: "PARIS, March 3 - ", "Zurich (Reuters)
/// — ". A place followed by a region ("BADEN, Switzerland, March 3 -") is
/// not read: only the places of the table count.
pub fn dateline_country(text: &str) -> Option<&'static str> {
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

/// The country of a dateline opening `line`, if it is one.
fn dateline_line(line: &str) -> Option<&'static str> {
    let &(place, country) = PLACES
        .iter()
        .find(|(p, _)| line.len() > p.len() && line.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()))?;
    let rest = &line[place.len()..];
    if !rest.starts_with([',', ' ']) {
        return None;
    }
    let tail = &rest[..floor_boundary(rest, DATELINE_TAIL)];
    let dash = ["- ", "\u{2014}", "\u{2013}"].iter().filter_map(|d| tail.find(d)).min()?;
    let between = tail[..dash].trim();
    dateline_between(between).then_some(country)
}

/// What may stand between a dateline's place and its dash: nothing, ",
/// Month Day" and/or "(Agency)".
fn dateline_between(s: &str) -> bool {
    let s = s.trim();
    let (date, agency) = match s.find('(') {
        Some(i) => (s[..i].trim(), Some(&s[i..])),
        None => (s, None),
    };
    let agency_ok = agency.is_none_or(|a| {
        a.ends_with(')') && a[1..a.len() - 1].chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
    });
    let date_ok = date.is_empty() || {
        let d = date.trim_start_matches(',').trim();
        let mut words = d.split_whitespace();
        let month = words.next().unwrap_or("");
        let day = words.next().unwrap_or("");
        words.next().is_none()
            && MONTHS.iter().any(|m| month.trim_end_matches('.').eq_ignore_ascii_case(m))
            && !day.is_empty()
            && day.len() <= 2
            && day.bytes().all(|b| b.is_ascii_digit())
    };
    agency_ok && date_ok
}

/// Month names and their dateline abbreviations.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// The currency of every mention, in order: an explicit one as written, a
/// shared name as the text decides it (see the module doc), `None` where
/// nothing decides.
pub fn decide(text: &str, mentions: &[(Span, Named)]) -> Vec<Option<&'static str>> {
    let contrasted = contrasts(text, mentions);
    let ruled_out = |f: Family, iso: &str| contrasted.iter().any(|&(cf, c)| cf == f && c == iso);
    let mut dateline: Option<Option<&'static str>> = None;
    let mut out = Vec::with_capacity(mentions.len());
    for (k, &(_, named)) in mentions.iter().enumerate() {
        let family = match named {
            Named::Iso(iso) => {
                out.push(Some(iso));
                continue;
            }
            Named::Shared(f) => f,
        };
        let mut earlier = mentions[..k]
            .iter()
            .filter_map(|&(_, n)| match n {
                Named::Iso(iso) if n.family() == Some(family) && !ruled_out(family, iso) => Some(iso),
                _ => None,
            })
            .peekable();
        let reading = match earlier.next() {
            Some(first) => earlier.all(|iso| iso == first).then_some(first),
            None => {
                let country = *dateline.get_or_insert_with(|| dateline_country(text));
                country
                    .and_then(|c| local(c, family))
                    .filter(|iso| !ruled_out(family, iso))
                    .or_else(|| family.default_currency().filter(|iso| !ruled_out(family, iso)))
            }
        };
        out.push(reading);
    }
    out
}

/// The explicit currencies a shared name of their family stands beside in
/// brackets, as a conversion: "A$6 billion ($4 billion)", "$4 billion
/// (A$6 billion)".
fn contrasts(text: &str, mentions: &[(Span, Named)]) -> Vec<(Family, &'static str)> {
    let mut out = Vec::new();
    for pair in mentions.windows(2) {
        let [(a, na), (b, nb)] = [pair[0], pair[1]];
        let between = text.get(a.end..b.start).unwrap_or("").trim_matches([' ', '\u{a0}']);
        if between != "(" {
            continue;
        }
        let explicit_and_shared = match (na, nb) {
            (Named::Iso(iso), Named::Shared(f)) | (Named::Shared(f), Named::Iso(iso)) => Some((f, iso)),
            _ => None,
        };
        if let Some((f, iso)) = explicit_and_shared
            && Named::Iso(iso).family() == Some(f)
        {
            out.push((f, iso));
        }
    }
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
    fn tables_are_sorted_and_consistent() {
        assert!(LOCAL.windows(2).all(|w| w[0].0 < w[1].0), "LOCAL sorted by country");
        assert!(PLACES.windows(2).all(|w| w[0].0 < w[1].0), "PLACES sorted and unique");
        for &(_, country) in QUALIFIERS.iter().chain(PLACES) {
            assert!(LOCAL.iter().any(|&(c, _, _)| c == country), "{country} has no local currency");
        }
        for &(_, _, iso) in LOCAL {
            assert!(iso.len() == 3 && iso.bytes().all(|b| b.is_ascii_uppercase()), "{iso}");
        }
    }

    #[test]
    fn datelines_of_the_usual_shapes() {
        assert_eq!(dateline_country("BANK RAISES RATE\n\nOTTAWA, March 4 - The bank said"), Some("CA"));
        assert_eq!(dateline_country("ZURICH (Reuters) - A group said"), Some("CH"));
        assert_eq!(dateline_country("Headline\nParis, Jan. 3 (AFP) \u{2014} The firm"), Some("FR"));
        assert_eq!(dateline_country("HONG KONG, April 8 - Shares rose"), Some("HK"));
        assert_eq!(dateline_country("WEST BERLIN - Talks began"), Some("DE"));
    }

    #[test]
    fn places_in_prose_or_with_a_region_are_no_dateline() {
        assert_eq!(dateline_country("Paris is a city - and a big one"), None);
        assert_eq!(dateline_country("Sydney Smith said - nothing"), None);
        assert_eq!(dateline_country("BADEN, Switzerland, March 3 - A firm"), None);
        assert_eq!(dateline_country("NEW YORK, March 3 - Shares"), None);
        assert_eq!(dateline_country("The talks in Paris, he said - went well"), None);
        assert_eq!(dateline_country("PARISIAN, March 3 - no"), None);
        assert_eq!(dateline_country(""), None);
    }

    #[test]
    fn an_earlier_explicit_currency_decides_a_shared_name() {
        let t = "It lent 36 Singapore dlrs and then 30 dlrs.";
        let m = [
            (span_of(t, "36 Singapore dlrs"), Named::Iso("SGD")),
            (span_of(t, "30 dlrs"), Named::Shared(Family::Dollar)),
        ];
        assert_eq!(decide(t, &m), [Some("SGD"), Some("SGD")]);
    }

    #[test]
    fn disagreeing_explicit_currencies_leave_a_shared_name_unread() {
        let t = "It paid 5 Canadian dlrs, 4 U.S. dlrs and 3 dlrs.";
        let m = [
            (span_of(t, "5 Canadian dlrs"), Named::Iso("CAD")),
            (span_of(t, "4 U.S. dlrs"), Named::Iso("USD")),
            (span_of(t, "3 dlrs"), Named::Shared(Family::Dollar)),
        ];
        assert_eq!(decide(t, &m), [Some("CAD"), Some("USD"), None]);
    }

    #[test]
    fn a_conversion_in_brackets_is_another_currency() {
        let t = "SYDNEY, May 2 - It costs A$6 billion ($4 billion) and $2 billion more.";
        let m = [
            (span_of(t, "A$6 billion"), Named::Iso("AUD")),
            (span_of(t, "$4 billion"), Named::Shared(Family::Dollar)),
            (span_of(t, "$2 billion"), Named::Shared(Family::Dollar)),
        ];
        assert_eq!(decide(t, &m), [Some("AUD"), Some("USD"), Some("USD")]);
    }

    #[test]
    fn the_dateline_decides_a_local_name_and_defaults_remain() {
        let t = "PARIS, March 3 - It earned 20 mln francs and 5 mln dlrs.";
        let m = [
            (span_of(t, "20 mln francs"), Named::Shared(Family::Franc)),
            (span_of(t, "5 mln dlrs"), Named::Shared(Family::Dollar)),
        ];
        assert_eq!(decide(t, &m), [Some("FRF"), Some("USD")]);
        let t = "It earned 20 mln francs.";
        assert_eq!(decide(t, &[(span_of(t, "20 mln francs"), Named::Shared(Family::Franc))]), [None]);
    }
}
