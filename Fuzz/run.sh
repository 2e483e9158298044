#!/usr/bin/env bash
# Builds a libFuzzer target with AddressSanitizer and fuzzes a copy of its seed corpus.
#   Fuzz/run.sh TARGET SECONDS        fuzz for that many seconds
#   Fuzz/run.sh TARGET -runs=N        fuzz for N executions
# Extra libFuzzer flags may follow (e.g. -jobs=2 -workers=2); FUZZ_KEEP=DIR keeps the working corpus in
# DIR across runs. Exits non-zero on a crash, a sanitizer report, a leak or a timeout; the input that
# caused it is kept under Fuzz/artifacts/TARGET/.
# FUZZ_CONFIG=debug builds without optimisation (clearer stack traces, about 10x slower).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -lt 2 ]; then
  echo "usage: Fuzz/run.sh TARGET SECONDS|-runs=N [libFuzzer flags…]" >&2
  exit 2
fi
target=$1
limit=$2
shift 2
case "$limit" in
  -runs=*) budget=("$limit") ;;
  *[!0-9]*|'') echo "run.sh: '$limit' is neither SECONDS nor -runs=N" >&2; exit 2 ;;
  *) budget=("-max_total_time=$limit") ;;
esac

seeds="Fuzz/corpus/${target#fuzz-}"
[ -d "$seeds" ] || { echo "run.sh: no seed corpus at $seeds" >&2; exit 2; }
config=${FUZZ_CONFIG:-release}
scratch=.build-fuzz

echo "building $target ($config, fuzzer + address sanitizer)…"
start=$(date +%s)
# swiftc keeps only the last of several `-sanitize=` flags, so SwiftPM's `--sanitize=fuzzer
# --sanitize=address` alone yields a binary without coverage (release) or without ASan (debug); the
# combined flag passed last restores both. ld.gold warns about every ASan helper symbol it cannot
# export; those lines are noise.
set +e
swift build -c "$config" --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address \
  --scratch-path "$scratch" --product "$target" 2>&1 | grep -v "Cannot export local symbol"
built=${PIPESTATUS[0]}
set -e
binary="$scratch/$config/$target"
[ "$built" -eq 0 ] && [ -x "$binary" ] || { echo "run.sh: building $target failed" >&2; exit 1; }
echo "built in $(( $(date +%s) - start ))s"

# The bundled model and gazetteer; the resource bundle next to the binary would do too.
export PARALLAX_RESOURCES="$PWD/Sources/ParallaxCore/Resources"
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
# Short allocation stacks: recording full ones costs about a tenth of the run time.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=1:malloc_context_size=8"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# FUZZ_KEEP=DIR keeps the working corpus in DIR across runs, so that a long campaign can be run in parts
# that each go on from where the last stopped; otherwise it is a temporary copy of the seeds.
corpus="$work/corpus"
if [ -n "${FUZZ_KEEP:-}" ]; then
  corpus=$FUZZ_KEEP
  mkdir -p "$corpus"
  cp -R -n "$seeds/." "$corpus/"
else
  mkdir "$corpus"
  cp -R "$seeds/." "$corpus/"
fi
artifacts="Fuzz/artifacts/$target"
mkdir -p "$artifacts"
dict=()
[ -f "Fuzz/${target#fuzz-}.dict" ] && dict=("-dict=Fuzz/${target#fuzz-}.dict")

set +e
"$binary" "$corpus" "${dict[@]}" "${budget[@]}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$artifacts/" -print_final_stats=1 "$@" 2>&1 | tee "$work/log" \
  | grep -v -E '^#[0-9]+.*(NEW|REDUCE|pulse)'
status=${PIPESTATUS[0]}
set -e

runs=$(awk '/^stat::number_of_executed_units/ {s+=$2} END {print s+0}' "$work/log")
speed=$(awk '/^stat::average_exec_per_sec/ {s+=$2} END {print s+0}' "$work/log")
cov=$(grep -oE '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$work/log" | grep -oE 'cov: [0-9]+ ft: [0-9]+' | tail -1 || true)
echo "fuzz $target: $runs executions, $speed exec/s, ${cov:-cov: ?}, exit status $status"
if [ "$status" -ne 0 ] || grep -qE '^(==[0-9]+==ERROR|SUMMARY: |Test unit written)' "$work/log"; then
  echo "fuzz $target: FAILED — reproduce with: $binary $artifacts/<crash-file>" >&2
  exit 1
fi
