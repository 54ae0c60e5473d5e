"""One search hit: what matched, where it is printed, and its snippet with the matches marked (Qt-free)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from kzbrowser.read.names import fold_name
from kzbrowser.spans import plain, printed_spans
from kzbrowser.translate import QT_TRANSLATE_NOOP

OPEN, CLOSE = "\x02", "\x03"  # around each match in Hit.snippet
SNIPPET_CHARS = 220

# What each kind of hit is called where results are shown (the kinds of passages are schema.TABLES["passages"]).
# Marked for the window's translation (kzbrowser.translate); the command line and exports keep them English.
KINDS = {"quote": QT_TRANSLATE_NOOP("SearchHits", "Quote"),
         "paragraph": QT_TRANSLATE_NOOP("SearchHits", "Paragraph"),
         "title": QT_TRANSLATE_NOOP("SearchHits", "Title"),
         "author": QT_TRANSLATE_NOOP("SearchHits", "Author"),
         "affiliation": QT_TRANSLATE_NOOP("SearchHits", "Affiliation"),
         "heading": QT_TRANSLATE_NOOP("SearchHits", "Heading"),
         "caption": QT_TRANSLATE_NOOP("SearchHits", "Table caption"),
         "table": QT_TRANSLATE_NOOP("SearchHits", "Table line"),
         "footnote": QT_TRANSLATE_NOOP("SearchHits", "Footnote")}


def kind_label(kind: str) -> str:
    return KINDS.get(kind, kind.capitalize())


@dataclass(frozen=True)
class Hit:
    """One quote, paragraph or other printed text that matched."""

    kind: str  # "quote", "paragraph", or what a passage is: "title", "author", "heading", "footnote"... (KINDS)
    id: int  # quotes.id, paragraphs.id or passages.id
    party_key: str | None
    party_name: str | None  # parties.full_name
    section: int | None  # the article section it is in (None: the title, author and affiliation)
    text: str  # the whole quote or paragraph
    snippet: str  # an excerpt as plain text (spans.plain), each match wrapped in OPEN ... CLOSE
    matches: tuple[tuple[int, int], ...]  # ranges of matched words in ``text`` (as printed, emphasis marks too)
    span: tuple[int, int]  # (text_start, text_end) in the article
    score: float  # bm25: lower is better
    article_matches: tuple[tuple[int, int], ...] = ()  # ``matches`` as article offsets
    style: str | None = None  # a quote's printed marks (quotes.style: curly or straight); None for other hits


def artefacts(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT DISTINCT printed, normalised FROM artefacts").fetchall())


def hit(row: tuple, artefacts: dict[str, str]) -> Hit:
    kind, rid, party_key, party_name, section, text, start, end, pieces, hl_text, hl_alias, score, style = row
    matches = _marked(hl_text or "")
    if hl_alias and OPEN in hl_alias:
        # The normalised spelling matched ("Auyl"): mark where the text prints it ("AuyI").
        found = {w for m in _marked_words(hl_alias) for w in fold_name(m).split()}
        for printed, normalised in artefacts.items():
            if found & set(fold_name(normalised).split()):
                i = text.find(printed)
                while i >= 0:
                    matches.append((i, i + len(printed)))
                    i = text.find(printed, i + 1)
    merged = _merge(matches)
    spans = json.loads(pieces) if pieces else [[start, end]]
    return Hit(kind, rid, party_key, party_name, section, text, snippet(text, merged), tuple(merged),
               (start, end), float(score), tuple(_to_article(merged, spans)), style)


def _marked(highlighted: str) -> list[tuple[int, int]]:
    """Ranges of the marked runs in the text that ``highlighted`` marks up."""
    out = []
    n = 0  # markers seen so far, to turn positions in ``highlighted`` into positions in the text
    i = highlighted.find(OPEN)
    while i >= 0:
        j = highlighted.find(CLOSE, i)
        if j < 0:
            break
        out.append((i - n, j - n - 1))
        n += 2
        i = highlighted.find(OPEN, j)
    return out


def _marked_words(highlighted: str) -> list[str]:
    plain = highlighted.replace(OPEN, "").replace(CLOSE, "")
    return [plain[a:b] for a, b in _marked(highlighted)]


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _to_article(ranges: list[tuple[int, int]], spans: list[list[int]]) -> list[tuple[int, int]]:
    """Text ranges as article offsets; a text crossing a page break is its pieces joined by one space."""
    return [span for a, b in ranges for span in printed_spans(spans, a, b)]


def marked_plain(text: str, matches: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str:
    """``text`` as plain text (spans.plain: no emphasis marks), each match wrapped in OPEN ... CLOSE. An OPEN or
    CLOSE character the text itself holds (a hostile database's) becomes the symbol present.html.visible shows
    it as (␂, ␃): never read as a mark."""
    text = text.replace(OPEN, "\u2402").replace(CLOSE, "\u2403")
    parts, pos = [], 0
    for a, b in matches:
        a, b = max(a, pos), min(b, len(text))
        if a >= b:
            continue
        parts += [text[pos:a], OPEN, text[a:b], CLOSE]
        pos = b
    parts.append(text[pos:])
    return plain("".join(parts))


def snippet(text: str, matches: list[tuple[int, int]] | tuple[tuple[int, int], ...],
            size: int = SNIPPET_CHARS) -> str:
    """About ``size`` characters of ``text`` around its first match, as plain text, matches in OPEN/CLOSE."""
    whole = marked_plain(text, matches)  # emphasis dropped before cutting, so no lone asterisk is left
    matches = _marked(whole)
    text = whole.replace(OPEN, "").replace(CLOSE, "")
    if len(text) <= size:
        lo, hi = 0, len(text)
    else:
        first = matches[0][0] if matches else 0
        lo = max(0, min(first - size // 4, len(text) - size))
        lo = text.rfind(" ", 0, lo) + 1 if lo > 0 else 0  # start at a word
        hi = min(len(text), lo + size)
        if hi < len(text):
            cut = text.rfind(" ", lo, hi)
            hi = cut if cut > lo else hi
    parts, pos = [], lo
    for a, b in matches:
        a, b = max(a, lo), min(b, hi)
        if a >= b:
            continue
        parts += [text[pos:a], OPEN, text[a:b], CLOSE]
        pos = b
    parts.append(text[pos:hi])
    return ("…" if lo > 0 else "") + "".join(parts).strip() + ("…" if hi < len(text) else "")
