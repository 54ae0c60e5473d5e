"""The main window's actions: its menus, toolbar and keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui import settings, views
from kzbrowser.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

    from kzbrowser.ui.main_window import MainWindow

# The chart commands, for the window's Charts menu and the Charts tab's own toolbar: (command, text, keys, tip).
# Their shortcuts act while the Charts tab is current (MainWindow sets their context), wherever focus is in it.
# The texts are translated where the actions are made (chart_action).
CHART_COMMANDS = (
    ("png", QT_TRANSLATE_NOOP("Menus", "Export Chart as &PNG…"), "Ctrl+E",
     QT_TRANSLATE_NOOP("Menus", "Save the current chart as PNG")),
    ("svg", QT_TRANSLATE_NOOP("Menus", "Export Chart as &SVG…"), "Ctrl+Shift+E",
     QT_TRANSLATE_NOOP("Menus", "Save the current chart as SVG")),
    ("pdf", QT_TRANSLATE_NOOP("Menus", "Export Chart as P&DF…"), "Ctrl+Alt+E",
     QT_TRANSLATE_NOOP("Menus", "Save the current chart as PDF")),
    ("csv", QT_TRANSLATE_NOOP("Menus", "Export Chart &Data as CSV…"), "Ctrl+Shift+D",
     QT_TRANSLATE_NOOP("Menus", "Save the current chart's data as CSV")),
    ("copy", QT_TRANSLATE_NOOP("Menus", "Copy Chart &Image"), "Ctrl+Shift+C",
     QT_TRANSLATE_NOOP("Menus", "Copy the current chart to the clipboard as an image")),
)
# The chart commands' texts on the Charts tab's toolbar, where room is short (English: the menu's text).
TOOLBAR_TEXTS = {"png": QT_TRANSLATE_NOOP("ChartToolbar", "Export Chart as PNG"),
                 "svg": QT_TRANSLATE_NOOP("ChartToolbar", "Export Chart as SVG"),
                 "pdf": QT_TRANSLATE_NOOP("ChartToolbar", "Export Chart as PDF"),
                 "csv": QT_TRANSLATE_NOOP("ChartToolbar", "Export Chart Data as CSV"),
                 "copy": QT_TRANSLATE_NOOP("ChartToolbar", "Copy Chart Image")}
# View > Language: (setting value, label). A language is named in itself, as language menus do.
LANGUAGES = (("system", QT_TRANSLATE_NOOP("Menus", "&System language")), ("en", "English"), ("ru", "Русский"))


def keys(key: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """The shortcut for a standard key (its platform's first binding) or a "Ctrl+L" text.

    QKeySequence(key) and QAction.setShortcut(key) would build PySide's Qt namespace (see
    party_models.DISPLAY_ROLE) to rule out their Qt.Key overloads; these two calls do not.
    """
    from PySide6.QtGui import QKeySequence

    if isinstance(key, str):
        return [QKeySequence.fromString(key)]
    return QKeySequence.keyBindings(key)[:1]


def chart_action(parent: QObject, command: str, text: str, tip: str) -> QAction:
    """One chart command's action, named export_<format> or copy_chart_image, without its shortcut yet."""
    a = QAction(parent)  # (text, parent) would build QIcon's enums: see make_actions
    a.setText(translate("Menus", text))
    a.setIconText(translate("ChartToolbar", TOOLBAR_TEXTS[command]))
    a.setObjectName("copy_chart_image" if command == "copy" else f"export_{command}")
    a.setStatusTip(translate("Menus", tip))
    a.setToolTip(translate("Menus", tip))
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


# The menu bar's menus, in order: (name in MainWindow.menus, title).
MENUS = (("file", QT_TRANSLATE_NOOP("Menus", "&File")), ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
         ("go", QT_TRANSLATE_NOOP("Menus", "&Go")), ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
         ("charts", QT_TRANSLATE_NOOP("Menus", "&Charts")), ("help", QT_TRANSLATE_NOOP("Menus", "&Help")))
# What fill_menus makes: MainWindow makes them on the spot if asked for before (MainWindow.__getattr__).
FILLED = ("find_action", "filter_action", "bibtex_action", "cite_details_action", "print_action", "pdf_action",
          "markdown_action", "chart_actions")


def _action(win: MainWindow, text: str, slot: Callable[..., object],
            shortcut: QKeySequence.StandardKey | str | None = None, tip: str = "") -> QAction:
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


def make_actions(win: MainWindow) -> None:
    """What the first frame shows of the window's commands: the menu bar's titles and the toolbar's actions (Back,
    Forward, Copy article citation). The menus' contents and every shortcut are made by :func:`fill_menus` once
    that frame is painted (MainWindow._finish_setup), or sooner if a menu is opened or one of them is asked for:
    the ~40 actions, their shortcuts and the print commands' import were ~7 M instructions of start-up (~3 ms)."""
    win.back_action = _action(win, translate("Menus", "&Back"), win.go_back, None,
                              translate("Menus", "Back to the place you were before (Alt+Left)"))
    win.forward_action = _action(win, translate("Menus", "&Forward"), win.go_forward, None,
                                 translate("Menus", "Forward again (Alt+Right)"))
    win.cite_action = _action(win, translate("Menus", "Copy article &citation"), lambda: win.copy_citation(), None,
                              translate("Menus", "Copy a citation of the article"))
    bar = win.menuBar()
    for name, title in MENUS:
        menu = bar.addMenu(translate("Menus", title))
        menu.aboutToShow.connect(lambda: fill_menus(win))
        win.menus[name] = menu
    win.charts_menu = win.menus["charts"]

    tools = QToolBar(translate("Menus", "Navigation"), win)
    tools.setObjectName("navigation")
    tools.addAction(win.back_action)
    tools.addAction(win.forward_action)
    tools.addSeparator()
    tools.addAction(win.cite_action)
    win.addToolBar(tools)
    win._update_history_actions()


def fill_menus(win: MainWindow) -> None:
    """The menus' contents and the shortcuts (see :func:`make_actions`); once."""
    if win.menus_filled:
        return
    win.menus_filled = True
    from PySide6.QtGui import QKeySequence  # its type and enums (1-2 ms) are not the first frame's

    def action(text: str, slot: Callable[..., object], shortcut: QKeySequence.StandardKey | str | None = None,
               tip: str = "") -> QAction:
        return _action(win, text, slot, shortcut, tip)

    win.back_action.setShortcuts(keys(QKeySequence.StandardKey.Back))
    win.forward_action.setShortcuts(keys(QKeySequence.StandardKey.Forward))
    win.find_action = action(translate("Menus", "&Find…"), win._on_find, QKeySequence.StandardKey.Find,
                             translate("Menus", "Search quotes and the article"))
    win.filter_action = action(translate("Menus", "Filter &parties"), win.list_pane.filter.setFocus, "Ctrl+L",
                               translate("Menus", "Type a party's name, variant or abbreviation"))
    win.bibtex_action = action(translate("Menus", "Copy citation as &BibTeX"), lambda: win.copy_citation(True), None,
                               translate("Menus", "Copy a BibTeX entry for the article"))
    win.cite_details_action = action(translate("Menus", "Citation &details…"), lambda: _citation_details(win), None,
                                     translate("Menus", "Journal, year, volume, issue, pages and address for "
                                                        "citations, and the style"))
    from kzbrowser.ui import print_commands as pc

    win.print_action = action(translate("Menus", "&Print…"), lambda: pc.print_preview(win),
                              QKeySequence.StandardKey.Print,
                              translate("Menus", "Print the current party, comparison or the article, with a "
                                                 "preview"))
    win.pdf_action = action(translate("Menus", "Save as P&DF…"), lambda: pc.save_pdf(win),
                            QKeySequence.StandardKey.SaveAs,
                            translate("Menus", "Save the current party, comparison or the article as a PDF (A4 or "
                                               "Letter)"))
    win.markdown_action = action(translate("Menus", "Export as &Markdown…"), lambda: pc.export_markdown(win), None,
                                 translate("Menus", "Save the current party or comparison as a Markdown file"))
    quit_action = action(translate("Menus", "&Quit"), win.close, QKeySequence.StandardKey.Quit)
    close_action = action(translate("Menus", "&Close Window"), win.close, QKeySequence.StandardKey.Close)
    about_app = action(translate("Menus", "&About kzbrowser"), lambda: _about(win), None,
                       translate("Menus", "The version, Qt's and the data's checksum"))
    edit = edit_actions(win, action)

    file_menu = win.menus["file"]
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
    edit_menu = win.menus["edit"]
    for a in edit[:2]:
        edit_menu.addAction(a)
    edit_menu.addSeparator()
    edit_menu.addAction(win.find_action)
    for a in edit[2:4]:
        edit_menu.addAction(a)
    go = win.menus["go"]
    go.addAction(win.back_action)
    go.addAction(win.forward_action)
    go.addSeparator()
    go.addAction(win.filter_action)
    go.addAction(win.find_action)
    view = win.menus["view"]
    for i in range(win.tabs.count()):
        a = action(win.tabs.tabText(i).replace("&", ""), lambda _=False, i=i: win.tabs.setCurrentIndex(i),
                   f"Ctrl+{i + 1}")
        view.addAction(a)
    view.addSeparator()
    for a in edit[4:7]:
        view.addAction(a)
    view.addSeparator()
    language_menu(win, view.addMenu(translate("Menus", "&Language")))
    win.charts_menu.addAction(action(translate("Menus", "Show &charts"), win.charts_tab.show))
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
    help_menu = win.menus["help"]
    help_menu.addAction(edit[7])
    help_menu.addAction(action(translate("Menus", "About the &data"), win.about_tab.show))
    help_menu.addAction(about_app)


def language_menu(win: MainWindow, menu: QMenu) -> None:
    """View > Language: the system's language, English or Russian, one checked; remembered for the next start."""
    from PySide6.QtGui import QActionGroup

    group = QActionGroup(menu)
    chosen = settings.LANGUAGE.read(win.settings)
    for value, label in LANGUAGES:
        a = QAction(menu)
        a.setText(translate("Menus", label) if value == "system" else label)
        a.setObjectName(f"language_{value}")
        a.setCheckable(True)
        a.setChecked(value == chosen)
        a.setActionGroup(group)
        a.triggered.connect(lambda _=False, v=value: choose_language(win, v))
        menu.addAction(a)


def choose_language(win: MainWindow, choice: str) -> None:
    """Remember the language chosen; it applies from the next start, which a message says."""
    from PySide6.QtWidgets import QMessageBox

    if choice == settings.LANGUAGE.read(win.settings):
        return
    settings.LANGUAGE.write(win.settings, choice)
    QMessageBox.information(win, translate("Menus", "Language"),
                            translate("Menus", "The new language is used from the next start of kzbrowser."))


def edit_actions(win: MainWindow, action: Callable[..., QAction]) -> list[QAction]:
    """Copy, Select All, Find Next, Find Previous, Zoom In, Zoom Out, Actual Size and Help: each acts on the
    view that has the focus, or on the reading views (zoom)."""
    from PySide6.QtGui import QKeySequence

    from kzbrowser.ui import edit

    made = [action(translate("Menus", "&Copy"), lambda: edit.copy(win), QKeySequence.StandardKey.Copy,
                   translate("Menus", "Copy the selection")),
            action(translate("Menus", "Select &All"), lambda: edit.select_all(win), QKeySequence.StandardKey.SelectAll),
            action(translate("Menus", "Find &Next"), lambda: edit.find_next(win, 1), QKeySequence.StandardKey.FindNext,
                   translate("Menus", "Open the next search result (F3)")),
            action(translate("Menus", "Find Pre&vious"), lambda: edit.find_next(win, -1),
                   QKeySequence.StandardKey.FindPrevious,
                   translate("Menus", "Open the previous search result (Shift+F3)")),
            action(translate("Menus", "Zoom &In"), lambda: edit.zoom(win, 1), "Ctrl++",
                   translate("Menus", "Larger text in the article and the pages")),
            action(translate("Menus", "Zoom &Out"), lambda: edit.zoom(win, -1), "Ctrl+-",
                   translate("Menus", "Smaller text in the article and the pages")),
            action(translate("Menus", "&Actual Size"), lambda: edit.zoom(win, 0), "Ctrl+0",
                   translate("Menus", "The text at its usual size")),
            action(translate("Menus", "&Overview and Help"), lambda: win.show_overview(),
                   QKeySequence.StandardKey.HelpContents,
                   translate("Menus", "What the article is, its parties, and how to use kzbrowser (F1)"))]
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
