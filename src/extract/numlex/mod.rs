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
    let mut w = Walk {
        index: dlex::index(),
        t,
        marks: &MARKS,
        cache: Cache::take(),
        dt,
        ds,
        ft,
        fs,
    };
    let b = text.as_bytes();
    w.dt.reserve(b.len() / 5 + 1);
    w.ft.reserve(b.len() / 5 + 1);
    let mut d = Scanner::new();
    let mut f = Lexer::default();
    while d.i < b.len() || f.i < b.len() {
        if d.i == f.i {
            w.synced(b, &mut d, &mut f);
            if d.i >= b.len() {
                break;
            }
            // A byte the two lexers may read differently: each takes its
            // own turn from there.
            w.step_date(text, &mut d);
            w.step_figure(text, &mut f);
        } else if d.i < f.i {
            // Apart after a token they split differently: the one behind
            // takes its turn.
            w.step_date(text, &mut d);
        } else {
            w.step_figure(text, &mut f);
        }
    }
}

/// What one walk writes to and reads from.
struct Walk<'a> {
    index: &'a Index,
    t: &'a Tables,
    marks: &'a [Option<u16>; 128],
    cache: Cache,
    dt: &'a mut Vec<dscan::Tok>,
    ds: &'a mut Vec<u32>,
    ft: &'a mut Vec<flex::Tok>,
    fs: &'a mut Vec<Start>,
}

impl Walk<'_> {
    /// The date scanner's own turn.
    fn step_date(&mut self, text: &str, d: &mut Scanner) {
        d.step(text, self.index, self.dt, self.ds);
    }

    /// The figure lexer's own turn (it notes its starts itself).
    fn step_figure(&mut self, text: &str, f: &mut Lexer) {
        let (t, fs) = (self.t, &mut *self.fs);
        f.step(text, self.ft, &mut |k, tok| {
            starts::note(t, text, k, tok, fs)
        });
    }

    /// Both lexers from their common offset while they read the bytes
    /// alike: each token is found once and pushed to both streams, with
    /// the two lexers' state kept here in locals. Stops at the end of the
    /// text or before a byte they may read differently, leaving both
    /// lexers there.
    fn synced(&mut self, b: &[u8], d: &mut Scanner, f: &mut Lexer) {
        const SPACE: u8 = dscan::SPACE;
        const SENT: u8 = dscan::SENT;
        let mut i = d.i;
        // The date scanner's flags for the next token (`line_start` and
        // `prev_ends` only ever count together), as its token bits, and
        // the figure lexer's.
        let mut pend = (u8::from(d.space) * SPACE) | (u8::from(d.line_start || d.prev_ends) * SENT);
        let mut glued = f.glued;
        // The streams as owned locals for the loop (put back at its end):
        // their lengths and pointers then need no reload through `self`.
        let (mut dt, mut ds) = (std::mem::take(self.dt), std::mem::take(self.ds));
        let (mut ft, mut fs) = (std::mem::take(self.ft), std::mem::take(self.fs));
        let (index, t, marks) = (self.index, self.t, self.marks);
        let slots = self.cache.slots();
        while let Some(&c) = b.get(i) {
            // `bits`: the date token's kind and case bits.
            let (e, bits, punct, fkind, lex);
            // `SENT` when the token ends a sentence.
            let mut ends = 0;
            // The byte after the token (0 at the end of the text).
            let after;
            // Most tokens are ASCII words: tested first, before the class
            // table's dispatch.
            if c.is_ascii_alphabetic() {
                let (end, key, next) = word(b, i);
                // A hyphen, apostrophe or non-ASCII letter may continue
                // the word for one lexer and not the other.
                if JOINS[usize::from(next)] {
                    break;
                }
                let facts = if end - i <= cache::MAX {
                    cache::get_key(slots, key, b, i, end, index, t)
                } else {
                    Facts::of(b.get(i..end).unwrap_or_default(), index, t)
                };
                // Most words start neither: one test for both.
                if facts.any_start() {
                    if facts.date_start() {
                        ds.push(dt.len() as u32);
                    }
                    if let Some(r) = facts.figure_start() {
                        fs.push(start(ft.len(), r, r & role::AMOUNT != 0));
                    }
                }
                (e, bits, punct) = (end, facts.word_bits(), 0);
                (fkind, lex, after) = (Kind::Word, facts.date_lex(), next);
            } else {
                match CLASSES[usize::from(c)] {
                    Class::Space => {
                        pend |= SPACE;
                        glued = false;
                        i += 1;
                        continue;
                    }
                    Class::Newline => {
                        pend |= SPACE | SENT;
                        glued = false;
                        if ft.last().is_some_and(|t| t.kind != Kind::Break) {
                            ft.push(flex::Tok {
                                start: i,
                                end: i + 1,
                                kind: Kind::Break,
                                glued: false,
                            });
                        }
                        i += 1;
                        continue;
                    }
                    Class::Digit => {
                        let end = dscan::number_end(b, i);
                        let (fe, k) = flex::number_end(b, i);
                        // Only a hyphen after the digits ("10-20", "0812-3456")
                        // splits them differently.
                        if fe != end {
                            break;
                        }
                        ds.push(dt.len() as u32);
                        fs.push(start(ft.len(), 0, true));
                        (e, bits, punct, fkind, lex) = (end, dscan::NUM, 0, k, 0);
                    }
                    Class::Mark => {
                        // ",5" may be a number for the figure lexer.
                        if c == b',' && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                            break;
                        }
                        if c == b'(' {
                            ds.push(dt.len() as u32);
                        }
                        if let Some(r) = marks[usize::from(c & 0x7f)] {
                            fs.push(start(ft.len(), r, false));
                        }
                        if matches!(c, b'.' | b'!' | b'?') {
                            ends = SENT;
                        }
                        (e, bits, punct, fkind, lex) = (i + 1, dscan::PUNCT, c, Kind::Punct, 0);
                    }
                    // A letter is read above.
                    Class::Letter | Class::Other => break,
                }
                after = b.get(e).copied().unwrap_or(0);
            }
            // A digit or a mark has no case bit.
            dt.push(dscan::Tok::with_bits(i, e, punct, lex, bits | pend));
            ft.push(flex::Tok {
                start: i,
                end: e,
                kind: fkind,
                glued,
            });
            (pend, glued) = (ends, true);
            i = e;
            // Most tokens end at one space: step over it here.
            if after == b' ' {
                (pend, glued) = (pend | SPACE, false);
                i += 1;
            }
        }
        (*self.dt, *self.ds, *self.ft, *self.fs) = (dt, ds, ft, fs);
        *d = Scanner {
            i,
            space: pend & SPACE != 0,
            line_start: pend & SENT != 0,
            prev_ends: false,
        };
        *f = Lexer { i, glued };
    }
}

/// A figure start at token `k` noted from cached facts (a lexer's own
/// turn notes its starts through `figure::starts::note`).
#[inline(always)]
fn start(k: usize, roles: u16, amount: bool) -> Start {
    Start {
        k,
        roles,
        amount,
        next_amount: usize::MAX,
    }
}

/// The end of the ASCII letters at `i` (a letter), the cache key of the
/// word there ([`cache::key`], meaningful up to [`cache::MAX`] bytes) and
/// the byte after the word (0 at the end of the text): the same two
/// eight-byte reads find all three.
#[inline(always)]
fn word(b: &[u8], i: usize) -> (usize, [u64; 2], u8) {
    let at = |e: usize| b.get(e).copied().unwrap_or(0);
    let Some(chunk) = b.get(i..i + 16) else {
        // Near the end of the text.
        let e = flex::ascii_letters_end(b, i + 1);
        return (e, cache::key(b, i, e), at(e));
    };
    let load = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
    let (lo, hi) = (load(&chunk[..8]), load(&chunk[8..]));
    let stops = flex::non_letters(lo);
    if stops != 0 {
        let n = (stops.trailing_zeros() / 8) as usize;
        return (i + n, [lo & cache::MASKS[n], 0], (lo >> (8 * n)) as u8);
    }
    let stops = flex::non_letters(hi);
    if stops != 0 {
        let n = (stops.trailing_zeros() / 8) as usize;
        return (i + 8 + n, [lo, hi & cache::MASKS[n]], (hi >> (8 * n)) as u8);
    }
    // Sixteen letters or more: the key holds for exactly sixteen.
    let e = flex::ascii_letters_end(b, i + 16);
    (e, [lo, hi], at(e))
}

/// The bytes after an ASCII word at which the two lexers may split it
/// differently: a hyphen, an apostrophe or a byte of a non-ASCII character.
static JOINS: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = c >= 0x80 || c == b'-' as usize || c == b'\'' as usize;
        c += 1;
    }
    t
};

#[cfg(test)]
pub(crate) mod tests;
