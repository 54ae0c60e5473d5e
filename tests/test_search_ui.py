"""The search tab: type, see grouped results with matches, open one where it stands, export."""

from __future__ import annotations

import csv
import io
import itertools
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit, QMessageBox

from kzbrowser.present.search_text import to_markdown
from kzbrowser.read.citation import Source
from kzbrowser.read.search.engine import search
from kzbrowser.read.search.export import to_csv
from kzbrowser.ui.main_window import ARTICLE_TAB, PARTY_TAB, SEARCH_TAB
from kzbrowser.ui.search_pane import HIT_ROLE, HTML_ROLE, ResultsModel


def _typed(qtbot, window, text):
    window.find_action.trigger()
    pane = window.search_tab.view
    qtbot.keyClicks(pane.field, text)
    qtbot.waitUntil(lambda: pane.results is not None and pane.results.query == text, timeout=3000)
    return pane


def _rows(pane):
    return [pane.model.index(r).data() for r in range(pane.model.rowCount())]


def test_find_shortcut_focuses_the_search_field(qtbot, window):
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.tabs.currentIndex() == SEARCH_TAB
    assert window.search_tab.view.field.hasFocus()


def test_results_as_you_type_grouped_with_counts(qtbot, window):
    pane = _typed(qtbot, window, "internationalism")
    rows = _rows(pane)
    assert rows[0] == "Quotes — 1"  # not "Program quotes": some quotes are statements, addresses or unsourced
    assert rows[1].startswith("Democratic Party Ak zhol: children and the young people")
    header = next(r for r in rows if r.startswith("Article paragraphs"))
    assert header == "Article paragraphs — 4"  # Ak zhol, Patriot, CPK and CPPK paragraphs


def test_quote_hit_opens_the_party_with_the_quote_marked(qtbot, window):
    pane = _typed(qtbot, window, "ethnic harmony")
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)
    hit = pane.view.currentIndex().data(HIT_ROLE)
    assert hit.kind == "quote"
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == PARTY_TAB
    assert window.detail.page.title.startswith(hit.party_name)
    html = window.detail.browser.toHtml()
    assert "background-color" in html and ">ethnic</span>" in html and ">harmony</span>" in html


def _highlighted(window) -> str:
    """The one passage highlighted in the article, as the reader shows it."""
    (lo, hi), = window.article.selections
    c = QTextCursor(window.article.browser.document())
    c.setPosition(lo)
    c.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
    return c.selectedText()


def test_paragraph_hit_opens_the_article_with_matches_highlighted(qtbot, window):
    pane = _typed(qtbot, window, "Mashkevich")
    index = next(pane.model.index(r) for r in range(pane.model.rowCount())
                 if pane.model.index(r).data(HIT_ROLE) is not None)
    pane.view.setCurrentIndex(index)
    pane.view.activated.emit(index)
    assert window.tabs.currentIndex() == ARTICLE_TAB
    assert _highlighted(window) == "Mashkevich"


def test_a_heading_or_the_author_is_a_labelled_hit_that_opens_where_it_is_printed(qtbot, window):
    pane = _typed(qtbot, window, "Kurganskaia")
    assert _rows(pane)[0] == "Title, headings, tables and footnotes — 1"
    index = pane.model.index(1)
    assert index.data(HTML_ROLE).startswith('<span style="font-size:small">Author · ')
    pane.view.setCurrentIndex(index)
    pane.view.activated.emit(index)
    assert window.tabs.currentIndex() == ARTICLE_TAB
    assert _highlighted(window) == "Kurganskaia"  # printed "KURGANskaIA": the reader shows the normalised form


def test_party_and_scope_filters(qtbot, window):
    pane = _typed(qtbot, window, "ethnic")
    pane.party.setCurrentIndex(pane.party.findData("cpk"))
    hits = [pane.model.index(r).data(HIT_ROLE) for r in range(pane.model.rowCount())]
    assert {h.party_key for h in hits if h} == {"cpk"}
    assert [pane.scope.itemText(i) for i in range(pane.scope.count())] == [
        "Quotes and article", "Quotes only", "Article only"]
    pane.scope.setCurrentIndex(pane.scope.findData("article"))
    assert all(h.kind == "paragraph" for h in
               (pane.model.index(r).data(HIT_ROLE) for r in range(pane.model.rowCount())) if h)
    assert _rows(pane)[0].startswith("Article paragraphs")


def test_invalid_syntax_falls_back_and_says_so(qtbot, window):
    pane = _typed(qtbot, window, '"ethnic harmony')
    assert pane.notice.isVisibleTo(window) and pane.notice.text()
    assert pane.model.rowCount() > 0


def test_no_match_says_so(qtbot, window):
    pane = _typed(qtbot, window, "zeppelin")
    assert pane.model.rowCount() == 0
    assert "zeppelin" in pane.notice.text() and pane.notice.isVisibleTo(window)


def _choose(monkeypatch, typed):
    """The user types ``typed`` in the save dialog and presses Save (the dialog's own checks still apply)."""
    def fake_exec(dialog):
        dialog.selectFile(str(typed))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    # The static dialog would check the name before a suffix is added (PITFALLS.md): it must not be used.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("static getSaveFileName used"))


def test_export_csv_and_markdown(qtbot, window, tmp_path, monkeypatch):
    pane = _typed(qtbot, window, "harmony")
    target = tmp_path / "out.csv"
    _choose(monkeypatch, target)
    pane.export_csv.click()
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0]["kind"] == "quote" and "Kurganskaia" in rows[0]["citation"]
    assert len(rows) == len(pane.results.quotes) + len(pane.results.paragraphs)
    md = tmp_path / "out.md"
    _choose(monkeypatch, md)
    pane.export_md.click()
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Search: harmony") and "**harmony**" in text
    assert window.settings.value("export/last_folder") == str(tmp_path)


def test_export_to_an_unwritable_place_says_so_and_leaves_nothing(qtbot, window, tmp_path, monkeypatch):
    pane = _typed(qtbot, window, "harmony")
    target = tmp_path / "missing-folder" / "out.csv"
    _choose(monkeypatch, target)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    pane.export_csv.click()
    assert shown and str(target) in shown[0] and "Nothing was written" in shown[0]
    assert not target.parent.exists()


def test_a_name_typed_without_suffix_gets_it_from_the_dialog(qtbot, window, tmp_path, monkeypatch):
    pane = _typed(qtbot, window, "harmony")
    _choose(monkeypatch, tmp_path / "results")
    pane.export_csv.click()
    assert (tmp_path / "results.csv").read_text(encoding="utf-8").startswith("kind,")
    assert not (tmp_path / "results").exists()


def test_the_dialog_asks_before_replacing_the_name_with_its_suffix(qtbot, window, tmp_path):
    """Typed 'results' over an existing results.csv: the real dialog asks; answered No, nothing is written."""
    pane = _typed(qtbot, window, "harmony")
    old = tmp_path / "results.csv"
    old.write_text("my own table", encoding="utf-8")
    window.settings.setValue("export/last_folder", str(tmp_path))
    asked = []

    def press_save():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
        dialog.findChild(QLineEdit, "fileNameEdit").setText("results")  # as typed
        QTimer.singleShot(100, lambda: answer_no(dialog))
        dialog.accept()  # asks, in a nested event loop

    def answer_no(dialog):
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()
        QTimer.singleShot(100, dialog.reject)

    QTimer.singleShot(300, press_save)
    QTimer.singleShot(8000, lambda: [w.reject() for w in QApplication.topLevelWidgets() if isinstance(w, QDialog)])
    pane.export_csv.click()
    assert asked and "results.csv" in asked[0]
    assert old.read_text(encoding="utf-8") == "my own table"


def test_results_model_passes_qtmodeltester(qtmodeltester, conn):
    model = ResultsModel()
    model.set_results(search(conn, "ethnic"))
    qtmodeltester.check(model)


@pytest.mark.parametrize("query", ["harmony", "internationalism OR chauvinism"])
def test_markdown_export_cites_every_quote(conn, query):
    results = search(conn, query)
    md = to_markdown(results, Source.from_db(conn))
    assert md.count("> — “") + md.count('> — "') == len(results.quotes)  # each in the marks it is printed in
    # each quote with its place (section 3, its party's part, its paragraph), the whole reference once at the end
    assert md.count("as quoted in Kurganskaia n.d., sec. 3, “Concise Information about Parties,” “") == len(
        results.quotes)
    assert md.endswith("Source: Kurganskaia, Valentina. n.d. “The Party System in Kazakhstan and the Ethnic Issue.”\n")
    data = list(csv.reader(io.StringIO(to_csv(results, Source.from_db(conn)))))
    assert len(data) == 1 + len(results.quotes) + len(results.paragraphs) + len(results.passages)


def test_a_paste_longer_than_the_field_holds_is_said(qtbot, window):
    window.search_tab.show()
    pane = window.search_tab.get()
    QGuiApplication.clipboard().setText("ethnic " * 15_000)  # 105,000 characters
    pane.field.setFocus()
    pane.field.paste()
    started = time.monotonic()
    pane.run_search()
    assert time.monotonic() - started < 5
    assert len(pane.field.text()) == 32_767
    assert pane.notice.isVisibleTo(pane)
    assert "at most 32,767 characters" in pane.notice.text()


def test_matched_words_are_bold_not_marker_symbols():
    # typed: a snippet as the engine marks its matches, and the HTML a reader should see (no ␂ or ␃)
    from kzbrowser.read.search.engine import CLOSE, OPEN
    from kzbrowser.ui.search_pane import _html

    assert _html(f"civil peace and {OPEN}ethnic{CLOSE} {OPEN}harmony{CLOSE} <b>") == (
        "civil peace and <b><u>ethnic</u></b> <b><u>harmony</u></b> &lt;b&gt;")
    assert _html(f"no match, a stray {CLOSE} marker") == "no match, a stray \u2403 marker"
def _clock(monkeypatch, pane, durations_ms):
    """A clock by which the searches take ``durations_ms`` (one number: each takes that long), read once as a
    search starts and once as it ends: behaviour, not this machine's speed, is tested."""
    durations = itertools.repeat(durations_ms) if isinstance(durations_ms, int) else iter(durations_ms)
    now, ending = [0.0], [False]

    def clock():
        if ending[0]:
            now[0] += next(durations) / 1000
        ending[0] = not ending[0]
        return now[0]
    monkeypatch.setattr(pane, "clock", clock)


def test_a_quick_search_runs_at_each_keystroke_without_waiting_for_a_pause(qtbot, window, monkeypatch):
    # The article's searches take about a millisecond: a fixed pause before searching would only add lag.
    window.find_action.trigger()
    pane = window.search_tab.view
    _clock(monkeypatch, pane, 1)
    qtbot.keyClicks(pane.field, "harmon")
    qtbot.waitUntil(lambda: pane.results is not None and pane.results.query == "harmon", timeout=3000)
    qtbot.keyClick(pane.field, Qt.Key.Key_Y)
    QApplication.processEvents()  # one pass of the event loop, no waiting
    assert pane.results.query == "harmony"
    assert any("harmony" in (r or "") for r in _rows(pane))


def test_a_slow_search_waits_for_a_pause_in_typing(qtbot, window, monkeypatch):
    # On a very large database each search may take tens of milliseconds: then keystrokes are not queued
    # behind searches; the search runs once typing pauses.
    window.find_action.trigger()
    pane = window.search_tab.view
    _clock(monkeypatch, pane, 50)
    qtbot.keyClicks(pane.field, "harmon")
    qtbot.waitUntil(lambda: pane.results is not None and pane.results.query == "harmon", timeout=3000)
    qtbot.keyClick(pane.field, Qt.Key.Key_Y)
    QApplication.processEvents()
    assert pane.results.query == "harmon"  # not yet: waiting for the pause
    assert pane._timer.isActive() and pane._timer.interval() == pane.PAUSE_MS
    qtbot.waitUntil(lambda: pane.results.query == "harmony", timeout=3000)


def test_one_slow_search_on_a_busy_machine_does_not_bring_the_pause_back(qtbot, window, monkeypatch):
    window.find_action.trigger()
    pane = window.search_tab.view
    _clock(monkeypatch, pane, [1, 1, 80, 1, 1])  # ms: the third search was slowed by something else
    for ch in "har":
        qtbot.keyClick(pane.field, ch)
        qtbot.waitUntil(lambda c=ch: pane.results is not None and pane.results.query.endswith(c), timeout=3000)
    assert sorted(pane.recent_searches_s) == pytest.approx([0.001, 0.001, 0.080])
    qtbot.keyClick(pane.field, "m")
    QApplication.processEvents()
    assert pane.results.query == "harm"
