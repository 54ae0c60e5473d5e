"""A full disk: every export and the build say so in one line and keep the old file. On a real small tmpfs (as
root) and with ENOSPC or a silently truncated file injected under each writer."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from hostile._cli import kz, one_line_error, state
from kzbrowser.schema import APPLICATION_ID

FORMATS = ["png", "svg", "pdf", "csv"]
OLD = b"the old file, which must survive\n"


@pytest.fixture()
def small_disk(tmp_path):
    """A 64 KiB tmpfs, unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("only root can mount a tmpfs")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True,
                       check=False)
    if r.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=True)


def _fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` but about ``leave`` bytes."""
    with open(folder / "filler", "wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 1024)
    size = (folder / "filler").stat().st_size
    os.truncate(folder / "filler", max(0, size - leave))


@pytest.mark.parametrize("leave", [0, 8192], ids=["full", "8k-free"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_on_a_full_tmpfs(small_disk, fmt, leave):
    target = small_disk / f"chart.{fmt}"
    target.write_bytes(OLD)
    _fill(small_disk, leave)
    r = kz("export-chart", "membership" if fmt != "csv" else "timeline", "-o", str(target), "--force")
    if fmt == "csv" and leave:
        pytest.skip("the CSV fits in what is left")
    one_line_error(r, "export failed", str(target))
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in small_disk.iterdir()) == sorted(["filler", target.name])


def _our_old_database(path: Path) -> None:
    """The first 100 bytes of an earlier kzbrowser database: what build -o replaces without --force."""
    header = bytearray(b"SQLite format 3\x00".ljust(100, b"\0"))
    header[68:72] = APPLICATION_ID.to_bytes(4, "big")
    path.write_bytes(bytes(header))


@pytest.mark.parametrize("leave", [0, 8192], ids=["full", "8k-free"])
def test_build_on_a_full_tmpfs(small_disk, leave):
    target = small_disk / "kz.sqlite"
    _our_old_database(target)
    before = state(target)
    _fill(small_disk, leave)
    one_line_error(kz("build", "-o", str(target)), "build failed", str(target))
    assert state(target) == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "kz.sqlite"]


# Injected: the same failures on any machine, in process.

@pytest.fixture(scope="module")
def charts(qapp):  # a QApplication, as the widget tests in the same run need (not a bare QGuiApplication)
    from kzbrowser.read.chart_data import chart
    from kzbrowser.read.db import connect

    conn = connect(Path(__file__).resolve().parents[2] / "data" / "kz.sqlite")
    return {n: chart(conn, n) for n in ("membership", "poll", "assessment", "timeline")}


def _enospc_after_half(real):
    def write(self, data, *args, **kwargs):
        real(self, data[: len(data) // 2], *args, **kwargs)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return write


@pytest.mark.parametrize("fmt", FORMATS)
def test_enospc_under_each_writer(tmp_path, monkeypatch, charts, fmt):
    from kzbrowser.ui.charts import export as ex

    target = tmp_path / f"poll.{fmt}"
    target.write_bytes(OLD)
    monkeypatch.setattr(Path, "write_bytes", _enospc_after_half(Path.write_bytes))
    monkeypatch.setattr(Path, "write_text", _enospc_after_half(Path.write_text))
    real_pdf = ex.pdf_bytes_to

    def pdf_then_enospc(chart, path, *options):
        real_pdf(chart, path, *options)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(ex, "pdf_bytes_to", pdf_then_enospc)
    with pytest.raises(ex.ExportError, match="No space left on device"):
        ex.export(charts["poll"], target, replace=True)
    assert target.read_bytes() == OLD and [p.name for p in tmp_path.iterdir()] == [target.name]


# How a writer that reports success can leave the file on a full disk: cut at a point, or its end lost.
CUTS = {"half": lambda b: b[: len(b) // 2], "the_last_character_lost": lambda b: b.rstrip()[:-1],
        "the_last_block_lost": lambda b: b[: len(b) - 1 - (len(b) - 1) % 4096]}


@pytest.mark.parametrize("cut", CUTS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_silently_truncated_file_is_never_renamed_over_the_old_one(tmp_path, monkeypatch, charts, fmt, cut):
    from kzbrowser.ui.charts import export as ex

    target = tmp_path / f"poll.{fmt}"
    target.write_bytes(OLD)
    real_write_atomically = ex.write_atomically

    def cutting(target_, write, **kwargs):  # the writer says "done"; the disk kept less
        def write_then_cut(tmp):
            write(tmp)
            tmp.write_bytes(CUTS[cut](tmp.read_bytes()))
        return real_write_atomically(target_, write_then_cut, **kwargs)

    monkeypatch.setattr(ex, "write_atomically", cutting)
    with pytest.raises(ex.ExportError, match=r"incomplete|damaged|no closing|no PNG|no header|nothing was written"):
        ex.export(charts["poll"], target, replace=True)
    assert target.read_bytes() == OLD and [p.name for p in tmp_path.iterdir()] == [target.name]


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_untouched_export_passes_its_own_check(tmp_path, charts, fmt):
    from kzbrowser.ui.charts import export as ex

    out = ex.export(charts["assessment"], tmp_path / f"a.{fmt}")
    assert out.stat().st_size > 0


def test_build_says_one_line_when_sqlite_finds_the_disk_full(tmp_path, monkeypatch, capsys):
    from kzbrowser.build import pipeline
    from kzbrowser.cli import main

    def full(rows, path):
        Path(path).write_bytes(b"SQLite format 3\x00 partial")
        raise sqlite3.OperationalError("database or disk is full")

    target = tmp_path / "kz.sqlite"
    _our_old_database(target)
    before = state(target)
    monkeypatch.setattr(pipeline, "_write_db", full)
    assert main(["build", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "database or disk is full" in err and str(target) in err
    assert state(target) == before and [p.name for p in tmp_path.iterdir()] == ["kz.sqlite"]
