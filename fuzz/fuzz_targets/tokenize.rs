//! Any string: tokens, words and sentences keep their invariants.
#![no_main]
use libfuzzer_sys::fuzz_target;
use urai_tokenizer::{AbbreviationPeriods, Config, Tokenizer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for periods in [AbbreviationPeriods::Keep, AbbreviationPeriods::Split] {
        let mut config = Config::default();
        config.abbreviation_periods = periods;
        let doc = Tokenizer::with_config(config).tokenize(text);
        let mut last = 0;
        for t in doc.tokens() {
            assert!(t.start >= last && t.start < t.end);
            assert_eq!(&text[t.start..t.end], t.text);
            last = t.end;
            for w in doc.token_words(t) {
                assert!(w.start >= t.start && w.end <= t.end && w.start < w.end);
            }
        }
        let covered: usize = doc.sentences().iter().map(|s| s.tokens.len()).sum();
        assert_eq!(covered, doc.tokens().len());
    }
});
