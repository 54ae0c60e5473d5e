"""Citations from a forged database: names that are huge, multi-line or hold terminal controls give a citation of
bounded size on one line, and the command line shows no control character."""

from __future__ import annotations

from conftest import run_cli, spoiled_copy
from kzbrowser.read.citation import Location, Source
from kzbrowser.read.db import connect

HUGE = "char(27) || '[31m' || char(10) || hex(randomblob(200000))"


def test_huge_and_controlling_names_are_bounded(capsys, tmp_path):
    db = spoiled_copy(tmp_path, f"UPDATE sections SET title = {HUGE} WHERE number = 3; "
                                f"UPDATE parties SET heading = {HUGE} WHERE key = 'asar'; "
                                f"UPDATE meta SET value = {HUGE} WHERE key = 'author_normalised';")
    conn = connect(db)
    source = Source.from_db(conn)
    where = source.where(Location(section=3, part=source.places.parties["asar"], paragraph=1))
    assert len(where) < 1000 and "\n" not in where
    assert len(source.entry()) < 1000
    code, out, err = run_cli(capsys, "cite", "--db", str(db), "--section", "3")
    assert code == 0 and err == "" and "\x1b" not in out and out.count("\n") == 1 and len(out) < 2000
    for fmt in ("bibtex", "ris", "csl-json"):
        code, out, err = run_cli(capsys, "cite", "--db", str(db), "--format", fmt)
        assert code == 0 and "\x1b" not in out and len(out) < 3000
    conn.close()


def test_a_database_without_the_names_still_cites(capsys, tmp_path):
    db = spoiled_copy(tmp_path, "DELETE FROM meta WHERE key IN ('author_normalised', 'title_normalised'); "
                                "DELETE FROM paragraphs; DELETE FROM article_tables;")
    code, out, err = run_cli(capsys, "cite", "--db", str(db), "--format", "bibtex")
    assert code == 0 and out.startswith("@misc{"), err
    code, out, err = run_cli(capsys, "cite", "--db", str(db), "--table", "1")
    assert code == 1 and err.count("\n") == 1 and "no table 1" in err
