"""Any input is safe: generated and hostile queries never raise and never return a silent empty list;
and ranking makes sense on a large synthetic database."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT
from kzbrowser.read.db import connect
from kzbrowser.read.search.engine import search

HOSTILE = [
    '"', '""', '"""', '“', '”', "«ethnic»", "-", "--", "---ethnic", "*", "**", "*ethnic", "ethnic**", "(", ")",
    "((ethnic))", "OR", "AND", "NOT", "OR OR", "NOT NOT ethnic", "ethnic OR", "OR ethnic", "ethnic AND",
    "- ethnic", "ethnic -", "ethnic - -harmony", "-ethnic -harmony", "ethnic OR -harmony", "NEAR(ethnic harmony)",
    "ethnic:harmony", "{text}: ethnic", "^ethnic", "text:ethnic", "rank MATCH 'x'", "'; DROP TABLE quotes; --",
    "SELECT * FROM quotes WHERE 1=1", "\" OR 1=1 --", "ethnic\x00harmony", "\x01\x02\x03", "\x1b[31mred",
    "ethnic\u200bharmony", "\u202eethnic", "партия Аул", "Қазақстан", "ӘІҢҒҮҰҚӨҺ", "ethnic партия", "Alma-Ata",
    "Social-Democratic", "cgi-bin", "party's", "(in %%)", "%", "_", "\\", "\\\"", "\ud7ff", "\ue000", "🇰🇿",
    "e\u0301thnic", "ＥＴＨＮＩＣ", "x" * 10_000, "ethnic " * 2_000, "\"ethnic " * 1_500, "- " * 5_000,
]


def _check(conn: sqlite3.Connection, q: str) -> None:
    res = search(conn, q)
    assert isinstance(res.quotes, list) and isinstance(res.paragraphs, list)
    if q.strip() and not res.hits:
        assert res.notice, repr(q)  # never a silent empty list
    if res.literal_fallback:
        assert res.notice
    for h in res.hits:
        assert all(0 <= a < b <= len(h.text) for a, b in h.matches)


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_inputs(conn, q):
    _check(conn, q)


@pytest.fixture(scope="module")
def ro_conn(fresh_db):
    c = connect(fresh_db)
    yield c
    c.close()


ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    list('"“”«»*-()^:{}OR NOT AND ethnic harmony partyАулқә\x00\x1b\t\n'))
WORDS = st.sampled_from(["ethnic", "harmony", "OR", "NOT", "AND", "-", "*", '"', "(", ")", "Auyl", "AuyI",
                         "democra*", "-harmony", "“", "партия", "\x00", "Ak", "zhol"])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_any_text_is_safe(ro_conn, q):
    _check(ro_conn, q)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(WORDS, max_size=8).map(" ".join))
def test_any_mix_of_operators_is_safe(ro_conn, q):
    _check(ro_conn, q)


# --- ranking on a large database -------------------------------------------------------------------

def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_search", ROOT / "scripts" / "bench_search.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    _bench_module().make_synthetic(path, quotes=100_000, paragraphs=1_000)
    c = sqlite3.connect(path)
    filler = "the party of the republic supports the development of the country and its people"
    c.executemany("INSERT INTO quotes (id, party_key, seq, paragraph_id, style, text, text_start, text_end, "
                  "source) VALUES (?, 'otan', 1, 33, 'curly', ?, 0, 0, 'program')",
                  [(900_001, f"{filler} zebrafish zebrafish zebrafish"),
                   (900_002, f"{filler} zebrafish and more words to keep the same length")])
    for index in ("quotes_fts", "quotes_words_fts"):
        c.execute(f"INSERT INTO {index}({index}) VALUES ('rebuild')")
    c.commit()
    c.close()
    return path


def test_large_database_ranks_repetition_first(big_db):
    conn = connect(big_db)
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] > 100_000
    res = search(conn, "zebrafish", scope="quotes")
    assert [h.id for h in res.quotes] == [900_001, 900_002]
    # a phrase from the article still finds its real quote among 100,000 synthetic ones
    top = search(conn, '"ethnic and confessional harmony"', scope="quotes").quotes
    assert top[0].id == 9 and top[0].party_key == "auyl"
    conn.close()


def test_large_database_common_word_is_counted_and_bounded(big_db):
    conn = connect(big_db)
    res = search(conn, "party", scope="quotes", limit=20)
    assert len(res.quotes) == 20 and res.quote_total > 10_000
    assert res.notice and "narrow" in res.notice
    conn.close()
