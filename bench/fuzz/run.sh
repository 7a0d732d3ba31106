#!/bin/bash
# bench/fuzz/run.sh SECONDS [TARGET...]: runs each libFuzzer target (tests/fuzz; all of them when
# none is named, e.g. `kubeconfig rfb`) for SECONDS, one at a time, from a copy of its corpus,
# and prints per target the executions, the coverage libFuzzer reached (cov: edges, ft: features,
# from its final status line) and the crashes; then one line
#   RESULT targets=N total_execs=E crashes=C
# Needs the fuzz build (cmake/Fuzz.cmake) in $BUILD_DIR (default build-fuzz). With FUZZ_LOCK set
# to a lock file (e.g. /tmp/drover-build.lock), each target runs under flock on it. New corpus
# inputs, logs and crash artifacts stay in a scratch directory, named at the end; the checked-in
# corpus is not changed (a crash worth keeping goes to tests/fuzz/corpus/<target>/crash-<what>).
set -u
secs=${1:?usage: bench/fuzz/run.sh SECONDS [TARGET...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-fuzz}
bin=$build/tests/fuzz
[[ -d $bin ]] || { echo "no fuzz build in $build (cmake -DDROVER_FUZZ=ON, see cmake/Fuzz.cmake)" >&2; exit 2; }
targets=("$@")
if ((${#targets[@]} == 0)); then
    for f in "$bin"/fuzz_*; do
        [[ -x $f && -f $f ]] && targets+=("${f##*/fuzz_}")
    done
fi
work=$(mktemp -d /tmp/drover-fuzz.XXXXXX)
total_execs=0 total_crashes=0 n=0
for t in "${targets[@]}"; do
    exe=$bin/fuzz_$t
    [[ -x $exe ]] || { echo "$t: no such target ($exe)" >&2; exit 2; }
    mkdir -p "$work/$t/artifacts"
    cp -r "$root/tests/fuzz/corpus/$t" "$work/$t/corpus"
    args=(-max_total_time="$secs" -print_final_stats=1 -timeout=20 -artifact_prefix="$work/$t/artifacts/")
    [[ -f $root/tests/fuzz/dict/$t.dict ]] && args+=(-dict="$root/tests/fuzz/dict/$t.dict")
    if [[ -n ${FUZZ_LOCK:-} ]]; then
        flock -o "$FUZZ_LOCK" "$exe" "${args[@]}" "$work/$t/corpus" >"$work/$t/log" 2>&1
    else
        "$exe" "${args[@]}" "$work/$t/corpus" >"$work/$t/log" 2>&1
    fi
    execs=$(awk '/stat::number_of_executed_units:/ {print $2}' "$work/$t/log" | tail -1)
    status=$(grep -E '^#[0-9]+[[:space:]]' "$work/$t/log" | grep -E 'cov: ' | tail -1)
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$status")
    ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$status")
    crashes=$(find "$work/$t/artifacts" -type f | wc -l)
    printf '%-16s execs=%-9s cov=%-6s ft=%-6s crashes=%s\n' "$t" "${execs:-0}" "${cov:-?}" "${ft:-?}" "$crashes"
    for a in "$work/$t/artifacts"/*; do
        [[ -f $a ]] && echo "  $(grep -m1 -E 'ERROR: |runtime error|qFatal|did not' "$work/$t/log" | sed 's/^==[0-9]*==//') -> $a"
    done
    total_execs=$((total_execs + ${execs:-0}))
    total_crashes=$((total_crashes + crashes))
    n=$((n + 1))
done
echo "scratch: $work"
echo "RESULT targets=$n total_execs=$total_execs crashes=$total_crashes"
