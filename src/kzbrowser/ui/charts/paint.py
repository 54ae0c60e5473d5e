"""Paint a laid-out figure with QPainter: the PNG, the PDF and the clipboard image share this."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from kzbrowser.ui.charts.figure import Figure, Shape, font


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
            p.setPen(_pen(s.stroke, s.width))
            for x1, y1, x2, y2 in hatch_lines(s, 6.0 * s.width):
                p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            p.restore()
            p.setPen(_pen(s.stroke, s.width))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(s.x, s.y, s.w, s.h))
        elif s.kind == "line":
            p.setPen(_pen(s.stroke, s.width))
            p.drawLine(QPointF(s.x, s.y), QPointF(s.x + s.w, s.y + s.h))
        elif s.kind == "marker":
            p.setPen(_pen(s.stroke, s.width))
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
