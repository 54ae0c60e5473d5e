"""Citations of the article: only what the article itself says (author, title, section, table).

The article's text names no journal, issue or year of publication, so neither do we.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from kzbrowser.spans import plain

# The marks printed around a quotation (quotes.style): the article prints some quotes curly, some straight.
MARKS = {"curly": ("“", "”"), "straight": ('"', '"')}
# A passage of the article that it does not print as a quotation is quoted in the citation's own marks, the
# curly ones :meth:`Source.reference` puts around the title.
PASSAGE = "curly"


class Source(NamedTuple):
    author: str  # normalised: "Valentina Kurganskaia"
    title: str  # title case: "The Party System in Kazakhstan and the Ethnic Issue"
    sections: dict[int, str]

    @classmethod
    def from_db(cls, conn: sqlite3.Connection) -> Source:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('author_normalised', "
                                 "'title_normalised')").fetchall())
        sections = dict(conn.execute("SELECT number, title FROM sections").fetchall())
        return cls(meta["author_normalised"], meta["title_normalised"], sections)

    def reference(self, section: int | None = None, table: int | None = None) -> str:
        """'Valentina Kurganskaia, “The Party System in Kazakhstan and the Ethnic Issue,” section 3, “…”.'"""
        where = ""
        if table is not None:
            where = f", Table {table}"
        elif section is not None and section in self.sections:
            where = f", section {section}, “{self.sections[section]}”"
        return f"{self.author}, “{self.title}”{where}."

    def quote(self, text: str, speaker: str | None, section: int, style: str) -> str:
        """A quotation in the marks it is printed in (``style``: quotes.style, or PASSAGE for a passage of the
        article), with the party it is attributed to and where the article prints it."""
        left, right = MARKS.get(style, ("", ""))
        who = f" ({speaker}, as quoted in" if speaker else " (quoted in"
        return f"{left}{plain(text)}{right}{who} {self.reference(section).rstrip('.')})"

    def figure(self, label: str, value: str, table: int | None, section: int | None = None) -> str:
        return f"{plain(label)}: {plain(value)}. Source: {self.reference(section=section, table=table)}"

    def bibtex(self) -> str:
        given, _, surname = self.author.rpartition(" ")
        # No journal, volume or year: the article's text does not state them.
        return (f"@misc{{{surname.lower()}_party_system,\n"
                f"  author = {{{surname}, {given}}},\n"
                f"  title = {{{self.title}}}\n"
                f"}}\n")
