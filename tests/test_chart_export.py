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

from chart_pixels import BLUE, GREY_UNDECIDED, HARMFUL, ORANGE, SKY, VERMILLION, axis_x, bar_rows, runs_across
from conftest import ROOT
from kzbrowser.read import chart_data
from kzbrowser.ui.charts import export as chart_export
from kzbrowser.ui.charts.export import ExportError, export
from test_chart_data import TABLE1, TABLE3, TABLE4

PARTY_LABELS = ["Republican Political Party Otan", "Republican Party Asar", "Patriot Party of Kazakhstan (PPK)",
                "Democratic Party Ak zhol", "Kazakhstan Civilian Party (KCP)", "Political Party Rukhaniat",
                "Kazakhstan Social-Democratic Party Auyl", "Communist Party of Kazakhstan (CPK)",
                "Democratic Choice of Kazakhstan People's Party", "Agrarian Party of Kazakhstan (APK)",
                "Democratic Party of Kazakhstan", "Communist People's Party of Kazakhstan"]
# Table 3's answers and Table 4's parties as printed (Table 4's "AuyI" is a typesetting artefact for Auyl).
POLL_ANSWERS = ["Active involvement and a stable interest in the country's political life",
                "Interest in individual events and political figures", "Indifference",
                "Mistrust, fears, and a desire to keep away from politics", "Active rejection, disgust", "Undecided"]
TABLE4_LABELS = ["Republican Political Party Otan", "Kazakhstan Civilian Party", "Agrarian Party of Kazakhstan",
                 "Communist Party of Kazakhstan", "Democratic Party Ak zhol", "Patriot Party of Kazakhstan",
                 "Kazakhstan Social-Democratic Party Auyl"]
LABELS = {"membership": PARTY_LABELS, "poll": POLL_ANSWERS, "assessment": TABLE4_LABELS}
# Footnote 1's opposition parties.
OPPOSED = {"Communist Party of Kazakhstan (CPK)", "Democratic Choice of Kazakhstan People's Party",
           "Communist People's Party of Kazakhstan"}
# One bar, segment or marker per value the article prints: Table 1's 12 parties, Table 3's 6 answers,
# Table 4's 7 parties x 5 categories, section 3's 31 dated events.
BARS = {"membership": 12, "poll": 6, "assessment": 35, "timeline": 33}  # with the spring-2004 congresses of footnote 2
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture()
def charts(qapp, conn):
    return {name: chart_data.chart(conn, name) for name in chart_data.CHART_NAMES}


def _expected_bars(name: str) -> list[tuple[float | None, str]]:
    """(value, fill) of each bar top to bottom, from the article: Table 1 largest first, "No data" last."""
    if name == "membership":
        rows = [*sorted((r for r in TABLE1 if r[1] is not None), key=lambda r: -r[1]),
                *(r for r in TABLE1 if r[1] is None)]
        return [(v, VERMILLION if party in OPPOSED else BLUE) for party, v in rows]
    return [(v, BLUE) for v in TABLE3]


def check_bars_as_printed(img: QImage, name: str) -> None:
    """The bars a user sees: one per row of the article's table, lengths in proportion to its figures."""
    if name == "assessment":
        fills = [BLUE, SKY, HARMFUL, ORANGE, GREY_UNDECIDED]  # useful ... harmful ... undecided
        x = axis_x(img, set(fills))
        rows = bar_rows(img, x + 3, set(fills))
        assert len(rows) == len(TABLE4)
        for (top, bottom), cells in zip(rows, TABLE4.values(), strict=True):
            # The bar's lines clear of the printed values: the one crossing the fewest runs.
            runs = min((runs_across(img, y, x, set(fills)) for y in range(top, bottom + 1)),
                       key=lambda r: (len(r) < len(fills), len(r)))
            assert [f for f, _, _ in runs] == fills
            # Where each segment ends, against the running sum of the article's figures along one bar.
            ends = [start + n - x for _, start, n in runs]
            unit = ends[-1] / sum(float(c) for c in cells)
            sums = [sum(float(c) for c in cells[:k + 1]) for k in range(len(cells))]
            # The white borders between segments eat a logical pixel or two.
            assert ends == pytest.approx([v * unit for v in sums], abs=2 * img.width() / 960 + 1)
        return
    expected = _expected_bars(name)
    fills = {f for _, f in expected}
    x = axis_x(img, fills)
    rows = bar_rows(img, x + 3, fills)
    assert len(rows) == len(expected)
    unit = None
    for (top, bottom), (value, fill) in zip(rows, expected, strict=True):
        runs = runs_across(img, (top + bottom) // 2, x, fills)
        if value is None:  # the hatched "No data" stub: no bar of any length
            assert runs == []
            continue
        assert runs[0][0] == fill
        unit = unit or runs[0][2] / value
        assert runs[0][2] == pytest.approx(value * unit, abs=1 + img.width() / 960)


@pytest.mark.parametrize("name", ["membership", "poll", "assessment"])
@pytest.mark.parametrize("width", [800, 1600, 2400])
def test_png_width_and_bars_as_printed(charts, tmp_path, name, width):
    out = export(charts[name], tmp_path / f"{name}.png", width=width)
    img = QImage(str(out))
    assert not img.isNull() and img.width() == width
    assert QColor(img.pixel(0, 0)) == QColor("#ffffff")  # white background
    check_bars_as_printed(img, name)


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
    desc = root.find(f"{SVG}desc").text
    assert "(table " in desc or "(sec. 3, " in desc  # the place, in the one citation form
    bars = [e for e in root.iter() if e.get("class") == "bar"]
    assert len(bars) == BARS[name]
    assert all(e.tag in (f"{SVG}rect", f"{SVG}circle", f"{SVG}polygon") for e in bars)
    assert not any(e.get("vector-effect") or e.get("transform") for e in root.iter())  # plain user units
    words = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text")).split()
    for label in LABELS.get(name, []):  # a label may be wrapped over two lines
        assert all(word in words for word in label.split())


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
    check_bars_as_printed(img, name)  # bars, not blobs


@pytest.mark.parametrize("name", list(BARS))
def test_pdf_is_vector_with_party_names_as_text(charts, tmp_path, name):
    out = export(charts[name], tmp_path / f"{name}.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian: poppler-utils) not installed")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    words = text.split()
    for label in LABELS.get(name, []):
        assert all(word in words for word in label.split())
    assert "Source: Kurganskaia, Valentina. n.d." in " ".join(words)  # the one citation form
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

    def broken(chart, opts=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(chart_export, "svg_text", broken)
    with pytest.raises(ExportError, match="No space left on device"):
        export(charts["poll"], good, replace=True)
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


def test_an_existing_file_is_kept_unless_replacing_is_asked_for(charts, tmp_path):
    mine = tmp_path / "thesis.svg"
    mine.write_text("my thesis")
    with pytest.raises(ExportError, match="not replacing"):
        export(charts["poll"], mine)
    assert mine.read_text() == "my thesis"
