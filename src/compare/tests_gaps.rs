//! Grouping rules added for the story gaps, on real sentences of other
//! stories run through the whole pipeline: a body's own act is not an
//! update of another body's act; a target is not a measured value.

use super::ClaimGroup;
use crate::analyze::{self, Knowledge, Settings};
use std::sync::LazyLock;

static SETTINGS: LazyLock<Settings> = LazyLock::new(|| Settings {
    knowledge: Knowledge::builtin(),
    reference_date: None,
});

/// The claim groups of articles given as (path, text).
pub(super) fn groups(arts: &[(&str, &str)]) -> Vec<ClaimGroup> {
    let sources = arts
        .iter()
        .map(|(p, t)| crate::corpus::Source {
            path: (*p).into(),
            text: (*t).into(),
            encoding: "UTF-8",
        })
        .collect();
    analyze::analyze(sources, Vec::new(), &SETTINGS).claims
}

/// The group holding the statement of `path` whose figure contains `needle`.
pub(super) fn group<'a>(gs: &'a [ClaimGroup], path: &str, needle: &str) -> Option<&'a ClaimGroup> {
    gs.iter().find(|g| {
        g.statements
            .iter()
            .any(|s| s.article == path && s.claim.mention_text().contains(needle))
    })
}

/// (what, articles, a needle of each article, same group?, status, note).
struct Row {
    what: &'static str,
    arts: [(&'static str, &'static str); 2],
    needles: [&'static str; 2],
    same: bool,
    status: &'static str,
    note: Option<&'static str>,
}

fn check(rows: &[Row]) {
    let mut fails = Vec::new();
    for r in rows {
        let gs = groups(&r.arts);
        let a = group(&gs, r.arts[0].0, r.needles[0]);
        let b = group(&gs, r.arts[1].0, r.needles[1]);
        let (Some(a), Some(b)) = (a, b) else {
            fails.push(format!("{}: a claim is missing: {gs:#?}", r.what));
            continue;
        };
        let same = std::ptr::eq(a, b);
        if same != r.same || (same && (a.status, a.note) != (r.status, r.note)) {
            fails.push(format!(
                "{}: same={same} {} {:?} ({:?}); b: {} {:?}",
                r.what, a.status, a.note, a.detail, b.status, b.note
            ));
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn two_bodies_reporting_their_own_acts_differ_by_source() {
    check(&[
        Row {
            what: "two bodies, each its own deployment: different_source",
            arts: [
                (
                    "a.txt",
                    "Bogor, Senin (10/3/2025) - Badan SAR Nasional mengerahkan 300 personel untuk mencari korban longsor di Cisarua.",
                ),
                (
                    "b.txt",
                    "Bogor, Selasa (11/3/2025) - \"Kami sudah menerjunkan 500 personel ke lokasi longsor,\" kata Kapolda Jawa Barat Irjen Rudi Setiawan.",
                ),
            ],
            needles: ["300", "500"],
            same: true,
            status: "conflict",
            note: Some("different_source"),
        },
        Row {
            what: "one body, two days: an update",
            arts: [
                (
                    "a.txt",
                    "Bogor, Senin (10/3/2025) - Badan SAR Nasional mengerahkan 300 personel untuk mencari korban longsor di Cisarua.",
                ),
                (
                    "b.txt",
                    "Bogor, Selasa (11/3/2025) - Badan SAR Nasional mengerahkan 450 personel untuk mencari korban longsor di Cisarua.",
                ),
            ],
            needles: ["300", "450"],
            same: true,
            status: "conflict",
            note: Some("update"),
        },
        Row {
            what: "a running total told by two bodies: an update",
            arts: [
                (
                    "a.txt",
                    "Bekasi, Senin (10/3/2025) - Menurut BNPB, banjir di Bekasi menewaskan 12 orang.",
                ),
                (
                    "b.txt",
                    "Bekasi, Rabu (12/3/2025) - BPBD Kota Bekasi mencatat banjir di Bekasi menewaskan 20 orang.",
                ),
            ],
            needles: ["12", "20"],
            same: true,
            status: "conflict",
            note: Some("update"),
        },
    ]);
}

#[test]
fn a_target_never_meets_the_measured_value() {
    check(&[
        Row {
            what: "a target and the measured rate: apart",
            arts: [
                (
                    "a.txt",
                    "Jakarta, Senin (10/3/2025) - BPS mencatat tingkat pengangguran terbuka sebesar 4,91 persen.",
                ),
                (
                    "b.txt",
                    "Jakarta, Selasa (11/3/2025) - Pemerintah menargetkan tingkat pengangguran terbuka sebesar 4,5 persen.",
                ),
            ],
            needles: ["4,91", "4,5"],
            same: false,
            status: "",
            note: None,
        },
        Row {
            what: "two targets: the same quantity",
            arts: [
                (
                    "a.txt",
                    "Jakarta, Senin (10/3/2025) - Pemerintah menargetkan tingkat pengangguran terbuka sebesar 4,5 persen.",
                ),
                (
                    "b.txt",
                    "Jakarta, Selasa (11/3/2025) - Bappenas menargetkan tingkat pengangguran terbuka 4,5 persen pada akhir tahun.",
                ),
            ],
            needles: ["4,5", "4,5"],
            same: true,
            status: "agree",
            note: None,
        },
    ]);
}

#[test]
fn a_share_of_events_is_not_a_share_of_the_noun() {
    check(&[
        Row {
            what: "a share of accidents and a share of vehicles: apart",
            arts: [
                (
                    "a.txt",
                    "Jakarta, Senin (23/12/2024) - \"Sebagian besar kecelakaan melibatkan sepeda motor, sekitar 72 persen,\" kata Kakorlantas.",
                ),
                (
                    "b.txt",
                    "Jakarta, Selasa (24/12/2024) - Sepeda motor mendominasi kendaraan yang melintas, yaitu 58 persen.",
                ),
            ],
            needles: ["72", "58"],
            same: false,
            status: "",
            note: None,
        },
        Row {
            what: "two shares of vehicles: one quantity",
            arts: [
                (
                    "a.txt",
                    "Jakarta, Senin (23/12/2024) - Sepeda motor mendominasi kendaraan yang melintas, yaitu 61 persen.",
                ),
                (
                    "b.txt",
                    "Jakarta, Selasa (24/12/2024) - Sepeda motor mendominasi kendaraan yang melintas, yaitu 58 persen.",
                ),
            ],
            needles: ["61", "58"],
            same: true,
            status: "conflict",
            note: Some("update"),
        },
    ]);
}
