//! A parsed date expression and its resolution against a reference date.
//!
//! The parser keeps what the text says ("Sabtu", "bulan November", "tahun
//! lalu") so that a later corpus-level pass can resolve it again against
//! another reference without re-reading the text. News looks back: a
//! weekday, a month or a day-month without a year is the most recent one on
//! or before the reference unless the text marks the future ("akan",
//! "depan", "mendatang").

use jiff::ToSpan;
use jiff::civil::Date;

/// Which way an underspecified date points from the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// On or before the reference (the default in news).
    Past,
    /// Strictly before ("Sabtu lalu", "Juni lalu").
    PastStrict,
    /// On or after ("akan ... Sabtu").
    Future,
    /// Strictly after ("Sabtu depan", "Juni mendatang").
    FutureStrict,
    /// The closest one either way ("Senin ini").
    Nearest,
    /// On or before the reference, or the day after it: a weekday seen from a
    /// reference known only roughly (the median date of the other articles).
    PastOrNextDay,
}

/// A time of day: a clock time or a TIMEX3 part of day (`MO`, `AF`, `NI`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tod {
    Clock(u8, u8),
    Part(&'static str),
}

impl Tod {
    fn iso(&self) -> String {
        match self {
            Tod::Clock(h, m) => format!("T{h:02}:{m:02}"),
            Tod::Part(p) => format!("T{p}"),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub enum Expr {
    /// A value read from the text alone: years, year ranges, durations, sets.
    Fixed(String),
    /// An expression whose value cannot be known ("sebulan kemudian", "beberapa hari").
    #[default]
    Unknown,
    /// A calendar day; without a year it takes the reference's, checked
    /// against the weekday written with it ("Sabtu (10/2)").
    Day {
        year: Option<i16>,
        month: i8,
        day: i8,
        weekday: Option<i8>,
        dir: Dir,
        tod: Option<Tod>,
    },
    /// "22-25 Januari 2013": an ISO interval.
    DayRange {
        year: Option<i16>,
        month: i8,
        from: i8,
        to: i8,
        dir: Dir,
    },
    /// A month; `year_offset` for "Juni tahun lalu" (-1).
    Month {
        year: Option<i16>,
        month: i8,
        dir: Dir,
        year_offset: Option<i8>,
    },
    /// "Mei" of "antara April hingga Mei": the first such month on or after
    /// the month `first` that opens the range (resolved with `dir`).
    MonthAfter {
        first: i8,
        month: i8,
        dir: Dir,
    },
    Weekday {
        weekday: i8,
        dir: Dir,
        tod: Option<Tod>,
    },
    /// A day counted from the reference ("kemarin" -1, "hari ini" 0, "3 hari lalu" -3).
    RelDay {
        days: i32,
        tod: Option<Tod>,
    },
    RelWeek(i32),
    RelMonth(i32),
    /// A quarter or half without a year ("kuartal ketiga", "semester II"):
    /// the most recent one starting on or before the reference (or the
    /// coming one, per `dir`); `label` is `Q3`, `H2`.
    Period {
        start_month: i8,
        label: &'static str,
        dir: Dir,
    },
    /// A part of a year counted from the reference's year ("kuartal ketiga
    /// tahun ini" → `offset` 0, `suffix` `-Q3`; "Natal tahun lalu" → -1, `-12-25`).
    InYear {
        offset: i8,
        suffix: String,
    },
    RelYear(i32),
    /// A time with no day of its own ("pukul 10.00", "pagi"): on the reference day.
    Time(Tod),
    /// A time attached to a nearby day expression ("pukul 04.28 WIB, Selasa (25/4)").
    TimeOf(Box<Expr>, Tod),
}

impl Expr {
    /// True when the text alone gives the value.
    pub fn is_absolute(&self) -> bool {
        match self {
            Expr::Fixed(_) => true,
            Expr::Day { year, .. } | Expr::DayRange { year, .. } | Expr::Month { year, .. } => {
                year.is_some()
            }
            Expr::TimeOf(base, _) => base.is_absolute(),
            _ => false,
        }
    }

    /// An explicit full date (day, month and year), said in the past tense:
    /// a candidate for the article's reference date.
    pub fn full_date(&self) -> Option<Date> {
        match *self {
            Expr::Day {
                year: Some(y),
                month,
                day,
                dir,
                ..
            } if !matches!(dir, Dir::Future | Dir::FutureStrict) => Date::new(y, month, day).ok(),
            _ => None,
        }
    }

    /// A day written in full ("26 Mei 2026"), whatever its tense.
    pub fn written_day(&self) -> Option<Date> {
        match self {
            Expr::Day {
                year: Some(y),
                month,
                day,
                ..
            } => Date::new(*y, *month, *day).ok(),
            Expr::TimeOf(base, _) => base.written_day(),
            _ => None,
        }
    }

    /// A day written with its weekday but no year ("Selasa (12/5)"), not in
    /// the future tense, placed in the year of `latest` (the latest day the
    /// article writes in full), or the year before when it would fall after
    /// `latest` ("Rabu (31/12)" beside "15 Maret 2026"), and only when its
    /// weekday fits there (the weekday confirms the year).
    pub fn weekday_day_before(&self, latest: Date) -> Option<Date> {
        match *self {
            Expr::Day {
                year: None,
                month,
                day,
                weekday: Some(w),
                dir,
                ..
            } if !matches!(dir, Dir::Future | Dir::FutureStrict) => {
                let d = Date::new(latest.year(), month, day).ok()?;
                let d = if d > latest {
                    Date::new(latest.year() - 1, month, day).ok()?
                } else {
                    d
                };
                (d.weekday().to_monday_one_offset() == w).then_some(d)
            }
            _ => None,
        }
    }

    /// The ISO 8601 value against `reference`, or None when it cannot be resolved.
    /// A bare weekday read as looking back ("Sabtu") may also be the day
    /// after the reference, for a reference known only to a day or so.
    pub fn look_near(&mut self) {
        if let Expr::Weekday { dir, .. } = self
            && *dir == Dir::Past
        {
            *dir = Dir::PastOrNextDay;
        }
    }

    pub fn resolve(&self, reference: Option<Date>) -> Option<String> {
        match self {
            Expr::Fixed(v) => Some(v.clone()),
            Expr::Unknown => None,
            Expr::Day {
                year,
                month,
                day,
                weekday,
                dir,
                tod,
            } => {
                let mut d = day_of(*year, *month, *day, *dir, reference)?;
                // A weekday that does not fit a day close to the reference is
                // more likely a typo than a sign of another year.
                let far = reference.is_some_and(|r| (d - r).get_days().abs() > 45);
                if let (None, Some(w), true) = (year, weekday, far) {
                    d = same_weekday_year(d, *w);
                }
                Some(with_tod(d, *tod))
            }
            Expr::DayRange {
                year,
                month,
                from,
                to,
                dir,
            } => {
                let b = day_of(*year, *month, *to, *dir, reference)?;
                let a = Date::new(b.year(), *month, *from).ok()?;
                Some(format!("{a}/{b}"))
            }
            Expr::Month {
                year,
                month,
                dir,
                year_offset,
            } => {
                let y = match (year, year_offset, reference) {
                    (Some(y), _, _) => *y,
                    (None, Some(k), Some(r)) => r.year() + i16::from(*k),
                    (None, None, Some(r)) => month_year(*month, *dir, r),
                    _ => return None,
                };
                Some(format!("{y:04}-{month:02}"))
            }
            Expr::MonthAfter { first, month, dir } => {
                let y = month_year(*first, *dir, reference?);
                let y = if month >= first { y } else { y + 1 };
                Some(format!("{y:04}-{month:02}"))
            }
            Expr::Weekday { weekday, dir, tod } => {
                let r = reference?;
                let now = r.weekday().to_monday_one_offset();
                let back = i64::from((now - weekday).rem_euclid(7));
                let ahead = i64::from((weekday - now).rem_euclid(7));
                let shift = match dir {
                    Dir::Past => -back,
                    Dir::PastOrNextDay => {
                        if ahead == 1 {
                            1
                        } else {
                            -back
                        }
                    }
                    Dir::PastStrict => -(if back == 0 { 7 } else { back }),
                    Dir::Future => ahead,
                    Dir::FutureStrict => {
                        if ahead == 0 {
                            7
                        } else {
                            ahead
                        }
                    }
                    Dir::Nearest => {
                        if back <= ahead {
                            -back
                        } else {
                            ahead
                        }
                    }
                };
                Some(with_tod(r.checked_add(shift.days()).ok()?, *tod))
            }
            Expr::RelDay { days, tod } => {
                let d = reference?.checked_add(i64::from(*days).days()).ok()?;
                Some(with_tod(d, *tod))
            }
            Expr::RelWeek(n) => {
                let d = reference?.checked_add((i64::from(*n) * 7).days()).ok()?;
                let w = d.iso_week_date();
                Some(format!("{:04}-W{:02}", w.year(), w.week()))
            }
            Expr::RelMonth(n) => {
                let r = reference?;
                let total = i32::from(r.year()) * 12 + i32::from(r.month()) - 1 + n;
                Some(format!(
                    "{:04}-{:02}",
                    total.div_euclid(12),
                    total.rem_euclid(12) + 1
                ))
            }
            Expr::RelYear(n) => Some(format!("{:04}", i32::from(reference?.year()) + n)),
            Expr::Period {
                start_month,
                label,
                dir,
            } => {
                let y = month_year(*start_month, *dir, reference?);
                Some(format!("{y:04}-{label}"))
            }
            Expr::InYear { offset, suffix } => Some(format!(
                "{:04}{suffix}",
                i32::from(reference?.year()) + i32::from(*offset)
            )),
            Expr::Time(tod) => Some(match reference {
                Some(r) => with_tod(r, Some(*tod)),
                None => tod.iso(),
            }),
            Expr::TimeOf(base, tod) => {
                let day = base.resolve(reference)?;
                // Only a whole day takes a time; "Juni 2024 pukul 10" stays the month.
                Some(if day.len() == 10 {
                    format!("{day}{}", tod.iso())
                } else {
                    day
                })
            }
        }
    }
}

fn with_tod(d: Date, tod: Option<Tod>) -> String {
    match tod {
        Some(t) => format!("{d}{}", t.iso()),
        None => d.to_string(),
    }
}

/// The year of a month named without one, seen from the reference.
fn month_year(month: i8, dir: Dir, r: Date) -> i16 {
    let (y, m) = (r.year(), r.month());
    match dir {
        Dir::Past | Dir::Nearest | Dir::PastOrNextDay if month <= m => y,
        Dir::PastStrict if month < m => y,
        Dir::Past | Dir::Nearest | Dir::PastOrNextDay | Dir::PastStrict => y - 1,
        Dir::Future if month >= m => y,
        Dir::FutureStrict if month > m => y,
        Dir::Future | Dir::FutureStrict => y + 1,
    }
}

/// When the reference put a day-month in a year where its written weekday
/// does not fall, the neighbouring year where it does (the reference may be
/// inferred from other articles); else the day unchanged.
fn same_weekday_year(d: Date, weekday: i8) -> Date {
    if d.weekday().to_monday_one_offset() == weekday {
        return d;
    }
    [-1i16, 1]
        .iter()
        .filter_map(|k| Date::new(d.year() + k, d.month(), d.day()).ok())
        .find(|c| c.weekday().to_monday_one_offset() == weekday)
        .unwrap_or(d)
}

/// A day and month, in the given year or the one the reference implies.
fn day_of(year: Option<i16>, month: i8, day: i8, dir: Dir, r: Option<Date>) -> Option<Date> {
    if let Some(y) = year {
        return Date::new(y, month, day).ok();
    }
    let r = r?;
    let this = Date::new(r.year(), month, day);
    let prev = Date::new(r.year() - 1, month, day);
    let next = Date::new(r.year() + 1, month, day);
    // A report may name a day a little after its reference date (the
    // reference may itself be inferred), so "past" tolerates two weeks.
    let slack = r.checked_add(14.days()).ok()?;
    match dir {
        Dir::Past | Dir::Nearest | Dir::PastOrNextDay => match this {
            Ok(d) if d <= slack => Some(d),
            _ => prev.ok(),
        },
        Dir::PastStrict => match this {
            Ok(d) if d < r => Some(d),
            _ => prev.ok(),
        },
        // Likewise a day said in the future tense may fall a little before
        // an inferred reference ("akan menggelar sidang hari ini (24/6)").
        Dir::Future => match this {
            Ok(d) if d >= r.checked_sub(14.days()).ok()? => Some(d),
            _ => next.ok(),
        },
        Dir::FutureStrict => match this {
            Ok(d) if d > r => Some(d),
            _ => next.ok(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r() -> Option<Date> {
        Some(jiff::civil::date(2025, 7, 13)) // a Sunday
    }

    #[test]
    fn news_looks_back() {
        let cases: &[(Expr, &str)] = &[
            (
                Expr::Month {
                    year: None,
                    month: 11,
                    dir: Dir::Past,
                    year_offset: None,
                },
                "2024-11",
            ),
            (
                Expr::Month {
                    year: None,
                    month: 11,
                    dir: Dir::Future,
                    year_offset: None,
                },
                "2025-11",
            ),
            (
                Expr::Month {
                    year: None,
                    month: 6,
                    dir: Dir::Past,
                    year_offset: Some(-1),
                },
                "2024-06",
            ),
            (
                Expr::Weekday {
                    weekday: 6,
                    dir: Dir::Past,
                    tod: None,
                },
                "2025-07-12",
            ),
            (
                Expr::Weekday {
                    weekday: 7,
                    dir: Dir::Past,
                    tod: None,
                },
                "2025-07-13",
            ),
            (
                Expr::Weekday {
                    weekday: 7,
                    dir: Dir::PastStrict,
                    tod: None,
                },
                "2025-07-06",
            ),
            (
                Expr::Weekday {
                    weekday: 6,
                    dir: Dir::Future,
                    tod: Some(Tod::Part("NI")),
                },
                "2025-07-19TNI",
            ),
            (
                Expr::Day {
                    year: None,
                    month: 12,
                    day: 28,
                    weekday: None,
                    dir: Dir::Past,
                    tod: None,
                },
                "2024-12-28",
            ),
            (
                Expr::Day {
                    year: None,
                    month: 7,
                    day: 20,
                    weekday: None,
                    dir: Dir::Past,
                    tod: None,
                },
                "2025-07-20",
            ),
            (Expr::RelYear(-1), "2024"),
            (Expr::RelMonth(-7), "2024-12"),
            (Expr::RelWeek(-1), "2025-W27"),
            (
                Expr::RelDay {
                    days: -1,
                    tod: Some(Tod::Clock(7, 24)),
                },
                "2025-07-12T07:24",
            ),
        ];
        for (e, want) in cases {
            assert_eq!(e.resolve(r()).as_deref(), Some(*want), "{e:?}");
        }
    }

    #[test]
    fn no_reference_no_value() {
        assert_eq!(Expr::RelYear(-1).resolve(None), None);
        assert_eq!(
            Expr::Time(Tod::Clock(7, 30)).resolve(None).as_deref(),
            Some("T07:30")
        );
        let feb29 = Expr::Day {
            year: Some(2025),
            month: 2,
            day: 29,
            weekday: None,
            dir: Dir::Past,
            tod: None,
        };
        assert_eq!(feb29.resolve(r()), None);
    }
}
