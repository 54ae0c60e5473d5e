"""The party list's context menu: compare the selected parties, or a whole group (set up after the first frame)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMenu

from kzbrowser.read.parties import GROUPS
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui.i18n import translate

if TYPE_CHECKING:
    from kzbrowser.ui.party_list import PartyListPane

COMPARE_SELECTED = QT_TRANSLATE_NOOP("PartyListPane", "Compare the selected parties ({count})")
COMPARE_GROUP = QT_TRANSLATE_NOOP("PartyListPane", "Compare a whole group")



def menu_for(pane: PartyListPane, pos: QPoint | None = None) -> QMenu:
    """The menu for a right-click at ``pos`` (in the view's viewport); on a party not selected, that party
    becomes the selection (as file managers do), on a selected one the selection stays."""
    view = pane.view
    if pos is not None:
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isRowSelected(index.row(), index.parent()):
            flags = QItemSelectionModel.SelectionFlag
            view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    menu = QMenu(pane)
    keys = pane.selected_keys()
    selected = menu.addAction(translate("PartyListPane", COMPARE_SELECTED).format(
        count=len(keys)))
    selected.setEnabled(2 <= len(keys) <= 6)
    selected.triggered.connect(lambda: pane.compare_requested.emit(keys))
    groups = menu.addMenu(translate("PartyListPane", COMPARE_GROUP))
    for key, (label, where) in GROUPS.items():
        members = pane.groups.get(key, ())
        a = groups.addAction(f"{translate('Groups', label)} ({translate('Groups', where)}): {len(members)}")
        a.setEnabled(2 <= len(members) <= 6)
        a.triggered.connect(lambda _=False, m=members: pane.compare_requested.emit(list(m)))
    return menu


def install_menu(pane: PartyListPane) -> None:
    view = pane.view
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(
        lambda pos: menu_for(pane, pos).exec(view.viewport().mapToGlobal(pos)))
