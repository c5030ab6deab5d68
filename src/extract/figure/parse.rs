//! The figure grammar, read at one token of a lexed text:
//!
//! ```text
//! [qualifier] [antara|dari] [magnitudo|minus|setiap] [currency] amount [currency|unit]
//!     [connector [currency] amount [currency|unit]]      range
//!     [lebih | ke atas]                                  post-qualifier
//!     [frequency]                                        after "kali"
//!     [classifier] [counted noun, ≤ 2 words]
//!     [per unit-or-noun]
//! ```
//!
//! An amount is digits (`10.000`, `12,5`) with multipliers (`12 juta`, `Rp 5 M`),
//! number words (`tiga puluh satu juta`), a vague magnitude (`ribuan`,
//! `puluhan ribu`, `beberapa ratus`) or an ordinal (`ketiga`, `ke-3`, `pertama`).
//! The context checks that decide what is not a figure live in `context`.

use super::lex::Kind;
use super::lexicon::{NumKind, Prefix, RangeRole, Scan, TABLES, Tables, role};
use super::number::{parse_digits, parse_words};

/// One amount.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    pub value: f64,
    /// The value before multipliers (`12` of `12 juta`).
    pub raw: f64,
    /// Token index after the amount.
    pub end: usize,
    pub vague: bool,
    pub ordinal: bool,
    /// A multiplier word was applied (`juta`, `M`).
    pub mult: bool,
    /// Written in words.
    pub words: bool,
    /// Digits only, no separator (`2009`, `162`).
    pub plain: bool,
    /// The ambiguous `2,615` could also be read the English way.
    pub alt: Option<f64>,
    /// A fraction below one: `1/3`, `dua pertiga`, `setengah` (no multiplier).
    pub fraction: bool,
}

/// A parsed figure, in token indices, before context checks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub start: usize,
    pub end: usize,
    /// First token of the number (after qualifier and opener).
    pub core_start: usize,
    /// After the number, its unit and currency (the range's second side included).
    pub core_end: usize,
    /// First token of the first amount.
    pub num_start: usize,
    pub value: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: Option<&'static str>,
    pub unit: Option<&'static str>,
    pub currency: Option<&'static str>,
    pub counted: Option<String>,
    pub classifier: Option<&'static str>,
    pub frequency: Option<&'static str>,
    pub per: Option<String>,
    pub ordinal: bool,
    pub vague: bool,
    /// A match score ("menang 2-1"): both sides as written.
    pub score: Option<[f64; 2]>,
    /// An age ("berusia 27 tahun"): its label word is no label here.
    pub age: bool,
    /// Facts the context checks need.
    pub first: Option<Amount>,
}

/// Up to this many consecutive words are read as a number-word run.
const MAX_WORDS: usize = 24;

/// True when the token at `i`, with role bits `r`, may start a figure.
fn may_start(t: &Tables, s: &Scan, i: usize, r: u16) -> bool {
    match s.kind(i) {
        Some(Kind::Num) => true,
        Some(Kind::Word) => r & role::START != 0,
        Some(Kind::Code) => fraction_code(s.text(i)).is_some(),
        Some(Kind::Punct) => {
            is_minus(s.text(i)) || (r & role::CURRENCY != 0 && t.currencies.at(s, i).is_some())
        }
        _ => false,
    }
}

/// The [`role`] bits of token `i` (none for digits and line breaks).
pub fn roles(t: &Tables, s: &Scan, i: usize) -> u16 {
    match s.kind(i) {
        Some(Kind::Word | Kind::Punct) => t.roles(s.lower(i)),
        _ => 0,
    }
}

fn is_minus(t: &str) -> bool {
    t == "-" || t == "\u{2212}"
}

/// Reads a figure starting at token `i`, whose [`roles`] are `r`.
pub fn at(s: &Scan, i: usize, r: u16) -> Option<Parsed> {
    let t = &*TABLES;
    let mut p = Parsed {
        start: i,
        ..Parsed::default()
    };
    let mut j = i;
    // The role bits of the current token say which tables can match there.
    let mut r = r;
    if !may_start(t, s, i, r) {
        return None;
    }
    if r & role::QUALIFIER != 0
        && let Some((q, n)) = t.qualifiers.at(s, j)
    {
        p.qualifier = Some(q);
        j = n;
        r = roles(t, s, j);
    }
    let mut opener = None;
    if r & role::RANGE != 0
        && let Some((RangeRole::Opener, n)) = t.ranges.at(s, j)
    {
        opener = Some(s.lower(j));
        j = n;
        r = roles(t, s, j);
    }
    p.core_start = j;
    let mut sign = 1.0;
    let mut every = false;
    if r & role::PREFIX != 0
        && let Some((pre, n)) = t.prefixes.at(s, j)
    {
        match pre {
            Prefix::Unit(u) => p.unit = Some(u),
            Prefix::Sign(v) => sign = v,
            Prefix::Every => every = true,
        }
        j = n;
        r = roles(t, s, j);
    }
    if r & role::CURRENCY != 0
        && let Some((c, n)) = t.currencies.at(s, j)
        && c.pre
    {
        p.currency = Some(c.code);
        j = n;
        r = roles(t, s, j);
    }
    // "-5": a minus glued to the number, not to what precedes it.
    if is_minus(s.text(j))
        && s.kind(j + 1) == Some(Kind::Num)
        && s.glued(j + 1)
        && !(s.glued(j) && matches!(s.kind(j.wrapping_sub(1)), Some(Kind::Word | Kind::Num)))
    {
        sign = -sign;
        j += 1;
    }
    p.num_start = j;
    // Only digits, a fraction code or a number word (also "ke", "ketiga")
    // begin an amount.
    if s.kind(j) == Some(Kind::Word) && r & role::AMOUNT == 0 {
        return None;
    }
    let a = amount(s, j, p.currency.is_some())?;
    // "sekali sehari": only a one-word amount of 1 can be "sekali" (the
    // lookup is skipped for every digit).
    if s.kind(j) == Some(Kind::Word)
        && a.value == 1.0
        && a.end == j + 1
        && t.numbers
            .get(s.lower(j))
            .is_some_and(|nw| nw.kind == NumKind::Once)
    {
        p.unit = Some("times");
    }
    if a.ordinal {
        // An ordinal stands alone: nothing before it belongs to it.
        if j != i {
            return None;
        }
        p.value = Some(a.value);
        p.end = a.end;
        p.core_end = a.end;
        p.first = Some(a);
        // "kedua" before a noun means "both": no quantity to compare.
        let kedua = a.value == 2.0 && matches!(s.lower(i), "kedua" | "ke-dua");
        if super::context::collective(s, i, a.end) {
            if kedua {
                return None;
            }
            // "ketiga korban": a count of three, with its noun.
            if let Some((noun, n)) = noun_phrase(s, a.end, false, false) {
                p.counted = Some(noun);
                p.end = n;
            }
        } else {
            let next = s.lower(a.end);
            let next = next.strip_suffix("nya").unwrap_or(next);
            // "harga kedua drone ini": a noun with a demonstrative after "kedua".
            let demonstrative = s.is_word(a.end)
                && s.is_word(a.end + 1)
                && matches!(s.lower(a.end + 1), "ini" | "itu" | "tersebut");
            if kedua && s.is_word(a.end) && (t.both_nouns.contains(next) || demonstrative) {
                // "hubungan kedua negara": both countries, after a noun.
                return None;
            }
            p.ordinal = true;
        }
        return Some(p);
    }
    let mut k = a.end;
    // "berukuran 3 x 4 meter": a size is one figure (an area for lengths);
    // other products are none: "1 x 24 jam", "estafet 4 x 400 meter", "3 x 3".
    let mut factor = None;
    if matches!(s.lower(k), "x" | "×") && s.kind(k + 1) == Some(Kind::Num) {
        let size = (1..=2).any(|back| {
            i.checked_sub(back)
                .is_some_and(|b| s.is_word(b) && t.size_words.contains(s.lower(b)))
        });
        if !size {
            return None;
        }
        let b = amount(s, k + 1, false)?;
        factor = Some(b.value);
        k = b.end;
    }
    k = measure(s, k, &mut p);
    if factor.is_some() {
        p.unit = Some(area(p.unit?));
    }
    // "20-an": about twenty.
    if s.text(k) == "-" && s.glued(k) && s.lower(k + 1) == "an" && s.glued(k + 1) {
        // "era '90-an", "era 80-an": a decade, the date extractor's.
        if i.checked_sub(1)
            .is_some_and(|b| matches!(s.text(b), "'" | "’") || t.markers.contains(s.lower(b)))
        {
            return None;
        }
        p.vague = true;
        p.qualifier = p.qualifier.or(Some("about"));
        k += 2;
    }
    // A word glued to the digits that is no unit or multiplier makes a code:
    // 4G, 3D; so does a glued hyphen and word: 16-core, 3-in-1.
    if s.glued(k) && s.kind(k) == Some(Kind::Word) && a.end == k {
        return None;
    }
    // "Rp 60.000-Rp 70.000" is a range, not a code.
    if s.text(k) == "-"
        && s.glued(k)
        && s.is_word(k + 1)
        && s.glued(k + 1)
        && !(p.currency.is_some() && t.currencies.at(s, k + 1).is_some_and(|(c, _)| c.pre))
    {
        return None;
    }
    let mut value = a.value;
    if a.alt.is_some() && !a.mult && p.unit.is_none() {
        // `2,615` with nothing that wants a decimal: the English reading.
        value = a.alt.unwrap_or(value);
    }
    value *= factor.unwrap_or(1.0);
    // "uang palsu pecahan Rp50 ribuan (dan Rp100 ribuan)": a banknote of
    // that value, exact.
    let banknote = p.currency.is_some()
        && (1..=6).any(|back| i.checked_sub(back).is_some_and(|b| s.lower(b) == "pecahan"));
    // "2,5 jutaan": digits before a vague multiplier are approximate.
    if a.vague && !a.words && !banknote {
        p.qualifier = p.qualifier.or(Some("about"));
    }
    // "1 dari 10 orang", "sembilan dari sepuluh dokter": a proportion (a
    // denominator of 10, 100, 1.000). "31 dari 38 provinsi", "enam dari
    // delapan peserta", "satu dari tiga topik": a count of 31 provinces out
    // of a set of 38, the value is the numerator.
    let mut ratio = false;
    if factor.is_none()
        && p.unit.is_none()
        && p.currency.is_none()
        && !a.vague
        && s.lower(k) == "dari"
        && let Some(b) = amount(s, k + 1, false)
        && !b.ordinal
        && !b.vague
        && !b.fraction
        && b.value > 0.0
        && value <= b.value
    {
        if [10.0, 100.0, 1000.0].contains(&b.value) {
            value /= b.value;
            p.unit = Some("fraction");
        }
        k = b.end;
        ratio = true;
    }
    p.value = Some(sign * value);
    p.vague |= a.vague && !banknote;
    p.first = Some(a);
    // "menang 2-1", "kalah 19-21", "imbang 1 - 1": a match score.
    if matches!(s.text(k), "-" | "–")
        && s.kind(k + 1) == Some(Kind::Num)
        && a.plain
        && factor.is_none()
        && p.unit.is_none()
        && p.currency.is_none()
        && p.qualifier.is_none()
        && (super::context::after_score_word(s, i) || super::context::between_names(s, i, k + 2))
        && let Some(b) = amount(s, k + 1, false)
        && b.plain
        && b.end == k + 2
    {
        p.value = None;
        p.unit = Some("score");
        p.score = Some([a.value, b.value]);
        p.core_end = b.end;
        p.end = b.end;
        return Some(p);
    }
    // Range.
    if let Some((role, n)) = t.ranges.at(s, k).filter(|_| !ratio && factor.is_none()) {
        let joins = match role {
            RangeRole::Connector => true,
            RangeRole::AntaraConnector => opener == Some("antara"),
            RangeRole::Opener | RangeRole::Tolerance => false,
        };
        if role == RangeRole::Tolerance
            && let Some((lo, hi, end)) = tolerance_tail(s, n, sign * value, &mut p)
        {
            p.value = None;
            p.min = Some(lo);
            p.max = Some(hi);
            k = end;
        } else if joins && let Some((lo, hi, end)) = range_tail(s, n, &a, sign * value, &mut p) {
            p.value = None;
            p.min = Some(lo);
            p.max = Some(hi);
            k = end;
        } else if role == RangeRole::Connector
            && s.text(k) == "-"
            && s.kind(k + 1) == Some(Kind::Num)
            && s.glued(k + 1)
        {
            // "2-1", "3-0": a score or a code, not a figure.
            return None;
        }
    }
    if opener.is_some() && p.min.is_none() {
        return None;
    }
    p.core_end = k;
    if p.qualifier.is_none()
        && let Some((q, n)) = t.post_qualifiers.at(s, k)
    {
        let next_is_adjective = s.is_word(n) && t.stopwords.contains(s.lower(n));
        if !next_is_adjective {
            p.qualifier = Some(q);
            k = n;
        }
    }
    if every {
        let code = t.time_units.get(s.lower(k))?;
        p.unit = Some(code);
        p.frequency = Some("every");
        k += 1;
        p.end = k;
        return Some(p);
    }
    if p.unit == Some("times")
        && let Some((f, n)) = t.frequencies.at(s, k)
    {
        p.frequency = Some(f);
        k = n;
    }
    // "16 tahun", "tiga hari": a duration, the date extractor's; after an
    // age word ("berusia 27 tahun", "usia di atas 60 tahun") an age.
    let word = s.lower(k);
    let stem = word.strip_suffix("nya").unwrap_or(word);
    if p.unit.is_none() && p.currency.is_none() {
        let time = t.time_units.get(word).or_else(|| t.time_units.get(stem));
        if let Some(&code) = time {
            // "laga baru berusia tujuh menit": minutes and hours are no age.
            let age_unit = matches!(code, "year" | "month" | "week" | "day");
            // "pria 32 tahun", "penyanyi 20 tahun": years after a person noun.
            let person = code == "year"
                && i.checked_sub(1)
                    .is_some_and(|k| s.is_word(k) && t.age_persons.contains(s.lower(k)));
            if !age_unit || !(after_age_word(s, i) || person) {
                // "tiga sampai enam bulan", "45-60 menit": a range of time
                // counts, which the date stage leaves to figures. Not of
                // years: "peserta 10-20 tahun" is an age more often than not.
                if p.min.is_some()
                    && word == stem
                    && !matches!(code, "year" | "decade" | "century" | "windu")
                {
                    p.unit = Some(code);
                    p.core_end = k + 1;
                    p.end = k + 1;
                    return Some(p);
                }
                return None;
            }
            p.unit = Some(code);
            p.counted = Some("usia".to_string());
            p.age = true;
            k += 1;
            // "17 tahun ke atas".
            if p.qualifier.is_none()
                && let Some((q, n)) = t.post_qualifiers.at(s, k)
            {
                p.qualifier = Some(q);
                k = n;
            }
            p.core_end = k;
            p.end = k;
            return Some(p);
        }
    }
    if a.fraction && p.unit.is_none() && p.currency.is_none() {
        p.unit = Some("fraction");
    }
    // "peringkat 1 dunia", "juara 3": a rank.
    if p.unit.is_none()
        && p.currency.is_none()
        && p.qualifier.is_none()
        && p.min.is_none()
        && !p.vague
        && !a.mult
        && p.start == p.num_start
        && i.checked_sub(1)
            .is_some_and(|b| s.is_word(b) && t.rank_words.contains(s.lower(b)))
        // "3 menit 45 (detik)": the seconds of a duration, not a rank.
        && i.checked_sub(2).is_none_or(|b| s.kind(b) != Some(Kind::Num))
    {
        p.ordinal = true;
        p.core_end = k;
        p.end = k;
        return Some(p);
    }
    if p.currency.is_none() && p.frequency.is_none() {
        if let Some((cl, n)) = t.classifiers.at(s, k) {
            p.classifier = Some(cl);
            k = n;
        }
        // After a fraction the noun is read as after a bare number ("dua
        // pertiga wilayah kota"); after a unit, one word.
        let measured = p.unit.is_some_and(|u| u != "fraction");
        // "6 juta jiwa terselamatkan", "dua orang terluka", "tiga unit
        // dibakar": a ter-/di-/me-/ber- word after a classifier is the
        // predicate of the counted people or things, not their noun ("dua
        // orang tersangka" stays: figure_verbal_nouns.txt).
        let predicate = p.classifier.is_some() && s.is_word(k) && looks_verbal(s.lower(k), true);
        if !predicate && let Some((noun, n)) = noun_phrase(s, k, !measured, measured) {
            p.counted = Some(noun);
            k = n;
        } else if let Some(cl) = p.classifier {
            p.counted = Some(cl.to_string());
        }
    }
    // "1/3" is a fraction only before what it divides ("1/3 penduduk").
    if s.kind(p.num_start) == Some(Kind::Code) && p.counted.is_none() {
        return None;
    }
    if let Some((per, n)) = per(s, k) {
        p.per = Some(per);
        k = n;
    }
    p.end = k;
    Some(p)
}

/// An age word ("berusia", "usia", "umurnya") right before token `i`, or
/// one filler word before it ("usianya baru 19 tahun").
fn after_age_word(s: &Scan, i: usize) -> bool {
    let t = &*TABLES;
    let word = |k: usize| s.is_word(k).then(|| s.lower(k));
    match i.checked_sub(1).and_then(word) {
        Some(w) if t.age_words.contains(w) => true,
        Some(w) if t.age_fillers.contains(w) => i
            .checked_sub(2)
            .and_then(word)
            .is_some_and(|w| t.age_words.contains(w)),
        _ => false,
    }
}

/// A currency or unit after the amount; returns the index after it.
fn measure(s: &Scan, k: usize, p: &mut Parsed) -> usize {
    let t = &*TABLES;
    if p.currency.is_none()
        && let Some((c, n)) = t.currencies.at(s, k)
        && c.post
    {
        p.currency = Some(c.code);
        return n;
    }
    if let Some((u, n)) = t.units.at(s, k) {
        match p.unit {
            None if p.currency.is_none() => {
                p.unit = Some(u);
                return n;
            }
            // "magnitudo 6,2 SR": the same unit twice.
            Some(have) if have == u => return n,
            _ => {}
        }
    }
    k
}

/// The tolerance after "±" and the range it makes around `value`: (min, max,
/// end). "2,5±1 persen" is 1,5 to 3,5 percent.
fn tolerance_tail(s: &Scan, n: usize, value: f64, p: &mut Parsed) -> Option<(f64, f64, usize)> {
    let b = amount(s, n, p.currency.is_some())?;
    if b.ordinal || b.vague || b.value <= 0.0 || b.value >= value.abs().max(1.0) * 10.0 {
        return None;
    }
    let mut q = Parsed {
        currency: p.currency,
        unit: p.unit,
        ..Parsed::default()
    };
    let end = measure(s, b.end, &mut q);
    if p.unit.is_some() && q.unit.is_some() && p.unit != q.unit {
        return None;
    }
    p.unit = p.unit.or(q.unit);
    p.currency = p.currency.or(q.currency);
    Some((value - b.value, value + b.value, end))
}

/// The second side of a range after the connector: (min, max, end).
fn range_tail(
    s: &Scan,
    mut n: usize,
    first: &Amount,
    first_value: f64,
    p: &mut Parsed,
) -> Option<(f64, f64, usize)> {
    let t = &*TABLES;
    let mut currency = None;
    if let Some((c, m)) = t.currencies.at(s, n)
        && c.pre
    {
        currency = Some(c.code);
        n = m;
    }
    if p.currency.is_some() && currency.is_some() && p.currency != currency {
        return None;
    }
    let money = p.currency.is_some() || currency.is_some();
    let b = amount(s, n, money)?;
    if b.ordinal || b.vague != first.vague {
        return None;
    }
    // "2009-2014", "periode 2014-2019": a span of years, the date extractor's.
    let year = |a: &Amount| a.plain && !a.mult && (1900.0..2100.0).contains(&a.value);
    if year(first) && year(&b) && p.unit.is_none() && !money {
        return None;
    }
    let mut q = Parsed {
        currency: currency.or(p.currency),
        unit: p.unit,
        ..Parsed::default()
    };
    let end = measure(s, b.end, &mut q);
    if s.glued(end) && s.kind(end) == Some(Kind::Word) && end == b.end {
        return None;
    }
    if p.unit.is_some() && q.unit.is_some() && p.unit != q.unit {
        return None;
    }
    let mut lo = first_value;
    // "Rp 5-10 juta", "25 hingga 30 ribu": the multiplier of the second side
    // applies to a bare first side.
    if !first.mult && b.mult && b.raw > 0.0 && first.raw < b.raw {
        lo = first_value * (b.value / b.raw);
    }
    let hi = b.value;
    if lo >= hi {
        return None;
    }
    p.unit = p.unit.or(q.unit);
    p.currency = p.currency.or(q.currency);
    Some((lo, hi, end))
}

/// An amount at token `j`. `money` enables the money-only multipliers (M, T).
pub fn amount(s: &Scan, j: usize, money: bool) -> Option<Amount> {
    match s.kind(j)? {
        Kind::Num => {
            let text = s.text(j);
            let b = text.as_bytes();
            // Leading zeros: phone numbers, codes, "RT 05", agent 007.
            if b.len() > 1 && b[0] == b'0' && b[1].is_ascii_digit() {
                return None;
            }
            let d = parse_digits(text)?;
            if !d.separated && b.len() >= 7 && !money {
                return None;
            }
            let mut a = Amount {
                value: d.value,
                raw: d.value,
                end: j + 1,
                vague: false,
                ordinal: false,
                mult: false,
                words: false,
                plain: !d.separated,
                alt: d.alt,
                fraction: false,
            };
            multipliers(s, &mut a, money);
            if a.mult {
                a.alt = None;
                // "2 juta 55 ribu": a smaller group after a multiplied one.
                if let Some(rest) = lower_group(s, a.end, a.value / a.raw)
                    && rest.value < a.value
                {
                    a.value += rest.value;
                    a.end = rest.end;
                }
            }
            Some(a)
        }
        Kind::Word => word_amount(s, j, money),
        Kind::Code => {
            let value = fraction_code(s.text(j))?;
            Some(Amount {
                value,
                raw: value,
                end: j + 1,
                vague: false,
                ordinal: false,
                mult: false,
                words: false,
                plain: false,
                alt: None,
                fraction: true,
            })
        }
        _ => None,
    }
}

/// `1/3`, `2/3`, `3/4`: a proper fraction with a small denominator (a date
/// such as `1/3` is the date extractor's and never reaches here).
fn fraction_code(t: &str) -> Option<f64> {
    let (a, b) = t.split_once('/')?;
    if a.len() > 2 || b.len() > 2 || a.starts_with('0') || b.starts_with('0') {
        return None;
    }
    let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
    (a < b && b <= 10).then(|| f64::from(a) / f64::from(b))
}

/// The area unit of a product of lengths ("3 x 4 meter" → `m2`).
fn area(unit: &'static str) -> &'static str {
    match unit {
        "m" => "m2",
        "cm" => "cm2",
        "km" => "km2",
        "mm" => "mm2",
        other => other,
    }
}

/// Digits and a multiplier smaller than `above` at `k` ("55 ribu" after
/// "2 juta"), or `None`.
fn lower_group(s: &Scan, k: usize, above: f64) -> Option<Amount> {
    if s.kind(k) != Some(Kind::Num) {
        return None;
    }
    let d = parse_digits(s.text(k))?;
    let nw = TABLES.numbers.get(s.lower(k + 1))?;
    (nw.kind == NumKind::Big && nw.value < above && d.value < 1000.0).then(|| Amount {
        value: d.value * nw.value,
        raw: d.value,
        end: k + 2,
        vague: false,
        ordinal: false,
        mult: true,
        words: false,
        plain: !d.separated,
        alt: None,
        fraction: false,
    })
}

/// Multiplier words after an amount: `12 juta`, `Rp 5 M`, `ribuan` → ×.
fn multipliers(s: &Scan, a: &mut Amount, money: bool) {
    let t = &*TABLES;
    let mut last = f64::INFINITY;
    loop {
        let k = a.end;
        if s.kind(k) != Some(Kind::Word) {
            return;
        }
        let v = match t.numbers.get(s.lower(k)) {
            Some(nw) if nw.kind == NumKind::Big => nw.value,
            // "2,5 jutaan", "Rp 3 ribuan": about that many; nothing follows.
            Some(nw) if nw.kind == NumKind::Vague && nw.value >= 1000.0 && !a.mult && !a.words => {
                a.value *= nw.value;
                a.mult = true;
                a.vague = true;
                a.end = k + 1;
                return;
            }
            _ => match t.money.get(s.text(k)) {
                Some(v) if money => *v,
                _ => return,
            },
        };
        if v >= last {
            return;
        }
        last = v;
        a.value *= v;
        a.mult = true;
        a.end = k + 1;
    }
}

fn word_amount(s: &Scan, j: usize, money: bool) -> Option<Amount> {
    let t = &*TABLES;
    let w = s.lower(j);
    let base = Amount {
        value: 0.0,
        raw: 0.0,
        end: j + 1,
        vague: false,
        ordinal: false,
        mult: false,
        words: true,
        plain: false,
        alt: None,
        fraction: false,
    };
    if let Some(nw) = t.numbers.get(w) {
        match nw.kind {
            NumKind::Vague => {
                let mut a = Amount {
                    value: nw.value,
                    raw: nw.value,
                    vague: true,
                    ..base
                };
                multipliers(s, &mut a, money);
                return Some(a);
            }
            NumKind::Several => {
                // "beberapa ratus", "beberapa juta": the multiplier is the magnitude.
                let m = t.numbers.get(s.lower(j + 1))?;
                if !matches!(m.kind, NumKind::Small | NumKind::Big) {
                    return None;
                }
                let mut a = Amount {
                    value: m.value,
                    raw: m.value,
                    vague: true,
                    end: j + 2,
                    ..base
                };
                multipliers(s, &mut a, money);
                return Some(a);
            }
            NumKind::Ordinal => {
                return Some(Amount {
                    value: nw.value,
                    raw: nw.value,
                    ordinal: true,
                    ..base
                });
            }
            // "sekali sehari": once, only before a frequency ("besar sekali"
            // is "very").
            NumKind::Once => {
                t.frequencies.at(s, j + 1)?;
                // "tidak keluar sama sekali sebulan": "at all".
                if j.checked_sub(1).is_some_and(|b| s.lower(b) == "sama") {
                    return None;
                }
                return Some(Amount {
                    value: nw.value,
                    raw: nw.value,
                    ..base
                });
            }
            _ => {}
        }
    }
    // "ke-3", "ke-10"; pre-tokenized text writes "ke - 3", "ke - dua".
    if w == "ke" && matches!(s.text(j + 1), "-" | "–") {
        if s.kind(j + 2) == Some(Kind::Num) {
            let d = parse_digits(s.text(j + 2))?;
            return Some(Amount {
                value: d.value,
                raw: d.value,
                end: j + 3,
                ordinal: true,
                words: false,
                ..base
            });
        }
        let mut words: [&str; MAX_WORDS] = [""; MAX_WORDS];
        let mut n = 0;
        // parse_words stops at the first word that is no number word.
        while n < MAX_WORDS
            && s.kind(j + 2 + n) == Some(Kind::Word)
            && t.numbers.contains_key(s.lower(j + 2 + n))
        {
            words[n] = s.lower(j + 2 + n);
            n += 1;
        }
        let got = parse_words(&words[..n])?;
        if got.value < 1.0 {
            return None;
        }
        return Some(Amount {
            value: got.value,
            raw: got.value,
            end: j + 2 + got.len,
            ordinal: true,
            ..base
        });
    }
    // "satu sama lain"; also the "satu" inside "seribu satu cara".
    let inside = j
        .checked_sub(1)
        .and_then(|b| t.idioms.at(s, b))
        .is_some_and(|(_, end)| end > j);
    if inside || t.idioms.at(s, j).is_some() {
        return None;
    }
    let mut words: [&str; MAX_WORDS] = [""; MAX_WORDS];
    // The first word may be a ke- form ("ketiga"); after it, parse_words
    // stops at the first word that is no number word.
    words[0] = w;
    let mut n = 1;
    while n < MAX_WORDS
        && s.kind(j + n) == Some(Kind::Word)
        && t.numbers.contains_key(s.lower(j + n))
    {
        words[n] = s.lower(j + n);
        n += 1;
    }
    // "ketiga", "kedua puluh": ke- + a number word.
    let mut ordinal = false;
    if let Some(rest) = w.strip_prefix("ke-").or_else(|| w.strip_prefix("ke"))
        && let Some(nw) = t.numbers.get(rest)
        && matches!(nw.kind, NumKind::Digit | NumKind::Whole | NumKind::SeBig)
        && nw.value > 0.0
    {
        words[0] = rest;
        ordinal = true;
    }
    let got = parse_words(&words[..n])?;
    // "kosong" alone means empty; it is zero only among other digits.
    if got.len == 1 && w == "kosong" {
        return None;
    }
    let mut a = Amount {
        value: got.value,
        raw: got.value,
        end: j + got.len,
        ordinal,
        mult: got.big,
        fraction: !ordinal && got.value > 0.0 && got.value < 1.0,
        ..base
    };
    if !ordinal && !got.big {
        // "tiga juta" is read by parse_words; "lima M" after Rp is not.
        multipliers(s, &mut a, money);
    }
    Some(a)
}

/// The counted noun after a number: up to two words, stopping at function
/// words, predicates, time words, capitals and punctuation. `-nya` is removed.
/// `strict` applies the full verb test to the first word too (after a unit,
/// "1.200 hektare terbakar").
fn noun_phrase(s: &Scan, k: usize, acronyms: bool, strict: bool) -> Option<(String, usize)> {
    let (first, clitic) = noun_word(s, k, true, acronyms)?;
    if looks_verbal(first, strict) {
        return None;
    }
    let mut out = first.to_string();
    let mut end = k + 1;
    // After a unit ("40 persen suara", "10 ton beras") one word is enough.
    if !clitic
        && !strict
        && let Some(second) = noun_word(s, k + 1, false, false)
            .map(|(w, _)| w)
            .filter(|w| !looks_verbal(w, true))
            .or_else(|| compound(s, first, k + 1))
        // "tersangka e-KTP": a hyphenated compound is not cut in half.
        && !matches!(s.text(k + 2), "-" | "–")
    {
        out.push(' ');
        out.push_str(second);
        end = k + 2;
    }
    Some((out, end))
}

/// "perwira tinggi", "duta besar": the second word of a listed compound,
/// which alone would end the phrase as an adjective or predicate.
fn compound<'a>(s: &Scan<'a>, first: &str, k: usize) -> Option<&'a str> {
    if s.kind(k) != Some(Kind::Word) || s.glued(k) {
        return None;
    }
    let w = s.lower(k);
    TABLES.compounds.get(first)?.contains(&w).then_some(w)
}

/// A word that can be (part of) the counted noun: its lower-cased stem and
/// whether it had `-nya` (which ends the phrase).
fn noun_word<'a>(s: &Scan<'a>, k: usize, first: bool, acronyms: bool) -> Option<(&'a str, bool)> {
    let t = &*TABLES;
    if s.kind(k) != Some(Kind::Word) || s.glued(k) {
        return None;
    }
    let text = s.text(k);
    let lower = s.lower(k);
    let upper_first = text.chars().next().is_some_and(char::is_uppercase);
    if upper_first {
        let acronym = first
            && acronyms
            && (2..=6).contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_uppercase());
        if !acronym {
            return None;
        }
    }
    // One lookup says which lists know the word.
    let r = t.roles(lower);
    if r & (role::STOP | role::TIME | role::NUMBER) != 0
        // "dua suporter kedua tim": a ke- number word starts another phrase.
        || r & role::AMOUNT != 0
        || (r & role::QUALIFIER != 0 && t.qualifiers.at(s, k).is_some())
        || (r & role::UNIT != 0 && t.units.at(s, k).is_some())
        || (r & role::CURRENCY != 0 && t.currencies.at(s, k).is_some())
    {
        return None;
    }
    if let Some(stem) = lower.strip_suffix("nya")
        && stem.len() >= 3
    {
        // "lagu miliknya": "milik" ends the phrase like "milik" does.
        if t.stopwords.contains(stem) {
            return None;
        }
        return Some((stem, true));
    }
    Some((lower, false))
}

/// Verbs and adjectives made with me- ("mengungsi", "merusak") never are the
/// counted noun; with `all`, neither are those with di-/ber-/ter- ("pasukan
/// dikirim", "warga terdampak"). Listed nouns (`menteri`, `tersangka`) are.
pub fn looks_verbal(w: &str, all: bool) -> bool {
    if w.len() < 6 || TABLES.verbal_nouns.contains(w) {
        return false;
    }
    let me = ["mem", "men", "meng", "meny", "mel", "mer"]
        .iter()
        .any(|p| w.starts_with(p));
    me || (all && (w.starts_with("di") || w.starts_with("ber") || w.starts_with("ter")))
}

/// "per liter", "/kg", "per hari", "per lembar saham": the rate's denominator.
fn per(s: &Scan, k: usize) -> Option<(String, usize)> {
    let t = &*TABLES;
    let slash = s.text(k) == "/" && s.glued(k + 1);
    if !(slash || s.lower(k) == "per") {
        return None;
    }
    let n = k + 1;
    if let Some((u, m)) = t.units.at(s, n) {
        return Some((u.to_string(), m));
    }
    // "Rp 14.500 per dolar AS": an exchange rate.
    if let Some((c, m)) = t.currencies.at(s, n) {
        return Some((c.code.to_string(), m));
    }
    if let Some(code) = t.time_units.get(s.lower(n)) {
        return Some((code.to_string(), n + 1));
    }
    let (n, cl) = match t.classifiers.at(s, n) {
        Some((cl, m)) => (m, Some(cl)),
        None => (n, None),
    };
    match noun_phrase(s, n, false, false) {
        Some((noun, m)) => Some((noun, m)),
        None => cl.map(|c| (c.to_string(), n)),
    }
}
