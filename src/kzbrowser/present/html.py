"""The one HTML builder of the reading views: escaping, links that stand for actions, the shared styles."""

from __future__ import annotations

from typing import NamedTuple


# NamedTuples rather than dataclasses: these modules load at start-up, where each dataclass costs a
# millisecond or two to create.
class Action(NamedTuple):
    kind: str  # show | copy | party | party1999
    spans: tuple[tuple[int, int], ...] = ()
    text: str = ""
    target: str = ""


class Colors(NamedTuple):
    """Palette colours, so the pane reads well in light and dark themes."""

    text: str = "#202020"
    muted: str = "#606060"
    panel: str = "#f2f2f2"
    accent: str = "#1f5fa8"
    warn: str = "#a04000"
    mark: str = "#ffe27a"  # background of search matches
    mark_text: str = "#000000"


class Page(NamedTuple):
    html: str
    actions: dict[int, Action]
    title: str = ""


def escape(text: str) -> str:
    """HTML-escape (the html module's import pulls in a large entity table at start-up)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#x27;"))


class Builder:
    def __init__(self, colors: Colors) -> None:
        self.c = colors
        self.parts: list[str] = []
        self.actions: dict[int, Action] = {}

    def link(self, label: str, action: Action, tip: str = "") -> str:
        n = len(self.actions) + 1
        self.actions[n] = action
        title = f' title="{escape(tip)}"' if tip else ""
        return f'<a href="kz:{n}"{title}>{escape(label)}</a>'

    def tools(self, spans: list[list[int]] | None, copy_text: str | None) -> str:
        bits = []
        if spans:
            bits.append(self.link("Show in article", Action("show", tuple((s, e) for s, e in spans)),
                                  "Open the article at this passage, highlighted"))
        if copy_text:
            bits.append(self.link("Copy with citation", Action("copy", text=copy_text),
                                  "Copy the text and a citation of the article to the clipboard"))
        if not bits:
            return ""
        return f' <span style="font-size:small; color:{self.c.muted}">[' + " · ".join(bits) + "]</span>"

    def h2(self, text: str) -> None:
        self.parts.append(f'<h3 style="margin-top:14px; margin-bottom:4px; color:{self.c.accent}">'
                          f"{escape(text)}</h3>")

    def p(self, html: str, style: str = "") -> None:
        self.parts.append(f'<p style="margin:3px 0 3px 0; {style}">{html}</p>')


def marked(text: str, ranges: list[tuple[int, int]] | None, c: Colors) -> str:
    """``text`` escaped, with the character ranges shown as marked (search matches)."""
    if not ranges:
        return escape(text)
    out, pos = [], 0
    for a, b in sorted(ranges):
        out.append(escape(text[pos:a]))
        out.append(f'<span style="background-color:{c.mark}; color:{c.mark_text}">{escape(text[a:b])}</span>')
        pos = b
    out.append(escape(text[pos:]))
    return "".join(out)
