#!/usr/bin/env bash
# Compare our recogniser (ner-train predict-json) with the spaCy peer on every evaluation set.
#
#   Scripts/ner/compare_peer.sh [--ours-only] [--refresh-peer] [--no-build] [--details SET] [--sets "seeds outlets ..."]
#
# Sets (article dir + gold):
#   seeds     /work/shared/corpus/seeds                 + /work/shared/eval/seeds-entities.json
#   outlets   Tests/ParallaxCoreTests/Fixtures/outlets  + Tests/ParallaxCoreTests/Fixtures/entities/outlets-entities.json
#   gum-news  /work/ner-build/eval/gum-news             + /work/ner-build/eval/gum-news-entities.json   (NORP dropped)
#   pud       /work/ner-build/eval/pud                  + /work/ner-build/eval/pud-entities.json        (NORP dropped)
# gum-news and pud are made by Scripts/ner/make_eval_sets.py (run automatically when missing).
# Their golds have (almost) no NORP, so NORP is removed from gold AND both predictions there.
#
# --ours-only     skip spaCy; use its cached predictions ($EVAL/peer-SET.json) when present
# --refresh-peer  re-run spaCy even when a cached prediction exists
# --no-build      do not (re)build ner-train (uses .build-eval/release/ner-train as is)
# --details SET   also print score_ner.py --details for OUR predictions on SET
# Scores with /work/shared/eval/score_ner.py (set-based per article, micro F1).
# Our build uses its own scratch path (.build-eval). Must run from the repository root
# (ner-train reads Sources/ParallaxCore/Resources/Entities relative to it); the script cd's there.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
EVAL="${EVAL_DIR:-/work/ner-build/eval}"
SCORER=/work/shared/eval/score_ner.py
PEER=/work/shared/eval/peer-ner/peer_ner.py
BIN="$ROOT/.build-eval/release/ner-train"
OURS_ONLY=0; REFRESH=0; BUILD=1; DETAILS=""; SETS="seeds outlets gum-news pud"
while [ $# -gt 0 ]; do
  case "$1" in
    --ours-only) OURS_ONLY=1 ;;
    --refresh-peer) REFRESH=1 ;;
    --no-build) BUILD=0 ;;
    --details) DETAILS="$2"; shift ;;
    --sets) SETS="$2"; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
mkdir -p "$EVAL"

if [ "$BUILD" = 1 ]; then
  swift build -c release --scratch-path .build-eval --product ner-train >"$EVAL/build.log" 2>&1 \
    || { tail -30 "$EVAL/build.log" >&2; echo "build failed (log: $EVAL/build.log)" >&2; exit 1; }
fi
[ -x "$BIN" ] || { echo "no $BIN (build first)" >&2; exit 1; }

if [ ! -f "$EVAL/gum-news-entities.json" ] || [ ! -f "$EVAL/pud-entities.json" ]; then
  python3 "$ROOT/Scripts/ner/make_eval_sets.py" --out "$EVAL" >&2
fi

set_dir() {
  case "$1" in
    seeds) echo /work/shared/corpus/seeds ;;
    outlets) echo "$ROOT/Tests/ParallaxCoreTests/Fixtures/outlets" ;;
    gum-news) echo "$EVAL/gum-news" ;;
    pud) echo "$EVAL/pud" ;;
    *) echo "unknown set $1" >&2; return 1 ;;
  esac
}
set_gold() {
  case "$1" in
    seeds) echo /work/shared/eval/seeds-entities.json ;;
    outlets) echo "$ROOT/Tests/ParallaxCoreTests/Fixtures/entities/outlets-entities.json" ;;
    gum-news) echo "$EVAL/gum-news-entities.json" ;;
    pud) echo "$EVAL/pud-entities.json" ;;
  esac
}
drops_norp() { [ "$1" = gum-news ] || [ "$1" = pud ]; }

# drop_norp IN OUT: copy a {"articles": ...} JSON without NORP entities
drop_norp() {
  python3 - "$1" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
for art in d.get("articles", {}).values():
    art["entities"] = [e for e in art.get("entities", []) if e.get("type") != "NORP"]
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
}

# score GOLD PRED -> "F1 P R" (typed micro)
score() {
  python3 "$SCORER" "$1" "$2" | python3 -c '
import re, sys
txt = sys.stdin.read()
f1 = re.search(r"^F1 ([0-9.]+)\s*$", txt, re.M).group(1)
p = r = "?"
for line in txt.splitlines():
    low = line.lower()
    if ("overall" in low or "micro" in low) and "untyped" not in low:
        nums = re.findall(r"\d+\.\d+", line)
        if len(nums) >= 3:
            p, r = nums[0], nums[1]
            break
print(f1, p, r)'
}

TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
ROWS=()
for s in $SETS; do
  dir="$(set_dir "$s")"; gold="$(set_gold "$s")"
  [ -f "$gold" ] || { echo "skip $s: no gold $gold" >&2; continue; }
  n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$gold")
  "$BIN" predict-json "$dir" >"$EVAL/ours-$s.json" 2>"$TMP/ours-$s.err" \
    || { cat "$TMP/ours-$s.err" >&2; echo "ner-train predict-json failed on $s" >&2; exit 1; }
  peer="$EVAL/peer-$s.json"
  if [ "$OURS_ONLY" = 0 ] && { [ "$REFRESH" = 1 ] || [ ! -s "$peer" ]; }; then
    python3 "$PEER" --stats "$dir" >"$peer.tmp" 2>"$TMP/peer-$s.err" && mv "$peer.tmp" "$peer" \
      || { cat "$TMP/peer-$s.err" >&2; echo "peer failed on $s" >&2; exit 1; }
    echo "spaCy $s: $(tail -1 "$TMP/peer-$s.err")" >&2
  fi
  g="$gold"; o="$EVAL/ours-$s.json"; p="$peer"
  if drops_norp "$s"; then
    drop_norp "$gold" "$TMP/gold-$s.json"; g="$TMP/gold-$s.json"
    drop_norp "$o" "$TMP/ours-$s.json"; o="$TMP/ours-$s.json"
    [ -s "$peer" ] && { drop_norp "$peer" "$TMP/peer-$s.json"; p="$TMP/peer-$s.json"; }
  fi
  read -r of op or_ < <(score "$g" "$o")
  ours="$of ($op/$or_)"
  if [ -s "$peer" ]; then read -r pf pp pr < <(score "$g" "$p"); peerc="$pf ($pp/$pr)"; [ "$OURS_ONLY" = 1 ] && peerc="$peerc cached"; else peerc="-"; fi
  ROWS+=("$s|$n|$ours|$peerc")
  if [ "$DETAILS" = "$s" ]; then
    echo "=== details: ours on $s ==="; python3 "$SCORER" "$g" "$o" --details; echo
  fi
done

printf '%-9s %8s  %-24s %-24s\n' set articles "ours F1 (P/R)" "spaCy F1 (P/R)"
for r in "${ROWS[@]}"; do
  IFS='|' read -r a b c d <<<"$r"
  printf '%-9s %8s  %-24s %-24s\n' "$a" "$b" "$c" "$d"
done
echo "(gum-news, pud: NORP dropped from gold and predictions; predictions kept in $EVAL/ours-*.json, peer-*.json)"
