//! The seed corpus: what issue 5 says must show. Same format as the story
//! fixtures' `expected.claims`, kept here because `fixtures/seeds/` is shared.

mod claims_support;

use claims_support as stories;
use std::path::PathBuf;

const EXPECTED: &str = "
# The troop figures of three outlets form one group that agrees.
agree | * | 001_46c93247f30203d2.txt=10.000, 003_6b55f51ad713d331.txt=11.000, 004_b6a996e676aab42a.txt=11.000
# The additional 25.000 to 30.000 is kept apart.
apart | 003_6b55f51ad713d331.txt=25.000, 003_6b55f51ad713d331.txt=11.000
# The 6.000 workers of two outlets agree.
agree | * | 001_46c93247f30203d2.txt=6.000, 002_c4a837ce9a3cc84f.txt=6.000
# The three-day visit of two outlets agrees.
agree | * | 002_c4a837ce9a3cc84f.txt=tiga hari, 003_6b55f51ad713d331.txt=tiga hari
# The invasion in February 2022 of two outlets agrees.
agree | * | 001_46c93247f30203d2.txt=Februari 2022, 004_b6a996e676aab42a.txt=Februari 2022
# One outlet each.
unique | * | 002_c4a837ce9a3cc84f.txt=40
unique | * | 001_46c93247f30203d2.txt=12 juta
unique | * | 000_70baf821c2d55fdd.txt=dua kali
";

#[test]
fn seeds_show_what_issue_5_asks() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("temp dir");
    for e in std::fs::read_dir(root.join("fixtures/seeds")).expect("seeds") {
        let p = e.expect("entry").path();
        std::fs::copy(&p, tmp.path().join(p.file_name().expect("name"))).expect("copy");
    }
    std::fs::write(tmp.path().join("expected.claims"), EXPECTED).expect("write");
    let fails = stories::check_story(tmp.path());
    assert!(fails.is_empty(), "{}", fails.join("\n"));
    // Each unique claim keeps its attribution.
    let c = stories::analyze_dir(tmp.path());
    let source = |file: &str, needle: &str| {
        c.claims
            .iter()
            .flat_map(|g| &g.statements)
            .find(|s| s.article.ends_with(file) && s.claim.mention_text().contains(needle))
            .and_then(|s| {
                let a = s.claim.attribution.as_ref()?;
                Some(format!("{} {}", a.source, a.via.as_deref().unwrap_or("")))
            })
    };
    assert!(source("002_c4a837ce9a3cc84f.txt", "40").is_some_and(|s| s.contains("Budanov")));
    assert!(source("001_46c93247f30203d2.txt", "12 juta").is_some_and(|s| s.contains("Yonhap")));
}
