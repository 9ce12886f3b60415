//! Property tests across the pipeline and its formats: whatever the text, writing a document as CoNLL-U and
//! reading it back gives the same text, tokens, sentences, words and annotations; every writer accepts every
//! document; offsets stay on character boundaries.

use proptest::prelude::*;
use urai::format::{Format, Offsets, ReadOptions, Reader, conll, conllu, jsonl};
use urai::{Input, Pipeline};

fn texts() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Menlu Rusia Sergei Lavrov tiba di Jenewa.".to_string()),
        Just("Rumahnya dibantahnya, kata Blinken.".to_string()),
        Just("Rp12.500 naik 3,5 persen pukul 19:36 WIB".to_string()),
        Just("\"Kita harus bicara.\" ".to_string()),
        Just("Prof. Dr. H. Ahmad, S.H. dll. ".to_string()),
        Just("https://contoh.id/a?b=1 #tagar @akun ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\t".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{200b}".to_string()),
        Just("e\u{301}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        "[a-zA-Z .,:;'\"!?()-]{0,16}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn conllu_round_trip_keeps_text_and_annotations(text in texts()) {
        let pipeline = Pipeline::new();
        let doc = pipeline.annotate("d", text.clone());
        let mut out = Vec::new();
        conllu::write(&doc, &mut out).unwrap();
        let inputs: Vec<Input> = Reader::new(&out[..], "d.conllu", Format::Conllu, &ReadOptions::default())
            .collect::<urai::Result<_>>()
            .unwrap();
        if doc.tokens.is_empty() {
            prop_assert!(inputs.iter().all(|i| i.text.trim().is_empty()));
            return Ok(());
        }
        prop_assert_eq!(inputs.len(), 1);
        // The text between the first and the last token comes back exactly.
        let (first, last) = (doc.tokens[0].start, doc.tokens[doc.tokens.len() - 1].end);
        prop_assert_eq!(&inputs[0].text, &text[first..last]);
        let again = pipeline.annotate_input(inputs[0].clone());
        let shift = |spans: Vec<(usize, usize)>| spans.into_iter().map(|(a, b)| (a + first, b + first)).collect::<Vec<_>>();
        prop_assert_eq!(shift(again.tokens.iter().map(|t| (t.start, t.end)).collect()), doc.tokens.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>());
        prop_assert_eq!(shift(again.words.iter().map(|w| (w.start, w.end)).collect()), doc.words.iter().map(|w| (w.start, w.end)).collect::<Vec<_>>());
        prop_assert_eq!(again.sentences.iter().map(|s| s.tokens.clone()).collect::<Vec<_>>(), doc.sentences.iter().map(|s| s.tokens.clone()).collect::<Vec<_>>());
        prop_assert_eq!(again.words.iter().map(|w| w.stem.clone()).collect::<Vec<_>>(), doc.words.iter().map(|w| w.stem.clone()).collect::<Vec<_>>());
        prop_assert_eq!(again.iob2(), doc.iob2());
    }

    #[test]
    fn every_writer_accepts_every_document(text in texts()) {
        let doc = Pipeline::new().annotate("d", text.clone());
        for e in &doc.entities {
            prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end) && e.start < e.end);
            prop_assert!(e.tokens.end <= doc.tokens.len() && (0.0..=1.0).contains(&e.score));
        }
        for w in &doc.words {
            prop_assert!(w.stem.is_some() && w.stop.is_some());
        }
        let mut out = Vec::new();
        jsonl::write(&doc, Offsets::Char, &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        prop_assert_eq!(v["text"].as_str().unwrap(), text.as_str());
        conll::write(&doc, true, &mut out).unwrap();
    }
}
