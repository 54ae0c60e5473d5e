"""Every kind of path a user can give: the command writes what was asked or says in one line why not, and what
was there before is left exactly as it was (contents, permissions, links, kind)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from conftest import BUNDLED_DB
from hostile._cli import kz, one_line_error, state

ROOT = os.geteuid() == 0
OLD = b"# my shell settings\nexport PATH=$HOME/bin:$PATH\n"


def _make(folder: Path, kind: str, name: str) -> Path:
    """A path of ``kind`` named ``name`` in ``folder``; where there is an old file, it holds OLD, mode 0640."""
    target = folder / name
    if kind in ("existing", "symlink", "hard_link"):
        real = folder / ("real-" + name) if kind != "existing" else target
        real.write_bytes(OLD)
        real.chmod(0o640)
        if kind == "symlink":
            target.symlink_to(real.name)
        elif kind == "hard_link":
            os.link(real, target)
    elif kind == "dangling_symlink":
        target.symlink_to("nowhere-" + name)
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "device":
        if not ROOT:
            pytest.skip("only root can make a device node")
        os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of our own, in a temp folder
    elif kind == "directory":
        target.mkdir()
    elif kind == "long_name":
        target = folder / ("x" * 300 + Path(name).suffix)
    elif kind == "missing_folder":
        target = folder / "no-such-folder" / name
    return target


def _everything(folder: Path) -> dict[str, tuple]:
    return {p.name: state(p) for p in folder.iterdir()}


# (kind, --force, what the user reads on stderr, or None: written)
EXPORT_PROBES = [
    ("existing", False, "exists; not replacing it"), ("existing", True, None),
    ("symlink", False, "exists; not replacing it"), ("symlink", True, None), ("dangling_symlink", False, None),
    ("hard_link", True, "other hard links"), ("fifo", True, "not a regular file"),
    ("device", True, "not a regular file"), ("directory", True, "it is a folder"),
    ("long_name", False, "File name too long"), ("missing_folder", False, "does not exist"),
]


@pytest.mark.parametrize(("kind", "force", "refusal"), EXPORT_PROBES)
def test_export_chart_path(tmp_path, kind, force, refusal):
    target = _make(tmp_path, kind, "chart.png")
    before = _everything(tmp_path)
    r = kz("export-chart", "poll", "-o", str(target), *(["--force"] if force else []))
    if refusal:
        one_line_error(r, refusal)
        assert _everything(tmp_path) == before
        return
    assert r.code == 0 and r.err == "", r.err
    written = target.resolve()
    assert written.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    if kind in ("symlink", "dangling_symlink"):
        assert target.is_symlink() and os.readlink(target) == before[target.name][4]
    if kind != "dangling_symlink":
        assert stat.S_IMODE(written.stat().st_mode) == 0o640  # the replaced file's permissions


BUILD_PROBES = [
    ("existing", False, "is not a kzbrowser database"), ("symlink", False, "is not a kzbrowser database"),
    ("hard_link", True, "other hard links"), ("fifo", True, "not a regular file"),
    ("device", True, "not a regular file"), ("directory", True, "it is a folder"),
    ("long_name", True, "File name too long"), ("missing_folder", True, "does not exist"),
]


@pytest.mark.parametrize(("kind", "force", "refusal"), BUILD_PROBES)
def test_build_path_refused(tmp_path, kind, force, refusal):
    target = _make(tmp_path, kind, "kz.sqlite")
    before = _everything(tmp_path)
    r = kz("build", "-o", str(target), *(["--force"] if force else []))
    one_line_error(r, "build failed", refusal)
    assert _everything(tmp_path) == before


def test_build_through_a_dangling_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    target = _make(tmp_path, "dangling_symlink", "kz.sqlite")
    r = kz("build", "-o", str(target))
    assert r.code == 0, r.err
    assert target.is_symlink() and target.resolve().read_bytes() == BUNDLED_DB.read_bytes()


@pytest.mark.skipif(not ROOT or not shutil.which("setpriv"), reason="needs root (to become another user)")
@pytest.mark.parametrize("command", [["export-chart", "poll", "-o"], ["build", "-o"]])
def test_an_unwritable_folder(tmp_path_factory, command):
    folder = tmp_path_factory.mktemp("unwritable")
    folder.chmod(0o755)  # others may look, not write
    for parent in folder.parents:
        if str(parent) in ("/", "/tmp"):
            break
        parent.chmod(parent.stat().st_mode | 0o055)
    nobody = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    r = kz(*command, str(folder / "out.png"), prefix=nobody, env={"HOME": str(folder)})
    one_line_error(r, "Permission denied")
    assert list(folder.iterdir()) == []


READ_COMMANDS = [["parties"], ["party", "Otan"], ["search", "ethnic"], ["verify"]]


@pytest.mark.parametrize("kind", ["dangling_symlink", "fifo", "device", "directory", "long_name",
                                  "missing_folder", "existing"])
@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_a_database_path_that_is_no_database(tmp_path, kind, command):
    db = _make(tmp_path, kind, "kz.sqlite")
    before = _everything(tmp_path)
    r = kz("--db", str(db), *command)
    one_line_error(r, "kzbrowser: ")
    assert r.out == b""
    assert _everything(tmp_path) == before  # reading never writes (no journal, no -wal beside it)


@pytest.mark.skipif(not ROOT or not shutil.which("setpriv"), reason="needs root (to become another user)")
@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_an_unreadable_database(tmp_path_factory, command):
    folder = tmp_path_factory.mktemp("unreadable")
    folder.chmod(0o755)
    for parent in folder.parents:
        if str(parent) in ("/", "/tmp"):
            break
        parent.chmod(parent.stat().st_mode | 0o055)
    db = folder / "kz.sqlite"
    shutil.copy(BUNDLED_DB, db)
    db.chmod(0o600)
    nobody = ("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups")
    r = kz("--db", str(db), *command, prefix=nobody)
    one_line_error(r, str(db))
    assert db.read_bytes() == BUNDLED_DB.read_bytes()


WRITERS = [["export-chart", "poll"], ["export-party", "Otan"], ["compare", "Otan", "CPK"], ["build"]]


@pytest.mark.parametrize("name", ["out.md/", "out.md/.", "out/..", ".", "./"])
@pytest.mark.parametrize("command", WRITERS, ids=lambda c: c[0])
def test_a_folder_name_is_refused_not_written_as_a_file(tmp_path, command, name):
    # pathlib reads "out.md/" and "out.md/." as the file out.md: without this check, that file was written
    r = kz(*command, "-o", name, *(["--force"] if command == ["build"] else []), cwd=tmp_path)
    one_line_error(r, "names a folder: give the file to write", code=2)
    assert list(tmp_path.iterdir()) == []
