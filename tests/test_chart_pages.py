"""Pages for slides and papers: exact sizes, toggles that remove what they say, text sizes, colour distances."""

from __future__ import annotations

import itertools
import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from kzbrowser.read import chart_data
from kzbrowser.ui.charts.export import export
from test_chart_data import TABLE4

SVG = "{http://www.w3.org/2000/svg}"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                   reason="pdftotext/pdfinfo (Debian: poppler-utils) not installed")
# The sizes the presets promise (the issue): pixels, and the PDF page in points (72 per inch).
PRESET_PX = {"slide-16x9": (1920, 1080), "slide-4x3": (1440, 1080), "paper-column": (1004, 1240),
             "paper-page": (2008, 1420)}
PRESET_DPI = {"slide-16x9": 96, "slide-4x3": 96, "paper-column": 300, "paper-page": 300}


def _opts(**kw):
    from kzbrowser.present.chart_options import options

    return options(**kw)


def _pdf_size(path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(w), float(h)


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@needs_poppler
@pytest.mark.parametrize("preset", PRESET_PX)
@pytest.mark.parametrize("name", chart_data.CHART_NAMES)
def test_preset_sizes_exact_in_every_format(qapp, conn, tmp_path, name, preset):
    chart = chart_data.chart(conn, name)
    opts = _opts(preset=preset)
    w, h = PRESET_PX[preset]
    img = QImage(str(export(chart, tmp_path / "a.png", options=opts)))
    assert (img.width(), img.height()) == (w, h)
    root = ET.parse(export(chart, tmp_path / "a.svg", options=opts)).getroot()
    assert root.get("viewBox") == f"0 0 {w} {h}"
    pw, ph = _pdf_size(export(chart, tmp_path / "a.pdf", options=opts))
    dpi = PRESET_DPI[preset]
    assert (pw, ph) == (pytest.approx(w / dpi * 72, abs=1), pytest.approx(h / dpi * 72, abs=1))
    # Nothing cut off: every text lies inside the page.
    for t in root.iter(f"{SVG}text"):
        assert 0 <= float(t.get("y")) <= h


@needs_poppler
def test_width_and_height_give_that_page_in_every_format(qapp, conn, tmp_path):
    chart = chart_data.chart(conn, "assessment")
    opts = _opts(width=1366, height=768)
    img = QImage(str(export(chart, tmp_path / "a.png", options=opts)))
    assert (img.width(), img.height()) == (1366, 768)
    root = ET.parse(export(chart, tmp_path / "a.svg", options=opts)).getroot()
    assert (root.get("width"), root.get("height")) == ("1366", "768")
    pw, ph = _pdf_size(export(chart, tmp_path / "a.pdf", options=opts))
    assert ph / pw == pytest.approx(768 / 1366, abs=0.002)


def _svg_texts(path) -> list[str]:
    return ["".join(t.itertext()) for t in ET.parse(path).getroot().iter(f"{SVG}text")]


@needs_poppler
@pytest.mark.parametrize("toggle, gone", [
    ("title", "Table 4. Assessment"), ("legend", "Obviously Useful"), ("notes", "Footnote 5"),
    ("notes", "Source: Kurganskaia, Valentina")])
def test_toggles_remove_what_they_say(qapp, conn, tmp_path, toggle, gone):
    chart = chart_data.chart(conn, "assessment")
    on, off = _opts(preset="slide-16x9"), _opts(preset="slide-16x9", **{toggle: False})
    for opts, present in ((on, True), (off, False)):
        svg = " ".join(_svg_texts(export(chart, tmp_path / "a.svg", options=opts, replace=True)))
        pdf = " ".join(_pdf_text(export(chart, tmp_path / "a.pdf", options=opts, replace=True)).split())
        assert (gone in svg) is present
        assert (gone in pdf) is present
    # The source is still in the file's metadata.
    root = ET.parse(export(chart, tmp_path / "a.svg", options=off, replace=True)).getroot()
    assert "Kurganskaia" in root.find(f"{SVG}desc").text
    pdf = (tmp_path / "a.pdf").read_bytes()
    assert b"Kurganskaia" in pdf  # the XMP packet (dc:description, dc:source)
    png = QImage(str(export(chart, tmp_path / "a.png", options=off, replace=True)))
    assert "Kurganskaia" in png.text("Source")


@needs_poppler
@pytest.mark.parametrize("preset", ["slide-16x9", "paper-column"])
def test_png_svg_pdf_of_a_preset_agree(qapp, conn, tmp_path, preset):
    chart = chart_data.chart(conn, "assessment")
    opts = _opts(preset=preset)
    img = QImage(str(export(chart, tmp_path / "a.png", options=opts)))
    root = ET.parse(export(chart, tmp_path / "a.svg", options=opts)).getroot()
    _, _, vw, vh = map(float, root.get("viewBox").split())
    pw, ph = _pdf_size(export(chart, tmp_path / "a.pdf", options=opts))
    assert img.height() / img.width() == pytest.approx(vh / vw, abs=1e-3)
    assert ph / pw == pytest.approx(vh / vw, abs=2e-3)
    svg_values = sorted(t for t in _svg_texts(tmp_path / "a.svg") if re.fullmatch(r"\d+\.\d", t))
    pdf_values = sorted(w for w in _pdf_text(tmp_path / "a.pdf").split() if re.fullmatch(r"\d+\.\d", w))
    assert svg_values == pdf_values == sorted(v for cells in TABLE4.values() for v in cells)


@pytest.mark.parametrize("name", chart_data.CHART_NAMES)
def test_text_sizes_at_the_slide_preset(qapp, conn, tmp_path, name):
    from kzbrowser.present.chart_style import contrast

    chart = chart_data.chart(conn, name)
    root = ET.parse(export(chart, tmp_path / "a.svg", options=_opts(preset="slide-16x9"))).getroot()
    assert root.get("viewBox") == "0 0 1920 1080"
    labels = set(chart_data.chart(conn, name).value_label.split()) | {i.label for i in chart.items}
    notes = " ".join((*chart.notes, chart.caption))
    seen_label = seen_note = 0
    for t in root.iter(f"{SVG}text"):
        text, size = "".join(t.itertext()), float(t.get("font-size").removesuffix("px"))
        if re.fullmatch(r"[\d,.%]+|No data|\d{4}", text) or text in labels or any(
                text in wrapped for wrapped in (i.label for i in chart.items)):
            assert size >= 28, text  # axis, category and bar labels
            seen_label += 1
        elif text in notes:
            assert size >= 22, text
            assert contrast(t.get("fill"), "#ffffff") >= 4.5
            seen_note += 1
    assert seen_label >= len(chart.items) and seen_note >= 1


# CIELAB (D65) of an sRGB colour, and CIE76 distance: computed here, not taken from the code under test.
def _lab(hex_colour: str) -> tuple[float, float, float]:
    def lin(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5))
    return _lab_of_linear(r, g, b)


def _lab_of_linear(r: float, g: float, b: float) -> tuple[float, float, float]:
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b,
               0.0193 * r + 0.1192 * g + 0.9505 * b)

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x / 0.95047), f(y), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


# Machado, Oliveira & Fernandes (2009), severity 1: protanopia, deuteranopia, tritanopia (linear RGB).
CVD = {"protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
       "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
       "tritan": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900))}


def _simulated(hex_colour: str, m) -> tuple[float, float, float]:
    def lin(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    v = [lin(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(m[i][j] * v[j] for j in range(3)))) for i in range(3))
    return _lab_of_linear(r, g, b)


def _png_fills(qapp, conn, tmp_path, greyscale: bool) -> list[str]:
    """Table 4's five fills as exported, read off the first bar of the PNG left to right."""
    chart = chart_data.chart(conn, "assessment")
    img = QImage(str(export(chart, tmp_path / "a.png", options=_opts(preset="slide-16x9", greyscale=greyscale))))
    found: list[list[str]] = []
    for y in range(img.height()):
        runs: list[list] = []
        for x in range(img.width()):
            c = img.pixelColor(x, y).name()
            if runs and runs[-1][0] == c:
                runs[-1][1] += 1
            else:
                runs.append([c, 1])
        wide = [c for c, n in runs if n >= 20 and c not in ("#ffffff", "#e3e3e3", "#1a1a1a", "#555555")]
        if len(wide) == 5 == len(set(wide)):  # a bar's five segments (not text, grid or axis)
            found.append(wide)
        elif found:
            break
    return found[len(found) // 2] if found else []  # the bar's middle line, clear of antialiased edges


def test_adjacent_table4_colours_differ_in_lightness_and_for_colour_blind_eyes(qapp, conn, tmp_path):
    fills = _png_fills(qapp, conn, tmp_path, greyscale=False)
    assert len(fills) == 5
    for a, b in itertools.pairwise(fills):
        la, lb = _lab(a), _lab(b)
        assert abs(la[0] - lb[0]) >= 20, (a, b)  # lightness alone tells them apart
        assert math.dist(la, lb) >= 25, (a, b)
        for kind, m in CVD.items():
            assert math.dist(_simulated(a, m), _simulated(b, m)) >= 20, (kind, a, b)


def test_greyscale_export_is_grey_and_neighbours_stay_apart(qapp, conn, tmp_path):
    fills = _png_fills(qapp, conn, tmp_path, greyscale=True)
    assert len(fills) == 5
    assert all(c[1:3] == c[3:5] == c[5:7] for c in fills)  # grey
    for a, b in itertools.pairwise(fills):
        assert abs(_lab(a)[0] - _lab(b)[0]) >= 20, (a, b)


def test_timeline_zoom_shows_only_those_years(qapp, conn, tmp_path):
    chart = chart_data.chart(conn, "timeline")
    root = ET.parse(export(chart, tmp_path / "t.svg", options=_opts(width=1366, height=768,
                                                                      years=(2003, 2004)))).getroot()
    texts = _svg_texts(tmp_path / "t.svg")
    assert any(t.endswith("2003\u20132004") for t in texts)
    assert "1999" not in texts and "2003" in texts and "2004" in texts
    # Section 3's events of 2003-2004 only: none of the 1990s parties' founding dates.
    drawn = [e for e in root.iter() if e.get("class") == "bar"]
    expected = [e for i in chart.items for e in i.events
                if e.earliest.year <= 2004 and (e.latest or e.earliest).year >= 2003]
    assert len(drawn) == len(expected)
