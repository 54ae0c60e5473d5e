"""What the core says (kzbrowser.translate.Message), in Russian, around hostile values: a query, a file name, a
citation detail or an error text holding format fields ("{words}", "{0}", "{x!r}"), Qt's "%1", NUL and control
characters. The value is shown as it is, inside the Russian sentence; the sentence is never cut, garbled or an
exception, and the English (the command line's) stays what it was.
"""

from __future__ import annotations

import re
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BUNDLED_DB
from kzbrowser.read.db import DatabaseError, connect
from kzbrowser.read.search.engine import search
from kzbrowser.ui.i18n import translate

FIELDS = ["{words}", "{0}", "{problem!r}", "{}", "{", "}", "{{x}}", "%1", "%n", "{limit:,}", "a\x00b", "x\x1b[31m"]


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    c = connect(BUNDLED_DB)
    yield c
    c.close()


@pytest.mark.parametrize("typed", FIELDS)
def test_a_query_of_format_fields_is_said_as_typed_in_russian(russian, db, typed):
    query = f'"qqq {typed}'  # unclosed: the notice repeats the words searched for
    res = search(db, query)
    assert res.message is not None
    english, russian_text = res.notice, res.message.text(translate)
    assert english.startswith("A quotation mark is not closed")
    assert russian_text.startswith("Кавычка не закрыта, поэтому запрос искался как обычные слова")
    searched = re.compile(r"\): (.*?)\. ")  # the words searched for, after "(all must match): "
    assert searched.search(russian_text)[1] == searched.search(english)[1]


@given(st.text(max_size=80))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_query_gets_a_whole_russian_notice(russian, db, text):
    res = search(db, text)
    if res.message is None:
        return
    assert re.search("[а-яА-Я]", res.message.text(translate))  # a Russian sentence, never an exception
    assert res.notice == res.message.text()  # the English rendering is the command line's notice


@pytest.mark.parametrize("name", ["{reason}", "{path}{0}", "%1 {x!r}", "a}{b"])
def test_a_database_path_of_format_fields_is_named_whole_in_the_dialog(russian, tmp_path, name):
    from kzbrowser.ui.app import database_error_dialog

    path = tmp_path / name / "kz.sqlite"
    with pytest.raises(DatabaseError) as info:
        connect(path)
    text = database_error_dialog(info.value).text()
    assert f"Файл: {path}" in text and "Файл не существует." in text
    assert info.value.reason == "The file does not exist."


@pytest.mark.parametrize("error", ["{error}", "near \"{\": syntax error", "%1 %2", "x\x00y"])
def test_an_error_text_of_format_fields_is_quoted_whole(russian, tmp_path, error):
    err = DatabaseError.of(tmp_path / "kz.sqlite", "unusable", error=error)
    assert err.why.text(translate) == f"Файл не является пригодной базой данных SQLite ({error})."
    assert err.reason == f"The file is not a usable SQLite database ({error})."


@pytest.mark.parametrize("typed", ["{abcd}", "{label}", "%1", "{0!r}"])
def test_a_citation_detail_of_format_fields_is_quoted_whole(russian, qtbot, typed):
    from kzbrowser.read.citation import Source
    from kzbrowser.ui.cite_dialog import CitationDialog

    conn = connect(BUNDLED_DB)
    dialog = CitationDialog(Source.from_db(conn))
    conn.close()
    qtbot.addWidget(dialog)
    dialog.fields["volume"].setText(typed)
    assert dialog.problem.text() == (f"том: «{typed}» — это не номер тома или выпуска (буквы, цифры, напр., 6 "
                                     "или 3 (27))")


@pytest.mark.parametrize("name", ["{target}", "{folder}{0}", "%1"])
def test_a_file_name_of_format_fields_is_named_whole_when_it_cannot_be_written(russian, tmp_path, name):
    from kzbrowser.atomic import WriteError, write_atomically

    target = tmp_path / name / "x.md"
    with pytest.raises(WriteError) as info:
        write_atomically(target, lambda tmp: tmp.write_text("x"))
    assert info.value.why.text(translate) == f"не удаётся записать {target}: папки {target.parent} не существует"
    assert str(info.value) == f"cannot write {target}: the folder {target.parent} does not exist"
