"""One layout for every file of a chart: the PNG, SVG and PDF agree on aspect and on which values they print."""

from __future__ import annotations

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
NUMBER = re.compile(r"^\d+\.\d$")  # how Table 4 prints a cell; no tick, legend or note looks like this
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
                                   reason="pdftotext/pdfinfo (Debian: poppler-utils) not installed")


def _svg_size(path) -> tuple[float, float]:
    root = ET.parse(path).getroot()
    return float(root.get("width")), float(root.get("height"))


def _pdf_size(path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups()
    return float(w), float(h)


@needs_poppler
@pytest.mark.parametrize("width", [1000, 1920])
@pytest.mark.parametrize("name", chart_data.CHART_NAMES)
def test_png_svg_and_pdf_have_one_aspect(qapp, conn, tmp_path, name, width):
    chart = chart_data.chart(conn, name)
    png = QImage(str(export(chart, tmp_path / f"{name}.png", width=width)))
    sw, sh = _svg_size(export(chart, tmp_path / f"{name}.svg", width=width))
    pw, ph = _pdf_size(export(chart, tmp_path / f"{name}.pdf", width=width))
    assert png.width() == width
    assert png.height() == pytest.approx(width * sh / sw, abs=1)  # whole pixels
    assert ph / pw == pytest.approx(sh / sw, abs=1 / sw)  # points rounded by the PDF writer


def _rows(words: list[tuple[float, float, str]]) -> list[list[str]]:
    """Printed values grouped into bars (by height on the page, top first), each left to right."""
    rows: dict[int, list[tuple[float, str]]] = {}
    for x, y, text in words:
        if NUMBER.match(text):
            rows.setdefault(round(y / 4), []).append((x, text))
    return [[t for _, t in sorted(rows[k])] for k in sorted(rows)]


@needs_poppler
def test_every_table4_value_is_printed_and_the_same_in_svg_and_pdf(qapp, conn, tmp_path):
    # Each bar: its figures of 10% or more inside their segments (one line), the small ones (3% or less)
    # on the line under it; in between, whichever fits. SVG and PDF print the same lines in the same order.
    chart = chart_data.chart(conn, "assessment")
    root = ET.parse(export(chart, tmp_path / "a.svg")).getroot()
    svg = _rows([(float(t.get("x")), float(t.get("y")), "".join(t.itertext())) for t in root.iter(f"{SVG}text")])
    pdf = export(chart, tmp_path / "a.pdf")
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words = [(float(m[0]), float(m[1]), m[2]) for m in
             re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]
    assert _rows(words) == svg
    assert len(svg) == 2 * len(TABLE4)  # every bar has values too small for their segment
    for (inside, below), cells in zip(zip(svg[::2], svg[1::2], strict=True), TABLE4.values(), strict=True):
        assert sorted(inside + below) == sorted(cells)
        assert [v for v in cells if v in inside] == inside and [v for v in cells if v in below] == below
        assert {v for v in cells if float(v) >= 10} <= set(inside)
        assert {v for v in cells if float(v) <= 3} <= set(below)
