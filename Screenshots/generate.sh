#!/usr/bin/env bash
# Regenerates the screenshots from the renderer (SVG, colours kept) at 120x35.
set -euo pipefail
cd "$(dirname "$0")/.."
unset NO_COLOR  # the pictures keep their colours
scratch="${SCRATCH:-.build}"
swift build --product parallax --scratch-path "$scratch"
bin="$scratch/debug/parallax"
$bin screenshot Corpus --no-cache --size 120x35 --format svg > Screenshots/library.svg
$bin screenshot Corpus --no-cache --size 120x35 --format svg --keys "j j Enter" > Screenshots/reader.svg
$bin screenshot Corpus --no-cache --size 120x35 --format svg --keys "c Tab j j j" > Screenshots/compare.svg
$bin screenshot Corpus --no-cache --size 120x35 --format svg --keys "?" > Screenshots/help.svg
$bin screenshot Corpus --no-cache --size 120x35 --format svg --keys "c i" > Screenshots/entities.svg
$bin screenshot Corpus --no-cache --size 120x35 --format svg --keys "j j Enter / c h i n e s e Enter n" > Screenshots/search.svg
$bin screenshot Corpus --no-cache --size 120x35 --format svg --keys "/ b l i n k e n" > Screenshots/filter.svg
$bin screenshot Corpus --no-cache --size 120x35 --format svg --keys ": s a n c t i o n s Space - o p i n i o n" > Screenshots/palette.svg
echo "wrote Screenshots/{library,reader,compare,help,entities,search,filter,palette}.svg"
