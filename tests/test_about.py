"""'About the data' tells the truth about the file it reads (Qt-free: the page is plain HTML)."""

from __future__ import annotations

import sqlite3

from kzbrowser.present.about import render_about
from kzbrowser.read.db import connect


def test_about_reports_a_changed_page_break_paragraph(db_copy):
    c = sqlite3.connect(db_copy)
    # Paragraphs printed across a page break (their text is stored joined, with the printed pieces).
    changed = c.execute("UPDATE paragraphs SET text = replace(text, 'Kazakhstan', 'Kazakstan') "
                        "WHERE text_pieces IS NOT NULL AND text LIKE '%Kazakhstan%'").rowcount
    c.commit()
    c.close()
    assert changed >= 1
    page = render_about(connect(db_copy), str(db_copy))
    assert "Problems:" in page.html
    assert f"{changed} spans do not match the article" in page.html


def test_about_reports_no_problem_for_the_bundled_database():
    from conftest import BUNDLED_DB

    page = render_about(connect(BUNDLED_DB), str(BUNDLED_DB))
    assert "Problems:" not in page.html
    assert "integrity check: ok" in page.html
