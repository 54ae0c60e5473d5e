#!/usr/bin/env bash
# Build a self-contained kzbrowser in dist/kzbrowser/ (PyInstaller one-folder mode): the folder runs on a
# Linux machine of this kind with no Python and no venv; start it as dist/kzbrowser/kzbrowser.
#
#   1. A build virtualenv (build/bundle-venv) with PyInstaller and kzbrowser's run-time dependencies only,
#      no test tools, so that none can be bundled. Reinstalled when pyproject.toml is newer than its stamp.
#   2. PyInstaller analyses src/kzbrowser (this checkout, not the copy in the venv) and adds data/kz.sqlite
#      and resources/ where kzbrowser.paths looks for them; Qt modules the app never imports are left out.
#   3. Trimming after the build (each item below says why it is safe); the bundle's size is printed.
#
# Environment: PYTHON picks the interpreter for the build venv (default: python3); its libpython goes into
# the bundle, so it must be a shared-library build (Debian's and pyenv's python3 are).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"

PYTHON="${PYTHON:-python3}"
VENV=build/bundle-venv
STAMP="$VENV/.kzbrowser-bundle-installed"
WORK=build/pyinstaller
DIST=dist

say() { printf 'bundle: %s\n' "$*"; }
die() { printf 'bundle: error: %s\n' "$*" >&2; exit 1; }

started=$SECONDS

# --- 1. the build venv ---------------------------------------------------------------------------------
if [[ -e "$VENV" ]] && ! "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    die "$VENV/bin/python does not run or is older than Python 3.11: remove $VENV and run this again"
fi
if [[ ! -x "$VENV/bin/python" ]]; then
    command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found: the bundle needs Python >= 3.11 to build"
    say "creating $VENV with $("$PYTHON" -V 2>&1)"
    "$PYTHON" -m venv "$VENV" || die "could not create $VENV (on Debian: apt-get install python3-venv)"
fi
if [[ ! -f "$STAMP" || pyproject.toml -nt "$STAMP" ]]; then
    say "installing PyInstaller and kzbrowser's run-time dependencies into $VENV"
    touch -r pyproject.toml "$STAMP.new"
    # PyInstaller 6.22 is the version measured here (build time, size); a later 6.x may move both.
    PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
        "$VENV/bin/python" -m pip install -qq "pyinstaller==6.22.*" "$ROOT"
    mv -f "$STAMP.new" "$STAMP"
fi

# --- 2. PyInstaller ------------------------------------------------------------------------------------
mkdir -p "$WORK"
# Run from a bare environment, the locale is "C", which is not UTF-8, and Qt warns that it switches to C.UTF-8.
# The bootloader does not coerce the locale as the python command does (PEP 538), so this run-time hook does
# it before Qt starts. (Python itself turns on its UTF-8 mode in the C locale, PEP 540, as it would anyway.)
cat >"$WORK/locale_hook.py" <<'EOF'
import locale
import os

if "LC_ALL" not in os.environ and locale.setlocale(locale.LC_CTYPE) in ("C", "POSIX"):
    os.environ["LC_CTYPE"] = "C.UTF-8"
    locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
EOF

# Left out: test and development tools (never imported by kzbrowser, and not in the venv: belt and braces),
# and Qt modules that neither kzbrowser nor pyqtgraph imports (pyqtgraph takes QtTest only if it is there, for
# its own test helpers; it needs QtOpenGL and QtOpenGLWidgets, whatever it draws with). ssl and _hashlib bring
# OpenSSL (5 MB): kzbrowser is offline, and hashlib falls back to Python's own SHA-256. tests/test_bundle.py
# opens the Charts tab in a Python that refuses every module of this list.
# --- excluded modules (tests/test_bundle.py reads this list) ---
EXCLUDES=(
    pytest _pytest pytestqt hypothesis mypy ruff importlinter grimp tkinter
    ssl _ssl _hashlib
    PySide6.QtNetwork PySide6.QtDBus PySide6.QtTest
    pyqtgraph.opengl pyqtgraph.examples pyqtgraph.jupyter
)
# --- end of excluded modules ---
args=()
for m in "${EXCLUDES[@]}"; do args+=(--exclude-module "$m"); done

say "running PyInstaller"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --onedir --name kzbrowser \
    --distpath "$DIST" --workpath "$WORK" --specpath "$WORK" \
    --paths "$ROOT/src" \
    --add-data "$ROOT/data/kz.sqlite:kzbrowser/data" \
    --add-data "$ROOT/resources:kzbrowser/resources" \
    --runtime-hook "$WORK/locale_hook.py" \
    "${args[@]}" \
    "$ROOT/src/kzbrowser/__main__.py" >"$WORK/pyinstaller.log" 2>&1 \
    || { tail -n 30 "$WORK/pyinstaller.log" >&2; die "PyInstaller failed (log: $WORK/pyinstaller.log)"; }

# --- 3. trimming -----------------------------------------------------------------------------------------
internal="$DIST/kzbrowser/_internal"
[[ -x "$DIST/kzbrowser/kzbrowser" && -d "$internal" ]] || die "PyInstaller wrote no $DIST/kzbrowser/kzbrowser"
qt="$internal/PySide6/Qt"
# Qt's catalogues for its own dialogs (6 MB): only the Russian one is loaded (ui/i18n.py, with kzbrowser's own
# from resources/i18n/); the Kazakh one stays for a Kazakh interface.
find "$qt/translations" -name '*.qm' ! -name 'qtbase_ru.qm' ! -name 'qtbase_kk.qm' -delete 2>/dev/null || true
# Platform plugins for embedded devices and remote framebuffers (no desktop session uses them); the desktop
# ones stay: xcb, wayland, offscreen, minimal.
rm -f "$qt/plugins/platforms/"{libqeglfs,libqlinuxfb,libqminimalegl,libqvnc,libqvkkhrdisplay}.so
rm -rf "$qt/plugins/egldeviceintegrations" "$qt/plugins/generic"
rm -f "$qt/lib/"libQt6EglFSDeviceIntegration.so.* "$qt/lib/"libQt6EglFsKmsSupport.so.*
# The interpreter's own libraries carry debug information when Python was built from source (pyenv):
# strip only that, and only from them (the wheels' libraries are stripped already; stripping a library that
# auditwheel patched can break it).
if command -v strip >/dev/null 2>&1; then
    strip --strip-debug "$internal"/libpython3*.so* "$internal"/python3*/lib-dynload/*.so 2>/dev/null || true
fi

size="$(du -sm "$DIST/kzbrowser" | cut -f1)"
say "built $DIST/kzbrowser/kzbrowser: ${size} MiB in $((SECONDS - started)) s"
