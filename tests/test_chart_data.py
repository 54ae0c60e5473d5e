"""The numbers behind the charts, against the article's figures typed by hand (no Qt needed)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date

import pytest

from kzbrowser.read import chart_data

# Table 1 as printed, in printed order (None: "No data").
TABLE1 = [
    ("Communist Party of Kazakhstan (CPK)", 59890), ("Agrarian Party of Kazakhstan (APK)", 52657),
    ("Republican Political Party Otan", 300000), ("Kazakhstan Civilian Party (KCP)", 105336),
    ("Democratic Party Ak zhol", 110044), ("Political Party Rukhaniat", 75000),
    ("Patriot Party of Kazakhstan (PPK)", 131980), ("Republican Party Asar", 180000),
    ("Kazakhstan Social-Democratic Party AuyI", 61043), ("Democratic Choice of Kazakhstan People's Party", 58000),
    ("Democratic Party of Kazakhstan", None), ("Communist People's Party of Kazakhstan", None),
]
TABLE3 = [13.4, 30.6, 22.3, 17.7, 2.3, 13.7]
TABLE4 = {
    "Republican Political Party Otan": ("10.5", "23.8", "2.2", "16.1", "47.4"),
    "Kazakhstan Civilian Party": ("1.4", "15.9", "3.9", "20.4", "58.4"),
    "Agrarian Party of Kazakhstan": ("2.0", "18.9", "2.3", "20.4", "56.4"),
    "Communist Party of Kazakhstan": ("3.0", "15.8", "4.7", "19.1", "57.4"),
    "Democratic Party Ak zhol": ("4.0", "15.1", "2.8", "18.1", "60.0"),
    "Patriot Party of Kazakhstan": ("1.2", "11.9", "3.1", "21.4", "62.4"),
    "Kazakhstan Social-Democratic Party AuyI": ("1.1", "12.9", "1.9", "20.1", "64.0"),
}


def _csv(chart: chart_data.Chart) -> list[list[str]]:
    return list(csv.reader(io.StringIO(chart.csv_text())))


def test_membership_sorted_with_no_data_last_and_not_zero(conn):
    ch = chart_data.membership(conn)
    values = [i.value for i in ch.items]
    assert values == [300000, 180000, 131980, 110044, 105336, 75000, 61043, 59890, 58000, 52657, None, None]
    assert [i.printed for i in ch.items[-2:]] == ["No data", "No data"]
    assert {i.key for i in ch.items if i.flag} == {"cpk", "dck", "cppk"}  # footnote 1
    assert ch.items[6].label == "Kazakhstan Social-Democratic Party Auyl"  # artefact normalised for the chart
    assert ch.title == "Table 1. Membership of the Political Parties"
    # the one citation form: the entry, then the table with its caption
    assert ch.caption == ("Source: Kurganskaia, Valentina. n.d. “The Party System in Kazakhstan and the Ethnic "
                          "Issue.” (table 1, “Membership of the Political Parties”)")


def test_membership_csv_equals_table1(conn):
    rows = _csv(chart_data.membership(conn))
    assert rows[0] == ["row", "party", "members", "members_printed", "rank", "opposition"]
    assert [(r[1], int(r[2]) if r[2] else None) for r in rows[1:]] == TABLE1
    assert [r[3] for r in rows[-2:]] == ["No data", "No data"]
    assert rows[3][2:5] == ["300000", "300,000", "1"]


def test_poll_values_and_caption(conn):
    ch = chart_data.poll(conn)
    assert [i.value for i in ch.items] == TABLE3
    assert ch.items[2].label == "Indifference"
    assert ch.title == "Table 3. What Do You Think about Political Processes in the Country? (in %)"  # not %%
    assert [float(r[2]) for r in _csv(ch)[1:]] == TABLE3
    assert ch.caption.endswith("(table 3, “What Do You Think about Political Processes in the Country? (in %)”)")


def test_assessment_is_table4(conn):
    ch = chart_data.assessment(conn)
    assert ch.series == ("Obviously Useful", "Useful on the Whole", "Rather Harmful", "No Practical Result",
                         "Undecided")
    rows = _csv(ch)
    assert rows[0] == ["party", *ch.series]
    assert {r[0]: tuple(r[1:]) for r in rows[1:]} == TABLE4
    assert [r[0] for r in rows[1:]] == list(TABLE4)  # printed order
    for item in ch.items:  # each row of Table 4 sums to 100 (to the printed rounding)
        assert sum(item.segments) == pytest.approx(100, abs=0.15)
    assert "not yet registered" in ch.notes[0]


def test_timeline_keeps_precision(conn):
    ch = chart_data.timeline(conn)
    events = {(i.key, e.kind): e for i in ch.items for e in i.events}
    cpk_congress = events[("cpk", "congress")]  # "In 1993, at its 19th congress": a year, not a day
    assert (cpk_congress.earliest, cpk_congress.latest) == (date(1993, 1, 1), date(1993, 12, 31))
    assert cpk_congress.is_range
    reg = events[("patriot", "registered")]  # "registered in August 2001"
    assert (reg.earliest, reg.latest) == (date(2001, 8, 1), date(2001, 8, 31))
    day = events[("agrarian", "constituent congress")]  # "6 January, 1999"
    assert day.earliest == day.latest == date(1999, 1, 6) and not day.is_range
    dck = events[("dck", "registered")]  # "after which the party was registered"
    assert dck.latest is None and "after 21 February, 2004" in dck.describe()
    assert any("after 21 February, 2004" in n for n in ch.notes)
    spring = events[("democratic", "founded")]
    assert (spring.earliest, spring.latest) == (date(2004, 3, 1), date(2004, 5, 31))
    assert ch.title.endswith("1993\u20132004")
    assert len(ch.rows) == 33 and ch.rows[0][:4] == ("Communist Party of Kazakhstan", "congress", "1993", "year")


def test_lanes_separate_close_events(conn):
    ch = chart_data.timeline(conn)
    cppk = next(i for i in ch.items if i.key == "cppk")  # April 2004, June 2004, June 2004
    assert len(set(chart_data.lanes(cppk.events, 0.16))) == 3
    rukhaniat = next(i for i in ch.items if i.key == "rukhaniat")
    # constituent congress 5 April, 2003; congress in the spring of 2004 (footnote 2): a year apart
    assert chart_data.lanes(rukhaniat.events, 0.16) == [0, 0]


def test_unknown_chart(conn):
    with pytest.raises(KeyError, match="unknown chart"):
        chart_data.chart(conn, "pie")


def test_title_case():
    assert chart_data.title_case("THE PARTY SYSTEM IN KAZAKHSTAN AND THE ETHNIC ISSUE") == (
        "The Party System in Kazakhstan and the Ethnic Issue")


def test_core_imports_no_qt():
    code = ("import sys, kzbrowser.read.chart_data, kzbrowser.cli, kzbrowser.ui.charts.tab; "
            "print(sorted(m for m in ('pyqtgraph', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"  # pyqtgraph and numpy wait for the first ChartsTab
    code = "import sys, kzbrowser.read.chart_data, kzbrowser.cli; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
