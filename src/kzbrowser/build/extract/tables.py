"""Rows of the article's Tables 2-4 and of the tables' captions (Table 1 becomes the parties' rows)."""

from __future__ import annotations

from collections.abc import Mapping

from kzbrowser.build import tables as tbl
from kzbrowser.build.article import Article
from kzbrowser.build.extract.rows import Row, Rows, spanned

Tables = Mapping[int, tbl.Table]


def parse_all(art: Article) -> Tables:
    return {n: tbl.parse_table(art, n) for n in (1, 2, 3, 4)}


def article_tables(art: Article, tables: Tables) -> list[Row]:
    out = []
    for n, t in tables.items():
        head = art.table_headings[n]
        notes = [c.number for c in art.citations if t.caption.start <= c.start <= t.caption.end + 2]
        out.append({"number": n, **spanned("caption", t.caption.printed, (t.caption.start, t.caption.end)),
                    "heading_start": head.start, "heading_end": head.end,
                    "footnote": notes[0] if notes else None, "section": head.section})
    return out


def table_rows(tables: Tables) -> Rows:
    """Table 4's categories, Table 2's programme features and Table 3's poll answers."""
    return {
        "table4_categories": [{"seq": k, **spanned("label", c.printed, (c.start, c.end))}
                              for k, c in enumerate(tables[4].columns, start=1)],
        "table2_programs": [{"row": k, **spanned("text_1999", a.printed, (a.start, a.end)),
                             **spanned("text_2004", b.printed, (b.start, b.end))}
                            for k, (a, b) in enumerate(tables[2].rows, start=1)],
        "table3_poll": [{"row": k, **spanned("answer", answer.printed, (answer.start, answer.end)),
                         "percent": tbl.percent(value),
                         **spanned("percent_printed", value.printed, (value.start, value.end))}
                        for k, (answer, value) in enumerate(tables[3].rows, start=1)],
    }
