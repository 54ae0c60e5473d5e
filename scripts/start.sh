#!/usr/bin/env bash
# Set up (scripts/setup.sh, fast when already done) and start kzbrowser; arguments go to the app,
# e.g.  bash scripts/start.sh --help
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"

# Setup messages go to stderr so that the app's own standard output stays clean (for piping).
bash "$root/scripts/setup.sh" >&2

# No cd: relative paths among the arguments keep meaning what they meant to the caller.
exec "$root/.venv/bin/kzbrowser" "$@"
