"""The overview page of a first launch (and of Help): what the article is, its parties, how to use kzbrowser.

What it says of the article is the article's own: its title, author, affiliation and section headings as the
database holds them, and each party's Table 1 line. The "Using kzbrowser" part is kzbrowser's own help.
"""

from __future__ import annotations

import sqlite3

from kzbrowser.present.html import Action, Builder, Colors, Page, escape
from kzbrowser.read.parties import PartySummary
from kzbrowser.translate import QT_TRANSLATE_NOOP, Translate, english

TITLE = QT_TRANSLATE_NOOP("Overview", "Overview")
HELP = (
    (QT_TRANSLATE_NOOP("Overview", "Look a party up"),
     QT_TRANSLATE_NOOP("Overview", "click it in the list on the left, or type any of its names or its abbreviation "
                                   "in the filter above the list (Ctrl+L).")),
    (QT_TRANSLATE_NOOP("Overview", "Search"),
     QT_TRANSLATE_NOOP("Overview", "Ctrl+F: every quote and paragraph with all the words typed, as you type. "
                                   "“exact phrase”, a OR b, -word and prefix* work too; Down moves to the results, "
                                   "Enter opens one, F3 the next.")),
    (QT_TRANSLATE_NOOP("Overview", "Cite"),
     QT_TRANSLATE_NOOP("Overview", "each fact on a party's page has its actions beside it: ↗ shows the passage in the "
                                   "article, ❝ copies the text with a citation, ❐ copies the value alone (also on a "
                                   "right click). File > Copy article citation cites the whole article.")),
    (QT_TRANSLATE_NOOP("Overview", "Find your way"),
     QT_TRANSLATE_NOOP("Overview", "Alt+Left and Alt+Right (or the mouse's back and forward buttons) go back and "
                                   "forward through the places you visited; Ctrl++ and Ctrl+- make the text larger "
                                   "or smaller; F1 shows this page again.")),
)


def render_overview(conn: sqlite3.Connection, parties: list[PartySummary], colors: Colors | None = None,
                    printing: bool = False, translate: Translate = english) -> Page:
    """``printing``: for paper (see :class:`Builder`: links as their plain labels); ``translate``: the interface
    words (see kzbrowser.translate)."""
    b = Builder(colors or Colors(), translate, printing=printing)
    c, t = b.c, b.text
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('title_normalised', 'author_normalised', "
                             "'affiliation')").fetchall())
    sections = conn.execute("SELECT number, title, section_start, section_end FROM sections ORDER BY number"
                            ).fetchall()
    title = meta.get("title_normalised", translate("Overview", "(title not recorded)"))
    author = meta.get("author_normalised", translate("Overview", "(author not recorded)"))
    b.parts.append(f'<h2 style="margin-bottom:2px">{t(title)}</h2>')
    b.p(f"<b>{t(author)}</b>")
    if meta.get("affiliation"):
        lines = [t(line.strip(" *")) for line in str(meta["affiliation"]).splitlines() if line.strip(" *")]
        b.p(f'<span style="color:{c.muted}">' + " ".join(lines) + "</span>")  # its lines end in their commas
    b.p(f'<span style="color:{c.muted}">' + escape(translate(
        "Overview", "kzbrowser shows what this article says of Kazakhstan's political parties, every fact with "
                    "the passage it comes from.")) + "</span>")

    b.h2(translate("Overview", "What the article covers: its sections"))
    for number, title, start, end in sections:
        b.p(f"{escape(number)}. " + b.link(str(title), Action("show", ((int(start), int(end)),)),
                                          translate("Overview", "Open the article at this section")))

    b.h2(translate("Overview", "The {count} parties at a glance (Table 1)").format(count=len(parties)))
    # A line per party, not a table: the first table a document lays out costs more than the rest of the page,
    # and this page is the first frame of a first launch.
    for p in parties:
        abbr = f" ({p.abbreviation})" if p.abbreviation else ""
        marks = (([translate("Overview", "opposition")] if p.opposition else [])
                 + ([] if p.in_poll else [translate("Overview", "not in poll")]))
        note = f' <span style="color:{c.muted}">· {escape(", ".join(marks))}</span>' if marks else ""
        b.p(b.link(p.full_name + abbr, Action("party", target=p.key)) + f" — {t(p.members_printed)}{note}")
    b.p(f'<span style="color:{c.muted}; font-size:small">' + escape(translate(
        "Overview", "Members: Table 1 of the article; “No data” is unknown, not zero. Opposition: footnote 1. Not in "
                    "poll: not yet registered when the poll of Table 4 was taken (footnote 5; inference: it names "
                    "no party).")) + "</span>")

    b.h2(translate("Overview", "Using kzbrowser"))
    for head, text in HELP:
        b.p(f"<b>{escape(translate('Overview', head))}</b>: {escape(translate('Overview', text))}")
    return Page("".join(b.parts), b.actions, translate("Overview", TITLE))
