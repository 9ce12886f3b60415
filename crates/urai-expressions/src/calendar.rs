//! Calendar arithmetic: Gregorian dates as day numbers, weekdays, ISO weeks and the arithmetic (tabular)
//! Islamic calendar.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A Gregorian calendar date (proleptic), years 1 to 9999.
///
/// ```
/// use urai_expressions::Date;
///
/// let d: Date = "2022-01-21".parse().unwrap();
/// assert_eq!(d.to_string(), "2022-01-21");
/// assert_eq!(d.weekday(), 5); // Friday (1 = Monday ... 7 = Sunday)
/// assert_eq!(d.add_days(11).to_string(), "2022-02-01");
/// assert!("2022-02-30".parse::<Date>().is_err());
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(into = "String", try_from = "String")]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if it exists (years 1 to 9999).
    ///
    /// ```
    /// use urai_expressions::Date;
    /// assert!(Date::new(2024, 2, 29).is_some());
    /// assert!(Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    ///
    /// ```
    /// # use urai_expressions::Date;
    /// assert_eq!(Date::new(2022, 1, 21).unwrap().year(), 2022);
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// # use urai_expressions::Date;
    /// assert_eq!(Date::new(2022, 1, 21).unwrap().month(), 1);
    /// ```
    pub fn month(&self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// # use urai_expressions::Date;
    /// assert_eq!(Date::new(2022, 1, 21).unwrap().day(), 21);
    /// ```
    pub fn day(&self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn days(&self) -> i64 {
        days_from_civil(i64::from(self.year), self.month(), self.day())
    }

    /// The date `days` days since 1970-01-01, clamped to years 1 to 9999.
    pub(crate) fn from_days(days: i64) -> Date {
        let days = days.clamp(MIN_DAYS, MAX_DAYS);
        let (y, m, d) = civil_from_days(days);
        Date {
            year: y as i32,
            month: m as u8,
            day: d as u8,
        }
    }

    /// The date `n` days later (earlier when negative), clamped to years 1 to 9999.
    ///
    /// ```
    /// # use urai_expressions::Date;
    /// assert_eq!(Date::new(2022, 3, 1).unwrap().add_days(-1).to_string(), "2022-02-28");
    /// ```
    pub fn add_days(&self, n: i64) -> Date {
        Date::from_days(self.days().saturating_add(n))
    }

    /// The date `n` months later (earlier when negative), the day clamped to the month's length.
    pub(crate) fn add_months(&self, n: i64) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = total.div_euclid(12).clamp(1, 9999) as i32;
        let month = (total.rem_euclid(12) + 1) as u32;
        let day = self.day().min(days_in_month(year, month));
        Date::new(year, month, day).unwrap_or(*self)
    }

    /// The ISO weekday: 1 = Monday ... 7 = Sunday.
    ///
    /// ```
    /// # use urai_expressions::Date;
    /// assert_eq!(Date::new(2022, 1, 24).unwrap().weekday(), 1);
    /// ```
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.days() + 3).rem_euclid(7) + 1) as u32
    }

    /// The ISO 8601 week as `YYYY-Www`.
    ///
    /// ```
    /// # use urai_expressions::Date;
    /// assert_eq!(Date::new(2022, 1, 21).unwrap().iso_week(), "2022-W03");
    /// assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), "2020-W53");
    /// ```
    pub fn iso_week(&self) -> String {
        // The week's Thursday decides its year.
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = days_from_civil(i64::from(thursday.year), 1, 1);
        let week = (thursday.days() - jan1) / 7 + 1;
        format!("{:04}-W{:02}", thursday.year, week)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = Error;
    fn try_from(s: String) -> Result<Date, Error> {
        s.parse()
    }
}

impl FromStr for Date {
    type Err = Error;

    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::InvalidDate(s.to_string());
        let mut parts = s.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (Ok(y), Ok(m), Ok(d)) = (y.parse(), m.parse(), d.parse()) else {
            return Err(bad());
        };
        Date::new(y, m, d).ok_or_else(bad)
    }
}

const MIN_DAYS: i64 = -719_162; // 0001-01-01
const MAX_DAYS: i64 = 2_932_896; // 9999-12-31

/// Whether `year` is a Gregorian leap year.
pub(crate) fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days of a month (0 for a month outside 1 to 12).
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day number since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Day number (since 1970-01-01) of 1 Muharram 1 AH in the arithmetic calendar (16 July 622 Julian).
const HIJRI_EPOCH: i64 = -492_148;

/// The Gregorian date of an Islamic date in the arithmetic (tabular) calendar: months of 30 and 29 days in
/// turn, 11 leap years in 30. The date announced from the sighting of the moon can differ by a day or two.
///
/// ```
/// use urai_expressions::hijri_to_gregorian;
/// assert_eq!(hijri_to_gregorian(1443, 9, 1).unwrap().to_string(), "2022-04-03");
/// assert_eq!(hijri_to_gregorian(1443, 10, 1).unwrap().to_string(), "2022-05-03");
/// assert!(hijri_to_gregorian(1443, 13, 1).is_none());
/// ```
pub fn hijri_to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
    if !(1..=9000).contains(&year) || !(1..=12).contains(&month) || !(1..=30).contains(&day) {
        return None;
    }
    let y = i64::from(year);
    let m = i64::from(month);
    let month_days = (59 * (m - 1)).div_euclid(2) + (m - 1) % 2; // ceil(29.5 * (m - 1))
    let days =
        i64::from(day) + month_days + (y - 1) * 354 + (3 + 11 * y).div_euclid(30) + HIJRI_EPOCH - 1;
    let date = Date::from_days(days);
    (date.days() == days).then_some(date)
}

/// The arithmetic Islamic year in which a Gregorian date falls.
pub(crate) fn hijri_year_of(date: Date) -> i32 {
    let approx = ((date.days() - HIJRI_EPOCH) * 30 / 10_631 + 1) as i32;
    // The estimate is within one year; take the latest year whose 1 Muharram is not after the date.
    let mut year = approx + 1;
    while year > 1 && hijri_to_gregorian(year, 1, 1).is_none_or(|d| d > date) {
        year -= 1;
    }
    year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for days in (MIN_DAYS..MAX_DAYS).step_by(997) {
            assert_eq!(Date::from_days(days).days(), days);
        }
        assert_eq!(Date::new(1970, 1, 1).map(|d| d.days()), Some(0));
    }

    #[test]
    fn hijri_known_dates() {
        // 1 Muharram 1445 fell on 19 July 2023 in the arithmetic calendar.
        assert_eq!(
            hijri_to_gregorian(1445, 1, 1)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2023-07-19")
        );
        assert_eq!(hijri_year_of(Date::new(2022, 4, 10).unwrap()), 1443);
        assert_eq!(hijri_year_of(Date::new(2023, 7, 19).unwrap()), 1445);
        assert_eq!(hijri_year_of(Date::new(2023, 7, 18).unwrap()), 1444);
    }
}
