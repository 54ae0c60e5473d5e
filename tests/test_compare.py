"""Compare parties (issue 12): the Qt-free comparison, its themes and groups, checked against the article.

Expectations are typed from the article (resources/party-system-in-kazakhstan-and-the-ethnic-issue.txt).
"""

from __future__ import annotations

import pytest

from kzbrowser.build.anchors import load
from kzbrowser.build.pipeline import BuildError, build_from_text
from kzbrowser.present.compare import printable, render_comparison
from kzbrowser.read.compare import NOT_IN_ARTICLE, CompareError, compare, group_keys
from kzbrowser.read.parties import Parties


def _row(cmp, label):
    return next(r for r in cmp.rows if r.label == label)


def _texts(cell):
    return [i.text for i in cell]


def test_membership_and_table4_as_printed(conn):
    cmp = compare(conn, ["otan", "cpk", "democratic"])
    assert [c.key for c in cmp.parties] == ["otan", "cpk", "democratic"]
    # Table 1: "Republican Political Party Otan 300,000", "Communist Party of Kazakhstan (CPK) 59,890",
    # "Democratic Party of Kazakhstan No data"
    assert [_texts(c) for c in _row(cmp, "Members (Table 1)").cells] == [["300,000"], ["59,890"], ["No data"]]
    assert _row(cmp, "Members (Table 1)").cells[2][0].note == "unknown, not zero"
    # Table 4: Otan 10.5 23.8 2.2 16.1 47.4; CPK 3.0 15.8 4.7 19.1 57.4 (3.0 keeps its printed ".0")
    labels = ["Obviously Useful", "Useful on the Whole", "Rather Harmful", "No Practical Result", "Undecided"]
    otan = [_row(cmp, lab).cells[0][0].text for lab in labels]
    cpk = [_row(cmp, lab).cells[1][0].text for lab in labels]
    assert otan == ["10.5", "23.8", "2.2", "16.1", "47.4"]
    assert cpk == ["3.0", "15.8", "4.7", "19.1", "57.4"]
    assert _row(cmp, "Undecided").cells[1][0].number == 57.4
    # The Democratic Party was not yet registered at the poll (footnote 5): said so, not left blank
    assert _row(cmp, "Undecided").cells[2][0].text == "not in Table 4"
    first = _row(cmp, labels[0]).cells[2][0]  # why, once: and that footnote 5 names no party
    assert first.note.split("; ") == ["not yet registered at the time of the poll: footnote 5",
                                      "inference: it names no party"]
    assert cmp.scale == 100.0


def test_dates_keep_their_printed_precision(conn, article_text):
    cmp = compare(conn, ["cpk", "akzhol"])
    registered = _row(cmp, "Registered").cells
    # "it was registered in February 1994"; "The party was registered on 3 April, 2002"
    assert (registered[0][0].text, registered[0][0].note) == ("February 1994", "month only")
    assert (registered[1][0].text, registered[1][0].note) == ("3 April, 2002", "exact day")
    s, e = registered[0][0].spans[0]
    assert "February 1994" in article_text[s:e]


def test_every_empty_cell_says_so_and_every_item_has_a_span_and_a_citation(conn, article_text):
    cmp = compare(conn, ["otan", "asar", "dck", "cpk", "cppk", "democratic"])
    assert len(cmp.parties) == 6
    for row in cmp.rows:
        assert row.empty.strip(), row.label
        for cell in row.cells:
            for item in cell:
                assert item.spans and item.cite and "Kurganskaia" in item.cite, (row.label, item)
                for s, e in item.spans:
                    assert 0 <= s < e <= len(article_text)
    # Otan has no abbreviation in the article and no social basis
    assert _row(cmp, "Abbreviation").cells[0] == () and _row(cmp, "Abbreviation").empty == NOT_IN_ARTICLE
    assert _row(cmp, "Social basis").cells[0] == ()


def test_groups_as_the_article_states_them(conn):
    groups = Parties(conn).groups()
    # footnote 1: "The two Communist parties and the Democratic Choice of Kazakhstan (DCK) are opposition parties."
    assert set(groups["opposition"]) == {"cpk", "cppk", "dck"}
    # Table 4 lists 7 parties; footnote 5: the others were not yet registered
    assert set(groups["not-in-poll"]) == {"rukhaniat", "asar", "dck", "democratic", "cppk"}
    # "The party resolutely supports the presidential course" (Rukhaniat); Asar "supports ... the reforms carried
    # out by the country's president". Nobody else is said to: "pro-presidential parties" are not listed.
    assert set(groups["supports-president"]) == {"rukhaniat", "asar"}
    assert group_keys(conn, "opposition") == groups["opposition"]
    with pytest.raises(CompareError, match="no group"):
        group_keys(conn, "pro-presidential")


def test_registration_at_the_poll_is_marked_as_an_inference_either_way(conn):
    # Footnote 5, "By the time of the poll other parties were not yet registered.", names no party, and says
    # nothing in so many words about the seven Table 4 lists: both readings are kzbrowser's inference.
    cmp = compare(conn, ["otan", "democratic"])
    otan, democratic = (cell[0] for cell in _row(cmp, "At the time of the poll (Table 4, footnote 5)").cells)
    assert otan.text == "registered (in Table 4)" and democratic.text == "not yet registered"
    for item in (otan, democratic):
        parts = item.note.split("; ")
        assert parts[0] == "footnote 5" and parts[1].startswith("inference: ")


def test_stance_is_not_stated_unless_the_article_states_it(conn, article_text):
    cmp = compare(conn, ["otan", "rukhaniat", "cpk"])
    stance = _row(cmp, "Stance toward the president's course")
    assert stance.cells[0] == () and stance.empty == "not stated"  # Otan: chaired by the president, no stance
    assert stance.cells[2] == ()  # CPK "disagrees with the reforms now underway": not about the president's course
    s, e = stance.cells[1][0].spans[0]
    assert article_text[s:e] == "The party resolutely supports the presidential course"


def test_quotes_grouped_by_theme_keep_their_marks(conn):
    cmp = compare(conn, ["cpk", "civilian"])
    ethnic = _row(cmp, "ethnic relations")
    assert ethnic.ours and "kzbrowser" in ethnic.group
    # CPK's address: the conditions "for class and ethnic clashes" (straight marks as printed)
    assert [(i.text, i.marks, i.note) for i in ethnic.cells[0]] == [("for class and ethnic clashes", "straight",
                                                                     "address")]
    # Civilian: "support for the efforts to create a uniform Kazakhstani society, strengthening civil peace and
    # ethnic harmony in the country."
    assert any("strengthening civil peace and ethnic harmony" in i.text for i in ethnic.cells[1])
    equal = _row(cmp, "citizenship and equal rights")
    assert equal.cells[0] == () and equal.empty == "no quote with this theme"
    assert "all its citizens enjoy equal rights and opportunities" in equal.cells[1][0].text


def test_section4_positions_with_their_themes(conn):
    cmp = compare(conn, ["rukhaniat", "cpk"])
    row = _row(cmp, "New elements of nationalities policy")
    # "Concentration on creating equal opportunities for promotion at work (Rukhaniat)"
    assert _texts(row.cells[0]) == ["Concentration on creating equal opportunities for promotion at work"]
    assert row.cells[0][0].note == "theme: citizenship and equal rights"
    assert row.cells[1][0].text.startswith("Statements that the conditions for “class and ethnic clashes”")


@pytest.mark.parametrize(("keys", "message"), [(["otan"], "2 to 6 parties, not 1"),
                                               (["otan", "asar", "cpk", "cppk", "dck", "patriot", "auyl"],
                                                "2 to 6 parties, not 7"),
                                               (["otan", "otan"], "given twice"), ([], "not 0")])
def test_two_to_six_parties_each_once(conn, keys, message):
    with pytest.raises(CompareError, match=message):
        compare(conn, keys)


def test_html_has_a_link_per_item_and_says_whose_classification_themes_are(conn):
    cmp = compare(conn, ["otan", "asar", "dck", "cpk"])
    page = render_comparison(cmp)
    assert "kzbrowser&#x27;s classification, not the article&#x27;s" in page.html
    items = sum(len(c) for r in cmp.rows for c in r.cells)
    assert len(page.actions) == items
    assert all(a.kind == "show" and a.spans and a.text for a in page.actions.values())
    title, doc = printable(cmp)
    assert title.startswith("Comparison: Republican Political Party Otan")
    assert "kz:" not in doc and "300,000" in doc and "#000000" in doc  # for paper: no links, black on white


def _notes_with(extra: str):
    from conftest import ANNOTATIONS

    return load(ANNOTATIONS.read_text(encoding="utf-8") + extra, is_text=True)


@pytest.mark.parametrize(("extra", "message"), [
    ('\n[[quote_theme]]\nparty = "otan"\nanchor = "no such words here"\nthemes = ["language"]\n',
     r"\[\[quote_theme\]\] #\d+ \(party 'otan', anchor 'no such words here'\).*not found"),
    # in Otan's part but in no quote of Otan
    ('\n[[quote_theme]]\nparty = "otan"\nanchor = "rejects the idea of an ethnocratic state"\nthemes = ["language"]\n',
     r"line \d+: the anchor is not inside one of the party's quotes"),
    ('\n[[quote_theme]]\nparty = "otan"\nanchor = "Contemporary democratic society"\nthemes = ["migration"]\n',
     r"theme 'migration' is not one of"),
    ('\n[[position_theme]]\nanchor = "The opposition parties prefer"\nthemes = ["language"]\n',
     r"\[\[position_theme\]\] #\d+ .*line \d+: the anchor is not inside one section-4 clause"),
    ('\n[[stance]]\nparty = "otan"\nstance = "supports"\nanchor = "supports the presidential course"\n',
     r"\[\[stance\]\] #\d+ \(party 'otan'\).*not found"),
])
def test_a_bad_theme_or_stance_anchor_fails_the_build_naming_the_entry(tmp_path, article_text, extra, message):
    with pytest.raises(BuildError, match=message):
        build_from_text(article_text, _notes_with(extra), tmp_path / "kz.sqlite")
    assert not (tmp_path / "kz.sqlite").exists()


def test_search_takes_a_group_of_parties(conn):
    from kzbrowser.read.search.engine import search

    groups = Parties(conn).groups()
    res = search(conn, "ethnic", party=groups["opposition"])
    keys = {h.party_key for h in res.hits if h.kind == "quote"}
    # the CPK's address: conditions "for class and ethnic clashes"; no other opposition party is quoted on it
    assert keys == {"cpk"}
    every = {h.party_key for h in search(conn, "ethnic").hits if h.kind == "quote"}
    assert every > keys


def test_a_name_in_a_narrow_column_wraps_between_its_words(conn):
    # Four columns at 1366 x 768: "Republican Political Party Otan" kept on one line was broken inside a word
    # ("Par ty"); in the Compare view the item links may wrap between words.
    page = render_comparison(compare(conn, ["otan", "cpk", "asar", "akzhol"]))
    assert "Republican Political Party Otan</span></a>" in page.html
    assert "white-space:nowrap" not in page.html
