"""Dates as the article prints them, with their precision and the range of days they allow.

"6 January, 1999" is a day, "March 2000" a month, "spring of 2004" a season, "Early in 2000" part of a
year, "1993" a year. A chart must not draw a month-only date as a day, so each date carries
``earliest``/``latest`` (ISO days) and ``iso`` at its own precision (1999-01-06, 2000-03, 2004).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name}
_MONTH = "|".join(MONTHS)
_DAY = re.compile(rf"\b(\d{{1,2}}) ({_MONTH}),? (\d{{4}})\b")
_MONTH_YEAR = re.compile(rf"\b({_MONTH}),? (\d{{4}})\b")
_SEASON = re.compile(r"\b(spring|summer|fall|autumn|winter) of (\d{4})\b", re.IGNORECASE)
_EARLY = re.compile(r"\b(early|late) in (\d{4})\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Northern-hemisphere meteorological seasons; winter is taken as the one that starts the year.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (1, 2)}


@dataclass(frozen=True)
class PrintedDate:
    printed: str  # the date words exactly as printed
    offset: int  # where they start inside the phrase searched
    precision: str  # day | month | season | part-of-year | year
    iso: str
    earliest: str
    latest: str


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def find_date(phrase: str) -> PrintedDate | None:
    """The first date in ``phrase``, at the finest precision printed."""
    if m := _DAY.search(phrase):
        d, mo, y = int(m.group(1)), MONTHS[m.group(2)], int(m.group(3))
        iso = f"{y:04d}-{mo:02d}-{d:02d}"
        return PrintedDate(m.group(0), m.start(), "day", iso, iso, iso)
    if m := _MONTH_YEAR.search(phrase):
        mo, y = MONTHS[m.group(1)], int(m.group(2))
        return PrintedDate(m.group(0), m.start(), "month", f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01",
                           f"{y:04d}-{mo:02d}-{_last_day(y, mo):02d}")
    if m := _SEASON.search(phrase):
        first, last = SEASONS[m.group(1).lower()]
        y = int(m.group(2))
        return PrintedDate(m.group(0), m.start(), "season", f"{y:04d} {m.group(1).lower()}",
                           f"{y:04d}-{first:02d}-01", f"{y:04d}-{last:02d}-{_last_day(y, last):02d}")
    if m := _EARLY.search(phrase):
        y = int(m.group(2))
        # "early in" a year: its first third; "late in": its last third.
        first, last = (1, 4) if m.group(1).lower() == "early" else (9, 12)
        return PrintedDate(m.group(0), m.start(), "part-of-year", f"{y:04d} {m.group(1).lower()}",
                           f"{y:04d}-{first:02d}-01", f"{y:04d}-{last:02d}-{_last_day(y, last):02d}")
    if m := _YEAR.search(phrase):
        y = int(m.group(1))
        return PrintedDate(m.group(0), m.start(), "year", f"{y:04d}", f"{y:04d}-01-01", f"{y:04d}-12-31")
    return None
