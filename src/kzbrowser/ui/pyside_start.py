"""PySide's own start-up, as the window needs it: imported by kzbrowser/ui/__init__.py before any other module of
the shell, and itself never importing Qt before start_pyside() does.

Two things PySide does at every start are spared: compiling its support code (a cache of the compiled code, see
SupportCache) and reading the source of every module imported after it (_skip_pyside_source_scan).
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
import stat
import sys
import types
import zlib
from collections.abc import Iterator
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

# The cache file: its first line, then the CRC-32 of the rest (4 bytes, big-endian), then the rest: a marshalled
# {file name: (source, code object)}. Marshalled code is what a .pyc holds: it is read only by the Python that
# wrote it (MAGIC_NUMBER, in the file's name) and only where its CRC matches, so that a damaged file is never
# handed to marshal (which may crash on damaged input).
HEADER = b"kzbrowser: PySide's compiled support code\n"
MAX_BYTES = 8 << 20  # the cache is ~0.3 MB; a bigger file is not one kzbrowser wrote, and is not read
SUPPORT_PREFIX = "shibokensupport/"  # the names shiboken compiles its support modules under


def cache_file(env: os._Environ[str] | dict[str, str] = os.environ) -> Path | None:
    """Where the cache lives: $XDG_CACHE_HOME/kzbrowser (if an absolute path, as the XDG spec asks), else
    ~/.cache/kzbrowser; None when neither variable is set."""
    xdg = env.get("XDG_CACHE_HOME", "")
    if xdg and os.path.isabs(xdg):
        folder = Path(xdg)
    elif home := env.get("HOME", ""):
        folder = Path(home) / ".cache"
    else:
        return None
    return folder / "kzbrowser" / f"pyside-support-{MAGIC_NUMBER.hex()}.cache"


def read_cache(path: Path) -> dict[str, tuple[bytes, types.CodeType]]:
    """The cached code objects, by file name; empty for a file that is missing, unreadable, not one kzbrowser
    wrote, damaged (its CRC) or of another shape."""
    data = _read_regular(path, MAX_BYTES + 1)
    if data is None:
        return {}
    body = data[len(HEADER) + 4:]
    if (len(data) > MAX_BYTES or not data.startswith(HEADER)
            or int.from_bytes(data[len(HEADER):len(HEADER) + 4], "big") != zlib.crc32(body)):
        return {}
    try:
        entries = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {name: entry for name, entry in entries.items()
            if isinstance(name, str) and isinstance(entry, tuple) and len(entry) == 2
            and isinstance(entry[0], bytes) and isinstance(entry[1], types.CodeType)}


def _read_regular(path: Path, limit: int) -> bytes | None:
    """Up to ``limit`` bytes of the regular file at ``path``; None for anything else (missing, a folder, no
    permission, a pipe, which is never waited on, or a device)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except (OSError, ValueError):  # ValueError: a name with a NUL
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with open(fd, "rb", closefd=False) as f:
            return f.read(limit)
    except OSError:
        return None
    finally:
        os.close(fd)


def write_cache(path: Path, entries: dict[str, tuple[bytes, types.CodeType]]) -> bool:
    """Write ``entries`` to ``path`` (atomically); False, and nothing changed, where it cannot be written.

    Only a cache kzbrowser wrote (its first line) is ever replaced: a link, a folder or any other file found under
    that name is left as it is, and the start goes on uncached.
    """
    from kzbrowser.atomic import WriteError, write_atomically  # only on a start that compiled something

    body = marshal.dumps(entries)

    def write(tmp: Path) -> None:
        tmp.write_bytes(HEADER + zlib.crc32(body).to_bytes(4, "big") + body)

    try:
        if os.path.lexists(path) and (not stat.S_ISREG(os.lstat(path).st_mode)
                                      or _read_regular(path, len(HEADER)) != HEADER):
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, write, replace=True)
    except (OSError, ValueError, WriteError):  # a read-only or full disk, a file where a folder should be
        return False
    return True


class SupportCache:
    """compile() answered from the cache while PySide6 is imported (``with cache.answering():``).

    ``import PySide6`` runs shiboken's support package (shibokensupport: the signatures, __feature__), which
    PySide's wheels carry as source inside libshiboken and compile at every start (PySide's
    EmbeddableZipImporter calls compile()): about a sixth of a bare PySide window's start-up here (~20 ms, 88
    million of its 583 million instructions to the first frame; scripts/bench_startup.py). While PySide6 is
    imported, compile() is given the cached code object of a support module whose source is byte for byte the one
    it was compiled from; anything else is compiled by compile() itself, and a support module compiled afresh (the
    first start, a new PySide) is written to the cache afterwards.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries = read_cache(path) if path is not None else {}
        self.hits = 0
        self.compiled: dict[str, tuple[bytes, types.CodeType]] = {}

    def compile(self, source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        """compile(), from the cache for a support module's source."""
        if not (mode == "exec" and not args and not kwargs and isinstance(source, bytes)
                and isinstance(filename, str) and filename.startswith(SUPPORT_PREFIX)):
            return _compile(source, filename, mode, *args, **kwargs)
        entry = self.entries.get(filename)
        if entry is not None and entry[0] == source:
            self.hits += 1
            return entry[1]
        code = _compile(source, filename, mode)
        self.compiled[filename] = (source, code)
        return code

    @contextlib.contextmanager
    def answering(self) -> Iterator[None]:
        builtins.compile = self.compile
        try:
            yield
        finally:
            builtins.compile = _compile
        if self.compiled and self.path is not None:
            write_cache(self.path, {**self.entries, **self.compiled})


_compile = builtins.compile


def _uses_pyside(module: object) -> bool:
    return True


def _skip_pyside_source_scan() -> None:
    """Spare every later import PySide's reading of the module's whole source.

    Once imported, PySide asks of each module imported after it (and of each module an ``import`` statement
    names again) whether its source contains the word "PySide6" (``shibokensupport.feature._mod_uses_pyside``,
    PYSIDE-2029), through ``inspect.getsource``: it opens, decodes and splits the file. The answer only tells a
    module that may select PySide's optional ``__feature__`` switches (snake_case, true_property) from one that
    does not. kzbrowser selects none; nor does pyqtgraph. Answering "yes" for every module gives each the
    switches' default (none), which is what each of them runs with anyway; a module that does select a feature
    still gets it, as its own ``from __feature__ import`` sets it. The scan cost ~12 ms of start-up, before the
    first frame, for the ~60 modules the window imports after PySide (scripts/bench_startup.py).

    A PySide without this function (it is internal) keeps its scan.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]


def start_pyside() -> None:
    """Import PySide6, its support code compiled from the cache (SupportCache), and tune shiboken's import hook
    before any of kzbrowser's modules runs."""
    if "PySide6" not in sys.modules:  # else it has been started already (a test run, a script)
        with SupportCache(cache_file()).answering():
            import PySide6  # noqa: F401
    _skip_pyside_source_scan()
