#!/usr/bin/env bash
# Time and peak memory of the HTML reader, and of `urai annotate --from html`, on large and deeply nested pages.
# Usage: bash benches/html_memory.sh [SIZE_MB]   (default 50)
# Prints one line per case: seconds, peak resident set size (GNU time), and what was read.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb="${1:-50}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
cargo build --release -q -p urai-cli
cargo build --release -q -p urai-html --example throughput
target="${CARGO_TARGET_DIR:-target}/release"
measure() {
    local label="$1"
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r secs kb < "$work/time"
    printf '%-44s %7.2f s %7d MB  %s\n' "$label" "$secs" $((kb / 1024)) "$(head -c 100 "$work/out")"
}
echo "case                                         seconds  peak RSS  output"
measure "reader: news-like page, ${size_mb} MB" "$target/examples/throughput" news "$size_mb"
measure "reader: 100,000 nested <ul><li>, closed" "$target/examples/throughput" ulli 100000
measure "reader: 100,000 <ul><li>x, never closed" "$target/examples/throughput" ulli-open 100000
measure "reader: 100,000 nested <div>, closed" "$target/examples/throughput" div 100000
measure "reader: 1,600,000 <div>, never closed" "$target/examples/throughput" div-open 1600000
python3 - "$work/page.html" "$size_mb" <<'PY'
import sys
article = ('<div class="artikel"><h2>Banjir merendam Kemang</h2><p>Hujan deras sejak pagi &amp; '
           'angin kencang membuat <a href="/kemang">Kemang</a> terendam.</p><ul><li>Satu</li>'
           '<li>Dua</li></ul><script>var x = 1;</script><table><tr><td>Rp10.000</td></tr></table></div>\n')
html = '<html lang=id><head><title>Berita</title></head><body>'
with open(sys.argv[1], 'w') as f:
    f.write(html + article * ((int(sys.argv[2]) << 20) // len(article) + 1) + '</body></html>')
PY
measure "urai annotate, text and boilerplate" "$target/urai" annotate --from html --no-ner --no-stem \
    --no-expressions "$work/page.html" -o "$work/page.jsonl"
measure "urai annotate, full" "$target/urai" annotate --from html "$work/page.html" -o "$work/page.jsonl"
