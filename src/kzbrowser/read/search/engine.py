"""Keyword search over the quotes and the article's paragraphs: ranked hits with highlighted matches.

Read-only: it runs on the app's immutable connection. The query language is in ``kzbrowser.read.search.query``.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from kzbrowser.read import names
from kzbrowser.read.parties import UnknownParty
from kzbrowser.read.search import cyrillic
from kzbrowser.read.search import query as ql
from kzbrowser.read.search.hits import CLOSE, OPEN, Hit, artefacts, hit, kind_label, snippet
from kzbrowser.read.search.query import notice
from kzbrowser.schema import SEARCHED
from kzbrowser.translate import QT_TRANSLATE_NOOP, Message, joined

__all__ = ["CLOSE", "OPEN", "QUERY_HELP", "Hit", "Results", "kind_label", "search", "snippet"]

SCOPES = ("all", "quotes", "article")
# bm25 column weights: text, aliases (the normalised spelling of what text prints), party_names (a hit
# there only says the text belongs to the party asked for, so it counts for less than the words).
RANK = "bm25(1.0, 1.0, 0.5)"
COUNT_CAP = 10_000  # Results.*_total above this is reported as COUNT_CAP + 1 ("more than 10,000")
RANK_CAP = 1_000  # more matches than this in a table: only the first RANK_CAP (article order) are ranked

# Marked for the window's translation (kzbrowser.translate); `kzbrowser search --help` shows it in English.
QUERY_HELP = QT_TRANSLATE_NOOP("SearchHelp", """Search the quotes and the article.
  ethnic harmony        texts containing all the words, in any order
  "ethnic harmony"      the exact phrase ("curly" quotes work too)
  harmony OR accord     either word (OR in capitals; it binds the two words next to it)
  ethnic -clashes       exclude a word (also: ethnic NOT clashes); -"a phrase" too
  democra*              words starting with democra
The title, the author, headings, table captions and lines and the footnotes are searched too.
Case, accents and word endings do not matter: democrats finds democratic, cafe finds café.
A party is found under any of its names and variants: Auyl and AuyI, Otan and the Homeland, CPK;
its quotes and paragraphs count even where they do not name it.
Names typed in Cyrillic, Russian or Kazakh, find the article's Latin spelling: Отан Otan, Ақ жол Ak zhol.
Anything else (an unclosed quote, a lone operator, parentheses) is searched as plain words.""")


@dataclass(frozen=True)
class Results:
    query: str
    quotes: list[Hit]
    paragraphs: list[Hit]
    literal_fallback: bool  # the query was not valid syntax and was searched literally
    message: Message | None  # sentences for the user about a fallback or an empty result (``notice``: English)
    quote_total: int = 0  # all matching quotes (only ``limit`` are returned); COUNT_CAP + 1 means more
    paragraph_total: int = 0
    passages: list[Hit] = field(default_factory=list)  # the title, headings, tables, footnotes... that matched
    passage_total: int = 0
    read_as: tuple[cyrillic.ReadAs, ...] = ()  # the Cyrillic words of the query and the Latin forms searched

    @property
    def notice(self) -> str | None:
        """``message`` in English, as the command line prints it."""
        return self.message.text() if self.message else None

    @property
    def hits(self) -> list[Hit]:
        return [*self.quotes, *self.paragraphs, *self.passages]


def search(conn: sqlite3.Connection, query: str, *, party: str | Sequence[str] | None = None, scope: str = "all",
           limit: int = 50) -> Results:
    """Ranked quotes and paragraphs for ``query``; never raises on what the user typed.

    ``party`` is a party key (resolve names with ``Parties.resolve``), or a sequence of keys (a group of parties);
    ``scope`` is one of SCOPES.
    """
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")
    for key in (party,) if isinstance(party, str) else party or ():
        if conn.execute("SELECT 1 FROM parties WHERE key = ?", (key,)).fetchone() is None:
            raise UnknownParty(key)
    if not query.strip():
        return Results(query, [], [], False, None)
    _check_index(conn)
    q, read_as = _latin_spelling(conn, query, ql.parse(query))
    out = _run(conn, query, q, party, scope, limit)
    if out is None:  # FTS5 refused our own expression: should not happen, but never fail the user
        q, read_as = _latin_spelling(conn, query, ql.literal(query, notice(QT_TRANSLATE_NOOP(
            "SearchNotice", "The query could not be used as typed"))))
        out = _run(conn, query, q, party, scope, limit)
    if out is not None and not out.hits:
        out = _retry_without_foreign_words(conn, query, q, party, scope, limit) or out
    out = out or Results(query, [], [], True, notice(QT_TRANSLATE_NOOP("SearchNotice",
                                                                        "The search failed; try other words.")))
    return replace(out, read_as=read_as) if read_as else out  # a Latin query: not even a copy


def _latin_spelling(conn: sqlite3.Connection, text: str, q: ql.Query) -> tuple[ql.Query, tuple[cyrillic.ReadAs, ...]]:
    """Cyrillic words as the Latin words the texts print (Отан: Otan); an ASCII query is left alone at no cost."""
    return (q, ()) if text.isascii() else cyrillic.rewrite(q, lambda: cyrillic.vocabulary(conn))


class IndexDamaged(sqlite3.DatabaseError):
    """The search index fails FTS5's own integrity check: results would silently miss texts."""


_CHECKED: dict[str, list[str]] = {}


def _check_index(conn: sqlite3.Connection) -> None:
    # A damaged FTS5 index answers with fewer rows, not with an error, so it is checked before the first search
    # of each (immutable) file: about 5 ms once, instead of at start-up.
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    problems = _CHECKED.get(path) if path else None
    if problems is None:
        from kzbrowser.read.verify import search_index_problems

        problems = search_index_problems(conn)
        if path:
            _CHECKED[path] = problems
    if problems:
        raise IndexDamaged(problems[0])


def _run(conn: sqlite3.Connection, text: str, q: ql.Query, party: str | Sequence[str] | None, scope: str,
         limit: int) -> Results | None:
    try:
        expr = ql.to_fts(q, _party_lookup(conn), _word_lookup(conn))
        if expr is None:
            empty = notice(QT_TRANSLATE_NOOP("SearchNotice", "The query only excludes words; add a word to search for.")
                           if q.clauses else
                           QT_TRANSLATE_NOOP("SearchNotice", "The query has no words to look for; add a word to search "
                                                             "for."))
            return Results(text, [], [], q.literal, _describe(q, empty))
        quotes, nq = _table(conn, "quotes", expr, party, limit) if scope != "article" else ([], 0)
        paras, npara = _table(conn, "paragraphs", expr, party, limit) if scope != "quotes" else ([], 0)
        others, nother = _table(conn, "passages", expr, party, limit) if scope != "quotes" else ([], 0)
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise
        return None
    said = None
    if max(nq, npara, nother) > RANK_CAP:
        said = notice(QT_TRANSLATE_NOOP("SearchNotice", "Very many matches: the best of the first {limit:,} of each "
                                                        "kind are shown; add words to narrow the search."),
                      limit=RANK_CAP)
    if not quotes and not paras and not others:
        said = notice(NO_MATCH[scope, bool(party)], words=", ".join(t.text for c in q.positive for t in c.terms))
    return Results(text, quotes, paras, q.literal, _describe(q, said), nq, npara, others, nother)


NO_MATCH = {  # (scope, for one party or a group of them)
    ("all", False): QT_TRANSLATE_NOOP("SearchNotice", "No quote or paragraph matches {words}."),
    ("all", True): QT_TRANSLATE_NOOP("SearchNotice", "No quote or paragraph matches {words} for this party."),
    ("quotes", False): QT_TRANSLATE_NOOP("SearchNotice", "No quote matches {words}."),
    ("quotes", True): QT_TRANSLATE_NOOP("SearchNotice", "No quote matches {words} for this party."),
    ("article", False): QT_TRANSLATE_NOOP("SearchNotice", "No paragraph matches {words}."),
    ("article", True): QT_TRANSLATE_NOOP("SearchNotice", "No paragraph matches {words} for this party."),
}


def _describe(q: ql.Query, said: Message | None) -> Message | None:
    if not q.literal:
        return said
    problem = q.problem or notice(QT_TRANSLATE_NOOP("SearchNotice", "The query is not valid"))
    words = " ".join(_either(c) for c in q.clauses)
    if not words:
        return notice(QT_TRANSLATE_NOOP("SearchNotice", "{problem}, and there are no words to search for."),
                      problem=problem)
    first = notice(QT_TRANSLATE_NOOP("SearchNotice", "{problem}, so the query was searched as any of its words, "
                                                     "best matches first: {words}.") if q.any_of else
                   QT_TRANSLATE_NOOP("SearchNotice", "{problem}, so the query was searched as plain words (all must "
                                                     "match): {words}."), problem=problem, words=words)
    return joined(" ", (first, said)) if said else first


def _either(c: ql.Clause) -> str:
    return " ".join(t.text for t in c.terms) if len(c.terms) == 1 else "(" + " OR ".join(t.text for t in c.terms) + ")"


def _retry_without_foreign_words(conn: sqlite3.Connection, text: str, q: ql.Query, party: str | Sequence[str] | None,
                                 scope: str, limit: int) -> Results | None:
    """The article is in English: Cyrillic or Kazakh words match nothing, so search without them."""
    keep = tuple(c for c in q.clauses if all(_latin(w) for t in c.terms for w in t.words))
    if len(keep) == len(q.clauses) or not any(not c.negated for c in keep):
        return None
    dropped = [t.text for c in q.clauses if c not in keep for t in c.terms]
    retry = ql.Query(keep, literal=True, any_of=q.any_of, problem=notice(QT_TRANSLATE_NOOP(
        "SearchNotice", "The article is in English and has no {words}"), words=", ".join(dropped)))
    out = _run(conn, text, retry, party, scope, limit)
    return out if out is not None and out.hits else None


def _latin(word: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in word)


def _party_lookup(conn: sqlite3.Connection) -> ql.PartyLookup:
    """Party by exact name or variant (not by key: "democratic" or "patriot" are ordinary words)."""
    idx = names.index(conn)

    def lookup(phrase: str) -> ql.PartyRef | None:
        key = idx.find(phrase)
        return ql.PartyRef(key, idx.names_of[key]) if key else None

    return lookup


def _word_lookup(conn: sqlite3.Connection) -> ql.WordLookup:
    """The printed words of the searched texts that start with a prefix, from the unstemmed indexes."""
    terms = " UNION ".join(f'SELECT term FROM temp."{t}_words" WHERE term >= :p AND term <= :p || char(1114111)'
                           for t in SEARCHED)

    def lookup(prefix: str) -> tuple[str, ...] | None:
        for table in SEARCHED:
            cyrillic.words_table(conn, table)  # fts5vocab lists an index's terms
        found = [w for (w,) in conn.execute(f"SELECT term FROM ({terms}) LIMIT {ql.MAX_PREFIX_WORDS + 1}",
                                            {"p": prefix})]
        return tuple(w for w in found if w.startswith(prefix)) if len(found) <= ql.MAX_PREFIX_WORDS else None

    return lookup


def _table(conn: sqlite3.Connection, table: str, expr: str, party: str | Sequence[str] | None,
           limit: int) -> tuple[list[Hit], int]:
    fts = f"{table}_fts"
    section = "g.section" if table == "quotes" else "t.section"
    kind = {"quotes": "'quote'", "paragraphs": "'paragraph'"}.get(table, "t.kind")
    style = "t.style" if table == "quotes" else "NULL"
    joins = "LEFT JOIN paragraphs g ON g.id = t.paragraph_id" if table == "quotes" else ""
    keys = (party,) if isinstance(party, str) else tuple(party or ())
    match = f"{fts} MATCH :expr" + (f" AND t.party_key IN ({', '.join(f':p{i}' for i in range(len(keys)))})"
                                     if keys else "")
    args: dict[str, object] = {"expr": expr, "limit": limit, "rank": RANK, **{f"p{i}": k for i, k in enumerate(keys)}}
    # Counting stops at COUNT_CAP + 1 rows: an exact count of a word in every row costs as much as a search.
    # Without a party filter the index alone answers; joining the table would triple the cost.
    source = f"{fts} JOIN {table} t ON t.id = {fts}.rowid" if party else fts
    total = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {source} WHERE {match} LIMIT {COUNT_CAP + 1})",
                         args).fetchone()[0]
    bound = ""
    if total > RANK_CAP:
        # bm25 costs a few microseconds a row: rank the first RANK_CAP matches, not all (Results.notice says so).
        args["bound"] = conn.execute(f"SELECT {fts}.rowid FROM {source} WHERE {match} LIMIT 1 OFFSET {RANK_CAP - 1}",
                                     args).fetchone()[0]
        bound = f"AND {fts}.rowid <= :bound"
    # ORDER BY rank is sorted inside FTS5, so SQLite stops after `limit` rows and runs highlight() (which
    # re-tokenises the text) on those rows only, not on every match.
    rows = conn.execute(f"""
        SELECT {kind}, t.id, t.party_key, p.full_name, {section}, t.text, t.text_start, t.text_end, t.text_pieces,
               highlight({fts}, 0, char(2), char(3)),
               CASE WHEN t.aliases IS NULL THEN NULL ELSE highlight({fts}, 1, char(2), char(3)) END, {fts}.rank, {style}
        FROM {fts} JOIN {table} t ON t.id = {fts}.rowid LEFT JOIN parties p ON p.key = t.party_key {joins}
        WHERE {match} AND {fts}.rank MATCH :rank {bound}
        ORDER BY {fts}.rank LIMIT :limit""", args).fetchall()
    found = artefacts(conn) if any(r[10] and OPEN in r[10] for r in rows) else {}
    return [hit(r, found) for r in rows], total
