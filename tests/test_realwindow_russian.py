"""The Russian window on an X display: nothing cut off (Russian runs about 30% longer than English), and
screenshots under test-artifacts/ for a person to look at.

Run with:  bash scripts/test.sh   (or: DISPLAY=:N QT_QPA_PLATFORM=xcb pytest -m realwindow)
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

from conftest import BUNDLED_DB
from kzbrowser.read.db import DatabaseError, connect
from realwindow import REAL_WINDOW, screen_shot

pytestmark = REAL_WINDOW


def cut_off(root: QWidget) -> list[tuple[str, str, int, int]]:
    """The visible one-line texts of ``root`` narrower than their text: (kind, text, width, width needed)."""
    out = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QComboBox):
            text, need = w.currentText(), w.minimumSizeHint().width()
        elif (isinstance(w, QLabel) and not w.wordWrap()) or isinstance(w, QAbstractButton):
            text, need = w.text(), w.sizeHint().width()
        else:
            continue
        if text and w.width() < need - 1:
            out.append((type(w).__name__, text[:60], w.width(), need))
    return out



def test_nothing_is_cut_off_in_the_russian_window(russian, qtbot, tmp_path):
    from kzbrowser.ui.main_window import MainWindow

    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    area = win.screen().availableGeometry()
    win.compare_parties(["otan", "asar", "akzhol", "cpk"])
    search = win.search_tab.get()
    search.field.setText("партия Отан")  # results, and a notice of how the query was read
    search.run_search()
    found = []
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        qtbot.wait(400)  # a deferred tab builds on the next pass of the event loop, the charts a moment later
        found += [(win.tabs.tabText(i), *c) for c in cut_off(win)]
        screen_shot(qtbot, win, f"ru-tab-{i}.png")
        assert area.contains(win.frameGeometry()), f"tab {i} made the window leave the screen"
        assert win.tabs.mapTo(win, win.tabs.rect().topRight()).x() < win.width()
    charts = win.charts_tab.get()
    for j in range(charts.tabs.count()):
        charts.tabs.setCurrentIndex(j)
        qtbot.wait(300)
        found += [(f"chart {j}", *c) for c in cut_off(win)]
    assert found == []
    win.close()
    conn.close()


def test_nothing_is_cut_off_in_the_russian_dialogs(russian, qtbot, tmp_path):
    from kzbrowser.read import chart_data
    from kzbrowser.read.citation import Source
    from kzbrowser.ui.app import database_error_dialog
    from kzbrowser.ui.charts.dialog import ExportDialog
    from kzbrowser.ui.cite_dialog import CitationDialog
    from kzbrowser.ui.i18n import translate

    conn = connect(BUNDLED_DB)
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    citation = CitationDialog(Source.from_db(conn))
    citation.fields["year"].setText("abcd")  # its problem shown
    dialogs = {"citation": citation,
               "export-png": ExportDialog(chart_data.chart(conn, "membership", translate), "png", store),
               "export-pdf": ExportDialog(chart_data.chart(conn, "assessment", translate), "pdf", store),
               "database": database_error_dialog(DatabaseError.of(tmp_path / "kz.sqlite", "version", found=1,
                                                                  expected=2))}
    found = []
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        screen_shot(qtbot, dialog, f"ru-dialog-{name}.png")
        found += [(name, *c) for c in cut_off(dialog)]
        dialog.close()
    conn.close()
    assert found == []


def test_the_check_sees_a_text_cut_off(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    narrow, wide = QPushButton("Экспорт в Markdown…"), QPushButton("OK")
    narrow.setFixedWidth(40)
    layout.addWidget(narrow)
    layout.addWidget(wide)
    box.show()
    qtbot.waitExposed(box)
    assert [c[1] for c in cut_off(box)] == ["Экспорт в Markdown…"]
