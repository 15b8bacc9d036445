//! Normalisation: turn mentions into claims with one identity per person,
//! per office, per amount and per date interval.

pub mod date;
