"""A comparison of parties as HTML for the Compare view (and its printable document), with the actions its links
stand for.

Qt-free. Each item is a link: activating it shows its passage in the article; its action also carries the text
"Copy with citation" copies (the view's context menu). Table 4's figures get bars on one scale (0-100%).
"""

from __future__ import annotations

import re

from kzbrowser.present.compare_words import WORDS
from kzbrowser.present.html import PRINT_COLORS, Action, Builder, Colors, Page, escape
from kzbrowser.read.citation import MARKS
from kzbrowser.read.compare import Comparison, Item, Row
from kzbrowser.read.stored_words import THEMES, theme
from kzbrowser.spans import plain
from kzbrowser.translate import QT_TRANSLATE_NOOP, Translate, english

COMPOSED = ("Dates", "Membership")  # the groups whose items read/compare.py words ("after ...", "3 of 10")
RANK = re.compile(r"(\d+) of (\d+)")  # a rank by membership, "3 of 10"
TITLE = QT_TRANSLATE_NOOP("Compare", "Compare parties")
BARS_NOTE = QT_TRANSLATE_NOOP("Compare", "Bars: Table 4's percentages, on one scale (0 to 100%) in every column.")
BAR_COLOR = "#5b8fd0"  # the bars' colour: mid-blue, readable on light and dark backgrounds
PRINT_BAR = "#808080"  # on paper: grey, like the rest in black on white


def party_heading(name: str, abbreviation: str | None) -> str:
    return name + (f" ({abbreviation})" if abbreviation else "")


def word(translate: Translate, text: str, composed: bool = False) -> str:
    """One of the comparison's own words (compare_words.WORDS) translated; anything else (the data) as it is.

    ``composed``: a text read/compare.py puts together (a note, a date): its parts ("; ") each on their own, and
    its "since ..." and "after ..." with the date kept as printed."""
    if text in WORDS:
        return translate("Compare", text)
    if composed and "; " in text:
        return "; ".join(word(translate, part, True) for part in text.split("; "))
    if composed and text.startswith("since "):
        return translate("Compare", "since {date}").format(date=text[6:])
    if composed and text.startswith("theme: "):  # a section-4 clause's themes (read/compare.py), each the database's
        return translate("Compare", "theme: {themes}").format(
            themes=", ".join(theme(translate, label) for label in text[7:].split(", ")))
    if composed and text.startswith("after "):
        return translate("Compare", "after {date}").format(date=text[6:])
    rank = RANK.fullmatch(text) if composed else None
    if rank:
        return translate("Compare", "{rank} of {count}").format(rank=rank[1], count=rank[2])
    return text


def row_label(translate: Translate, row: Row) -> str:
    """A row's label: a theme's (kzbrowser's, stored in the database) or one of the comparison's own words."""
    return theme(translate, row.label) if row.ours and row.label in THEMES else word(translate, row.label)


def title_of(cmp: Comparison, translate: Translate = english) -> str:
    return translate("Compare", "Comparison: ") + "; ".join(party_heading(c.name, c.abbreviation) for c in cmp.parties)


def render_comparison(cmp: Comparison, colors: Colors | None = None, printing: bool = False,
                      translate: Translate = english) -> Page:
    """The comparison as one table: a column per party, a row per thing the article gives (``printing``: for
    paper, without links)."""
    b = Builder(colors or Colors(), translate, printing=printing)
    c = b.c
    n = len(cmp.parties)
    # percent of the width for each party; what is left, for the row labels (a fifth with four parties: the longest
    # word of a label, "государственность", on one line in the Russian window on a 1366-pixel screen)
    each = 80 // n
    first = 99 - each * n
    b.parts.append(f'<h3 style="margin-bottom:2px">{escape(translate("Compare", TITLE))}: '
                   + escape(translate("Compare", "{count} parties").format(count=n)) + "</h3>")
    for text in (*(cmp.notes[:1] if printing else cmp.notes), BARS_NOTE):
        shown = translate("Compare", BARS_NOTE) if text == BARS_NOTE else word(translate, text)
        b.p(f'<span style="color:{c.muted}; font-size:small">{escape(shown)}</span>')
    b.parts.append('<table width="99%" cellspacing="0" cellpadding="4" border="0">')
    head = "".join(f'<th width="{each}%" align="left" valign="bottom" style="color:{c.accent}">'
                   f"{b.text(party_heading(col.name, col.abbreviation))}</th>" for col in cmp.parties)
    b.parts.append(f'<thead><tr><th width="{first}%"></th>{head}</tr></thead>')
    group = None
    for row in cmp.rows:
        if row.group != group:
            group = row.group
            b.parts.append(f'<tr><td colspan="{n + 1}" style="background-color:{c.panel}; color:{c.accent}">'
                           f"<b>{b.text(word(translate, group))}</b></td></tr>")
        label = b.text(row_label(translate, row))
        b.parts.append(f'<tr><td valign="top" style="color:{c.muted}">{label}</td>')
        for cell in row.cells:
            b.parts.append(f'<td valign="top">{_cell(b, row, cell, cmp.scale)}</td>')
        b.parts.append("</tr>")
    b.parts.append("</table>")
    return Page("".join(b.parts), b.actions, title_of(cmp, translate))


def _cell(b: Builder, row: Row, cell: tuple[Item, ...], scale: float) -> str:
    c = b.c
    if not cell:
        return f'<span style="color:{c.muted}"><i>{b.text(word(b.translate, row.empty))}</i></span>'
    out = []
    for item in cell:
        left, right = MARKS.get(item.marks, ("", ""))
        tip = b.translate("Compare", "Show in the article (right-click: Copy with citation)")
        # a quote in the text's colour (long blue blocks read badly); the rest as the links they are
        style = "text-decoration:none" + (f"; color:{c.text}" if item.marks else "")
        # the marks outside the link, so that a cut value's note counts the value's characters only
        action = Action("show", item.spans, text=item.cite)
        text = word(b.translate, item.text, row.group in COMPOSED)
        # wrap: a column is a sixth of the view at most; a name kept on one line would be broken inside a word
        html = escape(left) + b.link(plain(text), action, tip, style, wrap=True) + escape(right)
        if item.note:
            note = word(b.translate, item.note, True)
            html += f'<br><span style="color:{c.muted}; font-size:small">{b.text(note)}</span>'
        if item.number is not None:
            html += _bar(item.number, scale, PRINT_BAR if b.printing else BAR_COLOR)
        out.append(html)
    sep = '<hr style="margin:2px 0">' if len(out) > 1 and any(i.marks for i in cell) else "<br>"
    return sep.join(out)


def _bar(value: float, scale: float, color: str) -> str:
    """A bar whose length is ``value`` on a scale of 0 to ``scale`` (the same in every column)."""
    share = max(0.0, min(value / scale, 1.0)) if scale else 0.0
    filled = max(1, round(share * 100))
    rest = f'<td width="{100 - filled}%"></td>' if filled < 100 else ""
    return ('<table width="100%" cellspacing="0" cellpadding="0" border="0" style="margin-top:2px"><tr>'
            f'<td width="{filled}%" height="7" bgcolor="{color}"></td>{rest}</tr></table>')


def printable(cmp: Comparison, translate: Translate = english) -> tuple[str, str]:
    """(title, HTML) of the comparison for paper (the print protocol, ui/printing.py): black on white, no links.

    Row by row rather than as one wide table: a page then holds a readable width of text, and the pagination's
    splitting of paragraphs that cross a page break never meets table cells (with them it took minutes)."""
    b = Builder(PRINT_COLORS, translate, printing=True)
    b.parts.append(f'<h2 style="margin-bottom:2px">{b.text(title_of(cmp, translate))}</h2>')
    b.p(f'<span style="font-size:small">{escape(word(translate, cmp.notes[0]))}</span>')
    heads = [party_heading(c.name, c.abbreviation) for c in cmp.parties]
    group = None
    for row in cmp.rows:
        if row.group != group:
            group = row.group
            b.h2(word(translate, group))
        b.p(f"<b>{b.text(row_label(translate, row))}</b>", "margin-top:6px")
        for head, cell in zip(heads, row.cells, strict=True):
            dates = row.group in COMPOSED
            items = ("; ".join(_printed(b, i, dates) for i in cell) if cell
                     else f"<i>{b.text(word(translate, row.empty))}</i>")
            b.p(f"{b.text(head)}: {items}", "margin-left:16px")
    return title_of(cmp, translate), f'<div style="color:#000000; background-color:#ffffff">{"".join(b.parts)}</div>'


def _printed(b: Builder, item: Item, dates: bool = False) -> str:
    left, right = MARKS.get(item.marks, ("", ""))
    note = f' <span style="font-size:small">({b.text(word(b.translate, item.note, True))})</span>' if item.note else ""
    return escape(left) + b.text(plain(word(b.translate, item.text, dates))) + escape(right) + note
