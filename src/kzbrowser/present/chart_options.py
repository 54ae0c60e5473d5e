"""What an exported chart page should be: its size, the presets for slides and papers, text scale and toggles.

Plain Python (no Qt). The CLI and the window's export dialog both turn their choices into one ``Options``
through ``options()``, so the same words give the same file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kzbrowser.translate import QT_TRANSLATE_NOOP

BASE_WIDTH = 960  # the page without a size asked for: 10 inches at 96 dpi, as tall as its content


@dataclass(frozen=True)
class Preset:
    """A page shape and a text size that reads well on it. unit: every text and mark is this many times
    its size on the 960-pixel page."""

    width: int
    height: int
    dpi: float
    unit: float
    label: str


PRESETS: dict[str, Preset] = {  # labels marked for the window's translation (kzbrowser.translate)
    # Slides: 2.2 makes axis and bar labels 28.6 px and notes 25 px on 1080 lines, legible from the back of a room.
    "slide-16x9": Preset(1920, 1080, 96, 2.2, QT_TRANSLATE_NOOP("ExportDialog", "Slide 16:9 (1920 × 1080 px)")),
    "slide-4x3": Preset(1440, 1080, 96, 2.2, QT_TRANSLATE_NOOP("ExportDialog", "Slide 4:3 (1440 × 1080 px)")),
    # Papers at 300 dpi: 8.5 cm is 1004 px, 17 cm 2008 px; labels 26-31 px, about 6-7.5 pt.
    "paper-column": Preset(1004, 1240, 300, 2.0,
                           QT_TRANSLATE_NOOP("ExportDialog", "Paper, one column (8.5 × 10.5 cm, 300 dpi)")),
    "paper-page": Preset(2008, 1420, 300, 2.4,
                         QT_TRANSLATE_NOOP("ExportDialog", "Paper, full width (17 × 12 cm, 300 dpi)")),
}
TIMELINE_ZOOMS = {"all": None, "2003-2004": (2003, 2004)}


@dataclass(frozen=True)
class Options:
    """One export. width/height None: the 960-pixel page, as tall as its content (a PNG ``width`` then only
    scales it). With both: a page of exactly that many pixels, laid out for its shape."""

    width: int | None = None
    height: int | None = None
    dpi: float | None = None  # None: 96, or for the unsized page a PNG's width / 10 inches
    unit: float = 1.0  # text and mark scale (a preset's, times the font scale)
    title: bool = True
    legend: bool = True
    notes: bool = True  # the notes and the source line (the file's metadata keeps the source either way)
    greyscale: bool = False
    years: tuple[int, int] | None = None  # timeline: only these years (inclusive)

    @property
    def sized(self) -> bool:
        return self.height is not None


class OptionError(ValueError):
    """A choice that makes no page: the message says which and why."""


def options(preset: str | None = None, width: int | None = None, height: int | None = None,
            font_scale: float = 1.0, *, title: bool = True, legend: bool = True, notes: bool = True,
            greyscale: bool = False, years: tuple[int, int] | None = None) -> Options:
    """The Options for a preset and/or an explicit size. A width alone keeps the unsized page (scaled)."""
    if not 0.5 <= font_scale <= 4:
        raise OptionError(f"font scale {font_scale:g} is out of range (0.5-4)")
    for name, v in (("width", width), ("height", height)):
        if v is not None and not 100 <= v <= 20000:
            raise OptionError(f"{name} {v} px is out of range (100-20000)")
    base = Options(title=title, legend=legend, notes=notes, greyscale=greyscale, years=years)
    if preset is not None:
        if preset not in PRESETS:
            raise OptionError(f"unknown preset {preset!r}: choose one of {', '.join(PRESETS)}")
        p = PRESETS[preset]
        w = width or (round(p.width * height / p.height) if height else p.width)
        h = height or (round(p.height * w / p.width) if width else p.height)
        return replace(base, width=w, height=h, dpi=p.dpi, unit=p.unit * font_scale * min(w / p.width, h / p.height))
    if height is None:
        return replace(base, width=width, unit=font_scale)
    w = width or BASE_WIDTH
    return replace(base, width=w, height=height, unit=font_scale * min(w / BASE_WIDTH, height / (BASE_WIDTH * 9 / 16)))
