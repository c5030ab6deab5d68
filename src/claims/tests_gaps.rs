//! Table tests of the claim-reading rules added for the story gaps:
//! modality (target / forecast / plan), with real sentences of other stories.

use super::tests::pipeline;

/// (sentence, figure text, modality).
type ModalityRow = (&'static str, &'static str, Option<&'static str>);

#[test]
fn a_target_forecast_or_plan_is_not_a_measured_value() {
    let table: &[ModalityRow] = &[
        (
            "Bank Indonesia menargetkan inflasi 2026 berada dalam kisaran 2,5 persen plus minus 1 persen.",
            "2,5 persen",
            Some("target"),
        ),
        (
            "Badan Pusat Statistik mencatat inflasi tahunan pada September 2025 sebesar 2,65 persen.",
            "2,65 persen",
            None,
        ),
        (
            "KPU menargetkan tingkat partisipasi pemilih mencapai 77,5 persen pada Pilkada 2024.",
            "77,5 persen",
            Some("target"),
        ),
        (
            "Inflasi tahun depan diproyeksikan berada di kisaran 2,8 persen.",
            "2,8 persen",
            Some("forecast"),
        ),
        (
            "Pemprov DKI Jakarta berencana membangun 1.000 unit rumah susun bagi korban kebakaran.",
            "1.000 unit rumah",
            Some("plan"),
        ),
        // The act after another figure is a clause of its own: measured.
        (
            "Dinas Pariwisata menargetkan 500.000 wisatawan tahun ini dan hingga Juni telah datang 210.000 wisatawan.",
            "210.000 wisatawan",
            None,
        ),
        // A hedge estimates a measured value: no modality.
        (
            "Kerugian akibat banjir bandang itu diperkirakan mencapai Rp 12 miliar.",
            "Rp 12 miliar",
            None,
        ),
        // The target after the figure is not the figure's.
        (
            "Realisasi penerimaan pajak mencapai Rp 1.688 triliun atau 94 persen dari target.",
            "Rp 1.688 triliun",
            None,
        ),
    ];
    let mut fails = Vec::new();
    for &(text, needle, want) in table {
        let claims = pipeline(text);
        match claims.iter().find(|c| c.mention_text().contains(needle)) {
            None => fails.push(format!(
                "{text}: no claim {needle:?} in {:?}",
                claims
                    .iter()
                    .map(|c| (c.mention_text(), &c.class))
                    .collect::<Vec<_>>()
            )),
            Some(c) if c.modality != want => {
                fails.push(format!("{text}: {:?}, want {want:?}", c.modality))
            }
            Some(_) => {}
        }
    }
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}
