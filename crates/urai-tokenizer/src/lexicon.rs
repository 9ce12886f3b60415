//! The word knowledge the tokenizer needs: a root list, a lenient affix analyser that says whether a word is
//! derivable from a known root, the lexicalised words that look like host + clitic but stay whole, and the
//! abbreviations that keep their period.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::path::Path;
use std::sync::LazyLock;

use crate::{Error, Result};

const EMBEDDED_ROOTS: &str = include_str!("../data/tokenizer/roots.txt");
const EMBEDDED_WHOLE: &str = include_str!("../data/tokenizer/clitic-whole.txt");
const EMBEDDED_ABBREVIATIONS: &str = include_str!("../data/tokenizer/abbreviations.txt");

/// Lexical resources used by the tokenizer. The embedded default is parsed once; a user may build one from
/// their own files with [`Lexicon::from_files`].
#[derive(Debug, Clone)]
pub struct Lexicon {
    roots: HashSet<String>,
    whole: HashSet<String>,
    /// lower-cased abbreviations (case-insensitive match) → may end a sentence
    abbreviations: HashMap<String, bool>,
    /// abbreviations whose case must match exactly → may end a sentence
    abbreviations_exact: HashMap<String, bool>,
}

pub(crate) static EMBEDDED: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::parse(
        ("roots.txt", EMBEDDED_ROOTS),
        ("clitic-whole.txt", EMBEDDED_WHOLE),
        ("abbreviations.txt", EMBEDDED_ABBREVIATIONS),
    )
    .unwrap_or_else(|e| panic!("embedded tokenizer lexicon is invalid (a test checks this): {e}"))
});

fn entries<'a>(text: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') {
            None
        } else {
            Some((i + 1, line))
        }
    })
}

impl Lexicon {
    /// The lexicon compiled into the crate (roots from Debian's hunspell-id, lists written by the urai team).
    pub fn embedded() -> &'static Lexicon {
        &EMBEDDED
    }

    /// Builds a lexicon from three files in the formats of `data/tokenizer/`: a root list (one word per line),
    /// a list of words kept whole, and an abbreviation list (`abbr` or `abbr *`, `=Abbr` for an exact-case match).
    pub fn from_files(roots: &Path, whole: &Path, abbreviations: &Path) -> Result<Lexicon> {
        let read = |p: &Path| {
            std::fs::read_to_string(p).map_err(|source| Error::Io {
                path: p.display().to_string(),
                source,
            })
        };
        let (r, w, a) = (read(roots)?, read(whole)?, read(abbreviations)?);
        Lexicon::parse(
            (&roots.display().to_string(), &r),
            (&whole.display().to_string(), &w),
            (&abbreviations.display().to_string(), &a),
        )
    }

    fn parse(
        roots: (&str, &str),
        whole: (&str, &str),
        abbreviations: (&str, &str),
    ) -> Result<Lexicon> {
        let word_list = |(name, text): (&str, &str)| -> Result<HashSet<String>> {
            let mut set = HashSet::default();
            for (line, entry) in entries(text) {
                if entry.contains(char::is_whitespace) {
                    return Err(Error::Format {
                        path: name.to_string(),
                        line,
                        message: format!("expected one word, found {entry:?}"),
                    });
                }
                set.insert(entry.to_lowercase());
            }
            Ok(set)
        };
        let mut lex = Lexicon {
            roots: word_list(roots)?,
            whole: word_list(whole)?,
            abbreviations: Default::default(),
            abbreviations_exact: Default::default(),
        };
        let (name, text) = abbreviations;
        for (line, entry) in entries(text) {
            let mut parts = entry.split_whitespace();
            let word = parts.next().unwrap_or_default();
            let may_end = match parts.next() {
                None => false,
                Some("*") => true,
                Some(other) => {
                    return Err(Error::Format {
                        path: name.to_string(),
                        line,
                        message: format!(
                            "expected `ABBR` or `ABBR *`, found {other:?} after the abbreviation"
                        ),
                    });
                }
            };
            let word = word.trim_end_matches('.');
            if let Some(exact) = word.strip_prefix('=') {
                lex.abbreviations_exact.insert(exact.to_string(), may_end);
            } else if !word.is_empty() {
                lex.abbreviations.insert(word.to_lowercase(), may_end);
            }
        }
        Ok(lex)
    }

    /// Number of roots.
    pub fn root_count(&self) -> usize {
        self.roots.len()
    }

    /// Whether `word` (without the final period) is a known abbreviation; `Some(true)` when it may also end a
    /// sentence.
    pub fn abbreviation(&self, word: &str) -> Option<bool> {
        if let Some(&end) = self.abbreviations_exact.get(word) {
            return Some(end);
        }
        if word.len() > 12 {
            return None;
        }
        self.abbreviations.get(&word.to_lowercase()).copied()
    }

    /// Whether the lower-cased word is one of the lexicalised forms kept whole.
    pub(crate) fn is_whole(&self, lower: &str) -> bool {
        self.whole.contains(lower)
    }

    /// Whether the lower-cased word is a root.
    pub(crate) fn is_root(&self, lower: &str) -> bool {
        self.roots.contains(lower)
    }

    /// Whether the lower-cased word is a root or can be derived from one by common affixation (a lenient
    /// analysis: it only has to tell real words from accidental letter sequences).
    pub(crate) fn is_known(&self, lower: &str) -> bool {
        if self.is_root(lower) || self.is_whole(lower) {
            return true;
        }
        // Reduplication: `anak-anak`, `sayur-mayur`, `berlari-lari`.
        if let Some((a, b)) = lower.split_once('-') {
            if b.contains('-') {
                return false;
            }
            return self.is_known(a)
                && (b == a || self.is_known(b) || b.ends_with(a) || a.ends_with(b));
        }
        self.derivable(lower, 2)
    }

    fn derivable(&self, w: &str, prefixes_left: u8) -> bool {
        for suffix in [
            "", "kan", "an", "i", "wan", "wati", "isme", "isasi", "is", "if",
        ] {
            let Some(base) = w.strip_suffix(suffix) else {
                continue;
            };
            if base.chars().count() < 2 {
                continue;
            }
            if !suffix.is_empty() && self.is_root(base) {
                return true;
            }
            if prefixes_left > 0 && self.strip_prefix(base, prefixes_left) {
                return true;
            }
        }
        false
    }

    fn strip_prefix(&self, w: &str, prefixes_left: u8) -> bool {
        let check = |rest: &str| -> bool {
            rest.chars().count() >= 2
                && (self.is_root(rest)
                    || (prefixes_left > 1 && self.derivable(rest, prefixes_left - 1)))
        };
        for plain in [
            "di", "ke", "se", "ber", "be", "ter", "per", "pe", "memper", "diper", "me",
        ] {
            if let Some(rest) = w.strip_prefix(plain)
                && check(rest)
            {
                return true;
            }
        }
        // meN- and peN- with their sound changes; the restored root is built in one reused buffer.
        let mut buf = String::new();
        for (nasal, restore) in [
            ("meng", &["", "k"][..]),
            ("meny", &["s"][..]),
            ("mem", &["", "p"][..]),
            ("men", &["", "t"][..]),
            ("menge", &[""][..]),
            ("peng", &["", "k"][..]),
            ("peny", &["s"][..]),
            ("pem", &["", "p"][..]),
            ("pen", &["", "t"][..]),
            ("penge", &[""][..]),
        ] {
            if let Some(rest) = w.strip_prefix(nasal) {
                for r in restore {
                    buf.clear();
                    buf.push_str(r);
                    buf.push_str(rest);
                    if check(&buf) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_parses_and_knows_common_words() {
        let lex = Lexicon::embedded();
        assert!(lex.root_count() > 25_000);
        for w in ["kata", "rumah", "bicara", "masalah", "perintah"] {
            assert!(lex.is_root(w), "{w}");
        }
        for w in [
            "membaik",
            "pernyataan",
            "keuangan",
            "pemerintah",
            "dibantah",
            "menyelesaikan",
            "anak-anak",
        ] {
            assert!(lex.is_known(w), "{w} should be derivable");
        }
        for w in ["xyzq", "kutchen", "qwerty"] {
            assert!(!lex.is_known(w), "{w} should be unknown");
        }
        assert_eq!(lex.abbreviation("dll"), Some(true));
        assert_eq!(lex.abbreviation("Prof"), Some(false));
        assert_eq!(lex.abbreviation("rumah"), None);
    }

    #[test]
    fn bad_abbreviation_line_is_reported_with_its_line() {
        let err = Lexicon::parse(
            ("r", "a\n"),
            ("w", ""),
            ("abbr.txt", "# c\ndll *\nfoo bar\n"),
        )
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("abbr.txt") && msg.contains(":3"), "{msg}");
    }
}
