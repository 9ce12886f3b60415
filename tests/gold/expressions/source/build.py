#!/usr/bin/env python3
"""Writes ../NAME.jsonl and ../NAME.expected.jsonl from NAME.txt for gold and heldout
(python3 tests/gold/expressions/source/build.py).

gold.txt holds one document per line with each expression written [text|TYPE|value]; a line "@YYYY-MM-DD"
sets the anchor date of the lines after it ("@" alone removes it); "#" lines are comments.
gold.expected.jsonl holds one object per document: {"id", "text", "doc_date" (when there is an anchor),
"expressions": [[start, end, type, value], ...]} with UTF-8 byte offsets into text, the shape of `urai
annotate`'s JSONL output; gold.jsonl the same records without "expressions", the input `urai check` annotates.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[([^\]]*)\|([A-Z]+)\|([^\]]*)\]")


def parse(path):
    anchor = None
    docs = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            anchor = line[1:].strip() or None
            continue
        text, spans, pos = b"", [], 0
        for m in MARK.finditer(line):
            text += line[pos:m.start()].encode()
            start = len(text)
            text += m.group(1).encode()
            spans.append([start, len(text), m.group(2), m.group(3)])
            pos = m.end()
        text += line[pos:].encode()
        doc = {"id": f"gold-{n}", "text": text.decode()}
        if anchor:
            doc["doc_date"] = anchor
        doc["expressions"] = spans
        docs.append(doc)
    return docs


def build(name):
    docs = parse(os.path.join(HERE, f"{name}.txt"))
    for d in docs:
        d["id"] = d["id"].replace("gold-", f"{name}-")
    out_dir = os.path.dirname(HERE)
    with open(os.path.join(out_dir, f"{name}.expected.jsonl"), "w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(out_dir, f"{name}.jsonl"), "w", encoding="utf-8") as out:
        for d in docs:
            d = {k: v for k, v in d.items() if k != "expressions"}
            out.write(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    build("gold")
    build("heldout")
