"""Print and save (issue 12): a party profile and the article as PDF (A4 and Letter, the citation on every page),
Markdown and HTML. Expectations are typed from the article; files are read with real parsers (markdown-it-py,
html.parser, poppler's pdfinfo and pdftotext)."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from conftest import BUNDLED_DB, run_cli
from kzbrowser.present.markdown import profile_markdown
from kzbrowser.present.printable import profile_printable, standalone_html
from kzbrowser.read.citation import Source
from kzbrowser.read.db import connect
from kzbrowser.read.parties import Parties

# Typed from the article (resources/...txt), in the marks it prints them in.
AK_ZHOL_QUOTE = ("“Independent, flourishing, democratic, and free Kazakhstan is our aim together with a worthy life "
                 "for each of its citizens. Independence, democracy, freedom, and justice are our fundamental values.”")
OTAN_QUOTE = ('"Contemporary democratic society is our aim; freedom, justice, solidarity, equality, and brotherhood '
              'are our principles."')
PATRIOT_QUOTE = '"Kazakhstan is for the Kazakhstanis."'
CITATION = "Kurganskaia, Valentina. n.d. “The Party System in Kazakhstan and the Ethnic Issue.”"  # Chicago, the default
ACTION_WORDS = ("Show in article", "Copy with citation", "Read this party's part of the article")
POPPLER = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("pdfinfo"),
                             reason="needs poppler-utils (pdftotext, pdfinfo)")


@pytest.fixture(scope="module")
def db():
    c = connect(BUNDLED_DB)
    yield Parties(c), Source.from_db(c), c
    c.close()


def _profile(db, name):
    parties, source, _ = db
    return parties.profile(parties.resolve(name).key), source


# -- Markdown ---------------------------------------------------------------------------------------------------
def _tokens(text):
    return MarkdownIt("commonmark").parse(text)


def _headings(tokens, tag):
    return [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == tag]


def _blockquotes(tokens):
    out, depth, parts = [], 0, []
    for t in tokens:
        if t.type == "blockquote_open":
            depth, parts = depth + 1, []
        elif t.type == "blockquote_close":
            depth -= 1
            out.append(parts)
        elif depth and t.type == "inline":
            parts.append(t.content)
    return out


def _rendered_text(md: str) -> str:
    """The text a reader sees: markdown-it's HTML with its tags dropped and entities decoded."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", MarkdownIt("commonmark").render(md)))


def test_markdown_profile_has_its_headings_quotes_and_figures(db):
    md = profile_markdown(*_profile(db, "Ak zhol"))
    tokens = _tokens(md)
    assert _headings(tokens, "h1") == ["Democratic Party Ak zhol"]
    h2 = _headings(tokens, "h2")
    assert "Quotes (5)" in h2 and "Dates" in h2 and "Leaders and founders" in h2
    quotes = _blockquotes(tokens)
    assert len(quotes) == 5
    assert quotes[0][0] == AK_ZHOL_QUOTE  # the printed curly marks, the text as printed
    assert quotes[0][1] == "— Program · quote 1"
    text = _rendered_text(md)
    assert "110,044 members" in text  # the figure as printed
    assert "Constituent congress: 16 March, 2002 (exact day)" in text  # the date at its printed precision
    assert "Congress: November 2003 (month only)" in text
    assert "Undecided: 60.0" in text
    assert CITATION in text


def test_markdown_keeps_straight_marks_where_the_article_prints_them(db):
    quotes = [q[0] for q in _blockquotes(_tokens(profile_markdown(*_profile(db, "Otan"))))]
    assert OTAN_QUOTE in quotes
    assert PATRIOT_QUOTE in [q[0] for q in _blockquotes(_tokens(profile_markdown(*_profile(db, "Patriot"))))]


def test_markdown_says_not_stated_where_the_article_gives_nothing(db):
    profile, source = _profile(db, "Ak zhol")
    assert profile["social_basis"] == []  # the premise: the article gives Ak zhol no social basis
    tokens = _tokens(profile_markdown(profile, source))
    i = next(i for i, t in enumerate(tokens) if t.type == "inline" and t.content == "Social basis")
    assert tokens[i + 3].content == "*not stated*"


def test_markdown_of_every_party_parses_with_one_h1(db):
    parties, source, _ = db
    for p in parties.summaries():
        md = profile_markdown(parties.profile(p.key), source)
        assert len(_headings(_tokens(md), "h1")) == 1, p.key
        assert "Show in article" not in md and "kz:" not in md


# -- HTML ---------------------------------------------------------------------------------------------------------
class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text, self.title, self._in = [], [], "", []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in.append(tag)

    def handle_endtag(self, tag):
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag):]

    def handle_data(self, data):
        if "title" in self._in:
            self.title += data
        self.text.append(data)


def test_html_file_is_the_printable_profile(db):
    page = _Page()
    page.feed(standalone_html(profile_printable(*_profile(db, "Otan"))))
    text = " ".join("".join(page.text).split())
    assert page.title == "Republican Political Party Otan"
    assert OTAN_QUOTE in text and "300,000 members" in text
    assert text.rstrip().endswith(CITATION)
    assert not any(w in text for w in ACTION_WORDS)
    assert not [a for t, a in page.tags if t == "a" and "href" in a]  # nothing to click on paper
    assert ("meta", {"charset": "utf-8"}) in page.tags


def test_printable_html_is_black_on_white_whatever_the_colours_of_the_screen(db):
    html = profile_printable(*_profile(db, "CPK")).html
    colours = set(re.findall(r"color:\s*(#[0-9a-fA-F]{6})", html))
    assert colours <= {"#000000", "#ffffff", "#4a4a4a"}, colours


# -- PDF ------------------------------------------------------------------------------------------------------------
def _pdf_pages(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    pages = []
    for n in range(1, count + 1):
        out = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(path), "-"],
                             capture_output=True, text=True, check=True).stdout
        pages.append(unicodedata.normalize("NFKC", out))  # the ligatures (ﬀ, ﬁ) as letters
    return pages


def _page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return re.search(r"Page size:\s+([\d.]+ x [\d.]+) pts", info).group(1)


def _flat(text: str) -> str:
    return " ".join(text.split())


@POPPLER
@pytest.mark.parametrize(("size", "points"), [("a4", "595 x 842"), ("letter", "612 x 792")])
def test_profile_pdf_on_each_paper_has_the_citation_on_every_page(qapp, db, tmp_path, size, points):
    from kzbrowser.ui.printing import Doc, write_pdf

    out = write_pdf(tmp_path / "otan.pdf", Doc(*profile_printable(*_profile(db, "Otan"))), size)
    assert _page_size(out) == points
    pages = _pdf_pages(out)
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert CITATION in _flat(page), n
        assert f"page {n} of {len(pages)}" in page
    text = _flat(" ".join(pages))
    assert OTAN_QUOTE in text  # straight marks, as printed
    assert not any(w in text for w in ACTION_WORDS)


@POPPLER
def test_article_pdf_holds_the_article_and_no_page_repeats_another(qapp, db, tmp_path):
    from kzbrowser.present.printable import article_printable
    from kzbrowser.ui.printing import Doc, write_pdf

    out = write_pdf(tmp_path / "article.pdf", Doc(*article_printable(db[2])), "letter")
    pages = _pdf_pages(out)
    assert len(pages) > 5
    text = _flat(" ".join(pages))
    for caption in ("Table 1: Membership of the Political Parties", "Table 4: Assessment of Practical Results"):
        assert caption in text
    assert AK_ZHOL_QUOTE in text and "Notes" in text
    for n, page in enumerate(pages, start=1):
        assert f"page {n} of {len(pages)}" in page and CITATION in _flat(page)
    # A paragraph split by a page break: the lines of one page never reappear (clipped, but there as text) on the
    # next. Long lines of prose are unique in the article; the footer is on every page, and a table's header row
    # (its columns set apart by runs of spaces) on every page the table is on.
    lines = [{ln.strip() for ln in page.splitlines()
              if len(ln.strip()) > 25 and CITATION not in ln and "   " not in ln.strip()} for page in pages]
    for n, (a, b) in enumerate(itertools.pairwise(lines), start=1):
        assert not a & b, (n, a & b)


def _grey_pixels(pdf: Path, folder: Path) -> bytes:
    folder.mkdir()
    subprocess.run(["pdftoppm", "-gray", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(folder / "p")], check=True)
    data = next(folder.glob("p*.pgm")).read_bytes()
    parts = data.split(b"\n", 3)  # P5, size, maxval, pixels
    return parts[3]


@POPPLER
def test_pdf_is_the_same_under_a_dark_palette(qapp, db, tmp_path):
    """Black on white whatever the screen's theme: the page under a dark palette is the page under a light one."""
    from PySide6.QtGui import QColor, QPalette

    from kzbrowser.ui.printing import Doc, write_pdf

    doc = Doc(*profile_printable(*_profile(db, "Otan")))
    light = _grey_pixels(write_pdf(tmp_path / "light.pdf", doc, "a4"), tmp_path / "light")
    old = qapp.palette()
    dark = QPalette()
    for role, colour in [(QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#e6e6e6"),
                         (QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e6e6e6")]:
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    try:
        in_dark = _grey_pixels(write_pdf(tmp_path / "dark.pdf", doc, "a4"), tmp_path / "dark")
    finally:
        qapp.setPalette(old)
    assert sorted(light)[len(light) // 2] == 255 and min(light) < 60  # white paper, black text
    assert in_dark == light


# -- the command line ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_cli_export_party_writes_markdown_and_html(capsys, tmp_path, fmt):
    out = tmp_path / f"ak.{fmt}"
    code, printed, err = run_cli(capsys, "export-party", "akzhol", "-o", str(out))
    assert code == 0, err
    assert printed == f"wrote {out}\n"
    text = out.read_text(encoding="utf-8")
    assert AK_ZHOL_QUOTE in (_flat(_rendered_text(text)) if fmt == "md" else _flat(text))


@POPPLER
def test_cli_export_party_pdf_with_page_size(capsys, tmp_path, qapp):  # qapp: not a bare QGuiApplication
    out = tmp_path / "auyl.pdf"
    code, _, err = run_cli(capsys, "export-party", "Auyl", "-o", str(out), "--page-size", "letter")
    assert code == 0, err
    assert _page_size(out) == "612 x 792"
    assert all(CITATION in _flat(p) for p in _pdf_pages(out))


def test_cli_export_party_md_and_html_do_not_load_qt(tmp_path):
    import os
    import sys

    code = ("import sys; from kzbrowser.cli import main; "
            f"rc = main(['export-party', 'Otan', '-o', {str(tmp_path / 'o.md')!r}]); "
            f"rc += main(['export-party', 'Otan', '-o', {str(tmp_path / 'o.html')!r}]); "
            "print(rc, [m for m in sys.modules if m.startswith('PySide6')])")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert r.stdout.strip().splitlines()[-1] == "0 []"


@POPPLER
@pytest.mark.parametrize("size", ["a4", "letter"])
def test_no_heading_is_left_alone_at_the_foot_of_a_page(qapp, db, tmp_path, size):
    from kzbrowser.ui.printing import Doc, write_pdf

    parties, source, _ = db
    for p in parties.summaries():
        profile = parties.profile(p.key)
        headings = set(_headings(_tokens(profile_markdown(profile, source)), "h2"))
        pages = _pdf_pages(write_pdf(tmp_path / f"{p.key}-{size}.pdf", Doc(*profile_printable(profile, source)), size))
        for n, page in enumerate(pages[:-1], start=1):
            body = [ln.strip() for ln in page.splitlines() if ln.strip() and CITATION not in ln and "page " not in ln]
            assert body[-1] not in headings, (p.key, n, body[-1])
