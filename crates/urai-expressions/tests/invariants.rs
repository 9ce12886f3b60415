//! Property tests: on any text and any tokenization, spans are on char boundaries, inside their sentence,
//! ordered and non-overlapping, and nothing panics.

use std::ops::Range;

use proptest::prelude::*;
use urai_expressions::{Date, find, find_in_text, whitespace_tokens};

/// Whitespace tokens of `text`, grouped into sentences after `.`.
fn tokenize(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let tokens = whitespace_tokens(text);
    let mut sentences = Vec::new();
    let mut first = 0;
    for (k, t) in tokens.iter().enumerate() {
        if text[t.clone()].ends_with('.') {
            sentences.push(first..k + 1);
            first = k + 1;
        }
    }
    if first < tokens.len() {
        sentences.push(first..tokens.len());
    }
    (tokens, sentences)
}

const WORDS: &[&str] = &[
    "21",
    "Januari",
    "2022",
    "19:36",
    "WIB",
    "Jumat",
    ",",
    "(21/1)",
    "pukul",
    "Rp5.000,00",
    "Rp",
    "3",
    "-",
    "4",
    "ribu",
    "persen",
    "12,5",
    "%",
    "ke-21",
    "kedua",
    "1990-an",
    "tahun",
    "lalu",
    "pekan",
    "depan",
    "kemarin",
    "dua",
    "ratus",
    "juta",
    "US$2",
    "miliar",
    "kg",
    "°C",
    "derajat",
    "Celsius",
    "setiap",
    "Senin",
    "selama",
    "jam",
    "1",
    "Ramadan",
    "1443",
    "H.",
    "ratusan",
    "100.000",
    "2,615",
    "1.2",
    "hari",
    "ini",
    "awal",
    "Maret",
    ".",
    "é",
    "日本",
    "👍",
    "15.00-17.00",
    "WITA",
    "kuartal",
    "pertama",
    "berjam-jam",
    "setengah",
    "Natal",
];

fn texts() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(WORDS).prop_map(String::from),
            "\\PC{0,6}"
        ],
        0..40,
    )
    .prop_map(|w| w.join(" "))
}

fn anchors() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        Just(None),
        (1i32..9999, 1u32..13, 1u32..29).prop_map(|(y, m, d)| Date::new(y, m, d))
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_are_well_formed(text in texts(), anchor in anchors()) {
        let (tokens, sentences) = tokenize(&text);
        let found = find(&text, &tokens, &sentences, anchor);
        let mut last_end = 0;
        for e in &found {
            prop_assert!(e.start < e.end, "empty span {e:?}");
            prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{e:?} off a char boundary");
            prop_assert!(e.start >= last_end, "{e:?} overlaps or is out of order");
            last_end = e.end;
            let inside = sentences.iter().any(|s| {
                let (Some(a), Some(b)) = (tokens.get(s.start), tokens.get(s.end.saturating_sub(1))) else { return false };
                a.start <= e.start && e.end <= b.end
            });
            prop_assert!(inside, "{e:?} crosses a sentence");
            prop_assert!(!e.value.is_empty());
        }
    }

    #[test]
    fn arbitrary_tokens_never_panic(text in "\\PC{0,40}", spans in prop::collection::vec((0usize..60, 0usize..60), 0..20),
                                    sents in prop::collection::vec((0usize..25, 0usize..25), 0..5)) {
        let tokens: Vec<Range<usize>> = spans.into_iter().map(|(a, b)| a..b).collect();
        let sentences: Vec<Range<usize>> = sents.into_iter().map(|(a, b)| a..b).collect();
        let found = find(&text, &tokens, &sentences, None);
        for e in &found {
            prop_assert!(text.get(e.start..e.end).is_some());
        }
        let _ = find_in_text(&text, Date::new(2022, 1, 21));
    }
}
