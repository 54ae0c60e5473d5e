"""The party list pane: the 12 parties of 2004 (and, on request, the 10 of the 1999 election)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, QRect, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kzbrowser.read.parties import GROUPS, PartySummary, Record
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.party_models import (
    KEY_ROLE,
    MEMBERS,
    NAME,
    NOTES,
    REGISTERED,
    TEXT_WORD_WRAP,
    Party1999Model,
    PartyFilterProxy,
    PartyTableModel,
)


class PartyListPane(QWidget):
    """Filter box, sort choice and the party list.

    Signals:
        party_selected(str): a 2004 party was selected (its key).
        party1999_selected(str): a 1999 party was selected (its printed name).
        compare_requested(list): compare these parties (keys; the Compare button or the context menu).
    """

    party_selected = Signal(str)
    party1999_selected = Signal(str)
    compare_requested = Signal(list)

    NAME_LINES = 2  # a party's name wraps to at most this many lines
    SORTS = ((QT_TRANSLATE_NOOP("PartyListPane", "Table 1 order"), None),
             (QT_TRANSLATE_NOOP("PartyListPane", "Name"), NAME),
             (QT_TRANSLATE_NOOP("PartyListPane", "Membership"), MEMBERS),
             (QT_TRANSLATE_NOOP("PartyListPane", "Registration date"), REGISTERED))

    def __init__(self, parties: list[PartySummary], parties_1999: list[Record], parent: QWidget | None = None,
                 groups: dict[str, tuple[str, ...]] | None = None) -> None:
        super().__init__(parent)
        self.groups = groups or {}
        self._syncing = False  # select_party is echoing the window's choice: not a user's selection
        self._clicked: str | None = None  # the party the user is choosing in the list, while its signal runs
        self._list_height = 0  # what the twelve rows need (see _fit_rows)
        self.model = PartyTableModel(self)
        self.model.set_rows(parties)
        self.proxy = PartyFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter parties: name, variant or abbreviation"))
        self.filter.setToolTip(self.tr("Filter parties: name, variant or abbreviation"))  # the placeholder may be cut
        self.filter.setAccessibleName(self.tr("Filter parties"))
        self.filter.textChanged.connect(self._on_filter_changed)

        self.sort = QComboBox(self)
        self.sort.setAccessibleName(self.tr("Sort parties by"))
        for label, _ in self.SORTS:
            self.sort.addItem(translate("PartyListPane", label))
        self.sort.currentIndexChanged.connect(self._on_sort_changed)
        sort_label = QLabel(self.tr("&Sort by:"), self)
        sort_label.setBuddy(self.sort)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Parties"))
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl/Shift+click selects several parties to compare; the profile shown is the current one
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Sorting by a header click is switched on by finish_setup(), after the first frame: it needs
        # Qt.SortOrder, and so PySide's whole Qt namespace (see party_models.DISPLAY_ROLE). Until then: Table 1 order.
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)

        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths measured once from the texts: ResizeToContents would measure every cell through the
        # item delegate on each layout.
        fm = self.view.fontMetrics()
        bold = header.fontMetrics()
        for col in (MEMBERS, REGISTERED, NOTES):
            texts = [self.model.index(r, col).data() or "" for r in range(self.model.rowCount())]
            widest = max((fm.horizontalAdvance(line) for t in texts for line in t.split("\n")), default=0)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(widest, bold.horizontalAdvance(self.model.header(col)) + 16) + 14)
        # Wrapped names need taller rows when the pane narrows or the rows change; many such signals come in
        # a burst, so the (costly) recomputation runs once, after the burst.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self._fit_rows)
        for signal in (header.sectionResized, header.geometriesChanged, self.proxy.layoutChanged,
                       self.proxy.rowsInserted, self.proxy.modelReset):
            signal.connect(lambda *_: self._rows_timer.start(0))
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.group_filter = QComboBox(self)
        self.group_filter.setAccessibleName(self.tr("Show parties of a group"))
        self.group_filter.addItem(self.tr("Show all parties"), None)
        for key, (label, where) in GROUPS.items():
            self.group_filter.addItem(f"{translate('Groups', label)} ({translate('Groups', where)})", key)
        self.group_filter.currentIndexChanged.connect(self._on_group_changed)
        self.compare = QPushButton(self)  # (text, parent) would build QIcon's type, ~4 ms, before the first frame
        self.compare.setText(self.tr("C&ompare"))
        self.compare.setToolTip(self.tr("Compare the selected parties side by side (select 2 to 6 with Ctrl+click)"))
        self.compare.setEnabled(False)
        self.compare.clicked.connect(lambda: self.compare_requested.emit(self.selected_keys()))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())

        self.empty = QLabel(self.tr("No party matches this filter."), self)
        self.empty.setVisible(False)

        self.show_1999 = QCheckBox(self.tr("Show the 10 parties of the &1999 election"), self)
        self.model_1999 = Party1999Model(self)  # its rows too are made on first use (_on_show_1999)
        self._rows_1999 = (parties_1999, {p.key: p.full_name for p in parties})
        self.view_1999 = QTableView(self)
        self.view_1999.setAccessibleName(self.tr("Parties of the 1999 election"))
        self.view_1999.setTabKeyNavigation(False)
        self.view_1999.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view_1999.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view_1999.verticalHeader().hide()
        # one line a row, elided, the whole text in the tooltip: the ten rows stay short beside the twelve
        self.view_1999.setWordWrap(False)
        self.view_1999.setVisible(False)
        self.show_1999.toggled.connect(self._on_show_1999)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(sort_label)
        top.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.view, 5)
        layout.addWidget(self.empty)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.group_filter, 1)
        compare_row.addWidget(self.compare)
        layout.addLayout(compare_row)
        layout.addWidget(self.show_1999)
        layout.addWidget(self.view_1999, 2)
        self.setTabOrder(self.filter, self.sort)
        self.setTabOrder(self.sort, self.view)
        self.setTabOrder(self.view, self.show_1999)
        self.setTabOrder(self.show_1999, self.view_1999)

    # -- API for the window ---------------------------------------------------------------------------------
    def finish_setup(self) -> None:
        """What the first frame does not show: sorting by a click on a column header, and the filter's clear
        button (it appears once something is typed; its icon is looked up in the icon theme: 6-11 ms on X11,
        1.5-3 ms offscreen)."""
        if self.view.isSortingEnabled():
            return
        from PySide6.QtCore import Qt

        self.filter.setClearButtonEnabled(True)

        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # sorts by the indicator: Table 1 order, then
        self._on_sort_changed(self.sort.currentIndex())  # whatever the sort box says
        header.sortIndicatorChanged.connect(self._on_header_sorted)
        from kzbrowser.ui.party_list_menu import install_menu

        install_menu(self)

    def selected_keys(self) -> list[str]:
        """The selected parties' keys, in the list's order."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.proxy.index(r, 0).data(KEY_ROLE) for r in rows]

    def select_party(self, key: str | None, name_1999: str | None = None) -> bool:
        """Show exactly this party selected, its whole row, and no other: a 2004 party by ``key``, a 1999 party
        by ``name_1999``, or none (both None). The one path every navigation takes (the window calls it for
        whatever it shows); it emits nothing. A 2004 party the filter hides clears the filter."""
        self._syncing = True
        try:
            found = self._select_in(self.view, self.proxy, key)
            if key is not None and not found and self.filter.text():
                self.filter.clear()  # the party shown must be the party selected: show it
                found = self._select_in(self.view, self.proxy, key)
            if self.view_1999.model() is not None:
                self._select_in(self.view_1999, self.model_1999, name_1999)
            elif name_1999 is not None:
                self.show_1999.setChecked(True)  # attaches the model
                self._select_in(self.view_1999, self.model_1999, name_1999)
        finally:
            self._syncing = False
        return found

    def _select_in(self, view: QTableView, model: QAbstractItemModel, key: str | None) -> bool:
        sm = view.selectionModel()
        for r in range(model.rowCount()):
            idx = model.index(r, 0)
            if key is not None and idx.data(KEY_ROLE) == key:
                if view is self.view and self._clicked == key:
                    return True  # the echo of the user's own click (perhaps Ctrl, to compare): the view selects
                rows = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                sm.setCurrentIndex(idx, rows)
                if view.isVisible():  # before the first show, scrolling would lay out every row twice
                    view.scrollTo(idx)
                return True
        sm.clear()
        return False

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped name or their notes, plus a little air.

        Measured here from the font rather than with resizeRowsToContents, which lays out every cell of every
        column through the item delegate on each change.
        """
        fm = self.view.fontMetrics()
        # The cell's text margins (a few pixels each side): asking QStyle would build its big enums at start-up.
        width = max(40, self.view.columnWidth(NAME) - 10)
        total = 0
        for r in range(self.proxy.rowCount()):
            name = self.proxy.index(r, NAME).data() or ""
            notes = self.proxy.index(r, NOTES).data() or ""
            # at most two lines of name: a longer one is elided on its second line (its tooltip holds it whole)
            wrapped = min(fm.boundingRect(QRect(0, 0, width, 10_000), TEXT_WORD_WRAP, name).height(),
                          fm.lineSpacing() * self.NAME_LINES)
            height = max(wrapped, fm.lineSpacing() * (notes.count("\n") + 1))
            self.view.setRowHeight(r, height + 8)
            total += height + 8
        self._list_height = total + self.view.horizontalHeader().height() + 4
        self._share_height()

    def _share_height(self) -> None:
        """With the 1999 list shown, the twelve parties keep the height they need where the pane has it; the
        1999 list takes the rest (at least two rows of it, scrolling) and never more than its ten rows."""
        if not self.view_1999.isVisibleTo(self) or self.view_1999.model() is None:
            return
        row = self.view_1999.verticalHeader().defaultSectionSize()
        head = self.view_1999.horizontalHeader().sizeHint().height() + 4
        others = self.height() - self.view.height() - self.view_1999.height()  # filter, checkbox, margins
        room = self.height() - others - self._list_height
        self.view_1999.setMaximumHeight(max(head + 2 * row, min(head + 10 * row, room)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_height()

    # -- handlers -------------------------------------------------------------------------------------------
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_needle(text)
        self.empty.setVisible(self.proxy.rowCount() == 0)

    def _on_sort_changed(self, i: int) -> None:
        from PySide6.QtCore import Qt

        self.model.fold_names()  # the name column's sort key

        column = self.SORTS[i][1]
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        if column is None:
            self.proxy.sort(-1)
            header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            # biggest parties first; names and dates ascending
            order = Qt.SortOrder.DescendingOrder if column == MEMBERS else Qt.SortOrder.AscendingOrder
            self.view.sortByColumn(column, order)
        header.blockSignals(False)

    def _on_header_sorted(self, column: int, _order: object) -> None:
        match = next((i for i, (_, c) in enumerate(self.SORTS) if c == column), None)
        self.sort.blockSignals(True)
        self.sort.setCurrentIndex(match if match is not None else 0)
        self.sort.blockSignals(False)

    def _on_group_changed(self, _i: int) -> None:
        group = self.group_filter.currentData()
        self.proxy.set_group(self.groups.get(group) if group else None)
        self.empty.setVisible(self.proxy.rowCount() == 0)

    def _on_selection_changed(self) -> None:
        n = len(self.view.selectionModel().selectedRows())
        self.compare.setEnabled(2 <= n <= 6)
        self.compare.setText(self.tr("C&ompare ({count})").format(count=n) if n > 1 else self.tr("C&ompare"))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self._clicked = current.data(KEY_ROLE)
            try:
                self.party_selected.emit(self._clicked)
            finally:
                self._clicked = None

    def _on_show_1999(self, checked: bool) -> None:
        if checked and self.view_1999.model() is None:
            # Attached on first use: a hidden view with a model still lays out every cell at start-up.
            self.model_1999.set_rows(*self._rows_1999)
            self.view_1999.setModel(self.model_1999)
            header = self.view_1999.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            rows = self.view_1999.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(self.view_1999.fontMetrics().lineSpacing() + 8)
            self.view_1999.selectionModel().currentRowChanged.connect(self._on_1999_changed)
        self.view_1999.setVisible(checked)
        self._share_height()

    def _on_1999_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._syncing:
            self.party1999_selected.emit(current.data(KEY_ROLE))
