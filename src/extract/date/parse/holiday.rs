//! Holidays and feasts ("Lebaran", "Idul Fitri 1438 H", "Natal 2017",
//! "malam tahun baru", "Tahun Baru Imlek 2569") and days counted from one
//! ("H-3 Lebaran", "H+2").
//!
//! Without a year the value is null: which Lebaran is meant is not said. With
//! a year a fixed feast gives its day ("Natal 2017" → `2017-12-25`), a moving
//! one its Gregorian year ("Lebaran 2017", "Idul Fitri 1438 H" → `2017`);
//! "tahun ini/lalu/depan" after the name counts the year from the reference.
//! A fixed feast with a direction resolves like a day ("Natal lalu").
//!
//! It does not know the dates of moving feasts (no calendar tables), and it
//! does not read anniversaries ("HUT ke-79 RI").

use super::{Found, P, SKIP, dir_of_loose};
use crate::extract::date::expr::{Expr, Tod};
use crate::extract::date::lexicon::{HOLIDAY, HOLIDAY_NAMES, Holiday, OBJECT};
use jiff::ToSpan;
use jiff::civil::Date;

/// The longest holiday name has this many words.
const MAX_WORDS: usize = 4;

impl P<'_> {
    /// The holiday name starting at `i` (its calendar and end), longest first.
    pub(super) fn holiday_name(&self, i: usize) -> Option<(Holiday, usize)> {
        if !self.has(i, HOLIDAY) {
            return None;
        }
        let mut key = String::with_capacity(32);
        let mut best = None;
        for k in i..(i + MAX_WORDS).min(self.t.len()) {
            if self.t[k].kind() != crate::extract::date::scan::Kind::Word
                || (k > i && !self.t[k].space_before())
            {
                break;
            }
            if k > i {
                key.push(' ');
            }
            // Lowercased in place when ASCII (what `to_lowercase` gives it,
            // without a string per word).
            let w = self.s(k);
            if w.is_ascii() {
                let from = key.len();
                key.push_str(w);
                key[from..].make_ascii_lowercase();
            } else {
                key.push_str(&w.to_lowercase());
            }
            if let Some(h) = HOLIDAY_NAMES.get(key.as_str()) {
                best = Some((*h, k + 1));
            }
        }
        best
    }

    /// A holiday at `i`; `eve` when "malam" at `i - 1` starts the span
    /// ("malam tahun baru", "malam Lebaran").
    pub(super) fn holiday(&self, i: usize, eve: bool) -> Option<Found> {
        let (h, mut j) = self.holiday_name(i)?;
        let start = if eve { i - 1 } else { i };
        // "pohon Natal", "kue Lebaran": a thing named after the feast.
        if !eve && self.prev(i).is_some_and(|p| self.has(p, OBJECT)) {
            return Some(Found::new(i, j, SKIP, Expr::Unknown));
        }
        // "H-3 Lebaran" is read by `h_day`; a lone holiday word in lowercase
        // mid-sentence is still a holiday ("libur lebaran").
        let mut year = None;
        if let Some((y, e)) = self.holiday_year(j, h) {
            year = Some(y);
            j = e;
        }
        let tod = eve.then_some(Tod::Part("NI"));
        let expr = match (year, h) {
            (Some(y), Holiday::Fixed(m, d)) => {
                match Date::new(y, m, d).ok().map(|x| shift_eve(x, eve)) {
                    Some(x) => Expr::Fixed(with_tod(x, tod)),
                    None => Expr::Unknown,
                }
            }
            (Some(y), _) if !eve => Expr::Fixed(format!("{y:04}")),
            (Some(_), _) => Expr::Unknown,
            (None, _) => {
                let fixed = match h {
                    Holiday::Fixed(m, d) => Some((m, d)),
                    _ => None,
                };
                if self.is(j, "tahun")
                    && let Some(n) = self.dir_at(j + 1)
                {
                    j += 2;
                    match fixed {
                        Some((m, d)) if !eve => Expr::InYear {
                            offset: n,
                            suffix: format!("-{m:02}-{d:02}"),
                        },
                        _ if !eve => Expr::InYear {
                            offset: n,
                            suffix: String::new(),
                        },
                        _ => Expr::Unknown,
                    }
                } else if let Some(n) = self.dir_at(j) {
                    j += 1;
                    match fixed {
                        // "Natal lalu", "Tahun Baru mendatang".
                        Some((month, day)) if !eve => Expr::Day {
                            year: None,
                            month,
                            day,
                            weekday: None,
                            dir: dir_of_loose(n),
                            tod: None,
                        },
                        // "Lebaran ini": this year's.
                        _ if n == 0 && !eve => Expr::InYear {
                            offset: 0,
                            suffix: String::new(),
                        },
                        _ => Expr::Unknown,
                    }
                } else {
                    Expr::Unknown
                }
            }
        };
        let kind = if eve { "time" } else { "date" };
        Some(Found::new(start, j, kind, expr))
    }

    /// The year after a holiday name, converted to Gregorian: "2017", "tahun
    /// 2017", "1438 H", "1438 Hijriah" (for Islamic feasts), "2569" (Imlek),
    /// "Saka 1939" (Nyepi).
    fn holiday_year(&self, j: usize, h: Holiday) -> Option<(i16, usize)> {
        // "tahun 2017", "Tahun Saka 1939", "Saka 1939".
        let j = if self.is(j, "tahun") && (self.int(j + 1).is_some() || self.is(j + 1, "saka")) {
            j + 1
        } else {
            j
        };
        let (j, saka_word) = if self.is(j, "saka") {
            (j + 1, true)
        } else {
            (j, false)
        };
        let n = self.int(j).filter(|_| self.s(j).len() == 4)? as i32;
        let mut e = j + 1;
        let y = match h {
            Holiday::Hijri(m, d) if (1300..=1600).contains(&n) => {
                if self.is(e, "H") || self.is(e, "Hijriah") || self.is(e, "Hijriyah") {
                    e += 1;
                }
                hijri_to_gregorian_year(n, m, d)?
            }
            Holiday::Kongzili if (2400..=2700).contains(&n) => n - 551,
            Holiday::Saka if saka_word || (1800..=1990).contains(&n) => n + 78,
            _ if !saka_word && (1900..=2100).contains(&n) => n,
            _ => return None,
        };
        Some((i16::try_from(y).ok()?, e))
    }

    /// "H-3", "H+2", "H-7 Lebaran": a day counted from a holiday or event (value null).
    pub(super) fn h_day(&self, i: usize) -> Option<Found> {
        if self.t[i].end() - self.t[i].start() != 1
            || self.s(i) != "H"
            || !(self.punct(i + 1, b'-') || self.punct(i + 1, b'+'))
        {
            return None;
        }
        if !(self.glued(i + 1) && self.glued(i + 2)) {
            return None;
        }
        let n = self.int(i + 2).filter(|_| self.s(i + 2).len() <= 3)?;
        if n > 120 {
            return None;
        }
        let mut e = i + 3;
        if let Some((_, he)) = self.holiday_name(e) {
            e = he;
        }
        Some(Found::new(i, e, "date", Expr::Unknown))
    }
}

fn shift_eve(d: Date, eve: bool) -> Date {
    if eve {
        d.checked_sub(1.day()).unwrap_or(d)
    } else {
        d
    }
}

fn with_tod(d: Date, tod: Option<Tod>) -> String {
    match tod {
        Some(Tod::Part(p)) => format!("{d}T{p}"),
        Some(Tod::Clock(h, m)) => format!("{d}T{h:02}:{m:02}"),
        None => d.to_string(),
    }
}

/// The Gregorian year in which day `d` of month `m` of Hijri year `h` falls,
/// by the arithmetic Islamic calendar (within a day or two of the Indonesian
/// sighting, so the year is safe except for a feast on New Year's Eve).
fn hijri_to_gregorian_year(h: i32, m: i8, d: i8) -> Option<i32> {
    let (m, d) = (i64::from(m), i64::from(d));
    let h = i64::from(h);
    // Days from the Hijri epoch (16 July 622 Julian = JDN 1948440).
    let jdn = d + (59 * (m - 1) + 1) / 2 + (h - 1) * 354 + (3 + 11 * h) / 30 + 1_948_439;
    let unix = jdn - 2_440_588; // JDN of 1970-01-01
    let date = Date::new(1970, 1, 1).ok()?.checked_add(unix.days()).ok()?;
    Some(i32::from(date.year()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hijri_years() {
        // Idul Fitri 1438 H was 25 June 2017; Idul Adha 1437 H 12 September 2016;
        // Ramadan 1446 H began 1 March 2025; 1 Muharram 1445 H was 19 July 2023.
        assert_eq!(hijri_to_gregorian_year(1438, 10, 1), Some(2017));
        assert_eq!(hijri_to_gregorian_year(1437, 12, 10), Some(2016));
        assert_eq!(hijri_to_gregorian_year(1446, 9, 1), Some(2025));
        assert_eq!(hijri_to_gregorian_year(1445, 1, 1), Some(2023));
    }

    #[test]
    fn eve_is_the_day_before() {
        let d = Date::new(2018, 1, 1).unwrap();
        assert_eq!(shift_eve(d, true).to_string(), "2017-12-31");
    }
}
