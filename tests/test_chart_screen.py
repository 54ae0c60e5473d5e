"""The on-screen charts show what the exports show: Table 4's small values under their bars, the timeline's zoom."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QRectF

from kzbrowser.read import chart_data
from kzbrowser.ui.charts.export import export
from kzbrowser.ui.charts.tab import ChartsTab
from test_chart_data import TABLE4
from test_chart_layout import NUMBER, SVG, _rows
from test_charts_tab import _settle

ASSESSMENT, TIMELINE = chart_data.CHART_NAMES.index("assessment"), chart_data.CHART_NAMES.index("timeline")


@pytest.fixture()
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "screen-settings.ini"), QSettings.Format.IniFormat)


def _tab(qtbot, conn, settings, index: int) -> ChartsTab:
    t = ChartsTab(conn, settings)
    qtbot.addWidget(t)
    t.tabs.setCurrentIndex(index)
    t.resize(890, 690)  # as in the 1366 x 768 window, beside the party list
    t.show()
    qtbot.waitExposed(t)
    return t


def _texts(plot) -> list[pg.TextItem]:
    return [i for i in plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def test_table4_values_on_screen_are_those_of_the_svg_under_the_same_bars(qtbot, conn, settings, tmp_path):
    plot = _tab(qtbot, conn, settings, ASSESSMENT).pages[ASSESSMENT].plot
    qtbot.wait(50)
    # Lines of printed values, top down, each left to right: as _rows groups the SVG's (y in view units).
    screen = _rows([(t.pos().x(), t.pos().y() * 400, t.toPlainText()) for t in _texts(plot)])
    root = ET.parse(export(plot.chart, tmp_path / "a.svg")).getroot()
    svg = _rows([(float(t.get("x")), float(t.get("y")), "".join(t.itertext())) for t in root.iter(f"{SVG}text")])
    # Typed from the article: Otan's 2.2 and the Civilian Party's 1.4 and 3.9 under their bars, in both.
    for shown in (screen, svg):
        assert shown[:4] == [["10.5", "23.8", "16.1", "47.4"], ["2.2"], ["15.9", "20.4", "58.4"], ["1.4", "3.9"]]
        assert len(shown) == 2 * len(TABLE4)
    for k, cells in enumerate(TABLE4.values()):
        (inside, below), (svg_inside, svg_below) = screen[2 * k:2 * k + 2], svg[2 * k:2 * k + 2]
        assert sorted(inside + below) == sorted(svg_inside + svg_below) == sorted(cells)
        assert {v for v in cells if float(v) <= 3} <= set(svg_below) <= set(below)
        # The screen decides as at its narrowest axis (360 px), so a value in between (4.7) may go under there.
        assert set(below) - set(svg_below) <= {v for v in cells if 3 < float(v) < 10}


def test_table4_values_on_screen_overlap_nothing(qtbot, conn, settings):
    plot = _tab(qtbot, conn, settings, ASSESSMENT).pages[ASSESSMENT].plot
    _settle(qtbot, plot)
    boxes = [(t.toPlainText(), t.sceneBoundingRect()) for t in _texts(plot) if NUMBER.match(t.toPlainText())]
    assert len(boxes) == sum(len(v) for v in TABLE4.values())
    for i, (a, ra) in enumerate(boxes):
        for b, rb in boxes[i + 1:]:
            assert not ra.intersects(rb), (a, b)
    bars = plot.hits
    vb = plot.getPlotItem().getViewBox()
    for text, r in boxes:
        centre = vb.mapSceneToView(r.center())
        under = [h for h in bars if h.x0 <= centre.x() <= h.x1 and h.y0 <= centre.y() <= h.y1]
        if any(text == h.tip.rsplit(": ", 1)[1].rstrip("%") for h in under):
            continue  # printed inside its own segment
        on = [h.tip for h in bars if r.intersects(vb.mapViewToScene(QRectF(h.x0, h.y0, h.x1 - h.x0, h.y1 - h.y0))
                                                  .boundingRect())]
        assert not on, (text, on)  # under its bar, on no bar (nor the next one)
        assert r.bottom() <= vb.sceneBoundingRect().bottom(), text  # nor cut off at the foot of the plot


def _tick_labels(plot) -> list[str]:
    return [label for _, label in plot.getPlotItem().getAxis("bottom")._tickLevels[0]]


def test_timeline_zoom_on_screen_and_remembered(qtbot, conn, settings):
    tab = _tab(qtbot, conn, settings, TIMELINE)
    page = tab.pages[TIMELINE]
    assert "1999" in _tick_labels(page.plot)
    page.years.setCurrentIndex(page.years.findData("2003-2004"))
    assert "1999" not in _tick_labels(page.plot) and {"2003", "2004"} <= set(_tick_labels(page.plot))
    assert page.title.text().endswith("2003\u20132004")
    chart = page.chart
    expected = [e for i in chart.items for e in i.events
                if e.earliest.year <= 2004 and (e.latest or e.earliest).year >= 2003]
    assert 0 < len(page.plot.hits) == len(expected) < sum(len(i.events) for i in chart.items)
    # The next window opens at the same years.
    again = _tab(qtbot, conn, settings, TIMELINE).pages[TIMELINE]
    assert again.years.currentData() == "2003-2004" and "1999" not in _tick_labels(again.plot)
    again.years.setCurrentIndex(again.years.findData("all"))
    assert "1999" in _tick_labels(again.plot) and len(again.plot.hits) == sum(len(i.events) for i in chart.items)
