"""The one party-name resolver: what a person types (any name, variant or abbreviation the article uses) -> party key.

Used by ``kzbrowser party``, ``search --party``, the query language and the party list's filter, so a name that
works in one works in all of them.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from typing import NamedTuple

from kzbrowser.read.words import words_of

# "Kazakhstan Civilian Party (KCP)", as `kzbrowser parties` and the window print a name with its abbreviation.
_WITH_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[^()]+)\)\s*$")


def fold_name(name: str) -> str:
    """A name as compared: compatibility-normalised, case-folded, its words only (so "Social-Democratic" and
    "social democratic", "People’s" and "People's" are one name)."""
    return " ".join(words_of(unicodedata.normalize("NFKC", name).casefold()))


class NameIndex(NamedTuple):
    """Every name of every party, folded; built once per database file. (A NamedTuple: the party list loads
    this at start-up, where each dataclass costs a millisecond or two to create.)"""

    by_name: dict[str, str]  # folded name or variant -> key
    by_key: dict[str, str]  # folded key -> key
    names_of: dict[str, tuple[tuple[str, ...], ...]]  # key -> each of its names as folded words

    def find(self, typed: str, *, keys: bool = True) -> str | None:
        """The key of the party ``typed`` names, or None. ``keys``: also accept the database's own keys (the CLI
        does; the query language does not, since keys such as "democratic" are ordinary words)."""
        m = _WITH_ABBREVIATION.match(typed)
        if m:  # both halves must name the same party
            name, abbr = self.find(m["name"], keys=keys), self.find(m["abbr"], keys=keys)
            if name is not None and name == abbr:
                return name
        wanted = fold_name(typed)
        if not wanted:
            return None
        table = {**self.by_key, **self.by_name} if keys else self.by_name
        # "The Agrarian Party", "Otan party": a leading article and a trailing "party" are not part of a name.
        bare = wanted.removeprefix("the ")
        for candidate in (wanted, bare, wanted.removesuffix(" party"), bare.removesuffix(" party")):
            if candidate in table:
                return table[candidate]
        return None


_BY_FILE: dict[str, NameIndex] = {}


def index(conn: sqlite3.Connection) -> NameIndex:
    """The name index of ``conn``'s database. The app's databases are immutable, so a file's index is built once."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if path and path in _BY_FILE:
        return _BY_FILE[path]
    by_name: dict[str, str] = {}
    names_of: dict[str, dict[tuple[str, ...], None]] = {}
    for key, name, normalised in conn.execute("SELECT party_key, name, normalised FROM party_names"):
        for n in (name, normalised):
            folded = fold_name(n)
            by_name[folded] = key
            names_of.setdefault(key, {})[tuple(folded.split())] = None
    by_key = {fold_name(k): k for (k,) in conn.execute("SELECT key FROM parties")}
    found = NameIndex(by_name, by_key, {k: tuple(v) for k, v in names_of.items()})
    if path:
        _BY_FILE[path] = found
    return found
