//! Property tests across the pipeline and its formats: whatever the text, writing a document as CoNLL-U and
//! reading it back gives the same text, tokens, sentences, words and annotations; every writer accepts every
//! document; offsets stay on character boundaries.

use proptest::prelude::*;
use urai::format::{Format, Offsets, ReadOptions, Reader, conll, conllu, jsonl};
use urai::{BoilerplateMode, Input, Pipeline, PipelineConfig};

/// A pipeline that annotates every block: CoNLL-U carries no boilerplate blocks, so a document read back
/// from it is annotated whole.
fn keep_all() -> Pipeline {
    with_mode(BoilerplateMode::Keep)
}

fn with_mode(mode: BoilerplateMode) -> Pipeline {
    let mut config = PipelineConfig::default();
    config.boilerplate = mode;
    Pipeline::with_config(config)
}

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
        let pipeline = keep_all();
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
        let doc = keep_all().annotate("d", text.clone());
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

    #[test]
    fn boilerplate_is_flagged_whole_lines_and_left_unannotated(text in boilerplate_texts()) {
        let doc = Pipeline::new().annotate("d", text.clone());
        let mut last_end = 0;
        for b in &doc.boilerplate {
            prop_assert!(last_end <= b.start && b.start < b.end && b.end <= text.len());
            prop_assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end));
            // A block is a whole line.
            prop_assert!(b.start == 0 || text[..b.start].ends_with('\n'));
            prop_assert!(b.end == text.len() || text[b.end..].starts_with(['\n', '\r']));
            last_end = b.end;
        }
        for w in &doc.words {
            prop_assert_eq!(w.stem.is_none(), doc.in_boilerplate(w.start));
        }
        for e in &doc.entities {
            prop_assert!(!doc.in_boilerplate(e.start) && !doc.in_boilerplate(e.end - 1));
        }
        // Dropping leaves the same text and exactly the tokens outside flagged blocks.
        let dropped = with_mode(BoilerplateMode::Drop).annotate("d", text.clone());
        prop_assert_eq!(&dropped.text, &text);
        prop_assert_eq!(&dropped.boilerplate, &doc.boilerplate);
        let outside: Vec<(usize, usize)> =
            doc.tokens.iter().filter(|t| !doc.in_boilerplate(t.start)).map(|t| (t.start, t.end)).collect();
        prop_assert_eq!(dropped.tokens.iter().map(|t| (t.start, t.end)).collect::<Vec<_>>(), outside);
        for (i, t) in dropped.tokens.iter().enumerate() {
            for w in &dropped.words[t.words.clone()] {
                prop_assert_eq!(w.token, i);
            }
        }
        for s in &dropped.sentences {
            prop_assert!(!s.tokens.is_empty() && s.tokens.end <= dropped.tokens.len());
        }
        let mut out = Vec::new();
        jsonl::write(&dropped, Offsets::Char, &mut out).unwrap();
        conllu::write(&dropped, &mut out).unwrap();
        conll::write(&dropped, true, &mut out).unwrap();
    }
}

/// Pages flattened to text: article paragraphs among menus, inserts, comments and notices, in any order.
fn boilerplate_texts() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("Pembicaraan baru ini dilakukan untuk mengurangi eskalasi krisis di perbatasan Ukraina, dan Menlu Sergei Lavrov akan bertemu Antony Blinken di Jenewa.".to_string()),
        Just("Rusia telah mengumpulkan sekitar 100.000 tentara di perbatasan dan dituduh oleh AS merencanakan invasi.".to_string()),
        Just("Baca juga: Biden dan Putin Komunikasi Lewat Telepon".to_string()),
        Just("Komentar".to_string()),
        Just("LOADING".to_string()),
        Just("Beranda".to_string()),
        Just("Facebook Twitter WhatsApp".to_string()),
        Just("Penulis: Budi Santoso".to_string()),
        Just("Warga mengungsi. (ANTARA FOTO/Budi)".to_string()),
        Just("Klik Allow pada List Notifications tersebut".to_string()),
        Just("© 2026 Portal Berita".to_string()),
        "[a-zA-Z .,:]{0,40}",
        any::<String>().prop_map(|s| s.replace(['\n', '\r'], " ")),
    ];
    (
        prop::collection::vec(line, 0..14),
        prop_oneof![Just("\n"), Just("\r\n"), Just("\n\n")],
    )
        .prop_map(|(lines, sep)| lines.join(sep))
}
