"""The pyqtgraph plot of each chart, with hover tooltips and clickable bars.

Imported by ChartsTab on first use: importing this module imports pyqtgraph and numpy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from kzbrowser.present.chart_marks import under_bar, visible_items
from kzbrowser.present.chart_style import (
    GREY,
    LANE_GAP,
    MIN_PLOT_WIDTH,
    TEXT,
    WHITE,
    bar_colour,
    event_style,
    ink_on,
    label_inside,
    style_of,
    text_em,
    value_axis,
    value_text,
    wrap_plain,
)
from kzbrowser.present.html import tooltip
from kzbrowser.read.chart_data import Chart, Item, lanes, year_fraction
from kzbrowser.ui.pieces import Pieces, finish

BAR_H = 0.62
STACKED_H, STACKED_UP = 0.46, 0.2  # a stacked bar with values under it: thinner, and raised to make room
SYMBOLS = {"circle": "o", "square": "s", "diamond": "d", "triangle": "t1", "tdown": "t"}


@dataclass(frozen=True)
class Hit:
    """Where a bar or marker is, in view coordinates, and what hovering or clicking it means."""

    x0: float
    x1: float
    y0: float
    y1: float
    tip: str
    key: str | None
    marker: bool = False  # a point: widen by a few pixels when testing


@dataclass
class Frame:
    """The parts of a plot's frame made before the plot (a piece of their own): its view box and axes.

    pyqtgraph's context menu of the view box is not made: the chart's menu is the Charts tab's (its exports).
    (The PlotItem itself is made by the PlotWidget, after its view: made before it, the stacked bars' edges
    came out a shade different, on 25 pixels, when the page was built at once while shown.)"""

    box: pg.ViewBox
    axes: dict[str, pg.AxisItem]

    @classmethod
    def make(cls) -> Frame:
        return cls(pg.ViewBox(enableMenu=False), {name: pg.AxisItem(name) for name in ("left", "bottom")})


class ChartPlot(pg.PlotWidget):
    """One chart drawn with pyqtgraph; the title and source are shown by the page around it.

    Signals: party_activated(str) -- a bar of a party was clicked; the key from parties.key.
    """

    party_activated = Signal(str)

    def __init__(self, chart: Chart, parent: QWidget | None = None, years: tuple[int, int] | None = None,
                 frame: Frame | None = None, draw: bool = True) -> None:
        """``years``: a timeline shows only those years (inclusive), as the export's Options.years.
        ``frame`` and ``draw``: for in_pieces (the frame made beforehand, the marks drawn afterwards)."""
        pal = (parent or self).palette()
        self._ink = pal.color(QPalette.ColorRole.Text)
        frame = frame or Frame.make()
        super().__init__(parent, background=pal.color(QPalette.ColorRole.Base), viewBox=frame.box,
                         axisItems=frame.axes, enableMenu=False)
        self.chart = chart
        self.hits: list[Hit] = []
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.18)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(GREY))
            axis.setTextPen(pg.mkPen(self._ink))
        item.setLabel("bottom", chart.value_label, color=self._ink.name())
        item.setLabel("left", chart.category_label, color=self._ink.name())
        self.setAntialiasing(True)
        self.style = style_of(chart)
        self.years = years if self.style.layout == "timeline" else None
        self.rows: list[tuple[int, Item]] = []
        if draw:
            self.set_years(years)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.setMinimumHeight(260)

    @classmethod
    def in_pieces(cls, chart: Chart, parent: QWidget | None = None,
                  years: tuple[int, int] | None = None) -> Pieces[ChartPlot]:
        """``ChartPlot(chart, parent, years)``, made a piece at a time: its frame, the widget (with its plot
        item), then its marks a row or a series at a time (for building it in idle time: see ui/pieces.py)."""
        frame = Frame.make()
        yield None
        plot = cls(chart, parent, years, frame=frame, draw=False)
        yield None
        yield from plot.drawing(years)
        return plot

    # Drawing -----------------------------------------------------------------------------------------
    def set_years(self, years: tuple[int, int] | None) -> None:
        """Draw the chart again, a timeline only for ``years`` (None: all)."""
        finish(self.drawing(years))

    def drawing(self, years: tuple[int, int] | None) -> Pieces[None]:
        """set_years, a piece at a time: each next() draws one row's or one series' marks."""
        item = self.getPlotItem()
        item.clear()
        self.hits = []
        self.years = years if self.style.layout == "timeline" else None
        self.rows = visible_items(self.chart, self.years)  # (data row, item) of each row drawn, top down
        self._row_y = [float(i) for i in range(len(self.rows))]
        yield from {"bars": self._bars, "stacked": self._stacked, "timeline": self._timeline}[self.style.layout]()
        item.getAxis("left").setTicks([[(y, wrap_plain(it.label, self.style.label_chars))
                                        for y, (_, it) in zip(self._row_y, self.rows, strict=True)], []])
        item.setYRange(-0.6, len(self.rows) - 0.4, padding=0)

    def _x_axis(self, extra: float) -> None:
        lo, hi, ticks = value_axis(self.chart)
        self.getPlotItem().getAxis("bottom").setTicks([ticks, []])
        # A little room left of zero, or pyqtgraph drops the "0" label at the edge.
        self.getPlotItem().setXRange(lo - (hi - lo) * 0.012, hi + (hi - lo) * extra, padding=0)

    def _text(self, text: str, x: float, y: float, anchor: tuple[float, float], colour: QColor | str,
              tight: bool = False) -> None:
        t = pg.TextItem(text, color=colour, anchor=anchor)
        if tight:  # no margin around the text: a value under a bar, in the narrow gap before the next bar
            t.textItem.document().setDocumentMargin(0)
        t.setPos(x, y)
        self.addItem(t)

    def _bars(self) -> Iterator[None]:
        c = self.chart
        lo, hi, _ = value_axis(c)
        stub = (hi - lo) * 0.05
        for i, it in enumerate(c.items):
            if it.value is None:
                bar = pg.BarGraphItem(x0=[0], y=[i], width=[stub], height=BAR_H,
                                      brush=QBrush(QColor(GREY), Qt.BrushStyle.BDiagPattern), pen=pg.mkPen(GREY))
                self._text(" No data", stub, i, (0, 0.5), GREY)
                tip = self.chart.translate("Charts", "{label}: No data (unknown, not zero)").format(label=it.label)
                self.hits.append(Hit(0, stub, i - BAR_H / 2, i + BAR_H / 2, tip, it.key))
            else:
                bar = pg.BarGraphItem(x0=[0], y=[i], width=[it.value], height=BAR_H,
                                      brush=bar_colour(self.style, it), pen=None)
                printed = value_text(self.style, it.printed)
                self._text(" " + printed, it.value, i, (0, 0.5), self._ink)
                self.hits.append(Hit(0, it.value, i - BAR_H / 2, i + BAR_H / 2, f"{it.label}: {printed}", it.key))
            self.addItem(bar)
            yield None
        self._x_axis(0.2)  # room for the value label of the longest bar

    def _stacked(self) -> Iterator[None]:
        c = self.chart
        lo, hi, _ = value_axis(c)
        # The values that do not fit inside their segment go under the bar, as in every export (one rule,
        # present/chart_marks.py), measured as at the narrowest plot the screen lays out.
        per = (hi - lo) / MIN_PLOT_WIDTH  # value units per pixel, at most
        below = [under_bar(it, lo, hi, label_inside, lambda t: text_em(t) * TEXT["value"] * per, 5 * per)
                 for it in c.items]
        self._row_y = [i - STACKED_UP if b else float(i) for i, b in enumerate(below)]
        h = [STACKED_H if b else BAR_H for b in below]
        acc = [0.0] * len(c.items)
        for k, cat in enumerate(c.series):
            widths = [it.segments[k] for it in c.items]
            fill = self.style.series_colours[k]
            self.addItem(pg.BarGraphItem(x0=list(acc), y=self._row_y, width=widths, height=h,
                                         brush=fill, pen=pg.mkPen(WHITE, width=0.75)))
            for i, it in enumerate(c.items):
                printed, y = it.segments_printed[k], self._row_y[i]
                tip = f"{it.label} — {cat}: {value_text(self.style, printed)}"
                self.hits.append(Hit(acc[i], acc[i] + widths[i], y - h[i] / 2, y + h[i] / 2, tip, it.key))
                if label_inside(printed, widths[i] / (hi - lo)):
                    self._text(printed, acc[i] + widths[i] / 2, y, (0.5, 0.5), ink_on(fill))
                acc[i] += widths[i]
                yield None
        ticks_x: list[float] = []
        ticks_y: list[float] = []
        for y, hh, row in zip(self._row_y, h, below, strict=True):
            for b in row:
                self._text(b.text, b.left, y + hh / 2 + 0.05, (0, 0), self._ink, tight=True)
                ticks_x += [b.centre, b.left + b.width / 2]
                ticks_y += [y + hh / 2, y + hh / 2 + 0.05]
            yield None
        self.addItem(pg.PlotCurveItem(ticks_x, ticks_y, connect="pairs", pen=pg.mkPen(GREY, width=1)))
        self._x_axis(0.025)
        self.getPlotItem().showGrid(x=False, y=False)

    def _timeline(self) -> Iterator[None]:
        c = self.chart
        caps_x: list[float] = []
        caps_y: list[float] = []
        for i, (_, it) in enumerate(self.rows):
            lane_of = lanes(it.events, LANE_GAP)
            n = max(lane_of, default=0) + 1
            for e, lane in zip(it.events, lane_of, strict=True):
                y = i + (lane - (n - 1) / 2) * 0.3
                colour, shape = event_style(e.kind)
                x = year_fraction(e.earliest)
                tip = f"{it.label} — {e.describe(self.chart.translate)}"
                if e.latest is not None and e.is_range:
                    x1 = year_fraction(e.latest + timedelta(days=1))
                    self.addItem(pg.BarGraphItem(x0=[x], x1=[x1], y=[y], height=0.18, brush=colour,
                                                 pen=pg.mkPen(colour, width=1)))
                    self.hits.append(Hit(x, x1, y - 0.09, y + 0.09, tip, it.key, marker=True))
                    for cx in (x, x1):  # end caps: the bar is a range of days, not a long event
                        caps_x += [cx, cx]
                        caps_y += [y - 0.15, y + 0.15]
                    continue
                if e.latest is None:  # "after": an arrow pointing to the later, unknown day
                    self.addItem(pg.ScatterPlotItem([x + 0.2], [y], symbol="t2", size=9, brush=colour, pen=None))
                    self.addItem(pg.PlotCurveItem([x, x + 0.2], [y, y], pen=pg.mkPen(colour, width=1.5)))
                self.addItem(pg.ScatterPlotItem([x], [y], symbol=SYMBOLS[shape], size=10, brush=colour,
                                                pen=pg.mkPen(WHITE, width=1)))
                self.hits.append(Hit(x, x, y, y, tip, it.key, marker=True))
            yield None
        self.addItem(pg.PlotCurveItem(caps_x, caps_y, connect="pairs", pen=pg.mkPen(GREY, width=1.5)))
        lo, hi, ticks = value_axis(c, self.years)
        self.getPlotItem().getAxis("bottom").setTicks([ticks, []])
        margin = (hi - lo) / 30  # years: room for a marker on the first day, and for the first year's label
        self.getPlotItem().setXRange(lo - margin, hi + 0.4 * margin, padding=0)

    # Hover and click ---------------------------------------------------------------------------------
    def hit_at(self, view: QPointF) -> Hit | None:
        """The bar or marker under a point in view coordinates, if any."""
        px, py = self.getPlotItem().getViewBox().viewPixelSize()
        best: tuple[float, Hit] | None = None
        for h in self.hits:
            tx, ty = (6 * px, 6 * py) if h.marker else (0.0, 0.0)
            if h.x0 - tx <= view.x() <= h.x1 + tx and h.y0 - ty <= view.y() <= h.y1 + ty:
                d = abs(view.x() - (h.x0 + h.x1) / 2) / px + abs(view.y() - (h.y0 + h.y1) / 2) / py
                if best is None or d < best[0]:
                    best = (d, h)
        return best[1] if best else None

    def _view_point(self, scene_pos: QPointF) -> QPointF | None:
        vb = self.getPlotItem().getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self._view_point(scene_pos)
        hit = self.hit_at(view) if view is not None else None
        if hit is None:
            QToolTip.hideText()
            self.viewport().unsetCursor()
            return
        QToolTip.showText(QCursor.pos(), tooltip(hit.tip), self)
        if hit.key:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)

    def _on_mouse_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        view = self._view_point(event.scenePos())  # type: ignore[attr-defined]
        hit = self.hit_at(view) if view is not None else None
        if hit is not None and hit.key:
            self.party_activated.emit(hit.key)

