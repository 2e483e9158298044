#!/usr/bin/env python3
"""Builds Sources/ParallaxCore/Resources/Entities/country-aliases.tsv: other names of each country
(official names, alternate spellings) mapped to its common English name, so that the linker joins
"Russian Federation" with "Russia" and "Great Britain" with "United Kingdom".

    python3 Scripts/ner/build_aliases.py [--ner-data ../shared/ner-data] [--out PATH]

Source: mledoze/countries via ner-data/gazetteers/countries/countries_demonyms.tsv (ODbL 1.0; see
LICENSES.md). Only Latin-script names of three or more letters are kept (two-letter codes such as
"IN" or "TO" are English words; US/UK are joined with their names by the linker's acronym rule).
"""
import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def latin(name: str) -> bool:
    return all(ord(c) < 0x250 or c in "’‘" for c in name)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ner-data", default=os.path.join(ROOT, "..", "shared", "ner-data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "Sources/ParallaxCore/Resources/Entities/country-aliases.tsv"))
    args = ap.parse_args()
    path = os.path.join(args.ner_data, "gazetteers", "countries", "countries_demonyms.tsv")
    aliases = {}
    with open(path, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            common = row["common_name"].strip()
            names = [row["official_name"]] + row["alt_spellings"].split("|")
            for name in names:
                name = name.strip()
                if name.lower().startswith("the "):
                    name = name[4:]
                if len(name) < 3 or name == common or not latin(name) or "," in name:
                    continue
                if name.isupper() and len(name) <= 3:
                    continue  # ISO codes: USA is joined by the acronym rule, others are rare in text
                aliases.setdefault(name, common)
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# alias<TAB>common name; built by Scripts/ner/build_aliases.py from mledoze/countries (ODbL 1.0)\n")
        for name in sorted(aliases):
            out.write(f"{name}\t{aliases[name]}\n")
    print(f"{len(aliases)} aliases -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
