"""Section 4's list of new elements of nationalities policy: each clause with the parties it names."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kzbrowser.build.article import Article, ArticleError, Paragraph
from kzbrowser.build.extract.parties import PartyIndex
from kzbrowser.build.extract.rows import Row, spanned


def positions(art: Article, index: PartyIndex) -> list[Row]:
    lists = [p for p in art.paragraphs if p.kind == "list" and p.section == 4]
    if len(lists) != 1:
        raise ArticleError("section 4 should have one bulleted list of new elements of nationalities policy")
    out: list[Row] = []
    for item_no, (bullet_start, bullet) in enumerate(_bullets(art, lists[0]), start=1):
        clause_start = 0
        # Each clause ends in a parenthesis naming the parties it is attributed to.
        for m in re.finditer(r"\(([^()]+)\)[;.]?", bullet):
            names = [n.strip() for n in re.split(r",| and ", m.group(1))]
            keys = [index.key_of(n) for n in names]
            if None in keys:
                continue  # a parenthesis that names no party
            clause = bullet[clause_start:m.start()].strip(" ;")
            c_start = bullet_start + bullet.index(clause, clause_start)
            pos = m.start(1)
            for name, key in zip(names, keys, strict=True):
                n_start = bullet.index(name, pos)
                pos = n_start + len(name)
                out.append({"item": item_no, "party_key": key,
                            **spanned("clause", clause, (c_start, c_start + len(clause))),
                            **spanned("party_printed", name, (bullet_start + n_start, bullet_start + pos))})
            clause_start = m.end()
        if clause_start == 0:
            raise ArticleError(f"line {art.line_of(bullet_start)}: a section-4 item names no party")
    return out


def _bullets(art: Article, p: Paragraph) -> Iterator[tuple[int, str]]:
    pos = p.start
    for line in p.text.split("\n"):
        if not line.startswith("- "):
            raise ArticleError(f"line {art.line_of(pos)}: expected a list item starting with '- '")
        yield pos + 2, line[2:]
        pos += len(line) + 1
