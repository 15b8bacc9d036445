//! The built-in ledger: the claim files bundled in the repository's
//! `claims/` folder, compiled into the binary (`build.rs` lists every
//! `.yaml` file there, so a new file cannot be left out), so that `factdiff
//! check stories/` knows the world's office holders on a fresh install.
//!
//! Its entries have origins under [`PREFIX`] with their real lines and
//! columns (`<built-in>/japan.yaml:41:5`): a finding names the bundled file
//! and the place in it, which `factdiff ledger show` and the repository's
//! `claims/` folder show.
//!
//! # Extending and replacing it
//! [`super::load_ledger`] reads the built-in files and the user's claim
//! files into one set:
//! - **New ids add.** An office, person or figure whose id no built-in file
//!   defines is added; a tenure of a built-in office or person, written in
//!   the user's files, is added to that office's tenures (and is checked
//!   against the built-in ones: two holders at once is an
//!   `overlapping-tenures` error, as within one file).
//! - **Same ids replace.** An office, person or figure the user's files
//!   define with a built-in id replaces the built-in entry whole: its
//!   titles, names and values are the user's alone, with no `duplicate-id`
//!   error.
//! - **A replaced office takes its tenures with it.** Every built-in tenure
//!   of a replaced office is dropped, so the office's tenures come only from
//!   the user's files: the user may have changed what the office is (its
//!   titles, whether it has one holder), and its history is then theirs to
//!   state. A replaced person keeps the built-in tenures of offices that are
//!   not replaced: they refer to the person by id, and the id now names the
//!   user's entry.
//! - **A tenure restated is one tenure.** A built-in tenure the user's files
//!   repeat exactly (person, office, start, end, acting) is dropped, and
//!   the user's copy stands; so a copy of a bundled file, or of a part of
//!   one, extends nothing and conflicts with nothing.
//! - **An identical file stands in.** A built-in file whose text a user's
//!   file has byte for byte is not read at all: by the rules above it would
//!   add nothing, and findings then point at the user's copy. This is the
//!   case of `factdiff check` run in this repository, where `claims/` is the
//!   built-in ledger's source.
//! - **Suppressions are the user's.** A bundled file's `suppress:` entries
//!   name texts of this repository; they are not part of the built-in
//!   ledger.
//!
//! A reference from a user's file to a built-in id (a tenure of
//! `jp.prime-minister`) resolves, and the cross-file checks (unknown ids,
//! overlapping tenures, shared titles) run over the merged set: a problem
//! between a user's entry and a built-in one names both places.

include!(concat!(env!("OUT_DIR"), "/builtin_claims.rs"));

/// The path prefix of built-in entries' origins: `<built-in>/japan.yaml`.
pub const PREFIX: &str = "<built-in>/";

/// The text of a built-in file, by its origin path (`<built-in>/japan.yaml`).
pub fn text(path: &str) -> Option<&'static str> {
    let name = path.strip_prefix(PREFIX)?;
    FILES.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}
