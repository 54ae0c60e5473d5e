"""Keyword search: answers typed by hand from the article, highlights, fallbacks and the CLI."""

from __future__ import annotations

import json
import sqlite3

import pytest

from kzbrowser.cli import main
from kzbrowser.read.parties import UnknownParty
from kzbrowser.read.search.engine import CLOSE, OPEN, QUERY_HELP, search


def quote_parties(conn: sqlite3.Connection, q: str, **kw) -> set[str | None]:
    return {h.party_key for h in search(conn, q, scope="quotes", **kw).quotes}


def para_ids(conn: sqlite3.Connection, q: str) -> set[int]:
    return {h.id for h in search(conn, q, scope="article").paragraphs}


def test_internationalism_is_quoted_only_from_ak_zhol(conn):
    res = search(conn, "internationalism")
    assert [h.party_key for h in res.quotes] == ["akzhol"]
    assert res.quotes[0].text.endswith("in the spirit of patriotism and internationalism.")
    # ...but the prose on the Patriot Party, the CPK and the CPPK uses the word too
    parties = {h.party_key for h in res.paragraphs}
    assert {"patriot", "cpk", "cppk", "akzhol"} == parties
    assert not res.literal_fallback and res.notice is None


def test_ethnic_harmony_words_and_phrase(conn):
    # all words: the AuyI quote has "ethnic and confessional harmony"
    assert quote_parties(conn, "ethnic harmony") == {"civilian", "auyl", "rukhaniat"}
    # the exact phrase: only the Civilian Party and Rukhaniat quotes
    assert quote_parties(conn, '"ethnic harmony"') == {"civilian", "rukhaniat"}
    assert quote_parties(conn, "“ethnic harmony”") == {"civilian", "rukhaniat"}  # pasted curly quotes


def test_auyl_and_auyi_find_the_same_texts(conn):
    a, b = search(conn, "Auyl"), search(conn, "AuyI")
    assert {h.id for h in a.quotes} == {h.id for h in b.quotes} == {9, 10}  # the party's two quotes
    assert {h.id for h in a.paragraphs} == {h.id for h in b.paragraphs}
    newspaper = next(h for h in a.paragraphs if "bilingual newspaper" in h.text)
    # the normalised spelling matched: the printed "AuyI" is what gets highlighted
    assert [newspaper.text[x:y] for x, y in newspaper.matches] == ["AuyI"]


def test_party_names_and_variants(conn):
    assert quote_parties(conn, "Ak zhol") == {"akzhol"}
    assert quote_parties(conn, "CPK") == {"cpk"}
    assert quote_parties(conn, "Otan party") == {"otan"}
    # the article prints Rukhaniat and Rukhaniyat: either finds both
    hits = search(conn, "Rukhaniyat", scope="article").paragraphs
    marked = {h.text[a:b] for h in hits for a, b in h.matches}
    assert marked == {"Rukhaniat", "Rukhaniyat"}


def test_stemming(conn):
    assert para_ids(conn, "democrats") == para_ids(conn, "democratic")
    hit = next(h for h in search(conn, "democrats").quotes if h.id == 14)
    assert [hit.text[a:b] for a, b in hit.matches] == ["democratic"]


def test_or_and_not(conn):
    either = quote_parties(conn, "clashes OR internationalism")
    assert either == {"cpk", "akzhol"}
    with_ethnic = {h.id for h in search(conn, "ethnic", scope="quotes").quotes}
    without = {h.id for h in search(conn, "ethnic -harmony", scope="quotes").quotes}
    assert without == {h.id for h in search(conn, "ethnic NOT harmony", scope="quotes").quotes}
    assert without < with_ethnic and 12 not in without and 23 in without
    assert 12 not in {h.id for h in search(conn, 'ethnic -"ethnic harmony"', scope="quotes").quotes}


def test_prefix(conn):
    hits = search(conn, "internation*").paragraphs
    words = {h.text[a:b] for h in hits for a, b in h.matches}
    assert {"internationalism", "international"} <= words
    # the stemmer cuts the prefix "internation" to "intern": that matched "Internet", which does not start with it
    assert "Internet" not in words
    # "democratic" is indexed as its stem "democrat": a longer prefix still finds it
    assert 14 in {h.id for h in search(conn, "democrati*").quotes}


def test_highlight_positions_are_the_words(conn):
    # porter stems harmony and harmonious alike ("harmoni"), but harmonized differently ("harmon")
    for q, want in [("harmony", {"harmony", "harmonious"}), ("harmonious", {"harmonious", "harmony"}),
                    ('"civil peace"', {"civil peace"}), ("Kazakhstanis", {"Kazakhstanis", "Kazakhstani"})]:
        res = search(conn, q)
        seen = set()
        for h in res.quotes + res.paragraphs:
            assert h.matches, (q, h.id)
            seen |= {h.text[a:b] for a, b in h.matches}
            assert h.snippet.count(OPEN) == h.snippet.count(CLOSE) >= 1
            first = h.snippet.split(OPEN)[1].split(CLOSE)[0]
            assert first in want, q
        assert seen == want, q


def test_article_spans_lead_back_to_the_source(conn, article_text):
    for h in search(conn, "ethnic").quotes + search(conn, "ethnic").paragraphs:
        assert article_text[h.span[0]:h.span[1]].replace("\n\n", " ") .startswith(h.text[:30])
        assert [article_text[a:b] for a, b in h.article_matches] == [h.text[a:b] for a, b in h.matches]


def test_text_across_a_page_break_maps_to_both_pieces(conn, article_text):
    # Ak zhol's last quote continues after the footnote of page 3
    hit = next(h for h in search(conn, '"ethnic cultural centers" language').quotes)
    assert len(hit.article_matches) == 2
    assert [article_text[a:b] for a, b in hit.article_matches] == ["ethnic cultural centers", "language"]


def test_party_filter_and_scope(conn):
    res = search(conn, "harmony", party="auyl")
    assert {h.party_key for h in res.quotes + res.paragraphs} == {"auyl"}
    assert search(conn, "harmony", scope="quotes").paragraphs == []
    assert search(conn, "harmony", scope="article").quotes == []
    with pytest.raises(UnknownParty):
        search(conn, "harmony", party="green")


def test_results_are_ranked_and_counted(conn):
    res = search(conn, "ethnic", limit=3)
    assert len(res.quotes) == 3 and res.quote_total == 7
    scores = [h.score for h in res.paragraphs]
    assert scores == sorted(scores)


def test_empty_query(conn):
    for q in ("", "   ", "\n\t"):
        res = search(conn, q)
        assert res.quotes == res.paragraphs == [] and res.notice is None and not res.literal_fallback


@pytest.mark.parametrize("q", ['"ethnic harmony', "ethnic -", "ethnic harmony OR", "NOT ethnic NOT",
                               "(ethnic harmony)", "ethnic * harmony", "ethnic AND", "eth*nic harmony"])
def test_invalid_syntax_falls_back_to_a_literal_search(conn, q):
    res = search(conn, q)
    assert res.literal_fallback and res.notice
    assert res.quotes and res.paragraphs
    assert all("ethnic" in h.text.casefold() for h in res.quotes)


def test_fallback_notice_says_what_was_searched(conn):
    res = search(conn, '"ethnic harmony')
    assert "quotation mark is not closed" in res.notice and "ethnic harmony" in res.notice
    assert {h.party_key for h in res.quotes} == {"civilian", "auyl", "rukhaniat"}


def test_an_empty_result_is_never_silent(conn):
    for q in ("banana", "-ethnic", "*", "'; DROP TABLE quotes; --", "партия", "&&"):
        res = search(conn, q)
        assert res.notice, q
        assert not res.quotes and not res.paragraphs


def test_foreign_words_are_dropped_when_nothing_matches(conn):
    res = search(conn, "партия ethnic")
    assert res.literal_fallback and "партия" in res.notice
    assert res.quotes


def test_a_long_paste_finds_its_paragraph(conn, article_text):
    start = article_text.index("Ten parties registered")
    res = search(conn, article_text[start:start + 10_000])
    assert res.literal_fallback and "long" in res.notice
    assert res.paragraphs[0].text.startswith("Ten parties registered")


def test_search_does_not_write(fresh_db, tmp_path):
    from kzbrowser.read.db import connect

    before = fresh_db.read_bytes()
    c = connect(fresh_db)
    search(c, "ethnic harmony")
    search(c, '"unbalanced')
    c.close()
    assert fresh_db.read_bytes() == before


def test_query_help_explains_the_language():
    for needle in ('"ethnic harmony"', "OR", "-", "*", "democrats", "AuyI"):
        assert needle in QUERY_HELP


def test_cli_json(capsys):
    assert main(["search", "internationalism", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["literal_fallback"] is False and data["notice"] is None
    (q,) = data["quotes"]
    assert q["party_key"] == "akzhol" and q["party_name"] == "Democratic Party Ak zhol"
    a, b = q["matches"][0]
    assert q["text"][a:b] == "internationalism"
    assert set(q) >= {"kind", "id", "section", "text", "snippet", "span", "score", "article_matches"}
    assert len(data["paragraphs"]) == 4


def test_cli_fallback_json_and_filters(capsys):
    assert main(["search", '"ethnic harmony', "--json", "--party", "Auyl", "--quotes-only"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["literal_fallback"] is True and data["notice"]
    assert [q["id"] for q in data["quotes"]] == [9] and data["paragraphs"] == []


def test_cli_text_marks_matches_and_lines(capsys):
    assert main(["search", "ethnic clashes", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert "Communist Party of Kazakhstan" in out and "[line " in out
    assert "for class and [ethnic] [clashes]" in out


def test_cli_unknown_party(capsys):
    assert main(["search", "harmony", "--party", "Green Party"]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "Green Party" in err
