"""kzbrowser's themes for quotes and section-4 positions, and the parties' stated stances toward the
president's course: reviewed annotations, each anchored to the text it classifies.

A theme is our classification, not the article's: the [[theme]] entries define the vocabulary, each
[[quote_theme]] / [[position_theme]] assigns themes to the quote or section-4 clause that holds its anchor.
A [[stance]] records a stance only where the article states it (its anchor is the statement).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from typing import Any

from kzbrowser.build.anchors import AnchorError, Scope
from kzbrowser.build.extract.rows import Row, check_kind, spanned, unspanned
from kzbrowser.spans import line_of

STANCES = {"supports"}

Note = Mapping[str, Any]


def themes(notes: Note) -> list[Row]:
    out = []
    for seq, t in enumerate(notes.get("theme", []), start=1):
        if not t.get("definition"):
            raise AnchorError(f"theme {t.get('key')!r} has no definition")
        out.append({"key": t["key"], "seq": seq, "label": t["label"], "definition": t["definition"]})
    return out


def _spans_of(row: Row, field: str) -> list[tuple[int, int]]:
    import json

    if row.get(f"{field}_pieces"):
        return [(s, e) for s, e in json.loads(row[f"{field}_pieces"])]
    return [(row[f"{field}_start"], row[f"{field}_end"])]


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def assignments(notes: Note, scopes: Mapping[str, Scope], whole: Scope, quotes: Sequence[Row],
                positions: Sequence[Row]) -> list[Row]:
    """One row per (theme, quote or clause). ``scopes``: each party's part of section 3."""
    vocabulary = {t["key"] for t in notes.get("theme", [])}
    out: list[Row] = []
    for n, entry in enumerate(notes.get("quote_theme", []), start=1):
        what = f"[[quote_theme]] #{n} (party {entry.get('party')!r}, anchor {entry.get('anchor')!r})"
        if entry.get("party") not in scopes:
            raise AnchorError(f"{what}: no [[party]] with that key")
        span = _find(scopes[entry["party"]], entry, what)
        found = [q for q in quotes if q["party_key"] == entry["party"] and _inside(span, _spans_of(q, "text"))]
        if len(found) != 1:
            raise AnchorError(f"{what}, line {line_of(whole.text, span[0])}: the anchor is not inside one of the "
                              "party's quotes")
        for theme in _themes(entry, vocabulary, what):
            out.append({"theme": theme, "quote_id": found[0]["id"], **unspanned("clause"),
                        **spanned("anchor", entry["anchor"], span)})
    clauses = {(p["clause_start"], p["clause_end"]): p["clause"] for p in positions}
    for n, entry in enumerate(notes.get("position_theme", []), start=1):
        what = f"[[position_theme]] #{n} (anchor {entry.get('anchor')!r})"
        span = _find(whole, entry, what)
        inside = [c for c in clauses if _inside(span, [c])]
        if len(inside) != 1:
            raise AnchorError(f"{what}, line {line_of(whole.text, span[0])}: the anchor is not inside one "
                              "section-4 clause")
        for theme in _themes(entry, vocabulary, what):
            out.append({"theme": theme, "quote_id": None, **spanned("clause", clauses[inside[0]], inside[0]),
                        **spanned("anchor", entry["anchor"], span)})
    return out


def _find(scope: Scope, entry: Note, what: str) -> tuple[int, int]:
    try:
        return scope.find(entry["anchor"], entry.get("anchor_occurrence"))
    except AnchorError as exc:
        raise AnchorError(f"{what}: {exc}") from None


def _themes(entry: Note, vocabulary: Set[str], what: str) -> list[str]:
    chosen = entry.get("themes") or []
    if not chosen:
        raise AnchorError(f"{what}: no themes given")
    for theme in chosen:
        check_kind(theme, vocabulary, f"{what}: theme")
    return list(chosen)


def stances(notes: Note, scopes: Mapping[str, Scope]) -> list[Row]:
    out = []
    for n, entry in enumerate(notes.get("stance", []), start=1):
        what = f"[[stance]] #{n} (party {entry.get('party')!r})"
        if entry.get("party") not in scopes:
            raise AnchorError(f"{what}: no [[party]] with that key")
        check_kind(entry["stance"], STANCES, f"{what}: stance")
        span = _find(scopes[entry["party"]], entry, what)
        out.append({"party_key": entry["party"], "stance": entry["stance"], **spanned("anchor", entry["anchor"], span)})
    return out
