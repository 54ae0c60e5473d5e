"""The one HTML builder of the reading views: escaping, links that stand for actions, the shared styles."""

from __future__ import annotations

from typing import NamedTuple

from kzbrowser.translate import QT_TRANSLATE_NOOP, Translate, english


# NamedTuples rather than dataclasses: these modules load at start-up, where each dataclass costs a
# millisecond or two to create.
class Action(NamedTuple):
    kind: str  # show | copy | party | party1999
    spans: tuple[tuple[int, int], ...] = ()
    text: str = ""
    target: str = ""
    label: str = ""  # what the action does, in words ("Show in article"), where its link shows a symbol


class Colors(NamedTuple):
    """Palette colours, so the pane reads well in light and dark themes."""

    text: str = "#202020"
    muted: str = "#606060"
    panel: str = "#f2f2f2"
    accent: str = "#1f5fa8"
    warn: str = "#a04000"
    mark: str = "#ffe27a"  # background of search matches
    mark_text: str = "#000000"
    heading: str = "#2c3e50"  # section headings: the text colour leaning to the palette's highlight


# Paper: black on white whatever the screen's palette; accents and warnings in black too (a grey printer).
PRINT_COLORS = Colors(text="#000000", muted="#4a4a4a", panel="#ffffff", accent="#000000", warn="#000000",
                      mark="#ffffff", mark_text="#000000", heading="#000000")


class Page(NamedTuple):
    html: str
    actions: dict[int, Action]
    title: str = ""


# How much of one stored value is shown. The article's longest paragraph has 1,391 characters; laying out a
# long unbroken value takes time that grows with the square of its length (10,000 characters: ~20 ms, 2 MB:
# minutes), so a longer value is cut for showing, with a note, and kept whole for copying.
SHOWN_CHARS = 10_000
# C0 controls (but tab and newline, which lay out as spaces), DEL and the C1 controls -> visible symbols
_VISIBLE = {i: 0x2400 + i for i in range(32) if chr(i) not in "\t\n"}
_VISIBLE.update({0x7F: 0x2421, **{i: 0xFFFD for i in range(0x80, 0xA0)}})


def visible(text: str) -> str:
    """``text`` with its control characters as visible symbols (NUL as ␀), never rendered raw."""
    return text.translate(_VISIBLE)


def bounded(text: str, limit: int = SHOWN_CHARS) -> tuple[str, str | None]:
    """The part of ``text`` to show and, when it is cut, the note that says so."""
    if len(text) <= limit:
        return text, None
    return text[:limit], f"(first {limit:,} of {len(text):,} characters shown)"


def escape(value: object) -> str:
    """Any value as HTML text: str() of it, control characters made visible, markup escaped.

    The one escaping path: every value that comes from the database goes through here (or :func:`shown`)
    when it becomes HTML, integers too, so that the rule has no exceptions. (Not the html module: its import
    pulls in a large entity table at start-up.)
    """
    return (visible(str(value)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


def note(text: str | None, muted: str) -> str:
    return f' <span style="color:{muted}; font-size:small">{escape(text)}</span>' if text else ""


def shown(value: object, muted: str = "#606060", limit: int = SHOWN_CHARS) -> str:
    """A stored value as HTML to show: escaped, and cut to ``limit`` characters with a visible note."""
    text, cut = bounded(str(value), limit)
    return escape(text) + note(cut, muted)


# The per-fact actions: their words (tooltips, context menu, tests) and the symbols their links show.
# Marked for the window's translation (Builder.tools translates them where they are shown).
SHOW_LABEL = QT_TRANSLATE_NOOP("Page", "Show in article")
CITE_LABEL = QT_TRANSLATE_NOOP("Page", "Copy with citation")
VALUE_LABEL = QT_TRANSLATE_NOOP("Page", "Copy value")
SHOW_SYMBOL, CITE_SYMBOL, VALUE_SYMBOL = "↗", "❝", "❐"
# Their links' class: the pane's style sheet draws them without an underline (a row of underlined symbols reads as
# clutter; the tooltip says each is a link). A class, not a style on each link: the markup stays short.
ICON_CLASS = "i"
ICON_STYLE = f"a.{ICON_CLASS} {{ text-decoration: none }}"


class Builder:
    """A page in the making: its HTML parts and the actions its links stand for. ``translate`` gives the
    interface words (see kzbrowser.translate). ``printing``: for paper (present/printable.py): links become
    their plain label and the action links ("Show in article", "Copy with citation") are left out, as nothing on
    paper can be clicked."""

    def __init__(self, colors: Colors, translate: Translate = english, printing: bool = False) -> None:
        self.c = colors
        self.translate = translate
        self.printing = printing
        self.parts: list[str] = []
        self.actions: dict[int, Action] = {}

    def link(self, label: str, action: Action, tip: str = "", style: str = "", wrap: bool = False) -> str:
        """A link; a short label is kept on one line unless ``wrap`` (a narrow column, as in the Compare view)."""
        if self.printing:
            return self.text(label)
        n = len(self.actions) + 1
        self.actions[n] = action
        title = f' title="{escape(tip)}"' if tip else ""
        css = f' style="{style}"' if style else ""
        # a short label is one unbreakable phrase; a long one (a party's name) may wrap between its words
        nowrap = ' style="white-space:nowrap"' if len(label) <= 40 and not wrap else ""
        return f'<a href="kz:{n}"{title}{css}><span{nowrap}>{self.text(label)}</span></a>'

    def icon(self, symbol: str, action: Action, tip: str) -> str:
        """A small symbol link for a per-fact action; its words are the tooltip and ``action.label``."""
        n = len(self.actions) + 1
        self.actions[n] = action
        return f'<a class="{ICON_CLASS}" href="kz:{n}" title="{escape(tip)}">{escape(symbol)}</a>'

    def text(self, value: object) -> str:
        """A stored value as HTML: escaped and bounded (see :func:`shown`)."""
        return shown(value, self.c.muted)

    def tools(self, spans: list[list[int]] | None, copy_text: str | None, value: str | None = None) -> str:
        """A fact's actions as small symbols after it (their words in the tooltip, and in the pane's context
        menu): show the passage in the article, copy with a citation, copy the value alone. The passage's
        character numbers are in the first tooltip, not on the page."""
        # Short markup: the pane is rendered on every selection, and its cost grows with the page's length.
        bits = []
        if self.printing:
            return ""
        if spans:
            where = ", ".join(f"{s:,}–{e:,}" for s, e in spans[:3]) + ("…" if len(spans) > 3 else "")
            show = self.translate("Page", SHOW_LABEL)
            bits.append(self.icon(SHOW_SYMBOL, Action("show", tuple((s, e) for s, e in spans), label=show),
                                  self.translate("Page", "{action} (characters {where})").format(
                                      action=show, where=where)))
        if copy_text:
            cite = self.translate("Page", CITE_LABEL)
            bits.append(self.icon(CITE_SYMBOL, Action("copy", text=copy_text, label=cite), cite))
        if value:
            copy = self.translate("Page", VALUE_LABEL)
            bits.append(self.icon(VALUE_SYMBOL, Action("copy", text=value, label=copy), copy))
        if not bits:
            return ""
        return '&nbsp;<span style="white-space:nowrap">' + "&nbsp;".join(bits) + "</span>"

    def h2(self, text: str) -> None:
        self.parts.append(f'<h3 style="margin-top:14px; margin-bottom:4px; color:{self.c.heading}">'
                          f"{escape(text)}</h3>")

    def p(self, html: str, style: str = "") -> None:
        self.parts.append(f'<p style="margin:3px 0 3px 0; {style}">{html}</p>')


def marked(text: str, ranges: list[tuple[int, int]] | None, c: Colors) -> str:
    """``text`` shown (escaped, bounded), with the character ranges shown as marked (search matches)."""
    text, cut = bounded(text)
    out, pos = [], 0
    for a, b in sorted(ranges or []):
        a, b = max(a, pos), min(b, len(text))
        if a >= b:
            continue
        out.append(escape(text[pos:a]))
        out.append(f'<span style="background-color:{c.mark}; color:{c.mark_text}">{escape(text[a:b])}</span>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out) + note(cut, c.muted)


def tooltip(text: str) -> str:
    """Plain text for a tooltip, bounded, controls visible. Qt guesses whether a tooltip is HTML; text that
    could be taken for markup (an ``<img>`` in it would be loaded from the disk) is escaped into rich text."""
    shown_text, cut = bounded(visible(text), 2_000)
    if "<" not in shown_text:
        return shown_text + (f"\n{cut}" if cut else "")
    return "<qt>" + escape(shown_text).replace("\n", "<br>") + (f"<br>{escape(cut)}" if cut else "") + "</qt>"
