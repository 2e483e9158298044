#!/bin/sh
# Trains the entity recogniser's model (Sources/ParallaxCore/Resources/Entities/ner-model.bin).
# Usage: Scripts/ner/train.sh [extra ner-train options, e.g. --epochs 15]
# Runs Scripts/ner/prepare_data.py first when the training data is missing.
set -eu
cd "$(dirname "$0")/../.."
DATA="${NER_DATA:-/work/ner-build/data}"
if [ ! -d "$DATA/train" ]; then
    python3 Scripts/ner/prepare_data.py --out "$DATA"
fi
swift build -c release --scratch-path .build-ner --product ner-train
time .build-ner/release/ner-train train --data "$DATA" \
    --out Sources/ParallaxCore/Resources/Entities/ner-model.bin "$@"
