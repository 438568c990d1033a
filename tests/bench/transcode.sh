#!/usr/bin/env bash
# Transcode figures (docs/benchmarks.md, "Transcode"):
#  1. a 1080p30 60 s clip through `youtube-1080p`: ReelForge vs the ffmpeg CLI running
#     ReelForge's own --print-ffmpeg command; wall time ratio and peak memory. The clip is
#     MPEG-4 Part 2 so that the preset has to decode, scale-check and encode every frame
#     (an H.264 source within the preset's limits would only be stream-copied). Each side
#     runs three times, alternating, and the best run of each is compared;
#  2. a queue of 20 short jobs in one `process` call vs the sum of the same jobs run alone.
set -euo pipefail
BUILD_DIR="$(cd "${1:-build}" && pwd)"
CLI="$BUILD_DIR/bin/reelforge-cli"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config"
SECONDS_LONG="${BENCH_SECONDS:-60}"

measure() {  # measure NAME CMD... -> prints "wall_s peak_kb"
  local name="$1"; shift
  /usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" >/dev/null 2>"$WORK/$name.err" || { cat "$WORK/$name.err"; exit 1; }
  cat "$WORK/$name.time"
}

echo "generating a 1080p30 ${SECONDS_LONG} s clip..."
ffmpeg -v error -f lavfi -i "testsrc2=size=1920x1080:rate=30" -f lavfi -i "sine=frequency=440:sample_rate=48000" \
  -t "$SECONDS_LONG" -c:v mpeg4 -q:v 3 -pix_fmt yuv420p -c:a aac -b:a 192k "$WORK/clip.mp4"

cmd="$("$CLI" --library "$WORK/lib-print" process "$WORK/clip.mp4" --preset youtube-1080p --out "$WORK/ref" --print-ffmpeg)"
ours_s=""; ref_s=""
for run in 1 2 3; do
  rm -rf "$WORK/ours" "$WORK/ref" "$WORK/lib"; mkdir -p "$WORK/ref"
  read -r s kb < <(measure ours "$CLI" --library "$WORK/lib" process "$WORK/clip.mp4" --preset youtube-1080p --out "$WORK/ours" --json)
  if [ -z "$ours_s" ] || awk -v a="$s" -v b="$ours_s" 'BEGIN { exit !(a < b) }'; then ours_s="$s"; ours_kb="$kb"; fi
  read -r s kb < <(measure ref sh -c "$cmd -y -loglevel error")
  if [ -z "$ref_s" ] || awk -v a="$s" -v b="$ref_s" 'BEGIN { exit !(a < b) }'; then ref_s="$s"; ref_kb="$kb"; fi
done
echo "youtube-1080p, 1080p30 ${SECONDS_LONG} s:"
echo "  ReelForge   ${ours_s} s, peak ${ours_kb} KB"
echo "  ffmpeg CLI  ${ref_s} s, peak ${ref_kb} KB   ($cmd)"
awk -v a="$ours_s" -v b="$ref_s" -v m="$ours_kb" -v n="$ref_kb" \
  'BEGIN { printf "  wall time ratio %.3f (target <= 1.05); peak memory difference %+.1f MB (target <= +50 MB)\n", a/b, (m-n)/1024 }'

echo "queue of 20 short jobs:"
for i in $(seq -w 1 20); do
  ffmpeg -v error -f lavfi -i "testsrc2=size=640x360:rate=30" -f lavfi -i "sine=frequency=${i}00" -t 3 \
    -c:v libx264 -preset veryfast -pix_fmt yuv420p -c:a aac "$WORK/short$i.mp4"
done
sum=0
for i in $(seq -w 1 20); do
  read -r s _ < <(measure "single$i" "$CLI" --library "$WORK/lib-single" process "$WORK/short$i.mp4" --preset web-small-720p --out "$WORK/single")
  sum=$(awk -v a="$sum" -v b="$s" 'BEGIN { print a + b }')
done
read -r queued _ < <(measure queued "$CLI" --library "$WORK/lib-queue" process "$WORK"/short*.mp4 --preset web-small-720p --out "$WORK/queued")
awk -v q="$queued" -v s="$sum" 'BEGIN { printf "  20 jobs in one queue %.2f s, sum of single runs %.2f s, ratio %.3f (target <= 1.1)\n", q, s, q/s }'
