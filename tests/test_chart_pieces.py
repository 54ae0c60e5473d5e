"""The Charts tab built in pieces in idle time (ui/pieces.py, ChartPage.build, ChartsTab.prepare_steps,
preload.paint_ahead) is the chart built at once: the same marks, labels, ticks and table; and a click on the
tab mid-way finishes it at once and shows that chart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kzbrowser.read.chart_data import CHART_NAMES, chart
from kzbrowser.ui.charts.page import ChartPage
from kzbrowser.ui.charts.tab import ChartsTab
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.main_window import CHARTS_TAB, PARTY_TAB
from kzbrowser.ui.pieces import finish, sliced


def _numbers(values) -> list[float]:
    return [round(float(v), 6) for v in (values if values is not None else [])]


def _item(item) -> tuple:
    """What one mark of a plot draws: its kind, place, text or geometry, colours."""
    import pyqtgraph as pg

    pos = (round(item.pos().x(), 6), round(item.pos().y(), 6))
    if isinstance(item, pg.TextItem):
        return ("text", pos, item.textItem.toPlainText(), tuple(item.anchor), item.color.name())
    if isinstance(item, pg.BarGraphItem):
        o = item.opts
        brush = pg.mkBrush(o["brush"])
        return ("bars", pos, *(tuple(_numbers(o.get(k))) if isinstance(o.get(k), (list, tuple)) else o.get(k)
                               for k in ("x0", "x1", "y", "width", "height")),
                brush.color().name(), brush.style().name)
    if isinstance(item, pg.ScatterPlotItem):
        x, y = item.getData()
        return ("points", pos, _numbers(x), _numbers(y), str(item.opts["symbol"]), item.opts["size"])
    if isinstance(item, pg.PlotCurveItem):
        return ("curve", pos, _numbers(item.xData), _numbers(item.yData))
    return (type(item).__name__, pos)


def _page(page: ChartPage) -> dict:
    """Everything a reader sees of a chart's page, and its plot's marks, hover areas and axes."""
    plot = page.plot
    item = plot.getPlotItem()
    model = page.model
    return {
        "title": page.title.text(), "legend": (page.legend.text(), page.legend.isHidden()),
        "years": page.years.currentData(),
        "caption": page.caption.text(), "links": page.links.text(),
        "marks": [_item(i) for i in item.items],
        "hits": list(plot.hits),
        "ticks": {n: item.getAxis(n)._tickLevels for n in ("left", "bottom")},
        "axis labels": {n: item.getAxis(n).labelText for n in ("left", "bottom")},
        "range": [[round(v, 6) for v in r] for r in item.getViewBox().viewRange()],
        "table": [[model.headerData(c, 1) for c in range(model.columnCount())]]
                 + [[model.index(r, c).data() for c in range(model.columnCount())]
                    for r in range(model.rowCount())],
    }


@pytest.fixture()
def host(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    return w


@pytest.mark.parametrize("name", CHART_NAMES)
def test_a_chart_built_in_pieces_is_the_chart_built_at_once(qtbot, conn, host, name):
    from kzbrowser.ui.charts.plots import ChartPlot

    data = chart(conn, name, translate)
    at_once = ChartPage(data, None, host)
    in_pieces = ChartPage(data, None, host, built=False)
    marks_seen = []
    for _ in in_pieces.build():
        QApplication.processEvents()  # the event loop runs between pieces, as in idle time
        plot = in_pieces.findChild(ChartPlot)
        marks_seen.append(len(plot.getPlotItem().items) if plot is not None else -1)
    assert _page(in_pieces) == _page(at_once)
    assert len(at_once.plot.getPlotItem().items) > 5 and at_once.plot.hits
    # really in pieces: the marks arrive over several of them, not all in one
    assert len(set(marks_seen)) > 3


def test_the_timeline_keeps_its_remembered_years_when_built_in_pieces(qtbot, conn, host, settings):
    from kzbrowser.ui.settings import TIMELINE_YEARS

    TIMELINE_YEARS.write(settings, "2003-2004")
    data = chart(conn, "timeline", translate)
    page = ChartPage(data, settings, host, built=False)
    finish(page.build())
    assert page.years.currentData() == "2003-2004" and page.plot.years == (2003, 2004)
    assert "2003" in page.title.text() and "2004" in page.title.text()
    assert _page(page) == _page(ChartPage(data, settings, host))  # at once, with the same years remembered
    whole = ChartPage(data, None, host)  # all years: events before 2003 and after 2004 too
    assert 0 < len(page.plot.hits) < len(whole.plot.hits)


def test_a_page_asked_for_while_it_is_built_in_pieces_is_finished_at_once(qtbot, conn, settings, host):
    reference = _page(ChartPage(chart(conn, "membership", translate), None, host))
    tab = ChartsTab(conn, settings)
    qtbot.addWidget(tab)
    steps = tab.prepare_steps()
    for _ in range(4):
        next(steps)
    assert tab.pages.built() == 0
    page = tab.prepare()  # what showing the tab does
    assert tab.pages.built() == 1 and _page(page) == reference
    assert list(steps) == []  # nothing left to do, and no second page
    assert tab.prepare() is page and tab.pages.built() == 1 and tab.findChildren(ChartPage) == [page]


def test_sliced_runs_every_piece_in_order_and_finish_returns_what_was_built():
    done = []

    def pieces():
        for i in range(5):
            done.append(i)
            yield None
        return "built"

    assert len(list(sliced(pieces(), 0.0))) == 5  # no time at all: a step per piece
    assert done == [0, 1, 2, 3, 4]
    done.clear()
    assert list(sliced(pieces(), 3600.0)) == [] and done == [0, 1, 2, 3, 4]  # all in the one step
    assert finish(pieces()) == "built"


def _drive_to(qtbot, loader_steps, until, limit=5000) -> None:
    """Run the window's idle steps (as IdleSteps would, with the event loop between) until ``until()``."""
    for _ in range(limit):
        if until():
            return
        wait = next(loader_steps)
        QApplication.processEvents()
        if wait:
            qtbot.wait(wait)
    raise AssertionError("the idle steps never got there")


@pytest.mark.parametrize("where", ["building", "painting"])
def test_a_click_on_the_charts_tab_midway_shows_the_whole_chart(qtbot, window, host, where):
    from kzbrowser.ui.charts.preload import preload_then_build

    window.charts_loader.stop()
    qtbot.waitUntil(lambda: window.is_ready, timeout=10_000)
    steps = preload_then_build(window.charts_tab, window.tabs)

    def midway() -> bool:
        view = window.charts_tab.view
        if view is None:
            return False
        if where == "building":
            return bool(view.pages._pending)
        return view.pages.built() == 1

    _drive_to(qtbot, steps, midway)
    charts = window.charts_tab.view
    assert window.tabs.currentIndex() == PARTY_TAB and not charts.isVisible()
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(CHARTS_TAB).center())
    assert window.tabs.currentIndex() == CHARTS_TAB
    qtbot.waitUntil(lambda: charts.prepare().isVisible(), timeout=5000)
    page = charts.prepare()
    assert charts.pages.built() == 1
    name = CHART_NAMES[charts.tabs.currentIndex()]
    assert _page(page) == _page(ChartPage(chart(window.conn, name, translate), window.settings, host))
    list(steps)  # the steps left find the chart built and shown: nothing more is built, nothing breaks
    assert charts.prepare() is page and charts.pages.built() == 1
    assert charts.findChildren(ChartPage) == [page]  # no half-built page left behind it



def test_a_page_whose_build_failed_midway_is_built_afresh_when_asked_for(qtbot, conn, settings, monkeypatch):
    tab = ChartsTab(conn, settings)
    qtbot.addWidget(tab)
    real = ChartPage.build
    calls = []

    def failing(self):
        calls.append(1)
        if len(calls) == 1:
            yield None
            raise OSError("disk went away")
        yield from real(self)

    monkeypatch.setattr(ChartPage, "build", failing)
    steps = tab.prepare_steps()
    with pytest.raises(OSError, match="disk went away"):
        list(steps)
    page = tab.prepare()
    assert page is not None and page.plot.hits and tab.pages.built() == 1
    qtbot.waitUntil(lambda: tab.findChildren(ChartPage) == [page], timeout=3000)  # the half-built one is gone
