"""Pages for paper: a printable document laid out on A4 or Letter, every page footed with its citation.

The print protocol (File > Print, Save as PDF, Export as Markdown act on the current tab through it; see
ui/print_commands.py). A tab's widget may define:

- ``printable(self) -> tuple[str, str] | None``: (title, HTML) to print, or None when it shows nothing printable.
  The HTML comes from the screen's own present/ builder in its printing form (present/printable.py): black on
  white, no action links, only markup the article printed. Everything escaped (present/html.py).
- ``citation(self) -> str`` (optional): the footer of every page; without it, the article's citation
  (read/citation.py ``Source.reference()``).
- ``markdown(self) -> tuple[str, str] | None`` (optional): (title, Markdown text) for Export as Markdown.

A widget without ``printable`` (or returning None) makes the commands say that the view has nothing to print.
The party pane (ui/detail_pane.py) and the article (ui/article_view.py) implement it; the Compare view plugs in
the same way.

This module needs a QGuiApplication, not QtPrintSupport: the command line writes PDFs through it without a
display (``kzbrowser export-party NAME -o FILE.pdf``).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from kzbrowser import __version__
from kzbrowser.atomic import WriteError, write_atomically
from kzbrowser.translate import QT_TRANSLATE_NOOP, Message, MessageError
from kzbrowser.ui.pagination import paginate

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
# Margins that read well on both papers: A4 is narrower, Letter shorter; about 62-66 characters a line.
MARGINS_MM = QMarginsF(22, 18, 22, 14)  # left, top, right, bottom (the footer sits inside the bottom one)
BODY_PT = 10.5
FOOTER_PT = 8.0
PDF_DPI = 300  # the PDF's device pixels; text stays vector at any resolution
LAYOUT_DPI = 300  # the resolution the pages are laid out at, on every device (see paint_pages)
CREATOR = f"kzbrowser {__version__}"


class PrintError(MessageError):
    """A one-line message: what could not be printed or written, and why (``why``: to translate)."""

    @classmethod
    def of(cls, template: str) -> PrintError:
        """``template`` is marked QT_TRANSLATE_NOOP("Printing", ...)."""
        return cls(Message.of("Printing", template))


class Doc(NamedTuple):
    title: str
    html: str
    citation: str


def default_page_size(locale: QLocale | None = None) -> str:
    """"letter" where the locale measures in US units (the United States and the few that share them), else "a4"."""
    locale = locale or QLocale()
    return "letter" if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def page_size_key(choice: str) -> str:
    """A setting or option value ("locale", "a4", "letter") as a key of PAGE_SIZES."""
    return choice if choice in PAGE_SIZES else default_page_size()


def page_layout(size: str) -> QPageLayout:
    return QPageLayout(QPageSize(PAGE_SIZES[page_size_key(size)]), QPageLayout.Orientation.Portrait, MARGINS_MM,
                       QPageLayout.Unit.Millimeter)


class _TextDocument(QTextDocument):
    """Loads no resource: the HTML is escaped already (present/html.py), and this is the second wall, as in
    ui/browser.py (Qt would read an ``<img src>`` from the disk)."""

    def loadResource(self, type: int, name: object) -> object:
        if type == 2:  # QTextDocument.ImageResource
            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            image.fill(QColor(0, 0, 0, 0))
            return image
        return QByteArray(b" ")


_REFERENCE: list[QImage] = []


def _reference() -> QImage:
    """A paint device at LAYOUT_DPI, for the layout's font metrics (kept: the layout holds on to it)."""
    if not _REFERENCE:
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _REFERENCE.append(image)
    return _REFERENCE[0]


def body_font() -> QFont:
    font = QFont("serif")
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(BODY_PT)
    return font


def paint_pages(device: QPagedPaintDevice, doc: Doc) -> int:
    """Lay ``doc`` out on ``device``'s pages (a QPdfWriter or a QPrinter: its page layout and resolution) and paint
    them, each with its footer: the citation on the left, "page N of M" on the right. Returns the page count.

    QTextDocument.print_ paints no footer, so the pages are painted here, one clip of the paginated layout each.
    The layout is made at LAYOUT_DPI whatever the device's resolution (a preview at 1200 dpi, a printer at 600, a
    PDF), then scaled to it: the preview shows the pages that are printed and saved, line for line.
    """
    reference = _reference()
    rect = device.pageLayout().paintRectPixels(LAYOUT_DPI)
    text = _TextDocument()
    text.documentLayout().setPaintDevice(reference)  # fonts and px lengths at LAYOUT_DPI
    text.setDefaultFont(body_font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # a long web address wraps too
    text.setDefaultTextOption(option)
    text.setDocumentMargin(0)
    text.setHtml(doc.html)

    footer_font = body_font()
    footer_font.setPixelSize(round(FOOTER_PT * LAYOUT_DPI / 72))  # in the layout's pixels, scaled with them
    fm = QFontMetricsF(footer_font, reference)
    width = float(rect.width())
    # the footer's page number in the window's language (English from the command line: no catalogue loaded)
    page_of = QCoreApplication.translate("Printing", "page {number} of {count}")
    number_width = fm.horizontalAdvance(page_of.format(number=9999, count=9999))
    gap = fm.height()
    cite_box = fm.boundingRect(QRectF(0, 0, width - number_width - gap, 1e6),
                               int(Qt.TextFlag.TextWordWrap), doc.citation)
    footer_height = cite_box.height() + 1.2 * gap
    height = rect.height() - footer_height
    if height < 10 * gap:
        raise PrintError.of(QT_TRANSLATE_NOOP("Printing", "the page is too small for the text"))
    text.setPageSize(QSizeF(width, height))
    paginate(text, height)
    pages = text.pageCount()

    ctx = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))  # black on white, whatever the screen's theme
    ctx.palette = palette
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError.of(QT_TRANSLATE_NOOP("Printing", "cannot start painting on the printer or file"))
    try:
        painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
        for i in range(pages):
            if i and not device.newPage():
                raise PrintError.of(QT_TRANSLATE_NOOP("Printing", "the printer or file refused a new page"))
            painter.save()
            painter.translate(0, -i * height)
            painter.setClipRect(QRectF(0, i * height, width, height))
            # The layout draws one line more on either side of its clip (hidden by the painter's clip, but in the
            # PDF as text): a pixel inside the page, each block wholly on it or beyond is skipped.
            ctx.clip = QRectF(0, i * height + 1, width, height - 2)
            text.documentLayout().draw(painter, ctx)
            painter.restore()
            _footer(painter, footer_font, QRectF(0, height, width, footer_height), doc.citation,
                    page_of.format(number=i + 1, count=pages), gap)
    finally:
        painter.end()
    return pages


def _footer(painter: QPainter, font: QFont, box: QRectF, citation: str, number: str, gap: float) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(QColor("#808080"), 0))
    top = box.top() + 0.5 * gap
    painter.drawLine(QRectF(box.left(), top, box.width(), 0).topLeft(), QRectF(box.right(), top, 0, 0).topLeft())
    painter.setPen(QColor("#000000"))
    body = QRectF(box.left(), top + 0.5 * gap, box.width(), box.height() - gap)
    painter.drawText(body.adjusted(0, 0, -(QFontMetricsF(font, _reference()).horizontalAdvance(number) + gap), 0),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                     citation)
    painter.drawText(body, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), number)
    painter.restore()


def write_pdf(path: Path | str, doc: Doc, size: str = "locale", *, replace: bool = False) -> Path:
    """Write ``doc`` as a PDF at ``path`` on ``size`` paper ("a4", "letter" or "locale"), atomically: a failed
    write (a full disk, QPdfWriter reports none) leaves any old file as it was. Raises PrintError."""
    from kzbrowser.ui.charts.export import pdf_problem  # the one check of a written PDF, charts and pages alike

    pages: list[int] = []

    def write(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(doc.title)
        writer.setCreator(CREATOR)
        if not writer.setPageLayout(page_layout(size)):
            raise PrintError.of(QT_TRANSLATE_NOOP("Printing", "the PDF writer refused the page layout"))
        pages.append(paint_pages(writer, doc))
        del writer  # closes the file: its trailer is written now, before the check reads it

    try:
        return write_atomically(path, write, replace=replace, check=pdf_problem)
    except WriteError as exc:
        raise PrintError(exc.why) from None
