//! Sentence boundaries inside one paragraph, decided on its tokens.
//!
//! A sentence ends at `.`, `!`, `?` (and runs like `?!`) unless the next word
//! starts in lowercase (`"Merdeka!" teriak mereka.`); at an ellipsis or a
//! sentence-closing abbreviation (`dll.`) only before a capitalized word.
//! Abbreviations, initials, decimals and times never reach this stage as a
//! period of their own: the tokenizer keeps them inside their token. Closing
//! quotes and brackets glued after the mark stay with the sentence
//! (`… kata dia."`). A quotation that closes later in the same paragraph is
//! not split (`"Harga naik. Kami rugi," kata dia.` is one sentence, so the
//! speaker stays with the words); a quotation left open (quotes that run over
//! several paragraphs) is split as usual. It never looks across the paragraph.

use super::chars::{is_closer, is_opener};
use super::lists::Lists;
use crate::model::{Sentence, Span, Token, TokenKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `.`, `!`, `?`: ends a sentence unless a lowercase word follows.
    Strong,
    /// `...`, `…`, `dll.`: ends a sentence only before a capitalized word.
    Weak,
    /// An initial's period (`I.`, `S.`): ends a sentence only before a
    /// capitalized function word (`Puskesmas Sumbang I. Sebanyak 40 siswa …`);
    /// before a name it is part of the name (`M. Hatta`).
    Initial,
}

/// Appends the sentences of one paragraph; `tokens` are the paragraph's
/// tokens, which start at index `offset` of the article's token list.
/// `read` (sorted, article indices) holds every token that may end a
/// sentence or open a quotation; the others are plain words, skipped unread.
pub(crate) fn split(
    text: &str,
    tokens: &[Token],
    offset: usize,
    read: &[usize],
    lists: &Lists,
    out: &mut Vec<Sentence>,
) {
    let n = tokens.len();
    let mut quotes = Quotes::default();
    let mut quote_end = 0;
    let mut s = 0;
    let mut i = 0;
    let bytes = text.as_bytes();
    let mut next = read.iter().map(|&k| k - offset).peekable();
    while i < n {
        // The next token at or after `i` worth reading.
        while next.next_if(|&k| k < i).is_some() {}
        let Some(&k) = next.peek() else {
            break;
        };
        i = k;
        if i >= n {
            break;
        }
        let t = &tokens[i];
        let first = bytes[t.start];
        let quote = first == b'"' || first == 0xE2;
        // Most tokens are words without a final period: no mark, no lookup.
        let maybe = match t.kind {
            TokenKind::Punct => true,
            TokenKind::Word => bytes[t.end - 1] == b'.',
            _ => false,
        };
        // One test for the common case, decided without a branch per condition.
        if !(quote | maybe) {
            i += 1;
            continue;
        }
        if quote && i >= quote_end {
            quote_end = quotes.end_of_quotation(text, tokens, i).unwrap_or(0);
        }
        let Some(mark) = maybe.then(|| end_mark(text, t, lists)).flatten() else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < n && tokens[j].start == tokens[j - 1].end && stays(text, tokens, j, lists) {
            j += 1;
        }
        if j >= n {
            break;
        }
        // `1.`, `IV.` or an initial (`A.`) opening the paragraph: a list item.
        let list_marker = s == 0
            && match mark {
                Mark::Strong => i == 1 && is_list_marker(text, &tokens[0]),
                Mark::Initial => i == 0,
                Mark::Weak => false,
            };
        let quoted = j <= quote_end;
        if !list_marker && !quoted && starts_sentence(text, tokens, j, mark, lists) {
            push(tokens, offset, s, j, out);
            s = j;
        }
        i = j;
    }
    if s < n {
        push(tokens, offset, s, n, out);
    }
}

/// A quotation mark's role: which style (0 straight, 1 curly) and whether it opens.
#[derive(Clone, Copy)]
struct Quote {
    style: usize,
    opens: bool,
}

/// Whether token `i` opens or closes a quotation. A straight quote opens when
/// it is glued to the word after it only, and closes when glued to what comes before.
fn quote_role(text: &str, tokens: &[Token], i: usize) -> Option<Quote> {
    let t = &tokens[i];
    match t.text(text) {
        "\u{201C}" => Some(Quote {
            style: 1,
            opens: true,
        }),
        "\u{201D}" => Some(Quote {
            style: 1,
            opens: false,
        }),
        "\"" => {
            let before = i > 0 && tokens[i - 1].end == t.start;
            let after = tokens.get(i + 1).is_some_and(|nx| nx.start == t.end);
            match (before, after) {
                (false, true) => Some(Quote {
                    style: 0,
                    opens: true,
                }),
                (true, _) => Some(Quote {
                    style: 0,
                    opens: false,
                }),
                (false, false) => None,
            }
        }
        _ => None,
    }
}

/// Finds where quotations close. Searches run forward from an opening quote;
/// a search that finds no closing quote is remembered, so a paragraph full of
/// unmatched quotes is still scanned in linear time.
#[derive(Default)]
struct Quotes {
    /// Per style: the first index from which no closing quote follows.
    none_after: [Option<usize>; 2],
}

impl Quotes {
    /// The index of the quote closing the quotation that token `i` opens, if any.
    fn end_of_quotation(&mut self, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
        let q = quote_role(text, tokens, i).filter(|q| q.opens)?;
        if self.none_after[q.style].is_some_and(|k| k <= i) {
            return None;
        }
        let found = (i + 1..tokens.len()).find(|&k| {
            let b = text.as_bytes()[tokens[k].start];
            (b == b'"' || b == 0xE2)
                && quote_role(text, tokens, k).is_some_and(|c| !c.opens && c.style == q.style)
        });
        if found.is_none() {
            self.none_after[q.style] = Some(i);
        }
        found
    }
}

fn push(tokens: &[Token], offset: usize, s: usize, e: usize, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span::new(tokens[s].start, tokens[e - 1].end),
        tokens: offset + s..offset + e,
    });
}

fn end_mark(text: &str, t: &Token, lists: &Lists) -> Option<Mark> {
    let b = &text.as_bytes()[t.start..t.end];
    match t.kind {
        TokenKind::Punct => match b {
            b"." => Some(Mark::Strong),
            [b'.', b'.', ..] | [0xE2, 0x80, 0xA6, ..] => Some(Mark::Weak),
            _ if b.iter().all(|&c| c == b'!' || c == b'?') => Some(Mark::Strong),
            _ => None,
        },
        TokenKind::Word if b.last() == Some(&b'.') => match lists.abbreviation(t.text(text)) {
            Some(a) => a.may_end.then_some(Mark::Weak),
            None => (b.len() == 2 && b[0].is_ascii_uppercase()).then_some(Mark::Initial),
        },
        _ => None,
    }
}

/// Whether the glued token `j` after an end mark still belongs to the sentence:
/// a closing quote or bracket, or more end punctuation (`?).`).
fn stays(text: &str, tokens: &[Token], j: usize, lists: &Lists) -> bool {
    let t = tokens[j].text(text);
    if end_mark(text, &tokens[j], lists) == Some(Mark::Strong) {
        return true;
    }
    if !is_closer(t) {
        return false;
    }
    // A straight quote glued to the next word opens that word's quotation.
    let straight = t == "\"" || t == "'";
    let opens_next = tokens.get(j + 1).is_some_and(|nx| {
        nx.start == tokens[j].end && matches!(nx.kind, TokenKind::Word | TokenKind::Number)
    });
    !(straight && opens_next)
}

fn starts_sentence(text: &str, tokens: &[Token], j: usize, mark: Mark, lists: &Lists) -> bool {
    let t = &tokens[j];
    let s = t.text(text);
    let first = s.chars().next().unwrap_or(' ');
    match mark {
        Mark::Strong => match t.kind {
            TokenKind::Punct => is_opener(s),
            // `PMK.011`: a period glued to a number inside a code.
            TokenKind::Number if t.start == tokens[j - 1].end => false,
            _ => !first.is_lowercase(),
        },
        Mark::Weak => {
            if is_opener(s) && s != "(" && s != "[" {
                return tokens
                    .get(j + 1)
                    .and_then(|nx| nx.text(text).chars().next())
                    .is_some_and(char::is_uppercase);
            }
            first.is_uppercase()
        }
        Mark::Initial => {
            t.kind == TokenKind::Word && first.is_uppercase() && lists.is_function_word(s)
        }
    }
}

/// `1.`, `a.`, `IV.` opening a paragraph: a list item, not a sentence.
fn is_list_marker(text: &str, t: &Token) -> bool {
    let s = t.text(text);
    match t.kind {
        TokenKind::Number => s.len() <= 3 && s.bytes().all(|c| c.is_ascii_digit()),
        TokenKind::Word => {
            s.chars().count() == 1
                || (s.len() <= 4 && s.bytes().all(|c| matches!(c, b'I' | b'V' | b'X')))
        }
        _ => false,
    }
}
