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
                for &(claim, office) in &variant.claims {
                    let Some(&(other_claim, other)) =
                        intended.claims.iter().find(|(c, o)| c.doc != claim.doc && within(office, o, window))
                    else {
                        continue;
                    };
                    findings.push(Finding {
                        code: Code::NameVariantAcrossSources,
                        severity: Code::NameVariantAcrossSources.default_severity(),
                        message: format!(
                            "\"{}\" here and \"{}\" in {} are named as {} at the same time: likely one person, \
                             one spelling wrong",
                            office.person,
                            other.person,
                            sources(intended.claims.len()),
                            office.title,
                        ),
                        evidence: vec![
                            office_evidence(input, claim, office),
                            office_evidence(input, other_claim, other),
                        ],
                    });
                }
            }
        }
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
    let mut out: BTreeMap<String, Spelling<'a>> = BTreeMap::new();
    let path = |c: &Claim| input.documents[c.doc].path.as_str();
    let mut ordered = claims.to_vec();
    ordered.sort_by(|(a, _), (b, _)| path(a).cmp(path(b)).then(a.span.start.cmp(&b.span.start)));
    for (claim, office) in ordered {
        let parts = NameParts::of(&office.person);
        let spelling = out.entry(names::key_of(&parts)).or_insert_with(|| Spelling {
            known: is_known_name(input.ledger, &office.person),
            parts,
            claims: Vec::new(),
        });
        if !spelling.claims.iter().any(|(c, _)| c.doc == claim.doc) {
            spelling.claims.push((claim, office));
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
}
