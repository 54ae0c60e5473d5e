"""The search's Markdown export, given hostile stored texts: every text renders as itself (never as HTML, a
link, a heading or a new block), the matches in bold and nothing else."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import BUNDLED_DB
from kzbrowser.present.html import visible
from kzbrowser.present.markdown import md_marked
from kzbrowser.present.search_text import to_markdown
from kzbrowser.read.citation import Source
from kzbrowser.read.db import connect
from kzbrowser.read.search.engine import CLOSE, OPEN, search
from kzbrowser.read.search.hits import marked_plain
from kzbrowser.spans import plain

QUOTE_START = "Contemporary democratic society is our aim"  # Otan's program, section 3
HOSTILE = [
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<script>alert(1)</script>",
    "\n> a quote of our own\n# a heading\n- a list",
    "**not bold** _nor italic_ `nor code`",
    "&amp; &lt;b&gt;",
    "![an image](file:///etc/passwd)",
]


def _inline_nodes(md: str) -> list[tuple[str, str]]:
    """(type, text) of what a CommonMark parser makes of ``md``'s inline content, strong runs as one node."""
    out = []
    for block in MarkdownIt("commonmark").parse(md):
        if block.type != "inline":
            continue
        bold = False
        for c in block.children or []:
            if c.type in ("strong_open", "strong_close"):
                bold = c.type == "strong_open"
            else:
                out.append(("strong" if bold and c.type == "text" else c.type, c.content))
    return out


@pytest.mark.parametrize("payload", HOSTILE)
def test_a_stored_quote_is_exported_as_its_text(tmp_path, payload):
    path = tmp_path / "kz.sqlite"
    shutil.copy(BUNDLED_DB, path)
    c = sqlite3.connect(path)
    (rowid, text), = c.execute("SELECT rowid, text FROM quotes WHERE text LIKE ?", (QUOTE_START + "%",))
    c.execute("UPDATE quotes SET text = ? WHERE rowid = ?", (f"{text} {payload}", rowid))
    c.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")
    c.commit()
    c.close()
    conn = connect(path)
    md = to_markdown(search(conn, "brotherhood"), Source.from_db(conn))
    conn.close()
    quote_block = md.split("## Quotes (1)\n\n", 1)[1].split("\n>\n", 1)[0]
    assert quote_block.count("\n") == 0  # one line: the payload's line breaks start no block of their own
    nodes = _inline_nodes(quote_block)
    assert {kind for kind, _ in nodes} <= {"text", "strong"}, nodes  # no html_inline, link, image, code
    shown = "".join(t for _, t in nodes)
    assert " ".join(visible(plain(payload)).split()) in shown  # (the article's emphasis asterisks dropped)
    assert [t for kind, t in nodes if kind == "strong"] == ["brotherhood"]
    tokens = MarkdownIt("commonmark").parse(md)
    assert "html_block" not in {t.type for t in tokens}
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["Search: brotherhood", "Quotes (1)", "Article paragraphs (3)"]


WORD = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd")), min_size=1, max_size=8)
# anything but asterisks (whose pairs are the article's emphasis, dropped: test_export_party checks that path),
# the search's own mark characters \x02 and \x03 included
OTHER = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="*"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(OTHER, WORD, st.booleans()), min_size=1, max_size=6))
def test_any_text_with_matched_words_renders_as_itself(parts):
    """Any stored text, some of its words matched (a search matches whole words), marked and exported as the
    Markdown export does: a CommonMark parser reads back exactly the text, the matched words bold, nothing else."""
    text, matches, expected_bold = "", [], []
    for other, word, matched in parts:
        text += other + (" " if other and not other[-1].isspace() else "")
        if matched:
            matches.append((len(text), len(text) + len(word)))
            expected_bold.append(word)
        text += word + " "
    md = md_marked(marked_plain(text, matches), OPEN, CLOSE)
    nodes = _inline_nodes(f"Text: {md}")
    assert {kind for kind, _ in nodes} <= {"text", "strong"}, (md, nodes)
    shown = "".join(t for _, t in nodes).removeprefix("Text: ")
    assert shown == " ".join(visible(text).replace("\n", " ").split()), (md, shown)
    assert [t for k, t in nodes if k == "strong"] == expected_bold, md
