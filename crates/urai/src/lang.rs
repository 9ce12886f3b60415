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

/// Frequent Indonesian function words that are rare in the other allowed languages (Javanese, Malay aside).
fn is_marker(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"yang"
            | b"dan"
            | b"di"
            | b"ini"
            | b"itu"
            | b"dengan"
            | b"untuk"
            | b"dari"
            | b"dalam"
            | b"tidak"
            | b"akan"
            | b"pada"
            | b"juga"
            | b"ke"
            | b"karena"
            | b"oleh"
            | b"ada"
            | b"sudah"
            | b"bisa"
            | b"atau"
            | b"mereka"
            | b"kami"
            | b"kita"
            | b"saya"
            | b"adalah"
            | b"telah"
            | b"tersebut"
            | b"sebagai"
            | b"bahwa"
            | b"lebih"
            | b"seperti"
            | b"hanya"
            | b"jika"
            | b"namun"
            | b"para"
            | b"saat"
            | b"setelah"
            | b"masih"
            | b"belum"
            | b"agar"
            | b"secara"
            | b"bagi"
            | b"sangat"
            | b"kepada"
            | b"dapat"
            | b"menjadi"
            | b"merupakan"
            | b"antara"
    )
}

/// The share of words in `sample` that are Indonesian markers, and the number of words.
fn indonesian_share(sample: &str) -> (f64, usize) {
    let mut words = 0usize;
    let mut markers = 0usize;
    for w in sample
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        if w.len() <= 9 && w.is_ascii() {
            let mut buf = [0u8; 9];
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            if is_marker(lower) {
                markers += 1;
            }
        }
    }
    (
        if words == 0 {
            0.0
        } else {
            markers as f64 / words as f64
        },
        words,
    )
}

/// Below this many words the fast path does not decide.
const FAST_PATH_MIN_WORDS: usize = 12;
/// Share of marker words above which a text is Indonesian without asking whatlang (running Indonesian text has
/// 25–35 %; English, Javanese and the other allowed languages stay far below).
const FAST_PATH_SHARE: f64 = 0.16;

/// Identifies the language of a document; `None` when the text has no letters.
///
/// Text that is plainly Indonesian (many of its words are Indonesian function words) is recorded as `ind`
/// straight away, with the marker share as its confidence; everything else is decided by whatlang. whatlang
/// costs about 50 µs a call, more than the rest of the pipeline on a short document, and agrees with the fast
/// path on such text (checked by a test).
pub fn identify(text: &str) -> Option<Language> {
    // Surrounding whitespace says nothing about the language (and is lost in CoNLL-U round trips).
    let text = text.trim();
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = text[..end].trim_end();
    let (share, words) = indonesian_share(sample);
    if words >= FAST_PATH_MIN_WORDS && share >= FAST_PATH_SHARE {
        return Some(Language {
            code: "ind".to_string(),
            confidence: (share * 3.0).min(1.0),
            reliable: true,
        });
    }
    whatlang_identify(sample)
}

/// whatlang's verdict alone (no fast path).
pub fn whatlang_identify(sample: &str) -> Option<Language> {
    let info = DETECTOR.detect(sample)?;
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
