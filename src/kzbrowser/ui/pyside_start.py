"""PySide's own start-up, as the window needs it: imported by kzbrowser/ui/__init__.py before any other module of
the shell, and itself never importing Qt before start_pyside() does.

Two things PySide does at every start are spared: compiling its support code and that code's regular expressions
(a cache of what they compile to, see SupportCache), and reading the source of every module imported after it
(_skip_pyside_source_scan).
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
import re._compiler
import stat
import sys
import types
import zlib
from collections.abc import Iterator
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

# The cache file: its first line, then the CRC-32 of the rest (4 bytes, big-endian), then the rest: marshalled,
# {"modules": {file name: (source, code object)}, "patterns": {(pattern, flags): what re compiles it to},
#  "sre": SRE}. Marshalled code is what a .pyc holds: it is read only by the Python that wrote it (MAGIC_NUMBER,
# in the file's name) and only where its CRC matches, so that a damaged file is never handed to marshal (which
# may crash on damaged input). A compiled pattern is the program re's compiler makes of it, which _sre checks
# (and refuses, were it malformed) before it runs.
OURS = b"kzbrowser: PySide's compiled support code"  # how every version of the file starts
HEADER = OURS + b", 2\n"  # this version's first line
SRE = (re._compiler._sre.MAGIC, re._compiler._sre.CODESIZE)  # the regular expression engine's version
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


Modules = dict[str, tuple[bytes, types.CodeType]]  # file name -> (source, code object)
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]  # _sre.compile's arguments
Patterns = dict[tuple[str | bytes, int], Program]  # (pattern, flags) -> its program


def read_cache(path: Path) -> tuple[Modules, Patterns]:
    """The cached code objects by file name, and the compiled patterns; empty for a file that is missing,
    unreadable, not one kzbrowser wrote, damaged (its CRC) or of another shape, and each entry of another shape
    left out."""
    data = _read_regular(path, MAX_BYTES + 1)
    if data is None:
        return {}, {}
    body = data[len(HEADER) + 4:]
    if (len(data) > MAX_BYTES or not data.startswith(HEADER)
            or int.from_bytes(data[len(HEADER):len(HEADER) + 4], "big") != zlib.crc32(body)):
        return {}, {}
    try:
        entries = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}, {}
    if not isinstance(entries, dict):
        return {}, {}
    modules, patterns = entries.get("modules"), entries.get("patterns")
    modules = {name: entry for name, entry in (modules.items() if isinstance(modules, dict) else ())
               if isinstance(name, str) and isinstance(entry, tuple) and len(entry) == 2
               and isinstance(entry[0], bytes) and isinstance(entry[1], types.CodeType)}
    if entries.get("sre") != SRE or not isinstance(patterns, dict):
        return modules, {}
    return modules, {key: program for key, program in patterns.items() if _is_pattern(key) and _is_program(program)}


def _is_pattern(key: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], (str, bytes))
            and type(key[1]) is int)


def _is_program(p: object) -> bool:
    return (isinstance(p, tuple) and len(p) == 5 and type(p[0]) is int and isinstance(p[1], list)
            and all(type(op) is int for op in p[1]) and type(p[2]) is int and isinstance(p[3], dict)
            and all(isinstance(k, str) and type(v) is int for k, v in p[3].items())
            and isinstance(p[4], tuple) and all(g is None or isinstance(g, str) for g in p[4]))


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


def write_cache(path: Path, modules: Modules, patterns: Patterns) -> bool:
    """Write the entries to ``path`` (atomically); False, and nothing changed, where it cannot be written.

    Only a cache kzbrowser wrote (its first line, of any version) is ever replaced: a link, a folder or any other
    file found under that name is left as it is, and the start goes on uncached.
    """
    from kzbrowser.atomic import WriteError, write_atomically  # only on a start that compiled something

    body = marshal.dumps({"modules": modules, "patterns": patterns, "sre": SRE})

    def write(tmp: Path) -> None:
        tmp.write_bytes(HEADER + zlib.crc32(body).to_bytes(4, "big") + body)

    try:
        if os.path.lexists(path) and (not stat.S_ISREG(os.lstat(path).st_mode)
                                      or _read_regular(path, len(OURS)) != OURS):
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, write, replace=True)
    except (OSError, ValueError, WriteError):  # a read-only or full disk, a file where a folder should be
        return False
    return True


class SupportCache:
    """compile() and re's compiler answered from the cache while PySide6 is imported (``with
    cache.answering():``).

    ``import PySide6`` runs shiboken's support package (shibokensupport: the signatures, __feature__), which
    PySide's wheels carry as source inside libshiboken and compile at every start (PySide's
    EmbeddableZipImporter calls compile()): 88 million of the 583 million instructions a bare PySide window
    takes to its first frame here (callgrind). While PySide6 is
    imported, compile() is given the cached code object of a support module whose source is byte for byte the one
    it was compiled from; anything else is compiled by compile() itself, and a support module compiled afresh (the
    first start, a new PySide) is written to the cache afterwards.

    Those modules' regular expressions (the signature parser's and the stub writer's, built from nested brace
    patterns) take re's compiler longer still, at every start: with both from the cache, the bare window takes 386
    million (a quarter less time; scripts/bench_startup.py). While PySide6 is imported, a pattern compiled
    before with the same flags is made from its program as re's compiler made it (_sre.compile, with the
    arguments the compiler passed); any other is compiled by re itself, its program kept for the cache.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.modules, self.patterns = read_cache(path) if path is not None else ({}, {})
        self.compiled: Modules = {}
        self.programs: Patterns = {}

    def compile(self, source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        """compile(), from the cache for a support module's source."""
        if not (mode == "exec" and not args and not kwargs and isinstance(source, bytes)
                and isinstance(filename, str) and filename.startswith(SUPPORT_PREFIX)):
            return _compile(source, filename, mode, *args, **kwargs)
        entry = self.modules.get(filename)
        if entry is not None and entry[0] == source:
            return entry[1]
        code = _compile(source, filename, mode)
        self.compiled[filename] = (source, code)
        return code

    def compile_pattern(self, pattern: Any, flags: Any = 0) -> Any:
        """re._compiler.compile(), from the cache for a pattern compiled before."""
        key = (pattern, int(flags))
        program = self.patterns.get(key) if _is_pattern(key) else None
        if program is not None:
            with contextlib.suppress(Exception):  # a program _sre refuses: compiled afresh below
                return _sre_compile(pattern, *program)
        made: list[Program] = []

        def keep(p: Any, final_flags: Any, code: Any, groups: Any, groupindex: Any, indexgroup: Any) -> Any:
            made.append((int(final_flags), [int(op) for op in code], groups, dict(groupindex), tuple(indexgroup)))
            return _sre_compile(p, final_flags, code, groups, groupindex, indexgroup)

        _sre.compile = keep
        try:
            compiled = _compile_pattern(pattern, flags)
        finally:
            _sre.compile = _sre_compile
        if _is_pattern(key) and len(made) == 1 and _is_program(made[0]):
            self.programs[key] = made[0]
        return compiled

    @contextlib.contextmanager
    def answering(self) -> Iterator[None]:
        builtins.compile = self.compile
        re._compiler.compile = self.compile_pattern
        try:
            yield
        finally:
            builtins.compile = _compile
            re._compiler.compile = _compile_pattern
        if (self.compiled or self.programs) and self.path is not None:
            write_cache(self.path, {**self.modules, **self.compiled}, {**self.patterns, **self.programs})


_compile = builtins.compile
_compile_pattern = re._compiler.compile
_sre = re._compiler._sre
_sre_compile = _sre.compile


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
