//! Throughput of the tokenizer (beside unicode-segmentation's word splitter) and of `annotate` to JSONL.
//!
//! The corpus is the team's own news-style texts (`tests/golden/*.txt`, `data/examples/`) repeated to the
//! sizes measured. Run: `cargo bench --bench pipeline`.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;
use unicode_segmentation::UnicodeSegmentation;
use urai::format::{Offsets, jsonl};
use urai::{Document, Input, Pipeline, PipelineConfig};
use urai_tokenizer::Tokenizer;

/// The team's texts, as documents.
fn documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    for dir in ["tests/golden", "data/examples"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        docs.extend(files.iter().map(|f| std::fs::read_to_string(f).unwrap()));
    }
    docs
}

/// One text of at least `bytes` bytes built from the documents.
fn corpus(bytes: usize) -> String {
    let docs = documents();
    let mut text = String::with_capacity(bytes + 4096);
    'fill: loop {
        for d in &docs {
            text.push_str(d);
            text.push_str("\n\n");
            if text.len() >= bytes {
                break 'fill;
            }
        }
    }
    text
}

fn tokenizer(c: &mut Criterion) {
    let tok = Tokenizer::new();
    let _ = tok.tokenize("Pemanasan lexicon."); // load the embedded lexicon before timing
    let mut group = c.benchmark_group("tokenize");
    for size in [16 << 10, 1 << 20] {
        let text = corpus(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("urai-tokenizer", size), &text, |b, t| {
            b.iter(|| black_box(tok.tokenize(black_box(t)).words().len()))
        });
        group.bench_with_input(
            BenchmarkId::new("unicode_word_indices", size),
            &text,
            |b, t| b.iter(|| black_box(black_box(t).unicode_word_indices().count())),
        );
    }
    group.finish();
}

fn annotate(c: &mut Criterion) {
    // A corpus of a few MB as 4 KB documents, annotated and written as JSONL.
    let text = corpus(4 << 20);
    let mut inputs = Vec::new();
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let mut cut = rest.len().min(4096);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (doc, tail) = rest.split_at(cut);
        inputs.push(Input::new(format!("d{}", inputs.len()), doc));
        rest = tail;
    }
    // The full pipeline, the full pipeline without expressions, and the foundation alone (tokens, words,
    // sentences, language).
    let mut no_expressions = PipelineConfig::default();
    no_expressions.expressions = false;
    let mut foundation = PipelineConfig::default();
    foundation.stem = false;
    foundation.ner = false;
    foundation.expressions = false;
    foundation.boilerplate = urai::BoilerplateMode::Keep;
    let mut group = c.benchmark_group("annotate-jsonl");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(text.len() as u64));
    for (name, config) in [
        ("full", PipelineConfig::default()),
        ("full-no-expressions", no_expressions),
        ("tokens-only", foundation),
    ] {
        let pipeline = Pipeline::with_config(config);
        let _ = pipeline.annotate("warm", "Pemanasan di Jakarta.");
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            group.bench_function(BenchmarkId::new(format!("{name}/threads"), threads), |b| {
                // As `urai annotate` does: annotation (a run of documents at a time) and rendering on the
                // workers, output in input order.
                b.iter(|| {
                    let rendered: Vec<Vec<u8>> = pool.install(|| {
                        urai::runs(inputs.clone(), |input| input.text.len())
                            .into_par_iter()
                            .map_init(
                                || pipeline.worker(),
                                |worker, run| {
                                    let docs = pipeline.annotate_many_with(worker, run);
                                    let render = |doc: Document| {
                                        let mut out = Vec::with_capacity(doc.text.len() * 4);
                                        jsonl::write(&doc, Offsets::Byte, &mut out).unwrap();
                                        out
                                    };
                                    docs.into_iter().map(render).collect::<Vec<_>>()
                                },
                            )
                            .flatten_iter()
                            .collect()
                    });
                    black_box(rendered.iter().map(Vec::len).sum::<usize>())
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, tokenizer, annotate);
criterion_main!(benches);
