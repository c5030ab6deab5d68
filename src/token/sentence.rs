//! Sentence boundaries inside one paragraph, decided on its tokens.
//!
//! A sentence ends at `.`, `!`, `?` (and runs like `?!`) unless the next word
//! starts in lowercase (`"Merdeka!" teriak mereka.`); at an ellipsis or a
//! sentence-closing abbreviation (`dll.`) only before a capitalized word.
//! Abbreviations, initials, decimals and times never reach this stage as a
//! period of their own: the tokenizer keeps them inside their token. Closing
//! quotes and brackets glued after the mark stay with the sentence
//! (`… kata dia."`). It never looks across the paragraph.

use super::chars::{is_closer, is_opener};
use super::lists::Lists;
use crate::model::{Sentence, Span, Token, TokenKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `.`, `!`, `?`: ends a sentence unless a lowercase word follows.
    Strong,
    /// `...`, `…`, `dll.`: ends a sentence only before a capitalized word.
    Weak,
}

/// Appends the sentences of one paragraph; `tokens` are the paragraph's
/// tokens, which start at index `offset` of the article's token list.
pub(crate) fn split(
    text: &str,
    tokens: &[Token],
    offset: usize,
    lists: &Lists,
    out: &mut Vec<Sentence>,
) {
    let n = tokens.len();
    let mut s = 0;
    let mut i = 0;
    while i < n {
        let Some(mark) = end_mark(text, &tokens[i], lists) else {
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
        let list_marker = mark == Mark::Strong && s == 0 && i == 1 && is_list_marker(text, &tokens[0]);
        if !list_marker && starts_sentence(text, tokens, j, mark) {
            push(tokens, offset, s, j, out);
            s = j;
        }
        i = j;
    }
    if s < n {
        push(tokens, offset, s, n, out);
    }
}

fn push(tokens: &[Token], offset: usize, s: usize, e: usize, out: &mut Vec<Sentence>) {
    out.push(Sentence {
        span: Span::new(tokens[s].start, tokens[e - 1].end),
        tokens: offset + s..offset + e,
    });
}

fn end_mark(text: &str, t: &Token, lists: &Lists) -> Option<Mark> {
    let s = t.text(text);
    match t.kind {
        TokenKind::Punct if s == "." || s.bytes().all(|c| c == b'!' || c == b'?') => {
            Some(Mark::Strong)
        }
        TokenKind::Punct if s.starts_with("..") || s.starts_with('…') => Some(Mark::Weak),
        TokenKind::Word if s.ends_with('.') && lists.abbreviation(s).is_some_and(|a| a.may_end) => {
            Some(Mark::Weak)
        }
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

fn starts_sentence(text: &str, tokens: &[Token], j: usize, mark: Mark) -> bool {
    let t = &tokens[j];
    let s = t.text(text);
    let first = s.chars().next().unwrap_or(' ');
    match mark {
        Mark::Strong => match t.kind {
            TokenKind::Punct => is_opener(s),
            _ => !first.is_lowercase(),
        },
        Mark::Weak => {
            if is_opener(s) {
                return tokens
                    .get(j + 1)
                    .and_then(|nx| nx.text(text).chars().next())
                    .is_some_and(char::is_uppercase);
            }
            first.is_uppercase()
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
