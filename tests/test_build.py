"""The build: reproducible, self-verifying, in the formats other tools read."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import sqlite_utils

from conftest import BUNDLED_DB, ROOT
from kzbrowser.build.pipeline import build, verify_spans
from kzbrowser.schema import APPLICATION_ID, TABLES, USER_VERSION


def test_two_builds_are_byte_identical(tmp_path, fresh_db):
    again = tmp_path / "again.sqlite"
    build(again)
    assert again.read_bytes() == fresh_db.read_bytes()


def test_committed_database_equals_a_fresh_build(fresh_db):
    assert BUNDLED_DB.read_bytes() == fresh_db.read_bytes(), \
        "data/kz.sqlite is stale: run  python scripts/build_db.py  and commit it"


def test_build_script_writes_where_asked(tmp_path):
    out = tmp_path / "out.sqlite"
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_db.py"), "-o", str(out)],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == BUNDLED_DB.read_bytes()


def test_identity_and_journal_mode(fresh_db):
    c = sqlite3.connect(fresh_db)
    assert c.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert c.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    c.close()


def test_every_span_matches_the_article(fresh_db, article_text):
    assert verify_spans(fresh_db, article_text) > 600


def test_every_table_is_documented(fresh_db):
    db = sqlite_utils.Database(fresh_db)
    documented = {r["name"] for r in db["schema_doc"].rows}
    shadows = ("_data", "_idx", "_docsize", "_config", "_content")  # the tables FTS5 keeps for each index
    tables = {t for t in db.table_names() if not (t.endswith(shadows) and t.rsplit("_", 1)[0].endswith("_fts"))}
    assert tables == set(TABLES) == documented


def test_fts_works_with_sqlite_utils_search(fresh_db):
    db = sqlite_utils.Database(fresh_db)
    hits = [r["text"] for r in db["quotes"].search("harmony")]
    assert any("ethnic and confessional harmony" in h for h in hits)
    # stemming: "democrats" finds "democratic"
    assert list(db["paragraphs"].search("democrats"))
    # the normalised spelling finds the party printed as "AuyI"
    names = {r["party_key"] for r in db["party_names"].search("Auyl")}
    assert names == {"auyl"}


def test_search_indexes_answer_prefix_queries_from_a_prefix_index(fresh_db):
    db = sqlite_utils.Database(fresh_db)
    for table in ("quotes", "paragraphs"):
        assert db[table].detect_fts() == f"{table}_fts"  # sqlite-utils still finds the hand-made index
        assert "prefix='3 4 5 6 7 8 9 10'" in db[f"{table}_fts"].schema
    hits = [r["text"] for r in db["paragraphs"].search("democra*")]
    assert any("democracy" in h.lower() for h in hits) and any("democratic" in h.lower() for h in hits)


def test_sqlite_utils_cli_can_search(fresh_db):
    exe = ROOT / ".venv" / "bin" / "sqlite-utils"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "sqlite_utils"]
    r = subprocess.run([*cmd, "search", str(fresh_db), "quotes", "internationalism", "-c", "text"],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
    assert "patriotism and internationalism" in r.stdout


def test_article_text_is_stored_whole(fresh_db, article_text):
    c = sqlite3.connect(fresh_db)
    assert c.execute("SELECT value FROM meta WHERE key = 'article_text'").fetchone()[0] == article_text
    c.close()


def test_readme_documents_every_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [t for t in TABLES if f"| `{t}` |" not in readme]
    assert not missing
