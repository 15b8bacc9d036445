//! Subject frames: what a date, an amount, a count or a percentage is about.
//!
//! Two sources that give different values for the same thing disagree; two
//! values about different things do not. A [`Frame`] says what a value is
//! about, read from a bounded window of words around it in its sentence
//! (at most [`WORDS_BEFORE`] words before and [`WORDS_AFTER`] after; when that
//! window names no one, the names of the whole sentence):
//!
//! - **terms**: the content words of the window, stemmed by [`stem`] (a
//!   small suffix stripper for English), without the words of [`STOP`]
//!   (function words, reporting verbs, titles, hedges, calendar words);
//! - **head**: the predicate or subject noun the value hangs on — for a
//!   count the counted noun ("signatures" → `signatur`), for a percentage
//!   its "of" noun when there is one, otherwise the nearest term before the
//!   value (within eight words), else the nearest after it (within three);
//! - **participants**: the people, places, countries and organisations of
//!   the window, nearest first. A country is its ISO code (`JP`, from
//!   "Japan", "Japanese", "Japan's"); any other name is its folded words in
//!   order ("lee jae myung"), and a single word that is part of a longer name
//!   the same text uses ("Lee" after "Lee Jae-myung", "Assembly" after "the
//!   National Assembly") stands for that name. Titles before a name are
//!   dropped ("Defense Minister Kim Yong-hyun" → `kim yong hyun`). A news
//!   outlet named as the source (", Yonhap reported", "according to
//!   Reuters") is no participant; a window with no other name takes the
//!   sentence's names;
//! - **period**: for an amount, the date stated in its clause nearest to
//!   it ("in 2024", "in the week ended March 16"), unless it is a horizon
//!   or a bound ("by 2055", "until 2030");
//! - **modality**: [`Modality::Expected`] when an anticipation word stands
//!   before the value in its sentence ("is set to unveil", "projected",
//!   "forecast", "predicting", "poll"), [`Modality::Interim`] for a count
//!   labelled as partial ("with 94% of the votes counted", "preliminary",
//!   "so far"); otherwise [`Modality::Stated`];
//! - **role**: [`Role::Total`] after "total", "combined", "overall",
//!   "altogether"; [`Role::Part`] after "including", "of whom", "among
//!   them"; [`Role::Bound`] for a date after "before", "after", "since",
//!   "until", "by", "from" or "between"; otherwise [`Role::Value`].
//!
//! Everything is computed while the text is in memory, and kept in the
//! claim: the checks across documents never read the text again. Frames are
//! deterministic and cheap: one pass over each value's sentence, bounded by
//! [`crate::sentence::MAX_REACH`].
//!
//! Without a participant or a head there is no frame, and nothing to
//! compare: that is the safe side.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::intern::intern;
use crate::span::Span;
use crate::time::DateValue;
use crate::{names, sentence};

/// Words read before a value.
pub const WORDS_BEFORE: usize = 16;
/// Words read after a value.
pub const WORDS_AFTER: usize = 8;
/// The most terms a frame keeps (nearest first, then sorted).
pub const MAX_TERMS: usize = 12;
/// The most participants a frame keeps (nearest first).
pub const MAX_PARTICIPANTS: usize = 6;

/// What a value is about.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Frame {
    /// The predicate or subject noun, stemmed.
    pub head: Option<&'static str>,
    /// Stemmed content words of the window, sorted.
    pub terms: Vec<&'static str>,
    /// Participant keys, nearest to the value first.
    pub participants: Vec<&'static str>,
    /// The period an amount refers to, when its clause states one.
    pub period: Option<DateValue>,
    pub modality: Modality,
    pub role: Role,
    /// The sentence looks ahead before the value ("will", "plans to", "would").
    pub ahead: bool,
}

/// Whether the text states a value, anticipates it, or gives it as partial.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    #[default]
    Stated,
    /// A forecast, projection, poll or announcement of what is to come.
    Expected,
    /// A count labelled as not final.
    Interim,
}

/// What part a value plays in its sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Value,
    /// A sum of parts ("a total of", "combined").
    Total,
    /// One part of a larger count ("including 16 Democrats").
    Part,
    /// A date that bounds an event rather than dating it ("before Jan. 15"),
    /// or only approximates it ("nearly two weeks ago").
    Bound,
    /// The date something was said ("said on Tuesday", "told reporters Friday").
    Said,
    /// A date stamp ("published 2025-03-14", "date 2025-03-14").
    Stamp,
    /// One side of a comparison ("19 cts vs 4 cts", "up from 77.1%").
    Contrast,
    /// A past date recalled as background: more than [`RECALL_DAYS`] before
    /// the text's publication, in a sentence that does not look ahead
    /// ("appointed last December" in a September story).
    Recalled,
}

/// How long before its text's publication a past date is background.
pub const RECALL_DAYS: i32 = 90;

impl Modality {
    pub fn name(self) -> &'static str {
        match self {
            Modality::Stated => "stated",
            Modality::Expected => "expected",
            Modality::Interim => "interim",
        }
    }

    pub fn parse(s: &str) -> Option<Modality> {
        [Modality::Stated, Modality::Expected, Modality::Interim].into_iter().find(|m| m.name() == s)
    }
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::Value => "value",
            Role::Total => "total",
            Role::Part => "part",
            Role::Bound => "bound",
            Role::Said => "said",
            Role::Stamp => "stamp",
            Role::Contrast => "contrast",
            Role::Recalled => "recalled",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        [Role::Value, Role::Total, Role::Part, Role::Bound, Role::Said, Role::Stamp, Role::Contrast, Role::Recalled]
            .into_iter()
            .find(|r| r.name() == s)
    }
}

impl Frame {
    /// Whether the frame can be compared at all: it names a participant and
    /// has a head or terms.
    pub fn is_comparable(&self) -> bool {
        !self.participants.is_empty() && (self.head.is_some() || !self.terms.is_empty())
    }

    /// How many terms two frames share (both lists are sorted).
    pub fn shared_terms(&self, other: &Frame) -> usize {
        shared_sorted(&self.terms, &other.terms, usize::MAX)
    }

    /// The first participant (nearest to the value in `self`) that `other`
    /// also names, with its rank in each frame.
    pub fn shared_participant(&self, other: &Frame) -> Option<(usize, usize)> {
        self.participants
            .iter()
            .enumerate()
            .find_map(|(i, p)| other.participants.iter().position(|q| q == p).map(|j| (i, j)))
    }
}

/// What kind of value a frame is built for: it decides the head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueKind<'a> {
    Date,
    Money,
    /// A count, with the words of what it counts.
    Count(&'a str),
    /// A percentage, with its "of" words when the text gives them.
    Percent(Option<&'a str>),
}

/// One word of a sentence, with its byte span in the text.
#[derive(Clone, Copy, Debug)]
struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Word<'t> {
    fn is_capitalised(&self) -> bool {
        self.text.starts_with(|c: char| c.is_uppercase())
    }

    fn is_number(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_digit())
    }

    /// The word lower-cased; borrowed when it already is (most words of
    /// prose), so that a sentence's words cost no allocation each.
    fn lower(&self) -> Cow<'t, str> {
        if self.text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(self.text)
        } else {
            Cow::Owned(self.text.to_lowercase())
        }
    }
}

/// The words of `text` within `span`: runs of letters and digits, with
/// inner hyphens, apostrophes and periods ("Jae-myung", "O'Brien", "U.S.").
///
/// Walks bytes, decoding a character only where a byte is not ASCII: the
/// body of every text is split here once, so the common case is kept to a
/// byte test.
fn words_in(text: &str, span: Span) -> Vec<Word<'_>> {
    let s = &text[span.start..span.end];
    let bytes = s.as_bytes();
    let char_at = |i: usize| s[i..].chars().next();
    let alphanumeric_at = |i: usize| match bytes.get(i) {
        None => false,
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        Some(_) => char_at(i).is_some_and(char::is_alphanumeric),
    };
    // About one word in six bytes of prose.
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // The same tests as below, on the byte (an ASCII character is
            // alphanumeric exactly when its byte is).
            let inner = matches!(b, b'-' | b'\'' | b'.') && start.is_some() && alphanumeric_at(i + 1);
            if b.is_ascii_alphanumeric() || inner {
                start.get_or_insert(i);
            } else if let Some(b) = start.take() {
                out.push(Word { text: &s[b..i], start: span.start + b, end: span.start + i });
            }
            i += 1;
            continue;
        }
        let (c, len) = {
            let c = char_at(i).expect("a character starts at each step");
            (c, c.len_utf8())
        };
        let inner = matches!(c, '-' | '\'' | '’' | '.') && start.is_some() && alphanumeric_at(i + len);
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(b) = start.take() {
            out.push(Word { text: &s[b..i], start: span.start + b, end: span.start + i });
        }
        i += len;
    }
    if let Some(b) = start {
        out.push(Word { text: &s[b..], start: span.start + b, end: span.end });
    }
    out
}

/// The names a text uses in full (two words or more), for resolving a
/// single word to the name it is part of.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// (start byte, folded words), in text order.
    full: Vec<(usize, Rc<[String]>)>,
    /// Each folded word of a full name → the indices in `full` of the names
    /// holding it, ascending (so a lookup is a binary search, not a scan).
    by_word: FxHashMap<String, Vec<usize>>,
    /// Folded single words seen capitalised away from a sentence start.
    proper: FxHashSet<String>,
    /// Where the prose starts (after front matter).
    body_start: usize,
    /// Where a wire dateline ("NEW YORK, March 3 -") ends, if the text opens with one.
    dateline_end: usize,
    /// Who the text's titles name when used alone.
    holders: Holders,
}

/// The people a text names with a title that it also uses alone ("PM Modi"
/// … "took oath alongside the Prime Minister"): the folded title → where
/// the text names each of its present holders, in text order.
#[derive(Clone, Debug, Default)]
pub struct Holders(FxHashMap<String, Vec<Named>>);

/// Where a text names a person (byte start) and the person's folded words.
type Named = (usize, Rc<[String]>);

/// Words before a title that put its holder in the past: the title alone
/// then names someone other than its holder in the text.
const PAST_HOLDER: &[&str] = &["ex", "former", "late", "past", "previous", "then"];

impl Holders {
    /// From (where, title, person) of the text's present office holders,
    /// in text order.
    pub fn new<'a>(mentions: impl IntoIterator<Item = (usize, &'a str, &'a str)>) -> Holders {
        let mut map: FxHashMap<String, Vec<Named>> = FxHashMap::default();
        for (at, title, person) in mentions {
            let person: Rc<[String]> = names::fold_words(person).into();
            map.entry(names::fold_words(title).join(" ")).or_default().push((at, person));
        }
        Holders(map)
    }

    /// The holder a run of title words `words[a..=b]` stands for: the one
    /// person the text has given that title before it ("the President" after
    /// "President X" and "President Y" names nobody), unless a word before
    /// the run places its holder in the past ("the former President").
    fn of_run(&self, text: &str, words: &[Word<'_>], a: usize, b: usize) -> Option<Rc<[String]>> {
        if self.0.is_empty() || !words[a..=b].iter().all(|w| with_folded(w.text, listed).not_name) {
            return None;
        }
        let before = text[..words[a].start].trim_end();
        let previous = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if with_folded(previous, |p| PAST_HOLDER.contains(&p)) {
            return None;
        }
        let title: Vec<String> = words[a..=b].iter().map(|w| fold(w.text)).collect();
        let named = self.0.get(&title.join(" "))?;
        let before = &named[..named.partition_point(|(at, _)| *at < words[a].start)];
        let (_, first) = before.first()?;
        before.iter().all(|(_, p)| p == first).then(|| first.clone())
    }
}

/// The end of a dateline opening the prose: capital letters, commas, dots
/// and a date up to a dash or "(Agency)" within the first 80 bytes
/// ("SEOUL, Dec. 4 (Xinhua) --", "NEW YORK, March 3 -"); 0 when there is none.
fn dateline_end(text: &str, body: Span) -> usize {
    let prose = &text[body.start..body.end];
    let lead = prose.len() - prose.trim_start().len();
    let mut cut = prose.len().min(lead + 80);
    while !prose.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &prose[lead..cut];
    let Some(dash) = head.find(" -").or_else(|| head.find(" (")) else { return 0 };
    let place: &str = head[..dash].split(',').next().unwrap_or("");
    let caps = place.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
        && place.chars().any(|c| c.is_alphabetic());
    if caps { body.start + lead + dash } else { 0 }
}

/// The entities of each run of capitalised words already split, keyed by
/// the byte start of the run's first word and the byte end of its last.
///
/// A run's entities depend only on its words, the text and the text's
/// proper words, so a text's runs are split once: when its names are read
/// and again by every value whose window holds the same run would repeat the
/// same folding and list look-ups. Entities are kept with `first` and `last`
/// relative to the run's first word, so one entry serves any word list the
/// run is found in (the body's, a sentence's, a window's).
#[derive(Default)]
struct Runs {
    split: FxHashMap<(usize, usize), Vec<Entity>>,
}

impl Runs {
    /// The entities of the run `words[a..=b]`, appended to `out` as
    /// [`split_run`] finds them.
    fn split(
        &mut self,
        text: &str,
        words: &[Word<'_>],
        a: usize,
        b: usize,
        proper: &FxHashSet<String>,
        out: &mut Vec<Entity>,
    ) {
        let found = self.split.entry((words[a].start, words[b].end)).or_insert_with(|| {
            let mut run = Vec::new();
            split_run(text, words, a, b, proper, &mut run);
            for e in &mut run {
                e.first -= a;
                e.last -= a;
            }
            run
        });
        out.extend(found.iter().map(|e| Entity { first: e.first + a, last: e.last + a, ..e.clone() }));
    }
}

impl Names {
    /// Scans `text` once (its `body` part).
    pub fn of(text: &str, body: Span) -> Names {
        Names::read(text, body, &words_in(text, body), &mut Runs::default(), Holders::default())
    }

    /// [`Names::of`] over the body's `words`, keeping the runs it splits in
    /// `runs`.
    fn read(text: &str, body: Span, words: &[Word<'_>], runs: &mut Runs, holders: Holders) -> Names {
        let mut names = Names { body_start: body.start, holders, ..Names::default() };
        // A proper word recurs through a text: folded into one buffer, and
        // allocated only the first time.
        let mut folded = String::new();
        for w in words {
            if w.is_capitalised() && !starts_sentence(text, w.start) {
                fold_into(w.text, &mut folded);
                if !names.proper.contains(&folded) {
                    names.proper.insert(folded.clone());
                }
            }
        }
        names.dateline_end = dateline_end(text, body);
        for entity in entities(text, words, &names, runs) {
            if entity.words.len() >= 2 && entity.country.is_none() {
                let index = names.full.len();
                for word in entity.words.iter() {
                    // Most words of a text's full names recur: cloned only
                    // the first time.
                    match names.by_word.get_mut(word.as_str()) {
                        Some(held) => {
                            if held.last() != Some(&index) {
                                held.push(index);
                            }
                        }
                        None => {
                            names.by_word.insert(word.clone(), vec![index]);
                        }
                    }
                }
                names.full.push((entity.start, entity.words));
            }
        }
        names
    }

    /// The full name a single folded word stands for: the latest full name
    /// before `at` containing it, else the first after.
    fn resolve(&self, word: &str, at: usize) -> Option<&[String]> {
        let held = self.by_word.get(word)?;
        // `full` is in text order, so the names before `at` are a prefix.
        let before = held.partition_point(|&i| self.full[i].0 < at);
        let index = if before > 0 { held[before - 1] } else { *held.first()? };
        Some(&self.full[index].1[..])
    }
}

/// A run of capitalised words naming someone or something.
#[derive(Clone)]
struct Entity {
    start: usize,
    /// First and last word index in the sentence's word list.
    first: usize,
    last: usize,
    /// Folded words, titles and determiners dropped (shared: a text's
    /// runs are split once and their entities copied into every window
    /// that holds them).
    words: Rc<[String]>,
    country: Option<&'static str>,
}

/// News agencies that report from everywhere, so no outlets table places
/// them (`vocab/outlets.tsv` holds the others).
const WIRES: &[&str] = &["afp", "agence france presse", "ap", "associated press", "bloomberg", "dpa", "reuters"];

/// Whether an entity is a news outlet named as the source of what the
/// sentence says (", Yonhap reported", "according to Kyodo"): the
/// attribution, not what the value is about. `lower` are the lower-cased
/// words the entity's indices count in.
fn is_attribution(e: &Entity, lower: &[Cow<'_, str>]) -> bool {
    if !names_outlet(&e.words) {
        return false;
    }
    let after = lower.get(e.last + 1).map(|w| w.as_ref());
    let reports = matches!(after, Some("reported" | "reports" | "said" | "says" | "quoted" | "cited"));
    let according = e.first >= 2 && lower[e.first - 2] == "according" && lower[e.first - 1] == "to";
    reports || according
}

/// Whether folded `words` name a news outlet: a wire or one of
/// `vocab/outlets.tsv`.
///
/// Most names are no outlet's, and the first word tells: a first word of
/// lower-case letters and digits that no outlet's name starts with settles
/// it without joining the words and looking the name up.
fn names_outlet(words: &[String]) -> bool {
    static FIRST_WORDS: std::sync::OnceLock<FxHashSet<String>> = std::sync::OnceLock::new();
    let first_words = FIRST_WORDS.get_or_init(|| {
        let outlets = crate::vocab::outlets::names().map(str::to_lowercase);
        let names = WIRES.iter().map(|w| w.to_string()).chain(outlets);
        names.map(|n| n.split(' ').next().unwrap_or("").to_string()).collect()
    });
    let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
    if words.first().is_some_and(|w| plain(w) && !first_words.contains(w)) {
        return false;
    }
    let name = words.join(" ");
    WIRES.contains(&name.as_str()) || crate::vocab::outlets::by_name(&name).is_some()
}

/// Lower-case ASCII-folded form of one word, as [`names::fold_words`]
/// folds it (without its decomposition for ASCII words, the common case).
fn fold(w: &str) -> String {
    let mut folded = String::with_capacity(w.len());
    fold_into(w, &mut folded);
    folded
}

/// `f` of [`fold`]`(w)`: a short ASCII word (nearly every word) is folded
/// into a buffer on the stack, not a new string, since most folded words
/// are only looked up in [`listed`] and dropped.
fn with_folded<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        let mut n = 0;
        for b in w.bytes().filter(u8::is_ascii_alphanumeric) {
            buf[n] = b.to_ascii_lowercase();
            n += 1;
        }
        f(std::str::from_utf8(&buf[..n]).expect("ASCII letters and digits"))
    } else {
        f(&fold(w))
    }
}

/// [`fold`], into `out` (cleared first).
fn fold_into(w: &str, out: &mut String) {
    out.clear();
    if w.is_ascii() {
        out.extend(w.bytes().filter(u8::is_ascii_alphanumeric).map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.extend(names::fold_words(w));
    }
}

/// `word` without its possessive endings: every trailing "'s", then every
/// trailing "’s" (as `trim_end_matches("'s").trim_end_matches("’s")` would,
/// without building a substring searcher per word).
fn strip_possessive(word: &str) -> &str {
    let mut w = word;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("’s") {
        w = rest;
    }
    w
}

fn starts_sentence(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end_matches([' ', '\t', '"', '“', '\'', '‘', '(', '\u{a0}']);
    head.is_empty() || head.ends_with(['.', '!', '?', ':', '\n', ';', '—', '-'])
}

/// The lists a word is on: [`STOP`], [`NOT_NAMES`], [`NAME_JOINERS`],
/// [`ORG_WORDS`], [`IRREGULAR`].
#[derive(Clone, Copy, Debug, Default)]
struct Listed {
    stop: bool,
    not_name: bool,
    joiner: bool,
    org: bool,
    /// The base form of an irregular past form.
    irregular: Option<&'static str>,
}

/// The lists `word` is on (exactly as written), with one hash lookup
/// rather than a search of each list: every word of every value's window
/// is looked up.
fn listed(word: &str) -> Listed {
    static TABLE: std::sync::OnceLock<FxHashMap<&'static str, Listed>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table: FxHashMap<&'static str, Listed> = FxHashMap::default();
        for &w in STOP {
            table.entry(w).or_default().stop = true;
        }
        for &w in NOT_NAMES {
            table.entry(w).or_default().not_name = true;
        }
        for &w in NAME_JOINERS {
            table.entry(w).or_default().joiner = true;
        }
        for &w in ORG_WORDS {
            table.entry(w).or_default().org = true;
        }
        for &(w, base) in IRREGULAR {
            table.entry(w).or_default().irregular.get_or_insert(base);
        }
        table
    });
    table.get(word).copied().unwrap_or_default()
}

/// Words after which "of" goes on with the name ("Bank of Canada", "House
/// of Representatives"); after a person's name it does not ("Ana Ruiz of
/// Nordland").
const ORG_WORDS: &[&str] = &[
    "assembly",
    "bank",
    "chamber",
    "commission",
    "committee",
    "council",
    "court",
    "department",
    "duchy",
    "house",
    "institute",
    "league",
    "ministry",
    "office",
    "party",
    "republic",
    "school",
    "university",
];

/// The most words a name has ("House of Representatives of the Philippines").
const MAX_NAME_WORDS: usize = 7;

/// Words that join the capitalised words of one name ("Bank of Canada").
const NAME_JOINERS: &[&str] = &["of", "de", "del", "der", "van", "von", "bin", "al", "la", "le", "du", "da"];

/// The named things among `words` (one sentence or a whole text).
fn entities(text: &str, words: &[Word<'_>], names: &Names, runs: &mut Runs) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !words[i].is_capitalised() {
            i += 1;
            continue;
        }
        // The run: capitalised words, joiners between two of them, no
        // punctuation but a space between words.
        let mut j = i;
        while j + 1 < words.len() {
            let gap = &text[words[j].end..words[j + 1].start];
            // A possessive ends a name ("Lee Jae-myung's 49.4%").
            let possessive = words[j].text.ends_with("'s") || words[j].text.ends_with("’s");
            if !gap.chars().all(|c| c == ' ' || c == '\u{a0}') || gap.is_empty() || possessive {
                break;
            }
            let next = &words[j + 1];
            if next.is_capitalised() {
                j += 1;
            } else if listed(next.text).joiner
                && (next.text != "of" || with_folded(words[j].text, |w| listed(w).org))
                && j + 2 < words.len()
                && words[j + 2].is_capitalised()
                && text[next.end..words[j + 2].start].chars().all(|c| c == ' ')
            {
                j += 2;
            } else {
                break;
            }
        }
        // Capitals throughout, over two words or a long word, are a headline
        // or a dateline shouting ("FIRST FINANCIAL BUYS", "NEW YORK"), not a
        // name; a short one is an acronym ("CDU").
        let shouted = |w: &Word<'_>| {
            w.text.chars().all(|c| !c.is_lowercase()) && w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        };
        let all_caps = words[i..=j].iter().all(shouted);
        let long = j > i || words[i].text.chars().filter(|c| c.is_alphabetic()).count() > 5;
        if !(all_caps && long) {
            let found = out.len();
            runs.split(text, words, i, j, &names.proper, &mut out);
            if out.len() == found
                && let Some(holder) = names.holders.of_run(text, words, i, j)
            {
                out.push(Entity { start: words[i].start, first: i, last: j, words: holder, country: None });
            }
        }
        i = j + 1;
    }
    out
}

/// Turns the run `words[a..=b]` into entities: a leading country form is a
/// country; titles, determiners, months and weekdays are dropped.
fn split_run(text: &str, words: &[Word<'_>], a: usize, b: usize, proper: &FxHashSet<String>, out: &mut Vec<Entity>) {
    let mut k = a;
    while k <= b {
        let rest = &text[words[k].start..words[b].end];
        if let Some((form, j)) = crate::extract::base_lexicon().jurisdiction_prefix(rest) {
            let end = words[k].start + form.len();
            let mut last = k;
            while last < b && words[last + 1].start < end {
                last += 1;
            }
            out.push(Entity {
                start: words[k].start,
                first: k,
                last,
                words: Rc::new([]),
                country: Some(j.code.as_str()),
            });
            k = last + 1;
            continue;
        }
        let l = with_folded(strip_possessive(words[k].text), listed);
        if l.not_name || l.stop || l.joiner {
            k += 1;
            continue;
        }
        break;
    }
    if k > b {
        return;
    }
    let mut name: Vec<String> = Vec::new();
    let mut last = k;
    if b - k >= 3 * MAX_NAME_WORDS {
        return;
    }
    for (n, w) in words.iter().enumerate().take(b + 1).skip(k) {
        let bare = strip_possessive(w.text);
        let f = names::fold_words(bare);
        // Nearly every word folds to one piece: looked up as it is, not
        // joined into a new string first.
        let l = match f.as_slice() {
            [one] => listed(one),
            _ => listed(&f.concat()),
        };
        if l.not_name && !name.is_empty() {
            // A title after a name ends it ("Lindner Finance Minister").
            break;
        }
        if l.joiner && !name.is_empty() {
            // "Lee Jae-myung of South Korea": a country after "of" is not part of the name.
            if n < b
                && crate::extract::base_lexicon().jurisdiction_prefix(&text[words[n + 1].start..words[b].end]).is_some()
            {
                break;
            }
            name.push(f.concat());
            continue;
        }
        name.extend(f);
        last = n;
    }
    while name.last().is_some_and(|w| NAME_JOINERS.contains(&w.as_str())) {
        name.pop();
    }
    // A longer run of capitals is a headline in title case, not a name.
    if name.is_empty() || name.len() > MAX_NAME_WORDS {
        return;
    }
    // A capitalised common word opening a sentence is not a name unless the
    // text capitalises it elsewhere too.
    if name.len() == 1 && starts_sentence(text, words[k].start) && !proper.contains(&name[0]) {
        return;
    }
    out.push(Entity { start: words[k].start, first: k, last, words: name.into(), country: None });
}

/// Builds the frame of a value at `span` in `text`.
///
/// `dates` are the text's date mentions with their resolved values (for an
/// amount's period); `names` is the text's [`Names`].
/// `published` is the text's publication date and, for a date, `value` its
/// resolved value (a past date long before publication is [`Role::Recalled`]).
pub fn frame(
    text: &str,
    span: Span,
    kind: ValueKind<'_>,
    dates: &[(Span, Option<DateValue>)],
    names: &Names,
    published: Option<DateValue>,
    value: Option<DateValue>,
) -> Frame {
    let sentence = prose_sentence(sentence::sentence(text, span), span, names);
    let mut sentence = SentenceRead::new(text, sentence, words_in(text, sentence));
    let read = Read { sentence: &mut sentence, clause: sentence::clause(text, span), runs: &mut Runs::default() };
    frame_in(text, read, span, kind, dates, names, published, value)
}

/// A sentence with the front matter before the body cut off: front matter
/// is no part of the prose.
fn prose_sentence(mut sentence: Span, span: Span, names: &Names) -> Span {
    if sentence.start < names.body_start && span.start >= names.body_start {
        sentence.start = names.body_start;
    }
    sentence
}

/// The cue words a value's sentence has before it, as bits (see [`Cues`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Cues(u8);

impl Cues {
    /// "all".
    const ALL: Cues = Cues(1);
    /// "counted".
    const COUNTED: Cues = Cues(1 << 1);
    /// A word of [`INTERIM`], or "so far".
    const INTERIM: Cues = Cues(1 << 2);
    /// A word of [`EXPECTED`], or "set to", "poised to", "likely to", "tipped to".
    const EXPECTED: Cues = Cues(1 << 3);
    /// A word of [`FUTURE`], or "is to", "are to", "set to", "due to".
    const AHEAD: Cues = Cues(1 << 4);
    /// "of whom", "among them".
    const PART: Cues = Cues(1 << 5);

    fn has(self, cue: Cues) -> bool {
        self.0 & cue.0 != 0
    }

    /// The cues `w` sets alone: "all", "counted", and the words of
    /// [`INTERIM`], [`EXPECTED`] and [`FUTURE`]. One `match` (a switch on
    /// the length, then a comparison or two) rather than a scan of the three
    /// lists for every word of every sentence that holds a value; a test
    /// keeps it equal to the lists.
    fn of_word(w: &str) -> Cues {
        let (interim, expected, ahead) = (Cues::INTERIM.0, Cues::EXPECTED.0, Cues::AHEAD.0);
        Cues(match w {
            "all" => Cues::ALL.0,
            "counted" => Cues::COUNTED.0,
            "preliminary" | "provisional" | "partial" | "interim" | "exit" => interim,
            "expected" => expected | ahead,
            "forecast" | "forecasts" | "poll" | "polls" | "predicted" | "predicting" | "predicts" | "projected"
            | "projection" | "projections" | "survey" => expected,
            "will" | "would" | "plans" | "plan" | "planned" | "planning" | "scheduled" | "slated" | "upcoming"
            | "next" => ahead,
            _ => 0,
        })
    }

    /// The cues that word `k` of `lower` (a sentence's lower-cased words)
    /// adds, alone or as the second word of a pair.
    fn at(lower: &[Cow<'_, str>], k: usize) -> Cues {
        let w = lower[k].as_ref();
        let mut bits = Cues::of_word(w).0;
        let mut set = |cue: Cues, on: bool| {
            if on {
                bits |= cue.0;
            }
        };
        if let Some(p) = k.checked_sub(1).map(|j| lower[j].as_ref()) {
            set(Cues::INTERIM, (p, w) == ("so", "far"));
            set(Cues::EXPECTED, matches!(p, "set" | "poised" | "likely" | "tipped") && w == "to");
            set(Cues::AHEAD, matches!(p, "is" | "are" | "set" | "due") && w == "to");
            set(Cues::PART, (p, w) == ("of", "whom") || (p, w) == ("among", "them"));
        }
        Cues(bits)
    }
}

/// A sentence as [`Reader`] keeps it between values: read once, however
/// many values it holds (a wire table without full stops is one
/// "sentence" holding hundreds), so that no value's cues cost a pass over
/// the words before it.
struct SentenceRead<'t> {
    span: Span,
    words: Vec<Word<'t>>,
    lower: Vec<Cow<'t, str>>,
    /// `before[i]`: the cues of the words before word `i` (one more entry
    /// than words).
    before: Vec<Cues>,
    /// Where the sentence's first "100%" ends.
    hundred: Option<usize>,
    /// Per word: its [`plain_term`] once computed.
    terms: Vec<Option<Option<&'static str>>>,
}

impl<'t> SentenceRead<'t> {
    /// The sentence at `span` of `text`, whose `words` are
    /// `words_in(text, span)`.
    fn new(text: &'t str, span: Span, words: Vec<Word<'t>>) -> SentenceRead<'t> {
        let lower: Vec<Cow<'t, str>> = words.iter().map(Word::lower).collect();
        let mut before = Vec::with_capacity(words.len() + 1);
        let mut seen = Cues::default();
        before.push(seen);
        for k in 0..lower.len() {
            seen.0 |= Cues::at(&lower, k).0;
            before.push(seen);
        }
        let hundred = text[span.start..span.end].find("100%").map(|i| span.start + i + "100%".len());
        let terms = vec![None; words.len()];
        SentenceRead { span, words, lower, before, hundred, terms }
    }
}

/// The frames of one text's values, read with the text's sentence
/// boundaries found once and each sentence's words split once, however
/// many values it holds (a wire story's sentence often has five).
pub struct Reader<'t> {
    text: &'t str,
    /// The prose, and its words as [`words_in`] splits it.
    body: Span,
    body_words: Vec<Word<'t>>,
    names: Names,
    sentences: sentence::Sentences,
    /// The last sentence read.
    cached: Option<SentenceRead<'t>>,
    /// The text's runs of capitalised words, split once (see [`Runs`]).
    runs: Runs,
}

impl<'t> Reader<'t> {
    /// Reads `text` (its prose within `body`) once for names, with its
    /// `sentences` as [`sentence::Sentences::new`] found them.
    /// `holders` are who the text's titles name when used alone.
    pub fn new(text: &'t str, body: Span, sentences: sentence::Sentences, holders: Holders) -> Reader<'t> {
        let mut runs = Runs::default();
        let body_words = words_in(text, body);
        let names = Names::read(text, body, &body_words, &mut runs, holders);
        Reader { text, body, body_words, names, sentences, cached: None, runs }
    }

    /// `words_in(self.text, span)`, taken from the body's words when `span`
    /// lies in the body and no word of the body crosses either of its ends:
    /// the split of a span then depends only on the bytes inside it, so
    /// each sentence is not split a second time.
    fn words_within(&self, span: Span) -> Vec<Word<'t>> {
        if span.start >= self.body.start && span.end <= self.body.end {
            let words = &self.body_words;
            let first = words.partition_point(|w| w.end <= span.start);
            let end = words.partition_point(|w| w.start < span.end);
            let crosses = |w: &Word<'_>| w.start < span.start || w.end > span.end;
            if words.get(first).is_none_or(|w| !crosses(w)) && end.checked_sub(1).is_none_or(|l| !crosses(&words[l])) {
                return words[first..end.max(first)].to_vec();
            }
        }
        words_in(self.text, span)
    }

    /// The sentence around `span`, as [`sentence::sentence`] finds it.
    pub fn sentence(&self, span: Span) -> Span {
        self.sentences.sentence(self.text, span)
    }

    /// The frame of the value at `span`, as [`frame`] reads it.
    pub fn frame(
        &mut self,
        span: Span,
        kind: ValueKind<'_>,
        dates: &[(Span, Option<DateValue>)],
        published: Option<DateValue>,
        value: Option<DateValue>,
    ) -> Frame {
        let text = self.text;
        let whole = self.sentences.sentence(text, span);
        let sentence = prose_sentence(whole, span, &self.names);
        if self.cached.as_ref().is_none_or(|s| s.span != sentence) {
            self.cached = Some(SentenceRead::new(text, sentence, self.words_within(sentence)));
        }
        let sentence = self.cached.as_mut().expect("cached above");
        let clause = self.sentences.clause(text, span);
        let read = Read { sentence, clause, runs: &mut self.runs };
        frame_in(text, read, span, kind, dates, &self.names, published, value)
    }
}

/// What [`frame_in`] reads of the value's sentence, and what it keeps for
/// the next value of the same sentence or text.
struct Read<'r, 't> {
    sentence: &'r mut SentenceRead<'t>,
    clause: Span,
    runs: &'r mut Runs,
}

#[allow(clippy::too_many_arguments)]
fn frame_in(
    text: &str,
    read: Read<'_, '_>,
    span: Span,
    kind: ValueKind<'_>,
    dates: &[(Span, Option<DateValue>)],
    names: &Names,
    published: Option<DateValue>,
    value: Option<DateValue>,
) -> Frame {
    let Read { sentence: read, clause, runs } = read;
    let SentenceRead { words, lower, before: cues_before, hundred, terms: term_of, .. } = read;
    // The value's first and last word. Words are in text order, so both are
    // binary searches: a wire table with no full stop is one long
    // "sentence" holding hundreds of values.
    let first = words.partition_point(|w| w.end <= span.start);
    if first == words.len() {
        return Frame::default();
    }
    let last = words.partition_point(|w| w.start < span.end).checked_sub(1).unwrap_or(first).max(first);
    let lo = first.saturating_sub(WORDS_BEFORE);
    let hi = (last + 1 + WORDS_AFTER).min(words.len());
    let window = &words[lo..hi];
    let (vfirst, vlast) = (first - lo, last - lo);
    let dist = |i: usize| if i < vfirst { vfirst - i } else { i.saturating_sub(vlast) };

    // Participants, nearest first.
    let mut found = entities(text, window, names, runs);
    found.retain(|e| (e.last < vfirst || e.first > vlast) && e.start >= names.dateline_end);
    let mut participants: Vec<(usize, &'static str)> = Vec::new();
    let mut entity_word = vec![false; window.len()];
    let window_lower = &lower[lo..hi];
    for e in &found {
        for flag in &mut entity_word[e.first..=e.last] {
            *flag = true;
        }
        if is_attribution(e, window_lower) {
            continue;
        }
        let key = entity_key(e, names);
        // A name after the value is less often what it is about.
        let d = if e.last < vfirst { dist(e.last) } else { 2 * dist(e.first) };
        participants.push((d, key));
    }
    if participants.is_empty() {
        // Nobody near the value: the sentence's names.
        for e in entities(text, words, names, runs) {
            if (e.last < first || e.first > last) && e.start >= names.dateline_end && !is_attribution(&e, lower) {
                participants.push((WORDS_BEFORE + WORDS_AFTER + e.start.abs_diff(span.start), entity_key(&e, names)));
            }
        }
    }
    participants.sort();
    let mut keys: Vec<&'static str> = Vec::new();
    for (_, k) in participants {
        if !keys.contains(&k) && keys.len() < MAX_PARTICIPANTS {
            keys.push(k);
        }
    }
    // Frames live until the run's end, one per value of every text: no
    // spare room kept (most have one participant, and a vector grown by
    // pushing has room for four).
    keys.shrink_to_fit();

    // Terms: content words that are not names, nearest first. A window
    // index `i` is sentence word `lo + i`, whose term is computed once (for
    // every word of the window but the value's: the head is looked for
    // among those too).
    for i in (0..window.len()).filter(|i| !(vfirst..=vlast).contains(i) && !entity_word[*i]) {
        term_of[lo + i].get_or_insert_with(|| plain_term(text, &window[i]));
    }
    let term_at = |i: usize| -> Option<&str> {
        if entity_word[i] {
            return None;
        }
        term_of[lo + i].expect("computed above")
    };
    let mut terms: Vec<(usize, &'static str)> = Vec::new();
    for i in 0..window.len() {
        if (vfirst..=vlast).contains(&i) {
            continue;
        }
        if let Some(t) = term_at(i) {
            terms.push((dist(i), t));
        }
    }
    terms.sort_unstable();
    let mut nearest: Vec<&'static str> = Vec::with_capacity(MAX_TERMS);
    for &(_, t) in &terms {
        if nearest.len() < MAX_TERMS && !nearest.contains(&t) {
            nearest.push(t);
        }
    }
    // Sorted as the strings would sort, and kept without spare room (see
    // the participants above).
    nearest.sort_unstable();
    nearest.shrink_to_fit();
    let head = match kind {
        ValueKind::Count(unit) => last_term(unit),
        ValueKind::Percent(Some(of)) => last_term(of),
        _ => None,
    }
    .or_else(|| {
        // The nearest content word before the value, else just after it;
        // a support verb ("held", "took place") only when nothing else is
        // near: the event is its object or subject ("took oath", "the
        // summit was held").
        let near = || (0..vfirst).rev().take(8).chain((vlast + 1..window.len()).take(3)).filter_map(term_at);
        near().find(|t| !SUPPORT_VERBS.contains(t)).or_else(|| near().next())
    });

    // Cues before the value in its sentence.
    let before: &[Cow<'_, str>] = &lower[..first];
    let cues = cues_before[first];
    let complete = hundred.is_some_and(|end| end <= span.start) || cues.has(Cues::ALL);
    let modality = modality(cues, &window[vlast + 1..], complete);
    let mut role = role(before, cues, kind);
    let next = window.get(vlast + 1).map(Word::lower);
    let prev = before.last().map(Cow::as_ref);
    if matches!(role, Role::Value | Role::Total)
        && (matches!(prev, Some("vs" | "versus" | "from")) || matches!(next.as_deref(), Some("vs" | "versus")))
    {
        role = Role::Contrast;
    }
    let ahead = cues.has(Cues::AHEAD);
    if role == Role::Value
        && let (Some(v), Some(p)) = (value, published)
        && !ahead
        && p.first_day().since(v.last_day()).map_or(0, |d| d.get_days()) > RECALL_DAYS
    {
        role = Role::Recalled;
    }
    let period = match kind {
        ValueKind::Date => None,
        _ => dates
            .iter()
            .filter(|(s, _)| {
                s.start >= clause.start
                    && s.end <= clause.end
                    && (s.end <= span.start || s.start >= span.end)
                    && !horizon(text, *s)
            })
            .min_by_key(|(s, _)| if s.end <= span.start { span.start - s.end } else { s.start - span.end })
            .and_then(|(_, v)| *v),
    };
    Frame { head, terms: nearest, participants: keys, period, modality, role, ahead }
}

/// Whether a date is a horizon or a bound ("by 2055", "until 2030"), not
/// the period a figure is for.
fn horizon(text: &str, date: Span) -> bool {
    let before = text[..date.start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
    matches!(word.as_str(), "by" | "until" | "till" | "through" | "before" | "after" | "since" | "from")
}

/// An entity's participant key: a country code, a full name, or the full
/// name a single word stands for.
fn entity_key(e: &Entity, names: &Names) -> &'static str {
    match e.country {
        Some(code) => code,
        None if e.words.len() == 1 => match names.resolve(&e.words[0], e.start) {
            Some(full) => intern(&full.join(" ")),
            None => intern(&e.words[0]),
        },
        None => intern(&e.words.join(" ")),
    }
}

/// The term of a word that is not part of a name, when it is one: numbers
/// and capitalised words away from a sentence start have none. Depends on
/// the word alone, so a sentence's words are asked once however many
/// values share it.
fn plain_term(text: &str, w: &Word<'_>) -> Option<&'static str> {
    if w.is_number() || (w.is_capitalised() && !starts_sentence(text, w.start)) {
        return None;
    }
    term(w.text)
}

/// The stem of the last content word of `phrase` ("French MPs" → `mp`).
fn last_term(phrase: &str) -> Option<&'static str> {
    phrase.split(|c: char| !c.is_alphanumeric()).rev().find(|w| !w.is_empty()).map(|w| intern(&stem(&fold(w))))
}

/// A word's stem, unless it is a stop word or too short to mean anything.
///
/// Depends on the folded word alone, and the same words recur through every
/// window of every text: each thread keeps the term of each folded word it
/// has met, so a word seen before costs one lookup instead of list lookups
/// and a stemmed copy.
fn term(word: &str) -> Option<&'static str> {
    thread_local! {
        static TERMS: RefCell<FxHashMap<&'static str, Option<&'static str>>> = RefCell::new(FxHashMap::default());
    }
    with_folded(strip_possessive(word), |w| {
        TERMS.with_borrow_mut(|terms| {
            if let Some(&known) = terms.get(w) {
                return known;
            }
            let found = folded_term(w);
            terms.insert(intern(w), found);
            found
        })
    })
}

/// [`term`] of a folded word.
fn folded_term(w: &str) -> Option<&'static str> {
    let l = listed(w);
    if w.len() < 3 || w.bytes().any(|b| b.is_ascii_digit()) || l.stop {
        return None;
    }
    let s = match l.irregular {
        Some(base) => regular_stem(base),
        None => regular_stem(w),
    };
    (!listed(&s).stop && s.len() >= 2).then(|| intern(&s))
}

/// `complete`: the sentence says the whole was counted ("after 100% of the
/// votes were counted").
/// `before`: the cues before the value in its sentence.
fn modality(before: Cues, after: &[Word<'_>], complete: bool) -> Modality {
    let counted = !complete
        && (before.has(Cues::COUNTED) || after.iter().take(6).any(|w| w.text.eq_ignore_ascii_case("counted")));
    if before.has(Cues::INTERIM) || counted {
        return Modality::Interim;
    }
    if before.has(Cues::EXPECTED) {
        return Modality::Expected;
    }
    Modality::Stated
}

/// `before`: the sentence's lower-cased words before the value, and `cues`
/// their cues.
fn role(before: &[Cow<'_, str>], cues: Cues, kind: ValueKind<'_>) -> Role {
    let near: Vec<&str> = before.iter().rev().take(3).map(Cow::as_ref).collect();
    let last = near.first().copied().unwrap_or("");
    if matches!(kind, ValueKind::Date) {
        if STAMPS.contains(&last) {
            return Role::Stamp;
        }
        let said = |w: &&str| SAID.contains(w);
        if near.first().is_some_and(said) || (last == "on" && near.get(1).is_some_and(said)) {
            return Role::Said;
        }
        if HEDGED.contains(&last) {
            return Role::Bound;
        }
        if BOUNDS.contains(&last) || (last == "the" && near.get(1).is_some_and(|w| BOUNDS.contains(w))) {
            return Role::Bound;
        }
        return Role::Value;
    }
    if before.iter().rev().take(6).any(|w| PART_CUES.contains(&w.as_ref())) || cues.has(Cues::PART) {
        return Role::Part;
    }
    if near.iter().any(|w| TOTAL_CUES.contains(w)) || before.iter().rev().take(5).any(|w| w == "total") {
        return Role::Total;
    }
    Role::Value
}

/// The words [`Cues::of_word`] reads as interim, expected and ahead, as
/// lists: its test keeps the two the same.
#[cfg(test)]
const INTERIM: &[&str] = &["preliminary", "provisional", "partial", "interim", "exit"];
#[cfg(test)]
const EXPECTED: &[&str] = &[
    "expected",
    "forecast",
    "forecasts",
    "poll",
    "polls",
    "predicted",
    "predicting",
    "predicts",
    "projected",
    "projection",
    "projections",
    "survey",
];
const BOUNDS: &[&str] =
    &["after", "before", "between", "by", "ended", "ending", "ends", "from", "since", "through", "till", "until"];
const SAID: &[&str] = &["added", "announced", "said", "says", "stated", "told", "wrote"];
const HEDGED: &[&str] = &["about", "almost", "around", "nearly", "roughly", "some", "approximately", "over"];
const STAMPS: &[&str] = &["date", "dated", "posted", "published", "updated"];
/// Words that make a sentence look ahead.
#[cfg(test)]
const FUTURE: &[&str] =
    &["will", "would", "plans", "plan", "planned", "planning", "scheduled", "slated", "expected", "upcoming", "next"];
const PART_CUES: &[&str] = &["including", "includes", "included"];
const TOTAL_CUES: &[&str] = &["altogether", "combined", "overall", "total"];

/// Capitalised words that are never names on their own: titles, determiners,
/// months, weekdays. Sorted (a test keeps it so).
const NOT_NAMES: &[&str] = &[
    "a",
    "acting",
    "an",
    "april",
    "august",
    "cabinet",
    "chairman",
    "chancellor",
    "chief",
    "december",
    "defence",
    "defense",
    "deputy",
    "director",
    "dr",
    "february",
    "finance",
    "foreign",
    "former",
    "friday",
    "general",
    "governor",
    "home",
    "interior",
    "january",
    "july",
    "june",
    "justice",
    "king",
    "leader",
    "march",
    "may",
    "minister",
    "monday",
    "mr",
    "mrs",
    "ms",
    "new",
    "november",
    "october",
    "pm",
    "premier",
    "president",
    "prime",
    "queen",
    "saturday",
    "secretary",
    "sen",
    "senator",
    "september",
    "speaker",
    "sunday",
    "the",
    "thursday",
    "tuesday",
    "vice",
    "wednesday",
];

/// Words that say nothing about what a value is: function words, reporting
/// verbs, titles, hedges, calendar and number words. Sorted, folded (a test
/// keeps it so); checked both before and after stemming.
pub const STOP: &[&str] = &[
    "about",
    "above",
    "accord",
    "according",
    "across",
    "add",
    "added",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "almost",
    "along",
    "alongside",
    "already",
    "also",
    "although",
    "amid",
    "amidst",
    "among",
    "and",
    "announc",
    "another",
    "any",
    "approximately",
    "are",
    "around",
    "before",
    "behind",
    "being",
    "below",
    "beside",
    "besides",
    "between",
    "beyond",
    "billion",
    "both",
    "but",
    "can",
    "chairman",
    "chancellor",
    "chief",
    "close",
    "could",
    "date",
    "dated",
    "day",
    "days",
    "december",
    "despit",
    "despite",
    "did",
    "does",
    "during",
    "each",
    "earlier",
    "early",
    "either",
    "even",
    "ever",
    "every",
    "february",
    "few",
    "first",
    "for",
    "former",
    "friday",
    "from",
    "had",
    "has",
    "have",
    "having",
    "head",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "hundred",
    "into",
    "its",
    "january",
    "just",
    "last",
    "late",
    "later",
    "leader",
    "leaders",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "march",
    "may",
    "might",
    "million",
    "minist",
    "minister",
    "monday",
    "month",
    "months",
    "more",
    "most",
    "much",
    "must",
    "near",
    "nearli",
    "nearly",
    "new",
    "next",
    "nine",
    "not",
    "note",
    "noted",
    "november",
    "now",
    "number",
    "october",
    "off",
    "official",
    "officials",
    "one",
    "onli",
    "only",
    "other",
    "our",
    "out",
    "over",
    "per",
    "percent",
    "president",
    "previous",
    "prime",
    "put",
    "reporters",
    "roughli",
    "roughly",
    "said",
    "saturday",
    "say",
    "says",
    "second",
    "secretari",
    "secretary",
    "september",
    "seven",
    "several",
    "she",
    "should",
    "since",
    "six",
    "some",
    "spokesman",
    "spokesperson",
    "still",
    "such",
    "sunday",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thousand",
    "three",
    "through",
    "throughout",
    "thursday",
    "time",
    "today",
    "told",
    "tomorrow",
    "top",
    "toward",
    "towards",
    "trillion",
    "tuesday",
    "two",
    "under",
    "until",
    "upon",
    "very",
    "via",
    "was",
    "wednesday",
    "week",
    "weeks",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "would",
    "year",
    "years",
    "yesterday",
    "yet",
    "you",
];

/// Stems of verbs that carry little meaning of their own and lend their
/// tense to a noun ("took oath", "took place", "held talks", "the summit was
/// held"): never a frame's head while a content word is near.
const SUPPORT_VERBS: &[&str] = &["get", "happen", "hold", "occur", "plac", "tak"];

/// Past forms that suffix stripping cannot reach, and their stems.
const IRREGULAR: &[(&str, &str)] = &[
    ("began", "begin"),
    ("bought", "buy"),
    ("brought", "bring"),
    ("came", "come"),
    ("chose", "choose"),
    ("fell", "fall"),
    ("gave", "give"),
    ("given", "give"),
    ("grew", "grow"),
    ("held", "hold"),
    ("kept", "keep"),
    ("led", "lead"),
    ("left", "leave"),
    ("lost", "lose"),
    ("met", "meet"),
    ("paid", "pay"),
    ("ran", "run"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("sold", "sell"),
    ("spent", "spend"),
    ("struck", "strike"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("taken", "take"),
    ("took", "take"),
    ("went", "go"),
    ("won", "win"),
];

/// A small English stemmer: the same stem for the inflections and common
/// derivations of a word ("voted", "votes", "voting" → `vot`; "confirmed",
/// "confirmation" → `confirm`; "favour" → `favor`). `word` is folded
/// lower-case. Not a linguistic analysis: two words with one stem need only
/// mean the same thing often enough for a frame, and different stems only
/// make fewer comparisons.
///
/// # Example
/// ```
/// use factdiff::normalise::frame::stem;
/// assert_eq!(stem("voted"), stem("votes"));
/// assert_eq!(stem("confirmation"), stem("confirmed"));
/// assert_eq!(stem("sworn"), stem("swearing"));
/// ```
pub fn stem(word: &str) -> String {
    match listed(word).irregular {
        Some(base) => regular_stem(base),
        None => regular_stem(word),
    }
}

fn regular_stem(word: &str) -> String {
    stem_in_place(word.to_string())
}

/// [`regular_stem`] of `w`, in `w`'s buffer.
fn stem_in_place(mut w: String) -> String {
    let vowel = |s: &str| s.bytes().any(|b| b"aeiouy".contains(&b));
    if w.len() > 4 && w.ends_with("ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("sses") {
        w.truncate(w.len() - 2);
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.pop();
    }
    for suffix in ["ing", "ed"] {
        if w.len() > suffix.len() + 2 && w.ends_with(suffix) && vowel(&w[..w.len() - suffix.len()]) {
            w.truncate(w.len() - suffix.len());
            let b = w.as_bytes();
            let n = b.len();
            if n >= 2 && b[n - 1] == b[n - 2] && !b"lsz".contains(&b[n - 1]) && !b"aeiou".contains(&b[n - 1]) {
                w.pop();
            }
            break;
        }
    }
    for suffix in ["ation", "ition", "ment", "ion"] {
        if w.len() > suffix.len() + 3 && w.ends_with(suffix) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    if w.len() > 4 && w.ends_with("our") {
        w.truncate(w.len() - 2);
        w.push('r');
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    if w.len() > 3 && w.ends_with('y') {
        w.pop();
        w.push('i');
    }
    w
}

/// How many items two sorted lists without repeats share, counting up to
/// `at_most` (a caller asking "at least two?" stops at two).
pub fn shared_sorted<T: Ord>(a: &[T], b: &[T], at_most: usize) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() && n < at_most {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame_of(text: &str, value: &str, kind: ValueKind<'_>) -> Frame {
        let at = text.find(value).unwrap();
        let names = Names::of(text, Span::new(0, text.len()));
        frame(text, Span::new(at, at + value.len()), kind, &[], &names, None, None)
    }

    #[test]
    fn a_word_sets_the_cues_of_the_lists_it_is_on() {
        let words = INTERIM.iter().chain(EXPECTED).chain(FUTURE).chain(STOP).chain(NOT_NAMES);
        for &w in words.chain(&["all", "counted", "so", "far", "to", "whom", "them", "expect", "Will", ""]) {
            let mut bits = 0;
            for (cue, on) in [
                (Cues::ALL, w == "all"),
                (Cues::COUNTED, w == "counted"),
                (Cues::INTERIM, INTERIM.contains(&w)),
                (Cues::EXPECTED, EXPECTED.contains(&w)),
                (Cues::AHEAD, FUTURE.contains(&w)),
            ] {
                if on {
                    bits |= cue.0;
                }
            }
            assert_eq!(Cues::of_word(w), Cues(bits), "{w}");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [STOP, NOT_NAMES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list.windows(2).find(|w| w[0] >= w[1]));
        }
    }

    #[test]
    fn stems_join_inflections_and_derivations() {
        for (a, b) in [
            ("voted", "voting"),
            ("votes", "vote"),
            ("elected", "election"),
            ("invest", "investment"),
            ("favour", "favored"),
            ("stopped", "stop"),
            ("imposed", "impose"),
            ("signatures", "signature"),
            ("took", "taking"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        assert_ne!(stem("vote"), stem("veto"));
    }

    #[test]
    fn a_count_is_about_its_noun_and_the_names_around_it() {
        let t = "The Nordland Assembly passed the bill after 112 members voted for it, Speaker Ana Ruiz said.";
        let f = frame_of(t, "112 members", ValueKind::Count("members"));
        assert_eq!(f.head, Some("member"));
        assert_eq!(f.participants, ["nordland assembly", "ana ruiz"]);
        assert!(f.terms.contains(&stem("passed").as_str()) && f.terms.contains(&"bill"), "{:?}", f.terms);
        assert!(!f.terms.iter().any(|&t| t == "speaker" || t == "said"), "{:?}", f.terms);
    }

    #[test]
    fn a_country_form_is_its_code_and_a_title_is_not_a_name() {
        let t = "Japan's Defense Minister Taro Okada said the drills began on May 3.";
        let f = frame_of(t, "May 3", ValueKind::Date);
        assert_eq!(f.participants, ["taro okada", "JP"]);
        assert_eq!(f.head, Some("begin"));
    }

    #[test]
    fn a_support_verb_gives_the_head_to_its_noun() {
        let took_place = "The Lisbon summit of Ana Ruiz took place on October 28.";
        let was_held = "The Lisbon summit of Ana Ruiz was held on October 29.";
        for t in [took_place, was_held] {
            let f = frame_of(t, "October", ValueKind::Date);
            assert_eq!(f.head, Some(stem("summit").as_str()), "{t}");
        }
        let t = "Ana Ruiz took oath on Sunday, June 9, in the capital.";
        assert_eq!(frame_of(t, "June 9", ValueKind::Date).head, Some("oath"));
        // Nothing else near: the verb is the head.
        let t = "It happened on May 3.";
        assert_eq!(frame_of(t, "May 3", ValueKind::Date).head, Some("happen"));
    }

    #[test]
    fn a_single_word_stands_for_the_longer_name_the_text_uses() {
        let t = "Mira Vantongeren won the vote. Later, Vantongeren got 48.2% of the vote.";
        let f = frame_of(t, "48.2%", ValueKind::Percent(Some("vote")));
        assert_eq!(f.participants, ["mira vantongeren"]);
        assert_eq!(f.head, Some("vot"));
    }

    #[test]
    fn cues_set_modality_and_role() {
        let t = "With 90% of ballots counted, Ana Ruiz had 51.2% of the vote.";
        assert_eq!(frame_of(t, "51.2%", ValueKind::Percent(Some("vote"))).modality, Modality::Interim);
        let t = "Finance chief Ana Ruiz is set to unveil $35 billion in new taxes.";
        assert_eq!(frame_of(t, "$35 billion", ValueKind::Money).modality, Modality::Expected);
        let t = "Finance chief Ana Ruiz unveiled $35 billion in new taxes.";
        assert_eq!(frame_of(t, "$35 billion", ValueKind::Money).modality, Modality::Stated);
        let t = "The bill passed 60-38, including 12 Greens from the Nordland Assembly.";
        assert_eq!(frame_of(t, "12 Greens", ValueKind::Count("Greens")).role, Role::Part);
        let t = "Ana Ruiz will not call the vote before May 3.";
        assert_eq!(frame_of(t, "May 3", ValueKind::Date).role, Role::Bound);
        let t = "The levies bring the total duty on Nordland to 45%.";
        assert_eq!(frame_of(t, "45%", ValueKind::Percent(None)).role, Role::Total);
    }

    #[test]
    fn a_news_agency_named_as_the_source_is_no_participant() {
        let t = "The court jailed Ana Ruiz after she obstructed the vote from the night of May 3 to the morning of \
                 May 4, Yonhap reported.";
        let f = frame_of(t, "May 4", ValueKind::Date);
        assert!(!f.participants.contains(&"yonhap"), "{:?}", f.participants);
        assert!(f.participants.contains(&"ana ruiz"), "the sentence's names: {:?}", f.participants);
        let t = "Prices rose 4% in May, according to Reuters.";
        assert!(frame_of(t, "4%", ValueKind::Percent(None)).participants.is_empty());
        // A company that shares a wire's name, not as a source, stays.
        let t = "Reuters Holdings earned 90 mln stg in 1986.";
        let f = frame_of(t, "90 mln stg", ValueKind::Money);
        assert_eq!(f.participants, ["reuters holdings"]);
    }

    #[test]
    fn a_sentence_opening_common_word_is_not_a_name() {
        let t = "Turnout reached 71.5% in Nordland.";
        let f = frame_of(t, "71.5%", ValueKind::Percent(None));
        assert_eq!(f.participants, ["nordland"]);
        assert_eq!(f.head, Some(stem("reached").as_str()));
    }

    #[test]
    fn without_a_name_there_is_no_frame_to_compare() {
        let t = "The fund stands at $20 billion.";
        assert!(!frame_of(t, "$20 billion", ValueKind::Money).is_comparable());
    }
}
