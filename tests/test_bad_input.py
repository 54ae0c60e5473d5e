"""A changed article or annotation fails the build with a message naming the line; nothing is overwritten."""

from __future__ import annotations

import copy

import pytest

from conftest import ANNOTATIONS, ARTICLE, BUNDLED_DB
from kzbrowser.build.anchors import load
from kzbrowser.build.pipeline import BuildError, build, build_from_text


@pytest.fixture(scope="module")
def notes():
    return load(str(ANNOTATIONS))


@pytest.fixture(autouse=True)
def _annotations_unchanged(notes):
    """The tests share one annotations dict: a build that changed it would hand the next test wrong data."""
    before = copy.deepcopy(notes)
    yield
    assert notes == before, "the build changed the annotations it was given"


@pytest.fixture()
def existing(tmp_path):
    """A good database from an earlier build, which a failed build must leave as it was."""
    target = tmp_path / "kz.sqlite"
    target.write_bytes(BUNDLED_DB.read_bytes())
    return target


def _fails(text, notes, existing, *expected):
    with pytest.raises(BuildError) as info:
        build_from_text(text, notes, existing)
    for e in expected:
        assert e in str(info.value)
    assert existing.read_bytes() == BUNDLED_DB.read_bytes()
    assert [p.name for p in existing.parent.iterdir()] == [existing.name], "a temporary file was left behind"
    return str(info.value)


def test_table_row_removed(article_text, notes, existing):
    text = article_text.replace("8\tRepublican Party Asar\t180,000\n", "")
    _fails(text, notes, existing, "Table 1", "line ")


def test_number_garbled(article_text, notes, existing):
    text = article_text.replace("59,890", "59,8g0")
    msg = _fails(text, notes, existing, "line 27", "59,8g0")
    assert "membership figure" in msg


def test_percentage_garbled(article_text, notes, existing):
    text = article_text.replace("\t47.4", "\t47,4")
    _fails(text, notes, existing, "line 131", "47,4")


def test_party_section_missing(article_text, notes, existing):
    start = article_text.index("The Patriot Party\n")
    end = article_text.index("The Party Asar\n")
    _fails(article_text[:start] + article_text[end:], notes, existing, "The Patriot Party")


def test_anchor_no_longer_found(article_text, notes, existing):
    text = article_text.replace("headed by Romin Madinov", "headed by R. Madinov")
    _fails(text, notes, existing, "not found", "Romin Madinov")


def test_anchor_made_ambiguous(article_text, notes, existing):
    text = article_text.replace("The leader is Gani Kaliev.", "The leader is Gani Kaliev. The leader is Gani Kaliev.")
    _fails(text, notes, existing, "occurs 2 times", "lines 167, 167")


def test_unbalanced_quote(article_text, notes, existing):
    text = article_text.replace("“a stronger ethnic", "“a stronger “ethnic")
    _fails(text, notes, existing, "line 169", "never closed")


def test_a_broken_section_4_item_names_its_article_line(article_text, notes, existing):
    text = article_text.replace("\n- Recognition that the ethnic problem", "\n-Recognition that the ethnic problem")
    line = text[:text.index("-Recognition that the ethnic problem")].count("\n") + 1
    assert line > 200  # the list is printed late in the article, far from its paragraph's third line
    _fails(text, notes, existing, f"line {line}: expected a list item starting with '- '")


def test_failed_build_keeps_the_existing_database(tmp_path):
    broken = tmp_path / "article.txt"
    broken.write_text(ARTICLE.read_text(encoding="utf-8").replace("Table 3\n", "Tabel 3\n"), encoding="utf-8")
    target = tmp_path / "kz.sqlite"
    target.write_bytes(BUNDLED_DB.read_bytes())
    with pytest.raises(BuildError):
        build(target, article_path=broken)
    assert target.read_bytes() == BUNDLED_DB.read_bytes()


def test_missing_article_is_a_clear_error(tmp_path):
    with pytest.raises(BuildError, match=r"cannot read .*nowhere\.txt"):
        build(tmp_path / "kz.sqlite", article_path=tmp_path / "nowhere.txt")


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BuildError, match="does not exist"):
        build(tmp_path / "no" / "such" / "kz.sqlite")


def test_folder_that_is_a_file_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(BuildError, match="not a folder"):
        build(blocker / "kz.sqlite")


def test_an_existing_file_that_is_not_a_kzbrowser_database_is_never_replaced(tmp_path):
    notes_file = tmp_path / "notes.txt"
    notes_file.write_text("three weeks of archive notes")
    with pytest.raises(BuildError, match="not a kzbrowser database; not replacing it"):
        build(notes_file)
    assert notes_file.read_text() == "three weeks of archive notes"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_force_replaces_a_foreign_file(tmp_path):
    target = tmp_path / "old.db"
    target.write_text("not a database")
    build(target, force=True)
    assert target.read_bytes() == BUNDLED_DB.read_bytes()


def test_an_earlier_kzbrowser_database_is_replaced(tmp_path):
    target = tmp_path / "kz.sqlite"
    build(target)
    build(target)
    assert target.read_bytes() == BUNDLED_DB.read_bytes()
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # an ordinary file, not a private temp file


@pytest.mark.parametrize("name", ["", "."])
def test_a_folder_or_empty_name_is_a_clear_error(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(BuildError, match="give a file name"):
        build(name if name else tmp_path / "")
    assert list(tmp_path.iterdir()) == []
    assert list(tmp_path.parent.glob(".*.tmp")) == []


def test_a_changed_figure_changes_the_verdict_of_its_check(article_text, notes, tmp_path):
    import sqlite3

    out = tmp_path / "kz.sqlite"
    build_from_text(article_text.replace("Russian respondents (27.7 percent)", "Russian respondents (17.7 percent)"),
                    notes, out)
    result, detail = sqlite3.connect(out).execute(
        "SELECT result, detail FROM checks WHERE key = 'twice_as_many_russians'").fetchone()
    assert result == "fails" and detail.startswith("17.7 / 14.8")
