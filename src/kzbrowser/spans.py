"""The article's text conventions, shared by the build and the read side: offsets, lines, page-break pieces."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

SUPERSCRIPTS = {"¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9}

# The article prints emphasis as Markdown does: *italics* (newspaper and book titles, the affiliation) and
# **bold** (Table 4's caption). An asterisk that opens emphasis is followed by a non-space, one that closes it
# follows one; "* Indifference" (a Table 3 line) is a list mark, not emphasis.
EMPHASIS = re.compile(r"(?<![\w*])(\*\*?)(?=[^\s*])(.+?)(?<=[^\s*])\1(?![\w*])", re.DOTALL)


def plain(text: str) -> str:
    """``text`` as plain text: the emphasis marks dropped, ``*Strana i mir*`` -> ``Strana i mir``.

    Every text that leaves the app as plain text (snippets, copies, citations, exports, the command line)
    passes through here; the stored values and their spans keep the asterisks, as printed.
    """
    return EMPHASIS.sub(r"\2", text) if "*" in text else text


def printed_spans(pieces: Sequence[Sequence[int]], start: int, end: int) -> list[tuple[int, int]]:
    """Article spans covering ``[start, end)`` of a text printed as ``pieces`` joined by one space."""
    spans: list[tuple[int, int]] = []
    base = 0
    for p_start, p_end in pieces:
        length = p_end - p_start
        lo, hi = max(start, base), min(end, base + length)
        if lo < hi:
            spans.append((p_start + lo - base, p_start + hi - base))
        base += length + 1
    return spans


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def check_stored(conn: sqlite3.Connection, article_text: str) -> tuple[int, list[str]]:
    """Every stored printed value against the article at its span(s): how many were checked, and what differs.

    The one span check: the build runs it on the file it wrote, ``kzbrowser verify`` and "About the data" on the
    file they read. A value printed across a page break is checked piece by piece (``x_pieces``).
    """
    import json

    from kzbrowser.schema import TABLES

    checked = 0
    problems: list[str] = []
    for table in TABLES:
        if table.endswith("_fts") or table == "schema_doc":
            continue
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        for col in cols:
            if f"{col}_start" not in cols or f"{col}_end" not in cols:
                continue
            pieces = f'"{col}_pieces"' if f"{col}_pieces" in cols else "NULL"
            sql = (f'SELECT rowid, "{col}", "{col}_start", "{col}_end", {pieces} FROM "{table}" '
                   f'WHERE "{col}_start" IS NOT NULL')
            for rowid, value, start, end, piece_json in conn.execute(sql):
                checked += 1
                try:
                    spans = json.loads(piece_json) if piece_json else [[start, end]]
                    printed = " ".join(article_text[s:e] for s, e in spans)
                except (ValueError, TypeError):
                    printed = None
                if printed != value:
                    problems.append(f"{table}.{col} row {rowid}: stored {value!r}, the article has {printed!r}")
    return checked, problems
