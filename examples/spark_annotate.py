#!/usr/bin/env python3
"""Annotate sharded JSONL with urai on PySpark (mapInArrow) and write Parquet.

    python examples/spark_annotate.py 'corpus/*.jsonl*' -o annotated/ --master 'local[2]'
    python examples/spark_annotate.py corpus/ -o annotated/ --on-bad skip --text-field body --id-field url
    spark-submit --master spark://HOST:7077 examples/spark_annotate.py hdfs:///news/ -o hdfs:///annotated/

Inputs are files, directories (every file below, sorted, hidden files skipped), globs, or URIs that Spark's file
sources understand (hdfs://, s3a://, ...). Each shard may be gzipped. One output row per input record: id,
shard, line, text, lang, sentences, tokens, entities, with code-point offsets (see docs/scale.md).

A malformed record (bad JSON, missing or non-string text field, invalid UTF-8) is reported as `SHARD:LINE:
message`, exactly as `urai annotate` reports it. `--on-bad fail` (the default) stops the job with that message
and exit code 2; `--on-bad skip` skips the record, prints each message and the count on stderr at the end.

Why not `spark.read.json` / `spark.read.text`: the JSON source turns a bad line into a null row or fails with
no line number, and the text source splits a file across tasks so a line's number within its shard is lost.
Each shard is instead read whole (`binaryFile` source, one shard per task), gunzipped if needed, and parsed
by `urai.parse_jsonl`, the same reader as the `urai` command; the records are annotated in Arrow batches.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import os
import shutil
import sys
import tempfile
import time
import types
import urllib.parse

import pyarrow as pa

SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64())])
SENTENCE = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("first_token", pa.int64()),
                      ("end_token", pa.int64())])
ENTITY = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("label", pa.string()), ("score", pa.float64())])
OUTPUT_SCHEMA = pa.schema([
    ("id", pa.string()), ("shard", pa.string()), ("line", pa.int64()), ("text", pa.string()),
    ("lang", pa.string()), ("sentences", pa.list_(SENTENCE)), ("tokens", pa.list_(SPAN)),
    ("entities", pa.list_(ENTITY)),
])
SPARK_SCHEMA = (
    "id string, shard string, line bigint, text string, lang string, "
    "sentences array<struct<start:bigint,end:bigint,first_token:bigint,end_token:bigint>>, "
    "tokens array<struct<start:bigint,end:bigint>>, "
    "entities array<struct<start:bigint,end:bigint,label:string,score:double>>"
)
BATCH_ROWS = 512  # records per annotate_arrow call (and per Arrow batch handed back to Spark)


def expand_inputs(inputs: list[str]) -> list[str]:
    """Local files, directories and globs become a sorted list of files; URIs are passed through."""
    out: list[str] = []
    for item in inputs:
        if "://" in item:
            out.append(item)
            continue
        matches = sorted(glob.glob(item)) if glob.has_magic(item) else [item]
        if not matches:
            raise SystemExit(f"error: {item}: no file matches")
        for m in matches:
            if os.path.isdir(m):
                for root, dirs, files in os.walk(m):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    out.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
            elif os.path.exists(m):
                out.append(m)
            else:
                raise SystemExit(f"error: {m}: no such file or directory")
    if not out:
        raise SystemExit("error: no input files")
    return [os.path.abspath(p) if "://" not in p else p for p in out]


class BadRecord(Exception):
    """A malformed record under --on-bad fail; its message is `SHARD:LINE: message`."""


def bad_record_message(exc: BaseException) -> str | None:
    """The `SHARD:LINE: message` of a BadRecord raised in a Python worker, from the driver's exception."""
    text = str(exc)
    marker = "BadRecord: "
    i = text.rfind(marker)
    if i < 0:
        return None
    return text[i + len(marker):].splitlines()[0].strip()


def shard_name(spark_path: str) -> str:
    """`file:/a/b%20c.jsonl` (how the binaryFile source names a local file) -> `/a/b c.jsonl`; URIs stay."""
    if spark_path.startswith("file:"):
        return urllib.parse.unquote(urllib.parse.urlparse(spark_path).path)
    return spark_path


def _worker_pipeline():
    """One urai.Pipeline per Python worker process, kept across the tasks a reused worker runs."""
    cache = sys.modules.get("_urai_spark_worker")
    if cache is None:
        # A Spark task slot is one core: keep urai's thread pool to one thread (set before its first use).
        os.environ.setdefault("RAYON_NUM_THREADS", "1")
        import urai

        cache = types.ModuleType("_urai_spark_worker")
        cache.urai = urai
        cache.pipeline = urai.Pipeline()
        sys.modules["_urai_spark_worker"] = cache
    return cache.urai, cache.pipeline


def make_annotate(text_field: str, id_field: str, skip_bad: bool, errors, batch_rows: int = BATCH_ROWS):
    """The mapInArrow function: batches of (path, content) rows in, annotated records out."""

    def annotate(batches):
        urai, pipeline = _worker_pipeline()
        for batch in batches:
            for spath, data in zip(batch.column("path").to_pylist(), batch.column("content").to_pylist()):
                path = shard_name(spath)
                if data[:2] == b"\x1f\x8b":
                    try:
                        data = gzip.decompress(data)
                    except (OSError, EOFError) as e:
                        raise BadRecord(f"{path}: corrupt gzip data: {e}") from None
                try:
                    records, bad = urai.parse_jsonl(data, path, text_field=text_field, id_field=id_field,
                                                    skip_bad=skip_bad)
                except ValueError as e:
                    raise BadRecord(str(e)) from None
                if bad:
                    errors.add(set(bad))
                for start in range(0, len(records), batch_rows):
                    chunk = records[start:start + batch_rows]
                    table = pa.table({
                        "id": pa.array([r["id"] for r in chunk], pa.string()),
                        "shard": pa.array([path] * len(chunk), pa.string()),
                        "line": pa.array([r["line"] for r in chunk], pa.int64()),
                        "text": pa.array([r["text"] for r in chunk], pa.string()),
                    })
                    out = pipeline.annotate_arrow(table, text_column="text", id_column="id")
                    if isinstance(out, pa.RecordBatch):
                        out = pa.Table.from_batches([out])
                    yield from out.select(OUTPUT_SCHEMA.names).cast(OUTPUT_SCHEMA).combine_chunks().to_batches()

    return annotate


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Annotate sharded JSONL with urai on PySpark; write Parquet.")
    ap.add_argument("inputs", nargs="+", help="JSONL shards (.jsonl, .jsonl.gz): files, directories, globs, URIs")
    ap.add_argument("-o", "--output", required=True, help="output directory of Parquet files (must not exist "
                    "or be empty; a local one is written to a temporary directory and renamed when complete)")
    ap.add_argument("--on-bad", choices=["fail", "skip"], default="fail",
                    help="a malformed record stops the job (fail) or is reported and skipped (skip)")
    ap.add_argument("--master", default=None,
                    help="Spark master (default: the one spark-submit gives, else local[NUM_CPUS])")
    ap.add_argument("--num-cpus", type=int, default=None,
                    help="without --master or spark-submit: run local[NUM_CPUS] (default: local[*])")
    ap.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    ap.add_argument("--id-field", default="id", help="JSONL field holding the id (default: id)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    paths = expand_inputs(args.inputs)
    local_out = "://" not in args.output
    if local_out and os.path.exists(args.output) and (not os.path.isdir(args.output) or os.listdir(args.output)):
        print(f"error: {args.output}: exists and is not an empty directory", file=sys.stderr)
        return 2

    from pyspark.accumulators import AccumulatorParam
    from pyspark.sql import SparkSession

    master = args.master
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = f"local[{args.num_cpus or '*'}]"
    builder = SparkSession.builder.appName("urai-annotate").config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # Local mode: Python workers run this interpreter; the driver listens on the loopback interface only.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false"))
    t0 = time.monotonic()
    spark = builder.getOrCreate()
    started = time.monotonic() - t0
    spark.sparkContext.setLogLevel("ERROR")
    # One shard per task: a file's open cost above the split size keeps small shards from being packed together.
    spark.conf.set("spark.sql.files.openCostInBytes", str(1 << 40))

    class MessageSet(AccumulatorParam):
        """Malformed-record messages (a set: a recomputed task adds nothing twice)."""

        def zero(self, value):
            return set()

        def addInPlace(self, a, b):
            a |= b
            return a

    errors = spark.sparkContext.accumulator(set(), MessageSet())
    target = args.output
    if local_out:
        parent = os.path.dirname(os.path.abspath(args.output)) or "."
        os.makedirs(parent, exist_ok=True)
        target = os.path.join(tempfile.mkdtemp(prefix=".urai-spark-", dir=parent), "out")
    try:
        files = spark.read.format("binaryFile").load(paths).select("path", "content")
        annotate = make_annotate(args.text_field, args.id_field, args.on_bad == "skip", errors)
        files.mapInArrow(annotate, SPARK_SCHEMA).write.mode("errorifexists").parquet(target)
    except Exception as e:  # noqa: BLE001 - report a bad record plainly, anything else as Spark gives it
        if local_out:
            shutil.rmtree(os.path.dirname(target), ignore_errors=True)
        msg = bad_record_message(e)
        if msg is None:
            raise
        # Spark first, so that its own log lines from the other tasks come before urai's message.
        spark.stop()
        print(f"error: {msg}", file=sys.stderr, flush=True)
        return 2
    if local_out:
        if os.path.isdir(args.output):
            os.rmdir(args.output)
        os.rename(target, args.output)
        os.rmdir(os.path.dirname(target))
    skipped = sorted(errors.value, key=_shard_line_key)
    for m in skipped:
        print(f"skipped: {m}", file=sys.stderr)
    total = time.monotonic() - t0
    print(f"spark_annotate: {len(skipped)} malformed record(s) skipped; {len(paths)} shard(s) annotated to "
          f"{args.output} in {total:.1f} s (Spark start-up {started:.1f} s)", file=sys.stderr)
    spark.stop()
    return 0


def _shard_line_key(message: str):
    """`SHARD:LINE: message` sorts by shard, then by line number."""
    head, _, line = message.partition(": ")[0].rpartition(":")
    return (head, int(line)) if line.isdigit() else (message, 0)


if __name__ == "__main__":
    sys.exit(main())
