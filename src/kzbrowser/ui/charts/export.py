"""Export a chart as PNG, SVG, PDF or CSV, or copy it as an image: the same figure in every format.

Every file is written to a temporary file in the target folder and renamed when complete, so a failed
export never leaves a partial file. Needs a QGuiApplication (fonts), not pyqtgraph.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
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
from kzbrowser.ui.charts.figure import CREATOR, Figure
from kzbrowser.ui.charts.paint import paint
from kzbrowser.ui.charts.svg import svg_text

FORMATS = ("png", "svg", "pdf", "csv")


class ExportError(Exception):
    """A one-line message for the user: what could not be written and why."""


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
            raise ExportError(f"width {width} px is out of range (100-20000)")
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
        raise ExportError(f"cannot write a PDF to {path}")
    try:
        paint(fig, p)
    finally:
        p.end()


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
        raise ExportError("the PNG encoder failed")
    return bytes(data.data())


def export(chart: Chart, path: str | os.PathLike[str], fmt: str | None = None, *, width: int | None = None,
           dpi: float | None = None, options: Options | None = None) -> Path:
    """Write ``chart`` to ``path`` as ``fmt`` (default: from the file's suffix). Raises ExportError.

    ``options``: the page (size, text scale, what it shows, greyscale); ``width``/``dpi`` scale a PNG of the
    unsized page."""
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")

    def write(tmp: Path) -> None:
        if fmt == "png":
            tmp.write_bytes(png_bytes(chart, width, dpi, options))
        elif fmt == "svg":
            tmp.write_text(svg_text(chart, options), encoding="utf-8")
        elif fmt == "pdf":
            pdf_bytes_to(chart, str(tmp), options)
        else:
            tmp.write_text(chart.csv_text(), encoding="utf-8", newline="")

    try:
        write_atomically(target, write, replace=True)
    except WriteError as exc:
        raise ExportError(str(exc)) from None
    return target


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

