#!/usr/bin/env bash
# Install everything the tests need on a fresh Debian machine, start PostgreSQL, then run
# ruff, mypy, the layer contracts (import-linter) and pytest (SQLite and PostgreSQL in one run).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(postgresql gammu kannel libgammu-dev pkg-config fonts-wqy-microhei xvfb
              libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 binutils)  # binutils: objdump for PyInstaller
if [ "$(id -u)" = 0 ]; then
  missing=()
  for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
# Everything goes into this checkout's own virtual environment (.venv), never the machine's Python:
# a second checkout must not re-point `import operator_app` of the first.
[ -x .venv/bin/python ] || python3 -m venv .venv
PY=.venv/bin/python
export PATH="$PWD/.venv/bin:$PATH"  # the venv's tools (pyside6-lrelease, lint-imports) first
"$PY" -m pip install -q --disable-pip-version-check -e '.[test,build]' 2>&1 | grep -v -e "^WARNING: Running pip as" -e "is ignored: it is neither" || true

# A throw-away PostgreSQL cluster on its own port, owned by the postgres user.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_PORT=${PG_PORT:-54329}
PG_DIR=$(mktemp -d /tmp/operator-pg.XXXXXX)
chown postgres "$PG_DIR" 2>/dev/null || true
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
# One role signs in with a password (tests/test_first_run.py: the first-run dialog's connection test
# must hear a wrong password refused); everyone else is trusted.
sed -i '1i host all operator_pw 127.0.0.1/32 scram-sha-256' "$PG_DIR/data/pg_hba.conf"
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
trap 'as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1; rm -rf "$PG_DIR"' EXIT
export TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"

echo "== ruff"; "$PY" -m ruff check operator_app tests benchmarks scripts main.py
echo "== mypy"; "$PY" -m mypy
echo "== layers"; lint-imports --no-cache  # the contracts in pyproject.toml [tool.importlinter]
if [ "${BUILD_APP:-1}" = 1 ]; then  # BUILD_APP=0: not now (tests/test_frozen_app.py, if selected, builds it)
  echo "== build the app (PyInstaller, once; tests/test_frozen_app.py runs it)"
  BUILD_TARBALL=0 bash scripts/build-app.sh
  export OPERATOR_APP_FROZEN="$PWD/dist/operator-app"
fi
echo "== pytest"
export QT_QPA_PLATFORM=offscreen
# One worker per core, at most four (pytest-xdist): most tests wait on a modem, a server or a
# child process, so two run side by side in about half the time. Every test keeps to its own
# folder, PostgreSQL database and ports. TEST_WORKERS=0 runs them in this one process.
WORKERS=${TEST_WORKERS:-$(nproc)}
[ "$WORKERS" -gt 4 ] && WORKERS=4
"$PY" -m pytest -q -p no:cacheprovider -n "$WORKERS" --dist loadgroup "$@"
