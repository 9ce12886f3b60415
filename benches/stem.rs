//! Indonesian stemming throughput, uncached, in one criterion group: urai-stem vs sastrawi-rs 0.5.3 vs the
//! Snowball Indonesian stemmer (snowball_stemmers_rs). The peers are dev-dependencies used only here.
//!
//! `cargo bench --bench stem` (words: the UD Indonesian gold tokens when `../shared/data` or
//! `URAI_SHARED_DATA` is there, else urai-stem's golden file). Before benching, the same run prints each
//! stemmer's accuracy on the UD gold (all tokens and non-stopword tokens; urai-stem with and without the name
//! hint a capitalised word inside a sentence gets, sastrawi-rs plain and with the same hint applied around it).

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group};
use urai_stem::Stemmer;
use urai_stem::eval::{self, GoldPair};

fn shared_data() -> PathBuf {
    std::env::var_os("URAI_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"))
}

fn ud_gold() -> Option<Vec<GoldPair>> {
    eval::read_gold(shared_data().join("stem-gold-ud-indonesian/ud_tokens.tsv")).ok()
}

fn words() -> Vec<String> {
    if let Some(gold) = ud_gold() {
        return gold.into_iter().map(|p| p.word.to_lowercase()).collect();
    }
    let golden =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/urai-stem/tests/golden/derived.tsv");
    let text = std::fs::read_to_string(golden).unwrap_or_default();
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::to_lowercase)
        .collect()
}

fn report_accuracy() {
    let Some(gold) = ud_gold() else {
        eprintln!(
            "accuracy: UD gold not found under {}; skipped",
            shared_data().display()
        );
        return;
    };
    let urai = Stemmer::new();
    let dict = sastrawi::Dictionary::new();
    let sastrawi = sastrawi::Stemmer::new(&dict);
    let snowball =
        snowball_stemmers_rs::Stemmer::create(snowball_stemmers_rs::Algorithm::Indonesian);
    let line = |name: &str, r: &eval::Report| {
        eprintln!(
            "accuracy on UD lemmas ({} tokens): {name}: all {:.2} %, non-stopword {:.2} %",
            r.total,
            100.0 * r.accuracy(),
            100.0 * r.content_accuracy()
        );
    };
    line(
        "urai-stem (name hint by context)",
        &eval::evaluate(&urai, &gold),
    );
    line(
        "urai-stem (no name hint)",
        &eval::evaluate_with(&gold, |w, _| urai.stem(w).into_owned()),
    );
    line(
        "sastrawi-rs 0.5.3",
        &eval::evaluate_with(&gold, |w, _| {
            sastrawi.stem_word(&w.to_lowercase()).into_owned()
        }),
    );
    line(
        "sastrawi-rs 0.5.3 (same name hint)",
        &eval::evaluate_with(&gold, |w, hint| {
            if hint.is_name {
                w.to_owned()
            } else {
                sastrawi.stem_word(&w.to_lowercase()).into_owned()
            }
        }),
    );
    line(
        "snowball_stemmers_rs Indonesian",
        &eval::evaluate_with(&gold, |w, _| snowball.stem(&w.to_lowercase()).into_owned()),
    );
}

fn bench(c: &mut Criterion) {
    let words = words();
    let urai = Stemmer::new();
    let dict = sastrawi::Dictionary::new();
    let sastrawi = sastrawi::Stemmer::new(&dict);
    let snowball =
        snowball_stemmers_rs::Stemmer::create(snowball_stemmers_rs::Algorithm::Indonesian);
    // warm the lazy statics
    black_box(urai.stem("pembicaraan"));
    black_box(sastrawi.stem_word("pembicaraan"));
    black_box(snowball.stem("pembicaraan"));

    let mut group = c.benchmark_group("stem_words_uncached");
    group.throughput(Throughput::Elements(words.len() as u64));
    group.bench_function("urai-stem", |b| {
        b.iter(|| {
            for w in &words {
                black_box(urai.stem(black_box(w)));
            }
        })
    });
    group.bench_function("sastrawi-rs 0.5.3", |b| {
        b.iter(|| {
            for w in &words {
                black_box(sastrawi.stem_word(black_box(w)));
            }
        })
    });
    group.bench_function("snowball_stemmers_rs indonesian", |b| {
        b.iter(|| {
            for w in &words {
                black_box(snowball.stem(black_box(w)));
            }
        })
    });
    group.finish();

    c.bench_function("urai-stem lexicon load (from_reader)", |b| {
        let text = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/stem/lexicon.tsv"),
        )
        .unwrap_or_default();
        b.iter(|| {
            Stemmer::from_reader(black_box(text.as_bytes()), "lexicon.tsv").map(|s| s.lexicon_len())
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}

fn main() {
    report_accuracy();
    benches();
    Criterion::default().configure_from_args().final_summary();
}
