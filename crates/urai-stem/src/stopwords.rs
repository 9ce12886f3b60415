//! The Indonesian stopword list (function words), written by the urai team.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::lexicon::FxBuild;

static EMBEDDED_STOPWORDS: &str = include_str!("../../../data/stem/stopwords.txt");

static STOPWORDS: LazyLock<HashSet<&'static str, FxBuild>> = LazyLock::new(|| {
    EMBEDDED_STOPWORDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// Whether `word` is an Indonesian function word (case-insensitive): pronouns, determiners, prepositions,
/// conjunctions, auxiliaries, negation, particles.
pub fn is_stopword(word: &str) -> bool {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
        return STOPWORDS.contains(word.to_lowercase().as_str());
    }
    STOPWORDS.contains(word)
}

/// The stopwords, in no particular order.
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
