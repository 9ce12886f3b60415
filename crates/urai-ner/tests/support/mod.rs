//! What the NER-UI cross-validation of `tests/shared_data.rs` and `examples/nerui_folds.rs` share.

use urai_ner::clusters::{ClusterConfig, Clusters, build_clusters};
use urai_ner::corpus::{Sentence, drop_overlapping};

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

/// The word clusters of one fold: built from the fold's train tokens and the unlabelled text, leaving out every
/// unlabelled sentence that is also in the fold's test split.
pub fn fold_clusters(train: &[Sentence], unlabelled: &[Sentence], test: &[Sentence]) -> Clusters {
    let mut text: Vec<Vec<String>> = train.iter().map(|s| s.tokens.clone()).collect();
    text.extend(
        drop_overlapping(unlabelled.to_vec(), test)
            .into_iter()
            .map(|s| s.tokens),
    );
    build_clusters(&text, &ClusterConfig::default())
}
