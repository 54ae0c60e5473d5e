"""How each chart looks, for the screen and for every exported file: colours, legend, ticks.

Plain Python (no Qt): the pyqtgraph plot and the exported figure both read it.
"""

from __future__ import annotations

import math
import textwrap

from kzbrowser.read.chart_data import EVENT_KINDS, Chart

INK, GREY, LIGHT, GRID = "#1a1a1a", "#555555", "#9a9a9a", "#e3e3e3"
# Okabe & Ito (2008), safe for the common colour-vision deficiencies.
BLUE, SKY, GREEN, YELLOW, VERMILLION, ORANGE, PURPLE = (
    "#0072B2", "#56B4E9", "#009E73", "#F0E442", "#D55E00", "#E69F00", "#CC79A7")
ASSESSMENT_COLOURS = (BLUE, SKY, VERMILLION, ORANGE, "#BBBBBB")  # useful ... harmful ... undecided
OPPOSITION, OTHER = VERMILLION, BLUE
KIND_STYLE = {  # colour and marker shape of each event kind in the timeline
    "congress": (PURPLE, "triangle"),
    "founded": (GREEN, "square"),
    "constituent congress": (ORANGE, "diamond"),
    "registered": (BLUE, "circle"),
    "reregistered": (SKY, "tdown"),
}
LANE_GAP = 0.16  # years: closer events of one party go on separate lanes


def nice_step(vmax: float, target: int = 6) -> float:
    raw = vmax / target
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


def fmt_tick(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


def legend_entries(chart: Chart) -> list[tuple[str, str, str]]:
    """(label, colour, swatch kind) for the legend row."""
    if chart.name == "membership":
        return [("Opposition party (footnote 1)", OPPOSITION, "square"), ("Other party", OTHER, "square"),
                ("No data (unknown, not zero)", LIGHT, "hatch")]
    if chart.name == "assessment":
        return [(c, ASSESSMENT_COLOURS[i], "square") for i, c in enumerate(chart.series)]
    if chart.name == "timeline":
        out = [(EVENT_KINDS[k], KIND_STYLE[k][0], KIND_STYLE[k][1]) for k in chart.series]
        return [*out, ("Known to the month/season/year: bar spans the possible days", GREY, "range"),
                ("After the date shown", GREY, "arrow")]
    return []


def wrap_plain(text: str, width: int) -> str:
    """Wrap for on-screen axis labels (no font metrics needed)."""
    return "\n".join(textwrap.wrap(text, width))
