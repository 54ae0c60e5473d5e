"""The comparison's words in Russian: its own words translated (compare_words.WORDS), the article's data never."""

from __future__ import annotations

from conftest import BUNDLED_DB
from kzbrowser.present.compare import word
from kzbrowser.present.compare_words import WORDS
from kzbrowser.read.citation import Source
from kzbrowser.read.compare import compare
from kzbrowser.read.db import connect
from kzbrowser.read.parties import GROUPS, Parties


def fake(context: str, text: str) -> str:
    return "RU:" + text


def test_own_words_are_translated_and_data_is_not():
    assert word(fake, "not in the article") == "RU:not in the article"
    assert word(fake, "Communist Party of Kazakhstan") == "Communist Party of Kazakhstan"
    assert word(fake, "since March 2004") == "since March 2004"  # a text that is not ours: as it is
    # a note read/compare.py puts together: each part; the date as printed
    assert word(fake, "head; since March 2004", True) == "RU:head; RU:since March 2004"
    assert word(fake, "3 of 10", True) == "RU:3 of 10"
    assert word(fake, "deputy of the Majilis", True) == "deputy of the Majilis"  # a description: data


def test_every_row_of_every_group_comparison_has_its_words_listed():
    conn = connect(BUNDLED_DB)
    source = Source.from_db(conn)
    groups = Parties(conn).groups()
    for key in GROUPS:
        cmp = compare(conn, list(groups[key]), source)
        for row in cmp.rows:
            assert row.group in WORDS, row.group
            assert row.empty in WORDS, row.empty
            if not row.ours or row.label in ("Quotes", "no theme assigned"):  # a theme's label is the database's
                assert row.label in WORDS or row.group == "Assessment (Table 4, %)", row.label
        assert all(note in WORDS for note in cmp.notes)
    conn.close()
