//! Entity types, IOB2 labels and spans.

use serde::{Deserialize, Serialize};

/// The three entity types the tagger knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    /// A person.
    Per,
    /// A place: country, region, city, geographic feature.
    Loc,
    /// An organisation, including a seat of government used for the government (`Kremlin`, `Gedung Putih`).
    Org,
}

impl EntityType {
    /// All types, in label order.
    pub const ALL: [EntityType; 3] = [EntityType::Per, EntityType::Loc, EntityType::Org];

    /// The type's tag: `PER`, `LOC` or `ORG`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
        }
    }

    /// Maps a corpus type name to ours: PER/PERSON/PPL → PER, LOC/LOCATION/PLACE/PLC/GPE → LOC,
    /// ORG/ORGANIZATION/ORGANISATION → ORG (case-insensitive); anything else → `None` (treated as `O`).
    pub fn from_corpus_name(name: &str) -> Option<EntityType> {
        let upper = name.trim().to_ascii_uppercase();
        match upper.as_str() {
            "PER" | "PERSON" | "PPL" => Some(EntityType::Per),
            "LOC" | "LOCATION" | "PLACE" | "PLC" | "GPE" => Some(EntityType::Loc),
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Some(EntityType::Org),
            _ => None,
        }
    }
}

impl std::fmt::Display for EntityType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An IOB2 label: `O`, `B-X` (first token of an entity) or `I-X` (continuation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Label {
    /// Outside any entity.
    O,
    /// Beginning of an entity of the given type.
    B(EntityType),
    /// Inside (continuation of) an entity of the given type.
    I(EntityType),
}

/// Number of IOB2 labels (`O` plus B/I for three types).
pub const NUM_LABELS: usize = 7;

impl Label {
    /// Labels in index order: `O B-PER I-PER B-LOC I-LOC B-ORG I-ORG`.
    pub const ALL: [Label; NUM_LABELS] = [
        Label::O,
        Label::B(EntityType::Per),
        Label::I(EntityType::Per),
        Label::B(EntityType::Loc),
        Label::I(EntityType::Loc),
        Label::B(EntityType::Org),
        Label::I(EntityType::Org),
    ];

    /// Index of the label in [`Label::ALL`].
    pub fn index(self) -> usize {
        let t = |e: EntityType| match e {
            EntityType::Per => 0,
            EntityType::Loc => 1,
            EntityType::Org => 2,
        };
        match self {
            Label::O => 0,
            Label::B(e) => 1 + 2 * t(e),
            Label::I(e) => 2 + 2 * t(e),
        }
    }

    /// The label at `index` of [`Label::ALL`]; `O` for out-of-range indices.
    pub fn from_index(index: usize) -> Label {
        Label::ALL.get(index).copied().unwrap_or(Label::O)
    }

    /// The entity type, if any.
    pub fn entity_type(self) -> Option<EntityType> {
        match self {
            Label::O => None,
            Label::B(e) | Label::I(e) => Some(e),
        }
    }

    /// Parses a corpus tag (`B-PERSON`, `I-PLC`, `O`, `B_ORG` …) with the label mapping of
    /// [`EntityType::from_corpus_name`]; unknown types and malformed tags become `O`.
    pub fn from_corpus_tag(tag: &str) -> Label {
        let tag = tag.trim();
        let (prefix, rest) = match tag.split_at_checked(1) {
            Some(x) => x,
            None => return Label::O,
        };
        let rest = match rest.strip_prefix('-').or_else(|| rest.strip_prefix('_')) {
            Some(r) => r,
            None => return Label::O,
        };
        match (prefix, EntityType::from_corpus_name(rest)) {
            ("B", Some(e)) => Label::B(e),
            ("I", Some(e)) => Label::I(e),
            _ => Label::O,
        }
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Label::O => f.write_str("O"),
            Label::B(e) => write!(f, "B-{e}"),
            Label::I(e) => write!(f, "I-{e}"),
        }
    }
}

/// Repairs IOB2 in place: an `I-X` that does not follow `B-X`/`I-X` becomes `B-X`.
pub fn repair_iob2(labels: &mut [Label]) {
    let mut prev = Label::O;
    for l in labels.iter_mut() {
        if let Label::I(e) = *l
            && prev.entity_type() != Some(e)
        {
            *l = Label::B(e);
        }
        prev = *l;
    }
}

/// A label with the tagger's confidence in it (a marginal probability in `0.0..=1.0`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct TokenTag {
    /// The IOB2 label.
    pub label: Label,
    /// Marginal probability of `label` at this token under the model.
    pub score: f32,
}

/// An entity as a half-open token range `start..end` within its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Index of the first token.
    pub start: usize,
    /// One past the index of the last token.
    pub end: usize,
    /// The entity type.
    pub kind: EntityType,
    /// Mean of the token scores of the entity.
    pub score: f32,
}

/// Turns IOB2 tags into entity spans, conlleval-style: an entity starts at `B-X`, or at an `I-X` that does not
/// continue an entity of type X, and runs over the following `I-X`.
///
/// ```
/// use urai_ner::{spans, EntityType, Label, TokenTag};
/// let t = |label| TokenTag { label, score: 1.0 };
/// let tags = [t(Label::B(EntityType::Per)), t(Label::I(EntityType::Per)), t(Label::O), t(Label::B(EntityType::Loc))];
/// let s = spans(&tags);
/// assert_eq!((s[0].start, s[0].end, s[0].kind), (0, 2, EntityType::Per));
/// assert_eq!((s[1].start, s[1].end, s[1].kind), (3, 4, EntityType::Loc));
/// ```
pub fn spans(tags: &[TokenTag]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, EntityType, f32)> = None;
    for (i, t) in tags.iter().enumerate() {
        let continues = matches!((t.label, cur), (Label::I(e), Some((_, c, _))) if e == c);
        if continues {
            if let Some((_, _, s)) = cur.as_mut() {
                *s += t.score;
            }
            continue;
        }
        if let Some((start, kind, sum)) = cur.take() {
            out.push(Span {
                start,
                end: i,
                kind,
                score: sum / (i - start) as f32,
            });
        }
        if let Some(e) = t.label.entity_type() {
            cur = Some((i, e, t.score));
        }
    }
    if let Some((start, kind, sum)) = cur {
        out.push(Span {
            start,
            end: tags.len(),
            kind,
            score: sum / (tags.len() - start) as f32,
        });
    }
    out
}

/// The entity spans of `predicted` (as [`spans`] gives them), each with whether a span of `gold` (IOB2 labels of
/// the same tokens) has the same start, end and type — what a score threshold decides about.
///
/// ```
/// use urai_ner::{judged_spans, EntityType, Label, TokenTag};
///
/// let t = |label| TokenTag { label, score: 0.9 };
/// let predicted = [t(Label::B(EntityType::Per)), t(Label::O), t(Label::B(EntityType::Org))];
/// let gold = [Label::B(EntityType::Per), Label::O, Label::B(EntityType::Loc)];
/// let judged = judged_spans(&predicted, &gold);
/// assert_eq!(judged.iter().map(|(_, right)| *right).collect::<Vec<_>>(), [true, false]);
/// ```
pub fn judged_spans(predicted: &[TokenTag], gold: &[Label]) -> Vec<(Span, bool)> {
    let gold: Vec<TokenTag> = gold
        .iter()
        .map(|&label| TokenTag { label, score: 1.0 })
        .collect();
    let gold = spans(&gold);
    spans(predicted)
        .into_iter()
        .map(|sp| {
            let right = gold
                .iter()
                .any(|g| (g.start, g.end, g.kind) == (sp.start, sp.end, sp.kind));
            (sp, right)
        })
        .collect()
}
