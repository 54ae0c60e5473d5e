"""The database and the article are found from a checkout, an editable install and an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from conftest import BUNDLED_DB, ROOT


def _core_modules() -> list[str]:
    """Every module of the package except the Qt shell (kzbrowser.ui and kzbrowser.ui.app)."""
    import pkgutil

    import kzbrowser

    return [m.name for m in pkgutil.walk_packages(kzbrowser.__path__, "kzbrowser.")
            if not m.name.startswith(("kzbrowser.ui", "kzbrowser.ui.app", "kzbrowser.__main__"))]


CORE = _core_modules()


def test_checkout_finds_the_database():
    from kzbrowser import paths

    assert paths.database_path().resolve() == BUNDLED_DB.resolve()
    assert paths.article_path().exists() and paths.annotations_path().exists()


def test_wheel_carries_and_finds_the_database(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, check=False)
    if r.returncode != 0 and "hatchling" in r.stderr:
        r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
                            str(ROOT)], capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    wheel = next(tmp_path.glob("kzbrowser-*.whl"))
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        z.extractall(site)
    assert "kzbrowser/data/kz.sqlite" in names
    assert "kzbrowser/resources/party-system-in-kazakhstan-and-the-ethnic-issue.txt" in names
    assert (site / "kzbrowser/data/kz.sqlite").read_bytes() == BUNDLED_DB.read_bytes()
    code = ("import kzbrowser.paths as p, kzbrowser.read.db as d; "
            "print(p.database_path()); print(d.connect(p.database_path()).execute("
            "'select count(*) from parties').fetchone()[0])")
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False,
                       env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    found, count = r.stdout.split()
    assert found.startswith(str(site)) and count == "12"
    # the Russian interface's catalogue, found from the installed package (kzbrowser.paths) and loadable
    assert "kzbrowser/resources/i18n/kzbrowser_ru.qm" in names
    code = ("from PySide6.QtCore import QCoreApplication, QTranslator; from kzbrowser.ui import i18n; "
            "app = QCoreApplication([]); (name, folder), _ = i18n.catalogues('ru'); t = QTranslator(); "
            "print(folder, t.load(name, folder), t.translate('Menus', '&File') == '&Файл')")
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False,
                       env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == [str(site / "kzbrowser" / "resources" / "i18n"), "True", "True"]


def _imported(modules, roots):
    code = ("import sys; import " + ", ".join(modules) +
            f"; print([m for m in sys.modules if m.split('.')[0] in {roots!r}])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip()


def test_core_modules_never_import_qt():
    assert _imported(CORE, ("PySide6", "pyqtgraph")) == "[]"


def test_reading_the_database_does_not_import_numpy():
    # sqlite-utils pulls in numpy when it is installed; only the build uses sqlite-utils.
    modules = ["kzbrowser.cli", "kzbrowser.read.db", "kzbrowser.read.parties"]
    assert _imported(modules, ("numpy", "sqlite_utils")) == "[]"


def test_modules_imported_after_the_shell_are_not_read_again_by_pyside(tmp_path):
    # PySide reads the source of each module imported after it, to learn whether it uses PySide's __feature__
    # switches: ~12 ms of start-up for the window's modules (kzbrowser/ui/__init__.py). The first import
    # stands for PySide's own, the second for kzbrowser's shell.
    (tmp_path / "probe_before.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "probe_after.py").write_text("X = 2\n", encoding="utf-8")
    code = ("import linecache, sys; import PySide6.QtCore; import probe_before; import kzbrowser.ui; "
            "import probe_after, probe_before; import PySide6.QtWidgets; "
            "print(sorted(p.rsplit('/', 1)[-1] for p in linecache.cache if 'probe_' in p))")
    r = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False,
                       env=dict(os.environ, PYTHONPATH=str(tmp_path), QT_QPA_PLATFORM="offscreen"))
    assert r.returncode == 0, r.stderr
    # Read by PySide before kzbrowser's shell was imported; not after.
    assert r.stdout.split() == ["['probe_before.py']"]
