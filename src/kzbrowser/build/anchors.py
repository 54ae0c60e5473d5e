"""Verbatim anchors: how a reviewed annotation points at the sentence it was read from.

An anchor is a string that must occur in the article as a whole word sequence (not inside a longer word:
"Kazakh" does not match "Kazakhstan"), exactly once in its scope, unless ``occurrence`` picks one.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kzbrowser.spans import line_of

Span = tuple[int, int]
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹"


def _is_word(ch: str) -> bool:
    """Letters and digits continue a word; footnote markers do not ("parties¹" ends at "parties")."""
    return bool(ch) and (ch.isalnum() or ch == "_") and ch not in _FOOTNOTE_MARKS


class AnchorError(ValueError):
    """An annotation no longer matches the article; the message names the entry and the line."""


@dataclass(frozen=True)
class Scope:
    text: str
    start: int
    end: int
    name: str  # for messages: "the article", "section 'The Agrarian Party'"

    def find_all(self, needle: str) -> list[int]:
        if not needle:
            return []
        hits = []
        i = self.text.find(needle, self.start, self.end)
        while i >= 0:
            before = self.text[i - 1:i]
            after = self.text[i + len(needle):i + len(needle) + 1]
            if not (_is_word(before) or _is_word(after)):
                hits.append(i)
            i = self.text.find(needle, i + 1, self.end)
        return hits

    def find(self, needle: str, occurrence: int | None = None, what: str = "anchor") -> Span:
        """The one place ``needle`` occurs here (or its ``occurrence``-th, counting from 1)."""
        hits = self.find_all(needle)
        where = f"{self.name} (line {line_of(self.text, self.start)})"
        if not hits:
            raise AnchorError(f"{what} {needle!r} not found in {where}")
        if occurrence is None and len(hits) > 1:
            lines = ", ".join(str(line_of(self.text, h)) for h in hits)
            raise AnchorError(f"{what} {needle!r} occurs {len(hits)} times in {where} (lines {lines}); "
                              "give 'occurrence' to choose one")
        index = (occurrence or 1) - 1
        if index >= len(hits):
            raise AnchorError(f"{what} {needle!r}: occurrence {occurrence} asked, {len(hits)} found in {where}")
        return hits[index], hits[index] + len(needle)

    def inner(self, span: Span, name: str) -> Scope:
        return Scope(self.text, span[0], span[1], name)


def whole_article(text: str) -> Scope:
    """The scope of the article's top-level annotations."""
    return Scope(text, 0, len(text), "the article")


def load(path_or_text: str, is_text: bool = False) -> dict[str, Any]:
    if is_text:
        return tomllib.loads(path_or_text)
    with open(path_or_text, "rb") as fh:
        return tomllib.load(fh)


def resolve(scope: Scope, entry: Mapping[str, Any], field: str, anchored: Span | None = None) -> Span:
    """Span of ``entry[field]``: inside the entry's anchor when it has one, else in ``scope``."""
    where = scope.inner(anchored, f"the anchor {scope.text[anchored[0]:anchored[1]]!r}") if anchored else scope
    occurrence = entry.get(f"{field}_occurrence")
    return where.find(entry[field], occurrence, what=field)
