"""Exported files, checked as a user's other tools would read them: image decoders, rsvg, pdftotext, csv."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage

from conftest import ROOT
from kzbrowser.read import chart_data
from kzbrowser.ui.charts import export as chart_export
from kzbrowser.ui.charts.export import ExportError, export
from kzbrowser.ui.charts.figure import Figure

PARTY_LABELS = ["Republican Political Party Otan", "Republican Party Asar", "Patriot Party of Kazakhstan (PPK)",
                "Democratic Party Ak zhol", "Kazakhstan Civilian Party (KCP)", "Political Party Rukhaniat",
                "Kazakhstan Social-Democratic Party Auyl", "Communist Party of Kazakhstan (CPK)",
                "Democratic Choice of Kazakhstan People's Party", "Agrarian Party of Kazakhstan (APK)",
                "Democratic Party of Kazakhstan", "Communist People's Party of Kazakhstan"]
BARS = {"membership": 12, "poll": 6, "assessment": 35, "timeline": 31}  # one per value the article prints
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture()
def charts(qapp, conn):
    return {name: chart_data.chart(conn, name) for name in chart_data.CHART_NAMES}


def _runs_down(img: QImage, x: int, y0: int, y1: int) -> int:
    """Coloured runs met going down the column x: bars separated by background."""
    runs, inside = 0, False
    for y in range(y0, y1):
        ink = QColor(img.pixel(x, y)).lightness() < 250  # bars, and the light fill of a "No data" stub
        if ink and not inside:
            runs += 1
        inside = ink
    return runs


def _plot_column(chart, width: int) -> tuple[int, int, int]:
    """x just inside the bars' left end, and the vertical extent of the bars, in image pixels."""
    fig, scale = chart_export.figure_for_width(chart, width)
    bars = [s for s in fig.shapes if s.role == "bar"]
    x = min(s.x for s in bars) + 3
    return round(x * scale), round(min(s.y for s in bars) * scale) - 2, round(max(s.y + s.h for s in bars) * scale) + 2


@pytest.mark.parametrize("name", ["membership", "poll", "assessment"])
@pytest.mark.parametrize("width", [800, 1600, 2400])
def test_png_width_and_one_bar_per_row(charts, tmp_path, name, width):
    out = export(charts[name], tmp_path / f"{name}.png", width=width)
    img = QImage(str(out))
    assert not img.isNull() and img.width() == width
    assert QColor(img.pixel(0, 0)) == QColor("#ffffff")  # white background
    assert len({img.pixel(x, y) for x in range(0, width, 7) for y in range(0, img.height(), 7)}) > 20  # not blank
    x, y0, y1 = _plot_column(charts[name], width)
    assert _runs_down(img, x, y0, y1) == len(charts[name].items)


def test_png_dpi(charts, tmp_path):
    out = export(charts["poll"], tmp_path / "poll.png", dpi=300)
    img = QImage(str(out))
    assert img.width() == 3000  # the figure is 10 inches wide
    assert round(img.dotsPerMeterX() * 0.0254) == 300
    assert img.text("Title").startswith("Table 3.")


def test_png_timeline_not_blank(charts, tmp_path):
    img = QImage(str(export(charts["timeline"], tmp_path / "t.png", width=1200)))
    assert img.width() == 1200 and img.height() > 500
    colours = {QColor(img.pixel(x, y)).name() for x in range(0, 1200, 3) for y in range(0, img.height(), 3)}
    assert {"#0072b2", "#e69f00"} <= colours  # registration dots, constituent congress diamonds


@pytest.mark.parametrize("name", list(BARS))
def test_svg_parses_with_one_bar_per_value_and_names_as_text(charts, tmp_path, name):
    out = export(charts[name], tmp_path / f"{name}.svg")
    root = ET.parse(out).getroot()
    assert root.find(f"{SVG}title").text == charts[name].title
    assert "Table" in root.find(f"{SVG}desc").text or "section 3" in root.find(f"{SVG}desc").text
    bars = [e for e in root.iter() if e.get("class") == "bar"]
    assert len(bars) == BARS[name] == len(charts[name].rows) + (len(charts[name].rows) * 4
                                                                  if name == "assessment" else 0)
    assert all(e.tag in (f"{SVG}rect", f"{SVG}circle", f"{SVG}polygon") for e in bars)
    assert not any(e.get("vector-effect") or e.get("transform") for e in root.iter())  # plain user units
    texts = {"".join(t.itertext()) for t in root.iter(f"{SVG}text")}
    for item in charts[name].items:
        assert item.label in texts or any(t in item.label for t in texts if len(t) > 8)


def test_svg_membership_bar_lengths_and_no_data(charts, tmp_path):
    root = ET.parse(export(charts["membership"], tmp_path / "m.svg")).getroot()
    bars = {e.get("data-party"): e for e in root.iter(f"{SVG}rect") if e.get("class") == "bar"}
    assert float(bars["otan"].get("width")) / float(bars["asar"].get("width")) == pytest.approx(300000 / 180000,
                                                                                               rel=1e-3)
    assert bars["democratic"].get("fill") == bars["cppk"].get("fill") == "url(#nodata)"
    assert "No data" in "".join(bars["cppk"].itertext())
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert set(PARTY_LABELS) <= set(texts) and texts.count("No data") == 2


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="rsvg-convert (Debian: librsvg2-bin) not installed")
@pytest.mark.parametrize("name", ["membership", "assessment", "poll"])
def test_svg_renders_in_rsvg_like_in_qt(charts, tmp_path, name):
    svg = export(charts[name], tmp_path / f"{name}.svg")
    png = tmp_path / f"{name}.rsvg.png"
    subprocess.run(["rsvg-convert", "-w", "1200", str(svg), "-o", str(png)], check=True, timeout=60)
    img = QImage(str(png))
    assert img.width() == 1200
    fig = Figure(charts[name], chart_export.BASE_WIDTH)
    bars = [s for s in fig.shapes if s.role == "bar"]
    scale = 1200 / fig.width
    x = round((min(s.x for s in bars) + 3) * scale)
    y0, y1 = round(min(s.y for s in bars) * scale) - 2, round(max(s.y + s.h for s in bars) * scale) + 2
    assert _runs_down(img, x, y0, y1) == len(charts[name].items)  # bars, not blobs


@pytest.mark.parametrize("name", list(BARS))
def test_pdf_is_vector_with_party_names_as_text(charts, tmp_path, name):
    out = export(charts[name], tmp_path / f"{name}.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian: poppler-utils) not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    for item in charts[name].items:
        assert item.label.split("\n")[0][:25] in flat
    assert "Valentina Kurganskaia" in flat
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert f"Title:           {charts[name].title}" in info and "kzbrowser" in info


def test_pdf_no_data_shown_as_no_data(charts, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian: poppler-utils) not installed")
    out = export(charts["membership"], tmp_path / "m.pdf")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("No data") >= 2 and "300,000" in text


def test_csv_equals_database(charts, conn, tmp_path):
    out = export(charts["poll"], tmp_path / "poll.csv")
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    db = [(str(r[0]), r[1], r[2]) for r in conn.execute("SELECT row, answer, percent_printed FROM table3_poll")]
    assert [tuple(r) for r in rows[1:]] == db
    assert [r[2] for r in rows[1:]] == ["13.4", "30.6", "22.3", "17.7", "2.3", "13.7"]
    out = export(charts["membership"], tmp_path / "m.csv")
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert [r[2] for r in rows[1:]] == ["59890", "52657", "300000", "105336", "110044", "75000", "131980",
                                        "180000", "61043", "58000", "", ""]


def test_unknown_format_writes_nothing(charts, tmp_path):
    with pytest.raises(ExportError, match="unknown format 'gif'"):
        export(charts["poll"], tmp_path / "poll.gif")
    with pytest.raises(ExportError, match="unknown format 'bmp'"):
        export(charts["poll"], tmp_path / "poll.png", "bmp")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["missing/poll.png", "/proc/kzbrowser-poll.png", "."])
def test_unwritable_path_clear_message(charts, tmp_path, where):
    target = tmp_path / where if not where.startswith("/") else Path(where)
    with pytest.raises(ExportError, match="cannot write"):
        export(charts["poll"], target, "png")
    assert not (tmp_path / "missing").exists()
    assert [p for p in tmp_path.iterdir()] == []


def test_failure_midway_leaves_no_partial_file(charts, tmp_path, monkeypatch):
    good = export(charts["poll"], tmp_path / "poll.svg")
    before = good.read_bytes()

    def broken(chart, width=chart_export.BASE_WIDTH):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(chart_export, "svg_text", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export(charts["poll"], good)
    assert good.read_bytes() == before  # the old file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["poll.svg"]  # no temporary left behind


def test_copy_image_to_clipboard(charts):
    img = chart_export.copy_image(charts["assessment"], width=1000)
    clip = QGuiApplication.clipboard().image()
    assert not clip.isNull() and clip.width() == img.width() == 1000


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf", "csv"])
def test_cli_export_chart_without_display(fresh_db, tmp_path, fmt):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / f"assessment.{fmt}"
    res = subprocess.run([sys.executable, "-m", "kzbrowser", "--db", str(fresh_db), "export-chart", "assessment",
                          "--format", fmt, "--width", "1400", "-o", str(out)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    assert out.exists() and res.stdout.strip() == f"wrote {out}"
    if fmt == "png":
        assert QImage(str(out)).width() == 1400


def test_cli_export_chart_errors(fresh_db, tmp_path):
    base = [sys.executable, "-m", "kzbrowser", "--db", str(fresh_db), "export-chart", "poll"]
    res = subprocess.run([*base, "-o", str(tmp_path / "nowhere" / "p.png")], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 1 and "does not exist" in res.stderr and len(res.stderr.splitlines()) == 1
    res = subprocess.run([*base, "--format", "gif", "-o", str(tmp_path / "p.gif")], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 2 and "invalid choice: 'gif'" in res.stderr
    res = subprocess.run([*base, "-o", str(tmp_path / "p.jpeg")], capture_output=True, text=True, timeout=120)
    assert res.returncode == 1 and "unknown format 'jpeg'" in res.stderr
    assert list(tmp_path.iterdir()) == []
