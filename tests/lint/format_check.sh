#!/usr/bin/env bash
# Every C++ source file in git is formatted as .clang-format says. Names the files that are
# not (with the first differences) and fails; `./dev fmt` fixes them.
set -euo pipefail
ROOT="$1"
cd "$ROOT"
if ! command -v clang-format >/dev/null; then
  echo "clang-format is missing (./dev deps test installs it)" >&2
  exit 1
fi
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git checkout: nothing to check" >&2
  exit 77
fi
count="$(git ls-files '*.cpp' '*.h' | wc -l)"
# One clang-format for all files; each difference is reported as "FILE:LINE:COL: error: ...".
if report="$(git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror 2>&1)"; then
  echo "all $count C++ files formatted"
  exit 0
fi
echo "not formatted (run ./dev fmt):" >&2
grep -oE '^[^:]+\.(cpp|h):[0-9]+:[0-9]+: error' <<<"$report" | cut -d: -f1 | sort -u | while read -r file; do
  echo "  $file" >&2
  clang-format "$file" | diff -u "$file" - | head -20 >&2 || true
done
exit 1
