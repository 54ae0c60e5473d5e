"""The one party-name resolver: what a person types -> the party of section 3 it names.

Used by ``kzbrowser party``, ``search --party``, the query language and the party list's filter. Every name it
knows comes from the article (table party_names, and the 1999 parties of section 1 with their links); the rules
only decide how typed text is compared with them:

1. Names are compared folded: compatibility forms (full-width letters), case, punctuation, hyphens and
   apostrophes do not matter ("social democratic party auyi" = "Social-Democratic Party AuyI").
2. A leading "the" and a trailing "party" may be added or left out; "NAME (ABBR)", as kzbrowser prints a name,
   counts when both halves name the same party.
3. A name of the 1999 election leads to the 2004 party the article links it to, saying how.
4. Otherwise the typed words may be part of one party's name, in any order, a plural "s" aside ("Democratic
   Choice", "Agrarians"). When they are part of several parties' names, those are the candidates: nothing is guessed.
5. An unknown name gets the closest names as suggestions.
6. A name typed in Cyrillic (Russian or Kazakh: Отан, Ақ жол, Ауыл) is read word by word as the Latin words of the
   names that have its loose key (kzbrowser.read.translit), партия/партиясы as "party", and then goes through the
   same rules; ``Resolution.latin`` says what it was read as.

The query language uses rules 1 and 2 only: in a query, a word such as "democratic" is an ordinary word.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

from kzbrowser.read.words import words_of

# "Kazakhstan Civilian Party (KCP)", as `kzbrowser parties` and the window print a name with its abbreviation.
_WITH_ABBREVIATION = re.compile(r"^(?P<name>.+?)\s*\((?P<abbr>[^()]+)\)\s*$")
MAX_TYPED = 300  # characters: longer than any name, and no name parsing of pasted text
_LINK = {"reregistered": "was re-registered as", "renamed": "was renamed", "joined": "joined"}
_PARTY = ("партия", "партиясы", "партии")  # "party" in Russian and Kazakh
# kzbrowser.read.translit is imported only for text that is not ASCII: the party list loads this module at start-up


def fold_name(name: str) -> str:
    """A name as compared: compatibility-normalised, case-folded, its words only (so "Social-Democratic" and
    "social democratic", "People’s" and "People's" are one name)."""
    return " ".join(words_of(unicodedata.normalize("NFKC", name).casefold()))


class Resolution(NamedTuple):
    """What a typed name names: a party, or why not."""

    key: str | None
    candidates: tuple[str, ...] = ()  # keys of the parties it could mean, when it is ambiguous
    suggestions: tuple[str, ...] = ()  # printed names close to it, when it names nothing
    note: str | None = None  # how it led to the party (a 1999 predecessor), or what the article says of it
    latin: str | None = None  # a Cyrillic name, as the words of the article's names it was read as ("Ak zhol")


class Party1999(NamedTuple):
    printed: str  # "Party of Revival of Kazakhstan (PRK)"
    successor: str | None
    link: str | None  # links_1999.kind
    section: int | None  # the section that prints the link


class NameIndex(NamedTuple):
    """Every name of every party, folded; built once per database file. (A NamedTuple: the party list loads
    this module at start-up, where each dataclass costs a millisecond or two to create.)"""

    by_name: dict[str, str]  # folded name or variant -> key
    by_key: dict[str, str]  # folded key -> key
    names_of: dict[str, tuple[tuple[str, ...], ...]]  # key -> each of its names as folded words
    printed: dict[str, str]  # key -> "Full Name (ABBR)"
    by_1999: dict[str, Party1999]  # folded 1999 name or abbreviation -> that party
    shared: dict[str, tuple[str, ...]]  # a folded name the article gives to more than one party -> their keys
    raw_names: list[str]  # every name as printed (2004 and 1999), for latin_of
    latin_words: dict[str, tuple[str, str]]  # loose key of a word of the names -> (folded, as printed); filled
    # by the first latin_of, so that an index for Latin text costs nothing more

    def latin_of(self, typed: str) -> tuple[str, str] | None:
        """A Cyrillic name as the article's words (folded, and as printed); None if a word has no Latin match."""
        from kzbrowser.read import translit

        folded, shown = [], []
        party = {translit.key(w) for w in _PARTY}
        if not self.latin_words:
            for name in self.raw_names:
                for w in words_of(unicodedata.normalize("NFKC", name)):
                    self.latin_words.setdefault(translit.loose(w), (w.casefold(), w))
        for w in fold_name(typed).split():
            k = translit.key(w)
            if not translit.has_cyrillic(w):
                found = (w, w)
            elif k in party:
                found = ("party", "party")
            elif k in self.latin_words:
                found = self.latin_words[k]
            else:
                return None
            folded.append(found[0])
            shown.append(found[1])
        return (" ".join(folded), " ".join(shown)) if folded else None

    def find(self, typed: str) -> str | None:
        """The key of the party ``typed`` names exactly (rules 1 and 2), or None: what the query language uses."""
        if len(typed) > MAX_TYPED:
            return None
        if _cyrillic(typed):
            latin = self.latin_of(typed)
            return self.find(latin[0]) if latin else None
        m = _WITH_ABBREVIATION.match(typed)
        if m:  # both halves must name the same party
            name, abbr = self.find(m["name"]), self.find(m["abbr"])
            if name is not None and name == abbr:
                return name
        for candidate in _trimmed(fold_name(typed)):
            if candidate in self.shared:
                return None
            if candidate in self.by_name:
                return self.by_name[candidate]
        return None

    def resolve(self, typed: str) -> Resolution:
        """What ``typed`` names, by rules 1 to 5 (and the database's own keys, where they guess nothing)."""
        if len(typed) > MAX_TYPED:
            return Resolution(None)
        if _cyrillic(typed):
            from kzbrowser.read.translit import to_latin

            latin = self.latin_of(typed)
            if latin is None:
                return Resolution(None, suggestions=self._closest(fold_name(to_latin(typed))))
            return self.resolve(latin[0])._replace(latin=latin[1])
        key = self.find(typed)
        if key is not None:
            return Resolution(key)
        wanted = fold_name(typed)
        if not wanted:
            return Resolution(None)
        for candidate in _trimmed(wanted):
            if candidate in self.shared:
                return self._candidates(self.shared[candidate])
        m = _WITH_ABBREVIATION.match(typed)
        if m:  # "Democratic Party (DCK)": each half names a party, but not the same one
            halves = [k for k in (self.find(m["name"]), self.find(m["abbr"])) if k is not None]
            if len(halves) == 2:
                return self._candidates(halves)
        for candidate in _trimmed(wanted):
            if candidate in self.by_1999:
                return self._from_1999(self.by_1999[candidate])
        words = [w for w in wanted.split() if w != "the"]
        matches = tuple(k for k, names in self.names_of.items() if any(_part_of(words, n) for n in names))
        # A key ("akzhol", "democratic") counts only where the words themselves name no other party: the key
        # "democratic" must not pick one of the four parties whose names say Democratic.
        by_key = next((self.by_key[c] for c in _trimmed(wanted) if c in self.by_key), None)
        if by_key is not None and set(matches) <= {by_key}:
            return Resolution(by_key)
        if by_key is not None:
            matches = (*matches, by_key) if by_key not in matches else matches
        if len(matches) == 1:
            return Resolution(matches[0])
        if matches:
            return self._candidates(matches)
        # "Republican Party of Labor", as a later sentence calls the 1999 "Republican Political Party of Labor"
        old = list({p.printed: p for n, p in self.by_1999.items() if _part_of(words, tuple(n.split()))}.values())
        if len(old) == 1:
            return self._from_1999(old[0])
        return Resolution(None, suggestions=self._closest(wanted))

    def _candidates(self, keys: Iterable[str]) -> Resolution:
        return Resolution(None, candidates=tuple(sorted(set(keys), key=self.printed.__getitem__)))

    def _from_1999(self, p: Party1999) -> Resolution:
        if p.successor is None or p.link is None:
            return Resolution(None, note=f"{p.printed} ran in the 1999 election; the article does not say what "
                                         "became of it")
        return Resolution(p.successor, note=f"{p.printed}, a party of the 1999 election, {_LINK[p.link]} "
                                            f"{self.printed[p.successor]} (section {p.section})")

    def _closest(self, wanted: str) -> tuple[str, ...]:
        import difflib  # only when a name is not found

        folded = {fold_name(v): v for v in self.printed.values()}
        folded.update({n: self.printed[k] for n, k in self.by_name.items()})
        close = difflib.get_close_matches(wanted, list(folded), n=6, cutoff=0.6)
        return tuple(dict.fromkeys(folded[c] for c in close))[:3]


def _trimmed(wanted: str) -> tuple[str, ...]:
    # "The Agrarian Party", "Otan party": a leading article and a trailing "party" are not part of a name.
    if not wanted:
        return ()
    bare = wanted.removeprefix("the ")
    return tuple(dict.fromkeys((wanted, bare, wanted.removesuffix(" party"), bare.removesuffix(" party"))))


def _part_of(words: list[str], name: tuple[str, ...]) -> bool:
    """Every typed word is a word of ``name`` (or its plural)."""
    return bool(words) and all(w in name or (w.endswith("s") and w[:-1] in name) for w in words)


_BY_FILE: dict[str, NameIndex] = {}


def index(conn: sqlite3.Connection) -> NameIndex:
    """The name index of ``conn``'s database. The app's databases are immutable, so a file's index is built once."""
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if path and path in _BY_FILE:
        return _BY_FILE[path]
    names_of: dict[str, dict[tuple[str, ...], None]] = {}
    owners: dict[str, dict[str, None]] = {}
    raw: list[str] = []
    for key, name, normalised in conn.execute("SELECT party_key, name, normalised FROM party_names"):
        for n in (name, normalised) if name != normalised else (name,):
            raw.append(n)
            folded = fold_name(n)
            owners.setdefault(folded, {})[key] = None
            names_of.setdefault(key, {})[tuple(folded.split())] = None
    shared = {n: tuple(keys) for n, keys in owners.items() if len(keys) > 1}
    by_name = {n: next(iter(keys)) for n, keys in owners.items() if len(keys) == 1}
    rows = conn.execute("SELECT key, full_name, abbreviation FROM parties ORDER BY table1_row")
    printed = {k: name + (f" ({abbr})" if abbr else "") for k, name, abbr in rows}
    by_1999: dict[str, Party1999] = {}
    for name, abbr, successor, link, section in conn.execute(
            "SELECT o.name, o.abbreviation, l.party_key, l.kind, s.number FROM parties_1999 o "
            "LEFT JOIN links_1999 l ON l.party_1999 = o.seq "
            "LEFT JOIN sections s ON l.anchor_start >= s.section_start AND l.anchor_start < s.section_end "
            "ORDER BY o.seq"):
        p = Party1999(name + (f" ({abbr})" if abbr else ""), successor, link, section)
        for n in (name, abbr):
            raw.append(n or "")
            if n and fold_name(n) not in by_name:  # a 2004 party of the same name is that party
                by_1999[fold_name(n)] = p
    found = NameIndex(by_name, {fold_name(k): k for k in printed}, {k: tuple(v) for k, v in names_of.items()},
                      printed, by_1999, shared, raw, {})
    if path:
        _BY_FILE[path] = found
    return found


def _cyrillic(typed: str) -> bool:
    if typed.isascii():
        return False
    from kzbrowser.read.translit import has_cyrillic

    return has_cyrillic(typed)

