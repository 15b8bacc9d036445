//! Titles: `portfolio* head complement*` from the base vocabulary, the
//! claim files' own titles, and the words around them that say whose post
//! it is and when (a party, "shadow", a country, a qualifier).

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n};
use nom::combinator::{opt, recognize, verify};

use super::{Post, Qualifier, opens, opt_repeat, slice_between};
use crate::extract::cue::Class;
use crate::extract::lex::{Res, fail, sep};
use crate::extract::lexicon::{Lexicon, title_case};
use crate::vocab::countries::Jurisdiction;
use crate::vocab::{parties, titles};

/// A title with what kind of post it names: `party party-post` ("Tory
/// leader"), `[party] shadow title` ("Tory shadow chancellor", "shadow home
/// secretary"), or `[party] title` ("Labour Chancellor": the party word only
/// describes the holder of an office of state, and stays out of the title).
pub(super) fn post_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, Post)> {
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
pub(super) fn party_president(input: &str) -> Res<'_, &str> {
    verify(alt((tag_no_case("vice president"), tag_no_case("vice-president"), tag_no_case("president"))), |w: &str| {
        consistent_case(w)
    })
    .parse(input)
    .and_then(|(rest, w)| {
        if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') { fail(input) } else { Ok((rest, w)) }
    })
}

/// `shadow title`, or `shadow [portfolio*] party-head` ("shadow spokesman").
pub(super) fn shadow_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let post = alt((|i| title(lx, i), |i| party_post(lx, i)));
    recognize((verify(tag_no_case("shadow"), |w: &str| consistent_case(w)), sep, post)).parse(input)
}

/// A party name, with an optional possessive or "party": "Tory", "Labour's",
/// "Labour party", "opposition".
pub(super) fn party_form<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
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
pub(super) fn party_post<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let portfolio = (|i| portfolio_word(lx, i), sep, opt((alt((tag("and"), tag("&"))), sep)));
    recognize((opt_repeat(4, portfolio), |i| party_head(lx, i))).parse(input)
}

pub(super) fn party_head<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    title_word(lx, input, titles::of_kind(titles::Kind::PartyHead), Class::PARTY_HEAD_FIRST)
}

/// The first entry of `list` (lower case, longest first where one extends
/// another) that `input` opens, as a whole word written in a title's case.
/// `first` is the class every entry's first word has: one lookup rules out
/// the rest before the entries are tried.
pub(super) fn title_word<'a>(lx: &'a Lexicon, input: &'a str, list: &[&str], first: Class) -> Res<'a, &'a str> {
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
    ("acting", Qualifier::Acting),
    ("future", Qualifier::Designate),
    ("then-", Qualifier::Then),
    ("then", Qualifier::Then),
    ("ex-", Qualifier::Former),
];

/// A qualifier word ([`QUALIFIERS`]), in any case.
pub(super) fn qualifier<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Qualifier> {
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
pub(super) fn qualifier_after_country<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Qualifier> {
    let new = verify(tag_no_case("new"), |w: &str| consistent_case(w)).map(|_| Qualifier::Current);
    alt((|i| qualifier(lx, i), new))
        .parse(input)
        .and_then(|(rest, q)| if rest.starts_with(|c: char| c.is_alphanumeric()) { fail(input) } else { Ok((rest, q)) })
}

/// A jurisdiction form, with an optional possessive: "Japan's", "U.S.",
/// "British", "the Netherlands'".
pub(super) fn jurisdiction_form<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, &'a Jurisdiction)> {
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
pub(super) fn title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    match (grammar_title(lx, input), known_title(lx, input)) {
        (Ok(g), Ok(k)) => Ok(if k.1.len() > g.1.len() { k } else { g }),
        (Ok(g), Err(_)) => Ok(g),
        (Err(_), known) => known,
    }
}

/// `modifier* head complement*`: a title as the grammar reads it, from the
/// base vocabulary's words alone.
pub(super) fn grammar_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    recognize((
        opt_repeat(5, (|i| portfolio_word(lx, i), opt(tag(",")), sep, opt((alt((tag("and"), tag("&"))), sep)))),
        |i| head(lx, i),
        opt_repeat(2, |i| complement(lx, i)),
    ))
    .parse(input)
}

/// A title a claim file names, as written in the text ("Brexit Secretary",
/// "Chancellor of the Duchy of Lancaster"): whatever words it is made of.
pub(super) fn known_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    opens(lx, input, Class::KNOWN_TITLE_FIRST)?;
    match lx.known_title_len(input) {
        Some(len) => Ok((&input[len..], &input[..len])),
        None => fail(input),
    }
}

/// A title's head word ("Minister", "Prime Minister").
pub(super) fn head<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    title_word(lx, input, titles::of_kind(titles::Kind::Head), Class::HEAD_FIRST)
}

/// `of`/`for` + portfolio words joined by "and" or "&": "of State", "for
/// Foreign Affairs", "of the Exchequer", "for Work and Pensions".
pub(super) fn complement<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
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
pub(super) fn portfolio_word<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    verify(take_while_m_n(2, 20, |c: char| c.is_ascii_alphabetic()), |w: &str| {
        consistent_case(w) && lx.class_of(w).any(Class::PORTFOLIO)
    })
    .parse(input)
}

/// Whether a title word is written as a title is: "Minister", "minister",
/// "MINISTER", or "Prime Minister" — not "mInister".
pub(super) fn consistent_case(word: &str) -> bool {
    word.split([' ', '-']).all(title_case)
}
