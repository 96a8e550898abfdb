#!/usr/bin/env bash
# Build the one-folder app with PyInstaller: dist/operator-app/operator-app (operator-app.exe on
# Windows, run from Git Bash; README "Install"), then a tarball of it on Linux.
# Installs the [build] extra into this checkout's .venv first. Prints the build time.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .venv/bin/python ]; then PY=.venv/bin/python; elif [ -x .venv/Scripts/python.exe ]; then PY=.venv/Scripts/python.exe
else python3 -m venv .venv; PY=.venv/bin/python; fi
"$PY" -m pip install -q --disable-pip-version-check -e '.[build]' 2>&1 | grep -v -e "^WARNING: Running pip as" -e "is ignored: it is neither" || true
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/operator-app.spec
echo "built dist/operator-app in $(( $(date +%s) - start )) s"
if [ "$(uname -s)" = Linux ] && [ "${BUILD_TARBALL:-1}" = 1 ]; then
  version=$(dist/operator-app/operator-app --version | awk '{print $2}')
  tar -C dist -czf "dist/operator-app-$version-linux-x86_64.tar.gz" operator-app
  echo "dist/operator-app-$version-linux-x86_64.tar.gz"
fi
