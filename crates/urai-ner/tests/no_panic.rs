//! Property tests: no panic on arbitrary input, one well-formed IOB2 tag per token.

use proptest::prelude::*;
use urai_ner::{Label, Tagger, spans};

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_tokens_any_document(doc in prop::collection::vec(prop::collection::vec(any::<String>(), 0..12), 0..5)) {
        let tags = Tagger::embedded().tag_document(&doc);
        prop_assert_eq!(tags.len(), doc.len());
        for (s, t) in doc.iter().zip(&tags) {
            prop_assert_eq!(s.len(), t.len());
            let mut prev = Label::O;
            for tag in t {
                prop_assert!((0.0..=1.0).contains(&tag.score));
                if let Label::I(e) = tag.label {
                    prop_assert_eq!(prev.entity_type(), Some(e), "I- after {:?}", prev);
                }
                prev = tag.label;
            }
            for sp in spans(t) {
                prop_assert!(sp.start < sp.end && sp.end <= s.len());
            }
        }
    }

    #[test]
    fn capitalised_words_and_punctuation(words in prop::collection::vec("[A-Z][a-z]{0,8}|[a-z]{1,8}|[.,()\"'-]|\\PC{1,3}", 1..30)) {
        let tags = Tagger::embedded().tag_sentence(&words);
        prop_assert_eq!(tags.len(), words.len());
    }
}
