#!/usr/bin/env bash
# Runs every fuzz target for RUNS inputs (default 10 million) on stable Rust, one after the other, and prints
# one line per target: inputs executed, seconds, and whether it crashed. Needs `cargo install cargo-fuzz`.
# Usage: [MAX_LEN=N] bash fuzz/run-all.sh [RUNS] [TARGET...]
set -uo pipefail
cd "$(dirname "$0")"
runs="${1:-10000000}"
max_len="${MAX_LEN:-4096}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo fuzz list)
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  start=$(date +%s)
  log="$(mktemp)"
  if cargo fuzz run --sanitizer none -O "$t" "corpus/$t" -- -runs="$runs" -max_len="$max_len" >"$log" 2>&1; then
    result=ok
  else
    result=CRASH
    status=1
  fi
  done_runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
  echo "$t: ${done_runs:-?} inputs in $(( $(date +%s) - start )) s: $result"
  [ "$result" = ok ] || tail -30 "$log"
  rm -f "$log"
done
exit $status
