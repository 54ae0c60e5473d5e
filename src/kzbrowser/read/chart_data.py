"""The numbers behind each chart, read from the database: values, labels, titles, captions and CSV rows.

Plain Python (no Qt). Nothing here is invented: a "No data" cell stays ``None`` with its printed text, and a
date printed to the month, season or year stays a range of days (earliest..latest).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta

from kzbrowser.read.chart_words import CELLS, EVENT_KINDS, HEADERS
from kzbrowser.translate import Translate, english, translated_label

__all__ = ["CELLS", "CHART_NAMES", "EVENT_KINDS", "HEADERS", "Chart", "Event", "Item", "chart", "lanes",
           "timeline_title", "year_fraction"]

CHART_NAMES = ("membership", "poll", "assessment", "timeline")

# Small words that stay lower case when the all-caps printed title is set in title case.
_MINOR_WORDS = {"a", "an", "and", "the", "in", "of", "on", "for", "to", "at", "by", "or"}



@dataclass(frozen=True)
class Item:
    """One data row of a chart: one bar (or one party's row of stacked bars or dates)."""

    label: str
    key: str | None = None  # the party's key (parties.key), None for a poll answer
    value: float | None = None  # None: the article prints no figure ("No data")
    printed: str = ""  # the value exactly as printed
    flag: bool = False  # membership: opposition party (footnote 1)
    segments: tuple[float, ...] = ()  # assessment: percent per category, in printed order
    segments_printed: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()  # timeline


@dataclass(frozen=True)
class Event:
    """A dated event; day precision has earliest == latest, 'after' has latest None (open-ended)."""

    kind: str
    printed: str
    precision: str
    earliest: date
    latest: date | None
    anchor: str

    @property
    def is_range(self) -> bool:
        return self.latest is not None and self.latest != self.earliest

    def describe(self, translate: Translate = english) -> str:
        if self.latest is None:
            when = translate("Charts", "after {date}").format(date=self.printed)
        elif self.is_range:
            when = translate("Charts", "{date} ({precision}: {earliest} to {latest})").format(
                date=self.printed, precision=translated_label(translate, "ChartCells", CELLS, self.precision),
                earliest=self.earliest.isoformat(), latest=self.latest.isoformat())
        else:
            when = self.printed
        return f"{translated_label(translate, 'Charts', EVENT_KINDS, self.kind)}: {when}"


@dataclass(frozen=True)
class Chart:
    """Everything needed to draw, describe and export one chart."""

    name: str
    title: str
    value_label: str  # the value axis (horizontal)
    category_label: str  # the category axis (vertical)
    caption: str  # the source, as printed under the chart
    items: tuple[Item, ...]  # top to bottom
    columns: tuple[str, ...]  # the data table / CSV header
    rows: tuple[tuple[str, ...], ...]  # the data table / CSV rows, as printed in the article
    notes: tuple[str, ...] = ()
    series: tuple[str, ...] = ()  # assessment: the five categories; timeline: the event kinds present
    value_max: float = 100.0
    author: str = ""
    article_title: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    # The interface words' language (kzbrowser.translate): the window's, or English (command line, tests)
    translate: Translate = field(default=english, compare=False, repr=False)

    @property
    def headers(self) -> tuple[str, ...]:
        """The data table's column headers (the assessment's are Table 4's categories as printed)."""
        return tuple(HEADERS.get(c, c) for c in self.columns)

    def csv_text(self) -> str:
        out = io.StringIO()
        w = csv.writer(out, lineterminator="\n")
        w.writerow(self.columns)
        w.writerows(self.rows)
        return out.getvalue()



def _meta(conn: sqlite3.Connection, key: str) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else ""


def title_case(printed: str) -> str:
    """The article's all-caps title in title case, word for word ("THE PARTY SYSTEM..." -> "The Party System...")."""
    words = printed.split()
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low if i and low in _MINOR_WORDS else low[:1].upper() + low[1:])
    return " ".join(out)


def _caption_table(conn: sqlite3.Connection, number: int) -> str:
    row = conn.execute("SELECT caption FROM article_tables WHERE number = ?", (number,)).fetchone()
    caption = " ".join(str(row[0]).split())
    # The one typesetting artefact in a caption: "(in %%)" (see the artefacts table).
    for a in conn.execute("SELECT printed, normalised FROM artefacts WHERE printed LIKE '(in %'"):
        caption = caption.replace(a[0], a[1])
    return caption


def _normaliser(conn: sqlite3.Connection) -> dict[str, str]:
    """Typesetting artefacts in names ("AuyI" -> "Auyl"): charts show the form scholars use."""
    return {r[0]: r[1] for r in conn.execute("SELECT DISTINCT printed, normalised FROM artefacts")
            if " " not in r[0] and r[0][:1].isupper()}


def _label(name: str, fixes: dict[str, str]) -> str:
    return " ".join(fixes.get(w, w) for w in name.split(" "))


def _source(conn: sqlite3.Connection, translate: Translate, table: int | None = None, section: int | None = None
            ) -> tuple[str, str, str]:
    """The caption's source line, in the one citation form (read/citation.py), and the author and title."""
    from kzbrowser.read.citation import Source

    author = _meta(conn, "author_normalised")
    printed = _meta(conn, "title")
    row = conn.execute("SELECT normalised FROM artefacts WHERE printed = ?", (printed,)).fetchone()
    title = row[0] if row else title_case(printed)
    reference = Source.from_db(conn).reference(section, table)  # a citation: as it is, in English
    return translate("Charts", "Source: {reference}").format(reference=reference), author, title


def _table(conn: sqlite3.Connection, number: int, translate: Translate) -> str:
    """The chart's title: its table's number and caption."""
    table = translate("Charts", "Table {number}").format(number=number)
    return translate("Charts", "{table}. {caption}").format(table=table, caption=_caption_table(conn, number))


def membership(conn: sqlite3.Connection, translate: Translate = english) -> Chart:
    """Table 1, largest first; the "No data" parties last, with value None."""
    rows = conn.execute("""
        SELECT m.row, m.party_key, m.name, m.members, m.members_printed, m.rank, p.opposition
        FROM table1_membership m JOIN parties p ON p.key = m.party_key ORDER BY m.row""").fetchall()
    known = sorted((r for r in rows if r["members"] is not None), key=lambda r: -r["members"])
    unknown = [r for r in rows if r["members"] is None]
    fixes = _normaliser(conn)
    items = tuple(Item(label=_label(r["name"], fixes), key=r["party_key"], value=r["members"],
                       printed=r["members_printed"], flag=bool(r["opposition"])) for r in (*known, *unknown))
    heading = _table(conn, 1, translate)
    caption, author, title = _source(conn, translate, table=1)
    fn1 = conn.execute("SELECT text FROM footnotes WHERE number = 1").fetchone()[0]
    return Chart(
        name="membership", title=heading, value_label=translate("Charts", "Members"),
        category_label=translate("Charts", "Party"), caption=caption, items=items,
        columns=("row", "party", "members", "members_printed", "rank", "opposition"),
        rows=tuple((str(r["row"]), r["name"], "" if r["members"] is None else str(r["members"]),
                    r["members_printed"], "" if r["rank"] is None else str(r["rank"]),
                    "yes" if r["opposition"] else "no") for r in rows),
        notes=(translate("Charts", "No data: the article gives no figure for this party (unknown, not zero)."),
               translate("Charts", "Opposition parties (footnote 1): {text}").format(text=fn1)),
        series=("Opposition party", "Other party", "No data"),
        value_max=float(max(r["members"] for r in known)), author=author, article_title=title, translate=translate)


def poll(conn: sqlite3.Connection, translate: Translate = english) -> Chart:
    """Table 3's six answers, in printed order."""
    rows = conn.execute("SELECT row, answer, percent, percent_printed FROM table3_poll ORDER BY row").fetchall()
    heading = _table(conn, 3, translate)
    caption, author, title = _source(conn, translate, table=3)
    return Chart(
        name="poll", title=heading, value_label=translate("Charts", "Respondents (%)"),
        category_label=translate("Charts", "Answer"), caption=caption,
        items=tuple(Item(label=r["answer"], value=r["percent"], printed=r["percent_printed"]) for r in rows),
        columns=("row", "answer", "percent"),
        rows=tuple((str(r["row"]), r["answer"], r["percent_printed"]) for r in rows),
        value_max=float(max(r["percent"] for r in rows)), author=author, article_title=title, translate=translate)


def assessment(conn: sqlite3.Connection, translate: Translate = english) -> Chart:
    """Table 4: per party, the five categories' percentages (printed order of rows and columns)."""
    cats = tuple(r[0] for r in conn.execute("SELECT label FROM table4_categories ORDER BY seq"))
    cells: dict[str, dict[str, tuple[float, str]]] = {}
    names: dict[str, str] = {}
    for r in conn.execute("SELECT party_key, name, category, percent, percent_printed FROM table4_assessment "
                          "ORDER BY rowid"):
        names.setdefault(r["party_key"], r["name"])
        cells.setdefault(r["party_key"], {})[r["category"]] = (r["percent"], r["percent_printed"])
    fixes = _normaliser(conn)
    items = tuple(Item(label=_label(names[k], fixes), key=k, value=sum(v for v, _ in cells[k].values()),
                       segments=tuple(cells[k][c][0] for c in cats),
                       segments_printed=tuple(cells[k][c][1] for c in cats)) for k in names)
    fn5 = conn.execute("SELECT text FROM footnotes WHERE number = 5").fetchone()[0]
    heading = _table(conn, 4, translate)
    caption, author, title = _source(conn, translate, table=4)
    return Chart(
        name="assessment", title=heading, value_label=translate("Charts", "Respondents (%)"),
        category_label=translate("Charts", "Party"), caption=caption, items=items,
        columns=("party", *cats), rows=tuple((names[i.key or ""], *i.segments_printed) for i in items),
        notes=(translate("Charts", "Footnote 5: {text}").format(text=fn5),), series=cats, author=author,
        article_title=title, translate=translate)


def _iso(d: str | None) -> date | None:
    return date.fromisoformat(d) if d else None


def timeline(conn: sqlite3.Connection, translate: Translate = english) -> Chart:
    """Section 3's dated events per party, parties ordered by their first date."""
    events: dict[str, list[Event]] = {}
    for r in conn.execute("SELECT party_key, kind, date, precision, earliest, latest, anchor FROM events "
                          "ORDER BY earliest, rowid"):
        earliest = _iso(r["earliest"])
        assert earliest is not None
        events.setdefault(r["party_key"], []).append(
            Event(r["kind"], r["date"], r["precision"], earliest, _iso(r["latest"]), r["anchor"]))
    names = {r["key"]: r["full_name"] for r in conn.execute("SELECT key, full_name FROM parties")}
    keys = sorted(events, key=lambda k: events[k][0].earliest)
    first = min(e.earliest.year for k in keys for e in events[k])
    last = max(e.earliest.year for k in keys for e in events[k])
    fixes = _normaliser(conn)
    items = tuple(Item(label=_label(names[k], fixes), key=k, events=tuple(events[k])) for k in keys)
    kinds = tuple(k for k in EVENT_KINDS if any(e.kind == k for i in items for e in i.events))
    notes = [translate("Charts", "{party}: {event} after {date} (the article: \u201c{anchor}\u201d)").format(
        party=_label(names[k], fixes), event=translate("Charts", EVENT_KINDS[e.kind]).lower(), date=e.printed,
        anchor=e.anchor) for k in keys for e in events[k] if e.latest is None]
    caption, author, title = _source(conn, translate, section=3)
    return Chart(
        name="timeline",
        title=timeline_title(first, last, translate),
        value_label=translate("Charts", "Year"), category_label=translate("Charts", "Party"), caption=caption,
        items=items,
        columns=("party", "event", "date_printed", "precision", "earliest", "latest"),
        rows=tuple((names[i.key or ""], e.kind, e.printed, e.precision, e.earliest.isoformat(),
                    e.latest.isoformat() if e.latest else "") for i in items for e in i.events),
        notes=(translate("Charts", "Bars: a date printed only to the month, season, part of the year or year, drawn as "
                            "its whole range; markers: a day."), *notes),
        series=kinds, author=author, article_title=title, translate=translate)


def timeline_title(first: int, last: int, translate: Translate = english) -> str:
    """The timeline's title for the years it shows."""
    return translate("Charts", "Constituent congresses, registration and re-registration of the parties, "
                               "{first}\u2013{last}").format(first=first, last=last)


def year_fraction(d: date) -> float:
    """A date as a fractional year (1 July 2000 -> about 2000.5), for the timeline's axis."""
    start = date(d.year, 1, 1)
    return d.year + (d - start).days / (date(d.year + 1, 1, 1) - start).days


def lanes(events: tuple[Event, ...], min_gap: float) -> list[int]:
    """A lane (0, 1, ...) per event so that events of one party closer than ``min_gap`` years never overlap."""
    ends: list[float] = []
    out: list[int] = []
    for e in events:
        a = year_fraction(e.earliest)
        # An open-ended date ("after ...") is drawn with an arrow to its right: give it room.
        b = year_fraction(e.latest + timedelta(days=1)) if e.latest else a + min_gap
        for lane, end in enumerate(ends):
            if a >= end + min_gap:
                ends[lane] = b
                out.append(lane)
                break
        else:
            ends.append(b)
            out.append(len(ends) - 1)
    return out


def chart(conn: sqlite3.Connection, name: str, translate: Translate = english) -> Chart:
    """The chart called ``name`` (one of CHART_NAMES), its own words given by ``translate`` (see
    kzbrowser.translate; the article's data stays as printed)."""
    builders = {"membership": membership, "poll": poll, "assessment": assessment, "timeline": timeline}
    if name not in builders:
        raise KeyError(f"unknown chart {name!r}; choose from {', '.join(CHART_NAMES)}")
    return builders[name](conn, translate)
