//! U.S. Cabinet and Cabinet-level office holders from two open datasets →
//! one U.S. claim file.
//!
//! - **FiveThirtyEight's "Cabinet Turnover"** (`cabinet-turnover.csv`, CC BY
//!   4.0): every Cabinet-level appointee from Carter (1977) to Biden, as of
//!   10 February 2023, sworn-in and departure dates; no acting holders.
//! - **Tait Chamberlain's "United States of America Cabinet Appointments
//!   Dataset"** (`American Cabinets - Appointments.csv` and `… -
//!   CabinetLevel.csv`, CC BY 3.0 US): every confirmed Cabinet appointment
//!   from Washington (1789) to August 2020, and Cabinet-level posts since
//!   Carter, with some acting holders.
//!
//! [`import_538`] and [`import_appointments`] read one each;
//! [`import_appointments`] with [`Options::fivethirtyeight`] reads both into
//! one file, the one the repository ships (`claims/us-cabinet.yaml`).
//!
//! # Merging the two
//! The sources overlap from 1977 to 2020 and disagree by days where they
//! overlap (James Baker's Treasury term begins 1985-01-22 in one, 1985-02-03
//! in the other). Two statements of one tenure would be two holders at
//! once, so each office's history has one source per period: for an office
//! FiveThirtyEight covers, its rows from Carter's inauguration
//! (1977-01-20), where its data starts, and the other dataset's before that
//! day (its rows starting on or after it are left out); for the offices only the other dataset has (Secretary of
//! War, Postmaster General, the FEMA and drug-policy directors, …), that
//! dataset throughout. FiveThirtyEight is preferred where both speak: its
//! data is newer, and its dates are the swearing-in dates the readme states.
//!
//! # Offices
//! A fixed table ([`OFFICES`]) maps each dataset's post names (which vary:
//! "Secretary of Treasury", "Secretary of Veterans' Affairs") to one
//! office id, the ids the rest of the product uses (`us.secretary-of-state`,
//! `us.secretary-of-defense`), with the titles newsrooms use ("Treasury
//! Secretary", "HHS Secretary") and renames with their dates ("Secretary of
//! War" for the Secretary of Defense since 2025-09-05; the historical
//! Secretary of War's title until 1947). President and Vice President rows
//! are left to the U.S. executive import.
//!
//! # People
//! One person per name across rows and datasets: a name ("Bob Gates",
//! "Cap Weinberger", "William Barr") is the person of an earlier-read row
//! ("Robert M. Gates", "William P. Barr") when the family names agree, the
//! given names do (allowing for initials, middle names and the common short
//! forms, [`NICKNAMES`]), no middle initials differ and the two careers are
//! at most [`CAREER_YEARS`] apart; among several, the nearest career. Rows
//! of the appointments dataset that the merge leaves out still count here,
//! so their written forms ("Malcolm Baldrige" for FiveThirtyEight's "Mac
//! Baldrige") become aliases. The canonical name is the short form
//! newsrooms use (FiveThirtyEight's, else the name without initials), with
//! every written form as an alias. A person a
//! [`Options::known`] claim file already defines (a vice president who was
//! a cabinet secretary: "Dick Cheney") is referred to by that file's id and
//! not defined again.
//!
//! # Rows the datasets contradict themselves in
//! A row that ends before it starts (a start in the year 2865) is left out;
//! a predecessor's end recorded up to [`RESHUFFLE_DAYS`] days after the
//! successor's start is cut at that start. Both are listed in the header,
//! as are the rows merged across administrations.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::csv::{Row, Table};
use super::{Ledger, OfficeOut, PersonOut, TenureOut, TitleOut, assign_ids, parse_day, tidy_aliases};
use crate::claims::ClaimSet;
use crate::error::Error;
use crate::names;
use crate::time::DateValue;

/// The jurisdiction of every office imported.
const JURISDICTION: &str = "US";

/// Successive holders whose recorded tenures overlap by at most this many
/// days: the dates of a handover recorded a little apart.
pub const RESHUFFLE_DAYS: i32 = 31;

/// One office: its id, name, the titles newsrooms use (`(title, since,
/// until)`, dates `YYYY-MM-DD`), and the post names the datasets give it.
#[derive(Debug)]
pub struct OfficeDef {
    pub id: &'static str,
    pub name: &'static str,
    pub titles: &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
    pub posts: &'static [&'static str],
}

/// Every office imported. A title given here with dates names the office
/// only then; the office's name is a title at all times unless listed
/// with dates.
pub const OFFICES: &[OfficeDef] = &[
    OfficeDef {
        id: "us.administrator-of-the-environmental-protection-agency",
        name: "Administrator of the Environmental Protection Agency",
        titles: &[("EPA Administrator", None, None), ("EPA Chief", None, None)],
        posts: &["EPA Administrator", "Administrator of the Environmental Protection Agency"],
    },
    OfficeDef {
        id: "us.administrator-of-the-federal-emergency-management-agency",
        name: "Administrator of the Federal Emergency Management Agency",
        titles: &[
            ("FEMA Administrator", None, None),
            ("Director of the Federal Emergency Management Agency", None, Some("2007-03-31")),
            ("FEMA Director", None, Some("2007-03-31")),
        ],
        posts: &[
            "Director of the Federal Emergency Management Agency",
            "Administrator of the Federal Emergency Management Agency",
        ],
    },
    OfficeDef {
        id: "us.administrator-of-the-small-business-administration",
        name: "Administrator of the Small Business Administration",
        titles: &[("SBA Administrator", None, None)],
        posts: &["SBA Administrator", "Administrator of the Small Business Administration"],
    },
    OfficeDef {
        id: "us.ambassador-to-the-united-nations",
        name: "Ambassador to the United Nations",
        titles: &[("UN Ambassador", None, None), ("U.N. Ambassador", None, None), ("Ambassador to the UN", None, None)],
        posts: &["UN Ambassador", "Ambassador to the United Nations"],
    },
    OfficeDef { id: "us.attorney-general", name: "Attorney General", titles: &[], posts: &["Attorney General"] },
    OfficeDef {
        id: "us.chair-of-the-council-of-economic-advisers",
        name: "Chair of the Council of Economic Advisers",
        titles: &[
            ("Chairman of the Council of Economic Advisers", None, None),
            ("CEA Chair", None, None),
            ("CEA Chairman", None, None),
        ],
        posts: &["CEA Chair", "Chairmain of the Council of Economic Advisors"],
    },
    OfficeDef {
        id: "us.director-of-national-intelligence",
        name: "Director of National Intelligence",
        titles: &[("National Intelligence Director", None, None)],
        posts: &["Director of National Intelligence"],
    },
    OfficeDef {
        id: "us.director-of-the-central-intelligence-agency",
        name: "Director of the Central Intelligence Agency",
        titles: &[("CIA Director", None, None), ("Director of Central Intelligence", None, Some("2005-04-21"))],
        posts: &[
            "CIA Director",
            "Director of Central Intelligence",
            "Director of Central Intelligence/CIA Director",
            "Director of the Central Intelligence Agency",
        ],
    },
    OfficeDef {
        id: "us.director-of-the-office-of-management-and-budget",
        name: "Director of the Office of Management and Budget",
        titles: &[("OMB Director", None, None), ("Budget Director", None, None)],
        posts: &["OMB Director", "Director of the Office of Management and Budget"],
    },
    OfficeDef {
        id: "us.director-of-the-office-of-national-drug-control-policy",
        name: "Director of the Office of National Drug Control Policy",
        titles: &[("Drug Czar", None, None)],
        posts: &["Director of the Office of National Drug Control Policy"],
    },
    OfficeDef {
        id: "us.director-of-the-office-of-science-and-technology-policy",
        name: "Director of the Office of Science and Technology Policy",
        titles: &[("OSTP Director", None, None)],
        posts: &["OSTP Director"],
    },
    OfficeDef { id: "us.postmaster-general", name: "Postmaster General", titles: &[], posts: &["Postmaster General"] },
    OfficeDef {
        id: "us.secretary-of-agriculture",
        name: "Secretary of Agriculture",
        titles: &[("Agriculture Secretary", None, None)],
        posts: &["Secretary of Agriculture"],
    },
    OfficeDef {
        id: "us.secretary-of-commerce",
        name: "Secretary of Commerce",
        titles: &[("Commerce Secretary", None, None)],
        posts: &["Secretary of Commerce"],
    },
    OfficeDef {
        id: "us.secretary-of-commerce-and-labor",
        name: "Secretary of Commerce and Labor",
        titles: &[("Secretary of Commerce and Labor", Some("1903-02-14"), Some("1913-03-04"))],
        posts: &["Secretary of Commerce and Labor"],
    },
    OfficeDef {
        id: "us.secretary-of-defense",
        name: "Secretary of Defense",
        titles: &[
            ("Secretary of Defence", None, None),
            ("Defense Secretary", None, None),
            ("Defence Secretary", None, None),
            ("Secretary of War", Some("2025-09-05"), None),
            ("War Secretary", Some("2025-09-05"), None),
        ],
        posts: &["Secretary of Defense"],
    },
    OfficeDef {
        id: "us.secretary-of-education",
        name: "Secretary of Education",
        titles: &[("Education Secretary", None, None)],
        posts: &["Secretary of Education"],
    },
    OfficeDef {
        id: "us.secretary-of-energy",
        name: "Secretary of Energy",
        titles: &[("Energy Secretary", None, None)],
        posts: &["Secretary of Energy"],
    },
    // The Department of Health, Education, and Welfare (1953) became Health
    // and Human Services when Education left it (1980-05-04): one office.
    OfficeDef {
        id: "us.secretary-of-health-and-human-services",
        name: "Secretary of Health and Human Services",
        titles: &[
            ("Health and Human Services Secretary", None, None),
            ("HHS Secretary", None, None),
            ("Health Secretary", None, None),
            ("Secretary of Health, Education, and Welfare", None, Some("1980-05-04")),
            ("HEW Secretary", None, Some("1980-05-04")),
        ],
        posts: &[
            "Secretary of Health & Human Services",
            "Secretary of Health and Human Services",
            "Secretary of of Health and Human Services",
            "Secretary of Health, Education & Welfare",
            "Secretary of Health, Education, and Welfare",
            "Secretary of Health, Education & Welfare/Secretary of Health & Human Services",
        ],
    },
    OfficeDef {
        id: "us.secretary-of-homeland-security",
        name: "Secretary of Homeland Security",
        titles: &[("Homeland Security Secretary", None, None), ("DHS Secretary", None, None)],
        posts: &["Secretary of Homeland Security"],
    },
    OfficeDef {
        id: "us.secretary-of-housing-and-urban-development",
        name: "Secretary of Housing and Urban Development",
        titles: &[
            ("Housing and Urban Development Secretary", None, None),
            ("HUD Secretary", None, None),
            ("Housing Secretary", None, None),
        ],
        posts: &["Secretary of Housing & Urban Development", "Secretary of Housing and Urban Development"],
    },
    OfficeDef {
        id: "us.secretary-of-labor",
        name: "Secretary of Labor",
        titles: &[("Labor Secretary", None, None)],
        posts: &["Secretary of Labor"],
    },
    OfficeDef { id: "us.secretary-of-state", name: "Secretary of State", titles: &[], posts: &["Secretary of State"] },
    OfficeDef {
        id: "us.secretary-of-the-interior",
        name: "Secretary of the Interior",
        titles: &[("Interior Secretary", None, None)],
        posts: &["Secretary of the Interior"],
    },
    OfficeDef {
        id: "us.secretary-of-the-navy",
        name: "Secretary of the Navy",
        titles: &[("Navy Secretary", None, None)],
        posts: &["Secretary of the Navy"],
    },
    OfficeDef {
        id: "us.secretary-of-the-treasury",
        name: "Secretary of the Treasury",
        titles: &[("Treasury Secretary", None, None), ("Secretary of Treasury", None, None)],
        posts: &["Secretary of the Treasury", "Secretary of Treasury"],
    },
    OfficeDef {
        id: "us.secretary-of-transportation",
        name: "Secretary of Transportation",
        titles: &[("Transportation Secretary", None, None)],
        posts: &["Secretary of Transportation"],
    },
    OfficeDef {
        id: "us.secretary-of-veterans-affairs",
        name: "Secretary of Veterans Affairs",
        titles: &[("Veterans Affairs Secretary", None, None), ("VA Secretary", None, None)],
        posts: &["Secretary of Veterans Affairs", "Secretary of Veterans' Affairs"],
    },
    OfficeDef {
        id: "us.secretary-of-war",
        name: "Secretary of War",
        titles: &[("Secretary of War", None, Some("1947-09-18"))],
        posts: &["Secretary of War"],
    },
    OfficeDef {
        id: "us.trade-representative",
        name: "United States Trade Representative",
        titles: &[("U.S. Trade Representative", None, None), ("Trade Representative", None, None)],
        posts: &["U.S. Trade Representative", "United States Trade Representative"],
    },
    OfficeDef {
        id: "us.white-house-chief-of-staff",
        name: "White House Chief of Staff",
        titles: &[("Chief of Staff to the President", None, None)],
        posts: &["Chief of Staff"],
    },
];

/// Posts left to other imports (the U.S. executive file).
const SKIPPED_POSTS: &[&str] = &["President", "Vice President"];

/// Given names and the short forms written for them. Both sides of a
/// pair name one given name when matching a person across datasets.
pub const NICKNAMES: &[(&str, &[&str])] = &[
    ("andrew", &["andy", "drew"]),
    ("benjamin", &["ben"]),
    ("anthony", &["tony"]),
    ("caspar", &["cap"]),
    ("charles", &["chuck"]),
    ("daniel", &["dan"]),
    ("donald", &["don"]),
    ("edmund", &["ed"]),
    ("edward", &["ed", "ted"]),
    ("edwin", &["ed"]),
    ("elizabeth", &["liz", "elizabeth"]),
    ("franklin", &["frank"]),
    ("frederick", &["fred"]),
    ("henry", &["hank"]),
    ("james", &["jim", "jimmy"]),
    ("jeffrey", &["jeff"]),
    ("john", &["jack"]),
    ("joseph", &["joe"]),
    ("joshua", &["josh"]),
    ("kenneth", &["ken"]),
    ("malcolm", &["mac"]),
    ("lawrence", &["larry"]),
    ("margaret", &["peggy"]),
    ("melquiades", &["mel"]),
    ("michael", &["mike"]),
    ("mitchell", &["mitch"]),
    ("nicholas", &["nick"]),
    ("patricia", &["pat"]),
    ("peter", &["pete"]),
    ("raymond", &["ray"]),
    ("richard", &["dick", "rick"]),
    ("robert", &["bob", "rob", "bobby"]),
    ("roderick", &["rod"]),
    ("ronald", &["ron"]),
    ("samuel", &["sam"]),
    ("stephen", &["steve"]),
    ("steven", &["steve"]),
    ("terrel", &["ted"]),
    ("thomas", &["tom"]),
    ("william", &["bill", "will", "willie"]),
];

/// What the datasets are, for the header.
const HEADER_538: &[&str] = &[
    "Source: FiveThirtyEight, cabinet-turnover data (cabinet-turnover.csv),",
    "  https://github.com/fivethirtyeight/data/tree/master/cabinet-turnover",
    "  Licence: Creative Commons Attribution 4.0 International (CC BY 4.0),",
    "  https://creativecommons.org/licenses/by/4.0/",
];
const HEADER_APPOINTMENTS: &[&str] = &[
    "Source: Chamberlain, Tait. 2020. United States of America Cabinet Appointments",
    "  Dataset. GitHub. https://github.com/taitcha/American_cabinet_appointments",
    "  (American Cabinets - Appointments.csv and - CabinetLevel.csv)",
    "  Licence: Creative Commons Attribution 3.0 United States (CC BY 3.0 US),",
    "  https://creativecommons.org/licenses/by/3.0/us/",
];

/// What to read besides the dataset.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// FiveThirtyEight's `cabinet-turnover.csv`, to merge into the
    /// appointments dataset (see the module documentation).
    pub fivethirtyeight: Option<PathBuf>,
    /// Claim files whose people this file refers to by id instead of
    /// defining them again (the U.S. executive file).
    pub known: Vec<PathBuf>,
}

/// One row of either dataset, read.
#[derive(Clone, Debug)]
struct Appointment {
    office: &'static OfficeDef,
    /// The name as written.
    name: String,
    /// The family name (the appointments dataset's `LastName`, else the
    /// last word of the name that is not a suffix).
    last: String,
    /// A day, or a month where FiveThirtyEight knows no more ("Aug. 1981").
    start: DateValue,
    end: Option<Date>,
    acting: bool,
    /// `fivethirtyeight:cabinet-turnover/LINE`, `american-cabinets:appointments/KEY`, ….
    source: String,
    from_538: bool,
    /// A row kept for the person's name only (a form to match and an
    /// alias), its tenure taken from the other dataset.
    name_only: bool,
}

/// A slip in the appointments dataset's dates, corrected. It applies only
/// where the row still holds the value as written, and is listed in the
/// generated file's header.
pub struct Correction {
    /// `appointments` or `cabinet-level`.
    pub file: &'static str,
    /// The row's `Key`.
    pub key: &'static str,
    pub column: &'static str,
    pub written: &'static str,
    pub read: &'static str,
    pub why: &'static str,
}

/// Every correction: years mistyped by a century or a millennium, and rows
/// that repeat the dates of the person's other post.
pub const CORRECTIONS: &[Correction] = &[
    Correction {
        file: "appointments",
        key: "205",
        column: "ServiceStart",
        written: "12/17/1850",
        read: "12/17/1860",
        why: "Jeremiah S. Black became Secretary of State in December 1860",
    },
    Correction {
        file: "appointments",
        key: "248",
        column: "ServiceStart",
        written: "5/15/2865",
        read: "5/15/1865",
        why: "James Harlan became Secretary of the Interior in May 1865",
    },
    Correction {
        file: "appointments",
        key: "260",
        column: "ServiceStart",
        written: "9/9/1969",
        read: "9/9/1869",
        why: "William T. Sherman was Secretary of War in 1869",
    },
    Correction {
        file: "appointments",
        key: "261",
        column: "ServiceStart",
        written: "10/25/1969",
        read: "10/25/1869",
        why: "William W. Belknap became Secretary of War in October 1869",
    },
    Correction {
        file: "appointments",
        key: "511",
        column: "ServiceStart",
        written: "1/2/1939",
        read: "1/2/1940",
        why: "Charles Edison became Secretary of the Navy in January 1940, after Claude Swanson's death in July 1939",
    },
    Correction {
        file: "appointments",
        key: "779",
        column: "ServiceStart",
        written: "5/26/1994",
        read: "1/21/1993",
        why: "Les Aspin was Secretary of Defense from January 1993 to February 1994",
    },
    Correction {
        file: "appointments",
        key: "779",
        column: "ServiceEnd",
        written: "5/21/1995",
        read: "2/3/1994",
        why: "Les Aspin was Secretary of Defense from January 1993 to February 1994",
    },
    Correction {
        file: "appointments",
        key: "789",
        column: "ServiceStart",
        written: "1/25/2001",
        read: "7/21/2000",
        why: "Norman Mineta was Secretary of Commerce from July 2000 to January 2001; the row repeats his Transportation dates",
    },
    Correction {
        file: "appointments",
        key: "789",
        column: "ServiceEnd",
        written: "8/7/2006",
        read: "1/20/2001",
        why: "Norman Mineta was Secretary of Commerce from July 2000 to January 2001; the row repeats his Transportation dates",
    },
    Correction {
        file: "appointments",
        key: "885",
        column: "ServiceStart",
        written: "8/5/2014",
        read: "1/26/2009",
        why: "Shaun Donovan was Secretary of Housing and Urban Development from January 2009 to July 2014; the row repeats his budget director dates",
    },
    Correction {
        file: "appointments",
        key: "885",
        column: "ServiceEnd",
        written: "1/20/2017",
        read: "7/28/2014",
        why: "Shaun Donovan was Secretary of Housing and Urban Development from January 2009 to July 2014; the row repeats his budget director dates",
    },
];

/// Reads FiveThirtyEight's `cabinet-turnover.csv` alone.
///
/// # Errors
/// An unreadable file ([`crate::ErrorKind::Io`]); a malformed row (a post the
/// office table does not know, a date not `M/D/YY`, an administration
/// continuation without its other half) as [`crate::ErrorKind::Ledger`]
/// with the file, line and column.
///
/// # Example
/// ```no_run
/// use factdiff::ledger::us_cabinet::{import_538, Options};
/// let ledger = import_538(std::path::Path::new("cabinet-turnover.csv"), &Options::default()).unwrap();
/// assert!(ledger.offices.iter().any(|o| o.id == "us.secretary-of-state"));
/// ```
pub fn import_538(path: &Path, options: &Options) -> Result<Ledger, Error> {
    let mut notes = Vec::new();
    let rows = read_538(path, &mut notes)?;
    let known = load_known(&options.known)?;
    Ok(build(rows, &known, &[HEADER_538], notes))
}

/// Reads the appointments dataset's folder (`American Cabinets -
/// Appointments.csv` and `American Cabinets - CabinetLevel.csv`), merged
/// with FiveThirtyEight's data when [`Options::fivethirtyeight`] names it.
///
/// # Errors
/// As [`import_538`], for every file read.
///
/// # Example
/// ```no_run
/// use factdiff::ledger::us_cabinet::{import_appointments, Options};
/// let ledger = import_appointments(std::path::Path::new("us-cabinet-appointments"), &Options::default()).unwrap();
/// assert!(ledger.offices.iter().any(|o| o.id == "us.secretary-of-war"));
/// ```
pub fn import_appointments(dir: &Path, options: &Options) -> Result<Ledger, Error> {
    let mut notes = Vec::new();
    let mut rows = Vec::new();
    for (file, tag) in [
        ("American Cabinets - Appointments.csv", "appointments"),
        ("American Cabinets - CabinetLevel.csv", "cabinet-level"),
    ] {
        rows.extend(read_appointments(&dir.join(file), tag, &mut notes)?);
    }
    let mut headers = vec![HEADER_APPOINTMENTS];
    if let Some(path) = &options.fivethirtyeight {
        let newer = read_538(path, &mut notes)?;
        rows = merge(rows, newer, &mut notes);
        headers.insert(0, HEADER_538);
    }
    let known = load_known(&options.known)?;
    Ok(build(rows, &known, &headers, notes))
}

fn load_known(paths: &[PathBuf]) -> Result<ClaimSet, Error> {
    if paths.is_empty() {
        return Ok(ClaimSet::default());
    }
    crate::claims::load(paths).map_err(|mut errors| errors.remove(0))
}

/// The office a dataset's post name is, or `None` for a post left to
/// another import; an unknown post is an error at `row`.
fn office(table: &Table, row: &Row, column: usize) -> Result<Option<&'static OfficeDef>, Error> {
    let post = table.get(row, column).trim();
    if SKIPPED_POSTS.contains(&post) {
        return Ok(None);
    }
    OFFICES.iter().find(|o| o.posts.contains(&post)).map(Some).ok_or_else(|| {
        table.error(row, column, format!("expected a post in the office table of `us_cabinet.rs`, but found `{post}`"))
    })
}

/// `M/D/YY` (FiveThirtyEight: 1977 to 2023, so `50`–`99` are 19xx) or `M/D/YYYY`.
fn us_date(text: &str) -> Result<Date, String> {
    let expected = || format!("expected a date as M/D/YY or M/D/YYYY, but found `{text}`");
    let parts: Vec<&str> = text.trim().split('/').collect();
    let [m, d, y] = parts.as_slice() else { return Err(expected()) };
    let number = |s: &str| s.parse::<i16>().ok().filter(|_| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    let (Some(m), Some(d), Some(y)) = (number(m), number(d), number(y)) else { return Err(expected()) };
    let year = match y {
        0..=49 if parts[2].len() == 2 => 2000 + y,
        50..=99 if parts[2].len() == 2 => 1900 + y,
        _ if parts[2].len() == 4 => y,
        _ => return Err(expected()),
    };
    Date::new(year, m as i8, d as i8).map_err(|_| format!("expected a date that exists, but found `{text}`"))
}

/// A FiveThirtyEight start: `M/D/YY`, or a month it knows no day of (`Aug. 1981`).
fn start_538(text: &str) -> Result<DateValue, String> {
    const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    if let Some((month, year)) = text.trim().split_once(' ')
        && let Some(m) = MONTHS.iter().position(|m| month.trim_end_matches('.').to_ascii_lowercase().starts_with(m))
        && let Ok(y) = year.parse::<i16>()
        && year.len() == 4
    {
        return Ok(DateValue::Month(y, m as i8 + 1));
    }
    us_date(text).map(DateValue::Day)
}

/// The family name of a name written given name first: its last word that
/// is not a suffix ("Joseph Califano Jr." → "Califano").
fn family_name(name: &str) -> String {
    const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
    let words: Vec<&str> = name.split_whitespace().collect();
    words
        .iter()
        .rev()
        .find(|w| !SUFFIXES.contains(&names::fold_words(w).concat().as_str()))
        .map_or_else(String::new, |w| (*w).to_string())
}

/// FiveThirtyEight's rows: one appointment per row, except that a term
/// across two administrations is two rows (`end_date` "Bush admin", then
/// `start_date` "Reagan admin"), joined here. "Still in office" is an open end.
fn read_538(path: &Path, notes: &mut Vec<String>) -> Result<Vec<Appointment>, Error> {
    let t = Table::read(path, &["president", "position", "appointee", "start_date", "end_date"])?;
    let (position, appointee, start, end) =
        (t.column("position"), t.column("appointee"), t.column("start_date"), t.column("end_date"));
    let mut out: Vec<Appointment> = Vec::new();
    // (office, name) → index in `out` of a row continued in the next administration.
    let mut open_halves: BTreeMap<(&str, String), (usize, usize)> = BTreeMap::new();
    let mut second_halves = Vec::new();
    for row in &t.rows {
        let Some(office) = office(&t, row, position)? else { continue };
        let name = t.get(row, appointee).trim().to_string();
        if name.is_empty() {
            return Err(t.error(row, appointee, "expected a name, but found an empty field"));
        }
        let (start_text, end_text) = (t.get(row, start).trim(), t.get(row, end).trim());
        let source = format!("fivethirtyeight:cabinet-turnover/{}", row.line);
        if start_text.ends_with(" admin") {
            second_halves.push((office.id, name, row, end_text.to_string()));
            continue;
        }
        let start_day = start_538(start_text).map_err(|m| t.error(row, start, m))?;
        let end_day = match end_text {
            "Still in office" => None,
            e if e.ends_with(" admin") => {
                open_halves.insert((office.id, name.clone()), (out.len(), row.line));
                None
            }
            e => Some(us_date(e).map_err(|m| t.error(row, end, m))?),
        };
        let last = family_name(&name);
        out.push(Appointment {
            office,
            name,
            last,
            start: start_day,
            end: end_day,
            acting: false,
            source,
            from_538: true,
            name_only: false,
        });
    }
    for (office, name, row, end_text) in second_halves {
        let Some((i, first_line)) = open_halves.remove(&(office, name.clone())) else {
            return Err(t.error(
                row,
                start,
                format!("expected an earlier row of {name} as {office} ending in this administration, but found none"),
            ));
        };
        let end_day = match end_text.as_str() {
            "Still in office" => None,
            e => Some(us_date(e).map_err(|m| t.error(row, end, m))?),
        };
        out[i].end = end_day;
        out[i].source = format!("fivethirtyeight:cabinet-turnover/{first_line}+{}", row.line);
        notes.push(format!(
            "cabinet-turnover.csv lines {first_line} and {}: {name}'s term across two administrations joined",
            row.line
        ));
    }
    if let Some(((office, name), (_, line))) = open_halves.into_iter().next() {
        return Err(super::data_error(
            &t.path,
            line,
            1,
            format!(
                "expected a later row continuing {name}'s term as {office} in the next administration, but found none"
            ),
        ));
    }
    Ok(out)
}

/// The appointments dataset's rows of one file; `tag` names it in sources.
fn read_appointments(path: &Path, tag: &str, notes: &mut Vec<String>) -> Result<Vec<Appointment>, Error> {
    let t =
        Table::read(path, &["Key", "Department", "Name", "LastName", "ServiceStart", "ServiceEnd", "SenateVotesFor"])?;
    let (key, department, name, last, start, end, votes) = (
        t.column("Key"),
        t.column("Department"),
        t.column("Name"),
        t.column("LastName"),
        t.column("ServiceStart"),
        t.column("ServiceEnd"),
        t.column("SenateVotesFor"),
    );
    let file = path.file_name().map_or_else(|| t.path.clone(), |f| f.to_string_lossy().into_owned());
    let mut out = Vec::new();
    for row in &t.rows {
        let Some(office) = office(&t, row, department)? else { continue };
        let id = t.get(row, key).trim();
        let written = t.get(row, name).split_whitespace().collect::<Vec<_>>().join(" ");
        if written.is_empty() {
            return Err(t.error(row, name, "expected a name, but found an empty field"));
        }
        let mut read = |column: usize, name: &str| -> &str {
            let written = t.get(row, column).trim();
            let fix = CORRECTIONS.iter().find(|c| (c.file, c.key, c.column, c.written) == (tag, id, name, written));
            match fix {
                Some(c) => {
                    notes.push(format!("{file} line {}: {name} {written} read as {} ({})", row.line, c.read, c.why));
                    c.read
                }
                None => written,
            }
        };
        let (start_text, end_text) = (read(start, "ServiceStart"), read(end, "ServiceEnd"));
        let start_day = us_date(start_text).map_err(|m| t.error(row, start, m))?;
        let end_day = match end_text {
            "" => None,
            e => Some(us_date(e).map_err(|m| t.error(row, end, m))?),
        };
        if let Some(e) = end_day.filter(|e| *e < start_day) {
            notes.push(format!(
                "{file} line {}: {written} as {} ends {e} before it starts {start_day}; skipped",
                row.line, office.name
            ));
            continue;
        }
        let family = match t.get(row, last).trim() {
            "" => family_name(&written),
            l => l.to_string(),
        };
        out.push(Appointment {
            office,
            name: written,
            last: family,
            start: DateValue::Day(start_day),
            end: end_day,
            acting: t.get(row, votes).trim() == "acting",
            source: format!("american-cabinets:{tag}/{id}"),
            from_538: false,
            name_only: false,
        });
    }
    Ok(out)
}

/// The day FiveThirtyEight's data starts: Carter's inauguration.
const FIVETHIRTYEIGHT_FROM: &str = "1977-01-20";

/// The appointments dataset's rows with FiveThirtyEight's from the day its
/// data starts, for the offices FiveThirtyEight has (see the module
/// documentation).
///
/// The merged file is current to FiveThirtyEight's day (2023), the
/// appointments dataset only to 2020: an open tenure of an office only the
/// latter has (a FEMA administrator of 2017) may have ended in between, so
/// it is left out (and listed in `notes`), not stated as current in 2023.
///
/// A row left out still names its person: it is kept as
/// [`Appointment::name_only`], so that "Malcolm Baldrige" (the appointments
/// dataset) is an alias of "Mac Baldrige" (FiveThirtyEight).
fn merge(older: Vec<Appointment>, newer: Vec<Appointment>, notes: &mut Vec<String>) -> Vec<Appointment> {
    let from = parse_day(FIVETHIRTYEIGHT_FROM).expect("a day");
    let covered: BTreeSet<&str> = newer.iter().map(|a| a.office.id).collect();
    let mut out = Vec::new();
    for mut a in older {
        if covered.contains(a.office.id) {
            a.name_only = a.start.first_day() >= from;
        } else if a.end.is_none() {
            notes.push(format!(
                "{}: {}'s open tenure from {} left out (the dataset is older than the merged file)",
                a.office.name, a.name, a.start
            ));
            a.name_only = true;
        }
        out.push(a);
    }
    out.extend(newer);
    out
}

/// The given names of a name written given name first: its folded words
/// before the family name `last`, without suffixes.
fn given_words(name: &str, last: &str) -> Vec<String> {
    const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
    let family = names::fold_words(last);
    let mut words: Vec<String> =
        names::fold_words(name).into_iter().filter(|w| !SUFFIXES.contains(&w.as_str())).collect();
    if words.ends_with(&family) {
        words.truncate(words.len() - family.len());
    }
    words
}

/// The keys a given name (a word of more than one letter) may be known by:
/// itself, and its full form and short forms ([`NICKNAMES`]).
fn given_keys(word: &str) -> Vec<String> {
    let mut keys = vec![word.to_string()];
    for (full, short) in NICKNAMES {
        if *full == word || short.contains(&word) {
            keys.push((*full).to_string());
            keys.extend(short.iter().map(|s| (*s).to_string()));
        }
    }
    keys
}

/// Whether two written names may be one person: the same family name, and
/// given names that agree — a given name of one (or its full or short
/// form) is a given name of the other ("Bob Gates", "Robert M. Gates";
/// "Moon Landrieu", "Maurice Moon Landrieu"), or, where one gives only
/// initials, the initials agree ("T.H. Bell", "Terrel H. Bell").
fn same_person(a: (&str, &str), b: (&str, &str)) -> bool {
    if names::fold_words(a.1) != names::fold_words(b.1) {
        return false;
    }
    if names::person_key(a.0) == names::person_key(b.0) {
        return true;
    }
    let (ga, gb) = (given_words(a.0, a.1), given_words(b.0, b.1));
    let full = |g: &[String]| g.iter().filter(|w| w.len() > 1).cloned().collect::<Vec<_>>();
    let (fa, fb) = (full(&ga), full(&gb));
    if fa.is_empty() || fb.is_empty() {
        let initials = |g: &[String]| g.iter().filter_map(|w| w.chars().next()).collect::<String>();
        return !ga.is_empty() && initials(&ga) == initials(&gb);
    }
    fa.iter().any(|w| given_keys(w).iter().any(|k| fb.contains(k) || fb.iter().any(|v| given_keys(v).contains(k))))
}

/// The name newsrooms use: the name as written without initials and
/// suffixes ("Henry A. Kissinger" → "Henry Kissinger", "Joseph Califano
/// Jr." → "Joseph Califano"); middle names stay ("John Quincy Adams"). A
/// name that would keep fewer than two words is kept whole ("T.H. Bell").
fn short_name(name: &str) -> String {
    const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
    let words: Vec<&str> = name.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            let folded = names::fold_words(w).concat();
            let initial = w.contains('.') && w.chars().filter(|c| c.is_alphabetic()).count() <= 2;
            !(initial || folded.len() == 1 || SUFFIXES.contains(&folded.as_str()))
        })
        .collect();
    if kept.len() >= 2 { kept.join(" ") } else { name.to_string() }
}

/// A person being gathered: every name written for them, whether one is
/// FiveThirtyEight's, their family name and first start.
struct Gathered {
    names: BTreeSet<String>,
    newsroom: Option<String>,
    last: String,
    first: Date,
    latest: Date,
}

/// Two people of one name a generation apart are two people (William A.
/// Richardson, Treasury 1873; Bill Richardson, Energy 1998): names are
/// matched only between careers at most this many years apart.
const CAREER_YEARS: i64 = 30;

/// Whether a career from `first` to `latest` (starts) and a start `at` lie
/// within [`CAREER_YEARS`] of each other.
fn same_era(first: Date, latest: Date, at: Date) -> bool {
    let gap = if at < first {
        first - at
    } else if at > latest {
        at - latest
    } else {
        return true;
    };
    i64::from(gap.get_days()) <= CAREER_YEARS * 366
}

/// Whether two written names give conflicting middle initials ("William R.
/// Graham", "William A. Graham"): then they are two people.
fn initials_conflict(a: &str, b: &str) -> bool {
    let middle = |n: &str| -> Vec<char> {
        let words: Vec<&str> = n.split_whitespace().collect();
        words
            .iter()
            .skip(1)
            .take(words.len().saturating_sub(2))
            .filter(|w| w.trim_end_matches('.').chars().count() == 1)
            .filter_map(|w| w.chars().next())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    let (ma, mb) = (middle(a), middle(b));
    !ma.is_empty() && !mb.is_empty() && ma != mb
}

fn build(mut rows: Vec<Appointment>, known: &ClaimSet, headers: &[&[&str]], mut notes: Vec<String>) -> Ledger {
    let day = |a: &Appointment| (a.start.first_day(), a.start.last_day());
    rows.sort_by(|a, b| {
        (a.name_only, a.office.id, day(a), &a.name, &a.source).cmp(&(
            b.name_only,
            b.office.id,
            day(b),
            &b.name,
            &b.source,
        ))
    });
    // The same appointment in both of the dataset's files: once.
    rows.dedup_by(|b, a| {
        a.name_only == b.name_only
            && a.office.id == b.office.id
            && a.start == b.start
            && names::person_key(&a.name) == names::person_key(&b.name)
    });

    // People: rows grouped by name; FiveThirtyEight's names joined to the
    // other dataset's person with the same family and given name.
    let mut people: Vec<Gathered> = Vec::new();
    let mut person_of: Vec<usize> = Vec::with_capacity(rows.len());
    let mut by_key: BTreeMap<String, usize> = BTreeMap::new();
    // The other dataset's names first, so that FiveThirtyEight's join them.
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|&i| (rows[i].from_538, rows[i].start.first_day(), i));
    let mut assigned = vec![usize::MAX; rows.len()];
    for i in order {
        let a = &rows[i];
        let key = names::person_key(&a.name);
        let p = match by_key.get(&key) {
            Some(&p) => p,
            None => {
                let start = a.start.first_day();
                let candidates: Vec<usize> = (0..people.len())
                    .filter(|&p| {
                        let g = &people[p];
                        same_era(g.first, g.latest, start)
                            && g.names.iter().any(|n| same_person((n, &g.last), (&a.name, &a.last)))
                            && !g.names.iter().any(|n| initials_conflict(n, &a.name))
                    })
                    .collect();
                // Among several (one person written two ways in the other
                // dataset), the one whose career is nearest.
                let nearest = candidates.iter().copied().min_by_key(|&p| {
                    let g = &people[p];
                    let gap = |d: Date| (d - start).get_days().unsigned_abs();
                    (gap(g.first).min(gap(g.latest)), p)
                });
                match nearest {
                    Some(one) => one,
                    None => {
                        people.push(Gathered {
                            names: BTreeSet::new(),
                            newsroom: None,
                            last: a.last.clone(),
                            first: a.start.first_day(),
                            latest: a.start.first_day(),
                        });
                        people.len() - 1
                    }
                }
            }
        };
        by_key.insert(key, p);
        let g = &mut people[p];
        g.names.insert(a.name.clone());
        g.first = g.first.min(a.start.first_day());
        g.latest = g.latest.max(a.start.first_day());
        if a.from_538 && g.newsroom.is_none() {
            g.newsroom = Some(a.name.clone());
        }
        assigned[i] = p;
    }
    person_of.extend(assigned);

    // Canonical names, shared ones told apart by the written form.
    let canonical: Vec<String> = people
        .iter()
        .map(|g| {
            let written = g.newsroom.clone().unwrap_or_else(|| g.names.iter().next().cloned().unwrap_or_default());
            short_name(&written)
        })
        .collect();
    let mut shared: BTreeMap<String, usize> = BTreeMap::new();
    for c in &canonical {
        *shared.entry(names::person_key(c)).or_default() += 1;
    }
    let mut ids: Vec<String> = vec![String::new(); people.len()];
    let mut out_people: Vec<((Date, String), PersonOut)> = Vec::new();
    let holds: BTreeSet<usize> = rows.iter().zip(&person_of).filter(|(a, _)| !a.name_only).map(|(_, &p)| p).collect();
    // Short forms of the written names ("Richard Lyng" for "Richard Edmund
    // Lyng", "William Brock" for "William E. Brock III"), each an alias of
    // the one person it can mean here and in the known files.
    let forms: Vec<BTreeSet<String>> = people
        .iter()
        .map(|g| {
            g.names
                .iter()
                .flat_map(|n| {
                    let given = given_words(n, &g.last).into_iter().find(|w| w.len() > 1);
                    let written_given = n
                        .split_whitespace()
                        .find(|w| given.as_ref().is_some_and(|gw| names::fold_words(w).concat() == *gw));
                    [Some(short_name(n)), written_given.map(|w| format!("{w} {}", g.last))]
                })
                .flatten()
                .collect()
        })
        .collect();
    let mut owners: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (p, g) in people.iter().enumerate() {
        for n in g.names.iter().chain(&forms[p]) {
            owners.entry(names::person_key(n)).or_default().insert(p);
        }
    }
    for (p, g) in people.iter().enumerate() {
        if !holds.contains(&p) {
            continue;
        }
        let mut name = canonical[p].clone();
        if shared[&names::person_key(&name)] > 1 {
            name = g.newsroom.clone().unwrap_or_else(|| g.names.iter().next().cloned().unwrap_or_default());
        }
        // A person another claim file defines keeps that file's id: a name
        // as written (initials and all) that the file gives someone whose
        // tenures are of the same era.
        let known_as: Vec<&str> = g
            .names
            .iter()
            .flat_map(|n| known.people_named(&names::person_key(n)))
            .filter(|k| known.tenures_of_person(&k.id).iter().any(|t| same_era(g.first, g.latest, t.start.first_day())))
            .map(|k| k.id.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if let [id] = known_as.as_slice() {
            ids[p] = (*id).to_string();
            continue;
        }
        // Someone else of the other file goes by the short form ("James
        // Garfield" for James R. Garfield): the name as written tells them apart.
        if !known.people_named(&names::person_key(&name)).is_empty() {
            name = g.newsroom.clone().unwrap_or_else(|| g.names.iter().next().cloned().unwrap_or_default());
        }
        let unambiguous = |form: &&String| {
            let key = names::person_key(form);
            owners.get(&key).is_some_and(|o| o.len() == 1) && known.people_named(&key).is_empty()
        };
        let short_forms = forms[p].iter().filter(unambiguous).cloned();
        let aliases = tidy_aliases(&name, g.names.iter().cloned().chain(short_forms));
        let tie = g.names.iter().next().cloned().unwrap_or_default();
        out_people.push(((g.first, format!("{tie}#{p}")), PersonOut { id: String::new(), name, aliases }));
    }
    assign_ids(&mut out_people);
    // An id another claim file gives someone else gets the next free suffix.
    let mut taken: BTreeSet<String> = out_people.iter().map(|(_, p)| p.id.clone()).collect();
    for (_, person) in &mut out_people {
        if known.person(&person.id).is_some() {
            let base = super::slug(&person.name);
            let free =
                (2..).map(|n| format!("{base}-{n}")).find(|id| !taken.contains(id) && known.person(id).is_none());
            person.id = free.expect("a free suffix");
            taken.insert(person.id.clone());
        }
    }
    for ((_, tie), person) in &out_people {
        let p: usize = tie.rsplit('#').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        ids[p] = person.id.clone();
    }

    // Tenures, with handovers recorded a little apart cut.
    let tenures: Vec<TenureOut> = rows
        .iter()
        .zip(&person_of)
        .filter(|(a, _)| !a.name_only)
        .map(|(a, &p)| TenureOut {
            person: ids[p].clone(),
            office: a.office.id.to_string(),
            start: a.start,
            end: a.end.map(DateValue::Day),
            acting: a.acting,
            source: a.source.clone(),
        })
        .collect();
    let mut tenures = merge_same_person(tenures);
    notes.extend(clip_handovers(&mut tenures));

    rows.retain(|a| !a.name_only);
    let used: BTreeSet<&str> = rows.iter().map(|a| a.office.id).collect();
    let offices = OFFICES
        .iter()
        .filter(|o| used.contains(o.id))
        .map(|o| OfficeOut {
            id: o.id.to_string(),
            jurisdiction: JURISDICTION.to_string(),
            name: o.name.to_string(),
            single_holder: true,
            titles: o
                .titles
                .iter()
                .map(|(title, since, until)| TitleOut {
                    title: (*title).to_string(),
                    since: since.map(|d| parse_day(d).expect("office table dates are days")),
                    until: until.map(|d| parse_day(d).expect("office table dates are days")),
                })
                .collect(),
        })
        .collect();
    let recorded = rows.iter().flat_map(|a| [Some(a.start.first_day()), a.end]).flatten().max();
    let mut header = vec![
        "U.S. Cabinet and Cabinet-level office holders, generated by `factdiff ledger".to_string(),
        "import` from open datasets. Do not edit by hand: change the importer".to_string(),
        "(src/ledger/us_cabinet.rs) and regenerate (see README, \"Building a ledger".to_string(),
        "from open data\"); later holders are in the hand-written united-states.yaml.".to_string(),
        String::new(),
    ];
    for h in headers {
        header.extend(h.iter().map(|s| (*s).to_string()));
    }
    header.extend([
        "Changes made: posts mapped to one office each, with the titles newsrooms use;".to_string(),
        "the two datasets merged (FiveThirtyEight's rows from 1977-01-20 on, the".to_string(),
        "appointments dataset's before, for the offices both have); a person's rows".to_string(),
        "of one office that overlap joined; people matched across rows and datasets,".to_string(),
        "named in newsroom form with the written forms as aliases; President and Vice".to_string(),
        "President rows left to us-executive.yaml.".to_string(),
    ]);
    if !notes.is_empty() {
        header.push(String::new());
        header.push("Rows changed or left out:".to_string());
        header.extend(notes.into_iter().map(|n| format!("  {n}")));
    }
    let mut ledger = Ledger {
        header,
        offices,
        people: out_people.into_iter().map(|(_, p)| p).collect(),
        tenures,
        recorded,
        current_to: recorded,
    };
    ledger.sort();
    ledger
}

/// One person's tenures of one office that overlap or touch, with one
/// acting status, as one: the appointments dataset has a row per
/// administration, so a secretary kept on by the next president is two
/// rows.
fn merge_same_person(mut tenures: Vec<TenureOut>) -> Vec<TenureOut> {
    let end_day = |t: &TenureOut| t.end.map_or(Date::MAX, |e| e.last_day());
    tenures.sort_by(|a, b| {
        (&a.office, &a.person, a.acting, a.start.first_day(), end_day(a)).cmp(&(
            &b.office,
            &b.person,
            b.acting,
            b.start.first_day(),
            end_day(b),
        ))
    });
    let mut out: Vec<TenureOut> = Vec::new();
    for t in tenures {
        if let Some(last) = out.last_mut()
            && (&last.office, &last.person, last.acting) == (&t.office, &t.person, t.acting)
            && t.start.first_day() <= end_day(last)
        {
            if end_day(&t) > end_day(last) {
                last.end = t.end;
            }
            last.source = format!("{} {}", last.source, t.source);
            continue;
        }
        out.push(t);
    }
    out
}

/// Cuts a predecessor's tenure at the successor's start where the two
/// overlap by at most [`RESHUFFLE_DAYS`] days (neither acting), and ends a
/// tenure the dataset leaves open at the start of a later holder (every
/// office here has one holder at a time: the row lacks its end); returns a
/// note for each.
fn clip_handovers(tenures: &mut [TenureOut]) -> Vec<String> {
    let mut notes = Vec::new();
    for i in 0..tenures.len() {
        // The first successor of an open tenure ends it.
        let successor = (0..tenures.len())
            .filter(|&j| {
                let (a, b) = (&tenures[i], &tenures[j]);
                a.end.is_none()
                    && a.office == b.office
                    && a.person != b.person
                    && !a.acting
                    && !b.acting
                    && b.start.first_day() > a.start.last_day()
            })
            .min_by_key(|&j| (tenures[j].start.first_day(), j));
        if let Some(j) = successor {
            let start = tenures[j].start.first_day();
            notes.push(format!(
                "{}: {}'s tenure from {}, open in the dataset, ends {start}, when {}'s begins",
                tenures[i].office, tenures[i].person, tenures[i].start, tenures[j].person
            ));
            tenures[i].end = Some(DateValue::Day(start));
        }
    }
    for i in 0..tenures.len() {
        for j in 0..tenures.len() {
            let (a, b) = (&tenures[i], &tenures[j]);
            if i == j || a.office != b.office || a.person == b.person || a.acting || b.acting {
                continue;
            }
            let (a_start, b_start) = (a.start.first_day(), b.start.first_day());
            let Some(a_end) = a.end.map(|e| e.first_day()) else { continue };
            if a_start < b_start && b_start < a_end && (a_end - b_start).get_days() <= RESHUFFLE_DAYS {
                notes.push(format!(
                    "{}: {}'s tenure to {a_end} ends {b_start}, when {}'s begins",
                    a.office, a.person, b.person
                ));
                tenures[i].end = Some(DateValue::Day(b_start));
            }
        }
    }
    notes.sort();
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_month_day_year_with_two_digit_years_read_as_1950_to_2049() {
        assert_eq!(us_date("2/3/85"), Ok("1985-02-03".parse().unwrap()));
        assert_eq!(us_date("1/20/21"), Ok("2021-01-20".parse().unwrap()));
        assert_eq!(us_date("4/30/1789"), Ok("1789-04-30".parse().unwrap()));
        assert!(us_date("2/30/85").unwrap_err().contains("exists"));
        assert!(us_date("Bush admin").is_err());
        assert!(us_date("1985-02-03").is_err());
    }

    #[test]
    fn people_match_across_short_forms_initials_and_suffixes() {
        assert!(same_person(("Bob Gates", "Gates"), ("Robert M. Gates", "Gates")));
        assert!(same_person(("Cap Weinberger", "Weinberger"), ("Caspar W. Weinberger", "Weinberger")));
        assert!(same_person(("Joseph Califano Jr.", "Califano"), ("Joseph A. Califano, Jr.", "Califano")));
        assert!(!same_person(("Robert Reich", "Reich"), ("Otto Reich", "Reich")));
        assert!(!same_person(("James Baker", "Baker"), ("Howard Baker", "Baker")));
        assert!(same_person(("Moon Landrieu", "Landrieu"), ("Maurice Moon Landrieu", "Landrieu")));
        assert!(same_person(("T.H. Bell", "Bell"), ("Terrel H. Bell", "Bell")));
        assert!(same_person(("Mac Baldrige", "Baldrige"), ("Malcolm Baldrige", "Baldrige")));
        assert!(!same_person(("T.H. Bell", "Bell"), ("Griffin Bell", "Bell")));
        assert_eq!(family_name("Joseph Califano Jr."), "Califano");
        assert!(initials_conflict("William R. Graham", "William A. Graham"));
        assert!(!initials_conflict("Robert M. Gates", "Bob Gates"));
        let d = |s: &str| -> Date { s.parse().unwrap() };
        assert!(same_era(d("1973-07-02"), d("1975-11-20"), d("1977-08-05")), "Schlesinger, Defense then Energy");
        assert!(!same_era(d("1873-03-17"), d("1873-03-17"), d("1998-08-18")), "the two Richardsons");
        assert_eq!(short_name("James A. Baker III"), "James Baker");
        assert_eq!(short_name("Joseph A. Califano, Jr."), "Joseph Califano");
        assert_eq!(short_name("John Quincy Adams"), "John Quincy Adams");
        assert_eq!(short_name("George H.W. Bush"), "George Bush");
        assert_eq!(short_name("T.H. Bell"), "T.H. Bell");
    }

    #[test]
    fn every_post_names_one_office_and_ids_are_sorted_slugs() {
        let mut seen = BTreeSet::new();
        for o in OFFICES {
            assert!(o.id.strip_prefix("us.").is_some_and(crate::claims::schema::is_slug), "{}", o.id);
            for p in o.posts {
                assert!(seen.insert(*p), "{p} names two offices");
            }
            for (_, since, until) in o.titles {
                for d in since.iter().chain(until) {
                    assert!(parse_day(d).is_ok(), "{d}");
                }
            }
        }
        assert!(OFFICES.windows(2).all(|w| w[0].id < w[1].id), "sorted by id");
    }
}
