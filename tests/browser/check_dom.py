#!/usr/bin/env python3
"""Checks the DOM that headless Chromium built from `urai annotate --to html` against the same documents as JSONL.

    check_dom.py --dom DOM.html --page PAGE.html --jsonl DOCS.jsonl --title TITLE [--self-test]

DOM.html is `chromium --headless --dump-dom` of PAGE.html (the page the writer wrote), DOCS.jsonl the same input
annotated with `--to jsonl --offsets char`, TITLE what the page is about (`urai: TITLE` is its title). Python 3
standard library only. Exits 0 when every check holds, 1 with one line per failure (naming the document and the
entity) otherwise.

What is asserted:

1. The browser built the tree the writer wrote. PAGE.html is read with html.parser by a strict tree builder (an
   end tag must close the element opened last; only void elements stay open), so a page whose tags do not nest
   (an unescaped `</mark>` in a text, say) fails here. The DOM dump is read the same way, and the two trees must
   be identical: the same elements in the same places with the same attributes, and the same text between them
   (whitespace-only text directly in <html>, <head> and <body> is left out, since HTML parsing moves it). HTML
   parsing re-parents or closes elements whenever markup does not fit where it stands (an <img> or a second
   <title> inside <title>, a </div> inside a <mark>, a comment opener), so equal trees mean no text of any
   document was taken for markup by the browser. This is stricter than comparing tag counts: a moved element
   or a changed attribute fails too.
2. Nothing active: no script, img, iframe, object, embed, svg, math, form, base, link, ... element, no `on*`,
   `src`, `srcdoc`, `action` or `formaction` attribute, no link but the document list's `#doc-N`, no comment,
   and a Content-Security-Policy with `script-src 'none'` as the head's first <meta http-equiv>.
3. The title: exactly one <title>, in <head>, whose text is `urai: TITLE`, and the <h1> says the same.
4. Every document: one <article id="doc-N"> per JSONL record, in order, whose <h2> is the record's id, whose text
   block's text content is the record's text (so a hostile text is shown as text, character for character),
   and whose metadata lists every extra string field of the record with its value.
5. Every entity: exactly one <mark> in its document's text block, in document order, with class `e e-LABEL`,
   `data-label` LABEL, `data-score` the entity's score, starting at the entity's character offset, and whose
   text content is the entity's text (the label after a mark is CSS generated content, not in the DOM). No
   mark inside a mark, no mark without an entity; the only other marks are the legend's four.

--self-test runs the checks on the given files (they must pass), then on mutated copies (a mark dropped, split,
relabelled, widened or added; an <img onerror> or a comment injected; the title changed; a hostile character
lost; a text's `</mark>` unescaped; an element missing from the DOM only) and fails unless each mutation is caught by the check meant for it.
"""

import argparse
import html.parser
import json
import re
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr"}
FORBIDDEN = {"script", "img", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "form",
             "base", "link", "audio", "video", "picture", "source", "track", "template", "noscript", "portal",
             "canvas", "button", "select", "textarea"}
FORBIDDEN_ATTRS = {"src", "srcdoc", "srcset", "action", "formaction", "background", "ping"}
SCHEMA_KEYS = {"schema", "id", "text", "lang", "lang_confidence", "offsets", "sentences", "tokens", "words",
               "stems", "stop", "entities", "expressions"}
LEGEND = ["PER", "LOC", "ORG", "MISC"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag = tag
        self.attrs = attrs
        self.parent = parent
        self.children = []  # Node, str (text) or ("#comment", data)

    def get(self, name):
        for k, v in self.attrs:
            if k == name:
                return v
        return None

    def classes(self):
        return (self.get("class") or "").split()

    def elements(self):
        """This element and every element below it, in document order."""
        stack = [self]
        while stack:
            n = stack.pop()
            yield n
            stack.extend(reversed([c for c in n.children if isinstance(c, Node)]))

    def text(self):
        out = []
        stack = [self]
        while stack:
            n = stack.pop()
            if isinstance(n, str):
                out.append(n)
            elif isinstance(n, Node):
                stack.extend(reversed(n.children))
        return "".join(out)

    def describe(self):
        path = []
        n = self
        while n is not None and n.tag != "#root":
            label = n.tag
            if n.get("id"):
                label += "#" + n.get("id")
            elif n.get("class"):
                label += "." + ".".join(n.classes())
            path.append(label)
            n = n.parent
        return " > ".join(reversed(path))


class StrictTreeBuilder(html.parser.HTMLParser):
    """A tree from well-nested markup: end tags must match the element opened last; anything else is an error."""

    def __init__(self, name):
        super().__init__(convert_charrefs=True)
        self.name = name
        self.root = Node("#root", [], None)
        self.cur = self.root
        self.errors = []

    def handle_starttag(self, tag, attrs):
        node = Node(tag, [(k, v if v is not None else "") for k, v in attrs], self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.cur.children.append(Node(tag, [(k, v if v is not None else "") for k, v in attrs], self.cur))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append(f"{self.name}: line {self.getpos()[0]}: </{tag}> closes <{self.cur.tag}> "
                               f"({self.cur.describe()}): the markup does not nest")
            # Recover by closing up to the matching element, if any.
            n = self.cur
            while n is not None and n.tag != tag:
                n = n.parent
            if n is None or n.tag == "#root":
                return
            self.cur = n
        self.cur = self.cur.parent

    def handle_data(self, data):
        if self.cur.children and isinstance(self.cur.children[-1], str):
            self.cur.children[-1] += data
        else:
            self.cur.children.append(data)

    def handle_comment(self, data):
        self.cur.children.append(("#comment", data))

    def unknown_decl(self, data):
        self.cur.children.append(("#comment", "<![" + data))

    def close(self):
        super().close()
        if self.cur is not self.root:
            self.errors.append(f"{self.name}: <{self.cur.tag}> ({self.cur.describe()}) is never closed")


def parse(markup, name):
    b = StrictTreeBuilder(name)
    b.feed(markup)
    b.close()
    return b.root, b.errors


# -- 1. the browser's tree is the writer's tree ---------------------------------------------------------------

def children_for_comparison(node):
    out = []
    for c in node.children:
        if isinstance(c, str):
            if node.tag in ("html", "head", "body", "#root") and not c.strip():
                continue
            out.append(c)
        else:
            out.append(c)
    return out


def compare_trees(page, dom, errors):
    # The dump has no doctype and starts at <html>; compare from <html> down.
    pa = [c for c in page.children if isinstance(c, Node)]
    da = [c for c in dom.children if isinstance(c, Node)]
    if [n.tag for n in pa] != ["html"] or [n.tag for n in da] != ["html"]:
        errors.append(f"tree: top-level elements are {[n.tag for n in pa]} in the page and "
                      f"{[n.tag for n in da]} in the DOM, not one <html>")
        return
    stack = [(pa[0], da[0])]
    while stack:
        p, d = stack.pop()
        where = p.describe()
        if p.tag != d.tag or p.attrs != d.attrs:
            errors.append(f"tree: at {where}: the page has <{p.tag} {p.attrs}>, the DOM <{d.tag} {d.attrs}>")
            continue
        pc, dc = children_for_comparison(p), children_for_comparison(d)
        shape = lambda cs: [c if isinstance(c, str) else ("<%s>" % c.tag if isinstance(c, Node) else c)
                            for c in cs]
        if shape(pc) != shape(dc):
            ps, ds = shape(pc), shape(dc)
            i = next((i for i, (a, b) in enumerate(zip(ps, ds)) if a != b), min(len(ps), len(ds)))
            errors.append(f"tree: under {where}, child {i} differs: the page has "
                          f"{ps[i] if i < len(ps) else 'nothing'!r}, the DOM "
                          f"{ds[i] if i < len(ds) else 'nothing'!r}")
            continue
        stack.extend(reversed([(a, b) for a, b in zip(pc, dc) if isinstance(a, Node)]))


# -- 2. nothing active ----------------------------------------------------------------------------------------

def check_inert(dom, errors):
    stack = [dom]
    while stack:
        n = stack.pop()
        for c in n.children:
            if isinstance(c, tuple):
                errors.append(f"inert: a comment or CDATA section in the DOM under {n.describe()}: {c[1][:60]!r}")
            elif isinstance(c, Node):
                stack.append(c)
    for el in dom.elements():
        if el.tag == "#root":
            continue
        if el.tag in FORBIDDEN:
            errors.append(f"inert: a <{el.tag}> element in the DOM at {el.describe()}")
        for k, v in el.attrs:
            if k.startswith("on"):
                errors.append(f"inert: an event-handler attribute {k}={v!r} at {el.describe()}")
            if k in FORBIDDEN_ATTRS:
                errors.append(f"inert: a {k}={v!r} attribute at {el.describe()}")
            if k == "href" and not re.fullmatch(r"#doc-[0-9]+", v):
                errors.append(f"inert: a link to {v!r} at {el.describe()}")
        if el.tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            errors.append(f"inert: a meta refresh at {el.describe()}")
    heads = [e for e in dom.elements() if e.tag == "head"]
    metas = [e for e in heads[0].elements() if e.tag == "meta" and e.get("http-equiv")] if heads else []
    if not metas or metas[0].get("http-equiv") != "Content-Security-Policy" or \
            "script-src 'none'" not in (metas[0].get("content") or ""):
        errors.append("inert: the head's first <meta http-equiv> is not a Content-Security-Policy with "
                      "script-src 'none'")


# -- 3. the title ---------------------------------------------------------------------------------------------

def check_title(dom, title, errors):
    want = "urai: " + title
    titles = [e for e in dom.elements() if e.tag == "title"]
    if len(titles) != 1:
        errors.append(f"title: {len(titles)} <title> elements in the DOM, not 1: "
                      f"{[t.text() for t in titles]!r}")
    for t in titles:
        if t.parent is None or t.parent.tag != "head":
            errors.append(f"title: a <title> outside <head>, at {t.describe()}")
        if t.text() != want:
            errors.append(f"title: the title is {t.text()!r}, not {want!r}")
    h1 = [e for e in dom.elements() if e.tag == "h1"]
    if len(h1) != 1 or h1[0].text() != want:
        errors.append(f"title: the page's <h1> is {[e.text() for e in h1]!r}, not [{want!r}]")


# -- 4. and 5. documents and entities -------------------------------------------------------------------------

def shown(text):
    """What the DOM holds of a text: the controls the writer hides are left out, and HTML parsing makes every
    line break a line feed."""
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n"):
        cp = ord(ch)
        hidden = (cp < 0x20 and ch not in "\t\n") or 0x7F <= cp < 0xA0 or ch in "\ufeff\u2028\u2029"
        if not hidden:
            out.append(ch)
    return "".join(out)


def marks_with_offsets(block):
    """The <mark> elements below `block` in document order, each with its character offset in the block's text,
    and the marks that are inside another mark."""
    found, nested = [], []
    pos = 0

    def walk(n, in_mark):
        nonlocal pos
        for c in n.children:
            if isinstance(c, str):
                pos += len(c)
            elif isinstance(c, Node):
                if c.tag == "mark":
                    if in_mark:
                        nested.append(c)
                    found.append((pos, c))
                walk(c, in_mark or c.tag == "mark")

    walk(block, False)
    return found, nested


def check_documents(dom, records, errors):
    mains = [e for e in dom.elements() if e.tag == "main"]
    if len(mains) != 1:
        errors.append(f"documents: {len(mains)} <main> elements, not 1")
        return
    articles = [c for c in mains[0].children if isinstance(c, Node) and c.tag == "article"]
    others = [c.tag for c in mains[0].children if isinstance(c, Node) and c.tag != "article"]
    if others:
        errors.append(f"documents: <main> holds {others} besides the articles")
    if len(articles) != len(records):
        errors.append(f"documents: {len(articles)} articles in the DOM, {len(records)} records in the JSONL")
    checked_marks = set()
    for n, (rec, art) in enumerate(zip(records, articles), 1):
        doc = f"document {n} ({rec.get('id')!r})"
        if art.get("id") != f"doc-{n}":
            errors.append(f"{doc}: the article's id is {art.get('id')!r}, not 'doc-{n}'")
        h2 = [c for c in art.children if isinstance(c, Node) and c.tag == "h2"]
        if len(h2) != 1 or h2[0].text() != rec["id"]:
            errors.append(f"{doc}: the article's heading is {[h.text() for h in h2]!r}, not [{rec['id']!r}]")
        extras = {k: v for k, v in rec.items() if k not in SCHEMA_KEYS and isinstance(v, str)}
        dls = [c for c in art.children if isinstance(c, Node) and c.tag == "dl"]
        meta = {}
        if dls:
            items = [c for c in dls[0].children if isinstance(c, Node)]
            meta = {items[i].text(): items[i + 1].text() for i in range(0, len(items) - 1, 2)
                    if items[i].tag == "dt" and items[i + 1].tag == "dd"}
        for k, v in extras.items():
            if meta.get(shown(k)) != shown(v):
                errors.append(f"{doc}: field {k!r} is shown as {meta.get(shown(k))!r}, not {shown(v)!r}")
        blocks = [c for c in art.children if isinstance(c, Node) and c.tag == "div" and "text" in c.classes()]
        if len(blocks) != 1:
            errors.append(f"{doc}: {len(blocks)} text blocks (div.text) in the article, not 1")
            continue
        block = blocks[0]
        text = rec["text"]
        if block.text() != shown(text):
            got, want = block.text(), shown(text)
            i = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
            errors.append(f"{doc}: the text shown differs from the record's at character {i}: "
                          f"{got[max(0, i - 20):i + 20]!r} shown, {want[max(0, i - 20):i + 20]!r} expected")
        marks, nested = marks_with_offsets(block)
        for m in nested:
            errors.append(f"{doc}: a mark inside a mark ({m.text()!r})")
        ents = sorted(rec.get("entities") or [], key=lambda e: (e[0], -e[1]))
        if not ents:
            errors.append(f"{doc}: the tagger found no entity; the test needs documents with entities")
        by_start = {}
        for pos, m in marks:
            by_start.setdefault(pos, []).append(m)
        matched = set()
        for k, (start, end, label, score) in enumerate(ents, 1):
            etext = text[start:end]
            ent = f"{doc}, entity {k} {etext!r} ({label}, characters {start}-{end})"
            pos = len(shown(text[:start]))
            here = by_start.get(pos, [])
            if not here:
                near = [(p, m.text()) for p, m in marks if abs(p - pos) <= 40]
                errors.append(f"{ent}: no mark starts there (marks nearby: {near!r})")
                continue
            if len(here) > 1:
                errors.append(f"{ent}: {len(here)} marks start there")
            m = here[0]
            matched.add(id(m))
            checked_marks.add(id(m))
            if m.text() != shown(etext):
                errors.append(f"{ent}: its mark holds {m.text()!r}, not {shown(etext)!r}")
            if m.get("data-label") != label:
                errors.append(f"{ent}: its mark has data-label {m.get('data-label')!r}")
            cls = "e-" + label if re.fullmatch(r"[A-Za-z0-9_-]+", label) else "e-other"
            if m.classes() != ["e", cls]:
                errors.append(f"{ent}: its mark has class {m.get('class')!r}, not 'e {cls}'")
            try:
                ok = abs(float(m.get("data-score")) - float(score)) <= 0.0015
            except (TypeError, ValueError):
                ok = False
            if not ok:
                errors.append(f"{ent}: its mark has data-score {m.get('data-score')!r}, the entity {score}")
        for pos, m in marks:
            if id(m) not in matched:
                errors.append(f"{doc}: the mark {m.text()!r} at character {pos} is no entity "
                              f"({len(marks)} marks for {len(ents)} entities)")
                checked_marks.add(id(m))
    # The legend's marks, and no mark anywhere else.
    legends = [e for e in dom.elements() if "legend" in e.classes()]
    legend_marks = [m for lg in legends for m in lg.elements() if m.tag == "mark"]
    if [m.text() for m in legend_marks] != LEGEND or any(m.get("data-label") for m in legend_marks):
        errors.append(f"legend: the legend's marks are {[m.text() for m in legend_marks]!r}, not {LEGEND!r}")
    known = checked_marks | {id(m) for m in legend_marks}
    for m in dom.elements():
        if m.tag == "mark" and id(m) not in known:
            errors.append(f"marks: a mark {m.text()!r} outside the documents' text and the legend, at "
                          f"{m.describe()}")


def check(page_html, dom_html, records, title):
    errors = []
    page, e1 = parse(page_html, "the page")
    dom, e2 = parse(dom_html, "the DOM")
    errors += e1 + e2
    compare_trees(page, dom, errors)
    check_inert(dom, errors)
    check_title(dom, title, errors)
    check_documents(dom, records, errors)
    return errors


# -- --self-test ----------------------------------------------------------------------------------------------

MARK = re.compile(r'<mark class="e e-[^"]*" data-label="[^"]*"[^>]*>')


def nth_mark(s, n=0):
    ms = list(MARK.finditer(s))
    return ms[n] if n < len(ms) else None


def drop_mark(s):
    m = nth_mark(s, 1)
    close = s.index("</mark>", m.end())
    return s[:m.start()] + s[m.end():close] + s[close + len("</mark>"):]


def split_mark(s):
    """The first entity of several words becomes two marks, split at its first space."""
    for m in MARK.finditer(s):
        close = s.index("</mark>", m.end())
        space = s.find(" ", m.end(), close)
        if space >= 0:
            return s[:space] + "</mark>" + m.group(0) + s[space:]
    return s


def relabel_mark(s):
    m = nth_mark(s, 1)
    tag = re.sub(r'data-label="[^"]*"', 'data-label="MISC"', m.group(0))
    return s[:m.start()] + tag + s[m.end():]


def widen_mark(s):
    m = nth_mark(s, 1)
    close = s.index("</mark>", m.end())
    return s[:close] + s[close + len("</mark>"):close + len("</mark>") + 1] + "</mark>" + \
        s[close + len("</mark>") + 1:]


def add_mark(s):
    i = s.index(" memangkas ")
    return s[:i + 1] + '<mark class="e e-ORG" data-label="ORG" data-score="0.900">memangkas</mark>' + \
        s[i + len(" memangkas"):]


def inject_img(s):
    return s.replace("&lt;img src=x", '<img src="x" onerror="alert(1)">&lt;img src=x', 1)


def inject_comment(s):
    return s.replace("&lt;!-- komentar", "<!-- komentar -->", 1)


def change_title(s):
    return re.sub(r"<title>urai: ", "<title>urai: pwned ", s, count=1)


def lose_char(s):
    return s.replace("\u202e", "", 1)


def unescape_end_tag(s):
    return s.replace("&lt;/mark&gt;", "</mark>", 1)


def drop_sb_from_dom(s):
    return re.sub(r'<span class="sb"[^>]*></span>', "", s, count=1)


# (what is mutated, the mutation, a piece of the message that must report it)
MUTATIONS = [
    ("both", drop_mark, "no mark starts there"),
    ("both", split_mark, "its mark holds 'Sri'"),
    ("both", relabel_mark, "its mark has data-label"),
    ("both", widen_mark, "its mark holds"),
    ("both", add_mark, "is no entity"),
    ("both", inject_img, "inert: a <img>"),
    ("both", inject_comment, "inert: a comment"),
    ("both", change_title, "title: the title is"),
    ("both", lose_char, "the text shown differs"),
    ("both", unescape_end_tag, "the markup does not nest"),
    ("dom", drop_sb_from_dom, "tree: under"),
]


def self_test(page_html, dom_html, records, title):
    errors = check(page_html, dom_html, records, title)
    if errors:
        print("self-test: the checks fail on the unmutated files:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    bad = 0
    for what, mutate, expect in MUTATIONS:
        dom2 = mutate(dom_html)
        page2 = mutate(page_html) if what == "both" else page_html
        if dom2 == dom_html:
            print(f"self-test: {mutate.__name__} did not change the DOM", file=sys.stderr)
            bad += 1
            continue
        errors = check(page2, dom2, records, title)
        caught = [e for e in errors if expect in e]
        if not caught:
            print(f"self-test: {mutate.__name__} was not caught (expected a message with {expect!r}; got "
                  f"{errors!r})", file=sys.stderr)
            bad += 1
        else:
            print(f"self-test: {mutate.__name__}: caught: {caught[0]}")
    if bad:
        print(f"self-test: FAILED, {bad} of {len(MUTATIONS)} mutations not caught", file=sys.stderr)
        return 1
    print(f"self-test: ok, all {len(MUTATIONS)} mutations caught")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dom", required=True, help="the DOM Chromium dumped (--dump-dom)")
    ap.add_argument("--page", required=True, help="the HTML page urai wrote")
    ap.add_argument("--jsonl", required=True, help="the same documents, --to jsonl --offsets char")
    ap.add_argument("--title", required=True, help="the page's title without the 'urai: ' prefix")
    ap.add_argument("--self-test", action="store_true", help="also check that mutated copies fail")
    a = ap.parse_args()
    with open(a.page, encoding="utf-8") as f:
        page_html = f.read()
    with open(a.dom, encoding="utf-8") as f:
        dom_html = f.read()
    with open(a.jsonl, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    if any(r.get("offsets") != "char" for r in records):
        print("check_dom: the JSONL must be written with --offsets char", file=sys.stderr)
        return 2
    if a.self_test:
        return self_test(page_html, dom_html, records, a.title)
    errors = check(page_html, dom_html, records, a.title)
    if errors:
        print(f"check_dom: FAILED, {len(errors)} problems in the DOM of {a.page}:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    n = sum(len(r.get("entities") or []) for r in records)
    print(f"check_dom: ok: {len(records)} documents, {n} entities, each one mark; the DOM is the page's tree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
