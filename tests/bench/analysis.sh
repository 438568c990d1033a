#!/usr/bin/env bash
# Analysis figures (docs/benchmarks.md, "Analysis"): one-pass analysis vs decode-only and vs
# ffmpeg's scdet + silencedetect + ebur128, speech realtime factor, peak memory.
set -euo pipefail
BUILD_DIR="${1:-build}"
"$BUILD_DIR/tests/bench_analysis" --seconds "${BENCH_SECONDS:-60}" --size "${BENCH_SIZE:-1920x1080}" \
  --speech-seconds "${BENCH_SPEECH_SECONDS:-60}"
