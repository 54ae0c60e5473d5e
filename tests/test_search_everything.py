"""Search finds everything the article prints: the title, the author, headings, captions, tables, footnotes; every
word under each of its prefixes; a phrase copied with its footnote mark. Expectations typed from the article."""

from __future__ import annotations

import json
import re

import pytest

from kzbrowser.cli import main
from kzbrowser.read.search.engine import search

# (query, the kind of text, the printed text it finds, as typed from the article)
PRINTED = [
    ("Kurganskaia", "author", "Valentina KURGANskaIA"),
    ("KURGANskaIA", "author", "Valentina KURGANskaIA"),
    ('"Institute of Philosophy and Political Studies"', "affiliation", "Leading research associate,"),
    ("Almaty", "affiliation", "Leading research associate,"),
    ('"party system in Kazakhstan and the ethnic issue"', "title",
     "THE PARTY SYSTEM IN KAZAKHSTAN AND THE ETHNIC ISSUE"),
    ('"Local Specifics of the Party System"', "heading", "1. Local Specifics of the Party System"),
    ('"New Approaches to the Nationalities Policy"', "heading", "4. New Approaches to the Nationalities Policy"),
    ('"The Party Asar"', "heading", "The Party Asar"),
    ('"Chart 3"', "heading", "Chart 3"),
    ('"Table 4"', "heading", "Table 4"),
    ('"Membership of the Political Parties"', "caption", "Membership of the Political Parties"),
    ('"What Do You Think about Political Processes"', "caption", "What Do You Think about Political Processes"),
    ("Panarin", "footnote", "A.S. Panarin, *Filosofia politiki*, Novaia Shkola Publishers, Moscow, 1996, p. 21."),
    ('"not yet registered"', "footnote", "By the time of the poll other parties were not yet registered."),
    ('"No Practical Result"', "table", "Obviously Useful\tUseful on the Whole\tRather Harmful\tNo Practical Result"),
    ('"Lack of a solid social basis"', "table", "Lack of a solid social basis\tNo changes"),
    ('"disgust"', "table", "* Active rejection, disgust\t2.3"),
]


@pytest.mark.parametrize(("q", "kind", "printed"), PRINTED)
def test_what_the_article_prints_outside_its_paragraphs_is_found(conn, article_text, q, kind, printed):
    hits = [h for h in search(conn, q, limit=200).passages if h.kind == kind]
    hit = next(h for h in hits if h.text.startswith(printed))
    assert article_text[hit.span[0]:hit.span[1]] == hit.text  # it links to where it is printed
    assert hit.matches and hit.snippet


def test_the_author_is_marked_as_printed(conn):
    (hit,) = search(conn, "Kurganskaia").passages
    assert hit.section is None and [hit.text[a:b] for a, b in hit.matches] == ["KURGANskaIA"]


def test_a_party_heading_and_table_lines_belong_to_the_party(conn):
    texts = {(h.kind, h.text) for h in search(conn, "Asar", party="asar", scope="article").passages}
    assert ("heading", "The Party Asar") in texts
    assert ("table", "8\tRepublican Party Asar\t180,000") in texts


@pytest.mark.parametrize(("q", "starts"), [
    ('"Concise Information about Parties⁶"', "3. Concise Information about Parties"),
    ("Parties⁶ Concise", "3. Concise Information about Parties"),
    ('"Membership of the Political Parties²"', "Membership of the Political Parties"),
])
def test_a_heading_copied_with_its_footnote_mark_matches(conn, q, starts):
    assert any(h.text == starts for h in search(conn, q).passages), q


def test_a_sentence_copied_with_its_footnote_mark_matches(conn):
    # "As of 1 July, 2004 there were 12 registered political parties¹ (see Table 1)."
    for q in ('"12 registered political parties¹"', '"registered political parties"', "parties¹ registered 12"):
        hits = search(conn, q, scope="article").paragraphs
        assert any(h.text.startswith("In 2002 Kazakhstan acquired a new Law") for h in hits), q
    # "...members of one of the parties.³ This"
    hits = search(conn, '"one of the parties"', scope="article").paragraphs
    assert any("members of one of the parties.³" in h.text for h in hits)


@pytest.mark.parametrize(("q", "word"), [("auy*", "AuyI"), ("analy*", "analysis"), ("bay*", "Baymenov"),
                                         ("administratio*", "administration"), ("Kurgan*", "KURGANskaIA")])
def test_the_prefixes_the_stemmer_rewrote(conn, q, word):
    res = search(conn, q, limit=200)
    assert word in {h.text[a:b] for h in res.hits for a, b in h.matches}, q


def _article_words(article: str) -> list[tuple[int, str]]:
    # The oracle: runs of ASCII letters and digits, cut by hand (footnote marks, apostrophes, hyphens, commas and
    # full stops separate words: "19th", "59", "890", "party", "s"). The article has no other letters.
    return [(m.start(), m.group().lower()) for m in re.finditer(r"[A-Za-z0-9]+", article)]


def test_every_prefix_finds_every_text_with_a_word_that_starts_so(conn, article_text):
    words = _article_words(article_text)
    every = sorted({w[:n] for _, w in words for n in range(3, 7) if len(w) >= n})
    assert len(every) > 2500
    # a quarter of them (all pass; the whole set takes 20 s), and those the stemmer rewrote
    prefixes = [*every[::4], "auy", "analy", "bay", "administratio"]
    missed = []
    for p in prefixes:
        hits = search(conn, f"{p}*", limit=10_000).hits
        spans = [h.span for h in hits]
        for at, w in words:
            if w.startswith(p) and not any(a <= at < b for a, b in spans):
                missed.append(f"{p}*: {article_text[at:at + 20]!r} at {at}")
    assert not missed, f"{len(missed)} missed, e.g. {missed[:10]}"


def test_every_word_of_the_article_is_found(conn, article_text):
    words = _article_words(article_text)
    missed = []
    for w in sorted({w for _, w in words}):
        spans = [h.span for h in search(conn, w, limit=10_000).hits]
        missed += [f"{w} at {at}" for at, v in words if v == w and not any(a <= at < b for a, b in spans)]
    assert not missed, f"{len(missed)} missed, e.g. {missed[:10]}"


def test_cli_text_says_what_kind_of_text_and_where(capsys):
    assert main(["search", "Kurganskaia"]) == 0
    out = capsys.readouterr().out
    assert "Author" in out and "[line 5, chars 55-76]" in out and "Valentina [KURGANskaIA]" in out


def test_cli_json_gives_kind_and_span(capsys):
    assert main(["search", "Panarin", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (note,) = data["passages"]
    assert note["kind"] == "footnote" and note["section"] == 2
    a, b = note["span"]
    assert note["text"][:11] == "A.S. Panarin"[:11] and b - a == len(note["text"])
