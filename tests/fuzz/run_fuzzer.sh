#!/usr/bin/env bash
# Runs one libFuzzer binary for a bounded time (the fuzz.run.* tests; `./dev fuzz`).
# usage: run_fuzzer.sh FUZZER WORKDIR [--dict FILE] [--generate SCRIPT] [SEED_FOLDER...]
#
# WORKDIR/seeds is made afresh each run: the seed folders' files, what SCRIPT writes (it is
# called with the folder) and the fuzzer's regressions (tests/fuzz/regressions/NAME, .hex
# files decoded). WORKDIR/corpus keeps what the fuzzer learnt between runs; a crash is saved
# in WORKDIR/artifacts. The time is REELFORGE_FUZZ_SECONDS, else REELFORGE_FUZZ_DEFAULT_SECONDS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fuzzer="$1"
work="$2"
shift 2
name="$(basename "$fuzzer")"
name="${name#fuzz_}"
dict=()
generators=()
folders=("$here/regressions/$name")
while [ $# -gt 0 ]; do
  case "$1" in
    --dict) dict=("-dict=$2"); shift 2 ;;
    --generate) generators+=("$2"); shift 2 ;;
    *) folders+=("$1"); shift ;;
  esac
done
seconds="${REELFORGE_FUZZ_SECONDS:-${REELFORGE_FUZZ_DEFAULT_SECONDS:-30}}"

rm -rf "$work/seeds"
mkdir -p "$work/seeds" "$work/corpus" "$work/artifacts"
for folder in "${folders[@]}"; do
  [ -d "$folder" ] || continue
  for file in "$folder"/*; do
    [ -f "$file" ] || continue
    case "$file" in
      *.hex) grep -v '^#' "$file" | xxd -r -p >"$work/seeds/$(basename "$file" .hex)" ;;
      *) cp "$file" "$work/seeds/" ;;
    esac
  done
done
for generator in "${generators[@]}"; do
  "$generator" "$work/seeds"
done

echo "fuzzing $name for ${seconds}s (corpus: $work/corpus)"
# -timeout: an input that takes this long is a finding (a hang on import is a bug too).
if "$fuzzer" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=4096 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "${dict[@]}" "$work/corpus" "$work/seeds"; then
  exit 0
fi
cat >&2 <<MSG

$name found a problem; the input is in $work/artifacts/.
Reproduce it without libFuzzer: tests/fuzz/replay_$name ARTIFACT (in a build folder).
Keep it as a regression test once fixed: tests/fuzz/keep_regression.sh $name ARTIFACT CASE_NAME
MSG
exit 1
