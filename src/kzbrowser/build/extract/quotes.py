"""The quotations printed in each party's part of section 3, each with its source (program, statement, address).

A quotation's source is "not stated" unless a [[party.quote_source]] annotation names the words that introduce
it ("Its program says"): the next N quotations after those words come from the source they name. Only the nearest
introduction before a quotation can claim it, so a quotation introduced otherwise ("Ak zhol believes that") after
an exhausted one stays "not stated".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kzbrowser.build.anchors import AnchorError
from kzbrowser.build.article import Article, ArticleError
from kzbrowser.build.extract.parties import Party
from kzbrowser.build.extract.rows import Row, check_kind, pieces
from kzbrowser.build.quotes import QuoteError, top_level_quotes

NOT_STATED = "not stated"
QUOTE_SOURCES = {"program", "statement", "address"}


@dataclass
class _Source:
    """A [[party.quote_source]]: the next ``expected`` quotations after ``anchor`` come from ``source``."""

    anchor_text: str
    anchor: tuple[int, int]
    source: str
    expected: int
    used: int = 0


def quotes(art: Article, parties: Sequence[Party], party_of: Mapping[int, str]) -> list[Row]:
    """``party_of`` maps a paragraph's number to the party whose part of section 3 it is in."""
    sources: dict[str, list[_Source]] = {}
    for party in parties:
        for qs in party.note.get("quote_source", []):
            check_kind(qs["source"], QUOTE_SOURCES, f"party {party.key!r} quote source")
            sources.setdefault(party.key, []).append(
                _Source(qs["anchor"], party.scope.find(qs["anchor"]), qs["source"], qs["quotes"]))
    out: list[Row] = []
    per_party: Counter[str] = Counter()
    for p in art.paragraphs:
        key = party_of.get(p.seq)
        if key is None:
            continue
        try:
            found = top_level_quotes(p.text)
        except QuoteError as exc:
            raise ArticleError(f"line {art.line_of(p.to_article(exc.offset))}: {exc}") from None
        for q in found:
            spans = p.spans_of(q.start, q.end)
            start = spans[0][0]
            before = [s for s in sources.get(key, []) if s.anchor[1] <= start]
            source = max(before, key=lambda s: s.anchor[1], default=None)
            if source and source.used >= source.expected:
                source = None
            if source:
                source.used += 1
            per_party[key] += 1
            out.append({
                "id": len(out) + 1, "party_key": key, "seq": per_party[key], "paragraph_id": p.seq,
                "style": q.style, "text": p.text[q.start:q.end], "text_start": spans[0][0],
                "text_end": spans[-1][1], "text_pieces": pieces(spans),
                "source": source.source if source else NOT_STATED,
                "source_anchor_start": source.anchor[0] if source else None,
                "source_anchor_end": source.anchor[1] if source else None,
            })
    for key, listed in sources.items():
        for s in listed:
            if s.used != s.expected:
                raise AnchorError(f"party {key!r}: {s.expected} quote(s) expected after {s.anchor_text!r}, "
                                  f"found {s.used}")
    return out
