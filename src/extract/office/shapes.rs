//! The shapes of a mention: which words stand around a title and a name,
//! and in what order ("Defence Secretary Geoff Hoon", "Geoff Hoon, the
//! defence secretary", "Geoff Hoon was appointed defence secretary").

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::combinator::{opt, recognize, verify};

use super::name::{name, person};
use super::title::{jurisdiction_form, known_title, post_title, qualifier, qualifier_after_country};
use super::{Post, Qualifier, Raw, slice_between};
use crate::extract::cue::Class;
use crate::extract::lex::{Res, fail, sep};
use crate::extract::lexicon::Lexicon;
use crate::vocab::people;

/// `[qualifier] [the] [jurisdiction] [qualifier] post-title [, | —] name`.
pub(super) fn title_first<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
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
pub(super) fn name_first<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
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
pub(super) const BECOMING: &[&str] = &[
    " could be made",
    " could become",
    " may become",
    " might become",
    " will become",
    " would be made",
    " would become",
];

/// Whether `rest` (the text after a name) opens a modal of becoming.
pub(super) fn supposes_becoming(rest: &str) -> bool {
    BECOMING.iter().any(|m| rest.starts_with(m) && !rest[m.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// A person named by a title of address alone: "Mr Blair", "Ms. Hewitt",
/// "Dr Reid". No office: `normalise` takes it from an earlier mention.
pub(super) fn addressed<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let (i, _) = (|i| address_title(lx, i), opt(tag(".")), sep).parse(input)?;
    let (i, person) = name(lx, i)?;
    let whole = slice_between(input, input, person);
    Ok((i, Raw { whole, person, title: None, jurisdiction: None, qualifier: Qualifier::Current, post: Post::State }))
}

/// A title of address that stands for a person's name in later mentions
/// ("Mr", "Dr": [`people::Kinds::ADDRESS`]).
pub(super) fn address_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    verify(take_while_m_n(2, 4, |c: char| c.is_ascii_alphabetic()), |w: &str| {
        lx.class_of(w).any(Class::ADDRESS) && people::kinds(w).any(people::Kinds::ADDRESS)
    })
    .parse(input)
}

/// A comma, or a dash set off by spaces ("—", "–", "--", " - "), opening or
/// closing an aside.
pub(super) fn aside_mark(input: &str) -> Res<'_, &str> {
    alt((
        tag(","),
        recognize((opt(sep), alt((tag("—"), tag("–"), tag("--"))))),
        recognize((sep, tag("-"), nom::combinator::peek(sep))),
    ))
    .parse(input)
}

/// Whether `rest` closes an aside: end of text, punctuation, a dash, a line
/// end, or "said".
pub(super) fn closes_aside(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', ')', '\n', '\r', '—', '–'])
        || rest.starts_with(" said")
        || aside_mark(rest).is_ok()
}
