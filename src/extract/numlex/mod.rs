//! One lexing pass over an article for the date and figure stages.
//!
//! Each stage has its own small lexer (`date::scan`, `figure::lex`): they
//! split text differently where it matters to them (a figure keeps
//! `kira-kira`, `0812-3456-7890` and `,5` whole; a date keeps `Jum'at`
//! before any letter and counts a no-break space as a mark), but on almost
//! every byte of news they agree: an ASCII word ended by a space or
//! punctuation, a digit run with `.`/`,`/`/`/`:` inside, one punctuation
//! mark, whitespace. [`lex`] walks the bytes once and, where the two agree,
//! classifies the byte and finds the token's end once for both; anywhere
//! else (a non-ASCII byte, a hyphen or apostrophe after a word, a hyphen
//! after digits, `,5`) it lets each lexer take its own turn from the same
//! offset until the two stand at the same offset again (at the latest at
//! the next ASCII whitespace, which no token of either crosses). Each
//! stream is therefore exactly what its own lexer gives (a test checks it
//! on real news and on random text).
//!
//! It does not parse anything: `date::extract_lexed` and
//! `figure::extract_lexed` read the streams.

use super::date::lexicon::{self as dlex, Index};
use super::date::scan::{self as dscan, Scanner};
use super::figure::lex::{self as flex, Kind, Lexer};
use super::figure::lexicon::{TABLES, Tables, role};
use super::figure::starts::{self, Start};
use cache::{Cache, Facts};
use std::cell::Cell;
use std::sync::LazyLock;

mod cache;

/// The two token streams of one text and the starts each stage visits.
#[derive(Debug, Default)]
pub struct Lexed {
    /// The length of the text lexed (a stage given another text lexes it
    /// itself).
    pub(crate) len: usize,
    pub(crate) date: Vec<dscan::Tok>,
    pub(crate) date_starts: Vec<u32>,
    pub(crate) figure: Vec<flex::Tok>,
    pub(crate) figure_starts: Vec<Start>,
}

/// The buffers of a [`Lexed`], kept for the next article.
type Buffers = (Vec<dscan::Tok>, Vec<u32>, Vec<flex::Tok>, Vec<Start>);

thread_local! {
    /// The buffers of the last [`Lexed`] dropped on this thread: growing
    /// them anew for each article costs more than lexing it.
    static SPARE: Cell<Option<Buffers>> = const { Cell::new(None) };
}

impl Drop for Lexed {
    fn drop(&mut self) {
        // A huge article's buffers are not kept.
        if self.date.capacity() <= 1 << 20 {
            let spare = (
                std::mem::take(&mut self.date),
                std::mem::take(&mut self.date_starts),
                std::mem::take(&mut self.figure),
                std::mem::take(&mut self.figure_starts),
            );
            // `try_with`: a thread being torn down keeps nothing.
            let _ = SPARE.try_with(|s| s.set(Some(spare)));
        }
    }
}

/// Lexes `text` for both stages.
pub fn lex(text: &str) -> Lexed {
    let (date, date_starts, figure, figure_starts) = SPARE
        .try_with(Cell::take)
        .ok()
        .flatten()
        .unwrap_or_default();
    let mut x = Lexed {
        len: text.len(),
        date,
        date_starts,
        figure,
        figure_starts,
    };
    let t = &*TABLES;
    if dscan::limit(text).len() == text.len() {
        fused(text, t, &mut x);
    } else {
        // Past 4 GiB the date scanner stops early: each lexer on its own.
        dscan::scan_into(text, &mut x.date, &mut x.date_starts);
        let fs = &mut x.figure_starts;
        fs.clear();
        flex::lex_with(text, &mut x.figure, |k, tok| {
            starts::note(t, text, k, tok, fs)
        });
    }
    starts::link(&mut x.figure_starts);
    x
}

/// What a byte begins, for the shared path.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ASCII whitespace other than a line break.
    Space,
    Newline,
    Letter,
    Digit,
    /// Any other ASCII byte: one punctuation token for both lexers.
    Mark,
    /// A byte of a non-ASCII character: each lexer reads it itself.
    Other,
}

const fn class(c: u8) -> Class {
    match c {
        b'\n' => Class::Newline,
        // `u8::is_ascii_whitespace` (not the vertical tab).
        b' ' | b'\t' | b'\x0C' | b'\r' => Class::Space,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        0x80.. => Class::Other,
        _ => Class::Mark,
    }
}

static CLASSES: [Class; 256] = {
    let mut t = [Class::Other; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = class(c as u8);
        c += 1;
    }
    t
};

/// Per ASCII byte, the roles of the mark when a figure may begin at it (a
/// minus, a currency sign), as `figure::starts::note` finds them.
static MARKS: LazyLock<[Option<u16>; 128]> = LazyLock::new(|| {
    let t = &*TABLES;
    std::array::from_fn(|c| {
        let w = [c as u8];
        t.may_start_at(&w, 0, 1)
            .then(|| t.roles_any_case(std::str::from_utf8(&w).unwrap_or("")))
    })
});

/// Both lexers in one walk (see the module doc). `text` is within the date
/// scanner's 4 GiB.
fn fused(text: &str, t: &Tables, x: &mut Lexed) {
    let Lexed {
        date: dt,
        date_starts: ds,
        figure: ft,
        figure_starts: fs,
        ..
    } = x;
    dt.clear();
    ds.clear();
    ft.clear();
    fs.clear();
    let index: &Index = dlex::index();
    let marks = &*MARKS;
    let mut cache = Cache::take();
    let b = text.as_bytes();
    dt.reserve(b.len() / 5 + 1);
    ft.reserve(b.len() / 5 + 1);
    // The figure starts of the tokens pushed here are noted here, from the
    // word's cached facts; a lexer's own turn notes its tokens itself.
    let quiet = &mut |_: usize, _: &flex::Tok| {};
    let start = |k: usize, roles: u16, amount: bool| Start {
        k,
        roles,
        amount,
        next_amount: usize::MAX,
    };
    let mut d = Scanner::new();
    let mut f = Lexer::default();
    while d.i < b.len() || f.i < b.len() {
        let i = d.i;
        if i != f.i {
            // Apart after a token they split differently: the one behind
            // takes its turn.
            if i < f.i {
                d.step(text, index, dt, ds);
            } else {
                f.step(text, ft, &mut |k, tok| starts::note(t, text, k, tok, fs));
            }
            continue;
        }
        let c = b[i];
        match CLASSES[usize::from(c)] {
            Class::Space => {
                d.white(c);
                f.white();
            }
            Class::Newline => {
                d.white(c);
                f.newline(ft);
            }
            Class::Letter => {
                let e = flex::ascii_letters_end(b, i + 1);
                // A hyphen, apostrophe or non-ASCII letter may continue the
                // word for one lexer and not the other.
                if b.get(e)
                    .is_some_and(|&n| n >= 0x80 || n == b'-' || n == b'\'')
                {
                    d.step(text, index, dt, ds);
                    f.step(text, ft, &mut |k, tok| starts::note(t, text, k, tok, fs));
                    continue;
                }
                let facts = if e - i <= cache::MAX {
                    cache.get(b, i, e, index, t)
                } else {
                    Facts::of(&b[i..e], index, t)
                };
                if facts.date_start() {
                    ds.push(dt.len() as u32);
                }
                d.push(b, dt, i, e, dscan::WORD, 0, facts.date_lex(), c);
                if let Some(r) = facts.figure_start() {
                    fs.push(start(ft.len(), r, r & role::AMOUNT != 0));
                }
                f.push(b, ft, i, e, Kind::Word, quiet);
            }
            Class::Digit => {
                let e = dscan::number_end(b, i);
                let (fe, kind) = flex::number_end(b, i);
                // Only a hyphen after the digits ("10-20", "0812-3456")
                // splits them differently.
                if fe != e {
                    d.step(text, index, dt, ds);
                    f.step(text, ft, &mut |k, tok| starts::note(t, text, k, tok, fs));
                    continue;
                }
                ds.push(dt.len() as u32);
                d.push(b, dt, i, e, dscan::NUM, 0, 0, c);
                fs.push(start(ft.len(), 0, true));
                f.push(b, ft, i, e, kind, quiet);
            }
            Class::Mark => {
                // ",5" may be a number for the figure lexer.
                if c == b',' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    d.step(text, index, dt, ds);
                    f.step(text, ft, &mut |k, tok| starts::note(t, text, k, tok, fs));
                    continue;
                }
                if c == b'(' {
                    ds.push(dt.len() as u32);
                }
                d.push(b, dt, i, i + 1, dscan::PUNCT, c, 0, c);
                if let Some(r) = marks[usize::from(c & 0x7f)] {
                    fs.push(start(ft.len(), r, false));
                }
                f.push(b, ft, i, i + 1, Kind::Punct, quiet);
            }
            Class::Other => {
                d.step(text, index, dt, ds);
                f.step(text, ft, &mut |k, tok| starts::note(t, text, k, tok, fs));
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
