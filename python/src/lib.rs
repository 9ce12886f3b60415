//! Python bindings of urai: the `urai._urai` extension module behind the `urai` package.
//!
//! A thin layer over the `urai` crate: every annotation is computed by `urai::Pipeline`; this module converts
//! arguments, byte offsets to code-point offsets (Python's `str` indices), documents to Python objects and
//! Arrow record batches, and errors to Python exceptions. Nothing here panics on any input: texts are
//! extracted as `str` (a non-`str` is a `TypeError`, a lone surrogate a `UnicodeEncodeError`, which is a
//! `ValueError`), and every index into a text comes from the pipeline's own spans.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use arrow_array::cast::AsArray;
use arrow_array::{
    Array, ArrayRef, Float64Array, Int64Array, ListArray, RecordBatch, StringArray, StructArray,
};
use arrow_buffer::OffsetBuffer;
use arrow_schema::{DataType, Field, Fields, Schema};
use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3_arrow::{PyRecordBatch, PyTable};
use rayon::prelude::*;
use urai::format::{OffsetMap, Offsets, ReadOptions, jsonl};
use urai::{Input, PipelineConfig};

/// A code-point span of a document's text.
#[pyclass(frozen, module = "urai", get_all)]
#[derive(Clone)]
struct Token {
    /// Start, a code-point index into the document's text.
    start: usize,
    /// End (exclusive), a code-point index.
    end: usize,
    /// The token's text, `doc.text[start:end]`.
    text: String,
}

#[pymethods]
impl Token {
    fn __repr__(&self) -> String {
        format!("Token({:?}, {}, {})", self.text, self.start, self.end)
    }
}

/// A sentence: a code-point span and the range of its tokens in `Document.tokens`.
#[pyclass(frozen, module = "urai", get_all)]
#[derive(Clone)]
struct Sentence {
    /// Start, a code-point index.
    start: usize,
    /// End (exclusive), a code-point index.
    end: usize,
    /// The sentence's text.
    text: String,
    /// Index of the sentence's first token in `Document.tokens`.
    first_token: usize,
    /// Index one past its last token.
    end_token: usize,
}

#[pymethods]
impl Sentence {
    fn __repr__(&self) -> String {
        format!("Sentence({:?}, {}, {})", self.text, self.start, self.end)
    }
}

/// A syntactic word (a token, or a part of a multiword token such as `dibantah` + `nya`).
#[pyclass(frozen, module = "urai", get_all)]
#[derive(Clone)]
struct Word {
    /// Start, a code-point index.
    start: usize,
    /// End (exclusive), a code-point index.
    end: usize,
    /// The word's text.
    text: String,
    /// Index of its token in `Document.tokens`.
    token: usize,
    /// The word's stem (root), or `None` when the pipeline does not stem.
    stem: Option<String>,
    /// Whether the word is a stopword, or `None` when the pipeline does not stem.
    stop: Option<bool>,
}

#[pymethods]
impl Word {
    fn __repr__(&self) -> String {
        match &self.stem {
            Some(stem) => format!("Word({:?}, stem={stem:?})", self.text),
            None => format!("Word({:?})", self.text),
        }
    }
}

/// A named entity: a code-point span, a label (`PER`, `LOC`, `ORG`) and a score in `[0, 1]`.
#[pyclass(frozen, module = "urai", get_all)]
#[derive(Clone)]
struct Entity {
    /// Start, a code-point index.
    start: usize,
    /// End (exclusive), a code-point index.
    end: usize,
    /// The entity's text.
    text: String,
    /// `PER`, `LOC` or `ORG`.
    label: String,
    /// The tagger's confidence.
    score: f64,
}

#[pymethods]
impl Entity {
    fn __repr__(&self) -> String {
        format!("Entity({:?}, {}, {:.3})", self.text, self.label, self.score)
    }
}

/// A date, time, duration, amount of money, percentage, number or quantity with its normalised value.
#[pyclass(frozen, module = "urai", get_all)]
struct Expression {
    /// Start, a code-point index.
    start: usize,
    /// End (exclusive), a code-point index.
    end: usize,
    /// The expression's text.
    text: String,
    /// `DATE`, `TIME`, `DURATION`, `SET`, `MONEY`, `PERCENT`, `CARDINAL`, `ORDINAL` or `QUANTITY`.
    r#type: String,
    /// The normalised value (`2022-01-21`, `IDR 5000`, `PT3H`, ...).
    value: String,
    /// Notes on the reading (`weekday-mismatch`, `approximate`, ...).
    flags: Vec<String>,
}

#[pymethods]
impl Expression {
    fn __repr__(&self) -> String {
        format!(
            "Expression({:?}, {}, {:?})",
            self.text, self.r#type, self.value
        )
    }
}

/// An annotated document.
#[pyclass(frozen, module = "urai")]
struct Document {
    doc: urai::Document,
    map: OffsetMap,
}

impl Document {
    fn new(doc: urai::Document) -> Document {
        let map = OffsetMap::new(&doc.text, Offsets::Char);
        Document { doc, map }
    }

    fn span(&self, start: usize, end: usize) -> (usize, usize, String) {
        (
            self.map.get(start),
            self.map.get(end),
            self.doc.slice(start, end).to_string(),
        )
    }

    fn json_line(&self) -> PyResult<String> {
        let mut out = Vec::with_capacity(self.doc.text.len() * 4 + 256);
        jsonl::write(&self.doc, Offsets::Char, &mut out)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        while out.last() == Some(&b'\n') {
            out.pop();
        }
        String::from_utf8(out).map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

#[pymethods]
impl Document {
    /// The document's id.
    #[getter]
    fn id(&self) -> &str {
        &self.doc.id
    }

    /// The original text; every offset is a code-point index into it.
    #[getter]
    fn text(&self) -> &str {
        &self.doc.text
    }

    /// ISO 639-3 code of the language identified (`ind`, `eng`, ...), or `None`.
    #[getter]
    fn lang(&self) -> Option<&str> {
        self.doc.lang.as_ref().map(|l| l.code.as_str())
    }

    /// whatlang's confidence in the language, or `None`.
    #[getter]
    fn lang_confidence(&self) -> Option<f64> {
        self.doc.lang.as_ref().map(|l| l.confidence)
    }

    /// The sentences, in text order.
    #[getter]
    fn sentences(&self) -> Vec<Sentence> {
        self.doc
            .sentences
            .iter()
            .map(|s| {
                let (start, end, text) = self.span(s.start, s.end);
                Sentence {
                    start,
                    end,
                    text,
                    first_token: s.tokens.start,
                    end_token: s.tokens.end,
                }
            })
            .collect()
    }

    /// The tokens, in text order.
    #[getter]
    fn tokens(&self) -> Vec<Token> {
        self.doc
            .tokens
            .iter()
            .map(|t| {
                let (start, end, text) = self.span(t.start, t.end);
                Token { start, end, text }
            })
            .collect()
    }

    /// The syntactic words (clitics split off as in UD Indonesian), with stems and stopword flags.
    #[getter]
    fn words(&self) -> Vec<Word> {
        self.doc
            .words
            .iter()
            .map(|w| {
                let (start, end, text) = self.span(w.start, w.end);
                Word {
                    start,
                    end,
                    text,
                    token: w.token,
                    stem: w.stem.clone(),
                    stop: w.stop,
                }
            })
            .collect()
    }

    /// The named entities, in text order.
    #[getter]
    fn entities(&self) -> Vec<Entity> {
        self.doc
            .entities
            .iter()
            .map(|e| {
                let (start, end, text) = self.span(e.start, e.end);
                Entity {
                    start,
                    end,
                    text,
                    label: e.label.clone(),
                    score: f64::from(e.score),
                }
            })
            .collect()
    }

    /// The dates, times, amounts and numbers, in text order, with their normalised values.
    #[getter]
    fn expressions(&self) -> Vec<Expression> {
        self.doc
            .expressions
            .iter()
            .map(|e| {
                let (start, end, text) = self.span(e.start, e.end);
                Expression {
                    start,
                    end,
                    text,
                    r#type: e.kind.as_str().to_string(),
                    value: e.value.clone(),
                    flags: e.flags.iter().map(|f| f.as_str().to_string()).collect(),
                }
            })
            .collect()
    }

    /// The blocks that are not the article, and the photo captions, as `(start, end, kind)` in code points;
    /// `kind` is `"navigation"`, `"related"`, `"share"`, `"comments"`, `"instructions"`, `"ads"`,
    /// `"footer"`, `"byline"` or `"caption"` (captions are article text, only marked).
    #[getter]
    fn boilerplate(&self) -> Vec<(usize, usize, &'static str)> {
        self.doc
            .boilerplate
            .iter()
            .map(|b| {
                let (start, end, _) = self.span(b.start, b.end);
                (start, end, b.kind.as_str())
            })
            .collect()
    }

    /// The document as the JSONL record `urai annotate --to jsonl --offsets char` writes, parsed.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let line = self.json_line()?;
        py.import("json")?.call_method1("loads", (line,))
    }

    /// The document as one line of JSON (without the newline), as `urai annotate --offsets char` writes it.
    fn to_json(&self) -> PyResult<String> {
        self.json_line()
    }

    /// The document in CoNLL-U, as `urai annotate --to conllu` writes it.
    fn to_conllu(&self) -> PyResult<String> {
        let mut out = Vec::new();
        urai::format::conllu::write(&self.doc, &mut out)
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        String::from_utf8(out).map_err(|e| PyValueError::new_err(e.to_string()))
    }

    fn __len__(&self) -> usize {
        self.doc.tokens.len()
    }

    fn __repr__(&self) -> String {
        format!(
            "Document(id={:?}, sentences={}, tokens={}, entities={})",
            self.doc.id,
            self.doc.sentences.len(),
            self.doc.tokens.len(),
            self.doc.entities.len()
        )
    }
}

/// The annotation pipeline: build it once and share it across threads.
#[pyclass(frozen, module = "urai")]
struct Pipeline {
    pipeline: urai::Pipeline,
    pools: Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>,
}

impl Pipeline {
    fn pool(&self, threads: usize) -> PyResult<Arc<rayon::ThreadPool>> {
        let mut pools = self
            .pools
            .lock()
            .map_err(|_| PyValueError::new_err("thread pool cache poisoned"))?;
        if let Some(p) = pools.get(&threads) {
            return Ok(p.clone());
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map_err(|e| PyOSError::new_err(format!("cannot start {threads} threads: {e}")))?;
        let pool = Arc::new(pool);
        pools.insert(threads, pool.clone());
        Ok(pool)
    }

    fn run(
        &self,
        py: Python<'_>,
        inputs: Vec<Input>,
        threads: Option<usize>,
    ) -> PyResult<Vec<urai::Document>> {
        self.run_map(py, inputs, threads, |d| d)
    }

    /// Annotates `inputs` in parallel (in `threads` threads, else rayon's global pool) with the GIL released,
    /// applying `f` to each document on the worker thread that made it; results in input order.
    fn run_map<T: Send>(
        &self,
        py: Python<'_>,
        inputs: Vec<Input>,
        threads: Option<usize>,
        f: impl Fn(urai::Document) -> T + Sync + Send,
    ) -> PyResult<Vec<T>> {
        let work = || {
            urai::runs(inputs, |input| input.text.len())
                .into_par_iter()
                .map_init(
                    || self.pipeline.worker(),
                    |w, run| {
                        let docs = self.pipeline.annotate_many_with(w, run);
                        docs.into_iter().map(&f).collect::<Vec<T>>()
                    },
                )
                .flatten_iter()
                .collect()
        };
        match threads {
            Some(0) => Err(PyValueError::new_err("threads: expected at least 1")),
            Some(n) => {
                let pool = self.pool(n)?;
                Ok(py.detach(|| pool.install(work)))
            }
            None => Ok(py.detach(work)),
        }
    }

    fn annotate_record_batch(
        &self,
        py: Python<'_>,
        batch: &RecordBatch,
        text_column: &str,
        id_column: Option<&str>,
        threads: Option<usize>,
    ) -> PyResult<RecordBatch> {
        let texts = string_column(batch, text_column)?;
        let ids = match id_column {
            Some(name) => Some(string_column(batch, name)?),
            None => None,
        };
        let mut inputs = Vec::with_capacity(texts.len());
        for (i, text) in texts.into_iter().enumerate() {
            let Some(text) = text else {
                return Err(PyValueError::new_err(format!(
                    "row {i} of column {text_column:?}: the text is null"
                )));
            };
            let id = match &ids {
                Some(ids) => ids[i].clone().unwrap_or_else(|| i.to_string()),
                None => i.to_string(),
            };
            inputs.push(Input::new(id, text));
        }
        // Each document becomes its Arrow row values on the thread that annotated it; only the
        // concatenation into columns runs on the calling thread.
        let rows = self.run_map(py, inputs, threads, |d| ArrowRow::new(&d))?;
        let columns = arrow_columns(&rows);
        let mut fields: Vec<Arc<Field>> = batch.schema().fields().iter().cloned().collect();
        let mut arrays: Vec<ArrayRef> = batch.columns().to_vec();
        for (field, array) in columns {
            if let Some(i) = fields.iter().position(|f| f.name() == field.name()) {
                fields[i] = Arc::new(field);
                arrays[i] = array;
            } else {
                fields.push(Arc::new(field));
                arrays.push(array);
            }
        }
        RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays)
            .map_err(|e| PyValueError::new_err(e.to_string()))
    }
}

/// A `str` argument as a Rust string: a `TypeError` naming the argument for anything else, a `ValueError`
/// naming it for a string that is not valid Unicode (a lone surrogate).
fn text_arg(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    let s = obj.cast::<pyo3::types::PyString>().map_err(|_| {
        let ty = obj
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        pyo3::exceptions::PyTypeError::new_err(format!("{name}: expected str, got {ty}"))
    })?;
    s.to_cow()
        .map(|c| c.into_owned())
        .map_err(|e| PyValueError::new_err(format!("{name}: not valid Unicode text ({e})")))
}

/// A sequence of `str` arguments (`texts[3]: expected str, got int`).
fn texts_arg(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Vec<String>> {
    if obj.is_instance_of::<pyo3::types::PyString>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "{name}: expected a sequence of str, got one str"
        )));
    }
    let mut out = Vec::new();
    for (i, item) in obj.try_iter()?.enumerate() {
        out.push(text_arg(&item?, &format!("{name}[{i}]"))?);
    }
    Ok(out)
}

/// The values of a string column (utf8, large_utf8 or utf8_view).
fn string_column(batch: &RecordBatch, name: &str) -> PyResult<Vec<Option<String>>> {
    let col = batch.column_by_name(name).ok_or_else(|| {
        let names: Vec<String> = batch
            .schema()
            .fields()
            .iter()
            .map(|f| f.name().clone())
            .collect();
        PyValueError::new_err(format!(
            "no column {name:?} in the batch (columns: {})",
            names.join(", ")
        ))
    })?;
    let owned = |v: Option<&str>| v.map(str::to_string);
    if let Some(a) = col.as_string_opt::<i32>() {
        Ok(a.iter().map(owned).collect())
    } else if let Some(a) = col.as_string_opt::<i64>() {
        Ok(a.iter().map(owned).collect())
    } else if let Some(a) = col.as_string_view_opt() {
        Ok(a.iter().map(owned).collect())
    } else {
        Err(PyValueError::new_err(format!(
            "column {name:?} is {}, expected a string column",
            col.data_type()
        )))
    }
}

fn int_struct(names: &[&str]) -> Fields {
    names
        .iter()
        .map(|n| Field::new(*n, DataType::Int64, false))
        .collect()
}

/// A list<struct<int64 ...>> column from per-row lists of integer tuples.
fn int_struct_list<const K: usize>(
    name: &str,
    names: [&str; K],
    rows: &[&[[i64; K]]],
) -> (Field, ArrayRef) {
    let fields = int_struct(&names);
    let mut cols: Vec<Vec<i64>> = vec![Vec::new(); K];
    for row in rows {
        for item in row.iter() {
            for (c, v) in cols.iter_mut().zip(item) {
                c.push(*v);
            }
        }
    }
    let arrays: Vec<ArrayRef> = cols
        .into_iter()
        .map(|c| Arc::new(Int64Array::from(c)) as ArrayRef)
        .collect();
    let values = StructArray::new(fields.clone(), arrays, None);
    list_of(
        name,
        DataType::Struct(fields),
        rows.iter().map(|r| r.len()),
        Arc::new(values),
    )
}

fn list_of(
    name: &str,
    item: DataType,
    lengths: impl Iterator<Item = usize>,
    values: ArrayRef,
) -> (Field, ArrayRef) {
    let item = Arc::new(Field::new("item", item, false));
    let list = ListArray::new(
        item.clone(),
        OffsetBuffer::from_lengths(lengths),
        values,
        None,
    );
    (
        Field::new(name, DataType::List(item), false),
        Arc::new(list),
    )
}

/// The annotation columns of `docs`: lang, sentences, tokens, entities (code-point offsets).
/// One document's values for the Arrow output columns, offsets in code points.
struct ArrowRow {
    lang: Option<String>,
    sentences: Vec<[i64; 4]>,
    tokens: Vec<[i64; 2]>,
    entities: Vec<(i64, i64, String, f64)>,
}

impl ArrowRow {
    fn new(d: &urai::Document) -> ArrowRow {
        let m = OffsetMap::new(&d.text, Offsets::Char);
        let o = |b: usize| m.get(b) as i64;
        ArrowRow {
            lang: d.lang.as_ref().map(|l| l.code.clone()),
            sentences: d
                .sentences
                .iter()
                .map(|s| {
                    [
                        o(s.start),
                        o(s.end),
                        s.tokens.start as i64,
                        s.tokens.end as i64,
                    ]
                })
                .collect(),
            tokens: d.tokens.iter().map(|t| [o(t.start), o(t.end)]).collect(),
            entities: d
                .entities
                .iter()
                .map(|e| {
                    (
                        o(e.start),
                        o(e.end),
                        e.label.as_str().to_string(),
                        // As the JSONL writer rounds it: three decimals.
                        (f64::from(e.score) * 1000.0).round() / 1000.0,
                    )
                })
                .collect(),
        }
    }
}

fn arrow_columns(rows: &[ArrowRow]) -> Vec<(Field, ArrayRef)> {
    let lang: StringArray = rows.iter().map(|r| r.lang.as_deref()).collect();
    let sentences: Vec<&[[i64; 4]]> = rows.iter().map(|r| r.sentences.as_slice()).collect();
    let tokens: Vec<&[[i64; 2]]> = rows.iter().map(|r| r.tokens.as_slice()).collect();
    let n: usize = rows.iter().map(|r| r.entities.len()).sum();
    let mut starts = Vec::with_capacity(n);
    let mut ends = Vec::with_capacity(n);
    let mut labels = Vec::with_capacity(n);
    let mut scores = Vec::with_capacity(n);
    for (s, e, label, score) in rows.iter().flat_map(|r| &r.entities) {
        starts.push(*s);
        ends.push(*e);
        labels.push(label.as_str());
        scores.push(*score);
    }
    let entity_fields = Fields::from(vec![
        Field::new("start", DataType::Int64, false),
        Field::new("end", DataType::Int64, false),
        Field::new("label", DataType::Utf8, false),
        Field::new("score", DataType::Float64, false),
    ]);
    let entity_values = StructArray::new(
        entity_fields.clone(),
        vec![
            Arc::new(Int64Array::from(starts)),
            Arc::new(Int64Array::from(ends)),
            Arc::new(StringArray::from(labels)),
            Arc::new(Float64Array::from(scores)),
        ],
        None,
    );
    vec![
        (
            Field::new("lang", DataType::Utf8, true),
            Arc::new(lang) as ArrayRef,
        ),
        int_struct_list(
            "sentences",
            ["start", "end", "first_token", "end_token"],
            &sentences,
        ),
        int_struct_list("tokens", ["start", "end"], &tokens),
        list_of(
            "entities",
            DataType::Struct(entity_fields),
            rows.iter().map(|r| r.entities.len()),
            Arc::new(entity_values),
        ),
    ]
}

#[pymethods]
impl Pipeline {
    /// Builds a pipeline. Options mirror `urai annotate`'s: `ner=False` is `--no-ner`, `stem=False`
    /// `--no-stem`, `lang=False` `--no-lang`, `ner_domain` `--ner-domain` (`"mean"`, `"shared"` or a domain
    /// id), `ner_rules` `--ner-rules`, `ner_model` `--ner-model`, `lexicon` `--lexicon`, `abbrev_period`
    /// `--abbrev-period` (`"keep"` or `"split"`), `line_sentences=False` `--no-line-sentences`,
    /// `expressions=False` `--no-expressions`, `doc_date` (`"YYYY-MM-DD"`) `--doc-date`, `boilerplate`
    /// (`"flag"`, `"drop"` or `"keep"`) `--boilerplate`.
    #[new]
    #[pyo3(signature = (ner=true, stem=true, lang=true, *, ner_domain=None, ner_rules=None, ner_model=None, lexicon=None, abbrev_period="keep", line_sentences=true, expressions=true, doc_date=None, boilerplate="flag"))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        ner: bool,
        stem: bool,
        lang: bool,
        ner_domain: Option<Bound<'_, PyAny>>,
        ner_rules: Option<&str>,
        ner_model: Option<std::path::PathBuf>,
        lexicon: Option<std::path::PathBuf>,
        abbrev_period: &str,
        line_sentences: bool,
        expressions: bool,
        doc_date: Option<&str>,
        boilerplate: &str,
    ) -> PyResult<Pipeline> {
        let mut config = PipelineConfig::default();
        config.ner = ner;
        config.stem = stem;
        config.identify_language = lang;
        config.tokenizer.abbreviation_periods =
            urai::options::parse_abbreviation_periods(abbrev_period)
                .map_err(|e| PyValueError::new_err(format!("abbrev_period: {e}")))?;
        config.tokenizer.line_breaks_end_sentences = line_sentences;
        config.expressions = expressions;
        config.boilerplate = boilerplate
            .parse()
            .map_err(|e| PyValueError::new_err(format!("boilerplate: {e}")))?;
        if let Some(date) = doc_date {
            config.doc_date = Some(
                date.parse()
                    .map_err(|e| PyValueError::new_err(format!("doc_date: {e}")))?,
            );
        }
        let mut pipeline = urai::Pipeline::with_config(config);
        if let Some(path) = &ner_model {
            let tagger = urai::ner::Tagger::from_path(path).map_err(|e| {
                PyOSError::new_err(format!(
                    "{}: cannot load the entity model: {e}",
                    path.display()
                ))
            })?;
            pipeline = pipeline.with_tagger(tagger);
        }
        if let Some(domain) = ner_domain {
            let text = match domain.extract::<String>() {
                Ok(s) => s,
                Err(_) => domain.str()?.to_string(),
            };
            let domain = urai::options::parse_domain(&text)
                .map_err(|e| PyValueError::new_err(format!("ner_domain: {e}")))?;
            let tagger = pipeline.tagger().clone().with_domain(domain);
            pipeline = pipeline.with_tagger(tagger);
        }
        if let Some(rules) = ner_rules {
            let rules = urai::options::parse_ner_rules(rules)
                .map_err(|e| PyValueError::new_err(format!("ner_rules: {e}")))?;
            let tagger = pipeline.tagger().clone().with_options(rules);
            pipeline = pipeline.with_tagger(tagger);
        }
        if let Some(path) = &lexicon {
            let stemmer = urai::stem::Stemmer::from_lexicon(path).map_err(|e| match e {
                urai::stem::Error::Io { .. } => PyOSError::new_err(e.to_string()),
                _ => PyValueError::new_err(e.to_string()),
            })?;
            pipeline = pipeline.with_stemmer(stemmer);
        }
        Ok(Pipeline {
            pipeline,
            pools: Mutex::new(HashMap::new()),
        })
    }

    /// Annotates one text (`id` defaults to `"0"`). Releases the GIL while it runs.
    #[pyo3(signature = (text, id=None))]
    fn annotate(
        &self,
        py: Python<'_>,
        text: Bound<'_, PyAny>,
        id: Option<Bound<'_, PyAny>>,
    ) -> PyResult<Document> {
        let text = text_arg(&text, "text")?;
        let id = match id {
            Some(id) => text_arg(&id, "id")?,
            None => "0".into(),
        };
        let input = Input::new(id, text);
        Ok(Document::new(
            py.detach(|| self.pipeline.annotate_input(input)),
        ))
    }

    /// Annotates a web page (`bytes` as crawled, in any charset, or `str`): its text extracted block by block,
    /// boilerplate classified, with `source_map` and `meta` in `to_dict()`. `charset` overrides the page's
    /// own (an HTTP `Content-Type` charset). `id` defaults to `"0"`. Releases the GIL while it runs.
    #[pyo3(signature = (html, id=None, charset=None))]
    fn annotate_html(
        &self,
        py: Python<'_>,
        html: Bound<'_, PyAny>,
        id: Option<Bound<'_, PyAny>>,
        charset: Option<&str>,
    ) -> PyResult<Document> {
        let bytes: Vec<u8> = if let Ok(b) = html.cast::<pyo3::types::PyBytes>() {
            b.as_bytes().to_vec()
        } else if let Ok(s) = html.extract::<String>() {
            s.into_bytes()
        } else {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "html: expected bytes or str, got {}",
                html.get_type().name()?
            )));
        };
        let id = match id {
            Some(id) => text_arg(&id, "id")?,
            None => "0".into(),
        };
        let input = Input::from_html(id, &bytes, charset)
            .map_err(|e| PyValueError::new_err(format!("charset: {e}")))?;
        Ok(Document::new(
            py.detach(|| self.pipeline.annotate_input(input)),
        ))
    }

    /// Annotates texts in parallel (rayon; `threads=None` uses every core), the GIL released; the documents
    /// come back in input order. `ids` default to `"0"`, `"1"`, ...
    #[pyo3(signature = (texts, ids=None, threads=None))]
    fn annotate_batch(
        &self,
        py: Python<'_>,
        texts: Bound<'_, PyAny>,
        ids: Option<Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Document>> {
        let texts = texts_arg(&texts, "texts")?;
        let ids = ids.map(|ids| texts_arg(&ids, "ids")).transpose()?;
        let ids = match ids {
            Some(ids) if ids.len() != texts.len() => {
                return Err(PyValueError::new_err(format!(
                    "ids: {} ids for {} texts",
                    ids.len(),
                    texts.len()
                )));
            }
            Some(ids) => ids,
            None => (0..texts.len()).map(|i| i.to_string()).collect(),
        };
        let inputs = ids
            .into_iter()
            .zip(texts)
            .map(|(id, t)| Input::new(id, t))
            .collect();
        Ok(self
            .run(py, inputs, threads)?
            .into_iter()
            .map(Document::new)
            .collect())
    }

    /// Annotates a `pyarrow.RecordBatch` or `pyarrow.Table` (any object with `__arrow_c_array__` or
    /// `__arrow_c_stream__`) through the Arrow C data interface. Returns the same kind of object with the
    /// input columns plus `lang` (string), `sentences` (list<struct<start, end, first_token, end_token>>),
    /// `tokens` (list<struct<start, end>>) and `entities` (list<struct<start, end, label, score>>), offsets
    /// in code points. The GIL is released while the rows are annotated in parallel.
    #[pyo3(signature = (batch, text_column="text", id_column=None, threads=None))]
    fn annotate_arrow<'py>(
        &self,
        py: Python<'py>,
        batch: Bound<'py, PyAny>,
        text_column: &str,
        id_column: Option<&str>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let is_batch = batch.hasattr("__arrow_c_array__")? && !batch.hasattr("num_chunks")?;
        if is_batch {
            let batch: PyRecordBatch = batch.extract()?;
            let out =
                self.annotate_record_batch(py, batch.as_ref(), text_column, id_column, threads)?;
            return PyRecordBatch::new(out).into_pyarrow(py);
        }
        if !batch.hasattr("__arrow_c_stream__")? {
            return Err(pyo3::exceptions::PyTypeError::new_err(format!(
                "batch: expected a pyarrow.RecordBatch or pyarrow.Table, got {}",
                batch.get_type().name()?
            )));
        }
        let table: PyTable = batch.extract()?;
        let (batches, schema) = table.into_inner();
        let mut out = Vec::with_capacity(batches.len());
        for b in &batches {
            out.push(self.annotate_record_batch(py, b, text_column, id_column, threads)?);
        }
        let schema = match out.first() {
            Some(b) => b.schema(),
            None => {
                let empty = RecordBatch::new_empty(schema);
                self.annotate_record_batch(py, &empty, text_column, id_column, threads)?
                    .schema()
            }
        };
        PyTable::try_new(out, schema)?.into_pyarrow(py)
    }
}

/// Tokenizes a text with the default tokenizer: the tokens with code-point offsets.
#[pyfunction]
fn tokenize(text: Bound<'_, PyAny>) -> PyResult<Vec<Token>> {
    let text = text_arg(&text, "text")?;
    let tokenizer = urai::tokenizer::Tokenizer::new();
    let doc = tokenizer.tokenize(&text);
    let map = OffsetMap::new(&text, Offsets::Char);
    Ok(doc
        .tokens()
        .iter()
        .map(|t| Token {
            start: map.get(t.start),
            end: map.get(t.end),
            text: t.text.to_string(),
        })
        .collect())
}

/// The root of an Indonesian word, lower-cased (the embedded lexicon).
#[pyfunction]
fn stem(word: Bound<'_, PyAny>) -> PyResult<String> {
    let word = text_arg(&word, "word")?;
    Ok(urai::stem::Stemmer::new().stem(&word).into_owned())
}

/// The roots of many words, in order (one memoising worker; the GIL released).
#[pyfunction]
fn stem_many(py: Python<'_>, words: Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    let words = texts_arg(&words, "words")?;
    Ok(py.detach(|| {
        let stemmer = urai::stem::Stemmer::new();
        let mut worker = stemmer.worker();
        words.iter().map(|w| worker.stem(w).to_string()).collect()
    }))
}

/// Whether a word is an Indonesian stopword (case-insensitive).
#[pyfunction]
fn is_stopword(word: Bound<'_, PyAny>) -> PyResult<bool> {
    Ok(urai::stem::is_stopword(&text_arg(&word, "word")?))
}

/// Parses a JSONL shard with urai's reader: `(records, errors)`, records as dicts `{"id", "text", "line"}`.
#[pyfunction]
#[pyo3(signature = (data, source, *, text_field="text", id_field="id", skip_bad=false))]
fn parse_jsonl<'py>(
    py: Python<'py>,
    data: &[u8],
    source: &str,
    text_field: &str,
    id_field: &str,
    skip_bad: bool,
) -> PyResult<(Vec<Bound<'py, PyDict>>, Vec<String>)> {
    let options = ReadOptions {
        text_field: text_field.to_string(),
        id_field: id_field.to_string(),
        ..ReadOptions::default()
    };
    let mut reader = jsonl::JsonlReader::new(data, source, &options);
    let mut records = Vec::new();
    let mut errors = Vec::new();
    while let Some(item) = reader.next() {
        match item {
            Ok(input) => {
                let d = PyDict::new(py);
                d.set_item("id", input.id)?;
                d.set_item("text", input.text)?;
                d.set_item("line", reader.line())?;
                records.push(d);
            }
            Err(e @ (urai::Error::Input { .. } | urai::Error::Utf8 { .. })) if skip_bad => {
                errors.push(e.to_string());
            }
            Err(e) => return Err(PyValueError::new_err(e.to_string())),
        }
    }
    Ok((records, errors))
}

/// The extension module.
#[pymodule]
fn _urai(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Pipeline>()?;
    m.add_class::<Document>()?;
    m.add_class::<Token>()?;
    m.add_class::<Sentence>()?;
    m.add_class::<Word>()?;
    m.add_class::<Entity>()?;
    m.add_class::<Expression>()?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(stem, m)?)?;
    m.add_function(wrap_pyfunction!(stem_many, m)?)?;
    m.add_function(wrap_pyfunction!(is_stopword, m)?)?;
    m.add_function(wrap_pyfunction!(parse_jsonl, m)?)?;
    Ok(())
}
