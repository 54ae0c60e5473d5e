"""The rows the build extracts: each printed value stored beside the span it was read from.

A column ``x`` with ``x_start``/``x_end`` holds ``article[x_start:x_end]``, which the build re-checks for
every row; ``x_pieces`` lists the printed spans when the value crosses a page break.
"""

from __future__ import annotations

import json
from collections.abc import Set
from typing import Any

from kzbrowser.build.anchors import AnchorError

Row = dict[str, Any]
Rows = dict[str, list[Row]]


def spanned(name: str, printed: str, span: tuple[int, int]) -> Row:
    return {name: printed, f"{name}_start": span[0], f"{name}_end": span[1]}


def unspanned(name: str) -> Row:
    """An optional value that the annotation does not give."""
    return {name: None, f"{name}_start": None, f"{name}_end": None}


def pieces(spans: list[tuple[int, int]]) -> str | None:
    """JSON list of printed spans, only when a value crosses a page break."""
    return json.dumps([list(s) for s in spans]) if len(spans) > 1 else None


def check_kind(value: str, allowed: Set[str], what: str) -> None:
    """Our vocabulary (kinds, roles, sources) is closed: a typo in an annotation fails the build."""
    if value not in allowed:
        raise AnchorError(f"{what} {value!r} is not one of {sorted(allowed)}")
