#!/usr/bin/env python3
"""urai's expressions beside dateparser and spaCy on the same gold sentences.

    python benches/expressions_compare.py [--set gold|heldout] [--urai target/release/urai]

Needs dateparser and spacy importable (`pip install dateparser spacy`). Prints, for the gold DATE and TIME
spans: how many of them dateparser's `search_dates(text, languages=["id"])` finds (same span, and overlapping)
and how many of those it gives the gold calendar date, beside urai's figures on the same spans; and for the
gold MONEY, PERCENT and CARDINAL spans, the share that spaCy's `like_num` marks at all (a token of the span with
`like_num` true, `spacy.blank("id")`), beside the share urai finds with the exact span and value.
"""
import argparse
import datetime as dt
import json
import os
import subprocess
import warnings

warnings.filterwarnings("ignore")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def char_span(text, start, end):
    """Byte offsets to str indices."""
    b = text.encode()
    return len(b[:start].decode()), len(b[:end].decode())


def gold_date(value):
    """The calendar date a gold DATE/TIME value names, if it names one."""
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def dateparser_spans(text, anchor):
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "past"}
    if anchor:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor)
    found = search_dates(text, languages=["id"], settings=settings) or []
    spans, pos = [], 0
    for surface, when in found:
        i = text.find(surface, pos)
        if i < 0:
            i = text.find(surface)
        if i < 0:
            continue
        spans.append((i, i + len(surface), when.date()))
        pos = i + len(surface)
    return spans


def score_dates(docs, system):
    """system: per doc, (start, end, date or None) in str indices. Returns counts over gold DATE/TIME spans."""
    gold_n = sys_n = exact = overlap = value_ok = with_date = 0
    for doc, found in zip(docs, system):
        text = doc["text"]
        gold = [(*char_span(text, s, e), v) for s, e, t, v in doc["expressions"] if t in ("DATE", "TIME")]
        gold_n += len(gold)
        sys_n += len(found)
        for gs, ge, gv in gold:
            hit = [f for f in found if f[0] == gs and f[1] == ge]
            over = [f for f in found if f[0] < ge and gs < f[1]]
            exact += bool(hit)
            overlap += bool(over)
            want = gold_date(gv)
            if want is not None:
                with_date += 1
                value_ok += any(f[2] == want for f in over)
    p = exact / sys_n if sys_n else 0.0
    r = exact / gold_n if gold_n else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "gold": gold_n, "system": sys_n, "exact_f1": 100 * f1, "overlap_recall": 100 * overlap / max(gold_n, 1),
        "date_correct": 100 * value_ok / max(with_date, 1), "gold_with_date": with_date,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="gold", choices=["gold", "heldout"])
    ap.add_argument("--urai", default=os.path.join(ROOT, "target/release/urai"))
    args = ap.parse_args()
    gold_dir = os.path.join(ROOT, "tests/gold/expressions")
    docs = load(os.path.join(gold_dir, f"{args.set}.expected.jsonl"))
    out = subprocess.run(
        [args.urai, "annotate", "--date-field", "doc_date", "--no-stem", "--no-ner", os.path.join(gold_dir, f"{args.set}.jsonl")],
        check=True, capture_output=True,
    ).stdout.decode()
    urai_docs = {d["id"]: d for d in map(json.loads, out.splitlines())}

    urai_dates, dp_dates = [], []
    for doc in docs:
        text = doc["text"]
        mine = [e for e in urai_docs[doc["id"]].get("expressions", []) if e[2] in ("DATE", "TIME")]
        urai_dates.append([(*char_span(text, e[0], e[1]), gold_date(e[3])) for e in mine])
        dp_dates.append(dateparser_spans(text, doc.get("doc_date")))
    u, d = score_dates(docs, urai_dates), score_dates(docs, dp_dates)
    print(f"DATE and TIME, {args.set} set: {u['gold']} gold spans, {u['gold_with_date']} naming a calendar date")
    print(f"{'':12} {'found':>6} {'exact F1':>9} {'overlap R':>10} {'date right':>11}")
    for name, s in (("urai", u), ("dateparser", d)):
        print(f"{name:12} {s['system']:>6} {s['exact_f1']:>9.1f} {s['overlap_recall']:>10.1f} {s['date_correct']:>11.1f}")

    import spacy

    nlp = spacy.blank("id")
    marked = total = urai_right = 0
    per_type = {}
    for doc in docs:
        text = doc["text"]
        toks = nlp(text)
        mine = {(e[0], e[1], e[2], e[3]) for e in urai_docs[doc["id"]].get("expressions", [])}
        for s, e, t, v in doc["expressions"]:
            if t not in ("MONEY", "PERCENT", "CARDINAL"):
                continue
            cs, ce = char_span(text, s, e)
            hit = any(tok.like_num for tok in toks if tok.idx < ce and cs < tok.idx + len(tok.text))
            ok = (s, e, t, v) in mine
            c = per_type.setdefault(t, [0, 0, 0])
            c[0] += 1
            c[1] += hit
            c[2] += ok
            total += 1
            marked += hit
            urai_right += ok
    print(f"\nMONEY, PERCENT, CARDINAL, {args.set} set: share of gold spans")
    print(f"{'type':10} {'gold':>5} {'spaCy like_num marks':>21} {'urai span+value right':>22}")
    for t, (n, h, ok) in sorted(per_type.items()):
        print(f"{t:10} {n:>5} {100 * h / n:>20.1f}% {100 * ok / n:>21.1f}%")
    print(f"{'all':10} {total:>5} {100 * marked / total:>20.1f}% {100 * urai_right / total:>21.1f}%")


if __name__ == "__main__":
    main()
