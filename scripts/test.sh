#!/usr/bin/env bash
# Newcomer command 2 (and CI's): install, build, run every test (with a real kube-apiserver as a
# peer); then the backend tests again in an ASan/UBSan build without Qt Widgets (which also proves
# backend/ never needs Widgets); then the fuzz targets.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

scripts/apiserver.sh  # a real kube-apiserver for tests/apiserver (cached after the first build)
scripts/setup.sh build
(cd build && ctest --output-on-failure -j2 --timeout 300)

scripts/setup.sh build-asan -DDROVER_GUI=OFF -DDROVER_SANITIZE=ON -DDROVER_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=Debug
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j2 --timeout 600)

# Every parser of outside input under libFuzzer (clang, ASan+UBSan), a fixed number of runs per
# target over its corpus (tests/fuzz/corpus); bench/fuzz/run.sh SECONDS runs them longer.
CC=clang CXX=clang++ scripts/setup.sh build-fuzz -DDROVER_FUZZ=ON -DDROVER_GUI=OFF -DDROVER_BENCH=OFF
(cd build-fuzz && ctest --output-on-failure -j2 -L fuzz)
