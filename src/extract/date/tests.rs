use super::*;

fn run(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let doc = Doc {
        text,
        paragraphs: &[],
        sentences: &[],
        tokens: &[],
    };
    extract(&doc, published)
}

#[test]
fn explore() {
    let r = Some(jiff::civil::date(2025, 7, 13));
    for s in std::fs::read_to_string("/tmp/explore.txt")
        .unwrap_or_default()
        .lines()
    {
        println!("## {s}");
        for m in run(s, r) {
            println!("   {:?} {} {:?} {:?}", m.text, m.kind, m.value, m.reference);
        }
    }
}
