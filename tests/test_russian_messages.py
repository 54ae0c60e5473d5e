"""What the Qt-free core says to the user (kzbrowser.translate.Message): in Russian in the window, in English,
unchanged, on the command line.

The Russian expectations are typed from resources/i18n/kzbrowser_ru.ts; the English ones from what the command
line printed before these sentences became Messages.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QWidget

from conftest import BUNDLED_DB, make_other_sqlite, run_cli, set_user_version
from kzbrowser.read.db import DatabaseError, connect
from kzbrowser.read.search import cyrillic
from kzbrowser.read.search.engine import search
from kzbrowser.translate import Message, joined


# -- Message, Qt-free -----------------------------------------------------------------------------------------
def _fake(table: dict[tuple[str, str], str]):
    return lambda context, text: table.get((context, text), text)


def test_a_message_is_english_unless_translated_and_its_values_are_never_translated():
    said = Message.of("Ctx", "No {what} matches {words:>3}.", what=Message.of("Ctx", "quote"), words="ab")
    assert str(said) == said.text() == "No quote matches  ab."
    ru = _fake({("Ctx", "No {what} matches {words:>3}."): "Нет: {what}, {words}", ("Ctx", "quote"): "цитата",
                ("Ctx", "ab"): "НЕ ТО"})
    assert said.text(ru) == "Нет: цитата, ab"


def test_a_translation_with_a_field_the_template_lacks_falls_back_to_english():
    said = Message.of("Ctx", "{count} parties", count=3)
    assert said.text(_fake({("Ctx", "{count} parties"): "партий: {number}"})) == "3 parties"
    assert said.text(_fake({("Ctx", "{count} parties"): "партий: {count"})) == "3 parties"


def test_plain_and_joined_messages_keep_their_text_braces_included():
    def shout(context: str, text: str) -> str:  # a catalogue that would change any text handed to it
        return text.upper()

    assert Message.plain("a {brace} }{").text(shout) == "a {brace} }{"
    parts = joined("; ", ["a{0}", Message.of("C", "b"), "c"])
    assert parts.text() == "a{0}; b; c" and parts.text(shout) == "a{0}; B; c"
    assert joined(" ", []).text() == ""


def test_many_latin_forms_are_counted_in_english():
    # typed from the wording before: "(and N more)" after the first six forms
    read_as = (cyrillic.ReadAs("Ка*", tuple("abcdefgh")), cyrillic.ReadAs("Отан", ("Otan",)))
    assert cyrillic.describe(read_as) == ("In the article's spelling: Ка* → a / b / c / d / e / f (and 2 more); "
                                          "Отан → Otan.")


# -- the command line stays English -------------------------------------------------------------------------
@pytest.mark.parametrize(("query", "first_line"), [
    ("qqqzzz", "No quote or paragraph matches qqqzzz."),
    ('"unclosed', "A quotation mark is not closed, so the query was searched as plain words (all must match): "
                  "unclosed. No quote or paragraph matches unclosed."),
    ("-only", "The query only excludes words; add a word to search for."),
    ("democra* OR", "The query ends with an operator, so the query was searched as plain words (all must match): "
                    "democra. No quote or paragraph matches democra."),
    ("x OR OR y", "OR follows another operator, so the query was searched as plain words (all must match): x y. "
                  "No quote or paragraph matches x, y."),
    ("(ethnic)", "Parentheses are not part of the query language, so the query was searched as plain words (all must "
                 "match): ethnic."),
])
def test_the_command_lines_search_notices_are_unchanged(capsys, query, first_line):
    code, out, _ = run_cli(capsys, "search", "--", query)
    assert code == 0 and out.splitlines()[0] == first_line


def test_the_command_lines_search_json_keeps_its_notice(capsys):
    _, out, _ = run_cli(capsys, "search", "--json", "--", "qqqzzz")
    data = json.loads(out)
    assert list(data) == ["query", "quotes", "paragraphs", "literal_fallback", "notice", "quote_total",
                          "paragraph_total", "passages", "passage_total", "read_as"]
    assert data["notice"] == "No quote or paragraph matches qqqzzz."


def test_cyrillic_read_as_on_the_command_line_is_unchanged(capsys):
    _, out, _ = run_cli(capsys, "search", "--limit", "1", "--", "партия Отан")
    assert out.splitlines()[:2] == ["In the article's spelling: Отан → Otan.",
                                    "The article is in English and has no партия, so the query was searched as plain "
                                    "words (all must match): otan."]


@pytest.mark.parametrize(("argv", "said"), [
    (["cite", "--year", "abcd"], "year: 'abcd' is not a year (four digits, e.g. 2004)"),
    (["cite", "--volume", "6"], "kzbrowser: volume, issue and pages are a journal's: give the journal too"),
    (["cite", "--journal", "J", "--pages", "xx"], "pages: 'xx' is not a page or page range (e.g. 45-52)"),
    (["compare", "Otan"], "kzbrowser: compare takes 2 to 6 parties, not 1"),
])
def test_the_command_lines_refusals_are_unchanged(capsys, argv, said):
    try:
        code, _, err = run_cli(capsys, *argv)
    except SystemExit as exc:  # argparse refuses an option's value itself
        code, err = exc.code, capsys.readouterr().err
    assert code != 0 and said in err


def test_the_command_lines_database_reasons_are_unchanged(capsys, tmp_path):
    code, _, err = run_cli(capsys, "parties", "--db", str(tmp_path / "none.sqlite"))
    assert code != 0 and err.strip() == f"kzbrowser: {tmp_path / 'none.sqlite'}: The file does not exist."
    code, _, err = run_cli(capsys, "parties", "--db", str(tmp_path))
    assert err.strip() == f"kzbrowser: {tmp_path}: This is a folder, not a database file."


# -- the window says them in Russian --------------------------------------------------------------------------
@pytest.fixture
def pane(russian, qtbot, tmp_path):
    from kzbrowser.ui.main_window import MainWindow

    conn = connect(BUNDLED_DB)
    win = MainWindow(conn, BUNDLED_DB, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    yield win.search_tab.get()
    win.close()
    conn.close()


@pytest.mark.parametrize(("query", "notice"), [
    ("qqqzzz", "Нет цитат и абзацев по запросу: qqqzzz."),
    ('"unclosed', "Кавычка не закрыта, поэтому запрос искался как обычные слова (должны совпасть все): unclosed. "
                  "Нет цитат и абзацев по запросу: unclosed."),
    ("-only", "Запрос только исключает слова; добавьте слово, которое нужно найти."),
    ("democra* OR", "Запрос заканчивается оператором, поэтому запрос искался как обычные слова (должны совпасть все): "
                    "democra. Нет цитат и абзацев по запросу: democra."),
    ("x OR OR y", "OR стоит сразу после другого оператора, поэтому запрос искался как обычные слова (должны совпасть "
                  "все): x y. Нет цитат и абзацев по запросу: x, y."),
    ("(ethnic)", "Скобки не входят в язык запросов, поэтому запрос искался как обычные слова (должны совпасть все): "
                 "ethnic."),
    ("Отан", "В написании статьи: Отан → Otan."),
    ("партия Отан", "В написании статьи: Отан → Otan. Статья написана по-английски, в ней нет: партия, поэтому запрос "
                    "искался как обычные слова (должны совпасть все): otan."),
])
def test_the_search_notices_are_in_russian(pane, query, notice):
    pane.field.setText(query)
    pane.run_search()
    assert pane.notice.text() == notice


def test_a_search_of_one_partys_texts_says_so_in_russian(pane):
    pane.party.setCurrentIndex(pane.party.findData("otan"))
    pane.field.setText("qqqzzz")
    pane.run_search()
    assert pane.notice.text() == "Нет цитат и абзацев этой партии по запросу: qqqzzz."


def test_a_long_paste_is_said_in_russian(russian):
    from kzbrowser.ui.i18n import translate

    conn = connect(BUNDLED_DB)
    res = search(conn, " ".join(f"w{i}" for i in range(30)))
    conn.close()
    assert res.message is not None and res.message.text(translate).startswith(
        "Слов в запросе: 30, поэтому искалось любое из слов запроса, сначала лучшие совпадения: w0 w1")


def _dialog_text(error: DatabaseError) -> str:
    from kzbrowser.ui.app import database_error_dialog

    return database_error_dialog(error).text()


def test_why_a_database_cannot_be_opened_is_in_russian(russian, tmp_path, db_copy):
    def reason(path) -> str:
        with pytest.raises(DatabaseError) as info:
            connect(path)
        return _dialog_text(info.value)

    assert "Файл не существует." in reason(tmp_path / "none.sqlite")
    assert "Это папка, а не файл базы данных." in reason(tmp_path)
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert "Файл пуст (0 байт)." in reason(tmp_path / "empty.sqlite")
    make_other_sqlite(tmp_path / "other.sqlite")
    assert "Это файл SQLite, но не база данных kzbrowser (application_id 0x0, ожидался 0x4b5a4252)." in reason(
        tmp_path / "other.sqlite")
    set_user_version(db_copy, 99)
    text = reason(db_copy)
    assert "Версия схемы базы данных — 99; эта версия kzbrowser читает версию" in text
    assert text.startswith("kzbrowser не может открыть свою базу данных.")


def test_a_database_missing_a_table_says_which_in_russian(russian, db_copy):
    c = sqlite3.connect(db_copy)
    c.execute("DROP TABLE footnotes")
    c.commit()
    c.close()
    with pytest.raises(DatabaseError) as info:
        connect(db_copy)
    assert "В базе данных нет того, что читает kzbrowser: нет таблицы footnotes." in _dialog_text(info.value)
    assert info.value.reason == ("The database does not have the contents kzbrowser reads: the table footnotes is "
                                 "missing.")


@pytest.mark.parametrize(("field", "typed", "problem"), [
    ("year", "abcd", "год: «abcd» — это не год (нужны четыре цифры, напр., 2004)"),
    ("year", "1990", "год: 1990 невозможен: статья сообщает о событиях декабря 2004 года (укажите 2004-2100)"),
    ("pages", "xx", "страницы: «xx» — это не страница и не диапазон страниц (напр., 45-52)"),
    ("url", "ftp://x", "веб-адрес: укажите полный адрес http:// или https:// без пробелов"),
    ("volume", "6", "том, номер и страницы бывают только у журнала: укажите и журнал"),
])
def test_the_citation_dialogs_problems_are_in_russian(russian, qtbot, field, typed, problem):
    from kzbrowser.read.citation import Source
    from kzbrowser.ui.cite_dialog import CitationDialog

    conn = connect(BUNDLED_DB)
    dialog = CitationDialog(Source.from_db(conn))
    conn.close()
    qtbot.addWidget(dialog)
    dialog.fields[field].setText(typed)
    assert dialog.problem.text() == problem


def test_why_parties_cannot_be_compared_is_in_russian(russian, qtbot):
    from kzbrowser.read.citation import Source
    from kzbrowser.ui.compare_view import CompareView

    conn = connect(BUNDLED_DB)
    view = CompareView(conn, Source.from_db(conn))
    qtbot.addWidget(view)
    assert not view.set_parties(["otan"])
    assert view.message.text().startswith("Для сравнения нужно от 2 до 6 партий, а выбрано: 1. Выберите в списке")
    assert not view.set_parties(["otan", "otan"])
    assert view.message.text().startswith("Партия указана дважды: указывайте каждую партию один раз. ")
    conn.close()


def _texts(dialog: QWidget) -> set[str]:
    from PySide6.QtWidgets import QComboBox

    out = {w.text() for w in dialog.findChildren(QLabel)}
    for box in dialog.findChildren(QComboBox):
        out |= {box.itemText(i) for i in range(box.count())}
    return out


def test_qts_file_dialog_and_our_filters_are_in_russian(russian, qtbot, monkeypatch, tmp_path):
    """The chart tab's PNG export asks with Qt's own (non-native) dialog here: its labels come from Qt's catalogue,
    except the two kzbrowser supplies (ui/i18n.py QT_MISSING), and the filter is ours."""
    from kzbrowser.ui.charts.tab import ChartsTab

    seen: list[set[str]] = []

    def answer(dialog: QFileDialog) -> int:
        seen.append(_texts(dialog) | {dialog.windowTitle()})
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", answer)
    conn = connect(BUNDLED_DB)
    tab = ChartsTab(conn, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(tab)
    assert tab.ask_path("png") == ""
    conn.close()
    assert {"&Перейти к:", "&Имя файла:", "&Типы файлов:", "Изображение PNG (*.png)"} <= seen[0]
    assert "Экспорт: Численность (таблица 1) в PNG" in seen[0]


# -- files that could not be written: said in Russian in the window, in English on the command line ------------
def test_a_chart_export_that_fails_says_why_in_russian(russian, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from kzbrowser.ui.charts.tab import ChartsTab

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(f"{title}\n{text}"))
    conn = connect(BUNDLED_DB)
    tab = ChartsTab(conn, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(tab)
    target = tmp_path / "gone" / "chart.csv"
    monkeypatch.setattr(tab, "ask_path", lambda fmt: str(target))
    assert tab.export_with_dialog("csv") is None
    conn.close()
    assert said == [f"Экспорт не удался\nДиаграмма не экспортирована.\n\nне удаётся записать {target}: папки "
                    f"{target.parent} не существует"]


def test_an_export_of_search_results_that_fails_says_why_in_russian(russian, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from kzbrowser.ui import save

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    target = tmp_path / "a-folder"
    target.mkdir()
    monkeypatch.setattr(save, "ask_save_path", lambda *args: target)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert save.save_text(parent, "text", "x.md", "Markdown (*.md)",
                          QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) is None
    assert f"не удаётся записать {target}: это папка; укажите имя файла" in said[0]


def test_a_pdf_that_cannot_be_written_says_why_in_russian(russian, tmp_path):
    from kzbrowser.ui.i18n import translate
    from kzbrowser.ui.printing import Doc, PrintError, write_pdf

    target = tmp_path / "gone" / "x.pdf"
    with pytest.raises(PrintError) as info:
        write_pdf(target, Doc("T", "<p>text</p>", "citation"), "a4")
    assert info.value.why.text(translate) == f"не удаётся записать {target}: папки {target.parent} не существует"
    assert str(info.value) == f"cannot write {target}: the folder {target.parent} does not exist"


@pytest.mark.parametrize(("argv", "said"), [
    (["export-chart", "membership", "-o", "{tmp}/gone/x.png"],
     "kzbrowser: export failed: cannot write {tmp}/gone/x.png: the folder {tmp}/gone does not exist"),
    (["export-chart", "membership", "-o", "{tmp}/x.png", "--width", "5"],
     "kzbrowser: width 5 px is out of range (100-20000)"),
    (["export-chart", "membership", "-o", "{tmp}/here.png"],
     "kzbrowser: export failed: {tmp}/here.png exists; not replacing it (choose another name, or pass --force)"),
    (["export-chart", "membership", "-o", "{tmp}/x.gif"],
     "kzbrowser: export failed: unknown format 'gif': choose one of png, svg, pdf, csv"),
    (["export-party", "Otan", "-o", "{tmp}/gone/x.pdf"],
     "kzbrowser: export failed: cannot write {tmp}/gone/x.pdf: the folder {tmp}/gone does not exist"),
])
def test_the_command_lines_export_failures_are_unchanged(capsys, tmp_path, argv, said):
    (tmp_path / "here.png").write_bytes(b"kept")
    code, _, err = run_cli(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert code != 0 and err.strip() == said.format(tmp=tmp_path)
    assert (tmp_path / "here.png").read_bytes() == b"kept"


def test_qts_file_dialog_says_a_files_type_in_russian(russian, qtbot, tmp_path):
    """Qt 6 names a file's type in QAbstractFileIconProvider's context, which qtbase_ru.qm lacks."""
    from PySide6.QtWidgets import QListView, QSplitter, QTreeView

    from kzbrowser.ui.save import save_dialog

    (tmp_path / "sub").mkdir()
    (tmp_path / "other").mkdir()
    dialog = save_dialog(None, "Экспорт", str(tmp_path), "Изображение PNG (*.png)", "png")
    qtbot.addWidget(dialog)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    model = dialog.findChild(QTreeView).model()
    root = model.index(str(tmp_path))
    qtbot.waitUntil(lambda: model.rowCount(root) == 2)
    assert [model.index(r, 2, root).data() for r in range(2)] == ["Папка", "Папка"]
    # Its places are not cut short ("Ко…" for Компьютер), even where Qt restores a narrow sidebar it saved before.
    side = dialog.findChild(QListView, "sidebar")
    dialog.findChild(QSplitter, "splitter").setSizes([20, 600])
    assert side.width() >= side.sizeHintForColumn(0)  # the width its longest place's icon and name need
