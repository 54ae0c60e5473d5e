"""A chart's data as a table: the model, and a view that copies what is selected (or everything)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kzbrowser.read.chart_words import CELLS, HEADINGS, TABLE4_GLOSSES
from kzbrowser.translate import translated_label
from kzbrowser.ui.i18n import translate

ModelIndex = QModelIndex | QPersistentModelIndex


class ChartTableModel(QAbstractTableModel):
    """The data behind one chart, as printed in the article (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()

    def set_rows(self, columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> None:
        self.beginResetModel()
        self._columns, self._rows = columns, rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # kzbrowser's words (yes, month...) in the window's language; the article's data as printed
            return translated_label(translate, "ChartCells", CELLS, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and _numeric(value):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            # A numeric column's header sits over its numbers, on the right.
            if self._rows and 0 <= section < len(self._columns) and all(
                    _numeric(r[section]) or not r[section] for r in self._rows) and any(
                    r[section] for r in self._rows):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            column = self._columns[section] if 0 <= section < len(self._columns) else ""
            gloss = translated_label(translate, "Table4", TABLE4_GLOSSES, column)  # a Table 4 category: its translation
            return gloss if gloss != column else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            # kzbrowser's headings translated; Table 4's categories (no translation) stay as printed
            if not 0 <= section < len(self._columns):
                return None
            return translated_label(translate, "Charts", HEADINGS, self._columns[section])
        return section + 1


def _numeric(value: str) -> bool:
    return value.removesuffix("%").replace(",", "").replace(".", "", 1).isdigit()


class DataView(QTableView):
    """A read-only table; Ctrl+C copies the selected cells (or the whole table) as tab-separated text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        copy = QAction(self.tr("Copy"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        # Set by the charts tab: the selected (row, column) cells, or none for all, as text with its citation.
        # No shortcut: Ctrl+Shift+C copies the chart's image while the charts are shown.
        self.cite: Callable[[list[tuple[int, int]]], str] | None = None
        self.copy_cited_action = QAction(self.tr("Copy with citation"), self)
        self.copy_cited_action.triggered.connect(self.copy_cited)
        self.addAction(self.copy_cited_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QTableView's own Ctrl+C copies only the current cell: copy the whole selection instead.
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        model = self.model()
        indexes = sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        if not indexes:  # nothing selected: the whole table, with its header
            cols = range(model.columnCount())
            lines = ["\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in cols)]
            lines += ["\t".join(str(model.index(r, c).data()) for c in cols) for r in range(model.rowCount())]
            return "\n".join(lines) + "\n"
        rows: dict[int, list[str]] = {}
        for i in indexes:
            rows.setdefault(i.row(), []).append(str(i.data()))
        # The header of the columns copied first, so the pasted numbers say what they are.
        picked = sorted({i.column() for i in indexes})
        header = "\t".join(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in picked)
        return "\n".join([header, *("\t".join(cells) for cells in rows.values())]) + "\n"

    def copy_selection(self) -> None:
        QGuiApplication.clipboard().setText(self.selected_text())

    def copy_cited(self) -> None:
        """The selected cells (none: the whole table) as printed, with the citation of their table."""
        if self.cite is not None:
            cells = sorted((i.row(), i.column()) for i in self.selectedIndexes())
            QGuiApplication.clipboard().setText(self.cite(cells))
