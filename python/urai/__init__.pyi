"""Type stubs of the urai package."""

from os import PathLike
from typing import Any, Optional, Sequence, Union

__version__: str

class Token:
    """A token: code-point span of the document's text."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...

class Sentence:
    """A sentence: code-point span, its text and the range of its tokens."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def first_token(self) -> int: ...
    @property
    def end_token(self) -> int: ...

class Word:
    """A syntactic word, with its stem and stopword flag (None without a stemmer)."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def token(self) -> int: ...
    @property
    def stem(self) -> Optional[str]: ...
    @property
    def stop(self) -> Optional[bool]: ...

class Entity:
    """A named entity: code-point span, label (PER, LOC, ORG) and score in [0, 1]."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def score(self) -> float: ...

class Expression:
    """A date, time, duration, amount of money, percentage, number or quantity: code-point span, type
    (DATE, TIME, DURATION, SET, MONEY, PERCENT, CARDINAL, ORDINAL, QUANTITY), normalised value and flags."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...
    @property
    def flags(self) -> list[str]: ...

class Document:
    """An annotated document; offsets are code-point indices into `text`."""
    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def lang(self) -> Optional[str]: ...
    @property
    def lang_confidence(self) -> Optional[float]: ...
    @property
    def sentences(self) -> list[Sentence]: ...
    @property
    def tokens(self) -> list[Token]: ...
    @property
    def words(self) -> list[Word]: ...
    @property
    def entities(self) -> list[Entity]: ...
    @property
    def expressions(self) -> list[Expression]: ...
    @property
    def boilerplate(self) -> list[tuple[int, int, str]]:
        """Blocks that are not the article, and captions: (start, end, kind) in code points."""
    def to_dict(self) -> dict[str, Any]:
        """The JSONL record of `urai annotate --offsets char`, parsed."""
    def to_json(self) -> str:
        """The JSONL record of `urai annotate --offsets char`, one line without the newline."""
    def to_conllu(self) -> str:
        """The document in CoNLL-U."""
    def __len__(self) -> int: ...

class Pipeline:
    """The annotation pipeline: build it once, share it across threads."""
    def __init__(
        self,
        ner: bool = True,
        stem: bool = True,
        lang: bool = True,
        *,
        ner_domain: Union[str, int, None] = None,
        ner_rules: Optional[str] = None,
        ner_model: Union[str, PathLike[str], None] = None,
        lexicon: Union[str, PathLike[str], None] = None,
        abbrev_period: str = "keep",
        line_sentences: bool = True,
        expressions: bool = True,
        doc_date: Optional[str] = None,
        boilerplate: str = "flag",
    ) -> None: ...
    def annotate(self, text: str, id: Optional[str] = None) -> Document:
        """Annotates one text (id defaults to "0"); releases the GIL."""
    def annotate_html(
        self, html: Union[bytes, str], id: Optional[str] = None, charset: Optional[str] = None
    ) -> Document:
        """Annotates a web page (bytes in any charset, or str); boilerplate flagged, source_map and meta in to_dict()."""
    def annotate_batch(
        self, texts: Sequence[str], ids: Optional[Sequence[str]] = None, threads: Optional[int] = None
    ) -> list[Document]:
        """Annotates texts in parallel with the GIL released; results in input order."""
    def annotate_arrow(
        self, batch: Any, text_column: str = "text", id_column: Optional[str] = None,
        threads: Optional[int] = None,
    ) -> Any:
        """Annotates a pyarrow RecordBatch or Table; returns the same kind with annotation columns."""

def tokenize(text: str) -> list[Token]:
    """The tokens of a text, with code-point offsets."""
def stem(word: str) -> str:
    """The root of an Indonesian word, lower-cased."""
def stem_many(words: Sequence[str]) -> list[str]:
    """The roots of many words, in order."""
def is_stopword(word: str) -> bool:
    """Whether a word is an Indonesian stopword (case-insensitive)."""
def parse_jsonl(
    data: bytes, source: str, *, text_field: str = "text", id_field: str = "id", skip_bad: bool = False
) -> tuple[list[dict[str, Any]], list[str]]:
    """Parses a JSONL shard with urai's reader: records {id, text, line} and the messages of skipped ones."""
