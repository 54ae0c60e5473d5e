"""Search results as CSV and as Markdown with a citation per quote (Qt-free)."""

from __future__ import annotations

import csv
import io

from kzbrowser.read.citation import Location, Source
from kzbrowser.read.search.cyrillic import describe
from kzbrowser.read.search.engine import CLOSE, OPEN, Hit, Results, kind_label
from kzbrowser.read.search.hits import marked_plain
from kzbrowser.spans import plain

COLUMNS = ("kind", "rank", "party", "section", "text", "snippet", "article_start", "article_end", "citation")


def _plain(snippet: str) -> str:
    return snippet.replace(OPEN, "").replace(CLOSE, "")


def _place(hit: Hit, source: Source) -> Location:
    found = source.locate(hit.span[0])
    return found if found != Location() else Location(section=hit.section)


def cite_hit(hit: Hit, source: Source, full: bool = True) -> str:
    """One result with its citation, as copied ("Copy with citation") and exported: a quote in its printed
    marks with its party, any other text as plain text; with its location, and the entry below if ``full``."""
    if hit.kind == "quote":
        return source.quote(hit.text, hit.party_name, hit.section, hit.style or "", at=hit.span[0], full=full)
    return source.cited(hit.text, _place(hit, source), full)


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


def to_markdown(results: Results, source: Source) -> str:
    lines = [f"# Search: {results.query}", ""]
    if results.read_as:  # Отан → Otan
        lines += [f"_{describe(results.read_as)}_", ""]
    if results.notice:
        lines += [f"_{results.notice}_", ""]
    lines += [f"## Quotes ({len(results.quotes)})", ""]
    for h in results.quotes:
        bold = marked_plain(h.text, h.matches).replace(OPEN, "**").replace(CLOSE, "**")
        lines += [f"> {bold}", ">", f"> — {cite_hit(h, source, full=False)}", ""]
    lines += [f"## Article paragraphs ({len(results.paragraphs)})", ""]
    for h in results.paragraphs:
        snippet = h.snippet.replace(OPEN, "**").replace(CLOSE, "**")
        lines += [f"- {snippet} ({source.in_text(_place(h, source))})", ""]
    if results.passages:
        lines += [f"## Title, headings, tables and footnotes ({len(results.passages)})", ""]
    for h in results.passages:
        snippet = h.snippet.replace(OPEN, "**").replace(CLOSE, "**")
        lines += [f"- {kind_label(h.kind)}: {snippet} ({source.in_text(_place(h, source))})", ""]
    lines += ["---", f"Source: {source.reference()}"]  # the entry, with the note on the user's details
    return "\n".join(lines) + "\n"
