#!/usr/bin/env bash
# Keeps an input a fuzzer found as a regression case of its target:
# tests/fuzz/regressions/TARGET/CASE_NAME(.hex). Text inputs are kept as they are; anything
# else as hexadecimal text (a binary file has no place in git), under a comment line saying
# where it came from. usage: keep_regression.sh TARGET INPUT CASE_NAME [COMMENT]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$1"
input="$2"
case_name="$3"
comment="${4:-found by fuzz_$target}"
dest="$here/regressions/$target"
mkdir -p "$dest"
if [ "$(stat -c %s "$input")" -gt 8192 ]; then
  echo "$input is over 8 KiB: minimise it first (fuzz_$target -minimize_crash=1 -runs=10000 $input)" >&2
  exit 1
fi
if LC_ALL=C grep -qP '[^\x09\x0a\x0d\x20-\x7e]' "$input"; then
  { printf '# %s\n' "$comment"; xxd -p "$input"; } >"$dest/$case_name.hex"
  echo "kept as $dest/$case_name.hex"
else
  cp "$input" "$dest/$case_name"
  echo "kept as $dest/$case_name"
fi
