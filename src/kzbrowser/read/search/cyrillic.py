"""Cyrillic words of a query -> the Latin words of the searched texts that spell them.

A Cyrillic word is compared with every word the search indexes hold by its loose key
(``kzbrowser.read.translit``): Отан finds Otan, Қазақстан and Казахстан find Kazakhstan, Руханият both
Rukhaniat and Rukhaniyat. The query keeps its shape (phrases, OR, exclusions, prefixes); only its Cyrillic
words are replaced by the Latin words found, so the FTS5 expression is still built from quoted strings by
``kzbrowser.read.search.query``. A word with no Latin spelling in the texts stays as typed (and finds nothing).
Queries without Cyrillic never come here.
"""

from __future__ import annotations

import bisect
import itertools
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple

from kzbrowser.read import translit
from kzbrowser.read.search import query as ql
from kzbrowser.read.search.query import notice
from kzbrowser.read.words import fold, words_of
from kzbrowser.schema import SEARCHED
from kzbrowser.translate import QT_TRANSLATE_NOOP, Message, Translate, english, joined

MAX_SPELLINGS = 12  # Latin spellings of one typed term (a phrase multiplies its words' spellings)
SHOWN = 6  # Latin forms named per term in describe()


@dataclass(frozen=True)
class ReadAs:
    """A Cyrillic term of the query and the Latin forms of the article it was searched as."""

    typed: str  # "Отан", or a phrase: "Ақ жол"
    latin: tuple[str, ...]  # ("Otan",): as the article prints the word (most often)


def describe(read_as: tuple[ReadAs, ...], translate: Translate = english) -> str | None:
    """One line for the user: which Latin forms the Cyrillic words were searched as (English by default)."""
    said = read_as_message(read_as)
    return said.text(translate) if said else None


def read_as_message(read_as: tuple[ReadAs, ...]) -> Message | None:
    """:func:`describe`'s line, to translate (kzbrowser.translate.Message)."""
    if not read_as:
        return None

    def term(r: ReadAs) -> str | Message:
        forms = " / ".join(r.latin[:SHOWN])
        if len(r.latin) <= SHOWN:
            return f"{r.typed} → {forms}"
        return notice(QT_TRANSLATE_NOOP("SearchNotice", "{typed} → {forms} (and {count} more)"), typed=r.typed,
                      forms=forms, count=len(r.latin) - SHOWN)

    return notice(QT_TRANSLATE_NOOP("SearchNotice", "In the article's spelling: {terms}."),
                  terms=joined("; ", (term(r) for r in read_as)))


def words_table(conn: sqlite3.Connection, table: str) -> str:
    """The fts5vocab table listing the unstemmed words of ``table`` (in temp: the database is read-only)."""
    conn.execute(f'CREATE VIRTUAL TABLE IF NOT EXISTS temp."{table}_words" '
                 f"USING fts5vocab(main, '{table}_words_fts', 'row')")
    return f'temp."{table}_words"'


class Vocabulary(NamedTuple):
    keys: list[str]  # the loose keys of the indexed words, sorted
    words: list[tuple[str, ...]]  # the indexed (folded) words of each key, in the same order
    article: str  # the article's text, to show a word as it prints it
    printed: dict[str, list[str]]  # folded word -> how the article prints it, most often first (made by shown)

    def spell(self, word: str) -> tuple[str, ...]:
        """The indexed words with the loose key of ``word``."""
        k = translit.key(word)
        i = bisect.bisect_left(self.keys, k)
        return self.words[i] if i < len(self.keys) and self.keys[i] == k else ()

    def spell_prefix(self, prefix: str) -> tuple[str, ...] | None:
        """The indexed words whose key starts with that of ``prefix``; None when there are too many."""
        k = translit.key(prefix)
        if not k:
            return ()
        found: list[str] = []
        i = bisect.bisect_left(self.keys, k)
        while i < len(self.keys) and self.keys[i].startswith(k):
            found += self.words[i]
            if len(found) > ql.MAX_PREFIX_WORDS:
                return None
            i += 1
        return tuple(found)

    def shown(self, word: str, typed: str) -> str:
        """``word`` as the article prints it most often, in lower case if it was typed so ("Dala men kala"), and
        not as the capitals of the title (Kazakhstan, not KAZAKHSTAN)."""
        if not self.printed:  # once, at the first word shown (about 10 ms on the article)
            counts: dict[str, Counter[str]] = {}
            for w in words_of(self.article):
                counts.setdefault(fold(w), Counter())[w] += 1
            self.printed.update({k: [f for f, _ in c.most_common()] for k, c in counts.items()} or {"": []})
        forms = self.printed.get(word, [])
        lower = [f for f in forms if f.islower()] if typed.islower() else []
        return (lower or forms or [word.capitalize() if typed[:1].isupper() else word])[0]


_BY_FILE: dict[str, Vocabulary] = {}


def vocabulary(conn: sqlite3.Connection) -> Vocabulary:
    """Every word the search indexes hold, by loose key; built once per (immutable) database file."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if path and path in _BY_FILE:
        return _BY_FILE[path]
    by_key: dict[str, set[str]] = {}
    for table in SEARCHED:
        for (term,) in conn.execute(f"SELECT term FROM {words_table(conn, table)}"):
            if isinstance(term, str):
                by_key.setdefault(translit.loose(term), set()).add(term)
    by_key.pop("", None)
    row = conn.execute("SELECT value FROM meta WHERE key = 'article_text'").fetchone()
    keys = sorted(by_key)
    found = Vocabulary(keys, [tuple(sorted(by_key[k])) for k in keys],
                       row[0] if row and isinstance(row[0], str) else "", {})
    if path:
        _BY_FILE[path] = found
    return found


def rewrite(q: ql.Query, vocab: Callable[[], Vocabulary]) -> tuple[ql.Query, tuple[ReadAs, ...]]:
    """``q`` with each Cyrillic term replaced by its Latin spellings (OR'd in its clause), and what was read as what."""
    if not any(translit.has_cyrillic(w) for c in q.clauses for t in c.terms for w in t.words):
        return q, ()
    v = vocab()
    read_as: list[tuple[ReadAs, bool]] = []  # and whether it may join its neighbours (one word, one spelling)
    clauses = []
    for c in q.clauses:
        terms: list[ql.Term] = []
        for t in c.terms:
            spelt = _spellings(t, v)
            if spelt is None:
                terms.append(t)
                read_as.append((ReadAs("", ()), False))
                continue
            terms += spelt
            latin = dict.fromkeys(" ".join(v.shown(w, typed) for w, typed in zip(s.words, t.words, strict=True))
                                  + ("*" if s.prefix else "") for s in spelt)
            joins = len(c.terms) == 1 and not c.negated and not t.quoted and not t.prefix and len(latin) == 1
            read_as.append((ReadAs(t.text, tuple(latin)), joins))
        clauses.append(replace(c, terms=tuple(dict.fromkeys(terms))))
    return replace(q, clauses=tuple(clauses)), _joined(read_as)


def _joined(read_as: list[tuple[ReadAs, bool]]) -> tuple[ReadAs, ...]:
    """Adjacent words read one way each are said together: "Ақ жол → Ak zhol", not "Ақ → Ak; жол → zhol"."""
    out: list[ReadAs] = []
    joining = False
    for r, joins in read_as:
        if joins and joining:
            out[-1] = ReadAs(f"{out[-1].typed} {r.typed}", (f"{out[-1].latin[0]} {r.latin[0]}",))
        elif r.typed:
            out.append(r)
        joining = joins
    return tuple(dict.fromkeys(out))


def _spellings(t: ql.Term, v: Vocabulary) -> list[ql.Term] | None:
    """The Latin terms a term with Cyrillic words stands for; None when it has none (or no Cyrillic)."""
    if not any(translit.has_cyrillic(w) for w in t.words):
        return None
    options: list[tuple[str, ...]] = []
    prefix = t.prefix
    for n, w in enumerate(t.words):
        if not translit.has_cyrillic(w):
            options.append((w,))
        elif t.prefix and n == len(t.words) - 1:
            found = v.spell_prefix(w)
            if found is None:  # too many words start so: FTS5's own prefix query on the transliteration
                options.append((fold(translit.to_latin(w)),))
            else:
                options.append(found)
                prefix = False
        else:
            options.append(v.spell(w))
        if not options[-1]:
            return None
    limit = ql.MAX_PREFIX_WORDS if t.prefix and len(t.words) == 1 else MAX_SPELLINGS
    combos = itertools.islice(itertools.product(*options), limit)
    return [ql.Term(words, prefix=prefix, quoted=t.quoted) for words in combos]
