"""An independent oracle: figures, dates, names and quotes typed by hand from the article, compared with the
built database. Nothing here is read back from the build code."""

from __future__ import annotations

import pytest

# Table 1, typed from the article: (row, name as printed, members or None for "No data").
TABLE1 = [
    (1, "Communist Party of Kazakhstan (CPK)", 59890),
    (2, "Agrarian Party of Kazakhstan (APK)", 52657),
    (3, "Republican Political Party Otan", 300000),
    (4, "Kazakhstan Civilian Party (KCP)", 105336),
    (5, "Democratic Party Ak zhol", 110044),
    (6, "Political Party Rukhaniat", 75000),
    (7, "Patriot Party of Kazakhstan (PPK)", 131980),
    (8, "Republican Party Asar", 180000),
    (9, "Kazakhstan Social-Democratic Party AuyI", 61043),
    (10, "Democratic Choice of Kazakhstan People's Party", 58000),
    (11, "Democratic Party of Kazakhstan", None),
    (12, "Communist People's Party of Kazakhstan", None),
]

TABLE3 = [
    ("Active involvement and a stable interest in the country's political life", 13.4),
    ("Interest in individual events and political figures", 30.6),
    ("Indifference", 22.3),
    ("Mistrust, fears, and a desire to keep away from politics", 17.7),
    ("Active rejection, disgust", 2.3),
    ("Undecided", 13.7),
]

TABLE4 = {
    "Republican Political Party Otan": (10.5, 23.8, 2.2, 16.1, 47.4),
    "Kazakhstan Civilian Party": (1.4, 15.9, 3.9, 20.4, 58.4),
    "Agrarian Party of Kazakhstan": (2.0, 18.9, 2.3, 20.4, 56.4),
    "Communist Party of Kazakhstan": (3.0, 15.8, 4.7, 19.1, 57.4),
    "Democratic Party Ak zhol": (4.0, 15.1, 2.8, 18.1, 60.0),
    "Patriot Party of Kazakhstan": (1.2, 11.9, 3.1, 21.4, 62.4),
    "Kazakhstan Social-Democratic Party AuyI": (1.1, 12.9, 1.9, 20.1, 64.0),
}
TABLE4_COLUMNS = ["Obviously Useful", "Useful on the Whole", "Rather Harmful", "No Practical Result", "Undecided"]


def test_table1_every_figure(conn):
    rows = conn.execute("SELECT row, name, members, members_printed FROM table1_membership ORDER BY row").fetchall()
    assert [(r["row"], r["name"], r["members"]) for r in rows] == TABLE1


def test_no_data_is_unknown_not_zero(conn):
    rows = conn.execute("SELECT members, members_printed, rank FROM table1_membership WHERE row IN (11, 12)")
    for r in rows:
        assert r["members"] is None and r["members_printed"] == "No data" and r["rank"] is None


def test_membership_rank(conn):
    rank = dict(conn.execute("SELECT p.short_name, m.rank FROM table1_membership m "
                             "JOIN parties p ON p.key = m.party_key").fetchall())
    assert rank["Otan"] == 1 and rank["Asar"] == 2 and rank["Patriot Party"] == 3
    assert rank["Agrarian Party"] == 10


def test_table2_has_eight_rows(conn):
    rows = conn.execute("SELECT text_1999, text_2004 FROM table2_programs ORDER BY row").fetchall()
    assert len(rows) == 8
    assert tuple(rows[0]) == ("Lack of a solid social basis", "No changes")
    assert rows[7]["text_2004"].startswith("The registered parties are not ethnically oriented")


def test_table3_every_figure(conn):
    rows = conn.execute("SELECT answer, percent FROM table3_poll ORDER BY row").fetchall()
    assert [(r["answer"], r["percent"]) for r in rows] == TABLE3


def test_table4_every_figure(conn):
    cats = [r[0] for r in conn.execute("SELECT label FROM table4_categories ORDER BY seq")]
    assert cats == TABLE4_COLUMNS
    got: dict[str, list[float]] = {}
    for r in conn.execute("SELECT name, category, percent FROM table4_assessment ORDER BY rowid"):
        got.setdefault(r["name"], []).append(r["percent"])
    assert {k: tuple(v) for k, v in got.items()} == TABLE4


def test_table4_footnote_says_other_parties_were_not_registered(conn):
    fn = conn.execute("SELECT f.text FROM article_tables t JOIN footnotes f ON f.number = t.footnote "
                      "WHERE t.number = 4").fetchone()[0]
    assert fn == "By the time of the poll other parties were not yet registered."
    not_in_poll = {r[0] for r in conn.execute("SELECT short_name FROM parties WHERE in_table4 = 0")}
    assert not_in_poll == {"Rukhaniat", "Asar", "Democratic Choice of Kazakhstan", "Democratic Party",
                           "Communist People's Party"}


def test_opposition_parties_from_footnote_1(conn):
    opp = {r[0] for r in conn.execute("SELECT abbreviation FROM parties WHERE opposition = 1")}
    assert opp == {"CPK", "CPPK", "DCK"}


# A sample of dates, typed from the article: (party short name, kind, printed, precision, iso).
DATES = [
    ("Agrarian Party", "constituent congress", "6 January, 1999", "day", "1999-01-06"),
    ("Agrarian Party", "reregistered", "6 March, 2003", "day", "2003-03-06"),
    ("AuyI", "constituent congress", "Early in 2000", "part-of-year", "2000 early"),
    ("AuyI", "registered", "March 2000", "month", "2000-03"),
    ("Patriot Party", "registered", "August 2001", "month", "2001-08"),
    ("Otan", "reregistered", "10 January, 2003", "day", "2003-01-10"),
    ("Democratic Party", "founded", "spring of 2004", "season", "2004 spring"),
    ("Communist Party of Kazakhstan", "congress", "1993", "year", "1993"),
    ("Asar", "registered", "December 2003", "month", "2003-12"),
]


@pytest.mark.parametrize(("party", "kind", "printed", "precision", "iso"), DATES)
def test_dates_with_precision(conn, party, kind, printed, precision, iso):
    rows = conn.execute("SELECT e.date, e.precision, e.iso FROM events e JOIN parties p ON p.key = e.party_key "
                        "WHERE p.short_name = ? AND e.kind = ?", (party, kind)).fetchall()
    assert (printed, precision, iso) in [tuple(r) for r in rows]


def test_month_only_date_allows_the_whole_month(conn):
    r = conn.execute("SELECT earliest, latest FROM events e JOIN parties p ON p.key = e.party_key "
                     "WHERE p.short_name = 'Patriot Party' AND kind = 'registered'").fetchone()
    assert tuple(r) == ("2001-08-01", "2001-08-31")


LEADERS = [
    ("Agrarian Party", "Romin Madinov"),
    ("Ak zhol", "O. Djandosov"),
    ("Ak zhol", "L. Zhulanova"),
    ("Otan", "Nursultan Nazarbaev"),
    ("Asar", "Dariga Nazarbaeva"),
    ("Rukhaniat", "Altynshash Djaganova"),
    ("Democratic Choice of Kazakhstan", "Galymzhan Zhakianov"),
    ("Democratic Choice of Kazakhstan", "Asylbek Kozhakhmetov"),
    ("Communist Party of Kazakhstan", "Serikbolsyn Abdildin"),
    ("Communist People's Party", "Vladislav Kosarev"),
]


@pytest.mark.parametrize(("party", "leader"), LEADERS)
def test_leaders(conn, party, leader):
    names = [r[0] for r in conn.execute("SELECT l.name FROM leaders l JOIN parties p ON p.key = l.party_key "
                                        "WHERE p.short_name = ?", (party,))]
    assert leader in names


def test_quote_counts_per_party(conn):
    counts = dict(conn.execute("SELECT p.short_name, count(q.id) FROM parties p LEFT JOIN quotes q "
                               "ON q.party_key = p.key GROUP BY p.key").fetchall())
    assert counts == {"Agrarian Party": 3, "Ak zhol": 5, "AuyI": 2, "Civilian Party": 3, "Otan": 1,
                      "Patriot Party": 3, "Asar": 3, "Rukhaniat": 2, "Democratic Choice of Kazakhstan": 0,
                      "Democratic Party": 0, "Communist Party of Kazakhstan": 1,
                      "Communist People's Party": 0}


QUOTES = [
    ("Otan", "Contemporary democratic society is our aim; freedom, justice, solidarity, equality, and brotherhood "
             "are our principles."),
    ("Patriot Party", "We are the single Kazakhstani nation"),
    ("AuyI", "a stronger ethnic and confessional harmony"),
    ("Communist Party of Kazakhstan", "for class and ethnic clashes"),
    # curly quotes nested inside a curly quote stay part of it
    ("Civilian Party", "(1) Kazakhstan is the homeland of all people living on its territory irrespective of "
                       "ethnic affiliation and language; (2) there are no “newcomers” and “guest” peoples in "
                       "Kazakhstan: all its citizens enjoy equal rights and opportunities; (3) specific ethnic "
                       "and cultural features of all peoples living in Kazakhstan is the country’s common wealth. "
                       "Assimilation or isolation of national cultures should not be tolerated."),
    # printed across a page break, with footnote 6 in between
    ("Ak zhol", "National unity and public accord should be preserved and strengthened; all ethnic cultural "
                "centers should be encouraged; the state should pursue a reasonable and efficient policy "
                "designed to preserve and develop the Kazakh language and its use in all spheres of public life."),
]


@pytest.mark.parametrize(("party", "text"), QUOTES)
def test_quotes_verbatim(conn, party, text):
    quotes = [r[0] for r in conn.execute("SELECT q.text FROM quotes q JOIN parties p ON p.key = q.party_key "
                                         "WHERE p.short_name = ?", (party,))]
    assert text in quotes


def test_quote_across_page_break_keeps_both_printed_pieces(conn, article_text):
    import json

    r = conn.execute("SELECT text_pieces FROM quotes WHERE text LIKE 'National unity%'").fetchone()
    pieces = json.loads(r[0])
    assert len(pieces) == 2
    assert article_text[pieces[0][0]:pieces[0][1]].endswith("all ethnic cultural centers should")
    assert article_text[pieces[1][0]:pieces[1][1]].startswith("be encouraged;")


def test_media_languages_and_circulation(conn):
    rows = {r["name"]: r for r in conn.execute("SELECT * FROM media")}
    assert rows["Strana i mir"]["language"] == "Russian"
    assert rows["Dala men kala"]["language"] == "Kazakh"
    assert rows["Ak zhol Kazakhstan"]["circulation_number"] == 23000
    assert rows["Pravda Kazakhstana"]["circulation_number"] == 10000
    assert rows["Rukhaniat-Alemi"]["language"] == "bilingual"
    assert rows["http://www.civicparty.kz/egi-bin/menu.cgi"]["name_normalised"] == \
        "http://www.civicparty.kz/cgi-bin/menu.cgi"


def test_section4_positions(conn):
    got = {(r[0], r[1]) for r in conn.execute("SELECT p.short_name, s.item FROM positions s "
                                              "JOIN parties p ON p.key = s.party_key")}
    assert got == {("Otan", 1), ("Ak zhol", 1), ("Communist People's Party", 1), ("Otan", 2),
                   ("Democratic Choice of Kazakhstan", 2), ("Ak zhol", 2), ("Patriot Party", 3),
                   ("Democratic Choice of Kazakhstan", 3), ("Rukhaniat", 4), ("Communist Party of Kazakhstan", 5)}


def test_1999_parties_and_successors(conn):
    names = [r[0] for r in conn.execute("SELECT name FROM parties_1999 ORDER BY seq")]
    assert len(names) == 10
    assert names[5] == "Party of Revival of Kazakhstan"
    links = {(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT o.name, p.short_name, l.kind FROM links_1999 l JOIN parties_1999 o ON o.seq = l.party_1999 "
        "JOIN parties p ON p.key = l.party_key")}
    assert ("Party of Revival of Kazakhstan", "Rukhaniat", "renamed") in links
    assert ("Republican Political Party of Labor", "Otan", "joined") in links
    unlinked = {r[0] for r in conn.execute("SELECT name FROM parties_1999 WHERE seq NOT IN "
                                           "(SELECT party_1999 FROM links_1999)")}
    assert unlinked == {"People's Congress of Kazakhstan", "Republican People's Party of Kazakhstan",
                        "Democratic Party Azamat", "National Party Alash"}


def test_section1_facts(conn):
    facts = {r[0]: r[1] for r in conn.execute("SELECT key, number FROM facts")}
    assert facts["founding_minimum"] == 1000
    assert facts["registration_minimum"] == 50000
    assert facts["unit_minimum"] == 700
    assert facts["party_list_seats"] == 10
    signers = [r[0] for r in conn.execute("SELECT name FROM signatories ORDER BY seq")]
    assert signers == ["A. Mashkevich", "V. Lee", "A. Pavlov", "N. Sukhanberdin"]


def test_article_parts(conn):
    sections = [r[0] for r in conn.execute("SELECT title FROM sections ORDER BY number")]
    assert sections == ["Local Specifics of the Party System", "Public Opinion about Political Processes",
                        "Concise Information about Parties", "New Approaches to the Nationalities Policy"]
    assert conn.execute("SELECT count(*) FROM footnotes").fetchone()[0] == 6
    cited = dict(conn.execute("SELECT footnote, section FROM footnote_citations").fetchall())
    assert cited == {1: 1, 2: 1, 3: 1, 4: 2, 5: 2, 6: 3}
    charts = conn.execute("SELECT number, data_available FROM charts ORDER BY number").fetchall()
    assert [tuple(c) for c in charts] == [(1, 0), (2, 0), (3, 0)]


def test_artefacts_are_kept_and_normalised(conn):
    pairs = {(r[0], r[1]) for r in conn.execute("SELECT printed, normalised FROM artefacts")}
    assert pairs == {("AuyI", "Auyl"), ("Rukhaniyat", "Rukhaniat"), ("(in %%)", "(in %)"),
                     ("egi-bin", "cgi-bin"), ("KURGANskaIA", "Kurganskaia"),
                     ("THE PARTY SYSTEM IN KAZAKHSTAN AND THE ETHNIC ISSUE",
                      "The Party System in Kazakhstan and the Ethnic Issue")}
    author = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    assert author["author"] == "Valentina KURGANskaIA"
    assert author["author_normalised"] == "Valentina Kurganskaia"
    assert author["title_normalised"] == "The Party System in Kazakhstan and the Ethnic Issue"


def test_consistency_checks_record_what_holds_and_what_does_not(conn):
    result = dict(conn.execute("SELECT key, result FROM checks").fetchall())
    assert result["table3_sum"] == "holds"
    assert all(result[f"table4_sum_{k}"] == "holds"
               for k in ("otan", "civilian", "agrarian", "cpk", "akzhol", "patriot", "auyl"))
    assert result["over_40_indifferent_or_negative"] == "holds"  # 22.3 + 17.7 + 2.3 = 42.3
    assert result["over_50_undecided_otan"] == "fails"  # 47.4
    assert result["over_50_undecided_auyl"] == "holds"  # 64.0
    assert result["over_10_percent_members"] == "untestable"


def test_a_circulation_printed_once_for_two_titles_is_on_both(conn):
    rows = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT name, circulation_number, circulation_note FROM media WHERE party_key IN ('asar', 'democratic')")}
    assert rows["Asar-Kazakhstan"][0] == rows["Asar zamany"][0] == 6000
    assert rows["Kozkaras"][0] == rows["Za pravovoy Kazakhstan"][0] == 4000
    assert all(note == "printed once for both titles" for _, note in rows.values())


def test_registration_within_the_poll_year_cannot_be_ordered(conn):
    result = dict(conn.execute("SELECT key, result FROM checks").fetchall())
    assert result["not_registered_at_poll_asar"] == "untestable"  # December 2003, poll dated only 2003
    assert result["not_registered_at_poll_democratic"] == "holds"  # June 2004


# ---------------------------------------------------------------------------------------------------------
# Every party's profile, complete, typed from the article (section 3, footnotes 1, 2 and 5, Tables 1 and 4,
# section 1's list of 1999 and section 4). P = program, S = statement, A = address, N = not stated.
D, M, SE, PY, Y, AF = "day", "month", "season", "part-of-year", "year", "after"
SOURCE = {"P": "program", "S": "statement", "A": "address", "N": "not stated"}
PROFILES = {
    "agrarian": {
        "leaders": [("Romin Madinov", "head")],
        "events": [("constituent congress", "6 January, 1999", D), ("registered", "16 March, 1999", D),
                   ("reregistered", "6 March, 2003", D)],
        "social_basis": ["people engaged in the agricultural sector"],
        "media": [("Agrarniy Kazakhstan", "newspaper", None, None, "2002")],
        "quotes": ("curly", "PNN"), "origins": 0, "positions": set(), "statements": [],
        "links": [("Agrarian Party of Kazakhstan", "reregistered", False)], "inferences": set(),
    },
    "akzhol": {
        "leaders": [("B. Abilov", "co-chair"), ("A. Baymenov", "co-chair"), ("O. Djandosov", "co-chair"),
                    ("A. Sarsenbaev", "co-chair"), ("L. Zhulanova", "co-chair")],
        "events": [("constituent congress", "16 March, 2002", D), ("registered", "3 April, 2002", D),
                   ("reregistered", "12 December, 2002", D), ("congress", "November 2003", M)],
        "social_basis": [],
        "media": [("Ak zhol Kazakhstan", "weekly", None, "23,000", "summer of 2002"),
                  ("http://www.dpkakzhol.kz", "website", None, None, None)],
        "quotes": ("curly", "PPPNP"), "origins": 1, "positions": {1, 2}, "statements": [], "links": [],
        "inferences": set(),
    },
    "auyl": {
        "leaders": [("Gani Kaliev", "leader")],
        "events": [("constituent congress", "Early in 2000", PY), ("registered", "March 2000", M),
                   ("reregistered", "2 April, 2003", D)],
        "social_basis": ["Peasants and farmers"],
        "media": [("AuyI", "newspaper", "bilingual", "10,000", "fall of 2003")],
        "quotes": ("curly", "PP"), "origins": 1, "positions": set(), "statements": [], "links": [],
        "inferences": set(),
    },
    "civilian": {
        "leaders": [("Azat Peruashev", "leader")],
        "events": [("constituent congress", "17 November, 1998", D), ("registered", "29 December, 1998", D),
                   ("reregistered", "10 January, 2003", D)],
        "social_basis": ["workers and technicians, as well as on a very limited student and old-age pensioner "
                         "membership together with able-bodied agricultural workers, unemployed, etc."],
        "media": [("http://www.civicparty.kz/egi-bin/menu.cgi", "website", None, None, None)],
        "quotes": ("curly", "NSS"), "origins": 1, "positions": set(), "statements": [],
        "links": [("Kazakhstan Civilian Party", "reregistered", False)], "inferences": set(),
    },
    "otan": {
        "leaders": [("Nursultan Nazarbaev", "chair"), ("Amangeldy Ermigiaev", "deputy chair"),
                    ("Zharmakhan Tuiakbay", "deputy chair"), ("Alexander Pavlov", "deputy chair")],
        "events": [("registered", "12 February, 1999", D), ("reregistered", "10 January, 2003", D),
                   ("congress", "March 2004", M)],
        "social_basis": [],
        "media": [("Strana i mir", "newspaper", "Russian", None, None),
                  ("Dala men kala", "newspaper", "Kazakh", None, None), ("Stolitsa", "magazine", None, None, None)],
        "quotes": ("straight", "P"), "origins": 2, "positions": {1, 2}, "statements": [],
        "links": [("Republican Political Party Otan", "reregistered", False),
                  ("Republican Political Party of Labor", "joined", True)],
        "inferences": {"rpl_joined_otan"},
    },
    "patriot": {
        "leaders": [("Gani Kasymov", "founder"), ("Gani Kasymov", "leader")],
        "events": [("constituent congress", "1 July, 2000", D), ("registered", "August 2001", M),
                   ("reregistered", "21 March, 2003", D)],
        "social_basis": [],
        "media": [("http://www.caapr.kz/ppk", "web page", None, None, None)],
        "quotes": ("straight", "PSS"), "origins": 0, "positions": {3}, "statements": [], "links": [],
        "inferences": set(),
    },
    "asar": {
        "leaders": [("Dariga Nazarbaeva", "leader")],
        "events": [("registered", "December 2003", M), ("congress", "spring of 2004", SE)],
        "social_basis": ["all social groups"],
        "media": [("Asar-Kazakhstan", "newspaper", "Russian", "6,000", None),
                  ("Asar zamany", "newspaper", "Kazakh", "6,000", None)],
        "quotes": ("straight", "PPS"), "origins": 0, "positions": set(),
        "statements": ["members", "faction", "registration"], "links": [],
        "inferences": {"poll_other_parties", "shared_circulation"},
    },
    "rukhaniat": {
        "leaders": [("Altynshash Djaganova", "leader")],
        "events": [("constituent congress", "5 April, 2003", D), ("congress", "spring of 2004", SE)],
        "social_basis": ["intelligentsia and the oralmans (ethnic Kazakhs who moved to the republic)"],
        "media": [("Rukhaniat-Alemi", "newspaper", "bilingual", None, None)],
        "quotes": ("straight", "PP"), "origins": 1, "positions": {4}, "statements": ["registration"],
        "links": [("Party of Revival of Kazakhstan", "renamed", False)], "inferences": {"poll_other_parties"},
    },
    "dck": {
        "leaders": [("Asylbek Kozhakhmetov", "head of the political council"), ("Galymzhan Zhakianov", "leader")],
        "events": [("constituent congress", "21 February, 2004", D), ("registered", "21 February, 2004", AF)],
        "social_basis": [],
        "media": [("Respublika", "newspaper", None, None, None), ("Soz", "newspaper", None, None, None),
                  ("Navigator", "internet publication", None, None, None)],
        "quotes": ("", ""), "origins": 0, "positions": {2, 3}, "statements": [], "links": [],
        "inferences": {"poll_other_parties"},
    },
    "democratic": {
        "leaders": [("Maksut Narikbaev", "leader")],
        "events": [("founded", "spring of 2004", SE), ("registered", "June 2004", M)],
        "social_basis": [],
        "media": [("Kozkaras", "newspaper", "Kazakh", "4,000", None),
                  ("Za pravovoy Kazakhstan", "newspaper", "Russian", "4,000", None)],
        "quotes": ("", ""), "origins": 1, "positions": set(), "statements": [], "links": [],
        "inferences": {"poll_other_parties", "shared_circulation"},
    },
    "cpk": {
        "leaders": [("Serikbolsyn Abdildin", "first secretary")],
        "events": [("congress", "1993", Y), ("registered", "February 1994", M), ("reregistered", "March 2003", M)],
        "social_basis": ["Workers, pensioners, academics, university lecturers, and civil servants"],
        "media": [("Pravda Kazakhstana", "newspaper", None, "10,000", None),
                  ("http://www.compartykz.info/", "website", None, None, None)],
        "quotes": ("straight", "A"), "origins": 1, "positions": {5}, "statements": [],
        "links": [("Communist Party of Kazakhstan", "reregistered", False)], "inferences": {"two_communist_parties"},
    },
    "cppk": {
        "leaders": [("Vladislav Kosarev", "first secretary")],
        "events": [("congress", "April 2004", M), ("constituent congress", "June 2004", M),
                   ("registered", "June 2004", M)],
        "social_basis": [],
        "media": [("Kommunist Kazakhstana", "newspaper", "bilingual", None, None)],
        "quotes": ("", ""), "origins": 1, "positions": {1}, "statements": [], "links": [],
        "inferences": {"two_communist_parties", "poll_other_parties"},
    },
}
MEMBERS_PRINTED = {key: printed for key, printed in zip(
    ["cpk", "agrarian", "otan", "civilian", "akzhol", "rukhaniat", "patriot", "asar", "auyl", "dck", "democratic",
     "cppk"], [str(f"{m:,}") if m else "No data" for _, _, m in TABLE1], strict=True)}
OPPOSITION = {"cpk", "cppk", "dck"}
IN_TABLE4 = {"otan", "civilian", "agrarian", "cpk", "akzhol", "patriot", "auyl"}


def test_the_oracle_names_every_party(conn):
    assert {r[0] for r in conn.execute("SELECT key FROM parties")} == set(PROFILES)


@pytest.mark.parametrize("key", sorted(PROFILES))
def test_every_party_profile_completely(conn, key):
    from kzbrowser.read.parties import Parties

    want, p = PROFILES[key], Parties(conn).profile(key)
    assert [(ld["name"], ld["role"]) for ld in p["leaders"]] == want["leaders"]
    assert sorted((e["kind"], e["date"], e["precision"]) for e in p["events"]) == sorted(want["events"])
    assert [s["text"] for s in p["social_basis"]] == want["social_basis"]
    assert [(m["name"], m["kind"], m["language"], m["circulation"], m["since"]) for m in p["media"]] == want["media"]
    style, sources = want["quotes"]
    assert [SOURCE[c] for c in sources] == [q["source"] for q in p["quotes"]]
    assert all(q["style"] == style for q in p["quotes"])
    assert len(p["origins"]) == want["origins"]
    assert {pos["item"] for pos in p["positions"]} == want["positions"]
    assert [s["topic"] for s in p["statements"]] == want["statements"]
    assert [(lk["party_1999"], lk["kind"], lk["inference"] is not None) for lk in p["links_1999"]] == want["links"]
    assert {i["key"] for i in p["inferences"]} == want["inferences"]
    assert p["membership"]["members_printed"] == MEMBERS_PRINTED[key]
    assert bool(p["opposition"]) == (key in OPPOSITION)
    assert (len(p["assessment"]) == 5) == (key in IN_TABLE4) and p["not_registered_at_poll"] == (key not in IN_TABLE4)
