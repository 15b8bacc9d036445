//! The claim-file format as serde types (separate from the domain types in
//! [`super`]); strict: unknown keys are errors.
//!
//! (stub: to be written)
