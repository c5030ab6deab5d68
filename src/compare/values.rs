//! When are two values the same? Figures become intervals (an exact figure
//! below 1000 is exact, a larger one allows 0.5% rounding within its written
//! precision, "sekitar" 10%, "lebih dari" up to half as much again,
//! "hingga" anything below, "ribuan" anything at or above a thousand); dates
//! agree when one contains the other ("2024" contains "2024-06").

use crate::claims::Claim;

/// The interval of values a statement allows; None when it gives no value.
/// Values in a unit are in the base unit of its dimension ("3 kilometer" is
/// 3000), so that outlets writing different units compare.
pub fn interval(c: &Claim) -> Option<(f64, f64)> {
    let (lo, hi) = raw_interval(c)?;
    let k = super::units::factor(&c.measure);
    Some((lo * k, hi * k))
}

fn raw_interval(c: &Claim) -> Option<(f64, f64)> {
    let f = c.figure.as_ref()?;
    if let (Some(lo), Some(hi)) = (f.min, f.max) {
        return Some((lo.min(hi) * 0.99, lo.max(hi) * 1.01));
    }
    let v = f.value.or(f.min).or(f.max)?;
    if !v.is_finite() {
        return None;
    }
    if f.vague {
        return Some((v, f64::INFINITY));
    }
    // "mencapai" (reaching) is reported as `up_to`, but news writes it of
    // the value itself ("korban meninggal mencapai 30 orang"): compared as
    // that value, so that 30 and 45 "reached" do not agree.
    let qualifier = match f.qualifier {
        Some("up_to") if starts_with_word(&f.text, "mencapai") => None,
        q => q,
    };
    let (lo, hi) = match qualifier {
        Some("about") => (v * 0.9, v * 1.1),
        Some("more_than") | Some("at_least") => (v, v * 1.5),
        Some("less_than") | Some("at_most") | Some("up_to") => (0.0, v),
        // Small counts are exact (162 victims is not 163); large ones allow
        // the rounding news does silently, but no more than the written
        // precision allows: "Rp 16.350" is exact to 10 and "Rp 16.200" to
        // 100, so the two differ, while "1,05 juta" still covers 1.052.310.
        // A value with decimals is exact to half a unit of its last written
        // decimal: "2,2 persen" is "2,19 persen" rounded, "0,30" is not
        // "0,28" (while "0,3" is).
        _ if v.abs() < 1000.0 => match written_decimals(&f.text, v) {
            Some(d) => {
                let half = 0.5 / 10f64.powi(d) + 1e-9;
                (v - half, v + half)
            }
            None => (v, v),
        },
        _ => {
            // One unit of the last written digit: news rounds as well as
            // truncates ("11,37" and "11,38 miliar dolar AS" of one export
            // value).
            let tol = (v.abs() * 0.005).min(written_unit(v));
            (v - tol, v + tol)
        }
    };
    Some((lo.min(hi), lo.max(hi)))
}

/// The place of the last non-zero digit of a whole value: 16350 → 10,
/// 16200 → 100, 1050000 → 10000; 1 for a value with decimals. Read from the
/// value, so "1,32 triliun" and "1.320 miliar" are alike.
fn written_unit(v: f64) -> f64 {
    let a = v.abs();
    if !a.is_finite() || a < 1.0 {
        return 1.0;
    }
    let mut unit = 1.0;
    // Up to 10^15; a float's last digits beyond that are noise.
    for _ in 0..15 {
        let next = unit * 10.0;
        let q = a / next;
        if (q - q.round()).abs() > 1e-6 || next > a {
            break;
        }
        unit = next;
    }
    unit
}

/// The number of decimals a value below 1000 is written with ("2,19" → 2,
/// "0,30" → 2, "2,2" → 1), read from the first number of the figure's text
/// (a trailing zero counts); None for a whole value. When the text's number
/// is not the value's (a number word), the decimals of the value itself.
fn written_decimals(text: &str, v: f64) -> Option<i32> {
    let of_value = (0..4).find(|d| {
        let x = v * 10f64.powi(*d);
        (x - x.round()).abs() < 1e-6
    });
    let of_value = match of_value {
        Some(0) => return None,
        Some(d) => d,
        None => 4,
    };
    let start = text.find(|c: char| c.is_ascii_digit());
    let written = start.and_then(|at| {
        let token: &str = text[at..]
            .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .next()?;
        let token = token.trim_end_matches([',', '.']);
        let (_, tail) = token.rsplit_once([',', '.'])?;
        i32::try_from(tail.len()).ok()
    });
    Some(
        written
            .filter(|d| *d >= of_value && *d <= 4)
            .unwrap_or(of_value),
    )
}

/// True when `text` opens with `word` (ASCII case ignored) followed by a space.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.len() > word.len()
        && text.as_bytes()[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        && text.as_bytes()[word.len()] == b' '
}

/// A vague figure ("ribuan", "puluhan") or a date without a value.
pub fn is_vague(c: &Claim) -> bool {
    match (&c.figure, &c.date) {
        (Some(f), _) => f.vague,
        (None, Some(d)) => d.value.is_none(),
        _ => true,
    }
}

/// The date value of a statement, time of day dropped ("2025-07-13T07:24" →
/// "2025-07-13"), durations kept whole.
pub fn date_value(c: &Claim) -> Option<&str> {
    let v = c.date.as_ref()?.value.as_deref()?;
    Some(if v.starts_with('P') {
        v
    } else {
        v.split('T').next().unwrap_or(v)
    })
}

/// A representative number for ordering values over time.
pub fn midpoint(c: &Claim) -> Option<f64> {
    midpoint_of(c, interval(c))
}

/// [`midpoint`] of a claim whose [`interval`] is already known.
pub fn midpoint_of(c: &Claim, interval: Option<(f64, f64)>) -> Option<f64> {
    if let Some((lo, hi)) = interval {
        return Some(if hi.is_finite() { (lo + hi) / 2.0 } else { lo });
    }
    // Dates order by their text ("2024-06" < "2025"): map to a sortable
    // number; a clock time orders inside its day.
    let day = date_number(date_value(c)?);
    Some(day + clock(c).map_or(0.0, |m| f64::from(m) / 1440.0))
}

/// The clock time of a date statement in minutes after midnight WIB
/// ("pukul 04.40 WITA" → 220): two clock times of one event's day are two
/// different times ("04.10, bukan 04.40"), while a day alone contains every
/// time of it. A part of the day ("dini hari", `TNI`) is no clock time; a
/// time in another zone is moved to WIB, and one that would move to another
/// day gives none (its day is compared as written).
pub fn clock(c: &Claim) -> Option<u16> {
    let d = c.date.as_ref()?;
    let (_, t) = d.value.as_deref()?.split_once('T')?;
    let b = t.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !b
            .iter()
            .enumerate()
            .all(|(i, x)| i == 2 || x.is_ascii_digit())
    {
        return None;
    }
    let hours = u16::from(b[0] - b'0') * 10 + u16::from(b[1] - b'0');
    let minutes = u16::from(b[3] - b'0') * 10 + u16::from(b[4] - b'0');
    if hours > 23 || minutes > 59 {
        return None;
    }
    // Hours ahead of WIB of the zone the text names last (WITA before WIT:
    // "WIT" is a prefix of it).
    let zone = d.text.split_whitespace().next_back().unwrap_or("");
    let ahead: i32 = match zone.trim_matches(|ch: char| !ch.is_alphanumeric()) {
        "WITA" => 1,
        "WIT" => 2,
        "GMT" | "UTC" => -7,
        _ => 0,
    };
    let wib = i32::from(hours * 60 + minutes) - ahead * 60;
    u16::try_from(wib).ok().filter(|m| *m < 1440)
}

/// Minutes by which two clock times of one event may differ and still be one
/// time: outlets round a time ("sekitar pukul 10.00" beside "pukul 10.05"),
/// an agency's first and updated reports differ by a minute or two, while
/// "04.10" against "04.40" is a real difference.
pub const CLOCK_SLACK: u16 = 10;

/// True when the clock times given (minutes, [`clock`]) are one time: all
/// within [`CLOCK_SLACK`] of each other.
pub fn clocks_agree(clocks: impl Iterator<Item = u16>) -> bool {
    let (lo, hi) = clocks.fold((u16::MAX, 0), |(lo, hi), m| (lo.min(m), hi.max(m)));
    lo == u16::MAX || hi - lo <= CLOCK_SLACK
}

/// The first eight digits of a date value, right-padded with zeros
/// ("2024-06" → 20240600), read without building strings (it is called per
/// statement when grouping).
fn date_number(v: &str) -> f64 {
    let mut n: u64 = 0;
    let mut count = 0;
    for d in v.bytes().filter(u8::is_ascii_digit).take(8) {
        n = n * 10 + u64::from(d - b'0');
        count += 1;
    }
    for _ in count..8 {
        n *= 10;
    }
    n as f64
}

/// True when all the statements can be true together.
pub fn compatible(claims: &[&Claim]) -> bool {
    let (mut lo, mut hi) = (f64::NEG_INFINITY, f64::INFINITY);
    for c in claims {
        if let Some((a, b)) = interval(c) {
            lo = lo.max(a);
            hi = hi.min(b);
        }
    }
    if lo > hi {
        return false;
    }
    let dates: Vec<&str> = claims.iter().filter_map(|c| date_value(c)).collect();
    dates_compatible(&dates) && clocks_agree(claims.iter().filter_map(|c| clock(c)))
}

/// Dates are compatible when each is contained in the most precise one.
pub fn dates_compatible(dates: &[&str]) -> bool {
    dates_compatible_in(dates.iter().copied())
}

/// [`dates_compatible`] of the dates an iterator gives (walked twice), for
/// callers that hold the dates elsewhere: no vector is built.
pub fn dates_compatible_in<'a>(dates: impl Iterator<Item = &'a str> + Clone) -> bool {
    let Some(longest) = dates.clone().max_by_key(|d| (d.len(), *d)) else {
        return true;
    };
    dates.into_iter().all(|d| contains(longest, d))
}

/// [`dates_compatible`] of two dates, without the slice: equal dates (the
/// common case when grouping) are compatible at once; else the more precise
/// one must contain the other.
/// `weeks`: whether either date names an ISO week ([`has_week`], known
/// beforehand: the same dates are compared again and again when grouping).
pub fn two_dates_compatible(a: &str, b: &str, weeks: bool) -> bool {
    if a == b {
        return true;
    }
    let (outer, inner) = if (a.len(), a) >= (b.len(), b) {
        (a, b)
    } else {
        (b, a)
    };
    contains_with(outer, inner, weeks)
}

/// True when date `outer` is `inner` or more precise than it; a day is
/// inside its ISO week ("2025-07-11" inside "2025-W28").
fn contains(outer: &str, inner: &str) -> bool {
    // The weeks are looked for only when the texts do not decide.
    outer == inner
        || is_prefix(outer, inner)
        || contains_with(outer, inner, has_week(outer) || has_week(inner))
}

/// True when `inner` is `outer` or a less precise date of it by its text alone.
fn is_prefix(outer: &str, inner: &str) -> bool {
    outer.starts_with(inner) && outer.as_bytes().get(inner.len()) == Some(&b'-')
}

/// [`contains`], told whether either date names a week (`weeks`).
fn contains_with(outer: &str, inner: &str, weeks: bool) -> bool {
    if outer == inner || is_prefix(outer, inner) {
        return true;
    }
    // Every week_of value is a week ("2025-W28"): when neither date is one,
    // no week can match, and no date need be parsed (the common case).
    if !weeks {
        return false;
    }
    match (week_of(outer), inner.split_once("-W")) {
        (Some(w), Some(_)) => w == inner,
        _ => week_of(inner).is_some_and(|w| w == outer),
    }
}

/// The ISO week ("2025-W28") of a full day.
/// True when a date value names an ISO week ("2025-W28"). A byte scan: most
/// values are a few bytes long and have none.
pub fn has_week(v: &str) -> bool {
    v.as_bytes().windows(2).any(|w| w == b"-W")
}

fn week_of(day: &str) -> Option<String> {
    let d: jiff::civil::Date = day.get(..10)?.parse().ok()?;
    let w = d.iso_week_date();
    Some(format!("{:04}-W{:02}", w.year(), w.week()))
}

/// The common interval of the statements that have one.
pub fn common(claims: &[&Claim]) -> Option<(f64, f64)> {
    let mut out: Option<(f64, f64)> = None;
    for c in claims {
        if let Some((a, b)) = interval(c) {
            out = Some(out.map_or((a, b), |(lo, hi)| (lo.max(a), hi.min(b))));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::testing::article;

    fn claims_of(
        text: &str,
        figs: &[(&str, f64, Option<&'static str>)],
    ) -> Vec<std::sync::Arc<Claim>> {
        let mut b = article("a", text);
        for (n, v, q) in figs {
            b = b.count(n, *v, *q);
        }
        b.build().claims
    }

    #[test]
    fn figure_compatibility_table() {
        // (first, second, compatible?)
        type Row = (f64, Option<&'static str>, f64, Option<&'static str>, bool);
        let table: [Row; 14] = [
            (10000.0, Some("more_than"), 11000.0, Some("about"), true),
            (10000.0, Some("more_than"), 11000.0, None, true),
            (11000.0, None, 11000.0, Some("about"), true),
            (11000.0, None, 50000.0, None, false),
            (162.0, None, 163.0, None, false),
            (40.0, Some("up_to"), 35.0, None, true),
            (30.0, Some("at_least"), 50.0, None, false),
            // "Rp 16.200" on Monday, "Rp 16.350" on Tuesday: exact to 100 and
            // to 50, two prices (0.5 % would make them meet).
            (16200.0, None, 16350.0, None, false),
            // "1,05 juta pemudik" is a rounding of "1.052.310 pemudik".
            (1050000.0, None, 1052310.0, None, true),
            // "16 ribu" rounds "Rp 16.050"; the 0.5 % cap still holds.
            (16000.0, None, 16050.0, None, true),
            // "4.500 orang" (police) and "5.000 orang" (organizers) differ.
            (4500.0, None, 5000.0, None, false),
            // "1.052.310" and "1.054.000": not a rounding of it.
            (1052310.0, None, 1054000.0, None, false),
            // "11,37" and "11,38 miliar dolar AS": one value rounded and
            // truncated.
            (11.37e9, None, 11.38e9, None, true),
            // "Rp 12.800" and "Rp 13.000": two prices.
            (12800.0, None, 13000.0, None, false),
        ];
        for (a, qa, b, qb, want) in table {
            let text = "Sebanyak A orang tewas dan B orang tewas.";
            let cs = claims_of(text, &[("A", a, qa), ("B", b, qb)]);
            let refs: Vec<&Claim> = cs.iter().map(|c| &**c).collect();
            assert_eq!(compatible(&refs), want, "{a} {qa:?} vs {b} {qb:?}");
        }
    }

    #[test]
    fn clock_times_agree_within_the_slack() {
        // (minutes of each time, agree?)
        let rows: &[(&[u16], bool)] = &[
            (&[], true),
            (&[250], true),
            (&[120, 125], true),       // 02.00 and 02.05
            (&[250, 280], false),      // 04.10 and 04.40
            (&[600, 608, 592], false), // 10.00, 10.08, 09.52: 16 apart
            (&[600, 610, 605], true),  // within ten minutes
        ];
        for (clocks, agree) in rows {
            assert_eq!(clocks_agree(clocks.iter().copied()), *agree, "{clocks:?}");
        }
    }

    #[test]
    fn a_decimal_value_allows_the_rounding_of_its_written_decimals() {
        // (first as written, its value, second, its value, compatible?)
        let table: [(&str, f64, &str, f64, bool); 7] = [
            // BI-Rate story: April's inflation "2,19 persen" (Liputan6) and
            // "2,2 persen" (CNN) are one figure.
            ("2,19 persen", 2.19, "2,2 persen", 2.2, true),
            // Inflation of East Java: "0,30 persen" is written to the
            // hundredth, so it is not 0,28; "0,3%" rounds 0,28.
            ("0,30 persen", 0.30, "0,28 persen", 0.28, false),
            ("0,3 persen", 0.3, "0,28 persen", 0.28, true),
            ("5,25 persen", 5.25, "5,50 persen", 5.5, false),
            // A whole value stays exact.
            ("4,87 persen", 4.87, "5 persen", 5.0, false),
            ("6,2 persen", 6.2, "6,0 persen", 6.0, false),
            ("5,00 persen", 5.0, "5 persen", 5.0, true),
        ];
        for (a, va, b, vb, want) in table {
            let text = format!("Inflasi tahunan tercatat {a}, sedangkan inflasi bulan lalu {b}.");
            let art = article("a", &text)
                .percent(a, va, None)
                .percent(b, vb, None)
                .build();
            let refs: Vec<&Claim> = art.claims.iter().map(|c| &**c).collect();
            assert_eq!(refs.len(), 2, "{text}");
            assert_eq!(compatible(&refs), want, "{a} vs {b}");
        }
    }

    #[test]
    fn units_of_one_dimension_compare_in_the_base_unit() {
        use crate::extract::figure::Figure;
        // (text, first unit, value, qualifier, second unit, value, compatible?)
        type Row = (
            &'static str,
            &'static str,
            f64,
            Option<&'static str>,
            &'static str,
            f64,
            bool,
        );
        let table: [Row; 7] = [
            // BI-Rate: "turun 25 basis poin" is "0,25 poin persentase".
            (
                "Suku bunga acuan turun sebesar A, atau B.",
                "basis_point",
                25.0,
                None,
                "percentage_point",
                0.25,
                true,
            ),
            (
                "Suku bunga acuan turun sebesar A, atau B.",
                "basis_point",
                25.0,
                None,
                "percentage_point",
                0.5,
                false,
            ),
            (
                "Kolom abu setinggi A di atas puncak, atau B.",
                "m",
                3000.0,
                None,
                "km",
                3.0,
                true,
            ),
            (
                "Kolom abu setinggi A di atas puncak, atau B.",
                "m",
                3000.0,
                None,
                "km",
                4.0,
                false,
            ),
            (
                "Radius bahaya A dari kawah, sekitar B.",
                "km",
                7.0,
                Some("about"),
                "m",
                7500.0,
                true,
            ),
            (
                "Bantuan beras A dikirim, atau B.",
                "ton",
                2.0,
                None,
                "kg",
                2000.0,
                true,
            ),
            (
                "Bantuan beras A dikirim, atau B.",
                "ha",
                5.0,
                None,
                "m2",
                50000.0,
                true,
            ),
        ];
        for (text, ua, a, q, ub, b, want) in table {
            let fig = |unit: &str, v: f64, q| Figure {
                unit: Some(unit.into()),
                value: Some(v),
                qualifier: q,
                ..crate::claims::testing::fig(v)
            };
            let art = article("a", text)
                .figure("A", fig(ua, a, q))
                .figure("B", fig(ub, b, None))
                .build();
            let refs: Vec<&Claim> = art.claims.iter().map(|c| &**c).collect();
            assert_eq!(refs.len(), 2, "{text}");
            assert_eq!(compatible(&refs), want, "{a} {ua} vs {b} {ub}");
        }
    }

    #[test]
    fn date_containment() {
        assert!(contains("2024-06", "2024"));
        assert!(contains("2024-06-15", "2024-06"));
        assert!(!contains("2024-06", "2024-0"));
        assert!(!contains("2024-07", "2024-06"));
        assert!(!contains("2024", "2024-06"));
        assert!(contains("2025-07-11", "2025-W28"));
        assert!(contains("2025-W28", "2025-07-13"));
        assert!(!contains("2025-07-14", "2025-W28"));
        assert!(!contains("2025-07-11", "2025-07-12"));
        assert!(!contains("2025-W28", "2025-W29"));
    }

    #[test]
    fn dates_order_by_their_first_eight_digits() {
        for v in [
            "2024-06",
            "2024-06-15",
            "2025",
            "2025-07-13T07:24",
            "2025-W28",
            "P3D",
            "",
            "x",
        ] {
            // The first version of it, through strings.
            let digits: String = v.chars().filter(char::is_ascii_digit).collect();
            let want: f64 = format!("{digits:0<8}")[..8].parse().unwrap();
            assert_eq!(date_number(v), want, "{v}");
        }
    }
}
