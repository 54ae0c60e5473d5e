"""Find quotations in a paragraph: “curly” (which nest) and "straight" (which do not)."""

from __future__ import annotations

from dataclasses import dataclass

OPEN, CLOSE, STRAIGHT = "“", "”", '"'


class QuoteError(ValueError):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True)
class Quoted:
    start: int  # of the text inside the marks
    end: int
    style: str  # curly | straight


def top_level_quotes(text: str) -> list[Quoted]:
    """Outermost quotations; quotes nested inside a curly quotation belong to it."""
    found: list[Quoted] = []
    depth = 0
    open_at = -1
    straight_at: int | None = None
    for i, ch in enumerate(text):
        if ch == OPEN and straight_at is None:
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == CLOSE and straight_at is None:
            if depth == 0:
                raise QuoteError("closing ” without an opening “", i)
            depth -= 1
            if depth == 0:
                found.append(Quoted(open_at + 1, i, "curly"))
        elif ch == STRAIGHT and depth == 0:
            if straight_at is None:
                straight_at = i
            else:
                found.append(Quoted(straight_at + 1, i, "straight"))
                straight_at = None
    if depth:
        raise QuoteError("“ is never closed", open_at)
    if straight_at is not None:
        raise QuoteError('" is never closed', straight_at)
    return found
