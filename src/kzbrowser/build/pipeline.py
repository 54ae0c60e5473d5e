"""Build ``kz.sqlite`` from the article: parse, extract, check, write, re-verify every span, then rename.

The output is written to a temporary file beside the target and renamed over it only once it is complete
and verified, so a failed build never touches an existing database.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlite_utils

from kzbrowser import __version__, paths
from kzbrowser.atomic import WriteError, check_target, write_atomically
from kzbrowser.build import checks
from kzbrowser.build.anchors import AnchorError
from kzbrowser.build.anchors import load as load_annotations
from kzbrowser.build.article import ArticleError, parse
from kzbrowser.build.extract import Rows, extract_all
from kzbrowser.build.passages import passages
from kzbrowser.read import words
from kzbrowser.schema import APPLICATION_ID, SEARCHED, TABLES, USER_VERSION
from kzbrowser.spans import check_stored

FTS_TOKENIZE = words.STEMMED
FTS_PREFIXES = "3 4 5 6 7 8 9 10"  # the lengths of typed prefixes (democra*) that the index answers directly
# The columns of each SEARCHED table's index, in index order (kzbrowser.read.search.engine relies on it).
FTS_COLUMNS = ("text", "aliases", "party_names")
# Tables whose primary key is not a plain rowid.
PRIMARY_KEYS = {"meta": "key", "sections": "number", "paragraphs": "id", "footnotes": "number",
                "charts": "number", "article_tables": "number", "table1_membership": "row",
                "table2_programs": "row", "table3_poll": "row", "table4_categories": "seq",
                "parties": "key", "quotes": "id", "parties_1999": "seq", "facts": "key",
                "signatories": "seq", "checks": "key", "themes": "key", "schema_doc": "name", "passages": "id"}
FOREIGN_KEYS = ("party_key", "parties", "key")


class BuildError(Exception):
    """The build could not produce a faithful database; the message says where and why."""


def collect(article_text: str, annotations: Mapping[str, Any]) -> Rows:
    """Every row of the database, as plain dicts (no SQLite involved)."""
    try:
        art = parse(article_text)
        rows = extract_all(art, annotations)
        found, spans = checks.run(rows, article_text)
    except (ArticleError, AnchorError) as exc:
        raise BuildError(str(exc)) from None
    rows["checks"], rows["check_spans"] = found, spans
    rows["passages"] = passages(rows, article_text)
    _add_normalised(rows)
    sha = hashlib.sha256(article_text.encode("utf-8")).hexdigest()
    rows["meta"] += [
        {"key": "source_sha256", "value": sha, "value_start": None, "value_end": None},
        {"key": "source_chars", "value": str(len(article_text)), "value_start": None, "value_end": None},
        {"key": "schema_version", "value": str(USER_VERSION), "value_start": None, "value_end": None},
        {"key": "builder", "value": f"kzbrowser {__version__}", "value_start": None, "value_end": None},
        # The article itself, so that the app shows any span without re-reading or re-parsing it.
        {"key": "article_text", "value": article_text, "value_start": 0, "value_end": len(article_text)},
    ]
    normal = {a["printed"]: a["normalised"] for a in rows["artefacts"]}
    for key in ("author", "title"):
        printed = next(m for m in rows["meta"] if m["key"] == key)["value"]
        rows["meta"].append({"key": f"{key}_normalised", "value": _normalise(printed, normal),
                             "value_start": None, "value_end": None})
    rows["schema_doc"] = [{"name": k, "description": v} for k, v in TABLES.items()]
    return rows


def _normalise(text: str, artefacts: dict[str, str]) -> str:
    for printed, normalised in artefacts.items():
        text = text.replace(printed, normalised)
    return text


def _add_normalised(rows: Rows) -> None:
    """Beside each printed text, the forms scholars write, so that search finds both."""
    normal = {a["printed"]: a["normalised"] for a in rows["artefacts"]}
    for table in SEARCHED:
        for r in rows[table]:
            r["aliases"] = " ".join(n for p, n in normal.items() if p in r["text"]) or None
    for r in rows["party_names"]:
        r["normalised"] = _normalise(r["name"], normal)
    # Every name of a text's party beside the text, so that full-text search finds a quote under any of
    # its party's names (Auyl and AuyI alike). The key comes first: kzbrowser.read.search.engine matches a party
    # exactly with an initial-token query (^"key") instead of the ambiguous words of its names.
    names: dict[str, list[str]] = {}
    for r in rows["party_names"]:
        names.setdefault(r["party_key"], []).extend((r["name"], r["normalised"]))
    for table in SEARCHED:
        for r in rows[table]:
            key = r.get("party_key")
            r["party_names"] = f"{key}: " + "; ".join(dict.fromkeys(names[key])) if key else None
    for r in rows["media"]:
        r["name_normalised"] = _normalise(r["name"], normal)


def _check_target(output: Path, force: bool) -> None:
    """Refuse to replace anything but an earlier kzbrowser database (unless forced): a typo in -o must not
    cost the user a file. Never, even forced, anything kzbrowser.atomic refuses (a device, a folder, a pipe)."""
    try:
        real = check_target(output, replace=True)
    except WriteError as exc:
        raise BuildError(str(exc)) from None
    if real.exists() and not force and not _is_our_database(real):
        raise BuildError(f"{output} exists and is not a kzbrowser database; not replacing it "
                         "(choose another file, or pass --force)")


def _is_our_database(path: Path) -> bool:
    if path.stat().st_size == 0:
        return True  # an empty file holds nothing to lose
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    # SQLite header: magic string, then application_id as a big-endian integer at offset 68.
    return header.startswith(b"SQLite format 3\x00") and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def write(rows: Rows, article_text: str, output: Path, force: bool = False) -> None:
    """Write ``rows`` to ``output`` atomically, after checking every span against ``article_text``."""
    output = Path(output)
    _check_target(output, force)

    def write_and_verify(tmp: Path) -> None:
        _write_db(rows, tmp)
        verify_spans(tmp, article_text)

    try:
        write_atomically(output, write_and_verify, replace=True)  # _check_target decided what may be replaced
    except WriteError as exc:
        raise BuildError(str(exc)) from None
    except sqlite3.Error as exc:  # "database or disk is full", "disk I/O error": SQLite's words for OSError
        raise BuildError(f"cannot write {output}: {exc}") from None


def _write_db(rows: Rows, path: Path) -> None:
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {USER_VERSION}")
        # A scratch file until it is verified and renamed: no journal, no syncs while writing. The journal
        # mode is not stored in the file, so readers get SQLite's default rollback journal (never WAL).
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        db = sqlite_utils.Database(conn)
        # parties first: the other tables refer to it
        for name in sorted(TABLES, key=lambda n: n != "parties"):
            if name.endswith("_fts"):
                continue
            data = rows.get(name, [])
            if not data:
                raise BuildError(f"nothing extracted for table {name}")
            fks = [FOREIGN_KEYS] if "party_key" in data[0] and name != "parties" else None
            db.table(name).insert_all(data, pk=PRIMARY_KEYS.get(name), foreign_keys=fks, batch_size=1000)
        for table in SEARCHED:
            _create_fts(conn, table)
        db.table("party_names").enable_fts(["name", "normalised"], fts_version="FTS5", tokenize=FTS_TOKENIZE)
        for name in TABLES:
            if not name.endswith("_fts") and "party_key" in db.table(name).columns_dict:
                db.table(name).create_index(["party_key"])
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()


def verify_spans(path: Path, article_text: str) -> int:
    """Re-check every printed value of the database at ``path`` against ``article_text``; return how many."""
    conn = sqlite3.connect(path)
    try:
        checked, problems = check_stored(conn, article_text)
    finally:
        conn.close()
    if problems:
        raise BuildError("spans do not match the article:\n" + "\n".join(problems[:20]))
    return checked


def build(output: Path | str | None = None, article_path: Path | None = None,
          annotations_path: Path | None = None, force: bool = False) -> Path:
    """Build the database from the bundled (or given) article and annotations; return the output path."""
    try:
        out = Path(output) if output else paths.checkout_database()
    except FileNotFoundError as exc:
        raise BuildError(str(exc)) from None
    art_path = article_path or paths.article_path()
    ann_path = annotations_path or paths.annotations_path()
    try:
        text = Path(art_path).read_text(encoding="utf-8")
        notes = load_annotations(str(ann_path))
    except OSError as exc:
        raise BuildError(f"cannot read {exc.filename}: {exc.strerror}") from None
    except ValueError as exc:  # tomllib.TOMLDecodeError and UnicodeDecodeError
        raise BuildError(f"cannot read the article or annotations: {exc}") from None
    build_from_text(text, notes, out, force)
    return out


def build_from_text(text: str, annotations: Mapping[str, Any], output: Path, force: bool = False) -> None:
    write(collect(text, annotations), text, output, force)


def _create_fts(conn: sqlite3.Connection, table: str) -> None:
    """The search indexes of ``table``.

    ``<table>_fts`` is made as sqlite-utils' enable_fts() makes it (so its tools find it), plus an index of word
    prefixes, which makes a prefix search such as democra* two to three times faster. ``<table>_words_fts``
    holds the words as printed, unstemmed, for the words a prefix stands for; its content= is written in single
    quotes so that sqlite-utils' detect_fts() never takes it for the table's index.
    """
    columns = ", ".join(f'"{c}"' for c in FTS_COLUMNS)
    conn.execute(f"""CREATE VIRTUAL TABLE "{table}_fts" USING FTS5 (
    {columns},
    prefix='{FTS_PREFIXES}',
    tokenize={_quoted(FTS_TOKENIZE)},
    content="{table}"
)""")
    conn.execute(f"""CREATE VIRTUAL TABLE "{table}_words_fts" USING FTS5 (
    "text", "aliases", tokenize={_quoted(words.UNSTEMMED)}, detail=none, columnsize=0, content='{table}'
)""")
    for index in (f"{table}_fts", f"{table}_words_fts"):
        conn.execute(f'INSERT INTO "{index}" ("{index}") VALUES (\'rebuild\')')


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
