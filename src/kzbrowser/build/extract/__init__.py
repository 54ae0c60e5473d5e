"""Turn the parsed article and the reviewed annotations into database rows, each with the span it came from.

Each module of this package extracts one family of tables from explicit inputs; ``extract_all`` composes
them. Nothing here changes the article or the annotations it is given.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kzbrowser.build.anchors import whole_article
from kzbrowser.build.article import Article
from kzbrowser.build.extract import (
    article,
    inferences,
    mentions,
    parties,
    party_facts,
    positions,
    quotes,
    section1,
    tables,
    themes,
)
from kzbrowser.build.extract.artefacts import artefacts
from kzbrowser.build.extract.rows import Row, Rows

__all__ = ["Row", "Rows", "extract_all"]


def extract_all(art: Article, notes: Mapping[str, Any]) -> Rows:
    """Every extracted table's rows; raise ArticleError or AnchorError naming the line on a mismatch."""
    whole = whole_article(art.text)
    rows: Rows = {"meta": article.meta(art), "sections": article.sections(art),
                  "footnotes": article.footnotes(art), "footnote_citations": article.footnote_citations(art),
                  "charts": article.charts(art, notes, whole)}
    parsed = tables.parse_all(art)
    rows["article_tables"] = tables.article_tables(art, parsed)
    rows.update(tables.table_rows(parsed))

    found = parties.locate(art, notes, parsed[1])
    keys = {p.key for p in found}
    index, rows["party_names"] = parties.names(found, whole)
    rows.update(party_facts.party_facts(found))
    for table, extra in party_facts.outside_section3(notes, whole, keys).items():
        rows[table] += extra
    rows["table1_membership"] = parties.membership(found)
    rows["table4_assessment"] = parties.table4(parsed[4], index)
    rows["opposition"] = parties.opposition(notes, whole, keys)
    rows["parties"] = parties.party_rows(found, in_table4={r["party_key"] for r in rows["table4_assessment"]},
                                         in_opposition={r["party_key"] for r in rows["opposition"]})
    party_of = parties.paragraph_parties(art, found)
    rows["paragraphs"] = article.paragraphs(art, party_of)

    rows["quotes"] = quotes.quotes(art, found, party_of)
    rows["positions"] = positions.positions(art, index)
    scopes = {p.key: p.scope for p in found}
    rows["themes"] = themes.themes(notes)
    rows["theme_assignments"] = themes.assignments(notes, scopes, whole, rows["quotes"], rows["positions"])
    rows["stances"] = themes.stances(notes, scopes)
    rows["parties_1999"] = section1.parties_1999(art, whole)
    rows["links_1999"] = section1.links_1999(notes, whole, rows["parties_1999"], keys)
    rows["facts"] = section1.facts(notes, whole)
    rows["signatories"] = section1.signatories(notes, whole)
    rows["artefacts"] = artefacts(art.text, notes)
    rows["inferences"] = inferences.inferences(notes, whole, keys)
    inferences.check_references(rows)
    rows["mentions"] = mentions.mentions(rows, notes, whole)
    return rows
