"""Back/forward history of the places a user has visited, kept the way a web browser keeps it.

Qt-free: a :class:`Place` names what was shown (a party page, a position in the article, a search with its
results, About the data, a chart, the overview, a comparison); the window turns one back into what it shows.
"""

from __future__ import annotations

from typing import Generic, TypeVar

T = TypeVar("T")

# The kinds of place, and what ``target`` holds for each.
PARTY = "party"  # a 2004 party's key
PARTY_1999 = "party1999"  # a 1999 party's printed name
ARTICLE = "article"  # "" (spans, if any, are what was highlighted)
SEARCH = "search"  # the query typed (``extra``: the scope and the party filter)
CHART = "chart"  # the chart's index (as text)
ABOUT = "about"  # ""
OVERVIEW = "overview"  # ""
COMPARE = "compare"  # "" (``extra``: the keys of the parties compared; none before any comparison)
KINDS = (PARTY, PARTY_1999, ARTICLE, SEARCH, CHART, ABOUT, OVERVIEW, COMPARE)


class Place:
    """One place in the history. Two places are the same place when kind, target, spans and extra agree;
    ``scroll`` (where the user had scrolled to) travels with it but does not make it another place.

    A plain class with __slots__ (not a dataclass): this module loads before the first frame.
    """

    __slots__ = ("extra", "kind", "scroll", "spans", "target")

    def __init__(self, kind: str, target: str = "", spans: tuple[tuple[int, int], ...] = (),
                 extra: tuple[str, ...] = (), scroll: int = 0) -> None:
        if kind not in KINDS:
            raise ValueError(f"not a kind of place: {kind!r}")
        self.kind, self.target, self.spans, self.extra, self.scroll = kind, target, tuple(spans), tuple(extra), scroll

    def _key(self) -> tuple[object, ...]:
        return (self.kind, self.target, self.spans, self.extra)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Place) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Place({self.kind!r}, {self.target!r}, {self.spans!r}, {self.extra!r}, scroll={self.scroll})"

    def at(self, scroll: int) -> Place:
        """The same place, scrolled to ``scroll``."""
        return Place(self.kind, self.target, self.spans, self.extra, scroll)


class History(Generic[T]):
    """The visited entries and where the user is among them; a new visit drops what lay ahead."""

    def __init__(self) -> None:
        self._entries: list[T] = []
        self._pos = -1

    def visit(self, entry: T) -> None:
        if self._pos >= 0 and self._entries[self._pos] == entry:
            self._entries[self._pos] = entry  # the same place again: not a step, but its latest state
            return
        del self._entries[self._pos + 1:]
        self._entries.append(entry)
        self._pos = len(self._entries) - 1

    def update(self, entry: T) -> None:
        """Replace the current entry (say, with where the user has scrolled to) without a step."""
        if self._pos >= 0:
            self._entries[self._pos] = entry

    @property
    def current(self) -> T | None:
        return self._entries[self._pos] if self._pos >= 0 else None

    @property
    def entries(self) -> list[T]:
        return list(self._entries)

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
