#!/bin/sh
# ctest's fuzz tests: ctest-fuzz.sh TARGET CORPUS SCRATCH [libFuzzer flags]. Replays CORPUS, then
# mutates as the flags say; new inputs and crash artifacts go to SCRATCH (emptied first).
set -e
target=$1 corpus=$2 scratch=$3
shift 3
rm -rf "$scratch"
mkdir -p "$scratch/new"
exec "$target" -print_final_stats=1 -timeout=20 -artifact_prefix="$scratch/" "$@" "$scratch/new" "$corpus"
