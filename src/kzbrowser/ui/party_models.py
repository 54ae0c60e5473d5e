"""The party lists' data: the 12 parties of 2004 and the 10 of the 1999 election, as Qt item models."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QStandardItem, QStandardItemModel

from kzbrowser.present.html import tooltip
from kzbrowser.read.names import fold_name
from kzbrowser.read.parties import PartySummary
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui.i18n import translate

CONTEXT = "PartyModels"

# Qt's item roles and flags as the numbers Qt defines. Naming one through PySide's ``Qt`` namespace makes
# PySide build all 93 of that namespace's enums before the window can show: 39-41 ms in a fresh process, and
# building it at start-up raised bench_startup's ratio from 1.30-1.34 to 1.45-1.49. Each "see
# party_models.DISPLAY_ROLE" in ui/ avoids the same cost. tests/test_gui.py checks each number against Qt's enum.
DISPLAY_ROLE, TOOLTIP_ROLE, TEXT_ALIGNMENT_ROLE, ACCESSIBLE_TEXT_ROLE, USER_ROLE = 0, 3, 7, 11, 256
INITIAL_SORT_ORDER_ROLE, DESCENDING = 14, 1  # Qt.InitialSortOrderRole, Qt.DescendingOrder
ALIGN_RIGHT_VCENTER = 0x0002 | 0x0080  # Qt.AlignRight | Qt.AlignVCenter
TEXT_WORD_WRAP = 0x1000  # Qt.TextWordWrap

KEY_ROLE = USER_ROLE + 1  # the party's key (2004) or printed name (1999)
SORT_ROLE = USER_ROLE + 2  # what the list sorts on
NAMES_ROLE = USER_ROLE + 3  # every name, variant and abbreviation, folded: what the filter matches

NAME, MEMBERS, REGISTERED, NOTES = range(4)
HEADERS = [QT_TRANSLATE_NOOP("PartyModels", "Party"), QT_TRANSLATE_NOOP("PartyModels", "Members"),
           QT_TRANSLATE_NOOP("PartyModels", "Registered"), QT_TRANSLATE_NOOP("PartyModels", "Notes")]
HEADER_TIPS = {MEMBERS: QT_TRANSLATE_NOOP("PartyModels", "Table 1: membership as of 1 July 2004"),
               REGISTERED: QT_TRANSLATE_NOOP("PartyModels", "Date of registration as printed (month-only dates "
                                                            "sort by their first day)"),
               NOTES: QT_TRANSLATE_NOOP("PartyModels", "Opposition: footnote 1. Not in poll: not yet registered "
                                                       "when the poll of Table 4 was taken (footnote 5; "
                                                       "inference: it names no party).")}


def _set_headers(model: QStandardItemModel, headers: list[str] | tuple[str, ...], tips: dict[int, str]) -> None:
    model.setHorizontalHeaderLabels([translate(CONTEXT, h) for h in headers])
    for column, tip in tips.items():
        model.horizontalHeaderItem(column).setToolTip(translate(CONTEXT, tip))


def _append(model: QStandardItemModel, cells: list[dict[int, object]]) -> None:
    """One read-only row; each cell given as role -> value."""
    items = []
    for _ in cells:
        item = QStandardItem()
        item.setEditable(False)
        item.setDropEnabled(False)
        items.append(item)
    model.appendRow(items)
    row = model.rowCount() - 1
    for column, roles in enumerate(cells):
        model.setItemData(model.index(row, column), {r: v for r, v in roles.items() if v is not None})


class PartyTableModel(QStandardItemModel):
    """One row per party of Table 1; sort keys on SORT_ROLE, every name on NAMES_ROLE.

    The cells are Qt's own items, filled once: the view then lays out and sorts without calling into Python
    for every role of every cell.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self._rows: list[PartySummary] = []
        self._folded = False  # fold_names has run on these rows
        _set_headers(self, HEADERS, HEADER_TIPS)
        # A first click on Members lists the biggest parties first, as the sort box does
        self.horizontalHeaderItem(MEMBERS).setData(DESCENDING, INITIAL_SORT_ORDER_ROLE)

    def set_rows(self, rows: list[PartySummary]) -> None:
        self.setRowCount(0)
        self._rows = list(rows)
        self._folded = False
        for p in rows:
            _append(self, _cells(p))

    def fold_names(self) -> None:
        """Every name of each party, folded, on NAMES_ROLE (what the filter matches), and the name column's sort
        key: made once, when the filter or sorting first needs them (PartyFilterProxy.set_needle,
        PartyListPane._on_sort_changed, which finish_setup calls), not for the first frame (the word pattern's
        compiling and the folding, ~1.5 ms)."""
        if self._folded:
            return
        self._folded = True
        for row, p in enumerate(self._rows):
            shown = p.full_name + (f" ({p.abbreviation})" if p.abbreviation else "")
            # the name as the list shows it, too: "Kazakhstan Civilian Party (K" is typed while reading it
            names = " | ".join(fold_name(n) for n in (shown, *p.names))
            for column in range(self.columnCount()):
                self.setData(self.index(row, column), names, NAMES_ROLE)
            self.setData(self.index(row, NAME), fold_name(p.full_name), SORT_ROLE)

    def header(self, column: int) -> str:
        """The column's heading as shown (translated)."""
        return str(self.horizontalHeaderItem(column).text())


def _cells(p: PartySummary) -> list[dict[int, object]]:
    """Every role's value for each column of one party's row."""
    name = p.full_name + (f" ({p.abbreviation})" if p.abbreviation else "")
    also = ", ".join(n for n in p.names if n != p.full_name)
    tips = [p.full_name + "\n" + translate("PartyModels", "Also: {names}").format(names=also)]
    if p.members is None:
        tips.append(translate("PartyModels", "Membership: No data in Table 1 (unknown, not zero)"))
    if p.opposition:
        tips.append(translate("PartyModels", "Opposition party (footnote 1)"))
    if not p.in_poll:
        tips.append(translate("PartyModels", "Not yet registered at the time of the poll (footnote 5; "
                                              "inference: it names no party)"))
    every = {TOOLTIP_ROLE: tooltip("\n".join(tips)),
             ACCESSIBLE_TEXT_ROLE: translate("PartyModels", "{name}, {members} members. {notes}").format(
                 name=p.full_name, members=p.members_printed, notes=_notes(p)),
             KEY_ROLE: p.key}
    return [  # (the names' roles are PartyTableModel.fold_names')
        {**every, DISPLAY_ROLE: name},
        {**every, DISPLAY_ROLE: p.members_printed, SORT_ROLE: -1 if p.members is None else p.members,
         TEXT_ALIGNMENT_ROLE: ALIGN_RIGHT_VCENTER},
        {**every, DISPLAY_ROLE: p.registered_printed or "—", SORT_ROLE: p.registered_sort_key or "9999"},
        {**every, DISPLAY_ROLE: _notes(p), SORT_ROLE: _notes(p)},
    ]


def _notes(p: PartySummary) -> str:
    notes = [translate("PartyModels", "Opposition")] if p.opposition else []
    if not p.in_poll:
        notes.append(translate("PartyModels", "Not in poll"))
    return "\n".join(notes)


class PartyFilterProxy(QSortFilterProxyModel):
    """Keeps the parties one of whose names, variants or abbreviations contains the filter text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        # Qt's own substring filter on the folded names: no call into Python per row
        self.setFilterRole(NAMES_ROLE)

        self._group: frozenset[str] | None = None

    def set_needle(self, text: str) -> None:
        source = self.sourceModel()
        if isinstance(source, PartyTableModel):
            source.fold_names()
        folded = fold_name(text)
        if not folded.isascii():
            from kzbrowser.read import translit  # not at start-up: only for text that is not ASCII

            if translit.has_cyrillic(folded):
                self._filter_cyrillic(translit.key(folded))
                return
        self.setFilterRole(NAMES_ROLE)
        self.setFilterFixedString(folded)

    def _filter_cyrillic(self, needle: str) -> None:
        from kzbrowser.read import translit

        # Cyrillic (Отан, Ақ жол): the names' loose keys contain the typed one (kzbrowser.read.translit)
        src = self.sourceModel()
        rows = (src.index(r, 0) for r in range(src.rowCount()))
        keys = [i.data(KEY_ROLE) for i in rows
                if any(needle in translit.loose(n) for n in str(i.data(NAMES_ROLE) or "").split(" | "))]
        self.setFilterRole(KEY_ROLE)
        self.setFilterRegularExpression("^(" + "|".join(re.escape(k) for k in keys) + ")$" if keys else "(?!)")

    def set_group(self, keys: tuple[str, ...] | None) -> None:
        """Keep only these parties (a group's; None: every party), as well as the ones the filter text keeps."""
        self.beginFilterChange()
        self._group = frozenset(keys) if keys is not None else None
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._group is not None and self.sourceModel().index(row, 0).data(KEY_ROLE) not in self._group:
            return False
        return super().filterAcceptsRow(row, parent)


class Party1999Model(QStandardItemModel):
    """The ten parties of the 1999 election and what became of them, where the article says."""

    HEADERS = (QT_TRANSLATE_NOOP("PartyModels", "1999 party"), QT_TRANSLATE_NOOP("PartyModels", "Abbr."),
               QT_TRANSLATE_NOOP("PartyModels", "In 2004"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(self.HEADERS), parent)
        _set_headers(self, self.HEADERS, {})

    def set_rows(self, rows: list[dict], successor_names: dict[str, str]) -> None:
        self.setRowCount(0)
        later = {"reregistered": "→ {}", "renamed": translate("PartyModels", "renamed → {}"),
                 "joined": translate("PartyModels", "joined {}")}
        for p in rows:
            succ = p.get("successor")
            kind = p["link_kind"]  # one kzbrowser does not know (a forged file) is shown as stored, as elsewhere
            became = "—"
            if succ:
                name = successor_names.get(succ, succ)
                became = later[kind].format(name) if kind in later else f"{kind} → {name}"
            abbr = f" ({p['abbreviation']})" if p["abbreviation"] else ""
            # the rows are one line each, elided: the tooltip holds the whole of it
            tip = tooltip(f"{p['name']}{abbr}\n" + translate("PartyModels", "In 2004: ") + (
                became if succ else translate("PartyModels", "the article does not say what became of it.")))
            _append(self, [{DISPLAY_ROLE: text, TOOLTIP_ROLE: tip, KEY_ROLE: p["name"]}
                           for text in (p["name"], p["abbreviation"] or "", became)])
