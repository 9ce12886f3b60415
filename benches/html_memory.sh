#!/usr/bin/env bash
# Time and peak memory of the HTML reader, and of `urai annotate --from html`, on large and deeply nested pages.
# Usage: [PEERS_PYTHON=PY] [PEER_TIMEOUT=S] bash benches/html_memory.sh [SIZE_MB]   (default 50)
# Prints one line per case: seconds, peak resident set size (GNU time), and what was read.
# PEERS_PYTHON: a Python with benches/requirements-web.txt installed; the same news-like page is then also
# given to lxml.html (the parse alone), trafilatura.extract and jusText, each in its own process, each stopped
# after PEER_TIMEOUT seconds (default 600; the line then says so, with the peak reached until then).
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
# A peer that may not finish: stopped after PEER_TIMEOUT seconds, which the line says.
measure_peer() {
    local label="$1" limit="${PEER_TIMEOUT:-600}" rc=0
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" timeout "$limit" "$@" > "$work/out" 2> "$work/err" || rc=$?
    [ "$rc" = 0 ] || [ "$rc" = 124 ] || { cat "$work/err" >&2; exit 1; }
    read -r secs kb < <(tail -1 "$work/time")
    local what
    what="$(head -c 100 "$work/out")"
    [ "$rc" = 0 ] || what="stopped after ${limit} s, not finished"
    printf '%-44s %7.2f s %7d MB  %s\n' "$label" "$secs" $((kb / 1024)) "$what"
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
if [ -n "${PEERS_PYTHON:-}" ]; then
    cat > "$work/peer.py" <<'PY'
import sys
which, path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
if which == "lxml":
    import lxml.html
    text = lxml.html.fromstring(data).text_content()
elif which == "trafilatura":
    import trafilatura
    text = trafilatura.extract(data, include_comments=False, include_tables=True) or ""
else:
    import justext
    paragraphs = justext.justext(data, justext.get_stoplist("Indonesian"))
    text = "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
print(f"{which}: {len(text)} characters of text")
PY
    measure_peer "lxml.html parse, ${size_mb} MB page" "$PEERS_PYTHON" "$work/peer.py" lxml "$work/page.html"
    measure_peer "trafilatura.extract, ${size_mb} MB page" "$PEERS_PYTHON" "$work/peer.py" trafilatura "$work/page.html"
    measure_peer "jusText, ${size_mb} MB page" "$PEERS_PYTHON" "$work/peer.py" justext "$work/page.html"
fi
