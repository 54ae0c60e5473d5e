"""How each kind of chart looks, on screen and in every exported file: one style table both renderers read.

Plain Python (no Qt). The pyqtgraph plot (ui/charts/plots.py) and the exported figure (ui/charts/figure.py)
take colours, the value suffix, which values are printed where, label ink, legend entries and the
timeline's event styles from here, so the screen, PNG, SVG and PDF cannot drift apart.
"""

from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass, replace

from kzbrowser.read.chart_data import EVENT_KINDS, Chart, Item
from kzbrowser.translate import QT_TRANSLATE_NOOP

INK, GREY, LIGHT, GRID, WHITE = "#1a1a1a", "#555555", "#9a9a9a", "#e3e3e3", "#ffffff"
# Okabe & Ito (2008), safe for the common colour-vision deficiencies.
BLUE, SKY, GREEN, YELLOW, VERMILLION, ORANGE, PURPLE = (
    "#0072B2", "#56B4E9", "#009E73", "#F0E442", "#D55E00", "#E69F00", "#CC79A7")
OPPOSITION, OTHER = VERMILLION, BLUE
# Table 4's five answers, left to right: dark, light, dark, light, mid. Neighbours differ by 20 or more in
# CIELAB lightness (so on a washed-out projector and in greyscale too), and in hue for the colour-blind.
ASSESSMENT = ("#0072B2", "#9AD0F3", "#A33C00", "#F0C04A", "#8A8A8A")
KIND_STYLE = {  # colour and marker shape of each event kind in the timeline
    "congress": (PURPLE, "triangle"),
    "founded": (GREEN, "square"),
    "constituent congress": (ORANGE, "diamond"),
    "registered": (BLUE, "circle"),
    "reregistered": (SKY, "tdown"),
}
LANE_GAP = 0.16  # years: closer events of one party go on separate lanes

# A value printed inside a segment must fit even on the narrowest value axis either renderer lays out, so
# that one rule (not the output's pixel width) decides which segments carry their value, everywhere.
MIN_PLOT_WIDTH = 360.0  # logical pixels
LABEL_SIZE = 11.0  # pixel size of a value printed inside a segment
LABEL_PAD = 6.0  # logical pixels of fill left around it
# Pixel sizes of each kind of text on the 960-pixel page; a larger page or a font scale multiplies them all.
TEXT = {"title": 19.0, "legend": 12.5, "label": 13.0, "tick": 13.0, "value": 13.0, "inside": 13.0, "axis": 13.0,
        "note": 11.5}
SECONDARY = ("title", "legend", "note")  # on a crowded page these shrink (to 0.9) before the labels do
# DejaVu Sans advance widths in em; other characters are taken as wide as "M" (upper bound, so never too small).
_ADVANCE = {**dict.fromkeys("0123456789", 0.636), ".": 0.318, ",": 0.318, "%": 0.950, " ": 0.318}


@dataclass(frozen=True)
class Legend:
    """One legend entry; swatch is square, hatch, range, arrow or a marker shape."""

    label: str
    colour: str
    swatch: str


@dataclass(frozen=True)
class ChartStyle:
    """The look of one kind of chart. layout: "bars", "stacked" or "timeline" (how it is drawn)."""

    layout: str
    colour: str = BLUE  # a bar's fill
    flag_colour: str | None = None  # the fill of a flagged item's bar (membership: opposition party)
    series_colours: tuple[str, ...] = ()  # stacked: one fill per series, in printed order
    suffix: str = ""  # after each printed value, at a bar's end and in tooltips
    value_room: float = 18.0  # logical pixels right of the axis for the value printed at a bar's end
    label_chars: int = 48  # on screen, category labels wrap at this many characters
    legend: tuple[Legend, ...] = ()  # entries after those of the chart's series


NO_DATA = Legend(QT_TRANSLATE_NOOP("Charts", "No data (unknown, not zero)"), LIGHT, "hatch")
STYLES: dict[str, ChartStyle] = {
    "membership": ChartStyle("bars", flag_colour=OPPOSITION, value_room=76.0, legend=(
        Legend(QT_TRANSLATE_NOOP("Charts", "Opposition party (footnote 1)"), OPPOSITION, "square"),
        Legend(QT_TRANSLATE_NOOP("Charts", "Other party"), OTHER, "square"),
        NO_DATA)),
    "poll": ChartStyle("bars", suffix="%", value_room=56.0, label_chars=34),
    "assessment": ChartStyle("stacked", series_colours=ASSESSMENT, suffix="%"),
    "timeline": ChartStyle("timeline", legend=(
        Legend(QT_TRANSLATE_NOOP("Charts", "Known to the month/season/year: bar spans the possible days"),
               GREY, "range"),
        Legend(QT_TRANSLATE_NOOP("Charts", "After the date shown"), GREY, "arrow"))),
}


def style_of(chart: Chart) -> ChartStyle:
    return STYLES[chart.name]


def bar_colour(style: ChartStyle, item: Item) -> str:
    return style.flag_colour if item.flag and style.flag_colour else style.colour


def value_text(style: ChartStyle, printed: str) -> str:
    """A value as printed next to a bar or in a tooltip ("13.4%")."""
    return printed + style.suffix


def label_inside(text: str, share: float, plot_width: float = MIN_PLOT_WIDTH, size: float = LABEL_SIZE,
                 pad: float = LABEL_PAD) -> bool:
    """Whether ``text`` is printed inside a segment ``share`` (0..1) of the value axis long: only if it fits.

    The screen plot asks with the defaults (the narrowest axis it lays out); a figure with its own axis width
    and text size (in the same unit)."""
    return share * plot_width >= text_em(text) * size + pad


def text_em(text: str) -> float:
    return sum(_ADVANCE.get(ch, 0.9) for ch in text)


def _luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#rrggbb"."""
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(int(colour[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink_on(fill: str) -> str:
    """White or dark ink, whichever contrasts more with ``fill``."""
    return max((WHITE, INK), key=lambda ink: contrast(ink, fill))


def event_style(kind: str) -> tuple[str, str]:
    """(colour, marker shape) of a timeline event kind."""
    return KIND_STYLE.get(kind, (GREY, "circle"))


def legend_entries(chart: Chart) -> list[Legend]:
    """The legend: the chart's series (categories or event kinds), then the style's own entries."""
    style = style_of(chart)
    translate = chart.translate
    if style.layout == "stacked":  # Table 4's categories, as printed
        series = [Legend(c, style.series_colours[i], "square") for i, c in enumerate(chart.series)]
    elif style.layout == "timeline":
        series = [Legend(translate("Charts", EVENT_KINDS[k]), *event_style(k)) for k in chart.series]
    else:
        series = []
    return [*series, *(replace(e, label=translate("Charts", e.label)) for e in style.legend)]


def greyscale(colour: str) -> str:
    """The grey of the same luminance (so every contrast ratio is kept)."""
    y = _luminance(colour)
    v = 12.92 * y if y <= 0.0031308 else 1.055 * y ** (1 / 2.4) - 0.055
    return "#" + f"{round(v * 255):02x}" * 3


def value_axis(chart: Chart, years: tuple[int, int] | None = None) -> tuple[float, float, list[tuple[float, str]]]:
    """(low, high, ticks as (value, label)): from 0 in round steps, or each year of the timeline (or of
    ``years``, first to last inclusive)."""
    if style_of(chart).layout == "timeline":
        all_years = [e.earliest.year for i in chart.items for e in i.events]
        first, last = years[0] if years else min(all_years), (years[1] if years else max(all_years)) + 1
        if last - first <= 2:  # a zoom: quarters too
            return float(first), float(last), [(y + q / 4, str(y) if q == 0 else _QUARTERS[q])
                                               for y in range(first, last + 1) for q in range(4) if y < last or not q]
        return float(first), float(last), [(float(y), str(y)) for y in range(first, last + 1)]
    step = nice_step(chart.value_max)
    hi = math.ceil(chart.value_max / step) * step
    return 0.0, hi, [(k * step, fmt_tick(k * step)) for k in range(round(hi / step) + 1)]


_QUARTERS = ("", "Apr", "Jul", "Oct")


def nice_step(vmax: float, target: int = 6) -> float:
    raw = vmax / target
    mag = 10 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)


def fmt_tick(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


def wrap_plain(text: str, width: int) -> str:
    """Wrap for on-screen axis labels (no font metrics needed)."""
    return "\n".join(textwrap.wrap(text, width))
