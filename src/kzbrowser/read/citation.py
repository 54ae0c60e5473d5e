"""Citations of the article, one form for every copy, export and command: only what the article itself says
(author, title, and where it says it: section, part, paragraph, list item, table, footnote), plus the
publication details the user supplied (read/cite_details.py), marked as theirs.

The article's text names no journal, issue or year of publication, so without the user's details neither do we:
the styles' own "n.d." (no date) stands where a year would be. Paragraph and item numbers are counted under the
nearest heading, as APA and Chicago ask for texts without page numbers; the article prints none.
"""

from __future__ import annotations

import bisect
import re
import sqlite3
from typing import NamedTuple

from kzbrowser.read.cite_details import STYLES, Details
from kzbrowser.spans import plain

# The marks printed around a quotation (quotes.style): the article prints some quotes curly, some straight.
MARKS = {"curly": ("“", "”"), "straight": ('"', '"')}
# A passage of the article that it does not print as a quotation is quoted in the citation's own marks, the
# curly ones the reference puts around the title.
PASSAGE = "curly"


class Location(NamedTuple):
    """Where in the article a cited text stands (None: not given)."""

    section: int | None = None
    part: str | None = None  # the heading of a party's part of section 3, as normalised
    paragraph: int | None = None  # counted under the nearest heading
    item: int | None = None  # a list's item, counted in its paragraph
    table: int | None = None
    footnote: int | None = None


class Places(NamedTuple):
    """The article's structure, to locate an offset (see :meth:`Source.locate`)."""

    paragraphs: tuple[tuple[int, int, int, str, str], ...]  # (start, end, section, party_key or "", text)
    parties: dict[str, str]  # key -> heading
    tables: dict[int, tuple[str, int]]  # number -> (caption, heading start)
    footnotes: tuple[tuple[int, int, int], ...]  # (start, end, number)
    proper: frozenset[str]  # title words the article never prints in lower case ("Kazakhstan")


class Source:
    """The article as a source. ``details`` and ``style`` are the user's; the window changes them in place,
    so every pane holding this object cites with the latest.

    (Plain classes and named tuples here, not dataclasses: a party page is the first frame of a later launch,
    and importing ``dataclasses`` and making four of them cost it ~6 ms.)
    """

    def __init__(self, author: str, title: str, sections: dict[int, str], details: Details | None = None,
                 style: str = "chicago", places: Places | None = None) -> None:
        self.author = author  # normalised: "Valentina Kurganskaia"
        self.title = title  # title case: "The Party System in Kazakhstan and the Ethnic Issue"
        self.sections = sections
        self.details = details or Details()
        self.style = style  # one of cite_details.STYLES
        self.places = places or Places((), {}, {}, (), frozenset())

    def with_choice(self, details: Details, style: str) -> Source:
        """A copy with other details and style (the citation dialog's preview)."""
        return Source(self.author, self.title, self.sections, details, style, self.places)

    @classmethod
    def from_db(cls, conn: sqlite3.Connection, details: Details | None = None, style: str = "chicago") -> Source:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('author_normalised', "
                                 "'title_normalised', 'article_text')").fetchall())
        sections = {n: _bounded(t) for n, t in conn.execute("SELECT number, title FROM sections") if t is not None}
        title = _bounded(meta.get("title_normalised") or "")
        return cls(_bounded(meta.get("author_normalised") or ""), title, sections, details or Details(),
                   style if style in STYLES else "chicago", _places(conn, title, str(meta.get("article_text") or "")))

    # -- the parts of a citation ---------------------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, str]:
        """(family, given) names of the author."""
        given, _, family = self.author.rpartition(" ")
        return family, given

    def locate(self, at: int) -> Location:
        """Where the article offset ``at`` stands: its footnote, table, or section, part and paragraph."""
        pl = self.places
        for start, end, number in pl.footnotes:
            if start <= at < end:
                return Location(footnote=number)
        starts = [p[0] for p in pl.paragraphs]
        i = bisect.bisect_right(starts, at) - 1
        if i >= 0 and at < pl.paragraphs[i][1]:
            start, _end, section, party, text = pl.paragraphs[i]
            under = [p for p in pl.paragraphs[:i + 1] if p[2] == section and p[3] == party]
            item = None
            if text.startswith("- "):  # a list: one item a line
                item = text[:at - start].count("\n- ") + 1
            return Location(section, pl.parties.get(party) if party else None, len(under), item)
        for number, (_caption, heading) in sorted(pl.tables.items(), reverse=True):
            if heading <= at and not any(heading < p[0] <= at for p in pl.paragraphs):
                return Location(table=number)
        return Location()

    def where(self, loc: Location) -> str:
        """The location in words, in the style ("" when there is none)."""
        apa = self.style == "apa"
        bits: list[str] = []
        if loc.footnote is not None:
            bits.append(f"Footnote {loc.footnote}" if apa else f"n. {loc.footnote}")
        if loc.table is not None:
            caption = self.places.tables.get(loc.table, ("", 0))[0]
            bits.append((f"Table {loc.table}" if apa else f"table {loc.table}") + (f", “{caption}”" if caption else ""))
        if loc.section is not None and loc.section in self.sections:
            bits.append(f"{'Section' if apa else 'sec.'} {loc.section}, “{self.sections[loc.section]}”")
        if loc.part:
            bits.append(f"“{loc.part}”")
        if loc.paragraph is not None:
            bits.append(f"para. {loc.paragraph}")
        if loc.item is not None:
            bits.append(f"item {loc.item}")
        # commas inside the closing quotation mark, as both styles print them
        return ", ".join(bits).replace("”, ", ",” ")

    def in_text(self, loc: Location | None = None) -> str:
        """The author-date citation with the location: 'Kurganskaia n.d., sec. 3, “…,” para. 2'."""
        year = self.details.year or "n.d."
        head = f"{self.names[0]}, {year}" if self.style == "apa" else f"{self.names[0]} {year}"
        where = self.where(loc) if loc else ""
        return f"{head}, {where}" if where else head

    def entry(self, note: bool = True) -> str:
        """The reference-list entry, with the note that marks the user's details as theirs (unless ``note`` is
        False)."""
        from kzbrowser.read.cite_formats import entry

        mark = self.details.note() if note else ""
        return entry(self) + (f" [{mark}]" if mark else "")

    def _loc(self, section: int | None, table: int | None, at: int | None, footnote: int | None) -> Location:
        if at is not None:
            found = self.locate(at)
            if found != Location():
                return found
        return Location(section=section if table is None else None, table=table, footnote=footnote)

    # -- what callers use ----------------------------------------------------------------------------------------
    def reference(self, section: int | None = None, table: int | None = None, *, at: int | None = None,
                  footnote: int | None = None) -> str:
        """The whole reference on one line, followed by where in the article when a place is given
        (a section, a table, a footnote or an article offset ``at``). With no place: the entry alone (page
        footers, 'Copy article citation')."""
        where = self.where(self._loc(section, table, at, footnote))
        if not where:
            return self.entry()
        mark = self.details.note()
        return f"{self.entry(note=False)} ({where})" + (f" [{mark}]" if mark else "")

    def quote(self, text: str, speaker: str | None, section: int | None, style: str, *, at: int | None = None,
              table: int | None = None, full: bool = True) -> str:
        """A quotation in the marks it is printed in (``style``: quotes.style, or PASSAGE for a passage of the
        article), with the party it is attributed to, where the article prints it (``at``: the article offset
        of the text, for its paragraph) and, unless ``full`` is False, the reference entry on a line below."""
        left, right = MARKS.get(style, ("", ""))
        cite = self.in_text(self._loc(section, table, at, None))
        who = f"{speaker}, as quoted in " if speaker else ""
        return self._full(f"{left}{plain(text)}{right} ({who}{cite})", full)

    def figure(self, label: str, value: str, table: int | None, section: int | None = None, *,
               at: int | None = None, full: bool = True) -> str:
        """A figure as printed ('about 20,000'), labelled, with its table or place and the entry below."""
        cite = self.in_text(self._loc(section, table, at, None))
        return self._full(f"{plain(label)}: {plain(value)} ({cite})", full)

    def cited(self, text: str, loc: Location, full: bool = True) -> str:
        """Any text of the article (a selection, table cells) with its location and the entry below."""
        return self._full(f"{plain(text).rstrip()}\n({self.in_text(loc)})", full)

    def _full(self, text: str, full: bool) -> str:
        return f"{text}\n\n{self.entry()}" if full else text

    def sentence_title(self) -> str:
        """The title in sentence case (APA), proper names kept: 'The party system in Kazakhstan and ...'."""
        words = self.title.split(" ")
        return " ".join(w if i == 0 or w in self.places.proper else w.lower() for i, w in enumerate(words))

    def bibtex(self) -> str:
        from kzbrowser.read.cite_formats import bibtex

        return bibtex(self)

    def ris(self) -> str:
        from kzbrowser.read.cite_formats import ris

        return ris(self)

    def csl_json(self) -> str:
        from kzbrowser.read.cite_formats import csl_json

        return csl_json(self)


def _bounded(value: object, limit: int = 300) -> str:
    """A name from the database as one line of bounded length: a forged database cannot make every citation
    huge or break it over lines (the article's longest heading has 88 characters)."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _places(conn: sqlite3.Connection, title: str, article: str) -> Places:
    fixes = {str(p): str(n) for p, n in conn.execute("SELECT DISTINCT printed, normalised FROM artefacts")
             if p and n and " " not in str(p)}
    paragraphs = tuple(sorted(
        (s, e, sec, key or "", str(text)) for s, e, sec, key, text in conn.execute(
            "SELECT text_start, text_end, section, party_key, text FROM paragraphs")
        if isinstance(s, int) and isinstance(e, int) and isinstance(sec, int) and text is not None))
    parties = {str(k): _bounded(" ".join(fixes.get(w, w) for w in str(h).split(" ")))
               for k, h in conn.execute("SELECT key, heading FROM parties") if k and h}
    tables = {}
    for n, caption, heading in conn.execute("SELECT number, caption, heading_start FROM article_tables"):
        if isinstance(n, int) and isinstance(heading, int):
            text = _bounded(caption or "").replace("(in %%)", "(in %)")  # the artefact in Table 3's caption
            tables[n] = (text, heading)
    notes = tuple(sorted((s, e, n) for n, s, e in conn.execute(
        "SELECT number, text_start, text_end FROM footnotes") if isinstance(s, int) and isinstance(e, int)))
    return Places(paragraphs, parties, tables, notes, _proper(title, article))


def _proper(title: str, article: str) -> frozenset[str]:
    """The title's capitalised words that the article never prints in lower case as a whole word."""
    return frozenset(w for w in title.split() if w[:1].isupper() and article and not _has_word(w.lower(), article))


def _has_word(word: str, text: str) -> bool:
    # Searched from the word's first occurrence as a part of any word: no whole word stands before it, and a
    # search from the start read up to 23,000 characters of the article ("issue"), ~1.5 ms of a later launch's
    # first frame.
    first = text.find(word)
    return first >= 0 and re.compile(rf"\b{re.escape(word)}\b").search(text, max(first - 1, 0)) is not None
