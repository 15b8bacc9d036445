//! Deterministic corpora for benchmarks: the seed texts replicated under
//! distinct names, and synthetic articles with office, date and money claims
//! plus the claim files they are checked against.
//!
//! Shared by the `factdiff-gen` binary and the benches (`benches/` include
//! this file with `#[path]`), so both measure the same texts.

use std::fmt::Write as _;

/// SplitMix64: a tiny, fully specified generator, so that a seed gives the
/// same corpus on every platform and Rust version.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p && p > 0.0
    }
}

/// One file of a corpus: its relative path and contents.
pub struct File {
    pub path: String,
    pub text: String,
}

/// The seed texts (`(name, text)`, with their manifest) copied until the
/// total passes `bytes`; copy `k` of `name` is `kkkkkk-name`. The manifest
/// gives every copy the metadata of its original.
pub fn replicate(seeds: &[(String, String)], manifest: &[(String, String)], bytes: usize) -> Vec<File> {
    let mut files = Vec::new();
    let mut total = 0;
    let mut sources = String::from("sources:\n");
    let mut copy = 0;
    while total < bytes && !seeds.is_empty() {
        for (name, text) in seeds {
            let path = format!("{copy:06}-{name}");
            if let Some((_, entry)) = manifest.iter().find(|(n, _)| n == name) {
                let _ = write!(sources, "  - path: {path}\n{entry}");
            }
            total += text.len();
            files.push(File { path, text: text.clone() });
        }
        copy += 1;
    }
    files.push(File { path: "sources.yaml".into(), text: sources });
    files
}

/// The entries of a `sources.yaml` manifest, keyed by path: each entry's
/// lines after `- path:` (indented as they were), so a copy keeps them.
pub fn manifest_entries(manifest: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in manifest.lines() {
        if let Some(path) = line.trim_start().strip_prefix("- path:") {
            out.push((path.trim().to_string(), String::new()));
        } else if let Some((_, entry)) = out.last_mut()
            && line.starts_with("    ")
        {
            entry.push_str(line);
            entry.push('\n');
        }
    }
    out
}

/// Offices the synthetic articles name: (office id, jurisdiction, name, how a text writes it).
const OFFICES: [(&str, &str, &str, &str); 5] = [
    ("jp.minister-of-defense", "JP", "Minister of Defense", "Japan's Defense Minister"),
    ("jp.minister-for-foreign-affairs", "JP", "Minister for Foreign Affairs", "Japan's Foreign Minister"),
    ("us.secretary-of-state", "US", "Secretary of State", "U.S. Secretary of State"),
    ("us.secretary-of-the-treasury", "US", "Secretary of the Treasury", "U.S. Treasury Secretary"),
    ("fr.minister-of-the-armed-forces", "FR", "Minister of the Armed Forces", "France's Armed Forces Minister"),
];

const GIVEN: [&str; 16] = [
    "Arlen", "Beatrix", "Corwin", "Delphine", "Emrys", "Fenella", "Gideon", "Honora", "Ivo", "Juno", "Kasimir",
    "Liesl", "Marek", "Nerys", "Osric", "Perpetua",
];
const FAMILY: [&str; 16] = [
    "Ashgrove",
    "Blackthorn",
    "Calloway",
    "Dunmore",
    "Everleigh",
    "Fairbairn",
    "Gallardo",
    "Holloway",
    "Inchcape",
    "Jessamy",
    "Kilbride",
    "Lindqvist",
    "Montague",
    "Northcott",
    "Oakhurst",
    "Pendragon",
];
const MONTHS: [&str; 12] = [
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
];
const FUNDS: [&str; 8] = ["harbour", "railway", "broadband", "reservoir", "airport", "bridge", "tunnel", "grid"];

/// Years the synthetic ledger covers; each office changes holder every year.
const FIRST_YEAR: i32 = 2001;
const YEARS: i32 = 24;

/// The synthetic person holding office `o` in year `y` (one of 256 names).
fn holder(o: usize, y: i32) -> (usize, usize) {
    let k = o * 37 + (y - FIRST_YEAR) as usize * 11;
    (k % 16, (k / 16 + o) % 16)
}

fn person_id(g: usize, f: usize) -> String {
    format!("{}-{}", GIVEN[g].to_lowercase(), FAMILY[f].to_lowercase())
}

/// The claim files synthetic articles are checked against: the offices,
/// every synthetic person, a holder per office and year, and one figure per
/// fund.
pub fn ledger() -> Vec<File> {
    let mut offices = String::from("schema: 1\noffices:\n");
    for (id, jurisdiction, name, written) in OFFICES {
        let title = written.split_once(' ').map_or(written, |(_, t)| t);
        let _ = writeln!(offices, "  - id: {id}\n    jurisdiction: {jurisdiction}\n    name: {name}");
        let _ = writeln!(offices, "    titles:\n      - {name}\n      - {title}");
    }
    let mut people = String::from("schema: 1\npeople:\n");
    for (g, given) in GIVEN.iter().enumerate() {
        for (f, family) in FAMILY.iter().enumerate() {
            let _ = writeln!(people, "  - id: {}\n    name: {given} {family}", person_id(g, f));
        }
    }
    let mut tenures = String::from("tenures:\n");
    for (o, (id, ..)) in OFFICES.iter().enumerate() {
        for y in FIRST_YEAR..FIRST_YEAR + YEARS {
            let (g, f) = holder(o, y);
            let _ = writeln!(
                tenures,
                "  - person: {}\n    office: {id}\n    start: {y}-01-01\n    end: {}-01-01",
                person_id(g, f),
                y + 1
            );
        }
    }
    let mut figures = String::from("schema: 1\nfigures:\n");
    for (i, fund) in FUNDS.iter().enumerate() {
        let _ = writeln!(
            figures,
            "  - id: {fund}-fund\n    subject: the national {fund} fund\n    keywords: [\"{fund} fund\"]\n    value: \"{}\"\n    currency: USD\n    as_of: {FIRST_YEAR}-01-01\n    tolerance: 5%",
            fund_value(i)
        );
    }
    vec![
        File { path: "offices.yaml".into(), text: offices },
        File { path: "people.yaml".into(), text: format!("{people}{tenures}") },
        File { path: "figures.yaml".into(), text: figures },
    ]
}

/// The fund's true size in USD: (i + 2) × 10 billion.
fn fund_value(i: usize) -> u64 {
    (i as u64 + 2) * 10_000_000_000
}

/// Synthetic articles with about `claims` claims in all (office, date and
/// money; about ten per article), each office or money claim contradicting
/// the ledger with probability `rate`. The same arguments give the same
/// files.
pub fn articles(claims: usize, rate: f64, seed: u64) -> Vec<File> {
    let mut rng = Rng::new(seed);
    let mut files = Vec::new();
    let mut made = 0;
    let mut n = 0;
    while made < claims {
        let year = FIRST_YEAR + rng.below(YEARS as u64) as i32;
        let month = 1 + rng.below(12) as usize;
        let day = 1 + rng.below(28);
        let mut text = format!("---\ntitle: Synthetic report {n}\npublished: {year}-{month:02}-{day:02}\n---\n");
        for _ in 0..3 {
            let o = rng.below(OFFICES.len() as u64) as usize;
            let (mut g, mut f) = holder(o, year);
            if rng.chance(rate) {
                g = (g + 1 + rng.below(15) as usize) % 16;
                f = (f + 3) % 16;
            }
            let (_, _, _, written) = OFFICES[o];
            let other = MONTHS[rng.below(12) as usize];
            let _ = write!(
                text,
                "{written} {} {} said on {} {day} that talks would resume in {other}. ",
                GIVEN[g],
                FAMILY[f],
                MONTHS[month - 1]
            );
            let _ = writeln!(text, "Officials expect a further meeting before the end of the year.\n");
            made += 3;
        }
        for _ in 0..2 {
            let i = rng.below(FUNDS.len() as u64) as usize;
            let mut billions = fund_value(i) / 1_000_000_000;
            if rng.chance(rate) {
                billions *= 3;
            }
            let _ = writeln!(
                text,
                "The {} fund stands at ${billions} billion, according to figures published on {} {}, {year}.\n",
                FUNDS[i],
                MONTHS[rng.below(12) as usize],
                1 + rng.below(28)
            );
            made += 2;
        }
        files.push(File { path: format!("{:07}.md", n), text });
        n += 1;
    }
    files
}
