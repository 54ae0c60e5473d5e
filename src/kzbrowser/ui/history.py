"""Back/forward history of the pages a user has visited, kept the way a web browser keeps it."""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")


class History(Generic[T]):
    """The visited entries and where the user is among them; a new visit drops what lay ahead."""

    def __init__(self) -> None:
        self._entries: list[T] = []
        self._pos = -1

    def visit(self, entry: T) -> None:
        if self._pos >= 0 and self._entries[self._pos] == entry:
            return  # showing the same page again is not a step back or forward
        del self._entries[self._pos + 1:]
        self._entries.append(entry)
        self._pos = len(self._entries) - 1

    @property
    def can_go_back(self) -> bool:
        return self._pos > 0

    @property
    def can_go_forward(self) -> bool:
        return self._pos < len(self._entries) - 1

    def back(self) -> T | None:
        """The previous entry, now current; None (and no move) at the start."""
        if not self.can_go_back:
            return None
        self._pos -= 1
        return self._entries[self._pos]

    def forward(self) -> T | None:
        """The next entry, now current; None (and no move) at the end."""
        if not self.can_go_forward:
            return None
        self._pos += 1
        return self._entries[self._pos]
