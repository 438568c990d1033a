#!/usr/bin/env bash
# The .deb made from this build tree, installed with apt into a clean Debian root and used
# there: `reelforge-cli --version`, `probe` and `analyze` (faces and speech, whose models come
# from packages the .deb depends on) on a clip made here, and the studio started offscreen
# until --quit-after closes it. Before that, the package itself: stripped executables, debug
# information in the -dbgsym package under the executables' build ids, man pages, Depends.
#
#   tests/package/deb_install_test.sh BUILD_DIR
#
# Needs root (chroot, mounts), mmdebstrap, ffmpeg, opencv-doc (a photo with a face) and the
# Debian mirror this machine uses. The clean root (mmdebstrap --variant=minbase) and the .debs
# apt downloads are kept in BUILD_DIR/package-root; every run installs into a fresh overlay on
# that root, so nothing of an earlier run is left. Whatever happens, nothing stays mounted.
set -euo pipefail

BUILD_DIR="$(cd "${1:?usage: deb_install_test.sh BUILD_DIR}" && pwd)"
CACHE="$BUILD_DIR/package-root"
BASE="$CACHE/base"
RUN="$CACHE/run" # a tmpfs while the test runs: gone, and nothing to delete, when it is unmounted
ROOT="$RUN/root"
LOGS="$CACHE/logs"
PHOTO=/usr/share/doc/opencv-doc/examples/data/messi5.jpg

T0=$SECONDS
step() { printf '[%4ds] %s\n' "$((SECONDS - T0))" "$*"; }
fail() {
  printf 'FAIL: %s\n' "$*" >&2
  exit 1
}
# Prints the end of a log after a failure.
show() { awk '{ print "    | " $0 }' "$1" | tail -n "${2:-40}" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then exec sudo -n bash "$0" "$@"; fi
  echo "SKIP: installing into a chroot needs root (or sudo without a password)" >&2
  exit 77
fi
# Everything this test mounts lives in a mount namespace of its own: the mounts go with its
# processes, even when a timeout kills them before the cleanup below runs.
if [ -z "${REELFORGE_PACKAGE_TEST_NS:-}" ] && unshare --mount --propagation private true 2>/dev/null; then
  REELFORGE_PACKAGE_TEST_NS=1 exec unshare --mount --propagation private bash "$0" "$@"
fi
for tool in mmdebstrap cpack dpkg-deb dpkg-shlibdeps ffmpeg file readelf flock; do
  command -v "$tool" >/dev/null || fail "$tool is missing (./dev deps test installs it)"
done
[ -f "$PHOTO" ] || fail "$PHOTO is missing (package opencv-doc; ./dev deps test installs it)"
# shellcheck disable=SC1091
SUITE="$(. /etc/os-release && [ "${ID:-}" = debian ] && echo "${VERSION_CODENAME:-}")" || true
[ -n "$SUITE" ] || fail "the package is built for Debian, and this is not Debian"

mkdir -p "$CACHE"
exec 9>"$CACHE/lock"
flock 9 # one run per build tree at a time

mounts_in_cache() { findmnt -rn -o TARGET | grep -F "$CACHE/" || true; }
# Everything mounted under the cache, deepest first, including what an interrupted mmdebstrap
# or an earlier run killed by a timeout left; processes still running in the root go first.
unmount_all() {
  local pid m
  for pid in /proc/[0-9]*; do
    case "$(readlink "$pid/root" 2>/dev/null)" in
      "$ROOT" | "$ROOT"/*) kill -9 "${pid#/proc/}" 2>/dev/null || true ;;
    esac
  done
  for m in $(mounts_in_cache | sort -r); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
  [ -z "$(mounts_in_cache)" ]
}
finish() {
  local rc=$?
  if ! unmount_all; then
    echo "FAIL: could not unmount everything under $CACHE" >&2
    rc=1
  fi
  step "done (exit $rc)"
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM
unmount_all || fail "mounts left under $CACHE by an earlier run cannot be removed"
rm -rf --one-file-system "$RUN" "$LOGS"
mkdir -p "$RUN" "$LOGS"
mount -t tmpfs -o mode=755 tmpfs "$RUN" 2>/dev/null || step "no tmpfs here: the run uses $RUN on disk"

# 1. The package, made by cpack from this build tree.
step "cpack -G DEB"
OUT="$RUN/packages"
mkdir -p "$OUT"
cpack -G DEB --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT" >"$LOGS/cpack.log" 2>&1 || {
  show "$LOGS/cpack.log"
  fail "cpack failed"
}
rm -rf "$OUT/_CPack_Packages" # its staging copies
shopt -s nullglob
debs=("$OUT"/reelforge_*.deb)
ddebs=("$OUT"/reelforge-dbgsym_*.ddeb)
shopt -u nullglob
[ "${#debs[@]}" -eq 1 ] || fail "cpack made ${#debs[@]} reelforge_*.deb files, not one"
[ "${#ddebs[@]}" -eq 1 ] || fail "cpack made ${#ddebs[@]} reelforge-dbgsym_*.ddeb files, not one"
DEB="${debs[0]}"
DBGSYM="${ddebs[0]}"
PKG_VERSION="$(dpkg-deb -f "$DEB" Version)"
step "$(basename "$DEB"): $(($(stat -c %s "$DEB") / 1024)) KiB, $(basename "$DBGSYM"): $(($(stat -c %s "$DBGSYM") / 1024)) KiB"
step "Depends: $(dpkg-deb -f "$DEB" Depends)"

# 2. What is inside, checked on this machine.
DEPENDS="$(dpkg-deb -f "$DEB" Depends)"
for dep in libqt6widgets6 libqt6multimedia6 libqt6sql6-sqlite libqt6svg6 libavformat libavfilter libopencv-objdetect \
  libebur128 libpocketsphinx libqt6keychain1 libsecret-1-0 opencv-data pocketsphinx-en-us; do
  grep -q "\b$dep" <<<"$DEPENDS" || fail "Depends lacks $dep"
done
[ "$(stat -c %s "$DEB")" -lt $((40 * 1024 * 1024)) ] || fail "the .deb is over 40 MiB: are the executables stripped?"
CONTENT="$RUN/content"
mkdir -p "$CONTENT"
dpkg-deb -x "$DEB" "$CONTENT"
DEBUG_FILES="$(dpkg-deb -c "$DBGSYM")"
for exe in reelforge reelforge-cli; do
  bin="$CONTENT/usr/bin/$exe"
  [ -x "$bin" ] || fail "the .deb has no /usr/bin/$exe"
  [[ "$(file -b "$bin")" == *", stripped"* ]] || fail "/usr/bin/$exe is not stripped"
  id="$(LC_ALL=C readelf -n "$bin" | sed -n 's/.*Build ID: *//p')"
  [ -n "$id" ] || fail "/usr/bin/$exe has no build id"
  grep -q "/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug" <<<"$DEBUG_FILES" ||
    fail "the -dbgsym package has no debug information for /usr/bin/$exe (build id $id)"
  [ -s "$CONTENT/usr/share/man/man1/$exe.1.gz" ] || fail "the .deb has no man page for $exe"
  gzip -t "$CONTENT/usr/share/man/man1/$exe.1.gz" || fail "the $exe man page is not gzip"
done

# 3. A clean root: minbase from the mirror and suites this machine uses (its own sources file
# when it has one), made once and kept while they stay the same.
SOURCES=/etc/apt/sources.list.d/debian.sources
if [ ! -f "$SOURCES" ]; then
  SOURCES="$CACHE/debian.sources"
  mirror="$(sed -n "s|^deb \(\[[^]]*\] \)\?\([^ ]*\) $SUITE .*|\2|p" /etc/apt/sources.list 2>/dev/null | head -n 1)"
  printf 'Types: deb\nURIs: %s\nSuites: %s %s-updates\nComponents: main\nSigned-By: %s\n\n' \
    "${mirror:-http://deb.debian.org/debian}" "$SUITE" "$SUITE" \
    /usr/share/keyrings/debian-archive-keyring.gpg >"$SOURCES"
  printf 'Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: %s-security\nComponents: main\nSigned-By: %s\n' \
    "$SUITE" /usr/share/keyrings/debian-archive-keyring.gpg >>"$SOURCES"
fi
STAMP="$(printf 'minbase %s\n' "$SUITE" | cat - "$SOURCES" | sha256sum | cut -c1-16)"
if [ "$(cat "$BASE/.reelforge-stamp" 2>/dev/null)" != "$STAMP" ]; then
  step "mmdebstrap --variant=minbase $SUITE (kept in $BASE)"
  rm -rf --one-file-system "$BASE" "$BASE.new"
  mmdebstrap --mode=root --variant=minbase --quiet --aptopt='Acquire::Retries "3"' "$SUITE" "$BASE.new" "$SOURCES" >"$CACHE/mmdebstrap.log" 2>&1 || {
    show "$CACHE/mmdebstrap.log"
    fail "mmdebstrap failed"
  }
  echo "$STAMP" >"$BASE.new/.reelforge-stamp"
  mv "$BASE.new" "$BASE"
else
  step "clean root kept from an earlier run"
fi

# 4. A fresh root for this run: an overlay on the clean one (a copy where overlayfs is missing).
mkdir -p "$RUN/upper" "$RUN/work" "$ROOT" "$CACHE/archives/partial"
if ! mount -t overlay overlay -o "lowerdir=$BASE,upperdir=$RUN/upper,workdir=$RUN/work" "$ROOT" 2>/dev/null; then
  step "no overlayfs here: copying the clean root"
  cp -a "$BASE/." "$ROOT/"
fi
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mount --bind "$CACHE/archives" "$ROOT/var/cache/apt/archives" # downloads are kept between runs
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d" # no services start in the root
chmod 755 "$ROOT/usr/sbin/policy-rc.d"
mkdir -p "$ROOT/srv/check"
cp "$DEB" "$ROOT/srv/check/"
chmod -R a+rX "$ROOT/srv/check"

# Runs a command in the root with a clean environment (nothing of this test's leaks in).
in_root() {
  chroot "$ROOT" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

step "apt-get update"
in_root apt-get update -q -o Acquire::Retries=3 >"$LOGS/apt-update.log" 2>&1 || {
  show "$LOGS/apt-update.log"
  fail "apt-get update failed in the root"
}
step "apt-get install ./$(basename "$DEB") (Depends only, no Recommends)"
in_root apt-get install -y -q --no-install-recommends -o Acquire::Retries=3 \
  -o Dpkg::Options::=--force-unsafe-io "/srv/check/$(basename "$DEB")" >"$LOGS/apt-install.log" 2>&1 || {
  show "$LOGS/apt-install.log"
  fail "the package does not install into a clean $SUITE root"
}
grep -E 'newly installed|Need to get' "$LOGS/apt-install.log" | sed 's/^/        /' || true

# 5. The programs, in the root.
step "reelforge-cli --version"
got="$(in_root reelforge-cli --version 2>&1)" || fail "reelforge-cli --version failed: $got"
[ "$got" = "reelforge-cli $PKG_VERSION" ] || fail "reelforge-cli --version printed '$got', not 'reelforge-cli $PKG_VERSION'"

# A clip made here (ffmpeg is not a dependency): OpenCV's sample photo of a face, with a tone.
ffmpeg -v error -y -loop 1 -i "$PHOTO" -f lavfi -i "sine=frequency=440:sample_rate=48000" -t 2 -r 25 \
  -vf format=yuv420p -c:v libx264 -preset ultrafast -c:a aac -shortest "$ROOT/srv/check/face.mp4" ||
  fail "ffmpeg could not make the test clip"

step "reelforge-cli probe"
in_root reelforge-cli --library /srv/check/library probe /srv/check/face.mp4 --json >"$LOGS/probe.json" 2>"$LOGS/probe.err" || {
  show "$LOGS/probe.err"
  fail "reelforge-cli probe failed in the root"
}
for want in '"codec": "h264"' '"width": 548' '"height": 342' '"codec": "aac"' '"sampleRate": 48000'; do
  grep -qF "$want" "$LOGS/probe.json" || {
    show "$LOGS/probe.json"
    fail "probe shows no $want"
  }
done

step "reelforge-cli analyze --only faces,speech"
in_root reelforge-cli --library /srv/check/library analyze /srv/check/face.mp4 --only faces,speech --json \
  >"$LOGS/analyze.json" 2>"$LOGS/analyze.err" || {
  show "$LOGS/analyze.err"
  fail "reelforge-cli analyze failed in the root"
}
# A missing model is an issue (analyzer-unavailable), not an error: the analysis goes on.
if grep -qF '"analyzer-' "$LOGS/analyze.json"; then
  grep -A2 '"code": "analyzer-' "$LOGS/analyze.json" >&2
  fail "an analyzer could not run in the root (is its model installed?)"
fi
grep -qF '"transcript"' "$LOGS/analyze.json" || fail "analyze made no transcript"
grep -qF '"w":' "$LOGS/analyze.json" || fail "analyze found no face on the photo"

# The studio, offscreen: it must reach its event loop, load its Qt plugins from the installed
# packages and close cleanly when --quit-after closes the window.
step "reelforge --quit-after 3 (offscreen)"
rc=0
in_root QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 timeout -k 5 60 \
  reelforge --library /srv/check/studio --quit-after 3 >"$LOGS/studio.log" 2>&1 || rc=$?
if [ "$rc" -ne 0 ]; then
  show "$LOGS/studio.log"
  [ "$rc" -ne 124 ] || fail "the studio did not close within 60 s of starting (a dialog, or a hang)"
  fail "the studio exited with status $rc"
fi
for plugin in libqoffscreen.so libqsqlite.so libqsvgicon.so libffmpegmediaplugin.so; do
  grep -qF "/$plugin\" loaded library" "$LOGS/studio.log" || {
    show "$LOGS/studio.log" 80
    fail "the studio did not load the Qt plugin $plugin"
  }
done
[ -s "$ROOT/srv/check/studio/library.db" ] || fail "the studio made no library database"
step "installed and started in a clean $SUITE root"
