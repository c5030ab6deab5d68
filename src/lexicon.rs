//! The name lexicon: known people, places and organizations with their
//! canonical name and aliases, from the built-in gazetteers (`src/data/lexicon/`)
//! and the user's `--lexicon` files, all parsed by this one code path.
//!
//! Format (one entity per line, `#` comments, fields separated by ` | `):
//!
//! ```text
//! # type | canonical name | alias | alias …
//! place | Amerika Serikat | AS | USA | Amrik
//! organization | Badan Nasional Pencarian dan Pertolongan | Basarnas
//! person | Joko Widodo | Jokowi
//! ```
//!
//! A later entry for the same canonical name (a user file after the built-in
//! data) adds aliases; an alias claimed by two entries goes to the later one,
//! so user files override the built-in data.
//!
//! ```
//! use corpus_analyze::lexicon::Lexicon;
//! let mut lex = Lexicon::default();
//! lex.extend("my.txt", "place | Korea Utara | Korut | DPRK\n").unwrap();
//! assert_eq!(lex.lookup("Korut").unwrap().canonical, "Korea Utara");
//! assert_eq!(lex.lookup("korut").unwrap().canonical, "Korea Utara");
//! ```

use crate::data::{DataError, lines};
use crate::extract::names::EntityKind;
use crate::extract::names::fx::{FxMap, HashTable, hash_str};
use std::sync::LazyLock;

/// The built-in lexicon files: (file name, contents).
pub(crate) const BUILTIN: &[(&str, &str)] = &[
    ("countries.txt", include_str!("data/lexicon/countries.txt")),
    ("regions.txt", include_str!("data/lexicon/regions.txt")),
    (
        "world_cities.txt",
        include_str!("data/lexicon/world_cities.txt"),
    ),
    ("indonesia.txt", include_str!("data/lexicon/indonesia.txt")),
    (
        "organizations.txt",
        include_str!("data/lexicon/organizations.txt"),
    ),
    ("media.txt", include_str!("data/lexicon/media.txt")),
    ("platforms.txt", include_str!("data/lexicon/platforms.txt")),
    ("people.txt", include_str!("data/lexicon/people.txt")),
    ("sports.txt", include_str!("data/lexicon/sports.txt")),
    ("companies.txt", include_str!("data/lexicon/companies.txt")),
];

/// One known entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexEntry {
    pub kind: EntityKind,
    pub canonical: String,
    pub aliases: Vec<String>,
}

/// Known entities, looked up by any of their surface forms.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    entries: Vec<LexEntry>,
    /// Exact surface form → entry index.
    exact: FxMap<String, usize>,
    /// Lowercased surface form → entry index (fallback for case variants).
    folded: FxMap<String, usize>,
    /// Hashes of the leading letters and digits of every surface form, exact
    /// and lowercased, with the most words of a surface starting so (low and
    /// high four bits): lets a matcher skip the words no name starts with.
    lead_hashes: Vec<(u64, u16)>,
    leads: HashTable,
    /// The longest surface form, in words.
    max_words: usize,
    /// Changes whenever the entries change (0: the empty lexicon); a clone
    /// keeps it, as it holds the same entries. Lets a cache of lookups by
    /// word tell whose answers it holds (`Lexicon::builtin` clones).
    generation: u64,
}

/// The next [`Lexicon::generation`] (0 is the empty lexicon's).
fn next_generation() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

static BUILTIN_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon::default();
    for (file, src) in BUILTIN {
        // The built-in data is tested; a malformed line there is a bug caught by the data tests.
        let _ = lex.extend(file, src);
    }
    lex
});

impl Lexicon {
    /// The built-in lexicon (parsed once).
    pub fn builtin() -> Lexicon {
        BUILTIN_LEXICON.clone()
    }

    /// Adds the entries of a lexicon file.
    pub fn extend(&mut self, file: &str, src: &str) -> Result<(), DataError> {
        // First: an early error return still leaves changed entries.
        self.generation = next_generation();
        for line in lines(file, src) {
            let mut fields = line.fields();
            let kind = match fields.next() {
                Some("person") => EntityKind::Person,
                Some("place") => EntityKind::Place,
                Some("organization") => EntityKind::Organization,
                other => {
                    return Err(line.error(format!(
                        "type must be person, place or organization, not {:?}",
                        other.unwrap_or("")
                    )));
                }
            };
            let canonical = match fields.next() {
                Some(c) if !c.is_empty() => c.to_string(),
                _ => return Err(line.error("missing canonical name")),
            };
            let aliases: Vec<String> = fields
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect();
            let idx = match self
                .entries
                .iter()
                .position(|e| e.kind == kind && e.canonical == canonical)
            {
                Some(i) => i,
                None => {
                    self.entries.push(LexEntry {
                        kind,
                        canonical: canonical.clone(),
                        aliases: Vec::new(),
                    });
                    self.entries.len() - 1
                }
            };
            for a in &aliases {
                if !self.entries[idx].aliases.contains(a) {
                    self.entries[idx].aliases.push(a.clone());
                }
            }
            for surface in std::iter::once(&canonical).chain(&aliases) {
                self.exact.insert(surface.clone(), idx);
                self.folded.insert(surface.to_lowercase(), idx);
                let lead = leading(surface);
                let words = token_words(surface).min(15) as u16;
                self.lead_hashes.push((hash_str(lead), words));
                self.lead_hashes
                    .push((hash_str(&lead.to_lowercase()), words << 4));
                self.max_words = self.max_words.max(surface.split_whitespace().count());
            }
        }
        let mut most: FxMap<u64, u16> = FxMap::default();
        for &(h, w) in &self.lead_hashes {
            let m = most.entry(h).or_default();
            *m = (*m & 0xf).max(w & 0xf) | (*m & 0xf0).max(w & 0xf0);
        }
        self.leads = HashTable::new(most);
        Ok(())
    }

    /// The entry a surface form names: exact match first, then case-insensitive.
    pub fn lookup(&self, surface: &str) -> Option<&LexEntry> {
        self.exact
            .get(surface)
            .or_else(|| self.folded.get(&surface.to_lowercase()))
            .map(|&i| &self.entries[i])
    }

    /// The entry a surface form names, matching case exactly.
    pub fn lookup_exact(&self, surface: &str) -> Option<&LexEntry> {
        self.exact.get(surface).map(|&i| &self.entries[i])
    }

    /// The most words (word and number tokens) of a surface form that starts
    /// with a word whose leading letters and digits hash (`hash_str`) to
    /// `lead`; 0 when none does. A fast filter before [`Self::lookup_exact`]:
    /// false positives are possible, misses are not.
    pub fn start_words(&self, lead: u64) -> usize {
        (self.leads.get(lead) & 0xf) as usize
    }

    /// [`Self::start_words`] for the hash of a lowercased lead, before [`Self::lookup`].
    pub fn start_words_folded(&self, lead: u64) -> usize {
        ((self.leads.get(lead) >> 4) & 0xf) as usize
    }

    pub fn entries(&self) -> &[LexEntry] {
        &self.entries
    }

    /// Identifies the entries: two lexicons with the same generation hold
    /// the same entries (a clone keeps it, every change makes a new one).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The longest surface form, in words (bounds the lookahead of matchers).
    pub fn max_words(&self) -> usize {
        self.max_words
    }
}

/// The number of word and number tokens of a surface form, as the project
/// tokenizer cuts it (`H.M. Prasetyo` is three).
fn token_words(surface: &str) -> usize {
    use crate::model::TokenKind;
    crate::token::segment(surface)
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .count()
        .max(1)
}

/// The leading run of letters and digits of a surface form (`Asia` of
/// `Asia-Pasifik`, `H` of `H.M. Prasetyo`).
pub fn leading(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_entries_add_aliases_and_override() {
        let mut lex = Lexicon::default();
        lex.extend("a.txt", "place | Amerika Serikat | AS\n")
            .unwrap();
        lex.extend(
            "b.txt",
            "place | Amerika Serikat | USA\norganization | Asosiasi Sepakbola | AS\n",
        )
        .unwrap();
        assert_eq!(lex.lookup("USA").unwrap().canonical, "Amerika Serikat");
        assert_eq!(lex.lookup("AS").unwrap().canonical, "Asosiasi Sepakbola");
        assert_eq!(lex.entries()[0].aliases, ["AS", "USA"]);
    }

    #[test]
    fn bad_type_names_file_and_line() {
        let err = Lexicon::default()
            .extend("u.txt", "\nthing | X\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "u.txt:2: type must be person, place or organization, not \"thing\""
        );
    }
}
