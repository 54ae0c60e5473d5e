"""Read parties and their profiles from an open database (plain dicts; no Qt, no re-parsing)."""

from __future__ import annotations

import sqlite3
from typing import Any, NamedTuple

from kzbrowser.read import names
from kzbrowser.translate import QT_TRANSLATE_NOOP, Translate, english

Record = dict[str, Any]

# What a profile holds, from which table, in which order.
PROFILE_TABLES = {
    "names": ("party_names", "rowid"),
    "leaders": ("leaders", "seq"),
    "events": ("events", "earliest, rowid"),
    "social_basis": ("social_basis", "rowid"),
    "origins": ("origins", "rowid"),
    "membership": ("table1_membership", "row"),
    "assessment": ("table4_assessment", "rowid"),
    "quotes": ("quotes", "id"),
    "media": ("media", "seq"),
    "positions": ("positions", "item, rowid"),
    "opposition_sources": ("opposition", "rowid"),
    "statements": ("statements", "rowid"),
    "stances": ("stances", "rowid"),
    "inferences": ("inferences", "rowid"),
}


# The groups of parties the article supports: key -> (label, where the article says it). Stances toward the
# president's course only where the article states one (table stances); section 4's "pro-presidential parties"
# are not named, so no group is made of them.
# Their words marked for the window's translation (translated where shown, under "Groups").
GROUPS = {
    "opposition": (QT_TRANSLATE_NOOP("Groups", "Opposition parties"), QT_TRANSLATE_NOOP("Groups", "footnote 1")),
    "not-in-poll": (QT_TRANSLATE_NOOP("Groups", "Not yet registered at the time of the poll"),
                    QT_TRANSLATE_NOOP("Groups", "footnote 5")),
    "supports-president": (QT_TRANSLATE_NOOP("Groups", "Stated to support the president's course"),
                           QT_TRANSLATE_NOOP("Groups", "section 3")),
}


class UnknownParty(LookupError):
    """No single party has that name; ``resolution`` says why (ambiguous, close names, a 1999 party)."""

    def __init__(self, name: str, resolution: names.Resolution | None = None) -> None:
        super().__init__(name)
        self.name = name
        self.resolution = resolution or names.Resolution(None)

    def message(self, printed: dict[str, str]) -> str:
        """One sentence for the user; ``printed`` maps keys to the names to show."""
        r = self.resolution
        shown = self.name if len(self.name) <= 80 else self.name[:80] + "…"
        if not self.name.strip():
            return "the party name is empty: give a name, variant or abbreviation ('kzbrowser parties' lists them)"
        if r.candidates:
            return (f"{shown!r} could be any of: {'; '.join(printed[k] for k in r.candidates)}. "
                    "Type more of the name")
        if r.note:
            return r.note
        close = f"; did you mean {' or '.join(repr(s) for s in r.suggestions)}?" if r.suggestions else ""
        return f"no party called {shown!r}{close} ('kzbrowser parties' lists them)"


class PartySummary(NamedTuple):
    """One line of the party list."""

    key: str
    full_name: str
    short_name: str
    abbreviation: str | None
    members: int | None  # None: "No data" in Table 1
    members_printed: str
    rank: int | None
    opposition: bool
    in_poll: bool  # False: not yet registered at the time of the poll (Table 4, footnote 5)
    registered_printed: str | None  # the date as printed, or "after <date>" where only that is known
    registered_precision: str | None  # day, month, season, part-of-year, year or after
    registered_iso: str | None  # the date at its precision (1994-02); None for "after" (no date printed)
    registered_sort_key: str | None  # the earliest day the date allows: for sorting only, never a date to show
    names: tuple[str, ...]  # every name, variant and abbreviation, printed and normalised


def record(row: sqlite3.Row) -> Record:
    """A row as a dict whose printed values carry their span: x, x_start, x_end -> x, x_span."""
    d = dict(row)
    out: Record = {}
    for k, v in d.items():
        if k.endswith(("_start", "_end", "_pieces")) and _base(k) in d:
            continue
        out[k] = v
        if f"{k}_start" in d and d[f"{k}_start"] is not None:
            out[f"{k}_span"] = [d[f"{k}_start"], d[f"{k}_end"]]
            if d.get(f"{k}_pieces"):
                import json  # rare (values across a page break), and json is not loaded at start-up otherwise

                out[f"{k}_pieces"] = json.loads(d[f"{k}_pieces"])
    # Spans whose printed value is not stored separately (e.g. a quote's source anchor).
    for k, v in d.items():
        if k.endswith("_start") and _base(k) not in d and f"{_base(k)}_end" in d and v is not None:
            out[f"{_base(k)}_span"] = [v, d[f"{_base(k)}_end"]]
    return out


def _base(column: str) -> str:
    return column.rsplit("_", 1)[0]


class Parties:
    """Queries about parties over one open connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def summaries(self) -> list[PartySummary]:
        rows = self.conn.execute("""
            SELECT p.key, p.full_name, p.short_name, p.abbreviation, p.opposition, p.in_table4,
                   m.members, m.members_printed, m.rank,
                   r.earliest AS reg, r.precision AS reg_prec, r.iso AS reg_iso,
                   CASE WHEN r.precision = 'after' THEN 'after ' || r.date ELSE r.date END AS reg_p,
                   (SELECT group_concat(name || char(31) || normalised, char(31)) FROM party_names n
                     WHERE n.party_key = p.key) AS names
            FROM parties p JOIN table1_membership m ON m.party_key = p.key
            LEFT JOIN events r ON r.party_key = p.key AND r.kind = 'registered'
            ORDER BY p.table1_row""").fetchall()
        return [PartySummary(r["key"], r["full_name"], r["short_name"], r["abbreviation"], r["members"],
                             r["members_printed"], r["rank"], bool(r["opposition"]), bool(r["in_table4"]),
                             r["reg_p"], r["reg_prec"], r["reg_iso"], r["reg"],
                             tuple(dict.fromkeys(r["names"].split("\x1f"))))
                for r in rows]

    def groups(self) -> dict[str, tuple[str, ...]]:
        """GROUPS key -> the keys of its parties, in Table 1 order."""
        sql = {"opposition": "SELECT key FROM parties WHERE opposition = 1 ORDER BY table1_row",
               "not-in-poll": "SELECT key FROM parties WHERE in_table4 = 0 ORDER BY table1_row",
               "supports-president": "SELECT DISTINCT p.key FROM parties p JOIN stances s ON s.party_key = p.key "
                                     "WHERE s.stance = 'supports' ORDER BY p.table1_row"}
        return {g: tuple(r[0] for r in self.conn.execute(q)) for g, q in sql.items()}

    def filter_choices(self, printed: dict[str, str], translate: Translate = english
                       ) -> list[tuple[str | list[str], str]]:
        """A party filter's choices: (keys, "Label (where the article says it)") of each group, then (key, name) of
        each party of ``printed``; ``translate``: the groups' words (see kzbrowser.translate)."""
        groups: list[tuple[str | list[str], str]] = [(list(k), "{} ({})".format(*(translate("Groups", w)
                                                                                   for w in GROUPS[g])))
                                                     for g, k in self.groups().items()]
        return groups + list(printed.items())

    def resolve(self, name: str) -> names.Resolution:
        """The party ``name`` names, by the rules of kzbrowser.read.names; UnknownParty when it names none."""
        found = names.index(self.conn).resolve(name)
        if found.key is None:
            raise UnknownParty(name, found)
        return found

    def printed_names(self) -> dict[str, str]:
        """Key -> "Full Name (ABBR)", as the list and the CLI print a party."""
        return names.index(self.conn).printed

    def profile(self, key: str) -> Record:
        row = self.conn.execute("SELECT * FROM parties WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise UnknownParty(key)
        prof = record(row)
        for field, (table, order) in PROFILE_TABLES.items():
            rows = self.conn.execute(f"SELECT * FROM {table} WHERE party_key = ? ORDER BY {order}", (key,))
            prof[field] = [record(r) for r in rows]
        prof["membership"] = prof["membership"][0] if prof["membership"] else None
        prof["not_registered_at_poll"] = not prof["in_table4"]
        if prof["not_registered_at_poll"]:
            fn = self.conn.execute("SELECT * FROM footnotes WHERE number = 5").fetchone()
            prof["not_registered_at_poll_source"] = record(fn)
        prof["links_1999"] = [record(r) for r in self.conn.execute("""
            SELECT l.kind, l.anchor, l.anchor_start, l.anchor_end, l.inference, o.name AS party_1999,
                   o.abbreviation AS party_1999_abbreviation
            FROM links_1999 l JOIN parties_1999 o ON o.seq = l.party_1999
            WHERE l.party_key = ? ORDER BY o.seq""", (key,))]
        prof["paragraphs"] = [r["id"] for r in self.conn.execute(
            "SELECT id FROM paragraphs WHERE party_key = ? ORDER BY id", (key,))]
        return prof

    def parties_1999(self) -> list[Record]:
        rows = self.conn.execute("""
            SELECT o.*, l.party_key AS successor, l.kind AS link_kind,
                   l.anchor_start AS link_start, l.anchor_end AS link_end
            FROM parties_1999 o LEFT JOIN links_1999 l ON l.party_1999 = o.seq ORDER BY o.seq""")
        return [record(r) for r in rows]
