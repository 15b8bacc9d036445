//! factdiff: find contradictions about office holders, dates and amounts
//! across news texts and against curated claim files.
//!
//! Data flows one way: [`load`] → [`extract`] → [`normalise`] → [`compare`]
//! → [`report`]. No module reaches back up that chain. The library never
//! prints; the binary owns the terminal.

pub mod baseline;
pub mod check;
pub mod claim_schema;
pub mod claimdiff;
pub mod claims;
pub mod compare;
pub mod config;
pub mod error;
pub mod extract;
pub mod fingerprint;
pub mod ledger;
pub mod load;
pub mod names;
pub mod normalise;
pub mod report;
pub mod sentence;
pub mod span;
pub mod suppress;
pub mod terminal;
pub mod time;
pub mod vocab;

pub use error::{Error, ErrorKind};
