"""The parties of section 3: where each is printed, its names, its Table 1 and Table 4 rows, the opposition."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from kzbrowser.build import tables as tbl
from kzbrowser.build.anchors import AnchorError, Scope
from kzbrowser.build.article import Article, ArticleError, Heading
from kzbrowser.build.extract.rows import Row, spanned


@dataclass(frozen=True)
class Party:
    """A [[party]] annotation matched to its section-3 part and its Table 1 row."""

    key: str
    note: Mapping[str, Any]  # the [[party]] annotation
    heading: Heading
    scope: Scope  # its part of section 3, where its own annotations are looked up
    table1: Sequence[tbl.Cell]  # number, name, members
    name: tbl.Cell  # Table 1's name without the abbreviation
    abbreviation: tbl.Cell | None


@dataclass(frozen=True)
class PartyIndex:
    """Every printed name or abbreviation of a party (folded to lower case) -> its key."""

    names: Mapping[str, str]

    def key_of(self, printed: str) -> str | None:
        return self.names.get(printed.lower())


def locate(art: Article, notes: Mapping[str, Any], table1: tbl.Table) -> list[Party]:
    headings = {h.text: h for h in art.party_headings()}
    entries = notes.get("party", [])
    seen = {e["heading"] for e in entries}
    for text, h in headings.items():
        if text not in seen:
            raise AnchorError(f"line {art.line_of(h.start)}: section-3 heading {text!r} has no [[party]] "
                              "annotation")
    by_name = {row[1].printed: row for row in table1.rows}
    found = []
    for e in entries:
        key = e["key"]
        if e["heading"] not in headings:
            raise ArticleError(f"section 3 has no party heading {e['heading']!r} (party {key!r}); "
                               f"found: {', '.join(headings)}")
        h = headings[e["heading"]]
        start, end = art.party_span(h)
        if e["table1"] not in by_name:
            raise ArticleError(f"line {table1.lines[0]}: Table 1 has no row {e['table1']!r} (party {key!r})")
        row = by_name[e["table1"]]
        name, abbr = tbl.split_abbreviation(row[1])
        heading_abbr = re.search(r"\(([A-Z]{2,5})\)", h.text)
        if abbr is None and heading_abbr:
            abbr = tbl.Cell(heading_abbr.group(1), h.start + heading_abbr.start(1), h.start + heading_abbr.end(1))
        found.append(Party(key, e, h, Scope(art.text, start, end, f"section {h.text!r}"), row, name, abbr))
    return found


def paragraph_parties(art: Article, parties: Sequence[Party]) -> dict[int, str]:
    """Paragraph number -> the key of the party whose part of section 3 it is printed in."""
    by_heading = {p.heading.text: p.key for p in parties}
    return {p.seq: by_heading[p.heading] for p in art.paragraphs if p.heading in by_heading}


def names(parties: Sequence[Party], whole: Scope) -> tuple[PartyIndex, list[Row]]:
    """The index of every party's names, and the party_names rows (each name with where it is first printed)."""
    index: dict[str, str] = {}
    rows: list[Row] = []
    for p in parties:
        e, h = p.note, p.heading
        found: list[tuple[str, str, tuple[int, int]]] = [(p.name.printed, "full name", (p.name.start, p.name.end))]
        if p.abbreviation:
            found.append((p.abbreviation.printed, "abbreviation", (p.abbreviation.start, p.abbreviation.end)))
        heading = h.text.removeprefix("The ")
        found.append((heading, "heading", (h.start + len(h.text) - len(heading), h.end)))
        for what, kind in [(e["short_name"], "short name"), (e.get("table4"), "Table 4 name"),
                           *[(n, "variant") for n in e.get("names", [])]]:
            if what:
                hits = whole.find_all(what)
                if not hits:
                    raise AnchorError(f"party {p.key!r}: name {what!r} not found in the article")
                found.append((what, kind, (hits[0], hits[0] + len(what))))
        seen: set[str] = set()
        for name, kind, span in found:
            if name.lower() in seen:
                continue
            seen.add(name.lower())
            other = index.get(name.lower())
            if other and other != p.key:
                raise AnchorError(f"name {name!r} is given to both {other!r} and {p.key!r}")
            index[name.lower()] = p.key
            # occurrences: counted by kzbrowser.build.extract.mentions, which tells the party's mentions apart
            rows.append({"party_key": p.key, **spanned("name", name, span), "kind": kind, "occurrences": None})
    return PartyIndex(MappingProxyType(index)), rows


def membership(parties: Sequence[Party]) -> list[Row]:
    """Table 1's rows, ranked by membership (biggest first; parties without data have no rank)."""
    figures = [tbl.members(p.table1[2]) for p in parties]
    known = sorted((-m, i) for i, m in enumerate(figures) if m is not None)  # ties keep the annotations' order
    rank = {i: n for n, (_, i) in enumerate(known, start=1)}
    return [{"row": int(p.table1[0].printed), "party_key": p.key,
             **spanned("name", p.table1[1].printed, (p.table1[1].start, p.table1[1].end)),
             "members": figures[i],
             **spanned("members_printed", p.table1[2].printed, (p.table1[2].start, p.table1[2].end)),
             "rank": rank.get(i)}
            for i, p in enumerate(parties)]


def table4(table: tbl.Table, index: PartyIndex) -> list[Row]:
    labels = [c.printed for c in table.columns]
    out = []
    for row, line in zip(table.rows, table.lines, strict=True):
        key = index.key_of(row[0].printed)
        if key is None:
            raise ArticleError(f"line {line}: Table 4 row {row[0].printed!r} matches no party of section 3")
        for label, cell in zip(labels, row[1:], strict=True):
            out.append({"party_key": key, **spanned("name", row[0].printed, (row[0].start, row[0].end)),
                        "category": label, "percent": tbl.percent(cell),
                        **spanned("percent_printed", cell.printed, (cell.start, cell.end))})
    return out


def opposition(notes: Mapping[str, Any], whole: Scope, keys: Set[str]) -> list[Row]:
    out = []
    for o in notes.get("opposition", []):
        span = whole.find(o["anchor"], o.get("anchor_occurrence"))
        require_party(o["party"], keys)
        out.append({"party_key": o["party"], **spanned("anchor", o["anchor"], span), "inference": o.get("inference")})
    return out


def party_rows(parties: Sequence[Party], in_table4: Set[str], in_opposition: Set[str]) -> list[Row]:
    return [{
        "key": p.key, "table1_row": int(p.table1[0].printed),
        **spanned("heading", p.heading.text, (p.heading.start, p.heading.end)),
        **spanned("full_name", p.name.printed, (p.name.start, p.name.end)),
        "short_name": p.note["short_name"],
        "abbreviation": p.abbreviation.printed if p.abbreviation else None,
        "abbreviation_start": p.abbreviation.start if p.abbreviation else None,
        "abbreviation_end": p.abbreviation.end if p.abbreviation else None,
        "section_start": p.scope.start, "section_end": p.scope.end,
        "opposition": int(p.key in in_opposition), "in_table4": int(p.key in in_table4),
    } for p in parties]


def require_party(key: str, keys: Set[str]) -> None:
    if key not in keys:
        raise AnchorError(f"no [[party]] with key {key!r}")
