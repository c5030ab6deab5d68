//! What is not a figure, judged from the words around a parsed one:
//! codes glued to letters (`A320`, `MH17`, `Covid-19`), numbers after a label
//! word (`Pasal 340`, `UU Nomor 7 Tahun 2017`, `RT 05`, `No. 10`, `pukul 7`,
//! `Juni 2024`), a bare integer after a capitalized word (`Pemilu 2009`,
//! `Liga 1`), bare years (`pada 2015`), clock times (`07.30`), collective
//! capitalized number
//! words inside names (`Kepulauan Seribu`), and a number alone on its line
//! (page furniture).

use super::lex::Kind;
use super::lexicon::{Scan, TABLES};
use super::parse::Parsed;

/// True when the parsed figure should be dropped.
pub fn rejects(s: &Scan, p: &Parsed) -> bool {
    let Some(a) = p.first else { return true };
    let i = p.start;
    let prev = i.checked_sub(1);
    // Glued to a word or a code before it: A320, MH17, 5G-ready.
    if s.glued(i)
        && prev.is_some_and(|k| matches!(s.kind(k), Some(Kind::Word | Kind::Num | Kind::Code)))
    {
        return true;
    }
    // Covid-19, F-16, U-23; and the tail of "2-1" or "2015-2016".
    if s.glued(i)
        && prev.is_some_and(|k| s.text(k) == "-" && s.glued(k))
        && prev
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| matches!(s.kind(k), Some(Kind::Word | Kind::Num | Kind::Code)))
    {
        return true;
    }
    // "menit ke-45+2", "90+4": the added time glued to a minute is part of
    // it, no count of its own.
    if s.glued(i)
        && prev.is_some_and(|k| s.text(k) == "+" && s.glued(k))
        && i.checked_sub(2)
            .is_some_and(|k| s.kind(k) == Some(Kind::Num))
    {
        return true;
    }
    if p.ordinal {
        return ordinal_rejected(s, p);
    }
    // The second factor of "1 x 24 jam".
    if prev.is_some_and(|k| matches!(s.lower(k), "x" | "×"))
        && i.checked_sub(2)
            .is_some_and(|k| s.kind(k) == Some(Kind::Num))
    {
        return true;
    }
    // "QS(5)56", "[3]12": a number glued to a closing bracket is a reference.
    if s.glued(i) && prev.is_some_and(|k| matches!(s.text(k), ")" | "]")) {
        return true;
    }
    // "(021) 5678": the local number after an area code.
    if prev.is_some_and(|k| s.text(k) == ")")
        && i.checked_sub(2)
            .is_some_and(|k| s.kind(k) == Some(Kind::Num) && s.text(k).starts_with('0'))
    {
        return true;
    }
    // "PARFI '56", "angkatan '98": an apostrophe and two digits are a year
    // written short, part of a name.
    if s.glued(i)
        && p.unit.is_none()
        && p.currency.is_none()
        && prev.is_some_and(|k| matches!(s.text(k), "'" | "’" | "‘"))
        && s.text(p.num_start).len() == 2
        && s.kind(p.num_start) == Some(Kind::Num)
    {
        return true;
    }
    // "0812 8765 4321", "(021) 5290 8888": the later groups of a phone
    // number written with spaces.
    if prev.is_some_and(|k| s.kind(k) == Some(Kind::Num))
        && s.kind(i) == Some(Kind::Num)
        && phone_group(s, i)
    {
        return true;
    }
    // "ColorOS 3.2 berbasis", "Android 7.1": a version after a name, even
    // when a word that looks like a counted noun follows.
    if p.qualifier.is_none()
        && p.unit.is_none()
        && p.currency.is_none()
        && p.counted.is_some()
        && is_version(s.text(p.num_start))
        && prev_is_name(s, i)
    {
        return true;
    }
    let bare = p.unit.is_none()
        && p.currency.is_none()
        && p.classifier.is_none()
        && !a.mult
        && !a.vague
        && p.min.is_none();
    let unqualified = p.qualifier.is_none() && p.start == p.num_start;
    if unqualified && !p.age && after_marker(s, i) {
        return true;
    }
    // "LP/1049/K/VII/2017", "Sprin.Lidik/73/VIII": a part of a file number.
    if s.glued(i) && prev.is_some_and(|k| s.text(k) == "/") {
        return true;
    }
    // "(3/DEN)": a seed and country code in a draw.
    if s.text(p.end) == "/"
        && s.glued(p.end)
        && s.glued(p.end + 1)
        && s.is_word(p.end + 1)
        && s.text(p.end + 1).bytes().all(|b| b.is_ascii_uppercase())
    {
        return true;
    }
    // "bintang 1 atau 2", "Pasal 2 dan 3": a second label after a conjunction.
    if unqualified
        && bare
        && prev.is_some_and(|k| matches!(s.lower(k), "atau" | "dan"))
        && i.checked_sub(2).is_some_and(|k| {
            s.kind(k) == Some(Kind::Num)
                && (after_marker(s, k) || (p.counted.is_none() && prev_is_name(s, k)))
        })
    {
        return true;
    }
    let word_start = s.kind(p.num_start) == Some(Kind::Word);
    if word_start && capital_inside_sentence(s, p.num_start) {
        return true;
    }
    if unqualified && bare && a.plain && prev_is_name(s, i) {
        return true;
    }
    if bare && a.plain && p.qualifier.is_none() && is_year(s.text(p.num_start)) {
        return true;
    }
    if p.unit.is_none() && p.currency.is_none() && is_clock(s.text(p.num_start)) {
        return true;
    }
    // A bare number before a capitalized word: a title or a list item
    // ("'7 Manusia Harimau'", "24 - Marinus Mariyanto", "6. Gunakan").
    if bare && p.counted.is_none() && p.qualifier.is_none() {
        let mut k = p.end;
        if matches!(s.text(k), "." | ")" | "-" | "–") {
            k += 1;
        }
        let t = s.text(k);
        let capital = s.is_word(k) && t.chars().next().is_some_and(char::is_uppercase);
        let acronym = t.len() > 1 && t.bytes().all(|b| b.is_ascii_uppercase());
        if capital && !acronym {
            return true;
        }
        // "“…”. 4. UBERDAMAGE x SUARADISKO": a numbered item at the start of
        // a sentence, whatever the case of its title ("3 WNA" stays a count).
        if capital && k > p.end && matches!(s.text(p.end), "." | ")") && sentence_start(s, i) {
            return true;
        }
    }
    // "Jeki 77'": the minute of a football match; "(90 + 3')" stoppage time.
    if bare && matches!(s.text(p.end), "'" | "’" | "+") {
        return true;
    }
    if bare && p.counted.is_none() && p.qualifier.is_none() {
        // "Budi (31)": an age after a name (the date extractor's business).
        let integer = p
            .value
            .is_some_and(|v| v.fract() == 0.0 && (1.0..130.0).contains(&v));
        if integer
            && prev.is_some_and(|k| s.text(k) == "(")
            && s.text(p.end) == ")"
            && i.checked_sub(2).is_some_and(|k| {
                s.is_word(k) && s.text(k).chars().next().is_some_and(char::is_uppercase)
            })
        {
            return true;
        }
        // "Tersangka MI, 27, kenal dengan korban": an age between commas.
        if integer
            && prev.is_some_and(|k| s.text(k) == ",")
            && s.text(p.end) == ","
            && i.checked_sub(2).is_some_and(|k| {
                s.is_word(k) && s.text(k).chars().next().is_some_and(char::is_uppercase)
            })
        {
            return true;
        }
        // "berdurasi 3 menit 45": the seconds of a duration.
        if prev.is_some_and(|k| s.is_word(k) && TABLES.time_units.contains_key(s.lower(k)))
            && i.checked_sub(2)
                .is_some_and(|k| s.kind(k) == Some(Kind::Num))
        {
            return true;
        }
        // "Next Apps 4.0", "EMUI 5.1", "versi baru, 4.4": a dotted number that
        // is no Indonesian thousands group is a version without a unit.
        if is_version(s.text(p.num_start)) {
            return true;
        }
        // "visa R - 1", "Covid - 19": a code written with spaces around "-".
        if prev.is_some_and(|k| matches!(s.text(k), "-" | "–"))
            && i.checked_sub(2).is_some_and(|k| {
                s.is_word(k) && s.text(k).chars().next().is_some_and(char::is_uppercase)
            })
        {
            return true;
        }
    }
    // A bare number alone on its line: a page number or a list index.
    let alone_before = prev.is_none_or(|k| s.kind(k) == Some(Kind::Break));
    let alone_after = s.kind(p.end).is_none_or(|k| k == Kind::Break);
    if bare && alone_before && alone_after {
        return true;
    }
    // "Fakta 6" on a line of its own: a heading.
    let heading_word = prev.is_some_and(|k| {
        s.is_word(k)
            && s.text(k).chars().next().is_some_and(char::is_uppercase)
            && k.checked_sub(1)
                .is_none_or(|b| s.kind(b) == Some(Kind::Break))
    });
    if bare && p.counted.is_none() && heading_word && alone_after {
        return true;
    }
    false
}

/// The word before `i` (skipping one `.`, `:` or `(`) is a label word: "ayat (1)".
fn after_marker(s: &Scan, i: usize) -> bool {
    let Some(mut k) = i.checked_sub(1) else {
        return false;
    };
    if matches!(s.text(k), "." | ":" | "(") {
        let Some(k2) = k.checked_sub(1) else {
            return false;
        };
        k = k2;
    }
    s.is_word(k) && TABLES.markers.contains(s.lower(k))
}

/// The word before `i` is capitalized and not the first of its sentence, and
/// is no word of the figure lists ("Sebanyak", "Sekitar" are fine).
fn prev_is_name(s: &Scan, i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    if !s.is_word(k) {
        return false;
    }
    // "iPhone 7", "eKTP 2": a capital after a lower-case first letter is a
    // product or brand name wherever it stands.
    let t = s.text(k);
    let Some(first) = t.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return first.is_ascii_lowercase() && t.bytes().skip(1).any(|b| b.is_ascii_uppercase());
    }
    let lower = s.lower(k);
    if TABLES.stopwords.contains(lower) || TABLES.triggers.contains(lower) {
        return false;
    }
    // "(Satgas 115)", "“Alumni 212": a name may open a parenthesis or a quote.
    k.checked_sub(1)
        .is_some_and(|b| matches!(s.text(b), "(" | "\"" | "“" | "'" | "‘"))
        || !sentence_start(s, k)
}

/// Number `i` is a later group of a phone number: the digit groups before
/// it (spaces only between them) start with a group that begins with 0
/// ("0812 8765 4321") or with an area code in parentheses ("(021) 5290 8888").
fn phone_group(s: &Scan, i: usize) -> bool {
    let t = s.text(i);
    if !(3..=4).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut k = i;
    let mut groups = 0;
    while let Some(b) = k.checked_sub(1) {
        let g = s.text(b);
        if s.kind(b) != Some(Kind::Num) || !g.bytes().all(|c| c.is_ascii_digit()) || groups > 3 {
            break;
        }
        k = b;
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    let first = s.text(k);
    let zero = first.len() >= 3 && first.starts_with('0');
    let area = k.checked_sub(2).is_some_and(|a| {
        s.text(k - 1) == ")" && s.kind(a) == Some(Kind::Num) && s.text(a).starts_with('0')
    });
    zero || area
}

/// A capitalized token that does not begin a sentence: part of a name.
fn capital_inside_sentence(s: &Scan, k: usize) -> bool {
    s.text(k).chars().next().is_some_and(char::is_uppercase) && !sentence_start(s, k)
}

/// Token `k` begins a sentence, a line, a quote or a parenthesis.
fn sentence_start(s: &Scan, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1) else {
        return true;
    };
    match s.kind(prev) {
        Some(Kind::Break) | None => true,
        Some(Kind::Punct) => matches!(
            s.text(prev),
            "." | "!" | "?" | "\"" | "“" | "”" | "'" | "(" | ":" | ";" | "-" | "–" | "—" | "["
        ),
        _ => false,
    }
}

/// `4.0`, `5.1`, `10.3.2`: dots with a last group that is not three digits.
fn is_version(t: &str) -> bool {
    t.contains('.')
        && !t.contains(',')
        && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && t.rsplit('.').next().is_some_and(|g| g.len() != 3)
}

/// 1900-2099 written as four plain digits.
fn is_year(t: &str) -> bool {
    t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))
}

/// `07.30`, `19.00`, `7.45`: hour, dot, two-digit minutes.
fn is_clock(t: &str) -> bool {
    let Some((h, m)) = t.split_once('.') else {
        return false;
    };
    let (Ok(h), Ok(mm)) = (h.parse::<u32>(), m.parse::<u32>()) else {
        return false;
    };
    (1..=2).contains(&t.find('.').unwrap_or(0)) && m.len() == 2 && h <= 24 && mm < 60
}

/// A word ordinal inside a sentence with a capital is part of a name
/// ("Hamengku Buwono Kesepuluh"); other ordinals stand.
fn ordinal_rejected(s: &Scan, p: &Parsed) -> bool {
    let i = p.start;
    s.kind(i) == Some(Kind::Word) && s.lower(i) != "ke" && capital_inside_sentence(s, i)
}

/// Ke- forms before a noun, not after one, are collectives: "kedua negara"
/// (both countries), "ke-14 tersangka" (the 14 suspects), "ketiga korban".
/// After a noun they are ordinals: "tahap kedua pembangunan", "hari kedua".
pub fn collective(s: &Scan, i: usize, end: usize) -> bool {
    if s.lower(i) == "pertama" {
        return false;
    }
    let next = s.lower(end);
    // "kelima kalinya": the clitic hides a function word.
    let stem = next.strip_suffix("nya").unwrap_or(next);
    let noun_next = s.is_word(end)
        && !s.glued(end)
        && !TABLES.stopwords.contains(next)
        && !TABLES.stopwords.contains(stem)
        && !TABLES.time_units.contains_key(s.lower(end))
        && !super::parse::looks_verbal(s.lower(end), true)
        && s.text(end).chars().next().is_some_and(char::is_lowercase);
    let after_noun = i.checked_sub(1).is_some_and(|k| {
        let w = s.lower(k);
        s.is_word(k)
            && (w == "yang"
                || !(TABLES.stopwords.contains(w) || super::parse::looks_verbal(w, true)))
    });
    noun_next && !after_noun
}

/// A score word ("menang", "skor", "kalah") among the three tokens before
/// `i`, on the same line, or a score before a comma ("skor 6-2, 6-7, 6-3"):
/// the pair that follows is a match score.
pub fn after_score_word(s: &Scan, i: usize) -> bool {
    let mut i = i;
    // Walk back over earlier sets: ", N-N" (at most a few).
    for _ in 0..5 {
        let set = i.checked_sub(4).filter(|&k| {
            s.text(k + 3) == ","
                && s.kind(k + 2) == Some(Kind::Num)
                && matches!(s.text(k + 1), "-" | "–")
                && s.kind(k) == Some(Kind::Num)
        });
        match set {
            Some(k) => i = k,
            None => break,
        }
    }
    // Up to six tokens back within the clause: "skor akhir pertandingan
    // semifinal itu 3-1" names the score a few words before the pair.
    let mut same_clause = true;
    for back in 1..=6 {
        let Some(k) = i.checked_sub(back) else {
            return false;
        };
        match s.kind(k) {
            Some(Kind::Break) | None => return false,
            Some(Kind::Word) if TABLES.score_words.contains(s.lower(k)) => {
                return back <= 3 || same_clause;
            }
            _ if matches!(s.text(k), "," | "." | ";" | ":" | "(" | ")") => same_clause = false,
            _ => {}
        }
    }
    false
}

/// "Bologna 1-2 Juventus", "Charlotte Hornets 87-90 Boston Celtics": a
/// pair between two capitalized names inside a sentence is a match score.
/// `i` is the first number, `after` the token after the second.
pub fn between_names(s: &Scan, i: usize, after: usize) -> bool {
    let capital =
        |k: usize| s.is_word(k) && s.text(k).chars().next().is_some_and(char::is_uppercase);
    i.checked_sub(1)
        .is_some_and(|k| capital(k) && !sentence_start(s, k))
        && capital(after)
}
