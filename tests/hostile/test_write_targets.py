"""Writing a file never destroys what the user did not ask to replace (kzbrowser.atomic, under every writer)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from kzbrowser.atomic import TargetExists, WriteError, write_atomically


def _writes(text: str):
    return lambda tmp: Path(tmp).write_text(text, encoding="utf-8")


def test_an_existing_file_is_kept_unless_replacing_was_asked_for(tmp_path):
    target = tmp_path / "thesis.svg"
    target.write_text("my thesis")
    with pytest.raises(TargetExists, match="--force"):
        write_atomically(target, _writes("chart"))
    assert target.read_text() == "my thesis"
    write_atomically(target, _writes("chart"), replace=True)
    assert target.read_text() == "chart"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can replace /dev/null")
def test_a_device_is_never_replaced_even_when_asked():
    with pytest.raises(WriteError, match="not a regular file"):
        write_atomically("/dev/null", _writes("chart"), replace=True)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_symlink_stays_a_link_and_its_target_gets_the_new_text(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    written = write_atomically(link, _writes("new"), replace=True)
    assert link.is_symlink() and real.read_text() == "new" and written == real


def test_a_file_with_other_hard_links_is_not_replaced(tmp_path):
    a = tmp_path / "a.csv"
    a.write_text("shared")
    os.link(a, tmp_path / "b.csv")
    with pytest.raises(WriteError, match="hard links"):
        write_atomically(a, _writes("new"), replace=True)
    assert a.read_text() == (tmp_path / "b.csv").read_text() == "shared"


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "script.sh"
    target.write_text("#!/bin/sh\n")
    target.chmod(0o750)
    write_atomically(target, _writes("echo"), replace=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o750


def test_a_full_disk_keeps_the_old_file_and_leaves_no_partial_one(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_text("old pdf")

    def fill_disk(tmp):
        Path(tmp).write_bytes(b"%PDF-1.4 trunc")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(WriteError, match="No space left"):
        write_atomically(target, fill_disk, replace=True)
    assert target.read_text() == "old pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def test_a_writer_that_reports_success_on_a_truncated_file_is_caught_by_the_check(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_text("old pdf")

    def truncated(tmp):
        Path(tmp).write_bytes(b"%PDF-1.4 no trailer")

    def complete_pdf(tmp):
        return None if Path(tmp).read_bytes().rstrip().endswith(b"%%EOF") else "the PDF is incomplete"

    with pytest.raises(WriteError, match="incomplete"):
        write_atomically(target, truncated, replace=True, check=complete_pdf)
    assert target.read_text() == "old pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


@pytest.mark.parametrize("make", ["folder", "missing_folder", "file_as_folder", "long_name"])
def test_impossible_targets_are_one_clear_error(tmp_path, make):
    target = {"folder": tmp_path, "missing_folder": tmp_path / "nope" / "x.csv",
              "file_as_folder": tmp_path / "f" / "x.csv", "long_name": tmp_path / ("x" * 300 + ".csv")}[make]
    if make == "file_as_folder":
        (tmp_path / "f").write_text("a file")
    with pytest.raises(WriteError) as info:
        write_atomically(target, _writes("x"))
    assert "\n" not in str(info.value)


def test_a_file_that_appears_while_writing_is_not_replaced(tmp_path):
    target = tmp_path / "chart.png"

    def slow_write(tmp):
        Path(tmp).write_text("ours")
        target.write_text("someone else's")  # another program saves the same name meanwhile

    with pytest.raises(TargetExists, match="appeared"):
        write_atomically(target, slow_write)
    assert target.read_text() == "someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]
