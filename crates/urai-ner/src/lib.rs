//! # urai-ner: a PER / LOC / ORG named-entity tagger for Indonesian
//!
//! The tagger works on tokenized text and knows nothing of any tokenizer: a document is a slice of sentences,
//! each a slice of token strings. It returns one IOB2 label (`O`, `B-PER`, `I-PER`, `B-LOC`, `I-LOC`, `B-ORG`,
//! `I-ORG`) per token with the model's marginal probability for it; [`spans`] turns a sentence's labels into
//! entity spans (token ranges with type and score).
//!
//! The model is an averaged structured perceptron with constrained (valid IOB2) Viterbi decoding over hashed
//! features that carry to unseen names: word shape, affixes, capitalisation in context, neighbouring words,
//! trigger words (titles, `di`/`ke`/`dari`, `PT`, `Universitas`…), sentence position, gazetteer membership, word
//! clusters computed by the project's own code from unlabelled text ([`clusters`]), and document features (is the word seen elsewhere in the document in lower case, capitalised mid-sentence, as a
//! surname?). In a headline-cased sentence (`Biden dan Putin Bahas Ukraina`) the features that
//! read capitalisation are learnt apart from those of running text ([`train::TrainConfig::headlines`]). After tagging, document-level consistency is enforced: a surname standing alone is the person
//! named in full elsewhere in the document, and an entity string gets one type per document (optionally, a
//! name tagged once is tagged where the model missed it: [`DocumentOptions`]).
//!
//! Corpora with different annotation habits are combined by learning every feature twice, shared and per
//! annotation domain ([`train::Document`]); a tagger tags as the mean of its model's domains ([`MEAN_DOMAIN`]),
//! the embedded one and a model of one's own alike (for a model of one domain, that domain), and
//! [`Tagger::with_domain`] picks another (one corpus's conventions, or [`SHARED_DOMAIN`]: the shared features
//! alone).
//!
//! A model trained by the project (see `data/README.md`) is embedded and parsed once on first use; users can
//! train ([`train::train`], [`train::train_with`]) and load ([`Tagger::from_path`]) their own. [`eval`] scores IOB2 output exactly as
//! conlleval and seqeval's default mode do.
//!
//! ```
//! use urai_ner::{spans, EntityType, Tagger};
//!
//! let doc = [
//!     vec!["Kanselir", "Jerman", "Friedrich", "Merz", "tiba", "di", "Kairo", ",", "Senin", "."],
//!     vec!["Merz", "bertemu", "Presiden", "Mesir", "."],
//! ];
//! let tags = Tagger::embedded().tag_document(&doc);
//! let first = spans(&tags[0]);
//! assert!(first.iter().any(|s| s.kind == EntityType::Per && doc[0][s.start..s.end] == ["Friedrich", "Merz"]));
//! assert!(first.iter().any(|s| s.kind == EntityType::Loc && doc[0][s.start] == "Kairo"));
//! // Document consistency: the surname alone is the person named in full before.
//! assert_eq!(tags[1][0].label.entity_type(), Some(EntityType::Per));
//! assert!(tags[1].iter().all(|t| (0.0..=1.0).contains(&t.score)));
//! ```
//!
//! # Panic policy
//! No function panics on any `&str` input: tokens are only iterated by `char`, never sliced at computed byte
//! offsets that could split a character. User-supplied models and corpora are validated when read and return
//! [`Error`]s naming the file (and line). The embedded model and gazetteers are validated by the crate's tests.

#![deny(missing_docs)]
// Label loops index several fixed-size arrays (transitions, emissions, lattices) at once; indices read better.
#![allow(clippy::needless_range_loop)]

pub mod clusters;
pub mod corpus;
mod error;
pub mod eval;
mod features;
mod gazetteer;
mod hash;
mod label;
mod model;
mod tagger;
pub mod train;

pub use error::{Error, Result};
pub use label::{EntityType, Label, NUM_LABELS, Span, TokenTag, judged_spans, repair_iob2, spans};
pub use model::Model;
pub use tagger::{DocumentOptions, MEAN_DOMAIN, SHARED_DOMAIN, Tagger, Worker, WorkerCache};
