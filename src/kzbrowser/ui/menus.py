"""The main window's actions: its menus, toolbar and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from kzbrowser.ui import views

if TYPE_CHECKING:
    from kzbrowser.ui.main_window import MainWindow

# The chart commands, for the window's Charts menu and the Charts tab's own toolbar: (command, text, keys, tip).
# Their shortcuts act while the Charts tab is current (MainWindow sets their context), wherever focus is in it.
CHART_COMMANDS = (
    ("png", "Export Chart as &PNG…", "Ctrl+E", "Save the current chart as PNG"),
    ("svg", "Export Chart as &SVG…", "Ctrl+Shift+E", "Save the current chart as SVG"),
    ("pdf", "Export Chart as P&DF…", "Ctrl+Alt+E", "Save the current chart as PDF"),
    ("csv", "Export Chart &Data as CSV…", "Ctrl+Shift+D", "Save the current chart's data as CSV"),
    ("copy", "Copy Chart &Image", "Ctrl+Shift+C", "Copy the current chart to the clipboard as an image"),
)


def keys(key: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The shortcut for a standard key (its platform's first binding) or a "Ctrl+L" text.

    QKeySequence(key) and QAction.setShortcut(key) would build PySide's Qt namespace (see
    party_models.DISPLAY_ROLE) to rule out their Qt.Key overloads; these two calls do not.
    """
    if isinstance(key, str):
        return [QKeySequence.fromString(key)]
    return QKeySequence.keyBindings(key)[:1]


def chart_action(parent: QObject, command: str, text: str, tip: str) -> QAction:
    """One chart command's action, named export_<format> or copy_chart_image, without its shortcut yet."""
    a = QAction(parent)  # (text, parent) would build QIcon's enums: see make_actions
    a.setText(text)
    a.setObjectName("copy_chart_image" if command == "copy" else f"export_{command}")
    a.setStatusTip(tip)
    a.setToolTip(tip)
    return a


def chart_shortcuts(actions: list[QAction], charts_shown: bool) -> None:
    """The chart commands' shortcuts (given here, once the Qt namespace may be built): they act while the
    charts are shown, wherever focus is (the window's tab bar after a click too); elsewhere only through the
    menu, so that Ctrl+E in the article does not export a chart."""
    from PySide6.QtCore import Qt

    context = Qt.ShortcutContext.WindowShortcut if charts_shown else Qt.ShortcutContext.WidgetShortcut
    for a, (_command, _text, shortcut, _tip) in zip(actions, CHART_COMMANDS, strict=True):
        if a.shortcut().isEmpty():
            a.setShortcuts(keys(shortcut))
        a.setShortcutContext(context)


def make_actions(win: MainWindow) -> None:
    """The window's actions (its *_action attributes and charts_menu), in its menus and toolbar."""

    def action(text: str, slot: Callable[..., object], shortcut: QKeySequence.StandardKey | str | None = None,
               tip: str = "") -> QAction:
        # QAction(win) then setText: the (text, parent) overload makes PySide build QIcon's enums before the
        # first frame (3-4 ms in a fresh process; this way 0.1 ms)
        a = QAction(win)
        a.setText(text)
        if shortcut is not None:
            a.setShortcuts(keys(shortcut))
        a.setStatusTip(tip)
        a.setToolTip(tip or text.replace("&", ""))
        a.triggered.connect(slot)
        win.addAction(a)
        return a

    win.back_action = action("&Back", win.go_back, QKeySequence.StandardKey.Back,
                             "Back to the place you were before (Alt+Left)")
    win.forward_action = action("&Forward", win.go_forward, QKeySequence.StandardKey.Forward,
                                "Forward again (Alt+Right)")
    win.find_action = action("&Find…", win._on_find, QKeySequence.StandardKey.Find,
                             "Search quotes and the article")
    win.filter_action = action("Filter &parties", win.list_pane.filter.setFocus, "Ctrl+L",
                               "Type a party's name, variant or abbreviation")
    win.cite_action = action("Copy article &citation", win.copy_citation, None,
                             "Copy a citation of the article")
    win.bibtex_action = action("Copy citation as &BibTeX", win.copy_bibtex, None,
                               "Copy a BibTeX entry for the article")
    win.cite_details_action = action("Citation &details…", lambda: _citation_details(win), None,
                                     "Journal, year, volume, issue, pages and address for citations, and the style")
    from kzbrowser.ui import print_commands as pc

    win.print_action = action("&Print…", lambda: pc.print_preview(win), QKeySequence.StandardKey.Print,
                              "Print the current party, comparison or the article, with a preview")
    win.pdf_action = action("Save as P&DF…", lambda: pc.save_pdf(win), QKeySequence.StandardKey.SaveAs,
                            "Save the current party, comparison or the article as a PDF (A4 or Letter)")
    win.markdown_action = action("Export as &Markdown…", lambda: pc.export_markdown(win), None,
                                 "Save the current party or comparison as a Markdown file")
    quit_action = action("&Quit", win.close, QKeySequence.StandardKey.Quit)
    close_action = action("&Close Window", win.close, QKeySequence.StandardKey.Close)
    about_app = action("&About kzbrowser", lambda: _about(win), None, "The version, Qt's and the data's checksum")
    edit = edit_actions(win, action)

    menu = win.menuBar()
    file_menu = menu.addMenu("&File")
    file_menu.addAction(win.print_action)
    file_menu.addAction(win.pdf_action)
    file_menu.addAction(win.markdown_action)
    file_menu.addSeparator()
    file_menu.addAction(win.cite_action)
    file_menu.addAction(win.bibtex_action)
    file_menu.addAction(win.cite_details_action)
    file_menu.addSeparator()
    file_menu.addAction(close_action)
    file_menu.addAction(quit_action)
    edit_menu = menu.addMenu("&Edit")
    for a in edit[:2]:
        edit_menu.addAction(a)
    edit_menu.addSeparator()
    edit_menu.addAction(win.find_action)
    for a in edit[2:4]:
        edit_menu.addAction(a)
    go = menu.addMenu("&Go")
    go.addAction(win.back_action)
    go.addAction(win.forward_action)
    go.addSeparator()
    go.addAction(win.filter_action)
    go.addAction(win.find_action)
    view = menu.addMenu("&View")
    for i in range(win.tabs.count()):
        a = action(win.tabs.tabText(i).replace("&", ""), lambda _=False, i=i: win.tabs.setCurrentIndex(i),
                   f"Ctrl+{i + 1}")
        view.addAction(a)
    view.addSeparator()
    for a in edit[4:7]:
        view.addAction(a)
    win.charts_menu = menu.addMenu("&Charts")
    win.charts_menu.addAction(action("Show &charts", win.charts_tab.show))
    win.charts_menu.addSeparator()
    # Listed before the tab is built; triggering one builds what it needs, then runs (views.run_chart_command).
    # Their shortcuts are given once the window is ready (MainWindow._finish_setup), with a context.
    win.chart_actions = []
    for command, text, _keys, tip in CHART_COMMANDS:
        a = chart_action(win, command, text, tip)
        a.triggered.connect(lambda _=False, c=command: views.run_chart_command(win, c))
        win.charts_menu.addAction(a)
        win.addAction(a)  # so that its shortcut is the window's (a menu's alone may not be live)
        win.chart_actions.append(a)
    win.charts_menu.setToolTipsVisible(True)
    help_menu = menu.addMenu("&Help")
    help_menu.addAction(edit[7])
    help_menu.addAction(action("About the &data", win.about_tab.show))
    help_menu.addAction(about_app)

    bar = QToolBar("Navigation", win)
    bar.setObjectName("navigation")
    bar.addAction(win.back_action)
    bar.addAction(win.forward_action)
    bar.addSeparator()
    bar.addAction(win.cite_action)
    win.addToolBar(bar)
    win._update_history_actions()


def edit_actions(win: MainWindow, action: Callable[..., QAction]) -> list[QAction]:
    """Copy, Select All, Find Next, Find Previous, Zoom In, Zoom Out, Actual Size and Help: each acts on the
    view that has the focus, or on the reading views (zoom)."""
    from kzbrowser.ui import edit

    made = [action("&Copy", lambda: edit.copy(win), QKeySequence.StandardKey.Copy, "Copy the selection"),
            action("Select &All", lambda: edit.select_all(win), QKeySequence.StandardKey.SelectAll),
            action("Find &Next", lambda: edit.find_next(win, 1), QKeySequence.StandardKey.FindNext,
                   "Open the next search result (F3)"),
            action("Find Pre&vious", lambda: edit.find_next(win, -1), QKeySequence.StandardKey.FindPrevious,
                   "Open the previous search result (Shift+F3)"),
            action("Zoom &In", lambda: edit.zoom(win, 1), "Ctrl++", "Larger text in the article and the pages"),
            action("Zoom &Out", lambda: edit.zoom(win, -1), "Ctrl+-", "Smaller text in the article and the pages"),
            action("&Actual Size", lambda: edit.zoom(win, 0), "Ctrl+0", "The text at its usual size"),
            action("&Overview and Help", lambda: win.show_overview(), QKeySequence.StandardKey.HelpContents,
                   "What the article is, its parties, and how to use kzbrowser (F1)")]
    made[4].setShortcuts([*keys("Ctrl++"), *keys("Ctrl+=")])  # "+" is a shifted "=" on most keyboards
    # Ctrl+C and Ctrl+A belong to the view with the focus (its own, or the search results' copy action): these
    # show the keys in the menu, and window_setup.finish_setup keeps them from claiming the keys too
    made[0].setObjectName("edit_copy")
    made[1].setObjectName("edit_select_all")
    return made


def _citation_details(win: MainWindow) -> None:
    from kzbrowser.ui.cite_dialog import edit_citation_details  # when asked: not at start-up

    edit_citation_details(win)


def _about(win: MainWindow) -> None:
    from kzbrowser.ui.about_app import show_about  # when asked: not at start-up

    show_about(win, win.conn)
