"""The Ray Data and Spark examples (examples/ray_annotate.py, examples/spark_annotate.py), run for real.

A generated corpus of 20,000 news-like documents in 8 shards (3 gzipped, one line malformed) goes through each
example as a subprocess, on a local Ray instance with 2 CPUs and on Spark local[2], under both bad-line
policies. `fail` must stop with exit code 2 and a message naming the bad shard and line, leaving no output;
`skip` must write every good record exactly once, at its shard and line, with the tokens, sentences, entities
and language that `urai annotate --to jsonl --offsets char --skip-bad` gives for the same shards, and must
report the one skipped line by shard and line. About a minute and a half on 2 cores.

The `urai` binary: $URAI_BIN, else <repo>/target/release/urai (built with cargo if missing).
"""

from __future__ import annotations

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from make_corpus import make_corpus

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
DOCS, SHARDS, GZ, SEED, BAD_SHARD = 20000, 8, 3, 7, 5
ENGINE_TIMEOUT = 300


def urai_bin() -> Path:
    if os.environ.get("URAI_BIN"):
        return Path(os.environ["URAI_BIN"])
    path = REPO / "target" / "release" / "urai"
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "-p", "urai-cli"], cwd=REPO, check=True,
                       env={**os.environ, "CARGO_TARGET_DIR": str(REPO / "target")})
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(str(tmp_path_factory.mktemp("corpus")), DOCS, SHARDS, GZ, SEED, BAD_SHARD)


@pytest.fixture(scope="module")
def cli(corpus):
    """The CLI's records for the corpus, by id, and its stderr."""
    proc = subprocess.run(
        [str(urai_bin()), "annotate", "--to", "jsonl", "--offsets", "char", "--skip-bad", "-j", "2",
         "--text-field", corpus.text_field, "--id-field", corpus.id_field, *corpus.paths],
        capture_output=True, check=True)
    records = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        rec = json.loads(line)
        assert rec["id"] not in records
        records[rec["id"]] = rec
    return records, proc.stderr.decode("utf-8")


def run_engine(engine: str, corpus, out: Path, policy: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(EXAMPLES / f"{engine}_annotate.py"), os.path.dirname(corpus.paths[0]),
           "-o", str(out), "--on-bad", policy, "--text-field", corpus.text_field, "--id-field", corpus.id_field]
    cmd += ["--num-cpus", "2"] if engine == "ray" else ["--master", "local[2]"]
    env = {k: v for k, v in os.environ.items() if k not in ("RAY_ADDRESS", "PYSPARK_GATEWAY_PORT")}
    env["SPARK_LOCAL_IP"] = "127.0.0.1"
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=ENGINE_TIMEOUT)


def test_corpus_is_deterministic_and_has_one_bad_line(tmp_path, corpus):
    a = make_corpus(str(tmp_path / "a"), 400, 4, 2, SEED, 1)
    b = make_corpus(str(tmp_path / "b"), 400, 4, 2, SEED, 1)
    assert [Path(p).read_bytes() for p in a.paths] == [Path(p).read_bytes() for p in b.paths]
    c = make_corpus(str(tmp_path / "c"), 400, 4, 2, SEED + 1, 1)
    assert [Path(p).read_bytes() for p in a.paths] != [Path(p).read_bytes() for p in c.paths]
    assert len(corpus.paths) >= 8 and sum(p.endswith(".gz") for p in corpus.paths) == GZ
    assert len(corpus.ids) == DOCS - 1 and len(set(corpus.ids)) == len(corpus.ids)
    bad_path, bad_line = corpus.bad
    assert bad_path == corpus.paths[BAD_SHARD] and bad_path.endswith(".gz") and bad_line > 1


def test_cli_reference_skips_the_bad_line(corpus, cli):
    records, stderr = cli
    assert sorted(records) == sorted(corpus.ids)
    bad_path, bad_line = corpus.bad
    assert f"{bad_path}:{bad_line}: " in stderr
    assert "1 malformed record(s) skipped" in stderr


@pytest.mark.parametrize("engine", ["ray", "spark"])
def test_fail_names_the_bad_shard_and_line(engine, corpus, tmp_path):
    out = tmp_path / "out"
    proc = run_engine(engine, corpus, out, "fail")
    bad_path, bad_line = corpus.bad
    assert proc.returncode == 2, proc.stderr[-3000:]
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: {bad_path}:{bad_line}: "), proc.stderr[-3000:]
    assert not out.exists(), "a failed job must leave no output"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".urai-")], "temporary output left behind"


def _spans(pairs):
    return [[s["start"], s["end"]] for s in pairs]


@pytest.mark.parametrize("engine", ["ray", "spark"])
def test_skip_writes_every_good_record_once_as_the_cli_annotates_it(engine, corpus, cli, tmp_path):
    records, _ = cli
    out = tmp_path / "out"
    proc = run_engine(engine, corpus, out, "skip")
    assert proc.returncode == 0, proc.stderr[-3000:]
    bad_path, bad_line = corpus.bad
    skipped = [ln for ln in proc.stderr.splitlines() if ln.startswith("skipped: ")]
    assert len(skipped) == 1 and skipped[0].startswith(f"skipped: {bad_path}:{bad_line}: "), proc.stderr[-3000:]
    assert "1 malformed record(s) skipped" in proc.stderr

    table = pq.read_table(out)
    assert set(table.column_names) >= {"id", "shard", "line", "text", "lang", "sentences", "tokens", "entities"}
    rows = table.to_pylist()
    counts = collections.Counter(r["id"] for r in rows)
    assert len(rows) == len(corpus.ids) and set(counts) == set(corpus.ids)
    assert max(counts.values()) == 1
    mismatches = []
    for r in rows:
        doc_id = r["id"]
        shard, index = int(doc_id[1:4]), int(doc_id[5:])
        assert r["shard"] == corpus.paths[shard] and r["line"] == index + 1, (r["shard"], r["line"], doc_id)
        assert r["text"] == corpus.texts[doc_id]
        ref = records[doc_id]
        got = {
            "lang": r["lang"],
            "tokens": _spans(r["tokens"]),
            "sentences": [[s["start"], s["end"], s["first_token"], s["end_token"]] for s in r["sentences"]],
            "entities": [[e["start"], e["end"], e["label"]] for e in r["entities"]],
        }
        want = {
            "lang": ref["lang"],
            "tokens": ref["tokens"],
            "sentences": ref["sentences"],
            "entities": [e[:3] for e in ref.get("entities", [])],
        }
        if got != want:
            mismatches.append((doc_id, got, want))
            continue
        for e, w in zip(r["entities"], ref.get("entities", [])):
            if abs(e["score"] - w[3]) > 5e-4 + 1e-9:  # the CLI writes scores to 3 decimals
                mismatches.append((doc_id, e, w))
    assert not mismatches, f"{len(mismatches)} records differ from the CLI, first: {mismatches[0]}"
    # The corpus is news: most records carry entities, so the comparison above is not of empty lists.
    assert sum(1 for r in rows if r["entities"]) > len(rows) // 2
