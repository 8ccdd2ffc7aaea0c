#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs a test program on a display with two screens, a laptop's and a
# projector's: Weston, drawing its two outputs as windows on the X display
# the tests run on, with GTK talking Wayland to it.
#
# Usage: two-screens.sh PROGRAM [ARGUMENT...]

set -u
runtime=$(mktemp -d)
export XDG_RUNTIME_DIR="$runtime"
cat > "$runtime/weston.ini" <<INI
[core]
backend=x11-backend.so
idle-time=0

[shell]
locking=false

[output]
name=screen0
mode=1280x800

[output]
name=screen1
mode=1920x1080
INI

weston --config="$runtime/weston.ini" --output-count=2 --use-pixman --socket=kindling-test \
  >"$runtime/weston.log" 2>&1 &
weston_pid=$!

stop_weston () {
  kill "$weston_pid" 2>/dev/null
  wait "$weston_pid" 2>/dev/null
  rm -rf "$runtime"
}

tries=0
while [ ! -S "$runtime/kindling-test" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 100 ] || ! kill -0 "$weston_pid" 2>/dev/null; then
    echo "Bail out! Weston did not start"
    cat "$runtime/weston.log" >&2
    stop_weston
    exit 1
  fi
  sleep 0.1
done

WAYLAND_DISPLAY=kindling-test GDK_BACKEND=wayland "$@"
status=$?
stop_weston
exit $status
