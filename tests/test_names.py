"""One name resolver: a party is found by any name a person would type, the same way everywhere."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from kzbrowser.read.db import connect
from kzbrowser.read.search.engine import search

# Names as a reader types them, with the party's full name as Table 1 prints it.
TYPED = [
    ("Kazakhstan Civilian Party (KCP)", "Kazakhstan Civilian Party"),  # as `kzbrowser parties` prints it
    ("Communist Party of Kazakhstan (CPK)", "Communist Party of Kazakhstan"),
    ("Social Democratic Party Auyl", "Kazakhstan Social-Democratic Party AuyI"),  # no hyphen, l for I
    ("kazakhstan social-democratic party auyi", "Kazakhstan Social-Democratic Party AuyI"),
    ("the Agrarian Party", "Agrarian Party of Kazakhstan"),
    ("Otan party", "Republican Political Party Otan"),
    ("OTAN", "Republican Political Party Otan"),
    ("Democratic Choice of Kazakhstan People’s Party", "Democratic Choice of Kazakhstan People's Party"),
    ("Communist People’s Party", "Communist People's Party of Kazakhstan"),
    ("  Ak   zhol ", "Democratic Party Ak zhol"),
    ("Rukhaniyat", "Political Party Rukhaniat"),
]


_run = run_cli


def test_every_name_that_kzbrowser_parties_prints_finds_its_party(capsys):
    code, out, _ = _run(capsys, "parties")
    assert code == 0
    printed = [line[:54].rstrip() for line in out.splitlines()[1:]]
    assert len(printed) == 12
    for name in printed:
        code, out, err = _run(capsys, "party", name)
        assert code == 0, (name, err)
        assert out.splitlines()[0].startswith(name), name


@pytest.mark.parametrize(("typed", "full_name"), TYPED)
def test_party_and_search_party_accept_the_same_names(capsys, typed, full_name):
    code, out, err = _run(capsys, "party", typed, "--json")
    assert code == 0, err
    assert json.loads(out)["full_name"] == full_name
    code, out, err = _run(capsys, "search", "the", "--party", typed, "--json", "--limit", "200")
    assert code == 0, err
    found = json.loads(out)
    hits = found["quotes"] + found["paragraphs"]
    assert hits and {h["party_name"] for h in hits} == {full_name}


@pytest.mark.parametrize(("typed", "full_name"), [t for t in TYPED if "(" not in t[0]])
def test_the_query_language_knows_the_same_names(typed, full_name):
    # A party named in the query finds its texts even where they use another of its names.
    conn = connect_bundled()
    res = search(conn, typed, scope="all", limit=200)
    assert res.quotes or res.paragraphs
    assert any(h.party_name == full_name for h in res.quotes + res.paragraphs)


def test_a_name_and_an_abbreviation_of_two_parties_list_both(capsys):
    code, _, err = _run(capsys, "party", "Democratic Party (DCK)")
    assert code == 1 and err.count("\n") == 1
    assert "Democratic Party of Kazakhstan" in err and "Democratic Choice of Kazakhstan People's Party (DCK)" in err


@pytest.mark.parametrize(("typed", "full_name"), [
    ("Agrarians", "Agrarian Party of Kazakhstan"),  # a plural
    ("Democratic Choice", "Democratic Choice of Kazakhstan People's Party"),  # a unique part of a name
    ("Choice Democratic", "Democratic Choice of Kazakhstan People's Party"),  # in any order
    ("ＯＴＡＮ", "Republican Political Party Otan"),  # full-width letters (NFKC)
    ("Asar Party", "Republican Party Asar"),
])
def test_plurals_partial_names_and_compatibility_forms(capsys, typed, full_name):
    code, out, err = _run(capsys, "party", typed, "--json")
    assert code == 0, err
    assert json.loads(out)["full_name"] == full_name


@pytest.mark.parametrize(("typed", "expected"), [
    ("Communist Party", ["Communist Party of Kazakhstan (CPK)", "Communist People's Party of Kazakhstan (CPPK)"]),
    ("Republican Party", ["Republican Party Asar", "Republican Political Party Otan"]),
])
def test_an_ambiguous_name_lists_the_candidates_and_guesses_nothing(capsys, typed, expected):
    code, out, err = _run(capsys, "party", typed)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert all(e in err for e in expected), err


def test_an_unknown_name_suggests_the_closest(capsys):
    code, _, err = _run(capsys, "party", "Otann")
    assert code == 1 and "did you mean" in err and "Otan" in err


# Section 1 lists the ten parties of the 1999 election; section 3 says what became of some of them.
@pytest.mark.parametrize(("typed", "full_name", "how"), [
    ("Party of Revival of Kazakhstan", "Political Party Rukhaniat", "renamed"),  # "(renamed the ... Rukhaniyat)"
    ("PRK", "Political Party Rukhaniat", "renamed"),
    ("Republican Party of Labor", "Republican Political Party Otan", "joined"),  # "joined the Republican Party Otan"
])
def test_a_1999_name_leads_to_its_successor_and_says_so(capsys, typed, full_name, how):
    code, out, err = _run(capsys, "party", typed, "--json")
    assert code == 0
    assert json.loads(out)["full_name"] == full_name
    assert "1999" in err and how in err and "section 3" in err


def test_a_1999_party_the_article_follows_no_further_is_said_so(capsys):
    code, _, err = _run(capsys, "party", "People's Congress of Kazakhstan")
    assert code == 1 and "1999" in err and "does not say what became of it" in err


def test_an_empty_party_filter_is_an_error_not_ignored(capsys):
    code, out, err = _run(capsys, "search", "ethnic", "--party", "")
    assert code == 1 and out == "" and "empty" in err


def connect_bundled():
    from conftest import BUNDLED_DB

    return connect(BUNDLED_DB)


@pytest.mark.parametrize(("typed", "full_name"), [t for t in TYPED if t[0] not in ("the Agrarian Party", "Otan party")])
def test_the_party_list_filter_knows_the_same_names(qapp, typed, full_name):
    # The list filter finds a party while its name is typed: any part of a name that the resolver accepts.
    from kzbrowser.read.parties import Parties
    from kzbrowser.ui.party_models import DISPLAY_ROLE, PartyFilterProxy, PartyTableModel

    model = PartyTableModel()
    model.set_rows(Parties(connect_bundled()).summaries())
    proxy = PartyFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_needle(typed.strip()[:-2])  # half-typed
    shown = {proxy.data(proxy.index(r, 0), DISPLAY_ROLE) for r in range(proxy.rowCount())}
    assert any(s.startswith(full_name) for s in shown), shown


def test_a_key_that_is_also_a_word_of_several_names_guesses_nothing(capsys):
    # "democratic" is a database key, but Ak zhol, DCK, AuyI and the Democratic Party of Kazakhstan all say Democratic.
    code, out, err = _run(capsys, "party", "democratic")
    assert code == 1 and out == ""
    for name in ("Democratic Party Ak zhol", "Democratic Choice of Kazakhstan People's Party (DCK)",
                 "Democratic Party of Kazakhstan", "Kazakhstan Social-Democratic Party AuyI"):
        assert name in err


def test_a_name_pasted_with_endless_parentheses_is_one_short_line(capsys):
    code, _, err = _run(capsys, "party", "x" + " (a)" * 1200)
    assert code == 1 and err.count("\n") == 1 and len(err) < 300 and "no party called" in err


def test_a_name_given_to_two_parties_lists_both(tmp_path, capsys):
    from conftest import spoiled_copy

    db = spoiled_copy(tmp_path, "INSERT INTO party_names (party_key, name, name_start, name_end, kind, occurrences, "
                                "normalised) SELECT 'asar', name, name_start, name_end, 'variant', 0, normalised "
                                "FROM party_names WHERE party_key = 'otan' AND name = 'Otan';")
    code, _, err = _run(capsys, "--db", str(db), "party", "Otan")
    assert code == 1 and "Republican Party Asar" in err and "Republican Political Party Otan" in err
