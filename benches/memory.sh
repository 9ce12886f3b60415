#!/usr/bin/env bash
# Peak memory of `urai annotate` on a large JSONL corpus (default 1 GB), measured with GNU time.
# Usage: bash benches/memory.sh [SIZE_MB] [JOBS]
# The corpus is the team's own texts (tests/golden/*.txt) as JSONL records, repeated to SIZE_MB.
# Prints the input size, the wall time, the throughput and the peak resident set size.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-1024}"
jobs="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release -q -p urai-cli
bin="${CARGO_TARGET_DIR:-target}/release/urai"
python3 - "$work/corpus.jsonl" "$size_mb" <<'PY'
import json, pathlib, sys
out, size = sys.argv[1], int(sys.argv[2]) << 20
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path("tests/golden").glob("*.txt"))]
with open(out, "w", encoding="utf-8") as f:
    n = written = 0
    while written < size:
        for t in texts:
            line = json.dumps({"id": f"doc-{n}", "text": t, "source": "urai-bench"}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
PY
bytes=$(stat -c %s "$work/corpus.jsonl")
/usr/bin/time -v "$bin" annotate "$work/corpus.jsonl" -j "$jobs" -o "$work/out.jsonl" 2> "$work/time.txt"
secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {split($2,a,":"); s=0; for(i=1;i<=length(a);i++) s=s*60+a[i]; print s}' "$work/time.txt")
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
echo "input: $((bytes >> 20)) MB of JSONL, -j $jobs"
echo "wall: ${secs} s, throughput: $(python3 -c "print(f'{$bytes/1e6/$secs:.1f}')") MB/s"
echo "peak RSS: $((rss_kb / 1024)) MB"
