"""A changed article or annotation fails the build with a message naming the line; nothing is overwritten."""

from __future__ import annotations

import pytest

from conftest import ANNOTATIONS, ARTICLE
from kzbrowser.anchors import load
from kzbrowser.build import BuildError, build, build_from_text


@pytest.fixture(scope="module")
def notes():
    return load(str(ANNOTATIONS))


@pytest.fixture()
def existing(tmp_path):
    target = tmp_path / "kz.sqlite"
    target.write_bytes(b"the previous database")
    return target


def _fails(text, notes, existing, *expected):
    with pytest.raises(BuildError) as info:
        build_from_text(text, notes, existing)
    for e in expected:
        assert e in str(info.value)
    assert existing.read_bytes() == b"the previous database"
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


def test_failed_build_keeps_the_existing_database(tmp_path):
    broken = tmp_path / "article.txt"
    broken.write_text(ARTICLE.read_text(encoding="utf-8").replace("Table 3\n", "Tabel 3\n"), encoding="utf-8")
    target = tmp_path / "kz.sqlite"
    target.write_bytes(b"keep me")
    with pytest.raises(BuildError):
        build(target, article_path=broken)
    assert target.read_bytes() == b"keep me"


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
