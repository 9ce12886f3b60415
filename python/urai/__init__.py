"""urai: an Indonesian NLP pipeline (Rust), from Python.

>>> import urai
>>> nlp = urai.Pipeline()
>>> doc = nlp.annotate("Menlu AS Antony Blinken bertemu Sergei Lavrov di Jenewa.", id="d1")
>>> [(e.text, e.label) for e in doc.entities]
[('Antony Blinken', 'PER'), ('Sergei Lavrov', 'PER'), ('Jenewa', 'LOC')]

Every offset (`start`, `end`) is a code-point index into the document's text, as Python indexes `str`.
`Document.to_dict()` is the JSONL record `urai annotate --offsets char` writes for the same text.
"""

from __future__ import annotations

from ._urai import (
    Document,
    Pipeline,
    Entity,
    Expression,
    Sentence,
    Token,
    Word,
    __version__,
    is_stopword,
    parse_jsonl,
    stem,
    stem_many,
    tokenize,
)

__all__ = [
    "Document",
    "Entity",
    "Expression",
    "Pipeline",
    "Sentence",
    "Token",
    "Word",
    "__version__",
    "is_stopword",
    "parse_jsonl",
    "stem",
    "stem_many",
    "tokenize",
]
