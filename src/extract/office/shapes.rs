//! The shapes of a mention: which words stand around a title and a name,
//! and in what order ("Defence Secretary Geoff Hoon", "Geoff Hoon, the
//! defence secretary", "Geoff Hoon was appointed defence secretary"). One
//! production per shape; each returns the claims it makes as [`Raw`]s.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::{opt, recognize, verify};
use nom::sequence::preceded;

use super::name::{name, person as named};
use super::title::{
    Title, consistent_case, jurisdiction_form, known_title, party_form, plural_party_post, plural_title,
    portfolio_word, post_title, qualifier, qualifier_after_country,
};
use super::{Post, Qualifier, Raw, Reading, ci, first_class, gap, opt_repeat, slice_between};
use crate::extract::cue::Class;
use crate::extract::lex::{Res, fail, sep};
use crate::extract::lexicon::Lexicon;
use crate::vocab::countries::Jurisdiction;
use crate::vocab::people;

/// A title-first mention: `[qualifier] [the] [jurisdiction] [qualifier]
/// post-title [and post-title] [, | —] name` ("Japan's Defense Minister
/// Shigenobu Kishida", "his deputy prime minister and housing secretary,
/// Jane Doe"), or a body's leader after a verb ("a government led by Jane
/// Doe", "the far-right led by Jane Doe").
pub(super) fn title_first<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Vec<Raw<'a>>> {
    // The rarer shapes are tried only where a word they need stands close
    // ahead: "led by", a title in the plural, "the post of".
    if super::LED.get()
        && says_led_by(&input.as_bytes()[..input.len().min(120)])
        && let Ok((rest, raw)) = led_by(lx, input)
    {
        return Ok((rest, vec![raw]));
    }
    if let Ok((rest, raw)) = list_row(lx, input) {
        return Ok((rest, vec![raw]));
    }
    if let Ok(found) = titled_name(lx, input) {
        return Ok(found);
    }
    if plural_ahead(lx, input)
        && let Ok(found) = plural_list(lx, input)
    {
        return Ok(found);
    }
    if let Ok((rest, raw)) = first_since(lx, input) {
        return Ok((rest, vec![raw]));
    }
    post_went_to(lx, input).map(|(rest, raw)| (rest, vec![raw]))
}

/// A word that describes a holder's politics or standing between a
/// qualifier and a title: "former conservative President".
fn political_adjective(input: &str) -> Res<'_, &str> {
    const WORDS: &[&str] = &[
        "centre-left",
        "centre-right",
        "communist",
        "conservative",
        "far-left",
        "far-right",
        "left-wing",
        "liberal",
        "long-serving",
        "longtime",
        "long-time",
        "populist",
        "right-wing",
        "socialist",
        "veteran",
    ];
    let len = input.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(input.len());
    let word = &input[..len];
    if WORDS.contains(&word) { Ok((&input[len..], word)) } else { fail(input) }
}

/// `(will head | will lead | heads | leads | to head | to lead) the
/// Ministry of Capitalised words`: "Jane Doe will head the Ministry of
/// Health" — the minister of it, as cabinet announcements write it.
fn heads_ministry<'a>(base: &'a str, spoken: &'a str, person: &'a str, input: &'a str) -> Res<'a, Raw<'a>> {
    let verb = alt((
        alt((tag("will head"), tag("will lead"), tag("to head"), tag("to lead"))).map(|_| Qualifier::Designate),
        alt((tag("heads"), tag("leads"))).map(|_| Qualifier::Current),
    ));
    let (i, (_, q, _, _, _)) = (sep, verb, sep, tag("the"), sep).parse(input)?;
    let (words, ministry) = tag("Ministry").parse(i)?;
    let (mut rest, _) = (sep, tag("of"), sep).parse(words)?;
    let mut end = None;
    for _ in 0..6 {
        let len = rest.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(rest.len());
        let word = &rest[..len];
        if word.starts_with(char::is_uppercase) {
            end = Some(&rest[len..]);
        } else if !matches!(word, "and" | "of" | "the") {
            break;
        }
        rest = &rest[len..];
        let Ok((r, _)) = alt((recognize((opt(tag(",")), sep)), tag(""))).parse(rest) else { break };
        if r.len() == rest.len() {
            break;
        }
        rest = r;
    }
    let Some(after) = end else { return fail(input) };
    let text = &i[..i.len() - after.len()];
    let title = Title { reads: Reading::Replace(ministry, "Minister"), ..Title::of(text, Post::State) };
    Ok((after, Raw { qualifier: q, ..Raw::new(slice_between(base, spoken, text), person, title) }))
}

/// Heads of a state's, a province's or a city's own posts.
const LOCAL_HEADS: &[&str] = &["governor", "mayor", "chief minister", "premier"];

/// One to three capitalised words naming a place, perhaps with "State",
/// "County" or "Province", before a local post's title: "Madhya Pradesh"
/// in "former Madhya Pradesh chief minister Jane Doe". Returns the input
/// at the title.
fn local_place<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let mut at = input;
    for _ in 0..3 {
        let len = at.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(at.len());
        let word = &at[..len];
        if len < 2 || !word.starts_with(char::is_uppercase) || word.eq_ignore_ascii_case("the") {
            break;
        }
        let Ok((next, _)) = gap(&at[len..]) else { break };
        if let Ok((_, title)) = post_title(lx, next)
            && LOCAL_HEADS.iter().any(|h| title.text.to_ascii_lowercase().ends_with(h))
        {
            return Ok((next, &input[..input.len() - next.len()]));
        }
        at = next;
    }
    fail(input)
}

/// A row of a cabinet list, `head (of | for) Capitalised words: name` with
/// the name ending the line: "Minister of Basic Education: Jane Doe",
/// "Minister of Forestry, Fisheries and the Environment: John Roe". The
/// portfolio is whatever the row capitalises before the colon.
fn list_row<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let window = &input.as_bytes()[..input.len().min(100)];
    let Some(colon) = window.windows(2).take_while(|w| w[0] != b'\n').position(|w| w == b": ") else {
        return fail(input);
    };
    let (after_head, _) = super::title::head(lx, input)?;
    let (words, _) = (sep, alt((tag("of"), tag("for"))), sep).parse(after_head)?;
    let portfolio = &input[input.len() - words.len()..colon];
    let capitalised = portfolio
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "and" | "&" | "the" | "of"));
    if !capitalised {
        return fail(input);
    }
    let title = Title::of(&input[..colon], Post::State);
    let (rest, (_, person)) = named(lx, &input[colon + 2..])?;
    if !(rest.is_empty() || rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n')) {
        return fail(input);
    }
    Ok((rest, Raw::new(slice_between(input, input, person), person, title)))
}

/// Whether "led by" or "headed by" stands in `window`.
fn says_led_by(window: &[u8]) -> bool {
    memchr::memchr_iter(b'b', window).any(|at| {
        window[at..].starts_with(b"by ") && (window[..at].ends_with(b"led ") || window[..at].ends_with(b"headed "))
    })
}

/// Whether one of the next six words is a title's head in the plural
/// ("ministers", "leaders"): only then may a list under a plural start here.
fn plural_ahead(lx: &Lexicon, input: &str) -> bool {
    if !super::PLURALS.get() {
        return false;
    }
    let window = &input[..super::next_char_boundary(input, input.len().min(80))];
    window
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .any(|w| lx.class_of(w).any(Class::PLURAL))
}

/// `the (post | role | job | position) of title (went | goes | was given |
/// has gone) to name`: "the post of finance minister went to Jane Doe".
fn post_went_to<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let post = alt((tag("post"), tag("role"), tag("job"), tag("position")));
    let (i, _) = (ci("the"), gap, post, gap, tag("of"), gap).parse(input)?;
    let (i, title) = post_title(lx, i)?;
    let verb = alt((
        tag("went to").map(|_| Qualifier::Current),
        tag("goes to").map(|_| Qualifier::Current),
        tag("has gone to").map(|_| Qualifier::Current),
        tag("was given to").map(|_| Qualifier::Current),
        tag("will go to").map(|_| Qualifier::Designate),
    ));
    let (i, (_, q, _)) = (gap, verb, gap).parse(i)?;
    let (rest, (_, person)) = named(lx, i)?;
    let jurisdiction = title.country.or(title.party);
    Ok((rest, Raw { qualifier: q, jurisdiction, ..Raw::new(slice_between(input, title.text, person), person, title) }))
}

/// A title in the plural, then a list of names: "cabinet ministers
/// including Jane Doe, John Roe and Ann Poe", "BJP leaders Jane Doe and
/// John Roe". One claim per name, of the title in the singular; two names
/// at least (one name after a plural is some other construction).
fn plural_list<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Vec<Raw<'a>>> {
    let (i, q) = opt((|i| qualifier(lx, i), opt(gap))).parse(input)?;
    let (i, title) = alt((|i| plural_party_post(lx, i), |i| plural_title(lx, i))).parse(i)?;
    let lead = alt((tag("including"), tag("included"), tag("such as"), tag("like")));
    let (i, _) = opt(alt((recognize((gap, lead)), tag(":")))).parse(i)?;
    let (mut i, _) = gap(i)?;
    let mut names: Vec<&'a str> = Vec::new();
    for n in 0..12 {
        let mut joiner = alt((
            recognize((tag(","), sep, tag("and"), sep)),
            recognize((sep, tag("and"), sep)),
            recognize((tag(","), sep)),
        ));
        let at = if n == 0 { Ok((i, "")) } else { joiner.parse(i) };
        let Ok((after_joiner, j)) = at else { break };
        let Ok((r, (_, person))) = named(lx, after_joiner) else { break };
        names.push(person);
        i = r;
        if j.contains("and") {
            break;
        }
    }
    if names.len() < 2 {
        return fail(input);
    }
    let jurisdiction = title.country.or(title.party);
    // "Presidents Jane Doe and John Roe": one holder at a time, so the
    // names held it one after another — not all now.
    let qualifier = match q {
        Some((q, _)) => q,
        None if title.single => Qualifier::Then,
        None => Qualifier::Current,
    };
    let start = if q.is_some() { input } else { title.text };
    let raws = names
        .into_iter()
        .map(|person| Raw { jurisdiction, qualifier, ..Raw::new(slice_between(input, start, person), person, title) })
        .collect();
    Ok((i, raws))
}

/// `[qualifier] [the] [jurisdiction] [qualifier] post-title [and post-title] [, | —] name`.
fn titled_name<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Vec<Raw<'a>>> {
    let (i, q1) = opt((|i| qualifier(lx, i), opt(gap))).parse(input)?;
    // "former conservative President Jane Doe": a word of politics between.
    let (i, _) = if q1.is_some() { opt((political_adjective, gap)).parse(i)? } else { (i, None) };
    let (i, _) = opt((ci("the"), gap)).parse(i)?;
    let (i, juris) = opt((|i| jurisdiction_form(lx, i), gap)).parse(i)?;
    // "former Madhya Pradesh chief minister", "ex-Kiambu Governor": a
    // state's or a city's post after a qualifier; the place is no country.
    let i = match (q1, juris) {
        (Some(_), None) => local_place(lx, i).map_or(i, |(rest, _)| rest),
        _ => i,
    };
    let (i, q2) = opt((|i| qualifier_after_country(lx, i), opt(gap))).parse(i)?;
    let greedy = post_title(lx, i);
    // A title the claim files name that starts with what reads as a
    // qualifier or a country ("UK Trade Minister", "Future Digital Economy
    // Minister", "New Deal Minister") is that title, when it reaches as far.
    let (after_the, _) = opt((ci("the"), gap)).parse(input)?;
    let prefixed = q1.is_some() || juris.is_some() || q2.is_some();
    // Looked up only where it may be taken: the claim files' titles are a
    // long walk from each title word.
    let known = if prefixed || greedy.is_err() {
        known_title(lx, after_the).ok().filter(|(rest, _)| greedy.as_ref().map_or(true, |(g, _)| rest.len() <= g.len()))
    } else {
        None
    };
    let (i, title, q1, juris, q2) = match known {
        Some((rest, t)) => (rest, Title::of(t, Post::State), None, None, None),
        None => {
            let (i, found) = greedy?;
            (i, found, q1, juris, q2)
        }
    };
    // "Prime Minister-designate Jane Doe", "President-elect Jane Doe".
    let (i, elect) = opt(alt((
        (tag("-designate"), word_end).map(|_| Qualifier::Designate),
        (tag("-elect"), word_end).map(|_| Qualifier::Designate),
    )))
    .parse(i)?;
    let elect = elect.map(|q| (q, None));
    // "his deputy prime minister and housing secretary, Jane Doe": a second
    // title, read only with the name set off by a comma ("the Chancellor and
    // Prime Minister Tony Blair" are two people).
    let (i, second) = opt((gap, tag("and"), gap, |i| post_title(lx, i))).parse(i)?;
    let (i, aside) = opt(aside_mark).parse(i)?;
    // "- Minister of Home Affairs: Jane Doe": a list's row, the name ending the line.
    let (i, row) = if aside.is_none() && second.is_none() { opt(tag(":")).parse(i)? } else { (i, None) };
    let aside = aside.or(row);
    // "The economy minister is Jane Doe.": the title named first, the
    // holder after a copula, closing the clause.
    let copula = if aside.is_none() && second.is_none() && (ci("the"), gap).parse(input).is_ok() {
        opt((gap, alt((tag("is"), tag("was"))), nom::combinator::peek(gap))).parse(i)?.1.map(|(_, verb, _)| verb)
    } else {
        None
    };
    let i = match copula {
        Some(verb) => &i[1 + verb.len()..],
        None => i,
    };
    // A head that needs its body ("head of the Free Democrats") reads as a
    // title before a name only with the name set off: "head of US TV Jane".
    if (second.is_some() || title.scoped) && aside.is_none() {
        return fail(i);
    }
    // "its counterpart, Freeview": a counterpart is a title only of a country's holder.
    if title.bare_modified && juris.is_none() {
        return fail(i);
    }
    let (i, _) = if aside.is_some() { opt(gap).parse(i)? } else { gap(i).map(|(i, s)| (i, Some(s)))? };
    // "leader of the far-right Brothers of Italy": a party's name, not a person's.
    if party_form(lx, i).is_ok() {
        return fail(i);
    }
    let (i, (_, person)) = named(lx, i)?;
    if copula.is_some() && !i.starts_with(['.', ',', ';']) {
        return fail(i);
    }
    if row.is_some() && !(i.is_empty() || i.trim_start_matches([' ', '\t', '\r']).starts_with('\n')) {
        return fail(i);
    }
    // "named Jane Doe as deputy prime minister and housing secretary, John
    // Roe as chancellor": a name set off by a comma that goes on with "as"
    // opens the next entry of a list, with a post of its own.
    if aside.is_some() && (sep, tag("as"), sep).parse(i).is_ok() {
        return fail(i);
    }
    // "president of US Sprint's division": after "of <country>" one
    // capitalised word is as likely a body's name as a person's.
    if title.country.is_some() && aside.is_none() && !person.contains(char::is_whitespace) {
        return fail(i);
    }
    // A post-nominal after the name ("Tom McCabe MSP") is not part of it.
    let (i, _) = opt((
        sep,
        alt((tag("MSP"), tag("MEP"), tag("MP"))),
        nom::combinator::not(nom::character::complete::alphanumeric1),
    ))
    .parse(i)?;
    // "Minister of Defense, Koizumi Shinjiro," — set off by a comma or a
    // dash, the name must close the aside, or "As Defense Minister, Kishida
    // Said …" style headlines, and quotes said "as US President, Tony Blair
    // has said", would read as names.
    // A verb in lower case may close it too ("Canadian Foreign Minister,
    // Jane Doe suggested"), unless the title only ends an "as" phrase ("as
    // US President, Tony Blair has said": see [`Raw::loose`]).
    let loose = aside.is_some() && !closes_aside(i);
    if loose && !sep(i).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_lowercase())) {
        return fail(i);
    }
    // "… as Federal Reserve chairman, Bundesbank sources said": one word
    // before a noun that speaks is a body's name, not a person's ("As
    // chancellor, Merz will …" is his).
    if loose && !person.contains(char::is_whitespace) && speaker_noun_follows(i) {
        return fail(i);
    }
    let jurisdiction = juris.map(|(j, _)| j).or(title.country).or(title.party);
    let qualifier = q2.or(q1).or(elect).map(|(q, _)| q).unwrap_or_default();
    let qualifier = if copula == Some("was") && qualifier == Qualifier::Current { Qualifier::Then } else { qualifier };
    // "Chancellor Gordon Brown could become prime minister": a title said of
    // a future the sentence only supposes is not held now.
    let qualifier =
        if qualifier == Qualifier::Current && supposes_becoming(i) { Qualifier::Designate } else { qualifier };
    // The mention starts at its first meaningful word: a leading "the" is not part of it.
    let start = [q1.map(|_| input), juris.map(|(j, _)| j.0), q2.map(|_| title.text)].into_iter().flatten().next();
    let whole = slice_between(input, start.unwrap_or(title.text), person);
    let raw = Raw { qualifier, jurisdiction, loose, ..Raw::new(whole, person, title) };
    let mut raws = vec![raw.clone()];
    if let Some((_, _, _, t2)) = second {
        let jurisdiction = raw.jurisdiction.or(t2.country).or(t2.party);
        raws.push(Raw {
            jurisdiction,
            qualifier: raw.qualifier,
            ..Raw::new(slice_between(input, t2.text, person), person, t2)
        });
    }
    // "Innovation Minister Jane Doe taking over as foreign minister",
    // "Finance Minister Jane Doe was named foreign minister": the name's
    // own predicate gives the post she moves to.
    // A comma after a name that no comma set off closes a clause the
    // mention stands in ("…, who served under former President John Roe,
    // was nominated as …": the predicate is the sentence's subject's).
    let closes = aside.is_some() || !i.starts_with(',');
    if !raw.loose
        && closes
        && let Ok((rest, more)) = predicate(lx, input, person, person, i)
    {
        raws.extend(more);
        return Ok((rest, raws));
    }
    // "named Finance Minister Jane Doe as defence minister", "appointed
    // former Speaker John Roe as attorney general": the post given next.
    if !raw.loose
        && closes
        && let Ok((rest, more)) = as_title(lx, input, person, person, i)
    {
        raws.push(more);
        return Ok((rest, raws));
    }
    Ok((i, raws))
}

/// Whether a lower-case word and then a verb of saying follow: " sources
/// said", " officials say" — the word is the noun the name before it
/// modifies.
fn speaker_noun_follows(input: &str) -> bool {
    let mut words = input.split_whitespace();
    let noun = words.next().is_some_and(|w| w.bytes().all(|b| b.is_ascii_lowercase()));
    let verb = words.next().map(|w| w.trim_end_matches([',', '.']));
    noun && matches!(verb, Some("said" | "say" | "says" | "told" | "reported" | "added"))
}

/// Nouns a leader is said to lead ("a government led by Jane Doe"): the
/// government's head, whatever the country calls the office.
pub(crate) const LED_NOUNS: &[&str] = &["administration", "cabinet", "coalition", "government"];

/// The words that say who leads a body ("led by", "headed by"): cues, since
/// the mention has no title word.
pub(crate) const LED_VERBS: &[&str] = &["headed", "led"];

/// `(party | government) led by name`: "a government led by Jane Doe" (the
/// head of government), "the far-right led by Jane Doe", "National Rally
/// (RN) led by Jane Doe" (the party's leader).
fn led_by<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let noun = |i: &'a str| -> Res<'a, &'a str> {
        verify(take_while_m_n(5, 14, |c: char| c.is_ascii_alphabetic()), |w: &str| {
            LED_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)) && consistent_case(w)
        })
        .parse(i)
    };
    let (title, reads, post, party) = match party_form(lx, input) {
        Ok((_, (form, code))) => {
            let party = code.and_then(|c| lx.jurisdiction(c)).map(|j| (form, j));
            (form, Reading::Append("leader"), Post::Party, party)
        }
        Err(_) => {
            let (_, n) = noun(input)?;
            (n, Reading::Replace(n, "head of government"), Post::State, None)
        }
    };
    let after = &input[title.len()..];
    let (i, _) = (gap, alt((tag("led"), tag("headed"))), gap, tag("by"), gap).parse(after)?;
    // "led by Prime Minister Jane Doe": the title-first mention is the claim.
    if post_title(lx, i).is_ok() {
        return fail(i);
    }
    let (i, (_, person)) = named(lx, i)?;
    let whole = slice_between(input, title, person);
    let t = Title { reads, party, ..Title::of(title, post) };
    Ok((i, Raw::new(whole, person, t)))
}

/// A name-first mention: one or more names (with an age), then a title in
/// apposition, a predicate, or "as" (see [`after_name`]); names in a
/// coordination ("Jane Doe and John Roe, who will be deputy prime
/// ministers") with a title in the plural.
pub(super) fn name_first<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Vec<Raw<'a>>> {
    let (i, (spoken, person)) = named(lx, input)?;
    let (i, more) = coordinated(lx, i);
    if more[0].is_some() {
        let names = std::iter::once((spoken, person)).chain(more.into_iter().flatten());
        return plural(lx, input, i, names.collect());
    }
    let (i, _) = opt(age).parse(i)?;
    let (rest, mut raws) = after_name(lx, input, spoken, person, i)?;
    if let Some(served) = raws.first().and_then(|raw| served_holder(lx, raw)) {
        raws.extend(served);
    }
    Ok((rest, raws))
}

/// The holder a name-first mention's title serves, named with a title of
/// their own before a possessive: "President Tom Roe" in "Jane Doe as
/// President Tom Roe's treasury secretary". A mention in its own right,
/// which the scan, resuming after the whole, would not read.
fn served_holder<'a>(lx: &'a Lexicon, raw: &Raw<'a>) -> Option<Vec<Raw<'a>>> {
    let after_person = raw.person.as_ptr() as usize + raw.person.len() - raw.whole.as_ptr() as usize;
    let inside = raw.whole.get(after_person..)?;
    if !inside.contains("'s ") && !inside.contains("’s ") {
        return None;
    }
    let starts = inside.match_indices(' ').map(|(k, _)| k + 1);
    starts
        .filter_map(|k| titled_name(lx, &inside[k..]).ok())
        .find_map(|(rest, raws)| (rest.starts_with("'s ") || rest.starts_with("’s ")).then_some(raws))
}

/// Participles that open a sentence and give the subject after the comma
/// its post: "Elected as MP for Leeds Central in 2010, Jane Doe …".
const FRONTED: &[&str] = &["re-elected", "appointed", "sworn in", "elected", "chosen", "named"];

/// `Participle [as] [determiners] post-title [up to ten words], name`: a
/// sentence that opens with the appointment ("Appointed foreign minister
/// in 2019, Jane Doe has …"). The participle must be capitalised, as only
/// a sentence's first word is.
pub(super) fn fronted_participle<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    if !input.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(input);
    }
    let Some((i, _)) = FRONTED.iter().find_map(|p| words_at(input, p)) else { return fail(input) };
    let (i, (title, q, juris)) = object(lx, i)?;
    // "for Leeds Central in 2010": words that close the clause, none ending it.
    let word = take_while_m_n(1, 30, |c: char| !c.is_whitespace() && !matches!(c, ',' | '.' | ';' | ':' | '!' | '?'));
    let (i, _) = opt_repeat(10, (sep, word)).parse(i)?;
    let (i, _) = (tag(","), gap).parse(i)?;
    let (rest, (spoken, person)) = named(lx, i)?;
    // The name is the clause's subject: a verb or a comma follows it, not
    // another capitalised word of a longer noun.
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(rest);
    }
    let whole = slice_between(input, input, spoken);
    let jurisdiction = juris.or(title.country).or(title.party);
    Ok((rest, Raw { qualifier: q.unwrap_or_default(), jurisdiction, ..Raw::new(whole, person, title) }))
}

/// Up to three more names after the first, joined by commas and "and":
/// ", John Roe and Ann Poe". Nothing when no "and" ends the list.
fn coordinated<'a>(lx: &'a Lexicon, input: &'a str) -> (&'a str, [Option<(&'a str, &'a str)>; 3]) {
    let mut found = [None; 3];
    let mut rest = input;
    for slot in &mut found {
        let joiner = alt((recognize((opt(tag(",")), sep, tag("and"), sep)), recognize((tag(","), sep))));
        let Ok((r, (j, p))) = (joiner, |i| named(lx, i)).parse(rest) else { break };
        *slot = Some(p);
        rest = r;
        if j.contains("and") {
            return (rest, found);
        }
    }
    (input, [None; 3])
}

/// An age after a name: ", 73," or " (73)".
fn age(input: &str) -> Res<'_, &str> {
    let years = |i| take_while_m_n(2, 3, |c: char| c.is_ascii_digit()).parse(i);
    alt((
        recognize((tag(","), sep, years, nom::combinator::peek(alt((tag(","), recognize(sep)))))),
        recognize((sep, tag("("), years, tag(")"))),
    ))
    .parse(input)
}

/// What may follow a name and make it an office mention, tried in turn:
/// a predicate ("was sworn in as"), "as" ("with Jane Doe as foreign
/// minister"), a possessive appointment ("Jane Doe's appointment as"), an
/// apposition ("Jane Doe, the foreign minister", followed perhaps by a
/// predicate of its own), and a predicate after an aside that names no
/// title ("Jane Doe, a lawyer from Leeds, was named …").
fn after_name<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    i: &'a str,
) -> Res<'a, Vec<Raw<'a>>> {
    if let Ok(found) = predicate(lx, base, spoken, person, i) {
        return Ok(found);
    }
    if let Ok((rest, raw)) = as_title(lx, base, spoken, person, i) {
        return Ok((rest, vec![raw]));
    }
    if let Ok((rest, raw)) = heads_ministry(base, spoken, person, i) {
        return Ok((rest, vec![raw]));
    }
    if let Ok((rest, raw)) = possessive_as(lx, base, spoken, person, i) {
        return Ok((rest, vec![raw]));
    }
    // A cabinet list names each minister in full: "Jane Doe (Finance)",
    // "Jane Doe (Secretary of Energy)".
    if person.contains(' ')
        && let Ok((rest, (title, qualifier))) = bracketed_title(lx, i)
    {
        let whole = slice_between(base, spoken, &i[..i.len() - rest.len()]);
        return Ok((rest, vec![Raw { qualifier, ..Raw::new(whole, person, title) }]));
    }
    if person.contains(' ')
        && let Ok((rest, title)) = bracketed_portfolio(lx, i)
    {
        return Ok((rest, vec![Raw::new(slice_between(base, spoken, title.text), person, title)]));
    }
    if let Ok((rest, mut raws)) = apposition(lx, base, spoken, person, i) {
        // "Jane Doe, leader of the CDU, was sworn in as chancellor": the
        // apposition's comma, then a predicate of the same name; "named
        // Jane Doe, a former senator, as finance minister": the post she is
        // given after the one she held.
        if rest.starts_with(',')
            && let Ok((r, more)) = predicate(lx, base, spoken, person, rest)
        {
            raws.extend(more);
            return Ok((r, raws));
        }
        if rest.starts_with(',')
            && let Ok((r, more)) = as_title(lx, base, spoken, person, rest)
        {
            raws.push(more);
            return Ok((r, raws));
        }
        return Ok((rest, raws));
    }
    // "Jane Doe of Ruritania's main Democratic Party was elected president",
    // "Jane Doe of Nordland took oath as prime minister": where she is from
    // is not the subject of the predicate.
    if let Ok((after, _)) = alt((|i| of_party(lx, i), of_place)).parse(i)
        && let Ok(found) = predicate(lx, base, spoken, person, after)
    {
        return Ok(found);
    }
    if let Ok((after_aside, _)) = untitled_aside(i) {
        if let Ok((rest, raw)) = as_title(lx, base, spoken, person, after_aside) {
            return Ok((rest, vec![raw]));
        }
        if let Ok(found) = predicate(lx, base, spoken, person, after_aside) {
            return Ok(found);
        }
    }
    // "Jane Doe said serving as prime minister was an honour": the speaker
    // is the one serving.
    if let Ok((after, _)) = (sep, tag("said"), opt((sep, tag("that"))), sep, tag("serving"), sep, tag("as")).parse(i)
        && let Ok((rest, (title, q, juris))) = object(lx, after)
    {
        let whole = slice_between(base, spoken, title.text);
        let jurisdiction = juris.or(title.country).or(title.party);
        return Ok((
            rest,
            vec![Raw { qualifier: q.unwrap_or_default(), jurisdiction, ..Raw::new(whole, person, title) }],
        ));
    }
    // "Jane Doe arrived before being sworn in as prime minister": not held
    // yet when she arrived; "after being named" tells of a post held.
    if let Ok((after, before)) = being_clause(i)
        && let Ok((rest, mut raws)) = predicate(lx, base, spoken, person, after)
    {
        if before {
            raws.iter_mut().for_each(|raw| raw.qualifier = Qualifier::Designate);
        }
        return Ok((rest, raws));
    }
    // "Jane Doe loses a vote and is ousted as prime minister", "Jane Doe won
    // re-election, becoming the first prime minister since John Roe".
    let (after_verbs, _) = first_verb_phrase(i)?;
    if verb_phrase(gap(after_verbs.trim_start_matches(',')).map_or(after_verbs, |(r, _)| r))
        .is_ok_and(|(_, (verb, _))| COPULAS.iter().any(|c| verb.eq_ignore_ascii_case(c)))
    {
        return fail(i);
    }
    predicate(lx, base, spoken, person, after_verbs)
}

/// Predicates too loose to follow another verb phrase of the same subject:
/// "Jane Doe met the minister and is" says nothing of a post.
const COPULAS: &[&str] = &["is", "was", "will be", "is now"];

/// Words that end a first verb phrase's reach: reported speech and clauses
/// that may bring a subject of their own.
const CLAUSE_WORDS: &[&str] =
    &["said", "says", "told", "that", "who", "which", "when", "while", "but", "because", "if", "after", "before"];

/// A short first verb phrase of lower-case words after a name, up to where
/// a second predicate of the same name starts: " loses a vote and", " won
/// re-election," — what remains starts at the comma or after "and".
fn first_verb_phrase(input: &str) -> Res<'_, &str> {
    let (i, _) = recognize((sep, verb_phrase_word, opt_repeat(4, (sep, verb_phrase_word)))).parse(input)?;
    let (rest, _) =
        alt((recognize((sep, tag("and"), nom::combinator::peek(sep))), nom::combinator::peek(tag(",")))).parse(i)?;
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// A lower-case word of a first verb phrase: no [`CLAUSE_WORDS`], no "and".
fn verb_phrase_word(input: &str) -> Res<'_, &str> {
    verify(take_while_m_n(1, 20, |c: char| c.is_ascii_lowercase() || c == '-' || c == '\''), |w: &str| {
        !CLAUSE_WORDS.contains(&w) && w != "and"
    })
    .parse(input)
}

/// A short first verb phrase of the name's own, then "before being" or
/// "after being", where a passive predicate of the same name starts: "
/// arrived before being" (sworn in as …), " spoke after being" (named …).
/// Whether the predicate comes after the time the clause tells of ("before").
fn being_clause(input: &str) -> Res<'_, bool> {
    let when = alt((tag("before").map(|_| true), tag("after").map(|_| false)));
    let (rest, (_, _, _, when, _, _)) =
        (sep, verb_phrase_word, opt_repeat(4, (sep, verb_phrase_word)), preceded(sep, when), sep, tag("being"))
            .parse(input)?;
    Ok((rest, when))
}

/// " of <party>" after a name: " of Ruritania's main Democratic Party".
fn of_party<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let (i, _) = (sep, tag("of"), sep, opt((|i| jurisdiction_form(lx, i), sep))).parse(input)?;
    let describing = (take_while_m_n(3, 20, |c: char| c.is_ascii_lowercase() || c == '-'), sep);
    let (i, _) = opt_repeat(3, describing).parse(i)?;
    let (rest, _) = party_form(lx, i)?;
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// " of <place>" after a name: one to three capitalised words, perhaps
/// after "the" (" of Nordland", " of the Western Isles").
fn of_place(input: &str) -> Res<'_, &str> {
    let capitalised = |i| {
        verify(take_while_m_n(2, 30, |c: char| c.is_alphabetic() || c == '-'), |w: &str| {
            w.starts_with(|c: char| c.is_uppercase())
        })
        .parse(i)
    };
    let (rest, _) =
        (sep, tag("of"), sep, opt((tag("the"), sep)), capitalised, opt_repeat(2, (sep, capitalised))).parse(input)?;
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// An aside that names no title, set off by commas: ", a lawyer who sits
/// for Leeds,". At most twenty words, none ending a sentence.
fn untitled_aside(input: &str) -> Res<'_, &str> {
    let (i, _) = tag(",")(input)?;
    let body = i.bytes().take(160).position(|b| b == b',').ok_or_else(|| fail::<()>(i).unwrap_err())?;
    let aside = &i[..body];
    if aside.bytes().any(|b| matches!(b, b'.' | b';' | b':' | b'!' | b'?' | b'"' | b'\n' | b'(' | b')'))
        || aside.split_whitespace().count() > 20
    {
        return fail(input);
    }
    Ok((&i[body..], aside))
}

/// Verb phrases after a name that give it a title after them, and what
/// they say of time; longest first where one extends another. Matched in
/// any consistent case ("Appointed" in a headline).
pub(crate) const PREDICATES: &[(&str, Qualifier)] = &[
    ("was the first to be sworn in as", Qualifier::Current),
    ("will continue to serve as", Qualifier::Current),
    ("continues to serve as", Qualifier::Current),
    ("has been re-appointed", Qualifier::Current),
    ("has been reappointed", Qualifier::Current),
    ("has been installed as", Qualifier::Current),
    ("has taken charge as", Qualifier::Current),
    ("was re-appointed", Qualifier::Current),
    ("was reappointed", Qualifier::Current),
    ("was installed as", Qualifier::Current),
    ("is reappointed", Qualifier::Current),
    ("took charge as", Qualifier::Current),
    ("takes charge as", Qualifier::Current),
    ("kept his job as", Qualifier::Current),
    ("kept her job as", Qualifier::Current),
    ("kept his post as", Qualifier::Current),
    ("kept her post as", Qualifier::Current),
    ("staying on as", Qualifier::Current),
    ("will remain", Qualifier::Current),
    ("has been promoted to", Qualifier::Current),
    ("will continue in her role as", Qualifier::Current),
    ("will continue in his role as", Qualifier::Current),
    ("has taken the oath of office as", Qualifier::Current),
    ("took the oath of office as", Qualifier::Current),
    ("has been sworn in as", Qualifier::Current),
    ("has been elevated to", Qualifier::Current),
    ("is expected to become", Qualifier::Designate),
    ("will continue as", Qualifier::Current),
    ("will stay on as", Qualifier::Current),
    ("was promoted to", Qualifier::Current),
    ("is promoted to", Qualifier::Current),
    ("has been appointed", Qualifier::Current),
    ("has been confirmed", Qualifier::Current),
    ("has been nominated", Qualifier::Designate),
    ("has been serving as", Qualifier::Current),
    ("is to be appointed", Qualifier::Designate),
    ("most recently served as", Qualifier::Then),
    ("previously served as", Qualifier::Then),
    ("has been elected", Qualifier::Designate),
    ("has been named", Qualifier::Current),
    ("will be sworn in", Qualifier::Designate),
    ("will be appointed", Qualifier::Designate),
    ("has stepped down as", Qualifier::Former),
    ("is set to become", Qualifier::Designate),
    ("was re-elected", Qualifier::Current),
    ("has secured", Qualifier::Current),
    ("has won", Qualifier::Current),
    ("took the oath as", Qualifier::Current),
    ("will take over as", Qualifier::Designate),
    ("has taken over as", Qualifier::Current),
    ("was sworn in as", Qualifier::Current),
    ("was sworn-in as", Qualifier::Current),
    ("is sworn in as", Qualifier::Current),
    ("is to be named", Qualifier::Designate),
    ("will be named", Qualifier::Designate),
    ("also served as", Qualifier::Then),
    ("has resigned as", Qualifier::Former),
    ("stepping into", Qualifier::Current),
    ("stepped down as", Qualifier::Former),
    ("took office as", Qualifier::Current),
    ("was appointed", Qualifier::Current),
    ("was confirmed", Qualifier::Current),
    ("was nominated", Qualifier::Designate),
    ("was ousted as", Qualifier::Former),
    ("is ousted as", Qualifier::Former),
    ("was sacked as", Qualifier::Former),
    ("has served as", Qualifier::Current),
    ("is serving as", Qualifier::Current),
    ("steps down as", Qualifier::Former),
    ("took oath as", Qualifier::Current),
    ("to take over as", Qualifier::Designate),
    ("taking over as", Qualifier::Designate),
    ("takes over as", Qualifier::Current),
    ("took over as", Qualifier::Current),
    ("was sworn in", Qualifier::Current),
    ("will become", Qualifier::Designate),
    ("was elected", Qualifier::Designate),
    ("has become", Qualifier::Current),
    ("resigned as", Qualifier::Former),
    ("was fired as", Qualifier::Former),
    ("was named", Qualifier::Current),
    ("is named", Qualifier::Current),
    ("served as", Qualifier::Then),
    ("serves as", Qualifier::Current),
    ("sworn in as", Qualifier::Current),
    ("sworn-in as", Qualifier::Current),
    ("confirmed as", Qualifier::Current),
    ("appointed", Qualifier::Current),
    ("will be", Qualifier::Designate),
    ("becomes", Qualifier::Current),
    ("becoming", Qualifier::Current),
    ("secured", Qualifier::Current),
    ("became", Qualifier::Current),
    ("continues as", Qualifier::Current),
    ("stays on as", Qualifier::Current),
    ("stayed on as", Qualifier::Current),
    ("remains", Qualifier::Current),
    ("remained", Qualifier::Then),
    ("is now", Qualifier::Current),
    ("quit as", Qualifier::Former),
    ("named", Qualifier::Current),
    ("wins", Qualifier::Current),
    ("won", Qualifier::Current),
    ("is", Qualifier::Current),
    ("was", Qualifier::Then),
];

/// The first words of [`PREDICATES`] and of the predicates with two claims
/// ("moves", "replaces"): the shared pass classes them, so a name is tested
/// for a predicate only when one follows.
pub(crate) fn predicate_first_words() -> impl Iterator<Item = &'static str> {
    let specials = [
        "also",
        "moves",
        "moved",
        "will",
        "is",
        "replaces",
        "replaced",
        "replacing",
        "succeeding",
        "succeeds",
        "succeeded",
        "was",
        "leads",
        "led",
        "elected",
        "chosen",
    ];
    PREDICATES.iter().map(|(p, _)| p.split(' ').next().unwrap_or(p)).chain(specials)
}

/// `name [, ] [on <day> ,] predicate object`: "Jane Doe was sworn in as
/// prime minister", "Jane Doe on Sunday took the oath as", "Jane Doe will
/// move from home secretary to foreign secretary" (two claims), "Jane Doe
/// replaces John Roe as foreign minister" (two), "Jane Doe is the first
/// prime minister since John Roe" (two), "Jane Doe was given the defence
/// portfolio".
fn predicate<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    input: &'a str,
) -> Res<'a, Vec<Raw<'a>>> {
    let (i, _) = opt(tag(",")).parse(input)?;
    let (i, _) = gap(i)?;
    let (i, _) = opt(adverbial).parse(i)?;
    if !first_class(lx, i).any(Class::OFFICE_VERB) {
        return fail(i);
    }
    if let Ok(found) = moves(lx, base, spoken, person, i) {
        return Ok(found);
    }
    if let Ok(found) = replaces(lx, base, spoken, person, i) {
        return Ok(found);
    }
    if let Ok((rest, raw)) = leads_party(lx, base, spoken, person, i) {
        return Ok((rest, vec![raw]));
    }
    if let Ok((rest, raw)) = wins_leadership(lx, base, spoken, person, i) {
        return Ok((rest, vec![raw]));
    }
    let (i, (verb, said)) = verb_phrase(i)?;
    // ", becoming …" belongs to the clause's subject, which a name right
    // before it seldom is ("his seat of Dickson, becoming the first …"); it
    // is read only after a verb phrase of the name's own.
    let right_after_name = spoken.as_ptr() as usize + spoken.len() == input.as_ptr() as usize;
    if right_after_name && verb.eq_ignore_ascii_case("becoming") {
        return fail(input);
    }
    // "was sworn in on Friday as": a time between the verb and its "as".
    let (i, _) = opt(verify(recognize((gap, adverbial_words, opt(tag(",")))), |_: &str| true)).parse(i)?;
    if appoints_another(verb, i) {
        return fail(input);
    }
    if let Ok((rest, title)) = given_portfolio(lx, verb, i) {
        let whole = slice_between(base, spoken, title.text);
        return Ok((rest, vec![Raw { qualifier: said, ..Raw::new(whole, person, title) }]));
    }
    let (rest, (title, q, juris)) = object(lx, i)?;
    let whole = slice_between(base, spoken, title.text);
    let qualifier = q.unwrap_or(said);
    let raw =
        Raw { qualifier, jurisdiction: juris.or(title.country).or(title.party), ..Raw::new(whole, person, title) };
    let mut raws = vec![raw];
    // "was appointed deputy prime minister and foreign secretary": both hers.
    let rest = match and_title(lx, rest) {
        Some((r, t)) => {
            raws.push(also_held(base, spoken, &raws[0], t));
            r
        }
        None => rest,
    };
    // "was named foreign minister, replacing John Roe": John Roe held it before.
    if let Ok((r, (q, (other_spoken, other)))) = replacing(lx, rest) {
        let whole = slice_between(base, title.text, other_spoken);
        let jurisdiction = raws[0].jurisdiction;
        raws.push(Raw { qualifier: q, jurisdiction, ..Raw::new(whole, other, title) });
        return Ok((r, raws));
    }
    // "is the first prime minister since John Roe": John Roe held it before.
    if let Ok((r, other)) = since_holder(lx, rest) {
        let first = slice_between(base, spoken, rest);
        if first.contains(" first ") || first.contains(" First ") {
            let t = Title { ..title };
            let whole = slice_between(base, title.text, other.1);
            let jurisdiction = raws[0].jurisdiction;
            raws.push(Raw { qualifier: Qualifier::Former, jurisdiction, ..Raw::new(whole, other.1, t) });
            return Ok((r, raws));
        }
    }
    Ok((rest, raws))
}

/// Whether a bare "named" or "appointed" has someone else as its object:
/// "Jane Doe named a new defence minister", "appointed the new foreign
/// minister", "named her deputy" — the subject gives the post. A headline's
/// passive takes the title bare or after "as" ("Jane Doe named finance
/// minister", "appointed as the new foreign minister").
fn appoints_another(verb: &str, object: &str) -> bool {
    const OBJECT_OPENERS: &[&str] = &["a", "an", "the", "his", "her", "their", "its"];
    if !(verb.eq_ignore_ascii_case("named") || verb.eq_ignore_ascii_case("appointed")) {
        return false;
    }
    let Ok((rest, _)) = gap(object) else { return false };
    let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    OBJECT_OPENERS.iter().any(|w| rest[..len].eq_ignore_ascii_case(w))
}

/// `[to <up to six words>] since name` after "the first <title>": "since
/// John Roe", " to win re-election since John Roe" — John Roe held the post
/// before. Returns the name (as spoken, the name).
fn since_holder<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (&'a str, &'a str)> {
    let not_since = |i| verify(verb_phrase_word, |w: &str| w != "since").parse(i);
    let (i, _) = opt((sep, tag("to"), sep, not_since, opt_repeat(5, (sep, not_since)))).parse(input)?;
    let (rest, (_, _, other)) = (tag(" since"), gap, |i| named(lx, i)).parse(i)?;
    Ok((rest, other))
}

/// `the first [jurisdiction] [attributes] post-title [to …] since name`:
/// "the first Australian prime minister to win re-election since John
/// Roe" — John Roe held the post before. The sentence's subject, the
/// first's holder, is read by a shape of its own.
fn first_since<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Raw<'a>> {
    let (i, _) = (ci("the"), gap, tag("first")).parse(input)?;
    let (i, (title, _, juris)) = object(lx, i)?;
    let (rest, (spoken, person)) = since_holder(lx, i)?;
    let whole = slice_between(input, title.text, spoken);
    let jurisdiction = juris.or(title.country).or(title.party);
    Ok((rest, Raw { qualifier: Qualifier::Former, jurisdiction, ..Raw::new(whole, person, title) }))
}

/// A time or manner between a name and its verb, or after the verb: "on
/// Friday", "on Sunday, June 9,", "also", "formally", "currently".
fn adverbial(input: &str) -> Res<'_, &str> {
    recognize((adverbial_words, opt(tag(",")), sep)).parse(input)
}

/// The words of an [`adverbial`], without the space after them.
fn adverbial_words(input: &str) -> Res<'_, &str> {
    let word = |i| take_while_m_n(1, 12, |c: char| c.is_alphanumeric()).parse(i);
    let capitalised =
        |i| verify(word, |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())).parse(i);
    alt((
        recognize((tag("on"), sep, capitalised, opt_repeat(2, (opt(tag(",")), sep, capitalised)))),
        recognize(alt((tag("also"), tag("currently"), tag("formally"), tag("officially"), tag("still"), tag("then")))),
    ))
    .parse(input)
}

/// The predicates that start with one word, and that word.
type PredicateGroup = (&'static str, Vec<(&'static str, Qualifier)>);

/// One of [`PREDICATES`] at the start of `input`, in a consistent case,
/// and what it says of time.
fn verb_phrase(input: &str) -> Res<'_, (&str, Qualifier)> {
    /// [`PREDICATES`] grouped by first word, sorted by it; each group in
    /// the table's order (longest first).
    static BY_FIRST: std::sync::LazyLock<Vec<PredicateGroup>> = std::sync::LazyLock::new(|| {
        let mut groups: Vec<PredicateGroup> = Vec::new();
        for &(phrase, q) in PREDICATES {
            let first = phrase.split(' ').next().unwrap_or(phrase);
            match groups.iter_mut().find(|(f, _)| *f == first) {
                Some((_, g)) => g.push((phrase, q)),
                None => groups.push((first, vec![(phrase, q)])),
            }
        }
        groups.sort_by(|a, b| a.0.cmp(b.0));
        groups
    });
    let len = input.bytes().take(16).take_while(|b| b.is_ascii_alphabetic() || *b == b'-').count();
    let mut lower = [0u8; 16];
    for (l, b) in lower.iter_mut().zip(input.bytes().take(len)) {
        *l = b.to_ascii_lowercase();
    }
    let word = std::str::from_utf8(&lower[..len]).unwrap_or("");
    let Ok(at) = BY_FIRST.binary_search_by(|(f, _)| (*f).cmp(word)) else { return fail(input) };
    for &(phrase, q) in &BY_FIRST[at].1 {
        if let Some((rest, matched)) = words_at(input, phrase) {
            return Ok((rest, (matched, q)));
        }
    }
    fail(input)
}

/// `phrase` (lower case, words joined by single spaces) at the start of
/// `input`, its words joined by [`gap`]s, ending at a word end, in a
/// consistent case.
fn words_at<'a>(input: &'a str, phrase: &str) -> Option<(&'a str, &'a str)> {
    let mut rest = input;
    for (n, word) in phrase.split(' ').enumerate() {
        if n > 0 {
            rest = gap(rest).ok()?.0;
        }
        if !rest.get(..word.len())?.eq_ignore_ascii_case(word) {
            return None;
        }
        rest = &rest[word.len()..];
    }
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let matched = &input[..input.len() - rest.len()];
    let words_case = matched.split_whitespace().all(consistent_case);
    words_case.then_some((rest, matched))
}

/// What a predicate or "as" names: `[as | to] [determiners] post-title`,
/// where determiners are articles and possessives ("the", "his", "Macron's"),
/// "the post of", ordinals and other attributes ("the fifth", "the 73-year-old",
/// "the first female"), a country, a qualifier ("a former") and "his nominee
/// for". Returns the title, the qualifier the words give, and the country.
type Object<'a> = (Title<'a>, Option<Qualifier>, Option<(&'a str, &'a Jurisdiction)>);

fn object<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Object<'a>> {
    let (mut i, _) = opt((gap, alt((tag("as"), tag("to"))))).parse(input)?;
    let mut q = None;
    let mut juris = None;
    for _ in 0..6 {
        let Ok((after_gap, _)) = gap(i) else { return fail(input) };
        if let Ok((rest, title)) = post_title(lx, after_gap)
            && ends_title(lx, rest, &title)
        {
            let (rest, place) = in_country(lx, rest);
            return Ok((rest, (title, q, juris.or(place))));
        }
        if let Ok((rest, found)) = qualifier_after_country(lx, after_gap) {
            q = q.or(Some(found));
            i = rest;
        } else if let Ok((rest, form)) = jurisdiction_form(lx, after_gap) {
            juris = Some(form);
            i = rest;
        } else if let Ok((rest, _)) = determiner(after_gap) {
            i = rest;
        } else if let Ok((rest, _)) = title_possessive(lx, after_gap) {
            i = rest;
        } else if let Ok((rest, _)) = nominee_for(after_gap) {
            q = Some(Qualifier::Designate);
            i = rest;
        } else if let Ok((rest, _)) = attribute(after_gap) {
            i = rest;
        } else {
            return fail(input);
        }
    }
    fail(input)
}

/// "in Italy" after a title ("the first female prime minister in Italy"):
/// the country it is held in.
fn in_country<'a>(lx: &'a Lexicon, rest: &'a str) -> (&'a str, Option<(&'a str, &'a Jurisdiction)>) {
    match (sep, tag("in"), sep, |i| jurisdiction_form(lx, i)).parse(rest) {
        Ok((r, (_, _, _, (form, j))))
            if !j.demonyms.iter().any(|d| d == form) && !r.starts_with(|c: char| c.is_alphanumeric()) =>
        {
            (r, Some((form, j)))
        }
        _ => (rest, None),
    }
}

/// Whether a title ends where `rest` starts: not in a possessive ("the
/// prime minister's aide"), and, for a head that is also an adjective, not
/// before a noun ("India's premier private airline").
fn ends_title(lx: &Lexicon, rest: &str, title: &Title<'_>) -> bool {
    const FUNCTION: &[&str] = &[
        "after", "and", "as", "at", "before", "but", "by", "for", "from", "had", "has", "in", "is", "of", "on", "said",
        "says", "since", "to", "until", "was", "when", "who", "will", "with", "would",
    ];
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return false;
    }
    // "as President Donald Trump's treasury secretary": the title is
    // another person's, in a mention of its own.
    if sep(rest).is_ok_and(|(r, _)| super::name::name_word(lx, r).is_ok()) {
        return false;
    }
    // "was named president of its retail division": a one-word head whose
    // "of" names no country or body of state (the title would have taken
    // it) is a post of something else.
    if !title.text.contains(' ') && (sep, tag("of"), sep).parse(rest).is_ok() {
        return false;
    }
    if !title.adjective {
        return true;
    }
    let next = sep(rest).map(|(r, _)| r).unwrap_or("");
    let len = next.bytes().take_while(u8::is_ascii_lowercase).count();
    len == 0 || FUNCTION.contains(&&next[..len])
}

/// An article, a possessive pronoun or a phrase that names a post: "the",
/// "a", "his", "the post of", "the pivotal role of", "a second term as". A
/// name's possessive is none: "Sony's president" is a company's.
fn determiner(input: &str) -> Res<'_, &str> {
    let article = alt((
        tag("the country's"),
        tag("the country’s"),
        tag("the nation's"),
        tag("the nation’s"),
        ci("the"),
        tag("an"),
        tag("a"),
        tag("his"),
        tag("her"),
        tag("their"),
        tag("its"),
    ));
    const POSTS: &[&str] = &["post", "role", "position", "office", "job"];
    let post_of = recognize((
        opt((
            verify(take_while_m_n(3, 15, |c: char| c.is_ascii_lowercase()), |w: &str| {
                w != "the" && !POSTS.contains(&w)
            }),
            sep,
        )),
        alt((tag("post"), tag("role"), tag("position"), tag("office"), tag("job"))),
        sep,
        tag("of"),
    ));
    let term_as = recognize((ordinal_word, sep, tag("term"), sep, tag("as")));
    alt((post_of, term_as, recognize((article, word_end)))).parse(input)
}

/// A title's possessive before the title of someone serving its holder:
/// "President's" in "the French President's defence minister", or, with the
/// holder's name, "President Tom Roe's" in "as President Tom Roe's treasury
/// secretary" (the holder's own words are a mention of their own, read from
/// the title on). A company's possessive ("Sony's president") is none: a
/// title must open it.
fn title_possessive<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, &'a str> {
    let (i, _) = post_title(lx, input)?;
    let (i, _) = opt((sep, |i| name(lx, i))).parse(i)?;
    let (rest, _) = alt((tag("'s"), tag("’s"))).parse(i)?;
    word_end(rest)?;
    Ok((rest, &input[..input.len() - rest.len()]))
}

/// Succeeds, consuming nothing, at a word's end.
fn word_end(input: &str) -> Res<'_, ()> {
    if input.starts_with(|c: char| c.is_alphanumeric()) { fail(input) } else { Ok((input, ())) }
}

/// "nominee for", "pick for", "choice for": a person named for a post not held yet.
fn nominee_for(input: &str) -> Res<'_, &str> {
    recognize((alt((tag("nominee"), tag("pick"), tag("choice"))), sep, tag("for"))).parse(input)
}

/// Ordinal words ("first", "fifth").
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "last", "next",
];

/// Words that describe a holder before a title and say nothing of time:
/// "only", "sole", "female", "central".
const ATTRIBUTES: &[&str] = &[
    "only",
    "sole",
    "female",
    "woman",
    "male",
    "muslim",
    "black",
    "central",
    "federal",
    "union",
    "full",
    "top",
    "incumbent",
    "youngest",
    "oldest",
];

fn ordinal_word(input: &str) -> Res<'_, &str> {
    verify(take_while_m_n(2, 12, |c: char| c.is_ascii_alphanumeric()), |w: &str| {
        ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(w)) && consistent_case(w)
            || w.len() >= 3
                && w[..w.len() - 2].bytes().all(|b| b.is_ascii_digit())
                && ["st", "nd", "rd", "th"].contains(&&w[w.len() - 2..])
    })
    .parse(input)
}

/// Whether a word before a title places its holder in the office's
/// history: an ordinal ("fifth", "45th") or a superlative ("longest-serving").
pub(super) fn is_historic(w: &str) -> bool {
    ordinal_word(w).is_ok_and(|(r, _)| r.is_empty()) || is_superlative(w)
}

/// A superlative, alone or leading a compound: "youngest", "longest-serving".
fn is_superlative(w: &str) -> bool {
    w.split('-').next().is_some_and(|s| s.len() >= 6 && s.to_ascii_lowercase().ends_with("est"))
}

/// An attribute before a title: an ordinal ("fifth", "24th"), an age
/// ("73-year-old"), a superlative ("youngest", "shortest-serving"), or a
/// word of [`ATTRIBUTES`].
fn attribute(input: &str) -> Res<'_, &str> {
    let (rest, w) = take_while_m_n(2, 24, |c: char| c.is_ascii_alphanumeric() || c == '-').parse(input)?;
    let ends = |w: &str, end: &str| w.len() >= end.len() && w[w.len() - end.len()..].eq_ignore_ascii_case(end);
    let age = ends(w, "-year-old") && w[..w.len() - 9].bytes().all(|b| b.is_ascii_digit()) && w.len() > 9;
    let superlative = is_superlative(w);
    let listed = ATTRIBUTES.iter().any(|a| a.eq_ignore_ascii_case(w));
    if (ordinal_word(w).is_ok_and(|(r, _)| r.is_empty()) || age || superlative || listed) && consistent_case(w) {
        Ok((rest, w))
    } else {
        fail(input)
    }
}

/// "was given the defence portfolio", "takes the justice portfolio":
/// portfolio words then "portfolio" after a verb of giving or taking; the
/// title reads as "<portfolio> minister".
fn given_portfolio<'a>(lx: &'a Lexicon, verb: &str, input: &'a str) -> Res<'a, Title<'a>> {
    let given = verb.len() >= 5 && verb[verb.len() - 5..].eq_ignore_ascii_case("given");
    if !given && !verb.eq_ignore_ascii_case("was") {
        return fail(input);
    }
    let (i, _) = (opt((gap, tag("given"))), gap, tag("the"), gap).parse(input)?;
    portfolio_then_word(lx, i)
}

/// `([a] [former] title)` right after a name, the whole of the brackets:
/// "Jane Doe (Secretary of Energy)", "John Roe (a former Finance
/// Minister)" — a list's post for each name.
fn bracketed_title<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (Title<'a>, Qualifier)> {
    let (i, _) = (opt(sep), tag("(")).parse(input)?;
    let (i, _) = opt((ci("a"), gap)).parse(i)?;
    let (i, q) = opt((|i| qualifier(lx, i), gap)).parse(i)?;
    let (rest, title) = post_title(lx, i)?;
    let (rest, _) = tag(")").parse(rest)?;
    if title.company || title.scoped || title.bare_modified {
        return fail(input);
    }
    Ok((rest, (title, q.map_or(Qualifier::Current, |(q, _)| q))))
}

/// `portfolio-word+ portfolio`: the title part of "the defence portfolio".
/// `(portfolio words)` right after a name, as cabinet lists write them:
/// "Jane Doe (Finance) and John Roe (Defence)" — the minister of that
/// portfolio. Every word in the brackets must be a portfolio word, and no
/// party's name ("Jane Doe (Labour)" names her party).
fn bracketed_portfolio<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    /// Places a team sheet or a company's list puts in brackets.
    const REGIONS: &[&str] = &[
        "Africa",
        "Americas",
        "Asia",
        "England",
        "Europe",
        "International",
        "Overseas",
        "Pacific",
        "Scotland",
        "Wales",
    ];
    let (i, _) = (opt(sep), tag("(")).parse(input)?;
    if party_form(lx, i).is_ok() || !i.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(input);
    }
    // "D Roe (Wales), J Doe (Ireland)": a player's country, not a portfolio.
    let place = |i| {
        let (rest, w) = portfolio_word(lx, i)?;
        if lx.jurisdiction_named(w).is_some() || REGIONS.contains(&w) { fail(i) } else { Ok((rest, w)) }
    };
    let joiner = (opt(tag(",")), sep, opt((alt((tag("and"), tag("&"))), sep)));
    let (rest, words) = recognize((place, opt_repeat(4, (joiner, place)))).parse(i)?;
    let (rest, _) = tag(")").parse(rest)?;
    Ok((rest, Title { reads: Reading::Append("minister"), ..Title::of(words, Post::State) }))
}

fn portfolio_then_word<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    let joined = (|i| portfolio_word(lx, i), opt((gap, alt((tag("and"), tag("&"))))), gap);
    let (rest, words) = recognize((|i| portfolio_word(lx, i), gap, opt_repeat(3, joined))).parse(input)?;
    let (rest, _) = (tag("portfolio"), nom::combinator::not(nom::character::complete::alphanumeric1)).parse(rest)?;
    let text = words.trim_end();
    Ok((rest, Title { reads: Reading::Append("minister"), ..Title::of(text, Post::State) }))
}

/// `(will move | moves | moved) from [the position of | the] A [portfolio]
/// to [take over as | be | become] [the new] B`: A held before, B next —
/// two claims.
fn moves<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    input: &'a str,
) -> Res<'a, Vec<Raw<'a>>> {
    let verb = alt((ci("will move"), ci("is to move"), ci("moves"), ci("moved")));
    let (i, _) = (opt((tag("also"), sep)), verb, gap, tag("from")).parse(input)?;
    let (i, from) = alt((
        |i| (gap, |i| portfolio_then_word_after_the(lx, i)).parse(i).map(|(r, (_, t))| (r, t)),
        |i| object(lx, i).map(|(r, (t, _, _))| (r, t)),
    ))
    .parse(i)?;
    let (i, _) = (gap, tag("to")).parse(i)?;
    let (i, _) = opt((gap, alt((tag("take over as"), tag("become"), tag("be"))))).parse(i)?;
    let (rest, (to, q, juris)) = object(lx, i)?;
    let was = Raw { qualifier: Qualifier::Former, ..Raw::new(slice_between(base, spoken, from.text), person, from) };
    let next = Raw {
        qualifier: q.unwrap_or(Qualifier::Designate),
        jurisdiction: juris.or(to.country),
        ..Raw::new(slice_between(base, spoken, to.text), person, to)
    };
    Ok((rest, vec![was, next]))
}

/// `the portfolio-word+ portfolio` ("the justice portfolio").
fn portfolio_then_word_after_the<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Title<'a>> {
    let (i, _) = (tag("the"), gap).parse(input)?;
    portfolio_then_word(lx, i)
}

/// `(replaces | replaced | succeeds | …) [the outgoing] name as title`: the
/// name before holds the title, the one after held it (or, "the outgoing",
/// holds it until the handover) — two claims.
fn replaces<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    input: &'a str,
) -> Res<'a, Vec<Raw<'a>>> {
    let verb = alt((
        tag("replaces").map(|_| Qualifier::Current),
        tag("replaced").map(|_| Qualifier::Current),
        tag("replacing").map(|_| Qualifier::Current),
        tag("succeeds").map(|_| Qualifier::Current),
        tag("succeeded").map(|_| Qualifier::Current),
        tag("succeeding").map(|_| Qualifier::Current),
        tag("will replace").map(|_| Qualifier::Designate),
        tag("will succeed").map(|_| Qualifier::Designate),
        tag("to replace").map(|_| Qualifier::Designate),
        tag("to succeed").map(|_| Qualifier::Designate),
        tag("is replacing").map(|_| Qualifier::Current),
    ));
    let (i, (q, _, held)) = (verb, gap, predecessor).parse(input)?;
    // "will replace John Roe as": he holds the post until the handover.
    let held = held.unwrap_or(if q == Qualifier::Designate { Qualifier::Outgoing } else { Qualifier::Former });
    // "Jane Doe replaces him as foreign secretary": the post is hers; the
    // one she replaces was named before, and gets no claim here.
    let pronoun = alt((tag("him"), tag("her"), tag("them"))).map(|_| None);
    let (i, other) = alt((pronoun, |i| named(lx, i).map(|(r, n)| (r, Some(n))))).parse(i)?;
    let (i, _) = (gap, tag("as")).parse(i)?;
    let (rest, (title, _, juris)) = object(lx, i)?;
    let jurisdiction = juris.or(title.country).or(title.party);
    let now = Raw { qualifier: q, jurisdiction, ..Raw::new(slice_between(base, spoken, title.text), person, title) };
    let mut raws = vec![now];
    if let Some((other_spoken, other)) = other {
        raws.push(Raw {
            qualifier: held,
            jurisdiction,
            ..Raw::new(slice_between(base, other_spoken, title.text), other, title)
        });
    }
    Ok((rest, raws))
}

/// `[here] [on <day>], [formally] (replacing | succeeding) [the outgoing |
/// ousted …] name` after a predicate's title: "was sworn in as prime
/// minister on Friday, replacing John Roe". Returns what the words say of
/// the named person's time in the post (see [`predecessor`]) and the name,
/// as spoken and as a name.
fn replacing<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, (Qualifier, (&'a str, &'a str))> {
    let day = (sep, tag("on"), sep, take_while_m_n(3, 12, |c: char| c.is_alphanumeric()));
    let (i, _) = (opt((sep, tag("here"))), opt(day), tag(","), sep).parse(input)?;
    let manner = alt((tag("formally"), tag("officially"), tag("effectively")));
    let verb = alt((tag("replacing"), tag("succeeding")));
    let (i, (_, _, _, q)) = (opt((manner, sep)), verb, gap, predecessor).parse(i)?;
    let (rest, name) = named(lx, i)?;
    Ok((rest, (q.unwrap_or(Qualifier::Former), name)))
}

/// The words before a replaced person's name: "the outgoing" says they
/// hold the post until the handover the text reports ([`Qualifier::Outgoing`]);
/// "the former" or "ousted" that they held it before ([`Qualifier::Former`]);
/// nothing, that the verb's tense decides.
fn predecessor(input: &str) -> Res<'_, Option<Qualifier>> {
    let outgoing = alt((tag("the outgoing"), tag("outgoing"))).map(|_| Qualifier::Outgoing);
    let former = alt((tag("the former"), tag("the ousted"), tag("ousted"))).map(|_| Qualifier::Former);
    let (rest, q) = opt((alt((outgoing, former)), gap)).parse(input)?;
    Ok((rest, q.map(|(q, _)| q)))
}

/// `name as [the] [new] [country] title`: "with Jane Doe as foreign
/// minister", "appointed Jane Doe as France's new prime minister".
fn as_title<'a>(lx: &'a Lexicon, base: &'a str, spoken: &'a str, person: &'a str, input: &'a str) -> Res<'a, Raw<'a>> {
    let (i, _) = (opt(tag(",")), gap, tag("as")).parse(input)?;
    // "as a minister" describes more often than it names a post.
    if gap(i).is_ok_and(|(r, _)| r.starts_with("a ") || r.starts_with("an ")) {
        return fail(input);
    }
    let (rest, (title, q, juris)) = object(lx, i)?;
    let whole = slice_between(base, spoken, title.text);
    // With no verb, "as" says nothing of time: it names the post a person
    // is given ("appointed Jane Doe as", "with Jane Doe as"), held from
    // the appointment on.
    let qualifier = q.unwrap_or(Qualifier::Designate);
    Ok((
        rest,
        Raw { qualifier, jurisdiction: juris.or(title.country).or(title.party), ..Raw::new(whole, person, title) },
    ))
}

/// `name (won | wins | has won) the [party] leadership (race | contest |
/// election | vote | ballot)`: "Jane Doe won the Liberal leadership race" —
/// the party's leader; with no party named, "leadership" reads as "party
/// leader".
fn wins_leadership<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    input: &'a str,
) -> Res<'a, Raw<'a>> {
    let (i, _) = (alt((tag("has won"), tag("won"), tag("wins"))), gap, tag("the"), gap).parse(input)?;
    let (i, party) = opt((|i| party_form(lx, i), gap)).parse(i)?;
    let contest = alt((tag("race"), tag("contest"), tag("election"), tag("vote"), tag("ballot")));
    let (rest, (leadership, _, _, _)) = (tag("leadership"), gap, contest, word_end).parse(i)?;
    let (title, jurisdiction) = match party {
        Some(((form, code), _)) => {
            let party = code.and_then(|c| lx.jurisdiction(c)).map(|j| (form, j));
            (Title { reads: Reading::Append("leader"), party, ..Title::of(form, Post::Party) }, party)
        }
        None => {
            (Title { reads: Reading::Replace(leadership, "party leader"), ..Title::of(leadership, Post::Party) }, None)
        }
    };
    let whole = slice_between(base, spoken, leadership);
    Ok((rest, Raw { jurisdiction, ..Raw::new(whole, person, title) }))
}

/// `name (leads | will lead | led) [the] [adjectives] party`: "Jane Doe
/// will lead the federal Liberal party" — the party's leader.
fn leads_party<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    input: &'a str,
) -> Res<'a, Raw<'a>> {
    let verb = alt((
        tag("leads").map(|_| Qualifier::Current),
        tag("will lead").map(|_| Qualifier::Designate),
        tag("led").map(|_| Qualifier::Then),
    ));
    let (i, (q, _, _)) = (verb, gap, opt((tag("the"), gap))).parse(input)?;
    let describing = (take_while_m_n(3, 15, |c: char| c.is_ascii_lowercase() || c == '-'), gap);
    let (i, _) = opt_repeat(2, describing).parse(i)?;
    let (rest, (form, code)) = party_form(lx, i)?;
    let party = code.and_then(|c| lx.jurisdiction(c)).map(|j| (form, j));
    let title = Title { reads: Reading::Append("leader"), party, ..Title::of(form, Post::Party) };
    Ok((rest, Raw { qualifier: q, jurisdiction: party, ..Raw::new(slice_between(base, spoken, form), person, title) }))
}

/// `name's (appointment | confirmation | nomination | …) as title`.
fn possessive_as<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    input: &'a str,
) -> Res<'a, Raw<'a>> {
    let noun = alt((
        tag("appointment").map(|_| Qualifier::Current),
        tag("confirmation").map(|_| Qualifier::Current),
        tag("election").map(|_| Qualifier::Current),
        tag("elevation").map(|_| Qualifier::Current),
        tag("nomination").map(|_| Qualifier::Designate),
        tag("tenure").map(|_| Qualifier::Current),
    ));
    let (i, (_, _, said)) = (alt((tag("'s"), tag("’s"))), gap, noun).parse(input)?;
    let (i, _) = (gap, tag("as")).parse(i)?;
    let (rest, (title, q, juris)) = object(lx, i)?;
    let whole = slice_between(base, spoken, title.text);
    let qualifier = q.unwrap_or(said);
    Ok((
        rest,
        Raw { qualifier, jurisdiction: juris.or(title.country).or(title.party), ..Raw::new(whole, person, title) },
    ))
}

/// The opening words of an apposition after its comma or dash: whether the
/// title must close the aside (an apposition does; a "who" clause may go
/// on: "who was defence minister until 2021"), and what they say of time.
const OPENERS: &[(&str, bool, Option<Qualifier>)] = &[
    ("who most recently served as", false, Some(Qualifier::Then)),
    ("who previously served as", false, Some(Qualifier::Then)),
    ("who has been serving as", false, None),
    ("who also resigned as", false, Some(Qualifier::Former)),
    ("who also served as", false, Some(Qualifier::Then)),
    ("who was appointed", false, None),
    ("who has served as", false, None),
    ("who will become", false, Some(Qualifier::Designate)),
    ("who resigned as", false, Some(Qualifier::Former)),
    ("who serves as", false, None),
    ("who served as", false, Some(Qualifier::Then)),
    ("who will be", false, Some(Qualifier::Designate)),
    ("who became", false, None),
    ("who is now", false, None),
    ("who is", false, None),
    ("who was", false, Some(Qualifier::Former)),
    ("the", true, None),
    ("now", true, None),
    ("an", true, None),
    ("a", true, None),
];

/// `name, [the | a | who is | …] [determiners] post-title` (the aside set
/// off by commas or dashes): "Jane Doe, the foreign minister", "Jane Doe,
/// 61, a former governor of the Bank of Canada", "Jane Doe — Japan's
/// defense minister —", "Jane Doe, who previously served as defence minister".
fn apposition<'a>(
    lx: &'a Lexicon,
    base: &'a str,
    spoken: &'a str,
    person: &'a str,
    input: &'a str,
) -> Res<'a, Vec<Raw<'a>>> {
    let (i, _) = (aside_mark, opt(gap)).parse(input)?;
    let first = i.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let opener = OPENERS
        .iter()
        .filter(|(o, _, _)| o.as_bytes()[0] == first)
        .find_map(|&(o, close, q)| words_at(i, o).map(|(r, _)| (r, (close, q))));
    let (rest, (title, q, juris), said, must_close) = match opener {
        Some((r, (close, said))) => match object(lx, r) {
            Ok((rest, found)) => (rest, found, said, close),
            Err(_) => {
                let (rest, found) = object_here(lx, i)?;
                (rest, found, None, true)
            }
        },
        None => {
            let (rest, found) = object_here(lx, i)?;
            (rest, found, None, true)
        }
    };
    let (rest, second) = match and_title(lx, rest) {
        Some((r, t)) => (r, Some(t)),
        None => (rest, None),
    };
    // An apposition must end with the title: "X, the defense minister, said"
    // but not "X, the defense minister's aide"; no title goes on into a possessive.
    if (must_close && !closes_aside(rest)) || rest.starts_with("'s") || rest.starts_with("’s") {
        return fail(rest);
    }
    let whole = slice_between(base, spoken, title.text);
    // "Jane Doe, Norway's longest-serving prime minister" or "its fifth
    // prime minister": her place in the office's history, whether or not
    // she holds it now.
    let historic = || {
        let before = &i[..title.text.as_ptr() as usize - i.as_ptr() as usize];
        before.split([' ', '\n']).any(is_historic)
    };
    // Only a bare apposition: "who became the fifth prime minister" says when.
    let qualifier = q.or(said).unwrap_or(if must_close && historic() { Qualifier::Then } else { Qualifier::Current });
    let raw =
        Raw { qualifier, jurisdiction: juris.or(title.country).or(title.party), ..Raw::new(whole, person, title) };
    let mut raws = vec![raw];
    raws.extend(second.map(|t| also_held(base, spoken, &raws[0], t)));
    Ok((rest, raws))
}

/// A second title joined to an object's by "and", held by the same person:
/// "Jane Doe, the foreign minister and deputy prime minister, said", "who
/// has served as Chancellor of the Duchy of Lancaster and Minister for the
/// Cabinet Office since 2022". Not a title a name follows: in "the
/// Chancellor and Prime Minister John Roe" the second is another person's.
fn and_title<'a>(lx: &'a Lexicon, rest: &'a str) -> Option<(&'a str, Title<'a>)> {
    let (after, _) = (gap, tag("and"), gap, opt((tag("the"), gap))).parse(rest).ok()?;
    let (r, title) = post_title(lx, after).ok()?;
    ends_title(lx, r, &title).then_some((r, title))
}

/// The claim of a second title `t` of `first`'s person, with its time and,
/// unless `t` names its own, its country.
fn also_held<'a>(base: &'a str, spoken: &'a str, first: &Raw<'a>, t: Title<'a>) -> Raw<'a> {
    let jurisdiction = t.country.or(t.party).or(first.jurisdiction);
    Raw { qualifier: first.qualifier, jurisdiction, ..Raw::new(slice_between(base, spoken, t.text), first.person, t) }
}

/// [`object`] where the title or its first determiner starts `input` itself,
/// with no space before it.
fn object_here<'a>(lx: &'a Lexicon, input: &'a str) -> Res<'a, Object<'a>> {
    if let Ok((rest, title)) = post_title(lx, input)
        && ends_title(lx, rest, &title)
    {
        let (rest, place) = in_country(lx, rest);
        return Ok((rest, (title, None, place)));
    }
    let (i, first) = alt((
        |i| qualifier_after_country(lx, i).map(|(r, q)| (r, (Some(q), None))),
        |i| jurisdiction_form(lx, i).map(|(r, j)| (r, (None, Some(j)))),
        |i| determiner(i).map(|(r, _)| (r, (None, None))),
        |i| attribute(i).map(|(r, _)| (r, (None, None))),
    ))
    .parse(input)?;
    let (rest, (title, q, juris)) = object(lx, i)?;
    Ok((rest, (title, q.or(first.0), juris.or(first.1))))
}

/// Names in a coordination with one title in the plural: "Jane Doe and
/// John Roe, who will be deputy prime ministers", "Jane Doe and John Roe
/// were sworn in as ministers". One claim per name.
fn plural<'a>(lx: &'a Lexicon, base: &'a str, i: &'a str, names: Vec<(&'a str, &'a str)>) -> Res<'a, Vec<Raw<'a>>> {
    let mut who = alt((
        recognize((tag(","), sep, tag("who will be"))).map(|_| Qualifier::Designate),
        recognize((tag(","), sep, tag("who are"))).map(|_| Qualifier::Current),
        recognize((tag(","), sep, tag("the"))).map(|_| Qualifier::Current),
        recognize((sep, tag("were sworn in as"))).map(|_| Qualifier::Current),
        recognize((sep, tag("were appointed"))).map(|_| Qualifier::Current),
        recognize((sep, tag("were named"))).map(|_| Qualifier::Current),
        recognize((sep, tag("will be"))).map(|_| Qualifier::Designate),
    ));
    let (i, q) = who.parse(i)?;
    let (i, _) = opt((sep, alt((tag("the"), tag("new"))))).parse(i)?;
    let (i, _) = opt((sep, alt((tag("the"), tag("new"))))).parse(i)?;
    let (rest, title) = (sep, |i| plural_title(lx, i)).parse(i).map(|(r, (_, t))| (r, t))?;
    let raws = names
        .into_iter()
        .map(|(spoken, person)| Raw {
            qualifier: q,
            ..Raw::new(slice_between(base, spoken, title.text), person, title)
        })
        .collect();
    Ok((rest, raws))
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
    let (i, _) = (|i| address_title(lx, i), opt(tag(".")), gap).parse(input)?;
    let (i, person) = name(lx, i)?;
    let whole = slice_between(input, input, person);
    Ok((
        i,
        Raw {
            whole,
            person,
            title: None,
            reads: Reading::AsWritten,
            jurisdiction: None,
            qualifier: Qualifier::Current,
            post: Post::State,
            company: false,
            loose: false,
        },
    ))
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
/// end, "said", or a relative clause about the title's body ("the head of
/// the Free Democrats which is allied to …").
pub(super) fn closes_aside(rest: &str) -> bool {
    const CLAUSES: &[&str] = &[" said", " which ", " who ", " whose ", " that ", " in "];
    // In a hard-wrapped text a single line break is a space: the aside
    // closes only if the next line's words close it ("Reuter - U.S.
    // Agriculture Secretary\nRichard Lyng said": the title is Lyng's).
    if rest.starts_with(['\n', '\r'])
        && let Ok((after, _)) = super::gap(rest)
        && !after.is_empty()
    {
        return after.starts_with([',', '.', ';', ':', ')', '—', '–'])
            || CLAUSES.iter().any(|c| after.starts_with(&c[1..]))
            || aside_mark(after).is_ok();
    }
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ':', ')', '\n', '\r', '—', '–'])
        || CLAUSES.iter().any(|c| rest.starts_with(c))
        || aside_mark(rest).is_ok()
}

/// Signature blocks, as ministers' releases print them: a line holding only
/// a name (after "The Hon" or another title of address, before
/// post-nominals such as "MP"), then up to four lines each holding only a
/// title, blank lines between them allowed ("The Hon Jane Doe MP" /
/// "Deputy Prime Minister" / "Minister for Defence"). Each title line is a
/// claim for the name.
pub(super) fn signature_blocks<'a>(lx: &'a Lexicon, text: &'a str) -> Vec<Raw<'a>> {
    const MAX_TITLES: usize = 4;
    let lines: Vec<&str> =
        text.split('\n').map(|l| l.trim_end_matches('\r').trim()).filter(|l| !l.is_empty()).collect();
    let mut found = Vec::new();
    let mut i = 0;
    // A title line after it is what makes a line a signature: without
    // one, nothing is found there whatever the line holds, so the line's
    // name is read only after the next line is seen to be a title (asked
    // of every line of every text, the other way round read a name from
    // each short capitalised line of prose).
    let whole_title = |line: &'a str| matches!(post_title(lx, line), Ok(("", _)));
    while i + 1 < lines.len() {
        let may_sign = lines[i].len() <= 80 && lines[i].starts_with(char::is_uppercase);
        if !may_sign || !whole_title(lines[i + 1]) {
            i += 1;
            continue;
        }
        let Some((spoken, person)) = signature_name(lx, lines[i]) else {
            i += 1;
            continue;
        };
        let mut n = i + 1;
        while n < lines.len() && n <= i + MAX_TITLES {
            let Ok(("", title)) = post_title(lx, lines[n]) else { break };
            let whole = slice_between(text, spoken, title.text);
            found.push(Raw { jurisdiction: title.country.or(title.party), ..Raw::new(whole, person, title) });
            n += 1;
        }
        i = n;
    }
    found
}

/// A line that is a name and nothing else but titles of address before it
/// and post-nominals after it: the name as spoken and as a name. A line
/// that is a title is none ("Deputy Prime Minister").
fn signature_name<'a>(lx: &'a Lexicon, line: &'a str) -> Option<(&'a str, &'a str)> {
    if line.len() > 80 || !line.starts_with(char::is_uppercase) || post_title(lx, line).is_ok_and(|(r, _)| r.is_empty())
    {
        return None;
    }
    let start = line.strip_prefix("The ").unwrap_or(line);
    let (mut rest, (_, person)) = named(lx, start).ok()?;
    // Post-nominals: "MP", "KC", "OBE".
    let post_nominal = |w: &str| (2..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    while let Some(after) = rest.strip_prefix(' ') {
        let word = after.split(' ').next().unwrap_or("");
        if !post_nominal(word) {
            return None;
        }
        rest = &after[word.len()..];
    }
    (rest.is_empty() && person.contains(' ')).then_some((line, person))
}

/// Rows of a list of ministers, each on a line of its own: a name in
/// capitals, a colon, and what the person holds — portfolio words ("JANE
/// DOE: Foreign Affairs", read as "Foreign Affairs minister") or a title
/// ("JANE DOE: Vice President of the Council"), several separated by
/// commas. A row counts only beside another row (the line before or after
/// it is one too): a single "WASHINGTON: …" line is a dateline.
pub(super) fn list_rows<'a>(lx: &'a Lexicon, text: &'a str) -> Vec<Raw<'a>> {
    let mut found = Vec::new();
    let mut previous_row = false;
    let mut pending: Vec<Raw<'a>> = Vec::new();
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let row = row_name(line);
        let next_row = lines.peek().is_some_and(|l| row_name(l).is_some());
        if let Some((name, entries)) = row
            && (previous_row || next_row)
        {
            pending.clear();
            row_entries(lx, line, name, entries, &mut pending);
            found.append(&mut pending);
        }
        previous_row = row.is_some();
    }
    found
}

/// A row's name in capitals and what follows its colon: "JANE DOE: Foreign
/// Affairs" → ("JANE DOE", "Foreign Affairs"). Two to five words of
/// capital letters.
fn row_name(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_end_matches('\r');
    let first = line.as_bytes().first()?;
    if !first.is_ascii_uppercase() {
        return None;
    }
    let colon = line.bytes().take(80).position(|b| b == b':')?;
    let name = &line[..colon];
    let words: Vec<&str> = name.split(' ').collect();
    let capitals = |w: &str| w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '\'');
    if !(2..=5).contains(&words.len()) || !words.iter().all(|w| capitals(w)) {
        return None;
    }
    let entries = line[colon + 1..].strip_prefix(' ')?;
    entries.starts_with(char::is_uppercase).then_some((name, entries))
}

/// The claims of one row: each comma-separated entry a title, or portfolio
/// words read as "<portfolio> minister".
fn row_entries<'a>(lx: &'a Lexicon, line: &'a str, name: &'a str, entries: &'a str, out: &mut Vec<Raw<'a>>) {
    let mut rest = entries.trim_end_matches('\r');
    for _ in 0..3 {
        let end = rest.find(", ").unwrap_or(rest.len());
        let entry = &rest[..end];
        if entry.is_empty() || entry.split_whitespace().count() > 8 || !entry.starts_with(char::is_uppercase) {
            return;
        }
        let title = match post_title(lx, entry) {
            Ok(("", t)) => t,
            _ => Title { reads: row_reading(lx, entry), ..Title::of(entry, Post::State) },
        };
        let whole = slice_between(line, name, entry);
        out.push(Raw { jurisdiction: title.country.or(title.party), ..Raw::new(whole, name, title) });
        if end == rest.len() {
            return;
        }
        rest = &rest[end + 2..];
    }
}

/// How a row's portfolio reads: "<portfolio> minister" when every word is
/// one the vocabulary knows as a portfolio's ("Foreign Affairs" → "Foreign
/// Affairs minister"); otherwise only "minister" — the row names a
/// minister, and a portfolio the vocabulary cannot read is no title to
/// resolve or to call unknown ("Maritime Policies and the South").
fn row_reading<'a>(lx: &Lexicon, entry: &'a str) -> Reading<'a> {
    let known = entry
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !["and", "of", "for", "the"].contains(&w.to_ascii_lowercase().as_str()))
        .all(|w| lx.class_of(w).any(Class::PORTFOLIO));
    if known { Reading::Append("minister") } else { Reading::Replace(entry, "minister") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::office::{OfficeMention, extract};

    fn lx() -> &'static Lexicon {
        crate::extract::base_lexicon()
    }

    /// (person, title as written, qualifier) of every titled mention.
    fn claims(text: &str) -> Vec<(&str, &str, Qualifier)> {
        extract(text, lx())
            .into_iter()
            .filter_map(|m| Some((m.person.text(text), m.title?.text(text), m.qualifier)))
            .collect()
    }

    /// Asserts that no text gives a claim to a person named with one of
    /// `names` (near misses that must stay silent).
    fn silent_about(names: &[&str], texts: &[&str]) {
        for text in texts {
            let got = claims(text);
            assert!(!got.iter().any(|c| names.iter().any(|n| c.0.contains(n))), "{text}: {got:?}");
        }
    }

    fn mentions(text: &str) -> Vec<OfficeMention> {
        extract(text, lx())
    }

    /// (person, title as the words read) of every titled mention.
    fn reads(text: &str) -> Vec<(String, String)> {
        mentions(text)
            .into_iter()
            .filter_map(|m| {
                let title = m.reads_as.clone().or_else(|| m.title.map(|t| t.text(text).to_string()))?;
                Some((m.person.text(text).to_string(), title))
            })
            .collect()
    }

    #[test]
    fn appositions_after_a_name() {
        use Qualifier::*;
        assert_eq!(claims("Jane Doe, the foreign minister, said"), [("Jane Doe", "foreign minister", Current)]);
        assert_eq!(
            claims("Jane Doe, who previously served as finance minister, said"),
            [("Jane Doe", "finance minister", Then)]
        );
        assert_eq!(
            claims("Jane Doe, who has served as defence minister since 2022, said"),
            [("Jane Doe", "defence minister", Current)]
        );
        let t = "Jane Doe, leader of the Free Democrats, said";
        assert_eq!(claims(t), [("Jane Doe", "leader of the Free Democrats", Current)]);
        assert_eq!(mentions(t)[0].post, Post::Party);
        assert_eq!(claims("Jane Doe, head of the Free Democrats, said")[0].1, "head of the Free Democrats");
        let t = "Jane Doe, the 61-year-old head of the Free Democrats, said";
        assert_eq!(claims(t), [("Jane Doe", "head of the Free Democrats", Current)]);
        let t = "Jane Doe, a former governor of the Bank of Ruritania, said";
        assert_eq!(claims(t), [("Jane Doe", "governor of the Bank of Ruritania", Former)]);
        assert_eq!(mentions(t)[0].post, Post::Body);
        // Her place in the office's history, not whether she holds it now.
        let t = "Jane Doe, 61, the first female prime minister of Norway, spoke";
        assert_eq!(claims(t), [("Jane Doe", "prime minister", Then)]);
        assert_eq!(mentions(t)[0].jurisdiction.as_ref().map(|j| j.code.as_str()), Some("NO"));
    }

    #[test]
    fn predicates_after_a_name() {
        use Qualifier::*;
        for (text, title) in [
            ("Jane Doe was named finance minister on Monday.", "finance minister"),
            ("Jane Doe was appointed as the new foreign minister.", "foreign minister"),
            ("Jane Doe was sworn in on Friday as Norway's prime minister.", "prime minister"),
            ("Jane Doe has taken the oath of office as prime minister.", "prime minister"),
            ("Jane Doe takes over as defence secretary.", "defence secretary"),
            ("Jane Doe becomes the fifth Prime Minister since 2020.", "Prime Minister"),
            ("Jane Doe is currently finance minister.", "finance minister"),
            ("Jane Doe is still the foreign minister.", "foreign minister"),
            ("Jane Doe remains the foreign minister.", "foreign minister"),
            ("Jane Doe continues as finance minister.", "finance minister"),
            ("Jane Doe stays on as defence secretary.", "defence secretary"),
            ("Jane Doe was promoted to foreign minister.", "foreign minister"),
        ] {
            assert_eq!(claims(text), [("Jane Doe", title, Current)], "{text}");
        }
        // Elected is not yet sworn in (see `an_election_…_are_not_the_sitting_one`).
        assert_eq!(claims("Jane Doe was elected president in May."), [("Jane Doe", "president", Designate)]);
        assert_eq!(claims("Jane Doe, taking over as finance minister, said")[0].2, Designate);
        assert_eq!(claims("Jane Doe will take over as finance minister.")[0].2, Designate);
        assert_eq!(claims("Jane Doe resigned as home secretary.")[0].2, Former);
        // Where she is from is not the subject.
        for text in [
            "Jane Doe of Nordland on Sunday took oath as the prime minister.",
            "Jane Doe of the Western Isles was named finance minister.",
        ] {
            assert_eq!(claims(text).iter().map(|c| c.0).collect::<Vec<_>>(), ["Jane Doe"], "{text}");
        }
        // A verb that takes a name, not a title, is no predicate.
        assert!(claims("Jane Doe appointed John Roe yesterday.").is_empty());
    }

    #[test]
    fn a_place_in_an_offices_history_says_nothing_of_now() {
        use Qualifier::*;
        for text in [
            "Jane Doe, Norway's longest-serving prime minister, died on Friday.",
            "Jane Doe, the country's first female chancellor, spoke.",
            "Jane Doe, the 45th president, spoke.",
            "Jane Doe, Britain's shortest-serving prime minister, spoke.",
        ] {
            assert_eq!(claims(text).iter().map(|c| c.2).collect::<Vec<_>>(), [Then], "{text}");
        }
        assert_eq!(claims("Jane Doe, Norway's prime minister, spoke.")[0].2, Current);
        assert_eq!(claims("Jane Doe, who became Norway's shortest-serving prime minister, spoke.")[0].2, Current);
        assert_eq!(claims("The country's longest-serving prime minister, Jane Doe, died.")[0].2, Then);
        assert_eq!(claims("The country's prime minister, Jane Doe, spoke.")[0].2, Current);
        assert_eq!(claims("Jane Doe, Norway's 61-year-old prime minister, spoke.")[0].2, Current);
    }

    #[test]
    fn a_portfolio_in_brackets_after_a_name_is_the_ministers() {
        let text = "Those sworn in include Jane Doe (Finance) and John Roe (Foreign Affairs).";
        assert_eq!(
            reads(text),
            [("Jane Doe".into(), "Finance minister".into()), ("John Roe".into(), "Foreign Affairs minister".into())]
        );
        // A party, an abbreviation or a place in brackets is no portfolio.
        for text in [
            "Jane Doe (Labour) spoke.",
            "Jane Doe (R-Ohio) spoke.",
            "Jane Doe (pictured) spoke.",
            "Replacements: D Roe (Wales), J Doe (Ireland).",
            "Dealers included Acme Securities (Europe).",
            "Stocks of Extra (oil) rose.",
            "The Strategic (Petroleum) reserve grew.",
        ] {
            assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
        }
    }

    #[test]
    fn a_partys_name_after_a_title_is_no_person() {
        let got = claims("The leader of the far-right Brothers of Italy, Giorgia Meloni, spoke.");
        assert!(got.iter().all(|c| c.0 != "Brothers"), "{got:?}");
    }

    #[test]
    fn verbs_of_keeping_and_taking_up_a_post() {
        use Qualifier::*;
        for (text, title, want) in [
            ("John Roe will continue to serve as finance minister.", "finance minister", Current),
            (
                "Jane Doe was installed as Speaker of the House of Representatives.",
                "Speaker of the House of Representatives",
                Current,
            ),
            ("John Roe has been reappointed as finance minister.", "finance minister", Current),
            ("Jane Doe took charge as defence minister on Monday.", "defence minister", Current),
            ("Jane Doe will remain foreign minister.", "foreign minister", Current),
            ("Jane Doe is the immediate past finance minister.", "finance minister", Former),
        ] {
            let got = claims(text);
            assert!(
                got.iter().any(|c| c.1 == title && c.2 == want && (c.0.ends_with("Doe") || c.0.ends_with("Roe"))),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_local_post_after_a_qualifier_and_a_place_keeps_the_qualifier() {
        use Qualifier::*;
        for (text, title) in [
            ("He named former Madhya Pradesh chief minister Jane Doe to the cabinet.", "chief minister"),
            ("The ex-Kiambu Governor Jane Doe spoke.", "Governor"),
            ("Former Sao Paulo mayor Jane Doe is popular.", "mayor"),
        ] {
            assert!(claims(text).contains(&("Jane Doe", title, Former)), "{text}: {:?}", claims(text));
        }
        let got =
            claims("Jane Doe, previously Justice Secretary, spoke. John Roe, formerly the justice secretary, spoke.");
        assert_eq!(got, [("Jane Doe", "Justice Secretary", Former), ("John Roe", "justice secretary", Former)]);
    }

    #[test]
    fn heading_a_ministry_is_being_its_minister() {
        use Qualifier::*;
        let got = claims(
            "He said Jane Doe will lead the Ministry of Health, while John Roe heads the Ministry of Energy and Mines.",
        );
        assert_eq!(
            got,
            [("Jane Doe", "Ministry of Health", Designate), ("John Roe", "Ministry of Energy and Mines", Current)]
        );
        silent_about(
            &["Jane Doe"],
            &["The Ministry of Health said Jane Doe leads it.", "Jane Doe will lead the ministry's review."],
        );
    }

    #[test]
    fn replacing_a_pronoun_and_posts_around_a_head_of_government() {
        use Qualifier::*;
        assert_eq!(claims("Jane Doe replaces him as Foreign Secretary."), [("Jane Doe", "Foreign Secretary", Current)]);
        assert_eq!(claims("John Roe was named chief of staff."), [("John Roe", "chief of staff", Current)]);
        assert_eq!(
            claims("He named Jane Doe as his national security adviser."),
            [("Jane Doe", "national security adviser", Designate)]
        );
        // "chief" before another head is still a portfolio word.
        assert_eq!(claims("Chief Minister Jane Doe spoke."), [("Jane Doe", "Chief Minister", Current)]);
    }

    #[test]
    fn an_election_a_predecessor_and_an_elected_holder_are_not_the_sitting_one() {
        use Qualifier::*;
        // Elected is not yet sworn in: a story of the day after the vote.
        let got = claims("John Roe was elected the 47th president of the United States.");
        assert!(got.iter().all(|c| c.2 == Designate), "{got:?}");
        assert_eq!(
            claims("The elected president of Argentina, Jane Doe, spoke."),
            [("Jane Doe", "president", Designate)]
        );
        assert_eq!(
            claims("The democratically elected president of Argentina, Jane Doe, spoke."),
            [("Jane Doe", "president", Current)]
        );
        // Re-elected holds it already.
        assert_eq!(claims("Jane Doe was re-elected president."), [("Jane Doe", "president", Current)]);
        // A predecessor held the post before; a bullet or a curly quote
        // before a mention is no word to read back into.
        assert_eq!(
            claims("He will oversee it like his predecessor, President John Roe."),
            [("John Roe", "President", Former)]
        );
        assert_eq!(claims("•••• President John Roe spoke."), [("John Roe", "President", Current)]);
    }

    #[test]
    fn a_titled_name_inside_a_clause_lends_the_sentences_predicate_to_no_one() {
        use Qualifier::*;
        let text = "Jane Doe, who served as health minister under former President John Roe, was nominated as minister of agriculture.";
        let got = claims(text);
        assert!(got.contains(&("John Roe", "President", Former)), "{got:?}");
        assert!(!got.iter().any(|c| c.0 == "John Roe" && c.1 == "minister of agriculture"), "{got:?}");
        // A political word between the qualifier and the title keeps the qualifier.
        assert_eq!(claims("The former conservative President John Roe spoke."), [("John Roe", "President", Former)]);
        // An indefinite title names the holder set off by commas, and the post given after.
        let got = claims("He named a former state governor, John Roe, as minister of defence.");
        assert_eq!(got, [("John Roe", "state governor", Former), ("John Roe", "minister of defence", Designate)]);
        silent_about(&["Gordon Brown"], &["How good a prime minister Gordon Brown will make is unclear."]);
    }

    #[test]
    fn a_post_given_after_a_title_or_an_aside_the_name_already_has() {
        use Qualifier::*;
        let got = claims("The president named Finance Minister Jane Doe as defence minister.");
        assert_eq!(got, [("Jane Doe", "Finance Minister", Current), ("Jane Doe", "defence minister", Designate)]);
        let got = claims("He appointed John Roe, a former senator, as finance minister.");
        assert_eq!(got, [("John Roe", "senator", Former), ("John Roe", "finance minister", Designate)]);
    }

    #[test]
    fn a_cabinet_lists_brackets_and_rows_give_each_name_its_post() {
        use Qualifier::*;
        let got = claims(
            "The cabinet: Jane Doe (Secretary of Welfare), John Roe (a former Finance Minister) and Ann Poe (Labour).",
        );
        assert_eq!(
            got,
            [("Jane Doe", "Secretary of Welfare", Current), ("John Roe", "Finance Minister", Former)],
            "a party in brackets is no post"
        );
        let rows = "The new cabinet:\n\n- Minister of Basic Education: Jane Doe\n- Minister of Forestry, Fisheries and the Environment: John Roe\n";
        assert_eq!(
            claims(rows),
            [
                ("Jane Doe", "Minister of Basic Education", Current),
                ("John Roe", "Minister of Forestry, Fisheries and the Environment", Current)
            ]
        );
        // A colon before a quotation or in running text is no row.
        silent_about(
            &["We", "Doe"],
            &["Prime Minister: We will win, she said.", "Finance Minister: Jane Doe said more."],
        );
    }

    #[test]
    fn the_title_then_a_copula_then_the_holder() {
        assert_eq!(claims("The economy minister is Jane Doe."), [("Jane Doe", "economy minister", Qualifier::Current)]);
        assert_eq!(
            claims("The finance minister was John Roe, who resigned."),
            [("John Roe", "finance minister", Qualifier::Then)]
        );
        // The holder must close the clause; a possessive or a country is no holder.
        silent_about(
            &["Roe", "Britain"],
            &["The president is John Roe's friend.", "The problem for the prime minister is Britain."],
        );
    }

    #[test]
    fn a_minister_without_portfolio_and_a_companys_president_and_ceo() {
        let got = claims("Minister without Portfolio Jane Doe will lead the talks.");
        assert_eq!(got, [("Jane Doe", "Minister without Portfolio", Qualifier::Current)]);
        silent_about(
            &["John Roe"],
            &[
                "In 2018, John Roe was appointed as the president and CEO of Acme Bank Limited.",
                "John Roe, formerly senior vice president, will run the unit.",
                "John Roe was formerly vice president and general manager of its plants.",
                "It named John Roe, formerly vice president in charge of spot trading, as treasurer.",
            ],
        );
    }

    #[test]
    fn one_word_before_a_noun_after_a_title_and_comma_is_no_person() {
        let got = claims("Jane Doe will not serve another term as finance minister, Treasury sources said.");
        assert!(got.iter().all(|c| c.0 != "Treasury"), "{got:?}");
        // A name before a verb is the person's: "As chancellor, Doe will".
        let got = claims("As finance minister, Doe will cut taxes.");
        assert!(got.iter().any(|c| c.0 == "Doe"), "{got:?}");
    }

    #[test]
    fn a_list_of_appointments_gives_each_name_its_own_post() {
        let text = "The premier named Jane Doe as deputy prime minister and housing secretary, John Roe as chancellor.";
        let got = claims(text);
        assert!(got.iter().all(|c| c.0 != "John Roe" || c.1 == "chancellor"), "{got:?}");
        assert!(got.contains(&("John Roe", "chancellor", Qualifier::Designate)), "{got:?}");
    }

    #[test]
    fn the_person_replaced_holds_the_post_until_the_handover_or_held_it() {
        use Qualifier::*;
        let j = |t| ("Jane Doe", t);
        let r = |t| ("John Roe", t);
        for (text, want) in [
            (
                "Sources said Jane Doe will replace John Roe as home secretary.",
                vec![(j("home secretary"), Designate), (r("home secretary"), Outgoing)],
            ),
            (
                "The changes include Jane Doe replacing John Roe as the new housing secretary.",
                vec![(j("housing secretary"), Current), (r("housing secretary"), Former)],
            ),
            (
                "The cabinet named Jane Doe to succeed John Roe as defence minister.",
                vec![(j("defence minister"), Designate), (r("defence minister"), Outgoing)],
            ),
            ("Replacing John Roe as foreign secretary, she said.", vec![(r("foreign secretary"), Former)]),
            ("She was picked in place of John Roe as defence minister.", vec![(r("defence minister"), Former)]),
            ("The party wants someone to succeed John Roe as prime minister.", vec![(r("prime minister"), Outgoing)]),
        ] {
            let got: Vec<_> = claims(text).into_iter().map(|(p, t, q)| ((p, t), q)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn a_subject_who_names_someone_to_a_post_holds_none() {
        for text in [
            "Jane Doe named a new defence minister on Monday.",
            "Jane Doe appointed the new foreign minister after the vote.",
            "Jane Doe named her deputy prime minister in May.",
        ] {
            assert!(claims(text).is_empty(), "{text}: {:?}", claims(text));
        }
        // The headline's passive names the subject's post.
        for text in ["Jane Doe named finance minister", "Jane Doe appointed as the new foreign minister"] {
            assert_eq!(claims(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_titled_name_moving_to_another_post() {
        use Qualifier::*;
        assert_eq!(
            claims("Innovation Minister Jane Doe taking over as foreign minister."),
            [("Jane Doe", "Innovation Minister", Current), ("Jane Doe", "foreign minister", Designate)]
        );
        assert_eq!(
            claims("Finance Minister Jane Doe was named foreign minister on Monday."),
            [("Jane Doe", "Finance Minister", Current), ("Jane Doe", "foreign minister", Current)]
        );
        assert_eq!(claims("Finance Minister Jane Doe said on Monday."), [("Jane Doe", "Finance Minister", Current)]);
    }

    #[test]
    fn two_titles_joined_by_and_are_both_held() {
        use Qualifier::*;
        for (text, first, second, q) in [
            (
                "Jane Doe, who has served as Chancellor of the Exchequer and Deputy Prime Minister since 2022, said",
                "Chancellor of the Exchequer",
                "Deputy Prime Minister",
                Current,
            ),
            (
                "Jane Doe, the foreign minister and deputy prime minister, said",
                "foreign minister",
                "deputy prime minister",
                Current,
            ),
            (
                "Jane Doe was appointed deputy prime minister and foreign secretary.",
                "deputy prime minister",
                "foreign secretary",
                Current,
            ),
            (
                "Jane Doe, who previously served as home secretary and lord chancellor, said",
                "home secretary",
                "lord chancellor",
                Then,
            ),
        ] {
            assert_eq!(claims(text), [("Jane Doe", first, q), ("Jane Doe", second, q)], "{text}");
        }
        // A title a name follows is another person's.
        assert_eq!(
            claims("Jane Doe, the finance minister and Prime Minister John Roe met.")
                .iter()
                .map(|c| (c.0, c.1))
                .collect::<Vec<_>>(),
            [("John Roe", "Prime Minister")]
        );
    }

    #[test]
    fn a_second_predicate_after_a_first_verb_phrase() {
        use Qualifier::*;
        assert_eq!(
            claims("Jane Doe loses a confidence vote and is ousted as prime minister."),
            [("Jane Doe", "prime minister", Former)]
        );
        assert_eq!(
            claims("Jane Doe has secured re-election, becoming the first Norwegian prime minister since John Roe."),
            [("Jane Doe", "prime minister", Current), ("John Roe", "prime minister", Former)]
        );
        // A copula after another verb phrase, reported speech, or a clause of
        // its own names no post of hers.
        silent_about(
            &["Jane Doe", "Dickson"],
            &[
                "Jane Doe met the foreign minister and is pleased.",
                "Jane Doe met officials and was the prime minister's guest.",
                "Jane Doe said the party and was named foreign minister.",
                "Jane Doe met the envoy while John Roe was named foreign minister.",
                "He lost his seat of Dickson, becoming the first opposition leader to do so.",
            ],
        );
    }

    #[test]
    fn winning_a_leadership_race_makes_a_party_leader() {
        for (text, title) in [
            ("Jane Doe won the leadership race on Sunday.", "leadership"),
            ("Jane Doe has won the Labour leadership contest.", "Labour"),
        ] {
            assert_eq!(claims(text), [("Jane Doe", title, Qualifier::Current)], "{text}");
            assert_eq!(mentions(text)[0].post, Post::Party, "{text}");
        }
        assert_eq!(reads("Jane Doe won the leadership race"), [("Jane Doe".to_string(), "party leader".to_string())]);
        // Winning something else, or a race for another post, is no leadership.
        assert!(claims("Jane Doe won the leadership award.").is_empty());
        assert!(claims("Jane Doe won the race for the leadership of the club.").is_empty());
    }

    #[test]
    fn the_first_holder_since_a_predecessor() {
        use Qualifier::*;
        assert_eq!(
            claims(
                "Prime Minister Jane Doe will be re-elected, becoming the first Norwegian prime minister to win re-election since John Roe in 2004."
            ),
            [("Jane Doe", "Prime Minister", Current), ("John Roe", "prime minister", Former)]
        );
        assert_eq!(
            claims("Jane Doe is the first prime minister to win twice since John Roe."),
            [("Jane Doe", "prime minister", Current), ("John Roe", "prime minister", Former)]
        );
        // Another clause before "since", or no "first".
        silent_about(
            &["John Roe"],
            &[
                "She became the first prime minister to say that since John Roe left.",
                "the prime minister to win since John Roe",
                "the first prime minister since the war, John Roe said.",
            ],
        );
    }

    #[test]
    fn a_speaker_serving_as() {
        assert_eq!(
            claims("Jane Doe said serving as prime minister was the honour of her life."),
            [("Jane Doe", "prime minister", Qualifier::Current)]
        );
        // Serving someone, or another subject's service, is none of hers.
        assert!(claims("Jane Doe said serving the prime minister was an honour.").is_empty());
        assert!(
            !claims("Jane Doe said John Roe serving as prime minister was good.").iter().any(|c| c.0 == "Jane Doe")
        );
    }

    #[test]
    fn a_sentence_that_opens_with_the_appointment() {
        use Qualifier::*;
        assert_eq!(
            claims("Elected as MP for Leeds Central in July 2010, Doe has campaigned on housing."),
            [("Doe", "MP for Leeds Central", Current)]
        );
        assert_eq!(
            claims("Appointed foreign minister in 2019, Jane Doe has travelled widely."),
            [("Jane Doe", "foreign minister", Current)]
        );
        silent_about(
            &["Doe"],
            &[
                // No title after the participle, or the name is not the subject.
                "Elected in 2010, Jane Doe has campaigned on housing.",
                "Appointed by the king after the minister resigned, Jane Doe took office.",
                "Elected as MP for Leeds in 2010, the lawyer Jane Doe spoke.",
                // Not at a sentence's start.
                "She was elected as MP for Leeds in 2010, Jane Doe said.",
            ],
        );
    }

    #[test]
    fn a_passive_predicate_after_before_or_after_being() {
        use Qualifier::*;
        assert_eq!(
            claims("Jane Doe arrived before being sworn-in as Canada's 24th prime minister."),
            [("Jane Doe", "prime minister", Designate)]
        );
        assert_eq!(
            claims("Jane Doe spoke to reporters after being named finance minister."),
            [("Jane Doe", "finance minister", Current)]
        );
        // Another subject between them, or no passive after "being".
        silent_about(
            &["Jane Doe", "Ottawa"],
            &[
                "Jane Doe met John Roe before being sworn in as prime minister.",
                "Jane Doe waited before being told the prime minister had left.",
                "She arrived in Ottawa before being sworn in as prime minister.",
            ],
        );
    }

    #[test]
    fn a_move_from_one_post_to_another_makes_two_claims() {
        use Qualifier::*;
        assert_eq!(
            claims("Jane Doe also moves from the position of foreign secretary to be the new justice secretary."),
            [("Jane Doe", "foreign secretary", Former), ("Jane Doe", "justice secretary", Current)]
        );
        assert_eq!(
            claims("Jane Doe will move from home secretary to foreign secretary."),
            [("Jane Doe", "home secretary", Former), ("Jane Doe", "foreign secretary", Designate)]
        );
        let t = "Jane Doe moves from the justice portfolio to take over as home secretary.";
        assert_eq!(
            reads(t),
            [("Jane Doe".into(), "justice minister".into()), ("Jane Doe".into(), "home secretary".into())]
        );
    }

    #[test]
    fn replacing_someone_and_being_the_first_since_someone_make_two_claims() {
        use Qualifier::*;
        assert_eq!(
            claims("Jane Doe replaces John Roe as foreign minister."),
            [("Jane Doe", "foreign minister", Current), ("John Roe", "foreign minister", Former)]
        );
        assert_eq!(
            claims("Jane Doe replaces the outgoing John Roe as foreign minister.")[1],
            ("John Roe", "foreign minister", Outgoing)
        );
        assert_eq!(
            claims("Jane Doe was named foreign minister, replacing the outgoing John Roe."),
            [("Jane Doe", "foreign minister", Current), ("John Roe", "foreign minister", Outgoing)]
        );
        assert_eq!(
            claims("Jane Doe was sworn in as the new prime minister here on Friday, formally succeeding John Roe."),
            [("Jane Doe", "prime minister", Current), ("John Roe", "prime minister", Former)]
        );
        // Replacing a thing, or someone in another sentence, names no holder.
        assert_eq!(claims("Jane Doe was named foreign minister, replacing the old system.").len(), 1);
        assert_eq!(claims("Jane Doe was named foreign minister. Replacing John Roe was hard.").len(), 1);
        assert_eq!(
            claims("Jane Doe is the first Norwegian prime minister since John Roe to win twice."),
            [("Jane Doe", "prime minister", Current), ("John Roe", "prime minister", Former)]
        );
    }

    #[test]
    fn a_title_after_its_holders_possessive_is_the_servants() {
        for (text, title) in [
            ("He named Jane Doe as the president's treasury secretary.", "treasury secretary"),
            ("Jane Doe most recently served as the French President's defence minister.", "defence minister"),
        ] {
            let got = claims(text);
            assert!(got.iter().any(|c| c.0 == "Jane Doe" && c.1 == title), "{text}: {got:?}");
            assert!(!got.iter().any(|c| c.0 == "Jane Doe" && c.1 == "President"), "{text}: {got:?}");
        }
        // A company's possessive is no title holder's.
        assert!(claims("Jane Doe was named Acme's president.").iter().all(|c| c.1 != "president"));
    }

    #[test]
    fn a_name_as_a_title() {
        assert_eq!(
            claims("The king appointed Jane Doe as finance minister."),
            [("Jane Doe", "finance minister", Qualifier::Designate)]
        );
        assert_eq!(claims("a cabinet with Jane Doe as foreign minister")[0].1, "foreign minister");
        assert_eq!(claims("Jane Doe's appointment as finance minister was welcomed.")[0].1, "finance minister");
        // "as" before another person's title and name: the title after the
        // possessive is the first person's, the one before it the second's.
        let got = claims("Jane Doe as President John Roe's treasury secretary");
        assert!(got.iter().any(|c| c.0 == "John Roe" && c.1 == "President"), "{got:?}");
        assert!(got.iter().any(|c| c.0 == "Jane Doe" && c.1 == "treasury secretary"), "{got:?}");
        assert!(!got.iter().any(|c| c.0 == "Jane Doe" && c.1 == "President"), "{got:?}");
    }

    #[test]
    fn the_post_went_to_and_the_portfolio_was_given() {
        assert_eq!(
            claims("The post of finance minister went to Jane Doe."),
            [("Jane Doe", "finance minister", Qualifier::Current)]
        );
        assert_eq!(
            reads("Jane Doe was given the defence portfolio."),
            [("Jane Doe".into(), "defence minister".into())]
        );
    }

    #[test]
    fn led_by_names_the_head_of_a_government_or_a_party() {
        let t = "a minority government led by Jane Doe fell";
        assert_eq!(reads(t), [("Jane Doe".into(), "head of government".into())]);
        let t = "the far-right led by Jane Doe won";
        assert_eq!(reads(t), [("Jane Doe".into(), "far-right leader".into())]);
        assert_eq!(mentions(t)[0].post, Post::Party);
        // A title after "led by" is the mention.
        assert_eq!(
            claims("a coalition led by Prime Minister Jane Doe"),
            [("Jane Doe", "Prime Minister", Qualifier::Current)]
        );
    }

    #[test]
    fn counterparts_after_a_country() {
        assert_eq!(claims("He met his US counterpart, Jane Doe, in Oslo.")[0].1, "counterpart");
        assert_eq!(
            mentions("He met her French counterpart Jane Doe today.")[0].jurisdiction.as_ref().unwrap().code,
            "FR"
        );
        assert!(claims("Freesat and its counterpart, Freeview, grew.").is_empty());
    }

    #[test]
    fn coordinated_names_share_a_title_in_the_plural() {
        let t = "Jane Doe and John Roe, who will be deputy prime ministers, spoke.";
        assert_eq!(
            reads(t),
            [("Jane Doe".into(), "deputy prime minister".into()), ("John Roe".into(), "deputy prime minister".into())]
        );
        // With a title in the singular, only the name next to it holds it.
        assert_eq!(claims("Jane Doe and John Roe, the defence minister, met.")[0].0, "John Roe");
    }

    #[test]
    fn lists_under_a_title_in_the_plural() {
        let t = "The 30 cabinet ministers including Jane Doe, John Roe and Ann Poe took the oath.";
        let got: Vec<String> = reads(t).into_iter().map(|(p, t)| format!("{p}: {t}")).collect();
        assert_eq!(got, ["Jane Doe: cabinet minister", "John Roe: cabinet minister", "Ann Poe: cabinet minister"]);
        assert_eq!(reads("CDU leaders Jane Doe and John Roe met.").len(), 2);
        // One holder at a time: a list names holders one after another.
        assert!(claims("He served under Presidents Jane Doe and John Roe.").iter().all(|c| c.2 == Qualifier::Then));
    }

    #[test]
    fn supposed_futures_after_if_or_when() {
        assert_eq!(claims("when Jane Doe becomes prime minister")[0].2, Qualifier::Designate);
        assert_eq!(claims("Jane Doe becomes prime minister")[0].2, Qualifier::Current);
    }

    #[test]
    fn verb_phrases_match_in_a_consistent_case_at_word_ends() {
        assert_eq!(
            verb_phrase("was sworn in as prime minister").map(|(r, (_, q))| (r, q)),
            Ok((" prime minister", Qualifier::Current))
        );
        assert_eq!(verb_phrase("Appointed Home Secretary").map(|(_, (v, _))| v), Ok("Appointed"));
        assert_eq!(verb_phrase("will be named").map(|(_, (_, q))| q), Ok(Qualifier::Designate));
        assert!(verb_phrase("named").is_ok_and(|(r, _)| r.is_empty()));
        assert!(verb_phrase("namedly").is_err());
    }

    #[test]
    fn objects_read_determiners_ordinals_countries_and_qualifiers() {
        let (_, (t, q, j)) = object(lx(), " as Canada's 24th prime minister").unwrap();
        assert_eq!((t.text, q, j.map(|(f, _)| f)), ("prime minister", None, Some("Canada's")));
        let (_, (t, q, _)) = object(lx(), " a former governor of the Bank of Canada").unwrap();
        assert_eq!((t.text, q), ("governor of the Bank of Canada", Some(Qualifier::Former)));
        let (_, (t, _, _)) = object(lx(), " the pivotal role of Home Secretary").unwrap();
        assert_eq!(t.text, "Home Secretary");
        let (_, (t, _, _)) = object(lx(), " the 73-year-old head of the MoDem group").unwrap();
        assert_eq!(t.post, Post::Party);
        assert!(object(lx(), " the best way").is_err());
    }

    #[test]
    fn ages_after_a_name() {
        assert_eq!(age(", 73, said"), Ok((", said", ", 73")));
        assert_eq!(age(" (75), will"), Ok((", will", " (75)")));
        assert!(age(", 1973 was").is_err());
    }

    #[test]
    fn list_rows_read_portfolios_the_vocabulary_knows() {
        let text = "Ministers\nJANE DOE: Foreign Affairs\nJOHN ROE: Harbours and Lighthouses\n";
        assert_eq!(
            reads(text),
            [("JANE DOE".into(), "Foreign Affairs minister".into()), ("JOHN ROE".into(), "minister".into())]
        );
    }

    #[test]
    fn a_signature_block_gives_its_name_each_title_below_it() {
        let text = "Related ministers\n\nThe Hon Jane Doe MP\n\nDeputy Prime Minister\n\nMinister for Defence\n\nMedia contact\n";
        let got: Vec<(&str, &str)> =
            signature_blocks(lx(), text).iter().map(|r| (r.person, r.title.unwrap_or(""))).collect();
        assert_eq!(got, [("Jane Doe", "Deputy Prime Minister"), ("Jane Doe", "Minister for Defence")]);
        // A name line followed by prose, or a title line followed by a title line, is no block.
        for text in [
            "Jane Doe\nPrime Minister Tom Roe said on Monday.\n",
            "Deputy Prime Minister\nMinister for Defence\n",
            "Jane Doe said\nForeign Minister\n",
        ] {
            assert!(signature_blocks(lx(), text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn list_rows_need_a_neighbour() {
        let rows = list_rows(
            lx(),
            "Ministers\nJANE DOE: Foreign Affairs\nJOHN ROE: Interior, Vice President of the Council\n",
        );
        let got: Vec<(&str, &str)> = rows.iter().map(|r| (r.person, r.title.unwrap())).collect();
        assert_eq!(
            got,
            [("JANE DOE", "Foreign Affairs"), ("JOHN ROE", "Interior"), ("JOHN ROE", "Vice President of the Council")]
        );
        assert!(list_rows(lx(), "WASHINGTON DC: The talks went on.\nNothing else.").is_empty());
    }
}
