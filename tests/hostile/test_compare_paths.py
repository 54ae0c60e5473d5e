"""`kzbrowser compare -o` with every kind of path, hostile names, and a database without the comparison's tables."""

from __future__ import annotations

import pytest

from conftest import spoiled_copy
from hostile._cli import kz, one_line_error
from hostile.test_cli_paths import EXPORT_PROBES, _everything, _make


@pytest.mark.parametrize(("kind", "force", "refusal"), EXPORT_PROBES)
def test_compare_output_path(tmp_path, kind, force, refusal):
    target = _make(tmp_path, kind, "cmp.md")
    before = _everything(tmp_path)
    r = kz("compare", "Otan", "Asar", "-o", str(target), *(["--force"] if force else []))
    if refusal:
        one_line_error(r, refusal)
        assert _everything(tmp_path) == before
        return
    assert r.code == 0, r.err
    assert target.resolve().read_text(encoding="utf-8").startswith("# Comparison: ")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


@pytest.mark.parametrize("names", [["", "Otan"], ["Otan", "\udcff\udcfe"], ["Otan", "x" * 5000],
                                   ["Otan", "Otan"], ["OTAN", "otan party"], ["Otan", "\x1b[31mred"],
                                   ["Otan", "Asar", "CPK", "CPPK", "DCK", "Auyl", "Patriot"]])
def test_hostile_names(names):
    r = kz("compare", *names)
    one_line_error(r, "kzbrowser: ")
    assert "\x1b" not in r.err and r.out == b""


@pytest.mark.parametrize("table", ["themes", "theme_assignments", "stances"])
def test_a_database_without_the_comparison_tables(tmp_path, table):
    db = spoiled_copy(tmp_path, f"DROP TABLE {table};")
    r = kz("--db", str(db), "compare", "Otan", "Asar")
    one_line_error(r, f"the table {table} is missing")


@pytest.mark.parametrize("suffix", ["md", "csv"])
def test_compare_on_a_full_disk_keeps_the_old_file(tmp_path, monkeypatch, capsys, suffix):
    """ENOSPC injected under the writer: one line, exit 1, the old file as it was, no temporary file left."""
    import errno
    from pathlib import Path

    from conftest import run_cli

    target = tmp_path / f"cmp.{suffix}"
    target.write_bytes(b"the old file\n")

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    code, out, err = run_cli(capsys, "compare", "Otan", "Asar", "-o", str(target), "--force")
    assert out == ""
    assert code == 1 and err.count("\n") == 1 and "No space left on device" in err, err
    assert target.read_bytes() == b"the old file\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
