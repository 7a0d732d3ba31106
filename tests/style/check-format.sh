#!/usr/bin/env bash
# The lines changed since the commit named in .clang-format-since are as clang-format (Debian's
# clang-format-14, the repository's .clang-format) writes them. Older code is left as it is:
# reformatting it all would bury its history under one commit of whitespace.
#   tests/style/check-format.sh            check (exit 1 with the diff when a line is off)
#   tests/style/check-format.sh --fix      format those lines in the work tree (staged or not)
set -euo pipefail
cd "$(dirname "$0")/../.."
since=$(tr -d '[:space:]' < .clang-format-since)
if ! git rev-parse -q --verify "$since^{commit}" >/dev/null 2>&1; then
  echo "format: $since is not in this checkout's history (a tarball?); nothing to compare with"
  exit 77
fi
dirs=(app backend bench models tests ui)
if [ "${1:-}" = "--fix" ]; then
  git clang-format-14 --force --binary clang-format-14 --extensions cpp,h "$since" -- "${dirs[@]}"
  exit 0
fi
out=$(git clang-format-14 --binary clang-format-14 --diff --extensions cpp,h "$since" -- "${dirs[@]}")
case "$out" in
  "no modified files to format"*|"clang-format did not modify any files"*|"") echo "format: lines changed since ${since:0:12} are formatted"; exit 0 ;;
esac
echo "$out"
echo "format: the lines above changed since ${since:0:12} and are not as clang-format writes them; tests/style/check-format.sh --fix formats them"
exit 1
