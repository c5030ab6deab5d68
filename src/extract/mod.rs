//! Extraction of what an article mentions: dates and times (`date`), figures
//! (`figure`), and people, places and organizations (`names`). Each extractor
//! reads a segmented [`crate::model::Doc`] and returns mentions with byte spans.
//! Dates run first, figures skip what dates took, names skip both.

pub mod date;
pub mod figure;
pub mod names;
pub mod numlex;

/// Every file under `fixtures/` (seeds, stories, expectations), sorted by
/// path: real news text for the tests that check a fast path against the
/// slow one.
#[cfg(test)]
pub(crate) fn fixture_texts() -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        let Ok(rd) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<_> = rd.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                walk(&p, out);
            } else if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
    let mut out = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"),
        &mut out,
    );
    out
}
