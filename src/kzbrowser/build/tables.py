"""Tables 1-4 of the article, parsed cell by cell with the printed span of every cell."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzbrowser.build.article import Article, ArticleError, Block

Span = tuple[int, int]


@dataclass(frozen=True)
class Cell:
    printed: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    number: int
    caption: Cell
    columns: list[Cell]  # header cells, where the table prints a header row
    rows: list[list[Cell]]
    lines: list[int]  # line number of each row


_MEMBERS = re.compile(r"^\d{1,3}(,\d{3})*$")
_PERCENT = re.compile(r"^\d{1,3}\.\d$")
NO_DATA = "No data"

# What each table must look like: (rows, cells per row, header row?). The article says 12 parties were
# registered (Table 1), Table 2 compares 8 features, Table 3 lists 6 answers, Table 4 rates 7 parties.
SHAPES = {1: (12, 3, False), 2: (8, 2, True), 3: (6, 2, False), 4: (7, 6, True)}


def _cells(block: Block, line_text: str, line_start: int, strip_bullet: bool) -> list[Cell]:
    cells = []
    pos = line_start
    if strip_bullet and line_text.startswith("* "):
        line_text, pos = line_text[2:], pos + 2
    for part in line_text.split("\t"):
        lead = len(part) - len(part.lstrip())
        cells.append(Cell(part.strip(), pos + lead, pos + lead + len(part.strip())))
        pos += len(part) + 1
    return cells


def _caption(art: Article, block: Block) -> Cell:
    text = block.text
    start = block.start
    # Table 4's caption is printed in **bold** and carries a footnote marker.
    inner = text.strip("*")
    start += len(text) - len(text.lstrip("*"))
    inner = inner.rstrip("¹²³⁴⁵⁶")
    return Cell(inner, start, start + len(inner))


def parse_table(art: Article, number: int) -> Table:
    if number not in art.tables:
        raise ArticleError(f"Table {number} not found in the article")
    caption_block, rows_block = art.tables[number]
    n_rows, n_cells, has_header = SHAPES[number]
    lines = rows_block.text.split("\n")
    starts = []
    pos = rows_block.start
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    columns: list[Cell] = []
    if has_header:
        columns = _cells(rows_block, lines[0], starts[0], False)
        columns = [c for c in columns if c.printed]
        lines, starts = lines[1:], starts[1:]
    rows = [_cells(rows_block, text, s, number == 3) for text, s in zip(lines, starts, strict=True)]
    line_numbers = [art.line_of(s) for s in starts]
    for cells, line_no in zip(rows, line_numbers, strict=True):
        if len(cells) != n_cells:
            raise ArticleError(
                f"line {line_no}: Table {number} row should have {n_cells} tab-separated cells, found {len(cells)}"
            )
    if len(rows) != n_rows:
        last = line_numbers[-1] if line_numbers else caption_block.line
        raise ArticleError(f"line {last}: Table {number} should have {n_rows} rows, found {len(rows)}")
    table = Table(number, _caption(art, caption_block), columns, rows, line_numbers)
    _check_values(table)
    return table


def _check_values(table: Table) -> None:
    for seq, (cells, line) in enumerate(zip(table.rows, table.lines, strict=True), start=1):
        if table.number == 1:
            if cells[0].printed != str(seq):
                raise ArticleError(f"line {line}: Table 1 row {seq} should be numbered {seq}, found "
                                   f"{cells[0].printed!r}")
            value = cells[2].printed
            if value != NO_DATA and not _MEMBERS.match(value):
                raise ArticleError(f"line {line}: Table 1 row {seq}: expected a membership figure like "
                                   f"59,890 or 'No data', found {value!r}")
        elif table.number in (3, 4):
            for cell in cells[1:]:
                if not _PERCENT.match(cell.printed):
                    raise ArticleError(f"line {line}: Table {table.number} row {seq}: expected a percentage "
                                       f"like 13.4, found {cell.printed!r}")


def members(cell: Cell) -> int | None:
    """Table 1's figure, or None for 'No data' (unknown, never zero)."""
    return None if cell.printed == NO_DATA else int(cell.printed.replace(",", ""))


def percent(cell: Cell) -> float:
    return float(cell.printed)


def split_abbreviation(cell: Cell) -> tuple[Cell, Cell | None]:
    """'Communist Party of Kazakhstan (CPK)' -> the name and the abbreviation, each with its own span."""
    m = re.match(r"^(.*?) \(([A-Z]{2,5})\)$", cell.printed)
    if not m:
        return cell, None
    name = Cell(m.group(1), cell.start, cell.start + len(m.group(1)))
    abbr_start = cell.start + m.start(2)
    return name, Cell(m.group(2), abbr_start, abbr_start + len(m.group(2)))
