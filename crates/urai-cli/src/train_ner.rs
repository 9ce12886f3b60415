//! `urai train-ner`: train an entity model from CoNLL-style corpora.

use std::collections::HashSet;
use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use urai_ner::clusters::{ClusterConfig, Clusters, build_clusters, build_clusters_in_documents};
use urai_ner::corpus::{
    Sentence, drop_overlapping, overlap_key, read_conll_file, read_conllu_file, text_documents,
};
use urai_ner::train::{Algorithm, TrainConfig, into_documents, train_with};
use urai_ner::{DocumentOptions, Tagger};

pub const AFTER_HELP: &str = "\
Corpora are CoNLL-style files: token first, IOB/IOB2 tag last, columns separated by tabs or spaces, a blank line
between sentences (CRLF, -DOCSTART- and orphan I- tags are handled). Labels are mapped PERSON/PPL -> PER,
LOCATION/PLACE/PLC/GPE -> LOC, ORGANIZATION/ORGANISATION -> ORG, everything else -> O.

Each --train file may carry a domain (`DOMAIN:FILE`, an id 0-7; default 0): every feature is learnt
once shared and once per domain, which lets corpora of different styles help each other. --exclude drops every
training, --text and --classes-text sentence whose text occurs in a test file, so that a model can be trained
next to its test set.

Reproduce the embedded model (data/ner/model.bin; deterministic, about 1.5 minutes on 2 cores):

  D=../shared/data
  urai train-ner -o data/ner/model.bin --seed 1 --prune 0.7 --independent 1 --independent 2 \\
    --train 0:$D/ner-idner-news-2k/train.txt --train 0:$D/ner-idner-news-2k/dev.txt \\
    --train 1:$D/ner-nerui/train.01.tsv --train 1:$D/ner-nerui/dev.01.tsv --train 1:$D/ner-nerui/test.01.tsv \\
    --train 2:$D/ner-nergrit/train_preprocess.txt --train 2:$D/ner-nergrit/valid_preprocess.txt \\
    --exclude $D/ner-idner-news-2k/test.txt --exclude $D/ner-nergrit/test_preprocess.txt \\
    --text $D/ner-nerp/train_preprocess.txt --text $D/ner-nerp/valid_preprocess.txt \\
    --text $D/ud-indonesian-gsd/id_gsd-ud-dev.conllu --text $D/ud-indonesian-gsd/id_gsd-ud-test.conllu \\
    --text $D/ud-indonesian-csui/id_csui-ud-train.conllu --text $D/ud-indonesian-csui/id_csui-ud-test.conllu \\
    --eval $D/ner-idner-news-2k/test.txt

Then `urai annotate --ner-model model.bin ...` uses it.";

/// Arguments of `urai train-ner`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Labelled training corpus, `FILE` or `DOMAIN:FILE` (repeatable).
    #[arg(long = "train", value_name = "[DOMAIN:]FILE", required = true)]
    train: Vec<String>,
    /// Where to write the model.
    #[arg(short = 'o', long = "output", value_name = "MODEL")]
    output: Option<PathBuf>,
    /// A development corpus, scored after every epoch (repeatable).
    #[arg(long, value_name = "FILE")]
    dev: Vec<PathBuf>,
    /// A test corpus, scored once at the end (repeatable).
    #[arg(long, value_name = "FILE")]
    eval: Vec<PathBuf>,
    /// Drop training, --text and --classes-text sentences whose text occurs in this file (repeatable).
    #[arg(long, value_name = "FILE")]
    exclude: Vec<PathBuf>,
    /// Unlabelled text (CoNLL or CoNLL-U) for the word clusters (repeatable).
    #[arg(long, value_name = "FILE")]
    text: Vec<PathBuf>,
    /// Plain unlabelled text for a second set of word classes, learnt apart from the --text clusters
    /// (repeatable; gzip or zstd files are decompressed): one sentence per line, tokens separated by spaces,
    /// a blank line between documents.
    #[arg(long, value_name = "FILE")]
    classes_text: Vec<PathBuf>,
    /// A --classes-text line equal to this also begins a new document.
    #[arg(long, value_name = "LINE")]
    classes_doc_start: Option<String>,
    /// Words of --classes-text found in fewer documents than this get no class.
    #[arg(long, value_name = "N", default_value_t = 20)]
    classes_min_docs: u32,
    /// The sentences of this domain are shuffled (no document context): one sentence per document.
    #[arg(long, value_name = "DOMAIN")]
    independent: Vec<u8>,
    /// Training epochs (default: the library's).
    #[arg(long, value_name = "N")]
    epochs: Option<u32>,
    /// Random seed (default: the library's).
    #[arg(long, value_name = "N")]
    seed: Option<u64>,
    /// Consecutive sentences that make one document (news articles keep their order).
    #[arg(long, value_name = "N", default_value_t = 50)]
    doc_size: usize,
    /// The domain in which the --dev and --eval corpora are tagged: a domain id, `mean` (the mean of the
    /// domains, as the embedded model tags by default) or `shared` (the features shared by all domains).
    #[arg(long, value_name = "DOMAIN", default_value = "0", value_parser = urai::options::parse_domain)]
    domain: u8,
    /// Train a CRF instead of the averaged perceptron.
    #[arg(long)]
    crf: bool,
    /// Perceptrons trained with different shuffling seeds and averaged into the model (default: the
    /// library's).
    #[arg(long, value_name = "N")]
    ensemble: Option<u32>,
    /// Drop features whose largest absolute weight is below this (default: the library's); a smaller, faster
    /// model.
    #[arg(long, value_name = "W")]
    prune: Option<f32>,
    /// Do not calibrate the entity scores (saves the second training run; labels are the same).
    #[arg(long)]
    no_calibrate: bool,
    /// Fraction of training sentences also learnt in headline casing, 0 to 1 (default: the library's).
    #[arg(long, value_name = "F")]
    headlines: Option<f32>,
}

fn read_any(path: &PathBuf) -> Result<Vec<Sentence>> {
    let sentences = if path.extension().is_some_and(|e| e == "conllu") {
        read_conllu_file(path)?
    } else {
        read_conll_file(path)?
    };
    Ok(sentences)
}

pub fn run(args: Args) -> Result<u8> {
    let mut config = TrainConfig::default();
    if let Some(e) = args.epochs {
        config.epochs = e;
    }
    if let Some(s) = args.seed {
        config.seed = s;
    }
    if args.crf {
        config.algorithm = Algorithm::Crf;
    }
    if let Some(w) = args.prune {
        if !(w >= 0.0 && w.is_finite()) {
            bail!("--prune must be a non-negative number, got {w}");
        }
        config.prune_threshold = w;
    }
    if args.no_calibrate {
        config.calibrate = false;
    }
    if let Some(n) = args.ensemble {
        if n == 0 {
            bail!("--ensemble must be at least 1");
        }
        config.ensemble = n;
    }
    if let Some(h) = args.headlines {
        if !(0.0..=1.0).contains(&h) {
            bail!("--headlines must be between 0 and 1, got {h}");
        }
        config.headlines = h;
    }
    if args.doc_size == 0 {
        bail!("--doc-size must be at least 1");
    }
    let mut exclude = Vec::new();
    for f in &args.exclude {
        exclude.extend(read_any(f)?);
    }
    let mut docs = Vec::new();
    let mut seen = HashSet::new();
    for spec in &args.train {
        let (domain, file) = match spec.split_once(':') {
            Some((d, f)) if d.parse::<u8>().is_ok() => {
                (d.parse::<u8>().unwrap_or(0), PathBuf::from(f))
            }
            _ => (0, PathBuf::from(spec)),
        };
        let sentences = read_any(&file)?;
        let n = sentences.len();
        // Identical sentences across files (NER-UI's folds) are kept once.
        let sentences: Vec<Sentence> = drop_overlapping(sentences, &exclude)
            .into_iter()
            .filter(|s| seen.insert(s.tokens.clone()))
            .collect();
        eprintln!(
            "{} (domain {domain}): {n} sentences, {} used",
            file.display(),
            sentences.len()
        );
        let size = if args.independent.contains(&domain) {
            1
        } else {
            args.doc_size
        };
        docs.extend(into_documents(sentences, size, domain));
    }
    let dev: Vec<(PathBuf, Vec<Sentence>)> = args
        .dev
        .iter()
        .map(|f| Ok((f.clone(), read_any(f)?)))
        .collect::<Result<_>>()?;
    let started = std::time::Instant::now();
    let clusters: Option<Clusters> = if args.text.is_empty() {
        None
    } else {
        // Unlabelled text: the training sentences and every --text file, minus the excluded sentences.
        let mut text: Vec<Vec<String>> = docs
            .iter()
            .flat_map(|d| d.sentences.iter().map(|s| s.tokens.clone()))
            .collect();
        for f in &args.text {
            text.extend(
                drop_overlapping(read_any(f)?, &exclude)
                    .into_iter()
                    .map(|s| s.tokens),
            );
        }
        let c = build_clusters(&text, &ClusterConfig::default());
        eprintln!(
            "word clusters: {} words from {} sentences",
            c.len(),
            text.len()
        );
        Some(c)
    };
    let clusters = if args.classes_text.is_empty() {
        clusters
    } else {
        let mut text = String::new();
        for f in &args.classes_text {
            crate::io::Source::File(f.clone())
                .open()?
                .read_to_string(&mut text)
                .with_context(|| format!("{}: cannot read", f.display()))?;
            text.push_str("\n\n");
        }
        let mut docs = text_documents(&text, args.classes_doc_start.as_deref());
        if !exclude.is_empty() {
            let keys: HashSet<String> = exclude.iter().map(|s| overlap_key(&s.tokens)).collect();
            let before: usize = docs.iter().map(Vec::len).sum();
            for doc in &mut docs {
                doc.retain(|s| !keys.contains(&overlap_key(s)));
            }
            docs.retain(|d| !d.is_empty());
            let dropped = before - docs.iter().map(Vec::len).sum::<usize>();
            eprintln!("--classes-text: {dropped} of {before} lines dropped by --exclude");
        }
        let classes =
            build_clusters_in_documents(&docs, &ClusterConfig::classes(args.classes_min_docs));
        eprintln!(
            "word classes: {} words in at least {} of {} documents",
            classes.len(),
            args.classes_min_docs,
            docs.len()
        );
        Some(clusters.unwrap_or_default().join(&classes))
    };
    let options = DocumentOptions::default();
    let model = train_with(&docs, &config, clusters, |epoch, model| {
        for (name, sentences) in &dev {
            let r = Tagger::new(model.clone())
                .with_options(options)
                .with_domain(args.domain)
                .evaluate(sentences, args.doc_size);
            eprintln!(
                "epoch {epoch:2} {}: micro F1 {:.2}",
                name.display(),
                100.0 * r.micro.f1
            );
        }
    })?;
    eprintln!(
        "trained in {:.1} s, {} features",
        started.elapsed().as_secs_f64(),
        model.num_features()
    );
    let tagger = Tagger::new(model)
        .with_options(options)
        .with_domain(args.domain);
    for f in &args.eval {
        let r = tagger.evaluate(&read_any(f)?, args.doc_size);
        outln!("{}\n{r}", f.display())?;
    }
    if let Some(out) = &args.output {
        tagger
            .model()
            .save(out)
            .with_context(|| format!("{}: cannot write the model", out.display()))?;
        eprintln!("wrote {}", out.display());
    }
    Ok(crate::EXIT_OK)
}
