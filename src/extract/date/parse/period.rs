//! Quarters and halves of a year, as economic news numbers them: "kuartal
//! III 2024", "triwulan pertama 2025", "kuartal kedua tahun 2017", "semester
//! I tahun ini", "semester 2", "kuartal ke-3". Values are TIMEX3 `2024-Q3`,
//! `2017-H1`.
//!
//! It does not read counts of periods ("tiga kuartal" is a duration, read by
//! `count_unit`) nor periods anchored on another one ("kuartal sebelumnya").

use super::{Found, P, dir_of_loose};
use crate::extract::date::expr::Expr;
use crate::extract::date::lexicon::{NumRole, PERSON};

impl P<'_> {
    /// A numbered quarter or half at `i` ("kuartal", "triwulan", "semester"),
    /// the span starting at `start`.
    pub(super) fn period(&self, i: usize, start: usize) -> Option<Found> {
        let unit = self.lex(i)?.unit?;
        let (label, per_year, months) = match (unit.code, unit.times) {
            ("M", 3) => ("Q", 4, 3),
            ("M", 6) => ("H", 2, 6),
            _ => return None,
        };
        // "mahasiswa semester 2" is a student's term, not a half year.
        if self.prev(start).is_some_and(|p| self.has(p, PERSON)) {
            return None;
        }
        let (n, mut j) = self.period_index(i + 1)?;
        if !(1..=per_year).contains(&n) {
            return None;
        }
        let label: &'static str = match (label, n) {
            ("Q", 1) => "Q1",
            ("Q", 2) => "Q2",
            ("Q", 3) => "Q3",
            ("Q", 4) => "Q4",
            ("H", 1) => "H1",
            _ => "H2",
        };
        let suffix = format!("-{label}");
        // "kuartal III 2024", "kuartal kedua tahun 2017", "semester I tahun ini",
        // "semester pertama 2017 ini".
        if self.is(j, "tahun")
            && let Some(y) = self.year(j + 1, 1000, 2199)
        {
            return self.fixed_period(start, j + 2, y, &suffix);
        }
        if let Some(y) = self.year(j, 1000, 2199) {
            return self.fixed_period(start, j + 1, y, &suffix);
        }
        let offset = if self.is(j, "tahun") {
            j += 1;
            self.dir_at(j)
        } else if self.dir_at(j) == Some(0) {
            Some(0)
        } else {
            None
        };
        if let Some(offset) = offset {
            let expr = Expr::InYear { offset, suffix };
            return Some(Found::new(start, j + 1, "date", expr));
        }
        if self.is(j - 1, "tahun") {
            // "kuartal yang sama tahun sebelumnya" and the like: not ours.
            j -= 1;
        }
        let start_month = (n * months - months + 1) as i8;
        let dir = match self.dir_at(j) {
            Some(d) => {
                j += 1;
                dir_of_loose(d)
            }
            None => self.default_dir(start),
        };
        let expr = Expr::Period {
            start_month,
            label,
            dir,
        };
        Some(Found::new(start, j, "date", expr))
    }

    fn fixed_period(&self, s: usize, e: usize, y: i16, suffix: &str) -> Option<Found> {
        // "semester pertama 2017 ini": the "ini" restates the year.
        let e = if self.dir_at(e) == Some(0) { e + 1 } else { e };
        Some(Found::new(
            s,
            e,
            "date",
            Expr::Fixed(format!("{y:04}{suffix}")),
        ))
    }

    /// The number of a period: a Roman numeral ("III"), digits ("3"), an
    /// ordinal ("ketiga", "ke-3", "ke 3", "ke-tiga") or a number word ("tiga").
    fn period_index(&self, k: usize) -> Option<(u32, usize)> {
        let roman = match self.s(k) {
            "I" => Some(1),
            "II" => Some(2),
            "III" => Some(3),
            "IV" => Some(4),
            _ => None,
        };
        if let Some(n) = roman {
            return Some((n, k + 1));
        }
        if let Some(n) = self.int(k).filter(|_| self.s(k).len() == 1) {
            return Some((n, k + 1));
        }
        if self.is(k, "ke") {
            let k = if self.punct(k + 1, b'-') {
                k + 2
            } else {
                k + 1
            };
            if let Some(n) = self.int(k).filter(|_| self.s(k).len() == 1) {
                return Some((n, k + 1));
            }
            let w = self.lex(k)?.num?;
            return (w.role == NumRole::Unit && w.value.fract() == 0.0)
                .then_some((w.value as u32, k + 1));
        }
        let w = self.lex(k)?.num?;
        matches!(w.role, NumRole::Ordinal | NumRole::Unit)
            .then_some(())
            .filter(|_| w.value.fract() == 0.0 && w.value >= 1.0)
            .map(|_| (w.value as u32, k + 1))
    }
}
