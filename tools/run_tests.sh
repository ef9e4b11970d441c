#!/usr/bin/env bash
# The whole check, as CI runs it: lint, layer contracts, types on the core, the suite in a
# random order offscreen, then the real-display tests under Xvfb with a window manager.
# Run from a checkout whose .venv has `pip install -e '.[test]'`. PYTEST_ARGS adds pytest
# options to both runs, e.g. PYTEST_ARGS=--randomly-seed=123 replays an order.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv/bin
step() { printf '\n== %s\n' "$*"; }

step "ruff"
"$venv/ruff" check src tests benchmarks tools
step "import-linter (layers, no cycles)"
"$venv/lint-imports" --no-cache
step "mypy (the Qt-free core)"
"$venv/mypy"

step "suite, offscreen, random order"
# pytest-randomly shuffles the order and prints "Using --randomly-seed=N" to replay it.
QT_QPA_PLATFORM=offscreen "$venv/python" -m pytest ${PYTEST_ARGS:-}

step "real display: Xvfb + openbox, QT_QPA_PLATFORM=xcb"
work=$(mktemp -d)
cleanup() {
    [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# -displayfd: the server picks a free display number and writes it when it is ready.
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
x_pid=$!
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { cat "$work/xvfb.log"; echo "Xvfb did not start"; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"
openbox >"$work/openbox.log" 2>&1 &
wm_pid=$!
# The tests of frames, fullscreen and raising need the window manager: wait for it (a loaded
# machine can take seconds), and stop here rather than run them without it.
for _ in $(seq 300); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done
xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window \
    || { cat "$work/openbox.log"; echo "openbox did not start"; exit 1; }
QT_QPA_PLATFORM=xcb "$venv/python" -m pytest -m xcb ${PYTEST_ARGS:-}
