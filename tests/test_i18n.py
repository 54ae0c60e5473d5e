"""The Russian interface's catalogue: complete, current with the source, compiled, and loaded as chosen.

The walk of the whole window in Russian is tests/test_russian_window.py.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings

from conftest import ROOT
from kzbrowser.ui import i18n

TS = ROOT / "resources" / "i18n" / "kzbrowser_ru.ts"
QM = ROOT / "resources" / "i18n" / "kzbrowser_ru.qm"
BIN = Path(sys.executable).parent
SCRIPT = ROOT / "scripts" / "update_translations.sh"


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        pytest.skip(f"{name} is not installed beside this Python")
    return str(path)


def _script_args(tool: str) -> list[str]:
    """The arguments scripts/update_translations.sh gives the tool (read from the script: one truth)."""
    text = SCRIPT.read_text(encoding="utf-8")
    line = next((ln for ln in text.splitlines() if ln.startswith(f'"$bin/{tool}" ')), None)
    assert line, f"{tool} not found in {SCRIPT.name}"
    return [w.replace("$TS", str(TS)).replace("$QM", str(QM)) for w in shlex.split(line)[1:]]


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_every_entry_is_translated():
    entries = messages(TS)
    assert len(entries) > 250  # the window's texts (305 when this was written), not an empty file
    unfinished = [(c, s) for c, s, m in entries if m.find("translation").get("type") in ("unfinished", "vanished",
                                                                                         "obsolete")]
    assert unfinished == []
    empty = [(c, s) for c, s, m in entries if not (m.findtext("translation") or "").strip()]
    assert empty == []


def test_the_catalogue_is_what_lupdate_makes_of_the_source_now(tmp_path):
    """A text added to (or removed from) the window without updating the catalogue fails here: lupdate run
    now over the source must leave the committed .ts unchanged (a new text would arrive unfinished)."""
    lupdate = _tool("pyside6-lupdate")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    args = [a if a != str(TS) else str(copy) for a in _script_args("pyside6-lupdate")]
    done = subprocess.run([lupdate, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    if copy.read_bytes() != TS.read_bytes():
        new = {(c, s) for c, s, _ in messages(copy)} - {(c, s) for c, s, _ in messages(TS)}
        gone = {(c, s) for c, s, _ in messages(TS)} - {(c, s) for c, s, _ in messages(copy)}
        pytest.fail(f"resources/i18n/kzbrowser_ru.ts is not current: run scripts/update_translations.sh and "
                    f"translate. New texts: {sorted(new)[:10]}; gone: {sorted(gone)[:10]}")


def test_the_compiled_catalogue_is_fresh(tmp_path):
    lrelease = _tool("pyside6-lrelease")
    out = tmp_path / QM.name
    done = subprocess.run([lrelease, "-silent", str(TS), "-qm", str(out)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == QM.read_bytes(), "run scripts/update_translations.sh: the .qm is older than the .ts"


# A field of str.format: its name, then a conversion or a format a translation may change ({value!r} -> «{value}»,
# {limit:,} -> {limit}: Russian groups digits otherwise).
PLACEHOLDER = re.compile(r"\{([a-z_]*)(?:![rsa])?(?::[^{}]*)?\}")
TAG = re.compile(r"</?[a-z]+[^>]*>")


@pytest.mark.parametrize(("context", "source", "translation"),
                         [(c, s, m.findtext("translation") or "") for c, s, m in messages(TS)])
def test_a_translation_keeps_the_placeholders_markup_and_accelerator(context, source, translation):
    # A {name} lost or misspelt would raise in str.format at the moment the text is shown.
    assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source))
    assert "{" not in PLACEHOLDER.sub("", translation) and "}" not in PLACEHOLDER.sub("", translation)
    assert sorted(TAG.findall(translation)) == sorted(TAG.findall(source))
    assert ("&" in source.replace("&amp;", "")) == ("&" in translation.replace("&amp;", ""))
    assert source.endswith("…") == translation.endswith("…")


@pytest.mark.parametrize(("choice", "system", "shown"), [
    ("system", ["ru-RU"], "ru"), ("system", ["ru"], "ru"), ("system", ["kk-KZ", "ru-KZ"], "ru"),
    ("system", ["en-US", "ru-RU"], "en"), ("system", ["de-DE"], "en"), ("system", [], "en"),
    ("en", ["ru-RU"], "en"), ("ru", ["en-GB"], "ru"),
])
def test_the_language_follows_the_system_unless_chosen(choice, system, shown):
    assert i18n.language_for(choice, system) == shown


def test_qt_has_its_own_russian_catalogue():
    # PySide6-Essentials ships it: standard buttons and dialogs (Cancel, Save...) in Russian
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / "qtbase_ru.qm").is_file()
    assert [name for name, _ in i18n.catalogues("ru")] == ["kzbrowser_ru.qm", "qtbase_ru.qm"]


def test_a_missing_catalogue_leaves_english_without_an_error(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalogues", lambda lang: [("kzbrowser_ru.qm", str(tmp_path)),
                                                          ("qtbase_ru.qm", str(tmp_path / "none"))])
    assert i18n.load(qapp, "ru") == []
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_english_loads_nothing(qapp):
    assert i18n.load(qapp, "en") == []


@pytest.mark.parametrize(("env", "stored", "shown", "file_menu"), [
    ({"LANGUAGE": "ru", "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, None, "ru", "&Файл"),
    ({"LANGUAGE": "en", "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}, None, "en", "&File"),
    ({"LANGUAGE": "ru", "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "en", "en", "&File"),
    ({"LANGUAGE": "en", "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}, "ru", "ru", "&Файл"),
    ({"LANGUAGE": "ru", "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8"}, "klingon", "ru", "&Файл"),
])
def test_a_fresh_process_shows_the_system_language_or_the_remembered_choice(tmp_path, env, stored, shown,
                                                                              file_menu):
    """The system locale is read once per process, so each case starts one."""
    ini = tmp_path / "settings.ini"
    if stored is not None:
        ini.write_text(f"[ui]\nlanguage={stored}\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from kzbrowser.ui import i18n\n"
        "app = QApplication([])\n"
        f"lang = i18n.install(app, QSettings({str(ini)!r}, QSettings.Format.IniFormat))\n"
        "sys.stdout.buffer.write(f\"{lang}|{QCoreApplication.translate('Menus', '&File')}|"
        "{QCoreApplication.translate('QPlatformTheme', 'Cancel')}\".encode())\n"
    )
    full = {**{k: v for k, v in os.environ.items() if not k.startswith("LC_")}, **env,
            "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=full, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    lang, menu, cancel = done.stdout.decode().split("|")
    assert (lang, menu) == (shown, file_menu)
    assert cancel == ("Отмена" if shown == "ru" else "Cancel")  # Qt's own catalogue, loaded with ours


def test_view_language_is_remembered_and_says_when_it_applies(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from conftest import BUNDLED_DB
    from kzbrowser.read.db import connect
    from kzbrowser.ui.main_window import MainWindow

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, store)
    qtbot.addWidget(win)
    win.menus["view"].aboutToShow.emit()  # View opened (a menu is filled after the first frame, or when opened)
    actions = {a.objectName(): a for a in win.findChildren(type(win.back_action)) if a.objectName().startswith(
        "language_")}
    assert sorted(actions) == ["language_en", "language_ru", "language_system"]
    assert actions["language_system"].isChecked()
    assert (actions["language_en"].text(), actions["language_ru"].text()) == ("English", "Русский")
    actions["language_ru"].trigger()
    assert store.value("ui/language") == "ru"
    assert actions["language_ru"].isChecked() and not actions["language_system"].isChecked()
    assert told == ["The new language is used from the next start of kzbrowser."]
    actions["language_ru"].trigger()  # the same choice again: nothing to say
    assert len(told) == 1
    win.close()
    conn.close()
