//! Any string split into sentences and tokens: the tagger gives one valid IOB2 tag per token with a score in
//! [0, 1], and entity spans stay inside their sentence.
#![no_main]
use libfuzzer_sys::fuzz_target;
use urai_ner::{Label, Tagger, spans};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let doc: Vec<Vec<&str>> = text
        .split('\n')
        .map(|line| line.split(' ').filter(|t| !t.is_empty()).collect::<Vec<_>>())
        .filter(|s| !s.is_empty())
        .collect();
    let tags = Tagger::embedded().tag_document(&doc);
    assert_eq!(tags.len(), doc.len());
    for (sentence, tags) in doc.iter().zip(&tags) {
        assert_eq!(sentence.len(), tags.len());
        let mut previous = Label::O;
        for t in tags {
            assert!((0.0..=1.0).contains(&t.score));
            if let Label::I(kind) = t.label {
                assert!(matches!(previous, Label::B(k) | Label::I(k) if k == kind), "invalid IOB2");
            }
            previous = t.label;
        }
        for span in spans(tags) {
            assert!(span.start < span.end && span.end <= sentence.len());
        }
    }
});
