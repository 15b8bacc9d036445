//! Month and weekday names (`calendar.tsv`): read by the date grammar, and
//! by the office grammar, for which a capitalised month or weekday is never
//! a name ("President Trump Monday").

use std::sync::LazyLock;

use super::rows;

/// What a calendar word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A month, 1 to 12.
    Month(i8),
    /// A weekday, 1 (Monday) to 7.
    Weekday(i8),
}

/// How a calendar word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Full,
    /// An abbreviation ("Sept", "Thurs").
    Short,
    /// An abbreviation that is also a common word ("sun", "wed").
    Word,
}

/// One calendar word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarWord {
    /// Lower case.
    pub word: &'static str,
    pub unit: Unit,
    pub form: Form,
}

static WORDS: LazyLock<Vec<CalendarWord>> = LazyLock::new(|| {
    rows(include_str!("calendar.tsv"))
        .map(|row| {
            let n: i8 = row[2].parse().unwrap_or_else(|_| panic!("calendar.tsv: bad number for {}", row[0]));
            CalendarWord {
                word: row[0],
                unit: match row[1] {
                    "month" => Unit::Month(n),
                    "weekday" => Unit::Weekday(n),
                    other => panic!("calendar.tsv: unknown unit `{other}`"),
                },
                form: match row[3] {
                    "full" => Form::Full,
                    "short" => Form::Short,
                    "word" => Form::Word,
                    other => panic!("calendar.tsv: unknown form `{other}`"),
                },
            }
        })
        .collect()
});

/// Every calendar word.
pub fn all() -> &'static [CalendarWord] {
    &WORDS
}

/// The calendar word `word` is, in any ASCII case.
pub fn lookup(word: &str) -> Option<&'static CalendarWord> {
    all().iter().find(|w| w.word.eq_ignore_ascii_case(word))
}

/// The number of the month `word` names, full or abbreviated.
pub fn month(word: &str) -> Option<i8> {
    match lookup(word)?.unit {
        Unit::Month(m) => Some(m),
        Unit::Weekday(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_and_weekday_has_its_full_name_once() {
        for m in 1..=12 {
            let full: Vec<_> = all().iter().filter(|w| w.unit == Unit::Month(m) && w.form == Form::Full).collect();
            assert_eq!(full.len(), 1, "month {m}");
        }
        for d in 1..=7 {
            let full: Vec<_> = all().iter().filter(|w| w.unit == Unit::Weekday(d) && w.form == Form::Full).collect();
            assert_eq!(full.len(), 1, "weekday {d}");
        }
        let mut words: Vec<&str> = all().iter().map(|w| w.word).collect();
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), all().len(), "a word twice");
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("monday"), None);
    }
}
