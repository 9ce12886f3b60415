#!/usr/bin/env python3
"""urai's HTML content extraction beside trafilatura and jusText on the web gold pages (tests/gold/web).

    pip install -r benches/requirements-web.txt
    python3 benches/web_peers.py [--urai target/release/urai] [--pages tests/gold/web] [--per-page] [--speed]

Systems, each given the page's raw bytes (so each finds the charset itself):
- trafilatura: `trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False)`,
  and a second row with `favor_recall=True`;
- jusText: `justext.justext(html, justext.get_stoplist("Indonesian"))`, the paragraphs that are not boilerplate;
- urai: `urai annotate --from html --no-ner --no-stem --no-expressions P1.html P2.html ...` in one process, one
  JSON line per page with `text` and `boilerplate` ([start, end, kind], UTF-8 byte offsets into `text`); the kept
  text is `text` without its boilerplate spans, except those of kind `caption` (captions are content, only marked).
  When the binary is missing or fails the error is printed, the peers are still measured, and the exit code is 1.

Measures, against each page's gold (NN-slug.expected.txt: the article text, one block a line):
- token precision, recall and F1 over the bag (multiset) of lowercased word tokens (`\\w+`), micro-averaged
  (matches and lengths summed over the pages), and macro F1 (the mean of the pages' F1);
- sentences kept: the share of gold sentences (gold lines split after . ! ?, sentences of fewer than 4 tokens
  left out) whose lowercased, whitespace-collapsed text occurs in the extracted text normalised the same way.
Prints a Markdown table; --per-page adds each page's F1 per system.

--speed adds HTML-to-text throughput in MB of HTML per second on one core: trafilatura and jusText in this process
(pinned to CPU 0) over the pages repeated until at least 20 MB are done; urai as a whole process,
`taskset -c 0 urai annotate --from html -j1 --no-ner --no-stem --no-expressions` over a temporary directory with
the pages copied K times (at least 20 MB), output to /dev/null; and urai's full annotation (no --no-* flags).
"""
import argparse
import collections
import glob
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings

warnings.filterwarnings("ignore")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
URAI_FLAGS = ["--no-ner", "--no-stem", "--no-expressions"]


def tokens(text):
    return re.findall(r"\w+", text.lower())


def norm(text):
    return re.sub(r"\s+", " ", text.lower()).strip()


def gold_sentences(gold):
    out = []
    for line in gold.splitlines():
        for s in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(tokens(s)) >= 4:
                out.append(norm(s))
    return out


def version(dist):
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "?"


# ------------------------------------------------------------------ systems

def run_trafilatura(recall):
    import trafilatura

    def extract(data):
        kw = dict(include_comments=False, include_tables=True, favor_precision=False)
        if recall:
            kw["favor_recall"] = True
        return trafilatura.extract(data, **kw) or ""
    return extract


def run_justext():
    import justext
    stop = justext.get_stoplist("Indonesian")

    def extract(data):
        return "\n".join(p.text for p in justext.justext(data, stop) if not p.is_boilerplate)
    return extract


def urai_kept(record):
    """The record's text without its non-caption boilerplate spans."""
    b = record["text"].encode("utf-8")
    spans = sorted((s, e) for s, e, kind in record.get("boilerplate", []) if kind != "caption")
    out, pos = [], 0
    for s, e in spans:
        if s > pos:
            out.append(b[pos:s])
        pos = max(pos, e)
    out.append(b[pos:])
    return "\n".join(x.decode("utf-8", "replace") for x in out)


def run_urai(binary, paths):
    """{path: kept text} from one urai process over all pages; raises RuntimeError with the reason."""
    if not binary or not os.path.exists(binary):
        raise RuntimeError(f"urai binary not found: {binary}")
    cmd = [binary, "annotate", "--from", "html", *URAI_FLAGS, *paths]
    p = subprocess.run(cmd, capture_output=True, timeout=600)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:6])} ... exited {p.returncode}: {p.stderr.decode(errors='replace')[-800:]}")
    lines = [json.loads(x) for x in p.stdout.decode("utf-8").splitlines() if x.strip()]
    if len(lines) != len(paths):
        raise RuntimeError(f"urai printed {len(lines)} records for {len(paths)} pages")
    out = {}
    for path, rec in zip(paths, lines):
        if rec.get("id") not in (None, path, os.path.basename(path)):
            raise RuntimeError(f"urai record id {rec.get('id')!r} where {path!r} was expected")
        if "text" not in rec:
            raise RuntimeError(f"urai record for {path} has no text field")
        out[path] = urai_kept(rec)
    return out


def urai_version(binary):
    try:
        p = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=30)
        return p.stdout.strip().split()[-1] if p.returncode == 0 and p.stdout.strip() else "?"
    except (OSError, subprocess.SubprocessError):
        return "?"


# ------------------------------------------------------------------ scoring

def score(extracted, golds):
    """Micro P/R/F1, macro F1, sentences kept, per-page F1 over {path: text}."""
    match = n_ext = n_gold = 0
    f1s, per_page = [], {}
    sent_total = sent_kept = 0
    for path, gold in golds.items():
        ext = extracted.get(path, "")
        te, tg = collections.Counter(tokens(ext)), collections.Counter(tokens(gold))
        m = sum((te & tg).values())
        le, lg = sum(te.values()), sum(tg.values())
        match, n_ext, n_gold = match + m, n_ext + le, n_gold + lg
        p = m / le if le else 0.0
        r = m / lg if lg else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f)
        per_page[path] = f
        ne = norm(ext)
        for s in gold_sentences(gold):
            sent_total += 1
            sent_kept += s in ne
    p = match / n_ext if n_ext else 0.0
    r = match / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "macro": sum(f1s) / len(f1s), "sent": sent_kept / sent_total if sent_total else 0.0,
            "pages": per_page}


# ------------------------------------------------------------------ speed

def speed_inprocess(extract, datas, target=20e6):
    done, t0 = 0, time.perf_counter()
    while done < target:
        for d in datas:
            extract(d)
            done += len(d)
    return done / 1e6 / (time.perf_counter() - t0)


def speed_urai(binary, paths, flags, target=20e6):
    size = sum(os.path.getsize(p) for p in paths)
    k = int(target // size) + 1
    tmp = tempfile.mkdtemp(prefix="urai-web-speed-")
    try:
        copies = []
        for j in range(k):
            for p in paths:
                dst = os.path.join(tmp, f"{j:04d}-{os.path.basename(p)}")
                shutil.copyfile(p, dst)
                copies.append(dst)
        cmd = ["taskset", "-c", "0", binary, "annotate", "--from", "html", "-j1", *flags, *copies]
        t0 = time.perf_counter()
        with open(os.devnull, "wb") as null:
            p = subprocess.run(cmd, stdout=null, stderr=subprocess.PIPE, timeout=3600)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            raise RuntimeError(f"exited {p.returncode}: {p.stderr.decode(errors='replace')[-500:]}")
        return size * k / 1e6 / dt
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------ main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--urai", default=os.path.join(ROOT, "target", "release", "urai"))
    ap.add_argument("--pages", default=os.path.join(ROOT, "tests", "gold", "web"))
    ap.add_argument("--per-page", action="store_true")
    ap.add_argument("--speed", action="store_true")
    a = ap.parse_args()

    paths = sorted(glob.glob(os.path.join(a.pages, "*.html")))
    if not paths:
        sys.exit(f"no pages in {a.pages}")
    golds = {p: open(p[:-5] + ".expected.txt", encoding="utf-8").read() for p in paths}
    datas = {p: open(p, "rb").read() for p in paths}

    systems = [("trafilatura", version("trafilatura"), run_trafilatura(False)),
               ("trafilatura favor_recall", version("trafilatura"), run_trafilatura(True)),
               ("jusText", version("jusText"), run_justext())]
    results, failed = [], False
    for name, ver, extract in systems:
        results.append((name, ver, score({p: extract(datas[p]) for p in paths}, golds)))
    try:
        results.append(("urai", urai_version(a.urai), score(run_urai(a.urai, paths), golds)))
    except (RuntimeError, OSError, subprocess.SubprocessError, ValueError, KeyError) as e:
        print(f"urai: {e}", file=sys.stderr)
        failed = True

    ntok = sum(len(tokens(g)) for g in golds.values())
    nsent = sum(len(gold_sentences(g)) for g in golds.values())
    print(f"{len(paths)} pages, {sum(map(len, datas.values())) / 1e6:.2f} MB of HTML, {ntok} gold tokens, {nsent} gold sentences\n")
    print("| system | version | precision | recall | F1 (micro) | F1 (macro) | sentences kept |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, ver, s in results:
        print(f"| {name} | {ver} | {s['p']:.3f} | {s['r']:.3f} | {s['f1']:.3f} | {s['macro']:.3f} | {s['sent']:.3f} |")

    if a.per_page:
        print("\n| page | " + " | ".join(n for n, _, _ in results) + " |")
        print("| --- |" + " --- |" * len(results))
        for p in paths:
            print(f"| {os.path.basename(p)} | " + " | ".join(f"{s['pages'][p]:.3f}" for _, _, s in results) + " |")

    if a.speed:
        try:
            os.sched_setaffinity(0, {0})
        except (AttributeError, OSError):
            pass
        print("\n| system | MB of HTML per second (one core) |")
        print("| --- | --- |")
        for name, _, extract in systems:
            print(f"| {name} | {speed_inprocess(extract, list(datas.values())):.2f} |", flush=True)
        for name, flags in (("urai (text and boilerplate)", URAI_FLAGS), ("urai (full annotation)", [])):
            try:
                if not os.path.exists(a.urai):
                    raise RuntimeError(f"urai binary not found: {a.urai}")
                print(f"| {name} | {speed_urai(a.urai, paths, flags):.2f} |", flush=True)
            except (RuntimeError, OSError, subprocess.SubprocessError) as e:
                print(f"| {name} | failed |")
                print(f"urai speed: {e}", file=sys.stderr)
                failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
