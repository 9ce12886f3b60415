//! Accuracy and identity checks against the gold data in `../shared/data` (run by `.ci/run` with `--ignored`).
//! The data is located via `URAI_SHARED_DATA` or `<workspace>/../shared/data`; a missing directory fails loudly.

use std::path::PathBuf;

use urai_ner::corpus::{Sentence, read_conll_file, read_conllu_file};
use urai_ner::eval::{Evaluator, Scheme, evaluate_conlleval_file, evaluate_files};
use urai_ner::train::{Document, TrainConfig, into_documents, train_with};
use urai_ner::{DocumentOptions, SHARED_DOMAIN, Tagger, judged_spans};

mod support;

/// Sentences per pseudo-document for idner-news-2k, whose sentences keep their article order (as in training).
const DOC_SIZE: usize = 50;
/// NER-UI and NERGrit sentences are shuffled: every sentence is its own document.
const SHUFFLED: usize = 1;

fn data_dir() -> PathBuf {
    let dir = std::env::var_os("URAI_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
    assert!(
        dir.join("ner-idner-news-2k").is_dir(),
        "shared data not found at {} (set URAI_SHARED_DATA): these tests need it",
        dir.display()
    );
    dir
}

fn read(rel: &str) -> Vec<Sentence> {
    let p = data_dir().join(rel);
    read_conll_file(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn eval_matches_seqeval_and_conlleval() {
    let dir = data_dir().join("ner-eval-vectors");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected_scores.json")).unwrap())
            .unwrap();
    let close = |a: f64, b: &serde_json::Value, what: &str| {
        let b = b.as_f64().unwrap_or_else(|| panic!("{what} missing"));
        assert!((a - b).abs() < 1e-9, "{what}: ours {a}, expected {b}");
    };
    for case in expected.as_array().unwrap() {
        let file = case["file"].as_str().unwrap();
        let r = evaluate_conlleval_file(dir.join(file), Scheme::Conlleval).unwrap();
        let d = &case["default_conlleval_chunking"];
        assert_eq!(
            r.sentences as u64,
            case["sentences"].as_u64().unwrap(),
            "{file} sentences"
        );
        assert_eq!(
            r.tokens as u64,
            case["tokens"].as_u64().unwrap(),
            "{file} tokens"
        );
        for (t, c) in d["per_type"].as_object().unwrap() {
            let s = r
                .per_type
                .get(t)
                .unwrap_or_else(|| panic!("{file}: type {t} missing"));
            assert_eq!(
                (s.tp as u64, s.pred as u64, s.gold as u64),
                (
                    c["tp"].as_u64().unwrap(),
                    c["pred"].as_u64().unwrap(),
                    c["gold"].as_u64().unwrap()
                ),
                "{file} {t} counts"
            );
        }
        assert_eq!(
            r.per_type.len(),
            d["per_type"].as_object().unwrap().len(),
            "{file} types"
        );
        close(
            r.micro.precision,
            &d["micro"]["p"],
            &format!("{file} micro p"),
        );
        close(r.micro.recall, &d["micro"]["r"], &format!("{file} micro r"));
        close(r.micro.f1, &d["micro"]["f1"], &format!("{file} micro f1"));
        close(r.macro_f1, &d["macro_f1"], &format!("{file} macro f1"));
        close(
            r.micro.f1,
            &case["indonlu_conlleval"]["micro_f1"],
            &format!("{file} indonlu micro"),
        );
        close(
            r.macro_f1,
            &case["indonlu_conlleval"]["type_macro_f1"],
            &format!("{file} indonlu macro"),
        );
        let s = evaluate_conlleval_file(dir.join(file), Scheme::StrictIob2).unwrap();
        close(
            s.micro.f1,
            &case["strict_iob2"]["micro"]["f1"],
            &format!("{file} strict micro f1"),
        );
        close(
            s.micro.precision,
            &case["strict_iob2"]["micro"]["p"],
            &format!("{file} strict micro p"),
        );
        close(
            s.macro_f1,
            &case["strict_iob2"]["macro_f1"],
            &format!("{file} strict macro f1"),
        );
    }
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn eval_two_files_pairs_tokens_and_names_bad_lines() {
    let dir = data_dir().join("ner-idner-news-2k");
    // Gold against itself: perfect scores, CRLF and three columns handled.
    let r = evaluate_files(
        dir.join("test.txt"),
        dir.join("test.txt"),
        Scheme::Conlleval,
    )
    .unwrap();
    assert_eq!(r.micro.gold, 1019);
    assert!((r.micro.f1 - 1.0).abs() < 1e-12);
    // Against another file: a token mismatch names the system file and a line.
    let e = evaluate_files(dir.join("test.txt"), dir.join("dev.txt"), Scheme::Conlleval)
        .unwrap_err()
        .to_string();
    assert!(e.contains("dev.txt:1:"), "{e}");
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn embedded_model_idner_news_2k_test_micro_f1_at_least_92() {
    let test = read("ner-idner-news-2k/test.txt");
    // In idner-news-2k's own annotation domain (0), the issue's floor.
    let own = Tagger::embedded()
        .clone()
        .with_domain(0)
        .evaluate(&test, DOC_SIZE);
    eprintln!("idner-news-2k test (embedded model, domain 0):\n{own}");
    assert!(
        own.micro.f1 >= 0.92,
        "idner-news-2k test micro F1 (domain 0) {:.4} < 0.92",
        own.micro.f1
    );
    // The default (the mean of the three domains): idner-news-2k's annotators often left a country untagged
    // (`pejabat Jepang`), which the other corpora tag; a regression guard. Measured 0.9256 (0.9260 with the
    // shared features alone, the default until session 7).
    let mean = Tagger::embedded().evaluate(&test, DOC_SIZE);
    eprintln!("idner-news-2k test (embedded model, default mean domain):\n{mean}");
    assert!(
        mean.micro.f1 >= 0.912,
        "idner-news-2k test micro F1 (mean) {:.4} < 0.912",
        mean.micro.f1
    );
    let shared = Tagger::embedded()
        .clone()
        .with_domain(SHARED_DOMAIN)
        .evaluate(&test, DOC_SIZE);
    eprintln!(
        "idner-news-2k test (embedded model, shared domain): micro {:.4}",
        shared.micro.f1
    );
    // The rule left off by default, reported (README: `propagate-entities`): it costs F1 in both domains.
    for (name, tagger) in [
        ("domain 0", Tagger::embedded().clone().with_domain(0)),
        ("mean", Tagger::embedded().clone()),
    ] {
        let options = DocumentOptions {
            propagate_entities: true,
            ..DocumentOptions::default()
        };
        let r = tagger.with_options(options).evaluate(&test, DOC_SIZE);
        eprintln!(
            "idner-news-2k test, {name}, with propagate_entities: micro {:.4}",
            r.micro.f1
        );
    }
}

/// `tokens` as a headline writes them: every word capitalised.
fn headline_cased(tokens: &[String]) -> Vec<String> {
    tokens
        .iter()
        .map(|t| {
            let mut cs = t.chars();
            match cs.next() {
                Some(c) if c.is_lowercase() => c.to_uppercase().chain(cs).collect(),
                _ => t.clone(),
            }
        })
        .collect()
}

/// Headlines: each idner-news-2k test sentence capitalised word by word and tagged as the title of a document
/// whose body is the sentence itself (a title's words recur in its article), and alone (a "Baca juga" link).
#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn embedded_model_headline_cased_idner_news_2k_test() {
    let test = read("ner-idner-news-2k/test.txt");
    let mut with_body = Evaluator::new(Scheme::Conlleval);
    let mut alone = Evaluator::new(Scheme::Conlleval);
    let mut w = Tagger::embedded().worker();
    for s in &test {
        let title = headline_cased(&s.tokens);
        let gold: Vec<String> = s.labels.iter().map(|l| l.to_string()).collect();
        let label = |t: &[urai_ner::TokenTag]| -> Vec<String> {
            t.iter().map(|x| x.label.to_string()).collect()
        };
        let doc = w.tag_document(&[&title, &s.tokens]);
        with_body.add(&gold, &label(&doc[0]));
        let doc = w.tag_document(&[&title]);
        alone.add(&gold, &label(&doc[0]));
    }
    let (with_body, alone) = (with_body.report(), alone.report());
    eprintln!(
        "idner-news-2k test in headline casing: title + body micro {:.4}, title alone {:.4}",
        with_body.micro.f1, alone.micro.f1
    );
    // Measured 0.913 / 0.882 (0.897 / 0.859 before character trigrams and the company list); the recipe without
    // headline copies in training (`--headlines 0`) scored 0.826 / 0.784, and the model before headline features
    // 0.821 alone.
    assert!(
        with_body.micro.f1 >= 0.88 && alone.micro.f1 >= 0.85,
        "headline-cased idner-news-2k test regressed: {with_body}\n{alone}"
    );
}

/// Entity scores of `tagger` on `test` (documents of `doc_size` sentences) against whether each entity is right:
/// expected calibration error over ten score bins, Brier score, and AUROC (how often a right entity scores
/// above a wrong one).
fn score_quality(tagger: &Tagger, test: &[Sentence], doc_size: usize) -> (f64, f64, f64) {
    let mut w = tagger.worker();
    let mut scored: Vec<(f64, bool)> = Vec::new();
    for doc in test.chunks(doc_size) {
        let toks: Vec<&[String]> = doc.iter().map(|s| s.tokens.as_slice()).collect();
        for (s, tags) in doc.iter().zip(w.tag_document(&toks)) {
            for (sp, right) in judged_spans(&tags, &s.labels) {
                scored.push((f64::from(sp.score), right));
            }
        }
    }
    let n = scored.len().max(1) as f64;
    let mut bins = [(0f64, 0f64); 10];
    for &(p, right) in &scored {
        let b = &mut bins[((p * 10.0) as usize).min(9)];
        b.0 += p;
        b.1 += f64::from(u8::from(right));
    }
    let ece = bins.iter().map(|b| (b.0 - b.1).abs()).sum::<f64>() / n;
    let brier = scored
        .iter()
        .map(|&(p, r)| (p - f64::from(u8::from(r))).powi(2))
        .sum::<f64>()
        / n;
    let (right, wrong): (Vec<f64>, Vec<f64>) = {
        let r = scored.iter().filter(|x| x.1).map(|x| x.0).collect();
        let w = scored.iter().filter(|x| !x.1).map(|x| x.0).collect();
        (r, w)
    };
    let mut wins = 0f64;
    for a in &right {
        for b in &wrong {
            wins += if a > b {
                1.0
            } else if a == b {
                0.5
            } else {
                0.0
            };
        }
    }
    let auroc = wins / (right.len() * wrong.len()).max(1) as f64;
    (ece, brier, auroc)
}

/// Entity scores are calibrated probabilities: a user can threshold them. Measured with the shipped model (default mean
/// domain): idner-news-2k ECE 0.066, Brier 0.072, AUROC 0.760; NERGrit 0.064, 0.172, 0.730. The previous recipe
/// without calibration (`--no-calibrate`, every score near 1.0): idner-news-2k 0.078, 0.077, 0.627; NERGrit ECE
/// about 0.26.
#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn embedded_model_entity_scores_are_calibrated() {
    for (file, doc_size, max_ece, max_brier, min_auroc) in [
        ("ner-idner-news-2k/test.txt", DOC_SIZE, 0.10, 0.09, 0.70),
        (
            "ner-nergrit/test_preprocess.txt",
            SHUFFLED,
            0.10,
            0.23,
            0.68,
        ),
    ] {
        let (ece, brier, auroc) = score_quality(Tagger::embedded(), &read(file), doc_size);
        eprintln!("{file}: entity scores ECE {ece:.4}, Brier {brier:.4}, AUROC {auroc:.3}");
        assert!(
            ece <= max_ece && brier <= max_brier && auroc >= min_auroc,
            "{file}: entity scores ECE {ece:.4} (max {max_ece}), Brier {brier:.4} (max {max_brier}), \
             AUROC {auroc:.3} (min {min_auroc})"
        );
    }
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn embedded_model_nergrit_test_reported() {
    let test = read("ner-nergrit/test_preprocess.txt");
    let news = Tagger::embedded().evaluate(&test, DOC_SIZE);
    let shared = Tagger::embedded()
        .clone()
        .with_domain(SHARED_DOMAIN)
        .evaluate(&test, DOC_SIZE);
    let grit = Tagger::embedded()
        .clone()
        .with_domain(2)
        .evaluate(&test, DOC_SIZE);
    eprintln!(
        "NERGrit test, default (mean) domain: micro {:.4} macro {:.4}; shared domain: micro {:.4} macro {:.4}",
        news.micro.f1, news.macro_f1, shared.micro.f1, shared.macro_f1
    );
    eprintln!(
        "NERGrit test, NERGrit domain (2): micro {:.4} macro {:.4}\n{grit}",
        grit.micro.f1, grit.macro_f1
    );
    // Far above the reference CRF trained on NERGrit alone (0.686 micro, 0.647 macro).
    // Regression guard (the issue asks only for the figures): measured 0.746 micro / 0.708 macro.
    assert!(
        grit.micro.f1 >= 0.72 && grit.macro_f1 >= 0.68,
        "NERGrit test regressed: {grit}"
    );
}

/// Unlabelled text for word clusters (never a test split we report on).
fn unlabelled_text() -> Vec<Sentence> {
    let mut text = Vec::new();
    for f in support::UNLABELLED_CONLL {
        text.extend(read(f));
    }
    for f in support::UNLABELLED_CONLLU {
        text.extend(read_conllu_file(data_dir().join(f)).unwrap());
    }
    text
}

/// Trains on NER-UI fold k's train file (labels: that file only; plus `extra` labelled documents) with word
/// clusters from the fold's train file and unlabelled text that excludes the fold's test sentences.
fn nerui_fold(k: usize, unlabelled: &[Sentence], extra: &[Document]) -> f64 {
    let train_s = read(&format!("ner-nerui/train.0{k}.tsv"));
    let test = read(&format!("ner-nerui/test.0{k}.tsv"));
    let clusters = support::fold_clusters(&train_s, unlabelled, &test);
    let mut docs = into_documents(train_s, SHUFFLED, 0);
    docs.extend(extra.iter().cloned());
    let model = train_with(&docs, &TrainConfig::default(), Some(clusters), |_, _| {}).unwrap();
    Tagger::new(model)
        .with_domain(0)
        .evaluate(&test, SHUFFLED)
        .micro
        .f1
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn nerui_five_fold_mean_micro_f1_does_not_regress() {
    // The issue's floor is 0.89; the tagger measures 0.8815 today (an open gap, stated in the README). This test
    // guards the figure reached so far so that CI catches a regression while the gap is being closed.
    const GUARD: f64 = 0.876;
    let unlabelled = unlabelled_text();
    let scores: Vec<f64> = (1..=5).map(|k| nerui_fold(k, &unlabelled, &[])).collect();
    let mean = scores.iter().sum::<f64>() / 5.0;
    eprintln!(
        "NER-UI 5-fold micro F1 (labels: train.0k only): {scores:.4?} mean {mean:.4} (issue floor 0.89)"
    );
    assert!(
        mean >= GUARD,
        "NER-UI 5-fold mean micro F1 {mean:.4} < {GUARD}"
    );
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn nerui_five_fold_with_other_corpora_reported() {
    let unlabelled = unlabelled_text();
    let mut extra = into_documents(read("ner-idner-news-2k/train.txt"), DOC_SIZE, 1);
    extra.extend(into_documents(
        read("ner-idner-news-2k/dev.txt"),
        DOC_SIZE,
        1,
    ));
    extra.extend(into_documents(
        read("ner-nergrit/train_preprocess.txt"),
        DOC_SIZE,
        2,
    ));
    extra.extend(into_documents(
        read("ner-nergrit/valid_preprocess.txt"),
        DOC_SIZE,
        2,
    ));
    let scores: Vec<f64> = (1..=5)
        .map(|k| nerui_fold(k, &unlabelled, &extra))
        .collect();
    let mean = scores.iter().sum::<f64>() / 5.0;
    eprintln!(
        "NER-UI 5-fold micro F1 (train.0k + idner-news-2k + NERGrit): {scores:.4?} mean {mean:.4}"
    );
    assert!(
        mean >= 0.85,
        "NER-UI 5-fold with other corpora regressed: {mean:.4}"
    );
}

#[test]
#[ignore = "needs ../shared/data; run by .ci/run"]
fn seed_document_entities() {
    let dir = data_dir().join("../seeds");
    let mut text = String::new();
    for e in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            text.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
    // Crude tokenization for this check only: lines are sentences, punctuation split off.
    let mut doc: Vec<Vec<String>> = Vec::new();
    for line in text.lines() {
        let mut toks = Vec::new();
        for w in line.split_whitespace() {
            let mut cur = String::new();
            for c in w.chars() {
                if c.is_alphanumeric() || c == '-' && !cur.is_empty() {
                    cur.push(c);
                } else {
                    if !cur.is_empty() {
                        toks.push(std::mem::take(&mut cur));
                    }
                    toks.push(c.to_string());
                }
            }
            if !cur.is_empty() {
                toks.push(cur);
            }
        }
        if !toks.is_empty() {
            doc.push(toks);
        }
    }
    let tags = Tagger::embedded().tag_document(&doc);
    let mut found: std::collections::HashMap<String, std::collections::HashSet<String>> =
        Default::default();
    let mut tagged_words: std::collections::HashSet<String> = Default::default();
    for (s, t) in doc.iter().zip(&tags) {
        for sp in urai_ner::spans(t) {
            let name = s[sp.start..sp.end].join(" ");
            for w in &s[sp.start..sp.end] {
                tagged_words.insert(w.clone());
            }
            found.entry(name).or_default().insert(sp.kind.to_string());
        }
    }
    let mut names: Vec<(&String, Vec<&String>)> =
        found.iter().map(|(n, k)| (n, k.iter().collect())).collect();
    names.sort();
    eprintln!("seed entities: {names:?}");
    let has = |name: &str, kind: &str| found.get(name).is_some_and(|k| k.contains(kind));
    for (name, kind) in [
        ("Antony Blinken", "PER"),
        ("Sergei Lavrov", "PER"),
        ("Jenewa", "LOC"),
        ("Ukraina", "LOC"),
        ("Washington", "LOC"),
        ("Moskow", "LOC"),
        ("Brussel", "LOC"),
        ("NATO", "ORG"),
        ("Kremlin", "ORG"),
        ("Blinken", "PER"),
        ("Lavrov", "PER"),
    ] {
        assert!(has(name, kind), "{name} not found as {kind}");
    }
    // Boilerplate and titles are no part of any entity.
    for w in [
        "Komentar",
        "LOADING",
        "Klik",
        "Akses",
        "Cari",
        "Allow",
        "Notifications",
        "Menlu",
    ] {
        assert!(
            !tagged_words.contains(w),
            "{w} tagged as (part of) an entity"
        );
    }
}
