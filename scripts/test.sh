#!/usr/bin/env bash
# Set up (scripts/setup.sh) and run every check, stopping at the first failure:
#   ruff, mypy, import-linter, the self-contained bundle (scripts/bundle.sh, which the tests marked bundle
#   then run), the pytest suite on Qt's offscreen platform (everything not marked realwindow), then the
#   realwindow tests in a real X window on a private Xvfb display.
# Extra arguments are passed to both pytest runs, e.g.  bash scripts/test.sh -x -k parties
set -euo pipefail

cd "$(dirname "$0")/.."

VENV=.venv
TMP_DIR="$(mktemp -d -t kzbrowser-test.XXXXXX)"
XVFB_PID=""

cleanup() {
    if [[ -n "$XVFB_PID" ]] && kill -0 "$XVFB_PID" 2>/dev/null; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP_DIR"
}
trap cleanup EXIT
# Turn signals into a normal exit so that the EXIT trap stops Xvfb.
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\n==> FAILED: %s\n' "$*" >&2; exit 1; }

# With XDG_RUNTIME_DIR unset (as for root in CI), Qt warns whenever something asks for the runtime
# directory, and pytest-qt (qt_log_level_fail) turns that warning into a failure: give the tests a
# private one.
if [[ -z "${XDG_RUNTIME_DIR:-}" || ! -d "${XDG_RUNTIME_DIR}" ]]; then
    export XDG_RUNTIME_DIR="$TMP_DIR/runtime"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi

# junit_summary FILE...: "passed failed skipped" summed over pytest's JUnit XML reports (missing
# files, e.g. when the caller passed its own --junitxml, count as nothing).
junit_summary() {
    "$VENV/bin/python" - "$@" <<'EOF'
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

passed = failed = skipped = 0
for name in sys.argv[1:]:
    if not Path(name).is_file():
        continue
    for suite in ET.parse(name).getroot().iter("testsuite"):
        tests, fails, errors, skips = (int(suite.get(k, 0)) for k in ("tests", "failures", "errors", "skipped"))
        passed += tests - fails - errors - skips
        failed += fails + errors
        skipped += skips
print(passed, failed, skipped)
EOF
}

step "setup"
bash scripts/setup.sh

step "ruff check"
"$VENV/bin/ruff" check . || fail "ruff check"

step "mypy"
"$VENV/bin/mypy" || fail "mypy"

step "import-linter"
"$VENV/bin/lint-imports" || fail "import-linter"

# Built before the tests so that tests/test_bundle.py runs this build (it skips a missing or stale one).
# About 2-3 minutes on this machine kind, most of it PyInstaller; the build venv is kept in build/.
step "bundle (scripts/bundle.sh)"
bash scripts/bundle.sh || fail "scripts/bundle.sh, exit code $?"

step "pytest, offscreen (not realwindow)"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -m pytest -m "not realwindow" \
    --junitxml="$TMP_DIR/offscreen.xml" "$@" || fail "pytest (offscreen), exit code $?"

step "pytest, real window on Xvfb (realwindow)"
command -v Xvfb >/dev/null || fail "Xvfb not found (Debian package xvfb; scripts/setup.sh installs it as root)"
command -v xdpyinfo >/dev/null || fail "xdpyinfo not found (Debian package x11-utils)"

# Start Xvfb on the first free display from :99 up, and wait (up to ~10 s) until it answers.
# If it dies at once (e.g. another run took the same number meanwhile), try the next number.
display=""
for n in $(seq 99 199); do
    [[ -e "/tmp/.X11-unix/X$n" || -e "/tmp/.X$n-lock" ]] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >"$TMP_DIR/xvfb.log" 2>&1 &
    XVFB_PID=$!
    for _ in $(seq 100); do
        kill -0 "$XVFB_PID" 2>/dev/null || break
        if xdpyinfo -display ":$n" >/dev/null 2>&1; then
            display=":$n"
            break
        fi
        sleep 0.1
    done
    [[ -n "$display" ]] && break
    # Not answering: stop it (if still running) and try the next display number.
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=""
done
if [[ -z "$display" ]]; then
    cat "$TMP_DIR/xvfb.log" >&2 2>/dev/null || true
    fail "could not start Xvfb"
fi
echo "Xvfb running on display $display (pid $XVFB_PID)"

rc=0
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$VENV/bin/python" -m pytest -m realwindow \
    --junitxml="$TMP_DIR/realwindow.xml" "$@" || rc=$?
if (( rc == 5 )); then
    echo "note: no real-window tests yet (pytest collected none with -m realwindow)"
elif (( rc != 0 )); then
    fail "pytest (realwindow), exit code $rc"
fi

# One closing line over both pytest runs, so that the log's last line counts every test that ran
# (the realwindow run alone may have deselected everything).
step "all checks passed"
if counts="$(junit_summary "$TMP_DIR/offscreen.xml" "$TMP_DIR/realwindow.xml")"; then
    read -r passed failed skipped <<<"$counts"
    echo "kzbrowser: $passed passed, $failed failed, $skipped skipped"
fi
