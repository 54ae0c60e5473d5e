"""Parties side by side: what the article gives for each of 2 to 6 parties, lined up row by row.

Qt-free. Built from :meth:`Parties.profile` (the one reading of a party), plus kzbrowser's themes for quotes and
section-4 positions. Every item carries the spans it was read from and the text "Copy with citation" copies; an
empty cell is a row's ``empty`` text ("not in the article"), never a blank.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any, NamedTuple

from kzbrowser.read.citation import MARKS, PASSAGE, Source
from kzbrowser.read.parties import GROUPS, Parties, Record
from kzbrowser.spans import plain
from kzbrowser.translate import QT_TRANSLATE_NOOP, Message

MIN_PARTIES, MAX_PARTIES = 2, 6
NOT_IN_ARTICLE = "not in the article"
QUOTES_GROUP = "Quotes by theme (kzbrowser's classification, not the article's)"
NO_QUOTE = "no quote with this theme"
THEMES_NOTE = "Themes are kzbrowser's classification, not the article's."
EVENT_ORDER = ("constituent congress", "founded", "congress", "registered", "reregistered")
EVENT_LABEL = {"constituent congress": "Constituent congress", "congress": "Congress", "founded": "Set up",
               "registered": "Registered", "reregistered": "Re-registered"}
PRECISION = {"day": "exact day", "month": "month only", "season": "season only", "part-of-year": "part of a year",
             "year": "year only", "after": "no date printed"}
SOURCE_LABEL = {"program": "program", "statement": "statement", "address": "address",
                "not stated": "source not stated"}

Span = tuple[int, int]


class CompareError(ValueError):
    """The parties asked for cannot be compared (too few, too many, one twice); the message says why (``why``: the
    same, to translate)."""

    def __init__(self, template: str, **values: str | int | Message) -> None:
        self.why = Message.of("Compare", template, **values)
        super().__init__(str(self.why))


class Item(NamedTuple):
    """One thing the article says, in one cell."""

    text: str  # as printed (emphasis marks kept; plain() for text output)
    spans: tuple[Span, ...]  # where the article prints it
    cite: str  # what "Copy with citation" copies
    note: str = ""  # our words beside it: a role, a date's precision, a quote's source, its themes
    number: float | None = None  # a Table 4 percentage, for the bars
    marks: str = ""  # a quote's printed marks: "curly" or "straight"


class Row(NamedTuple):
    group: str  # the heading the row stands under
    label: str
    cells: tuple[tuple[Item, ...], ...]  # one per party, in the comparison's order
    empty: str = NOT_IN_ARTICLE  # what an empty cell says
    ours: bool = False  # a row of kzbrowser's themes (its classification, not the article's)


class Column(NamedTuple):
    key: str
    name: str  # the full name as printed in Table 1
    abbreviation: str | None


class Comparison(NamedTuple):
    parties: tuple[Column, ...]
    rows: tuple[Row, ...]
    scale: float  # the bars' full length, in percent (Table 4 figures are percentages of respondents)
    notes: tuple[str, ...]


def check_keys(keys: Sequence[str]) -> None:
    if len(set(keys)) != len(keys):
        raise CompareError(QT_TRANSLATE_NOOP("Compare", "a party is given twice: give each party once"))
    if not MIN_PARTIES <= len(keys) <= MAX_PARTIES:
        raise CompareError(QT_TRANSLATE_NOOP("Compare", "compare takes {low} to {high} parties, not {count}"),
                           low=MIN_PARTIES, high=MAX_PARTIES, count=len(keys))


def compare(conn: sqlite3.Connection, keys: Sequence[str], source: Source | None = None) -> Comparison:
    """The comparison of the parties ``keys`` (2 to 6, each once)."""
    check_keys(keys)
    source = source or Source.from_db(conn)
    bounds = conn.execute("SELECT number, section_start, section_end FROM sections").fetchall()

    def section(span: Sequence[int]) -> int:  # the section a passage is printed in (footnotes: their page's)
        return next((n for n, a, b in bounds if a <= span[0] < b), 1)

    parties = Parties(conn)
    profiles = [parties.profile(k) for k in keys]
    rows: list[Row] = []
    rows += _names(profiles, source)
    fn1 = conn.execute("SELECT text_start, text_end FROM footnotes WHERE number = 1").fetchone()
    rows += _groups(profiles, source, (fn1[0], fn1[1]) if fn1 else (0, 0))
    rows.append(Row("Leaders", "Leaders and founders", tuple(tuple(
        Item(ld["name"], (tuple(ld["anchor_span"]),), source.quote(ld["anchor"], None, 3, PASSAGE),
             "; ".join(x for x in (ld["role"], plain(ld["description"] or ""),
                                   f"since {ld['since']}" if ld["since"] else "") if x))
        for ld in p["leaders"]) for p in profiles)))
    kinds = [k for k in EVENT_ORDER if any(e["kind"] == k for p in profiles for e in p["events"])]
    for kind in kinds:
        rows.append(Row("Dates", EVENT_LABEL[kind], tuple(tuple(
            Item(f"after {e['date']}" if e["precision"] == "after" else e["date"], (tuple(e["anchor_span"]),),
                 source.quote(e["anchor"], None, 3, PASSAGE), PRECISION.get(e["precision"], e["precision"]))
            for e in p["events"] if e["kind"] == kind) for p in profiles)))
    rows.append(Row("Dates", "Also stated", tuple(tuple(
        Item(st["text"], (tuple(st["text_span"]),),
             source.quote(st["anchor"], None, section(st["anchor_span"]), PASSAGE), st["topic"])
        for st in p["statements"]) for p in profiles)))
    rows += _membership(profiles, source)
    rows += _assessment(conn, profiles, source)
    rows.append(Row("Social basis", "Social basis", tuple(tuple(
        Item(s["text"], (tuple(s["text_span"]),), source.quote(s["anchor"], None, 3, PASSAGE))
        for s in p["social_basis"]) for p in profiles)))
    themes = _themes(conn)
    rows.append(_positions(profiles, source, themes))
    rows += _quotes(profiles, source, themes)
    cols = tuple(Column(p["key"], p["full_name"], p["abbreviation"]) for p in profiles)
    notes = (THEMES_NOTE, "Every item links to the passage it comes from; dates as printed, with their precision; "
             "figures as printed in Tables 1 and 4.")
    return Comparison(cols, tuple(rows), 100.0, notes)


def _names(profiles: list[Record], source: Source) -> list[Row]:
    full = tuple((Item(p["full_name"], (tuple(p["full_name_span"]),),
                       source.figure("Name in Table 1", p["full_name"], 1)),) for p in profiles)
    abbr = tuple(((Item(p["abbreviation"], (tuple(p["abbreviation_span"]),),
                        source.figure(f"Abbreviation of the {p['full_name']}", p["abbreviation"], None)),)
                  if p["abbreviation"] else ()) for p in profiles)
    others = tuple(tuple(Item(n["name"], (tuple(n["name_span"]),),
                              source.figure("A name of the party", n["name"], None),
                              f"= {n['normalised']}" if n["normalised"] != n["name"] else "")
                         for n in p["names"] if n["name"] not in (p["full_name"], p["abbreviation"]))
                   for p in profiles)
    return [Row("Names", "Name (Table 1)", full), Row("Names", "Abbreviation", abbr),
            Row("Names", "Other names in the article", others)]


def _groups(profiles: list[Record], source: Source, fn1: Span) -> list[Row]:
    def where(o: Record) -> str:
        said = "footnote 1" if fn1[0] <= o["anchor_span"][0] < fn1[1] else "section 3"
        return said + ("; inference: it says “the two Communist parties”" if o["inference"] else "")

    opposition = tuple(tuple(
        Item("opposition party", (tuple(o["anchor_span"]),),
             source.quote(o["anchor"], None, 1 if "footnote" in where(o) else 3, PASSAGE), where(o))
        for o in p["opposition_sources"]) for p in profiles)
    poll = tuple((Item("not yet registered", (tuple(p["not_registered_at_poll_source"]["text_span"]),),
                       source.quote(p["not_registered_at_poll_source"]["text"], None, 2, PASSAGE),
                       "footnote 5; inference: it names no party"),) if p["not_registered_at_poll"] else
                 (Item("registered (in Table 4)", (tuple(p["assessment"][0]["name_span"]),),
                       source.figure(p["assessment"][0]["name"], "in Table 4", 4),
                       "footnote 5; inference: the poll lists it, and the footnote says the others were not yet "
                       "registered"),) for p in profiles)
    stance = tuple(tuple(Item(s["stance"], (tuple(s["anchor_span"]),), source.quote(s["anchor"], None, 3, PASSAGE),
                              f"“{plain(s['anchor'])}”") for s in p["stances"]) for p in profiles)
    return [Row("Groups", "Opposition (footnote 1)", opposition, "not named an opposition party"),
            Row("Groups", "At the time of the poll (Table 4, footnote 5)", poll),
            Row("Groups", "Stance toward the president's course", stance, "not stated")]


def _membership(profiles: list[Record], source: Source) -> list[Row]:
    members, ranks = [], []
    for p in profiles:
        m = p["membership"]
        span = (tuple(m["members_printed_span"]),)
        if m["members"] is None:
            members.append((Item(m["members_printed"], span, source.figure(f"Membership of the {p['full_name']}",
                                                                           m["members_printed"], 1),
                                 "unknown, not zero"),))
            ranks.append((Item("no rank", span, source.figure(f"Membership of the {p['full_name']}",
                                                              m["members_printed"], 1), "No data in Table 1"),))
        else:
            cite = source.figure(f"Membership of the {p['full_name']}", m["members_printed"], 1)
            members.append((Item(m["members_printed"], span, cite),))
            ranks.append((Item(f"{m['rank']} of 10", span, cite),))
    return [Row("Membership", "Members (Table 1)", tuple(members)),
            Row("Membership", "Rank by membership (kzbrowser's, among the 10 with data)", tuple(ranks))]


def _assessment(conn: sqlite3.Connection, profiles: list[Record], source: Source) -> list[Row]:
    labels = [r[0] for r in conn.execute("SELECT label FROM table4_categories ORDER BY seq")]
    rows = []
    for label in labels:
        cells: list[tuple[Item, ...]] = []
        for p in profiles:
            a = next((a for a in p["assessment"] if a["category"] == label), None)
            if a is None and p["not_registered_at_poll"]:
                fn = p["not_registered_at_poll_source"]
                cells.append((Item("not in Table 4", (tuple(fn["text_span"]),),
                                   source.quote(fn["text"], None, 2, PASSAGE),
                                   "" if label != labels[0] else "not yet registered at the time of the poll: "
                                   "footnote 5; inference: it names no party"),))
            elif a is None:
                cells.append(())  # an empty cell
            else:
                cells.append((Item(a["percent_printed"], (tuple(a["percent_printed_span"]),),
                                   source.figure(f"{label}, {p['full_name']}", f"{a['percent_printed']}%", 4),
                                   number=a["percent"]),))
        rows.append(Row("Assessment (Table 4, %)", label, tuple(cells)))
    return rows


def _themes(conn: sqlite3.Connection) -> dict[str, Any]:
    """The vocabulary (key -> label, in order) and what each quote and clause is given."""
    vocab = dict(conn.execute("SELECT key, label FROM themes ORDER BY seq").fetchall())
    quotes: dict[int, list[str]] = {}
    clauses: dict[int, list[str]] = {}
    for theme, quote_id, clause_start in conn.execute(
            "SELECT theme, quote_id, clause_start FROM theme_assignments ORDER BY rowid"):
        into = quotes.setdefault(quote_id, []) if quote_id is not None else clauses.setdefault(clause_start, [])
        if theme not in into:
            into.append(theme)
    return {"vocab": vocab, "quotes": quotes, "clauses": clauses}


def _positions(profiles: list[Record], source: Source, themes: dict[str, Any]) -> Row:
    vocab = themes["vocab"]
    return Row("Nationalities policy (section 4)", "New elements of nationalities policy", tuple(tuple(
        Item(pos["clause"], (tuple(pos["clause_span"]),), source.quote(pos["clause"], None, 4, PASSAGE),
             "theme: " + ", ".join(vocab.get(t, t) for t in themes["clauses"].get(pos["clause_span"][0], []))
             if themes["clauses"].get(pos["clause_span"][0]) else "")
        for pos in p["positions"]) for p in profiles), "not named in section 4's list")


def _quotes(profiles: list[Record], source: Source, themes: dict[str, Any]) -> list[Row]:
    vocab: dict[str, str] = themes["vocab"]
    of: dict[int, list[str]] = themes["quotes"]

    def item(p: Record, q: Record) -> Item:
        spans = tuple(tuple(s) for s in (q.get("text_pieces") or [q["text_span"]]))
        return Item(q["text"], spans, source.quote(q["text"], p["full_name"], 3, q["style"]),
                    SOURCE_LABEL.get(q["source"], str(q["source"])), marks=q["style"] if q["style"] in MARKS else "")

    rows = []
    for key, label in vocab.items():
        cells = tuple(tuple(item(p, q) for q in p["quotes"] if key in of.get(q["id"], [])) for p in profiles)
        if any(cells):
            rows.append(Row(QUOTES_GROUP, label, cells, NO_QUOTE, ours=True))
    rest = tuple(tuple(item(p, q) for q in p["quotes"] if not of.get(q["id"])) for p in profiles)
    if any(rest):
        rows.append(Row(QUOTES_GROUP, "no theme assigned", rest, NO_QUOTE, ours=True))
    if not any(p["quotes"] for p in profiles):
        rows.append(Row(QUOTES_GROUP, "Quotes", tuple(() for _ in profiles), "the article quotes nothing from "
                        "these parties", ours=True))
    return rows


def group_keys(conn: sqlite3.Connection, group: str) -> tuple[str, ...]:
    """The parties of a group (see read.parties.GROUPS)."""
    found = Parties(conn).groups()
    if group not in found:
        raise CompareError(QT_TRANSLATE_NOOP("Compare", "no group {group!r}; the groups are: {groups}"), group=group,
                           groups=", ".join(GROUPS))
    return found[group]
