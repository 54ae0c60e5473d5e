"""The Edit and zoom commands: each acts on the view with the keyboard focus, or on the reading views."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTextEdit, QWidget

from kzbrowser.ui.i18n import translate

if TYPE_CHECKING:
    from kzbrowser.ui.main_window import MainWindow

ZOOM_RANGE = (-4, 10)  # points less or more than the usual text size


def _focus(win: MainWindow) -> QWidget | None:
    w = QApplication.focusWidget()
    return w if w is not None and w.window() is win else None


def copy(win: MainWindow) -> None:
    """The focused view's selection to the clipboard; in a list, the current row's cells."""
    w = _focus(win)
    if isinstance(w, QTextEdit | QLineEdit):
        w.copy()
    elif isinstance(w, QAbstractItemView) and w.currentIndex().isValid():
        index, model = w.currentIndex(), w.model()
        cells = [model.index(index.row(), c, index.parent()).data() for c in range(model.columnCount())]
        text = "\t".join(str(c).replace("\n", " ") for c in cells if c)
        QGuiApplication.clipboard().setText(text)
        win._on_copied(text)


def select_all(win: MainWindow) -> None:
    w = _focus(win)
    if isinstance(w, QTextEdit | QLineEdit | QAbstractItemView):
        w.selectAll()


def find_next(win: MainWindow, by: int) -> None:
    """Open the next (1) or previous (-1) search result; with no search yet, the search field."""
    search = win.search_tab.view
    if search is None or win.search_keys is None or not win.search_keys.step(by):
        if search is None or not search.field.text().strip():
            win._on_find()
        else:
            win.statusBar().showMessage(translate("Edit", "No further result.") if by > 0
                                        else translate("Edit", "No earlier result."), 4000)


def reading_browsers(win: MainWindow) -> list[QTextEdit]:
    views: list[QTextEdit] = [win.detail.browser]
    if win.article_tab.view is not None:
        views.append(win.article_tab.view.browser)
    if win.about_tab.view is not None:
        views.append(win.about_tab.view.browser)
    return views


def zoom(win: MainWindow, step: int) -> None:
    """Text one point larger (1) or smaller (-1) in the party pages, the article and About the data; 0: usual."""
    level = 0 if step == 0 else min(ZOOM_RANGE[1], max(ZOOM_RANGE[0], win.zoom_level + step))
    win.zoom_level = level
    for browser in reading_browsers(win):
        apply_zoom(browser, level)
    if win.article_tab.view is not None:
        win.article_tab.view.rebuild()  # its headings' sizes are set from the text size when it is built
    if win.is_ready:
        from kzbrowser.ui.pages import prepare_pages

        prepare_pages(win)  # the party pages in the new size
    win.statusBar().showMessage(translate("Edit", "Text at its usual size") if level == 0
                                else translate("Edit", "Text size {level} pt").format(level=f"{level:+d}"), 3000)


def apply_zoom(browser: QTextEdit, level: int) -> None:
    font = QApplication.font()
    font.setPointSizeF(max(5.0, font.pointSizeF() + level))
    browser.setFont(font)
