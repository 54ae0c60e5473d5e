"""Export a chart as PNG, SVG, PDF or CSV, or copy it as an image: the same figure in every format.

Every file is written to a temporary file in the target folder, read back (a full disk can leave a truncated file
that its writer reported as written) and renamed only when complete, so a failed export never leaves a partial
file nor touches the old one. Needs a QGuiApplication (fonts), not pyqtgraph.
"""

from __future__ import annotations

import functools
import math
import os
import re
import struct
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from kzbrowser.atomic import WriteError, write_atomically
from kzbrowser.present.chart_options import BASE_WIDTH, Options
from kzbrowser.read.chart_data import Chart
from kzbrowser.translate import QT_TRANSLATE_NOOP, Message, MessageError
from kzbrowser.ui.charts.figure import CREATOR, Figure
from kzbrowser.ui.charts.paint import paint
from kzbrowser.ui.charts.svg import svg_text

FORMATS = ("png", "svg", "pdf", "csv")


class ExportError(MessageError):
    """A one-line message for the user: what could not be written and why."""


def _said(template: str, **values: str | int | Message) -> Message:
    """What went wrong in an export; ``template`` is marked QT_TRANSLATE_NOOP("ChartExport", ...)."""
    return Message.of("ChartExport", template, **values)


def render_image(chart: Chart, width: int | None = None, dpi: float | None = None,
                 opts: Options | None = None) -> QImage:
    """The chart as an image on white: the page of ``opts`` pixel for pixel when it has a size; else the
    unsized page ``width`` pixels wide, or 10 inches at ``dpi``.

    Every width of the unsized page is the one 10-inch page of the SVG and PDF, scaled: same aspect, same labels.
    """
    opts = opts or Options()
    if opts.sized:
        fig = Figure(chart, opts)
        width, scale = round(fig.width), 1.0
        dpi = dpi or opts.dpi or 96
    else:
        if width is None:
            width = round(BASE_WIDTH * (dpi or 96) / 96)
        if not 100 <= width <= 20000:
            raise ExportError(_said(QT_TRANSLATE_NOOP("ChartExport", "width {width} px is out of range (100-20000)"),
                                    width=width))
        fig = Figure(chart, opts)
        scale = width / fig.width
    img = QImage(width, math.ceil(fig.height * scale - 1e-6), QImage.Format.Format_RGB32)
    img.fill(QColor("#ffffff"))
    dots_per_m = round((dpi or width * 96 / fig.width) / 0.0254)
    img.setDotsPerMeterX(dots_per_m)
    img.setDotsPerMeterY(dots_per_m)
    img.setText("Title", chart.title)
    img.setText("Source", chart.caption)
    img.setText("Software", CREATOR)
    p = QPainter(img)
    try:
        p.scale(scale, scale)
        paint(fig, p)
    finally:
        p.end()
    return img


def pdf_bytes_to(chart: Chart, path: str, opts: Options | None = None) -> None:
    """Write the chart as a one-page vector PDF (selectable text) at ``path``: the page at its dpi."""
    fig = Figure(chart, opts or Options())
    dpi = fig.opts.dpi or 96
    writer = QPdfWriter(path)
    writer.setResolution(round(dpi))  # the page's pixels; the default 1200 dpi would shrink the layout
    writer.setTitle(chart.title)
    writer.setCreator(CREATOR)
    writer.setAuthor(chart.author)
    writer.setDocumentXmpMetadata(QByteArray(xmp(chart).encode("utf-8")))
    size = QPageSize(QSizeF(fig.width * 72 / dpi, fig.height * 72 / dpi), QPageSize.Unit.Point, "chart",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    p = QPainter()
    if not p.begin(writer):
        raise ExportError(_said(QT_TRANSLATE_NOOP("ChartExport", "cannot write a PDF to {path}"), path=path))
    try:
        paint(fig, p)
    finally:
        ended = p.end()
    if not ended:
        raise ExportError(_said(QT_TRANSLATE_NOOP("ChartExport", "the PDF writer failed on {path}"), path=path))


def xmp(chart: Chart) -> str:
    """XMP metadata for the PDF: title, the article's author as creator, the source as description."""
    def alt(v: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(v)}</rdf:li></rdf:Alt>'

    return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
            f"<dc:title>{alt(chart.title)}</dc:title><dc:description>{alt(chart.caption)}</dc:description>"
            f"<dc:creator><rdf:Seq><rdf:li>{escape(chart.author)}</rdf:li></rdf:Seq></dc:creator>"
            f"<dc:source>{escape(chart.caption)}</dc:source><xmp:CreatorTool>{escape(CREATOR)}</xmp:CreatorTool>"
            f"<pdf:Producer>{escape(CREATOR)}</pdf:Producer>"
            '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>')


def png_bytes(chart: Chart, width: int | None = None, dpi: float | None = None, opts: Options | None = None
              ) -> bytes:
    img = render_image(chart, width, dpi, opts)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs want the format as bytes; at run time it takes only str.
    # Quality 80 (zlib level 2) about halves the encoding time of a 1920x1080 page (measured: 240 -> 115 ms).
    if not img.save(buf, "PNG", 80):  # type: ignore[call-overload]
        raise ExportError(_said(QT_TRANSLATE_NOOP("ChartExport", "the PNG encoder failed")))
    return bytes(data.data())


def export(chart: Chart, path: str | os.PathLike[str], fmt: str | None = None, *, width: int | None = None,
           dpi: float | None = None, options: Options | None = None, replace: bool = False) -> Path:
    """Write ``chart`` to ``path`` as ``fmt`` (default: from the file's suffix). Raises ExportError.

    ``options``: the page (size, text scale, what it shows, greyscale); ``width``/``dpi`` scale a PNG of the
    unsized page. ``replace``: an existing regular file may be replaced (a save dialog asked; the command
    line's --force). Nothing but a regular file is ever replaced (kzbrowser.atomic).
    """
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(_said(QT_TRANSLATE_NOOP("ChartExport", "unknown format {format!r}: choose one of {formats}"),
                                format=fmt, formats=", ".join(FORMATS)))

    check: Callable[[Path], Message | None]
    if fmt == "png":
        png = png_bytes(chart, width, dpi, options)  # before the file, so that a bad width touches nothing
        check = _png_problem
    elif fmt == "csv":
        csv = chart.csv_text()
        check = functools.partial(_csv_problem, expected=csv)
    else:
        check = _svg_problem if fmt == "svg" else pdf_problem

    def write(tmp: Path) -> None:
        if fmt == "png":
            tmp.write_bytes(png)
        elif fmt == "svg":
            tmp.write_text(svg_text(chart, options), encoding="utf-8")
        elif fmt == "pdf":
            pdf_bytes_to(chart, str(tmp), options)
        else:
            tmp.write_text(csv, encoding="utf-8", newline="")

    try:
        write_atomically(target, write, replace=replace, check=check)
    except WriteError as exc:
        raise ExportError(exc.why) from None
    return target


# What can be wrong with a written file (the checks below), said for the user.
PROBLEMS = {
    "png-signature": QT_TRANSLATE_NOOP("ChartExport", "the PNG file has no PNG signature"),
    "png-after-end": QT_TRANSLATE_NOOP("ChartExport", "the PNG file goes on after its end"),
    "png-incomplete": QT_TRANSLATE_NOOP("ChartExport", "the PNG file is incomplete"),
    "svg-xml": QT_TRANSLATE_NOOP("ChartExport", "the SVG file is incomplete (not well-formed XML)"),
    "svg-end": QT_TRANSLATE_NOOP("ChartExport", "the SVG file is incomplete (no closing </svg>)"),
    "pdf-trailer": QT_TRANSLATE_NOOP("ChartExport", "the PDF file is incomplete (no startxref and %%EOF trailer)"),
    "pdf-startxref": QT_TRANSLATE_NOOP("ChartExport", "the PDF file is damaged (its startxref is wrong)"),
    "csv-utf8": QT_TRANSLATE_NOOP("ChartExport", "the CSV file is damaged (not UTF-8)"),
    "csv-header": QT_TRANSLATE_NOOP("ChartExport", "the CSV file has no header"),
    "csv-incomplete": QT_TRANSLATE_NOOP("ChartExport", "the CSV file is incomplete"),
}


# What a written file must look like to be renamed over the target: each returns the problem, or None.

def _png_problem(tmp: Path) -> Message | None:
    """Every chunk whole, with a right CRC, up to and including IEND, and nothing missing before it."""
    data = tmp.read_bytes()
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _said(PROBLEMS["png-signature"])
    pos = 8
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data) or zlib.crc32(data[pos + 4:end - 4]) != struct.unpack(">I", data[end - 4:end])[0]:
            break
        if kind == b"IEND":
            return None if end == len(data) else _said(PROBLEMS["png-after-end"])
        pos = end
    return _said(PROBLEMS["png-incomplete"])


def _svg_problem(tmp: Path) -> Message | None:
    """Parses as XML and ends with the closing </svg>."""
    data = tmp.read_bytes()
    try:
        ElementTree.fromstring(data)
    except ElementTree.ParseError:
        return _said(PROBLEMS["svg-xml"])
    return None if data.rstrip().endswith(b"</svg>") else _said(PROBLEMS["svg-end"])


def pdf_problem(tmp: Path) -> Message | None:
    """Ends with %%EOF after a startxref that points at the cross-reference table inside the file."""
    data = tmp.read_bytes()
    found = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*\Z", data[-1024:])
    if not data.startswith(b"%PDF-") or found is None:
        return _said(PROBLEMS["pdf-trailer"])
    offset = int(found.group(1))
    return None if data[offset:offset + 4] == b"xref" else _said(PROBLEMS["pdf-startxref"])


def _csv_problem(tmp: Path, expected: str) -> Message | None:
    """Decodes as UTF-8 and is exactly the text meant: the expected header, then every row."""
    try:
        text = tmp.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return _said(PROBLEMS["csv-utf8"])
    if not text.startswith(expected.split("\n", 1)[0]):
        return _said(PROBLEMS["csv-header"])
    return None if text == expected else _said(PROBLEMS["csv-incomplete"])


def copy_image(chart: Chart, width: int = 1920) -> QImage:
    """Put the chart on the clipboard as an image."""
    img = render_image(chart, width)
    QGuiApplication.clipboard().setImage(img)
    return img


def ensure_gui_app() -> QGuiApplication:
    """The running application, or a new offscreen-capable QGuiApplication for headless export."""
    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["kzbrowser"])
        _keep.append(app)  # PySide destroys the application with its last Python reference
    assert isinstance(app, QGuiApplication)
    return app


_keep: list[QGuiApplication] = []

