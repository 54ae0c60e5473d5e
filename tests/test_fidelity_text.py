"""Fidelity (issue 10), the text that leaves the app: copies, citations, exports and the command line say what
the article prints, in its marks, without the Markdown asterisks of its italics. Expectations are typed from
the article; the comment above each quotes the words it rests on."""

from __future__ import annotations

import csv
import io
import sqlite3

from kzbrowser.cli import main
from kzbrowser.present.about import render_about
from kzbrowser.present.profile import render_profile
from kzbrowser.present.search_text import to_markdown
from kzbrowser.read.citation import Source
from kzbrowser.read.parties import Parties
from kzbrowser.read.search.engine import search
from kzbrowser.read.search.export import to_csv
from kzbrowser.read.verify import report

# Otan, section 3: Its program says: "Contemporary democratic society is our aim; freedom, justice, solidarity,
# equality, and brotherhood are our principles." (printed with straight marks)
OTAN = ("Contemporary democratic society is our aim; freedom, justice, solidarity, equality, and brotherhood "
        "are our principles.")
# Otan, section 3: "Two newspapers—*Strana i mir* (in Russian) and *Dala men kala* (in Kazakh)—render
# information support together with the *Stolitsa* magazine."
STRANA = ("Two newspapers—Strana i mir (in Russian) and Dala men kala (in Kazakh)—render information support "
          "together with the Stolitsa magazine.")


def _copies(conn: sqlite3.Connection, key: str) -> list[str]:
    page = render_profile(Parties(conn).profile(key), Source.from_db(conn))
    return [a.text for a in page.actions.values() if a.kind == "copy"]


def test_copy_with_citation_keeps_the_straight_marks_the_quote_is_printed_in(conn):
    copied = next(c for c in _copies(conn, "otan") if OTAN in c)
    assert copied.startswith(f'"{OTAN}" (Republican Political Party Otan, as quoted in ')
    assert "“Contemporary" not in copied and "principles.”" not in copied
    # Its program says: “The Agrarian Party of Kazakhstan sees its main goal ...” (printed curly, stays so)
    copied = next(c for c in _copies(conn, "agrarian") if "sees its main goal" in c)
    assert copied.startswith("“The Agrarian Party of Kazakhstan sees its main goal")


def test_search_export_cites_a_straight_quote_in_straight_marks(conn):
    res = search(conn, "brotherhood principles")
    row = next(r for r in csv.DictReader(io.StringIO(to_csv(res, Source.from_db(conn)))) if r["kind"] == "quote")
    assert row["citation"].startswith(f'"{OTAN}" (Republican Political Party Otan')
    assert f'> — "{OTAN}"' in to_markdown(res, Source.from_db(conn))


def test_search_strana_shows_the_newspaper_without_asterisks(conn):
    res = search(conn, "Strana")
    (hit,) = res.paragraphs
    assert "\x02Strana\x03 i mir (in Russian)" in hit.snippet and "*" not in hit.snippet
    rows = list(csv.DictReader(io.StringIO(to_csv(res, Source.from_db(conn)))))
    assert rows[0]["text"].startswith(STRANA) and "*" not in rows[0]["text"] + rows[0]["snippet"]
    md = to_markdown(res, Source.from_db(conn))
    assert "Two newspapers—**Strana** i mir (in Russian) and Dala men kala" in md and "*Strana i mir*" not in md
    assert hit.text.startswith("Two newspapers—*Strana i mir*")  # the stored value stays as printed


def test_a_copied_citation_of_a_passage_drops_the_asterisks(conn):
    from kzbrowser.read.citation import PASSAGE

    text = conn.execute("SELECT text FROM paragraphs WHERE text LIKE 'Two newspapers%'").fetchone()[0]
    assert Source.from_db(conn).quote(text, None, 3, PASSAGE).startswith(f"“{STRANA}”")


def test_the_cli_search_prints_the_newspaper_without_asterisks(capsys, fresh_db):
    assert main(["search", "--db", str(fresh_db), "Strana"]) == 0
    out = capsys.readouterr().out
    assert "[Strana] i mir (in Russian) and Dala men kala (in Kazakh)" in out and "*" not in out


# Table 3's lines begin with a list mark, "* Indifference 22.3": not emphasis, kept.
def test_plain_keeps_list_marks_and_drops_bold():
    from kzbrowser.spans import plain

    assert plain("* Indifference\t22.3") == "* Indifference\t22.3"
    assert plain("**Assessment of Practical Results**") == "Assessment of Practical Results"


# The inferences that concern no single party are shown with their reasons, as the party ones are.
NO_PARTY = ("Each party's part of section 3 is about the Table 1 party whose name its heading shortens",
            "A date printed to the month, season, part of a year or year allows a range of days",
            "Misprints are read as the forms scholars write: AuyI as Auyl")


def test_about_the_data_shows_every_inference_with_its_reason(conn):
    html = render_about(conn, "kz.sqlite").html.replace("&#x27;", "'")
    for statement in NO_PARTY:
        assert statement in html
    assert "Why: Seven headings differ from the Table 1 names" in html
    assert "Why: The footnote does not name them" in html  # a party inference too


def test_verify_prints_every_inference_with_its_reason(capsys, fresh_db):
    assert main(["verify", "--db", str(fresh_db)]) == 0
    out = capsys.readouterr().out
    for statement in NO_PARTY:
        assert f"[inference] {statement}" in out
    assert "Why: The article prints no day for these dates" in out


# "Twice as many Russian respondents (27.7 percent) preferred the socialist state of the Soviet type as Kazakhs
# (14.8 percent)": 27.7 / 14.8 = 1.87, which rounds to 2.
def test_twice_as_many_is_read_as_a_ratio_that_rounds_to_2(conn):
    (check,) = [c for c in report(conn)["checks"] if c["key"] == "twice_as_many_russians"]
    assert check["result"] == "holds"
    assert "27.7 / 14.8 = 1.87" in check["detail"] and "rounds to 2" in check["detail"]
    assert "1.8-2.2" not in check["detail"]


# A sort key is never presented as the date: the party summary has the printed date and, for sorting only,
# the sort key under that name; the property that passed the key off as "registered" is gone.
def test_the_registration_sort_key_is_not_offered_as_the_date(conn):
    cpk = next(p for p in Parties(conn).summaries() if p.key == "cpk")
    assert cpk.registered_printed == "February 1994" and cpk.registered_iso == "1994-02"
    assert not hasattr(cpk, "registered")
