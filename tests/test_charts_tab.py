"""The Charts tab as a user meets it: hover, click, data table, export from actions and dialogs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip

from conftest import ROOT
from kzbrowser.read.chart_data import CHART_NAMES
from kzbrowser.ui.charts.dialog import ExportDialog
from kzbrowser.ui.charts.tab import ChartsTab
from kzbrowser.ui.charts.table import ChartTableModel

ARTIFACTS = ROOT / "test-artifacts"
# A tooltip is a popup that the offscreen platform cannot raise; it says so, and the test does not care.
OFFSCREEN_TOOLTIP = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture()
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "charts-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture()
def tab(qtbot, conn, settings):
    t = ChartsTab(conn, settings)
    qtbot.addWidget(t)
    t.resize(1200, 860)
    t.show()
    qtbot.waitExposed(t)
    return t


def _settle(qtbot, plot) -> None:
    """Wait until the plot's geometry stops changing (PITFALLS: not settled right after waitExposed)."""
    last = None

    def stable() -> bool:
        nonlocal last
        now = plot.getPlotItem().getViewBox().sceneBoundingRect()
        same = now == last
        last = now
        return same and now.width() > 100

    qtbot.waitUntil(stable, timeout=3000)


def _scene_point(plot, x: float, y: float) -> QPointF:
    return plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))


def test_pyqtgraph_waits_for_the_tab():
    import subprocess
    import sys

    code = ("import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "import kzbrowser.ui.charts.tab; print('pyqtgraph' in sys.modules, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout
    assert out.split() == ["False", "False"]


def test_four_charts_with_titles_and_sources(tab):
    assert [p.chart.name for p in tab.pages] == list(CHART_NAMES)
    assert [tab.tabs.tabText(i) for i in range(4)] == ["Membership (Table 1)", "Political processes (Table 3)",
                                                       "Assessment of parties (Table 4)", "Timeline"]
    for page in tab.pages:
        assert "Kurganskaia, Valentina" in page.caption.text()
        assert page.plot.getPlotItem().getAxis("bottom").labelText == page.chart.value_label


def test_data_models(qtmodeltester, tab):
    for page in tab.pages:
        qtmodeltester.check(page.model)
    m = tab.pages[0].model
    assert m.rowCount() == 12 and m.index(2, 1).data() == "Republican Political Party Otan"
    assert m.index(2, 3).data() == "300,000" and m.index(11, 3).data() == "No data"
    poll = tab.pages[1].model
    assert [poll.index(r, 2).data() for r in range(6)] == ["13.4", "30.6", "22.3", "17.7", "2.3", "13.7"]


def test_empty_model_is_valid(qtmodeltester):
    qtmodeltester.check(ChartTableModel())


@OFFSCREEN_TOOLTIP
def test_hover_shows_exact_value(qtbot, tab):
    plot = tab.pages[0].plot
    _settle(qtbot, plot)
    plot.scene().sigMouseMoved.emit(_scene_point(plot, 150000, 0))  # Otan, the first bar
    assert QToolTip.text() == "Republican Political Party Otan: 300,000"
    plot.scene().sigMouseMoved.emit(_scene_point(plot, 5000, 11))
    assert QToolTip.text() == "Communist People's Party of Kazakhstan: No data (unknown, not zero)"
    tab.tabs.setCurrentIndex(2)
    plot = tab.pages[2].plot
    _settle(qtbot, plot)
    plot.scene().sigMouseMoved.emit(_scene_point(plot, 10.5 + 23.8 + 1, 0))  # Otan's "Rather Harmful" 2.2
    assert QToolTip.text() == "Republican Political Party Otan — Rather Harmful: 2.2%"


@OFFSCREEN_TOOLTIP
def test_hover_timeline_shows_precision(qtbot, tab):
    tab.tabs.setCurrentIndex(3)
    plot = tab.pages[3].plot
    _settle(qtbot, plot)
    hit = next(h for h in plot.hits if "August 2001" in h.tip)
    plot.scene().sigMouseMoved.emit(_scene_point(plot, (h := hit).x0 + (h.x1 - h.x0) / 2, (h.y0 + h.y1) / 2))
    assert QToolTip.text() == ("Patriot Party of Kazakhstan — Registered: August 2001 (month: 2001-08-01 to "
                               "2001-08-31)")


def test_click_bar_emits_party(qtbot, tab):
    plot = tab.pages[0].plot
    _settle(qtbot, plot)
    pos = plot.mapFromScene(_scene_point(plot, 30000, 7))  # the 8th bar: CPK
    with qtbot.waitSignal(tab.party_activated, timeout=2000) as sig:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert sig.args == ["cpk"]
    tab.tabs.setCurrentIndex(2)
    plot = tab.pages[2].plot
    _settle(qtbot, plot)
    with qtbot.waitSignal(tab.party_activated, timeout=2000) as sig:
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=plot.mapFromScene(_scene_point(plot, 80, 6)))
    assert sig.args == ["auyl"]


def test_click_empty_space_emits_nothing(qtbot, tab):
    plot = tab.pages[0].plot
    _settle(qtbot, plot)
    with qtbot.assertNotEmitted(tab.party_activated, wait=100):
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=plot.mapFromScene(_scene_point(plot, 280000, 9)))


def test_copy_table_with_ctrl_c(qtbot, tab):
    view = tab.pages[1].table
    view.setFocus()
    view.selectionModel().select(view.model().index(2, 1), view.selectionModel().SelectionFlag.Select)
    view.selectionModel().select(view.model().index(2, 2), view.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Answer\tRespondents (%)\nIndifference\t22.3\n"
    view.clearSelection()
    assert view.selected_text().splitlines()[0] == "Row\tAnswer\tRespondents (%)"


def test_export_actions_have_shortcuts(tab):
    actions = tab.export_actions()
    assert [a.objectName() for a in actions] == ["export_png", "export_svg", "export_pdf", "export_csv",
                                                 "copy_chart_image"]
    assert all(isinstance(a, QAction) and not a.shortcut().isEmpty() for a in actions)
    assert actions[0].shortcut() == QKeySequence("Ctrl+E")


def test_export_from_action_remembers_folder(qtbot, tab, tmp_path, monkeypatch, settings):
    target = tmp_path / "chosen" / "membership"
    target.parent.mkdir()
    asked = []

    def fake_exec(dlg):
        asked.append(dlg.directory().absolutePath())
        dlg.selectFile(str(target))
        return 1

    monkeypatch.setattr("kzbrowser.ui.charts.dialog.QFileDialog.exec", fake_exec)
    monkeypatch.setattr("kzbrowser.ui.charts.dialog.QFileDialog.selectedFiles",
                        lambda dlg: [str(target) + "." + dlg.defaultSuffix()])
    monkeypatch.setattr(ExportDialog, "exec", lambda self: self.width_box.setValue(1300) or 1)
    with qtbot.waitSignal(tab.exported) as sig:
        tab.export_actions()[0].trigger()
    assert sig.args == [str(target) + ".png"]
    assert QImage(str(target) + ".png").width() == 1300
    assert settings.value("charts/last_folder") == str(target.parent)
    tab.tabs.setCurrentIndex(1)
    tab.export_actions()[3].trigger()  # CSV of the poll, suggested in the remembered folder
    assert asked[1].startswith(str(target.parent))
    assert Path(str(target) + ".csv").read_text(encoding="utf-8").startswith("row,answer,percent\n")


def test_export_failure_shows_message(tab, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("kzbrowser.ui.charts.dialog.QFileDialog.exec", lambda dlg: 1)
    monkeypatch.setattr("kzbrowser.ui.charts.dialog.QFileDialog.selectedFiles",
                        lambda dlg: [str(tmp_path / "gone" / "x.svg")])
    monkeypatch.setattr(ExportDialog, "exec", lambda self: 1)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    assert tab.export_with_dialog("svg") is None
    assert shown and shown[0][0] == "Export failed" and "does not exist" in shown[0][1]
    assert not (tmp_path / "gone").exists()


def test_copy_image_action(tab):
    tab.tabs.setCurrentIndex(3)
    next(a for a in tab.export_actions() if a.objectName() == "copy_chart_image").trigger()
    img = QGuiApplication.clipboard().image()
    assert not img.isNull() and img.width() >= 1000


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_context_menu_offers_exports(qtbot, tab):
    seen = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        seen.extend(popup.actions())
        popup.close()

    QTimer.singleShot(300, read_and_close)
    plot = tab.pages[0].plot
    plot.customContextMenuRequested.emit(plot.rect().center())  # returns when the menu closes
    assert [a.objectName() for a in seen] == [a.objectName() for a in tab.export_actions()]


def test_last_tab_remembered(qtbot, conn, settings):
    first = ChartsTab(conn, settings)
    qtbot.addWidget(first)
    first.tabs.setCurrentIndex(2)
    again = ChartsTab(conn, settings)
    qtbot.addWidget(again)
    assert again.current_chart().name == "assessment"


@pytest.mark.realwindow
@pytest.mark.skipif(not os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM") == "offscreen",
                    reason="needs a real X display (Xvfb) and QT_QPA_PLATFORM=xcb; see scripts/test.sh")
def test_screenshots_and_exports(qtbot, tab):
    """Saves each chart on screen and in each format under test-artifacts/ (look at them)."""
    ARTIFACTS.mkdir(exist_ok=True)
    for i, name in enumerate(CHART_NAMES):
        tab.tabs.setCurrentIndex(i)
        _settle(qtbot, tab.pages[i].plot)
        qtbot.wait(100)
        shot = tab.grab()
        assert shot.save(str(ARTIFACTS / f"charts-{name}-screen.png"))
        for fmt in ("png", "svg", "pdf", "csv"):
            tab.export_to(ARTIFACTS / f"charts-{name}.{fmt}", width=1600 if fmt == "png" else None)
        img = shot.toImage()
        # not blank: the plot area (below the toolbar and tabs) holds bars, text and grid in several colours
        colours = {img.pixel(x, y) for y in range(120, img.height() - 200, 9) for x in range(0, img.width(), 7)}
        assert img.width() >= 1000 and len(colours) > 5


def test_only_the_shown_chart_is_built_until_the_others_are_opened(qtbot, conn, settings):
    from kzbrowser.ui.charts.tab import ChartsTab

    tab = ChartsTab(conn, settings)
    qtbot.addWidget(tab)
    assert tab.pages.built() == 0  # the window builds the tab and its first page in separate idle steps
    tab.show()
    assert tab.pages.built() == 1
    tab.tabs.setCurrentIndex(2)
    assert tab.pages.built() == 2
    assert tab.tabs.currentWidget().findChild(type(tab.pages[2])) is tab.pages[2]


def test_data_table_headers_for_people_numbers_right(tab):
    model = tab.pages[0].model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "members_printed" not in headers and headers[:3] == ["Row", "Party", "Members"]
    members = headers.index("Members")
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(members, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.index(0, members).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) is None


def test_export_dialog_offers_presets_and_toggles_and_remembers(qtbot, tab, settings):
    tab.tabs.setCurrentIndex(2)
    dialog = ExportDialog(tab.current_chart(), "pdf", settings, tab)
    qtbot.addWidget(dialog)
    keys = [dialog.page.itemData(i) for i in range(dialog.page.count())]
    assert keys == ["standard", "slide-16x9", "slide-4x3", "paper-column", "paper-page", "custom"]
    dialog.page.setCurrentIndex(keys.index("slide-16x9"))
    dialog.checks["notes"].setChecked(False)
    dialog.checks["greyscale"].setChecked(True)
    dialog.update_preview()
    pix = dialog.preview.pixmap()
    assert not pix.isNull() and pix.height() / pix.width() == pytest.approx(1080 / 1920, abs=0.01)
    opts = dialog.options()
    assert (opts.width, opts.height, opts.notes, opts.greyscale, opts.title) == (1920, 1080, False, True, True)
    dialog.accept()
    again = ExportDialog(tab.current_chart(), "pdf", settings, tab)
    qtbot.addWidget(again)
    assert again.page_key() == "slide-16x9" and not again.checks["notes"].isChecked()
    assert again.checks["greyscale"].isChecked()


def test_export_dialog_survives_bad_settings(qtbot, tab, settings):
    settings.setValue("charts/export/page", "poster")
    settings.setValue("charts/export/font_scale", "huge")
    settings.setValue("charts/export/title", "maybe")
    dialog = ExportDialog(tab.current_chart(), "png", settings, tab)
    qtbot.addWidget(dialog)
    assert dialog.page_key() == "standard" and dialog.scale_box.value() == 1.0 and dialog.checks["title"].isChecked()


def test_file_chooser_adds_the_suffix_before_its_overwrite_check(tab, monkeypatch):
    seen = []

    def fake_exec(dlg):
        seen.append(dlg)
        return 0

    monkeypatch.setattr("kzbrowser.ui.charts.dialog.QFileDialog.exec", fake_exec)
    assert tab.ask_path("svg") == ""
    dlg = seen[0]
    from PySide6.QtWidgets import QFileDialog

    assert dlg.defaultSuffix() == "svg" and dlg.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert not dlg.testOption(QFileDialog.Option.DontConfirmOverwrite)


def test_links_to_checks_and_to_the_table_in_the_article(qtbot, tab, conn):
    tab.tabs.setCurrentIndex(2)
    page = tab.pages[2]
    with qtbot.waitSignal(tab.checks_requested) as sig:
        page.links.linkActivated.emit("checks")
    # Table 4's checks in the database: its 7 row sums, "over 50% undecided" and "about 20% useful" for each of
    # its 7 parties, and both claims read as averages over the parties: 7 + 7 + 7 + 2.
    expected = [r[0] for r in conn.execute("SELECT key FROM checks WHERE title LIKE 'Table 4 row%' "
                                           "OR title LIKE 'Over 50% undecided%' OR title LIKE 'About 20%' "
                                           "ORDER BY rowid")]
    assert sig.args[0] == expected and len(expected) == 23
    with qtbot.waitSignal(tab.article_requested) as sig:
        page.links.linkActivated.emit("article")
    (start, end), = sig.args[0]
    text = conn.execute("SELECT value FROM meta WHERE key = 'text'").fetchone()
    if text:
        assert "Table 4" in text[0][start:end]
    assert "Show Table 4 in the article" in page.links.text()
