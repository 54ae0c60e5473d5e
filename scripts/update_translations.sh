#!/usr/bin/env bash
# Bring the Russian interface's catalogue up to date with the source, then compile it:
#   1. pyside6-lupdate reads every tr(), translate("Context", ...) and QT_TRANSLATE_NOOP("Context", ...) under
#      src/kzbrowser (the window in ui/, and the interface words that present/ and read/ mark for it) into
#      resources/i18n/kzbrowser_ru.ts. New texts arrive unfinished; texts gone from the source are dropped.
#   2. Translate the unfinished entries (pyside6-linguist resources/i18n/kzbrowser_ru.ts, or by hand: fill in
#      <translation> and remove type="unfinished"), then run this again.
#   3. pyside6-lrelease compiles the .ts into resources/i18n/kzbrowser_ru.qm, which the window loads.
# tests/test_i18n.py fails while an entry is unfinished or the .ts/.qm are not what these steps give.
# Environment: VENV (default: .venv, else /work/main/.venv) holds PySide6.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${VENV:-.venv}"
bin="$VENV/bin"
[[ -x "$bin/pyside6-lupdate" ]] || { echo "update_translations: no $bin/pyside6-lupdate (set VENV)" >&2; exit 1; }
TS=resources/i18n/kzbrowser_ru.ts
QM=resources/i18n/kzbrowser_ru.qm

# (tests/test_i18n.py runs this very line: keep it on one line)
"$bin/pyside6-lupdate" -extensions py -locations none -no-obsolete -target-language ru src/kzbrowser -ts "$TS"
"$bin/pyside6-lrelease" -silent "$TS" -qm "$QM"
unfinished="$(grep -c 'type="unfinished"' "$TS" || true)"
if [[ "$unfinished" != 0 ]]; then
    echo "update_translations: $unfinished unfinished entries in $TS: translate them and run this again" >&2
    exit 2
fi
echo "update_translations: $TS complete, $QM compiled"
