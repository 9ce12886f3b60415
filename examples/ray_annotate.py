#!/usr/bin/env python3
"""Annotate sharded JSONL with urai on Ray Data and write Parquet.

    python examples/ray_annotate.py 'corpus/*.jsonl*' -o annotated/ --num-cpus 2
    python examples/ray_annotate.py corpus/ -o annotated/ --on-bad skip --text-field body --id-field url
    ray job submit --working-dir examples -- python ray_annotate.py s3://bucket/news/ -o s3://bucket/out/

Inputs are files, directories (every file below, sorted, hidden files skipped), globs, or URIs that Ray's file
reader understands (s3://, gs://, ...). Each shard may be gzipped. One output row per input record: id, shard,
line, text, lang, sentences, tokens, entities, with code-point offsets (see docs/scale.md for the schema).

A malformed record (bad JSON, missing or non-string text field, invalid UTF-8) is reported as `SHARD:LINE:
message`, exactly as `urai annotate` reports it. `--on-bad fail` (the default) stops the job with that message
and exit code 2; `--on-bad skip` skips the record, prints each message and the count on stderr at the end.

Why not `ray.data.read_json`: it parses with pyarrow's JSON reader, which can neither name the line of a
malformed record nor skip it (a bad line fails the whole block with a byte offset at best). So each shard is
read whole as bytes (`read_binary_files(include_paths=True)`), gunzipped if needed, and parsed by
`urai.parse_jsonl`, the same reader as the `urai` command; the records are then annotated in Arrow batches.
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
BATCH_ROWS = 512  # records per annotate_arrow call (and per output block)


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


def decompress(data: bytes, path: str) -> bytes:
    """Gunzip by magic number (Ray may already have decompressed a `.gz` by its extension)."""
    if data[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise BadRecord(f"{path}: corrupt gzip data: {e}") from None
    return data


class BadRecord(Exception):
    """A malformed record under --on-bad fail; its message is `SHARD:LINE: message`."""


def bad_record_message(exc: BaseException) -> str | None:
    """The `SHARD:LINE: message` of a BadRecord raised on a worker, from the exception Ray re-raises."""
    text = str(exc)
    marker = "BadRecord: "
    i = text.rfind(marker)
    if i < 0:
        return None
    return text[i + len(marker):].splitlines()[0].strip()


class Annotate:
    """Ray Data callable class: one urai.Pipeline per actor; shard bytes in, annotated records out."""

    def __init__(self, text_field: str, id_field: str, skip_bad: bool, errors, batch_rows: int = BATCH_ROWS):
        # One actor holds one CPU: keep urai's thread pool to one thread so actors do not oversubscribe.
        os.environ.setdefault("RAYON_NUM_THREADS", "1")
        import urai

        self.urai = urai
        self.pipeline = urai.Pipeline()
        self.text_field, self.id_field, self.skip_bad = text_field, id_field, skip_bad
        self.errors, self.batch_rows = errors, batch_rows

    def __call__(self, batch: pa.Table):
        import ray

        for path, data in zip(batch.column("path").to_pylist(), batch.column("bytes").to_pylist()):
            data = decompress(data, path)
            try:
                records, errors = self.urai.parse_jsonl(data, path, text_field=self.text_field,
                                                        id_field=self.id_field, skip_bad=self.skip_bad)
            except ValueError as e:
                raise BadRecord(str(e)) from None
            if errors:
                ray.get(self.errors.add.remote(errors))
            for start in range(0, len(records), self.batch_rows):
                chunk = records[start:start + self.batch_rows]
                table = pa.table({
                    "id": pa.array([r["id"] for r in chunk], pa.string()),
                    "shard": pa.array([path] * len(chunk), pa.string()),
                    "line": pa.array([r["line"] for r in chunk], pa.int64()),
                    "text": pa.array([r["text"] for r in chunk], pa.string()),
                })
                out = self.pipeline.annotate_arrow(table, text_column="text", id_column="id")
                if isinstance(out, pa.RecordBatch):
                    out = pa.Table.from_batches([out])
                yield out.select(OUTPUT_SCHEMA.names).cast(OUTPUT_SCHEMA)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Annotate sharded JSONL with urai on Ray Data; write Parquet.")
    ap.add_argument("inputs", nargs="+", help="JSONL shards (.jsonl, .jsonl.gz): files, directories, globs, URIs")
    ap.add_argument("-o", "--output", required=True, help="output directory of Parquet files (must not exist "
                    "or be empty; a local one is written to a temporary directory and renamed when complete)")
    ap.add_argument("--on-bad", choices=["fail", "skip"], default="fail",
                    help="a malformed record stops the job (fail) or is reported and skipped (skip)")
    ap.add_argument("--num-cpus", type=int, default=None,
                    help="CPUs of the local Ray instance and number of annotating actors (default: all CPUs of "
                         "the cluster)")
    ap.add_argument("--address", default=None,
                    help="an existing Ray cluster (default: $RAY_ADDRESS, else start a local instance)")
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

    import ray
    import ray.data

    t0 = time.monotonic()
    address = args.address or os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, log_to_driver=True)
    else:
        ray.init(num_cpus=args.num_cpus, include_dashboard=False)
    started = time.monotonic() - t0
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    n_actors = args.num_cpus or max(1, int(ray.cluster_resources().get("CPU", 1)))

    @ray.remote(num_cpus=0)
    class ErrorLog:
        """Malformed-record messages from every actor (a set: a retried task adds nothing twice)."""

        def __init__(self):
            self.messages: set[str] = set()

        def add(self, messages: list[str]) -> None:
            self.messages.update(messages)

        def get(self) -> list[str]:
            return list(self.messages)

    errors = ErrorLog.remote()
    target = args.output
    if local_out:
        parent = os.path.dirname(os.path.abspath(args.output)) or "."
        os.makedirs(parent, exist_ok=True)
        target = tempfile.mkdtemp(prefix=".urai-ray-", dir=parent)
    try:
        # Reading and writing are I/O: their tasks reserve no CPU, so that the annotating actors (one CPU each)
        # can hold every CPU without starving them; at most n_actors of each run at once.
        ds = ray.data.read_binary_files(paths, include_paths=True, num_cpus=0, concurrency=n_actors,
                                        override_num_blocks=len(paths))
        ds = ds.map_batches(
            Annotate,
            fn_constructor_kwargs={"text_field": args.text_field, "id_field": args.id_field,
                                   "skip_bad": args.on_bad == "skip", "errors": errors},
            batch_format="pyarrow", batch_size=1, compute=ray.data.ActorPoolStrategy(size=n_actors), num_cpus=1,
        )
        ds.write_parquet(target, ray_remote_args={"num_cpus": 0}, concurrency=n_actors)
    except Exception as e:  # noqa: BLE001 - report a bad record plainly, anything else as Ray gives it
        if local_out:
            shutil.rmtree(target, ignore_errors=True)
        msg = bad_record_message(e)
        if msg is None:
            raise
        print(f"error: {msg}", file=sys.stderr)
        return 2
    if local_out:
        if os.path.isdir(args.output):
            os.rmdir(args.output)
        os.rename(target, args.output)
    skipped = sorted(ray.get(errors.get.remote()), key=_shard_line_key)
    for m in skipped:
        print(f"skipped: {m}", file=sys.stderr)
    total = time.monotonic() - t0
    print(f"ray_annotate: {len(skipped)} malformed record(s) skipped; {len(paths)} shard(s) annotated to "
          f"{args.output} in {total:.1f} s (Ray start-up {started:.1f} s)", file=sys.stderr)
    ray.shutdown()
    return 0


def _shard_line_key(message: str):
    """`SHARD:LINE: message` sorts by shard, then by line number."""
    head, _, line = message.partition(": ")[0].rpartition(":")
    return (head, int(line)) if line.isdigit() else (message, 0)


if __name__ == "__main__":
    sys.exit(main())
