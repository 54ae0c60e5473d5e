"""What is printed or saved: a party profile and the article as HTML for paper, and the standalone HTML file.

Qt-free. The HTML comes from the screen's own builders (present/profile.py, read/article_doc.py) in their
printing form: black on white whatever the screen's palette, no action links ("Show in article", "Copy with
citation"), and no markup the article did not print (its italics stay italic; the asterisks that stand for them
in the stored text are never shown). ui/printing.py lays it out on pages, each footed with ``citation``.
"""

from __future__ import annotations

import sqlite3
from typing import Any, NamedTuple

from kzbrowser.present.html import PRINT_COLORS, escape, shown
from kzbrowser.present.overview import render_overview
from kzbrowser.present.profile import render_1999, render_profile
from kzbrowser.read import article_doc
from kzbrowser.read.article_doc import Element, Run
from kzbrowser.read.citation import Source
from kzbrowser.read.parties import PartySummary
from kzbrowser.translate import Translate, english


class Printable(NamedTuple):
    title: str  # the document's title (PDF metadata, the HTML file's <title>)
    html: str  # a fragment: what goes inside <body>
    citation: str  # the footer of every page (read/citation.py: the one citation form)


def profile_printable(profile: dict[str, Any], source: Source, translate: Translate = english) -> Printable:
    """One 2004 party's profile, as the detail pane shows it (in its language: see kzbrowser.translate), for paper."""
    page = render_profile(profile, source, PRINT_COLORS, translate=translate, printing=True)
    return Printable(page.title, _body(page.html), source.reference())


def party_1999_printable(party: dict[str, Any], successor_name: str | None, source: Source,
                         translate: Translate = english) -> Printable:
    """The short page of a party of the 1999 election, as the party pane shows it, for paper."""
    page = render_1999(party, successor_name, PRINT_COLORS, translate=translate, printing=True)
    return Printable(page.title, _body(page.html), source.reference())


def overview_printable(conn: sqlite3.Connection, parties: list[PartySummary], source: Source,
                       translate: Translate = english) -> Printable:
    """The overview page (a first launch, Help), for paper, in the window's language."""
    page = render_overview(conn, parties, PRINT_COLORS, printing=True, translate=translate)
    return Printable(page.title, _body(page.html), source.reference())


def article_printable(conn: sqlite3.Connection, source: Source | None = None) -> Printable:
    """The whole article, as the Article tab shows it (headings normalised, tables as tables, notes last)."""
    source = source or Source.from_db(conn)
    parts: list[str] = []
    notes = False
    for el in article_doc.elements(conn):
        if el.kind == "footnote" and not notes:
            notes = True
            parts.append('<h3 style="margin-top:20px; margin-bottom:4px">Notes</h3>')
        parts.append(_element(el))
    return Printable(source.title, _body("".join(parts)), source.reference())


def standalone_html(doc: Printable) -> str:
    """A complete HTML file of ``doc``: UTF-8, its title, readable in any browser and on paper, the citation
    at its foot."""
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape(doc.title)}</title>\n"
            "<style>body { max-width: 46em; margin: 2em auto; padding: 0 1em; color: #000; background: #fff; "
            "font-family: serif; line-height: 1.35 } footer { margin-top: 2em; border-top: 1px solid #888; "
            "font-size: small }</style>\n</head>\n<body>\n"
            f"{doc.html}\n<footer><p>{escape(doc.citation)}</p></footer>\n</body>\n</html>\n")


def _body(html: str) -> str:
    return f'<div style="color:#000000; background-color:#ffffff">{html}</div>'


# The article's elements as the reading view sets them (ui/article_view.py STYLES): size relative to the body.
_TAGS = {"title": ('<p align="center" style="margin:4px 0 4px 0; font-size:x-large"><b>', "</b></p>"),
         "author": ('<p align="center" style="margin:2px 0 2px 0; font-size:large">', "</p>"),
         "affiliation": ('<p align="center" style="margin:2px 0 16px 0"><i>', "</i></p>"),
         "section": ('<h2 style="margin-top:20px; margin-bottom:6px">', "</h2>"),
         "party": ('<h3 style="margin-top:14px; margin-bottom:4px">', "</h3>"),
         "paragraph": ('<p style="margin:4px 0 8px 0; line-height:118%">', "</p>"),
         "list": ('<ul style="margin:2px 0 2px 0"><li>', "</li></ul>"),
         "chart": ('<p style="margin:8px 0 10px 0; color:#4a4a4a">', "</p>"),
         "footnote": ('<p style="margin:2px 0 4px 0; font-size:small">', "</p>")}


def _runs(runs: list[Run]) -> str:
    out = []
    for run in runs:
        text = shown(run.text)  # a footnote marker as printed: a superscript digit
        if run.italic and run.footnote is None:
            text = f"<i>{text}</i>"
        out.append(text)
    return "".join(out)


def _element(el: Element) -> str:
    if el.kind == "table":
        head = "".join(f"<th align=\"left\">{_runs(cell)}</th>" for cell in el.header)
        rows = "".join("<tr>" + "".join(f"<td>{_runs(cell)}</td>" for cell in row) + "</tr>" for row in el.rows)
        return (f'<h4 style="margin:12px 0 4px 0; font-size:medium">{_runs(el.runs)}</h4>'
                '<table border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse; '
                f'border-color:#808080; margin-bottom:8px"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')
    left, right = _TAGS.get(el.kind, _TAGS["paragraph"])
    number = f"{escape(el.number)}. " if el.kind == "footnote" else ""
    return f"{left}{number}{_runs(el.runs)}{right}"
