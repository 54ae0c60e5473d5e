"""Search results for the terminal (readable text with marked matches, or JSON) and as Markdown."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from kzbrowser.present.terminal import clean
from kzbrowser.read.search.cyrillic import describe
from kzbrowser.read.search.engine import CLOSE, OPEN, Hit, Results, kind_label
from kzbrowser.read.search.hits import marked_plain

if TYPE_CHECKING:
    from kzbrowser.read.citation import Source

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


def to_markdown(results: Results, source: Source) -> str:
    """The results as Markdown: each quote in a block quote with its citation, each paragraph and passage with its
    place; every text through the one escaping path (a stored value never becomes markup), matches in bold, and
    that said, since the bold is kzbrowser's and not the article's."""
    from kzbrowser.present.markdown import md_marked, md_text
    from kzbrowser.read.search.export import cite_hit, place_of

    lines = [f"# Search: {md_text(results.query)}", ""]
    if results.read_as:  # Отан → Otan
        lines += [f"_{md_text(describe(results.read_as))}_", ""]
    if results.notice:
        lines += [f"_{md_text(results.notice)}_", ""]
    lines += ["_Words matching the search are in bold: kzbrowser's emphasis, not the article's._", ""]
    lines += [f"## Quotes ({len(results.quotes)})", ""]
    for h in results.quotes:
        lines += [f"> {md_marked(marked_plain(h.text, h.matches), OPEN, CLOSE)}", ">",
                  f"> — {md_text(cite_hit(h, source, full=False))}", ""]
    lines += [f"## Article paragraphs ({len(results.paragraphs)})", ""]
    for h in results.paragraphs:
        lines += [f"- {md_marked(h.snippet, OPEN, CLOSE)} ({md_text(source.in_text(place_of(h, source)))})", ""]
    if results.passages:
        lines += [f"## Title, headings, tables and footnotes ({len(results.passages)})", ""]
    for h in results.passages:
        lines += [f"- {md_text(kind_label(h.kind))}: {md_marked(h.snippet, OPEN, CLOSE)} "
                  f"({md_text(source.in_text(place_of(h, source)))})", ""]
    lines += ["---", f"Source: {md_text(source.reference())}"]  # the entry, with the note on the user's details
    return "\n".join(lines) + "\n"
