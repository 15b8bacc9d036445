//! Office-holder mentions: a person named as holding, or having held, an office.
//!
//! Shapes recognised ([`shapes`] has one production per shape):
//! - title first: `[qualifier] [jurisdiction['s]] [qualifier] Title [,] Name` —
//!   "Japan's Defense Minister Shigenobu Kishida", "the U.S. Secretary of War
//!   Hegseth", "then-Prime Minister Shinzo Abe", "ex-PM Jane Doe", "his US
//!   counterpart, Jane Doe", "House Speaker Jane Doe", "Minister Kishida" (a
//!   short mention, resolved in `normalise`);
//! - name first, in apposition: "Koizumi Shinjiro, Japan's Minister of
//!   Defense", "Jane Doe, 61, the 61-year-old head of the Free Democrats",
//!   "Jane Doe, who previously served as defence minister", "Jane Doe and
//!   John Roe, who will be deputy prime ministers";
//! - name first, with a predicate: "Jane Doe was sworn in as prime minister",
//!   "Jane Doe takes over as", "Jane Doe becomes the fifth Prime Minister",
//!   "Jane Doe will move from home secretary to foreign secretary" (two
//!   claims), "Jane Doe replaces John Roe as" (two), "Jane Doe is the first
//!   prime minister since John Roe" (two), "with Jane Doe as foreign
//!   minister", "Jane Doe was given the defence portfolio", "Jane Doe's
//!   appointment as";
//! - title with its name after a verb: "the post of finance minister went to
//!   Jane Doe", "a government led by Jane Doe";
//! - rows of a list of ministers: "JANE DOE: Foreign Affairs".
//!
//! A title is `modifier* head complement* [of body]` ([`title`]): a head word
//! from the vocabulary ("Minister", "Secretary", "Speaker", "PM", …),
//! portfolio words before it ("Defense Minister") and `of`/`for` complements
//! after it ("Minister for Foreign Affairs"). "of <body>" after a title says
//! whose post it is: a country's ("Prime Minister of Japan"), a party's
//! ("leader of the CDU"), a legislature's ("President of the National
//! Assembly"), another body's ("governor of the Bank of Canada"), or a
//! company's, which is never an office. Ranks before a head make a post of
//! their own ("Assistant Secretary of State" is not the Secretary of State).
//! Names are runs of capitalised words ([`name`]), with name particles and
//! family names in capitals, never a common verb or a word a Title Case
//! headline capitalises only there.
//!
//! The extractor only finds and splits mentions; it does not decide which
//! office a title names or who a short name is — `normalise` does that with
//! the claim files and the rest of the document.
//!
//! Hard-wrapped text (every line at most [`WRAP_WIDTH`] bytes, as wire copy
//! and e-mail are written) continues a name or a title across a single line
//! break ("Chancellor of the Exchequer Nigel⏎Lawson"); a blank line, an
//! indented line or a line in text written a paragraph per line ends it.
//! Spans stay exact byte ranges and cover the line break.
//!
//! Invariants: every loop is bounded by a word cap; the scan visits each word
//! start once and resumes after a match, so time is linear in the text.

mod name;
mod shapes;
mod title;

use std::cell::Cell;

use nom::Parser;
use serde::Serialize;

use super::cue::{Class, Cues};
use super::lex::{Res, fail, next_char_boundary, next_word_start, starts_word, word_start_at_or_after};
use super::lexicon::Lexicon;
use crate::span::Span;
use crate::vocab::countries::Jurisdiction;
use name::is_name_candidate;
use shapes::{addressed, fronted_participle, list_rows, name_first, signature_blocks, title_first};

pub(crate) use name::NOT_NAMES;
pub(crate) use shapes::{LED_NOUNS, LED_VERBS, predicate_first_words};

/// Words that are cues of a mention without being a head, party post or
/// title of address: "portfolio" ("was given the defence portfolio"),
/// "leadership" ("won the leadership race"), "ministry" ("will head the
/// Ministry of Health").
pub(crate) const CUE_WORDS: &[&str] = &["portfolio", "leadership", "ministry"];
pub(crate) use title::QUALIFIERS;

/// A person named as holding (or having held) an office.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeMention {
    /// From the first word of the mention (qualifier, jurisdiction or title)
    /// to the end of the last (name or title).
    pub span: Span,
    pub person: Span,
    /// The title as written; `None` for a mention by title of address only
    /// ("Mr Blair"), which names no office itself.
    pub title: Option<Span>,
    /// The title the words stand for, where they are not written as one:
    /// an abbreviation ("PM" → "prime minister", "Deputy PM" → "Deputy
    /// prime minister"), a portfolio ("the defence portfolio" → "defence
    /// minister"), a title in the plural ("deputy prime ministers") or
    /// across a line break. `None` when the title reads as written.
    pub reads_as: Option<String>,
    pub jurisdiction: Option<JurisdictionMention>,
    pub qualifier: Qualifier,
    pub post: Post,
    /// Whether only the claim files' titles read the title: the grammar
    /// alone would not ("Brexit Secretary", "Financial Secretary"). Such a
    /// title may be another country's too, so with no country named it
    /// names an office only for someone who held it (see `normalise`).
    pub learned: bool,
}

/// What kind of post a title names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Post {
    /// An office of state: "Home Secretary", "Defense Minister".
    #[default]
    State,
    /// The opposition's counterpart of an office ("shadow home secretary"):
    /// never the office itself. The title keeps the word "shadow".
    Shadow,
    /// A post in a party ("Tory leader", "Liberal Democrat spokeswoman",
    /// "Labour Party chairman", "leader of the CDU"): not an office of
    /// state. The title keeps the party.
    Party,
    /// A post in a legislature ("House Speaker", "Senate Majority Leader",
    /// "President of the National Assembly", "Sen."): not an office of the
    /// government. The title keeps the chamber where it names one.
    Parliament,
    /// An office of a body that is no government ("governor of the Bank of
    /// Canada", "Secretary General of NATO"). The title keeps the body, so
    /// it names that body's office, never a government's.
    Body,
}

/// The country named in a mention ("Japan's" → `JP`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JurisdictionMention {
    pub span: Span,
    pub code: String,
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

/// Every office mention in `text`, in text order, with mentions by title of
/// address only ("Mr Blair", "Dr Reid") among them: `normalise` makes those
/// claims only when an earlier titled mention of the same person gives them
/// an office.
pub fn extract(text: &str, lexicon: &Lexicon) -> Vec<OfficeMention> {
    extract_with(text, &Cues::of(text, lexicon), lexicon)
}

/// How far, in bytes, the first word of a mention may stand before the
/// first word of its title's head, party post or title of address (the
/// mention's cue): three honorifics, two names of five words of at most 30
/// characters with particles, an age, an aside ("who was appointed as the"),
/// a country, a qualifier, an ordinal, a party, "shadow" and five portfolio
/// words, each with its bounded spaces, come to about 1,100 bytes.
const CUE_REACH: usize = 1200;

/// The longest line, in bytes, of a text written hard-wrapped: wire copy
/// wraps at 60 to 80 columns, and a text with a longer line is written a
/// paragraph per line, where a line break always ends a mention.
pub const WRAP_WIDTH: usize = 100;

/// [`extract`] over the shared pass's cues. Every mention contains a cue
/// (a title's head, a party post or a title of address), so a word with no
/// cue within [`CUE_REACH`] after it starts none, and the parsers are not
/// run there; where one is in reach, only the shapes the word can open are
/// tried. Rows of a list of ministers ("JANE DOE: Foreign Affairs"), which
/// need no cue word, are read by their own pass over line starts.
pub fn extract_with(text: &str, cues: &Cues, lx: &Lexicon) -> Vec<OfficeMention> {
    LAST_CLASS.set((0, Class::NONE));
    WRAPPED.set(is_hard_wrapped(text));
    PLURALS.set(cues.words.iter().any(|w| w.class.any(Class::PLURAL)));
    LED.set(cues.words.iter().any(|w| w.class.any(Class::LED)));
    let mut found = Vec::new();
    let mut words = None;
    let mut next_cue = cues.office_cues.iter().copied().peekable();
    let mut pos = 0;
    while pos < text.len() {
        while next_cue.next_if(|&c| c < pos).is_some() {}
        let Some(&cue) = next_cue.peek() else { break };
        if cue - pos > CUE_REACH {
            // No word before `cue - CUE_REACH` can start a mention: go to the
            // first word start at or after it.
            pos = word_start_at_or_after(text, cue - CUE_REACH);
            continue;
        }
        let rest = &text[pos..];
        if starts_word(text, pos)
            && may_start_mention(lx, rest)
            && let Some((after, raws)) = mention(lx, rest)
        {
            let supposed = supposed(text, pos);
            for mut raw in raws {
                // "if Jane Doe becomes prime minister": supposed, not held.
                if supposed && !raw.is_title_first() && raw.qualifier == Qualifier::Current {
                    raw.qualifier = Qualifier::Designate;
                }
                // A title-first mention another word owns or only describes
                // is no claim; it is still consumed whole, so that its tail
                // ("general Eliot Spitzer") is not read as a mention of its own.
                if raw.company
                    || (raw.is_title_first()
                        && raw.post != Post::Parliament
                        && not_a_naming(lx, text, pos, raw.set_off()))
                    || (raw.is_title_first() && after_rank(lx, text, pos))
                    || (raw.loose && word_before(text, pos) == "as")
                    || (raw.is_title_first() && after_clock_time(text, pos))
                    || (!raw.is_title_first() && after_preposition(text, pos, raw.person))
                {
                    continue;
                }
                // "the country's longest-serving prime minister, Jane Doe":
                // her place in the office's history, not whether she holds it now.
                if raw.is_title_first()
                    && raw.qualifier == Qualifier::Current
                    && shapes::is_historic(token_before(text, pos))
                {
                    raw.qualifier = Qualifier::Then;
                }
                // "like his predecessor, President Jane Doe": held the post before.
                if raw.is_title_first() && raw.qualifier == Qualifier::Current && after_predecessor(text, pos) {
                    raw.qualifier = Qualifier::Former;
                }
                // "to succeed John Roe as defence minister": the post is
                // someone else's to take; he holds it until then, or held it.
                if !raw.is_title_first()
                    && raw.person.as_ptr() == rest.as_ptr()
                    && let Some(held) = replaced_here(text, pos)
                {
                    raw.qualifier = held;
                }
                // "and then President Jane Doe spoke": the adverb, not "then-".
                if raw.qualifier == Qualifier::Then
                    && adverb_then(text, pos, raw.whole)
                    && let Some(title) = raw.title
                {
                    raw.qualifier = Qualifier::Current;
                    raw.whole = &raw.whole[title.as_ptr() as usize - raw.whole.as_ptr() as usize..];
                }
                if let Some(raw) = name::outside_headline(text, &mut words, raw) {
                    found.push(raw.into_mention(text, lx));
                }
            }
            let consumed = rest.len() - after.len();
            pos += consumed.max(1);
            pos = next_char_boundary(text, pos);
            continue;
        }
        pos = next_word_start(text, pos);
    }
    let mut rows = list_rows(lx, text);
    rows.extend(signature_blocks(lx, text));
    if !rows.is_empty() {
        found.extend(rows.into_iter().map(|raw| raw.into_mention(text, lx)));
        found.sort_by_key(|m| (m.span.start, m.span.end));
    }
    found
}

/// How a mention opens with "then", if it does: glued to the title by a
/// hyphen ("then-President Jane Doe", which says she no longer holds the
/// office) or set apart by a space ("then President Jane Doe", which may be
/// the adverb of a sequence).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThenForm {
    Hyphen,
    Space,
}

/// The way `mention` (its text from its first word) opens with "then".
pub fn opening_then(mention: &str) -> Option<ThenForm> {
    if !mention.get(..4)?.eq_ignore_ascii_case("then") {
        return None;
    }
    match mention[4..].chars().next()? {
        '-' | '‑' | '–' => Some(ThenForm::Hyphen),
        ' ' | '\n' => Some(ThenForm::Space),
        _ => None,
    }
}

/// Whether a mention at `pos` that opens with "then" and a space ("then
/// President Jane Doe") reads "then" as the adverb of a sequence: after
/// "and", "but", "since", "until" or a comma ("and then President Jane Doe
/// spoke"). "then-President" and "a speech by then President Jane Doe" keep
/// the qualifier.
fn adverb_then(text: &str, pos: usize, whole: &str) -> bool {
    if opening_then(whole) != Some(ThenForm::Space) {
        return false;
    }
    let before = text[..pos].trim_end_matches([' ', '\u{a0}', '\n']);
    (before.ends_with(',') && !after_time_phrase(&before[..before.len() - 1]))
        || ["and", "but", "since", "until"].iter().any(|w| word_before(text, pos).eq_ignore_ascii_case(w))
}

/// Whether the clause ending at the end of `before` opens with a time in
/// the past: "In 2019," or "Back in March 2019," before "then foreign
/// secretary Jane Doe" make "then" the qualifier, not the adverb.
fn after_time_phrase(before: &str) -> bool {
    let from = before.len().saturating_sub(40);
    let from = (from..before.len()).find(|&k| before.is_char_boundary(k)).unwrap_or(before.len());
    let clause = before[from..].rsplit(['.', ',', ';', '\n']).next().unwrap_or("").trim_start();
    let opens = ["In ", "Back in ", "During ", "On "].iter().any(|o| clause.starts_with(o));
    opens && clause.split(' ').any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a name-first mention of one word at `pos` follows a preposition
/// of place: "a congresswoman from Ohio, is the next speaker", "governor of
/// Maranhao state, was named justice minister" — a place, not a subject.
fn after_preposition(text: &str, pos: usize, person: &str) -> bool {
    const PLACE: &[&str] = &["at", "from", "in", "near"];
    const PLACE_NOUNS: &[&str] = &["state", "province", "county", "region", "district"];
    if person.contains(char::is_whitespace) {
        return false;
    }
    let before = word_before(text, pos);
    // "the toppling of Barnier, who …" is a person; "of Maranhao state" a place.
    let after = text[pos + person.len()..].trim_start_matches([' ', '\u{a0}']);
    let place_noun = PLACE_NOUNS.iter().any(|n| {
        after.get(..n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n))
            && !after[n.len()..].starts_with(|c: char| c.is_alphanumeric())
    });
    PLACE.contains(&before) || (before == "of" && place_noun)
}

/// Whether a mention at `pos` opens with "PM" or "AM" right after a clock
/// time: "05:16 PM PHT" is a time and its zone, not a prime minister.
fn after_clock_time(text: &str, pos: usize) -> bool {
    let at = &text[pos..];
    (at.starts_with("PM") || at.starts_with("AM") || at.starts_with("pm") || at.starts_with("am"))
        && text[..pos].trim_end_matches([' ', '\u{a0}']).ends_with(|c: char| c.is_ascii_digit())
}

/// What the words before a name at `pos` say of the post after it when
/// they make the name the one replaced: "to succeed" or "will replace" (he
/// holds it until the handover, [`Qualifier::Outgoing`]); "replacing",
/// "succeeded", "in place of" (he held it, [`Qualifier::Former`]).
fn replaced_here(text: &str, pos: usize) -> Option<Qualifier> {
    let word = word_before(text, pos).to_ascii_lowercase();
    let before = |n: usize| {
        let mut end = pos;
        let mut word = "";
        for _ in 0..n {
            let w = word_before(text, end);
            word = w;
            end = w.as_ptr() as usize - text.as_ptr() as usize;
        }
        word.to_ascii_lowercase()
    };
    match word.as_str() {
        "replace" | "succeed" if matches!(before(2).as_str(), "to" | "will") => Some(Qualifier::Outgoing),
        "replacing" | "replaced" | "replaces" | "succeeding" | "succeeded" | "succeeds" => Some(Qualifier::Former),
        "of" if before(2) == "place" && before(3) == "in" => Some(Qualifier::Former),
        _ => None,
    }
}

/// The token before `pos`, across spaces on its line: letters, digits and
/// hyphens ("longest-serving", "45th").
fn token_before(text: &str, pos: usize) -> &str {
    let before = text[..pos].trim_end_matches([' ', '\u{a0}']);
    let start = before.len() - before.bytes().rev().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-').count();
    &before[start..]
}

/// Whether "predecessor" stands right before `pos`, perhaps with a comma:
/// "his predecessor, President Jane Doe".
fn after_predecessor(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '\u{a0}', ',']);
    before.len() >= 11 && before.as_bytes()[before.len() - 11..].eq_ignore_ascii_case(b"predecessor")
}

/// The word before `pos`, across spaces on its line, as written.
fn word_before(text: &str, pos: usize) -> &str {
    let before = text[..pos].trim_end_matches([' ', '\u{a0}']);
    let start = before.len() - before.bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    &before[start..]
}

/// Whether a rank word ("Deputy", "Assistant") stands right before `pos`,
/// or before a country form right before it, across spaces and line
/// breaks: "Deputy U.S. Trade Representative Michael Smith" names the
/// deputy, not the Trade Representative, though the grammar reads the
/// title only from the country or the portfolio on.
fn after_rank(lx: &Lexicon, text: &str, pos: usize) -> bool {
    let token_before = |end: usize| {
        let before = text[..end].trim_end_matches([' ', '\u{a0}', '\n', '\r']);
        let start = before.rfind([' ', '\u{a0}', '\n', '\r', '(', '"']).map_or(0, |i| i + 1);
        (start, &before[start..])
    };
    let (start, word) = token_before(pos);
    if crate::vocab::titles::is_rank(word) {
        return true;
    }
    let country = !word.is_empty() && lx.jurisdiction_prefix(word).is_some_and(|(form, _)| form.len() == word.len());
    country && crate::vocab::titles::is_rank(token_before(start).1)
}

/// Whether the word before `pos` (across spaces on its line) opens a
/// clause that only supposes what follows: "if", "when", "once", "unless",
/// "until", "whether".
fn supposed(text: &str, pos: usize) -> bool {
    const SUPPOSING: &[&str] = &["if", "once", "unless", "until", "when", "whether"];
    let word = word_before(text, pos);
    word.len() <= 7 && SUPPOSING.iter().any(|s| s.eq_ignore_ascii_case(word))
}

/// Whether `text` is hard-wrapped: it has at least two lines of prose (40
/// bytes or more) and none longer than [`WRAP_WIDTH`].
fn is_hard_wrapped(text: &str) -> bool {
    let mut prose = 0;
    for line in text.split('\n') {
        if line.len() > WRAP_WIDTH {
            return false;
        }
        prose += usize::from(line.len() >= 40);
    }
    prose >= 2
}

thread_local! {
    /// Whether the text being read is hard-wrapped ([`is_hard_wrapped`]):
    /// set by [`extract_with`] before each text, read by [`gap`].
    static WRAPPED: Cell<bool> = const { Cell::new(false) };
    /// Whether the text being read has a title in the plural anywhere
    /// ("ministers"): a list under a plural is looked for only then.
    static PLURALS: Cell<bool> = const { Cell::new(true) };
    /// Whether the text being read has "led" or "headed" anywhere: a body's
    /// leader ("a government led by …") is looked for only then.
    static LED: Cell<bool> = const { Cell::new(true) };
}

/// The space between two words of a name or a title: one to four spaces or
/// no-break spaces on one line; in a hard-wrapped text also a single line
/// break, with at most four spaces before it and one after it (an indented
/// line opens a paragraph), before a line that is not blank.
pub(super) fn gap(input: &str) -> Res<'_, &str> {
    let bytes = input.as_bytes();
    let mut i = 0;
    let mut spaces = 0;
    while spaces < 4 {
        match bytes.get(i) {
            Some(b' ') => i += 1,
            Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => i += 2,
            _ => break,
        }
        spaces += 1;
    }
    let newline = match bytes.get(i) {
        Some(b'\n') => 1,
        Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => 2,
        _ => 0,
    };
    if newline > 0 && WRAPPED.get() {
        let mut j = i + newline;
        if bytes.get(j) == Some(&b' ') {
            j += 1;
        }
        if bytes.get(j).is_some_and(|&b| !b.is_ascii_whitespace()) {
            return Ok((&input[j..], &input[..j]));
        }
    }
    if i == 0 { fail(input) } else { Ok((&input[i..], &input[..i])) }
}

/// `word` (ASCII, lower case) at the start of the input in any ASCII case:
/// nom's `tag_no_case` without its Unicode case folding, which costs more
/// than the scan's every other step where it runs at each candidate word.
pub(super) fn ci(word: &'static str) -> impl Fn(&str) -> Res<'_, &str> {
    move |input: &str| match input.get(..word.len()) {
        Some(head) if head.eq_ignore_ascii_case(word) => Ok((&input[word.len()..], head)),
        _ => fail(input),
    }
}

/// Lower-case words a title-first mention may start with besides heads and
/// portfolio words (which the lexicon classes as such): the first words of
/// qualifiers ("former", "ex-", "then-", "would-be", "newly appointed"),
/// "the", "shadow" and "opposition".
pub(crate) const LOWER_STARTS: &[&str] = &[
    "acting",
    "caretaker",
    "current",
    "deposed",
    "designate",
    "ex",
    "former",
    "future",
    "group",
    "incoming",
    "interim",
    "newly",
    "opposition",
    "ousted",
    "outgoing",
    "overthrown",
    "parliamentary",
    "party",
    "previous",
    "shadow",
    "sitting",
    "the",
    "then",
    "toppled",
    "would",
];

/// Words that open a title-first mention and are no qualifier, country,
/// party or title word: "the", "new" (after a country: "Japan's new
/// defense minister"), "shadow".
pub(crate) const TITLE_OPENERS: &[&str] = &["the", "new", "shadow"];

/// Whether a mention may start at the start of `rest` (a word start): a
/// capitalised or non-ASCII word may start any shape; a lower-case one only
/// a title-first mention, so it must be a qualifier, "the", "shadow",
/// "opposition", a head's first word or a portfolio word. Most words of
/// running text are none of these, and the parsers never run there.
/// Allocation-free: one bounded look at the word.
fn may_start_mention(lx: &Lexicon, rest: &str) -> bool {
    let bytes = rest.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_uppercase() || *b >= 0x80 => true,
        Some(b) if b.is_ascii_lowercase() => {
            let len = bytes.iter().take(21).take_while(|b| b.is_ascii_lowercase()).count();
            // A following upper-case letter ("formerMinister") ends the word
            // here but not in the table's view of words: compare the run only.
            len <= 20 && lx.class_of(&rest[..len]).any(Class::OFFICE_LOWER_START | Class::HEAD_FIRST)
        }
        Some(b) if b.is_ascii_digit() => lx.has_digit_titles() && first_class(lx, rest).any(Class::KNOWN_TITLE_FIRST),
        _ => false,
    }
}

/// Whether the word just before a title-first mention (on the same line,
/// across spaces only) says the title names no office holder:
/// - the indefinite article: "how good a prime minister Gordon Brown will
///   make" describes, it does not name a holder;
/// - a capitalised word that is not a sentence's first word, a function word,
///   a title or portfolio word, a month or a country: the title belongs to
///   that proper noun — a state, city, company or body ("New York attorney
///   general Eliot Spitzer", "Diageo North America president Ivan Menezes",
///   "Welsh First Minister") — or it is the start of a longer title the
///   lexicon does not know, whose tail alone would name the wrong office.
///
/// A possessive ("Blair's Chancellor") is not such a word: a country's
/// possessive is read as the jurisdiction, a person's describes the holder.
/// Runs only where a mention was found, so it costs the scan nothing.
fn not_a_naming(lx: &Lexicon, text: &str, pos: usize, set_off: bool) -> bool {
    let before = text[..pos].trim_end_matches([' ', '\u{a0}']);
    if before.len() == pos {
        return false;
    }
    let start =
        before.rfind(|c: char| !(c.is_alphanumeric() || c == '-')).map_or(0, |i| next_char_boundary(before, i + 1));
    let word = &before[start..];
    // "a former finance minister, Jane Doe," names her in an aside.
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return !set_off;
    }
    if !word.starts_with(|c: char| c.is_uppercase()) || !is_name_candidate(lx, word) {
        return false;
    }
    // The word opens a sentence (or a line, or a quotation): it is not an owner.
    let ahead = before[..start].trim_end_matches([' ', '\u{a0}']);
    !(ahead.is_empty()
        || ahead.ends_with(['.', '!', '?', '"', '“', '”', '\'', '‘', '’', ':', '(', '\n', '\r', '—', '–']))
}

/// Succeeds, consuming nothing, when the first run of letters of `input`
/// has `class` in the shared word table: the cheap test before a parser
/// tries its word list entry by entry.
fn opens<'a>(lx: &'a Lexicon, input: &'a str, class: Class) -> Res<'a, ()> {
    if first_class(lx, input).any(class) { Ok((input, ())) } else { fail(input) }
}

/// The lexicon's class of the first run of letters of `input` (of digits
/// and letters, for a word that starts with a digit).
///
/// A title-first mention's productions each test the word they start at
/// (qualifier, country, party, portfolio word, head, claim-file title), so
/// one position is asked about several times in a row: the last answer is
/// kept, per thread, by the word's address. [`extract_with`] forgets it
/// before each text, so an address always means one word of one text.
fn first_class(lx: &Lexicon, input: &str) -> Class {
    let at = input.as_ptr() as usize;
    let (word, class) = LAST_CLASS.get();
    if word == at && !input.is_empty() {
        return class;
    }
    let run: fn(&u8) -> bool = if input.starts_with(|c: char| c.is_ascii_digit()) {
        u8::is_ascii_alphanumeric
    } else {
        u8::is_ascii_alphabetic
    };
    let letters = input.bytes().take(lx.longest_word() + 1).take_while(run).count();
    let class = lx.class_of(&input[..letters]);
    LAST_CLASS.set((at, class));
    class
}

thread_local! {
    /// The last word [`first_class`] classified: its address and class.
    static LAST_CLASS: std::cell::Cell<(usize, Class)> = const { std::cell::Cell::new((0, Class::NONE)) };
}

/// One mention starting exactly at the start of `input`, in any shape, and
/// the claims it makes (two for "X replaces Y as …", one per name of a
/// coordination).
///
/// A shape is tried only if the first word can open it: a title-first
/// mention opens with a qualifier, "the", a country, a party or a title word;
/// a name-first one with a capital; a mention by title of address with the
/// title.
fn mention<'a>(lx: &'a Lexicon, input: &'a str) -> Option<(&'a str, Vec<Raw<'a>>)> {
    let class = first_class(lx, input);
    if class.any(Class::TITLE_START)
        && let Ok((rest, found)) = title_first(lx, input)
    {
        return Some((rest, found));
    }
    if class.any(Class::OFFICE_VERB)
        && let Ok((rest, raw)) = fronted_participle(lx, input)
    {
        return Some((rest, vec![raw]));
    }
    if input.starts_with(char::is_uppercase)
        && let Ok(found) = name_first(lx, input)
    {
        return Some(found);
    }
    if class.any(Class::ADDRESS) { addressed(lx, input).ok().map(|(rest, raw)| (rest, vec![raw])) } else { None }
}

/// A mention before its spans are computed: slices of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Raw<'a> {
    whole: &'a str,
    person: &'a str,
    title: Option<&'a str>,
    /// How the title reads where it is not written as one.
    reads: Reading<'a>,
    jurisdiction: Option<(&'a str, &'a Jurisdiction)>,
    qualifier: Qualifier,
    post: Post,
    /// A company's post ("chairman of Acme Corp Jane Doe"): consumed, no claim.
    company: bool,
    /// A title-first mention whose name, set off by a comma, is closed by a
    /// verb rather than punctuation ("Foreign Minister, Jane Doe said"): no
    /// claim after a lower-case "as", where the title ends an "as" phrase
    /// and the name starts the sentence's clause ("as US President, Tony
    /// Blair has said").
    loose: bool,
}

/// How a title reads where its words are not a title as written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Reading<'a> {
    #[default]
    AsWritten,
    /// A word of the title (an abbreviation, a plural head) stands for these
    /// words: "PM" for "prime minister".
    Replace(&'a str, &'static str),
    /// The title is a portfolio: these words follow it ("defence" →
    /// "defence minister").
    Append(&'static str),
}

impl<'a> Raw<'a> {
    /// Whether a comma sets the name off from the title before it:
    /// "a former finance minister, Jane Doe".
    fn set_off(&self) -> bool {
        let base = self.whole.as_ptr() as usize;
        self.title.is_some_and(|t| {
            let from = (t.as_ptr() as usize + t.len()).checked_sub(base);
            let to = (self.person.as_ptr() as usize).checked_sub(base);
            matches!((from, to), (Some(from), Some(to)) if self.whole.get(from..to).is_some_and(|gap| gap.contains(',')))
        })
    }

    /// A mention of `person` as holding `title`, current, of a post of state.
    fn new(whole: &'a str, person: &'a str, title: title::Title<'a>) -> Raw<'a> {
        Raw {
            whole,
            person,
            title: Some(title.text),
            reads: title.reads,
            jurisdiction: title.party,
            qualifier: Qualifier::Current,
            post: title.post,
            company: title.company,
            loose: false,
        }
    }

    /// Whether the title comes before the name ("Home Secretary Charles Clarke").
    fn is_title_first(&self) -> bool {
        self.title.is_some_and(|t| t.as_ptr() < self.person.as_ptr())
    }

    fn into_mention(self, text: &str, lx: &Lexicon) -> OfficeMention {
        let reads_as = self.title.and_then(|t| reading(t, self.reads));
        let learned = self.post == Post::State
            && reads_as.is_none()
            && self.title.is_some_and(|t| title::grammar_title(lx, t).map_or(true, |(rest, _)| !rest.is_empty()));
        OfficeMention {
            learned,
            span: Span::of(text, self.whole),
            person: Span::of(text, self.person),
            title: self.title.map(|t| Span::of(text, t)),
            reads_as,
            jurisdiction: self
                .jurisdiction
                .map(|(form, j)| JurisdictionMention { span: Span::of(text, form), code: j.code.clone() }),
            qualifier: self.qualifier,
            post: self.post,
        }
    }
}

/// The words a title stands for, when they are not the title as written:
/// its reading applied, and a line break inside it made a space.
fn reading(title: &str, reads: Reading<'_>) -> Option<String> {
    let spaced = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    match reads {
        Reading::AsWritten if title.contains(['\n', '\r']) => Some(spaced(title)),
        Reading::AsWritten => None,
        Reading::Replace(part, with) => {
            let start = part.as_ptr() as usize - title.as_ptr() as usize;
            let end = start + part.len();
            Some(spaced(&format!("{}{with}{}", &title[..start], &title[end..])))
        }
        Reading::Append(head) => Some(spaced(&format!("{title} {head}"))),
    }
}

pub(super) fn slice_between<'a>(base: &'a str, from: &'a str, to: &'a str) -> &'a str {
    let b = base.as_ptr() as usize;
    let start = from.as_ptr() as usize - b;
    let end = to.as_ptr() as usize - b + to.len();
    &base[start..end]
}

/// Up to `max` repetitions of `p` (a bounded `many0`, output discarded).
pub(super) fn opt_repeat<'a, P>(
    max: usize,
    mut p: P,
) -> impl Parser<&'a str, Output = (), Error = nom::error::Error<&'a str>>
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::titles;
    use title::jurisdiction_form;

    fn lx() -> &'static Lexicon {
        crate::extract::base_lexicon()
    }

    fn extract(text: &str) -> Vec<OfficeMention> {
        super::extract(text, lx())
    }

    fn may_start_mention(rest: &str) -> bool {
        super::may_start_mention(lx(), rest)
    }

    fn title(input: &str) -> Res<'_, &str> {
        super::title::title(lx(), input)
    }

    fn name(input: &str) -> Res<'_, &str> {
        super::name::name(lx(), input)
    }

    #[test]
    fn every_position_a_mention_parses_at_has_its_cue_in_reach() {
        let mut texts: Vec<String> = [
            "Jean-Baptiste Marie-Claude de la Fontaine-Villeneuve, who was appointed as the United States of \
             America's acting Secretary of State for Foreign and Commonwealth Affairs, spoke.",
            "The late former Liberal Democrats' shadow home affairs, justice and equalities spokesman Sir Alan \
             Beith and Mr Blair met the newly appointed U.S. Vice-President.",
            "Lt Gen Sir Mike Jackson-Smythe, the Conservative Party's deputy leader, and ex-Prime Minister Kishida.",
            // The longest shapes of this grammar: a coordination of names
            // with ages and a title in the plural; a name, an aside with no
            // title and a predicate after an adverbial; a move between two
            // posts; a list of twelve names under a plural; a body's post.
            "Jean-Baptiste Marie-Claude de la Fontaine-Villeneuve, Anne-Sophie Marie-Claude de la Tour-Villeneuve \
             and Marie-Louise Anne-Claire de la Roche-Villeneuve, who will be the new deputy prime ministers, spoke.",
            "Jean-Baptiste Marie-Claude de la Fontaine-Villeneuve, 73, a lawyer who sits for a seat in the far north \
             of the country and writes, was on Sunday, June 9, sworn in as the country's 24th first female \
             prime minister.",
            "Jean-Baptiste Marie-Claude de la Fontaine-Villeneuve also will move from the position of Secretary of \
             State for Foreign and Commonwealth Affairs to take over as the new Chancellor of the Exchequer.",
            "The 30 former cabinet ministers including Jean-Baptiste Fontaine, Anne-Sophie Tour, Marie-Louise Roche, \
             Jean-Luc Marie, Anne-Claire Roche, Marie-Claude Fontaine, Jean-Marie Tour, Anne-Marie Roche, \
             Louise-Anne Tour, Claude-Marie Fontaine, Sophie-Anne Roche and Marie-Anne Tour took the oath.",
            "Jean-Baptiste Marie-Claude de la Fontaine-Villeneuve, the 73-year-old former governor of the Bank of \
             the Central African States and the Bank of England, and a government led by Anne-Sophie Tour.",
            "The post of Minister for Foreign and Commonwealth Affairs went to Jean-Baptiste Marie-Claude de la \
             Fontaine-Villeneuve; JEAN-BAPTISTE FONTAINE: Foreign Affairs\nANNE-SOPHIE TOUR: Interior",
        ]
        .map(String::from)
        .to_vec();
        texts.extend(super::super::number::tests::reach_texts());
        for text in texts {
            let cues = Cues::of(&text, lx());
            for at in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
                let rest = &text[at..];
                if !(starts_word(&text, at) && may_start_mention(rest)) {
                    continue;
                }
                if let Some((after, _)) = mention(lx(), rest) {
                    let end = text.len() - after.len();
                    let cue = cues.office_cues.iter().find(|&&c| c >= at);
                    assert!(
                        cue.is_some_and(|&c| c < end && c - at <= CUE_REACH),
                        "mention at {at} has no cue in reach: {:?}",
                        &text[at..end]
                    );
                }
            }
        }
    }

    /// A code as a `&'static str`, for tables of expected tuples.
    fn leak(code: String) -> &'static str {
        Box::leak(code.into_boxed_str())
    }

    /// (person, title, jurisdiction code, qualifier) of every titled mention.
    fn parts(text: &str) -> Vec<(&str, &str, Option<&'static str>, Qualifier)> {
        extract(text)
            .into_iter()
            .filter_map(|m| {
                Some((m.person.text(text), m.title?.text(text), m.jurisdiction.map(|j| leak(j.code)), m.qualifier))
            })
            .collect()
    }

    /// (person, title, post) of every titled mention.
    fn posts(text: &str) -> Vec<(&str, &str, Post)> {
        extract(text).into_iter().filter_map(|m| Some((m.person.text(text), m.title?.text(text), m.post))).collect()
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
    fn then_after_and_or_a_comma_is_the_adverb() {
        for t in [
            "The envoy spoke, and then President Jane Doe arrived.",
            "The envoy spoke, then President Jane Doe arrived.",
        ] {
            let found = extract(t);
            assert_eq!(found.len(), 1, "{t}");
            assert_eq!(found[0].qualifier, Qualifier::Current, "{t}");
            assert_eq!(found[0].span.text(t), "President Jane Doe", "{t}");
        }
        for t in [
            "a speech by then President Jane Doe",
            "a speech by then-President Jane Doe",
            "and then-President Jane Doe",
            "In 2019, then foreign secretary Jane Doe visited Oslo.",
            "The talks stalled. Back in March 2019, then President Jane Doe spoke.",
        ] {
            assert_eq!(parts(t)[0].3, Qualifier::Then, "{t}");
        }
    }

    #[test]
    fn a_place_after_a_preposition_is_no_subject() {
        let people = |t: &'static str| extract(t).into_iter().map(|m| m.person.text(t)).collect::<Vec<_>>();
        assert!(!people("Jane Roe, a congresswoman from Ohio, is the next speaker of the House.").contains(&"Ohio"));
        assert!(people("The former governor of Maranhao state, was named justice minister.").is_empty());
        assert_eq!(people("Jane Roe, from Ohio, is the next speaker of the House."), ["Jane Roe"]);
        assert_eq!(people("After the fall of Doe, who became the shortest-serving premier."), ["Doe"]);
    }

    #[test]
    fn pm_after_a_clock_time_is_the_time() {
        assert!(extract("Updated 05:16 PM PHT with new figures.").is_empty());
        assert!(extract("At 9 PM GMT the count began.").is_empty());
        assert_eq!(extract("The PM Jane Doe spoke at 9 PM.").len(), 1);
    }

    #[test]
    fn qualifiers_before_and_after_the_country() {
        assert_eq!(parts("the sentiment of former President Trump, regarding")[0].3, Qualifier::Former);
        let t = "then-Prime Minister Shinzo Abe said";
        assert_eq!(parts(t), [("Shinzo Abe", "Prime Minister", None, Qualifier::Then)]);
        let t = "Japan's former defense minister Taro Kono said";
        assert_eq!(parts(t), [("Taro Kono", "defense minister", Some("JP"), Qualifier::Former)]);
        assert_eq!(parts("acting President Jane Roe spoke")[0].3, Qualifier::Acting);
        assert_eq!(parts("the attempt of previous President Jane Roe to")[0].3, Qualifier::Former);
        // A leader removed from office is a former one.
        assert_eq!(parts("associates of deposed President Jane Roe said")[0].3, Qualifier::Former);
        assert_eq!(parts("supporters of ousted Prime Minister Jane Roe")[0].3, Qualifier::Former);
        assert_eq!(parts("the toppled President Jane Roe fled")[0].3, Qualifier::Former);
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
        assert_eq!(parts("President George W Bush said")[0].0, "George W Bush");
        assert_eq!(parts("Prime Minister Tony Blair and I agreed")[0].0, "Tony Blair");
        assert_eq!(parts("Defense Minister Shinjirō Koizumi said")[0].0, "Shinjirō Koizumi");
        // Two particles, before a possessive too.
        assert_eq!(parts("Commission President Jana van der Berg's plan failed")[0].0, "Jana van der Berg");
    }

    #[test]
    fn initials_written_together_or_without_a_period() {
        // South Asian news writes given names as initials: "J.P. Nadda",
        // "S Jaishankar" (a bare initial first).
        assert_eq!(parts("Health Minister J.P. Nadda said")[0].0, "J.P. Nadda");
        assert_eq!(parts("Chief Minister M.K. Stalin said")[0].0, "M.K. Stalin");
        assert_eq!(parts("Foreign Minister S Jaishankar said")[0].0, "S Jaishankar");
        assert_eq!(parts("Foreign Minister S. Jaishankar said")[0].0, "S. Jaishankar");
        // Initials alone are no name, and "A" and "I" are words.
        assert!(parts("Health Minister J. said").is_empty());
        assert!(parts("the Prime Minister I met said").is_empty());
        assert!(parts("Foreign Minister A Taliban spokesman said").is_empty());
    }

    #[test]
    fn portfolios_of_oil_external_affairs_and_transport_make_titles() {
        let t = "External Affairs Minister S. Jaishankar met them";
        assert_eq!(parts(t), [("S. Jaishankar", "External Affairs Minister", None, Qualifier::Current)]);
        assert_eq!(parts("Oil Minister Hisham Nazer said")[0].1, "Oil Minister");
        assert_eq!(parts("Civil Aviation Minister Ram Mohan Naidu said")[0].1, "Civil Aviation Minister");
        assert_eq!(parts("Minister for External Relations Ana Lopez said")[0].0, "Ana Lopez");
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
    fn ranks_with_a_period_and_titles_of_address_stay_out_of_the_name() {
        let t = "Gen. Hiroshi Tanaka, the defense minister, said";
        assert_eq!(parts(t), [("Hiroshi Tanaka", "defense minister", None, Qualifier::Current)]);
        assert_eq!(extract(t)[0].span.text(t), "Gen. Hiroshi Tanaka, the defense minister");
        let t = "Defence Secretary Adm. Sir Alan West arrived";
        assert_eq!(parts(t)[0].0, "Alan West");
        let t = "Malaysia's Foreign Minister Dato' Seri Mohamad bin Hasan arrived in Tokyo.";
        assert_eq!(parts(t), [("Mohamad bin Hasan", "Foreign Minister", Some("MY"), Qualifier::Current)]);
        let t = "Deputy Prime Minister Tan Sri Muhyiddin Yassin spoke";
        assert_eq!(parts(t)[0].0, "Muhyiddin Yassin");
    }

    #[test]
    fn a_rank_word_without_a_period_before_one_name_is_a_given_name() {
        // "Gen" is Gen Nakatani's given name; "Tan" is a family name.
        assert_eq!(parts("Defense Minister Gen Nakatani said")[0].0, "Gen Nakatani");
        assert_eq!(parts("Gen Nakatani, the defense minister, said")[0].0, "Gen Nakatani");
        assert_eq!(parts("Gen. Nakatani, the defense minister, said")[0].0, "Nakatani");
        assert_eq!(parts("President Tony Tan said")[0].0, "Tony Tan");
    }

    #[test]
    fn macrons_and_family_names_in_capitals() {
        let t = "Japan's Minister of Defense, KOIZUMI Shinjirō, said on Friday";
        assert_eq!(parts(t), [("KOIZUMI Shinjirō", "Minister of Defense", Some("JP"), Qualifier::Current)]);
        assert_eq!(parts("Foreign Minister Kōno Tarō met them")[0].0, "Kōno Tarō");
    }

    #[test]
    fn titles_after_the_name_set_off_by_dashes() {
        let t = "Koizumi — Japan's defense minister — told reporters";
        assert_eq!(parts(t), [("Koizumi", "defense minister", Some("JP"), Qualifier::Current)]);
        let t = "Shinjiro Koizumi - Japan's defence minister - told reporters";
        assert_eq!(parts(t)[0].0, "Shinjiro Koizumi");
        let t = "Koizumi–Japan's defense minister–told reporters";
        assert_eq!(parts(t)[0].1, "defense minister");
        let t = "Japan's defence minister — Shinjiro Koizumi — told reporters";
        assert_eq!(parts(t), [("Shinjiro Koizumi", "defence minister", Some("JP"), Qualifier::Current)]);
        // A dash that does not close the aside is not an apposition.
        assert!(parts("Koizumi — the defense minister's aide — said").is_empty());
    }

    #[test]
    fn a_rank_before_the_country_makes_a_post_of_its_own() {
        // The deputy is not the Trade Representative, nor the assistant the Secretary.
        assert!(parts("Deputy U.S. Trade Representative Jo Roe would meet them").is_empty());
        assert!(parts("Assistant U.S. Treasury Secretary\nJo Roe said").is_empty());
        assert!(parts("talks with Deputy U.S.\nTrade Representative Jo Roe on Monday").is_empty());
        // Without the rank the title is read.
        assert_eq!(parts("U.S. Trade Representative Jo Roe would meet them")[0].0, "Jo Roe");
        // A rank inside the title keeps it whole.
        assert_eq!(parts("Deputy Prime Minister Jo Roe said")[0].1, "Deputy Prime Minister");
    }

    #[test]
    fn a_dateline_or_a_line_a_wrapped_sentence_runs_on_from_is_no_headline() {
        // Words named nowhere else are cut from a headline's names; these lines are prose.
        let t = "WASHINGTON, March 31 - Treasury Secretary Jo Roe and\nOffice of Management and Budget director Al Poe said that the sale of the\nreserve would go ahead as planned by the administration this year.\n";
        assert_eq!(parts(t)[0].0, "Jo Roe");
        let t = "The Fed may feel compelled to tighten credit as a means of\nbolstering the dollar.\n    Both Treasury Secretary Jo Roe and Federal Reserve\nBoard Chairman Al Poe have said that the dollar has fallen enough against\nother currencies and that further declines could be harmful.\n";
        assert_eq!(parts(t)[0].0, "Jo Roe");
        // A headline over a blank line still loses the words only it has.
        let t = "Treasury Secretary Jo Meets Allies In Manila\n\nThe secretary met allies on Monday to talk about trade and defence matters.\n";
        assert!(parts(t).iter().all(|p| p.0 != "Jo Meets"), "{:?}", parts(t));
    }

    #[test]
    fn a_line_break_in_wrapped_text_does_not_close_an_aside() {
        let t = "WASHINGTON, March 25, Reuter - U.S. Agriculture Secretary\nJo Roe today said the deficit goal could not be met this\nyear because farm program costs were rising faster than expected.\n";
        assert_eq!(parts(t), [("Jo Roe", "Agriculture Secretary", Some("US"), Qualifier::Current)]);
        // Where lines are paragraphs, the line end closes it.
        assert_eq!(parts("Jo Roe - the defence minister\nspoke on Monday.")[0].0, "Jo Roe");
    }

    #[test]
    fn who_is_and_who_was_asides() {
        let t = "Shinjiro Koizumi, who is Japan's defense minister, said";
        assert_eq!(parts(t), [("Shinjiro Koizumi", "defense minister", Some("JP"), Qualifier::Current)]);
        let t = "Taro Kono, who was defence minister until 2021, said";
        assert_eq!(parts(t), [("Taro Kono", "defence minister", None, Qualifier::Former)]);
        let t = "Minoru Kihara, who became defense minister in 2023, said";
        assert_eq!(parts(t)[0].3, Qualifier::Current);
    }

    #[test]
    fn acting_outgoing_incoming_and_newly_appointed() {
        assert_eq!(parts("Acting Defense Secretary Jane Roe said")[0].3, Qualifier::Acting);
        assert_eq!(parts("Jane Roe, the acting defense secretary, said")[0].3, Qualifier::Acting);
        assert_eq!(parts("outgoing Prime Minister Fumio Kishida said")[0].3, Qualifier::Outgoing);
        assert_eq!(parts("KISHIDA Fumio, Japan's outgoing prime minister, said")[0].3, Qualifier::Outgoing);
        assert_eq!(parts("incoming Defense Minister Gen Nakatani said")[0].3, Qualifier::Designate);
        let t = "newly appointed Defence Secretary Des Browne said";
        assert_eq!(parts(t), [("Des Browne", "Defence Secretary", None, Qualifier::Current)]);
        let t = "Japan's new defense minister Shinjiro Koizumi said";
        assert_eq!(parts(t), [("Shinjiro Koizumi", "defense minister", Some("JP"), Qualifier::Current)]);
        // "New" before a country is the country's name, not a qualifier.
        assert_eq!(parts("New Zealand Prime Minister Chris Luxon said")[0].2, Some("NZ"));
    }

    #[test]
    fn two_people_in_one_phrase_in_both_orders() {
        let t = "Foreign Secretary Jack Straw and Defence Secretary Geoff Hoon flew out.";
        let p = parts(t);
        assert_eq!((p[0].0, p[0].1), ("Jack Straw", "Foreign Secretary"));
        assert_eq!((p[1].0, p[1].1), ("Geoff Hoon", "Defence Secretary"));
        let t = "Pete Hegseth, the U.S. defense secretary, and Shinjiro Koizumi, Japan's defense minister, met.";
        let p = parts(t);
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!((p[0].0, p[0].2), ("Pete Hegseth", Some("US")));
        assert_eq!((p[1].0, p[1].2), ("Shinjiro Koizumi", Some("JP")));
    }

    #[test]
    fn shadow_posts_keep_shadow_in_the_title() {
        assert_eq!(
            posts("shadow home secretary David Davis said"),
            [("David Davis", "shadow home secretary", Post::Shadow)]
        );
        assert_eq!(
            posts("Shadow Chancellor George Osborne said"),
            [("George Osborne", "Shadow Chancellor", Post::Shadow)]
        );
        // A party word before "shadow" describes the holder; the post is still the shadow one.
        assert_eq!(
            posts("Tory shadow chancellor Oliver Letwin said"),
            [("Oliver Letwin", "shadow chancellor", Post::Shadow)]
        );
        assert_eq!(posts("Oliver Letwin, the shadow chancellor, said")[0].2, Post::Shadow);
        assert_eq!(posts("former shadow foreign secretary Michael Ancram")[0].2, Post::Shadow);
    }

    #[test]
    fn party_posts_keep_the_party_in_the_title() {
        assert_eq!(posts("Tory leader Michael Howard said"), [("Michael Howard", "Tory leader", Post::Party)]);
        assert_eq!(
            posts("Liberal Democrat spokeswoman Sarah Teather said"),
            [("Sarah Teather", "Liberal Democrat spokeswoman", Post::Party)]
        );
        assert_eq!(
            posts("Labour Party chairman Ian McCartney said"),
            [("Ian McCartney", "Labour Party chairman", Post::Party)]
        );
        assert_eq!(
            posts("Liberal Democrat home affairs spokesman Mark Oaten said")[0],
            ("Mark Oaten", "Liberal Democrat home affairs spokesman", Post::Party)
        );
        assert_eq!(posts("Michael Howard, the Conservative leader, said")[0].2, Post::Party);
        assert_eq!(posts("opposition leader Michael Howard said")[0].2, Post::Party);
        // The party's name with "party" in lower case.
        assert_eq!(
            posts("Conservative party leader Jane Doe said"),
            [("Jane Doe", "Conservative party leader", Post::Party)]
        );
        // A party word before an office of state only describes its holder.
        assert_eq!(posts("Labour Chancellor Gordon Brown said"), [("Gordon Brown", "Chancellor", Post::State)]);
        // Without a party, "leader" is no title.
        assert!(posts("the leader Michael Howard said").is_empty());
    }

    #[test]
    fn uk_cabinet_titles() {
        let t = "Chancellor Gordon Brown and Deputy Prime Minister John Prescott met Home Secretary David Blunkett.";
        let p = parts(t);
        assert_eq!(
            p.iter().map(|x| (x.0, x.1)).collect::<Vec<_>>(),
            [
                ("Gordon Brown", "Chancellor"),
                ("John Prescott", "Deputy Prime Minister"),
                ("David Blunkett", "Home Secretary")
            ]
        );
        let t = "Culture Secretary Tessa Jowell, Trade and Industry Secretary Patricia Hewitt and Work and Pensions Secretary Alan Johnson";
        assert_eq!(
            parts(t).iter().map(|x| x.1).collect::<Vec<_>>(),
            ["Culture Secretary", "Trade and Industry Secretary", "Work and Pensions Secretary"]
        );
        assert_eq!(
            parts("Lord Chancellor Lord Falconer said"),
            [("Falconer", "Lord Chancellor", None, Qualifier::Current)]
        );
        assert_eq!(parts("former Foreign Secretary Robin Cook said")[0].3, Qualifier::Former);
        // A title with no name is no claim.
        assert!(extract("The chancellor said the economy was strong.").is_empty());
        assert!(extract("the Home Secretary will decide").is_empty());
    }

    #[test]
    fn mentions_by_title_of_address_have_no_title() {
        let t = "Mr Blair said Ms. Hewitt and Dr Reid agreed with Mrs Thatcher.";
        let got: Vec<(&str, Option<Span>)> = extract(t).iter().map(|m| (m.person.text(t), m.title)).collect();
        assert_eq!(got, [("Blair", None), ("Hewitt", None), ("Reid", None), ("Thatcher", None)]);
        assert_eq!(extract(t)[1].span.text(t), "Ms. Hewitt");
        // With a title, the title wins.
        assert_eq!(
            parts("Mr Blair, the prime minister, said")[0],
            ("Blair", "prime minister", None, Qualifier::Current)
        );
    }

    #[test]
    fn a_title_owned_by_a_state_city_or_company_names_no_office_holder() {
        assert!(parts("the inquiry led by New York attorney general Maria Lopez ended").is_empty());
        assert!(parts("a suit filed by Ohio attorney general Tom Reyes on Monday").is_empty());
        assert!(parts("said Acme Foods North America president Jo Kemp, adding").is_empty());
        assert!(parts("praised by Welsh First Minister Rhodri Morgan today").is_empty());
        // The tail of an owned title is not read again as a mention.
        assert!(extract("New York attorney general Maria Lopez said").is_empty());
        // A sentence's first word, a function word, a country or a possessive owns nothing.
        assert_eq!(parts("It rose. Chancellor Gordon Brown said so")[0].0, "Gordon Brown");
        assert_eq!(parts("But Chancellor Gordon Brown said so")[0].0, "Gordon Brown");
        assert_eq!(parts("trade with US President George W Bush")[0].2, Some("US"));
        assert_eq!(parts("Mr Blair's Chancellor Gordon Brown said")[0].0, "Gordon Brown");
        assert_eq!(parts("cuts, Chancellor Gordon Brown said")[0].0, "Gordon Brown");
    }

    #[test]
    fn post_nominals_and_competitions_are_not_names() {
        assert_eq!(parts("Scottish Finance Minister, Tom McCabe MSP, said")[0].0, "Tom McCabe");
        assert_eq!(parts("Schools Minister Stephen Twigg said")[0].1, "Schools Minister");
        assert!(parts("The Premier League is looking for a date").is_empty());
    }

    #[test]
    fn a_title_after_an_indefinite_article_describes_and_names_no_holder() {
        assert!(parts("whether a home secretary Jane Doe would ever resign").is_empty());
        assert!(parts("what kind of an Attorney General Sam Hill might be").is_empty());
        assert_eq!(parts("the home secretary Jane Doe said")[0].0, "Jane Doe");
    }

    #[test]
    fn supposed_futures_are_not_held_now() {
        assert_eq!(parts("Chancellor Gordon Brown could become the next leader")[0].3, Qualifier::Designate);
        assert_eq!(parts("future Prime Minister Gordon Brown")[0].3, Qualifier::Designate);
        assert_eq!(parts("the would-be Chancellor Oliver Letwin said")[0].3, Qualifier::Designate);
        // A present holder's future act is still a present holder.
        assert_eq!(parts("Chancellor Gordon Brown will make his statement")[0].3, Qualifier::Current);
    }

    #[test]
    fn a_partys_president_is_a_party_post() {
        assert_eq!(posts("Lib Dem president Simon Hughes said"), [("Simon Hughes", "Lib Dem president", Post::Party)]);
        assert_eq!(posts("the Liberal Democrats' President Simon Hughes said")[0].2, Post::Party);
        assert_eq!(posts("Labour's vice president Ann Kerr spoke")[0].2, Post::Party);
        // A capitalised office after a bare party adjective is the office of state.
        assert_eq!(posts("Republican President George W Bush said"), [("George W Bush", "President", Post::State)]);
    }

    #[test]
    fn portfolios_listed_with_commas_stay_in_the_title() {
        let t = "backed by Culture, Media and Sport Secretary Tessa Jowell yesterday";
        assert_eq!(parts(t), [("Tessa Jowell", "Culture, Media and Sport Secretary", None, Qualifier::Current)]);
        let t = "Constitutional Affairs Minister David Lammy said";
        assert_eq!(parts(t)[0].1, "Constitutional Affairs Minister");
        let t = "the Secretary of State for Culture, Media and Sport, Tessa Jowell, said";
        assert_eq!(parts(t)[0].1, "Secretary of State for Culture, Media and Sport");
        // A comma before a name still ends the complement.
        assert_eq!(
            parts("the Secretary of State for Defence, Geoff Hoon, said")[0].1,
            "Secretary of State for Defence"
        );
    }

    #[test]
    fn every_lower_case_start_of_a_mention_passes_the_prefilter() {
        for start in ["former ", "ex-", "then-", "the late ", "would-be ", "newly appointed ", "shadow ", "home "] {
            assert!(may_start_mention(start), "{start}");
        }
        for head in titles::of_kind(titles::Kind::Head) {
            assert!(may_start_mention(head), "{head}");
        }
        for q in ["acting", "incoming", "designate", "future", "outgoing", "current", "opposition"] {
            assert!(may_start_mention(q), "{q}");
        }
        assert!(!may_start_mention("said the minister"));
        assert!(!may_start_mention("1,400 jobs"));
        assert!(may_start_mention("Élodie"));
        // And the mentions themselves are found.
        assert_eq!(parts("as home secretary David Blunkett said")[0].0, "David Blunkett");
        assert_eq!(parts("the late prime minister John Smith")[0].3, Qualifier::Former);
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
            jurisdiction_form(lx(), "Japan's Defense").map(|(r, (f, j))| (r, f, j.code.as_str())),
            Ok((" Defense", "Japan's", "JP"))
        );
    }

    /// Seconds to extract from `unit` repeated `n` times: the best of three
    /// runs, so that a busy moment of the machine does not count.
    fn seconds(unit: &str, n: usize) -> f64 {
        let text = unit.repeat(n);
        (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                let found = extract(&text);
                assert!(found.len() <= text.split_whitespace().count());
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    }

    /// Four times the input takes about four times as long — not sixteen.
    /// A ratio, not a wall-clock bound, so a loaded machine cannot fail it;
    /// absolute speed is measured by the benchmarks.
    fn assert_linear(unit: &str, n: usize) {
        let (small, large) = (seconds(unit, n), seconds(unit, 4 * n));
        assert!(large < 8.0 * small + 0.05, "{unit:?}: {small:.3}s for n={n}, {large:.3}s for 4n");
    }

    #[test]
    fn pathological_input_is_linear_and_safe() {
        assert_linear("Minister ", 5_000);
        assert_linear("Kishida ", 5_000);
        let _ = extract("Minister Kishidaō’s é 日本 - ' ’");
    }

    /// Capitalised words in shapes that start a mention at every word:
    /// names, honorifics, party words, dashes and commas, and shouted names.
    #[test]
    fn capitalised_words_in_every_shape_scan_in_linear_time() {
        assert_linear("Mr Gen. Dato' Seri Tory Shadow Kishida — Home, Fumio Labour Party Takaichi ", 1_000);
        assert_linear("KISHIDA ", 10_000);
        // Title Case headlines, each with a name to look up in the text.
        assert_linear("Defence Secretary Jane Doe Meets Allies In Manila\n", 2_000);
        // Hard-wrapped lines, each a name and a title across a line break.
        assert_linear(
            "the talks with Chancellor of the Exchequer Nigel\nLawson and Secretary of State\nGeorge ",
            1_000,
        );
        // Lists under plurals, coordinations and predicates.
        assert_linear("ministers including Jane Doe, John Roe and Ann Poe, ", 2_000);
        assert_linear("Jane Doe and John Roe, who will be deputy prime ministers, and Jane Doe was named ", 1_000);
    }

    #[test]
    fn a_line_break_inside_a_name_or_title_is_a_space_in_hard_wrapped_text() {
        let text = "The pound rose after remarks by the Chancellor of the Exchequer Nigel\nLawson, who said that the \
                    government\nwould hold rates, and Secretary of State George\nShultz agreed with him today.\n";
        let got: Vec<(&str, &str)> =
            extract(text).iter().map(|m| (m.person.text(text), m.title.unwrap().text(text))).collect();
        assert_eq!(got, [("Nigel\nLawson", "Chancellor of the Exchequer"), ("George\nShultz", "Secretary of State")]);
        // The span is an exact byte range that covers the line break.
        assert_eq!(extract(text)[0].span.text(text), "Chancellor of the Exchequer Nigel\nLawson");
        let text = "Officials in London said on Monday that the Chancellor of the\nExchequer Nigel Lawson would speak after the session.\n";
        assert_eq!(extract(text)[0].reads_as.as_deref(), Some("Chancellor of the Exchequer"));
    }

    #[test]
    fn a_line_break_still_ends_a_mention_at_a_blank_line_an_indent_or_in_unwrapped_text() {
        let wrapped = "Officials said on Monday that they had met with the Chancellor of the Exchequer Nigel\n\n";
        assert_eq!(extract(&format!("{wrapped}Lawson went home later that week to the north.\n"))[0].person.len(), 5);
        let indented = "Officials said on Monday that they had met with the Chancellor of the Exchequer Nigel\n    Lawson \
                        went home later that week, the officials said.\n";
        assert_eq!(extract(indented)[0].person.len(), 5);
        // A text written a paragraph per line: a line ends every mention.
        let paragraphs = format!("{}\nLawson left.\n", "Officials met the Chancellor of the Exchequer Nigel".repeat(3));
        assert!(extract(&paragraphs).iter().all(|m| !m.person.text(&paragraphs).contains('\n')));
    }

    #[test]
    fn short_titles_and_abbreviations_of_address() {
        let p = parts("PM Jane Doe met VP John Roe and Sen. Ann Poe, Rep. Bo Li and Gov. Al Fox.");
        let got: Vec<(&str, &str)> = p.iter().map(|x| (x.0, x.1)).collect();
        assert_eq!(
            got,
            [("Jane Doe", "PM"), ("John Roe", "VP"), ("Ann Poe", "Sen."), ("Bo Li", "Rep."), ("Al Fox", "Gov.")]
        );
        let m = extract("PM Jane Doe met them.");
        assert_eq!(m[0].reads_as.as_deref(), Some("prime minister"));
        assert_eq!(parts("said ex-PM Jane Doe")[0].3, Qualifier::Former);
        assert_eq!(parts("Secretary Doe said")[0].0, "Doe");
        assert_eq!(extract("the deputy PM Jane Doe said")[0].reads_as.as_deref(), Some("deputy prime minister"));
        // An hour is no title.
        assert!(extract("at 4 pm Jane Doe said").is_empty());
    }

    #[test]
    fn lower_case_titles_and_titles_before_a_comma() {
        assert_eq!(parts("said prime minister Jane Doe")[0].1, "prime minister");
        assert_eq!(parts("As finance minister, Jane Doe cut taxes.")[0].0, "Jane Doe");
        assert_eq!(parts("Norway's Foreign Minister, Jane Doe suggested talks.")[0].0, "Jane Doe");
        // "as <title>, <name> has said": the title ends an "as" phrase.
        assert!(parts("as he begins his second term as US President, Jane Doe has said.").is_empty());
    }

    #[test]
    fn party_and_parliamentary_posts_are_no_offices_of_state() {
        for (text, title, post) in [
            ("CDU leader Jane Doe said", "CDU leader", Post::Party),
            ("Liberal Party leader Jane Doe said", "Liberal Party leader", Post::Party),
            ("Far-right leader Jane Doe said", "Far-right leader", Post::Party),
            ("Coalition leader Jane Doe said", "Coalition leader", Post::Party),
            ("party leader Jane Doe said", "party leader", Post::Party),
            ("parliamentary group leader Jane Doe said", "parliamentary group leader", Post::Party),
            ("Jane Doe, leader of the SPD, said", "leader of the SPD", Post::Party),
            ("Speaker Jane Doe said", "Speaker", Post::Parliament),
            ("House Speaker Jane Doe said", "House Speaker", Post::Parliament),
            ("Majority Leader Jane Doe said", "Majority Leader", Post::Parliament),
            ("Senate Majority Leader Jane Doe said", "Senate Majority Leader", Post::Parliament),
            ("Bundestag President Jane Doe said", "Bundestag President", Post::Parliament),
            (
                "President of the National Assembly Jane Doe said",
                "President of the National Assembly",
                Post::Parliament,
            ),
            ("Senate Finance Committee Chair Jane Doe said", "Senate Finance Committee Chair", Post::Parliament),
            // A district before a member's title is no owner of it.
            ("said Manila Rep. Jane Doe today", "Rep.", Post::Parliament),
            ("said Leeds MP Jane Doe today", "MP", Post::Parliament),
            ("the Labour MP Jane Doe said", "MP", Post::Parliament),
            // A member's seat is part of the title; a title word ends it.
            ("Jane Doe, MP for Leeds Central, said", "MP for Leeds Central", Post::Parliament),
            (
                "MP for Bath and North East Somerset Jane Doe said",
                "MP for Bath and North East Somerset",
                Post::Parliament,
            ),
            // An abbreviation's modifiers agree in case among themselves:
            // "committee," is the sentence's, not the title's.
            ("the chair of the committee, Labour MP Jane Doe, said", "MP", Post::Parliament),
            ("the deputy PM Jane Doe said", "deputy PM", Post::State),
        ] {
            assert_eq!(posts(text), [("Jane Doe", title, post)], "{text}");
        }
        // The party's country comes with the party.
        assert_eq!(parts("CDU leader Jane Doe said")[0].2, Some("DE"));
        assert_eq!(parts("Liberal/National Coalition leader Jane Doe said")[0].2, Some("AU"));
        // A title word ends a member's seat, and starts a second post of hers.
        assert_eq!(
            posts("Jane Doe, MP for Leeds and Housing Minister, said no."),
            [("Jane Doe", "MP for Leeds", Post::Parliament), ("Jane Doe", "Housing Minister", Post::State)]
        );
    }

    #[test]
    fn subordinate_titles_and_bodies_titles_are_their_own() {
        assert_eq!(parts("Assistant Secretary of State Jane Doe said")[0].1, "Assistant Secretary of State");
        assert_eq!(parts("Under Secretary of State Jane Doe said")[0].1, "Under Secretary of State");
        assert_eq!(posts("Jane Doe, the governor of the Bank of Canada, said")[0].2, Post::Body);
        assert_eq!(posts("Secretary General of NATO, Jane Doe, said")[0].1, "Secretary General of NATO");
        assert_eq!(parts("Minister of Defence of Japan Jane Doe said")[0].2, Some("JP"));
        // A company's post is never an office.
        assert!(extract("said the president of Acme Corp, Jane Doe, today").is_empty());
        assert!(extract("Jane Doe, the president of Acme Corp, said").iter().all(|m| m.post != Post::State));
        assert!(extract("said Jane Doe, the chairman of the company").is_empty());
    }

    #[test]
    fn coordination_and_sentence_words_are_not_names() {
        assert_eq!(parts("talks on fishing for trade and Prime Minister Jane Doe")[0].1, "Prime Minister");
        assert!(parts("Meanwhile, the defence minister said").is_empty());
        assert!(parts("Whoever is the prime minister will decide").is_empty());
        assert_eq!(parts("Prime Minister Jane Doe Monday said")[0].0, "Jane Doe");
    }
}
