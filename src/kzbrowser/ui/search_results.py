"""The search tab's results: the list model (group headings, then hits) and the delegate that paints them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kzbrowser.present.html import escape
from kzbrowser.read.search.engine import CLOSE, OPEN, Hit, Results, kind_label
from kzbrowser.read.search.hits import KINDS
from kzbrowser.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def _html(snippet: str) -> str:
    """The snippet as HTML, each match in bold. The markers are split off before escaping: escape() shows
    control characters (as the markers are) as visible symbols."""
    out = []
    for i, piece in enumerate(snippet.split(OPEN)):
        match, sep, rest = piece.partition(CLOSE) if i else ("", "", piece)
        out.append((f"<b><u>{escape(match)}</u></b>" if sep else escape(match)) + escape(rest))
    return "".join(out)


class ResultsModel(QAbstractListModel):
    """Group headings and hits in one list: headings are not selectable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[str | Hit] = []

    def set_results(self, results: Results | None) -> None:
        self.beginResetModel()
        self._rows = []
        if results is not None:
            for title, hits, total in ((self.tr("Quotes"), results.quotes, results.quote_total),
                                       (self.tr("Article paragraphs"), results.paragraphs, results.paragraph_total),
                                       (self.tr("Title, headings, tables and footnotes"), results.passages,
                                        results.passage_total)):
                if hits or total:
                    shown = (self.tr("{shown} of {total}").format(shown=len(hits), total=total)
                             if total > len(hits) else f"{len(hits)}")
                    self._rows.append(f"{title} — {shown}")
                    self._rows.extend(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | Hit | None:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row
            if role == HTML_ROLE:
                return f"<b>{escape(row)}</b>"
            return None
        where = row.party_name or (self.tr("Section {number}").format(number=row.section)
                                   if row.section is not None else self.tr("Before section 1"))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{where}: {row.snippet.replace(OPEN, '').replace(CLOSE, '')}"
        if role == HTML_ROLE:
            label = escape(translate("SearchHits", KINDS[row.kind]) if row.kind in KINDS else kind_label(row.kind))
            return (f'<span style="font-size:small">{label} · {escape(where)}</span><br>{_html(row.snippet)}')
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Enter or double-click: open the party at this quote") if row.kind == "quote"
                    else self.tr("Enter or double-click: open the article where this is printed"))
        if role == HIT_ROLE:
            return row
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints HTML_ROLE, so that matched words show in bold."""

    def _doc(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(100, option.rect.width() - 8))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._doc(opt, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - 8, opt.rect.height() - 4))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._doc(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 6)
