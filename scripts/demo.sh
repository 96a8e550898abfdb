#!/usr/bin/env bash
# Install what the app needs and open it on a generated demo office (embedded SQLite).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  # Qt's X11 platform plugin (libqxcb and libQt6XcbQpa) links these xcb libraries directly; a
  # machine without icccm4 or keysyms1 gets "could not load the Qt platform plugin xcb".
  for p in fonts-wqy-microhei libegl1 libgl1 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
           libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-sync1 libxcb-xfixes0 \
           libxcb-xkb1 libxkbcommon-x11-0; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
# Into this checkout's own virtual environment, like scripts/test.sh: never the machine's Python.
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e . 2>&1 | grep -v -e "^WARNING: Running pip as" -e "is ignored: it is neither" || true
exec .venv/bin/python main.py --demo "$@"
