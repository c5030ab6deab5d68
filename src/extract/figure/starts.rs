//! The tokens the figure scan visits, noted while lexing: digit runs, codes,
//! and words or marks that can begin a figure, each with its [`role`] bits
//! looked up once here (not again by the parser).
//!
//! Most visited words are common function words that only sometimes begin a
//! figure ("di" of "di atas 60", "dari", "hingga", "tidak", "ke"). A figure's
//! amount (digits, a fraction code or a number word) begins at most
//! [`Tables::reach`] tokens after its first token, so a start that is no
//! amount itself, with no amount start within that reach, is skipped without
//! parsing. This does not judge anything else: `parse::at` still decides.

use super::lex::{Kind, Tok};
use super::lexicon::{Tables, role};

/// A token that may start a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Start {
    /// Token index.
    pub k: usize,
    /// The token's [`role`] bits (0 for digits and codes).
    pub roles: u16,
    /// An amount can begin at this token (digits, a code, a number word).
    pub amount: bool,
    /// The first token at or after `k` where an amount can begin
    /// (`usize::MAX` when none follows); set by [`link`].
    pub next_amount: usize,
}

impl Start {
    /// True when no figure can start here: the token is no amount and no
    /// amount begins within `reach` tokens after it.
    pub fn hopeless(&self, reach: usize) -> bool {
        !self.amount && self.next_amount.saturating_sub(self.k) > reach
    }
}

/// Notes token `k` of `text` in `out` when it may start a figure (called by
/// the lexer for every token, in order).
#[inline(always)]
pub fn note(t: &Tables, text: &str, k: usize, tok: &Tok, out: &mut Vec<Start>) {
    let start = |roles: u16, amount: bool| Start {
        k,
        roles,
        amount,
        next_amount: usize::MAX,
    };
    match tok.kind {
        Kind::Num | Kind::Code => out.push(start(0, true)),
        Kind::Word | Kind::Punct => {
            if !t.may_start_at(text.as_bytes(), tok.start, tok.end) {
                return;
            }
            let r = t.roles_any_case(text.get(tok.start..tok.end).unwrap_or(""));
            // A word without the start bit never starts a figure
            // (`parse::may_start`); a mark may be a minus or a currency sign.
            if tok.kind == Kind::Punct || r & (role::START | role::AMOUNT) != 0 {
                out.push(start(r, tok.kind == Kind::Word && r & role::AMOUNT != 0));
            }
        }
        Kind::Break => {}
    }
}

/// Sets [`Start::next_amount`] of every start (one backward pass).
pub fn link(starts: &mut [Start]) {
    let mut next = usize::MAX;
    for s in starts.iter_mut().rev() {
        if s.amount {
            next = s.k;
        }
        s.next_amount = next;
    }
}
