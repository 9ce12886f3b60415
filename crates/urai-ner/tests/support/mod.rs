//! What the NER-UI cross-validation of `tests/shared_data.rs` and `examples/nerui_folds.rs` share.

/// CoNLL files whose tokens are unlabelled text for the word clusters (never a test split that is reported).
pub const UNLABELLED_CONLL: [&str; 6] = [
    "ner-nerp/train_preprocess.txt",
    "ner-nerp/valid_preprocess.txt",
    "ner-nergrit/train_preprocess.txt",
    "ner-nergrit/valid_preprocess.txt",
    "ner-idner-news-2k/train.txt",
    "ner-idner-news-2k/dev.txt",
];

/// CoNLL-U files whose tokens are unlabelled text for the word clusters.
pub const UNLABELLED_CONLLU: [&str; 4] = [
    "ud-indonesian-gsd/id_gsd-ud-dev.conllu",
    "ud-indonesian-gsd/id_gsd-ud-test.conllu",
    "ud-indonesian-csui/id_csui-ud-train.conllu",
    "ud-indonesian-csui/id_csui-ud-test.conllu",
];
