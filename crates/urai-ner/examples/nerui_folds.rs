//! NER-UI 5-fold cross-validation: each fold's model is trained on `train.0k` only (word clusters from that
//! file and the unlabelled text of the other corpora, minus the fold's test sentences) and scored on `dev.0k`
//! and `test.0k`, with or without the word classes of the court decisions (`unlabelled-indo-law`).
//!
//! ```sh
//! cargo run --release -p urai-ner --example nerui_folds -- [--classes] [--seed N]
//! ```
//!
//! The shared data is found via `URAI_SHARED_DATA` or `../shared/data`.

use std::io::Read;
use std::path::PathBuf;

use urai_ner::Tagger;
use urai_ner::clusters::{ClusterConfig, Clusters, build_clusters_in_documents};
use urai_ner::corpus::{Sentence, read_conll_file, read_conllu_file, text_documents};
use urai_ner::train::{TrainConfig, into_documents, train_with};

#[path = "../tests/support/mod.rs"]
mod support;

fn data_dir() -> PathBuf {
    std::env::var_os("URAI_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"))
}

fn read(rel: &str) -> Vec<Sentence> {
    let p = data_dir().join(rel);
    read_conll_file(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let classes = args.iter().any(|a| a == "--classes");
    let seed = args
        .iter()
        .position(|a| a == "--seed")
        .and_then(|i| args.get(i + 1))
        .map_or(TrainConfig::default().seed, |s| {
            s.parse().expect("--seed N")
        });
    let mut unlabelled = Vec::new();
    for f in support::UNLABELLED_CONLL {
        unlabelled.extend(read(f));
    }
    for f in support::UNLABELLED_CONLLU {
        unlabelled.extend(read_conllu_file(data_dir().join(f)).expect("UD file"));
    }
    let law = classes.then(law_classes);
    let mut scores = Vec::new();
    for k in 1..=5 {
        let train = read(&format!("ner-nerui/train.0{k}.tsv"));
        let dev = read(&format!("ner-nerui/dev.0{k}.tsv"));
        let test = read(&format!("ner-nerui/test.0{k}.tsv"));
        let mut clusters = support::fold_clusters(&train, &unlabelled, &test);
        if let Some(law) = &law {
            clusters = clusters.join(law);
        }
        let docs = into_documents(train, 1, 0);
        let config = TrainConfig {
            seed,
            ..TrainConfig::default()
        };
        let tagger =
            Tagger::new(train_with(&docs, &config, Some(clusters), |_, _| {}).expect("training"));
        let (d, t) = (
            tagger.evaluate(&dev, 1).micro.f1,
            tagger.evaluate(&test, 1).micro.f1,
        );
        println!("fold {k}: dev {:.2} test {:.2}", 100.0 * d, 100.0 * t);
        scores.push((d, t));
    }
    let mean = |f: fn(&(f64, f64)) -> f64| 100.0 * scores.iter().map(f).sum::<f64>() / 5.0;
    println!(
        "NER-UI 5-fold mean micro F1 ({} classes, seed {seed}): dev {:.2} test {:.2}",
        if classes { "with" } else { "without" },
        mean(|s| s.0),
        mean(|s| s.1)
    );
}

/// Word classes of the court decisions, as `urai train-ner --classes-text ... --classes-doc-start putusan` makes them.
fn law_classes() -> Clusters {
    let p = data_dir().join("unlabelled-indo-law/text.txt.zst");
    let mut text = String::new();
    zstd::Decoder::new(std::fs::File::open(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .and_then(|mut d| d.read_to_string(&mut text))
        .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let docs = text_documents(&text, Some("putusan"));
    build_clusters_in_documents(&docs, &ClusterConfig::classes(20))
}
