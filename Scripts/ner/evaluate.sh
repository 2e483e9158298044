#!/bin/sh
# Evaluates the bundled entity model: held-out span P/R/F1 per type, the seed articles with
# score_ner.py, and recognition speed on one core.
# Usage: Scripts/ner/evaluate.sh [--details]
set -eu
cd "$(dirname "$0")/../.."
DATA="${NER_DATA:-/work/ner-build/data}"
SEEDS="${SEEDS:-/work/shared/corpus/seeds}"
EVAL="${EVAL:-/work/shared/eval}"
swift build -c release --scratch-path .build-ner --product ner-train
BIN=.build-ner/release/ner-train
for f in "$DATA"/heldout/*.tsv "$DATA"/dev/*.tsv; do
    [ -f "$f" ] && "$BIN" eval --data "$f"
done
PRED="$(mktemp)"
"$BIN" predict-json "$SEEDS" > "$PRED"
python3 "$EVAL/score_ner.py" "$EVAL/seeds-entities.json" "$PRED" "$@"
rm -f "$PRED"
"$BIN" bench --data "$SEEDS"
