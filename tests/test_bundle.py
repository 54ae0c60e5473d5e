"""The self-contained bundle (scripts/bundle.sh, PyInstaller one-folder) runs with no Python and no venv.

The tests marked ``bundle`` run dist/kzbrowser/kzbrowser (or $KZBROWSER_BUNDLE/kzbrowser) from another folder with
a bare environment, and are skipped when it has not been built; scripts/test.sh builds it first.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import BUNDLED_DB, ROOT
from kzbrowser.desktop import exec_quote

BUNDLE = Path(os.environ.get("KZBROWSER_BUNDLE") or ROOT / "dist" / "kzbrowser").absolute()
EXE = BUNDLE / "kzbrowser"
BARE = {"PATH": "/usr/bin:/bin"}  # what `env -i PATH=/usr/bin:/bin` leaves
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
# The offscreen platform's note that it cannot pass size hints on (see qt_log_ignore in pyproject.toml).
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"



def _why_not() -> str | None:
    """Why the bundle cannot be tested: not built, or built before the sources last changed (None: it can)."""
    if not EXE.is_file():
        return f"no bundle at {BUNDLE}: bash scripts/bundle.sh builds it"
    sources = [p for d in ("src", "resources") for p in (ROOT / d).rglob("*")
               if p.is_file() and "__pycache__" not in p.parts]
    newest = max(p.stat().st_mtime for p in [*sources, BUNDLED_DB])
    if EXE.stat().st_mtime < newest:
        return f"the bundle at {BUNDLE} is older than the sources: bash scripts/bundle.sh rebuilds it"
    return None


built = pytest.mark.skipif(_why_not() is not None, reason=str(_why_not()))


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([str(EXE), *args], cwd=cwd, env={**BARE, **env}, capture_output=True, encoding="utf-8",
                       timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    # nothing on stderr: no locale warning, no missing plugin or library
    assert [ln for ln in r.stderr.splitlines() if ln != OFFSCREEN_NOTE] == []
    return r


@pytest.mark.bundle
@built
def test_parties_and_verify(tmp_path):
    lines = _run(["parties"], tmp_path).stdout.splitlines()
    assert len(lines) == 13  # a header and the 12 parties of Table 1
    otan = next(ln for ln in lines if "Republican Political Party Otan" in ln)
    assert "300,000" in otan  # Table 1
    # verify exits non-zero on any problem (_run checks): the bundled database is whole and its spans hold
    assert _run(["verify"], tmp_path).stdout.startswith(f"database: {BUNDLE}/_internal/kzbrowser/data/kz.sqlite\n")


@pytest.mark.bundle
@built
def test_search_prints_the_article_s_own_characters(tmp_path):
    """In the C locale of a bare environment, too: the ellipsis of a clipped paragraph comes out as UTF-8."""
    out = _run(["search", "ethnic harmony", "--limit", "3"], tmp_path).stdout
    assert "a stronger [ethnic] and confessional [harmony]" in out  # a quote of Auyl's program
    assert "…" in out
    found = json.loads(_run(["search", "ethnic harmony", "--json", "--quotes-only"], tmp_path).stdout)
    assert "a stronger ethnic and confessional harmony" in json.dumps(found, ensure_ascii=False)


@pytest.mark.bundle
@built
def test_export_chart_in_every_format(tmp_path):
    for fmt in ("png", "svg", "pdf", "csv"):
        _run(["export-chart", "membership", "-o", f"m.{fmt}"], tmp_path)
    assert (tmp_path / "m.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pdf = (tmp_path / "m.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    texts = [t.text for t in ET.parse(tmp_path / "m.svg").getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert "Republican Political Party Otan" in texts
    assert "300,000" in (tmp_path / "m.csv").read_text(encoding="utf-8")


def _loaded_objects(trace_prefix: Path) -> set[str]:
    """Every shared object the dynamic loader started (glibc's LD_DEBUG=files trace)."""
    objects = set()
    for trace in trace_prefix.parent.glob(trace_prefix.name + ".*"):
        for line in trace.read_text(errors="replace").splitlines():
            if m := re.search(r"calling init: (\S+)", line):
                objects.add(m.group(1))
    return objects


@pytest.mark.bundle
@built
def test_the_window_paints_offscreen_loading_nothing_from_outside_the_bundle(tmp_path):
    trace = tmp_path / "ld"
    r = _run([], tmp_path, QT_QPA_PLATFORM="offscreen", KZBROWSER_BENCH_FIRST_PAINT="1",
             XDG_CONFIG_HOME=str(tmp_path / "config"),  # not the user's own settings
             LD_DEBUG="files", LD_DEBUG_OUTPUT=str(trace))
    assert [ln.split()[0] for ln in r.stdout.splitlines()] == ["first-paint", "ready"]
    objects = _loaded_objects(trace)
    assert str(BUNDLE / "_internal" / "PySide6" / "QtWidgets.abi3.so") in objects
    system = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
    outside = sorted(o for o in objects if not o.startswith((str(BUNDLE) + "/", *system)))
    assert outside == []
    # nothing from a Python installation or a venv, here the one running these tests
    prefixes = {sys.prefix, sys.base_prefix, os.path.realpath(sys.base_prefix)}
    assert [o for o in objects if o.startswith(tuple(p + "/" for p in prefixes))] == []


@pytest.mark.bundle
@built
def test_install_desktop_from_the_bundle_starts_the_bundle(tmp_path):
    home = tmp_path / "share"
    _run(["install-desktop"], tmp_path, XDG_DATA_HOME=str(home))
    lines = (home / "applications" / "kzbrowser.desktop").read_text().splitlines()
    assert f"Exec={exec_quote(str(EXE))}" in lines
    r = subprocess.run([str(EXE), "--version"], env=BARE, cwd="/", capture_output=True, text=True, check=False)
    assert r.stdout.strip() == f"kzbrowser {VERSION}"
    _run(["install-desktop", "--uninstall"], tmp_path, XDG_DATA_HOME=str(home))
    assert not home.exists()  # it made the folder, so it removed it


@pytest.mark.bundle
@built
def test_the_bundle_carries_its_data_and_no_test_tools(tmp_path):
    internal = BUNDLE / "_internal"
    assert (internal / "kzbrowser" / "data" / "kz.sqlite").read_bytes() == BUNDLED_DB.read_bytes()
    assert (internal / "kzbrowser" / "resources" / "icons" / "kzbrowser-16.png").is_file()
    # the Russian interface: kzbrowser's catalogue and Qt's own (the other languages of Qt's are trimmed)
    assert (internal / "kzbrowser" / "resources" / "i18n" / "kzbrowser_ru.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ru.qm").is_file()
    # The executable holds the archive of Python modules, whose table of contents names each module.
    archive = EXE.read_bytes()
    assert b"kzbrowser.read.search.engine" in archive
    for module in (b"_pytest.python", b"hypothesis.strategies", b"pytestqt.qtbot", b"mypy.checker"):
        assert module not in archive
    assert not (internal / "PySide6" / "QtNetwork.abi3.so").exists()
    size = sum(f.stat().st_size for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink())
    # Untrimmed, PyInstaller's folder is 231 MB here; scripts/bundle.sh brings it to 190 MB (183 MiB).
    assert size < 200e6, f"the bundle grew to {size / 1e6:.0f} MB"


def _left_out() -> list[str]:
    """The modules scripts/bundle.sh leaves out of the bundle (its EXCLUDES list)."""
    text = (ROOT / "scripts" / "bundle.sh").read_text()
    block = text.split("EXCLUDES=(", 1)[1].split(")", 1)[0]
    return block.split()


def test_the_charts_work_without_the_modules_the_bundle_leaves_out(tmp_path):
    """The bundle cannot be driven to its Charts tab, so this opens it in a Python that refuses those imports."""
    left_out = _left_out()
    assert "PySide6.QtNetwork" in left_out and "pytest" in left_out
    script = f"""
import importlib.abc, sys
LEFT_OUT = {left_out!r}
class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == m or name.startswith(m + ".") for m in LEFT_OUT):
            raise ModuleNotFoundError(f"No module named {{name!r}} (left out of the bundle)")
        return None
sys.meta_path.insert(0, Refuse())
for m in [m for m in sys.modules if any(m == x or m.startswith(x + ".") for x in LEFT_OUT)]:
    del sys.modules[m]
from PySide6.QtCore import QSettings
from kzbrowser.ui import app as gui
from kzbrowser.read.db import connect
from kzbrowser.ui.main_window import CHARTS_TAB, MainWindow
app = gui.application()
win = MainWindow(connect({str(BUNDLED_DB)!r}), {str(BUNDLED_DB)!r},
                 QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat))
win.show()
win.tabs.setCurrentIndex(CHARTS_TAB)
import time
deadline = time.monotonic() + 60
while win.charts_tab.view is None and win.charts_tab.unavailable is None and time.monotonic() < deadline:
    app.processEvents()
if win.charts_tab.view is None:
    sys.exit(f"the Charts tab was not built: {{win.charts_tab.unavailable}}")
app.processEvents()
print("pyqtgraph" in sys.modules, sorted(m for m in sys.modules if any(m == x or m.startswith(x + ".")
                                                                       for x in LEFT_OUT)))
print(win.charts_tab.view.grab().width() > 100)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env,
                       check=False)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["True []", "True"]
