"""The search tab's keys: Down from the query field moves into the results; Find Next and Previous step
through them, opening each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QKeyEvent

from kzbrowser.ui import settings as keys

if TYPE_CHECKING:
    from kzbrowser.ui.search_pane import SearchPane

HIT_ROLE = Qt.ItemDataRole.UserRole + 1  # search_pane.HIT_ROLE


class ResultKeys(QObject):
    """Installed on the pane by the window (views.connect_search), with the scope it remembers."""

    def __init__(self, pane: SearchPane, settings: QSettings | None = None) -> None:
        super().__init__(pane)
        self.pane = pane
        pane.field.installEventFilter(self)
        if settings is not None:  # the scope the user last chose, and each one chosen
            pane.scope.setCurrentIndex(max(0, pane.scope.findData(keys.SEARCH_SCOPE.read(settings))))
            pane.scope.currentIndexChanged.connect(
                lambda _i: keys.SEARCH_SCOPE.write(settings, str(pane.scope.currentData())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.pane.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down):
            self.pane.run_search()  # what the field says now, not what it said before the typing pause
            self.step(1, open_it=False)
            return True
        return False

    def step(self, by: int, open_it: bool = True) -> bool:
        """Select the result after (by=1) or before (by=-1) the current one and focus the list; open it too if
        ``open_it``. False when there is no such result."""
        pane = self.pane
        model, view = pane.model, pane.view
        rows = [r for r in range(model.rowCount()) if model.index(r).data(HIT_ROLE) is not None]
        if not rows:
            return False
        current = view.currentIndex().row() if view.currentIndex().isValid() else None
        if current is None:
            target = rows[0] if by > 0 else rows[-1]
        else:
            later = [r for r in rows if (r > current if by > 0 else r < current)]
            if not later:
                return False
            target = later[0] if by > 0 else later[-1]
        index = model.index(target)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus()
        if open_it:
            pane._on_activated(index)
        return True
