#!/usr/bin/env bash
# Writes the probe fuzzer's seed corpus into DIR: tiny clips of the containers and codecs
# creators import, made with the ffmpeg CLI from lavfi sources, so nothing binary is kept in
# git. Each seed is one byte, the index of its extension in fuzz_probe.cpp's kExtensions,
# followed by the file. Usage: media_seeds.sh DIR
set -euo pipefail

out="$1"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# add INDEX NAME: the seed NAME is the extension index, then the file $tmp/NAME.
add() {
  { printf "\\x$(printf %02x "$1")"; cat "$tmp/$2"; } >"$out/$2"
}

# seed INDEX NAME SECONDS FFMPEG_OUTPUT_ARGS... (input 0 is video, input 1 is audio)
seed() {
  local index="$1" name="$2" seconds="$3"
  shift 3
  ffmpeg -nostdin -v error -y \
    -f lavfi -i "testsrc2=size=64x48:rate=10:duration=$seconds" \
    -f lavfi -i "sine=frequency=440:sample_rate=22050:duration=$seconds" \
    "$@" "$tmp/$name"
  add "$index" "$name"
}

v=(-map 0:v)
a=(-map 1:a)
seed 0 h264-aac.mp4 0.4 "${v[@]}" "${a[@]}" -c:v libx264 -preset ultrafast -c:a aac -b:a 24k
# Two seconds and more: the thumbnail is picked from frames spread over the clip.
seed 0 h264-long.mp4 2.5 "${v[@]}" -r 4 -c:v libx264 -preset ultrafast -g 4
seed 1 hevc-opus.mkv 0.4 "${v[@]}" "${a[@]}" -c:v libx265 -preset ultrafast -x265-params log-level=none \
  -c:a libopus -b:a 16k
seed 2 vp9-opus.webm 0.4 "${v[@]}" "${a[@]}" -c:v libvpx-vp9 -deadline realtime -b:v 50k -c:a libopus -b:a 16k
seed 3 mpeg4-mp3.avi 0.4 "${v[@]}" "${a[@]}" -c:v mpeg4 -q:v 10 -c:a libmp3lame -b:a 32k
seed 4 mjpeg-pcm.mov 0.4 "${v[@]}" "${a[@]}" -c:v mjpeg -q:v 20 -c:a pcm_s16le
# A phone video held upright: FFmpeg 5.1 writes the rotate tag as a display matrix on remuxing.
ffmpeg -nostdin -v error -y -i "$tmp/mjpeg-pcm.mov" -c copy -metadata:s:v:0 rotate=90 "$tmp/rotated.mov"
add 4 rotated.mov
seed 5 pcm.wav 0.2 "${a[@]}" -c:a pcm_s16le
seed 6 audio.mp3 0.4 "${a[@]}" -c:a libmp3lame -b:a 32k
seed 7 theora-vorbis.ogg 0.4 "${v[@]}" "${a[@]}" -c:v libtheora -q:v 1 -c:a libvorbis -q:a 0
seed 8 mpeg2-mp2.ts 0.4 "${v[@]}" "${a[@]}" -c:v mpeg2video -q:v 10 -c:a mp2 -b:a 32k
seed 9 flv1-aac.flv 0.4 "${v[@]}" "${a[@]}" -c:v flv -q:v 10 -c:a aac -b:a 24k
seed 10 aac.m4a 0.4 "${a[@]}" -c:a aac -b:a 24k
seed 13 ffv1-flac.mkv 0.2 "${v[@]}" "${a[@]}" -c:v ffv1 -c:a flac

# Not media, or not usable media: a subtitle file and text, as import meets them.
printf '\x0b1\n00:00:00,000 --> 00:00:01,000\nHello\n' >"$out/subtitles.srt"
printf '\x0cShopping list\n- eggs\n- milk\n' >"$out/notes.txt"
