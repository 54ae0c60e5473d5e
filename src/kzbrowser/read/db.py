"""Open the bundled database read-only, and say clearly what is wrong when it cannot be used."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path
from typing import Any

from kzbrowser import schema
from kzbrowser.schema import APPLICATION_ID, USER_VERSION
from kzbrowser.translate import QT_TRANSLATE_NOOP, Message

QUERY_SECONDS = 5.0  # no query of ours takes a hundredth of this; a hostile file (a recursive view) is stopped

REBUILD_HINT = "Rebuild it with:  kzbrowser build  (or: python scripts/build_db.py)"

# Why a file cannot be used, by code: the command line prints them in English, the window translates them.
REASONS = {
    "missing": QT_TRANSLATE_NOOP("Database", "The file does not exist."),
    "unreachable": QT_TRANSLATE_NOOP("Database", "The file cannot be reached ({error})."),
    "folder": QT_TRANSLATE_NOOP("Database", "This is a folder, not a database file."),
    "special": QT_TRANSLATE_NOOP("Database", "This is not a regular file (a device, pipe or socket), so not a "
                                             "database."),
    "empty": QT_TRANSLATE_NOOP("Database", "The file is empty (0 bytes)."),
    "sqlite": QT_TRANSLATE_NOOP("Database", "SQLite cannot open it ({error})."),
    "foreign": QT_TRANSLATE_NOOP("Database", "This is an SQLite file, but not a kzbrowser database (application_id "
                                             "{found:#x}, expected {expected:#x})."),
    "version": QT_TRANSLATE_NOOP("Database", "The database has schema version {found}; this kzbrowser reads "
                                             "version {expected}."),
    "quick_check": QT_TRANSLATE_NOOP("Database", "The database is damaged (quick_check: {result})."),
    "contents": QT_TRANSLATE_NOOP("Database", "The database does not have the contents kzbrowser reads: {problem}."),
    "contents+": QT_TRANSLATE_NOOP("Database", "The database does not have the contents kzbrowser reads: {problem} "
                                               "(and {count} more problems)."),
    "damaged": QT_TRANSLATE_NOOP("Database", "The database is damaged ({error})."),
    "unusable": QT_TRANSLATE_NOOP("Database", "The file is not a usable SQLite database ({error})."),
    "changed": QT_TRANSLATE_NOOP("Database", "The file changed while kzbrowser was opening it; start kzbrowser "
                                             "again."),
}


class DatabaseError(Exception):
    """The database is missing or unusable. ``reason`` says what is wrong (``why``: the same, to translate),
    ``path`` which file."""

    def __init__(self, path: Path, reason: str | Message) -> None:
        self.path = path
        self.why = reason if isinstance(reason, Message) else Message.plain(reason)
        self.reason = str(self.why)
        super().__init__(f"{path}: {self.reason}")

    @classmethod
    def of(cls, path: Path, code: str, **values: str | int | Message) -> DatabaseError:
        """The error for one of the REASONS, its fields filled with ``values``."""
        return cls(path, Message.of("Database", REASONS[code], **values))

    def message(self) -> str:
        return f"Cannot open the database\n{self.path}\n\n{self.reason}\n\n{REBUILD_HINT}"


class BoundedConnection(sqlite3.Connection):
    """A connection whose every statement is interrupted (sqlite3.OperationalError) after QUERY_SECONDS.

    The clock starts at each ``execute`` (the only way kzbrowser runs a query on it) and again after a pause
    between two steps of a statement, so that a result read long after its query is not stopped by mistake.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._started = self._last = 0.0
        self.opened: tuple[int, int, int, int] | None = None  # the file's identity when connect() checked it
        self.set_progress_handler(self._over_time, 10_000)

    def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        self._started = self._last = time.monotonic()
        return super().execute(*args, **kwargs)

    def _over_time(self) -> int:
        # SQLite calls this every 10,000 steps of a running statement, about every millisecond.
        now = time.monotonic()
        if now - self._last > 0.25:
            self._started = now
        self._last = now
        return int(now - self._started > QUERY_SECONDS)


def connect(path: Path | str, contents_checked: bool = True) -> BoundedConnection:
    """A read-only, immutable connection to a validated kzbrowser database.

    ``contents_checked=False`` leaves out the two checks that read the whole file, SQLite's quick_check and
    the type of every value, for a :class:`ContentCheck` to run beside the caller (the window, while it is
    built); what is checked here (the file, its identity, its tables and columns) takes a few milliseconds.
    """
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DatabaseError.of(path, "missing") from None
    except OSError as exc:  # a name too long, a folder that cannot be entered, a loop of links
        raise DatabaseError.of(path, "unreachable", error=str(exc.strerror or exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise DatabaseError.of(path, "folder")
    if not stat.S_ISREG(st.st_mode):  # reading a pipe or a device could block for ever
        raise DatabaseError.of(path, "special")
    if st.st_size == 0:
        raise DatabaseError.of(path, "empty")
    try:
        conn = _open(path)
    except sqlite3.Error as exc:
        raise DatabaseError.of(path, "sqlite", error=str(exc)) from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise DatabaseError.of(path, "foreign", found=app_id, expected=APPLICATION_ID)
        if version != USER_VERSION:
            raise DatabaseError.of(path, "version", found=version, expected=USER_VERSION)
        if contents_checked:
            _check_pages(conn, path)
        _check_tables(path, schema.problem_messages(conn, values=contents_checked))
    except sqlite3.Error as exc:
        conn.close()
        raise read_error(path, exc) from None
    except DatabaseError:
        conn.close()
        raise
    conn.row_factory = sqlite3.Row
    conn.opened = _identity(st)
    return conn


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _open(path: Path) -> BoundedConnection:
    # A URI from as_uri() survives '?' and '#' in the path; immutable=1 means SQLite never writes or
    # locks, so the bundled file is safe even on a read-only medium.
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, factory=BoundedConnection)


def _check_pages(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        raise DatabaseError.of(path, "quick_check", result=str(result))


def _check_tables(path: Path, wrong: list[Message]) -> None:
    if wrong:
        raise DatabaseError.of(path, "contents+" if len(wrong) > 1 else "contents", problem=wrong[0],
                               count=len(wrong) - 1)


def read_error(path: Path, exc: sqlite3.Error) -> DatabaseError:
    """What to tell of a file SQLite fails to read: damaged, or not usable (also one that passed the checks:
    text that is not UTF-8, a damaged index)."""
    if "malformed" in str(exc):
        return DatabaseError.of(path, "damaged", error=str(exc))
    return DatabaseError.of(path, "unusable", error=str(exc))


class ContentCheck:
    """What ``connect(path, contents_checked=False)`` left out, run on a thread of its own: SQLite's quick_check
    and the type of every value, each one statement, on a connection of their own. SQLite reads the file with
    Python's lock released, so the check (~8 ms of SQLite's work) runs while the caller builds (the window).

    :meth:`result` waits for it and raises the DatabaseError, if the file is damaged or holds a wrong value.
    """

    def __init__(self, path: Path | str, opened: tuple[int, int, int, int] | None = None) -> None:
        """``opened``: the identity of the file the caller's connection reads (BoundedConnection.opened); a file
        put in its place meanwhile is refused rather than checked in its stead."""
        import threading

        self.path = Path(path)
        self.opened = opened
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kzbrowser-content-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = _open(self.path)
            try:
                if self.opened is not None and _identity(self.path.stat()) != self.opened:
                    raise DatabaseError.of(self.path, "changed")
                _check_pages(conn, self.path)
                _check_tables(self.path, schema.value_problems(conn))
            finally:
                conn.close()
        except sqlite3.Error as exc:
            self._error = read_error(self.path, exc)
        except BaseException as exc:  # a DatabaseError, or anything else: raised again by result()
            self._error = exc

    def result(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
