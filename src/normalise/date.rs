//! Resolving date expressions against a reference (publication) date.
//!
//! The reference may itself be partial (a year, a month, an interval); a
//! result is never more precise than the evidence allows, and `None` means
//! "cannot say" rather than a guess.
//!
//! # Policy
//! - **Yearless days and months** take their year from the tense hint the
//!   extractor recorded from the clause (see `extract::date`):
//!   [`Tense::Past`] ("said on Sunday", "met on April 20") picks the most
//!   recent one on or before the reference's last day, [`Tense::Future`]
//!   ("will visit Tokyo on Sunday", "would hold a vote in January") the
//!   first one on or after the reference's first day, and
//!   [`Tense::Unmarked`] ("record March 30", "a confidence vote in
//!   January") the nearer of the two, the past one when both are as near:
//!   "in January" in a November story is the coming January, in a February
//!   story the past one.
//! - **Relative days** ("tomorrow", "two days ago", weekdays) need a
//!   day-precise reference; with a partial one, "today"-like words resolve
//!   to the reference itself (today lies in it) and the rest to `None`.
//!   A text dated only to a month may later be read again against the
//!   days its story's other sources were published (see
//!   [`super::story`]).
//! - **"Tomorrow, which is the 12th"**: the explicit day of month wins when
//!   it lies within three days of the relative reading (it then corrects an
//!   approximate reference), and also when the reference is only a month;
//!   further away it contradicts the relative word, which then wins.
//! - **Parts of a year**: early = January–April, mid = May–August, late =
//!   September–December, end = October–December (the last quarter: "at
//!   the end of 2022" covers the December 2022 strategy documents without
//!   claiming a single month). "The beginning (start) of" a year or a
//!   month is the whole of it: the phrase places an event in that unit
//!   more than in its first part ("at the beginning of next year" is said
//!   of plans that may slip to the spring), and a vaguer interval only
//!   agrees with more, it never contradicts more.
//! - **Parts of a decade**: early (and the start) = its years 0–3, mid =
//!   4–6, late (and the end) = 7–9: "the early 2030s" is 2030–2033.
//! - **Parts of a month** ("early October", "mid-March", "the end of
//!   November"): days 1–10, 11–20, and 21 to the month's end; its
//!   beginning is the month (see above).
//! - **Weeks** run Monday to Sunday: "last week" is the previous
//!   Monday–Sunday interval; "next Sunday" is the Sunday of next week.
//!   "Friday" alone is the nearest Friday on or before (past) or on or
//!   after (future) the reference, the reference day included.
//! - **Whole units** ("last month", "next year", "October last year") work
//!   from any reference that lies in one month or one year.
//! - **Stretches** ("the past two years") run from the reference's first
//!   day minus the span to its last day.
//! - **Business days** skip Saturdays and Sundays, not holidays.
//! - **"the new year"** is the year after the reference.
//! - **Seasons** are meteorological and northern: spring March–May,
//!   summer June–August, autumn ("fall") September–November, winter
//!   December–February, so a winter belongs to the year it starts in.
//!   "this summer" is the summer of the reference's year; "this winter"
//!   the one under way or ahead from September to February, and nothing
//!   from March to August; "last summer" the latest summer that ended
//!   before the reference, "next summer" the first that starts after it.
//!   The extractor declines "the winter of 2024" (which December?).
//! - **Quarters** are calendar quarters of a named year ("Q2 2025", "the
//!   third quarter of last year"); the extractor declines a quarter
//!   without its year.
//! - **Days told before** ("earlier in the day", "later that day", "the
//!   same day") are the day of the latest day-precise date before them in
//!   the text; with no date before them, the reference day; with only
//!   coarser dates before them, none (see [`resolve_in_order`]). Alone,
//!   [`resolve`] gives the reference day. "last night" is the day before
//!   the reference.
//! - **Ranges** ("from April 19 until June 1", "between 2019 and 2021")
//!   run from the first day of one end to the last day of the other, at
//!   the precision of the ends ("from June to August" is
//!   `2024-06/2024-08`); a yearless start takes its year from a written
//!   end ("from December 20 to January 5, 2025" starts in 2024); ends that
//!   resolve the wrong way round give none.
//!   The two ends stay claims of their own: each is still what the text
//!   says of its day, and the range adds the stretch.
//! - **"this week"** is Monday to Sunday; written on a Sunday, when a
//!   story may mean the week ending that day or the one ahead, it runs
//!   from that Monday to the next Sunday, both weeks.
//! - **"earlier this week"** runs from Monday to the reference day, "later
//!   this week" from the reference day to Sunday: the reference day is
//!   kept because a story of the morning may tell what happened earlier the
//!   same day.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::extract::date::{DateExpr, MonthSel, Part, Season, SeasonRef, Tense, Unit, YearRef};
use crate::time::DateValue;

/// The date or interval `expr` denotes, read in a text published at
/// `reference`; `None` when it cannot be resolved (a relative date in an
/// undated text, or a day that does not exist such as "February 30").
///
/// # Example
/// ```
/// use factdiff::extract::date::extract;
/// use factdiff::normalise::date::resolve;
/// use factdiff::time::DateValue;
/// let text = "Tomorrow, which is the 12th";
/// let m = &extract(text)[0];
/// let v = resolve(&m.expr, Some(DateValue::parse("2025-12-11").unwrap()));
/// assert_eq!(v.unwrap().to_string(), "2025-12-12");
/// ```
pub fn resolve(expr: &DateExpr, reference: Option<DateValue>) -> Option<DateValue> {
    // A year or month past jiff's range (shifting from 9999) is no answer;
    // `DateValue::first_day` would panic on it later.
    resolve_unchecked(expr, reference).filter(|v| match *v {
        DateValue::Year(y) => Date::new(y, 1, 1).is_ok(),
        DateValue::Month(y, m) => Date::new(y, m, 1).is_ok(),
        DateValue::Day(_) | DateValue::Interval(..) => true,
    })
}

/// The values of one text's mentions, in text order: [`resolve`] each,
/// except that [`DateExpr::SameDay`] ("earlier in the day", "the same
/// day") takes the day of the latest day-precise value before it; with no
/// date before it at all, the reference when that is a day.
///
/// # Example
/// ```
/// use factdiff::extract::date::extract;
/// use factdiff::normalise::date::resolve_in_order;
/// use factdiff::time::DateValue;
/// let text = "They met on March 3. Later that day, talks failed.";
/// let exprs: Vec<_> = extract(text).into_iter().map(|m| m.expr).collect();
/// let v = resolve_in_order(&exprs, DateValue::parse("2025-03-10").ok());
/// assert_eq!(v[1].unwrap().to_string(), "2025-03-03");
/// ```
pub fn resolve_in_order<'a>(
    exprs: impl IntoIterator<Item = &'a DateExpr>,
    reference: Option<DateValue>,
) -> Vec<Option<DateValue>> {
    let mut told: Option<DateValue> = None;
    let mut out: Vec<Option<DateValue>> = Vec::new();
    for expr in exprs {
        let value = match expr {
            // Dates came before but none to the day: which day is unknown.
            DateExpr::SameDay if told.is_none() && !out.is_empty() => None,
            DateExpr::SameDay => told.or_else(|| resolve(expr, reference)),
            _ => resolve(expr, reference),
        };
        if let Some(DateValue::Day(_)) = value {
            told = value;
        }
        out.push(value);
    }
    out
}

fn resolve_unchecked(expr: &DateExpr, reference: Option<DateValue>) -> Option<DateValue> {
    match *expr {
        DateExpr::Absolute { year, month, day } => absolute(year, month, day),
        DateExpr::EitherOrder { year, month, day } => either_order(year, month, day, reference),
        DateExpr::MonthPart { month, year: Some(y), part, .. } => month_part(y, month, part),
        DateExpr::Decade { decade, part } => {
            let (a, b) = match part {
                None => (0, 9),
                Some(Part::Start | Part::Early) => (0, 3),
                Some(Part::Mid) => (4, 6),
                Some(Part::Late | Part::End) => (7, 9),
            };
            Some(DateValue::Interval(Date::new(decade + a, 1, 1).ok()?, Date::new(decade + b, 12, 31).ok()?))
        }
        DateExpr::YearPart { year, part } => {
            let y = match year {
                YearRef::Absolute(y) => y,
                YearRef::Relative(k) => ref_year(reference?)?.checked_add(i16::from(k))?,
            };
            year_part(y, part)
        }
        DateExpr::Season { season, at: SeasonRef::Year(year) } => season_of(season, year_of(year, reference)?),
        DateExpr::Quarter { n, year } => quarter(n, year_of(year, reference)?),
        DateExpr::Range { ref from, ref to } => {
            let b = resolve(to, reference)?;
            // "from June to August 2023": a yearless start takes the year
            // of a written end, as the most recent such day on or before it.
            let written_end = matches!(**to, DateExpr::Absolute { .. } | DateExpr::EitherOrder { .. });
            let a = if written_end && from.tense().is_some() {
                resolve(&from.as_ref().clone().with_tense(Tense::Past), Some(b))?
            } else {
                resolve(from, reference)?
            };
            (a.first_day() <= b.last_day()).then(|| DateValue::span(a, b))
        }
        _ => relative(expr, reference?),
    }
}

/// A written year, or one counted from the reference's single year.
fn year_of(year: YearRef, reference: Option<DateValue>) -> Option<i16> {
    match year {
        YearRef::Absolute(y) => Some(y),
        YearRef::Relative(k) => ref_year(reference?)?.checked_add(i16::from(k)),
    }
}

/// The three whole months from `first_month` of year `y` on.
fn three_months(y: i16, first_month: i8) -> Option<DateValue> {
    let start = Date::new(y, first_month, 1).ok()?;
    let end = start.checked_add(2.months()).ok()?.last_of_month();
    Some(DateValue::Interval(start, end))
}

/// The season that starts in year `y` (winter runs into the next year).
fn season_of(season: Season, y: i16) -> Option<DateValue> {
    three_months(y, season.first_month())
}

/// Quarter `n` (1–4) of year `y`.
fn quarter(n: i8, y: i16) -> Option<DateValue> {
    three_months(y, 3 * (n - 1) + 1)
}

/// "this summer", "last winter", "next spring". This one is the season of
/// the reference's year; for winter, the one under way or just ahead
/// (December to February from a reference in September to February), none
/// from a reference in March to August. Last is the latest that ended
/// before the reference, next the first that starts after it. The answer
/// must be the same from the reference's first and last day, so a
/// reference of a whole year gives none for "last summer".
fn season_shift(season: Season, shift: i8, r: DateValue) -> Option<DateValue> {
    let from = |d: Date| -> Option<Date> {
        let start = |y: i16| Date::new(y, season.first_month(), 1).ok();
        let end = |y: i16| start(y)?.checked_add(3.months()).ok()?.yesterday().ok();
        let y = d.year();
        match shift {
            0 if season == Season::Winter => match d.month() {
                1 | 2 => start(y - 1),
                9..=12 => start(y),
                _ => None,
            },
            0 => start(y),
            k if k < 0 => (y - 2..=y).rev().find(|&y| end(y).is_some_and(|e| e < d)).and_then(start),
            _ => (y - 1..=y + 1).find(|&y| start(y).is_some_and(|s| s > d)).and_then(start),
        }
    };
    let (a, b) = (from(r.first_day())?, from(r.last_day())?);
    if a != b {
        return None;
    }
    three_months(a.year(), a.month())
}

/// How near a reading of "03/05/2025" must lie to a day-precise
/// reference to be preferred over the other.
const NEAR_DAYS: i32 = 3;

/// "03/05/2025": month first, unless only the day-first reading lies
/// within [`NEAR_DAYS`] of a day-precise reference (a story of 2025-05-03
/// reporting that day).
fn either_order(year: i16, month: i8, day: i8, reference: Option<DateValue>) -> Option<DateValue> {
    let month_first = Date::new(year, month, day).ok()?;
    let day_first = Date::new(year, day, month).ok()?;
    if let Some(today) = reference.and_then(ref_day) {
        let near = |d: Date| d.since(today).is_ok_and(|s| s.get_days().abs() <= NEAR_DAYS);
        if near(day_first) && !near(month_first) {
            return Some(DateValue::Day(day_first));
        }
    }
    Some(DateValue::Day(month_first))
}

fn absolute(year: i16, month: Option<i8>, day: Option<i8>) -> Option<DateValue> {
    match (month, day) {
        (Some(m), Some(d)) => Date::new(year, m, d).ok().map(DateValue::Day),
        (Some(m), None) => Date::new(year, m, 1).ok().map(|_| DateValue::Month(year, m)),
        _ => Date::new(year, 1, 1).ok().map(|_| DateValue::Year(year)),
    }
}

fn year_part(y: i16, part: Part) -> Option<DateValue> {
    let (m1, m2) = match part {
        Part::Start => return Date::new(y, 1, 1).ok().map(|_| DateValue::Year(y)),
        Part::Early => (1, 4),
        Part::Mid => (5, 8),
        Part::Late => (9, 12),
        Part::End => (10, 12),
    };
    let start = Date::new(y, m1, 1).ok()?;
    let end = Date::new(y, m2, 1).ok()?.last_of_month();
    Some(DateValue::Interval(start, end))
}

/// The whole month for its start, days 1–10 for early, 11–20 for mid, 21
/// to the end for late and end.
fn month_part(y: i16, m: i8, part: Part) -> Option<DateValue> {
    let first = Date::new(y, m, 1).ok()?;
    let (a, b) = match part {
        Part::Start => return Some(DateValue::Month(y, m)),
        Part::Early => (first, Date::new(y, m, 10).ok()?),
        Part::Mid => (Date::new(y, m, 11).ok()?, Date::new(y, m, 20).ok()?),
        Part::Late | Part::End => (Date::new(y, m, 21).ok()?, first.last_of_month()),
    };
    Some(DateValue::Interval(a, b))
}

/// The single year a reference lies in, if it lies in one.
fn ref_year(r: DateValue) -> Option<i16> {
    let (a, b) = (r.first_day().year(), r.last_day().year());
    (a == b).then_some(a)
}

/// The single month a reference lies in, if it lies in one.
fn ref_month(r: DateValue) -> Option<(i16, i8)> {
    let (a, b) = (r.first_day(), r.last_day());
    (a.year() == b.year() && a.month() == b.month()).then_some((a.year(), a.month()))
}

/// The reference as one day, if it is one.
fn ref_day(r: DateValue) -> Option<Date> {
    match r {
        DateValue::Day(d) => Some(d),
        _ => None,
    }
}

fn relative(expr: &DateExpr, r: DateValue) -> Option<DateValue> {
    if expr.tense() == Some(Tense::Unmarked) {
        let past = relative(&expr.clone().with_tense(Tense::Past), r);
        let future = relative(&expr.clone().with_tense(Tense::Future), r);
        return nearest(past, future, r);
    }
    match *expr {
        DateExpr::MonthDay { month, day, tense } => month_day(month, day, tense, r).map(DateValue::Day),
        DateExpr::MonthOfYear { month, offset } => {
            Some(DateValue::Month(ref_year(r)?.checked_add(i16::from(offset))?, month))
        }
        DateExpr::Month { month, shift, tense } => month_of(month, shift, tense, r),
        DateExpr::DayOfMonth { day, month_shift, tense } => day_of_month(day, month_shift, tense, r),
        DateExpr::Shift { years, months, weeks, days } => shift(years, months, weeks, days, r),
        DateExpr::AnchoredDay { days, day } => anchored(days, day, r),
        DateExpr::Weekday { weekday, week, tense } => {
            weekday_date(weekday, week, tense, ref_day(r)?).map(DateValue::Day)
        }
        DateExpr::Period { unit, offset } => period(unit, offset, r),
        DateExpr::MonthPart { month, year: None, part, tense } => match month_of(month, None, tense, r)? {
            DateValue::Month(y, m) => month_part(y, m, part),
            _ => None,
        },
        DateExpr::NthWeekday { n, weekday, month } => nth_weekday(n, weekday, month, r).map(DateValue::Day),
        DateExpr::Recent { amount, unit } => {
            let span = match unit {
                Unit::Day => amount.days(),
                Unit::Week => amount.weeks(),
                Unit::Month => amount.months(),
                Unit::Year => amount.years(),
            };
            let start = r.first_day().checked_sub(span).ok()?;
            Some(DateValue::span(DateValue::Day(start), r))
        }
        DateExpr::BusinessDays(n) => business_days(n, ref_day(r)?).map(DateValue::Day),
        DateExpr::WeekdaysAhead { n, weekday } => {
            let today = ref_day(r)?;
            let first = weekday_date(weekday, None, Tense::Future, today.tomorrow().ok()?)?;
            first.checked_add((7 * i32::from(n - 1)).days()).ok().map(DateValue::Day)
        }
        DateExpr::Season { season, at: SeasonRef::Shift(k) } => season_shift(season, k, r),
        DateExpr::SameDay => ref_day(r).map(DateValue::Day),
        DateExpr::ThisWeekPart { later } => {
            let today = ref_day(r)?;
            let monday = monday_of(today)?;
            let (a, b) = if later { (today, monday.checked_add(6.days()).ok()?) } else { (monday, today) };
            Some(DateValue::span(DateValue::Day(a), DateValue::Day(b)))
        }
        DateExpr::Absolute { .. }
        | DateExpr::EitherOrder { .. }
        | DateExpr::Decade { .. }
        | DateExpr::YearPart { .. }
        | DateExpr::Season { at: SeasonRef::Year(_), .. }
        | DateExpr::Quarter { .. }
        | DateExpr::Range { .. }
        | DateExpr::MonthPart { year: Some(_), .. } => resolve(expr, Some(r)),
    }
}

/// The nearer of a past and a future reading of one date (the past one
/// when they are as near).
fn nearest(past: Option<DateValue>, future: Option<DateValue>, r: DateValue) -> Option<DateValue> {
    let days = |a: Date, b: Date| b.since(a).map_or(i32::MAX, |s| s.get_days()).max(0);
    match (past, future) {
        (Some(p), Some(f)) => {
            let back = days(p.last_day(), r.first_day());
            let ahead = days(r.last_day(), f.first_day());
            Some(if ahead < back { f } else { p })
        }
        (p, f) => p.or(f),
    }
}

/// A yearless month and day: the most recent on or before the reference
/// (past) or the first on or after it (future). Leap days look up to eight
/// years away.
fn month_day(month: i8, day: i8, tense: Tense, r: DateValue) -> Option<Date> {
    let (first, last) = (r.first_day(), r.last_day());
    match tense {
        Tense::Past | Tense::Unmarked => {
            (0..=8).map(|k| last.year() - k).find_map(|y| Date::new(y, month, day).ok().filter(|d| *d <= last))
        }
        Tense::Future => {
            (0..=8).map(|k| first.year() + k).find_map(|y| Date::new(y, month, day).ok().filter(|d| *d >= first))
        }
    }
}

/// A month without year. `shift` 0 is the reference's year; ±1 the next
/// such month after, or the last before, the reference's month; `None`
/// follows the tense (the reference's own month counts as both).
fn month_of(month: i8, shift: Option<i8>, tense: Tense, r: DateValue) -> Option<DateValue> {
    let (first, last) = (r.first_day(), r.last_day());
    let y = match (shift, tense) {
        (Some(0), _) => ref_year(r)?,
        (Some(k), _) if k > 0 => {
            if month > last.month() {
                last.year()
            } else {
                last.year() + 1
            }
        }
        (Some(_), _) => {
            if month < first.month() {
                first.year()
            } else {
                first.year() - 1
            }
        }
        (None, Tense::Past | Tense::Unmarked) => {
            if month <= last.month() {
                last.year()
            } else {
                last.year() - 1
            }
        }
        (None, Tense::Future) => {
            if month >= first.month() {
                first.year()
            } else {
                first.year() + 1
            }
        }
    };
    Some(DateValue::Month(y, month))
}

/// "the 6th": a day of the reference month, or of the month before (past)
/// or after (future) when the reference month has not reached (or has
/// passed) that day. Needs a reference no coarser than a month.
fn day_of_month(day: i8, month_shift: Option<i8>, tense: Tense, r: DateValue) -> Option<DateValue> {
    let (y, m) = ref_month(r)?;
    let base = Date::new(y, m, 1).ok()?;
    if let Some(k) = month_shift {
        let month = base.checked_add(i32::from(k).months()).ok()?;
        return Date::new(month.year(), month.month(), day).ok().map(DateValue::Day);
    }
    let (first, last) = (r.first_day(), r.last_day());
    for k in 0..=2 {
        let step = match tense {
            Tense::Past | Tense::Unmarked => -k,
            Tense::Future => k,
        };
        let month = base.checked_add(step.months()).ok()?;
        if let Ok(d) = Date::new(month.year(), month.month(), day) {
            let fits = match tense {
                Tense::Past | Tense::Unmarked => d <= last,
                Tense::Future => d >= first,
            };
            if fits {
                return Some(DateValue::Day(d));
            }
        }
    }
    None
}

/// A calendar span from a day reference. With a coarser reference only
/// "today" (the reference itself) and whole years or months of a
/// year- or month-precise reference can be said.
fn shift(years: i16, months: i16, weeks: i16, days: i32, r: DateValue) -> Option<DateValue> {
    if let Some(d) = ref_day(r) {
        let span = jiff::Span::new()
            .try_years(years)
            .ok()?
            .try_months(months)
            .ok()?
            .try_weeks(weeks)
            .ok()?
            .try_days(days)
            .ok()?;
        return d.checked_add(span).ok().map(DateValue::Day);
    }
    if weeks != 0 || days != 0 {
        return None;
    }
    match r {
        _ if years == 0 && months == 0 => Some(r),
        DateValue::Month(y, m) => {
            let d = Date::new(y, m, 1)
                .ok()?
                .checked_add(jiff::Span::new().try_years(years).ok()?.try_months(months).ok()?)
                .ok()?;
            Some(DateValue::Month(d.year(), d.month()))
        }
        _ if months == 0 => Some(DateValue::Year(ref_year(r)?.checked_add(years)?)),
        _ => None,
    }
}

/// The `n`th `weekday` of the selected month; `None` past the month's end
/// ("fifth Sunday" of a month with four).
fn nth_weekday(n: i8, weekday: Weekday, month: MonthSel, r: DateValue) -> Option<Date> {
    let (y, m) = match month {
        MonthSel::Reference => ref_month(r)?,
        MonthSel::Shifted(k) => {
            let (y, m) = ref_month(r)?;
            let d = Date::new(y, m, 1).ok()?.checked_add(i32::from(k).months()).ok()?;
            (d.year(), d.month())
        }
        MonthSel::Named { month, tense } => match month_of(month, None, tense, r)? {
            DateValue::Month(y, m) => (y, m),
            _ => return None,
        },
    };
    let d = Date::new(y, m, 1).ok()?.nth_weekday_of_month(n, weekday).ok()?;
    Some(d)
}

/// A relative day with the day of month spelled out.
fn anchored(days: i32, day: i8, r: DateValue) -> Option<DateValue> {
    let Some(today) = ref_day(r) else {
        // A month reference: the spelled-out day is all the evidence there is.
        let (y, m) = ref_month(r)?;
        return Date::new(y, m, day).ok().map(DateValue::Day);
    };
    let relative = today.checked_add(days.days()).ok()?;
    // The date with that day of month nearest to the relative reading.
    let near = (-1..=1)
        .filter_map(|k: i32| {
            let m = relative.first_of_month().checked_add(k.months()).ok()?;
            Date::new(m.year(), m.month(), day).ok()
        })
        .min_by_key(|d| (d.since(relative).ok().map(|s| s.get_days().abs()).unwrap_or(i32::MAX), *d));
    match near {
        Some(d) if d.since(relative).ok()?.get_days().abs() <= 3 => Some(DateValue::Day(d)),
        _ => Some(DateValue::Day(relative)),
    }
}

/// The `n`th working day (Monday to Friday) after `today`.
fn business_days(n: i32, today: Date) -> Option<Date> {
    let mut d = today;
    let mut left = n;
    // Bounded: at most 7 calendar days per 5 working days, plus slack.
    for _ in 0..(n.max(0) * 2 + 7) {
        if left <= 0 {
            return Some(d);
        }
        d = d.tomorrow().ok()?;
        if !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday) {
            left -= 1;
        }
    }
    (left <= 0).then_some(d)
}

/// Monday of the week `today` lies in.
fn monday_of(today: Date) -> Option<Date> {
    let back = i32::from(today.weekday().to_monday_zero_offset());
    today.checked_sub(back.days()).ok()
}

fn weekday_date(weekday: Weekday, week: Option<i8>, tense: Tense, today: Date) -> Option<Date> {
    match week {
        Some(k) => {
            let monday = monday_of(today)?.checked_add((i32::from(k) * 7).days()).ok()?;
            monday.checked_add(i32::from(weekday.to_monday_zero_offset()).days()).ok()
        }
        None => {
            let diff = i32::from(weekday.to_monday_zero_offset()) - i32::from(today.weekday().to_monday_zero_offset());
            let days = match tense {
                Tense::Past | Tense::Unmarked => -((-diff).rem_euclid(7)),
                Tense::Future => diff.rem_euclid(7),
            };
            today.checked_add(days.days()).ok()
        }
    }
}

/// A whole week, month or year around the reference.
fn period(unit: Unit, offset: i8, r: DateValue) -> Option<DateValue> {
    let k = i32::from(offset);
    match unit {
        Unit::Year => Some(DateValue::Year(ref_year(r)?.checked_add(i16::from(offset))?)),
        Unit::Month => {
            let (y, m) = ref_month(r)?;
            let d = Date::new(y, m, 1).ok()?.checked_add(k.months()).ok()?;
            Some(DateValue::Month(d.year(), d.month()))
        }
        Unit::Week => {
            let day = ref_day(r)?;
            let monday = monday_of(day)?.checked_add((k * 7).days()).ok()?;
            // Written on a Sunday, "this week" may be the week ending that
            // day or the one starting the next: both are kept.
            let weeks = if k == 0 && day.weekday() == Weekday::Sunday { 13 } else { 6 };
            Some(DateValue::Interval(monday, monday.checked_add(weeks.days()).ok()?))
        }
        Unit::Day => shift(0, 0, 0, k, r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::date::extract;

    fn at(text: &str, reference: &str) -> Vec<String> {
        let r = DateValue::parse(reference).unwrap();
        extract(text)
            .iter()
            .map(|m| resolve(&m.expr, Some(r)).map_or_else(|| "-".to_string(), |v| v.to_string()))
            .collect()
    }

    #[test]
    fn seed_000_resolves_against_december_11() {
        let t = "Kishida posted on December 11: \"Tomorrow, which is the 12th, I will meet. \
                 We met in Tokyo in October, in Malaysia in November, and this December it will be Seoul.\"";
        assert_eq!(at(t, "2025-12-11"), ["2025-12-11", "2025-12-12", "2025-10", "2025-11", "2025-12"]);
    }

    #[test]
    fn seed_001_resolves_against_december_12() {
        let t = "He posted today (December 12): \"This morning we discussed the incident on the 6th \
                 and the flight on the 9th and our response in the new year.\"";
        assert_eq!(at(t, "2025-12-12"), ["2025-12-12", "2025-12-12", "2025-12-12", "2025-12-06", "2025-12-09", "2026"]);
    }

    #[test]
    fn seed_002_resolves_against_april_17() {
        let t = "2024-04-17 10:03:49\nOn April 14, Kishida left. At the end of 2022, Japan released a plan; \
                 the 2023 Camp David Summit set exercises from 2025.";
        assert_eq!(at(t, "2024-04-17"), ["2024-04-17", "2024-04-14", "2022-10/2022-12", "2023", "2025"]);
    }

    #[test]
    fn every_supported_shape_resolves_against_a_thursday() {
        // 2025-12-11 is a Thursday.
        let cases = [
            ("It happened on December 11, 2025.", "December 11, 2025", "2025-12-11"),
            ("It happened on 11 December 2025.", "11 December 2025", "2025-12-11"),
            ("They met on Dec. 6 in Tokyo.", "Dec. 6", "2025-12-06"),
            ("They met on Sept. 5 in Tokyo.", "Sept. 5", "2025-09-05"),
            ("They met on 6 December.", "6 December", "2025-12-06"),
            ("It opened in October 2025.", "October 2025", "2025-10"),
            ("It opened in 2023.", "2023", "2023"),
            ("It closed by the end of 2022.", "the end of 2022", "2022-10/2022-12"),
            ("It grew in early 2024.", "early 2024", "2024-01/2024-04"),
            ("It grew by mid-2025.", "mid-2025", "2025-05/2025-08"),
            ("It grew in the 1990s.", "the 1990s", "1990/1999"),
            ("Boats arrive in the early 2030s.", "the early 2030s", "2030/2033"),
            ("It grew in the mid-1980s.", "the mid-1980s", "1984/1986"),
            ("It fell in the late 1990s.", "the late 1990s", "1997/1999"),
            ("He spoke today.", "today", "2025-12-11"),
            ("He speaks tomorrow.", "tomorrow", "2025-12-12"),
            ("He spoke yesterday.", "yesterday", "2025-12-10"),
            ("He spoke this morning.", "this morning", "2025-12-11"),
            ("He speaks tonight.", "tonight", "2025-12-11"),
            ("He spoke on Friday.", "Friday", "2025-12-05"),
            ("He spoke last Friday.", "last Friday", "2025-12-05"),
            ("He speaks next Monday.", "next Monday", "2025-12-15"),
            ("He spoke last week.", "last week", "2025-12-01/2025-12-07"),
            ("He speaks next week.", "next week", "2025-12-15/2025-12-21"),
            ("He spoke this week.", "this week", "2025-12-08/2025-12-14"),
            ("He spoke last month.", "last month", "2025-11"),
            ("He speaks next year.", "next year", "2026"),
            ("He speaks in the new year.", "the new year", "2026"),
            ("He spoke two days ago.", "two days ago", "2025-12-09"),
            ("He spoke three weeks ago.", "three weeks ago", "2025-11-20"),
            ("He will speak in two days.", "in two days", "2025-12-13"),
        ];
        let r = DateValue::parse("2025-12-11").unwrap();
        for (text, span, want) in cases {
            let m = extract(text);
            assert_eq!(m.len(), 1, "{text:?}: {m:?}");
            assert_eq!(m[0].span.text(text), span, "{text:?}");
            let got = resolve(&m[0].expr, Some(r)).map(|v| v.to_string());
            assert_eq!(got.as_deref(), Some(want), "{text:?}");
        }
    }

    #[test]
    fn past_is_the_default_and_future_cues_flip_it() {
        assert_eq!(at("They met on April 20.", "2024-04-17"), ["2023-04-20"]);
        assert_eq!(at("They will meet on April 20.", "2024-04-17"), ["2024-04-20"]);
        assert_eq!(at("They met on the 20th.", "2024-04-17"), ["2024-03-20"]);
        assert_eq!(at("They will meet on the 20th.", "2024-04-17"), ["2024-04-20"]);
        assert_eq!(at("He arrived in May.", "2024-04-17"), ["2023-05"]);
    }

    #[test]
    fn tense_minimal_pairs() {
        // 2025-11-12 is a Wednesday.
        let r = "2025-11-12";
        assert_eq!(at("The minister said on Sunday that talks had failed.", r), ["2025-11-09"]);
        assert_eq!(at("The minister will visit Tokyo on Sunday.", r), ["2025-11-16"]);
        assert_eq!(at("Shareholders will be paid April 28.", r), ["2026-04-28"]);
        assert_eq!(at("The adjusted rates are to take effect April 9.", "2025-04-03"), ["2025-04-09"]);
        assert_eq!(at("The adjusted rates took effect April 9.", "2025-04-03"), ["2024-04-09"]);
        assert_eq!(at("The dividend was paid April 28.", r), ["2025-04-28"]);
        assert_eq!(at("A confidence vote in January is the plan of the chancellor.", r), ["2026-01"]);
        assert_eq!(at("A confidence vote in January is the plan of the chancellor.", "2025-02-10"), ["2025-01"]);
        assert_eq!(at("He said he would hold the vote in January.", r), ["2026-01"]);
        assert_eq!(at("He held the vote in January.", r), ["2025-01"]);
        assert_eq!(at("Record date is March 30, with payment to follow.", "2025-03-17"), ["2025-03-30"]);
        assert_eq!(at("Elections are not possible before June.", "2025-01-10"), ["2025-06"]);
        assert_eq!(at("Elections are not possible before June.", "2024-10-01"), ["2024-06"]);
    }

    #[test]
    fn partial_references_give_partial_or_no_answers() {
        assert_eq!(at("by the end of this year", "2022-11"), ["2022-10/2022-12"]);
        assert_eq!(at("It happened today.", "2022-11"), ["2022-11"]);
        assert_eq!(at("It happened yesterday.", "2022-11"), ["-"]);
        assert_eq!(at("the 6th.", "2022"), ["-"]);
        assert_eq!(at("Tomorrow, which is the 12th", "2025-12"), ["2025-12-12"]);
        assert_eq!(at("last month", "2022-11"), ["2022-10"]);
        assert_eq!(resolve(&DateExpr::days(0), None), None);
    }

    #[test]
    fn explicit_day_corrects_a_near_reference_but_not_a_far_one() {
        assert_eq!(at("Tomorrow, which is the 12th", "2025-12-12"), ["2025-12-12"]);
        assert_eq!(at("Tomorrow, which is the 25th", "2025-12-11"), ["2025-12-12"]);
    }

    #[test]
    fn weeks_and_weekdays() {
        // 2016-11-07 is a Monday.
        assert_eq!(at("on Friday", "2016-11-07"), ["2016-11-04"]);
        assert_eq!(at("will go on Friday", "2016-11-07"), ["2016-11-11"]);
        assert_eq!(at("next Sunday", "2016-11-07"), ["2016-11-20"]);
        assert_eq!(at("last Sunday", "2016-11-07"), ["2016-11-06"]);
        assert_eq!(at("last week", "2016-11-07"), ["2016-10-31/2016-11-06"]);
        assert_eq!(at("two weeks ago", "2016-11-07"), ["2016-10-24"]);
    }

    #[test]
    fn recent_stretches_end_at_the_reference() {
        assert_eq!(at("In the past two years, they", "2022-11"), ["2020-11/2022-11"]);
        assert_eq!(at("in the past few days", "2025-12-12"), ["2025-12-09/2025-12-12"]);
    }

    #[test]
    fn the_beginning_of_a_month_or_year_is_the_whole_of_it() {
        let r = "2024-12-11";
        assert_eq!(at("The election was held at the beginning of July.", r), ["2024-07"]);
        assert_eq!(at("Talks resume at the start of next year.", r), ["2025"]);
        assert_eq!(at("It was built at the beginning of 2019.", r), ["2019"]);
        // "early" and "the end of" keep their part.
        assert_eq!(at("Talks resume early next year.", r), ["2025-01/2025-04"]);
        assert_eq!(at("It was built in early July.", r), ["2024-07-01/2024-07-10"]);
    }

    #[test]
    fn month_parts_are_thirds_of_the_month() {
        assert_eq!(at("They met in early October.", "2025-12-11"), ["2025-10-01/2025-10-10"]);
        assert_eq!(at("by the end of February 2024", "2025-12-11"), ["2024-02-21/2024-02-29"]);
    }

    #[test]
    fn months_of_relative_years() {
        assert_eq!(at("He was arrested in October last year.", "2005-02"), ["2004-10"]);
    }

    #[test]
    fn shifts_past_the_calendar_end_resolve_to_nothing() {
        assert_eq!(at("next year", "9999"), ["-"]);
        assert_eq!(at("in the new year", "9999-12-31"), ["-"]);
        assert_eq!(at("They will meet next March.", "9999-12"), ["-"]);
    }

    #[test]
    fn either_order_numeric_dates_prefer_the_reading_near_the_reference() {
        assert_eq!(at("Results at 03/05/2025 show", "2025-05-03"), ["2025-05-03"]);
        assert_eq!(at("Results at 03/05/2025 show", "2025-03-06"), ["2025-03-05"]);
        // Neither reading near: month first as before.
        assert_eq!(at("Results at 03/05/2025 show", "2025-08-01"), ["2025-03-05"]);
        assert_eq!(at("Results at 03/04/2025 show", "2025-03-20"), ["2025-03-04"]);
        assert_eq!(at("Results at 03/04/2025 show", "2025-04-02"), ["2025-04-03"]);
        assert_eq!(at("Results at 03/05/2025 show", "2025-05"), ["2025-03-05"]);
        assert_eq!(at("Results at 13/05/2025 show", "2025-03-06"), ["2025-05-13"]);
    }

    fn in_order(text: &str, reference: &str) -> Vec<String> {
        let exprs: Vec<_> = extract(text).into_iter().map(|m| m.expr).collect();
        resolve_in_order(&exprs, DateValue::parse(reference).ok())
            .iter()
            .map(|v| v.map_or_else(|| "-".to_string(), |v| v.to_string()))
            .collect()
    }

    #[test]
    fn days_told_before_take_the_latest_day() {
        let r = "2025-03-10";
        assert_eq!(in_order("They met on March 3. Later that day, talks failed.", r), ["2025-03-03", "2025-03-03"]);
        assert_eq!(in_order("He resigned in 2024. The same day, she left.", r), ["2024", "-"]);
        assert_eq!(in_order("Earlier in the day, he met the king.", "2025-03"), ["-"]);
        assert_eq!(at("The coalition has been dead since last night.", r), ["2025-03-09"]);
    }

    #[test]
    fn ranges_span_both_ends() {
        assert_eq!(
            at("Polls were open from April 19 until June 1.", "2024-06-04"),
            ["2024-04-19/2024-06-01", "2024-04-19", "2024-06-01"]
        );
        assert_eq!(at("Prices rose between 2019 and 2021.", "2024-06-04"), ["2019/2021", "2019", "2021"]);
        assert_eq!(at("It ran from June to August 2023.", "2024-06-04"), ["2023-06/2023-08", "2024-06", "2023-08"]);
        assert_eq!(
            at("It ran from December 20 to January 5, 2025.", "2025-06-04"),
            ["2024-12-20/2025-01-05", "2024-12-20", "2025-01-05"]
        );
        assert_eq!(at("It ran from 2021 to 2019, he said.", "2024-06-04"), ["-", "2021", "2019"]);
    }

    #[test]
    fn seasons_are_meteorological_month_intervals() {
        // A November story.
        let r = "2024-11-20";
        assert_eq!(at("The pact was signed last summer.", r), ["2024-06/2024-08"]);
        assert_eq!(at("Talks resume next spring.", r), ["2025-03/2025-05"]);
        assert_eq!(at("The plant closes this winter.", r), ["2024-12/2025-02"]);
        assert_eq!(at("Prices rose this past autumn.", "2024-12-05"), ["2024-09/2024-11"]);
        assert_eq!(at("He left in the summer of 2021.", r), ["2021-06/2021-08"]);
        assert_eq!(at("Sales fell in spring 2023.", r), ["2023-03/2023-05"]);
        assert_eq!(at("The fund was set up in the spring of last year.", r), ["2023-03/2023-05"]);
        assert_eq!(at("It opened last fall.", r), ["2023-09/2023-11"]);
        // During a season, "last" is the one before it and "this" the one under way.
        assert_eq!(at("They met last summer.", "2024-07-10"), ["2023-06/2023-08"]);
        assert_eq!(at("They meet this summer.", "2024-07-10"), ["2024-06/2024-08"]);
        // Winter runs across the year end.
        assert_eq!(at("Snow fell this winter.", "2025-01-15"), ["2024-12/2025-02"]);
        assert_eq!(at("Snow fell last winter.", "2025-04-02"), ["2024-12/2025-02"]);
        assert_eq!(at("Snow falls next winter.", "2025-01-15"), ["2025-12/2026-02"]);
        assert_eq!(at("Snow fell this winter.", "2025-05-15"), ["-"]);
    }

    #[test]
    fn seasons_need_a_reference_that_decides_them() {
        // From a whole year, "last summer" may be that year's or the one before.
        assert_eq!(at("They met last summer.", "2024"), ["-"]);
        assert_eq!(at("They met last summer.", "2024-11"), ["2024-06/2024-08"]);
        assert_eq!(at("They meet this summer.", "2024"), ["2024-06/2024-08"]);
    }

    #[test]
    fn quarters_are_three_whole_months() {
        let r = "2025-05-12";
        assert_eq!(at("Output grew in Q2 2025.", r), ["2025-04/2025-06"]);
        assert_eq!(at("Output grew in the third quarter of 2024.", r), ["2024-07/2024-09"]);
        assert_eq!(at("Output grew in the fourth quarter of last year.", r), ["2024-10/2024-12"]);
        assert_eq!(at("Output grew in the first quarter of this year.", r), ["2025-01/2025-03"]);
    }

    #[test]
    fn parts_of_this_week_keep_the_reference_day() {
        // 2024-12-13 is a Friday.
        assert_eq!(at("He resigned earlier this week.", "2024-12-13"), ["2024-12-09/2024-12-13"]);
        // A Sunday's "this week": the week ending that day and the one ahead.
        assert_eq!(at("She will be replaced this week.", "2023-09-03"), ["2023-08-28/2023-09-10"]);
        assert_eq!(at("She will be replaced this week.", "2023-09-04"), ["2023-09-04/2023-09-10"]);
        assert_eq!(at("She will travel later this week.", "2024-12-10"), ["2024-12-10/2024-12-15"]);
        assert_eq!(at("He resigned earlier this week.", "2024-12"), ["-"]);
    }

    #[test]
    fn impossible_days_resolve_to_nothing() {
        assert_eq!(at("on 2/30/2020", "2020-03-22"), ["-"]);
        assert_eq!(at("on Feb 30", "2020-03-22"), ["-"]);
    }
}
