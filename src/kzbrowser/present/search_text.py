"""Search results for the terminal: readable text with marked matches, or JSON."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from kzbrowser.present.terminal import clean
from kzbrowser.read.search.cyrillic import describe
from kzbrowser.read.search.engine import CLOSE, OPEN, Hit, Results, kind_label
from kzbrowser.read.search.hits import marked_plain

PLAIN = ("[", "]")
ANSI = ("\x1b[1;4m", "\x1b[0m")  # bold underlined


def results_json(res: Results) -> dict[str, Any]:
    """Everything in the results, hits as plain dicts (tuples become lists), the notice as its English text."""
    return {("notice" if k == "message" else k): (res.notice if k == "message" else v) for k, v in asdict(res).items()}


def print_results(res: Results, article: str, color: bool = False) -> None:
    """Print the results; database text reaches the terminal without control characters (see present.terminal)."""
    on, off = ANSI if color else PLAIN
    read_as = describe(res.read_as)
    if read_as:
        print(clean(read_as))
    if res.notice:
        print(clean(res.notice))
    groups = [("Quotes", res.quotes, res.quote_total), ("Article paragraphs", res.paragraphs, res.paragraph_total),
              ("Title, headings, tables and footnotes", res.passages, res.passage_total)]
    for title, hits, total in groups:
        if not hits:
            continue
        shown = f"{len(hits)} of {total}" if total > len(hits) else str(total)
        print(f"\n{title} ({shown}):")
        for n, h in enumerate(hits, 1):
            print(f"{n:>3}. {clean(_heading(h))}{_where(h, article)}")
            # Quotes are short: show them whole; paragraphs as a snippet around the first match.
            whole = h.kind == "quote" and len(h.text) <= 400
            body = _clean_marked(marked_plain(h.text, h.matches) if whole else h.snippet)
            print("     " + " ".join(body.split()).replace(OPEN, on).replace(CLOSE, off))


def _clean_marked(text: str) -> str:
    """``text`` cleaned for the terminal, keeping the engine's OPEN and CLOSE marks (control characters too)."""
    return OPEN.join(CLOSE.join(clean(part) for part in piece.split(CLOSE)) for piece in text.split(OPEN))


def _heading(h: Hit) -> str:
    party = h.party_name or "no party"
    if h.kind == "quote":
        return party
    where = f"section {h.section}" if h.section is not None else "before section 1"
    return f"{where}, {party}" if h.kind == "paragraph" else f"{kind_label(h.kind)}, {where}, {party}"


def _where(h: Hit, article: str) -> str:
    line = article.count("\n", 0, h.span[0]) + 1
    return f"  [line {line}, chars {h.span[0]}-{h.span[1]}]"
