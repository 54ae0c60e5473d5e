"""Whatever the settings file holds, the window starts, and a value of the wrong kind is replaced by the default.

Every key declared in kzbrowser.ui.settings gets every wrong value below, written as text into the INI file.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QSettings

from conftest import BUNDLED_DB
from kzbrowser.read.db import connect
from kzbrowser.ui import settings as keys
from kzbrowser.ui.main_window import CHARTS_TAB, MainWindow

# Typed here, not read from the module: what each key falls back to.
DEFAULTS = {"window/geometry": QByteArray(), "window/state": QByteArray(), "window/splitter": QByteArray(),
            "last_party": "", "charts/tab": 0, "charts/png_width": 1920, "charts/last_folder": "",
            "export/last_folder": "",
            # the chart export dialog's last choice: the standard page, 1920 x 1080 if a size is asked, text at
            # its size, title, legend and notes on, in colour, all years
            "charts/export/page": "standard", "charts/export/width": 1920, "charts/export/height": 1080,
            "charts/export/font_scale": 1.0, "charts/export/years": "all", "charts/export/title": True,
            "charts/export/legend": True, "charts/export/notes": True, "charts/export/greyscale": False,
            "charts/timeline/years": "all",  # the Timeline page on screen: all years
            # citations: Chicago author-date, and none of the details the article does not print
            "citation/style": "chicago", "citation/journal": "", "citation/year": "", "citation/volume": "",
            "citation/issue": "", "citation/pages": "", "citation/url": "",
            "print/page_size": "locale",  # File > Print and Save as PDF: the locale's paper
            "ui/language": "system",  # the interface language: the system's
            # the view left open (the Party tab), the list's sort (Table 1 order), the 1999 list (hidden), the
            # search's scope (quotes and article)
            "view/tab": 0, "list/sort": 0, "list/show_1999": False, "search/scope": "all"}
# Wrong for other keys, but a usable citation detail: a journal may be called anything printable, a volume or
# issue "hello" (letters and digits). Typed here: the rest of these values fall back to blank.
USABLE_DETAIL = {("citation/journal", "text"): "hello", ("citation/journal", "huge"): "99999999999999999999999999",
                 ("citation/journal", "negative"): "-5",
                 ("citation/journal", "missing folder"): "/nonexistent/kzbrowser/folder",
                 ("citation/volume", "text"): "hello", ("citation/issue", "text"): "hello"}
WRONG = {  # as written in the file
    "text": "hello",
    "list": "a, b, c",
    "huge": "99999999999999999999999999",
    "negative": "-5",
    "missing folder": "/nonexistent/kzbrowser/folder",
    "bytes": r"@ByteArray(\xff\0hello)",
    "variant": r"@Variant(\0\0\0\x7f\0\0\0\x5Zgarbage)",
    "empty": "",
    "control": r"\x1b[31m\0",
}
FIRST_PARTY = "cpk"  # row 1 of Table 1: the Communist Party of Kazakhstan


def test_every_declared_key_is_in_the_matrix():
    assert [s.key for s in keys.ALL] == list(DEFAULTS)


@pytest.mark.qt_log_ignore("QVariant::load: unknown user type")  # Qt reading the file says so; no harm
@pytest.mark.parametrize("wrong", WRONG)
@pytest.mark.parametrize("key", DEFAULTS)
def test_a_wrong_value_starts_the_window_with_the_default(qtbot, tmp_path, key, wrong):
    section, _, name = key.rpartition("/")
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[{section or 'General'}]\n{name}={WRONG[wrong]}\n", encoding="utf-8")
    store = QSettings(str(ini), QSettings.Format.IniFormat)
    setting = next(s for s in keys.ALL if s.key == key)
    expected = DEFAULTS[key]
    if key == "last_party" and wrong in ("text", "missing folder", "huge", "negative"):
        expected = setting.kind.convert(store.value(key))  # a line of text, but no party's: see below
    expected = USABLE_DETAIL.get((key, wrong), expected)
    if key.startswith("window/") and wrong == "bytes":
        expected = QByteArray(b"\xff\x00hello")  # bytes, which Qt refuses when restoring: see below
    assert setting.read(store) == expected
    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    if key == "window/geometry":  # the first window's size: 92% of the offscreen screen's 800 x 800
        assert (win.width(), win.height()) == (736, 736)
    if key == "view/tab":
        qtbot.waitUntil(lambda: win.is_ready)
        assert win.tabs.currentIndex() == 0
    if key == "list/sort":
        assert win.list_pane.sort.currentIndex() == 0
    if key == "list/show_1999":
        qtbot.waitUntil(lambda: win.is_ready)
        assert not win.list_pane.show_1999.isChecked()
    if key == "search/scope":
        win.search_tab.show()
        assert win.search_tab.get().scope.currentData() == "all"
    if key == "last_party":  # a line of text that is no party's: the first party; else, as at a first launch,
        # the overview
        named = wrong in ("text", "missing folder", "huge", "negative")
        assert win.current == (("party", FIRST_PARTY) if named else ("overview", ""))
    if key == "ui/language":  # View > Language shows the fallback: the system's language
        from PySide6.QtGui import QAction

        qtbot.waitUntil(lambda: win.is_ready)  # the menus are filled once the first frame is shown
        assert win.findChild(QAction, "language_system").isChecked()
    if key == "citation/style":
        assert win.source.style == "chicago"
    elif key.startswith("citation/"):
        name = key.split("/")[1]
        # a volume, issue or pages without a journal says nothing: the window drops it
        shown = "" if name in ("volume", "issue", "pages") else expected
        assert getattr(win.source.details, name) == shown
        assert win.source.details.supplied() == ([name] if shown else [])
    if key == "charts/tab":
        win.tabs.setCurrentIndex(CHARTS_TAB)
        qtbot.waitUntil(lambda: win.charts_tab.view is not None)
        assert win.charts_tab.view.tabs.currentIndex() == 0
    win.close()
    conn.close()


@pytest.mark.parametrize(("key", "text", "value"), [("charts/tab", "3", 3), ("charts/png_width", "4000", 4000),
                                                    ("last_party", "otan", "otan"),
                                                    ("citation/style", "apa", "apa"),
                                                    ("citation/year", "2005", "2005"),
                                                    ("citation/pages", "45 - 52", "45-52"),
                                                    ("ui/language", "ru", "ru"), ("ui/language", "en", "en")])
def test_a_good_value_is_read(tmp_path, key, text, value):
    section, _, name = key.rpartition("/")
    ini = tmp_path / "settings.ini"
    ini.write_text(f"[{section or 'General'}]\n{name}={text}\n", encoding="utf-8")
    setting = next(s for s in keys.ALL if s.key == key)
    assert setting.read(QSettings(str(ini), QSettings.Format.IniFormat)) == value


def test_a_folder_that_exists_is_read(tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue("charts/last_folder", str(tmp_path))
    assert keys.CHART_FOLDER.read(store) == str(tmp_path)


def test_the_window_comes_back_where_it_was(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, store)
    qtbot.addWidget(win)
    win.show()
    win.resize(700, 500)  # within the offscreen screen (800 x 600), to which restoring clamps
    qtbot.waitUntil(lambda: win.width() != 1280)
    size = (win.width(), win.height())
    win.show_party("otan")
    win.close()
    again = MainWindow(conn, BUNDLED_DB, store)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == size != (1280, 820)
    assert again.current == ("party", "otan")
    again.close()
    conn.close()
