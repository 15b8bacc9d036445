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

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::combinator::{opt, recognize, verify};
use serde::Serialize;

use super::cue::{Class, Cues};
use super::lex::{Res, fail, next_char_boundary, next_word_start, sep, starts_word, word_start_at_or_after};
use super::lexicon::{Lexicon, title_case};
use crate::names;
use crate::span::Span;
use crate::vocab::countries::Jurisdiction;
use crate::vocab::{parties, people, titles};

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
    /// "Labour Party chairman"): not an office of state. The title keeps the party.
    Party,
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
/// mention's cue): three honorifics, a name of five words of at most 30
/// characters with particles, an aside ("who was appointed as the"), a
/// country, a qualifier, a party, "shadow" and five portfolio words, each
/// with its bounded spaces, come to about 1,000 bytes.
const CUE_REACH: usize = 1200;

/// [`extract`] over the shared pass's cues. Every mention contains a cue
/// (a title's head, a party post or a title of address), so a word with no
/// cue within [`CUE_REACH`] after it starts none, and the parsers are not
/// run there; where one is in reach, only the shapes the word can open are
/// tried.
pub fn extract_with(text: &str, cues: &Cues, lx: &Lexicon) -> Vec<OfficeMention> {
    LAST_CLASS.set((0, Class::NONE));
    let mut found = Vec::new();
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
            && let Some((after, raw)) = mention(lx, rest)
        {
            // A title-first mention another word owns or only describes is no
            // claim; it is still consumed whole, so that its tail ("general
            // Eliot Spitzer") is not read as a mention of its own.
            if !(raw.is_title_first() && not_a_naming(lx, text, pos)) {
                found.push(raw.into_mention(text, lx));
            }
            let consumed = rest.len() - after.len();
            pos += consumed.max(1);
            pos = next_char_boundary(text, pos);
            continue;
        }
        pos = next_word_start(text, pos);
    }
    found
}

/// Lower-case words a title-first mention may start with besides heads and
/// portfolio words (which the lexicon classes as such): the first words of
/// qualifiers ("former", "ex-", "then-", "would-be", "newly appointed"),
/// "the", "shadow" and "opposition".
pub(crate) const LOWER_STARTS: &[&str] = &[
    "acting",
    "current",
    "designate",
    "ex",
    "former",
    "future",
    "incoming",
    "newly",
    "opposition",
    "outgoing",
    "previous",
    "shadow",
    "the",
    "then",
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
fn not_a_naming(lx: &Lexicon, text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '\u{a0}']);
    if before.len() == pos {
        return false;
    }
    let start =
        before.rfind(|c: char| !(c.is_alphanumeric() || c == '-')).map_or(0, |i| next_char_boundary(before, i + 1));
    let word = &before[start..];
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return true;
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

/// One mention starting exactly at the start of `input`, in any shape.
///
/// A shape is tried only if the first word can open it: a title-first
/// mention opens with a qualifier, "the", a country, a party or a title word;
/// a name-first one with a capital; a mention by title of address with the
/// title.
fn mention<'a>(lx: &'a Lexicon, input: &'a str) -> Option<(&'a str, Raw<'a>)> {
    let class = first_class(lx, input);
    if class.any(Class::TITLE_START)
        && let Ok(found) = title_first(lx, input)
    {
        return Some(found);
    }
    if input.starts_with(char::is_uppercase)
        && let Ok(found) = name_first(lx, input)
    {
        return Some(found);
    }
    if class.any(Class::ADDRESS) { addressed(lx, input).ok() } else { None }
}

/// A mention before its spans are computed: slices of the text.
#[derive(Debug, PartialEq, Eq)]
struct Raw<'a> {
    whole: &'a str,
    person: &'a str,
    title: Option<&'a str>,
    jurisdiction: Option<(&'a str, &'a Jurisdiction)>,
    qualifier: Qualifier,
    post: Post,
}

impl Raw<'_> {
    /// Whether the title comes before the name ("Home Secretary Charles Clarke").
    fn is_title_first(&self) -> bool {
        self.title.is_some_and(|t| t.as_ptr() < self.person.as_ptr())
    }

    fn into_mention(self, text: &str, lx: &Lexicon) -> OfficeMention {
        let learned = self.post == Post::State
            && self.title.is_some_and(|t| grammar_title(lx, t).map_or(true, |(rest, _)| !rest.is_empty()));
        OfficeMention {
            learned,
            span: Span::of(text, self.whole),
            person: Span::of(text, self.person),
            title: self.title.map(|t| Span::of(text, t)),
            jurisdiction: self
                .jurisdiction
                .map(|(form, j)| JurisdictionMention { span: Span::of(text, form), code: j.code.clone() }),
            qualifier: self.qualifier,
            post: self.post,
        }
    }
}

/// `[qualifier] [the] [jurisdiction] [qualifier] post-title [, | —] name`.
fn title_first<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let (i, q1) = opt((|i| qualifier(lx, i), opt(sep))).parse(input)?;
    let (i, _) = opt((tag_no_case("the"), sep)).parse(i)?;
    let (i, juris) = opt((|i| jurisdiction_form(lx, i), sep)).parse(i)?;
    let (i, q2) = opt((|i| qualifier_after_country(lx, i), opt(sep))).parse(i)?;
    let greedy = post_title(lx, i);
    // A title the claim files name that starts with what reads as a
    // qualifier or a country ("UK Trade Minister", "Future Digital Economy
    // Minister", "New Deal Minister") is that title, when it reaches as far.
    let (after_the, _) = opt((tag_no_case("the"), sep)).parse(input)?;
    let prefixed = q1.is_some() || juris.is_some() || q2.is_some();
    let known = known_title(lx, after_the).ok().filter(|(rest, _)| {
        (prefixed || greedy.is_err()) && greedy.as_ref().map_or(true, |(g, _)| rest.len() <= g.len())
    });
    let (i, (title, post), q1, juris, q2) = match known {
        Some((rest, t)) => (rest, (t, Post::State), None, None, None),
        None => {
            let (i, found) = greedy?;
            (i, found, q1, juris, q2)
        }
    };
    let (i, of_juris) = opt((sep, tag("of"), sep, |i| jurisdiction_form(lx, i))).parse(i)?;
    let (i, aside) = opt(aside_mark).parse(i)?;
    let (i, _) = if aside.is_some() { opt(sep).parse(i)? } else { sep(i).map(|(i, s)| (i, Some(s)))? };
    let (i, (_, person)) = person(lx, i)?;
    // A post-nominal after the name ("Tom McCabe MSP") is not part of it.
    let (i, _) = opt((
        sep,
        alt((tag("MSP"), tag("MEP"), tag("MP"))),
        nom::combinator::not(nom::character::complete::alphanumeric1),
    ))
    .parse(i)?;
    // "Minister of Defense, Koizumi Shinjiro," — set off by a comma or a dash,
    // the name must close the aside, or "As Defense Minister, Kishida Said …"
    // style sentence starts would read as names.
    if aside.is_some() && !closes_aside(i) {
        return fail(i);
    }
    let jurisdiction = juris.map(|(j, _)| j).or(of_juris.map(|(_, _, _, j)| j));
    let qualifier = q2.or(q1).map(|(q, _)| q).unwrap_or_default();
    // "Chancellor Gordon Brown could become prime minister": a title said of
    // a future the sentence only supposes is not held now.
    let qualifier =
        if qualifier == Qualifier::Current && supposes_becoming(i) { Qualifier::Designate } else { qualifier };
    // The mention starts at its first meaningful word: a leading "the" is not part of it.
    let start = [q1.map(|_| input), juris.map(|(j, _)| j.0), q2.map(|_| title)].into_iter().flatten().next();
    let whole = slice_between(input, start.unwrap_or(title), person);
    Ok((i, Raw { whole, person, title: Some(title), jurisdiction, qualifier, post }))
}

/// `name, [the | who is | …] [jurisdiction] [qualifier] post-title` (the
/// aside set off by commas or dashes), or `name was appointed | was named |
/// became [as] [the] [jurisdiction] post-title`.
fn name_first<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let (i, (spoken, person)) = person(lx, input)?;
    // The aside's opening words: whether the title must close the aside
    // (an apposition does; a "who" clause may go on: "who was defence
    // minister until 2021"), and what they say of time ("who was" is the past).
    let opener = alt((
        tag("who is").map(|_| (false, None)),
        tag("who serves as").map(|_| (false, None)),
        tag("who was").map(|_| (false, Some(Qualifier::Former))),
        tag("the").map(|_| (true, None)),
        tag("now").map(|_| (true, None)),
    ));
    let apposition = (aside_mark, opt(sep), opt(opener)).map(|(_, _, opener)| opener.unwrap_or((true, None)));
    let appointment = (
        opt(aside_mark),
        sep,
        alt((
            tag("was appointed"),
            tag("was named"),
            tag("became"),
            tag("is now"),
            tag("has been named"),
            tag("who became"),
            tag("who was appointed"),
        )),
        opt((sep, tag("as"))),
        opt((sep, tag("the"))),
    )
        .map(|_| (false, None));
    let (i, (must_close, said_of_time)) = alt((appointment, apposition)).parse(i)?;
    let (i, _) = opt(sep).parse(i)?;
    let (i, juris) = opt((|i| jurisdiction_form(lx, i), sep)).parse(i)?;
    let (i, q) = opt((|i| qualifier_after_country(lx, i), opt(sep))).parse(i)?;
    let (i, (title, post)) = post_title(lx, i)?;
    // An apposition must end with the title: "X, the defense minister, said"
    // but not "X, the defense minister's aide"; no title goes on into a possessive.
    if (must_close && !closes_aside(i)) || i.starts_with("'s") || i.starts_with("’s") {
        return fail(i);
    }
    let whole = slice_between(input, spoken, title);
    let jurisdiction = juris.map(|(j, _)| j);
    let qualifier = q.map(|(q, _)| q).or(said_of_time).unwrap_or_default();
    Ok((i, Raw { whole, person, title: Some(title), jurisdiction, qualifier, post }))
}

/// Modal verbs of becoming after a name: "… would become", "… could be made".
const BECOMING: &[&str] = &[
    " could be made",
    " could become",
    " may become",
    " might become",
    " will become",
    " would be made",
    " would become",
];

/// Whether `rest` (the text after a name) opens a modal of becoming.
fn supposes_becoming(rest: &str) -> bool {
    BECOMING.iter().any(|m| rest.starts_with(m) && !rest[m.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// A person named by a title of address alone: "Mr Blair", "Ms. Hewitt",
/// "Dr Reid". No office: `normalise` takes it from an earlier mention.
fn addressed<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let (i, _) = (|i| address_title(lx, i), opt(tag(".")), sep).parse(input)?;
    let (i, person) = name(lx, i)?;
    let whole = slice_between(input, input, person);
    Ok((i, Raw { whole, person, title: None, jurisdiction: None, qualifier: Qualifier::Current, post: Post::State }))
}

/// A title of address that stands for a person's name in later mentions
/// ("Mr", "Dr": [`people::Kinds::ADDRESS`]).
fn address_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    verify(take_while_m_n(2, 4, |c: char| c.is_ascii_alphabetic()), |w: &str| {
        lx.class_of(w).any(Class::ADDRESS) && people::kinds(w).any(people::Kinds::ADDRESS)
    })
    .parse(input)
}

/// A comma, or a dash set off by spaces ("—", "–", "--", " - "), opening or
/// closing an aside.
fn aside_mark(input: &str) -> Res<'_, &str> {
    alt((
        tag(","),
        recognize((opt(sep), alt((tag("—"), tag("–"), tag("--"))))),
        recognize((sep, tag("-"), nom::combinator::peek(sep))),
    ))
    .parse(input)
}

/// Whether `rest` closes an aside: end of text, punctuation, a dash, a line
/// end, or "said".
fn closes_aside(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', ')', '\n', '\r', '—', '–'])
        || rest.starts_with(" said")
        || aside_mark(rest).is_ok()
}

/// A title with what kind of post it names: `party party-post` ("Tory
/// leader"), `[party] shadow title` ("Tory shadow chancellor", "shadow home
/// secretary"), or `[party] title` ("Labour Chancellor": the party word only
/// describes the holder of an office of state, and stays out of the title).
fn post_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, Post)> {
    // A title the claim files name that starts with a party word is that
    // title: "Labour Minister" is Germany's or Canada's labour minister.
    if let Ok((rest, t)) = known_title(lx, input)
        && party_form(lx, input).is_ok()
    {
        return Ok((rest, (t, Post::State)));
    }
    if let Ok((after_party, (party, _))) = (|i| party_form(lx, i), sep).parse(input) {
        if let Ok((rest, post)) = party_post(lx, after_party) {
            return Ok((rest, (slice_between(input, input, post), Post::Party)));
        }
        // A party's president: "Lib Dem president Simon Hughes", "the Liberal
        // Democrats' President Simon Hughes". A capitalised head after a bare
        // party adjective ("Republican President George W Bush") describes
        // the holder of the office of state instead.
        if let Ok((rest, post)) = party_president(after_party)
            && (post.starts_with(char::is_lowercase) || party.contains(['\'', '’']))
        {
            return Ok((rest, (slice_between(input, input, post), Post::Party)));
        }
        if let Ok((rest, t)) = shadow_title(lx, after_party) {
            return Ok((rest, (t, Post::Shadow)));
        }
        if let Ok((rest, t)) = title(lx, after_party) {
            return Ok((rest, (t, Post::State)));
        }
    }
    if let Ok((rest, t)) = shadow_title(lx, input) {
        return Ok((rest, (t, Post::Shadow)));
    }
    let (rest, t) = title(lx, input)?;
    Ok((rest, (t, Post::State)))
}

/// "president" or "vice president", at a word end, in a title's case.
fn party_president(input: &str) -> Res<'_, &str> {
    verify(alt((tag_no_case("vice president"), tag_no_case("vice-president"), tag_no_case("president"))), |w: &str| {
        consistent_case(w)
    })
    .parse(input)
    .and_then(|(rest, w)| {
        if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') { fail(input) } else { Ok((rest, w)) }
    })
}

/// `shadow title`, or `shadow [portfolio*] party-head` ("shadow spokesman").
fn shadow_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let post = alt((|i| title(lx, i), |i| party_post(lx, i)));
    recognize((verify(tag_no_case("shadow"), |w: &str| consistent_case(w)), sep, post)).parse(input)
}

/// A party name, with an optional possessive or "party": "Tory", "Labour's",
/// "Labour party", "opposition".
fn party_form<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    opens(lx, input, Class::PARTY_FIRST)?;
    for p in parties::all().iter().map(|p| p.name) {
        if let Some(rest) = input.strip_prefix(p)
            && !rest.starts_with(|c: char| c.is_alphanumeric())
        {
            // "Labour's", "Liberal Democrats'" (a plural's possessive), "Labour party".
            let (rest, _) = opt(alt((tag("'s"), tag("’s"), tag(" party"), tag("'"), tag("’")))).parse(rest)?;
            return Ok((rest, &input[..input.len() - rest.len()]));
        }
    }
    fail(input)
}

/// `portfolio* party-head`: "leader", "home affairs spokesman", "deputy leader".
fn party_post<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let portfolio = (|i| portfolio_word(lx, i), sep, opt((alt((tag("and"), tag("&"))), sep)));
    recognize((opt_repeat(4, portfolio), |i| party_head(lx, i))).parse(input)
}

fn party_head<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    title_word(lx, input, titles::of_kind(titles::Kind::PartyHead), Class::PARTY_HEAD_FIRST)
}

/// The first entry of `list` (lower case, longest first where one extends
/// another) that `input` opens, as a whole word written in a title's case.
/// `first` is the class every entry's first word has: one lookup rules out
/// the rest before the entries are tried.
fn title_word<'a>(lx: &'a Lexicon, input: &'a str, list: &[&str], first: Class) -> Res<'a, &'a str> {
    opens(lx, input, first)?;
    for &w in list {
        if let Ok((rest, matched)) = tag_no_case::<_, _, nom::error::Error<&str>>(w).parse(input)
            && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-')
            && consistent_case(matched)
        {
            return Ok((rest, matched));
        }
    }
    fail(input)
}

/// The slice of `base` from the start of `from` to the end of `to`.
fn slice_between<'a>(base: &'a str, from: &'a str, to: &'a str) -> &'a str {
    let b = base.as_ptr() as usize;
    let start = from.as_ptr() as usize - b;
    let end = to.as_ptr() as usize - b + to.len();
    &base[start..end]
}

/// Qualifier words and what they say, longest first where one extends
/// another ("then-" before "then"). "ex-" and "then-" glue to the next
/// word; the others end at a word boundary ("former", not "formerly").
pub(crate) const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("newly-appointed", Qualifier::Current),
    ("newly appointed", Qualifier::Current),
    ("designate", Qualifier::Designate),
    ("would-be", Qualifier::Designate),
    ("incoming", Qualifier::Designate),
    ("outgoing", Qualifier::Outgoing),
    ("the late", Qualifier::Former),
    ("current", Qualifier::Current),
    ("former", Qualifier::Former),
    ("previous", Qualifier::Former),
    ("acting", Qualifier::Acting),
    ("future", Qualifier::Designate),
    ("then-", Qualifier::Then),
    ("then", Qualifier::Then),
    ("ex-", Qualifier::Former),
];

/// A qualifier word ([`QUALIFIERS`]), in any case.
fn qualifier<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Qualifier> {
    opens(lx, input, Class::QUALIFIER_FIRST)?;
    let bytes = input.as_bytes();
    for &(word, q) in QUALIFIERS {
        let n = word.len();
        if bytes.len() >= n && bytes[..n].eq_ignore_ascii_case(word.as_bytes()) {
            let rest = &input[n..];
            if word.ends_with('-') || !rest.starts_with(char::is_alphanumeric) {
                return Ok((rest, q));
            }
        }
    }
    fail(input)
}

/// A qualifier where it follows a country: the words of [`qualifier`], and
/// "new" ("Japan's new defense minister"). Not before the country, where
/// "New" starts "New Zealand".
fn qualifier_after_country<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Qualifier> {
    let new = verify(tag_no_case("new"), |w: &str| consistent_case(w)).map(|_| Qualifier::Current);
    alt((|i| qualifier(lx, i), new))
        .parse(input)
        .and_then(|(rest, q)| if rest.starts_with(|c: char| c.is_alphanumeric()) { fail(input) } else { Ok((rest, q)) })
}

/// A jurisdiction form, with an optional possessive: "Japan's", "U.S.",
/// "British", "the Netherlands'".
fn jurisdiction_form<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, &'a Jurisdiction)> {
    opens(lx, input, Class::JURISDICTION_FIRST)?;
    let Some((form, j)) = lx.jurisdiction_prefix(input) else {
        return fail(input);
    };
    let rest = &input[form.len()..];
    // A plural name's possessive is a bare apostrophe: "the Netherlands' ".
    let plural = form.ends_with('s') && rest.starts_with(['\'', '’']) && !rest[1..].starts_with(char::is_alphanumeric);
    let (i, _) = if plural {
        alt((tag("'"), tag("’"))).parse(rest).map(|(i, a)| (i, Some(a)))?
    } else {
        opt(alt((tag("'s"), tag("’s")))).parse(rest)?
    };
    let (i, _) = opt(tag("-")).parse(i)?;
    Ok((i, (&input[..input.len() - i.len()], j)))
}

/// A title: the longer of `modifier* head complement*` (at most a handful
/// of words) and a title the claim files name ([`known_title`]).
fn title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    match (grammar_title(lx, input), known_title(lx, input)) {
        (Ok(g), Ok(k)) => Ok(if k.1.len() > g.1.len() { k } else { g }),
        (Ok(g), Err(_)) => Ok(g),
        (Err(_), known) => known,
    }
}

/// `modifier* head complement*`: a title as the grammar reads it, from the
/// base vocabulary's words alone.
fn grammar_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    recognize((
        opt_repeat(5, (|i| portfolio_word(lx, i), opt(tag(",")), sep, opt((alt((tag("and"), tag("&"))), sep)))),
        |i| head(lx, i),
        opt_repeat(2, |i| complement(lx, i)),
    ))
    .parse(input)
}

/// A title a claim file names, as written in the text ("Brexit Secretary",
/// "Chancellor of the Duchy of Lancaster"): whatever words it is made of.
fn known_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    opens(lx, input, Class::KNOWN_TITLE_FIRST)?;
    match lx.known_title_len(input) {
        Some(len) => Ok((&input[len..], &input[..len])),
        None => fail(input),
    }
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
fn head<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    title_word(lx, input, titles::of_kind(titles::Kind::Head), Class::HEAD_FIRST)
}

/// `of`/`for` + portfolio words joined by "and" or "&": "of State", "for
/// Foreign Affairs", "of the Exchequer", "for Work and Pensions".
fn complement<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    recognize((
        sep,
        alt((tag("of"), tag("for"))),
        sep,
        opt((tag("the"), sep)),
        |i| portfolio_word(lx, i),
        opt_repeat(
            4,
            (
                alt((
                    recognize((opt(tag(",")), sep, alt((tag("and"), tag("&"))), sep)),
                    recognize((opt(tag(",")), sep)),
                )),
                |i| portfolio_word(lx, i),
            ),
        ),
    ))
    .parse(input)
}

/// One portfolio word, capitalised or lower case (not "DEFENSE"-style shouting
/// mixed with lower case).
fn portfolio_word<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    verify(take_while_m_n(2, 20, |c: char| c.is_ascii_alphabetic()), |w: &str| {
        consistent_case(w) && lx.class_of(w).any(Class::PORTFOLIO)
    })
    .parse(input)
}

/// Whether a title word is written as a title is: "Minister", "minister",
/// "MINISTER", or "Prime Minister" — not "mInister".
fn consistent_case(word: &str) -> bool {
    word.split([' ', '-']).all(title_case)
}

/// Capitalised words that never start or continue a person's name.
pub(crate) const NOT_NAMES: &[&str] = &[
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
    "Club",
    "Conservative",
    "Conservatives",
    "Council",
    "Democrat",
    "Democrats",
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
    "League",
    "Liberal",
    // Post-nominals: "Tom McCabe MSP" is Tom McCabe.
    "MEP",
    "MP",
    "MSP",
    "Meanwhile",
    "Meeting",
    "Ministry",
    "Office",
    "On",
    "Opposition",
    "Or",
    "Our",
    "Party",
    "Republican",
    "Republicans",
    "Shadow",
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
    "Tories",
    "Tory",
    "We",
    "When",
    "While",
    "Who",
    "With",
];

/// A person's name with any honorifics or ranks before it: (the whole, as
/// spoken; the name). Which leading words are honorifics is decided by
/// [`names::honorific_words`], as for identity keys: "Gen. Nakatani" →
/// "Nakatani", but "Gen Nakatani" is a given and a family name.
fn person<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, &'a str)> {
    let mut rest = input;
    for _ in 0..3 {
        match (|i| honorific(lx, i), opt(alt((tag("."), tag("'"), tag("’")))), sep).parse(rest) {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    let (after, _) = name(lx, rest).or_else(|_| name(lx, input))?;
    let spoken = &input[..input.len() - after.len()];
    if rest.len() == input.len() {
        // No honorific before the name: nothing to strip (the common case, kept cheap).
        return Ok((after, (spoken, spoken)));
    }
    let words: Vec<&str> = spoken.split_whitespace().collect();
    let skip = names::honorific_words(&words);
    let start = words.get(skip).map_or(0, |w| w.as_ptr() as usize - spoken.as_ptr() as usize);
    Ok((after, (spoken, &spoken[start..])))
}

/// A title of address, rank or honorific that may stand before a name,
/// as written ("Mr", "Gen", "Dato", "Tan"): which of them are stripped is
/// decided by [`names::honorific_words`].
fn honorific<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    verify(take_while_m_n(2, 8, |c: char| c.is_ascii_alphabetic()), |w: &str| {
        lx.class_of(w).any(Class::HONORIFIC) && people::kinds(w).any(people::Kinds::LEADING)
    })
    .parse(input)
}

/// A person's name: one to five capitalised words (or capitalised family
/// names in capitals), with particles inside; or a longer name the claim
/// files know, written as they write it ("Ursula von der Leyen"). Stops
/// before a possessive.
fn name<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let grammar = grammar_name(lx, input);
    match (grammar, lx.known_name_len(input)) {
        (Ok((_, g)), Some(known)) if known > g.len() && !possessive_inside(&input[..known]) => {
            Ok((&input[known..], &input[..known]))
        }
        (Err(_), Some(known)) if !possessive_inside(&input[..known]) => Ok((&input[known..], &input[..known])),
        (grammar, _) => grammar,
    }
}

/// Whether a name's words run through a possessive ("Kishida's"): a name
/// ends there.
fn possessive_inside(name: &str) -> bool {
    name.contains("'s ") || name.contains("’s ")
}

/// `name-word ([initial] | [particle] name-word){0,4}`; the first word may be
/// a country's name used as a given name when a name word follows ("Jordan
/// Bardella", "Israel Katz").
fn grammar_name<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let (mut rest, _) = name_word(lx, input).or_else(|e| given_name_of_a_country(lx, input).map_err(|_| e))?;
    for _ in 0..4 {
        // A bare initial inside a name, as British style writes it: "George W Bush".
        let bare_initial = recognize((
            sep,
            take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
            nom::combinator::peek((sep, |i| name_word(lx, i))),
        ));
        let attempt = alt((bare_initial, recognize((sep, opt((particle, sep)), |i| name_word(lx, i))))).parse(rest);
        match attempt {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// A one-word country name or demonym that is also a given name ("Jordan",
/// "Israel", "Chad"), as the first word of a name: only when a name word
/// follows. Returns the input after the word.
fn given_name_of_a_country<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let len = input.bytes().take(31).take_while(u8::is_ascii_alphabetic).count();
    let word = &input[..len];
    let rest = &input[len..];
    let country_only = lx.jurisdiction_named(word).is_some()
        && !lx.class_of(word).any(Class::PORTFOLIO | Class::HEAD | Class::CALENDAR | Class::NOT_NAME);
    if len < 3 || !word.starts_with(|c: char| c.is_ascii_uppercase()) || !country_only {
        return fail(input);
    }
    (sep, |i| name_word(lx, i)).parse(rest)?;
    Ok((rest, word))
}

/// A lower-case word that may stand inside a name ("von", "bin").
fn particle(input: &str) -> Res<'_, &str> {
    verify(take_while_m_n(2, 5, |c: char| c.is_ascii_lowercase()), |w: &str| {
        people::kinds(w).any(people::Kinds::PARTICLE)
    })
    .parse(input)
}

/// One word of a name: an initial ("J."), or a capitalised word
/// ("Kishida", "O'Brien", "Jean-Luc", "Shinjirō", "KISHIDA"), not a title,
/// portfolio, month or function word, and not a country.
fn name_word<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let initial = recognize((take_while_m_n(1, 1, |c: char| c.is_uppercase()), tag(".")));
    let word =
        verify(take_while_m_n(2, 30, |c: char| c.is_alphabetic() || c == '\'' || c == '’' || c == '-'), |w: &str| {
            let first = w.chars().next().is_some_and(|c| c.is_uppercase());
            first && !w.ends_with(['-', '\'', '’']) && is_name_candidate(lx, w)
        });
    let (_, w) = alt((initial, word)).parse(input)?;
    // A possessive ends the name: "Kishida's" → "Kishida".
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    Ok((&input[w.len()..], w))
}

/// Whether a capitalised word may be a word of a name: not a title,
/// portfolio, full month or weekday name, function word or country.
fn is_name_candidate(lx: &Lexicon, word: &str) -> bool {
    let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    // One lookup in the lexicon: this runs for every word a name may start
    // at. Its classes ignore case; "not a name" and countries are
    // case-sensitive, so a hit there is confirmed as written.
    let class = lx.class_of(bare);
    let listed = class.any(Class::PORTFOLIO | Class::HEAD | Class::CALENDAR)
        || (class.any(Class::NOT_NAME) && NOT_NAMES.contains(&bare))
        || (class.any(Class::JURISDICTION) && lx.jurisdiction_named(bare).is_some());
    !listed
}

#[cfg(test)]
mod tests {
    use super::*;

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
        super::title(lx(), input)
    }

    fn name(input: &str) -> Res<'_, &str> {
        super::name(lx(), input)
    }

    #[test]
    fn every_position_a_mention_parses_at_has_its_cue_in_reach() {
        let mut texts: Vec<String> = [
            "Jean-Baptiste Marie-Claude de la Fontaine-Villeneuve, who was appointed as the United States of \
             America's acting Secretary of State for Foreign and Commonwealth Affairs, spoke.",
            "The late former Liberal Democrats' shadow home affairs, justice and equalities spokesman Sir Alan \
             Beith and Mr Blair met the newly appointed U.S. Vice-President.",
            "Lt Gen Sir Mike Jackson-Smythe, the Conservative Party's deputy leader, and ex-Prime Minister Kishida.",
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
    fn qualifiers_before_and_after_the_country() {
        assert_eq!(parts("the sentiment of former President Trump, regarding")[0].3, Qualifier::Former);
        let t = "then-Prime Minister Shinzo Abe said";
        assert_eq!(parts(t), [("Shinzo Abe", "Prime Minister", None, Qualifier::Then)]);
        let t = "Japan's former defense minister Taro Kono said";
        assert_eq!(parts(t), [("Taro Kono", "defense minister", Some("JP"), Qualifier::Former)]);
        assert_eq!(parts("acting President Jane Roe spoke")[0].3, Qualifier::Acting);
        assert_eq!(parts("the attempt of previous President Jane Roe to")[0].3, Qualifier::Former);
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

    /// Seconds to extract from `unit` repeated `n` times.
    fn seconds(unit: &str, n: usize) -> f64 {
        let text = unit.repeat(n);
        let t = std::time::Instant::now();
        let found = extract(&text);
        assert!(found.len() <= text.split_whitespace().count());
        t.elapsed().as_secs_f64()
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
    }
}
