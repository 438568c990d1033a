#!/usr/bin/env bash
# What the import checks (still image, completeness) add to a probe (docs/benchmarks.md,
# "Import checks"): a 1080p30 minute of H.264 + AAC, two ways of writing it.
set -euo pipefail
BUILD_DIR="${1:-build}"
"$BUILD_DIR/tests/bench_import_checks" --seconds "${BENCH_SECONDS:-60}" --size "${BENCH_SIZE:-1920x1080}"
