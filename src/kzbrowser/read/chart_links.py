"""What each chart links to: the consistency checks about its figures, and where the article prints them.

Plain Python (no Qt).
"""

from __future__ import annotations

import sqlite3

# Which consistency checks (the checks table, by key) are about the figures of each chart.
_CHECKS = {"membership": ("table1_%", "over_10_percent_members"), "poll": ("table3_%", "over_40_%"),
           "assessment": ("table4_%", "over_50_undecided_%", "about_20_useful_%"),
           "timeline": ("not_registered_at_poll_%",)}
_TABLES = {"membership": 1, "poll": 3, "assessment": 4}


def check_keys(conn: sqlite3.Connection, name: str) -> tuple[str, ...]:
    """The keys of the consistency checks about the figures of chart ``name``, in the checks table's order."""
    patterns = _CHECKS[name]
    where = " OR ".join("key LIKE ?" for _ in patterns)
    return tuple(r[0] for r in conn.execute(f"SELECT key FROM checks WHERE {where} ORDER BY rowid", patterns))


def article_spans(conn: sqlite3.Connection, name: str) -> list[tuple[int, int]]:
    """Where the chart's figures are printed in the article: the table's heading, or (timeline) each
    party's section of section 3."""
    if name in _TABLES:
        row = conn.execute("SELECT heading_start, heading_end FROM article_tables WHERE number = ?",
                           (_TABLES[name],)).fetchone()
        return [(int(row[0]), int(row[1]))] if row else []
    keys = {r[0] for r in conn.execute("SELECT DISTINCT party_key FROM events")}
    return [(int(r[1]), int(r[2])) for r in conn.execute(
        "SELECT key, section_start, section_end FROM parties WHERE section_start IS NOT NULL ORDER BY section_start")
        if r[0] in keys]
