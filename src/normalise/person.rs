//! Person names as one identity: the display form of a name as written, and
//! the claim files' person when they know it.

use crate::claims::{ClaimSet, Person};
use crate::names::{self, NameParts};

/// A name as written, tidied for display: spaces collapsed, a family name in
/// capitals ("KISHIDA Fumio") written in title case, initials written
/// together ("J.P. Nadda") kept, possessives dropped.
pub fn display(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let quoted = w.starts_with(['"', '“', '‘', '\'']);
            if letters > 1 && !quoted && !w.contains('.') && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
                let mut out = String::new();
                for (i, c) in w.chars().enumerate() {
                    if i == 0 { out.extend(c.to_uppercase()) } else { out.extend(c.to_lowercase()) }
                }
                out
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The one person in the claim files this full name names, if exactly one:
/// by its key (order, case, accents, honorifics, romanisation), else by a
/// name of theirs it may be another form of — with or without middle names,
/// initials or a suffix ("Robert J. Hale III" for "Robert Hale"), looked up
/// by family name. A family name alone names nobody here; the office it is
/// named with decides (see `office`).
pub fn lookup<'c>(claims: &'c ClaimSet, name: &str) -> Option<&'c Person> {
    match claims.people_named(&names::person_key(name)).as_slice() {
        [one] => return Some(one),
        [] => {}
        _ => return None,
    }
    let parts = NameParts::of(name);
    if parts.short {
        return None;
    }
    let mut found: Vec<&Person> = Vec::new();
    for surname in &parts.family {
        for p in claims.people_with_surname(surname) {
            let forms = std::iter::once(&p.name).chain(&p.aliases);
            if !found.iter().any(|f| f.id == p.id)
                && forms.map(|n| NameParts::of(n)).any(|other| !other.short && names::may_be_one_person(&parts, &other))
            {
                found.push(p);
            }
        }
    }
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Whether a name is a family name alone (after honorifics): a short mention.
pub fn is_short(name: &str) -> bool {
    NameParts::of(name).short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_become_title_case_and_spaces_collapse() {
        assert_eq!(display("KISHIDA  Fumio"), "Kishida Fumio");
        assert_eq!(display("George W. Bush"), "George W. Bush");
        assert_eq!(display("Mohamed bin Hasan"), "Mohamed bin Hasan");
        assert_eq!(display("J.P. Nadda"), "J.P. Nadda");
    }

    #[test]
    fn short_mentions_are_one_name_word() {
        assert!(is_short("Hegseth"));
        assert!(is_short("Mr Blair"));
        assert!(!is_short("Pete Hegseth"));
    }
}
