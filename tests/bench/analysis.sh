#!/usr/bin/env bash
# Analysis figures (docs/benchmarks.md, "Analysis"): one-pass analysis vs decode-only and vs
# ffmpeg's scdet + silencedetect + ebur128, speech realtime factor, peak memory.
# BENCH_LONG_MINUTES=60 adds every analyzer on a 60-minute file (BENCH_LONG_SIZE, default
# 640x360) for the peak-memory figure; BENCH_LONG_ONLY=1 runs only that. BENCH_WORKDIR keeps
# the generated clips between runs.
set -euo pipefail
BUILD_DIR="${1:-build}"
"$BUILD_DIR/tests/bench_analysis" --seconds "${BENCH_SECONDS:-60}" --size "${BENCH_SIZE:-1920x1080}" \
  --speech-seconds "${BENCH_SPEECH_SECONDS:-60}" \
  ${BENCH_WORKDIR:+--workdir "$BENCH_WORKDIR"} \
  ${BENCH_LONG_MINUTES:+--long-minutes "$BENCH_LONG_MINUTES" --long-size "${BENCH_LONG_SIZE:-640x360}"} \
  ${BENCH_LONG_ONLY:+--long-only}
