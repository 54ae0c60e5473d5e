"""The article's reference in the formats reference managers import: plain text (Chicago author-date, APA),
BibTeX, RIS and CSL-JSON. Journal, year, volume, issue, pages and address appear only when the user supplied
them, and each format then carries the note that says so (read/cite_details.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kzbrowser.read.citation import Source

KEY = "kurganskaia_party_system"  # the BibTeX key and CSL id
FORMATS = ("text", "bibtex", "ris", "csl-json")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _pages(source: Source, dash: str) -> str:
    return dash.join(p for p in source.details.page_range() if p)


def entry(source: Source) -> str:
    """The reference-list entry in the source's style, without the note."""
    d, (family, given) = source.details, source.names
    pages = _pages(source, "–")
    year = d.year or "n.d."
    if source.style == "apa":
        initial = f", {given[:1]}." if given else "."
        out = f"{family}{initial} ({year}). {source.sentence_title()}."
        if d.journal:
            numbers = (f", {d.volume}" if d.volume else "") + (f"({d.issue})" if d.issue and d.volume else "")
            numbers += f", No. {d.issue}" if d.issue and not d.volume else ""
            out += f" {d.journal}{numbers}" + (f", {pages}" if pages else "") + "."
        return _one_line(out + (f" {d.url}" if d.url else ""))
    year = year if year.endswith(".") else year + "."
    out = f"{family}, {given}. {year} “{source.title}.”" if given else f"{family}. {year} “{source.title}.”"
    if d.journal:
        numbers = (f" {d.volume}" if d.volume else "") + (f" ({d.issue})" if d.issue and d.volume else "")
        numbers += f", no. {d.issue}" if d.issue and not d.volume else ""
        out += f" {d.journal}{numbers}" + (f": {pages}" if pages else "") + "."
    return _one_line(out + (f" {d.url}." if d.url else ""))


def _tex(text: str) -> str:
    """Text as a BibTeX field value that LaTeX prints as it reads (braces balanced, specials escaped)."""
    out = []
    for ch in _one_line(text):
        if ch == "\\":
            out.append(r"\textbackslash{}")
        elif ch in "{}&%#_$":
            out.append("\\" + ch)
        elif ch in "~^":
            out.append(r"\textasciitilde{}" if ch == "~" else r"\textasciicircum{}")
        else:
            out.append(ch)
    return "".join(out)


def bibtex(source: Source) -> str:
    """@article when the user gave a journal; else @misc (the article names none, and nothing says it is
    unpublished). The title's proper names in braces, so styles that lower-case titles keep "Kazakhstan"."""
    d, (family, given) = source.details, source.names
    title = " ".join("{" + _tex(w) + "}" if w in source.places.proper else _tex(w) for w in source.title.split())
    fields = [("author", f"{_tex(family)}, {_tex(given)}" if given else _tex(family)), ("title", title)]
    fields += [(name, _tex(value)) for name, value in (("journal", d.journal), ("year", d.year),
                                                       ("volume", d.volume), ("number", d.issue)) if value]
    if d.pages:
        fields.append(("pages", _pages(source, "--")))
    if d.url:
        fields.append(("url", _tex(d.url)))
    if d.note():
        fields.append(("note", _tex(d.note())))
    kind = "article" if d.journal else "misc"
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{KEY},\n{body}\n}}\n"


def ris(source: Source) -> str:
    """RIS: JOUR with a journal, else GEN (generic)."""
    d, (family, given) = source.details, source.names
    first, last = d.page_range()
    tags = [("TY", "JOUR" if d.journal else "GEN"), ("AU", f"{family}, {given}" if given else family),
            ("TI", source.title), ("T2", d.journal), ("PY", d.year), ("VL", d.volume), ("IS", d.issue),
            ("SP", first), ("EP", last), ("UR", d.url), ("N1", d.note())]
    return "".join(f"{tag}  - {_one_line(value)}\n" for tag, value in tags if value) + "ER  - \n"


def csl_json(source: Source) -> str:
    """CSL-JSON (what Zotero, Mendeley and pandoc read): one item in a list."""
    d, (family, given) = source.details, source.names
    item: dict[str, object] = {"id": KEY, "type": "article-journal" if d.journal else "document",
                               "author": [{"family": family, "given": given} if given else {"family": family}],
                               "title": source.title}
    if d.journal:
        item["container-title"] = d.journal
    if d.year:
        item["issued"] = {"date-parts": [[int(d.year)]]}
    for name, value in (("volume", d.volume), ("issue", d.issue), ("page", _pages(source, "-")), ("URL", d.url),
                        ("note", d.note())):
        if value:
            item[name] = value
    import json  # here: every party page makes entries, and json's import is ~6 ms of a later launch's first frame

    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


def formatted(source: Source, fmt: str) -> str:
    """The reference in one of FORMATS ("text": the entry in the source's style, with its note)."""
    if fmt == "bibtex":
        return bibtex(source)
    if fmt == "ris":
        return ris(source)
    if fmt == "csl-json":
        return csl_json(source)
    return source.entry() + "\n"
