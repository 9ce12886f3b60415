#!/usr/bin/env bash
# Whole-process throughput of `urai annotate` on a news corpus of JSONL records, with and without the entity
# tagger, on 1 and 2 cores; optionally another build of urai beside it in the same run.
# Usage: bash benches/annotate_speed.sh [SIZE_MB] [BASELINE_BIN]
#   SIZE_MB       corpus size in MB (10^6 bytes) of JSONL (default 20)
#   BASELINE_BIN  another `urai` binary measured on the same corpus in the same run (e.g. an older release)
# The corpus: documents of 8 to 30 consecutive sentences of the train splits of idner-news-2k, NER-UI (fold 1)
# and NERGrit (news text; $URAI_SHARED_DATA, default ../shared/data), detokenised, and the `# text` lines of UD
# Indonesian-CSUI train, shuffled into documents and repeated to SIZE_MB.
# Each figure is the best of 3 runs: MB/s of JSONL input per second of wall time; output written to a file.
# `taskset -c 0` pins the 1-core runs to one core.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-20}"
baseline="${2:-}"
shared="${URAI_SHARED_DATA:-$(cd .. && pwd)/shared/data}"
[ -d "$shared" ] || { echo "error: $shared not found (set URAI_SHARED_DATA)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release -q -p urai-cli
bin="${CARGO_TARGET_DIR:-target}/release/urai"
python3 - "$work/corpus.jsonl" "$size_mb" "$shared" <<'PY'
import json, random, re, sys
out, size, shared = sys.argv[1], int(float(sys.argv[2]) * 10**6), sys.argv[3]
files = [f"{shared}/ner-idner-news-2k/train.txt", f"{shared}/ner-nerui/train.01.tsv",
         f"{shared}/ner-nergrit/train_preprocess.txt"]
sentences = []
for path in files:
    toks = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                if toks:
                    sentences.append(toks)
                toks = []
                continue
            toks.append(re.split(r"\s+", line)[0])
    if toks:
        sentences.append(toks)
def detok(toks):
    s = " ".join(toks)
    s = re.sub(r" ([.,;:!?%)\]])", r"\1", s)
    s = re.sub(r"([(\[]) ", r"\1", s)
    return s
texts = [detok(t) for t in sentences]
with open(f"{shared}/ud-indonesian-csui/id_csui-ud-train.conllu", encoding="utf-8") as f:
    texts += [line[len("# text = "):].strip() for line in f if line.startswith("# text = ")]
rng = random.Random(7)
docs, i = [], 0
while i < len(texts):
    k = rng.randint(8, 30)
    docs.append(" ".join(texts[i:i + k]))
    i += k
with open(out, "w", encoding="utf-8") as f:
    n = written = 0
    while written < size:
        rng.shuffle(docs)
        for d in docs:
            line = json.dumps({"id": f"doc-{n}", "text": d}, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
            if written >= size:
                break
print(f"corpus: {n} documents, {written / 1e6:.1f} MB of JSONL, {len(texts)} distinct sentences", file=sys.stderr)
PY
bytes=$(stat -c %s "$work/corpus.jsonl")
run() { # best wall seconds of 3 runs of: BIN ARGS...
  local best=""
  for _ in 1 2 3; do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" > /dev/null
    t1=$(date +%s.%N)
    best=$(python3 -c "t=$t1-$t0; b='$best'; print(t if not b or t<float(b) else b)")
  done
  echo "$best"
}
report() { # LABEL BIN
  local label="$1" b="$2" s
  label_id=$((${label_id:-0} + 1))
  printf '%s\n' "$label"
  for args in "-j 1" "-j 1 --no-ner" "-j 2"; do
    if [ "$args" = "-j 2" ]; then
      s=$(run "$b" annotate "$work/corpus.jsonl" $args -o "$work/out.jsonl")
    else
      s=$(run taskset -c 0 "$b" annotate "$work/corpus.jsonl" $args -o "$work/out.jsonl")
    fi
    printf '  annotate %-14s %6.2f s  %6.2f MB/s\n' "$args" "$s" "$(python3 -c "print($bytes/1e6/$s)")"
    if [ "$args" = "-j 1" ]; then cp "$work/out.jsonl" "$work/out-$label_id.jsonl"; fi
  done
  echo '{"id":"x","text":"Presiden Joko Widodo tiba di Bali."}' > "$work/one.jsonl"
  local with without
  with=$(run taskset -c 0 "$b" annotate "$work/one.jsonl" -o "$work/out1.jsonl")
  without=$(run taskset -c 0 "$b" annotate "$work/one.jsonl" --no-ner -o "$work/out1.jsonl")
  printf '  model load (one-record run, with entities minus without): %.0f ms\n' \
    "$(python3 -c "print(($with-$without)*1000)")"
}
if [ -n "$baseline" ]; then report "baseline: $baseline" "$baseline"; fi
report "urai: $bin" "$bin"
if [ -n "$baseline" ]; then
  if cmp -s "$work/out-1.jsonl" "$work/out-2.jsonl"; then
    echo "outputs of the two builds (-j 1, with entities): identical"
  else
    echo "outputs of the two builds (-j 1, with entities): differ"
  fi
fi
