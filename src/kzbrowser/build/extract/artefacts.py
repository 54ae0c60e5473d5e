"""Misprints of the source (AuyI for Auyl): every place each is printed, with the form scholars write."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from kzbrowser.build.anchors import AnchorError
from kzbrowser.build.extract.rows import Row, spanned


def artefacts(text: str, notes: Mapping[str, Any]) -> list[Row]:
    out = []
    for a in notes.get("artefact", []):
        hits = list(_find_raw(text, a["printed"]))
        if not hits:
            raise AnchorError(f"artefact {a['printed']!r} no longer occurs in the article")
        out += [{**spanned("printed", a["printed"], (h, h + len(a["printed"]))),
                 "normalised": a["normalised"], "note": a["note"]} for h in hits]
    return out


def _find_raw(text: str, needle: str) -> Iterator[int]:
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)
