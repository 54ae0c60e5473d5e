"""Rows of the article's own parts: meta, sections, paragraphs, footnotes and their citations, charts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kzbrowser.build.anchors import AnchorError, Scope
from kzbrowser.build.article import Article
from kzbrowser.build.extract.rows import Row, pieces, spanned


def meta(art: Article) -> list[Row]:
    aff = art.affiliation
    inner = aff.text.strip("*")
    return [
        {"key": "title", "value": art.title.text, "value_start": art.title.start, "value_end": art.title.end},
        {"key": "author", "value": art.author.text, "value_start": art.author.start,
         "value_end": art.author.end},
        {"key": "affiliation", "value": inner, "value_start": aff.start + 1,
         "value_end": aff.start + 1 + len(inner)},
    ]


def sections(art: Article) -> list[Row]:
    out = []
    for h in art.sections():
        start, end = art.section_span(h.number or 0)
        out.append({"number": h.number, **spanned("title", h.text, (h.start, h.end)),
                    "section_start": start, "section_end": end})
    return out


def paragraphs(art: Article, party_of: Mapping[int, str]) -> list[Row]:
    """``party_of`` maps a paragraph's number to the party whose section-3 part it is in."""
    return [{"id": p.seq, "section": p.section, "kind": p.kind, "party_key": party_of.get(p.seq),
             "text": p.text, "text_start": p.start, "text_end": p.end, "text_pieces": pieces(p.pieces)}
            for p in art.paragraphs]


def footnotes(art: Article) -> list[Row]:
    return [{"number": f.number, **spanned("text", f.text, (f.start, f.end)), "marker_start": f.marker_start}
            for f in art.footnotes]


def footnote_citations(art: Article) -> list[Row]:
    return [{"footnote": c.number, "section": c.section,
             **spanned("marker", art.text[c.start], (c.start, c.start + 1)),
             "paragraph_id": paragraph_at(art, c.start)}
            for c in art.citations]


def paragraph_at(art: Article, offset: int) -> int | None:
    for p in art.paragraphs:
        if any(s <= offset < e for s, e in p.pieces):
            return p.seq
    return None


def charts(art: Article, notes: Mapping[str, Any], whole: Scope) -> list[Row]:
    """The empty charts, each with the sentence that cites its topic ([[chart]] annotations)."""
    topics = {c["number"]: c["topic"] for c in notes.get("chart", [])}
    out = []
    for ch in art.charts:
        if ch.number not in topics:
            raise AnchorError(f"line {art.line_of(ch.start)}: Chart {ch.number} has no [[chart]] annotation")
        cited = whole.find(topics[ch.number], what=f"Chart {ch.number} topic")
        out.append({"number": ch.number, **spanned("heading", ch.text, (ch.start, ch.end)),
                    **spanned("cited_in", art.text[cited[0]:cited[1]], cited),
                    "data_available": 0,
                    "note": "The chart was not preserved in the text; its data is unknown."})
    return out
