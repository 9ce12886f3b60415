"""The Python API of urai: every entry point, its agreement with the `urai` command, threads, errors, memory.

The `urai` binary: $URAI_BIN, else <repo>/target/release/urai (built with cargo if missing).
"""

from __future__ import annotations

import json
import os
import subprocess
import threading
from pathlib import Path

import pyarrow as pa
import pytest

import urai

REPO = Path(__file__).resolve().parents[2]
TEXT_INPUTS = [REPO / "data" / "examples" / "berita.txt", *sorted((REPO / "tests" / "gold").glob("*/*.txt"))]
SENTENCES = [
    "Menlu AS Antony Blinken bertemu Sergei Lavrov di Jenewa, Swiss, Jumat (21/1/2022).",
    "Juru bicara Kremlin Dmitry Peskov membantah tuduhan itu.",
    "Rusia mengumpulkan 100.000 tentara di perbatasan Ukraina, yang dibantahnya.",
    "Café 😀 di Bandung menjual kopi seharga Rp5.000,00 per gelas.",
    "NATO menolak tuntutan Moskow.\n\nPertemuan berikutnya di Brussel.",
    "",
]


def urai_bin() -> Path:
    if os.environ.get("URAI_BIN"):
        return Path(os.environ["URAI_BIN"])
    path = REPO / "target" / "release" / "urai"
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "-p", "urai-cli"], cwd=REPO, check=True)
    return path


def cli_jsonl(*args: str, stdin: str | None = None) -> list[dict]:
    out = subprocess.run([str(urai_bin()), "annotate", "--to", "jsonl", "--offsets", "char", *args],
                         input=stdin, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def canon(x) -> str:
    return json.dumps(x, sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def nlp() -> urai.Pipeline:
    return urai.Pipeline()


@pytest.mark.parametrize("path", TEXT_INPUTS, ids=lambda p: p.name)
def test_to_dict_is_the_cli_record(nlp, path):
    (expected,) = cli_jsonl(str(path))
    doc = nlp.annotate(path.read_text(encoding="utf-8"), id=path.name)
    assert canon(doc.to_dict()) == canon(expected)
    assert json.loads(doc.to_json()) == expected


def test_to_dict_equals_the_cli_on_jsonl_records_and_options():
    records = [{"id": f"s{i}", "text": t} for i, t in enumerate(SENTENCES)]
    corpus = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    for kwargs, flags in [({}, []), ({"ner": False}, ["--no-ner"]), ({"stem": False, "lang": False},
                                                                     ["--no-stem", "--no-lang"]),
                          ({"abbrev_period": "split", "ner_domain": "shared", "ner_rules": "none"},
                           ["--abbrev-period", "split", "--ner-domain", "shared", "--ner-rules", "none"]),
                          ({"expressions": False}, ["--no-expressions"]),
                          ({"doc_date": "2022-01-21"}, ["--doc-date", "2022-01-21"])]:
        expected = cli_jsonl("--from", "jsonl", *flags, stdin=corpus)
        docs = urai.Pipeline(**kwargs).annotate_batch([r["text"] for r in records], ids=[r["id"] for r in records])
        assert [canon(d.to_dict()) for d in docs] == [canon(e) for e in expected], flags


def test_expressions_resolve_against_doc_date():
    text = "Kemarin harga cabai naik 12,5 persen menjadi Rp50.000 per kilogram."
    values = {e[2]: e[3] for e in urai.Pipeline(doc_date="2022-01-21").annotate(text).to_dict()["expressions"]}
    assert values["DATE"] == "2022-01-20"
    assert values["PERCENT"] == "12.5"
    assert values["MONEY"] == "IDR 50000"
    assert "expressions" not in urai.Pipeline(expressions=False).annotate(text).to_dict()
    with pytest.raises(ValueError, match="doc_date"):
        urai.Pipeline(doc_date="21/01/2022")


def test_expressions_property_matches_to_dict():
    text = "Senin, 21 Januari 2022 harga cabai naik menjadi Rp50.000 per kilogram."
    doc = urai.Pipeline().annotate(text)
    found = doc.expressions
    assert [[e.start, e.end, e.type, e.value] + ([e.flags] if e.flags else []) for e in found] == \
        doc.to_dict()["expressions"]
    date = next(e for e in found if e.type == "DATE")
    assert date.text == text[date.start:date.end] and date.value == "2022-01-21"
    assert "weekday-mismatch" in date.flags
    assert any(e.type == "MONEY" and e.value == "IDR 50000" and e.text == "Rp50.000" for e in found)


def test_annotate_html_reads_a_page_and_flags_its_boilerplate():
    html = ("<html lang=id><head><meta charset=windows-1252><title>Caf\xe9</title></head><body>"
            "<nav><a href=/>Beranda</a> <a href=/n>Nasional</a></nav>"
            "<p>Menteri Luar Negeri Retno Marsudi bertemu Antony Blinken di Jenewa pada hari Jumat untuk "
            "membahas krisis yang terjadi di perbatasan Ukraina dan Rusia.</p>"
            "<p>Baca juga: Harga Cabai Naik</p></body></html>").encode("cp1252")
    doc = urai.Pipeline().annotate_html(html, id="p1")
    d = doc.to_dict()
    assert d["id"] == "p1" and d["meta"]["title"] == "Caf\xe9" and d["meta"]["charset"] == "windows-1252"
    assert [k for _, _, k in doc.boilerplate] == ["navigation", "related"]
    assert doc.boilerplate == [tuple(b) for b in d["boilerplate"]]
    blinken = next(e for e in doc.entities if e.text == "Antony Blinken")
    # The source map leads from the entity back to its bytes in the page.
    seg = [s for s in d["source_map"] if s[0] <= blinken.start < s[1]][0]
    assert html[seg[2] + blinken.start - seg[0]:].startswith(b"Antony Blinken")
    kept = urai.Pipeline(boilerplate="keep").annotate_html(html)
    assert kept.boilerplate == []
    with pytest.raises(ValueError, match="boilerplate"):
        urai.Pipeline(boilerplate="hide")
    with pytest.raises(TypeError, match="html"):
        urai.Pipeline().annotate_html(42)
    with pytest.raises(ValueError, match="charset"):
        urai.Pipeline().annotate_html(html, charset="no-such-charset")


def test_to_conllu_is_the_cli_output(nlp):
    path = REPO / "data" / "examples" / "berita.txt"
    expected = subprocess.run([str(urai_bin()), "annotate", str(path), "--to", "conllu"], capture_output=True,
                              text=True, check=True).stdout
    assert nlp.annotate(path.read_text(encoding="utf-8"), id=path.name).to_conllu() == expected


def test_document_items_are_code_point_spans(nlp):
    for text in SENTENCES:
        doc = nlp.annotate(text)
        assert doc.id == "0" and doc.text == text
        for item in [*doc.sentences, *doc.tokens, *doc.words, *doc.entities]:
            assert text[item.start:item.end] == item.text
        assert len(doc) == len(doc.tokens)
    doc = nlp.annotate(SENTENCES[0], id="d1")
    # One short sentence full of names is identified as Javanese by urai itself (the CLI agrees); the
    # three sentences together are plainly Indonesian.
    long_doc = nlp.annotate(" ".join(SENTENCES[:3]))
    assert long_doc.lang == "ind" and 0 < long_doc.lang_confidence <= 1
    found = {(e.text, e.label) for e in doc.entities}
    assert {("Antony Blinken", "PER"), ("Sergei Lavrov", "PER"), ("Jenewa", "LOC")} <= found
    assert all(0.0 <= e.score <= 1.0 for e in doc.entities)
    words = {w.text: w for w in nlp.annotate(SENTENCES[2]).words}
    assert words["mengumpulkan"].stem == "kumpul" and words["mengumpulkan"].stop is False
    assert words["yang"].stop is True and "dibantah" in words and words["nya"].token == words["dibantah"].token
    s = nlp.annotate(SENTENCES[4]).sentences
    assert [x.text for x in s] == ["NATO menolak tuntutan Moskow.", "Pertemuan berikutnya di Brussel."]
    assert (s[1].first_token, s[1].end_token) == (5, 10)
    bare = urai.Pipeline(ner=False, stem=False, lang=False).annotate(SENTENCES[0])
    assert bare.entities == [] and bare.lang is None and bare.words[0].stem is None and bare.words[0].stop is None


def test_functions():
    tokens = urai.tokenize("Café naik 12,5 persen, kata Dr. Sri.")
    assert [t.text for t in tokens] == ["Café", "naik", "12,5", "persen", ",", "kata", "Dr.", "Sri", "."]
    assert (tokens[1].start, tokens[1].end) == (5, 9)
    assert urai.stem("perbankan") == "bank" and urai.stem("Memperingatkan") == "ingat"
    assert urai.stem_many(["pembicaraan", "berbalas-balasan", "menangis"]) == ["bicara", "balas", "tangis"]
    assert urai.is_stopword("yang") and urai.is_stopword("Dan") and not urai.is_stopword("tentara")
    assert urai.__version__.count(".") == 2


def test_batch_keeps_input_order_and_ids(nlp):
    texts = [f"Dokumen nomor {i} tentang Jakarta." for i in range(200)]
    docs = nlp.annotate_batch(texts, threads=2)
    assert [d.id for d in docs] == [str(i) for i in range(200)]
    assert [d.text for d in docs] == texts
    assert [d.id for d in nlp.annotate_batch(texts[:3], ids=["a", "b", "c"])] == ["a", "b", "c"]
    assert nlp.annotate_batch([]) == []


def test_four_python_threads_give_what_one_thread_gives(nlp):
    texts = [s for s in SENTENCES if s] * 40
    expected = [d.to_json() for d in nlp.annotate_batch(texts, threads=1)]
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            batch = [d.to_json() for d in nlp.annotate_batch(texts)]
            single = [nlp.annotate(t, id=str(i)).to_json() for i, t in enumerate(texts)]
            results[k] = batch if batch == single else ["mismatch"]
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(results[k] == expected for k in range(4))


def _arrow_rows(out) -> list[dict]:
    return out.to_pylist()


@pytest.mark.parametrize("string_type", [pa.string(), pa.large_string()])
def test_annotate_arrow_equals_annotate_batch(nlp, string_type):
    texts = SENTENCES * 3
    table = pa.table({"text": pa.array(texts, string_type), "url": [f"u{i}" for i in range(len(texts))]})
    docs = nlp.annotate_batch(texts)
    for given in [table, table.to_batches()[0]]:
        out = nlp.annotate_arrow(given)
        assert type(out) is type(given)
        assert out.column_names == ["text", "url", "lang", "sentences", "tokens", "entities"]
        for row, doc in zip(_arrow_rows(out), docs):
            d = doc.to_dict()
            assert row["url"] and row["text"] == doc.text
            assert row["lang"] == d["lang"]
            assert [[s["start"], s["end"], s["first_token"], s["end_token"]] for s in row["sentences"]] \
                == d["sentences"]
            assert [[t["start"], t["end"]] for t in row["tokens"]] == d["tokens"]
            assert [[e["start"], e["end"], e["label"], e["score"]] for e in row["entities"]] \
                == d.get("entities", [])
    assert isinstance(nlp.annotate_arrow(table), pa.Table)
    assert isinstance(nlp.annotate_arrow(table.to_batches()[0]), pa.RecordBatch)
    chunked = pa.Table.from_batches(table.to_batches(max_chunksize=4))
    assert nlp.annotate_arrow(chunked).to_pylist() == nlp.annotate_arrow(table).to_pylist()
    empty = nlp.annotate_arrow(table.slice(0, 0))
    assert empty.num_rows == 0 and "entities" in empty.column_names


def test_annotate_arrow_errors(nlp):
    with pytest.raises(ValueError, match=r'no column "body"'):
        nlp.annotate_arrow(pa.table({"text": ["a"]}), text_column="body")
    with pytest.raises(ValueError, match=r'row 1 of column "text": the text is null'):
        nlp.annotate_arrow(pa.table({"text": ["a", None]}))
    with pytest.raises(ValueError, match=r'(?i)column "text" is int64'):
        nlp.annotate_arrow(pa.table({"text": [1]}))
    with pytest.raises(TypeError, match="expected a pyarrow.RecordBatch or pyarrow.Table, got list"):
        nlp.annotate_arrow(["a"])


def test_parse_jsonl_reports_shard_and_line():
    data = b'{"id": "a", "text": "Blinken tiba."}\nnot json\n{"text": "Lavrov pulang."}\n{"id": 7}\n'
    records, errors = urai.parse_jsonl(data, "shard-03.jsonl", skip_bad=True)
    assert records == [{"id": "a", "text": "Blinken tiba.", "line": 1},
                       {"id": "shard-03.jsonl:3", "text": "Lavrov pulang.", "line": 3}]
    assert [e.split(": ")[0] for e in errors] == ["shard-03.jsonl:2", "shard-03.jsonl:4"]
    with pytest.raises(ValueError, match=r"^shard-03.jsonl:2: malformed JSON"):
        urai.parse_jsonl(data, "shard-03.jsonl")
    records, _ = urai.parse_jsonl(b'{"body": "x", "url": "u"}\n', "s", text_field="body", id_field="url")
    assert records == [{"id": "u", "text": "x", "line": 1}]


def test_errors_are_python_exceptions_with_the_cli_messages(tmp_path):
    nlp = urai.Pipeline(ner=False)
    with pytest.raises(TypeError, match="text: expected str, got int"):
        nlp.annotate(5)
    with pytest.raises(TypeError, match=r"texts\[1\]: expected str, got bytes"):
        nlp.annotate_batch(["a", b"b"])
    with pytest.raises(TypeError, match="texts: expected a sequence of str, got one str"):
        nlp.annotate_batch("abc")
    with pytest.raises(ValueError, match="text: not valid Unicode"):
        nlp.annotate("a\ud800b")
    with pytest.raises(ValueError, match="ids: 1 ids for 2 texts"):
        nlp.annotate_batch(["a", "b"], ids=["x"])
    with pytest.raises(ValueError, match="threads: expected at least 1"):
        nlp.annotate_batch(["a"], threads=0)
    with pytest.raises(TypeError, match="word: expected str"):
        urai.stem(None)
    # The option values and messages are the command's.
    cli = subprocess.run([str(urai_bin()), "annotate", "--ner-domain", "nine"], capture_output=True, text=True)
    assert "expected `mean`, `shared` or a domain id" in cli.stderr
    with pytest.raises(ValueError, match="ner_domain: expected `mean`, `shared` or a domain id"):
        urai.Pipeline(ner_domain="nine")
    with pytest.raises(ValueError, match='ner_rules: unknown rule "bogus"'):
        urai.Pipeline(ner_rules="bogus")
    with pytest.raises(ValueError, match="abbrev_period: expected `keep` or `split`"):
        urai.Pipeline(abbrev_period="drop")
    missing = tmp_path / "none.bin"
    with pytest.raises(OSError, match="none.bin"):
        urai.Pipeline(ner_model=missing)
    with pytest.raises(OSError, match="none.bin"):
        urai.Pipeline(lexicon=missing)
    bad = tmp_path / "lexicon.tsv"
    bad.write_text("makan\tbroken/flags/x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lexicon.tsv:1"):
        urai.Pipeline(lexicon=bad)
    assert urai.Pipeline(ner_domain=1, ner_rules="no-acronyms").annotate("Ia datang.").tokens


def _rss_kib() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def test_no_memory_growth_over_10000_calls(nlp):
    text = SENTENCES[0]
    for _ in range(500):
        nlp.annotate(text).to_dict()
    before = _rss_kib()
    for i in range(10_000):
        doc = nlp.annotate(text, id=str(i))
        doc.entities, doc.words
    grown = _rss_kib() - before
    assert grown < 8 * 1024, f"RSS grew by {grown} KiB over 10,000 calls"
