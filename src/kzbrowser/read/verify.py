"""``kzbrowser verify``: is an existing database sound, current and faithful to the article?"""

from __future__ import annotations

import sqlite3
from typing import Any

from kzbrowser.schema import SOURCE_SHA256, TABLES, USER_VERSION
from kzbrowser.spans import check_stored
from kzbrowser.translate import QT_TRANSLATE_NOOP


def search_index_problems(conn: sqlite3.Connection) -> list[str]:
    """FTS5's own integrity check of each search index (PRAGMA integrity_check does not look inside them).

    The check is written as an INSERT, which a read-only connection refuses, so it runs on a private in-memory
    copy of the file: the file itself is never opened for writing.
    """
    copy = sqlite3.connect(":memory:")
    try:
        copy.deserialize(conn.serialize())
        out = []
        for table in (t for t in TABLES if t.endswith("_fts")):
            try:
                copy.execute(f'INSERT INTO "{table}" ("{table}") VALUES (\'integrity-check\')')
            except sqlite3.Error as exc:
                out.append(f"the search index {table} is damaged ({exc})")
        return out
    finally:
        copy.close()


# Marked for the window's translation (kzbrowser.translate); `kzbrowser verify` prints it in English.
INFERENCES_HEADING = QT_TRANSLATE_NOOP("Profile", "Inferences (kzbrowser's reading; the article does not state these)")


def inferences(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every inference once, with its reason, its anchor and the parties it concerns (none: no single party)."""
    out: dict[str, dict[str, Any]] = {}
    for key, party, statement, reason, start, end in conn.execute(
            "SELECT key, party_key, statement, reason, anchor_start, anchor_end FROM inferences ORDER BY rowid"):
        inf = out.setdefault(key, {"key": key, "statement": statement, "reason": reason, "parties": [],
                                   "anchor_span": [start, end] if start is not None else None})
        if party:
            inf["parties"].append(party)
    return list(out.values())


def report(conn: sqlite3.Connection) -> dict[str, Any]:
    """Integrity, schema version, source checksum, spans and the stored consistency checks."""
    lines: list[str] = []
    problems: list[str] = []
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    lines.append(f"integrity: {integrity}")
    if integrity != "ok":
        problems.append(f"integrity check: {integrity}")
    index = search_index_problems(conn)
    lines.append(f"search indexes: {'; '.join(index) or 'ok'}")
    problems += index
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    lines.append(f"schema version: {version} (expected {USER_VERSION})")
    meta = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM meta")}
    text = meta.get("article_text", "")
    import hashlib  # not at import time: the profile page loads this module at start-up for one heading

    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lines.append(f"source: {meta.get('source_sha256')}")
    if sha != meta.get("source_sha256"):
        problems.append("the stored article does not match its stored checksum")
    if meta.get("source_sha256") != SOURCE_SHA256:
        problems.append("the database was not built from the bundled article")
    missing = [t for t in TABLES if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (t,)).fetchone()]
    if missing:
        problems.append(f"missing tables: {', '.join(missing)}")
    spans, mismatched = check_stored(conn, text)
    bad = len(mismatched)
    lines.append(f"spans: {spans - bad} of {spans} match the article")
    if bad:
        problems.append(f"{bad} spans do not match the article (first: {mismatched[0]})")
    checks = [dict(zip(("key", "title", "result", "detail"), r, strict=True)) for r in conn.execute(
        "SELECT key, title, result, detail FROM checks ORDER BY rowid")]
    counts = {k: sum(c["result"] == k for c in checks) for k in ("holds", "fails", "untestable")}
    lines.append(f"consistency checks: {counts['holds']} hold, {counts['fails']} fail, "
                 f"{counts['untestable']} untestable")
    lines.extend(f"  [{c['result']:<10}] {c['title']}: {c['detail']}" for c in checks)
    inferred = [] if "inferences" in missing else inferences(conn)
    lines.append(f"{INFERENCES_HEADING}: {len(inferred)}")
    lines.extend(f"  [inference] {i['statement']} Why: {i['reason']}"
                 + (f" (parties: {', '.join(i['parties'])})" if i["parties"] else " (no single party)")
                 for i in inferred)
    return {"ok": not problems, "problems": problems, "lines": lines, "checks": checks, "inferences": inferred,
            "integrity": integrity, "schema_version": version, "spans_checked": spans, "spans_bad": bad}
