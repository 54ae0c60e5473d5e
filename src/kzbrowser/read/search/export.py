"""Search results as CSV, with a citation per result, and each result's citation (Qt-free). The Markdown export is
present/search_text.py's (Markdown is presentation: its one escaping path is present/markdown.py)."""

from __future__ import annotations

import csv
import io

from kzbrowser.read.citation import Location, Source
from kzbrowser.read.search.engine import CLOSE, OPEN, Hit, Results
from kzbrowser.spans import plain

COLUMNS = ("kind", "rank", "party", "section", "text", "snippet", "article_start", "article_end", "citation")


def _plain(snippet: str) -> str:
    return snippet.replace(OPEN, "").replace(CLOSE, "")


def place_of(hit: Hit, source: Source) -> Location:
    """Where in the article a result is: its paragraph, or at least its section."""
    found = source.locate(hit.span[0])
    return found if found != Location() else Location(section=hit.section)


def cite_hit(hit: Hit, source: Source, full: bool = True) -> str:
    """One result with its citation, as copied ("Copy with citation") and exported: a quote in its printed
    marks with its party, any other text as plain text; with its location, and the entry below if ``full``."""
    if hit.kind == "quote":
        return source.quote(hit.text, hit.party_name, hit.section, hit.style or "", at=hit.span[0], full=full)
    return source.cited(hit.text, place_of(hit, source), full)


def _citation(hit: Hit, source: Source) -> str:
    if hit.kind == "quote":
        return cite_hit(hit, source)
    return source.reference(hit.section, at=hit.span[0])


def _hits(results: Results) -> list[tuple[int, Hit]]:
    return [*enumerate(results.quotes, 1), *enumerate(results.paragraphs, 1), *enumerate(results.passages, 1)]


def to_csv(results: Results, source: Source) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for rank, h in _hits(results):
        writer.writerow([h.kind, rank, h.party_name or "", h.section, plain(h.text), _plain(h.snippet), h.span[0],
                         h.span[1], _citation(h, source)])
    return out.getvalue()
