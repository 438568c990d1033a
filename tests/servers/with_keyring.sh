#!/bin/sh
# Runs a command with an unlocked gnome-keyring of its own (a throwaway HOME), inside the D-Bus
# session it is started in: dbus-run-session -- with_keyring.sh COMMAND ARGS...
# Tests only: CI has no session bus and no keyring; the password is a fixed test value.
tmp="$(mktemp -d)"
export HOME="$tmp" XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
printf 'reelforge-tests' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
# The daemon may take a moment to own the Secret Service name; a client arriving before that
# would have D-Bus start a second, locked daemon that wants a password prompt.
i=0
while [ $i -lt 100 ] && ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
  sleep 0.05
  i=$((i + 1))
done
"$@"
rc=$?
rm -rf "$tmp"
exit $rc
