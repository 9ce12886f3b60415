//! Trains the urai-ner model from CoNLL-style corpora and reports dev/test scores.
//!
//! Reproduce the shipped model (`data/ner/model.bin`) from the workspace root (about 30 s; deterministic):
//!
//! ```text
//! D=../shared/data
//! cargo run --release -p urai-ner --example train_ner -- -o data/ner/model.bin --independent 1 --independent 2 \
//!   --train 0:$D/ner-idner-news-2k/train.txt --train 0:$D/ner-idner-news-2k/dev.txt \
//!   --train 1:$D/ner-nerui/train.01.tsv --train 1:$D/ner-nerui/dev.01.tsv --train 1:$D/ner-nerui/test.01.tsv \
//!   --train 2:$D/ner-nergrit/train_preprocess.txt --train 2:$D/ner-nergrit/valid_preprocess.txt \
//!   --exclude $D/ner-idner-news-2k/test.txt --exclude $D/ner-nergrit/test_preprocess.txt \
//!   --text $D/ner-nerp/train_preprocess.txt --text $D/ner-nerp/valid_preprocess.txt \
//!   --text $D/ud-indonesian-gsd/id_gsd-ud-dev.conllu --text $D/ud-indonesian-gsd/id_gsd-ud-test.conllu \
//!   --text $D/ud-indonesian-csui/id_csui-ud-train.conllu --text $D/ud-indonesian-csui/id_csui-ud-test.conllu \
//!   --eval $D/ner-idner-news-2k/test.txt
//! ```
//!
//! Domains: 0 = news (idner-news-2k; the tagger's default), 1 = NER-UI (the three fold-1 files together are the
//! whole corpus, de-duplicated), 2 = NERGrit. `--exclude` drops every sentence whose text occurs in the test
//! files, from the labelled and the unlabelled (`--text`, word clusters only) input alike; NERP's labels are not used.
//!
//! Options: `--train [DOMAIN:]FILE` (repeatable; domain 0 = news, the default), `--exclude FILE` (drop training
//! sentences whose text occurs in FILE), `--text FILE` (unlabelled text for word clusters; CoNLL-U or CoNLL), `--dev FILE` (scored after every epoch), `--eval FILE` (scored at the
//! end), `--epochs N`, `--seed N`, `--doc-size N` (sentences per pseudo-document), `--independent DOMAIN`
//! (that domain's sentences are shuffled: one-sentence documents), `--eval-doc-size N`, `-o FILE`.

use std::process::ExitCode;

use urai_ner::Tagger;
use urai_ner::clusters::{ClusterConfig, build_clusters};
use urai_ner::corpus::{Sentence, read_conll_file};
use urai_ner::train::{TrainConfig, into_documents, train_with};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut train_files, mut dev_files, mut eval_files) = (Vec::new(), Vec::new(), Vec::new());
    let mut exclude_files: Vec<String> = Vec::new();
    let mut dump: Option<String> = None;
    let mut text_files: Vec<String> = Vec::new();
    let mut ccfg = ClusterConfig::default();
    let mut clusters_cache: Option<String> = None;
    let mut independent: Vec<u8> = Vec::new();
    let mut eval_doc_size: Option<usize> = None;
    let mut out = None;
    let mut config = TrainConfig::default();
    let mut doc_size = 50usize;
    let mut options = urai_ner::DocumentOptions::default();
    let mut domain_opt = 0u8;
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--train" => train_files.push(val()?),
            "--dev" => dev_files.push(val()?),
            "--eval" => eval_files.push(val()?),
            "--exclude" => exclude_files.push(val()?),
            "--dump" => dump = Some(val()?),
            "--text" => text_files.push(val()?),
            "--clusters-cache" => clusters_cache = Some(val()?),
            "--independent" => independent.push(val()?.parse::<u8>()?),
            "--eval-doc-size" => eval_doc_size = Some(val()?.parse()?),
            "--cluster-levels" => {
                ccfg.levels = val()?
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<_, _>>()?
            }
            "--cluster-min-count" => ccfg.min_count = val()?.parse()?,
            "--cluster-contexts" => ccfg.contexts = val()?.parse()?,
            "--epochs" => config.epochs = val()?.parse()?,
            "--seed" => config.seed = val()?.parse()?,
            "--min-count" => config.min_feature_count = val()?.parse()?,
            "--doc-size" => doc_size = val()?.parse()?,
            "-o" | "--output" => out = Some(val()?),
            "--no-propagate" => options.propagate_person_parts = false,
            "--no-unify" => options.unify_types = false,
            "--no-seats" => options.seats_as_organisations = false,
            "--stacked" => config.stacked = true,
            "--crf" => config.algorithm = urai_ner::train::Algorithm::Crf,
            "--l2" => config.l2 = val()?.parse()?,
            "--lr" => config.learning_rate = val()?.parse()?,
            "--ensemble" => config.ensemble = val()?.parse()?,
            "--domain" => domain_opt = val()?.parse()?,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    let mut exclude = Vec::new();
    for f in &exclude_files {
        exclude.extend(read_conll_file(f)?);
    }
    let mut docs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for spec in &train_files {
        // FILE or DOMAIN:FILE
        let (domain, f) = match spec.split_once(':') {
            Some((d, f)) if d.parse::<u8>().is_ok() => (d.parse::<u8>()?, f.to_string()),
            _ => (0, spec.clone()),
        };
        let sents: Vec<Sentence> = read_conll_file(&f)?;
        let n = sents.len();
        let sents = urai_ner::corpus::drop_overlapping(sents, &exclude);
        // Identical sentences across files (NER-UI folds) are kept once.
        let sents: Vec<Sentence> = sents
            .into_iter()
            .filter(|s| seen.insert(s.tokens.clone()))
            .collect();
        eprintln!("{f} (domain {domain}): {n} sentences, {} new", sents.len());
        // Corpora whose sentences are shuffled (NER-UI, NERGrit) have no document context: one sentence each.
        let size = if independent.contains(&domain) {
            1
        } else {
            doc_size
        };
        docs.extend(into_documents(sents, size, domain));
    }
    let dev: Vec<(String, Vec<Sentence>)> = dev_files
        .iter()
        .map(|f| Ok((f.clone(), read_conll_file(f)?)))
        .collect::<Result<_, urai_ner::Error>>()?;
    let t0 = std::time::Instant::now();
    let cached = clusters_cache
        .as_ref()
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| urai_ner::clusters::Clusters::from_bytes(&b));
    let clusters = if let Some(c) = cached {
        eprintln!("clusters: {} words from the cache", c.len());
        Some(c)
    } else if text_files.is_empty() {
        None
    } else {
        // Unlabelled text: the training sentences plus every --text file (CoNLL-U or CoNLL), minus --exclude.
        let mut text: Vec<Vec<String>> = docs
            .iter()
            .flat_map(|d| d.sentences.iter().map(|s| s.tokens.clone()))
            .collect();
        for f in &text_files {
            let sents = if f.ends_with(".conllu") {
                urai_ner::corpus::read_conllu_file(f)?
            } else {
                read_conll_file(f)?
            };
            let sents = urai_ner::corpus::drop_overlapping(sents, &exclude);
            text.extend(sents.into_iter().map(|s| s.tokens));
        }
        let c = build_clusters(&text, &ccfg);
        eprintln!(
            "clusters: {} words from {} sentences in {:.1}s",
            c.len(),
            text.len(),
            t0.elapsed().as_secs_f64()
        );
        if let Some(p) = &clusters_cache {
            std::fs::write(p, c.to_bytes())?;
        }
        Some(c)
    };
    let model = train_with(&docs, &config, clusters, |epoch, model| {
        for (name, sents) in &dev {
            let r = Tagger::new(model.clone())
                .with_options(options)
                .with_domain(domain_opt)
                .evaluate(sents, eval_doc_size.unwrap_or(doc_size));
            eprintln!(
                "epoch {epoch:2} {name}: micro F1 {:.2} macro {:.2}",
                100.0 * r.micro.f1,
                100.0 * r.macro_f1
            );
        }
    })?;
    eprintln!(
        "trained in {:.1}s, {} features",
        t0.elapsed().as_secs_f64(),
        model.num_features()
    );
    let tagger = Tagger::new(model)
        .with_options(options)
        .with_domain(domain_opt);
    if let (Some(path), Some((_, sents))) = (&dump, dev.first()) {
        // TOKEN GOLD PRED lines for error analysis.
        let mut text = String::new();
        for doc in sents.chunks(eval_doc_size.unwrap_or(doc_size)) {
            let toks: Vec<&[String]> = doc.iter().map(|s| s.tokens.as_slice()).collect();
            for (s, t) in doc.iter().zip(tagger.tag_document(&toks)) {
                for ((tok, g), p) in s.tokens.iter().zip(&s.labels).zip(&t) {
                    text.push_str(&format!("{tok} {g} {}\n", p.label));
                }
                text.push('\n');
            }
        }
        std::fs::write(path, text)?;
    }
    for (name, sents) in &dev {
        let r = tagger.evaluate(sents, eval_doc_size.unwrap_or(doc_size));
        eprintln!(
            "final {name}: micro F1 {:.2} macro {:.2}",
            100.0 * r.micro.f1,
            100.0 * r.macro_f1
        );
    }
    for f in &eval_files {
        let sents = read_conll_file(f)?;
        let r = tagger.evaluate(&sents, eval_doc_size.unwrap_or(doc_size));
        println!("{f}\n{r}");
    }
    if let Some(o) = out {
        tagger.model().save(&o)?;
        eprintln!("wrote {o} ({} bytes)", std::fs::metadata(&o)?.len());
    }
    Ok(())
}
