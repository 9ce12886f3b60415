//! Property tests: invariants the tokenizer keeps on any input.

use proptest::prelude::*;
use urai_tokenizer::Tokenizer;

/// Text drawn from a mix of Indonesian words, punctuation, digits, whitespace and awkward Unicode.
fn awkward_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("anak-anak".to_string()),
        Just("dibantahnya".to_string()),
        Just("100.000".to_string()),
        Just("19:36".to_string()),
        Just("dll.".to_string()),
        Just("Prof.".to_string()),
        Just("https://m.medcom.id".to_string()),
        Just("\"".to_string()),
        Just("...".to_string()),
        Just(". ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{00a0}".to_string()),
        Just("\u{200b}".to_string()),
        Just("e\u{0301}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("ku".to_string()),
        Just("-".to_string()),
        "[a-zA-Z0-9 .,:;'\"!?()@#/&-]{0,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_ordered_on_boundaries_and_rebuild_the_text(text in awkward_text()) {
        let doc = Tokenizer::new().tokenize(&text);
        let mut last = 0;
        let mut rebuilt = String::new();
        for t in doc.tokens() {
            prop_assert!(t.start >= last, "tokens overlap or go backwards");
            prop_assert!(t.start < t.end, "empty token");
            prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
            prop_assert_eq!(&text[t.start..t.end], t.text);
            let gap = &text[last..t.start];
            prop_assert!(gap.chars().all(|c| c.is_whitespace() || c.is_control()
                || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')),
                "only separators may fall between tokens: {:?}", gap);
            rebuilt.push_str(gap);
            rebuilt.push_str(t.text);
            last = t.end;
        }
        rebuilt.push_str(&text[last..]);
        prop_assert_eq!(rebuilt, text.clone());
    }

    #[test]
    fn words_tile_their_tokens_and_sentences_tile_the_tokens(text in awkward_text()) {
        let doc = Tokenizer::new().tokenize(&text);
        for (i, t) in doc.tokens().iter().enumerate() {
            let words = doc.token_words(t);
            prop_assert!(!words.is_empty());
            prop_assert_eq!(words[0].start, t.start);
            prop_assert_eq!(words[words.len() - 1].end, t.end);
            for w in words {
                prop_assert_eq!(w.token, i);
                prop_assert_eq!(&text[w.start..w.end], w.text);
            }
            for pair in words.windows(2) {
                prop_assert_eq!(pair[0].end, pair[1].start);
            }
        }
        let mut next = 0;
        for s in doc.sentences() {
            prop_assert_eq!(s.tokens.start, next);
            prop_assert!(s.tokens.end > s.tokens.start);
            next = s.tokens.end;
            let toks = doc.sentence_tokens(s);
            prop_assert_eq!(s.start, toks[0].start);
            prop_assert_eq!(s.end, toks[toks.len() - 1].end);
        }
        prop_assert_eq!(next, doc.tokens().len());
    }
}

/// Pathological inputs finish in linear time and keep the invariants (checked by size, not by a clock).
#[test]
fn pathological_inputs() {
    let tok = Tokenizer::new();
    let word = "a".repeat(1_000_000);
    let doc = tok.tokenize(&word);
    assert_eq!(doc.tokens().len(), 1);
    let dotted = "ab.".repeat(200_000);
    let doc = tok.tokenize(&dotted);
    assert!(doc.tokens().len() >= 30_000);
    let hyphens = "anak-".repeat(100_000) + "anak";
    let doc = tok.tokenize(&hyphens);
    assert_eq!(doc.tokens().len(), 1);
    let at = "x".repeat(100_000) + "@contoh.id";
    let doc = tok.tokenize(&at);
    assert_eq!(doc.tokens().last().unwrap().end, at.len());
    let quotes = "\"Ya. ".repeat(50_000);
    let doc = tok.tokenize(&quotes);
    assert!(!doc.sentences().is_empty());
    let nul = "a\0b\u{0}\u{feff}c";
    assert_eq!(tok.tokenize(nul).tokens().len(), 3);
}
