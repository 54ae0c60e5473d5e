"""In Russian, the window shows no English but the article's data.

The window is built with the Russian catalogues loaded; every tab, page and dialog that can be reached is
opened, and every text a user can see (window titles, menus and actions with their tips, labels, buttons,
placeholders, combo items, model headers and cells, the HTML pages, the charts' axes, labels and hover tips)
is cut into pieces at punctuation. A piece with Latin letters must be article data: a piece of the article's
text or of a value stored in the database (derived from the database, not typed here), or one of the few
technical words below. A piece that is exactly one of the window's own English texts fails even when the
article happens to contain the same words ("Members", "Party").
"""

from __future__ import annotations

import html
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from conftest import ARTICLE, BUNDLED_DB, ROOT
from kzbrowser.read.db import DatabaseError, connect
from kzbrowser.schema import SOURCE_NAME

# Not English prose: names of formats, keys and programs, the query language's operators and the examples of
# the search help (the article is in English, so a query is typed in English), the article's author as the
# About box cites her.
TECHNICAL = {"kzbrowser", "PNG", "SVG", "PDF", "CSV", "BibTeX", "Markdown", "SHA-256", "dpi", "Enter", "Alt", "Ctrl",
             "Shift", "OR", "NOT", "English", "python scripts/build_db.py", "kzbrowser build", "ethnic harmony",
             "national unity", "democra*", "harmony OR accord", "ethnic -clashes", "ethnic NOT clashes", "democrats",
             "democratic", "cafe", "café", "the Homeland", "V. Kurganskaia", "*.png", "*.svg", "*.pdf", "*.csv",
             "*.md", "px", "ok", "OK", "A4", "Letter", "US Letter", "APA", "Chicago", "RIS",
             "CSL-JSON", "https",
             # keys and the query language on the overview page and in tips, the Qt the About box names
             "F1", "F3", "Shift+F3", "Ctrl+F", "Ctrl+L", "Ctrl+-", "-word", "a OR b", "exact phrase", "prefix*", "Qt",
             "PySide6"}
# kzbrowser's own words stored in the database (its themes, checks, inferences and notes): not the article's data,
# so in the Russian window they must be Russian (read/stored_words.py), bar the article's words quoted in them.
KZBROWSER_WORDS = {("themes", "label"), ("themes", "definition"), ("checks", "title"), ("checks", "result"),
                   ("checks", "detail"), ("inferences", "statement"), ("inferences", "reason"),
                   ("artefacts", "note"), ("mentions", "belongs_to"), ("charts", "note"), ("facts", "label"),
                   ("media", "circulation_note"), ("schema_doc", "description")}
# the database's column and table names an inference names (they are identifiers, the same in every language)
TECHNICAL |= {"media.circulation_note", "events.earliest/latest", "artefacts",
              "prefix"}  # (and prefix*, the query language's example, as a run shows it: its * dropped)
# (↗ ❝ ❐: the per-fact actions' symbols beside a fact)
SEPARATORS = re.compile(r"[\n\t·—–;|\[\]()•→↩«»“”\"„:,!?=…%■▨●◆▲▼├─┤↗❝❐\xa0]| - ")
LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
TAGS = re.compile(r"<[^>]+>")


@pytest.fixture(scope="module")
def corpus() -> str:
    """The article and every text stored in the database (the indexes aside), whitespace collapsed."""
    return "\n".join(_data_texts()[0])


@pytest.fixture(scope="module")
def values() -> list[str]:
    """The database's longer text values as shown (whitespace collapsed, emphasis marks dropped), and the
    article's citations (read/citation.py: they stay in the article's English), longest first: cut out of a
    text before its pieces are checked, so that the window's own words remain."""
    from kzbrowser.read.citation import Source

    conn = connect(BUNDLED_DB)
    source = Source.from_db(conn)
    cites = {source.reference(), *(source.reference(None, t) for t in range(1, 5)),
             *(source.reference(s, None) for s in range(1, 5))}
    conn.close()
    return sorted({*_data_texts()[1], *cites}, key=len, reverse=True)


def _data_texts() -> tuple[list[str], list[str]]:
    article = ARTICLE.read_text(encoding="utf-8")
    texts = [article]
    db = sqlite3.connect(f"{BUNDLED_DB.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    for printed, normalised in db.execute("SELECT DISTINCT printed, normalised FROM artefacts"):
        texts.append(article.replace(printed, normalised))  # the article's headings as shown, normalised
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
    for table in tables:
        cursor = db.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        for row in cursor:
            texts.extend(v for c, v in zip(columns, row, strict=True)
                         if isinstance(v, str) and (table, c) not in KZBROWSER_WORDS)
    db.close()
    joined = "\n".join(texts)
    shown = {" ".join(t.replace("*", "").split()) for t in texts[1:]} | {" ".join(t.split()) for t in texts[1:]}
    return ([" ".join(joined.split()), " ".join(joined.replace("*", "").split())],
            sorted((v for v in shown if len(v) >= 12), key=len, reverse=True))


@pytest.fixture(scope="module")
def own_texts() -> set[str]:
    """The window's own English texts, as shown (accelerators and trailing colons and dots dropped), whose
    Russian differs."""
    root = ET.parse(ROOT / "resources" / "i18n" / "kzbrowser_ru.ts").getroot()
    out = set()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == "Table4":  # the article's categories, glossed in a tooltip
            continue
        for m in ctx.iter("message"):
            source, translation = m.findtext("source") or "", m.findtext("translation") or ""
            if source != translation:
                out.add(_norm(source))
    return out


def _norm(text: str) -> str:
    return text.replace("&", "").strip(" .:…")


def latin_runs(text: str) -> Iterator[str]:
    """The runs of words without Cyrillic letters in ``text`` (markup dropped), cut at punctuation."""
    for piece in SEPARATORS.split(html.unescape(TAGS.sub(" ", text))):
        run: list[str] = []
        for word in [*piece.split(), "я"]:  # a Cyrillic word ends a run; so does the end of the piece
            if CYRILLIC.search(word):
                while run and not LATIN.search(run[0]):  # a number after a Cyrillic word: "Таблица 1."
                    run.pop(0)
                if run:
                    yield " ".join(run).replace("&", "").strip(" .'’*/+")
                run = []
            else:
                run.append(word)


def _technical(run: str) -> bool:
    return all(w in TECHNICAL or not LATIN.search(w) for w in run.split())


def english_pieces(text: str, corpus: str, own: set[str], allowed: set[str], data_only: bool = False
                   ) -> list[str]:
    """The runs of ``text`` that are English the article does not print. ``data_only``: a text that is all
    the article's (its reading view), where a run equal to one of the window's texts is the article's too."""
    bad = []
    for run in latin_runs(text):
        if not LATIN.search(run) or run in TECHNICAL or run in allowed or _technical(run):
            continue
        if (_norm(run) in own and not data_only) or run not in corpus:
            bad.append(run)
    return bad


# -- what a user can see ------------------------------------------------------------------------------------
def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of ``root`` and its children."""
    for w in [root, *root.findChildren(QWidget)]:
        name = type(w).__name__
        if w.isWindow():
            yield name + ".windowTitle", w.windowTitle()
        for what in ("toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
            yield f"{name}.{what}", getattr(w, what)()
        if isinstance(w, QLabel):
            yield "QLabel" + (f"#{w.objectName()}" if w.objectName() else ""), w.text()
        if isinstance(w, QAbstractButton):
            yield name + ".text", w.text()
        if isinstance(w, QLineEdit):
            yield "QLineEdit.placeholder", w.placeholderText()
        if isinstance(w, QGroupBox):
            yield "QGroupBox", w.title()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "QComboBox item", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
                yield "tab tip", w.tabToolTip(i)
        if isinstance(w, QTreeWidget):
            yield "tree header", w.headerItem().text(0)
            for item in w.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
                yield "tree item", item.text(0)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from model_texts(w.model())
        if isinstance(w, QTextEdit):
            yield from document_texts(w.document(), "article" if _in_article_view(w) else "page")
        for a in w.actions():
            yield from action_texts(a)


def _in_article_view(w: QWidget) -> bool:
    while w is not None:
        if type(w).__name__ == "ArticleView":
            return True
        w = w.parentWidget()
    return False


def model_texts(model) -> Iterator[tuple[str, str]]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    top = QModelIndex()
    try:
        columns, rows = model.columnCount(top), model.rowCount(top)
    except TypeError:  # a view's internal model whose counts are private (a combo box's, a header's)
        return
    for c in range(columns):
        for role in roles[:2]:
            value = model.headerData(c, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield "header", value
        for r in range(rows):
            for role in roles:
                value = model.index(r, c).data(role)
                if isinstance(value, str):
                    yield "cell", value
            html = model.index(r, c).data(Qt.ItemDataRole.UserRole + 2)  # search_pane.HTML_ROLE
            if isinstance(html, str):
                yield "cell html", html


def document_texts(doc: QTextDocument, where: str = "page") -> Iterator[tuple[str, str]]:
    yield where, doc.toPlainText()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                yield where + " tooltip", tip
            it += 1
        block = block.next()


def page_titles(html: str) -> Iterator[tuple[str, str]]:
    for title in re.findall(r'title="([^"]*)"', html):
        yield "link tip", title


def action_texts(a: QAction) -> Iterator[tuple[str, str]]:
    for what in ("text", "iconText", "toolTip", "statusTip"):
        yield f"QAction.{what}", getattr(a, what)()
    if a.menu() is not None:
        yield "menu title", a.menu().title()
        for sub in a.menu().actions():
            yield from action_texts(sub)


def chart_texts(page) -> Iterator[tuple[str, str]]:
    import pyqtgraph as pg

    item = page.plot.getPlotItem()
    for side in ("left", "bottom"):
        yield "axis label", item.getAxis(side).labelText
    for g in item.items:
        if isinstance(g, pg.TextItem):
            yield "chart text", g.toPlainText()
    for hit in page.plot.hits:
        yield "chart hover tip", hit.tip


# -- the walk ----------------------------------------------------------------------------------------------
def collect(qtbot, monkeypatch, tmp_path) -> list[tuple[str, str]]:
    from PySide6.QtCore import QSettings

    from kzbrowser.ui.app import database_error_dialog
    from kzbrowser.ui.charts.dialog import ExportDialog
    from kzbrowser.ui.main_window import MainWindow

    seen: list[tuple[str, str]] = []
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: boxes.append((title, text)))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: boxes.append((title, text)))
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    seen += [("status bar", win.statusBar().currentMessage())]
    win.show_overview()  # a first launch's page (and Help > Overview)
    seen += document_texts(win.detail.browser.document(), "overview")
    seen += page_titles(win.detail.page.html)
    for key in win.names:  # every party's page
        win.show_party(key)
        seen += document_texts(win.detail.browser.document())
        seen += page_titles(win.detail.page.html)
        # the per-fact actions' words: their context menu's items
        seen += [("fact action", a.label) for a in win.detail.page.actions.values() if a.label]
    from kzbrowser.read.parties import GROUPS
    from kzbrowser.ui import edit
    from kzbrowser.ui.party_list_menu import menu_for

    keys = list(win.names)[:4]
    win.list_pane.view.selectAll()
    for a in menu_for(win.list_pane).actions():  # the list's context menu: compare the selected, or a group
        seen += action_texts(a)
    win.compare_parties(keys)
    compare = win.compare_tab.get()
    seen += widget_texts(compare)
    seen += document_texts(compare.browser.document(), "compare")
    seen += page_titles(compare.page.html)
    for a in compare.item_menu(next(iter(compare.page.actions.values()))).actions():
        seen += action_texts(a)
    for group in GROUPS:
        compare.set_group(group)
        seen += document_texts(compare.browser.document(), f"compare {group}")
        seen += [("compare message", compare.message.text())]
    for wrong in (keys[:1], [keys[0], keys[0]], list(win.names)[:7]):  # why these cannot be compared
        compare.set_parties(wrong)
        seen += [("compare message", compare.message.text())]
    for level in (1, 0):
        edit.zoom(win, level)
        seen += [("status bar", win.statusBar().currentMessage())]
    win.list_pane.show_1999.setChecked(True)
    for name in win.parties_1999:  # every 1999 party's page
        win.show_party_1999(name)
        seen += document_texts(win.detail.browser.document())
    win.list_pane.filter.setText("no such party")
    seen += [("empty list", win.list_pane.empty.text())]
    win.article_tab.show()
    win.search_tab.show()
    search = win.search_tab.get()
    seen += widget_texts(search)  # its hint, before a query hides it
    for query in ("ethnic harmony", "Kurganskaia", "table", "qqqzzz", '"unclosed', "-only", "Отан партия"):
        search.field.setText(query)
        search.run_search()
        seen += widget_texts(search)
    search.export_csv.setEnabled(True)
    search._on_help()
    win.charts_tab.show()
    charts = win.charts_tab.get()
    for i in range(charts.tabs.count()):
        charts.tabs.setCurrentIndex(i)
        page = charts.prepare()
        seen += chart_texts(page)
        if page.chart.name == "timeline":
            page.years.setCurrentIndex(1)
            seen += chart_texts(page)
        for fmt in ("png", "pdf"):
            dialog = ExportDialog(page.chart, fmt, store, win)
            qtbot.addWidget(dialog)
            seen += widget_texts(dialog)
    win.about_tab.show()
    seen += page_titles(win.about_tab.get().page.html)
    for i in range(win.tabs.count()):  # every tab, those added since this test was written too, built and shown
        win.tabs.setCurrentIndex(i)
        qtbot.wait(50)  # a deferred tab builds on the next pass of the event loop
        seen += widget_texts(win.tabs.widget(i))
    from kzbrowser.ui.about_app import show_about

    show_about(win, win.conn)
    from kzbrowser.ui.menus import choose_language

    choose_language(win, "ru")
    seen += widget_texts(win)
    qtbot.waitUntil(lambda: win.menus_filled)  # filled once the first frame is shown: every action is in them
    for a in win.menuBar().actions():
        seen += action_texts(a)
    from kzbrowser.read.db import REASONS

    for code in REASONS:  # every reason a database cannot be opened for, its values typed as the checks give them
        error = DatabaseError.of(tmp_path / "kz.sqlite", code, error="disk I/O error", found=1, expected=2,
                                 result="ok", problem="the table parties is missing", count=2)
        seen += widget_texts(database_error_dialog(error))
    from kzbrowser.ui.cite_dialog import CitationDialog

    citation = CitationDialog(win.source, win)  # its preview is a citation: in the article's English
    qtbot.addWidget(citation)
    seen += widget_texts(citation)
    for name, wrong in (("year", "abcd"), ("year", "1990"), ("pages", "xx"), ("url", "ftp://x"), ("volume", "ü")):
        citation.fields[name].setText(wrong)  # a problem (read/cite_details.py), said in the window's language
        seen += [("citation problem", citation.problem.text())]
        citation.fields[name].setText("")
    citation.fields["volume"].setText("6")  # without a journal
    seen += [("citation problem", citation.problem.text())]
    seen += [("citation preview while wrong", citation.preview.toPlainText())]
    seen += [(f"message box {i}", text) for i, (title, body) in enumerate(boxes) for text in (title, body)]
    win.close()
    conn.close()
    return seen


def without_data(text: str, values: list[str]) -> str:
    """``text`` with every longer database value it shows cut out (at a line break)."""
    text = html.unescape(text) if "<" in text else text  # rich text: its entities as the characters shown
    flat = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    for v in values:
        if v in flat:
            flat = flat.replace(v, "\n")
    return flat


def test_no_english_but_the_articles_data_in_russian(russian, qtbot, monkeypatch, tmp_path, corpus, own_texts,
                                                     values):
    seen = collect(qtbot, monkeypatch, tmp_path)
    assert len(seen) > 2000  # the walk reached the pages, tabs and dialogs
    allowed = {p.strip("/") for p in (str(BUNDLED_DB), str(BUNDLED_DB.resolve()), str(tmp_path / "kz.sqlite"))}
    # what the user typed (queries, citation details), SQLite's own words and identifiers quoted in a reason
    allowed |= {SOURCE_NAME, "qqqzzz", "unclosed", "abcd", "xx", "ftp", "x", "ü", "disk I/O error", "quick_check",
                "the table parties is missing", "application_id 0x1", "0x2", "SQLite"}
    english = sorted({(where, piece) for where, text in seen for piece in english_pieces(
        without_data(text, values), corpus, own_texts, allowed, where.startswith("article"))})
    if english:
        pytest.fail(f"{len(english)} English pieces:\n" + "\n".join(f"  {w}: {piece!r}" for w, piece in english))


def test_in_english_the_same_walk_finds_the_windows_own_words(qtbot, monkeypatch, tmp_path, corpus, own_texts):
    """The check can fail: without the catalogue, the very same walk finds English everywhere."""
    seen = collect(qtbot, monkeypatch, tmp_path)
    english = {piece for _, text in seen for piece in english_pieces(text, corpus, own_texts, set())}
    # typed: a text of each part of the window (menu, list header, party page, dialogs, About the data)
    assert {"File", "Members", "Show in article", "Leaders and founders", "Quotes and article", "All years",
            "Custom size", "Consistency report"} <= english


def test_the_check_catches_a_word_left_in_english(corpus, own_texts):
    # typed: pieces a translator might leave behind, beside the data that must pass
    assert english_pieces("Численность: Members", corpus, own_texts, set()) == ["Members"]
    assert english_pieces("Партия · Show in article", corpus, own_texts, set()) == ["Show in article"]
    assert english_pieces("Экспорт диаграммы Export Chart", corpus, own_texts, set()) != []
    assert english_pieces("Republican Political Party Otan — председатель; the republic's President",
                          corpus, own_texts, set()) == []
    assert english_pieces("Obviously Useful 10.5 · Useful on the Whole 23.8", corpus, own_texts, set()) == []


def test_search_notices_are_in_russian(russian, qtbot, monkeypatch, tmp_path, corpus, own_texts, values):
    from PySide6.QtCore import QSettings

    from kzbrowser.ui.main_window import MainWindow

    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    search = win.search_tab.get()
    notices = []
    for query in ("qqqzzz", '"unclosed', "-only", "democra* OR"):
        search.field.setText(query)
        search.run_search()
        notices.append(search.notice.text())
    win.close()
    conn.close()
    assert [p for text in notices for p in english_pieces(without_data(text, values), corpus, own_texts,
                                                          {"qqqzzz", "unclosed", "only"})] == []


@pytest.mark.parametrize(("name", "link"), [("membership", "Показать таблицу 1 в статье"),
                                            ("poll", "Показать таблицу 3 в статье"),
                                            ("assessment", "Показать таблицу 4 в статье"),
                                            ("timeline", "Показать раздел 3 в статье")])
def test_a_charts_link_names_its_table_in_russian(russian, qtbot, name, link):
    from kzbrowser.read import chart_data
    from kzbrowser.ui.charts.page import ChartPage
    from kzbrowser.ui.i18n import translate

    conn = connect(BUNDLED_DB)
    page = ChartPage(chart_data.chart(conn, name, translate))
    qtbot.addWidget(page)
    assert link in TAGS.sub("", page.links.text())
    conn.close()


def test_the_russian_window_fits_a_1366_pixel_wide_screen(russian, qtbot, tmp_path):
    """Russian runs longer: no tab may need the window wider than a 1366 x 768 laptop's screen. The search tab's
    party box once took the longest party name for its least width whenever it was laid out before it was first
    shown (now and then, as Ctrl+F opens the tab): the tab then reached past the window's edge."""
    from PySide6.QtCore import QSettings

    from kzbrowser.ui.main_window import MainWindow

    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    search = win.search_tab.get()  # built, laid out, never shown
    least = {"list": win.list_pane.minimumSizeHint().width(), "search": search.minimumSizeHint().width()}
    win.show()
    win.resize(1256, 706)  # the first window on a 1366 x 768 screen (Xvfb, no window manager)
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        qtbot.wait(50)  # a deferred tab builds on the next pass of the event loop
        least[win.tabs.tabText(i)] = win.tabs.widget(i).minimumSizeHint().width()
    widest = max(v for k, v in least.items() if k != "list")
    assert least["list"] + widest + 40 <= 1366, least  # 40: the splitter's handle, the frames and margins
    assert win.tabs.mapTo(win, win.tabs.rect().topRight()).x() < win.width() <= 1366  # nothing beyond its edge
    win.close()
    conn.close()
