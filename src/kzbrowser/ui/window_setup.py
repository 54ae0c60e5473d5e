"""What the main window sets up once its first frame is on the screen, and its pages rendered again.

Here rather than in main_window.py: none of it is needed for the first frame, and most of it needs PySide's
``Qt`` namespace (see party_models.DISPLAY_ROLE), which the first frame must not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from kzbrowser.ui import pages, settings, views
from kzbrowser.ui.history import PARTY, PARTY_1999

if TYPE_CHECKING:
    from kzbrowser.ui.main_window import MainWindow



class MouseHistory(QObject):
    """The mouse's back and forward buttons, anywhere in the window, go back and forward."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            button = event.button()
            in_window = isinstance(watched, QWidget) and watched.window() is self.win
            if in_window and button in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton):
                (self.win.go_back if button == Qt.MouseButton.BackButton else self.win.go_forward)()
                return True
        return False


def finish_setup(win: MainWindow) -> None:
    s = win.settings
    pane = win.list_pane
    pane.sort.currentIndexChanged.connect(lambda i: settings.SORT.write(s, i))
    if settings.SHOW_1999.read(s):
        pane.show_1999.setChecked(True)
        pane.select_party(win.detail_place.target if win.detail_place.kind == PARTY else None,
                          win.detail_place.target if win.detail_place.kind == PARTY_1999 else None)
    pane.show_1999.toggled.connect(lambda on: settings.SHOW_1999.write(s, on))
    tab = settings.TAB.read(s)
    if 0 < tab < win.tabs.count() and win.tabs.currentIndex() == 0:
        win.tabs.setCurrentIndex(tab)  # the view the user left (built now if it is not yet)
    for name in ("edit_copy", "edit_select_all"):  # see menus.edit_actions: a window-wide Ctrl+C would make
        action = win.findChild(QAction, name)  # the search results' own copy shortcut ambiguous, so neither ran
        if action is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        from kzbrowser.ui.app import set_icon

        set_icon(app)
        app.installEventFilter(MouseHistory(win))  # a child of the window: removed with it
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(win.on_scheme_changed)  # a method: disconnected with the window
        app.aboutToQuit.connect(win._save_later)  # the party and tab chosen last, should no close come first
    from kzbrowser.ui.focus_frame import FocusFrame

    win.focus_frame = FocusFrame(win)
    for view in (win.list_pane.view, win.list_pane.view_1999, win.detail.browser):
        win.focus_frame.watch(view)
    # What showing a party's page needs (a first launch's first frame, the overview, did not): now, not by a
    # click that comes before the first idle step (that first selection took 56-70 ms)
    pages.warm_up(win)
    pages.prepare_pages(win)


def style_view(win: MainWindow, view: QWidget) -> None:
    """The focus frame for a view built later (the article, search results, About the data)."""
    frame = getattr(win, "focus_frame", None)
    if frame is not None:
        frame.watch(view)


def rerender(win: MainWindow) -> None:
    """Every page again in the current palette, each where the user had scrolled to."""
    from kzbrowser.ui.history import OVERVIEW

    bar = win.detail.browser.verticalScrollBar()
    scroll = bar.value()
    current = win.tabs.currentIndex()
    with win.nav.quietly():
        place = win.detail_place
        if place.kind == PARTY:
            win.show_party(place.target, marks=win._marks)
        elif place.kind == PARTY_1999:
            win.show_party_1999(place.target)
        elif place.kind == OVERVIEW:
            win.show_overview()
        win.tabs.setCurrentIndex(current)
    bar.setValue(scroll)
    about = win.about_tab.view
    if about is not None:
        about_bar = about.browser.verticalScrollBar()
        about_scroll = about_bar.value()
        about.set_page(views.about_page(win, about))
        about_bar.setValue(about_scroll)
    if win.article_tab.view is not None:
        win.article_tab.view.rebuild()
    pages.prepare_pages(win)
