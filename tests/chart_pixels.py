"""Read bars off a rendered chart image the way a user's eye does: by colour, with no knowledge of the layout."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

# The colours the charts promise: Okabe-Ito blue and vermillion (colour-blind safe); Table 4's five answers
# alternate dark and light (see test_chart_style); and the light fill of a "No data" stub.
BLUE, VERMILLION = "#0072b2", "#d55e00"
SKY, HARMFUL, ORANGE, GREY_UNDECIDED = "#9ad0f3", "#a33c00", "#f0c04a", "#8a8a8a"
NO_DATA_FILL = "#f2f2f2"


def _name(img: QImage, x: int, y: int) -> str:
    return QColor(img.pixel(x, y)).name()


def axis_x(img: QImage, fills: set[str]) -> int:
    """The first column of the bars: where bar-coloured pixels first pile up (legend swatches are short)."""
    counts = [sum(_name(img, x, y) in fills for y in range(0, img.height(), 2)) for x in range(img.width())]
    peak = max(counts)
    return next(x for x, n in enumerate(counts) if n >= 0.5 * peak)


def _stub(c: QColor) -> bool:
    """The light neutral grey of a "No data" stub's fill, as each renderer blends it with the hatching."""
    return max(c.red(), c.green(), c.blue()) - min(c.red(), c.green(), c.blue()) <= 2 and 200 <= c.lightness() < 250


def bar_rows(img: QImage, x: int, fills: set[str]) -> list[tuple[int, int]]:
    """(top, bottom) of each bar met going down column ``x``: runs of a bar fill or of a "No data" stub."""
    runs: list[tuple[int, int, int]] = []  # top, bottom, pixels of a fill
    for y in range(img.height()):
        name = _name(img, x, y)
        if QColor(name).lightness() >= 250 and name != NO_DATA_FILL:
            continue
        filled = name in fills or _stub(QColor(name))
        if runs and runs[-1][1] == y:
            top, _, n = runs[-1]
            runs[-1] = (top, y + 1, n + filled)
        else:
            runs.append((y, y + 1, int(filled)))
    # A bar is mostly its fill (a hatched stub at least a quarter); text and lines crossing the column are not.
    bars = [(a, b) for a, b, n in runs if b - a >= 8 and n >= 0.25 * (b - a)]
    # Legend swatches in the column are shorter than bars (12 against 18 logical pixels).
    tallest = max((b - a for a, b in bars), default=0)
    return [(a, b) for a, b in bars if b - a >= 0.8 * tallest]


def runs_across(img: QImage, y: int, x: int, fills: set[str]) -> list[tuple[str, int, int]]:
    """(fill, first x, length in pixels) of each run of a bar fill going right from ``x`` along row ``y``."""
    out: list[tuple[str, int, int]] = []
    prev = ""
    for xx in range(x, img.width()):
        name = _name(img, xx, y)
        if name in fills and name == prev:
            fill, start, n = out[-1]
            out[-1] = (fill, start, n + 1)
        elif name in fills:
            out.append((name, xx, 1))
        prev = name
    return [r for r in out if r[2] >= 2]  # a lone pixel of a fill is an antialiased edge
