"""The text browser of every reading view: it loads no resource, so database text cannot reach a file."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

if TYPE_CHECKING:  # the others are imported when first used: the first frame need not build their types
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget


def _blank() -> QImage:
    from PySide6.QtGui import QColor, QImage

    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    return image


class Browser(QTextBrowser):
    """A QTextBrowser that serves every image as a blank pixel and any other resource as a blank.

    QTextBrowser resolves ``<img src=...>`` from the file system: ``/dev/zero`` would read forever, any file
    URL would be read. The HTML shown is escaped already (present/html.py); this is the second wall. The
    views use no resources of their own.

    :meth:`show_html` shows a page from a document parsed in advance (:meth:`prepare`) or shown before, when
    the HTML and the font are the same: parsing a party's page is most of the time selecting it takes.
    """

    KEPT = 48  # parsed documents kept, the least recently shown dropped first (a party page is ~100 KB)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A document of our own from the start: replacing the one Qt made (a child of its private text
        # control) later, once the window's app-wide event filters are in (ui/window_setup.py), sends that control
        # events whose Python conversion has PySide build every type it has not built yet (~150, 70-80 ms).
        self.setDocument(QTextDocument(self))
        self.style_sheet = ""  # the default style sheet of every document this browser shows
        self._docs: OrderedDict[tuple[str, str], QTextDocument] = OrderedDict()
        self._loose: QTextDocument | None = None  # the document of text set directly, once a kept one was shown

    def set_style_sheet(self, css: str) -> None:
        self.style_sheet = css
        self.document().setDefaultStyleSheet(css)

    def show_html(self, html: str) -> None:
        """Show ``html`` (as setHtml would), reusing its parsed document if this browser has one. Until the
        first prepare() (after start-up) it is setHtml: the first frame waits for no document of our own
        (nor for PySide's QFont type, which the key would build)."""
        documents = self._docs
        if not documents:
            self.setHtml(html)
            return
        key = (html, self.font().key())
        doc = documents.pop(key, None) or self._parse(html)
        documents[key] = doc  # now the most recently shown
        if doc is not self.document():
            self.setDocument(doc)  # Qt deletes the browser's first document itself
            if self._loose is not None:  # and the one _leave_kept made goes too
                self._loose.deleteLater()
                self._loose = None
        while len(documents) > self.KEPT:
            old = documents.pop(next(iter(documents)))
            if old is not self.document():
                old.deleteLater()

    def _kept(self, doc: QTextDocument) -> bool:
        return any(kept is doc for kept in self._docs.values())

    def setHtml(self, text: str) -> None:
        self._leave_kept()
        super().setHtml(text)

    def setPlainText(self, text: str) -> None:
        self._leave_kept()
        super().setPlainText(text)

    def _leave_kept(self) -> None:
        """Text set directly goes into a document of its own: a kept one must stay as its HTML made it."""
        if self._kept(self.document()):
            self._loose = self._parse("")
            self.setDocument(self._loose)

    def prepare(self, html: str) -> None:
        """Parse ``html`` now (in idle time) so that showing it later is quick."""
        documents = self._docs
        key = (html, self.font().key())
        if key not in documents:
            documents[key] = self._parse(html)
            documents.move_to_end(key, last=False)  # prepared, not shown: the first to go when over KEPT

    def warm(self, html: str) -> None:
        """Lay out and draw, off screen, the first screen of the document prepared for ``html`` (in idle time,
        after prepare): the first showing of a page otherwise pays for its layout's set-up and for drawing
        each glyph of its font not drawn before (the first selection of each party took 12-20 ms, later
        ones 7-9 ms)."""
        doc = self._docs.get((html, self.font().key()))
        if doc is None:
            return
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QImage, QPainter

        viewport = self.viewport()
        width, height = max(1, viewport.width()), max(1, viewport.height())
        doc.setTextWidth(width)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            doc.drawContents(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()

    def _parse(self, html: str) -> QTextDocument:
        # A child of this browser, so that its resources still come from loadResource below (QTextDocument
        # asks its parent), and what the browser sets on its own document is set here too.
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self.font())
        doc.setDefaultStyleSheet(self.style_sheet)
        doc.setDocumentMargin(self.document().documentMargin())
        doc.setHtml(html)
        return doc

    def loadResource(self, type: int, name: QUrl | str) -> object:
        # Never nothing: given a null or empty value, QTextDocument reads the file itself, and given an image
        # that does not decode, Qt's image handler loads the named file directly.
        # 2 is QTextDocument.ImageResource (the enum would build PySide's Qt namespace at start-up)
        if type == 2:
            return _blank()
        from PySide6.QtCore import QByteArray

        return QByteArray(b" ")

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy and drag give plain text only: the HTML would carry kzbrowser's styling and links, markup the
        article does not print."""
        from PySide6.QtCore import QMimeData

        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText())
        return data
