#!/usr/bin/env python3
"""Throughput of urai from Python and on Ray / Spark, side by side with the CLI and spaCy's tokenizer.

Run from the repository root, in an environment with the urai wheel and python/requirements-dev.txt installed:

    cargo build --release -p urai-cli
    pip install -r python/requirements-dev.txt ./python
    python benches/python_speed.py                 # 20,000 documents (about 5.9 MB of text), 8 shards
    python benches/python_speed.py --docs 50000 --repeat 3

Every row is measured on the same generated corpus (python/tests/make_corpus.py, seed 7, no malformed line):
MB/s is megabytes (10^6 bytes) of UTF-8 text per second of wall time, the best of --repeat runs.

- `urai annotate -j 1` / `-j 2`: the CLI on the JSONL shards, output discarded.
- `annotate_batch`: `Pipeline.annotate_batch(texts, threads=1)` and `threads=2`; `annotate_arrow`: one call per
  512-record Arrow table.
- spaCy `blank("id")`: tokenization only (no tagger, no entities), `nlp.pipe(texts)`, one process: a floor, not
  an equivalent of urai's pipeline.
- Ray Data / Spark: examples/ray_annotate.py (`--num-cpus 2`) and examples/spark_annotate.py (`local[2]`) as
  subprocesses, Parquet out, on a larger corpus (--engine-docs, default 100,000 documents, seed 9) with
  `urai annotate -j 2` on the same shards beside them. The fixed cost is the wall time of the same command on a 1-shard, 10-document corpus
  (start-up, actor/worker start, Pipeline build, shut-down); the throughput is the corpus's text over the wall
  time beyond that fixed cost.
- Memory per worker: the RSS of a Python process after `urai.Pipeline()` and annotating one document, minus the
  RSS of a bare interpreter that has imported pyarrow.
The binary: $URAI_BIN, else target/release/urai.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "python" / "tests"))

from make_corpus import make_corpus  # noqa: E402

RSS_PROBE = r"""
import sys
import pyarrow
def rss_kib():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
if sys.argv[1] == "pipeline":
    import urai
    p = urai.Pipeline()
    p.annotate("Presiden Joko Widodo meresmikan jalan tol di Semarang, Jawa Tengah, pada Senin.")
print(rss_kib())
"""


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def engine_wall(engine: str, input_dir: str, args: list[str]) -> float:
    out = tempfile.mkdtemp(prefix=f"urai-bench-{engine}-")
    shutil.rmtree(out)
    cmd = [sys.executable, str(REPO / "examples" / f"{engine}_annotate.py"), input_dir, "-o", out, *args]
    env = {k: v for k, v in os.environ.items() if k not in ("RAY_ADDRESS", "PYSPARK_GATEWAY_PORT")}
    env.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - t
    shutil.rmtree(out, ignore_errors=True)
    if proc.returncode != 0:
        raise SystemExit(f"{engine} failed:\n{proc.stderr[-4000:]}")
    return wall


def main() -> int:
    ap = argparse.ArgumentParser(description="urai throughput from Python, Ray and Spark")
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--engine-docs", type=int, default=100000,
                    help="documents of the corpus the Ray and Spark rows (and the CLI beside them) run on")
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=2, help="runs per in-process row (the best is kept)")
    a = ap.parse_args()

    import pyarrow as pa
    import spacy
    import urai

    work = tempfile.mkdtemp(prefix="urai-bench-")
    try:
        corpus = make_corpus(os.path.join(work, "corpus"), a.docs, a.shards, gz=0, seed=7, bad_shard=-1)
        tiny = make_corpus(os.path.join(work, "tiny"), 10, 1, gz=0, seed=8, bad_shard=-1)
        texts = [corpus.texts[i] for i in corpus.ids]
        mb = corpus.text_bytes / 1e6
        rows: list[tuple[str, float, str]] = []
        print(f"corpus: {len(texts)} documents, {mb:.2f} MB of text, {a.shards} shards; "
              f"{os.cpu_count()} CPUs; best of {a.repeat}", flush=True)

        urai_bin = os.environ.get("URAI_BIN") or str(REPO / "target" / "release" / "urai")
        for jobs in (1, 2):
            cmd = [urai_bin, "annotate", "--text-field", "body", "--id-field", "doc_id", "-j", str(jobs),
                   *corpus.paths]
            t = best(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True), a.repeat)
            rows.append((f"urai annotate -j {jobs} (CLI)", mb / t, f"{t:.2f} s"))

        pipeline = urai.Pipeline()
        pipeline.annotate(texts[0])
        for threads in (1, 2):
            t = best(lambda: pipeline.annotate_batch(texts, threads=threads), a.repeat)
            rows.append((f"Pipeline.annotate_batch threads={threads}", mb / t, f"{t:.2f} s"))
        tables = [pa.table({"id": corpus.ids[i:i + 512], "text": texts[i:i + 512]}) for i in range(0, len(texts), 512)]
        t = best(lambda: [pipeline.annotate_arrow(tb, text_column="text", id_column="id") for tb in tables], a.repeat)
        rows.append(("Pipeline.annotate_arrow (512-row tables)", mb / t, f"{t:.2f} s"))

        nlp = spacy.blank("id")
        t = best(lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=512)), a.repeat)
        rows.append(('spaCy blank("id") nlp.pipe, tokens only', mb / t, f"{t:.2f} s"))

        # The engines pay a start-up cost of seconds, so they run on a larger corpus, with the CLI beside them.
        big = make_corpus(os.path.join(work, "big"), a.engine_docs, a.shards, gz=0, seed=9, bad_shard=-1)
        big_mb = big.text_bytes / 1e6
        big_dir, tiny_dir = os.path.dirname(big.paths[0]), os.path.dirname(tiny.paths[0])
        cmd = [urai_bin, "annotate", "--text-field", "body", "--id-field", "doc_id", "-j", "2", *big.paths]
        t = best(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True), 1)
        rows.append((f"urai annotate -j 2 (CLI), {a.engine_docs} documents", big_mb / t, f"{t:.2f} s"))
        fields = ["--text-field", "body", "--id-field", "doc_id"]
        for engine, extra in (("ray", ["--num-cpus", "2"]), ("spark", ["--master", "local[2]"])):
            fixed = engine_wall(engine, tiny_dir, fields + extra)
            wall = engine_wall(engine, big_dir, fields + extra)
            name = f"{'Ray Data, 2 CPUs' if engine == 'ray' else 'Spark local[2]'}, {a.engine_docs} documents"
            rows.append((name, big_mb / max(wall - fixed, 1e-9),
                         f"{wall:.1f} s wall, fixed cost {fixed:.1f} s; {big_mb / wall:.2f} MB/s with it"))

        probe = [sys.executable, "-c", RSS_PROBE]
        bare = int(subprocess.run(probe + ["bare"], capture_output=True, text=True, check=True).stdout)
        full = int(subprocess.run(probe + ["pipeline"], capture_output=True, text=True, check=True).stdout)

        width = max(len(r[0]) for r in rows)
        print(f"\n{'':{width}}  {'MB/s':>7}  time")
        for name, rate, note in rows:
            print(f"{name:{width}}  {rate:7.2f}  {note}")
        print(f"\nmemory per worker: {(full - bare) / 1024:.1f} MiB (RSS {full / 1024:.1f} MiB with a Pipeline and "
              f"one document annotated, {bare / 1024:.1f} MiB bare with pyarrow)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
