"""Extraction takes the article and the annotations as given: it never changes them, so two builds agree."""

from __future__ import annotations

import copy
import sqlite3

import pytest

from conftest import ANNOTATIONS, BUNDLED_DB
from kzbrowser.build.anchors import load
from kzbrowser.build.pipeline import collect

# Typed from section 3 of the article: the words before each quotation say where it comes from.
QUOTE_SOURCES = {
    # Patriot Party: "Its program says: ..." then "The party has stressed that it will promote the idea of
    # internationalism: "We are the single Kazakhstani nation" and "Kazakhstan is for the Kazakhstanis.""
    "It is party's aim to promote spiritual and cultural revival": "program",
    "We are the single Kazakhstani nation": "statement",
    "Kazakhstan is for the Kazakhstanis.": "statement",
    # Asar: "Its program says: ...", "The program also says: ...", then "The party says the following about
    # the ethnic issue: ..."
    "An economically strong, democratic, and socially oriented state": "program",
    "The party is always prepared to enter into constructive cooperation": "program",
    "The party believes that the republic's prosperity is possible": "statement",
    # Communist Party: "Its address to the communists of Kazakhstan of 21 February, 2004 contained a
    # conclusion that the conditions "for class and ethnic clashes" are being ripening"
    "for class and ethnic clashes": "address",
}


def _source_of(quotes: list[tuple[str, str]], start: str) -> str:
    matches = [source for text, source in quotes if text.startswith(start)]
    assert len(matches) == 1, f"{len(matches)} quotes start with {start!r}"
    return matches[0]


@pytest.fixture(scope="module")
def two_builds(article_text):
    """Two collect() calls from one loaded annotations dict, and a deep copy of it taken beforehand."""
    notes = load(str(ANNOTATIONS))
    pristine = copy.deepcopy(notes)
    first = collect(article_text, notes)
    second = collect(article_text, notes)
    return notes, pristine, first, second


def test_collect_leaves_the_annotations_unchanged(two_builds):
    notes, pristine, _, _ = two_builds
    assert notes == pristine


def test_two_collects_from_one_annotations_dict_give_the_same_rows(two_builds):
    _, _, first, second = two_builds
    assert second == first


@pytest.mark.parametrize("build", ["first", "second"])
@pytest.mark.parametrize(("start", "source"), QUOTE_SOURCES.items())
def test_quote_sources_follow_the_article(two_builds, build, start, source):
    rows = two_builds[2] if build == "first" else two_builds[3]
    assert _source_of([(q["text"], q["source"]) for q in rows["quotes"]], start) == source


@pytest.mark.parametrize(("start", "source"), QUOTE_SOURCES.items())
def test_quote_sources_of_the_bundled_database(start, source):
    conn = sqlite3.connect(BUNDLED_DB)
    try:
        quotes = conn.execute("SELECT text, source FROM quotes").fetchall()
    finally:
        conn.close()
    assert _source_of(quotes, start) == source
