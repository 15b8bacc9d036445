//! Titles: `portfolio* head complement* [of body]` from the base vocabulary,
//! the claim files' own titles, and the words around them that say whose
//! post it is and when (a party, a legislature, "shadow", a country, a body,
//! a qualifier).

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::{opt, recognize, verify};

use super::{Post, Qualifier, Reading, ci, gap, opens, opt_repeat, slice_between};
use crate::extract::cue::Class;
use crate::extract::lex::{Res, fail, sep};
use crate::extract::lexicon::{Lexicon, title_case};
use crate::vocab::countries::Jurisdiction;
use crate::vocab::titles::{Flags, TitleWord};
use crate::vocab::{bodies, parties, titles};

/// A title as a mention uses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Title<'a> {
    /// The title as written: "Defence Secretary", "leader of the CDU",
    /// "governor of the Bank of Canada".
    pub text: &'a str,
    pub post: Post,
    /// How the words read where they are not a title as written ("PM").
    pub reads: Reading<'a>,
    /// The party a party post names, with its country, when it has one.
    pub party: Option<(&'a str, &'a Jurisdiction)>,
    /// The country an "of" after the title names ("Prime Minister of
    /// Japan"): not part of the title.
    pub country: Option<(&'a str, &'a Jurisdiction)>,
    /// A company's post ("chairman of Acme Corp"): never an office.
    pub company: bool,
    /// A head that is a title only with its body ("head of the Free
    /// Democrats"): read before a name only when a comma sets the name off.
    pub scoped: bool,
    /// A head that needs a country or portfolio words before it ("his US
    /// counterpart"), written without them: a title only after a country.
    pub bare_modified: bool,
    /// A head that is also an adjective ("premier"): no noun may follow it.
    pub adjective: bool,
    /// A post with one holder at a time, in the plural ("Presidents").
    pub single: bool,
}

impl<'a> Title<'a> {
    pub(super) fn of(text: &'a str, post: Post) -> Title<'a> {
        Title {
            text,
            post,
            reads: Reading::AsWritten,
            party: None,
            country: None,
            company: false,
            scoped: false,
            bare_modified: false,
            adjective: false,
            single: false,
        }
    }
}

/// A title with what kind of post it names: `party party-post` ("Tory
/// leader"), `[party] shadow title` ("Tory shadow chancellor", "shadow home
/// secretary"), `chamber [portfolio*] head` ("House Speaker", "Senate
/// Finance Committee Chair"), `party-post of party` ("leader of the CDU"),
/// or `[party] title [of body]` ("Labour Chancellor": the party word only
/// describes the holder of an office of state, and stays out of the title).
pub(super) fn post_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    // A title the claim files name that starts with a party word is that
    // title: "Labour Minister" is Germany's or Canada's labour minister.
    let party = if first_class(lx, input).any(Class::PARTY_FIRST) { party_form(lx, input).ok() } else { None };
    if let Some((_, (form, p))) = party {
        if let Ok((rest, t)) = known_title(lx, input) {
            return Ok((rest, Title::of(t, Post::State)));
        }
        if let Ok((after_party, _)) = sep(form_rest(input, form)) {
            let party = p.and_then(|code| lx.jurisdiction(code)).map(|j| (form, j));
            if let Ok((rest, post)) = party_post(lx, after_party) {
                let text = slice_between(input, input, post);
                return Ok((rest, Title { party, ..Title::of(text, Post::Party) }));
            }
            // A party's president: "Lib Dem president Simon Hughes", "the Liberal
            // Democrats' President Simon Hughes". A capitalised head after a bare
            // party adjective ("Republican President George W Bush") describes
            // the holder of the office of state instead.
            if let Ok((rest, post)) = party_president(after_party)
                && (post.starts_with(char::is_lowercase) || form.contains(['\'', '’']))
            {
                let text = slice_between(input, input, post);
                return Ok((rest, Title { party, ..Title::of(text, Post::Party) }));
            }
            if let Ok((rest, t)) = shadow_title(lx, after_party) {
                return Ok((rest, Title::of(t, Post::Shadow)));
            }
            if let Ok(found) = scoped_title(lx, after_party) {
                return Ok(found);
            }
        }
    }
    if let Ok((rest, t)) = shadow_title(lx, input) {
        return Ok((rest, Title::of(t, Post::Shadow)));
    }
    // A claim-file title that reads as far wins over a legislature's or a
    // party's post ("Treasurer of HM Household (Deputy Chief Whip)").
    let known = known_title(lx, input).ok();
    let beaten = |rest: &str| known.is_some_and(|(krest, _)| krest.len() <= rest.len());
    if let Ok((rest, t)) = chamber_title(lx, input)
        && !beaten(rest)
    {
        return Ok((rest, Title::of(t, Post::Parliament)));
    }
    if let Ok((rest, t)) = party_post_of(lx, input)
        && !beaten(rest)
    {
        return Ok((rest, t));
    }
    scoped_title(lx, input)
}

/// The rest of `input` after `form`, a prefix of it.
fn form_rest<'a>(input: &'a str, form: &str) -> &'a str {
    &input[form.len()..]
}

/// `title [of body]`: a title of state, a legislature's post ("Speaker"),
/// or a body's; a title the claim files name as far as it reaches.
pub(super) fn scoped_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    let grammar = grammar_title_parts(lx, input);
    let known = known_title(lx, input);
    let Ok((after, parts)) = grammar else {
        let (rest, t) = known?;
        return Ok((rest, Title::of(t, Post::State)));
    };
    let mut title =
        Title::of(parts.text, if parts.head.flags.any(Flags::HOUSE) { Post::Parliament } else { Post::State });
    title.bare_modified = parts.bare_modified;
    title.adjective = parts.head.flags.any(Flags::ADJECTIVE);
    if let Some(means) = parts.head.means {
        title.reads = Reading::Replace(parts.head_text, means);
    }
    // A complement may have taken a body's first words ("President of the
    // National Assembly"): the body read from the head wins when it reaches
    // further. A head that needs its body takes no complement ("head of
    // Trade Policy" is no title).
    let scoped = parts.head.flags.any(Flags::SCOPED);
    title.scoped = scoped;
    let mut after = if scoped { parts.after_head } else { after };
    if scoped {
        title.text = &input[..input.len() - after.len()];
    }
    let mut body = of_body(lx, after);
    if !scoped
        && parts.complemented
        && let Ok((r, b)) = of_body(lx, parts.after_head)
        && body.as_ref().map_or(true, |(r0, _)| r.len() < r0.len())
    {
        after = parts.after_head;
        title.text = &input[..input.len() - after.len()];
        body = Ok((r, b));
    }
    let mut rest = after;
    match body {
        Ok((_, Body::Country(..))) if scoped => return fail(input),
        Ok((r, Body::Country(form, j))) => {
            title.country = Some((form, j));
            rest = r;
        }
        Ok((r, body)) => {
            title.text = slice_between(input, input, body_text(after, r));
            rest = r;
            match body {
                Body::Party(form, j) => {
                    title.post = Post::Party;
                    title.party = j.map(|j| (form, j));
                }
                Body::Of(bodies::Kind::Government) => {}
                Body::Of(bodies::Kind::Legislature) => title.post = Post::Parliament,
                Body::Of(bodies::Kind::Organisation) => title.post = Post::Body,
                Body::Of(bodies::Kind::Company) => title.company = true,
                Body::Abbreviation => {
                    title.post = Post::Body;
                    title.scoped = true;
                }
                Body::Country(..) => unreachable!("handled above"),
            }
        }
        // A head that is a title only with its body ("head of the …").
        Err(_) if scoped => return fail(input),
        Err(_) => {}
    }
    // A claim-file title that reaches as far or further is that title.
    if let Ok((krest, k)) = known
        && krest.len() <= rest.len()
    {
        (rest, title) = (krest, Title::of(k, Post::State));
    }
    // "president and CEO of Habib Bank", "vice president in charge of
    // spot trading", "senior vice president": a company's post.
    title.company |=
        and_a_company_post(rest) || title.text.get(..12).is_some_and(|t| t.eq_ignore_ascii_case("senior vice "));
    Ok((rest, title))
}

/// Whether " and CEO", " and chief executive" or another post only a
/// company has follows a title.
fn and_a_company_post(rest: &str) -> bool {
    const POSTS: &[&str] = &[
        "CEO",
        "CFO",
        "COO",
        "chief executive",
        "chief financial officer",
        "chief operating officer",
        "co-founder",
        "director of",
        "general manager",
        "managing director",
    ];
    let rest = rest.trim_start_matches(',');
    if rest.starts_with(" in charge of") {
        return true;
    }
    let Some(after) = rest.strip_prefix(" and ") else { return false };
    POSTS.iter().any(|post| {
        after.get(..post.len()).is_some_and(|w| w.eq_ignore_ascii_case(post))
            && !after[post.len()..].starts_with(char::is_alphanumeric)
    })
}

/// The slice of `after` up to `rest` (a suffix of it): what a production read.
fn body_text<'a>(after: &'a str, rest: &'a str) -> &'a str {
    &after[..after.len() - rest.len()]
}

/// "president" or "vice president", at a word end, in a title's case.
pub(super) fn party_president(input: &str) -> Res<'_, &str> {
    verify(alt((ci("vice president"), ci("vice-president"), ci("president"))), |w: &str| consistent_case(w))
        .parse(input)
        .and_then(
            |(rest, w)| {
                if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') { fail(input) } else { Ok((rest, w)) }
            },
        )
}

/// `shadow title`, or `shadow [portfolio*] party-head` ("shadow spokesman").
pub(super) fn shadow_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    if !input.get(..6).is_some_and(|w| w.eq_ignore_ascii_case("shadow")) {
        return fail(input);
    }
    let post = alt((|i| title(lx, i), |i| party_post(lx, i)));
    recognize((verify(ci("shadow"), |w: &str| consistent_case(w)), sep, post)).parse(input)
}

/// `chamber [portfolio* ] head`: a post in a legislature named with it
/// ("House Speaker", "Senate Majority Leader", "Bundestag President",
/// "Senate Finance Committee Chair").
pub(super) fn chamber_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    opens(lx, input, Class::CHAMBER_FIRST)?;
    let chamber = |i| title_word(lx, i, titles::of_kind(titles::Kind::Chamber), Class::CHAMBER_FIRST);
    let portfolio = (|i| portfolio_word(lx, i), gap);
    let post = alt((|i| head(lx, i), |i| party_head(lx, i)));
    let (rest, text) = recognize((chamber, gap, opt_repeat(3, portfolio), post)).parse(input)?;
    // The chamber and the head are written alike: "House Speaker", "house
    // speaker", but not "house Speaker".
    if text.starts_with(char::is_lowercase) && text.split_whitespace().any(|w| w.starts_with(char::is_uppercase)) {
        return fail(input);
    }
    Ok((rest, text))
}

/// A party name, with an optional bracketed abbreviation, possessive or
/// "party": "Tory", "Labour's", "Labour party", "opposition", "Christian
/// Democratic Union (CDU)". Returns the form and the party's country code.
pub(super) fn party_form<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, Option<&'static str>)> {
    opens(lx, input, Class::PARTY_FIRST)?;
    let Some(&first) = input.as_bytes().first() else { return fail(input) };
    for p in parties::starting_with(first) {
        if let Some(rest) = strip_party_name(input, p.name)
            && !rest.starts_with(|c: char| c.is_alphanumeric())
            && !(rest.starts_with('-') && rest[1..].starts_with(char::is_alphanumeric))
        {
            // "Christian Democratic Union (CDU)": the abbreviation in brackets.
            let (rest, _) =
                opt((sep, tag("("), take_while_m_n(2, 8, |c: char| c.is_alphanumeric()), tag(")"))).parse(rest)?;
            // "Labour's", "Liberal Democrats'" (a plural's possessive), "Labour party".
            let (rest, _) = opt(alt((tag("'s"), tag("’s"), tag(" party"), tag("'"), tag("’")))).parse(rest)?;
            return Ok((rest, (&input[..input.len() - rest.len()], p.jurisdiction)));
        }
    }
    fail(input)
}

/// `input` after a party's name, as written or with its last word "Party"
/// in lower case ("the federal Liberal party"), as news often writes it.
fn strip_party_name<'a>(input: &'a str, name: &str) -> Option<&'a str> {
    if let Some(rest) = input.strip_prefix(name) {
        return Some(rest);
    }
    let stem = name.strip_suffix("Party")?;
    input.strip_prefix(stem)?.strip_prefix("party")
}

/// `portfolio* party-head`: "leader", "home affairs spokesman", "deputy leader".
pub(super) fn party_post<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let portfolio = (|i| portfolio_word(lx, i), sep, opt((alt((tag("and"), tag("&"))), sep)));
    recognize((opt_repeat(4, portfolio), |i| party_head(lx, i))).parse(input)
}

/// A party post with no party before it: one that names its party after
/// it ("leader of the CDU", "deputy leader of the Labour Party", "leader of
/// the opposition", "Leader of the House"), or one that says it is a
/// party's ("party leader", "parliamentary group leader").
pub(super) fn party_post_of<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    // "party chairman", "parliamentary group leader": words that say the
    // post is a party's.
    let own = |i| alt((ci("party"), ci("parliamentary"), ci("group"))).parse(i);
    let (after, post) = recognize((opt_repeat(2, (own, gap)), |i| party_post(lx, i))).parse(input)?;
    if let Ok((rest, body)) = of_body(lx, after) {
        let text = slice_between(input, input, body_text(after, rest));
        return match body {
            Body::Party(form, j) => Ok((rest, Title { party: j.map(|j| (form, j)), ..Title::of(text, Post::Party) })),
            Body::Of(bodies::Kind::Legislature) => Ok((rest, Title::of(text, Post::Parliament))),
            Body::Country(form, j) => Ok((rest, Title { country: Some((form, j)), ..Title::of(post, Post::Party) })),
            Body::Of(bodies::Kind::Government) => Ok((rest, Title::of(text, Post::State))),
            Body::Of(bodies::Kind::Organisation) => Ok((rest, Title::of(text, Post::Body))),
            Body::Of(bodies::Kind::Company) => Ok((rest, Title { company: true, ..Title::of(text, Post::Body) })),
            Body::Abbreviation => Ok((rest, Title { scoped: true, ..Title::of(text, Post::Body) })),
        };
    }
    let owned = ["party", "parliamentary", "group"];
    if owned.iter().any(|w| post.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w))) && consistent_case(post) {
        return Ok((after, Title::of(post, Post::Party)));
    }
    fail(input)
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
        if let Some((rest, matched)) = phrase_at(input, w) {
            return Ok((rest, matched));
        }
    }
    fail(input)
}

/// `phrase` (lower case; its spaces may be any [`gap`]) at the start of
/// `input`, as a whole word in a title's case.
fn phrase_at<'a>(input: &'a str, phrase: &str) -> Option<(&'a str, &'a str)> {
    let mut rest = input;
    for (i, word) in phrase.split(' ').enumerate() {
        if i > 0 {
            rest = gap(rest).ok()?.0;
        }
        let head = rest.get(..word.len())?;
        if !head.eq_ignore_ascii_case(word) {
            return None;
        }
        rest = &rest[word.len()..];
    }
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let matched = &input[..input.len() - rest.len()];
    (consistent_case(matched) && uniform_case(matched)).then_some((rest, matched))
}

/// Whether the words of a phrase are capitalised alike: all, none, or only
/// the first ("Prime Minister", "prime minister", "Prime minister") — not
/// "under Secretary", where a sentence's word meets a title.
fn uniform_case(phrase: &str) -> bool {
    let mut words = phrase.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return true };
    let first_upper = first.starts_with(char::is_uppercase);
    let mut rest = words.map(|w| w.starts_with(char::is_uppercase));
    match rest.next() {
        None => true,
        Some(second) => (second == first_upper || first_upper) && rest.all(|u| u == second),
    }
}

/// Qualifier words and what they say, longest first where one extends
/// another ("then-" before "then"). "ex-" and "then-" glue to the next
/// word; the others end at a word boundary ("former", not "formerly").
pub(crate) const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("democratically elected", Qualifier::Current),
    ("democratically-elected", Qualifier::Current),
    ("popularly elected", Qualifier::Current),
    ("immediate past", Qualifier::Former),
    ("previously", Qualifier::Former),
    ("formerly", Qualifier::Former),
    ("newly-appointed", Qualifier::Current),
    ("newly appointed", Qualifier::Current),
    ("newly-elected", Qualifier::Current),
    ("newly elected", Qualifier::Current),
    ("overthrown", Qualifier::Former),
    ("elected", Qualifier::Designate),
    ("designate", Qualifier::Designate),
    ("caretaker", Qualifier::Acting),
    ("would-be", Qualifier::Designate),
    ("incoming", Qualifier::Designate),
    ("outgoing", Qualifier::Outgoing),
    ("previous", Qualifier::Former),
    ("the late", Qualifier::Former),
    ("deposed", Qualifier::Former),
    ("toppled", Qualifier::Former),
    ("current", Qualifier::Current),
    ("interim", Qualifier::Acting),
    ("sitting", Qualifier::Current),
    ("former", Qualifier::Former),
    ("acting", Qualifier::Acting),
    ("ousted", Qualifier::Former),
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
    let new = verify(ci("new"), |w: &str| consistent_case(w)).map(|_| Qualifier::Current);
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
    grammar_title_parts(lx, input).map(|(rest, parts)| (rest, parts.text))
}

/// A title as the grammar reads it, with its head.
#[derive(Clone, Copy, Debug)]
pub(super) struct Parts<'a> {
    pub text: &'a str,
    /// The head as written ("PM", "Minister").
    pub head_text: &'a str,
    pub head: &'static TitleWord,
    /// Whether an `of`/`for` complement follows the head ("Secretary of State").
    pub complemented: bool,
    /// The input right after the head.
    pub after_head: &'a str,
    /// A head that needs a country or portfolio words before it, without them.
    pub bare_modified: bool,
}

/// [`grammar_title`], with its parts. Portfolio words joined by "and", "&"
/// or a comma are written in the case of the head's first word ("Trade and
/// Industry Secretary"): "for trade and Prime Minister Jane Doe" joins a
/// sentence's words to a title, and is no title.
pub(super) fn grammar_title_parts<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Parts<'a>> {
    let joined = (|i| portfolio_word(lx, i), opt(tag(",")), gap, opt((alt((tag("and"), tag("&"))), gap)));
    let (at_head, modifiers) = recognize(opt_repeat(5, joined)).parse(input)?;
    // A head that starts with a portfolio word ("chief of staff", not the
    // portfolio "chief" before "of staff") is read from the first word.
    let (_, modifiers, (after_head, (head_text, head))) = match head_word(lx, at_head) {
        Ok(found) => (at_head, modifiers, found),
        Err(e) if modifiers.is_empty() => return Err(e),
        Err(_) => (input, "", head_word(lx, input)?),
    };
    if !modifiers_agree(modifiers, head_text) {
        return fail(input);
    }
    // "Minister for Defence", "Chancellor of the Exchequer": only heads that
    // take portfolios; "president of National Futures" is no title.
    let complements = if head.flags.any(Flags::PORTFOLIOS) { 2 } else { 0 };
    let (rest, _) = opt_repeat(complements, |i| complement(lx, i)).parse(after_head)?;
    // "Minister without Portfolio": a minister with no department.
    let (rest, _) = if head.flags.any(Flags::PORTFOLIOS) {
        opt((gap, ci("without"), gap, ci("portfolio"), word_end)).parse(rest)?
    } else {
        (rest, None)
    };
    // "MP for Leeds Central": a member's seat.
    let (rest, _) = if head.flags.any(Flags::SEAT) { opt(|i| seat(lx, i)).parse(rest)? } else { (rest, None) };
    // "his US counterpart": a head that needs words before it.
    if head.flags.any(Flags::MODIFIED) && modifiers.is_empty() {
        return Ok((
            rest,
            Parts {
                text: &input[..input.len() - rest.len()],
                head_text,
                head,
                complemented: false,
                after_head,
                bare_modified: true,
            },
        ));
    }
    let complemented = rest.len() < after_head.len();
    Ok((
        rest,
        Parts {
            text: &input[..input.len() - rest.len()],
            head_text,
            head,
            complemented,
            after_head,
            bare_modified: false,
        },
    ))
}

/// A title with its head in the plural: "deputy prime ministers", "cabinet
/// ministers", "defence secretaries". It reads as the singular.
pub(super) fn plural_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    let joined = (|i| portfolio_word(lx, i), opt(tag(",")), gap, opt((alt((tag("and"), tag("&"))), gap)));
    let (at_head, _) = recognize(opt_repeat(5, joined)).parse(input)?;
    opens(lx, at_head, Class::HEAD_FIRST)?;
    let first = at_head.as_bytes().first().copied().unwrap_or(0);
    let heads = titles::heads_starting_with(first).iter().filter(|w| !w.flags.any(Flags::EXACT)).map(|w| w.phrase);
    let (rest, (head_text, singular)) = plural_at(at_head, heads)
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)))?;
    let text = &input[..input.len() - rest.len()];
    if !consistent_case(text) || !modifiers_agree(&input[..input.len() - at_head.len()], head_text) {
        return fail(input);
    }
    let single = titles::head_flags(singular).any(Flags::SINGLE);
    Ok((rest, Title { reads: Reading::Replace(head_text, singular), single, ..Title::of(text, Post::State) }))
}

/// A party's post in the plural: "BJP leaders", "Labour spokesmen".
pub(super) fn plural_party_post<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    let (after_party, (form, code)) = party_form(lx, input)?;
    let (at_head, _) = sep(after_party)?;
    let (rest, (head_text, singular)) = plural_at(at_head, titles::of_kind(titles::Kind::PartyHead).iter().copied())
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify)))?;
    let text = &input[..input.len() - rest.len()];
    let party = code.and_then(|c| lx.jurisdiction(c)).map(|j| (form, j));
    Ok((rest, Title { reads: Reading::Replace(head_text, singular), party, ..Title::of(text, Post::Party) }))
}

/// The plural of one of `phrases` (lower case) at the start of `input`, as
/// a whole word: "ministers", "secretaries", "spokesmen". Returns the rest,
/// the plural as written and the singular phrase.
fn plural_at(input: &str, phrases: impl Iterator<Item = &'static str>) -> Option<(&str, (&str, &'static str))> {
    for phrase in phrases {
        let (stem, ending) = titles::plural_parts(phrase);
        let Some((after_stem, _)) = phrase_at_open(input, stem) else { continue };
        if !after_stem.get(..ending.len()).is_some_and(|p| p.eq_ignore_ascii_case(ending)) {
            continue;
        }
        let rest = &after_stem[ending.len()..];
        if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
            continue;
        }
        return Some((rest, (&input[..input.len() - rest.len()], phrase)));
    }
    None
}

/// `phrase` at the start of `input` like [`phrase_at`], but the word may
/// go on after it (a plural's ending).
fn phrase_at_open<'a>(input: &'a str, phrase: &str) -> Option<(&'a str, &'a str)> {
    let mut rest = input;
    for (i, word) in phrase.split(' ').enumerate() {
        if i > 0 {
            rest = gap(rest).ok()?.0;
        }
        if !rest.get(..word.len())?.eq_ignore_ascii_case(word) {
            return None;
        }
        rest = &rest[word.len()..];
    }
    Some((rest, &input[..input.len() - rest.len()]))
}

/// Whether the words before a head are written as the head is: before a
/// capitalised head, all capitalised ("Trade and Industry Secretary"; a
/// lower-case word there is the sentence's: "under Secretary Jane Doe",
/// "for trade and Prime Minister Jane Doe"). Before a lower-case head any
/// may be capitalised: a sentence's first word, a place ("Northern Ireland
/// minister").
fn modifiers_agree(modifiers: &str, head: &str) -> bool {
    let mut words =
        modifiers.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty() && *w != "and");
    // An abbreviation in capitals has no case to agree with ("deputy PM",
    // "Deputy PM"), but its modifiers agree among themselves: "committee,
    // Labour MP" joins a sentence's word to a title.
    let abbreviation = head.len() <= 4 && head.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    if abbreviation {
        let capitalised = |w: &str| w.starts_with(char::is_uppercase);
        let first = words.clone().next().map(capitalised);
        return words.all(|w| Some(capitalised(w)) == first);
    }
    !head.starts_with(char::is_uppercase) || words.all(|w| w.starts_with(char::is_uppercase))
}

/// A title a claim file names, as written in the text ("Brexit Secretary",
/// "Chancellor of the Duchy of Lancaster"): whatever words it is made of.
pub(super) fn known_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    opens(lx, input, Class::KNOWN_TITLE_FIRST)?;
    match lx.known_title_len(input) {
        Some(len) if whole_title(&input[..len]) => Ok((&input[len..], &input[..len])),
        _ => fail(input),
    }
}

/// Whether a claim file's title, as the text writes it, is one title: a
/// comma inside it only separates portfolios that "and" or "&" closes
/// ("Minister for Digital, Culture, Media and Sport", not "the Federal
/// Reserve Board, Chairman Joseph Pinola"), and a closing bracket closes one
/// it opened ("Whip (HM Treasury)", not "Bundesbank (central bank) president").
fn whole_title(title: &str) -> bool {
    let listed = title.rsplit_once(',').is_none_or(|(_, last)| last.contains(" and ") || last.contains(" & "));
    let bracketed = title.find(')').is_none_or(|close| title[..close].contains('('));
    listed && bracketed
}

/// A title's head word ("Minister", "Prime Minister", "PM").
pub(super) fn head<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    head_word(lx, input).map(|(rest, (text, _))| (rest, text))
}

/// A title's head as written, and its entry: the longest head `input` opens,
/// as a whole word in a title's case; an abbreviation only as written
/// ("PM", "Sen." — not "pm").
pub(super) fn head_word<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, &'static TitleWord)> {
    opens(lx, input, Class::HEAD_FIRST)?;
    let Some(&first) = input.as_bytes().first() else { return fail(input) };
    for w in titles::heads_starting_with(first) {
        if w.flags.any(Flags::EXACT) {
            if let Some(found) = abbreviation_at(input, w.phrase) {
                return Ok((found.0, (found.1, w)));
            }
        } else if let Some((rest, matched)) = phrase_at(input, w.phrase) {
            return Ok((rest, (matched, w)));
        }
    }
    fail(input)
}

/// An abbreviation at the start of `input` as news writes it: in capitals
/// ("PM", "VP"), or capitalised with a period ("Sen.", "Gov.").
fn abbreviation_at<'a>(input: &'a str, abbreviation: &str) -> Option<(&'a str, &'a str)> {
    let n = abbreviation.len();
    let word = input.get(..n)?;
    if !word.eq_ignore_ascii_case(abbreviation) || input[n..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let capitals = word.bytes().all(|b| b.is_ascii_uppercase());
    let period = input[n..].starts_with('.');
    let capitalised = word.as_bytes()[0].is_ascii_uppercase() && word.bytes().skip(1).all(|b| b.is_ascii_lowercase());
    if capitals && !period {
        Some((&input[n..], word))
    } else if (capitals || capitalised) && period {
        Some((&input[n + 1..], &input[..=n]))
    } else {
        None
    }
}

/// `of`/`for` + portfolio words joined by "and" or "&": "of State", "for
/// Foreign Affairs", "of the Exchequer", "for Work and Pensions". A word
/// that starts a title of its own starts a second title instead ("of the
/// Exchequer and Deputy Prime Minister").
pub(super) fn complement<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    recognize((
        gap,
        alt((tag("of"), tag("for"))),
        gap,
        opt((tag("the"), gap)),
        |i| portfolio_word(lx, i),
        opt_repeat(
            4,
            (
                alt((
                    recognize((opt(tag(",")), gap, alt((tag("and"), tag("&"))), gap)),
                    recognize((opt(tag(",")), gap)),
                )),
                nom::combinator::not(|i| post_title(lx, i)),
                |i| portfolio_word(lx, i),
            ),
        ),
    ))
    .parse(input)
}

/// ` for <seat>` after a member's title: one to four capitalised words,
/// with hyphens or "and" between ("for Leeds Central", "for Birmingham
/// Ladywood", "for Bath and North East Somerset").
fn seat<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    // No title word: "MP for Leeds and Housing Minister" ends at "Leeds".
    let titled = Class::PORTFOLIO | Class::HEAD_FIRST | Class::QUALIFIER_FIRST;
    let place = |i| {
        verify(take_while_m_n(2, 20, |c: char| c.is_alphabetic() || c == '-' || c == '\''), |w: &str| {
            w.starts_with(char::is_uppercase) && !lx.class_of(w).any(titled)
        })
        .parse(i)
    };
    let joined = (sep, opt((tag("and"), sep)), place);
    recognize((sep, tag("for"), sep, place, opt_repeat(3, joined))).parse(input)
}

/// One portfolio word, capitalised or lower case (not "DEFENSE"-style shouting
/// mixed with lower case).
pub(super) fn portfolio_word<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let len = input.bytes().take(21).take_while(u8::is_ascii_alphabetic).count();
    let w = &input[..len];
    if (2..=20).contains(&len) && lx.class_of(w).any(Class::PORTFOLIO) && consistent_case(w) {
        Ok((&input[len..], w))
    } else {
        fail(input)
    }
}

/// Whether a title word is written as a title is: "Minister", "minister",
/// "MINISTER", or "Prime Minister" — not "mInister".
pub(super) fn consistent_case(word: &str) -> bool {
    word.split(|c: char| c.is_whitespace() || c == '-').all(title_case)
}

/// Words that never describe a body between "of the" and its name: "of
/// the main opposition …", not "of information systems at …".
const NOT_DESCRIBING: &[&str] = &["and", "at", "by", "for", "from", "in", "of", "on", "or", "to", "with"];

/// Succeeds, consuming nothing, at a word's end.
fn word_end(input: &str) -> Res<'_, ()> {
    if input.starts_with(|c: char| c.is_alphanumeric()) { fail(input) } else { Ok((input, ())) }
}

/// What an "of" after a title names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Body<'a> {
    /// A country ("Prime Minister of Japan"): the jurisdiction, not part of the title.
    Country(&'a str, &'a Jurisdiction),
    /// A party, as written, and its country if it has one.
    Party(&'a str, Option<&'a Jurisdiction>),
    /// A body of this kind ("the Bank of Canada", "the National Assembly").
    Of(bodies::Kind),
    /// An abbreviation in capitals ("NATO", "RJ"): an organisation whose
    /// name may go on in capitalised words a name could be taken for.
    Abbreviation,
}

/// `of [the] body` after a title: a country, a party ("of Germany's
/// conservative Christian Democratic Union (CDU)", "of the MoDem group"),
/// or a body whose name ends in a word of `bodies.tsv` or is an
/// abbreviation in capitals ("of the Bank of Canada", "of NATO"). A few
/// lower-case words may describe it first ("the pro-business", "the main
/// opposition"). A name that ends in no such word is no body the grammar
/// can place, and is not read.
pub(super) fn of_body<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Body<'a>> {
    let (i, _) = (gap, tag("of"), gap).parse(input)?;
    let (i, _) = opt((ci("the"), gap)).parse(i)?;
    // "of Japan", "of the United States"; not "of Canada's party", whose country owns it.
    // A demonym there describes a body ("of the Indian Merchants Chamber").
    if let Ok((rest, (form, j))) = jurisdiction_form(lx, i)
        && !possessive(form)
        && !rest.starts_with(|c: char| c.is_alphanumeric())
        && !j.demonyms.iter().any(|d| d == form)
    {
        return Ok((rest, Body::Country(form, j)));
    }
    // "of Germany's conservative …": the country owns the body.
    let (i, _) = opt((|i| jurisdiction_form(lx, i), verify(gap, |_: &str| true))).parse(i)?;
    let describing = (
        verify(take_while_m_n(2, 20, |c: char| c.is_ascii_lowercase() || c == '-'), |w: &str| {
            !NOT_DESCRIBING.contains(&w) && !w.starts_with('-')
        }),
        gap,
    );
    let party = |i| party_form(lx, i);
    let (i, _) = if party(i).is_ok() { (i, ()) } else { opt_repeat(3, describing).parse(i)? };
    if let Ok((rest, (form, code))) = party(i) {
        // "the La France Insoumise leftist party", "the MoDem group".
        let adjective = (
            gap,
            verify(take_while_m_n(3, 20, |c: char| c.is_ascii_lowercase()), |w: &str| {
                w != "party" && w != "group" && !NOT_DESCRIBING.contains(&w)
            }),
        );
        let (rest, _) =
            opt((opt_repeat(2, adjective), gap, alt((tag("party"), tag("group"))), word_end)).parse(rest)?;
        return Ok((rest, Body::Party(form, code.and_then(|c| lx.jurisdiction(c)))));
    }
    body_name(lx, i)
}

/// Whether a country's form is a possessive ("Japan's", "the Netherlands'") or glued to a word ("US-").
fn possessive(form: &str) -> bool {
    form.ends_with("'s") || form.ends_with("’s") || form.ends_with(['\'', '’', '-'])
}

/// A body's name: capitalised words (with "of", "for", "and", "&" inside)
/// up to its last word of `bodies.tsv` and that word's own "of <country or
/// word>" ("Bank of Canada", "House of Commons"), or one abbreviation in
/// capitals ("NATO"). Up to six words.
fn body_name<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Body<'a>> {
    let word = |i: &'a str| -> Res<'a, &'a str> {
        verify(take_while_m_n(1, 30, |c: char| c.is_alphanumeric() || c == '-'), |w: &str| {
            w.starts_with(char::is_uppercase)
        })
        .parse(i)
    };
    let (mut rest, first) = word(input)?;
    let mut best = bodies::kind_of(first).map(|k| (rest, k));
    let abbreviation = best.is_none() && first.len() >= 2 && first.bytes().all(|b| b.is_ascii_uppercase());
    for _ in 0..5 {
        let joiner = opt((gap, alt((tag("of"), tag("for"), tag("and"), tag("&"))), opt((gap, tag("the")))));
        let Ok((r, (joined, (_, w)))) = (joiner, (gap, word)).parse(rest) else { break };
        // "Chancellor of the Duchy of Lancaster and Minister for the Cabinet
        // Office": a title head after "and" starts a second title.
        if joined.is_some_and(|(_, j, _)| j == "and") && post_title(lx, w).is_ok() {
            break;
        }
        rest = r;
        if let Some(k) = bodies::kind_of(w) {
            best = Some((rest, k));
        }
    }
    let Some((mut rest, kind)) = best else {
        if abbreviation {
            let after = &input[first.len()..];
            let (after, _) =
                opt((sep, tag("("), take_while_m_n(2, 8, |c: char| c.is_alphanumeric()), tag(")"))).parse(after)?;
            return Ok((after, Body::Abbreviation));
        }
        return fail(input);
    };
    // "Bank of Canada": a country right after the body word is the body's
    // own, and so is one capitalised word no name goes on from ("Bank of England,").
    if let Ok((r, (_, (form, _)))) = ((gap, tag("of"), gap), |i| jurisdiction_form(lx, i)).parse(rest)
        && !possessive(form)
    {
        rest = r;
    } else if let Ok((r, _)) = ((gap, tag("of"), gap), word).parse(rest)
        && !sep(r).is_ok_and(|(after, _)| after.starts_with(char::is_uppercase))
        && !r.starts_with(['\'', '’'])
    {
        rest = r;
    }
    // "National Rally (RN)": the abbreviation in brackets belongs to it.
    let (rest, _) = opt((sep, tag("("), take_while_m_n(2, 8, |c: char| c.is_alphanumeric()), tag(")"))).parse(rest)?;
    // "the Bank of Canada and the Bank of England": one post of two bodies.
    if let Ok((r, _)) = (gap, tag("and"), gap, opt((tag("the"), gap)), |i| body_name(lx, i)).parse(rest) {
        return Ok((r, Body::Of(kind)));
    }
    Ok((rest, Body::Of(kind)))
}

/// The lexicon's class of the first run of letters of `input`.
fn first_class(lx: &Lexicon, input: &str) -> Class {
    super::first_class(lx, input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lx() -> &'static Lexicon {
        crate::extract::base_lexicon()
    }

    fn post(input: &str) -> Option<(&str, Post, &str)> {
        post_title(lx(), input).ok().map(|(rest, t)| (t.text, t.post, rest))
    }

    #[test]
    fn abbreviations_are_heads_only_as_written() {
        let (rest, t) = post_title(lx(), "PM Jane Doe").unwrap();
        assert_eq!((t.text, rest), ("PM", " Jane Doe"));
        assert_eq!(t.reads, Reading::Replace("PM", "prime minister"));
        assert_eq!(post("Sen. Jane Doe"), Some(("Sen.", Post::Parliament, " Jane Doe")));
        assert_eq!(post("Deputy PM Jane Doe").map(|p| p.0), Some("Deputy PM"));
        assert!(post("pm Jane Doe").is_none(), "an hour, not a title");
        assert!(post("Sen Jane Doe").is_none(), "without a period it may be a name");
    }

    #[test]
    fn a_conjunction_joins_portfolio_words_only_in_the_heads_case() {
        assert_eq!(
            grammar_title(lx(), "Trade and Industry Secretary Jo").map(|r| r.1),
            Ok("Trade and Industry Secretary")
        );
        assert_eq!(
            grammar_title(lx(), "trade and industry secretary Jo").map(|r| r.1),
            Ok("trade and industry secretary")
        );
        assert!(grammar_title(lx(), "trade and Prime Minister Jane Doe").is_err());
    }

    #[test]
    fn ranks_make_a_title_of_their_own() {
        assert_eq!(
            grammar_title(lx(), "Assistant Secretary of State Jo").map(|r| r.1),
            Ok("Assistant Secretary of State")
        );
        assert_eq!(grammar_title(lx(), "Under Secretary of State Jo").map(|r| r.1), Ok("Under Secretary of State"));
        // "Under" is a rank only in the title: a sentence may open with the preposition.
        assert!(grammar_title(lx(), "Under President Jo").is_err());
        assert_eq!(grammar_title(lx(), "Deputy Prime Minister Jo").map(|r| r.1), Ok("Deputy Prime Minister"));
    }

    #[test]
    fn posts_in_a_legislature() {
        assert_eq!(post("House Speaker Jane Doe").map(|p| (p.0, p.1)), Some(("House Speaker", Post::Parliament)));
        assert_eq!(post("Senate Majority Leader Jane Doe").map(|p| p.0), Some("Senate Majority Leader"));
        assert_eq!(post("Bundestag President Jane Doe").map(|p| p.1), Some(Post::Parliament));
        assert_eq!(post("Senate Finance Committee Chair Jo").map(|p| p.0), Some("Senate Finance Committee Chair"));
        assert_eq!(post("Speaker Jane Doe").map(|p| p.1), Some(Post::Parliament));
        assert_eq!(post("Majority Leader Jane Doe").map(|p| p.1), Some(Post::Parliament));
        assert_eq!(
            post("President of the National Assembly Jane Doe").map(|p| (p.0, p.1)),
            Some(("President of the National Assembly", Post::Parliament))
        );
    }

    #[test]
    fn party_posts_name_their_party_and_its_country() {
        let (_, t) = post_title(lx(), "CDU leader Jane Doe").unwrap();
        assert_eq!((t.text, t.post, t.party.map(|(_, j)| j.code.as_str())), ("CDU leader", Post::Party, Some("DE")));
        assert_eq!(
            post("Liberal Party leader Jo Roe").map(|p| (p.0, p.1)),
            Some(("Liberal Party leader", Post::Party))
        );
        assert_eq!(post("Far-right leader Jo Roe").map(|p| p.1), Some(Post::Party));
        assert_eq!(post("far-right leader Jo Roe").map(|p| p.1), Some(Post::Party));
        assert_eq!(post("party leader Jo Roe").map(|p| (p.0, p.1)), Some(("party leader", Post::Party)));
        assert_eq!(
            post("leader of the Free Democrats, said").map(|p| (p.0, p.1)),
            Some(("leader of the Free Democrats", Post::Party))
        );
        assert_eq!(post("leader of the opposition Jo Roe").map(|p| p.1), Some(Post::Party));
        assert_eq!(
            post("leader of Germany's conservative Christian Democratic Union (CDU), said").map(|p| p.0),
            Some("leader of Germany's conservative Christian Democratic Union (CDU)")
        );
        assert_eq!(post("head of the MoDem group, said").map(|p| p.1), Some(Post::Party));
        // "leader" alone names no post.
        assert!(post("leader Jo Roe").is_none());
    }

    #[test]
    fn of_a_body_says_whose_office_it_is() {
        assert_eq!(
            post("governor of the Bank of Canada, said").map(|p| (p.0, p.1)),
            Some(("governor of the Bank of Canada", Post::Body))
        );
        assert_eq!(
            post("Secretary General of NATO Jo Roe").map(|p| (p.0, p.1)),
            Some(("Secretary General of NATO", Post::Body))
        );
        assert_eq!(post("president of the Republic, said").map(|p| p.1), Some(Post::State));
        let (_, t) = post_title(lx(), "president of Acme Corp Jo Roe").unwrap();
        assert!(t.company, "a company's post is never an office");
        let (rest, t) = post_title(lx(), "Prime Minister of Japan Jo Roe").unwrap();
        assert_eq!((t.text, t.country.map(|(f, _)| f), rest), ("Prime Minister", Some("Japan"), " Jo Roe"));
        // "head" is a title only with its body.
        assert!(post("head Jo Roe").is_none());
        assert_eq!(post("head of state Jo Roe").map(|p| p.0), Some("head of state"));
        assert!(post("head of Trade Policy").is_none(), "a complement is no body");
        assert!(post("head of US TV").is_none(), "a country is no body of a head");
    }

    #[test]
    fn phrases_and_heads_continue_across_a_wrapped_line_only_in_wrapped_text() {
        super::super::WRAPPED.set(true);
        assert_eq!(post("Chancellor of the\nExchequer Jo").map(|p| p.0), Some("Chancellor of the\nExchequer"));
        assert_eq!(post("Prime\nMinister Jo").map(|p| p.0), Some("Prime\nMinister"));
        assert!(post("Prime\n\nMinister Jo").is_none_or(|p| p.0 != "Prime\n\nMinister"));
        super::super::WRAPPED.set(false);
        assert_eq!(post("Chancellor of the\nExchequer Jo").map(|p| p.0), Some("Chancellor"));
    }
}
