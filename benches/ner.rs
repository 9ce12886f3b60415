//! urai-ner throughput (tokens per second on one core) and model load time.
//!
//! Run: `cargo bench --bench ner`. Input: the team's news-style golden sentences
//! (`crates/urai-ner/tests/golden/news.txt`) as documents of 1, 12 and 120 sentences.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use urai_ner::{Model, Tagger};

const NEWS: &str = include_str!("../crates/urai-ner/tests/golden/news.txt");

fn sentences() -> Vec<Vec<&'static str>> {
    NEWS.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split(' ').filter(|t| !t.is_empty()).collect())
        .collect()
}

fn tagging(c: &mut Criterion) {
    let tagger = Tagger::embedded();
    let base = sentences();
    let mut group = c.benchmark_group("ner/tag");
    for (name, doc) in [
        ("1-sentence", base[..1].to_vec()),
        ("12-sentences", base.clone()),
        (
            "120-sentences",
            base.iter()
                .cycle()
                .take(base.len() * 10)
                .cloned()
                .collect::<Vec<_>>(),
        ),
    ] {
        let tokens: usize = doc.iter().map(Vec::len).sum();
        group.throughput(Throughput::Elements(tokens as u64));
        let mut worker = tagger.worker();
        let mut out = Vec::new();
        group.bench_function(name, |b| {
            b.iter(|| {
                worker.tag_document_into(black_box(&doc), &mut out);
                black_box(&out);
            })
        });
    }
    group.finish();
}

fn loading(c: &mut Criterion) {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ner/model.bin"))
        .expect("data/ner/model.bin");
    let mut group = c.benchmark_group("ner/load");
    group.sample_size(20);
    group.bench_function("model-from-bytes", |b| {
        b.iter(|| black_box(Model::from_bytes(black_box(&bytes), "model.bin").is_ok()))
    });
    // Parsing plus building the tagging tables (what `Tagger::embedded()` does on first use).
    group.bench_function("tagger-from-bytes", |b| {
        b.iter(|| black_box(Tagger::from_bytes(black_box(&bytes)).is_ok()))
    });
    group.finish();
}

criterion_group!(benches, tagging, loading);
criterion_main!(benches);
