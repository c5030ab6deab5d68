//! The byte classes of a token, kept in [`crate::model::Token::class`]: the
//! class of its first byte (the low six bits) and the union of the classes
//! of the other bytes (the next six), so that a 4096-entry table indexed by
//! the field can tell what follows from both (the name view's word shapes).
//!
//! The tokenizer reads every byte of the text once; recording here what it
//! saw spares the later stages (the name view above all) a second pass over
//! the bytes of every token to learn its case, digits and hyphens. It says
//! nothing about Unicode letters beyond "a byte >= 0x80" ([`HIGH`]).

/// `a`-`z`.
pub const LOWER: u8 = 1;
/// `A`-`Z`.
pub const UPPER: u8 = 2;
/// `0`-`9`.
pub const DIGIT: u8 = 4;
/// Any byte >= 0x80 (part of a non-ASCII character).
pub const HIGH: u8 = 8;
/// `-`.
pub const HYPHEN: u8 = 16;
/// Any other ASCII byte (punctuation, spaces, controls).
pub const OTHER: u8 = 32;

/// The class of each byte.
pub const BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_lowercase() {
            LOWER
        } else if b.is_ascii_uppercase() {
            UPPER
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b >= 0x80 {
            HIGH
        } else if b == b'-' {
            HYPHEN
        } else {
            OTHER
        };
        c += 1;
    }
    t
};

/// The union of the [`BYTE`] classes of `b`.
#[inline]
pub fn union(b: &[u8]) -> u8 {
    let mut quads = b.chunks_exact(4);
    let mut f = 0;
    for q in &mut quads {
        f |= BYTE[q[0] as usize] | BYTE[q[1] as usize] | BYTE[q[2] as usize] | BYTE[q[3] as usize];
    }
    quads
        .remainder()
        .iter()
        .fold(f, |f, &c| f | BYTE[c as usize])
}

/// The packed classes of a token's bytes `b` (what `Token::class` holds).
#[inline]
pub fn of(b: &[u8]) -> u16 {
    match b.split_first() {
        Some((&c, r)) => pack(BYTE[c as usize], union(r)),
        None => 0,
    }
}

/// The number of distinct packed values: a table indexed by them has this size.
pub const PACKED: usize = 1 << 12;

/// Packs the first byte's class and the union of the others'.
#[inline(always)]
pub const fn pack(first: u8, rest: u8) -> u16 {
    first as u16 | (rest as u16) << 6
}

/// The class of the first byte.
#[inline(always)]
pub const fn first(c: u16) -> u8 {
    (c & 63) as u8
}

/// The union of the classes of the bytes after the first.
#[inline(always)]
pub const fn rest(c: u16) -> u8 {
    (c >> 6) as u8
}

/// The union of the classes of all the bytes.
#[inline(always)]
pub const fn all(c: u16) -> u8 {
    first(c) | rest(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The field lives in the padding after `kind`: tokens stay 40 bytes.
    #[test]
    fn the_field_keeps_tokens_small() {
        assert_eq!(size_of::<crate::model::Token>(), 40);
    }

    #[test]
    fn packs_first_and_rest() {
        let rows: [(&str, u8, u8); 8] = [
            ("", 0, 0),
            ("Jakarta", UPPER, LOWER),
            ("KPK", UPPER, UPPER),
            ("iPhone", LOWER, UPPER | LOWER),
            ("G20", UPPER, DIGIT),
            ("Élysée", HIGH, HIGH | LOWER),
            ("anak-anak", LOWER, LOWER | HYPHEN),
            ("Dr.", UPPER, LOWER | OTHER),
        ];
        for (w, f, r) in rows {
            let c = of(w.as_bytes());
            assert_eq!((first(c), rest(c), all(c)), (f, r, f | r), "{w}");
            assert!(usize::from(c) < PACKED);
        }
    }
}
