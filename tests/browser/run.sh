#!/usr/bin/env bash
# The HTML view in a real browser: annotates tests/browser/docs.jsonl (news documents and a hostile one) to
# JSONL and HTML, loads the page in headless Chromium, and checks the DOM Chromium built against the JSONL
# (tests/browser/check_dom.py: every entity one mark, nothing injected, the title kept). Also checks that the
# check fails on a page with one mark removed, and runs check_dom.py's self-test. Idempotent; run from anywhere.
#   --screenshot  also renders data/examples/berita.txt to docs/html-view.png (1000 px wide) and
#                 docs/html-view-phone.png (390 px wide)
# Installs Debian's chromium when it is missing (with sudo when not root and sudo works without a password).
set -euo pipefail
cd "$(dirname "$0")/../.."

screenshot=0
for arg in "$@"; do
  case "$arg" in
    --screenshot) screenshot=1 ;;
    *) echo "usage: $0 [--screenshot]" >&2; exit 2 ;;
  esac
done

if ! command -v chromium > /dev/null; then
  echo "--- installing chromium (apt-get)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && sudo -n true 2> /dev/null; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi

cargo build --release -q -p urai-cli
urai="${CARGO_TARGET_DIR:-$PWD/target}/release/urai"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Headless Chromium, its profile in the temporary directory; its log is shown only when it fails.
browse() {
  if ! chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
    "$@" 2> "$tmp/chromium.log"; then
    cat "$tmp/chromium.log" >&2
    echo "error: chromium failed: chromium $*" >&2
    exit 1
  fi
}

docs=tests/browser/docs.jsonl
echo "--- urai annotate $docs (JSONL and HTML)"
"$urai" annotate "$docs" --to jsonl --offsets char -o "$tmp/docs.jsonl"
"$urai" annotate "$docs" --to html -o "$tmp/page.html"

echo "--- chromium --headless --dump-dom"
browse --dump-dom "file://$tmp/page.html" > "$tmp/dom.html"
check() { python3 tests/browser/check_dom.py --jsonl "$tmp/docs.jsonl" --title "$docs" "$@"; }
check --page "$tmp/page.html" --dom "$tmp/dom.html"

echo "--- the check fails on the page with one mark removed"
sed -E '0,/<mark class="e e-LOC" data-label="LOC"[^>]*>Jenewa<\/mark>/s//Jenewa/' "$tmp/page.html" \
  > "$tmp/broken.html"
if cmp -s "$tmp/page.html" "$tmp/broken.html"; then
  echo "error: no mark of Jenewa (LOC) to remove in the page; update run.sh to the documents" >&2
  exit 1
fi
browse --dump-dom "file://$tmp/broken.html" > "$tmp/broken-dom.html"
if check --page "$tmp/broken.html" --dom "$tmp/broken-dom.html" 2> "$tmp/broken.log"; then
  echo "error: check_dom.py passed a page with one mark removed" >&2
  exit 1
fi
grep -F "'Jenewa' (LOC" "$tmp/broken.log" || { cat "$tmp/broken.log" >&2; exit 1; }

echo "--- check_dom.py --self-test (mutated copies must fail)"
check --page "$tmp/page.html" --dom "$tmp/dom.html" --self-test > "$tmp/self-test.log" ||
  { cat "$tmp/self-test.log" >&2; exit 1; }
tail -n 1 "$tmp/self-test.log"

if [ "$screenshot" = 1 ]; then
  echo "--- screenshots of data/examples/berita.txt"
  "$urai" annotate data/examples/berita.txt --to html -o "$tmp/berita.html"
  browse --screenshot="$PWD/docs/html-view.png" --window-size=1000,1400 "file://$tmp/berita.html"
  browse --screenshot="$PWD/docs/html-view-phone.png" --window-size=390,1400 "file://$tmp/berita.html"
  ls -l docs/html-view.png docs/html-view-phone.png
fi
echo "ok"
