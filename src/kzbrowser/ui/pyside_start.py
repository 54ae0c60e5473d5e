"""PySide's own start-up, as the window needs it: imported by kzbrowser/ui/__init__.py before any other module of
the shell, and itself never importing Qt before start_pyside() does.

Two things PySide does at every start are spared: compiling its support code and that code's regular expressions
(a cache of what they compile to, see SupportCache), and reading the source of every module imported after it
(_skip_pyside_source_scan).
"""

from __future__ import annotations
import __future__  # the features a compile() inherits (FUTURE_FLAGS)

import _thread
import builtins
import contextlib
import marshal
import os
import re._compiler
import stat
import sys
import types
import zlib
from collections.abc import Iterator, Mapping
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from typing import Any

from kzbrowser.paths import xdg_home

# The cache file: its first line, then the CRC-32 of the rest (4 bytes, big-endian), then the rest, marshalled:
# {"modules": {file name: (source, future flags, code object)},
#  "patterns": {(is bytes, pattern, flags): the program re's compiler makes of it}, "runtime": RUNTIME}.
# Marshalled code is what a .pyc holds: it is read only by the Python that wrote it, at the optimisation level it
# was compiled at (both in the file's name), and only where its CRC matches, so that a damaged file is never
# handed to marshal (which may crash on damaged input). A program is checked by _sre (which refuses a malformed
# one) before it runs.
OURS = b"kzbrowser: PySide's compiled support code"  # how every version of the file starts
HEADER = OURS + b", 3\n"  # this version's first line
# The Python that made the entries: its exact version (a patch release may change what compile() or re's
# compiler make, without a new bytecode number) and its regular expression engine's.
RUNTIME = (sys.version, re._compiler._sre.MAGIC, re._compiler._sre.CODESIZE)
MAX_BYTES = 8 << 20  # the cache is ~0.35 MB; a bigger file is not one kzbrowser wrote, and is not read
SUPPORT_PREFIX = "shibokensupport/"  # the names shiboken compiles its support modules under
SUPPORT_PACKAGE = "shibokensupport."  # and their module names
# The __future__ features a compile() inherits from the code that calls it.
FUTURE_FLAGS = sum(getattr(__future__, name).compiler_flag for name in __future__.all_feature_names)

Modules = dict[str, tuple[bytes, int, types.CodeType]]  # file name -> (source, future flags, code object)
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]  # _sre.compile's arguments
Patterns = dict[tuple[bool, str | bytes, int], Program]  # (is bytes, pattern, flags) -> its program


def cache_file(env: Mapping[str, str] | None = None) -> Path | None:
    """Where the cache lives: $XDG_CACHE_HOME/kzbrowser, else ~/.cache/kzbrowser (each only if an absolute path,
    as the XDG spec asks); None when there is neither. One file per Python bytecode version and optimisation
    level (-O, -OO), as for .pyc files."""
    folder = xdg_home("XDG_CACHE_HOME", ".cache", env)
    if folder is None or not folder.is_absolute():  # (a relative HOME would put it wherever kzbrowser was started)
        return None
    level = f".opt-{sys.flags.optimize}" if sys.flags.optimize else ""
    return folder / "kzbrowser" / f"pyside-support-{MAGIC_NUMBER.hex()}{level}.cache"


def read_cache(path: Path) -> tuple[Modules, Patterns]:
    """The cached code objects by file name, and the compiled patterns; empty for a file that is missing,
    unreadable, not one kzbrowser wrote, damaged (its CRC) or of another shape, and each entry of another shape
    left out."""
    data = _read_regular(path, MAX_BYTES + 1)
    if data is None:
        return {}, {}
    body = data[len(HEADER) + 4:]
    if (not data.startswith(HEADER)  # (a file over MAX_BYTES, read in part, fails its CRC)
            or int.from_bytes(data[len(HEADER):len(HEADER) + 4], "big") != zlib.crc32(body)):
        return {}, {}
    try:
        entries = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return {}, {}
    if not isinstance(entries, dict) or entries.get("runtime") != RUNTIME:
        return {}, {}
    modules, patterns = entries.get("modules"), entries.get("patterns")
    modules = {name: entry for name, entry in (modules.items() if isinstance(modules, dict) else ())
               if type(name) is str and isinstance(entry, tuple) and len(entry) == 3 and type(entry[0]) is bytes
               and type(entry[1]) is int and isinstance(entry[2], types.CodeType)}
    if not isinstance(patterns, dict):
        return modules, {}
    return modules, {key: program for key, program in patterns.items() if _is_pattern(key) and _is_program(program)}


def _is_pattern(key: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 3 and type(key[0]) is bool
            and type(key[1]) is (bytes if key[0] else str) and type(key[2]) is int)


def _is_program(p: object) -> bool:
    return (isinstance(p, tuple) and len(p) == 5 and type(p[0]) is int and isinstance(p[1], list)
            and all(type(op) is int for op in p[1]) and type(p[2]) is int and isinstance(p[3], dict)
            and all(type(k) is str and type(v) is int for k, v in p[3].items())
            and isinstance(p[4], tuple) and all(g is None or type(g) is str for g in p[4]))


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

    try:
        body = marshal.dumps({"modules": modules, "patterns": patterns, "runtime": RUNTIME})

        def write(tmp: Path) -> None:
            tmp.write_bytes(HEADER + zlib.crc32(body).to_bytes(4, "big") + body)

        if os.path.lexists(path) and (not stat.S_ISREG(os.lstat(path).st_mode)
                                      or _read_regular(path, len(OURS)) != OURS):
            return False
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # 0700: as the XDG spec asks
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
    takes to its first frame here (callgrind). While PySide6 is imported, compile() is given the cached code
    object of a support module whose source is byte for byte the one it was compiled from, under the same
    __future__ features (those of the code calling compile()); anything else is compiled by compile() itself, and
    a support module compiled afresh (the first start, a new PySide) is written to the cache afterwards.

    Those modules' regular expressions (the signature parser's and the stub writer's, built from nested brace
    patterns) take re's compiler longer still, at every start: with both from the cache, the bare window takes 370
    million (about a fifth less time; scripts/bench_startup.py). While PySide6 is imported, a pattern that a support
    module or the standard library compiles (as PySide's imports run), never one with re.DEBUG, and that was
    compiled before with the same flags, is made from the program re's compiler made of it then (_sre.compile, with
    the arguments the compiler passed); any other is compiled by re, and the program of one of theirs is kept for
    the cache. (A hit skips re's parser, and with it any warning the parser would give: these patterns give none,
    as a test checks.)
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.modules, self.patterns = read_cache(path) if path is not None else ({}, {})
        self.compiled: Modules = {}
        self.programs: Patterns = {}
        self._lock = _thread.RLock()  # one pattern kept at a time (see compile_pattern)
        self._owner = _thread.get_ident()  # the thread that imports PySide: only its compiling is cached
        # What this start used of the cache: with what it compiled afresh, all that is written back (so that what
        # no start uses any more, a pattern of a path or a module of an older PySide, goes)
        self.used_modules: Modules = {}
        self.used_patterns: Patterns = {}
        # compile(), re's compiler and _sre.compile as they are when answering() starts (and are set back to)
        self._compile: Any = builtins.compile
        self._compile_pattern: Any = re._compiler.compile
        self._sre_compile: Any = _sre.compile

    def compile(self, source: Any, filename: Any, mode: Any, flags: Any = 0, dont_inherit: Any = False,
                optimize: Any = -1, **kwargs: Any) -> Any:
        """compile(), from the cache for a support module's source. What any call inherits is its caller's
        __future__ features (as compile() does), not this module's."""
        support = (mode == "exec" and flags == 0 and not dont_inherit and optimize == -1 and not kwargs
                   and type(source) is bytes and type(filename) is str and filename.startswith(SUPPORT_PREFIX)
                   and _thread.get_ident() == self._owner)
        if not dont_inherit and type(flags) is int:
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
            dont_inherit = True
        if not support:
            return self._compile(source, filename, mode, flags, dont_inherit, optimize, **kwargs)
        entry = self.modules.get(filename)
        if entry is not None and entry[0] == source and entry[1] == flags:
            self.used_modules[filename] = entry
            return entry[2]
        code = self._compile(source, filename, mode, flags, True)
        self.compiled[filename] = (source, flags, code)
        return code

    def compile_pattern(self, pattern: Any, flags: Any = 0) -> Any:
        """re._compiler.compile(), from the cache for a pattern compiled before (see the class)."""
        if not (type(pattern) in (str, bytes) and type(flags) is int and not flags & re._compiler.SRE_FLAG_DEBUG
                and _thread.get_ident() == self._owner and _called_from_support_or_stdlib()):
            return self._compile_pattern(pattern, flags)
        key = (type(pattern) is bytes, pattern, flags)
        program = self.patterns.get(key)
        if program is not None:
            with contextlib.suppress(Exception):  # a program _sre refuses: compiled afresh below
                compiled = self._sre_compile(pattern, *program)
                self.used_patterns[key] = program
                return compiled
        # The program is what re's compiler hands _sre.compile: seen there, for this pattern on this thread only
        # (with the lock, no other pattern is being kept meanwhile; re-entered, from a warning's handler say, the
        # inner call sets the real _sre.compile back and the outer one keeps nothing).
        made: list[Program] = []
        real = self._sre_compile

        def keep(p: Any, final_flags: Any, code: Any, groups: Any, groupindex: Any, indexgroup: Any) -> Any:
            if p is pattern and _thread.get_ident() == self._owner:
                made.append((int(final_flags), [int(op) for op in code], groups, dict(groupindex),
                             tuple(indexgroup)))
            return real(p, final_flags, code, groups, groupindex, indexgroup)

        with self._lock:
            _sre.compile = keep
            try:
                compiled = self._compile_pattern(pattern, flags)
            finally:
                _sre.compile = real
        if len(made) == 1 and _is_program(made[0]):
            self.programs[key] = made[0]
        return compiled

    @contextlib.contextmanager
    def answering(self) -> Iterator[None]:
        self._owner = _thread.get_ident()
        self._compile, self._compile_pattern, self._sre_compile = (builtins.compile, re._compiler.compile,
                                                                   _sre.compile)
        builtins.compile = self.compile
        re._compiler.compile = self.compile_pattern
        try:
            yield
        finally:
            builtins.compile = self._compile
            re._compiler.compile = self._compile_pattern
            _sre.compile = self._sre_compile
        if (self.compiled or self.programs) and self.path is not None:
            write_cache(self.path, {**self.used_modules, **self.compiled}, {**self.used_patterns, **self.programs})


_sre = re._compiler._sre


def _called_from_support_or_stdlib() -> bool:
    """Whether the pattern being compiled comes from one of shiboken's support modules or from the standard
    library (the first caller outside the re package)."""
    frame: types.FrameType | None = sys._getframe(2)
    while frame is not None and (frame.f_globals.get("__name__") or "").partition(".")[0] == "re":
        frame = frame.f_back
    name = (frame.f_globals.get("__name__") or "") if frame is not None else ""
    return name.startswith(SUPPORT_PACKAGE) or name.partition(".")[0] in sys.stdlib_module_names


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
