//! Person names as one identity: the display form of a name as written, and
//! the claim files' person when they know it.

use crate::claims::{ClaimSet, Person};
use crate::names;

/// A name as written, tidied for display: spaces collapsed, a family name in
/// capitals ("KISHIDA Fumio") written in title case, possessives dropped.
pub fn display(name: &str) -> String {
    name.split_whitespace()
        .map(|w| {
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters > 1 && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
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

/// The one person in the claim files this full name names, if exactly one.
pub fn lookup<'c>(claims: &'c ClaimSet, name: &str) -> Option<&'c Person> {
    match claims.people_named(&names::person_key(name)).as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Whether a name is a single word (after honorifics): a short mention.
pub fn is_short(name: &str) -> bool {
    names::person_key(name).split(' ').count() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_become_title_case_and_spaces_collapse() {
        assert_eq!(display("KISHIDA  Fumio"), "Kishida Fumio");
        assert_eq!(display("George W. Bush"), "George W. Bush");
        assert_eq!(display("Mohamed bin Hasan"), "Mohamed bin Hasan");
    }

    #[test]
    fn short_mentions_are_one_name_word() {
        assert!(is_short("Hegseth"));
        assert!(is_short("Mr Blair"));
        assert!(!is_short("Pete Hegseth"));
    }
}
