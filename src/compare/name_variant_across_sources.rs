#![doc = include_str!("../../docs/checks/name-variant-across-sources.md")]

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::holder_name_misspelt::is_known_name;
use super::{Code, Finding, Input, office_claims, office_evidence};
use crate::extract::office::Post;
use crate::names::{self, NameMatch, NameParts};
use crate::normalise::{Claim, OfficeClaim};

/// The check's documentation, for `factdiff explain`.
pub const DOC: &str = include_str!("../../docs/checks/name-variant-across-sources.md");

/// The most spellings one post may gather before it is left alone: a title
/// that many people share ("party leader" with no party) is no single post.
const MAX_SPELLINGS: usize = 8;

/// One spelling of a holder's name for one post, with the first claim of
/// each text that writes it, in report order.
struct Spelling<'a> {
    parts: NameParts,
    known: bool,
    claims: Vec<(&'a Claim, &'a OfficeClaim)>,
}

pub fn check(input: &Input<'_>, findings: &mut Vec<Finding>) {
    let window = input.options.holder_window_days;
    swapped_letters(input, window, findings);
    for claims in posts(input).values() {
        let spellings = spellings(input, claims);
        if spellings.len() < 2 || spellings.len() > MAX_SPELLINGS {
            continue;
        }
        let spellings: Vec<&Spelling<'_>> = spellings.values().collect();
        for (j, b) in spellings.iter().enumerate() {
            for a in &spellings[..j] {
                let near = names::compare_parts(&a.parts, &b.parts) == NameMatch::Near
                    || names::compare_parts(&b.parts, &a.parts) == NameMatch::Near;
                // Two names the claim files both know are two people.
                if !near || (a.known && b.known) {
                    continue;
                }
                let (variant, intended) = if prefer(a, b) { (*b, *a) } else { (*a, *b) };
                report(input, variant, intended, window, findings, |office, other, sources| {
                    format!(
                        "\"{}\" here and \"{}\" in {sources} are named as {} at the same time: likely one person, \
                         one spelling wrong",
                        office.person, other.person, office.title,
                    )
                });
            }
        }
    }
}

/// Two holders of posts the claim files do not know, named by different
/// texts within `window` days, whose names are one but for two neighbouring
/// letters swapped in the family name ("Sachit Mehra" as party chairman,
/// "Sachit Merha" as the party's president): whatever the titles, that is
/// one person typed two ways. Only a swap counts here: a letter more or
/// less, or another letter, is as often another family (Davies and Davis),
/// which only one post makes one person. Each text writing the rarer
/// spelling is reported once, against the first text writing the other.
fn swapped_letters(input: &Input<'_>, window: i32, findings: &mut Vec<Finding>) {
    let mut named: BTreeMap<String, Vec<(&Claim, &OfficeClaim)>> = BTreeMap::new();
    for (claim, office) in office_claims(input.claims) {
        if office.office.is_none() && office.as_of.is_some() && office.qualifier.is_current() && office.era.is_present()
        {
            named.entry(office.person.clone()).or_default().push((claim, office));
        }
    }
    let spellings: Vec<Spelling<'_>> = named
        .into_values()
        .map(|claims| spelling(input, claims))
        .filter(|s| s.parts.words.len() >= 2 && !s.known)
        .collect();
    // A swap keeps the given names, the family name's length and its
    // letters: only names alike in those are compared.
    let mut alike: BTreeMap<(&[String], Vec<u8>), Vec<&Spelling<'_>>> = BTreeMap::new();
    for s in &spellings {
        let Some((family, given)) = s.parts.words.split_last() else { continue };
        let mut letters = family.as_bytes().to_vec();
        letters.sort_unstable();
        alike.entry((given, letters)).or_default().push(s);
    }
    for group in alike.values() {
        for (j, &b) in group.iter().enumerate() {
            for &a in &group[..j] {
                if !swapped_family_name(&a.parts, &b.parts) {
                    continue;
                }
                let (variant, intended) = if prefer(a, b) { (b, a) } else { (a, b) };
                report(input, variant, intended, window, findings, |office, other, sources| {
                    format!(
                        "\"{}\" here ({}) and \"{}\" in {sources} ({}) differ by two letters swapped: likely one \
                     person, one spelling wrong",
                        office.person, office.title, other.person, other.title,
                    )
                });
            }
        }
    }
}

/// Whether two names have the same words but for the last (the family
/// name), which one swap of neighbouring letters turns into the other, in a
/// family name of at least four letters.
fn swapped_family_name(a: &NameParts, b: &NameParts) -> bool {
    let (Some((x, x_given)), Some((y, y_given))) = (a.words.split_last(), b.words.split_last()) else {
        return false;
    };
    if x_given != y_given || x.chars().count() < 4 || x.len() != y.len() {
        return false;
    }
    let (x, y) = (x.as_bytes(), y.as_bytes());
    let differ: Vec<usize> = (0..x.len()).filter(|&i| x[i] != y[i]).collect();
    matches!(differ[..], [i, j] if j == i + 1 && x[i] == y[j] && x[j] == y[i])
}

/// Reports each text writing `variant`, once, against the first text
/// writing `intended` within `window` days; `message` is given both claims
/// and how many sources write the intended spelling ("another source").
fn report(
    input: &Input<'_>,
    variant: &Spelling<'_>,
    intended: &Spelling<'_>,
    window: i32,
    findings: &mut Vec<Finding>,
    message: impl Fn(&OfficeClaim, &OfficeClaim, &str) -> String,
) {
    for &(claim, office) in &variant.claims {
        let Some(&(other_claim, other)) =
            intended.claims.iter().find(|(c, o)| c.doc != claim.doc && within(office, o, window))
        else {
            continue;
        };
        findings.push(Finding {
            code: Code::NameVariantAcrossSources,
            severity: Code::NameVariantAcrossSources.default_severity(),
            message: message(office, other, &sources(intended.claims.len())),
            evidence: vec![office_evidence(input, claim, office), office_evidence(input, other_claim, other)],
        });
    }
}

/// "another source", "3 other sources".
fn sources(n: usize) -> String {
    if n == 1 { "another source".to_string() } else { format!("{n} other sources") }
}

/// Current-holder claims of posts the claim files do not resolve (their
/// own checks judge the posts they know), by post: the title with its
/// country, or for a party post the title alone, which names its party.
/// A bare title ("minister") names no single post.
fn posts<'a>(input: &Input<'a>) -> BTreeMap<(String, String), Vec<(&'a Claim, &'a OfficeClaim)>> {
    let mut posts: BTreeMap<(String, String), Vec<(&Claim, &OfficeClaim)>> = BTreeMap::new();
    for (claim, office) in office_claims(input.claims) {
        if office.office.is_some()
            || office.as_of.is_none()
            || !office.qualifier.is_current()
            || !office.era.is_present()
        {
            continue;
        }
        let country = match (office.jurisdiction.as_deref(), office.post) {
            (Some(j), _) => j.to_string(),
            (None, Post::Party) => String::new(),
            (None, _) => continue,
        };
        let title = names::title_key(&office.title);
        if crate::vocab::titles::is_bare_head(&title) {
            continue;
        }
        posts.entry((country, title)).or_default().push((claim, office));
    }
    posts
}

/// The post's claims by spelling (by name key: forms of one name are one
/// spelling), the first claim of each text for each, in report order.
fn spellings<'a>(input: &Input<'a>, claims: &[(&'a Claim, &'a OfficeClaim)]) -> BTreeMap<String, Spelling<'a>> {
    let mut by_key: BTreeMap<String, Vec<(&Claim, &OfficeClaim)>> = BTreeMap::new();
    for &(claim, office) in claims {
        by_key.entry(names::key_of(&NameParts::of(&office.person))).or_default().push((claim, office));
    }
    by_key.into_iter().map(|(key, claims)| (key, spelling(input, claims))).collect()
}

/// One spelling's claims, the first of each text in report order; its name
/// is the first claim's.
fn spelling<'a>(input: &Input<'a>, claims: Vec<(&'a Claim, &'a OfficeClaim)>) -> Spelling<'a> {
    let claims = first_of_each_text(input, claims);
    let person = &claims[0].1.person;
    Spelling { known: is_known_name(input.ledger, person), parts: NameParts::of(person), claims }
}

/// The first claim of each text, in report order.
fn first_of_each_text<'a>(
    input: &Input<'a>,
    mut claims: Vec<(&'a Claim, &'a OfficeClaim)>,
) -> Vec<(&'a Claim, &'a OfficeClaim)> {
    let path = |c: &Claim| input.documents[c.doc].path.as_str();
    claims.sort_by(|(a, _), (b, _)| path(a).cmp(path(b)).then(a.span.start.cmp(&b.span.start)));
    let mut out: Vec<(&Claim, &OfficeClaim)> = Vec::new();
    for (claim, office) in claims {
        if !out.iter().any(|(c, _)| c.doc == claim.doc) {
            out.push((claim, office));
        }
    }
    out
}

/// Whether `a` is the spelling to keep over `b`: more texts write it, or as
/// many and the claim files know it, or as many and it comes first.
fn prefer(a: &Spelling<'_>, b: &Spelling<'_>) -> bool {
    (a.claims.len(), a.known) >= (b.claims.len(), b.known)
}

/// Whether two claims' dates lie within `window` days of each other.
fn within(a: &OfficeClaim, b: &OfficeClaim, window: i32) -> bool {
    let (Some(x), Some(y)) = (a.as_of, b.as_of) else { return false };
    let day = |d: Date| (d - Date::constant(1970, 1, 1)).get_days();
    day(x.first_day()) - window <= day(y.last_day()) && day(y.first_day()) - window <= day(x.last_day())
}

#[cfg(test)]
mod tests {
    use crate::claims::ClaimSet;
    use crate::compare::{Code, Options};
    use crate::load::Document;

    /// The findings of this check on the texts, as (variant's path, message).
    fn found(docs: Vec<Document>) -> Vec<(String, String)> {
        let run = crate::check::check(docs, &ClaimSet::default(), &Options::default());
        run.comparison
            .findings
            .iter()
            .filter(|f| f.code == Code::NameVariantAcrossSources)
            .map(|f| (f.evidence[0].path.clone(), f.message.clone()))
            .collect()
    }

    #[test]
    fn one_source_spelling_a_holder_otherwise_than_the_rest_is_reported() {
        let got = found(vec![
            Document::dated("a.txt", "2024-06-09", "Norwegian Prime Minister Tshering Dolkar arrived."),
            Document::dated("b.txt", "2024-06-10", "Norwegian Prime Minister Shering Dolkar arrived."),
            Document::dated("c.txt", "2024-06-10", "Norwegian Prime Minister Tshering Dolkar spoke."),
        ]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "b.txt");
        assert!(got[0].1.contains("\"Shering Dolkar\""), "{}", got[0].1);
        assert!(got[0].1.contains("\"Tshering Dolkar\" in 2 other sources"), "{}", got[0].1);
    }

    #[test]
    fn other_people_other_posts_other_times_and_forms_of_one_name_are_not_variants() {
        for docs in [
            // Two different names.
            vec![
                Document::dated("a.txt", "2024-06-09", "Norwegian Prime Minister Tshering Dolkar arrived."),
                Document::dated("b.txt", "2024-06-10", "Norwegian Prime Minister Karin Lund arrived."),
            ],
            // Another country's post.
            vec![
                Document::dated("a.txt", "2024-06-09", "Norwegian Prime Minister Tshering Dolkar arrived."),
                Document::dated("b.txt", "2024-06-10", "Swedish Prime Minister Shering Dolkar arrived."),
            ],
            // A year apart: the post may have changed hands.
            vec![
                Document::dated("a.txt", "2023-06-09", "Norwegian Prime Minister Tshering Dolkar arrived."),
                Document::dated("b.txt", "2024-06-10", "Norwegian Prime Minister Shering Dolkar arrived."),
            ],
            // A middle initial is a form of the name, not a misspelling.
            vec![
                Document::dated("a.txt", "2024-06-09", "Norwegian Prime Minister Tshering Dolkar arrived."),
                Document::dated("b.txt", "2024-06-10", "Norwegian Prime Minister Tshering K. Dolkar arrived."),
            ],
            // One text: `name-variant-in-text` speaks for it.
            vec![Document::dated(
                "a.txt",
                "2024-06-09",
                "Norwegian Prime Minister Tshering Dolkar arrived. Norwegian Prime Minister Shering Dolkar left.",
            )],
        ] {
            assert_eq!(found(docs.clone()), [], "{:?}", docs.iter().map(|d| d.text.as_str()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn two_letters_swapped_in_a_family_name_are_one_person_whatever_the_titles() {
        let got = found(vec![
            Document::dated("a.txt", "2025-03-09", "Liberal Party president Sachit Mehra said the vote was fair."),
            Document::dated("b.txt", "2025-03-10", "Sachit Merha, chairman of the Liberal Party, spoke."),
            Document::dated("c.txt", "2025-03-10", "Party chairman Sachit Mehra spoke first."),
        ]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "b.txt");
        assert!(got[0].1.contains("\"Sachit Merha\" here") && got[0].1.contains("two letters swapped"), "{}", got[0].1);
    }

    #[test]
    fn other_letters_other_given_names_one_text_or_far_apart_are_no_swap() {
        for (first, second) in [
            // A letter less: as often another family.
            ("Welsh Secretary David Davies spoke.", "Brexit Secretary David Davis spoke."),
            // Another letter.
            ("Party chairman Anna Hansen spoke.", "Party treasurer Anna Hanson spoke."),
            // Another given name.
            ("Party chairman Sachit Mehra spoke.", "Party treasurer Rohan Merha spoke."),
            // Letters apart, not neighbours.
            ("Party chairman Sachit Mehra spoke.", "Party treasurer Sachit Marhe spoke."),
        ] {
            let got = found(vec![
                Document::dated("a.txt", "2025-03-09", first),
                Document::dated("b.txt", "2025-03-10", second),
            ]);
            assert_eq!(got, [], "{first} / {second}");
        }
        let one_text = "Party chairman Sachit Mehra spoke. Party chairman Sachit Merha left.";
        assert_eq!(found(vec![Document::dated("a.txt", "2025-03-09", one_text)]), []);
        let far = vec![
            Document::dated("a.txt", "2024-03-09", "Party chairman Sachit Mehra spoke."),
            Document::dated("b.txt", "2025-03-10", "Party treasurer Sachit Merha spoke."),
        ];
        assert_eq!(found(far), []);
    }
}
