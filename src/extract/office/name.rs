//! People's names as news text writes them: capitalised words with
//! initials, particles and family names in capitals, honorifics and ranks
//! before them, and the claim files' own names.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::{opt, recognize, verify};

use super::{Raw, gap};
use crate::extract::cue::Class;
use crate::extract::lex::{Res, fail, sep};
use crate::extract::lexicon::Lexicon;
use crate::names;
use crate::vocab::{parties, people};

/// Capitalised words that never start or continue a person's name.
pub(crate) const NOT_NAMES: &[&str] = &[
    "A",
    "Across",
    "After",
    "Against",
    "Agency",
    "All",
    "Also",
    "Among",
    "An",
    "And",
    "Although",
    "As",
    "At",
    "Before",
    "Between",
    "But",
    "Cabinet",
    "Club",
    "Conservative",
    "Conservatives",
    "Council",
    "Democrat",
    "Democrats",
    "Department",
    "Despite",
    "During",
    "Earlier",
    "Following",
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
    "Later",
    "League",
    "Liberal",
    // Post-nominals: "Tom McCabe MSP" is Tom McCabe.
    "MEP",
    "MP",
    "MSP",
    "Meanwhile",
    "Meeting",
    "Ministry",
    "Now",
    "Office",
    "On",
    "Opposition",
    "Or",
    "Our",
    "Over",
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
    "Through",
    "To",
    "Today",
    "Tomorrow",
    "Tories",
    "Tory",
    "We",
    "When",
    "While",
    "Who",
    "Whatever",
    "Whichever",
    "With",
    "Within",
    "Without",
    "Whoever",
    "Yesterday",
];

/// A person's name with any honorifics or ranks before it: (the whole, as
/// spoken; the name). Which leading words are honorifics is decided by
/// [`names::honorific_words`], as for identity keys: "Gen. Nakatani" →
/// "Nakatani", but "Gen Nakatani" is a given and a family name.
pub(super) fn person<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, &'a str)> {
    let mut rest = input;
    for _ in 0..3 {
        match (|i| honorific(lx, i), opt(alt((tag("."), tag("'"), tag("’")))), gap).parse(rest) {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    if rest.len() == input.len() {
        // No honorific before the name: nothing to strip (the common case,
        // kept cheap: the name is parsed once, and a failure is final).
        let (after, spoken) = name(lx, input)?;
        return Ok((after, (spoken, spoken)));
    }
    let (after, _) = name(lx, rest).or_else(|_| name(lx, input))?;
    let spoken = &input[..input.len() - after.len()];
    let words: Vec<&str> = spoken.split_whitespace().collect();
    let skip = names::honorific_words(&words);
    let start = words.get(skip).map_or(0, |w| w.as_ptr() as usize - spoken.as_ptr() as usize);
    Ok((after, (spoken, &spoken[start..])))
}

/// A title of address, rank or honorific that may stand before a name,
/// as written ("Mr", "Gen", "Dato", "Tan"): which of them are stripped is
/// decided by [`names::honorific_words`].
pub(super) fn honorific<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    verify(take_while_m_n(2, 8, |c: char| c.is_ascii_alphabetic()), |w: &str| {
        lx.class_of(w).any(Class::HONORIFIC) && people::kinds(w).any(people::Kinds::LEADING)
    })
    .parse(input)
}

/// A person's name: one to five capitalised words (or capitalised family
/// names in capitals), with particles inside; or a longer name the claim
/// files know, written as they write it ("Ursula von der Leyen"). Stops
/// before a possessive.
pub(super) fn name<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
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
pub(super) fn possessive_inside(name: &str) -> bool {
    name.contains("'s ") || name.contains("’s ")
}

/// `name-word ([initial] | [particle] name-word){0,4}`; the first word may be
/// a country's name used as a given name when a name word follows ("Jordan
/// Bardella", "Israel Katz"), and a later one a month's name used as a
/// family name ("Theresa May", not "May 5").
pub(super) fn grammar_name<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let (mut rest, _) = name_word(lx, input)
        .or_else(|e| given_name_of_a_country(lx, input).map_err(|_| e))
        .or_else(|e| leading_bare_initial(lx, input).map_err(|_| e))?;
    for _ in 0..4 {
        // A bare initial inside a name, as British style writes it: "George W Bush".
        let bare_initial = recognize((
            gap,
            take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()),
            nom::combinator::peek((gap, |i| name_word(lx, i))),
        ));
        let later_word = alt((|i| name_word(lx, i), |i| month_as_family_name(lx, i)));
        // Up to two particles before a word: "de Gaulle", "von der Leyen".
        let particles = opt((particle, gap, opt((particle, gap))));
        // A nickname in quotes before the family name: 'Jane "JD" Doe'.
        let nickname = recognize((gap, quoted_nickname, nom::combinator::peek((gap, |i| name_word(lx, i)))));
        let attempt = alt((bare_initial, nickname, recognize((gap, particles, later_word)))).parse(rest);
        match attempt {
            Ok((r, _)) => rest = r,
            Err(_) => break,
        }
    }
    let name = &input[..input.len() - rest.len()];
    // An acronym before a full name is a party's or a body's: "PSL Jane
    // Doe" (a family name in capitals comes before a given name alone:
    // "ISHIBA Shigeru").
    let mut words = name.split_whitespace();
    let acronym = words.next().is_some_and(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()));
    if acronym && words.filter(|w| w.bytes().any(|b| b.is_ascii_lowercase())).count() >= 2 {
        return fail(input);
    }
    // Initials alone ("J.", "U.S.") are no name.
    if !name.split(|c: char| c.is_whitespace() || c == '.').any(|w| w.chars().count() > 1) {
        return fail(input);
    }
    Ok((rest, name))
}

/// A nickname in straight or curly quotes: "JD", ‘Jack’ — one or two
/// capitalised words.
fn quoted_nickname(input: &str) -> Res<'_, &str> {
    let (rest, open) = alt((tag("\""), tag("“"), tag("‘"))).parse(input)?;
    let close = match open {
        "“" => "”",
        "‘" => "’",
        _ => "\"",
    };
    let Some(end) = rest.find(close).filter(|&n| (2..=24).contains(&n)) else { return fail(input) };
    let inner = &rest[..end];
    let words_ok = inner.split(' ').count() <= 2
        && inner
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.'));
    if !words_ok {
        return fail(input);
    }
    Ok((&rest[end + close.len()..], &input[..open.len() + end + close.len()]))
}

/// A bare initial as the first word of a name, as South Asian news writes
/// a given name ("S Jaishankar"): only before a name word, and never "A"
/// or "I", which are words. Returns the input after the initial.
fn leading_bare_initial<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let (rest, initial) =
        verify(take_while_m_n(1, 1, |c: char| c.is_ascii_uppercase()), |w: &str| w != "A" && w != "I").parse(input)?;
    nom::combinator::peek((gap, |i| name_word(lx, i))).parse(rest)?;
    Ok((rest, initial))
}

/// A one-word country name or demonym that is also a given name ("Jordan",
/// "Israel", "Chad"), as the first word of a name: only when a name word
/// follows. Returns the input after the word.
pub(super) fn given_name_of_a_country<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
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

/// A month's name as a family name after a given name ("Theresa May",
/// "Brian June"): capitalised, and not before a number ("May 5").
pub(super) fn month_as_family_name<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let len = input.bytes().take(10).take_while(u8::is_ascii_alphabetic).count();
    let (word, rest) = input.split_at(len);
    // Tried after the last word of every name: the cheap tests first.
    if len < 3 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(input);
    }
    let month = crate::vocab::calendar::all()
        .iter()
        .any(|w| matches!(w.unit, crate::vocab::calendar::Unit::Month(_)) && w.word.eq_ignore_ascii_case(word));
    let before_number = sep(rest).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit()));
    if len < 3
        || !word.starts_with(|c: char| c.is_ascii_uppercase())
        || !title_word_case(word)
        || !month
        || before_number
    {
        return fail(input);
    }
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '\'')
        || lx.class_of(word).any(Class::NOT_NAME)
    {
        return fail(input);
    }
    Ok((rest, word))
}

/// "May", not "MAY" or "mAy".
fn title_word_case(word: &str) -> bool {
    word.chars().skip(1).all(|c| c.is_lowercase())
}

/// A lower-case word that may stand inside a name ("von", "bin").
pub(super) fn particle(input: &str) -> Res<'_, &str> {
    verify(take_while_m_n(2, 5, |c: char| c.is_ascii_lowercase()), |w: &str| {
        people::kinds(w).any(people::Kinds::PARTICLE)
    })
    .parse(input)
}

/// One word of a name: an initial ("J."), or a capitalised word
/// ("Kishida", "O'Brien", "Jean-Luc", "Shinjirō", "KISHIDA"), not a title,
/// portfolio, month or function word, and not a country.
pub(super) fn name_word<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    // "J." or, written together, "J.P.".
    let initial = recognize(nom::multi::many1_count((take_while_m_n(1, 1, |c: char| c.is_uppercase()), tag("."))));
    let word =
        verify(take_while_m_n(2, 30, |c: char| c.is_alphabetic() || c == '\'' || c == '’' || c == '-'), |w: &str| {
            let first = w.chars().next().is_some_and(|c| c.is_uppercase());
            let bare = w.strip_suffix(['\'', '’']).filter(|b| b.ends_with(['s', 'z', 'x'])).unwrap_or(w);
            first && !bare.ends_with(['-', '\'', '’']) && is_name_candidate(lx, bare)
        });
    // An Arabic article joined to the name: "al-Khatib", "el-Sisi".
    let article = recognize((
        alt((tag("al-"), tag("el-"))),
        verify(take_while_m_n(2, 30, char::is_alphabetic), |w: &str| w.starts_with(char::is_uppercase)),
    ));
    let (_, w) = alt((initial, article, word)).parse(input)?;
    // A possessive ends the name: "Kishida's" → "Kishida", and after a
    // sibilant the bare apostrophe: "Shultz'" → "Shultz".
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    let w = w.strip_suffix(['\'', '’']).unwrap_or(w);
    Ok((&input[w.len()..], w))
}

/// Whether a capitalised word may be a word of a name: not a title,
/// portfolio, full month or weekday name, function word or country.
pub(super) fn is_name_candidate(lx: &Lexicon, word: &str) -> bool {
    let bare = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    // One lookup in the lexicon: this runs for every word a name may start
    // at. Its classes ignore case; "not a name" and countries are
    // case-sensitive, so a hit there is confirmed as written.
    let class = lx.class_of(bare);
    let listed = class
        .any(Class::PORTFOLIO | Class::HEAD | Class::CALENDAR | Class::COMMON | Class::CHAMBER | Class::COMPANY)
        || (class.any(Class::NOT_NAME) && NOT_NAMES.contains(&bare))
        || (class.any(Class::JURISDICTION) && lx.jurisdiction_named(bare).is_some())
        || (class.any(Class::PARTY) && parties::all().iter().any(|p| p.name == bare));
    !listed
}

/// `raw` as a mention, or less of it or nothing when it stands in a Title
/// Case headline ([`is_headline`]), where every word is capitalised and a
/// verb reads like a name ("Defense Secretary Pushes Allies"): there each
/// word of the name must be written so, as a word, elsewhere in the text,
/// and nowhere in lower case. A title-first mention keeps the name's words
/// before the first that fails; a name-first one, whose title depends on
/// the whole name, is dropped.
pub(super) fn outside_headline<'a>(
    text: &'a str,
    words: &mut Option<TextWords<'a>>,
    mut raw: Raw<'a>,
) -> Option<Raw<'a>> {
    // The line the name stands on, if it is a headline's length: the
    // search for its ends is bounded, so the scan stays linear.
    const LONGEST: usize = 300;
    let bytes = text.as_bytes();
    let start = raw.person.as_ptr() as usize - text.as_ptr() as usize;
    let from = start.saturating_sub(LONGEST);
    let line_start = match memchr::memrchr(b'\n', &bytes[from..start]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return Some(raw),
    };
    let to = (start + LONGEST).min(text.len());
    let line_end = match memchr::memchr(b'\n', &bytes[start..to]) {
        Some(i) => start + i,
        None if to == text.len() => to,
        None => return Some(raw),
    };
    // A text of one line has no body to tell its names by; a line that
    // goes on from an unfinished one is a wrapped sentence's.
    let body = text.len() - (line_end - line_start);
    let previous = text[..line_start].trim_end_matches(['\n', '\r', ' ']);
    let continues = super::WRAPPED.get()
        && line_start > 0
        && !text[..line_start].ends_with("\n\n")
        && !text[..line_start].ends_with("\n\r\n")
        && !previous.ends_with(['.', '!', '?', ':', '"', '”', '\'', '’', ')']);
    let line = &text[line_start..line_end];
    // A wrapped sentence runs on to the next line: the line is indented as
    // a paragraph's first, ends with a lower-case word ("and"), or the next
    // line starts with one. A headline stands alone.
    let runs_on = super::WRAPPED.get()
        && text[line_end..].strip_prefix('\n').is_some_and(|next| {
            let next = next.trim_start_matches(' ');
            let last = line.trim_end().rsplit(' ').next().unwrap_or("");
            !next.is_empty()
                && !next.starts_with(['\n', '\r'])
                && (line.starts_with("  ")
                    || last.starts_with(|c: char| c.is_lowercase())
                    || next.starts_with(|c: char| c.is_lowercase()))
        });
    if line_end - line_start > LONGEST
        || body < 40
        || continues
        || runs_on
        || opens_with_dateline(line)
        || !is_headline(line)
    {
        return Some(raw);
    }
    let counts = words.get_or_insert_with(|| TextWords::of(text));
    let mut kept = 0;
    for w in raw.person.split_whitespace() {
        let w = w.trim_end_matches(['.', ',']);
        let initial = w.chars().count() <= 1;
        if !initial && !counts.named_elsewhere(w, &text[line_start..line_end]) {
            break;
        }
        kept = w.as_ptr() as usize - raw.person.as_ptr() as usize + w.len();
    }
    if kept == raw.person.len() {
        return Some(raw);
    }
    if kept == 0 || !raw.is_title_first() {
        return None;
    }
    let cut = raw.person.len() - kept;
    raw.person = &raw.person[..kept];
    raw.whole = &raw.whole[..raw.whole.len() - cut];
    Some(raw)
}

/// Whether `line` opens with a wire dateline ("WASHINGTON, March 31 -",
/// "SEOUL, Dec. 4 (Xinhua) --"): the place in capitals, a comma, and a dash
/// within the first 60 bytes. The story starts there; it is no headline.
fn opens_with_dateline(line: &str) -> bool {
    let line = line.trim_start();
    let place = line.split(',').next().unwrap_or("");
    let caps = place.len() >= 3
        && place.len() < line.len()
        && place.bytes().all(|b| b.is_ascii_uppercase() || b == b' ' || b == b'.' || b == b'-')
        && place.bytes().filter(u8::is_ascii_uppercase).count() >= 3;
    let mut cut = line.len().min(60);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    caps && (line[..cut].contains(" -") || line[..cut].contains('—'))
}

/// Whether `line` is a headline in Title Case: no sentence ends it, and
/// every word of four letters or more (at least three) is capitalised but
/// the prepositions Title Case leaves in lower case ("with", "from").
pub(super) fn is_headline(line: &str) -> bool {
    const SMALL: &[&str] = &["about", "after", "from", "into", "onto", "over", "than", "that", "upon", "with"];
    let line = line.trim_end();
    if line.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '\'', '’']) {
        return false;
    }
    // An item of a list ("• Jane Doe, Minister") is no headline.
    if line.trim_start().starts_with(['•', '-', '*', '·', '–', '—']) {
        return false;
    }
    let mut long = 0;
    for w in line.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| w.chars().count() >= 4) {
        if !w.starts_with(char::is_uppercase) && !SMALL.contains(&w) {
            return false;
        }
        long += 1;
    }
    (3..=30).contains(&long)
}

/// How often each word of a text stands in it, as written: counted once per
/// text, when its first headline needs it, so that telling a headline's
/// names costs one lookup per word.
#[derive(Debug, Default)]
pub(super) struct TextWords<'a> {
    counts: std::collections::HashMap<&'a str, u32>,
}

impl<'a> TextWords<'a> {
    fn of(text: &'a str) -> TextWords<'a> {
        // Words as prose writes them, punctuation trimmed; not the words of
        // web addresses and slugs ("/marco-rubio-confirmed").
        let mut counts = std::collections::HashMap::new();
        for token in text.split_whitespace().filter(|t| !t.contains(['/', '_', '@', '='])) {
            let w = token.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
            if !w.is_empty() {
                *counts.entry(w).or_insert(0) += 1;
            }
        }
        TextWords { counts }
    }

    /// Whether `word` stands, as written, somewhere in the text outside
    /// `line`, and nowhere in lower case.
    fn named_elsewhere(&self, word: &str, line: &str) -> bool {
        let lower = word.to_lowercase();
        if lower != word && self.counts.contains_key(lower.as_str()) {
            return false;
        }
        let in_line = line
            .split_whitespace()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
            .map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w))
            .filter(|w| *w == word)
            .count() as u32;
        self.counts.get(word).is_some_and(|&n| n > in_line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::office::extract;

    fn lx() -> &'static Lexicon {
        crate::extract::base_lexicon()
    }

    /// The names of every titled mention.
    fn names(text: &str) -> Vec<&str> {
        extract(text, lx()).into_iter().filter(|m| m.title.is_some()).map(|m| m.person.text(text)).collect()
    }

    #[test]
    fn a_quoted_nickname_an_arabic_article_and_an_acronym_before_a_name() {
        assert_eq!(names("Senator Jane \"JD\" Doe spoke."), ["Jane \"JD\" Doe"]);
        assert_eq!(names("Senator John “Jack” Roe spoke."), ["John “Jack” Roe"]);
        assert_eq!(names("Energy Minister Hisham al-Khatib spoke."), ["Hisham al-Khatib"]);
        // A party's acronym before a full name is no part of it; a family
        // name in capitals before a given name is.
        assert!(names("The leader of the party PSL Jane Doe is a deputy PM.").iter().all(|n| !n.contains("PSL")));
        assert_eq!(names("Prime Minister ISHIBA Shigeru spoke."), ["ISHIBA Shigeru"]);
    }

    #[test]
    fn verbs_adverbs_places_and_company_words_are_no_name_words() {
        assert_eq!(name(lx(), "Jane Doe Meets Allies"), Ok((" Meets Allies", "Jane Doe")));
        assert_eq!(name(lx(), "Kim Officially Arrested"), Ok((" Officially Arrested", "Kim")));
        assert!(name(lx(), "Quirinal Palace").is_ok_and(|(_, n)| n == "Quirinal"));
        assert!(name(lx(), "Acme Lines").is_ok_and(|(_, n)| n == "Acme"));
        // A name such words are part of in other languages' names stays whole.
        assert_eq!(name(lx(), "Theresa May said").map(|r| r.1), Ok("Theresa May"));
        assert_eq!(name(lx(), "Jane Doe May 5").map(|r| r.1), Ok("Jane Doe"));
        assert_eq!(name(lx(), "Mervyn King said").map(|r| r.1), Ok("Mervyn King"));
    }

    #[test]
    fn a_sibilants_bare_possessive_ends_a_name() {
        assert_eq!(name(lx(), "George Shultz' visit"), Ok(("' visit", "George Shultz")));
    }

    #[test]
    fn a_title_case_headline_names_only_whom_its_text_names() {
        let text = "Defense Secretary Pushes Allies In Manila\nThe defense secretary met allies, who pushes back, in Manila.\n";
        assert!(names(text).is_empty(), "{:?}", names(text));
        let text =
            "Defense Secretary Jane Doe Pushes Allies\nJane Doe met allies in Manila, who pushes back on trade.\n";
        assert_eq!(names(text), ["Jane Doe"]);
        // The same words in a sentence are read as written.
        assert_eq!(names("Defense Secretary Jane Doe met allies in Manila today."), ["Jane Doe"]);
    }

    #[test]
    fn what_is_and_is_not_a_headline() {
        assert!(is_headline("Defense Secretary Meets Allies In Manila"));
        assert!(is_headline("Minister Quits Over Row With Treasury"));
        assert!(!is_headline("Defense Secretary Jane Doe met allies in Manila."));
        assert!(!is_headline("Minister quits over row"));
        assert!(!is_headline("• Manila Rep. Jane Doe"));
        // A line a wrapped sentence goes on to is no headline either.
        let text = "He met the Secretary of State, and Commerce Secretary\nJohn Roe Baldwin Hartley Kemp\nwho spoke at length about the trade talks with Canada today.";
        let raws = extract(text, lx());
        assert!(raws.iter().any(|m| m.person.text(text).starts_with("John Roe")));
    }
}
