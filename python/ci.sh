#!/usr/bin/env bash
# The Python package's checks: build and install it, run the pytest suite (the API, the Ray and Spark examples),
# and run the README's quick start in a fresh virtual environment. Idempotent; run from anywhere.
#   URAI_VENV  the environment with the test tools (default ~/.cache/urai/venv, created when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${URAI_VENV:-$HOME/.cache/urai/venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install -q -r python/requirements-dev.txt
export PATH="$venv/bin:$PATH"

cargo build --release -q -p urai-cli
export URAI_BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/urai"

echo "--- pip install ./python (maturin, PyO3 stable ABI)"
"$venv/bin/python" -m pip install -q --force-reinstall --no-deps --no-build-isolation ./python

echo "--- pytest python/tests"
"$venv/bin/python" -m pytest python/tests -q

echo "--- the README's quick start, in a fresh virtual environment"
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
python3 -m venv "$fresh/.venv"
"$fresh/.venv/bin/pip" install -q ./python
(cd "$fresh" && .venv/bin/python - <<'PY'
import urai

nlp = urai.Pipeline()
doc = nlp.annotate("Menlu AS Antony Blinken bertemu Sergei Lavrov di Jenewa.", id="d1")
for e in doc.entities:
    print(e.text, e.label, round(e.score, 2))
docs = nlp.annotate_batch(["Kremlin membantah.", "NATO menolak."], threads=2)
assert [d.id for d in docs] == ["0", "1"]
assert {(e.text, e.label) for e in doc.entities} >= {("Antony Blinken", "PER"), ("Jenewa", "LOC")}
PY
)
echo "ok"
