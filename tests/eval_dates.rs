//! Evaluation of date extraction on shared data (`../shared/data`), ignored by
//! default. Run with
//! `cargo test --release --test eval_dates -- --ignored --nocapture`.
//!
//! - `ner_time_f1`: span F1 against the TIME labels of the Indonesian NER set
//!   (test split; `DATES_SPLIT=train` to develop, `DATES_VERBOSE=1` to list errors).
//! - `indosum_values`: value accuracy on dates sampled from IndoSum articles,
//!   checked by hand (the table below), each article anchored on its
//!   publication time from `meta.jsonl`.
//! - `indosum_speed`: MB/s of the date stage over all IndoSum articles.

use corpus_analyze::extract::date::{DateMention, Expr, Tod, extract};
use corpus_analyze::model::Doc;
use jiff::civil::Date;
use std::path::Path;
use std::time::Instant;

const DATA: &str = "../shared/data";

fn data(rel: &str) -> Option<std::path::PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(DATA).join(rel);
    if p.exists() {
        Some(p)
    } else {
        println!("data absent, skipping ({})", p.display());
        None
    }
}

fn run(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let doc = Doc {
        text,
        paragraphs: &[],
        sentences: &[],
        tokens: &[],
    };
    extract(&doc, published)
}

/// Byte offset of each char index (plus the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

#[derive(Default)]
struct Score {
    gold: usize,
    pred: usize,
    strict: usize,
    lenient_p: usize,
    lenient_r: usize,
}

impl Score {
    fn add(&mut self, gold: &[(usize, usize)], pred: &[(usize, usize)]) {
        let overlaps = |a: &(usize, usize), b: &(usize, usize)| a.0 < b.1 && b.0 < a.1;
        self.gold += gold.len();
        self.pred += pred.len();
        self.strict += pred.iter().filter(|p| gold.contains(p)).count();
        self.lenient_p += pred
            .iter()
            .filter(|p| gold.iter().any(|g| overlaps(g, p)))
            .count();
        self.lenient_r += gold
            .iter()
            .filter(|g| pred.iter().any(|p| overlaps(g, p)))
            .count();
    }
    fn print(&self, name: &str) {
        let f = |p: f64, r: f64| {
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        let sp = self.strict as f64 / self.pred.max(1) as f64;
        let sr = self.strict as f64 / self.gold.max(1) as f64;
        let lp = self.lenient_p as f64 / self.pred.max(1) as f64;
        let lr = self.lenient_r as f64 / self.gold.max(1) as f64;
        println!(
            "{name}: gold {} pred {} | strict P {sp:.3} R {sr:.3} F1 {:.3} | lenient P {lp:.3} R {lr:.3} F1 {:.3}",
            self.gold,
            self.pred,
            f(sp, sr),
            f(lp, lr)
        );
    }
}

#[test]
#[ignore]
fn ner_time_f1() {
    let split = std::env::var("DATES_SPLIT").unwrap_or_else(|_| "test".into());
    let Some(path) = data(&format!(
        "ner/yusufsyaifudin-indonesia-ner/{split}.spans.jsonl"
    )) else {
        return;
    };
    let verbose = std::env::var("DATES_VERBOSE").is_ok();
    let src = std::fs::read_to_string(path).unwrap();
    let (mut all, mut dt, mut named) = (Score::default(), Score::default(), Score::default());
    for line in src.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap_or("");
        let map = char_to_byte(text);
        let gold: Vec<(usize, usize)> = v["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["label"] == "TIME")
            .filter_map(|e| {
                let (s, t) = (e["start"].as_u64()? as usize, e["end"].as_u64()? as usize);
                Some((*map.get(s)?, *map.get(t)?))
            })
            .collect();
        let mentions = run(text, None);
        let pred: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
        let pred_dt: Vec<(usize, usize)> = mentions
            .iter()
            .filter(|m| matches!(m.kind, "date" | "time"))
            .map(|m| (m.start, m.end))
            .collect();
        // The annotators rarely marked deictic words ("kemarin", "tahun
        // lalu", "pagi"): this subset keeps dates and times that name a
        // calendar unit or carry a number.
        let pred_named: Vec<(usize, usize)> = mentions
            .iter()
            .filter(|m| matches!(m.kind, "date" | "time"))
            .filter(|m| {
                !matches!(
                    m.expr,
                    Expr::RelDay { .. }
                        | Expr::RelWeek(_)
                        | Expr::RelMonth(_)
                        | Expr::RelYear(_)
                        | Expr::Unknown
                        | Expr::Time(Tod::Part(_))
                )
            })
            .map(|m| (m.start, m.end))
            .collect();
        all.add(&gold, &pred);
        dt.add(&gold, &pred_dt);
        named.add(&gold, &pred_named);
        if verbose {
            for g in gold.iter().filter(|g| !pred.contains(g)) {
                println!("  MISS {:?}  | {}", &text[g.0..g.1], text);
            }
            for m in mentions
                .iter()
                .filter(|m| !gold.contains(&(m.start, m.end)))
            {
                println!("  EXTRA {:?} {} | {}", m.text, m.kind, text);
            }
        }
    }
    println!("TIME spans, {split} split:");
    all.print("  all kinds      ");
    dt.print("  date+time only ");
    named.print("  named/numeric  ");
}

/// Hand-checked sample: (file, mention text, expected value; empty for null).
/// Every distinct date mention of IndoSum files 00001-00022 (00002 has none)
/// found by the extractor; the expected values were written by reading each
/// article with its publication time (the Unix time prefix of its `id`).
/// It measures value accuracy, not recall.
const INDOSUM_GOLD: &[(&str, &str, &str)] = &[
    // Notes on the expected values that differ from a literal reading:
    // 00008 "Kamis (8/7)": 8 July is no Thursday near the article (9 June
    // 2017); the writer meant 8 June. 00015 "11 Juli lalu": the article's
    // own reference (latest full date, 23 April 2017) is months off.
    // 00017 "Mei": a forecast of the coming May. 00022 "19, 20 sampai 21
    // November 1945": the list starts on the 19th.
    ("00001.txt", "Senin (27/3)", "2017-03-27"),
    ("00001.txt", "1 April", "2017-04-01"),
    ("00003.txt", "Senin (13/3/ 2017)", "2017-03-13"),
    ("00003.txt", "2016", "2016"),
    ("00003.txt", "2015", "2015"),
    ("00004.txt", "2017", "2017"),
    ("00004.txt", "Sabtu (23/12/2017)", "2017-12-23"),
    ("00004.txt", "Agustus lalu", "2017-08"),
    ("00004.txt", "2016-17", "2016/2017"),
    ("00005.txt", "Kamis", "2017-10-19"),
    ("00006.txt", "hari ini", "2017-10-21"),
    ("00007.txt", "2021", "2021"),
    ("00007.txt", "beberapa tahun ke depan", ""),
    ("00007.txt", "lima tahun ke depan", "P5Y"),
    ("00008.txt", "pertengahan bulan Mei silam", "2017-05"),
    ("00008.txt", "Kamis (8/7)", "2017-06-08"),
    ("00009.txt", "2017", "2017"),
    ("00010.txt", "hari ini", "2017-07-12"),
    ("00010.txt", "Rabu (12/7)", "2017-07-12"),
    ("00010.txt", "pekan lalu", "2017-W27"),
    ("00011.txt", "Senin (03/07) ini", "2017-07-03"),
    ("00012.txt", "2017", "2017"),
    ("00012.txt", "kemarin", "2017-01-23"),
    ("00012.txt", "dua tahun", "P2Y"),
    ("00013.txt", "Juli 2016", "2016-07"),
    ("00014.txt", "Sabtu (10/2) malam", "2018-02-10TNI"),
    ("00014.txt", "2012", "2012"),
    ("00014.txt", "tiga bulan", "P3M"),
    ("00014.txt", "Minggu (11/2)", "2018-02-11"),
    ("00015.txt", "11 Juli lalu", "2017-07-11"),
    ("00015.txt", "April 2016", "2016-04"),
    ("00015.txt", "satu tahun", "P1Y"),
    ("00015.txt", "23 April 2016", "2016-04-23"),
    ("00015.txt", "23 April 2017", "2017-04-23"),
    ("00015.txt", "26 Agustus mendatang", "2017-08-26"),
    ("00016.txt", "Jumat (10/2)", "2017-02-10"),
    ("00016.txt", "2016", "2016"),
    ("00016.txt", "2017", "2017"),
    ("00017.txt", "akhir Maret mendatang", "2017-03"),
    (
        "00017.txt",
        "Jumat (10/3/2017) pukul 20.36 WIB",
        "2017-03-10T20:36",
    ),
    ("00017.txt", "Sabtu (11/3/2017)", "2017-03-11"),
    ("00017.txt", "setiap tahun", "P1Y"),
    ("00017.txt", "Mei", "2017-05"),
    ("00018.txt", "Jumat (1/9)", "2017-09-01"),
    ("00019.txt", "Kamis", "2017-11-30"),
    ("00020.txt", "2017", "2017"),
    ("00020.txt", "17 September 2017", "2017-09-17"),
    ("00020.txt", "besok", "2017-09-23"),
    ("00020.txt", "Jumat (22/9/2017)", "2017-09-22"),
    ("00020.txt", "2016", "2016"),
    ("00021.txt", "dua menit", "PT2M"),
    ("00021.txt", "beberapa menit", ""),
    ("00021.txt", "Agustus 2017", "2017-08"),
    ("00021.txt", "lima menit kemudian", ""),
    ("00022.txt", "Hari Pahlawan 2016", "2016-11-10"),
    ("00022.txt", "Kamis", "2016-11-10"),
    ("00022.txt", "tiga hari", "P3D"),
    (
        "00022.txt",
        "20 sampai 21 November 1945",
        "1945-11-19/1945-11-21",
    ),
    // Files sampled across outlets and categories (politics, sport, showbiz,
    // tech, economy, holidays), every distinct mention, checked by hand.
    // Values that differ from what the extractor gives: habitual times
    // (00351 "pukul 8 malam" is a time of any day: T20:00), a set read as one
    // weekday (00351 "hari Jumat terakhir setiap bulannya"), a month said in
    // the story's own year (00351 "Sejak Oktober" is October 2015), ages
    // without an age word (02146 "sejak 11 tahun", 01527 "menyentuh 15
    // tahun"), an album title (01668 "1989"), a night anchored on an event
    // (00309 "malam menjelang pemilihan"), a match day in two time zones
    // (00372 "atau Rabu pagi WIB"), and a "hari ini" written the day before
    // publication (01011).
    ("00801.txt", "2017", "2017"),
    ("00801.txt", "22 November mendatang", "2017-11-22"),
    ("00801.txt", "Tahun ini", "2017"),
    ("00801.txt", "Rabu (15/11)", "2017-11-15"),
    ("00801.txt", "18-26 November", "2017-11-18/2017-11-26"),
    ("00801.txt", "2009", "2009"),
    ("00801.txt", "2013", "2013"),
    ("00801.txt", "setiap tahun", "P1Y"),
    ("02187.txt", "Rabu (5/7)", "2017-07-05"),
    ("02187.txt", "setiap tahun", "P1Y"),
    ("02187.txt", "2020", "2020"),
    ("00226.txt", "Lima tahun lalu", "2012"),
    ("00351.txt", "80 jam", "PT80H"),
    ("00351.txt", "100 jam", "PT100H"),
    ("00351.txt", "satu bulan", "P1M"),
    ("00351.txt", "Februari mendatang", "2017-02"),
    ("00351.txt", "Jumat", ""),
    ("00351.txt", "pukul 8 malam", "T20:00"),
    ("00351.txt", "larut malam", "TNI"),
    ("00351.txt", "Desember 2015", "2015-12"),
    ("00351.txt", "April 2015", "2015-04"),
    ("00351.txt", "Oktober", "2015-10"),
    ("00351.txt", "pukul 5 pagi", "T05:00"),
    ("03107.txt", "27 Juli 1968", "1968-07-27"),
    ("03107.txt", "Selasa (17/1)", "2017-01-17"),
    ("03107.txt", "1991", "1991"),
    ("03107.txt", "setahun", "P1Y"),
    ("03107.txt", "1995", "1995"),
    ("03107.txt", "1997", "1997"),
    ("03107.txt", "Setiap tahun", "P1Y"),
    ("03107.txt", "tiga tahun", "P3Y"),
    ("00300.txt", "pagi-pagi", ""),
    ("00300.txt", "beberapa bulan", ""),
    ("02146.txt", "Kamis (24/8/2017)", "2017-08-24"),
    ("02146.txt", "11 tahun", ""),
    ("02146.txt", "28 Juni 1965", "1965-06-28"),
    ("02146.txt", "2002", "2002"),
    ("02146.txt", "Hari Raya Idul Adha", ""),
    ("02146.txt", "setiap bulan", "P1M"),
    ("00167.txt", "2016", "2016"),
    ("00167.txt", "Setiap menit", "PT1M"),
    ("01527.txt", "lima jam", "PT5H"),
    ("01527.txt", "Kamis (13/4)", "2017-04-13"),
    ("01527.txt", "pukul 10.00 WIB", "2017-04-13T10:00"),
    ("01527.txt", "Setahun terakhir", "P1Y"),
    ("01527.txt", "15 tahun", ""),
    ("00155.txt", "Minggu (14/5/2017) malam WIB", "2017-05-14TNI"),
    ("00155.txt", "Hari ini", "2017-05-14"),
    (
        "00372.txt",
        "Selasa (31/10/2017) malam waktu setempat",
        "2017-10-31TNI",
    ),
    ("00372.txt", "Rabu pagi WIB", "2017-11-01TMO"),
    ("00372.txt", "hari ini", "2017-11-01"),
    ("01794.txt", "Sabtu (27/5/2017)", "2017-05-27"),
    ("01749.txt", "Rabu (19/7) malam WIB", "2017-07-19TNI"),
    ("01749.txt", "90 menit", "PT90M"),
    ("01749.txt", "Agustus mendatang", "2017-08"),
    ("00311.txt", "Rabu (19/7) sore", "2017-07-19TAF"),
    ("00311.txt", "tiga tahun", "P3Y"),
    ("00311.txt", "2011", "2011"),
    ("00311.txt", "tiga hari", "P3D"),
    ("00919.txt", "awal Juli lalu", "2017-07"),
    ("00919.txt", "31 Oktober nanti", "2017-10-31"),
    ("00919.txt", "Oktober 2017", "2017-10"),
    ("00409.txt", "beberapa hari", ""),
    ("00409.txt", "Minggu (8/10)", "2017-10-08"),
    ("00409.txt", "Jumat (8/9)", "2017-09-08"),
    ("02143.txt", "22 Maret 1980", "1980-03-22"),
    ("01668.txt", "Jumat (16/6)", "2017-06-16"),
    ("01668.txt", "dua tahun", "P2Y"),
    ("01668.txt", "1989", ""),
    ("00309.txt", "Kamis (10/11)", "2016-11-10"),
    ("00309.txt", "Sehari", "P1D"),
    ("00309.txt", "malam", ""),
    ("02998.txt", "20 Juli 2017", "2017-07-20"),
    ("02998.txt", "Jumat (21/7)", "2017-07-21"),
    ("00696.txt", "Senin (24/7)", "2017-07-24"),
    ("00696.txt", "2012", "2012"),
    ("00696.txt", "akhir Agustus 2017", "2017-08"),
    ("00696.txt", "2018", "2018"),
    ("00696.txt", "dua minggu kedepan", "P2W"),
    ("01234.txt", "kemarin", "2017-02-08"),
    ("01234.txt", "2017", "2017"),
    ("01234.txt", "setahun", "P1Y"),
    ("03340.txt", "Rabu (14/6)", "2017-06-14"),
    ("03340.txt", "2010", "2010"),
    ("03325.txt", "Ramadan", ""),
    ("03325.txt", "hari raya Idul Fitri", ""),
    ("03325.txt", "Juni mendatang", "2017-06"),
    ("03325.txt", "bulan ini", "2017-06"),
    ("03325.txt", "Jumat (2/6)", "2017-06-02"),
    ("03325.txt", "Lebaran", ""),
    ("03325.txt", "Mei lalu", "2017-05"),
    ("03325.txt", "hari raya", ""),
    ("03325.txt", "awal Juni", "2017-06"),
    ("03325.txt", "Juni", "2017-06"),
    ("02216.txt", "2017", "2017"),
    ("02216.txt", "tahun ini", "2017"),
    ("02216.txt", "30 menit", "PT30M"),
    ("02216.txt", "Rabu (12/4)", "2017-04-12"),
    ("02216.txt", "Februari lalu", "2017-02"),
    ("00284.txt", "Selasa, (6/12)", "2017-12-06"),
    ("00284.txt", "tiga tahun", "P3Y"),
    ("00284.txt", "tahun depan", "2018"),
    (
        "02171.txt",
        "14 Februari 2018 pukul 10 WIB",
        "2018-02-14T10:00",
    ),
    ("02225.txt", "2 hari", "P2D"),
    ("01495.txt", "setahun", "P1Y"),
    ("01495.txt", "10 tahun yang lalu", "2007"),
    ("01495.txt", "1 tahun", "P1Y"),
    ("01152.txt", "2017", "2017"),
    ("01152.txt", "25 tahun", "P25Y"),
    ("01152.txt", "kuartal kedua tahun 2017", "2017-Q2"),
    ("01152.txt", "1960-an", "196"),
    ("03220.txt", "kuartal III 2017", "2017-Q3"),
    ("03220.txt", "tahun lalu", "2016"),
    ("03220.txt", "2017", "2017"),
    ("03220.txt", "Kamis (20/10)", "2017-10-20"),
    ("03220.txt", "akhir 2016", "2016"),
    ("03220.txt", "1 Desember 2017", "2017-12-01"),
    ("03025.txt", "September 2017", "2017-09"),
    ("03025.txt", "2017", "2017"),
    ("03025.txt", "kuartal ketiga tahun ini", "2017-Q3"),
    ("03025.txt", "tahun lalu", "2016"),
    ("03025.txt", "2016", "2016"),
    ("00957.txt", "tiga bulan terakhir", "P3M"),
    ("00957.txt", "Selasa (5/12)", "2017-12-05"),
    ("00957.txt", "beberapa bulan terakhir", ""),
    ("00957.txt", "kuartal IV 2017", "2017-Q4"),
    ("02022.txt", "hari ini", "2017-06-24"),
    ("02022.txt", "(24/6)", "2017-06-24"),
    ("02022.txt", "Idul Fitri", ""),
    ("02022.txt", "Sabtu, 24 Juni 2017", "2017-06-24"),
    ("02022.txt", "pukul 17.00 WIB", "2017-06-24T17:00"),
    ("02022.txt", "sore ini", "2017-06-24TAF"),
    ("02022.txt", "Idul Fitri 1438 H", "2017"),
    ("02022.txt", "besok", "2017-06-25"),
    ("02022.txt", "25 Juni 2017", "2017-06-25"),
    ("02022.txt", "awal Maret silam", "2017-03"),
    ("02022.txt", "sore nanti", "2017-06-24TAF"),
    ("02022.txt", "Ahad Legi, 25 Juni 2017", "2017-06-25"),
    ("02133.txt", "tahun lalu", "2016"),
    ("02133.txt", "2016", "2016"),
    ("02133.txt", "Tahun ini", "2017"),
    ("02133.txt", "23 Juni 2017", "2017-06-23"),
    ("02133.txt", "2 Juli 2017", "2017-07-02"),
    ("02133.txt", "Lebaran", ""),
    (
        "02133.txt",
        "15 Juni hingga 11 Juli 2017",
        "2017-06-15/2017-07-11",
    ),
    ("02133.txt", "Lebaran ini", "2017"),
    ("02459.txt", "Idul Fitri 1438 Hijriah", "2017"),
    ("02459.txt", "beberapa hari terakhir", ""),
    ("02459.txt", "Idul Fitri", ""),
    ("02459.txt", "Minggu (25/6/2017)", "2017-06-25"),
    ("02459.txt", "tahun baru", ""),
    ("01011.txt", "hari ini", "2017-05-31"),
    ("01011.txt", "Rabu (31/5)", "2017-05-31"),
    ("01011.txt", "Lebaran", ""),
];

fn indosum_published(meta: &str) -> std::collections::HashMap<String, Date> {
    let mut out = std::collections::HashMap::new();
    for line in meta.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(file), Some(id)) = (v["file"].as_str(), v["id"].as_str()) else {
            continue;
        };
        let Some(secs) = id.split('-').next().and_then(|s| s.parse::<i64>().ok()) else {
            continue;
        };
        if let Ok(ts) = jiff::Timestamp::from_second(secs) {
            let d = ts
                .to_zoned(jiff::tz::TimeZone::fixed(jiff::tz::offset(7)))
                .date();
            out.insert(file.to_string(), d);
        }
    }
    out
}

/// As the pipeline does with `--reference-date`: the article's own
/// reference first (latest explicit full date), else the publication time
/// from `meta.jsonl` standing in for the command-line date.
fn anchored(text: &str, fallback: Option<Date>) -> Vec<DateMention> {
    let own = run(text, None);
    if own
        .iter()
        .any(|m| m.reference.as_deref() == Some("latest_in_article"))
    {
        own
    } else {
        run(text, fallback)
    }
}

#[test]
#[ignore]
fn indosum_values() {
    let Some(dir) = data("news/indosum-dev") else {
        return;
    };
    let meta = std::fs::read_to_string(dir.join("meta.jsonl")).unwrap_or_default();
    let published = indosum_published(&meta);
    if std::env::var("DATES_LIST").is_ok() {
        // Lists mentions for hand-checking: DATES_LIST=00001,00002
        let list = std::env::var("DATES_LIST").unwrap();
        for f in list.split(',') {
            let file = format!("{f}.txt");
            let text = std::fs::read_to_string(dir.join(&file)).unwrap_or_default();
            let r = published.get(&file).copied();
            println!("== {file} published {r:?}");
            let own = run(&text, None);
            for (m, o) in anchored(&text, r).iter().zip(&own) {
                let a = m.start.saturating_sub(50);
                let a = (0..=a)
                    .rev()
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(0);
                let b = (m.end + 30).min(text.len());
                let b = (b..=text.len())
                    .find(|&k| text.is_char_boundary(k))
                    .unwrap_or(text.len());
                println!(
                    "  ({:?}, {:?}, {:?}),  // own: {:?} | {}",
                    file,
                    m.text,
                    m.value.clone().unwrap_or_default(),
                    o.value,
                    text[a..b].replace('\n', " ")
                );
            }
        }
        return;
    }
    let (mut ok, mut n) = (0, 0);
    for (file, needle, want) in INDOSUM_GOLD {
        let text = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        let r = published.get(*file).copied();
        let got = anchored(&text, r)
            .into_iter()
            .find(|m| m.text == *needle)
            .and_then(|m| m.value)
            .unwrap_or_default();
        n += 1;
        if got == *want {
            ok += 1;
        } else {
            println!("  WRONG {file} {needle:?}: got {got:?}, want {want:?}");
        }
    }
    println!(
        "IndoSum hand-checked values: {ok}/{n} = {:.3}",
        ok as f64 / n.max(1) as f64
    );
}

#[test]
#[ignore]
fn indosum_speed() {
    let Some(dir) = data("news/indosum-dev") else {
        return;
    };
    let mut texts = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        if e.path().extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(e.path()).unwrap_or_default());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let _ = run("Minggu (13/7/2025)", None); // load the lexicon outside the timing
    // Best of five passes: the machine may be shared.
    let mut secs = f64::MAX;
    let mut mentions = 0;
    for _ in 0..5 {
        let t = Instant::now();
        mentions = 0;
        for text in &texts {
            mentions += run(text, None).len();
        }
        secs = secs.min(t.elapsed().as_secs_f64());
    }
    println!(
        "date stage on IndoSum: {:.1} MB in {secs:.3}s = {:.1} MB/s, {mentions} mentions",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}

/// Prints the mentions of each line of the file named by `DATES_PROBE`,
/// anchored on `DATES_REF` (default 2025-07-13): a quick look at new forms.
#[test]
#[ignore]
fn probe() {
    let Ok(path) = std::env::var("DATES_PROBE") else {
        println!("DATES_PROBE unset, skipping");
        return;
    };
    let r: Date = std::env::var("DATES_REF")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(jiff::civil::date(2025, 7, 13));
    let src = std::fs::read_to_string(path).unwrap_or_default();
    for line in src.lines().filter(|l| !l.trim().is_empty()) {
        println!("{line}");
        for m in run(line, Some(r)) {
            println!(
                "    {:?} {} {}",
                m.text,
                m.kind,
                m.value.unwrap_or_else(|| "null".into())
            );
        }
    }
}
