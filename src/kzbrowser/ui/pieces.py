"""Work made of pieces: a generator whose every ``next()`` does one piece and returns.

The same generator serves both ways of doing the work: all at once (``finish``), or a piece per pass of the
event loop while the window is idle (lazy_tab.IdleSteps), so what is built is the same either way.
"""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from typing import TypeVar

T = TypeVar("T")
Pieces = Generator[None, None, T]  # yields between pieces, returns what it built


def finish(pieces: Generator[object, None, T]) -> T:
    """Every piece left, at once; what the generator returns."""
    while True:
        try:
            next(pieces)
        except StopIteration as done:
            return done.value


def sliced(pieces: Iterator[object], budget_s: float) -> Iterator[None]:
    """The same pieces, several to a step: as many as start within ``budget_s`` of the step's start.

    A step then takes at most the budget plus one piece, and no more passes of the event loop than needed."""
    start = time.perf_counter()
    for _ in pieces:
        if time.perf_counter() - start >= budget_s:
            yield None
            start = time.perf_counter()
