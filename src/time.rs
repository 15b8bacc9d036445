//! Calendar values that may be partial: a year, a month, a day, or an
//! inclusive interval of days.
//!
//! Partial values stay partial: a publication date of `2025-03` is the whole
//! of March 2025, not the 1st. Comparisons work on the interval of days a
//! value covers, so "in 2024" and "on 2024-04-14" overlap.

use std::fmt;

use jiff::civil::Date;

/// A date as precise as its evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateValue {
    Year(i16),
    Month(i16, i8),
    Day(Date),
    /// Inclusive on both ends; `start <= end`.
    Interval(Date, Date),
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateParseError {
    pub message: String,
}

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DateParseError {}

impl DateValue {
    /// The first day covered.
    pub fn first_day(&self) -> Date {
        match *self {
            DateValue::Year(y) => Date::new(y, 1, 1).expect("year in range"),
            DateValue::Month(y, m) => Date::new(y, m, 1).expect("month in range"),
            DateValue::Day(d) => d,
            DateValue::Interval(a, _) => a,
        }
    }

    /// The last day covered.
    pub fn last_day(&self) -> Date {
        match *self {
            DateValue::Year(y) => Date::new(y, 12, 31).expect("year in range"),
            DateValue::Month(y, m) => Date::new(y, m, 1).expect("month in range").last_of_month(),
            DateValue::Day(d) => d,
            DateValue::Interval(_, b) => b,
        }
    }

    /// Whether some day lies in both.
    pub fn overlaps(&self, other: &DateValue) -> bool {
        self.first_day() <= other.last_day() && other.first_day() <= self.last_day()
    }

    /// Whether `day` lies in this value.
    pub fn contains_day(&self, day: Date) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }

    /// An interval from two values, covering both; collapses to `Day` when
    /// both ends are one day.
    pub fn span(a: DateValue, b: DateValue) -> DateValue {
        let (start, end) = (a.first_day().min(b.first_day()), a.last_day().max(b.last_day()));
        if start == end { DateValue::Day(start) } else { DateValue::Interval(start, end) }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or an interval `A/B` of any
    /// two of those (`2004/2005`, `2025-03-30/2025-04-15`).
    ///
    /// # Errors
    /// When the text is none of those shapes, names a day that does not exist
    /// (`2025-02-30`), or an interval ends before it starts.
    ///
    /// # Example
    /// ```
    /// use factdiff::time::DateValue;
    /// let v = DateValue::parse("2025-03").unwrap();
    /// assert_eq!(v.to_string(), "2025-03");
    /// assert_eq!(v.last_day().to_string(), "2025-03-31");
    /// ```
    pub fn parse(text: &str) -> Result<DateValue, DateParseError> {
        let text = text.trim();
        if let Some((a, b)) = text.split_once('/') {
            let (a, b) = (Self::parse_single(a)?, Self::parse_single(b)?);
            if b.last_day() < a.first_day() {
                return Err(DateParseError { message: format!("interval `{text}` ends before it starts") });
            }
            return Ok(DateValue::Interval(a.first_day(), b.last_day()));
        }
        Self::parse_single(text)
    }

    fn parse_single(text: &str) -> Result<DateValue, DateParseError> {
        let err = |why: &str| DateParseError {
            message: format!("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but found `{text}`{why}"),
        };
        let parts: Vec<&str> = text.trim().split('-').collect();
        let num = |s: &str, len: usize| -> Option<i32> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
        };
        let year = parts.first().and_then(|s| num(s, 4)).ok_or_else(|| err(""))?;
        let year = i16::try_from(year).map_err(|_| err(""))?;
        match parts.len() {
            1 => Ok(DateValue::Year(year)),
            2 => {
                let month = num(parts[1], 2).ok_or_else(|| err(""))?;
                if !(1..=12).contains(&month) {
                    return Err(err(" (month out of range)"));
                }
                Ok(DateValue::Month(year, month as i8))
            }
            3 => {
                let month = num(parts[1], 2).ok_or_else(|| err(""))?;
                let day = num(parts[2], 2).ok_or_else(|| err(""))?;
                Date::new(year, month as i8, day as i8).map(DateValue::Day).map_err(|_| err(" (no such day)"))
            }
            _ => Err(err("")),
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Year(y) => write!(f, "{y:04}"),
            DateValue::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DateValue::Day(d) => write!(f, "{d}"),
            DateValue::Interval(a, b) => {
                // At the coarsest unit both ends are exact in: whole years
                // print `2030/2033`, whole months `2024-06/2024-08`, and
                // [`DateValue::parse`] reads each back to the same days.
                let whole_months = a.day() == 1 && *b == b.last_of_month();
                if whole_months && a.month() == 1 && b.month() == 12 {
                    write!(f, "{:04}/{:04}", a.year(), b.year())
                } else if whole_months {
                    write!(f, "{:04}-{:02}/{:04}-{:02}", a.year(), a.month(), b.year(), b.month())
                } else {
                    write!(f, "{a}/{b}")
                }
            }
        }
    }
}

impl serde::Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_stay_partial_and_cover_their_days() {
        let m = DateValue::parse("2024-02").unwrap();
        assert_eq!(m.to_string(), "2024-02");
        assert_eq!(m.last_day().to_string(), "2024-02-29");
        let y = DateValue::parse("2025").unwrap();
        assert!(y.overlaps(&DateValue::parse("2025-12-11").unwrap()));
        assert!(!y.overlaps(&DateValue::parse("2026-01-01").unwrap()));
    }

    #[test]
    fn intervals_accept_mixed_precision() {
        let v = DateValue::parse("2004/2005").unwrap();
        assert_eq!(v.first_day().to_string(), "2004-01-01");
        assert_eq!(v.last_day().to_string(), "2005-12-31");
        let v = DateValue::parse("2025-03-30/2025-04-15").unwrap();
        assert_eq!(v.first_day().to_string(), "2025-03-30");
    }

    #[test]
    fn intervals_print_at_the_coarsest_exact_unit_and_read_back() {
        for (days, shown) in [
            ("2030-01-01/2033-12-31", "2030/2033"),
            ("2024-06-01/2024-08-31", "2024-06/2024-08"),
            ("2024-12-01/2025-02-28", "2024-12/2025-02"),
            ("2024-02-01/2024-02-29", "2024-02/2024-02"),
            ("2024-06-01/2024-08-30", "2024-06-01/2024-08-30"),
            ("2024-06-02/2024-08-31", "2024-06-02/2024-08-31"),
            ("2030-01-01/2033-11-30", "2030-01/2033-11"),
        ] {
            let v = DateValue::parse(days).unwrap();
            assert_eq!(v.to_string(), shown, "{days}");
            assert_eq!(DateValue::parse(shown).unwrap(), v, "{shown} reads back");
        }
    }

    #[test]
    fn impossible_dates_are_refused_with_the_reason() {
        let e = DateValue::parse("2025-02-30").unwrap_err();
        assert!(e.message.contains("no such day"), "{e}");
        assert!(DateValue::parse("2025/2024").unwrap_err().message.contains("ends before"));
        assert!(DateValue::parse("25-01-01").is_err());
        assert!(DateValue::parse("2025-13").is_err());
    }
}
