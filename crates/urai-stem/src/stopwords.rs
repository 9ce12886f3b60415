//! The Indonesian stopword list (function words), written by the urai team.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lexicon::FxBuild;

static EMBEDDED_STOPWORDS: &str = include_str!("../data/stem/stopwords.txt");

static STOPWORDS: LazyLock<HashSet<&'static str, FxBuild>> = LazyLock::new(|| {
    EMBEDDED_STOPWORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `word` is an Indonesian function word (case-insensitive): pronouns, determiners, prepositions,
/// conjunctions, auxiliaries, negation, particles.
///
/// ```
/// use urai_stem::is_stopword;
///
/// assert!(is_stopword("yang") && is_stopword("Dan") && is_stopword("tidak"));
/// assert!(!is_stopword("tentara"));
/// ```
pub fn is_stopword(word: &str) -> bool {
    /// Longer than any stopword: no lookup needed.
    const MAX: usize = 24;
    if word.is_empty() || word.len() > MAX * 4 {
        return false;
    }
    if !word.is_ascii() {
        return STOPWORDS.contains(word.to_lowercase().as_str());
    }
    if word.len() > MAX || !word.as_bytes()[0].is_ascii_alphabetic() {
        return false;
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let mut buf = [0u8; MAX];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII lower-casing keeps the bytes valid UTF-8.
        return std::str::from_utf8(lower).is_ok_and(|l| STOPWORDS.contains(l));
    }
    STOPWORDS.contains(word)
}

/// The stopwords, in no particular order.
///
/// ```
/// let list: Vec<&str> = urai_stem::stopwords().collect();
/// assert!(list.contains(&"dengan"));
/// assert!(list.iter().all(|w| urai_stem::is_stopword(w)));
/// ```
pub fn stopwords() -> impl Iterator<Item = &'static str> {
    STOPWORDS.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_stopwords_and_content_words_are_not() {
        for w in [
            "yang", "dan", "di", "Ke", "DARI", "tidak", "sudah", "mereka", "bahwa", "tersebut",
        ] {
            assert!(is_stopword(w), "{w}");
        }
        for w in [
            "makan",
            "rumah",
            "pemerintah",
            "tahun",
            "besar",
            "",
            "yang-yang",
            "ıi",
        ] {
            assert!(!is_stopword(w), "{w}");
        }
    }

    #[test]
    fn embedded_list_is_clean() {
        let n = stopwords().count();
        assert!(n > 200, "{n} stopwords");
        for w in stopwords() {
            assert!(
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{w:?}"
            );
        }
    }
}
