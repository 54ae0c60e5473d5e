"""The article's structure as printed: blocks, sections, paragraphs, footnotes, charts.

Offsets are character offsets into the article text (a Python ``str``), so ``text[start:end]`` is always
the printed passage. Paragraphs broken by a page (with footnotes or empty charts printed in between) are
joined into one logical paragraph whose ``pieces`` keep the printed spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzbrowser.spans import SUPERSCRIPTS, line_of, printed_spans

_SECTION = re.compile(r"^(\d)\. (.+?)([¹²³⁴⁵⁶⁷⁸⁹]?)$")
_TABLE = re.compile(r"^Table (\d+)$")
_CHART = re.compile(r"^Chart (\d+)$")
# A paragraph ending in anything else was cut by a page break and goes on after the footnotes.
_PARAGRAPH_END = (".", "!", "?", ":", ";", "”", '"', ")", "*")


class ArticleError(ValueError):
    """The article does not have the shape the build expects; the message names the line."""


@dataclass(frozen=True)
class Block:
    """A run of non-blank lines; ``text`` is exactly ``article[start:end]``."""

    start: int
    end: int
    text: str
    line: int  # 1-based line number of the first line


@dataclass
class Paragraph:
    seq: int
    section: int
    pieces: list[tuple[int, int]]
    text: str  # the pieces joined by a single space
    kind: str = "prose"  # prose | list
    heading: str | None = None  # the section-3 party heading it belongs to, if any

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def to_article(self, pos: int) -> int:
        """Map an offset in ``text`` to the article offset."""
        base = 0
        for start, end in self.pieces:
            length = end - start
            if pos <= base + length:
                return start + (pos - base)
            base += length + 1  # the joining space
        raise IndexError(pos)

    def spans_of(self, start: int, end: int) -> list[tuple[int, int]]:
        """The printed spans covering ``text[start:end]`` (more than one across a page break)."""
        return printed_spans(self.pieces, start, end)





@dataclass(frozen=True)
class Heading:
    level: str  # title | section | party | table | chart
    text: str
    start: int
    end: int
    section: int
    number: int | None = None


@dataclass(frozen=True)
class Footnote:
    number: int
    text: str  # without the marker
    start: int  # of the text
    end: int
    marker_start: int


@dataclass(frozen=True)
class Citation:
    number: int
    start: int  # of the superscript marker
    section: int


@dataclass
class Article:
    text: str
    title: Heading
    author: Block
    affiliation: Block
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    tables: dict[int, list[Block]] = field(default_factory=dict)  # caption block(s) + rows, by number
    table_headings: dict[int, Heading] = field(default_factory=dict)
    charts: list[Heading] = field(default_factory=list)

    def line_of(self, offset: int) -> int:
        return line_of(self.text, offset)

    def sections(self) -> list[Heading]:
        return [h for h in self.headings if h.level == "section"]

    def section_span(self, number: int) -> tuple[int, int]:
        sections = self.sections()
        for i, h in enumerate(sections):
            if h.number == number:
                end = sections[i + 1].start if i + 1 < len(sections) else len(self.text)
                return h.start, end
        raise ArticleError(f"section {number} not found")

    def party_headings(self) -> list[Heading]:
        return [h for h in self.headings if h.level == "party"]

    def party_span(self, heading: Heading) -> tuple[int, int]:
        """From a section-3 party heading to the next heading of a party or section."""
        later = [h.start for h in self.headings if h.start > heading.start and h.level in ("party", "section")]
        return heading.start, min(later, default=len(self.text))


def blocks(text: str) -> list[Block]:
    """Split on blank lines (lines holding only spaces count as blank)."""
    out: list[Block] = []
    pos = 0
    start = None
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped and start is None:
            start = pos
        if not stripped and start is not None:
            end = pos - 1 if text[pos - 1] == "\n" else pos
            out.append(Block(start, end, text[start:end], line_of(text, start)))
            start = None
        pos += len(line)
    if start is not None:
        end = len(text.rstrip("\n"))
        out.append(Block(start, end, text[start:end], line_of(text, start)))
    return out


def _is_party_heading(block: Block) -> bool:
    t = block.text
    return "\n" not in t and t.startswith("The ") and len(t) < 80 and "." not in t


def parse(text: str) -> Article:
    """Parse the article into its parts; raise :class:`ArticleError` naming the line on a surprise."""
    bs = blocks(text)
    if len(bs) < 3:
        raise ArticleError("line 1: expected a title, the author and the affiliation")
    title_b, author_b, aff_b = bs[0], bs[1], bs[2]
    if not (aff_b.text.startswith("*") and aff_b.text.endswith("*")):
        raise ArticleError(f"line {aff_b.line}: expected the author's affiliation in *italics*")
    art = Article(
        text=text,
        title=Heading("title", title_b.text, title_b.start, title_b.end, 0),
        author=author_b,
        affiliation=aff_b,
    )
    section = 0
    party: str | None = None
    pending: Paragraph | None = None  # a paragraph cut by a page break, waiting for its continuation
    i = 3
    while i < len(bs):
        b = bs[i]
        first_line = b.text.split("\n", 1)[0]
        if m := _SECTION.match(b.text):
            section = int(m.group(1))
            party = None
            end = b.start + len(m.group(1)) + 2 + len(m.group(2))
            art.headings.append(Heading("section", m.group(2), b.start + len(m.group(1)) + 2, end, section,
                                        int(m.group(1))))
            if m.group(3):
                art.citations.append(Citation(SUPERSCRIPTS[m.group(3)], end, section))
        elif m := _TABLE.match(b.text):
            number = int(m.group(1))
            if i + 2 >= len(bs):
                raise ArticleError(f"line {b.line}: Table {number} has no caption or rows")
            art.table_headings[number] = Heading("table", b.text, b.start, b.end, section, number)
            art.tables[number] = [bs[i + 1], bs[i + 2]]
            _collect_citations(art, bs[i + 1], section)
            i += 3
            continue
        elif m := _CHART.match(b.text):
            art.charts.append(Heading("chart", b.text, b.start, b.end, section, int(m.group(1))))
        elif first_line[:1] in SUPERSCRIPTS:
            _add_footnotes(art, b)
        elif section == 3 and _is_party_heading(b):
            party = b.text
            art.headings.append(Heading("party", b.text, b.start, b.end, section))
        else:
            kind = "list" if first_line.startswith("- ") else "prose"
            if pending is not None and kind == "prose":
                pending.pieces.append((b.start, b.end))
                pending.text += " " + b.text
                para = pending
            else:
                if pending is not None:
                    raise ArticleError(f"line {line_of(text, pending.end)}: paragraph cut off, no continuation")
                para = Paragraph(len(art.paragraphs) + 1, section, [(b.start, b.end)], b.text, kind, party)
                art.paragraphs.append(para)
            _collect_citations(art, b, section)
            pending = para if kind == "prose" and not b.text.endswith(_PARAGRAPH_END) else None
        i += 1
    if pending is not None:
        raise ArticleError(f"line {line_of(text, pending.end)}: the last paragraph is cut off")
    return art


def _collect_citations(art: Article, b: Block, section: int) -> None:
    for k, ch in enumerate(b.text):
        if ch in SUPERSCRIPTS:
            art.citations.append(Citation(SUPERSCRIPTS[ch], b.start + k, section))


def _add_footnotes(art: Article, b: Block) -> None:
    pos = b.start
    for line in b.text.split("\n"):
        number = SUPERSCRIPTS.get(line[:1])
        if number is None or not line[1:2] == " ":
            raise ArticleError(f"line {line_of(art.text, pos)}: expected a footnote like '¹ text'")
        art.footnotes.append(Footnote(number, line[2:], pos + 2, pos + len(line), pos))
        pos += len(line) + 1
