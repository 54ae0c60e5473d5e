"""The quotations printed in each party's part of section 3, each with its source (program, statement, address).

A quotation is from the party's program unless a [[party.quote_source]] annotation says that the next N
quotations after its anchor come from a statement or an address.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from kzbrowser.build.anchors import AnchorError
from kzbrowser.build.article import Article, ArticleError
from kzbrowser.build.extract.parties import Party
from kzbrowser.build.extract.rows import Row, check_kind, pieces
from kzbrowser.build.quotes import QuoteError, top_level_quotes

QUOTE_SOURCES = {"program", "statement", "address"}


def quotes(art: Article, parties: Sequence[Party], party_of: Mapping[int, str]) -> list[Row]:
    """``party_of`` maps a paragraph's number to the party whose part of section 3 it is in."""
    sources: dict[str, list[tuple[tuple[int, int], dict]]] = {}
    for party in parties:
        for qs in party.note.get("quote_source", []):
            check_kind(qs["source"], QUOTE_SOURCES, f"party {party.key!r} quote source")
            sources.setdefault(party.key, []).append((party.scope.find(qs["anchor"]), qs))
    out: list[Row] = []
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
            source, source_span = "program", None
            for at, qs in sources.get(key, []):
                if at[1] <= start and qs.setdefault("_used", 0) < qs["quotes"]:
                    qs["_used"] += 1
                    source, source_span = qs["source"], at
                    break
            seq = sum(1 for r in out if r["party_key"] == key) + 1
            out.append({
                "id": len(out) + 1, "party_key": key, "seq": seq, "paragraph_id": p.seq, "style": q.style,
                "text": p.text[q.start:q.end], "text_start": spans[0][0], "text_end": spans[-1][1],
                "text_pieces": pieces(spans), "source": source,
                "source_anchor_start": source_span[0] if source_span else None,
                "source_anchor_end": source_span[1] if source_span else None,
            })
    for party in parties:
        for qs in party.note.get("quote_source", []):
            if qs.get("_used", 0) != qs["quotes"]:
                raise AnchorError(f"party {party.key!r}: {qs['quotes']} quote(s) expected after "
                                  f"{qs['anchor']!r}, found {qs.get('_used', 0)}")
    return out
