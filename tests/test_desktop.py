"""The desktop application: its launcher entry, icon and metainfo, and `kzbrowser install-desktop`."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import ROOT
from kzbrowser import cli, desktop

RESOURCES = ROOT / "resources"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)  # the hicolor sizes a launcher is usually drawn at
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh installs it as root)")
    return path


def _validate_desktop_file(path: Path) -> None:
    r = subprocess.run([_tool("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False)
    assert r.returncode == 0 and "error" not in r.stdout, r.stdout + r.stderr


def test_desktop_entry_is_valid():
    _validate_desktop_file(RESOURCES / "kzbrowser.desktop")


def test_metainfo_is_valid_and_names_the_entry_and_this_version():
    path = RESOURCES / "kzbrowser.metainfo.xml"
    r = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(path)], capture_output=True, text=True,
                       check=False)
    assert r.returncode == 0, r.stdout + r.stderr
    root = ET.parse(path).getroot()
    assert root.findtext("launchable") == "kzbrowser.desktop"
    assert root.find("releases/release").get("version") == VERSION


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_has_an_svg_and_every_usual_png_size():
    for size in SIZES:
        assert _png_size(RESOURCES / "icons" / f"kzbrowser-{size}.png") == (size, size)
    svg = ET.parse(RESOURCES / "icons" / "kzbrowser.svg").getroot()
    assert svg.get("viewBox") == "0 0 256 256"


def test_the_window_sets_its_icon_version_and_desktop_file_name(qtbot, settings):
    from PySide6.QtGui import QIcon

    from conftest import BUNDLED_DB
    from kzbrowser.read.db import connect
    from kzbrowser.ui.app import application
    from kzbrowser.ui.main_window import MainWindow

    app = application()
    assert app.applicationVersion() == VERSION
    assert (RESOURCES / f"{app.desktopFileName()}.desktop").is_file()
    app.setWindowIcon(QIcon())  # what an earlier window set: this one must set it again
    window = MainWindow(connect(BUNDLED_DB), BUNDLED_DB, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready)  # set with what the first frame does not show
    icon = window.windowIcon()
    sizes = sorted(s.width() for s in icon.availableSizes())
    assert sizes == list(SIZES)
    assert not icon.pixmap(16, 16).toImage().isNull()


# -- install-desktop ---------------------------------------------------------------------------------------------
def _install(monkeypatch, home: Path, *args: str) -> int:
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return cli.main(["install-desktop", *args])


def _expected(home: Path) -> set[Path]:
    icons = home / "icons" / "hicolor"
    return ({home / "applications" / "kzbrowser.desktop", icons / "scalable" / "apps" / "kzbrowser.svg"}
            | {icons / f"{s}x{s}" / "apps" / "kzbrowser.png" for s in SIZES})


def _files(home: Path) -> set[Path]:
    return {p for p in home.rglob("*") if p.is_file()}


def test_install_writes_the_entry_and_icons_and_uninstall_removes_exactly_them(monkeypatch, tmp_path, capsys):
    home = tmp_path / "share"
    (home / "applications").mkdir(parents=True)
    other = home / "applications" / "other.desktop"
    other.write_text("[Desktop Entry]\n")
    assert _install(monkeypatch, home) == 0
    assert _files(home) - {other, home / "kzbrowser" / "desktop-install.json"} == _expected(home)
    assert (home / "icons/hicolor/48x48/apps/kzbrowser.png").read_bytes() == \
        (RESOURCES / "icons/kzbrowser-48.png").read_bytes()
    entry = home / "applications" / "kzbrowser.desktop"
    _validate_desktop_file(entry)
    assert "Exec=" + desktop.exec_quote(sys.executable) + " -m kzbrowser\n" in entry.read_text()
    assert _install(monkeypatch, home) == 0  # again: nothing to do, no complaint
    capsys.readouterr()
    assert _install(monkeypatch, home, "--uninstall") == 0
    assert "removed 10 files" in capsys.readouterr().out
    # what was there before stays, and so does the folder it is in; the folders install made are gone
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == ["applications",
                                                                              "applications/other.desktop"]


def test_install_never_replaces_a_file_it_did_not_write(monkeypatch, tmp_path, capsys):
    home = tmp_path / "share"
    mine = home / "applications" / "kzbrowser.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nName=my own\n")
    assert _install(monkeypatch, home) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kzbrowser: not replacing {mine}:") and err.count("\n") == 1
    assert mine.read_text() == "[Desktop Entry]\nName=my own\n"
    assert _files(home) == {mine}  # checked before anything was written


def test_a_link_put_in_place_of_an_icon_is_not_kzbrowsers_to_remove(monkeypatch, tmp_path, capsys):
    home = tmp_path / "share"
    assert _install(monkeypatch, home) == 0
    icon = home / "icons/hicolor/16x16/apps/kzbrowser.png"
    own = tmp_path / "my-icon.png"
    own.write_bytes(icon.read_bytes())  # the same bytes, but the user's file now, reached through a link
    icon.unlink()
    icon.symlink_to(own)
    assert _install(monkeypatch, home, "--uninstall") == 0
    assert f"kept {icon}" in capsys.readouterr().err
    assert icon.is_symlink() and own.read_bytes() == (RESOURCES / "icons/kzbrowser-16.png").read_bytes()


def test_a_file_changed_since_install_is_kept_and_not_replaced(monkeypatch, tmp_path, capsys):
    home = tmp_path / "share"
    assert _install(monkeypatch, home) == 0
    entry = home / "applications" / "kzbrowser.desktop"
    entry.write_text(entry.read_text() + "NoDisplay=true\n")
    assert _install(monkeypatch, home) == 1  # install would replace it: it refuses
    capsys.readouterr()
    assert _install(monkeypatch, home, "--uninstall") == 0
    assert f"kept {entry}" in capsys.readouterr().err
    assert _files(home) == {entry} and entry.read_text().endswith("NoDisplay=true\n")


def test_installing_from_another_place_replaces_its_own_entry(monkeypatch, tmp_path):
    home = tmp_path / "share"
    desktop.install(home, ["/opt/old place/kzbrowser"])
    entry = home / "applications" / "kzbrowser.desktop"
    assert 'Exec="/opt/old place/kzbrowser"' in entry.read_text()
    assert desktop.install(home, ["/opt/new/kzbrowser"]) == [entry]  # the icons are unchanged
    assert "Exec=/opt/new/kzbrowser\n" in entry.read_text()


def _unquote_exec(value: str) -> list[str]:
    """Split an Exec value as the Desktop Entry spec says: string escapes, then quoting, then %%."""
    value = value.replace("\\\\", "\0").replace("\\s", " ").replace("\\n", "\n").replace("\\t", "\t")
    value = value.replace("\0", "\\")
    args, cur, quoted, i, started = [], "", False, 0, False
    while i < len(value):
        c = value[i]
        if quoted and c == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
            cur, i = cur + value[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if cur or started:
                args.append(cur)
            cur, started = "", False
        else:
            cur += c
        i += 1
    if cur or started:
        args.append(cur)
    return [a.replace("%%", "%") for a in args]


@pytest.mark.parametrize("path", ["/opt/kz/bin/kzbrowser", "/home/a b/.local/bin/kzbrowser",
                                  '/tmp/50% "odd" $HOME `x` \\ dir/kzbrowser'])
def test_exec_line_survives_spaces_quotes_and_percent_signs(tmp_path, path):
    entry = tmp_path / "kzbrowser.desktop"
    entry.write_bytes(desktop.desktop_entry([path, "-m", "kzbrowser"]))
    _validate_desktop_file(entry)
    exec_value = next(ln for ln in entry.read_text().splitlines() if ln.startswith("Exec="))[5:]
    assert _unquote_exec(exec_value) == [path, "-m", "kzbrowser"]


def test_the_installed_exec_line_runs_with_no_path_to_kzbrowser(tmp_path):
    """As after `pipx install`: the `kzbrowser` script lives in a folder that need not be on PATH."""
    bin_dir = tmp_path / "pipx venv" / "bin"
    bin_dir.mkdir(parents=True)
    script = bin_dir / "kzbrowser"
    # what pip writes as a console script; the source tree stands in for the venv's site-packages
    script.write_text(f"#!{sys.executable}\nimport sys\nsys.path.insert(0, {str(ROOT / 'src')!r})\n"
                      "from kzbrowser.cli import main\nsys.exit(main())\n")
    script.chmod(0o755)
    home = tmp_path / "share"
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(home)}
    r = subprocess.run([str(script), "install-desktop"], env=env, capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    lines = (home / "applications" / "kzbrowser.desktop").read_text().splitlines()
    command = _unquote_exec(next(ln for ln in lines if ln.startswith("Exec="))[5:])
    assert command == [str(script)]
    assert f"TryExec={desktop.exec_quote(str(script))}" in lines
    r = subprocess.run([*command, "--version"], env={"PATH": "/usr/bin:/bin"}, cwd="/", capture_output=True,
                       text=True, check=False)
    assert (r.returncode, r.stdout.strip()) == (0, f"kzbrowser {VERSION}"), r.stderr


def test_where_the_files_go(tmp_path):
    assert desktop.data_home({"XDG_DATA_HOME": str(tmp_path), "HOME": "/home/u"}) == tmp_path
    # a relative XDG_DATA_HOME is to be ignored (XDG Base Directory spec)
    assert desktop.data_home({"XDG_DATA_HOME": "rel/share", "HOME": "/home/u"}) == Path("/home/u/.local/share")
    assert desktop.data_home({"HOME": "/home/u"}) == Path("/home/u/.local/share")
    with pytest.raises(desktop.DesktopError, match="neither XDG_DATA_HOME nor HOME"):
        desktop.data_home({})


def test_a_damaged_install_record_stops_everything(monkeypatch, tmp_path, capsys):
    home = tmp_path / "share"
    assert _install(monkeypatch, home) == 0
    (home / "kzbrowser" / "desktop-install.json").write_text('{"files": ["x"]}')
    before = _files(home)
    assert _install(monkeypatch, home, "--uninstall") == 1
    assert "is not a kzbrowser install record" in capsys.readouterr().err
    assert _files(home) == before


def test_nothing_to_uninstall(monkeypatch, tmp_path, capsys):
    assert _install(monkeypatch, tmp_path, "--uninstall") == 0
    assert capsys.readouterr().out == f"nothing to remove in {tmp_path}\n"
    assert os.listdir(tmp_path) == []
