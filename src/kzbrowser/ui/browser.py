"""The text browser of every reading view: it loads no resource, so database text cannot reach a file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTextBrowser

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    return image


class Browser(QTextBrowser):
    """A QTextBrowser that serves every image as a blank pixel and any other resource as a blank.

    QTextBrowser resolves ``<img src=...>`` from the file system: ``/dev/zero`` would read forever, any file
    URL would be read. The HTML shown is escaped already (present/html.py); this is the second wall. The
    views use no resources of their own.
    """

    def loadResource(self, type: int, name: QUrl | str) -> object:
        # Never nothing: given a null or empty value, QTextDocument reads the file itself, and given an image
        # that does not decode, Qt's image handler loads the named file directly.
        # 2 is QTextDocument.ImageResource (the enum would build PySide's Qt namespace at start-up)
        if type == 2:
            return _blank()
        return QByteArray(b" ")

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy and drag give plain text only: the HTML would carry kzbrowser's styling and links, markup the
        article does not print."""
        data = QMimeData()
        data.setText(self.textCursor().selection().toPlainText())
        return data
