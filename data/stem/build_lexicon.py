#!/usr/bin/env python3
"""Build data/stem/lexicon.tsv (the root lexicon urai-stem embeds) from Debian's hunspell-id.

Usage (as root on a Debian machine, network to the Debian archive only):

    python3 data/stem/build_lexicon.py            # installs hunspell-id if needed, rewrites lexicon.tsv
    python3 data/stem/build_lexicon.py --check    # exits 1 if lexicon.tsv is not what the script would write

Inputs:
  /usr/share/hunspell/id_ID.dic, id_ID.aff   from the Debian package `hunspell-id` (LGPL-3)
  data/stem/additions.tsv                    roots the team adds (word, affix evidence, reason)
  data/stem/removals.tsv                     hunspell entries the team removes (word, reason)

Output format (data/stem/lexicon.tsv, UTF-8, one root a line, sorted):

    root<TAB>combo combo ...

A combo is `CHAIN/SUFFIX`: the affixes the root takes according to the hunspell affix flags, where CHAIN is
`-` or prefix tokens joined by `+` (outermost first; tokens: ber di ke meN peN per ter se ku) and SUFFIX is one
of `-`, `an`, `i`, `kan`. Example: `perintah<TAB>-/- di/- di/kan meN/- meN/i meN/kan peN/- peN/an ...`.
A root with no affix flags has an empty second column. Lines starting with `#` are comments.

Only the meaning of the hunspell flags is used (which circumfix/prefix/suffix a root takes), not hunspell's
cross-product expansion, which over-generates (every prefix flag with every suffix flag).
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DIC = "/usr/share/hunspell/id_ID.dic"
AFF = "/usr/share/hunspell/id_ID.aff"
OUT = os.path.join(HERE, "lexicon.tsv")
ADDITIONS = os.path.join(HERE, "additions.tsv")
REMOVALS = os.path.join(HERE, "removals.tsv")

TOKENS = ["ber", "di", "ke", "meN", "peN", "per", "ter", "se", "ku"]
SUFFIXES = ["-", "an", "i", "kan"]

# The first surface form of a hunspell prefix class -> its prefix chain in our tokens.
# Allomorphs collapse: be-/ber-, te-/ter-, me-/mem-/men-/meng-/meny-/menge- are one token each.
PREFIX_CHAIN = {
    "ber": "ber", "be": "ber", "berke": "ber+ke", "bersi": None, "berpe": "ber+peN", "berse": "ber+se",
    "di": "di", "dike": "di+ke", "diper": "di+per", "dise": "di+se",
    "ke": "ke", "keber": "ke+ber", "keme": "ke+meN", "kepe": "ke+peN", "kese": "ke+se", "keter": "ke+ter",
    "me": "meN", "mem": "meN", "menge": "meN", "member": "meN+ber", "mempe": "meN+per",
    "memper": "meN+per", "menye": "meN+se",
    "ku": "ku",
    "pe": "peN", "pen": "peN", "peng": "peN", "penge": "peN", "pember": "peN+ber", "peme": "peN+meN",
    "pemer": "peN+per", "penye": "peN+se",
    "per": "per", "perpe": "per+peN", "perse": "per+se", "re": None,
    "se": "se", "seber": "se+ber", "seke": "se+ke", "sepe": "se+peN", "seper": "se+per",
    "seperse": "se+per+se", "sese": "se+se", "seter": "se+ter", "si": None,
    "ter": "ter", "te": "ter", "terbe": "ter+ber", "terke": "ter+ke", "teper": "ter+per",
    "we": None,
}

WORD_RE = re.compile(r"^[a-z]+(-[a-z]+)*$")


def ensure_hunspell_id():
    if os.path.exists(DIC) and os.path.exists(AFF):
        return
    print("installing hunspell-id with apt-get", file=sys.stderr)
    subprocess.run(["apt-get", "update"], check=True)
    subprocess.run(["apt-get", "install", "-y", "hunspell-id"], check=True)


def package_version():
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "hunspell-id"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def parse_aff(path):
    """flag -> dict(kind, appends[list], conts[set])"""
    flags = {}
    with open(path, encoding="iso-8859-1") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.split("#", 1)[0].strip()
            parts = line.split()
            if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
                continue
            kind, flag = parts[0], parts[1]
            if flag not in flags:
                # header line: KIND FLAG Y|N COUNT
                if parts[2] not in ("Y", "N"):
                    sys.exit(f"{path}:{lineno}: expected an affix header")
                flags[flag] = {"kind": kind, "appends": [], "conts": set()}
                continue
            append = parts[3]
            cont = ""
            if "/" in append:
                append, cont = append.split("/", 1)
            if append == "0":
                append = ""
            flags[flag]["appends"].append(append)
            flags[flag]["conts"].update(cont[i:i + 2] for i in range(0, len(cont), 2))
    return flags


def flags_needaffix(path):
    with open(path, encoding="iso-8859-1") as f:
        for raw in f:
            parts = raw.split("#", 1)[0].split()
            if len(parts) >= 2 and parts[0] == "NEEDAFFIX":
                return parts[1]
    return None


def deriv_suffix(append):
    for s in ("kan", "an", "i"):
        if append.startswith(s):
            return s
    return "-"


def flag_combos(flags):
    """flag -> set of (chain, suffix) it licenses on a root."""
    result = {}
    for flag, info in flags.items():
        combos = set()
        if info["kind"] == "PFX":
            if "A1" in info["conts"]:
                result[flag] = combos  # circumfix part: only through a suffix flag
                continue
            first = info["appends"][0]
            if first not in PREFIX_CHAIN:
                sys.exit(f"{AFF}: unknown prefix class {flag} ({first}); extend PREFIX_CHAIN")
            chain = PREFIX_CHAIN[first]
            if chain is not None:
                combos.add((chain, "-"))
        else:
            suffix = deriv_suffix(info["appends"][0]) if info["appends"] else "-"
            pfx = [c for c in sorted(info["conts"]) if c in flags and flags[c]["kind"] == "PFX"]
            if not pfx:
                combos.add(("-", suffix))
            for p in pfx:
                first = flags[p]["appends"][0]
                if first not in PREFIX_CHAIN:
                    sys.exit(f"{AFF}: unknown prefix class {p} ({first}); extend PREFIX_CHAIN")
                chain = PREFIX_CHAIN[first]
                if chain is not None:
                    combos.add((chain, suffix))
        result[flag] = combos
    return result


def combo_key(c):
    chain, suffix = c
    order = [0] if chain == "-" else [1 + TOKENS.index(t) for t in chain.split("+")]
    return (len(order), order, SUFFIXES.index(suffix))


def format_combos(combos):
    return " ".join(f"{c}/{s}" for c, s in sorted(combos, key=combo_key))


def parse_combos(text, where):
    combos = set()
    for item in text.split():
        if item == "-":
            continue
        if "/" not in item:
            sys.exit(f"{where}: bad combo {item!r}")
        chain, suffix = item.split("/", 1)
        if suffix not in SUFFIXES or (chain != "-" and any(t not in TOKENS for t in chain.split("+"))):
            sys.exit(f"{where}: bad combo {item!r}")
        combos.add((chain, suffix))
    return combos


def read_curated(path, ncols):
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{path}:{lineno}"
            if len(cols) != ncols or not cols[-1].strip():
                sys.exit(f"{where}: expected {ncols} tab-separated columns, the last a reason")
            if not WORD_RE.match(cols[0]):
                sys.exit(f"{where}: {cols[0]!r} is not a lower-case word")
            rows.append((where, cols))
    return rows


def build():
    flags = parse_aff(AFF)
    combos_of = flag_combos(flags)
    lexicon = {}
    needaffix = flags_needaffix(AFF)
    bound = 0
    with open(DIC, encoding="iso-8859-1") as f:
        next(f)  # entry count
        for raw in f:
            entry = raw.strip()
            if not entry:
                continue
            word, _, fl = entry.partition("/")
            word = word.strip()
            if not WORD_RE.match(word):
                continue  # names (capitalised), entries with digits or other characters
            if needaffix and needaffix in [fl[i:i + 2] for i in range(0, len(fl), 2)]:
                bound += 1
                continue  # NEEDAFFIX: a bound form never used alone (lajar, tidakadil), so never a word's root
            combos = lexicon.setdefault(word, set())
            for i in range(0, len(fl), 2):
                combos |= combos_of.get(fl[i:i + 2], set())
    n_hunspell = len(lexicon)
    # X-kan listed beside a root X that takes -kan (bicarakan, biarkan, sahkan) is a derived verb form, not a root;
    # as an entry it would stop membicarakan -> bicara.
    kan_forms = [w for w in lexicon if w.endswith("kan") and len(w) > 6
                 and any(s == "kan" for _, s in lexicon.get(w[:-3], ()))]
    for w in kan_forms:
        del lexicon[w]
    removed = 0
    for where, (word, _reason) in read_curated(REMOVALS, 2):
        if word not in lexicon:
            print(f"warning: {where}: {word} is not in hunspell-id", file=sys.stderr)
        elif lexicon.pop(word, None) is not None:
            removed += 1
    added = 0
    for where, (word, combos, _reason) in read_curated(ADDITIONS, 3):
        extra = parse_combos(combos, where)
        if word not in lexicon:
            added += 1
        lexicon.setdefault(word, set()).update(extra)
    lines = [
        "# urai-stem root lexicon. GENERATED by data/stem/build_lexicon.py: do not edit, edit the curated lists.",
        f"# Source: Debian package hunspell-id {package_version()} (id_ID.dic/.aff, Copyright (C) 2017 Ali Ahmadi,"
        " LGPL-3);",
        f"# {n_hunspell} hunspell roots ({bound} NEEDAFFIX bound forms and {len(kan_forms)} X-kan verb forms left out),"
        f" {removed} removed (removals.tsv), {added} added (additions.tsv).",
        "# This file is a derivative of hunspell-id and is distributed under the LGPL-3.",
        "# Format: root<TAB>CHAIN/SUFFIX ... (see build_lexicon.py)",
    ]
    for word in sorted(lexicon):
        lines.append(f"{word}\t{format_combos(lexicon[word])}")
    return "\n".join(lines) + "\n"


def main():
    check = "--check" in sys.argv[1:]
    ensure_hunspell_id()
    text = build()
    if check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit(f"{OUT} is out of date: run python3 data/stem/build_lexicon.py")
        print(f"{OUT} is up to date")
        return
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {OUT}: {text.count(chr(10)) - 5} roots")


if __name__ == "__main__":
    main()
