"""Search across scripts: names typed in Cyrillic (Russian or Kazakh) find the Latin forms the article prints.

The Latin forms are typed from the article text; the Cyrillic is the usual Russian or Kazakh spelling."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from kzbrowser.read import names
from kzbrowser.read.search.engine import search

NAMES = [
    # parties
    ("Отан", "Otan"),
    ("Ак жол", "Ak zhol"),  # Russian spelling
    ("Ақ жол", "Ak zhol"),  # Kazakh spelling
    ("Ауыл", "AuyI"),  # the article prints AuyI (read as Auyl)
    ("Асар", "Asar"),
    ("Руханият", "Rukhaniat"),
    ("Алаш", "Alash"),  # a party of the 1999 election
    # people
    ("Назарбаев", "Nazarbaev"),
    ("Нурсултан", "Nursultan"),
    ("Дарига Назарбаева", "Dariga Nazarbaeva"),
    ("Туякбай", "Tuiakbay"),
    ("Тұяқбай", "Tuiakbay"),
    ("Жакиянов", "Zhakianov"),
    ("Галымжан", "Galymzhan"),
    ("Джаганова", "Djaganova"),
    ("Джандосов", "Djandosov"),
    ("Байменов", "Baymenov"),
    ("Абдильдин", "Abdildin"),
    ("Серикболсын", "Serikbolsyn"),
    ("Кожахметов", "Kozhakhmetov"),
    ("Сарсенбаев", "Sarsenbaev"),
    ("Машкевич", "Mashkevich"),
    ("Жармахан", "Zharmakhan"),
    ("Перуашев", "Peruashev"),
    ("Жуланова", "Zhulanova"),
    ("Алтыншаш", "Altynshash"),
    # places
    ("Алматы", "Almaty"),
    ("Кокшетау", "Kokshetau"),
    ("Казахстан", "Kazakhstan"),
    ("Қазақстан", "Kazakhstan"),
    # newspapers, magazines, a television holding, a parliament, banks
    ("Хабар", "Khabar"),
    ("Сөз", "Soz"),
    ("Көзқарас", "Kozkaras"),
    ("Дала мен қала", "Dala men kala"),
    ("Асар заманы", "Asar zamany"),
    ("Столица", "Stolitsa"),
    ("Эпоха", "Epokha"),
    ("Республика", "Respublika"),
    ("Правда Казахстана", "Pravda Kazakhstana"),
    ("Аграрный Казахстан", "Agrarniy Kazakhstan"),
    ("За правовой Казахстан", "Za pravovoy Kazakhstan"),
    ("Руханият-Әлемі", "Rukhaniat-Alemi"),
    ("Страна и мир", "Strana i mir"),
    ("Мажилис", "Majilis"),
    ("Казкоммерцбанк", "Kazkommertsbank"),
    ("Центркредит", "Tsentrkredit"),
    ("Философия политики", "Filosofia politiki"),
]


def matched_words(res) -> set[str]:
    return {w for h in res.hits for a, b in h.matches for w in h.text[a:b].replace("-", " ").split()}


@pytest.mark.parametrize(("typed", "printed"), NAMES, ids=[n for n, _ in NAMES])
def test_a_cyrillic_name_finds_the_latin_form_the_article_prints(conn, typed, printed):
    res = search(conn, typed)
    assert res.hits, res.notice
    assert set(printed.replace("-", " ").split()) <= matched_words(res)
    said = " ".join(" ".join(r.latin) for r in res.read_as)
    assert all(w.casefold() in said.casefold() for w in printed.replace("-", " ").split() if w != "AuyI"), said


@pytest.mark.parametrize(("typed", "printed"), [
    ("Отан", "Otan"), ("Назарбаев", "Nazarbaev"), ("Алматы", "Almaty"), ('"Ақ жол"', '"Ak zhol"'),
    ("Казахстан -Отан", "Kazakhstan -Otan"), ("Асар OR Руханият", "Asar OR Rukhaniat"),
    ("Отан harmony", "Otan harmony"), ("Назарбаев*", "Nazarbaev*"), ("Руханият", "Rukhaniat"),
    ("Правда Казахстана", "Pravda Kazakhstana"),
])
def test_a_cyrillic_query_finds_what_its_latin_spelling_finds(conn, typed, printed):
    cyr, lat = search(conn, typed), search(conn, printed)
    # the same hits (the order may differ where the Cyrillic stands for two spellings: Rukhaniat, Rukhaniyat)
    assert {(h.kind, h.id) for h in cyr.hits} == {(h.kind, h.id) for h in lat.hits}
    assert cyr.hits


def test_results_say_which_latin_form_matched(conn):
    res = search(conn, "Отан")
    assert [(r.typed, r.latin) for r in res.read_as] == [("Отан", ("Otan",))]
    # both spellings the article prints for Rukhaniat
    res = search(conn, "Руханият")
    assert {lat for r in res.read_as for lat in r.latin} == {"Rukhaniat", "Rukhaniyat"}
    assert search(conn, "Otan").read_as == ()
    # adjacent words are said together, as the article prints them
    assert [(r.typed, r.latin) for r in search(conn, "Дала мен қала").read_as] == [("Дала мен қала",
                                                                                   ("Dala men kala",))]
    assert [(r.typed, r.latin) for r in search(conn, "Ақ жол -Назарбаев").read_as] == [
        ("Ақ жол", ("Ak zhol",)), ("Назарбаев", ("Nazarbaev",))]


def test_variants_and_marks(conn):
    otan = [(h.kind, h.id) for h in search(conn, "Otan").hits]
    for typed in ("ОТАН", "отан", "О\u0301тан", "Отан\u0301"):  # capitals, stress marks
        assert [(h.kind, h.id) for h in search(conn, typed).hits] == otan, typed
    # я as ia (Novaia), й as y (Baymenov), ь dropped (Abdildin), ж as j (Majilis)
    for typed, printed in [("Новая", "Novaia"), ("Байменов", "Baymenov"), ("Абдильдин", "Abdildin"),
                           ("Мажилис", "Majilis"), ("Рухания́т", "Rukhaniyat")]:
        assert printed in matched_words(search(conn, typed)), typed


def test_prefix_in_cyrillic(conn):
    res = search(conn, "Назарбае*")
    assert {"Nazarbaev", "Nazarbaeva"} <= matched_words(res)
    assert {"Nazarbaev", "Nazarbaeva"} <= {lat for r in res.read_as for lat in r.latin}


def test_a_name_the_article_does_not_print_finds_nothing(conn):
    # The article never names Astana; it names Almaty, Kokshetau and Moscow (in English)
    res = search(conn, "Астана")
    assert not res.hits and res.read_as == ()
    # names it writes in English are not transliterations: Moscow (Москва), V. Lee (Ли)
    for typed in ("Москва", "Ли"):
        assert not search(conn, typed).hits, typed
    # a Russian word beside a name is dropped as before, and the name still found
    res = search(conn, "партия Отан")
    assert res.hits and "партия" in (res.notice or "")
    assert "Otan" in matched_words(res)


# --- the name resolver ------------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "key"), [
    ("Отан", "otan"), ("Ак жол", "akzhol"), ("Ақ жол", "akzhol"), ("АҚ ЖОЛ", "akzhol"), ("Ауыл", "auyl"),
    ("Асар", "asar"), ("Руханият", "rukhaniat"), ("Отан партиясы", "otan"), ("партия Отан", "otan"),
    ("Республиканская партия Асар", None),  # Russian words: not names the article prints
])
def test_resolver_reads_a_cyrillic_name(conn, typed, key):
    idx = names.index(conn)
    assert idx.resolve(typed).key == key
    if key and "партия" not in typed:
        assert idx.find(typed) == key  # the query language's exact rule too


def test_resolver_says_what_the_cyrillic_was_read_as(conn):
    idx = names.index(conn)
    assert idx.resolve("Ақ жол").latin == "Ak zhol"
    assert idx.resolve("Отан").latin == "Otan"
    assert idx.resolve("Otan").latin is None
    # ambiguous as in Latin: Kazakhstan is part of many names
    assert idx.resolve("Казахстан").candidates == idx.resolve("Kazakhstan").candidates != ()
    # a 1999 name, as in Latin
    assert idx.resolve("Алаш").note == idx.resolve("Alash").note is not None


def test_search_party_filter_in_cyrillic(conn):
    idx = names.index(conn)
    key = idx.resolve("Ақ жол").key
    res = search(conn, "Kazakhstan", party=key)
    assert res.hits and {h.party_key for h in res.hits} == {"akzhol"}


# --- the command line -------------------------------------------------------------------------------

def test_cli_search_in_cyrillic(capsys):
    code, out, err = run_cli(capsys, "search", "Казахстан", "--limit", "2")
    assert code == 0 and err == ""
    assert out.splitlines()[0] == "In the article's spelling: Казахстан → Kazakhstan."
    assert "[Kazakhstan]" in out
    code, out, _ = run_cli(capsys, "search", "Казахстан", "--json", "--limit", "2")
    data = json.loads(out)
    assert data["read_as"] == [{"typed": "Казахстан", "latin": ["Kazakhstan"]}]
    assert data["quotes"][0]["text"][slice(*data["quotes"][0]["matches"][0])] == "Kazakhstan"


def test_cli_party_in_cyrillic(capsys):
    code, out, err = run_cli(capsys, "party", "Отан")
    assert code == 0
    assert out.startswith("Republican Political Party Otan")
    assert err == "kzbrowser: note: Отан → Otan (the article's spelling)\n"
    code, out, err = run_cli(capsys, "search", "harmony", "--party", "Ақ жол партиясы", "--json")
    assert code == 0 and "Ak zhol" in err
    assert {q["party_key"] for q in json.loads(out)["quotes"]} <= {"akzhol"}
    code, out, err = run_cli(capsys, "party", "Коммунистическая")
    assert code == 1 and "no party called 'Коммунистическая'" in err


def test_markdown_export_says_which_latin_form_was_searched(conn):
    from kzbrowser.present.search_text import to_markdown
    from kzbrowser.read.citation import Source

    md = to_markdown(search(conn, "Ақ жол"), Source.from_db(conn))
    assert md.splitlines()[:3] == ["# Search: Ақ жол", "", "_In the article's spelling: Ақ жол → Ak zhol._"]
    assert "In the article's spelling" not in to_markdown(search(conn, "Ak zhol"), Source.from_db(conn))
