"""The article as a sequence of readable elements, each run of text tied to its offsets in the article.

The reader widget lays these out; because every run keeps its article offset, any stored span can be
found and highlighted in the rendered document.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from kzbrowser.spans import EMPHASIS, SUPERSCRIPTS
from kzbrowser.translate import QT_TRANSLATE_NOOP

# Marked for the window's translation (kzbrowser.translate), which shows it in the reading view's language.
CHART_NOTE = QT_TRANSLATE_NOOP("ArticleView", "Chart {n} stood here. Its data were not preserved in the text of the "
                                              "article, so kzbrowser cannot show it.")

# The tables' column headings the article does not print (kzbrowser's, start None), marked for translation.
HEAD = {"no": QT_TRANSLATE_NOOP("ArticleView", "No."), "party": QT_TRANSLATE_NOOP("ArticleView", "Party"),
        "members": QT_TRANSLATE_NOOP("ArticleView", "Members"), "answer": QT_TRANSLATE_NOOP("ArticleView", "Answer")}


@dataclass(frozen=True)
class Run:
    text: str
    start: int | None  # article offset of text[0]; None for labels kzbrowser adds
    italic: bool = False
    footnote: int | None = None  # this run is the marker of that footnote
    printed: str | None = None  # set when ``text`` is the normalised form of a typesetting artefact (artefacts)


@dataclass
class Element:
    kind: str  # title | author | affiliation | section | party | paragraph | list | table | chart | footnote
    start: int  # printed position, for ordering
    runs: list[Run] = field(default_factory=list)
    anchor: str | None = None  # a name to jump to (section-1, party-otan, table-1, chart-2, fn-3)
    rows: list[list[list[Run]]] = field(default_factory=list)  # tables: rows of cells of runs
    header: list[list[Run]] = field(default_factory=list)
    number: int | None = None

    def plain(self) -> str:
        """The element's text without its footnote markers (a contents entry)."""
        return "".join(r.text for r in self.runs if r.footnote is None)


# The reading view's headings: their typesetting artefacts (the title in capitals, "KURGANskaIA", "(in %%)")
# are shown in their normalised form, the printed one on demand (Run.printed).
HEADINGS = ("title", "author", "section", "party", "table")


def normalised(runs: list[Run], artefacts: list[tuple[str, int, int, str]]) -> list[Run]:
    """``runs`` with each artefact printed inside one of them as its own run, in the normalised form."""
    out: list[Run] = []
    for run in runs:
        for printed, a_start, _a_end, norm in artefacts:
            if run.start is None or run.footnote is not None:
                break
            lo = a_start - run.start
            if lo < 0 or run.text[lo:lo + len(printed)] != printed:
                continue
            out += [r for r in (Run(run.text[:lo], run.start, run.italic),
                                Run(norm, a_start, run.italic, printed=printed)) if r.text]
            run = Run(run.text[lo + len(printed):], a_start + len(printed), run.italic)
        if run.text:
            out.append(run)
    return out


def runs_of(text: str, start: int) -> list[Run]:
    """Split printed text into runs: emphasis (spans.EMPHASIS; asterisks dropped) and footnote markers."""
    runs: list[Run] = []
    pos = 0
    for m in EMPHASIS.finditer(text):
        runs += _markers(text[pos:m.start()], start + pos, False)
        runs += _markers(m.group(2), start + m.start(2), True)
        pos = m.end()
    runs += _markers(text[pos:], start + pos, False)
    return [r for r in runs if r.text]


def _markers(text: str, start: int, italic: bool) -> list[Run]:
    runs: list[Run] = []
    pos = 0
    for i, ch in enumerate(text):
        if ch in SUPERSCRIPTS:
            runs.append(Run(text[pos:i], start + pos, italic))
            runs.append(Run(ch, start + i, False, SUPERSCRIPTS[ch]))
            pos = i + 1
    runs.append(Run(text[pos:], start + pos, italic))
    return runs


def _spanned(text: str, start: int | None) -> list[Run]:
    return [Run(text, start)] if start is not None else [Run(text, None)]


def elements(conn: sqlite3.Connection) -> list[Element]:
    """Everything in the article, in printed order; footnotes last, as the reader's notes."""
    out: list[Element] = []
    meta = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT key, value, value_start FROM meta "
                                                      "WHERE key IN ('title', 'author', 'affiliation')")}
    for kind in ("title", "author", "affiliation"):
        text, start = meta[kind]
        out.append(Element(kind, start, runs_of(text, start)))
    for number, title, start in conn.execute("SELECT number, title, title_start FROM sections"):
        out.append(Element("section", start, [Run(f"{number}. ", None), *runs_of(title, start)],
                           f"section-{number}", number=number))
    for key, heading, start in conn.execute("SELECT key, heading, heading_start FROM parties"):
        out.append(Element("party", start, runs_of(heading, start), f"party-{key}"))
    for pid, kind, text, start, pieces in conn.execute(
            "SELECT id, kind, text, text_start, text_pieces FROM paragraphs ORDER BY id"):
        spans = json.loads(pieces) if pieces else [[start, start + len(text)]]
        runs: list[Run] = []
        offset = 0
        for s, e in spans:
            if runs:
                runs.append(Run(" ", None))
            runs += runs_of(text[offset:offset + (e - s)], s)
            offset += e - s + 1
        if kind == "list":
            for item_start, line in _lines(text, start):
                out.append(Element("list", item_start, runs_of(line[2:], item_start + 2), number=pid))
        else:
            out.append(Element("paragraph", start, runs, f"paragraph-{pid}", number=pid))
    out += _tables(conn)
    for number, start in conn.execute("SELECT number, heading_start FROM charts"):
        out.append(Element("chart", start, [Run(f"Chart {number}", start),
                                            Run(" — " + CHART_NOTE.format(n=number), None, True)],
                           f"chart-{number}", number=number))
    out.sort(key=lambda e: e.start)
    artefacts = conn.execute("SELECT printed, printed_start, printed_end, normalised FROM artefacts "
                             "ORDER BY printed_start").fetchall()
    for el in out:
        if el.kind in HEADINGS:
            el.runs = normalised(el.runs, artefacts)
    # Headings and captions are stored without their footnote marker: put it back so it can be followed.
    for number, marker, at in conn.execute("SELECT footnote, marker, marker_start FROM footnote_citations "
                                           "WHERE paragraph_id IS NULL"):
        host = max((e for e in out if e.start <= at and e.kind in ("section", "table")), key=lambda e: e.start)
        host.runs.append(Run(marker, at, False, number))
    for number, text, start in conn.execute("SELECT number, text, text_start FROM footnotes ORDER BY number"):
        out.append(Element("footnote", start, runs_of(text, start), f"fn-{number}", number=number))
    return out


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    out = []
    pos = start
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _tables(conn: sqlite3.Connection) -> list[Element]:
    tables = {}
    for number, caption, c_start, h_start in conn.execute(
            "SELECT number, caption, caption_start, heading_start FROM article_tables"):
        tables[number] = Element("table", h_start, [Run(f"Table {number}", h_start), Run(": ", None),
                                                     *runs_of(caption.replace("\n", " "), c_start)],
                                 f"table-{number}", number=number)
    t1 = tables[1]
    t1.header = [[Run(HEAD["no"], None)], [Run(HEAD["party"], None)], [Run(HEAD["members"], None)]]
    for row, name, n_start, members, m_start in conn.execute(
            "SELECT row, name, name_start, members_printed, members_printed_start FROM table1_membership "
            "ORDER BY row"):
        t1.rows.append([[Run(str(row), None)], _spanned(name, n_start), _spanned(members, m_start)])
    t2 = tables[2]
    t2.header = [[Run("1999", None)], [Run("2004", None)]]
    for a, a_start, b, b_start in conn.execute(
            "SELECT text_1999, text_1999_start, text_2004, text_2004_start FROM table2_programs ORDER BY row"):
        t2.rows.append([_spanned(a, a_start), _spanned(b, b_start)])
    t3 = tables[3]
    t3.header = [[Run(HEAD["answer"], None)], [Run("%", None)]]
    for answer, a_start, pct, p_start in conn.execute(
            "SELECT answer, answer_start, percent_printed, percent_printed_start FROM table3_poll ORDER BY row"):
        t3.rows.append([_spanned(answer, a_start), _spanned(pct, p_start)])
    t4 = tables[4]
    t4.header = [[Run(HEAD["party"], None)]] + [_spanned(label, s) for label, s in conn.execute(
        "SELECT label, label_start FROM table4_categories ORDER BY seq")]
    current: list[list[Run]] | None = None
    last = None
    for name, n_start, pct, p_start in conn.execute(
            "SELECT name, name_start, percent_printed, percent_printed_start FROM table4_assessment ORDER BY rowid"):
        if name != last:
            current = [_spanned(name, n_start)]
            t4.rows.append(current)
            last = name
        assert current is not None
        current.append(_spanned(pct, p_start))
    return list(tables.values())
