"""A comparison of parties as text: Markdown, CSV, JSON-ready data and the command line's plain text.

Text that leaves kzbrowser carries no markup the article did not print: the emphasis asterisks are dropped
(spans.plain), a quote keeps its printed marks, every figure its printed form.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from kzbrowser.read.citation import MARKS, Source
from kzbrowser.read.compare import Comparison, Item, Row
from kzbrowser.spans import plain

CSV_HEADER = ("group", "row", "party_key", "party", "item", "text", "note", "citation", "spans")


def _text(item: Item) -> str:
    left, right = MARKS.get(item.marks, ("", ""))
    return f"{left}{plain(item.text)}{right}"


def _item(item: Item) -> str:
    return _text(item) + (f" ({plain(item.note)})" if item.note else "")


def _cell(row: Row, cell: tuple[Item, ...]) -> str:
    return " · ".join(_item(i) for i in cell) if cell else row.empty


def _heading(name: str, abbreviation: str | None) -> str:
    return name + (f" ({abbreviation})" if abbreviation else "")


def _md(text: str) -> str:
    """Text for the Markdown (a table cell, a heading, a note): the one escaping path, present/markdown.py's
    (one line; pipes, HTML, links and every other markup character escaped)."""
    from kzbrowser.present.markdown import md_text

    return md_text(text)


def to_markdown(cmp: Comparison, source: Source) -> str:
    heads = [_heading(c.name, c.abbreviation) for c in cmp.parties]
    out = [f"# Comparison: {_md('; '.join(heads))}", ""]
    out += [f"_{_md(note)}_" for note in cmp.notes] + [""]
    out.append("| | " + " | ".join(_md(h) for h in heads) + " |")
    out.append("|---|" + "---|" * len(heads))
    group = None
    for row in cmp.rows:
        if row.group != group:
            group = row.group
            out.append(f"| **{_md(group)}** |" + " |" * len(heads))
        out.append(f"| {_md(row.label)} | " + " | ".join(_md(_cell(row, c)) for c in row.cells) + " |")
    out += ["", f"Source: {_md(source.reference())}", ""]
    return "\n".join(out)


def to_csv(cmp: Comparison) -> str:
    """One line per item (an empty cell: one line saying so), each with its citation and spans."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_HEADER)
    for row in cmp.rows:
        for col, cell in zip(cmp.parties, row.cells, strict=True):
            party = _heading(col.name, col.abbreviation)
            if not cell:
                w.writerow((row.group, row.label, col.key, party, 0, row.empty, "", "", ""))
            for n, item in enumerate(cell, start=1):
                spans = ";".join(f"{s}-{e}" for s, e in item.spans)
                w.writerow((row.group, row.label, col.key, party, n, _text(item), plain(item.note),
                            item.cite, spans))
    return buf.getvalue()


def to_data(cmp: Comparison) -> dict[str, Any]:
    """The comparison as plain data for JSON."""
    return {
        "parties": [c._asdict() for c in cmp.parties],
        "notes": list(cmp.notes),
        "scale_percent": cmp.scale,
        "rows": [{"group": r.group, "label": r.label, "kzbrowser_classification": r.ours,
                  "cells": [{"party_key": col.key, "empty": None if cell else r.empty,
                             "items": [{"text": i.text, "shown": _text(i), "note": i.note or None,
                                        "number": i.number, "spans": [list(s) for s in i.spans],
                                        "citation": i.cite} for i in cell]}
                            for col, cell in zip(cmp.parties, r.cells, strict=True)]}
                 for r in cmp.rows],
    }


def to_text(cmp: Comparison) -> str:
    """The command line's plain text: row by row, one line per party."""
    heads = [_heading(c.name, c.abbreviation) for c in cmp.parties]
    out = ["Comparison: " + "; ".join(heads), *cmp.notes]
    group = None
    for row in cmp.rows:
        if row.group != group:
            group = row.group
            out += ["", f"== {group} =="]
        out.append(row.label)
        for head, cell in zip(heads, row.cells, strict=True):
            out.append(f"  {head}: {_cell(row, cell)}")
    return "\n".join(out) + "\n"
