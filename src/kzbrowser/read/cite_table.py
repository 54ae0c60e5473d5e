"""A chart's data table, or some of its cells, copied with its citation (Qt-free).

Only what the table prints is cited: the columns kzbrowser adds (a member count as a number beside the printed
one, a rank, the opposition mark of footnote 1, a date's range of days) are left out, and the copy says so.
"""

from __future__ import annotations

from kzbrowser.read.chart_data import Chart
from kzbrowser.read.citation import Location, Source

TABLE = {"membership": 1, "poll": 3, "assessment": 4}  # the article's table each chart draws
# kzbrowser's columns: the printed column that stands for one (None: nothing printed stands for it)
OURS: dict[str, dict[str, str | None]] = {
    "membership": {"members": "members_printed", "rank": None, "opposition": None},
    "timeline": {"precision": None, "earliest": None, "latest": None}}


def cite_cells(chart: Chart, cells: list[tuple[int, int]], source: Source) -> str:
    """The cells (row, column) as tab-separated text under their headers, with the citation; no cells: the
    whole table."""
    if not cells:
        cells = [(r, c) for r in range(len(chart.rows)) for c in range(len(chart.columns))]
    ours = OURS.get(chart.name, {})
    # a cell says what it is of: the row's party or answer comes along
    picked = [chart.columns.index(n) for n in ("party", "answer") if n in chart.columns][:1]
    left_out: list[str] = []
    for c in sorted({c for _r, c in cells}):
        name = chart.columns[c]
        if name in ours:
            left_out.append(chart.headers[c])
            stand_in = ours[name]
            c = chart.columns.index(stand_in) if stand_in else -1
        if c >= 0 and c not in picked:
            picked.append(c)
    picked.sort()
    rows = sorted({r for r, _c in cells})
    lines = ["\t".join(chart.headers[c] for c in picked)]
    lines += ["\t".join(chart.rows[r][c] for c in picked) for r in rows]
    if left_out:
        lines.append(f"(Left out, kzbrowser's and not printed in the article: {', '.join(left_out)}.)")
    return source.cited("\n".join(lines), _where(chart, rows, source))


def _where(chart: Chart, rows: list[int], source: Source) -> Location:
    if chart.name in TABLE:
        return Location(table=TABLE[chart.name])
    keys = {key for r, key in enumerate(i.key for i in chart.items for _e in i.events) if r in rows}
    if len(keys) == 1:  # one party's dates: its part of section 3
        return Location(section=3, part=source.places.parties.get(keys.pop() or ""))
    return Location(section=3)
