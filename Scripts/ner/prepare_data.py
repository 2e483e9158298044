#!/usr/bin/env python3
"""Convert the open NER corpora in shared/ner-data to Parallax's 5-type BIO scheme and build the
entity gazetteer.

    python3 Scripts/ner/prepare_data.py [--ner-data DIR] [--out DIR] [--gazetteer-out PATH]

Types: PERSON, ORG, GPE, LOC (incl. facilities), NORP. Output, one file per source and split:

    #doc <doc id> <source>
    Token<TAB>B-PERSON
    ...
    <blank line between sentences>

Deterministic: no randomness except the seeded spot-check sample (--sample N). Python 3.11 stdlib only.
See Scripts/ner/README.md for every mapping decision.
"""

import argparse
import collections
import glob
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lexicons import (  # noqa: E402
    FACILITY_HEADS,
    ABBREVIATIONS, CONTINENTS, EXTRA_COUNTRIES, EXTRA_ORG_SUFFIXES, EXTRA_REGIONS,
    EXTRA_SUBDIVISIONS, GPE_ABBREVIATIONS, KEEP_CODE_ALTS, LANGUAGE_DEMONYMS, LANGUAGE_NEXT, LANGUAGE_PREV,
    NORP_GROUPS, NORP_IRREGULAR_PLURALS, ORG_SUFFIX_COUNTRIES, TITLE_CONNECTORS, TITLE_HEADS,
    TITLE_WEAK,
)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TYPES = ["PERSON", "ORG", "GPE", "LOC", "NORP"]
LUMPED = "PLACE"  # internal raw type: a location that still needs the GPE/LOC split

# ----------------------------------------------------------------------------------------------------
# text helpers


def fold(s):
    """Strip diacritics (São Paulo -> Sao Paulo)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def is_latin(s):
    for c in s:
        if c.isalpha():
            try:
                if "LATIN" not in unicodedata.name(c):
                    return False
            except ValueError:
                return False
    return True


def key(s):
    """Matching key for place names: spacing around - . ' & / removed, curly quote straightened,
    diacritics folded. Case is kept (the matching is case-sensitive)."""
    s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2013", "-")
    s = re.sub(r"\s*([-.'&/])\s*", r"\1", s)
    s = re.sub(r"\s+", " ", s).strip()
    return fold(s)


def is_cap(tok):
    return tok[:1].isupper() or (tok[:1] in "#@" and tok[1:2].isupper())


def titlecase_tok(t):
    if t.isupper() or t.islower():
        return re.sub(r"[A-Za-z]+", lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), t)
    return t


# ----------------------------------------------------------------------------------------------------
# tokeniser (for re3d raw text and gazetteer phrases). PTB-like: clitics 's n't 're split off,
# acronyms with inner periods (U.S., D.C.) and known abbreviations (Mr., Gen., St., Inc.) keep the
# period, hyphenated words and names with inner apostrophes (d'Ivoire, O'Brien) stay one token.

TOK_RE = re.compile(r"""
    (?P<url>https?://\S+|www\.\S+)
  | (?P<acr>(?:[A-Z][a-z]?\.){2,}|(?:[a-z]\.){2,})
  | (?P<num>\d+(?:[.,:/]\d+)*%?)
  | (?P<word>[^\W_]+(?:[-'\u2019&][^\W_]+)*)
  | (?P<punct>\S)
""", re.X)
CLITIC_RE = re.compile(r"^(.+?)((?:['\u2019](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M))|(?:n['\u2019]t))$")


def tokenize(text):
    """Return a list of (token, start, end)."""
    out = []
    for m in TOK_RE.finditer(text):
        tok, s, e = m.group(0), m.start(), m.end()
        if m.lastgroup == "word":
            if e < len(text) and text[e] == "." and (tok in ABBREVIATIONS or re.fullmatch(r"[A-Z]", tok)):
                out.append((tok + ".", s, e + 1))
                continue
            cm = CLITIC_RE.match(tok)
            if cm and len(cm.group(1)) >= 1 and not re.fullmatch(r"[A-Za-z]['\u2019][A-Za-z]+", tok):
                b = cm.group(1)
                out.append((b, s, s + len(b)))
                out.append((cm.group(2), s + len(b), e))
                continue
        if out and m.lastgroup == "punct" and tok == "." and out[-1][2] == e and out[-1][0].endswith("."):
            continue  # period already absorbed
        out.append((tok, s, e))
    return out


def gaz_tokens(phrase):
    return " ".join(t for t, _, _ in tokenize(phrase))


# ----------------------------------------------------------------------------------------------------
# gazetteer


class Gazetteer:
    def __init__(self, root):
        self.root = root
        self.entries = collections.defaultdict(set)  # phrase -> codes
        self.gpe_keys, self.loc_keys, self.country_keys = set(), set(), set()
        self.norp = set()
        self._build()

    def add(self, phrase, code):
        if not phrase:
            return
        phrase = gaz_tokens(phrase.strip())
        if len(phrase) < 2 or re.fullmatch(r"[\d\s.,:/%-]+", phrase):
            return
        if not any(c.isalpha() for c in phrase):
            return
        self.entries[phrase].add(code)
        return phrase

    def _p(self, *parts):
        return os.path.join(self.root, "gazetteers", *parts)

    def _build(self):
        # --- countries (mledoze ODbL, geonames, iso3166)
        countries = json.load(open(self._p("countries", "countries.json"), encoding="utf-8"))
        capitals = set()
        demonyms = set()
        self.subregions = set()
        for c in countries:
            names = [c["name"]["common"], c["name"]["official"]]
            for a in c.get("altSpellings", []):
                if re.fullmatch(r"[A-Z]{2,4}", a) and a not in KEEP_CODE_ALTS:
                    continue
                names.append(a)
            for n in names:
                if "," in n or "(" in n or not is_latin(n) or len(n) < 2:
                    continue
                self.add(n, "GPE_COUNTRY")
            for cap in c.get("capital", []):
                if is_latin(cap):
                    capitals.add(cap)
            for g in ("m", "f"):
                d = c.get("demonyms", {}).get("eng", {}).get(g, "")
                for part in re.split(r",\s*| or ", d):
                    if part:
                        demonyms.add(part.strip())
            if c.get("subregion"):
                self.subregions.add(c["subregion"])
        for n in EXTRA_COUNTRIES:
            self.add(n[4:] if n.startswith("the ") else n, "GPE_COUNTRY")
        gn_countries = json.load(open(self._p("geonames", "countries.json"), encoding="utf-8"))
        gn_capitals = {}  # countrycode -> capital name
        for cc, c in gn_countries.items():
            self.add(c["name"], "GPE_COUNTRY")
            if c.get("capital"):
                gn_capitals[cc] = c["capital"]
                capitals.add(c["capital"])
        iso1 = json.load(open(self._p("iso3166", "iso3166-1.json"), encoding="utf-8"))["3166-1"]
        for c in iso1:
            for f in ("name", "official_name", "common_name"):
                n = c.get(f)
                if n and "," not in n and "(" not in n and is_latin(n):
                    self.add(n, "GPE_COUNTRY")
        iso3 = json.load(open(self._p("iso3166", "iso3166-3.json"), encoding="utf-8"))["3166-3"]
        for c in iso3:
            n = c["name"]
            if "," not in n and "(" not in n and is_latin(n):
                self.add(n, "GPE_COUNTRY")

        # --- states / subdivisions
        for code, s in json.load(open(self._p("geonames", "us_states.json"), encoding="utf-8")).items():
            self.add(s["name"], "GPE_STATE")
            self.add(s["code"], "GPE_ABBR")  # postal code: TX, NY, CA (weak alone; the tagger weighs it)
        for ab in GPE_ABBREVIATIONS:
            self.add(ab, "GPE_ABBR")
        for s in json.load(open(self._p("geonames", "us_counties.json"), encoding="utf-8")):
            self.add(s["name"], "GPE_STATE")
        iso2 = json.load(open(self._p("iso3166", "iso3166-2.json"), encoding="utf-8"))["3166-2"]
        for s in iso2:
            for n in self._iso2_names(s["name"]):
                if is_latin(n) and n[:1].isupper():
                    self.add(n, "GPE_STATE")
                    if fold(n) != n:
                        self.add(fold(n), "GPE_STATE")
        for n in EXTRA_SUBDIVISIONS:
            self.add(n, "GPE_STATE")

        # --- cities (GeoNames, population >= 15,000, capitals at any population)
        rows = []
        with open(self._p("geonames", "cities5000.latin.tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                p = line.rstrip("\n").split("\t")
                rows.append((p[1], p[2], int(p[4] or 0), p[7].split("|") if len(p) > 7 and p[7] else []))
        big = [r for r in rows if r[2] >= 15000]
        big.sort(key=lambda r: -r[2])
        n = len(big)
        city_bucket = {}
        for rank, (name, cc, pop, alts) in enumerate(big):
            b = 1 + (3 * rank) // n
            names = {name, fold(name)}
            if pop >= 100000:
                for a in alts:
                    if (a[:1].isupper() and is_latin(a) and sum(ch.isalpha() for ch in a) >= 4
                            and not a.isupper() and not any(ch.isdigit() for ch in a) and "," not in a):
                        names.add(a)
            for nm in list(names):
                if nm.startswith("Saint "):
                    names.add("St. " + nm[6:])
                elif nm.startswith(("St. ", "St ")):
                    names.add("Saint " + nm.split(" ", 1)[1])
            for nm in names:
                if is_latin(nm) and not (" " in nm and nm.split(" ")[-1] in FACILITY_HEADS):  # "White House", Tennessee
                    ph = self.add(nm, "GPE_CITY")
                    if ph:
                        city_bucket[ph] = min(city_bucket.get(ph, 9), b)
        capital_set = set(capitals)
        for name, cc, pop, alts in rows:  # capitals below 15,000
            if name in capital_set and pop < 15000:
                ph = self.add(name, "GPE_CITY")
                if ph:
                    city_bucket[ph] = min(city_bucket.get(ph, 9), 3)
        for cap in capital_set:
            ph = self.add(cap, "GPE_CITY")
            self.add(cap, "GPE_CAPITAL")
            if ph:
                city_bucket.setdefault(ph, 3)
        for ph, b in city_bucket.items():
            self.entries[ph].discard("GPE_CITY")
            self.entries[ph].add("GPE_CITY:%d" % b)

        # --- continents and regions (LOC)
        for c in CONTINENTS:
            self.add(c[4:] if c.startswith("the ") else c, "LOC_CONTINENT")
        for r in sorted(self.subregions) + EXTRA_REGIONS:
            if r in ("Australia and New Zealand",):
                continue
            self.add(r, "LOC_REGION")

        # --- NORP
        country_like = {key(p) for p, cs in self.entries.items() if cs & {"GPE_COUNTRY", "GPE_STATE"}}
        for d in sorted(demonyms):
            if key(d) in country_like:  # "Vatican", "Gibraltar", "Djibouti" given as demonyms
                continue
            self.norp_add(d, "NORP_DEMONYM")
        for g in NORP_GROUPS:
            self.norp_add(g, "NORP_GROUP")

        # --- person names
        self._person_names()
        # --- org legal forms
        self._org_suffixes()

        # --- lookup sets for corpus conversion
        for ph, cs in self.entries.items():
            k = key(ph)
            if any(c.startswith(("GPE_COUNTRY", "GPE_STATE", "GPE_CITY", "GPE_CAPITAL", "GPE_ABBR")) for c in cs):
                self.gpe_keys.add(k)
            if any(c.startswith(("LOC_",)) for c in cs):
                self.loc_keys.add(k)
            if cs & {"GPE_COUNTRY", "GPE_CAPITAL"}:
                self.country_keys.add(k)
            if cs & {"NORP_DEMONYM", "NORP_GROUP"}:
                self.norp.add(ph)
        # a continent/region name that is also a country keeps GPE (e.g. "Micronesia"), else LOC wins
        self.loc_keys -= {k for k in self.loc_keys if k in self.country_keys}
        self.norp_lower = {p.lower() for p in self.norp}

    @staticmethod
    def _iso2_names(name):
        out = []
        m = re.match(r"^(.*?)\s*\[(.*?)\]\s*$", name)
        if m:
            name = m.group(1)
            inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", m.group(2)).strip()
            if inner:
                out.append(inner)
        name = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
        if "," in name:
            name = name.split(",")[0].strip()
        out.append(name)
        for suf in (" Uygur Zizhiqu", " Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Zizhiqu", " Sheng",
                    " Shi", " SAR"):
            if name.endswith(suf):
                out.append(name[: -len(suf)])
                break
        return [o for o in out if o]

    def norp_add(self, word, code):
        forms = [word]
        last = word.split()[-1]
        if word in NORP_IRREGULAR_PLURALS:
            forms.append(NORP_IRREGULAR_PLURALS[word])
        elif not re.search(r"(ese|sh|ch|ss|s|x|z|ern|ic|Balkan)$", last) and word not in (
                "Sub-Saharan", "Jewish", "Soviet"):
            forms.append(word + "s")
        if word == "Soviet":
            forms.append("Soviets")
        for f in forms:
            self.add(f, code)

    def _person_names(self):
        pn = self._p("person-names")
        totals = collections.Counter()
        with open(os.path.join(pn, "ssa-baby-names", "ssa_given_names_1880_2020.tsv"), encoding="utf-8") as f:
            next(f)
            for line in f:
                name, sex, cnt = line.split("\t")[:3]
                totals[name] += int(cnt)
        census_first = []
        for fn in ("dist.male.first", "dist.female.first"):
            for line in open(os.path.join(pn, "census-1990", fn), encoding="ascii"):
                if line.strip():
                    census_first.append(line.split()[0].capitalize())
        ranked = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:15000]
        firsts = [n for n, _ in ranked]
        seen = set(firsts)
        for n in census_first:
            if n not in seen:
                seen.add(n)
                firsts.append(n)
        N = len(firsts)
        for i, n in enumerate(firsts):
            if len(n) >= 2:
                self.add(n, "PER_FIRST:%d" % (1 + 3 * i // N))
        lasts = []
        for line in open(os.path.join(pn, "census-1990", "dist.all.last"), encoding="ascii"):
            if line.strip():
                lasts.append(line.split()[0])
            if len(lasts) >= 25000:
                break
        N = len(lasts)
        for i, n in enumerate(lasts):
            n = n.capitalize()
            if n.startswith("Mc") and len(n) > 3:
                n = "Mc" + n[2].upper() + n[3:]
            if len(n) >= 2:
                self.add(n, "PER_LAST:%d" % (1 + 3 * i // N))

    def _org_suffixes(self):
        path = self._p("org-legal-forms", "legal_form_abbreviations.tsv")
        with open(path, encoding="utf-8") as f:
            next(f)
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) < 3:
                    continue
                ab, n_entries, ccs = p[0], int(p[1]), set(p[2].split(","))
                if not ab or not is_latin(ab) or not ab[:1].isupper() or len(ab.split()) > 3:
                    continue
                if not (ccs & ORG_SUFFIX_COUNTRIES):
                    continue
                if sum(ch.isalpha() for ch in ab) < 2:
                    continue
                self.add(ab, "ORG_SUFFIX")
        for ab in EXTRA_ORG_SUFFIXES:
            self.add(ab, "ORG_SUFFIX")

    def write(self, path):
        lines = []
        for ph in sorted(self.entries):
            cs = self.entries[ph]
            if not cs or len(ph) < 2 or "\t" in ph:
                continue
            lines.append("%s\t%s\n" % (ph, ",".join(sorted(cs))))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.writelines(lines)
        return len(lines)

    # --- decisions used by the corpus conversion

    def _place_lookup(self, text):
        k = key(text)
        if k in self.loc_keys:
            return "LOC"
        if k in self.gpe_keys or (k + ".") in self.gpe_keys:
            return "GPE"
        return None

    def place_type(self, toks):
        """GPE or LOC for a location span (after the leading 'the' was removed)."""
        toks = [t[1:] if t[:1] == "#" and len(t) > 1 else t for t in toks]
        text = " ".join(toks)
        if len(toks) > 1 and toks[-1] in FACILITY_HEADS and not self.is_country_or_capital(toks):
            return "LOC"  # a building or facility named like a small town ("White House")
        variants = [text]
        if all(not any(c.islower() for c in t) for t in toks):
            variants.append(" ".join(titlecase_tok(t) for t in toks))
        if all(not any(c.isupper() for c in t) for t in toks):
            variants.append(" ".join(titlecase_tok(t) for t in toks))
            variants.append(text.upper())
        if len(toks) == 1 and re.fullmatch(r"[A-Z][a-z]+[A-Z]\w+", toks[0]):  # #NewYork
            variants.append(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", toks[0]))
        for v in variants:
            r = self._place_lookup(v)
            if r:
                return r
            # "City , State" / "Palmyra , Syria": every comma-separated part is a GPE
            parts = [p.strip() for p in v.split(" , ")]
            if len(parts) > 1 and all(self._place_lookup(p) == "GPE" for p in parts if p):
                return "GPE"
            # administrative affixes: "State of Texas", "Diyala Province", "County Laois"
            m = re.match(r"^(?:State|Commonwealth|Province|City|Republic|Kingdom|Emirate|Governorate|County|Region)"
                         r" of (.+)$", v) or re.match(
                r"^(.+?) (?:Province|province|Governorate|governorate|County|county|State|state|City|city|"
                r"District|district|Region|region|Prefecture|Oblast|oblast|Municipality)$", v) or re.match(
                r"^(?:County|Co\.) (.+)$", v)
            if m and self._place_lookup(m.group(1)) == "GPE":
                return "GPE"
        return "LOC"

    def gpe_or_loc_name(self, toks):
        return self._place_lookup(" ".join(toks)) is not None

    def is_country_or_capital(self, toks):
        return key(" ".join(toks)) in self.country_keys

    def is_norp_span(self, toks, case_insensitive=False):
        """All tokens form a NORP lexicon phrase, possibly with a compass prefix (South Vietnamese),
        or every token is itself a NORP word (Sunni Arab)."""
        text = " ".join(toks)
        lex = self.norp_lower if case_insensitive else self.norp
        t = text.lower() if case_insensitive else text
        if t in lex:
            return True
        words = [w for w in toks if w not in ("-",)]
        if not words:
            return False
        compass = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
        for i, w in enumerate(words):
            ww = w.lower() if case_insensitive else w
            if ww in lex:
                continue
            if i == 0 and w in compass and len(words) > 1:
                continue
            return False
        return True


# ----------------------------------------------------------------------------------------------------
# span handling

COMPASS_LOWER = {"eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
                 "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern",
                 "north-western", "south-eastern", "south-western"}
RE3D_LEADING = {"the", "The", "THE", "His", "Her", "Their", "Our", "Its", "My", "This", "These", "That",
                "Those", "A", "An", "Both", "All", "Some"}
PRONOUNS = {"We", "I", "They", "It", "He", "She", "Our", "Us", "You", "WE", "US"}
SEC_ROLES = {"borrower", "borrowers", "lender", "lenders", "agent", "guarantor", "guarantors", "bank",
             "pledgor", "grantor", "secured", "party", "holder", "company", "parent", "issuer", "trustee",
             "esquire", "purchaser", "seller", "buyer", "landlord", "tenant", "guarantee"}
POSSESSIVES = {"'s", "\u2019s", "'", "\u2019", "'S"}
THE = {"the", "The", "THE"}
NAME_PARTICLES = {"de", "van", "von", "der", "den", "al", "el", "bin", "ibn", "ben", "da", "di", "du",
                  "del", "della", "la", "le", "dos", "das", "do", "ter", "ten", "y", "e", "zu", "ul", "abu"}


def bio_to_spans(tags):
    """IOB1 or IOB2 tags ('B-X', 'I-X', 'O') -> [(start, end, X)]."""
    spans, cur = [], None
    for i, t in enumerate(tags):
        if not t or t == "O" or "-" not in t:
            if cur:
                spans.append(tuple(cur))
                cur = None
            continue
        pre, typ = t.split("-", 1)
        if pre == "B" or cur is None or cur[2] != typ:
            if cur:
                spans.append(tuple(cur))
            cur = [i, i + 1, typ]
        else:
            cur[1] = i + 1
    if cur:
        spans.append(tuple(cur))
    return spans


def spans_to_bio(n, spans):
    tags = ["O"] * n
    for s, e, t in spans:
        tags[s] = "B-" + t
        for i in range(s + 1, e):
            tags[i] = "I-" + t
    return tags


def title_run(toks, strict_whole):
    """Length of the leading title run of a PERSON span (0 = none). Returns (cut, whole) where
    whole=True means every token is a title word."""
    i, cut, strong_seen = 0, 0, False
    while i < len(toks):
        t = toks[i]
        if t in TITLE_HEADS:
            weak = t in TITLE_WEAK
            if not weak:
                strong_seen = True
            i += 1
            if not weak or strong_seen:
                cut = i
            elif i < len(toks) and toks[i] in TITLE_HEADS and toks[i] not in TITLE_WEAK:
                pass  # weak word followed by a strong title ("House Speaker"): decided at the next step
        elif t in TITLE_CONNECTORS and i > 0 and strong_seen:
            i += 1
        else:
            break
    return cut, cut == len(toks)


class Stats:
    def __init__(self):
        self.c = collections.Counter()


def fix_spans(toks, spans, gz, src, stats):
    """Apply the shared conventions. spans: [(s, e, type)] with type in TYPES or LUMPED."""
    out = []
    covered = {i for s, e, _ in spans for i in range(s, e)}
    taken_edges = set()
    for s, e, typ in spans:
        if src == "re3d" and typ == "NORP" and not gz.is_norp_span([t for t in toks[s:e] if t not in THE]):
            stats["re3d Nationality dropped (not a NORP lexicon word)"] += 1
            continue
        # trailing possessive outside the entity
        while e > s and toks[e - 1] in POSSESSIVES:
            e -= 1
            stats["possessive stripped"] += 1
        # leading "the" outside, unless "The X" is itself a gazetteer name (The Hague, The Gambia)
        if e - s > 1 and toks[s] in THE and key(" ".join(toks[s:e])) not in gz.gpe_keys:
            s += 1
            stats["leading the stripped"] += 1
        if src == "re3d":
            # re3d spans carry determiners, titles and nominal heads: trim lower-case edges
            while s < e and not is_cap(toks[s]) and not toks[s][:1].isdigit():
                s += 1
            while e > s and not is_cap(toks[e - 1]) and not toks[e - 1][:1].isdigit() and toks[e - 1] not in (")",):
                e -= 1
            while e > s and toks[s] in RE3D_LEADING:
                s += 1
            if e - s == 1 and toks[s] in PRONOUNS:
                stats["re3d span dropped (pronoun)"] += 1
                continue
            if any(re.search(r"[-\u2010\u2011](held|led|based|controlled|backed|run|occupied|speaking|language)$", t) for t in toks[s:e]):
                stats["re3d span dropped (X-held/X-led adjective)"] += 1
                continue
            if typ == LUMPED and e - s == 1 and re.fullmatch(r"[A-Z]{3,}", toks[s]) and gz.place_type(toks[s:e]) == "LOC":
                stats["re3d Location dropped (acronym, not a place)"] += 1
                continue
            if typ == "PERSON":
                # keep the trailing run of capitalised non-title tokens ("FCO Minister Tobias Ellwood")
                j = e
                while j > s and is_cap(toks[j - 1]) and toks[j - 1] not in TITLE_HEADS and \
                        not (len(toks[j - 1]) > 1 and toks[j - 1].isupper() and not toks[j - 1].endswith(".")):
                    j -= 1
                if j == e:
                    stats["re3d PERSON dropped (no name part)"] += 1
                    continue
                if j > s:
                    if not is_cap(toks[j - 1]) or toks[j - 1] in TITLE_CONNECTORS:
                        stats["re3d PERSON dropped (description, not a name)"] += 1
                        continue
                    stats["title tokens stripped"] += j - s
                    s = j
            if e <= s or not any(is_cap(t) for t in toks[s:e]):
                stats["re3d span dropped (no capitalised token)"] += 1
                continue
        if e <= s:
            continue
        if typ == "PERSON":
            cut, whole = title_run(toks[s:e], src == "re3d")
            if whole:
                if src == "re3d":
                    stats["PERSON dropped (title only)"] += 1
                    continue
            elif cut:
                rest = toks[s + cut:e]
                if rest and (rest[0] in TITLE_CONNECTORS or rest[0] in ("for", "of", "at", "'s", "\u2019s") or (
                        src == "re3d" and not is_cap(rest[0]) and rest[0] not in NAME_PARTICLES)):
                    stats["PERSON dropped (title + lower-case rest)"] += 1
                    continue
                s += cut
                stats["title tokens stripped"] += cut
        if not any(c.isalnum() for t in toks[s:e] for c in t):
            continue
        if src == "sec-filings" and e - s == 1 and (toks[s].lower() in SEC_ROLES or toks[s] in COMPASS_LOWER):
            stats["sec role noun / compass word -> O"] += 1
            continue
        if typ == LUMPED:
            # "eastern Ukraine": a lower-case compass adjective is outside the name
            while e - s > 1 and toks[s] in COMPASS_LOWER:
                s += 1
                stats["place: compass word stripped"] += 1
            # GUM cores sometimes lost the first word ("United [States]", "New [York City]")
            if s > 0 and (s, e) not in taken_edges and toks[s - 1][:1].isupper() and s - 1 not in covered and \
                    gz._place_lookup(" ".join(toks[s - 1:e])) == "GPE" and \
                    gz._place_lookup(" ".join(toks[s:e])) != "GPE" or (
                        s > 0 and toks[s - 1] in ("New", "United") and s - 1 not in covered and
                        gz._place_lookup(" ".join(toks[s - 1:e])) == "GPE"):
                s -= 1
                stats["place: extended left to a GPE name"] += 1
        span_toks = toks[s:e]
        if typ == LUMPED:
            if gz.is_norp_span(span_toks) and not gz.gpe_or_loc_name(span_toks):
                typ = "NORP"  # BTC/re3d tag some demonyms as LOC ("Russian", "Iraqi")
                stats["place->NORP (demonym)"] += 1
            else:
                typ = gz.place_type(span_toks)
                stats["place->" + typ] += 1
        elif typ == "ORG" and gz.is_country_or_capital(span_toks):
            typ = "GPE"
            stats["ORG->GPE (country/capital)"] += 1
        elif typ in ("PERSON", "ORG") and (typ == "PERSON" or src == "re3d") and len(span_toks) <= 3 and gz.is_norp_span(span_toks):
            stats[typ + "->NORP (group word)"] += 1
            typ = "NORP"
        out.append((s, e, typ))
    # resolve any overlap (keep the earlier/longer)
    out.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    res, last_end = [], 0
    for s, e, t in out:
        if s >= last_end:
            res.append((s, e, t))
            last_end = e
    return res


def auto_norp(toks, spans, gz, stats):
    """Label unlabelled tokens that exactly match a NORP lexicon phrase (longest match, <= 3 tokens)."""
    taken = [False] * len(toks)
    for s, e, _ in spans:
        for i in range(s, e):
            taken[i] = True
    new = list(spans)
    i = 0
    while i < len(toks):
        hit = 0
        for n in (3, 2, 1):
            if i + n <= len(toks) and not any(taken[i:i + n]) and " ".join(toks[i:i + n]) in gz.norp:
                hit = n
                break
        if hit:
            w = " ".join(toks[i:i + hit])
            prev = toks[i - 1].lower() if i > 0 else ""
            nxt = toks[i + hit] if i + hit < len(toks) else ""
            # adjacent capitalised word: part of a larger unannotated name ("Christian Dior", "Arab Spring")
            glued = (i > 0 and is_cap(toks[i - 1]) and not taken[i - 1] and i - 1 > 0) or (
                nxt[:1].isupper() and not taken[i + hit] and nxt not in gz.norp
                and not any(nxt.startswith(x) for x in ("I", "A")) and len(nxt) > 1)
            lang = w in LANGUAGE_DEMONYMS and (
                nxt.lower() in LANGUAGE_NEXT or (prev in LANGUAGE_PREV and (not nxt or not nxt[:1].isalpha() or nxt.islower() and nxt in ("and", "or", "is", "was"))))
            if lang:
                stats["auto-NORP skipped (language use)"] += 1
            elif glued:
                stats["auto-NORP skipped (inside capitalised run)"] += 1
            else:
                new.append((i, i + hit, "NORP"))
                stats["auto-NORP added"] += 1
            i += hit
        else:
            i += 1
    new.sort()
    return new


# ----------------------------------------------------------------------------------------------------
# readers: each yields (doc_id, [(tokens, raw_spans)]) with raw span types already mapped to
# TYPES / LUMPED / None (None = drop)


def read_conll_blocks(path, sep="\t", tok_col=0, tag_col=-1):
    """Blocks of token/tag lines separated by blank lines. Yields ('DOCSTART'|None, tokens, tags)."""
    toks, tags = [], []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if toks:
                    yield None, toks, tags
                toks, tags = [], []
                continue
            if line.startswith("-DOCSTART-"):
                if toks:
                    yield None, toks, tags
                toks, tags = [], []
                yield "DOCSTART", None, None
                continue
            parts = line.split(sep) if sep else line.split()
            if len(parts) < 2:
                continue  # stray token without tag
            tok, tag = parts[tok_col], parts[tag_col]
            if not tok.strip():
                continue
            toks.append(tok)
            tags.append(tag)
    if toks:
        yield None, toks, tags


def map_spans(tags, mapper, toks):
    res = []
    for s, e, t in bio_to_spans(tags):
        m = mapper(t, toks[s:e])
        if m:
            res.append((s, e, m))
    return res


def split_sentences(toks, spans):
    """Split a long block (CrossNER paragraph) after . ! ? when the next token is capitalised and the
    boundary is not inside a span."""
    inside = set()
    for s, e, _ in spans:
        inside.update(range(s + 1, e))
    cuts, start = [], 0
    for i, t in enumerate(toks[:-1]):
        if t in (".", "!", "?") and (toks[i + 1][:1].isupper() or toks[i + 1] in ('"', "\u201c")) and (i + 1) not in inside:
            cuts.append((start, i + 1))
            start = i + 1
    cuts.append((start, len(toks)))
    out = []
    for a, b in cuts:
        out.append((toks[a:b], [(s - a, e - a, t) for s, e, t in spans if s >= a and e <= b]))
    return out


def read_gum(root, gz):
    splits = collections.defaultdict(set)
    cur = None
    for line in open(os.path.join(root, "gum", "splits.upstream.md"), encoding="utf-8"):
        m = re.match(r"^## (\w+)", line)
        if m:
            cur = m.group(1)
        m = re.match(r"^\s*\*\s*(\S+)", line)
        if m and cur:
            splits[cur].add(m.group(1))
    mapping = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "PLACE": LUMPED}
    docs, doc, toks, tags = [], None, [], []
    sent_id = None
    lost = gum_lost_leads(root)

    def flush_sent():
        nonlocal toks, tags
        if toks:
            restore_gum_leads(toks, tags, lost.get(sent_id, ()))
            doc[1].append((toks, map_spans(tags, lambda t, _: mapping.get(t), toks)))
        toks, tags = [], []

    for raw in open(os.path.join(root, "gum", "gum_ner.iob2"), encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("# newdoc id = "):
            flush_sent()
            doc = (line.split("= ", 1)[1].strip(), [])
            docs.append(doc)
        elif line.startswith("# sent_id = "):
            flush_sent()
            sent_id = line.split("= ", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            flush_sent()
        else:
            p = line.split("\t")
            toks.append(p[1])
            tags.append(p[2])
    flush_sent()
    train = [d for d in docs if d[0] not in splits["test"]]
    test = [d for d in docs if d[0] in splits["test"]]
    return train, test


# Words before a GUM core that are not part of the name: determiners, possessives, quantifiers.
GUM_LEAD_STOP = {"The", "A", "An", "These", "This", "Those", "That", "My", "Our", "Your", "His", "Her", "Their",
                 "Its", "Both", "All", "Some", "Any", "Every", "Each", "No"}


def gum_lost_leads(root):
    """sent_id -> [(mention_start, core_start)] (1-based token indices) for named organization/place
    mentions whose core (the span in gum_ner.iob2) lost leading words of the mention ("[United States]
    Congress" -> "States Congress", "the [European] Space Agency" -> "Space Agency")."""
    out = collections.defaultdict(list)
    for line in open(os.path.join(root, "gum", "gum_named_mentions.jsonl"), encoding="utf-8"):
        m = json.loads(line)
        # person mentions lose titles and affiliations ("Afghan Ambassador to the United States X"): not restored
        if m["gum_type"] in ("organization", "place") and "core_tokens" in m \
                and m["core_tokens"][0] > m["mention_tokens"][0]:
            out[m["sent_id"]].append((m["mention_tokens"][0], m["core_tokens"][0]))
    return out


def restore_gum_leads(toks, tags, lost):
    """Extends a core span left over the capitalised, unlabelled words of its mention that the projection
    dropped; stops at a lower-case word, a determiner/possessive or a labelled token. Titles are cut
    later by fix_spans as in every corpus."""
    for mention_start, core_start in lost:
        c = core_start - 1  # 0-based
        if c >= len(tags) or not tags[c].startswith("B-"):
            continue
        k = c
        while k - 1 >= mention_start - 1 and tags[k - 1] == "O" and toks[k - 1][:1].isupper() \
                and toks[k - 1] not in GUM_LEAD_STOP:
            k -= 1
        if k < c:
            typ = tags[c][2:]
            tags[c] = "I-" + typ
            for j in range(k, c):
                tags[j] = ("B-" if j == k else "I-") + typ


def read_uner(path, gz, stats):
    def mapper(t, toks):
        if t == "PER":
            return "PERSON"
        if t == "ORG":
            return "ORG"
        if t == "LOC":
            return LUMPED
        if t == "OTH":
            if gz.is_norp_span(toks, case_insensitive=True):
                stats["OTH->NORP"] += 1
                return "NORP"
            stats["OTH->O"] += 1
            return None
        if t == "O":
            stats["untyped B-O->O"] += 1
        return None

    docs, doc, toks, tags = [], None, [], []
    last_prefix = None
    has_newdoc = any(l.startswith("# newdoc") for l in open(path, encoding="utf-8"))

    def flush_sent():
        nonlocal toks, tags
        if toks:
            doc[1].append((toks, map_spans(tags, mapper, toks)))
        toks, tags = [], []

    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if line.startswith("# newdoc id = "):
            flush_sent()
            doc = (line.split("= ", 1)[1].strip(), [])
            docs.append(doc)
        elif line.startswith("# sent_id = "):
            sid = line.split("= ", 1)[1].strip()
            prefix = re.sub(r"-\d+$", "", sid)
            if doc is None or (prefix != last_prefix and not has_newdoc):
                doc = (prefix, [])
                docs.append(doc)
            last_prefix = prefix
        elif line.startswith("#"):
            continue
        elif not line.strip():
            flush_sent()
        else:
            p = line.split("\t")
            toks.append(p[1])
            tags.append(p[2])
    flush_sent()
    return [d for d in docs if d[1]]


def read_btc(root, gz):
    mapping = {"PER": "PERSON", "ORG": "ORG", "LOC": LUMPED}
    docs = []
    for sec in "abefgh":
        n = 0
        for _, toks, tags in read_conll_blocks(os.path.join(root, "btc", "sections", sec + ".conll")):
            if toks is None:
                continue
            n += 1
            docs.append(("btc-%s-%04d" % (sec, n), [(toks, map_spans(tags, lambda t, _: mapping.get(t), toks))]))
    return docs


def read_wikigold(root, gz, stats):
    def mapper(t, toks):
        if t == "MISC":
            if gz.is_norp_span(toks):
                stats["MISC->NORP"] += 1
                return "NORP"
            stats["MISC->O"] += 1
            return None
        return {"PER": "PERSON", "ORG": "ORG", "LOC": LUMPED}.get(t)

    docs, doc, n = [], None, 0
    for mark, toks, tags in read_conll_blocks(os.path.join(root, "wikigold", "wikigold.conll.txt"), sep=None):
        if mark == "DOCSTART":
            n += 1
            doc = ("wikigold-%03d" % n, [])
            docs.append(doc)
            continue
        if doc is None:
            n += 1
            doc = ("wikigold-%03d" % n, [])
            docs.append(doc)
        doc[1].append((toks, map_spans(tags, mapper, toks)))
    return [d for d in docs if d[1]]


CROSSNER_MAP = {
    "person": "PERSON", "politician": "PERSON", "writer": "PERSON", "scientist": "PERSON",
    "researcher": "PERSON", "musicalartist": "PERSON",
    "organisation": "ORG", "politicalparty": "ORG", "university": "ORG", "band": "ORG",
    "magazine": "ORG", "academicjournal": "ORG", "conference": "ORG",
    "country": "GPE", "location": LUMPED,
}


def read_crossner(root, gz, domains, stats):
    def mapper(t, toks):
        if t == "misc":
            if gz.is_norp_span(toks):
                stats["misc->NORP"] += 1
                return "NORP"
            stats["misc->O"] += 1
            return None
        return CROSSNER_MAP.get(t)

    docs = []
    for dom in domains:
        for split in ("train", "dev", "test"):
            n = 0
            for _, toks, tags in read_conll_blocks(os.path.join(root, "crossner", dom, split + ".txt")):
                if toks is None:
                    continue
                n += 1
                spans = map_spans(tags, mapper, toks)
                docs.append(("crossner-%s-%s-%04d" % (dom, split, n), split_sentences(toks, spans)))
    return docs


def read_wnut(root, gz, stats):
    def mapper(t, toks):
        if t == "person":
            return "PERSON"
        if t == "location":
            return LUMPED
        if t == "corporation":
            return "ORG"
        if t == "group":
            if gz.is_norp_span(toks):
                stats["group->NORP"] += 1
                return "NORP"
            return "ORG"
        return None

    docs = []
    for split, fn in (("train", "wnut17train.conll"), ("dev", "emerging.dev.conll"), ("test", "emerging.test.annotated")):
        n = 0
        for _, toks, tags in read_conll_blocks(os.path.join(root, "wnut17", fn)):
            if toks is None:
                continue
            n += 1
            docs.append(("wnut17-%s-%04d" % (split, n), [(toks, map_spans(tags, mapper, toks))]))
    return docs


def read_sec(root, gz, stats):
    def mapper(t, toks):
        if t == "MISC":
            if gz.is_norp_span(toks, case_insensitive=False):
                return "NORP"
            return None
        return {"PER": "PERSON", "ORG": "ORG", "LOC": LUMPED}.get(t)

    docs = []
    for fn in ("FIN5", "FIN3"):
        n, doc = 0, None
        for mark, toks, tags in read_conll_blocks(os.path.join(root, "sec-filings", fn + ".txt"), sep=None):
            if mark == "DOCSTART":
                n += 1
                doc = ("sec-%s-%d" % (fn, n), [])
                docs.append(doc)
                continue
            if doc is None:
                n += 1
                doc = ("sec-%s-%d" % (fn, n), [])
                docs.append(doc)
            doc[1].append((toks, map_spans(tags, mapper, toks)))
    return [d for d in docs if d[1]]


RE3D_MAP = {"Person": "PERSON", "Organisation": "ORG", "Location": LUMPED, "Nationality": "NORP"}
RE3D_MIN_CONF = 0.5


def read_re3d(root, gz, stats):
    docs = []
    for folder in sorted(glob.glob(os.path.join(root, "re3d", "*", "documents.json"))):
        d = os.path.dirname(folder)
        ents = collections.defaultdict(list)
        for line in open(os.path.join(d, "entities.json"), encoding="utf-8"):
            if line.strip():
                e = json.loads(line)
                ents[e["documentId"]].append(e)
        rows = [json.loads(l) for l in open(folder, encoding="utf-8") if l.strip()]
        rows.sort(key=lambda r: r["_id"])
        for r in rows:
            text = r["text"]
            toks = tokenize(text)
            # candidate entities: mapped types, confidence >= RE3D_MIN_CONF; overlaps: higher confidence,
            # then longer span wins
            cands = []
            for e in ents[r["_id"]]:
                t = RE3D_MAP.get(e["type"])
                if not t:
                    continue
                if e["confidence"] < RE3D_MIN_CONF:
                    stats["re3d dropped (confidence < %.1f)" % RE3D_MIN_CONF] += 1
                    continue
                cands.append((-e["confidence"], -(e["end"] - e["begin"]), e["begin"], e["end"], t))
            cands.sort()
            chosen = []
            for _, _, b, en, t in cands:
                if any(b < ce and cb < en for cb, ce, _ in chosen):
                    stats["re3d dropped (overlap)"] += 1
                    continue
                chosen.append((b, en, t))
            # sentences
            sents, cur = [], []
            for i, (tk, s, e) in enumerate(toks):
                if cur and "\n" in text[toks[i - 1][2]:s]:
                    sents.append(cur)
                    cur = []
                cur.append(i)
                if tk in (".", "!", "?") and i + 1 < len(toks) and (toks[i + 1][0][:1].isupper() or toks[i + 1][0] in ('"', "\u201c")):
                    sents.append(cur)
                    cur = []
            if cur:
                sents.append(cur)
            out = []
            for idx in sents:
                stoks = [toks[i][0] for i in idx]
                spans = []
                for b, en, t in chosen:
                    glob_idx = [i for i, (_, ts, te) in enumerate(toks) if b <= (ts + te) / 2 < en]
                    if not glob_idx or glob_idx[0] < idx[0] or glob_idx[-1] > idx[-1]:
                        continue  # entity not (wholly) in this sentence
                    spans.append((glob_idx[0] - idx[0], glob_idx[-1] + 1 - idx[0], t))
                out.append((stoks, sorted(spans)))
            docs.append(("re3d-%s-%s" % (os.path.basename(d), r["_id"][:12]), out))
    return docs


# ----------------------------------------------------------------------------------------------------
# conversion driver


def convert(docs, source, gz, stats, auto_norp_on):
    res = []
    for doc_id, sents in docs:
        osents = []
        for toks, spans in sents:
            spans = fix_spans(toks, spans, gz, source, stats)
            if auto_norp_on:
                spans = auto_norp(toks, spans, gz, stats)
            osents.append((toks, spans_to_bio(len(toks), spans)))
        res.append((doc_id, osents))
    return res


def write_file(path, source, docs):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for doc_id, sents in docs:
            f.write("#doc %s %s\n" % (doc_id, source))
            for toks, tags in sents:
                for t, g in zip(toks, tags):
                    f.write("%s\t%s\n" % (t.replace("\t", " "), g))
                f.write("\n")


def count(docs):
    c = collections.Counter()
    c["docs"] = len(docs)
    for _, sents in docs:
        for toks, tags in sents:
            c["sentences"] += 1
            c["tokens"] += len(toks)
            for g in tags:
                if g.startswith("B-"):
                    c[g[2:]] += 1
    return c


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ner-data", default=os.path.join(REPO, "..", "shared", "ner-data"))
    ap.add_argument("--out", default=os.path.join(REPO, "..", "ner-build", "data"))
    ap.add_argument("--gazetteer-out", default=os.path.join(REPO, "Sources", "ParallaxCore", "Resources", "Entities", "gazetteer.tsv"))
    ap.add_argument("--sample", type=int, default=0, help="print N random converted sentences per file")
    ap.add_argument("--no-gazetteer", action="store_true", help="do not (re)write the gazetteer file")
    args = ap.parse_args()
    root = os.path.abspath(args.ner_data)
    if not os.path.isdir(root):
        sys.exit("ner-data folder not found: %s (give --ner-data)" % root)

    gz = Gazetteer(root)
    if not args.no_gazetteer:
        n = gz.write(args.gazetteer_out)
        print("gazetteer: %d entries -> %s (%.2f MB)" % (n, args.gazetteer_out, os.path.getsize(args.gazetteer_out) / 1e6))

    jobs = []  # (relpath, source, docs, auto_norp, stats)

    def job(rel, source, reader, auto):
        st = collections.Counter()
        docs = reader(st)
        jobs.append((rel, source, docs, auto, st))

    gum_train, gum_test = read_gum(root, gz)
    job("train/gum.tsv", "gum", lambda st: gum_train, True)
    job("heldout/gum-test.tsv", "gum", lambda st: gum_test, False)
    ewt = os.path.join(root, "uner-english", "ewt")
    job("train/uner-ewt.tsv", "uner-ewt", lambda st: read_uner(os.path.join(ewt, "en_ewt-ud-train.DRAFT-2022-12-02.iob2"), gz, st)
        + read_uner(os.path.join(ewt, "en_ewt-ud-dev.iob2"), gz, st), False)
    job("dev/uner-ewt-test.tsv", "uner-ewt", lambda st: read_uner(os.path.join(ewt, "en_ewt-ud-test.iob2"), gz, st), False)
    job("heldout/uner-pud.tsv", "uner-pud", lambda st: read_uner(os.path.join(root, "uner-english", "pud", "en_pud-ud-test.iob2"), gz, st), False)
    job("train/btc.tsv", "btc", lambda st: read_btc(root, gz), True)
    job("train/wikigold.tsv", "wikigold", lambda st: read_wikigold(root, gz, st), False)
    job("train/crossner-politics.tsv", "crossner", lambda st: read_crossner(root, gz, ["politics"], st), False)
    job("train/crossner-other.tsv", "crossner", lambda st: read_crossner(root, gz, ["science", "music", "literature", "ai"], st), False)
    job("train/wnut17.tsv", "wnut17", lambda st: read_wnut(root, gz, st), True)
    job("train/sec-filings.tsv", "sec-filings", lambda st: read_sec(root, gz, st), True)
    job("train/re3d.tsv", "re3d", lambda st: read_re3d(root, gz, st), False)

    table = []
    notes = []
    rng = random.Random(1234)
    for rel, source, docs, auto, st in jobs:
        conv = convert(docs, source if source != "uner-pud" else "uner", gz, st, auto)
        write_file(os.path.join(args.out, rel), source, conv)
        c = count(conv)
        table.append((rel, c))
        notes.append((rel, st))
        if args.sample:
            sents = [(d, toks, tags) for d, ss in conv for toks, tags in ss if any(g != "O" for g in tags)]
            print("\n===== sample %s" % rel)
            for d, toks, tags in rng.sample(sents, min(args.sample, len(sents))):
                print("[%s] %s" % (d, render(toks, tags)))

    hdr = "| file | docs | sentences | tokens | PERSON | ORG | GPE | LOC | NORP |"
    lines = ["# NER training data summary", "", "Built by `Scripts/ner/prepare_data.py`; mentions = B- tags.", "",
             hdr, "|" + " --- |" * 9]
    for rel, c in table:
        lines.append("| %s | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            rel, c["docs"], c["sentences"], c["tokens"], *[c[t] for t in TYPES]))
    lines += ["", "## Conversion counters", ""]
    for rel, st in notes:
        if st:
            lines.append("- `%s`: " % rel + "; ".join("%s %d" % (k, v) for k, v in sorted(st.items())))
    lines += ["", "Held-out files (`heldout/*`) and `dev/uner-ewt-test.tsv` were NOT auto-labelled with NORP: their",
              "sources never annotate NORP (only GUM's plural group names annotated as person were retyped NORP),",
              "so score them with NORP mapped to O.", ""]
    text = "\n".join(lines)
    print(text)
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "SUMMARY.md"), "w", encoding="utf-8") as f:
        f.write(text)


def render(toks, tags):
    out, i = [], 0
    while i < len(toks):
        if tags[i].startswith("B-"):
            t = tags[i][2:]
            j = i + 1
            while j < len(toks) and tags[j] == "I-" + t:
                j += 1
            out.append("[%s %s]" % (t, " ".join(toks[i:j])))
            i = j
        else:
            out.append(toks[i])
            i += 1
    return " ".join(out)


if __name__ == "__main__":
    main()
