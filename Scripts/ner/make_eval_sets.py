#!/usr/bin/env python3
"""Build plain-text evaluation articles + set-based gold from held-out NER data.

    python3 Scripts/ner/make_eval_sets.py [--data /work/shared/ner-data]
        [--heldout /work/ner-build/data/heldout] [--out /work/ner-build/eval]

Writes
  OUT/gum-news/<doc>.txt  + OUT/gum-news-entities.json
      GUM test documents of the news and interview genres (test list from
      gum/splits.upstream.md), labels from heldout/gum-test.tsv (our types, BIO).
  OUT/pud/<doc>.txt       + OUT/pud-entities.json
      UNER English PUD (heldout/uner-pud.tsv), one article per `newdoc`
      (ids n... = news, w... = Wikipedia).

Text: each sentence's surface is taken from the original treebank's `# text =`
line (GUM: gum/conllu/*.conllu; PUD: uner-english/pud/en_pud-ud-test.iob2), so
spacing is exactly the original; tokens are aligned to it and an entity's text
is the original character span.  When a sentence cannot be aligned, a
rule-based detokeniser is used instead (no space before , . ; : ! ? % 's n't
) ] }, none after ( [ {, quotes attached).  GUM paragraphs (`# newpar`) become
blank-line separated paragraphs, the first one (the headline) included; PUD
sentences of a document are one paragraph each.

Gold JSON has the shape of /work/shared/eval/seeds-entities.json: each article
lists every distinct (text, type) once, in order of first occurrence.  These
golds carry no NORP (PUD) or almost none (GUM), so compare_peer.sh drops NORP
from gold and predictions for both sets.  Stdlib only.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "'S", "’s",
                   "n't", "N'T", "n’t", "'", "’", "”", "'re", "'ve", "'ll", "'d", "'m",
                   "’re", "’ve", "’ll", "’d", "’m", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "“", "‘", "$", "#"}


def detokenise(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens with rule-based spacing; return text and per-token offsets."""
    out = ""
    offs = []
    quote_open = False  # state of straight double quotes
    prev = None
    for tok in tokens:
        space = prev is not None
        if prev is not None:
            if tok in NO_SPACE_BEFORE or (tok.startswith("'") and tok.lower() in ("'s", "'re", "'ve", "'ll", "'d", "'m")):
                space = False
            if prev in NO_SPACE_AFTER:
                space = False
            if prev == '"' and quote_open:
                space = False  # just after an opening quote
            if tok == '"' and quote_open:
                space = False  # closing quote
        if tok == '"':
            quote_open = not quote_open
        if space:
            out += " "
        offs.append((len(out), len(out) + len(tok)))
        out += tok
        prev = tok
    return out, offs


def align(text: str, tokens: list[str]) -> list[tuple[int, int]] | None:
    """Character offsets of tokens in text (in order), or None."""
    offs = []
    pos = 0
    for tok in tokens:
        i = text.find(tok, pos)
        if i < 0 or text[pos:i].strip():
            return None
        offs.append((i, i + len(tok)))
        pos = i + len(tok)
    if text[pos:].strip():
        return None
    return offs


def read_tsv(path: str):
    """{doc: [sentence]} where sentence = [(token, label)], docs in file order."""
    docs: dict[str, list[list[tuple[str, str]]]] = {}
    cur = None
    sent: list[tuple[str, str]] = []

    def flush():
        nonlocal sent
        if sent and cur is not None:
            docs[cur].append(sent)
        sent = []

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#doc "):
                flush()
                cur = line.split()[1]
                docs.setdefault(cur, [])
            elif not line.strip():
                flush()
            else:
                tok, lab = line.split("\t")[:2]
                sent.append((tok, lab))
    flush()
    return docs


def read_conllu_like(path: str, token_col: int = 1):
    """[(doc, newpar, text, tokens)] from a CoNLL-U or UNER iob2 file."""
    out = []
    doc = None
    newpar = False
    text = None
    toks: list[str] = []

    def flush():
        nonlocal toks, text, newpar
        if toks:
            out.append((doc, newpar, text, toks))
        toks, text, newpar = [], None, False

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                m = re.match(r"#\s*newdoc id\s*=\s*(\S+)", line)
                if m:
                    doc = m.group(1)
                    newpar = True
                elif re.match(r"#\s*newpar\b", line) and not line.startswith("# newpar_block"):
                    newpar = True
                elif line.startswith("# text = "):
                    text = line[len("# text = "):]
            elif not line.strip():
                flush()
            else:
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # multiword range / empty node
                toks.append(cols[token_col])
    flush()
    return out


def spans(labels: list[str]):
    """[(start, end_exclusive, type)] from BIO labels."""
    res = []
    start = None
    typ = None
    for i, lab in enumerate(labels + ["O"]):
        if lab.startswith("B-") or lab == "O" or (lab.startswith("I-") and lab[2:] != typ):
            if start is not None:
                res.append((start, i, typ))
                start = None
            if lab.startswith("B-") or lab.startswith("I-"):
                start, typ = i, lab[2:]
        # I- continuing: nothing
    return res


def build(docs_tsv, originals, wanted, outdir, gold_path, one_par_per_sentence, log):
    """originals: {doc: [(newpar, text, tokens)]} (may be missing docs)."""
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    gold = {}
    fallback = 0
    total = 0
    for doc in wanted:
        sents = docs_tsv[doc]
        orig = originals.get(doc, [])
        # index original sentences by token tuple, in order
        oi = 0
        paragraphs: list[list[str]] = []
        ents: list[tuple[str, str]] = []
        for sent in sents:
            toks = [t for t, _ in sent]
            labs = [l for _, l in sent]
            total += 1
            text = None
            offs = None
            newpar = one_par_per_sentence or not paragraphs
            # find the matching original sentence (same tokens), scanning forward
            j = oi
            while j < len(orig) and orig[j][2] != toks:
                j += 1
            if j < len(orig):
                np_, otext, _ = orig[j]
                if not one_par_per_sentence and paragraphs:
                    newpar = np_
                oi = j + 1
                if otext is not None:
                    offs = align(otext, toks)
                    if offs is not None:
                        text = otext
            if text is None:
                fallback += 1
                text, offs = detokenise(toks)
            for s, e, typ in spans(labs):
                surface = text[offs[s][0]:offs[e - 1][1]]
                ents.append((surface, typ))
            if newpar or not paragraphs:
                paragraphs.append([text])
            else:
                paragraphs[-1].append(text)
        body = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
        name = f"{doc}.txt"
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(body)
        seen = set()
        lst = []
        for t, ty in ents:
            if (t, ty) not in seen:
                seen.add((t, ty))
                lst.append({"text": t, "type": ty})
        gold[name] = {"entities": lst}
    return gold, fallback, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="/work/shared/ner-data")
    ap.add_argument("--heldout", default="/work/ner-build/data/heldout")
    ap.add_argument("--out", default="/work/ner-build/eval")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    # ---- GUM news + interview test docs
    splits = open(os.path.join(a.data, "gum/splits.upstream.md"), encoding="utf-8").read()
    m = re.search(r"^## test\s*$(.*?)(?=^## |\Z)", splits, re.S | re.M)
    test_docs = re.findall(r"\*\s+(GUM_\S+)", m.group(1)) if m else []
    wanted = [d for d in test_docs if d.startswith(("GUM_news_", "GUM_interview_"))]
    gum_tsv = read_tsv(os.path.join(a.heldout, "gum-test.tsv"))
    missing = [d for d in wanted if d not in gum_tsv]
    if missing:
        print(f"warning: not in gum-test.tsv: {missing}", file=sys.stderr)
    wanted = [d for d in wanted if d in gum_tsv]
    originals = {}
    for d in wanted:
        p = os.path.join(a.data, "gum/conllu", d + ".conllu")
        if os.path.exists(p):
            originals[d] = [(np_, t, toks) for _, np_, t, toks in read_conllu_like(p)]
    gold, fb, tot = build(gum_tsv, originals, wanted, os.path.join(a.out, "gum-news"), None, False, None)
    about = ("GUM (CC BY 2.5 Wikinews texts, CC BY 4.0 annotations) test documents of the news and interview "
             "genres; labels from heldout/gum-test.tsv (converted to our types by prepare_data.py). Set-based: "
             "each distinct (text, type) once per article. Few NORP: score with NORP dropped. Built by "
             "Scripts/ner/make_eval_sets.py. Caveat: the GUM named-mention projection (prepare_data.py) leaves some "
             "noise: role/title spans typed PERSON ('NASA Administrator', 'U.S. Senator', 'Governor', 'MP'), group "
             "plurals as PERSON ('Libertarians', 'Senate Democrats'), fragments ('of Washington Chris Gregoire', "
             "'Airport' GPE, 'Party', 'Committee'). Treat scores as a rough relative signal.")
    json.dump({"about": about, "articles": gold}, open(os.path.join(a.out, "gum-news-entities.json"), "w"),
              ensure_ascii=False, indent=1)
    n = sum(len(v["entities"]) for v in gold.values())
    print(f"gum-news: {len(gold)} articles, {tot} sentences ({fb} detokenised by rule), {n} gold pairs")

    # ---- UNER PUD
    pud_tsv = read_tsv(os.path.join(a.heldout, "uner-pud.tsv"))
    originals = {}
    p = os.path.join(a.data, "uner-english/pud/en_pud-ud-test.iob2")
    if os.path.exists(p):
        for d, np_, t, toks in read_conllu_like(p):
            originals.setdefault(d, []).append((np_, t, toks))
    gold, fb, tot = build(pud_tsv, originals, list(pud_tsv), os.path.join(a.out, "pud"), None, True, None)
    about = ("UNER English PUD (CC BY-SA 3.0), one article per newdoc (n... news, w... Wikipedia); labels from "
             "heldout/uner-pud.tsv (LOC split into GPE/LOC by gazetteer). No NORP in this gold: score with NORP "
             "dropped. Built by Scripts/ner/make_eval_sets.py.")
    json.dump({"about": about, "articles": gold}, open(os.path.join(a.out, "pud-entities.json"), "w"),
              ensure_ascii=False, indent=1)
    n = sum(len(v["entities"]) for v in gold.values())
    print(f"pud: {len(gold)} articles, {tot} sentences ({fb} detokenised by rule), {n} gold pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
