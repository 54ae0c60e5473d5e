"""The printed texts outside the paragraphs, as rows that search indexes: the title, the author and the
affiliation, headings, table captions and table lines, footnotes.

Each passage is derived from rows already extracted (and span-checked), so nothing here reads the article's
layout anew; a table's lines are the printed lines from its caption to its last row.
"""

from __future__ import annotations

from kzbrowser.build.extract.rows import Row, Rows

# The tables of Tables 1-4, and the spanned columns of each row (the first and the last printed cell).
_TABLE_ROWS = {1: ("table1_membership", "name", "members_printed"), 2: ("table2_programs", "text_1999", "text_2004"),
               3: ("table3_poll", "answer", "percent_printed"), 4: ("table4_assessment", "name", "percent_printed")}


def passages(rows: Rows, article: str) -> list[Row]:
    """One row per printed text that no paragraph holds, in reading order (id = position)."""
    found: list[tuple[int, int, str, str | None]] = []  # start, end, kind, party
    found += [(m["value_start"], m["value_end"], m["key"], None) for m in rows["meta"]
              if m["key"] in ("title", "author", "affiliation")]
    # a section's heading as printed, with its number ("1. Local Specifics of the Party System")
    found += [(article.rfind("\n", 0, s["title_start"]) + 1, s["title_end"], "heading", None) for s in rows["sections"]]
    found += [(p["heading_start"], p["heading_end"], "heading", p["key"]) for p in rows["parties"]]
    found += [(c["heading_start"], c["heading_end"], "heading", None) for c in rows["charts"]]
    for t in rows["article_tables"]:
        found += [(t["heading_start"], t["heading_end"], "heading", None),
                  (t["caption_start"], t["caption_end"], "caption", None)]
        found += _table_lines(rows, article, t)
    found += [(f["text_start"], f["text_end"], "footnote", None) for f in rows["footnotes"]]
    sections = [(s["section_start"], s["section_end"], s["number"]) for s in rows["sections"]]
    out = []
    for n, (start, end, kind, party) in enumerate(sorted(found)):
        section = next((num for a, b, num in sections if a <= start < b), None)
        out.append({"id": n, "kind": kind, "section": section, "party_key": party, "text": article[start:end],
                    "text_start": start, "text_end": end, "text_pieces": None})
    return out


def _table_lines(rows: Rows, article: str, table: Row) -> list[tuple[int, int, str, str | None]]:
    """The printed lines of a table's body (its column headings too), each with the party its row names."""
    name, first, last = _TABLE_ROWS[table["number"]]
    cells = rows[name]
    end = max(r[f"{last}_end"] for r in cells)
    party_at = {r[f"{first}_start"]: r.get("party_key") for r in cells}
    out = []
    pos = article.find("\n", table["caption_end"]) + 1  # the caption's line ends with its footnote mark
    while pos < end:
        line_end = article.find("\n", pos)
        line_end = len(article) if line_end < 0 else line_end
        start = pos + len(article[pos:line_end]) - len(article[pos:line_end].lstrip())
        stop = pos + len(article[pos:line_end].rstrip())
        if any(ch.isalnum() for ch in article[start:stop]):
            party = next((k for at, k in party_at.items() if start <= at < stop), None)
            out.append((start, stop, "table", party))
        pos = line_end + 1
    return out
