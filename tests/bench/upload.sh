#!/usr/bin/env bash
# Upload figures (docs/benchmarks.md, "Publishing"): a 1 GB file to the local tus server
# (tests/servers/tus_server.mjs on 127.0.0.1), by curl and by reelforge-cli in the same run.
# Prints our throughput as a ratio of curl's (goal >= 0.80) and our peak memory (goal < 150 MB).
#   tests/bench/upload.sh [BUILD_DIR]    (BENCH_UPLOAD_MB=1000 by default)
set -euo pipefail
BUILD_DIR="$(cd "${1:-build}" && pwd)"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export REELFORGE_TEST_SERVERS="${REELFORGE_TEST_SERVERS:-$BUILD_DIR/test-servers}"
MB="${BENCH_UPLOAD_MB:-1000}"
WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/store"
node "$HERE/../servers/tus_server.mjs" --dir "$WORK/store" > "$WORK/server.out" &
SERVER_PID=$!
for _ in $(seq 1 100); do grep -q ready "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done
PORT="$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$WORK/server.out" | head -1)"
ENDPOINT="http://127.0.0.1:$PORT/files/"

head -c "$((MB * 1000 * 1000))" /dev/urandom > "$WORK/big.bin"
SIZE="$(stat -c %s "$WORK/big.bin")"
SHA="$(sha256sum "$WORK/big.bin" | cut -d' ' -f1)"

now() { date +%s.%N; }

curl_once() {  # curl creates the upload and streams the file in one PATCH (-T reads as it sends)
  local location
  location="$(curl -s -i -X POST -H 'Tus-Resumable: 1.0.0' -H "Upload-Length: $SIZE" -H 'Content-Length: 0' "$ENDPOINT" \
    | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')"
  local a b
  a="$(now)"
  curl -s -o /dev/null -X PATCH -H 'Tus-Resumable: 1.0.0' -H 'Upload-Offset: 0' \
    -H 'Content-Type: application/offset+octet-stream' -T "$WORK/big.bin" "$location"
  b="$(now)"
  rm -f "$WORK"/store/*
  echo "$a $b"
}

ours_once() {  # the CLI as a creator runs it (default chunking), peak memory from GNU time
  rm -rf "$WORK/lib"
  local a b
  a="$(now)"
  /usr/bin/time -f '%M' -o "$WORK/rss" "$BUILD_DIR/bin/reelforge-cli" --library "$WORK/lib" --json publish "$WORK/big.bin" \
    --target tus --endpoint "$ENDPOINT" > "$WORK/out.json" 2> "$WORK/err.log"
  b="$(now)"
  local uploaded got
  uploaded="$(ls "$WORK/store" | grep -v '\.json$' | head -1)"
  got="$(sha256sum "$WORK/store/$uploaded" | cut -d' ' -f1)"
  [ "$got" = "$SHA" ] || { echo "upload corrupted: $got != $SHA" >&2; exit 1; }
  rm -f "$WORK"/store/*
  echo "$a $b"
}

# Alternate the two, twice, and keep each one's best: the page cache and the server warm up.
read -r c1a c1b < <(curl_once)
read -r o1a o1b < <(ours_once)
rss1="$(cat "$WORK/rss")"
read -r c2a c2b < <(curl_once)
read -r o2a o2b < <(ours_once)
rss2="$(cat "$WORK/rss")"
best() { awk -v x="$1" -v y="$2" -v u="$3" -v v="$4" 'BEGIN { d1 = y - x; d2 = v - u; print (d1 < d2 ? d1 : d2) }'; }
CURL_S="$(best "$c1a" "$c1b" "$c2a" "$c2b")"
OURS_S="$(best "$o1a" "$o1b" "$o2a" "$o2b")"
RSS="$(( rss1 > rss2 ? rss1 : rss2 ))"

awk -v mb="$MB" -v cs="$CURL_S" -v os="$OURS_S" -v rss="$RSS" 'BEGIN {
  curl = mb / cs; ours = mb / os;
  printf "upload %d MB to local tus: curl %.0f MB/s, reelforge %.0f MB/s, ratio %.2f (goal >= 0.80)\n", mb, curl, ours, ours / curl;
  printf "reelforge peak memory: %.0f MB (goal < 150 MB)\n", rss / 1024;
}'
