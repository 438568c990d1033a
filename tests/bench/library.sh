#!/usr/bin/env bash
# Import and listing figures (docs/benchmarks.md, "Library").
set -euo pipefail
BUILD_DIR="${1:-build}"
"$BUILD_DIR/tests/bench_library" --files "${BENCH_FILES:-500}" --assets "${BENCH_ASSETS:-10000}"
"$BUILD_DIR/tests/bench_library_view" --assets "${BENCH_ASSETS:-10000}"
