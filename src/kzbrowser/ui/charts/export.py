"""Export a chart as PNG, SVG, PDF or CSV, or copy it as an image: the same figure in every format.

Every file is written to a temporary file in the target folder and renamed when complete, so a failed
export never leaves a partial file. Needs a QGuiApplication (fonts), not pyqtgraph.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from xml.sax.saxutils import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
)

from kzbrowser import __version__
from kzbrowser.atomic import WriteError, write_atomically
from kzbrowser.read.chart_data import Chart
from kzbrowser.ui.charts.figure import BASE_WIDTH, SVG_FONT_FAMILY, Figure, Shape, font

FORMATS = ("png", "svg", "pdf", "csv")
CREATOR = f"kzbrowser {__version__}"


class ExportError(Exception):
    """A one-line message for the user: what could not be written and why."""


def render_image(chart: Chart, width: int | None = None, dpi: float | None = None) -> QImage:
    """The chart as an image on white: ``width`` pixels wide, or 10 inches at ``dpi``.

    Every width is the one 10-inch page of the SVG and PDF, scaled: same aspect, same labels.
    """
    if width is None:
        width = round(BASE_WIDTH * (dpi or 96) / 96)
    if not 100 <= width <= 20000:
        raise ExportError(f"width {width} px is out of range (100-20000)")
    fig = Figure(chart)
    scale = width / fig.width
    img = QImage(width, math.ceil(fig.height * scale), QImage.Format.Format_RGB32)
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


def paint(fig: Figure, p: QPainter) -> None:
    """Draw the figure's shapes with ``p`` (logical 96-dpi pixels)."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    for s in fig.shapes:
        if s.kind == "rect":
            p.setPen(_pen(s.stroke, s.width))
            p.setBrush(QBrush(QColor(s.fill)) if s.fill else Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(s.x, s.y, s.w, s.h))
        elif s.kind == "hatch":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#f2f2f2"))
            p.drawRect(QRectF(s.x, s.y, s.w, s.h))
            p.save()
            p.setClipRect(QRectF(s.x, s.y, s.w, s.h))
            p.setPen(_pen(s.stroke, 1.0))
            for x1, y1, x2, y2 in hatch_lines(s):
                p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            p.restore()
            p.setPen(_pen(s.stroke, 1.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(s.x, s.y, s.w, s.h))
        elif s.kind == "line":
            p.setPen(_pen(s.stroke, s.width))
            p.drawLine(QPointF(s.x, s.y), QPointF(s.x + s.w, s.y + s.h))
        elif s.kind == "marker":
            p.setPen(_pen(s.stroke, 1.0))
            p.setBrush(QColor(s.fill))
            p.drawPath(marker_path(s))
        elif s.kind == "text":
            p.setFont(font(s.size, s.bold))
            p.setPen(QColor(s.fill or "#000000"))
            w = p.fontMetrics().horizontalAdvance(s.text)
            dx = {"start": 0.0, "middle": -w / 2, "end": -w}[s.anchor]
            p.drawText(QPointF(s.x + dx, s.y), s.text)


def _pen(colour: str | None, width: float) -> QPen:
    if not colour:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def hatch_lines(s: Shape, gap: float = 6.0) -> list[tuple[float, float, float, float]]:
    """Diagonal lines (bottom-left to top-right) covering the rect; the caller clips them."""
    out = []
    k = -s.h
    while k < s.w:
        out.append((s.x + k, s.y + s.h, s.x + k + s.h, s.y))
        k += gap
    return out


def marker_points(s: Shape) -> list[tuple[float, float]]:
    r = s.size / 2
    if s.shape == "square":
        r *= 0.85
        return [(s.x - r, s.y - r), (s.x + r, s.y - r), (s.x + r, s.y + r), (s.x - r, s.y + r)]
    if s.shape == "diamond":
        r *= 1.15
        return [(s.x, s.y - r), (s.x + r, s.y), (s.x, s.y + r), (s.x - r, s.y)]
    if s.shape == "triangle":
        r *= 1.1
        return [(s.x, s.y - r), (s.x + r, s.y + r * 0.8), (s.x - r, s.y + r * 0.8)]
    if s.shape == "tdown":
        r *= 1.1
        return [(s.x - r, s.y - r * 0.8), (s.x + r, s.y - r * 0.8), (s.x, s.y + r)]
    if s.shape == "arrow":
        return [(s.x - r, s.y - r), (s.x + r, s.y), (s.x - r, s.y + r)]
    return []  # circle


def marker_path(s: Shape) -> QPainterPath:
    path = QPainterPath()
    pts = marker_points(s)
    if pts:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(s.x, s.y), s.size / 2, s.size / 2)
    return path


def svg_text(chart: Chart) -> str:
    """The chart as a standalone SVG 1.1 document: one element with class "bar" per data value."""
    fig = Figure(chart)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{fig.width:g}" height="{fig.height:g}" '
           f'viewBox="0 0 {fig.width:g} {fig.height:g}" font-family="{SVG_FONT_FAMILY}">',
           f"<title>{escape(chart.title)}</title>",
           f"<desc>{escape(chart.caption)}</desc>",
           "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><rdf:Description>"
           f"<dc:title>{escape(chart.title)}</dc:title><dc:source>{escape(chart.caption)}</dc:source>"
           f"<dc:creator>{escape(chart.author)}</dc:creator><dc:publisher>{escape(CREATOR)}</dc:publisher>"
           "</rdf:Description></rdf:RDF></metadata>",
           '<defs><pattern id="nodata" patternUnits="userSpaceOnUse" width="6" height="6">'
           '<rect width="6" height="6" fill="#f2f2f2"/><path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" '
           'stroke="#555555" stroke-width="1"/></pattern></defs>',
           f'<rect width="{fig.width:g}" height="{fig.height:g}" fill="#ffffff"/>']
    for s in fig.shapes:
        out.append(_svg_shape(s, chart))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _n(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _svg_shape(s: Shape, chart: Chart) -> str:
    attrs = ""
    if s.role == "bar" and s.row is not None:
        item = chart.items[s.row]
        attrs = f' class="bar" data-row="{s.row}"' + (f' data-party="{item.key}"' if item.key else "")
    tip = f"<title>{escape(s.tip)}</title>" if s.tip else ""
    stroke = f' stroke="{s.stroke}" stroke-width="{_n(s.width)}"' if s.stroke else ""
    if s.kind in ("rect", "hatch"):
        fill = "url(#nodata)" if s.kind == "hatch" else (s.fill or "none")
        el = f'<rect x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" fill="{fill}"{stroke}{attrs}'
        return f"{el}>{tip}</rect>" if tip else el + "/>"
    if s.kind == "line":
        return (f'<line x1="{_n(s.x)}" y1="{_n(s.y)}" x2="{_n(s.x + s.w)}" y2="{_n(s.y + s.h)}"'
                f' stroke="{s.stroke}" stroke-width="{_n(s.width)}"/>')
    if s.kind == "marker":
        pts = marker_points(s)
        if pts:
            el = f'<polygon points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in pts)}" fill="{s.fill}"{stroke}{attrs}'
        else:
            el = f'<circle cx="{_n(s.x)}" cy="{_n(s.y)}" r="{_n(s.size / 2)}" fill="{s.fill}"{stroke}{attrs}'
        return f"{el}>{tip}</{el.split()[0][1:]}>" if tip else el + "/>"
    anchor = f' text-anchor="{s.anchor}"' if s.anchor != "start" else ""
    weight = ' font-weight="bold"' if s.bold else ""
    return (f'<text x="{_n(s.x)}" y="{_n(s.y)}" font-size="{_n(s.size)}px"{weight}{anchor} fill="{s.fill}"'
            f' xml:space="preserve">{escape(s.text)}</text>')


def pdf_bytes_to(chart: Chart, path: str) -> None:
    """Write the chart as a one-page vector PDF (selectable text) at ``path``."""
    fig = Figure(chart)
    writer = QPdfWriter(path)
    writer.setResolution(96)  # logical pixels; the default 1200 dpi would shrink the layout
    writer.setTitle(chart.title)
    writer.setCreator(CREATOR)
    writer.setAuthor(chart.author)
    writer.setDocumentXmpMetadata(QByteArray(xmp(chart).encode("utf-8")))
    size = QPageSize(QSizeF(fig.width * 0.75, fig.height * 0.75), QPageSize.Unit.Point, "chart",
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


def png_bytes(chart: Chart, width: int | None = None, dpi: float | None = None) -> bytes:
    img = render_image(chart, width, dpi)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs want the format as bytes; at run time it takes only str.
    if not img.save(buf, "PNG"):  # type: ignore[call-overload]
        raise ExportError("the PNG encoder failed")
    return bytes(data.data())


def export(chart: Chart, path: str | os.PathLike[str], fmt: str | None = None, *, width: int | None = None,
           dpi: float | None = None) -> Path:
    """Write ``chart`` to ``path`` as ``fmt`` (default: from the file's suffix). Raises ExportError."""
    target = Path(path)
    fmt = (fmt or target.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")

    def write(tmp: Path) -> None:
        if fmt == "png":
            tmp.write_bytes(png_bytes(chart, width, dpi))
        elif fmt == "svg":
            tmp.write_text(svg_text(chart), encoding="utf-8")
        elif fmt == "pdf":
            pdf_bytes_to(chart, str(tmp))
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

