"""A small window (800 x 500): the Charts tab fits in it, and nothing in it is laid over anything else."""

from __future__ import annotations

from kzbrowser.ui.main_window import CHARTS_TAB


def _settled(qtbot, measure):
    seen: list[object] = []

    def still() -> bool:
        seen.append(measure())
        return len(seen) > 3 and seen[-1] == seen[-2] == seen[-3]

    qtbot.waitUntil(still, timeout=5000)
    return seen[-1]


def test_first_opening_of_charts_keeps_the_window_size_and_the_notes_below_the_bars(qtbot, window):
    window.resize(800, 500)
    assert _settled(qtbot, lambda: (window.width(), window.height())) == (800, 500)
    window.tabs.setCurrentIndex(CHARTS_TAB)
    qtbot.waitUntil(lambda: window.charts_tab.view is not None)
    assert _settled(qtbot, lambda: (window.width(), window.height())) == (800, 500)
    for i in range(4):
        window.charts_tab.view.tabs.setCurrentIndex(i)
        page = window.charts_tab.view.pages[i]
        plot, caption = _settled(qtbot, lambda p=page: (p.plot.geometry(), p.caption.geometry()))
        assert caption.top() >= plot.bottom(), page.chart.name
        assert (window.width(), window.height()) == (800, 500)
