"""kzbrowser's own words stored in the database (themes, checks, inferences: read/stored_words.py) are all listed for
translation, are translated in the window, and keep the article's words and the figures as stored."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from conftest import BUNDLED_DB, ROOT
from kzbrowser.present.about import render_about
from kzbrowser.present.compare import word
from kzbrowser.read import stored_words as W
from kzbrowser.read.db import connect


def fake(context: str, text: str) -> str:
    return f"RU[{context}]:" + text


@pytest.fixture(scope="module")
def db():
    conn = sqlite3.connect(f"{BUNDLED_DB.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    yield conn
    conn.close()


def test_every_theme_and_inference_in_the_database_is_listed(db):
    """A theme or inference added to annotations.toml without its entry here would stay English in the window."""
    labels = [r[0] for r in db.execute("SELECT label FROM themes")]
    assert len(labels) == 10 and set(labels) <= W.THEMES
    texts = {t for row in db.execute("SELECT statement, reason FROM inferences") for t in row}
    assert len(texts) == 14 and texts <= W.INFERENCES


def test_every_check_in_the_database_reads_back_as_a_template_and_its_values(db):
    rows = db.execute("SELECT title, detail FROM checks").fetchall()
    assert len(rows) == 36
    for text in (t for row in rows for t in row):
        found = W.check_message(text)
        assert found is not None, text
        assert found.template in W.CHECKS
        assert str(found) == text  # the template filled with its values is the stored English again


def test_a_checks_figures_and_party_stay_as_stored_when_translated():
    # typed from the database's rows (Table 4's Otan row; Asar's registration, section 3)
    assert W.check_words(fake, "Undecided = 47.4%") == "RU[Checks]:Undecided = 47.4%"
    assert (W.check_words(fake, "About 20% find Republican Political Party Otan useful")
            == "RU[Checks]:About 20% find Republican Political Party Otan useful")
    assert (W.check_words(fake, "registered December 2003 (month); the poll is dated only 2003")
            == "RU[Checks]:registered December 2003 (RU[Checks]:month); the poll is dated only 2003")
    detail = ("section 3: registered December 2003; footnote 2: registered practically two months before the "
              "parliamentary elections, which the article does not date. Both hold only if those elections were held "
              "about two months after December 2003")
    assert W.check_words(fake, detail) == "RU[Checks]:" + detail
    # a field named twice must be the same text both times: otherwise it is not this template's text
    assert W.check_message(detail.replace("after December 2003", "after May 2004")) is None


def test_a_stored_text_not_listed_is_shown_as_it_is_and_never_handed_to_translate():
    asked: list[str] = []

    def spy(context: str, text: str) -> str:
        asked.append(text)
        return "RU"

    for text in ("language\0", "Table 3 answers add up to 99%", "sum = ", "", "x" * 10_000):
        assert W.check_words(spy, text) == text
        assert W.theme(spy, text) == text
        assert W.inference(spy, text) == text
    assert asked == []


def test_the_compare_views_theme_words():
    assert word(fake, "theme: language, religion", True) == \
        "RU[Compare]:theme: RU[Themes]:language, RU[Themes]:religion"
    assert word(fake, "theme: language, not a theme", True) == \
        "RU[Compare]:theme: RU[Themes]:language, not a theme"


def test_about_the_data_translates_every_check_and_inference():
    conn = connect(BUNDLED_DB)
    page = render_about(conn, str(BUNDLED_DB), translate=fake).html
    conn.close()
    assert page.count("RU[Checks]:") >= 36 * 2  # every title and detail (and a precision inside some)
    assert page.count("RU[Inferences]:") == 14


def _messages(context: str) -> list[tuple[str, str]]:
    root = ET.parse(ROOT / "resources" / "i18n" / "kzbrowser_ru.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            return [(m.findtext("source") or "", m.findtext("translation") or "") for m in ctx.iter("message")]
    return []


FIELD = re.compile(r"\{\w+\}")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def test_the_russian_checks_keep_their_fields_and_figures():
    """The figures come from the fields (as stored); a number the template writes ("100%", "50,000", "1.5") keeps
    its printed form in Russian."""
    messages = _messages("Checks")
    assert {s for s, _ in messages} == set(W.CHECKS) | set(W.PRECISION.values())
    for source, russian in messages:
        assert re.search("[а-яё]", russian), source
        assert sorted(set(FIELD.findall(russian))) == sorted(set(FIELD.findall(source))), source
        assert sorted(NUMBER.findall(FIELD.sub("", russian))) == sorted(NUMBER.findall(FIELD.sub("", source))), source


def test_the_russian_inferences_keep_the_articles_words_as_quoted():
    """What an inference quotes from the article ('...') stays English in the Russian sentence."""
    messages = _messages("Inferences")
    assert {s for s, _ in messages} == W.INFERENCES
    for source, russian in messages:
        for quoted in re.findall(r"(?<!\w)'(.+?)'(?!\w)", source):
            if quoted == "probably":  # the profile's own word, not the article's: Russian in the Russian profile
                assert "«вероятно»" in russian
                continue
            assert quoted.replace("...", "…").casefold() in russian.casefold(), (quoted, russian)


def test_the_russian_themes_are_russian():
    messages = _messages("Themes")
    assert {s for s, _ in messages} == W.THEMES
    assert all(re.fullmatch(r"[а-яё -]+", r.lower()) for _, r in messages)


def test_no_inference_names_a_database_column_or_code(db, article_text):
    """What a reader sees of an inference is prose: no column name (media.circulation_note) or other identifier
    of kzbrowser's, only words, and any dotted or underscored word is the article's own."""
    identifier = re.compile(r"\b[A-Za-z]+(?:[._][A-Za-z]+)+\b")
    for statement, reason in db.execute("SELECT statement, reason FROM inferences"):
        for text in (statement, reason):
            assert [w for w in identifier.findall(text) if w not in article_text] == [], text
