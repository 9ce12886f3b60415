//! Language identification, once per document, with whatlang and an allow-list.

use std::sync::LazyLock;

use whatlang::{Detector, Lang};

use crate::document::Language;

/// The languages that occur in Indonesian corpora and that whatlang knows. whatlang has no Malay (`zsm`/`msa`)
/// and no Sundanese: Malay text is identified as Indonesian, which is what a pipeline for Indonesian wants;
/// Sundanese is usually identified as Indonesian or Javanese.
pub const ALLOWED: &[Lang] = &[
    Lang::Ind,
    Lang::Jav,
    Lang::Eng,
    Lang::Tgl,
    Lang::Nld,
    Lang::Ara,
    Lang::Cmn,
    Lang::Jpn,
    Lang::Kor,
    Lang::Tha,
    Lang::Vie,
    Lang::Deu,
    Lang::Fra,
    Lang::Spa,
    Lang::Por,
];

static DETECTOR: LazyLock<Detector> = LazyLock::new(|| Detector::with_allowlist(ALLOWED.to_vec()));

/// How much of a document is looked at: language is a property of the whole document, and the first few
/// hundred words decide it as well as the whole would.
const SAMPLE_BYTES: usize = 1024;

/// Identifies the language of a document; `None` when the text has no letters.
pub fn identify(text: &str) -> Option<Language> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = DETECTOR.detect(&text[..end])?;
    Some(Language {
        code: info.lang().code().to_string(),
        confidence: info.confidence(),
        reliable: info.is_reliable(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifies_indonesian_english_and_javanese() {
        let id = identify(
            "Menteri Luar Negeri kedua negara bertemu di Jenewa untuk membahas keamanan kawasan itu.",
        );
        assert_eq!(id.unwrap().code, "ind");
        let en = identify(
            "The foreign ministers of both countries met in Geneva to discuss the security of the region.",
        );
        assert_eq!(en.unwrap().code, "eng");
        let jv = identify(
            "Aku arep lunga menyang pasar karo simbok, amarga ing omah ora ana apa-apa sing bisa dipangan.",
        );
        assert_eq!(jv.unwrap().code, "jav");
        assert!(identify("1234 ... !!!").is_none());
        assert!(identify("").is_none());
    }
}
