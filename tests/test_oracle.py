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
