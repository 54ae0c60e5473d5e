"""Cyrillic queries that try to break search across scripts: mixed scripts, combining marks, control characters,
endless input, and Cyrillic that transliterates to FTS5 syntax. Always an answer; never FTS syntax from the user."""

from __future__ import annotations

import json
import re
import sqlite3
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BUNDLED_DB, spoiled_copy
from hostile._cli import kz
from kzbrowser.present.terminal import clean
from kzbrowser.read import names
from kzbrowser.read.db import connect
from kzbrowser.read.search import cyrillic
from kzbrowser.read.search import query as ql
from kzbrowser.read.search.engine import Results, search

SECONDS = 5  # a search takes milliseconds; the bound is for a busy machine, and catches a hang


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    c = connect(BUNDLED_DB)
    yield c
    c.close()


def ids(res: Results) -> set[tuple[str, int]]:
    return {(h.kind, h.id) for h in res.hits}


def answer(db: sqlite3.Connection, text: str) -> Results:
    started = time.monotonic()
    res = search(db, text)
    assert time.monotonic() - started < SECONDS
    assert isinstance(res, Results)
    for line in (res.notice, cyrillic.describe(res.read_as)):
        assert line is None or clean(line) == line  # nothing a terminal or label would act on
    return res


@pytest.mark.parametrize("text", [
    "Отанharmony", "Otanотан", "Nazarбаев", "Алма-Ата", "Ақ-zhol", "ethnic Қазақстан harmony",  # mixed scripts
    "О\u0301\u0301\u0301тан", "\u0301Отан", "\u0301", "Отан" + "\u0308" * 500, "и\u0306\u0306",  # combining marks
    "От\x00ан", "Отан\x00", "\x1b[31mОтан", "Отан\x07\x08", "\u202eнатО", "Отан\u200b\u200d", "\ufeffОтан",
    "Отан\ud800", "Ж" * 32_767, "Отан " * 6_000, "Ж* " * 30, " ".join(f"{c}*" for c in "абвгдежзийклмнопрстуфхцчшщ"),
])
def test_hostile_cyrillic_is_answered(db, text):
    answer(db, text)
    names.index(db).resolve(text)
    names.index(db).find(text)


@pytest.mark.parametrize(("typed", "latin"), [
    ("Отан ОР Асар", 'Otan "or" Asar'),  # ОР transliterates to OR: a word here, not the operator
    ("Отан НОТ Асар", 'Otan "not" Asar'),
    ("Отан АНД Асар", 'Otan "and" Asar'),
])
def test_cyrillic_that_spells_an_operator_is_a_word(db, typed, latin):
    assert ids(answer(db, typed)) == ids(answer(db, latin))
    assert ids(answer(db, typed)) != ids(answer(db, typed.replace(typed.split()[1], "OR")))


def test_cyrillic_that_spells_near_is_a_word_the_article_lacks(db):
    # the article has no word "near": НЕАР is dropped as a foreign word, never FTS5's NEAR()
    res = answer(db, "Отан НЕАР Асар")
    assert ids(res) == ids(answer(db, "Otan Asar")) and "НЕАР" in (res.notice or "")


@pytest.mark.parametrize("text", [
    'Отан"Асар', '"Отан', 'Отан"', "От*ан", "*Отан", "Отан**", "Отан*\"*", "«Ақ жол", "Отан:Асар", "Отан^",
    "{Отан}", "(Отан", "Отан)", "-Отан", "- Отан", "-\"Отан\"", "Отан OR", "NOT Отан", "Отан AND AND Асар",
    'НЕАР(Отан Асар)', "Отан + Асар", "Отан; DROP TABLE quotes", "Отан' OR '1'='1",
])
def test_cyrillic_in_broken_syntax_is_answered_and_never_raw_fts(db, text):
    answer(db, text)
    q, _ = cyrillic.rewrite(ql.parse(text), lambda: cyrillic.vocabulary(db))
    expr = ql.to_fts(q)
    if expr is not None:  # the user's words only ever reach MATCH inside our quoted strings
        outside = re.sub(r'"(?:[^"]|"")*"\*?', " ", expr).replace("(", " ").replace(")", " ").split()
        assert set(outside) <= {"{text", "aliases}:", "{party_names}:", "^", "OR", "AND", "NOT"}, expr

CYRILLIC = "".join(map(chr, range(0x400, 0x530))) + "ӘәҒғҚқҢңӨөҰұҮүҺһІі"
SYNTAX = st.sampled_from(['"', "*", "-", "OR", "NOT", "ОР", "НОТ", "НЕАР", "«", "»", " ", "\x00", "\u0301", "Отан"])
TEXT = st.lists(st.one_of(SYNTAX, st.text(alphabet=CYRILLIC, max_size=10)), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_cyrillic_text(db, text):
    answer(db, text)
    idx = names.index(db)
    assert idx.resolve(text).key is None or isinstance(idx.find(text) or "", str)


def test_a_database_without_its_article_text_still_answers(tmp_path):
    # the Latin forms are shown as the article prints them; with no article text, as the index holds them
    path = spoiled_copy(tmp_path, "UPDATE meta SET value = '' WHERE key = 'article_text'")
    conn = connect(path)
    try:
        res = search(conn, "Отан")
    except sqlite3.DatabaseError:
        return  # refused as damaged: an answer too
    finally:
        conn.close()
    assert [r.latin for r in res.read_as] == [("Otan",)]


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
@pytest.mark.parametrize("command", [["search", "Казахстан"], ["party", "Отан"], ["party", "Ақ жол"],
                                     ["search", "harmony", "--party", "Ақ жол"]], ids=" ".join)
def test_cyrillic_on_a_console_that_cannot_show_it(encoding, command):
    r = kz(*command, env={"PYTHONIOENCODING": encoding})
    assert r.code == 0 and "Traceback" not in r.err, r.err
    r.out.decode(encoding)
    if command[0] == "party":
        assert r.err.count("\n") == 1 and "(the article's spelling)" in r.err  # escaped, not dropped
    r = kz(*command, "--json", env={"PYTHONIOENCODING": encoding})
    assert r.code == 0, r.err
    data = json.loads(r.out.decode("utf-8"))
    if command == ["search", "Казахстан"]:
        assert data["read_as"] == [{"typed": "Казахстан", "latin": ["Kazakhstan"]}]
