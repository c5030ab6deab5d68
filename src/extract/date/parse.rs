//! The date patterns: reads the scanned tokens left to right and, at each
//! token that can start a date (a number, a month, weekday, unit, relative or
//! context word from the lexicon), tries the patterns that start with it and
//! keeps the longest reading. Matches never overlap.
//!
//! Span conventions (those of the Indonesian NER TIME annotations where they
//! are consistent): prepositions stay out ("pada", "sejak", "selama"), so does
//! "tahun" before a year number ("tahun 2014" → "2014"); classifier nouns
//! before names stay in ("hari Rabu", "bulan Juni", "tanggal 15 Agustus
//! 1945", "pukul 07.24 WIB"); a weekday and its date are one expression
//! ("Minggu (13/7/2025)", "Selasa (28/10) malam").
//!
//! It does not resolve values; it builds [`Expr`]s for `expr` to resolve.

use super::expr::{Dir, Expr, Tod};
use super::lexicon::{
    AGAIN, AGE, ANAPHOR, BIRTH, CLOCK, COUNTER, EARLIER, EVENT, FUTURE, GREETING, HABIT, HOLIDAY,
    INDEF, Lex, MEAL, MONTH_CTX, NumRole, PART, PASARAN, PAST, PERSON, QTY, RECENT, RELATIVE, SET,
    STAY, Unit, YEAR_CTX, ZONE,
};
use super::scan::{Kind, Tok};

mod holiday;
mod period;

/// One match: tokens `s..e`, its kind (`date`, `time`, `duration`, `set`) and expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub s: usize,
    pub e: usize,
    pub kind: &'static str,
    pub expr: Expr,
    /// Said of a birth ("kelahiran 27 Juli 1968"): never the article's reference.
    pub birth: bool,
}

impl Found {
    fn new(s: usize, e: usize, kind: &'static str, expr: Expr) -> Found {
        Found {
            s,
            e,
            kind,
            expr,
            birth: false,
        }
    }
}

/// The kind of a match that consumes tokens but is no date ("berusia 29
/// tahun ini" is an age): it keeps a shorter reading from starting inside it.
const SKIP: &str = "";

/// Finds every date expression in the tokens of `text`, visiting only the
/// tokens `starts` (ascending) that can begin one (see `scan::scan_into`).
pub fn parse(text: &str, toks: &[Tok], starts: &[u32]) -> Vec<Found> {
    let p = P { text, t: toks };
    let mut out = Vec::new();
    // Tokens before `i` are inside the last match.
    let mut i = 0;
    for &k in starts {
        let k = k as usize;
        if k < i {
            continue;
        }
        if let Some(f) = p.at(k).filter(|f| f.e > k) {
            i = f.e;
            if f.kind != SKIP {
                out.push(Found {
                    birth: p.after_birth(f.s),
                    ..f
                });
            }
        }
    }
    out
}

/// [`parse`] as an iterator, in the same order (the test
/// `founds_are_the_parse` holds it to [`parse`]): a reader that needs only
/// the first matches (the head's stated date) stops parsing there. The
/// whole text is parsed by the loop above, which costs fewer instructions.
pub fn founds<'a>(
    text: &'a str,
    toks: &'a [Tok],
    starts: &'a [u32],
) -> impl Iterator<Item = Found> + 'a {
    let p = P { text, t: toks };
    let mut starts = starts.iter();
    // Tokens before `i` are inside the last match.
    let mut i = 0;
    std::iter::from_fn(move || {
        for &k in starts.by_ref() {
            let k = k as usize;
            if k < i {
                continue;
            }
            if let Some(f) = p.at(k).filter(|f| f.e > k) {
                i = f.e;
                if f.kind != SKIP {
                    return Some(Found {
                        birth: p.after_birth(f.s),
                        ..f
                    });
                }
            }
        }
        None
    })
}

/// [`parse`] visiting every token: the reference the test of `starts` compares with.
#[cfg(test)]
pub fn parse_every(text: &str, toks: &[Tok]) -> Vec<Found> {
    let p = P { text, t: toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match p.at(i) {
            Some(f) if f.e > i => {
                i = f.e;
                if f.kind != SKIP {
                    out.push(Found {
                        birth: p.after_birth(f.s),
                        ..f
                    });
                }
            }
            _ => i += 1,
        }
    }
    out
}

struct P<'a> {
    text: &'a str,
    t: &'a [Tok],
}

/// A count before a unit: a number, or vague ("beberapa").
#[derive(Clone, Copy)]
enum Count {
    Exact(f64),
    Vague,
}

fn found(s: usize, e: usize, kind: &'static str, expr: Expr) -> Option<Found> {
    Some(Found::new(s, e, kind, expr))
}

fn day_kind(tod: Option<Tod>) -> &'static str {
    if tod.is_some() { "time" } else { "date" }
}

fn dir_of(n: i8) -> Dir {
    match n {
        ..=-1 => Dir::PastStrict,
        0 => Dir::Nearest,
        _ => Dir::FutureStrict,
    }
}

/// For days and months "mendatang" includes the current one ("akhir Maret
/// mendatang" said in March); for weekdays it does not.
fn dir_of_loose(n: i8) -> Dir {
    match dir_of(n) {
        Dir::FutureStrict => Dir::Future,
        d => d,
    }
}

impl<'a> P<'a> {
    fn tok(&self, i: usize) -> Option<&'a Tok> {
        self.t.get(i)
    }
    fn s(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| &self.text[t.start()..t.end()])
    }
    fn lex(&self, i: usize) -> Option<&'static Lex> {
        self.t.get(i).and_then(|t| t.lex())
    }
    fn has(&self, i: usize, flag: u32) -> bool {
        self.t.get(i).is_some_and(|t| t.has(flag))
    }
    fn is(&self, i: usize, word: &str) -> bool {
        // Bytes, not `s`: no char-boundary checks on this hot path.
        self.t.get(i).is_some_and(|t| {
            t.kind() == Kind::Word
                && t.end() - t.start() == word.len()
                && self.text.as_bytes()[t.start()..t.end()].eq_ignore_ascii_case(word.as_bytes())
        })
    }
    fn punct(&self, i: usize, c: u8) -> bool {
        self.t.get(i).is_some_and(|t| t.is_punct(c))
    }
    /// Token `i` touches the token before it (no whitespace between).
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.space_before())
    }
    fn prev(&self, i: usize) -> Option<usize> {
        i.checked_sub(1)
    }
    /// A number token made of digits only.
    fn int(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        let s = self.s(i);
        (t.is_num() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    }
    /// A four-digit year in `lo..=hi`.
    /// (The length is tested before the value is parsed: most numbers a
    /// date rule tries are not four digits long.)
    fn year(&self, i: usize, lo: u32, hi: u32) -> Option<i16> {
        if self.s(i).len() != 4 {
            return None;
        }
        let y = self.int(i)?;
        (lo..=hi).contains(&y).then_some(y as i16)
    }
    fn day_num(&self, i: usize) -> Option<i8> {
        if self.s(i).len() > 2 {
            return None;
        }
        let d = self.int(i)?;
        (1..=31).contains(&d).then_some(d as i8)
    }
    fn month_at(&self, i: usize) -> Option<(i8, bool)> {
        let l = self.lex(i)?;
        (l.month > 0).then_some((l.month, l.month_abbr))
    }
    fn dir_at(&self, i: usize) -> Option<i8> {
        self.lex(i).and_then(|l| l.dir)
    }

    /// A future-tense marker shortly before `i` in the same clause.
    fn future_before(&self, i: usize) -> bool {
        self.marker_before(i, FUTURE)
    }

    /// A word with `flag` shortly before `i` in the same clause.
    fn marker_before(&self, i: usize, flag: u32) -> bool {
        let mut k = i;
        let mut words = 0;
        while k > 0 && words < 6 {
            if self.t[k].sent_start() {
                break;
            }
            k -= 1;
            let t = &self.t[k];
            match t.kind() {
                Kind::Punct(b'.' | b'!' | b'?' | b';' | b',') => break,
                Kind::Word if t.has(flag) => return true,
                _ => words += 1,
            }
        }
        false
    }
    fn default_dir(&self, i: usize) -> Dir {
        if self.future_before(i) {
            Dir::Future
        } else {
            Dir::Past
        }
    }

    /// The tense of a month named without a year ("pada April", "3
    /// November"): a tense word shortly before it, else the nearest tense
    /// word back to the start of its sentence, across commas and
    /// parentheses ("akan menggelar latihan ... di Shanghai (China) pada
    /// April", "mulai 27 Oktober mendatang, dan ... mulai 3 November"). A
    /// past word nearer to the month ("telah", "sejak", "lalu") keeps it in
    /// the past; with neither, it looks back as before.
    fn month_dir(&self, i: usize) -> Dir {
        if self.future_before(i) {
            return Dir::Future;
        }
        let mut k = i;
        let mut steps = 0;
        while k > 0 && steps < 40 && !self.t[k].sent_start() {
            k -= 1;
            steps += 1;
            let t = &self.t[k];
            match t.kind() {
                Kind::Punct(b'.' | b'!' | b'?' | b';') => break,
                Kind::Word if t.has(FUTURE) && self.dir_at(k).is_none_or(|d| d > 0) => {
                    return Dir::Future;
                }
                Kind::Word
                    if t.has(PAST)
                        || self.dir_at(k).is_some_and(|d| d < 0)
                        || super::lexicon::past_word(self.s(k)) =>
                {
                    break;
                }
                _ => {}
            }
        }
        Dir::Past
    }

    /// A birth word ("lahir", "kelahiran") shortly before `i` in the same sentence.
    fn after_birth(&self, i: usize) -> bool {
        let mut k = i;
        while k > 0 && i - k < 5 && !self.t[k].sent_start() {
            k -= 1;
            if self.has(k, BIRTH) {
                return true;
            }
        }
        false
    }

    fn at(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        match t.kind() {
            Kind::Punct(b'(') => self.paren_date(i),
            Kind::Num => self.numeric(i),
            Kind::Word if t.lex().is_none() => self.h_day(i),
            Kind::Word => self.wordy(i, t.lex()?),
            Kind::Punct(_) => None,
        }
    }

    fn wordy(&self, i: usize, lex: &'static Lex) -> Option<Found> {
        if lex.has(HOLIDAY)
            && let Some(f) = self.holiday(i, false)
        {
            return Some(f);
        }
        if self.is(i, "malam")
            && self.has(i + 1, HOLIDAY)
            && let Some(f) = self.holiday(i + 1, true)
        {
            return Some(f);
        }
        if lex.unit.is_some_and(|u| u.code == "M" && u.times > 1)
            && !lex.se_unit
            && let Some(f) = self.period(i, i)
        {
            return Some(f);
        }
        if lex.has(SET) {
            return self.set(i);
        }
        if lex.has(PART)
            && let Some(f) = self.part_prefix(i)
        {
            return Some(f);
        }
        if lex.has(CLOCK) && self.tok(i + 1).is_some_and(Tok::is_num) {
            return self.clock(i);
        }
        // The classifiers "tanggal", "hari", "bulan" stay out of the span.
        if self.is(i, "tanggal") && self.day_num(i + 1).is_some() {
            return self.day_month(i + 1, i + 1);
        }
        if self.is(i, "hari") {
            if self.lex(i + 1).is_some_and(|l| l.weekday > 0) {
                return self.weekday(i + 1, i + 1);
            }
            if self.dir_at(i + 1) == Some(0) {
                let (e, tod) = self.tail(i + 2);
                return found(i, e, day_kind(tod), Expr::RelDay { days: 0, tod });
            }
            return None;
        }
        if self.is(i, "bulan") && self.month_at(i + 1).is_some_and(|(_, abbr)| !abbr) {
            return self.month(i + 1, i + 1);
        }
        if self.is(i, "abad") {
            return self.century(i);
        }
        if lex.weekday > 0
            && let Some(f) = self.weekday(i, i)
        {
            return Some(f);
        }
        if lex.month > 0 {
            return self.month(i, i);
        }
        if let Some(days) = lex.day {
            return self.rel_day(i, i32::from(days));
        }
        if lex.unit.is_some() && !lex.se_unit {
            return self.unit_dir(i, i).or_else(|| self.decade_recent(i));
        }
        if lex.se_unit || lex.num.is_some() {
            return self.count_unit(i, i);
        }
        if lex.part_of_day.is_some() {
            return self.part_of_day(i, i, false);
        }
        if (lex.has(EARLIER) || self.is(i, "nanti"))
            && self.lex(i + 1).is_some_and(|l| l.part_of_day.is_some())
        {
            return self.part_of_day(i + 1, i, true);
        }
        None
    }

    fn numeric(&self, i: usize) -> Option<Found> {
        let s = self.s(i);
        if s.contains('/') {
            if let Some(v) = season(s) {
                return found(i, i + 1, "date", Expr::Fixed(v));
            }
            let (e, y, m, d) = self.slash_date(i, false)?;
            return self.finish_day(i, e, y, m, d, false);
        }
        if s.contains('.') || s.contains(':') {
            if let Some((e, y, m, d)) = self.dotted_date(i) {
                return self.finish_day(i, e, y, m, d, false);
            }
            let (e, h, m) = self.clock_at(i, true)?;
            return found(i, e, "time", self.time_expr(i, Tod::Clock(h, m)));
        }
        if let Some(f) = self.dashed_date(i) {
            return Some(f);
        }
        if self.day_num(i).is_some()
            && let Some(f) = self.day_month(i, i)
        {
            return Some(f);
        }
        if let Some(f) = self.year_expr(i, i) {
            return Some(f);
        }
        self.count_unit(i, i)
    }

    /// `d/m/y`, or `d/m` when `dm_ok` (in parentheses, after a weekday or "tanggal").
    fn slash_date(&self, i: usize, dm_ok: bool) -> Option<(usize, Option<i16>, i8, i8)> {
        let s = self.s(i);
        if !self.tok(i)?.is_num() || s.contains(['.', ',', ':']) {
            return None;
        }
        let mut g: Vec<&str> = s.split('/').collect();
        let mut end = i + 1;
        // "13/3/ 2017": the scraper put a space inside the date.
        if g.len() == 2
            && self.punct(end, b'/')
            && self.glued(end)
            && self.year(end + 1, 1000, 2199).is_some()
        {
            g.push(self.s(end + 1));
            end += 2;
        }
        let n = |k: usize| g.get(k).and_then(|x| x.parse::<i32>().ok());
        let (y, m, d) = match g.len() {
            3 if g[0].len() == 4 => (Some(n(0)?), n(1)?, n(2)?),
            3 if g[2].len() == 4 => (Some(n(2)?), n(1)?, n(0)?),
            3 if g[2].len() == 2 => (Some(2000 + n(2)?), n(1)?, n(0)?),
            2 if dm_ok && g[0].len() <= 2 && g[1].len() <= 2 => (None, n(1)?, n(0)?),
            _ => return None,
        };
        let y = y.map(|y| y as i16);
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        if let Some(y) = y {
            jiff::civil::Date::new(y, m as i8, d as i8).ok()?;
        }
        Some((end, y, m as i8, d as i8))
    }

    /// `13.07.2025`: a date written with dots.
    fn dotted_date(&self, i: usize) -> Option<(usize, Option<i16>, i8, i8)> {
        let g: Vec<&str> = self.s(i).split('.').collect();
        if g.len() != 3 || g[2].len() != 4 || g[0].len() > 2 || g[1].len() > 2 {
            return None;
        }
        let (d, m, y) = (
            g[0].parse::<i8>().ok()?,
            g[1].parse::<i8>().ok()?,
            g[2].parse::<i16>().ok()?,
        );
        jiff::civil::Date::new(y, m, d).ok()?;
        Some((i + 1, Some(y), m, d))
    }

    /// `13-07-2025` or `2025-07-13`, written without spaces.
    fn dashed_date(&self, i: usize) -> Option<Found> {
        let dash = |k: usize| self.punct(k, b'-') && self.glued(k) && self.glued(k + 1);
        if !(dash(i + 1) && dash(i + 3)) {
            return None;
        }
        let (a, b, c) = (self.int(i)?, self.int(i + 2)?, self.int(i + 4)?);
        let (y, m, d) = if self.s(i).len() == 4 && self.s(i + 4).len() <= 2 {
            (a, b, c)
        } else if self.s(i + 4).len() == 4 && self.s(i).len() <= 2 {
            (c, b, a)
        } else {
            return None;
        };
        let date = jiff::civil::Date::new(y as i16, m as i8, d as i8).ok()?;
        self.finish_day(i, i + 5, Some(date.year()), date.month(), date.day(), false)
    }

    /// A day with its date read: adds a trailing "lalu"/"ini" and time, builds the Day.
    fn finish_day(
        &self,
        s: usize,
        e: usize,
        year: Option<i16>,
        month: i8,
        day: i8,
        named: bool,
    ) -> Option<Found> {
        let mut e = e;
        let mut dir = None;
        if year.is_none()
            && let Some(n) = self.dir_at(e)
        {
            dir = Some(dir_of_loose(n));
            e += 1;
        } else if year.is_some() && self.dir_at(e) == Some(-1) && !self.is(e + 1, "lintas") {
            // "mulai 12 Mei 2017 kemarin", "pada 5 Januari 2015 lalu": the
            // word only says the date is past; it is no day of its own.
            e += 1;
        }
        let (e, tod) = self.tail(e);
        // "pada 19 Juli hingga 23 Juli": the second day of a range reads the
        // tense where the range opens, not a shorter look-back of its own.
        let opens = (year.is_none() && dir.is_none())
            .then(|| self.prev(s))
            .flatten()
            .filter(|&p| self.is(p, "hingga") || self.is(p, "sampai") || self.punct(p, b'-'))
            .and_then(|p| self.prev(p))
            .filter(|&q| self.month_at(q).is_some())
            .and_then(|q| self.prev(q))
            .filter(|&r| self.int(r).is_some());
        let at = opens.unwrap_or(s);
        let dir = dir.unwrap_or_else(|| {
            if named && year.is_none() {
                self.month_dir(at)
            } else {
                self.default_dir(at)
            }
        });
        found(
            s,
            e,
            day_kind(tod),
            Expr::Day {
                year,
                month,
                day,
                weekday: None,
                dir,
                tod,
            },
        )
    }

    /// "(25/9)", "(13/7/2025)": a day in parentheses, parentheses included.
    fn paren_date(&self, i: usize) -> Option<Found> {
        let (e, y, m, d) = self.slash_date(i + 1, true)?;
        if !self.punct(e, b')') {
            return None;
        }
        self.finish_day(i, e + 1, y, m, d, false)
    }

    /// "Sabtu", "hari Rabu", "Minggu (13/7/2025)", "Senin, 29 Desember 2014",
    /// "Jumat silam (19/5)", "Selasa (28/10) malam", "Kamis pagi".
    fn weekday(&self, i: usize, start: usize) -> Option<Found> {
        let weekday = self.lex(i)?.weekday;
        let after_hari = self.prev(i).is_some_and(|p| self.is(p, "hari"));
        if weekday == 7 && !self.is_sunday(i, after_hari) {
            return None;
        }
        let mut j = i + 1;
        // "Ahad Legi, 25 Juni 2017": the Javanese market day sits between.
        if self.has(j, PASARAN) {
            j += 1;
        }
        let mut dir = None;
        if let Some(n) = self.dir_at(j) {
            dir = Some(dir_of(n));
            j += 1;
        }
        // "Rabu malam, 11 April 2012": the part of the day before the date.
        let mut part = None;
        if let Some((pe, p)) = self.part_at(j)
            && self.punct(pe, b',')
            && self.date_after_weekday(pe + 1).is_some()
        {
            part = Some(Tod::Part(p));
            j = pe;
        }
        let k = if self.punct(j, b',') { j + 1 } else { j };
        if let Some((e, y, m, d)) = self.date_after_weekday(k) {
            let mut f = self.finish_day(start, e, y, m, d, false)?;
            if let Expr::Day {
                dir: d,
                weekday: w,
                tod,
                ..
            } = &mut f.expr
            {
                *w = Some(weekday);
                if let Some(dir) = dir {
                    *d = dir;
                }
                if tod.is_none() && part.is_some() {
                    *tod = part;
                    f.kind = "time";
                }
            }
            return Some(f);
        }
        let (e, tod) = self.tail(j);
        let dir = dir.unwrap_or_else(|| self.default_dir(start));
        found(start, e, day_kind(tod), Expr::Weekday { weekday, dir, tod })
    }

    /// Whether "Minggu" at `i` is Sunday rather than "week".
    fn is_sunday(&self, i: usize, after_hari: bool) -> bool {
        if after_hari {
            return true;
        }
        if let Some(p) = self.prev(i) {
            let pt = &self.t[p];
            if pt.is_num() || pt.lex().is_some_and(|l| l.num.is_some()) || pt.has(SET) {
                return false;
            }
            if pt.is_punct(b'(') {
                return true;
            }
        }
        let t = &self.t[i];
        if !t.cap() {
            return false;
        }
        if !t.sent_start() {
            return true;
        }
        // Sentence-initial "Minggu" is capitalized either way: Sunday only
        // when a date, comma or time follows ("Minggu (13/7)", "Minggu pagi").
        let n = i + 1;
        self.punct(n, b'(')
            || self.punct(n, b',')
            || self.tok(n).is_some_and(Tok::is_num)
            || self.lex(n).is_some_and(|l| l.part_of_day.is_some())
    }

    /// The date written after a weekday: "(13/7/2025)", "(25/9)", "29 Desember 2014", "17/06/2020".
    fn date_after_weekday(&self, k: usize) -> Option<(usize, Option<i16>, i8, i8)> {
        if self.punct(k, b'(') {
            let (e, y, m, d) = self.slash_date(k + 1, true)?;
            return self.punct(e, b')').then_some((e + 1, y, m, d));
        }
        if self.s(k).contains('/') {
            return self.slash_date(k, true);
        }
        let d = self.day_num(k)?;
        let (m, _) = self.month_at(k + 1)?;
        let mut e = k + 2;
        if self.punct(e, b'.') && self.glued(e) {
            e += 1;
        }
        match self.year(e, 1000, 2199) {
            Some(y) => Some((e + 1, Some(y), m, d)),
            None => Some((e, None, m, d)),
        }
    }

    /// "15 Agustus 1945", "8 Juli", "22-25 Januari 2013", "15 Agustus lalu", "13 Jan 2025".
    fn day_month(&self, i: usize, start: usize) -> Option<Found> {
        let from = self.day_num(i)?;
        let mut j = i + 1;
        let mut to = None;
        if (self.punct(j, b'-') || self.is(j, "hingga") || self.is(j, "sampai"))
            && let Some(d2) = self.day_num(j + 1)
            && d2 > from
            && self.month_at(j + 2).is_some()
        {
            to = Some(d2);
            j += 2;
        }
        let (month, _) = self.month_at(j)?;
        j += 1;
        if self.punct(j, b'.') && self.glued(j) && self.lex(j - 1).is_some_and(|l| l.month_abbr) {
            j += 1;
        }
        // "30 November hingga 3 Desember 2014": a range across months.
        if to.is_none()
            && (self.punct(j, b'-') || self.is(j, "hingga") || self.is(j, "sampai"))
            && let Some(d2) = self.day_num(j + 1)
            && let Some((m2, _)) = self.month_at(j + 2)
            && let Some(y) = self.year(j + 3, 1000, 2199)
            && m2 != month
        {
            let y1 = if m2 < month { y - 1 } else { y };
            let a = jiff::civil::Date::new(y1, month, from).ok();
            let b = jiff::civil::Date::new(y, m2, d2).ok();
            if let (Some(a), Some(b)) = (a, b) {
                return found(start, j + 4, "date", Expr::Fixed(format!("{a}/{b}")));
            }
        }
        let year = self.year(j, 1000, 2199);
        if year.is_some() {
            j += 1;
        }
        match to {
            None => self.finish_day(start, j, year, month, from, true),
            Some(to) => {
                let mut dir = self.month_dir(start);
                if year.is_none()
                    && let Some(n) = self.dir_at(j)
                {
                    dir = dir_of_loose(n);
                    j += 1;
                }
                found(
                    start,
                    j,
                    "date",
                    Expr::DayRange {
                        year,
                        month,
                        from,
                        to,
                        dir,
                    },
                )
            }
        }
    }

    /// "Juli 2025", "Juni tahun lalu", "Mei lalu", "bulan November", "pada April", "Agt 2024".
    fn month(&self, i: usize, start: usize) -> Option<Found> {
        let (month, abbr) = self.month_at(i)?;
        let mut j = i + 1;
        if abbr && self.punct(j, b'.') && self.glued(j) {
            j += 1;
        }
        if let Some(y) = self.year(j, 1000, 2199) {
            let expr = Expr::Month {
                year: Some(y),
                month,
                dir: Dir::Past,
                year_offset: None,
            };
            return found(start, j + 1, "date", expr);
        }
        // "September-Desember 2013", "Januari hingga April 2014".
        if (self.punct(j, b'-') || self.is(j, "hingga") || self.is(j, "sampai"))
            && let Some((m2, false)) = self.month_at(j + 1)
            && let Some(y) = self.year(j + 2, 1000, 2199)
            && !abbr
        {
            let y1 = if m2 < month { y - 1 } else { y };
            let v = format!("{y1:04}-{month:02}/{y:04}-{m2:02}");
            return found(start, j + 3, "date", Expr::Fixed(v));
        }
        if abbr {
            return None;
        }
        let (dir, year_offset, e) = if self.is(j, "tahun")
            && let Some(n) = self.dir_at(j + 1)
        {
            (Dir::Past, Some(n), j + 2)
        } else if let Some(n) = self.dir_at(j) {
            // "awal Juli lalu" said in late July is this July: a month
            // "lalu" may be the current one ("Juli tahun lalu" is last year's).
            let dir = if n < 0 { Dir::Past } else { dir_of_loose(n) };
            (dir, None, j + 1)
        } else {
            // "antara April hingga Mei": the second month follows the first.
            if start == i
                && let Some(p) = self.prev(i).filter(|&p| {
                    self.is(p, "hingga") || self.is(p, "sampai") || self.punct(p, b'-')
                })
                && let Some(q) = self.prev(p)
                && let Some((first, false)) = self.month_at(q)
            {
                let expr = Expr::MonthAfter {
                    first,
                    month,
                    dir: self.month_dir(q),
                };
                return found(start, j, "date", expr);
            }
            let ctx = start < i
                || self
                    .prev(i)
                    .is_some_and(|p| self.has(p, MONTH_CTX) || self.punct(p, b'('));
            if !ctx {
                return None;
            }
            (self.month_dir(start), None, j)
        };
        let expr = Expr::Month {
            year: None,
            month,
            dir,
            year_offset,
        };
        found(start, e, "date", expr)
    }

    /// A four-digit year in year context, a year range ("2014-2019", "2014
    /// hingga 2019") or a decade ("1970-an").
    fn year_expr(&self, i: usize, start: usize) -> Option<Found> {
        let y = self.year(i, 1000, 2199)?;
        if self.punct(i + 1, b'-') && self.glued(i + 1) && self.is(i + 2, "an") && self.glued(i + 2)
        {
            return (y % 10 == 0)
                .then(|| Found::new(start, i + 3, "date", Expr::Fixed(format!("{:03}", y / 10))));
        }
        let prev = self.prev(i);
        let ctx = prev.is_some_and(|p| {
            self.has(p, YEAR_CTX) || (self.punct(p, b'(') && self.punct(i + 1, b')'))
        }) || start < i;
        let counted = self.has(i + 1, COUNTER) || self.punct(i + 1, b'%');
        let bare = (1900..=2099).contains(&y)
            && prev.is_none_or(|p| {
                let pt = &self.t[p];
                // "G20 2022", "MotoGP 2017": a year after a code is still a year.
                let code = pt.is_num()
                    && self.glued(p)
                    && self
                        .prev(p)
                        .is_some_and(|q| self.t[q].kind() == Kind::Word && !self.has(q, QTY));
                !(pt.has(QTY)
                    || (pt.is_num() && !code)
                    || matches!(pt.kind(), Kind::Punct(b'$' | b'-' | b'/')))
            })
            && !(self.punct(i + 1, b'-')
                && self.glued(i + 1)
                && !self.tok(i + 2).is_some_and(Tok::is_num));
        if counted || !(ctx || bare) {
            return None;
        }
        // A range: "2014-2019", "2014 hingga 2019", a season "2016-17".
        let short = || {
            let n = self.int(i + 2).filter(|_| self.s(i + 2).len() == 2)? as i16;
            let y2 = y - y % 100 + n;
            (self.punct(i + 1, b'-') && y2 > y).then_some(y2)
        };
        if (self.punct(i + 1, b'-') || self.is(i + 1, "hingga") || self.is(i + 1, "sampai"))
            && let Some(y2) = self.year(i + 2, 1000, 2199).or_else(short)
            && y2 > y
            && y2 - y <= 100
        {
            return found(start, i + 3, "date", Expr::Fixed(format!("{y:04}/{y2:04}")));
        }
        // "sejak 2016 lalu", "pada 1998 silam": the word only says the year
        // is past, as after a full date; it stays in the mention. Not
        // "kemarin", a day of its own ("Puteri Indonesia 2017 kemarin malam").
        let e = if (self.is(i + 1, "lalu") || self.is(i + 1, "silam")) && !self.is(i + 2, "lintas")
        {
            i + 2
        } else {
            i + 1
        };
        found(start, e, "date", Expr::Fixed(format!("{y:04}")))
    }

    /// "awal 2014", "akhir tahun ini", "pertengahan Juni", "awal bulan depan", "akhir tahun 2014".
    fn part_prefix(&self, i: usize) -> Option<Found> {
        let n = i + 1;
        if self.year(n, 1000, 2199).is_some() {
            return self.year_expr(n, i);
        }
        if self.month_at(n).is_some_and(|(_, abbr)| !abbr) {
            return self.month(n, i);
        }
        if self.is(n, "bulan") && self.month_at(n + 1).is_some_and(|(_, abbr)| !abbr) {
            return self.month(n + 1, i);
        }
        if self.is(n, "tahun") && self.year(n + 1, 1000, 2199).is_some() {
            return self.year_expr(n + 1, i);
        }
        if self.lex(n).is_some_and(|l| l.unit.is_some() && !l.se_unit) {
            return self.period(n, i).or_else(|| self.unit_dir(n, i));
        }
        None
    }

    /// "tahun lalu", "bulan depan", "pekan lalu", "minggu depan", "tahun ini", "hari ini".
    fn unit_dir(&self, i: usize, start: usize) -> Option<Found> {
        let unit = self.lex(i)?.unit?;
        let n = i32::from(self.dir_at(i + 1)?);
        if unit.times != 1 {
            return None;
        }
        let expr = match unit.code {
            "Y" => Expr::RelYear(n),
            "M" => Expr::RelMonth(n),
            "W" => Expr::RelWeek(n),
            "D" if n == 0 => {
                let (e, tod) = self.tail(i + 2);
                return found(start, e, day_kind(tod), Expr::RelDay { days: 0, tod });
            }
            _ => return None,
        };
        found(start, i + 2, "date", expr)
    }

    /// "kemarin", "besok pagi", "lusa", "esok hari", "kemarin sore pukul 16.00".
    fn rel_day(&self, i: usize, days: i32) -> Option<Found> {
        let mut e = i + 1;
        if self.is(i, "esok") && self.is(e, "hari") {
            e += 1;
        }
        // "semalam" is last night, but one night after "menginap", "selama"
        // (tagged `stay`), "dalam", "untuk" (too frequent to be looked up in
        // the lexicon at every word).
        let own = self.lex(i).and_then(|l| l.part_of_day);
        if own.is_some()
            && self
                .prev(i)
                .is_some_and(|p| self.has(p, STAY) || self.is(p, "dalam") || self.is(p, "untuk"))
        {
            return None;
        }
        let (e, tod) = self.tail(e);
        let tod = tod.or(own.map(Tod::Part));
        found(i, e, day_kind(tod), Expr::RelDay { days, tod })
    }

    /// A count at `i`: digits ("3", "2,5", "1.000"), number words ("dua
    /// puluh", "satu setengah") or a vague word ("beberapa"); its end.
    fn count(&self, i: usize) -> Option<(usize, Count)> {
        let t = self.tok(i)?;
        if t.is_num() {
            let s = self.s(i);
            if s.contains(['/', ':']) {
                return None;
            }
            let v = if s.contains(',') {
                s.replace('.', "").replace(',', ".").parse::<f64>().ok()?
            } else if s.contains('.') {
                // Thousands separators only: "1.000"; "07.30" is a time.
                if s.split('.').skip(1).any(|g| g.len() != 3) {
                    return None;
                }
                s.replace('.', "").parse::<f64>().ok()?
            } else {
                s.parse::<f64>().ok()?
            };
            // "2x24 jam", "1 x 24 jam", "3×24 jam": a deadline written as a product.
            let times = self.is(i + 1, "x") || self.s(i + 1) == "×";
            if times && let Some(b) = self.int(i + 2).filter(|_| self.s(i).len() <= 2) {
                return Some((i + 3, Count::Exact(v * f64::from(b))));
            }
            return Some((i + 1, Count::Exact(v)));
        }
        let first = self.lex(i)?.num?;
        if first.role == NumRole::Vague {
            return Some((i + 1, Count::Vague));
        }
        let mut total = 0.0;
        let mut cur = 0.0;
        let mut j = i;
        while let Some(w) = self.lex(j).and_then(|l| l.num) {
            match w.role {
                NumRole::Unit => {
                    if cur != 0.0 && cur < 10.0 {
                        break;
                    }
                    cur += w.value;
                }
                NumRole::Teen if cur > 0.0 && cur < 10.0 => cur += 10.0,
                NumRole::Mul if cur > 0.0 => {
                    total += cur * w.value;
                    cur = 0.0;
                }
                NumRole::Frac => {
                    cur += w.value;
                    j += 1;
                    break;
                }
                _ => break,
            }
            j += 1;
        }
        let v = total + cur;
        (j > i && v > 0.0).then_some((j, Count::Exact(v)))
    }

    /// A count and a unit: a duration ("tiga hari", "16 tahun", "24 jam",
    /// "setahun terakhir", "beberapa bulan terakhir"), a relative date ("3 hari
    /// yang lalu", "dua pekan lalu", "dua hari lagi") or a date anchored on
    /// another event ("sebulan kemudian").
    fn count_unit(&self, i: usize, start: usize) -> Option<Found> {
        if self.no_unit_after_number(i) {
            return None;
        }
        self.count_unit_read(i, start)
    }

    /// A number at `i` counts a unit only when the unit word follows it
    /// ("3 hari") or follows a product ("2 x 24 jam"): `count` ends at
    /// `i + 1` or `i + 3`, and `count_unit_read` wants a unit there before
    /// it reads anything else. Most numbers of news are figures with no
    /// unit after them, so their value is not parsed for nothing. The test
    /// `no_unit_means_no_count` holds it to `count_unit_read`.
    fn no_unit_after_number(&self, i: usize) -> bool {
        let unit_at = |j: usize| self.lex(j).is_some_and(|l| l.unit.is_some() && !l.se_unit);
        self.tok(i).is_some_and(Tok::is_num) && !unit_at(i + 1) && !unit_at(i + 3)
    }

    /// [`P::count_unit`] without its shortcut (its oracle in the tests).
    fn count_unit_read(&self, i: usize, start: usize) -> Option<Found> {
        let (j, count, unit) = if self.lex(i).is_some_and(|l| l.se_unit) {
            // "sehari-hari" is "daily", "dua kali seminggu" a frequency (figures).
            if self.punct(i + 1, b'-') && self.glued(i + 1) {
                return None;
            }
            // "8 jam sehari", "tiga kali sebulan", "2 kali dalam sebulan": a
            // rate, not a duration.
            let rate = |p: usize| {
                self.is(p, "kali")
                    // "sekali sehari", but not "sama sekali" (at all).
                    || (self.is(p, "sekali") && !self.prev(p).is_some_and(|q| self.is(q, "sama")))
                    || self.lex(p).is_some_and(|l| l.unit.is_some() && !l.se_unit)
            };
            let before = self.prev(i).and_then(|p| {
                if self.is(p, "dalam") {
                    self.prev(p)
                } else {
                    Some(p)
                }
            });
            if before.is_some_and(rate) {
                return None;
            }
            (i + 1, Count::Exact(1.0), self.lex(i)?.unit?)
        } else {
            let (j, count) = self.count(i)?;
            let unit = self
                .lex(j)
                .and_then(|l| l.unit)
                .filter(|_| !self.lex(j).is_some_and(|l| l.se_unit))?;
            (j + 1, count, unit)
        };
        if self.prev(start).is_some_and(|p| self.is(p, "kali")) {
            return None;
        }
        // "45-60 menit", "4 hingga 6 jam": a range of counts is left to figures.
        if self.prev(start).is_some_and(|p| {
            (self.punct(p, b'-') || self.is(p, "hingga") || self.is(p, "sampai"))
                && self.prev(p).is_some_and(|q| {
                    self.t[q].is_num() || self.lex(q).is_some_and(|l| l.num.is_some())
                })
        }) {
            return None;
        }
        // "UU Nomor 14 Tahun 2008": a regulation number, not fourteen years.
        if unit.code == "Y" && self.year(j, 1000, 2199).is_some() {
            return None;
        }
        let n = match count {
            Count::Exact(v) => Some(v),
            Count::Vague => None,
        };
        // What follows decides between a duration and a date.
        let past = if self.is(j, "yang") && self.dir_at(j + 1) == Some(-1) {
            Some((j + 2, -1))
        } else if self.dir_at(j) == Some(-1) {
            Some((j + 1, -1))
        } else if self.has(j, AGAIN) {
            Some((j + 1, 1))
        } else {
            None
        };
        let age = self.age_before(start, unit);
        if let Some((e, sign)) = past.filter(|_| !age) {
            let expr = match n {
                Some(v) if v.fract() == 0.0 && !unit.is_clock() => {
                    let k = sign * (v as i32) * unit.times as i32;
                    match unit.code {
                        "D" => Expr::RelDay { days: k, tod: None },
                        "W" => Expr::RelWeek(k),
                        "M" => Expr::RelMonth(k),
                        _ => Expr::RelYear(k),
                    }
                }
                _ => Expr::Unknown,
            };
            let kind = if unit.is_clock() { "time" } else { "date" };
            return found(start, e, kind, expr);
        }
        if self.has(j, RELATIVE) {
            return found(start, j + 1, "date", Expr::Unknown);
        }
        // "1 tahun 6 bulan penjara", "10 tahun dua bulan 18 hari": one duration.
        let mut parts = vec![(n.unwrap_or(0.0), unit)];
        let mut j = j;
        while n.is_some() {
            let k = if self.is(j, "dan") { j + 1 } else { j };
            let Some((k2, Count::Exact(v))) = self.count(k) else {
                break;
            };
            let Some(u) = self
                .lex(k2)
                .and_then(|l| l.unit)
                .filter(|_| !self.has_se(k2))
            else {
                break;
            };
            if rank(u) <= rank(parts[parts.len() - 1].1) {
                break;
            }
            parts.push((v, u));
            j = k2 + 1;
        }
        if age || (unit.code == "Y" && self.is_age(start, j)) {
            // An age, left to figures; "berusia 29 tahun ini" keeps its "ini".
            let e = if self.dir_at(j) == Some(0) { j + 1 } else { j };
            return found(start, e, SKIP, Expr::Unknown);
        }
        let e = if self.has(j, RECENT) || matches!(self.dir_at(j), Some(0 | 1)) {
            j + 1
        } else if self.is(j, "ke") && self.is(j + 1, "depan") {
            j + 2
        } else if self.is(j, "kedepan") {
            j + 1
        } else {
            j
        };
        let expr = n.map_or(Expr::Unknown, |_| Expr::Fixed(durations(&parts)));
        found(start, e, "duration", expr)
    }

    fn has_se(&self, i: usize) -> bool {
        self.lex(i).is_some_and(|l| l.se_unit)
    }

    /// "berusia 27 tahun", "usianya kini masih 11 tahun", "penyanyi 20
    /// tahun": an age word shortly before, or a person noun right before years.
    fn age_before(&self, start: usize, unit: Unit) -> bool {
        let Some(p) = self.prev(start) else {
            return false;
        };
        if unit.code == "Y" && self.has(p, PERSON) {
            return true;
        }
        let mut k = start;
        while k > 0 && start - k < 3 {
            k -= 1;
            if self.has(k, AGE) {
                return true;
            }
            if self.t[k].kind() != Kind::Word || self.t[k].sent_start() {
                return false;
            }
        }
        false
    }

    /// "dekade terakhir", "dua dasawarsa terakhir" read elsewhere: a decade
    /// (or longer unit) up to the reference.
    fn decade_recent(&self, i: usize) -> Option<Found> {
        let u = self.lex(i)?.unit?;
        (u.code == "Y" && u.times >= 10 && self.has(i + 1, RECENT))
            .then(|| Found::new(i, i + 2, "duration", Expr::Fixed(duration(1.0, u))))
    }

    /// "Raul Khajimba, 56 tahun,", "(Cecep Rahmat, 24 tahun dan Asep
    /// Suparmin 45 tahun)", "(27 tahun)": an age after a name (left to
    /// figures), not a duration.
    fn is_age(&self, start: usize, end: usize) -> bool {
        let Some(p) = self.prev(start) else {
            return false;
        };
        let name = |q: usize| {
            let t = &self.t[q];
            t.kind() == Kind::Word
                && t.cap()
                && !t.sent_start()
                && t.lex().is_none_or(|l| l.month == 0 && l.weekday == 0)
        };
        let closes = |c| self.punct(end, c);
        if self.punct(p, b'(') && closes(b')') {
            return true;
        }
        if self.punct(p, b',') {
            return self.prev(p).is_some_and(name);
        }
        name(p) && (closes(b')') || closes(b',') || self.is(end, "dan"))
    }

    /// "setiap hari", "tiap tahun", "setiap dua tahun", "setiap Jumat pukul 20.45 WIB".
    fn set(&self, i: usize) -> Option<Found> {
        let n = i + 1;
        let l = self.lex(n)?;
        // Lowercase "minggu" after "setiap" is a week, not Sunday.
        if l.weekday > 0 && (l.weekday != 7 || self.t[n].cap()) {
            let (e, tod) = self.tail(n + 1);
            let v = format!(
                "XXXX-WXX-{}{}",
                l.weekday,
                tod.map_or(String::new(), iso_tod)
            );
            return found(i, e, "set", Expr::Fixed(v));
        }
        if l.month > 0 && !l.month_abbr {
            return found(i, n + 1, "set", Expr::Fixed(format!("XXXX-{:02}", l.month)));
        }
        if let Some((e, p)) = self.part_at(n) {
            return found(i, e, "set", Expr::Fixed(format!("T{p}")));
        }
        if let Some(u) = l.unit.filter(|_| !l.se_unit) {
            return found(i, n + 1, "set", Expr::Fixed(duration(1.0, u)));
        }
        let (j, Count::Exact(v)) = self.count(n)? else {
            return None;
        };
        let u = self
            .lex(j)?
            .unit
            .filter(|_| !self.lex(j).is_some_and(|x| x.se_unit))?;
        found(i, j + 1, "set", Expr::Fixed(duration(v, u)))
    }

    /// "abad ke-21", "abad 20": an ISO century ("20" for the 21st).
    fn century(&self, i: usize) -> Option<Found> {
        let (n, e) = if self.is(i + 1, "ke") && self.punct(i + 2, b'-') {
            (self.int(i + 3)?, i + 4)
        } else {
            (self.int(i + 1)?, i + 2)
        };
        (1..=30)
            .contains(&n)
            .then(|| Found::new(i, e, "date", Expr::Fixed(format!("{:02}", n - 1))))
    }

    /// "pukul 07.24 WIB", "jam 10 pagi".
    fn clock(&self, i: usize) -> Option<Found> {
        let (e, h, m) = self.clock_at(i, false)?;
        found(i, e, "time", self.time_expr(i, Tod::Clock(h, m)))
    }

    /// A time with no day: on the reference day, or on no day at all when
    /// a habit is told ("selalu mematikan lampu setelah pukul 8 malam": `T20:00`).
    fn time_expr(&self, i: usize, tod: Tod) -> Expr {
        if self.marker_before(i, HABIT) {
            Expr::Fixed(iso_tod(tod))
        } else {
            Expr::Time(tod)
        }
    }

    /// A clock time at `k`: "pukul"/"jam" + number, or (when `bare`) a number
    /// followed by a time zone; then an optional zone and part of day.
    fn clock_at(&self, k: usize, bare: bool) -> Option<(usize, u8, u8)> {
        let (num, need_zone) = if self.has(k, CLOCK) {
            (k + 1, false)
        } else if bare {
            (k, !self.s(k).contains(':'))
        } else {
            return None;
        };
        let (mut h, m) =
            parse_clock(self.s(num)).filter(|_| self.tok(num).is_some_and(Tok::is_num))?;
        let mut e = self.zone_end(num + 1);
        if e == num + 1 && need_zone {
            return None;
        }
        if let Some((pe, part)) = self.part_at(e) {
            h = afternoon(h, part);
            e = pe;
        }
        Some((e, h, m))
    }

    /// A part of the day at `j` ("pagi", "malam hari", "dini hari"): its end and code.
    fn part_at(&self, j: usize) -> Option<(usize, &'static str)> {
        let p = self.lex(j)?.part_of_day?;
        // "dini", "larut" and "tengah" only qualify the word after them.
        if self.is(j, "dini") {
            // "dini hari tadi": earlier today.
            let e = if self.has(j + 2, EARLIER) {
                j + 3
            } else {
                j + 2
            };
            return self.is(j + 1, "hari").then_some((e, p));
        }
        if self.is(j, "larut") || self.is(j, "tengah") {
            return match self.lex(j + 1).and_then(|l| l.part_of_day) {
                Some("NI") if self.is(j + 1, "malam") => Some((j + 2, "NI")),
                _ if self.is(j, "tengah") && self.is(j + 1, "hari") => Some((j + 2, "MI")),
                _ => None,
            };
        }
        let mut e = if self.is(j + 1, "hari") { j + 2 } else { j + 1 };
        // "pagi-pagi": early in the morning, one expression.
        if e == j + 1
            && self.punct(j + 1, b'-')
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self.s(j + 2).eq_ignore_ascii_case(self.s(j))
        {
            e = j + 3;
        }
        // "pagi tadi", "siang tadi": earlier today.
        if self.has(e, EARLIER) {
            e += 1;
        }
        Some((e, p))
    }

    /// What may follow a day: a part of the day and/or a clock time
    /// ("malam", "pagi hari", ", 14:30 WIB", "pukul 20.36 WIB").
    fn tail(&self, j: usize) -> (usize, Option<Tod>) {
        let mut e = j;
        let mut tod = None;
        if let Some((pe, p)) = self.part_at(e) {
            tod = Some(Tod::Part(p));
            // "Rabu pagi WIB", "Selasa malam waktu setempat".
            e = self.zone_end(pe);
        }
        let k = if self.punct(e, b',') { e + 1 } else { e };
        if let Some((ce, mut h, m)) = self.clock_at(k, true) {
            if let Some(Tod::Part(p)) = tod {
                h = afternoon(h, p);
            }
            tod = Some(Tod::Clock(h, m));
            e = ce;
        }
        (e, tod)
    }

    /// A part of the day on its own: "pagi", "malam ini", "dini hari", "tadi pagi", "nanti malam".
    fn part_of_day(&self, i: usize, start: usize, today: bool) -> Option<Found> {
        if self
            .prev(start)
            .is_some_and(|p| self.has(p, MEAL) || self.has(p, GREETING))
        {
            return None;
        }
        let (mut e, p) = self.part_at(i)?;
        // "suatu malam": an indefinite time, no date.
        if self.prev(start).is_some_and(|q| self.has(q, INDEF)) {
            return found(start, e, SKIP, Expr::Unknown);
        }
        // "malam itu", "pagi harinya", "pagi-pagi waktu itu": a day said
        // before, which this stage does not track.
        if self.has(e, ANAPHOR) {
            return found(start, e + 1, "time", Expr::Unknown);
        }
        if (self.is(e, "waktu") || self.is(e, "saat")) && self.has(e + 1, ANAPHOR) {
            return found(start, e, "time", Expr::Unknown);
        }
        let tod = Tod::Part(p);
        let today = today || self.has(e - 1, EARLIER);
        // "malam ini", "sore nanti": today.
        if self.dir_at(e) == Some(0) || self.is(e, "nanti") {
            e += 1;
            return found(
                start,
                e,
                "time",
                Expr::RelDay {
                    days: 0,
                    tod: Some(tod),
                },
            );
        }
        if today {
            return found(
                start,
                e,
                "time",
                Expr::RelDay {
                    days: 0,
                    tod: Some(tod),
                },
            );
        }
        if let Some((ce, h, m)) = self.clock_at(e, false) {
            let expr = self.time_expr(start, Tod::Clock(afternoon(h, p), m));
            return found(start, ce, "time", expr);
        }
        // "malam menjelang pemilihan", "pagi setelah gempa": anchored on an event.
        if self.has(e, RELATIVE) || self.has(e, EVENT) {
            return found(start, e, "time", Expr::Unknown);
        }
        found(start, self.zone_end(e), "time", self.time_expr(start, tod))
    }

    /// The end of a time zone at `e` ("WIB", "waktu setempat"), or `e`.
    fn zone_end(&self, e: usize) -> usize {
        if self.has(e, ZONE) {
            e + 1
        } else if self.is(e, "waktu") && self.is(e + 1, "setempat") {
            e + 2
        } else {
            e
        }
    }
}

/// "pukul 8 malam" is 20:00; "pukul 2 siang" 14:00; "pukul 3 dini hari" stays 03:00.
fn afternoon(h: u8, part: &str) -> u8 {
    match part {
        "AF" | "EV" if h < 12 => h + 12,
        "MI" if (1..=5).contains(&h) => h + 12,
        "NI" if (6..12).contains(&h) => h + 12,
        _ => h,
    }
}

fn iso_tod(t: Tod) -> String {
    match t {
        Tod::Clock(h, m) => format!("T{h:02}:{m:02}"),
        Tod::Part(p) => format!("T{p}"),
    }
}

/// "07.24", "7", "10:15" → (hour, minute).
fn parse_clock(s: &str) -> Option<(u8, u8)> {
    let (h, m) = match s.split_once(['.', ':']) {
        Some((h, m)) => {
            let m = m.split(':').next()?;
            if m.len() != 2 {
                return None;
            }
            (h, m)
        }
        None => (s, "0"),
    };
    if h.is_empty() || h.len() > 2 {
        return None;
    }
    let (h, m) = (h.parse::<u8>().ok()?, m.parse::<u8>().ok()?);
    (h <= 24 && m <= 59).then_some((h, m))
}

/// Units from the largest: a compound duration lists them in this order.
fn rank(u: Unit) -> u8 {
    match u.code {
        "Y" => 0,
        "M" => 1,
        "W" => 2,
        "D" => 3,
        "H" => 4,
        "MIN" => 5,
        _ => 6,
    }
}

/// A compound ISO 8601 duration: "P1Y6M", "P10Y2M18D", "PT1H30M".
fn durations(parts: &[(f64, Unit)]) -> String {
    if let [(n, u)] = parts {
        return duration(*n, *u);
    }
    let mut date = String::from("P");
    let mut time = String::new();
    for (n, u) in parts {
        let one = duration(*n, *u);
        match one.strip_prefix("PT") {
            Some(t) => time.push_str(t),
            None => date.push_str(&one[1..]),
        }
    }
    if !time.is_empty() {
        date.push('T');
        date.push_str(&time);
    }
    date
}

/// An ISO 8601 duration: "P3D", "P2W", "P16Y", "PT24H", "P2.5Y", "P10Y" for a dekade.
fn duration(n: f64, unit: Unit) -> String {
    let v = n * f64::from(unit.times);
    let num = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match unit.code {
        "H" => format!("PT{num}H"),
        "MIN" => format!("PT{num}M"),
        "S" => format!("PT{num}S"),
        code => format!("P{num}{code}"),
    }
}

/// "2023/2024", "2016/17": a season, school or fiscal year spanning two
/// consecutive years (`2023/2024`).
fn season(s: &str) -> Option<String> {
    let (a, b) = s.split_once('/')?;
    if a.len() != 4 || !matches!(b.len(), 2 | 4) {
        return None;
    }
    let y: u16 = a.parse().ok()?;
    let n: u16 = b.parse().ok()?;
    let y2 = if b.len() == 2 { y - y % 100 + n } else { n };
    ((1900..2100).contains(&y) && y2 == y + 1).then(|| format!("{y:04}/{y2:04}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks() {
        assert_eq!(parse_clock("07.24"), Some((7, 24)));
        assert_eq!(parse_clock("10:15"), Some((10, 15)));
        assert_eq!(parse_clock("9"), Some((9, 0)));
        assert_eq!(parse_clock("10.000"), None);
        assert_eq!(parse_clock("25.00"), None);
        assert_eq!(afternoon(8, "NI"), 20);
        assert_eq!(afternoon(3, "NI"), 3);
    }

    #[test]
    fn durations() {
        let y = super::super::lexicon::lookup("tahun")
            .unwrap()
            .unit
            .unwrap();
        let dek = super::super::lexicon::lookup("dekade")
            .unwrap()
            .unit
            .unwrap();
        let jam = super::super::lexicon::lookup("jam").unwrap().unit.unwrap();
        assert_eq!(duration(16.0, y), "P16Y");
        assert_eq!(duration(2.5, y), "P2.5Y");
        assert_eq!(duration(2.0, dek), "P20Y");
        assert_eq!(duration(24.0, jam), "PT24H");
    }

    /// Real news and date-heavy sentences: the fixtures and this module's
    /// table tests.
    fn texts() -> Vec<String> {
        let mut all = vec![
            include_str!("tests.rs").to_string(),
            include_str!("tests_heldout.rs").to_string(),
        ];
        all.extend(crate::extract::fixture_texts());
        all
    }

    fn no_unit_holds(text: &str) {
        let (toks, _) = super::super::scan::scan(text);
        let p = P { text, t: &toks };
        for i in 0..toks.len() {
            if p.no_unit_after_number(i) {
                assert_eq!(p.count_unit_read(i, i), None, "{text:?} token {i}");
            }
        }
    }

    #[test]
    fn no_unit_means_no_count() {
        for text in [
            "3 hari, 2 x 24 jam, 2x24 jam, 1 × 24 jam, 10.000 orang, 5 tahun lalu",
            "selama 7 hari ke depan, 12,5 bulan, 07.30 jam, 13/7 hari, 3 - 4 jam",
        ] {
            no_unit_holds(text);
        }
        for text in texts() {
            no_unit_holds(&text);
        }
    }

    fn founds_hold(text: &str) {
        let (toks, starts) = super::super::scan::scan(text);
        let lazy: Vec<Found> = founds(text, &toks, &starts).collect();
        assert_eq!(lazy, parse(text, &toks, &starts), "{text:?}");
    }

    #[test]
    fn founds_are_the_parse() {
        for text in texts() {
            founds_hold(&text);
        }
    }

    proptest::proptest! {
        #[test]
        fn shortcuts_hold_on_any_sequence(
            text in "((3|24|2025|13/7|07.30|12,5|10.000|x|×|hari|jam|tahun|bulan|lalu|sehari|kali|selama|Senin|Juli|pukul|dan|-|,|\\.|\\() ){0,24}"
        ) {
            no_unit_holds(&text);
            founds_hold(&text);
        }
    }
}
