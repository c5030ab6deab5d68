//! Shapes: boilerplate told by its form rather than by a phrase. The one shape
//! is `initials`, the desk code that closes Indonesian news items: a line, or
//! the end of the last sentence, that is only "(ard)", "(ugo/djm)", "[sau]".
//!
//! It judges one line; `find` decides when shapes are enabled (`shape:` markers).

/// Letters in one initials group ("rachmi" in "(rachmi/sir)").
const GROUP_MAX: usize = 8;
/// Groups in one code ("(den/asa)").
const GROUPS_MAX: usize = 3;

/// The span (within `line`) of initials that close it: the whole line when the
/// code stands alone, else the code after a finished sentence ("… kata dia. (ard)").
pub fn initials(line: &str) -> Option<(usize, usize)> {
    let trimmed = line.trim_end();
    let close = trimmed.chars().next_back()?;
    let open_char = match close {
        ')' => '(',
        ']' => '[',
        _ => return None,
    };
    let open = trimmed.rfind(open_char)?;
    if !is_code(&trimmed[open + 1..trimmed.len() - 1]) {
        return None;
    }
    let before = trimmed[..open].trim_end();
    if before.trim_start().is_empty() {
        return Some((0, line.len()));
    }
    let prev = before.chars().next_back()?;
    matches!(prev, '.' | '!' | '?' | '"' | '”' | '’' | ')' | ']').then_some((open, trimmed.len()))
}

/// "ard", "ugo/djm", "rachmi/sir": lowercase letter groups joined by `/`.
fn is_code(s: &str) -> bool {
    let groups: Vec<&str> = s.split('/').collect();
    groups.len() <= GROUPS_MAX
        && groups.iter().all(|g| {
            (1..=GROUP_MAX).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_lowercase())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_table() {
        let rows: &[(&str, Option<&str>)] = &[
            ("(ard)", Some("(ard)")),
            ("(ugo/djm)", Some("(ugo/djm)")),
            ("[sau]", Some("[sau]")),
            ("  (rachmi/sir)  ", Some("  (rachmi/sir)  ")),
            (
                "Pemerintah menjamin stok beras aman. (rsa/rsa)",
                Some("(rsa/rsa)"),
            ),
            ("\"Kami siap,\" katanya.\" [feb]", Some("[feb]")),
            ("untuk Diisi TNI) (agk/agk)", Some("(agk/agk)")),
            // Not initials.
            ("Badan Pusat Statistik (BPS)", None),
            ("Harga gas elpiji (persero)", None),
            ("Tim diperkuat pemain asing (Uji Coba)", None),
            ("Kata dia. (Antara)", None),
            ("(KPK)", None),
            ("(2024)", None),
            ("()", None),
            ("(a/b/c/d)", None),
            ("(sangatpanjang)", None),
            ("", None),
            (")", None),
        ];
        for &(line, want) in rows {
            let got = initials(line).map(|(s, e)| &line[s..e]);
            assert_eq!(got, want, "{line:?}");
        }
    }
}
