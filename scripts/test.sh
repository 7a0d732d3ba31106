#!/usr/bin/env bash
# Newcomer command 2 (and CI's): install, build, run every test; then the backend tests again
# in an ASan/UBSan build without Qt Widgets (which also proves backend/ never needs Widgets).
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen

scripts/setup.sh build
(cd build && ctest --output-on-failure -j2 --timeout 300)

scripts/setup.sh build-asan -DDROVER_GUI=OFF -DDROVER_SANITIZE=ON -DDROVER_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=Debug
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd build-asan && ctest --output-on-failure -j2 --timeout 600)
