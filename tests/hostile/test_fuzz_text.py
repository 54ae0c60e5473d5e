"""Arbitrary text typed into search or a party-name lookup: never an exception, always an answer in bounded time."""

from __future__ import annotations

import sqlite3
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BUNDLED_DB
from kzbrowser.read import names
from kzbrowser.read.db import connect
from kzbrowser.read.search.engine import Results, search

SECONDS = 2  # a search or lookup takes milliseconds; the bound is for the machine being busy
# any text, plus the query language's own characters and words, which are likelier to reach an edge
SYNTAX = st.sampled_from(['"', "*", "(", ")", "-", ":", "^", "OR", "AND", "NOT", "NEAR", "party:", "Otan", " ",
                          "\x00", "\u202e", "Алма-Ата", "ё", "ﬁ", "'"])
TEXT = st.one_of(st.text(max_size=200), st.lists(st.one_of(SYNTAX, st.text(max_size=8)), max_size=40).map("".join))
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    c = connect(BUNDLED_DB)
    yield c
    c.close()


@FUZZ
@given(text=TEXT, scope=st.sampled_from(["all", "quotes", "article"]),
       party=st.sampled_from([None, "otan"]))  # keys, as the party box gives them
def test_search_answers_any_text(db, text, scope, party):
    started = time.monotonic()
    results = search(db, text, party=party, scope=scope)
    assert time.monotonic() - started < SECONDS
    assert isinstance(results, Results)


@FUZZ
@given(text=TEXT)
def test_name_lookup_answers_any_text(db, text):
    index = names.index(db)
    started = time.monotonic()
    resolution = index.resolve(text)
    found = index.find(text)
    assert time.monotonic() - started < SECONDS
    assert resolution.key is None or isinstance(resolution.key, str)
    assert found is None or isinstance(found, str)


@pytest.mark.parametrize("text", ["ethnic " * 4_681, "x" * 32_767, "(" * 32_767, '"' * 32_767, "a* " * 10_922])
def test_a_query_as_long_as_the_search_field_holds(db, text):
    started = time.monotonic()
    search(db, text)
    names.index(db).resolve(text)
    assert time.monotonic() - started < 5
