#!/usr/bin/env bash
# Newcomer command 1: install, build, and open the console on the embedded demo cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --demo build
exec build/app/drover --demo "$@"
