#!/usr/bin/env bash
# Prepare a machine to run and test kzbrowser. Idempotent and fast when everything is present.
#
#   1. Debian packages that Qt needs (offscreen and xcb platforms) plus the test tools (Xvfb, xdotool,
#      xdpyinfo, rsvg-convert, pdftoppm, ImageMagick, desktop-file-validate, appstreamcli). Installed with
#      apt-get only when running as root and only when some are missing; otherwise the missing ones are
#      listed and setup goes on.
#   2. A virtualenv in .venv (Python >= 3.11) with the project installed editable, with its test
#      extras. pip runs only when pyproject.toml is newer than the stamp file .venv/.kzbrowser-installed
#      (or the stamp is missing).
#
# Environment: PYTHON picks the interpreter used to create .venv (default: python3).
set -euo pipefail

cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=.venv
STAMP="$VENV/.kzbrowser-installed"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- 1. Debian packages --------------------------------------------------------------------------
DEB_PACKAGES=(
    # Qt runtime libraries (offscreen and xcb platform plugins)
    libgl1 libegl1 libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3
    libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
    libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
    # test tools: virtual X server, input driving, xdpyinfo, SVG/PDF/image conversion, a font
    xvfb xdotool x11-utils librsvg2-bin fonts-dejavu-core poppler-utils imagemagick
    # validators of the launcher entry and the AppStream metainfo (tests/test_desktop.py)
    desktop-file-utils appstream
)

# Debian's own python3 cannot create a venv without python3-venv (ensurepip is split out).
if [[ ! -x "$VENV/bin/python" ]] && command -v "$PYTHON" >/dev/null 2>&1 \
        && ! "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1; then
    DEB_PACKAGES+=(python3-venv)
fi

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=()
    for pkg in "${DEB_PACKAGES[@]}"; do
        # dpkg-query (not dpkg -s) so that a removed package whose config files remain counts as missing.
        status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == installed ]] || missing+=("$pkg")
    done
    if (( ${#missing[@]} > 0 )); then
        if [[ "$(id -u)" -eq 0 ]]; then
            say "installing Debian packages: ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            apt_opts=(-qq -o DPkg::Lock::Timeout=300)
            apt-get "${apt_opts[@]}" update
            apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}" >/dev/null
        else
            say "warning: not root, so not installing these missing Debian packages: ${missing[*]}"
            say "         (as root: apt-get install --no-install-recommends ${missing[*]})"
        fi
    fi
else
    say "no dpkg/apt-get here: make sure Qt's xcb libraries, Xvfb and xdpyinfo are installed"
fi

# --- 2. Python virtualenv ------------------------------------------------------------------------
python_ok() {  # python_ok INTERPRETER: true if it runs and is Python >= 3.11
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

# An existing .venv whose interpreter does not run (moved or removed Python, no permission) or is too
# old: stop rather than delete it, since the cause may be elsewhere (e.g. another user's Python).
if [[ -e "$VENV" ]] && ! python_ok "$VENV/bin/python"; then
    die "$VENV/bin/python does not run or is older than Python 3.11: remove $VENV and run this again"
fi

if [[ ! -x "$VENV/bin/python" ]]; then
    command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found: kzbrowser needs Python >= 3.11"
    python_ok "$PYTHON" || die "kzbrowser needs Python >= 3.11, but '$PYTHON' is $("$PYTHON" -V 2>&1)"
    say "creating $VENV with $("$PYTHON" -V 2>&1)"
    "$PYTHON" -m venv "$VENV" || die "could not create $VENV (on Debian: apt-get install python3-venv)"
fi

if [[ ! -f "$STAMP" || pyproject.toml -nt "$STAMP" ]]; then
    say "installing kzbrowser (editable) with its test extras into $VENV"
    started=$SECONDS
    # The stamp takes pyproject.toml's mtime from before pip reads it: an edit made during the install
    # leaves pyproject.toml newer than the stamp, so the next run installs again.
    touch -r pyproject.toml "$STAMP.new"
    # -qq: errors only (pip's warnings, e.g. about unused extra package indexes, are noise here).
    PIP_NO_INPUT=1 PIP_DISABLE_PIP_VERSION_CHECK=1 \
        "$VENV/bin/python" -m pip install -qq --editable '.[test]'
    mv -f "$STAMP.new" "$STAMP"
    say "installed in $((SECONDS - started)) s"
fi
