//! Training on a tiny fixture produces a working model; models round-trip through files; bad files are errors.

use urai_ner::corpus::read_conll;
use urai_ner::train::{TrainConfig, into_documents, train};
use urai_ner::{EntityType, Error, Label, Model, Tagger, spans};

/// CRLF, space-separated columns with a POS column, orphan `I-` and foreign tag names, as real corpora have.
const FIXTURE: &str = "Presiden B-PERSON O\r\nX O O\r\n\r\n\
Menteri NOUN O\r\nAdi PROPN I-PERSON\r\nSaputra PROPN I-PERSON\r\ntiba VERB O\r\ndi ADP O\r\nBandung PROPN B-PLACE\r\n. PUNCT O\r\n\r\n\
Menteri NOUN O\r\nBudi PROPN B-PER\r\nHartono PROPN I-PER\r\nbekerja VERB O\r\ndi ADP O\r\nPT PROPN B-ORGANISATION\r\nMaju PROPN I-ORGANISATION\r\n. PUNCT O\r\n\r\n\
Menteri NOUN O\r\nCitra PROPN B-PPL\r\nLestari PROPN I-PPL\r\npergi VERB O\r\nke ADP O\r\nMedan PROPN B-PLC\r\n. PUNCT O\r\n\r\n\
Menteri NOUN O\r\nDewi PROPN B-PERSON\r\nAnggraini PROPN I-PERSON\r\nmemimpin VERB O\r\nPT PROPN B-ORGANIZATION\r\nSinar PROPN I-ORGANIZATION\r\n. PUNCT O\r\n\r\n\
Pameran NOUN B-EVT\r\nitu DET O\r\ndi ADP O\r\nSurabaya PROPN B-LOCATION\r\n. PUNCT O\r\n";

fn tiny_model() -> Model {
    let sents = read_conll(FIXTURE.as_bytes(), "fixture").unwrap();
    assert_eq!(sents.len(), 6);
    // Orphan I- repaired, labels mapped, unknown types dropped.
    assert_eq!(sents[1].labels[1], Label::B(EntityType::Per));
    assert_eq!(sents[5].labels[0], Label::O);
    assert_eq!(sents[5].labels[3], Label::B(EntityType::Loc));
    train(&into_documents(sents, 1, 0), &tiny_config()).unwrap()
}

/// Ten epochs, two folds for the second stage: enough for the fixture.
fn tiny_config() -> TrainConfig {
    TrainConfig {
        epochs: 10,
        folds: 2,
        ..TrainConfig::default()
    }
}

#[test]
fn tiny_fixture_trains_a_working_model() {
    let tagger = Tagger::new(tiny_model());
    let tags = tagger.tag_sentence(&["Menteri", "Eko", "Prasetyo", "pergi", "ke", "Bandung", "."]);
    let s = spans(&tags);
    assert!(
        s.iter()
            .any(|s| (s.start, s.end, s.kind) == (1, 3, EntityType::Per)),
        "{tags:?}"
    );
    assert!(
        s.iter()
            .any(|s| (s.start, s.end, s.kind) == (5, 6, EntityType::Loc)),
        "{tags:?}"
    );
    assert!(tags.iter().all(|t| t.score > 0.0 && t.score <= 1.0));
}

#[test]
fn crf_training_also_works() {
    let sents = read_conll(FIXTURE.as_bytes(), "fixture").unwrap();
    let cfg = TrainConfig {
        epochs: 20,
        ensemble: 1,
        algorithm: urai_ner::train::Algorithm::Crf,
        ..TrainConfig::default()
    };
    let tagger = Tagger::new(train(&into_documents(sents, 1, 0), &cfg).unwrap());
    let tags = tagger.tag_sentence(&["Menteri", "Eko", "Prasetyo", "pergi", "ke", "Bandung", "."]);
    let s = spans(&tags);
    assert!(
        s.iter()
            .any(|s| (s.start, s.end, s.kind) == (5, 6, EntityType::Loc)),
        "{tags:?}"
    );
    assert!(
        s.iter().any(|s| s.kind == EntityType::Per && s.start == 1),
        "{tags:?}"
    );
}

#[test]
fn model_round_trips_through_a_file() {
    let model = tiny_model();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiny.bin");
    model.save(&path).unwrap();
    let loaded = Tagger::from_path(&path).unwrap();
    let original = Tagger::new(model);
    let doc = [
        vec!["Menteri", "Budi", "Hartono", "di", "PT", "Maju", "."],
        vec!["Pameran", "di", "Medan"],
    ];
    let a = original.tag_document(&doc);
    let b = loaded.tag_document(&doc);
    for (x, y) in a.iter().flatten().zip(b.iter().flatten()) {
        assert_eq!(x.label, y.label);
        assert!((x.score - y.score).abs() < 0.02, "{x:?} vs {y:?}");
    }
    // Saving again gives the same bytes (deterministic format).
    assert_eq!(
        loaded.model().to_bytes(),
        Model::from_path(&path).unwrap().to_bytes()
    );
}

#[test]
fn training_is_deterministic() {
    assert_eq!(tiny_model().to_bytes(), tiny_model().to_bytes());
}

#[test]
fn bad_model_files_are_errors_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.bin");
    std::fs::write(&path, b"not a model at all").unwrap();
    let e = Tagger::from_path(&path).unwrap_err();
    assert!(
        matches!(e, Error::Model { .. }) && e.to_string().contains("bad.bin"),
        "{e}"
    );
    let mut bytes = tiny_model().to_bytes();
    let n = bytes.len();
    bytes[n / 2] ^= 0x55;
    assert!(
        Tagger::from_bytes(&bytes).is_err(),
        "corruption detected by the checksum"
    );
    assert!(
        Tagger::from_bytes(&bytes[..n - 9]).is_err(),
        "truncation detected"
    );
    assert!(matches!(
        Tagger::from_path(dir.path().join("missing.bin")),
        Err(Error::Io { .. })
    ));
}

#[test]
fn corpus_errors_name_file_and_line() {
    let e = read_conll("a O\nb\n".as_bytes(), "x.conll")
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("x.conll:2:"), "{e}");
}

#[test]
fn a_model_of_one_domain_tags_in_that_domain_by_default() {
    // Trained with the corpus as domain 3 (`urai train-ner --train 3:FILE`): loaded without a domain, it must
    // tag with what it learnt for domain 3, not with the shared features alone.
    let sents = read_conll(FIXTURE.as_bytes(), "fixture").unwrap();
    let model = train(&into_documents(sents.clone(), 1, 3), &tiny_config()).unwrap();
    let default = Tagger::new(model.clone());
    let own = Tagger::new(model.clone()).with_domain(3);
    let shared = Tagger::new(model).with_domain(urai_ner::SHARED_DOMAIN);
    let unseen = ["Kemarin", "Hartono", "tiba", "di", "Jenewa"];
    assert_eq!(default.tag_sentence(&unseen), own.tag_sentence(&unseen));
    // The domain's weights change the scores, so the equality above is not that of the shared features.
    assert_ne!(shared.tag_sentence(&unseen), own.tag_sentence(&unseen));
    for s in &sents {
        assert_eq!(default.tag_sentence(&s.tokens), own.tag_sentence(&s.tokens));
    }
}
