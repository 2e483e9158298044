#!/usr/bin/env python3
"""Scores an index's events against the events a scale corpus was generated with.

    parallax-bench scale --articles N --keep DIR --generate-only   # writes DIR/.parallax-scale-events.tsv
    parallax index --cache CACHE DIR
    Scripts/score-scale-events.py DIR/.parallax-scale-events.tsv CACHE/*.sqlite [more.sqlite ...]

Prints, for each index, the pair precision and recall of its grouping (pairs of articles put in one event
against pairs planned in one event), the event counts, how many events are exactly a planned one, and how
many wrongly joined pairs belong to one storyline (the same people and places a few weeks apart).
An article's planned event is found from the number that ends its file name. Standard library only.
"""
import bisect
import itertools
import re
import sqlite3
import sys


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    rows = [line.split("\t") for line in open(sys.argv[1], encoding="utf-8").read().split("\n")[1:] if line]
    firsts = [int(r[0]) for r in rows]
    storyline = [int(r[2]) for r in rows]

    def planned(path: str) -> int:
        match = re.search(r"-(\d{6})\.(txt|md)$", path)
        if not match:
            sys.exit(f"{path}: not a scale corpus file name")
        return bisect.bisect_right(firsts, int(match.group(1))) - 1

    def pairs(groups: dict) -> set:
        return {(a, b) for members in groups.values() for a, b in itertools.combinations(sorted(members), 2)}

    for db in sys.argv[2:]:
        found = sqlite3.connect(db).execute("SELECT path, event FROM files WHERE skipped IS NULL").fetchall()
        ours, truth, event_of = {}, {}, {}
        for path, event in found:
            event_of[path] = planned(path)
            ours.setdefault(event, []).append(path)
            truth.setdefault(event_of[path], []).append(path)
        got, want = pairs(ours), pairs(truth)
        right = len(got & want)
        wrong = got - want
        same_story = sum(1 for a, b in wrong if storyline[event_of[a]] == storyline[event_of[b]])
        exact = sum(1 for m in ours.values() if sorted(m) == sorted(truth[event_of[m[0]]]))
        print(f"{db}: pair precision {right / max(1, len(got)):.4f}, recall {right / max(1, len(want)):.4f}; "
              f"events {len(ours)} (planned {len(truth)}), {exact} exactly as planned; "
              f"{len(wrong)} wrong pairs, {same_story} of them within one storyline")


if __name__ == "__main__":
    main()
