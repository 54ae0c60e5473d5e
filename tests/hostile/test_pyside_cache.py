"""Hostile cache files (kzbrowser/ui/pyside_start.py): whatever lies under the cache's name, a start reads
nothing it cannot trust, never waits, never crashes, and never replaces or follows what it did not write."""

from __future__ import annotations

import errno
import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from tests.test_pyside_start import program_of

from kzbrowser.ui import pyside_start
from kzbrowser.ui.pyside_start import HEADER, MAX_BYTES, RUNTIME, cache_file, read_cache, write_cache

CODE = compile("X = 1\n", "shibokensupport/probe.py", "exec")
GOOD = {"shibokensupport/probe.py": (b"X = 1\n", 0, CODE)}  # (source, __future__ flags, code)
PATTERN = ("a(?P<x>b+)c", 64)  # re.VERBOSE
KEY = (False, *PATTERN)  # (is bytes, pattern, flags)
PATTERNS = {KEY: program_of(*PATTERN)}  # what re's compiler makes of it, seen by wrapping _sre.compile


def from_support(cache, pattern, flags):
    """cache.compile_pattern called as from one of shiboken's support modules (a module of that package)."""
    namespace = {"__name__": "shibokensupport.probe"}
    exec("def run(cache, pattern, flags):\n    return cache.compile_pattern(pattern, flags)\n", namespace)
    return namespace["run"](cache, pattern, flags)


def payload(modules: dict, patterns: dict | None = None, runtime: object = RUNTIME) -> bytes:
    return marshal.dumps({"modules": modules, "patterns": patterns or {}, "runtime": runtime})


def framed(body: bytes, crc: int | None = None) -> bytes:
    """A file as kzbrowser writes one around ``body`` (with its CRC, or ``crc``)."""
    return HEADER + (zlib.crc32(body) if crc is None else crc).to_bytes(4, "big") + body


def test_a_cache_as_written_is_read_back(tmp_path):  # the control for the probes below
    path = tmp_path / "c.cache"
    assert write_cache(path, GOOD, PATTERNS)
    modules, patterns = read_cache(path)
    assert list(modules) == ["shibokensupport/probe.py"]
    namespace: dict = {}
    exec(modules["shibokensupport/probe.py"][2], namespace)
    assert namespace["X"] == 1
    assert patterns == PATTERNS


UNUSABLE = {
    "empty": b"",
    "text": b"hello, this is not a cache\n",
    "another program's binary": bytes(range(256)) * 8,
    "the first line only": HEADER,
    "cut inside the CRC": HEADER + b"\x00\x01",
    "a wrong CRC": framed(payload(GOOD, PATTERNS), crc=12345),
    "cut short (the CRC of the whole)": framed(payload(GOOD, PATTERNS))[:-7],
    "a CRC-true body marshal cannot read": framed(b"\xff\xfe\xfd not marshal"),
    "a CRC-true body cut inside a code object": framed(payload(GOOD)[:-60]),
    "a list, not a table": framed(marshal.dumps([1, 2, 3])),
    "the first version's table": framed(marshal.dumps({"shibokensupport/a.py": (b"X = 1", CODE)})),
    "the second version's pairs": framed(payload({"shibokensupport/a.py": (b"X = 1", CODE)})),
    "text for the future flags": framed(payload({"shibokensupport/a.py": (b"X = 1", "0", CODE)})),
    "numbers for names": framed(payload({1: (b"x", CODE)})),
    "text for the source": framed(payload({"shibokensupport/a.py": ("X = 1", 0, CODE)})),
    "text for the code": framed(payload({"shibokensupport/a.py": (b"X = 1", 0, "X = 1")})),
    "four parts": framed(payload({"shibokensupport/a.py": (b"X = 1", 0, CODE, 3)})),
    "modules of another shape": framed(marshal.dumps({"modules": [1, 2], "patterns": {}, "runtime": RUNTIME})),
    "another header": b"kzbrowser: something else\n" + payload(GOOD),
    "another Python's (a patch release)": framed(payload(GOOD, PATTERNS, ("3.11.0 (main)", *RUNTIME[1:]))),
    "another regular expression engine's": framed(payload(GOOD, PATTERNS, (RUNTIME[0], 1, 2))),
    "no Python named": framed(marshal.dumps({"modules": GOOD, "patterns": PATTERNS})),
}


@pytest.mark.parametrize("content", UNUSABLE.values(), ids=UNUSABLE.keys())
def test_a_damaged_or_foreign_cache_is_not_used(tmp_path, content):
    path = tmp_path / "c.cache"
    path.write_bytes(content)
    assert read_cache(path) == ({}, {})


BAD_PROGRAMS = {
    "text for the program": ({KEY: "program"}, RUNTIME),
    "a short program": ({KEY: PATTERNS[KEY][:4]}, RUNTIME),
    "text in the code": ({KEY: (64, ["17"], 1, {"x": 1}, (None, "x"))}, RUNTIME),
    "a float for the flags": ({KEY: (64.0, *PATTERNS[KEY][1:])}, RUNTIME),
    "a number for a group name": ({KEY: (*PATTERNS[KEY][:3], {1: 1}, (None, "x"))}, RUNTIME),
    "flags as text in the key": ({(False, PATTERN[0], "64"): PATTERNS[KEY]}, RUNTIME),
    "text marked as bytes in the key": ({(True, *PATTERN): PATTERNS[KEY]}, RUNTIME),
    "the second version's key": ({PATTERN: PATTERNS[KEY]}, RUNTIME),
    "a list for the patterns": ([PATTERN], RUNTIME),
}


@pytest.mark.parametrize(("patterns", "runtime"), BAD_PROGRAMS.values(), ids=BAD_PROGRAMS.keys())
def test_a_compiled_pattern_of_another_shape_is_not_used(tmp_path, patterns, runtime):
    path = tmp_path / "c.cache"
    path.write_bytes(framed(marshal.dumps({"modules": GOOD, "patterns": patterns, "runtime": runtime})))
    modules, kept = read_cache(path)
    assert list(modules) == list(GOOD)  # the modules are sound
    assert kept == {}


def test_a_program_the_engine_refuses_is_compiled_afresh():
    # A program of the right shape but wrong: _sre checks it and refuses it; re's compiler then makes the pattern.
    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    final, code, groups, groupindex, indexgroup = PATTERNS[KEY]
    cache.patterns = {KEY: (final, [999999, *code[1:]], groups, groupindex, indexgroup)}
    compiled = from_support(cache, *PATTERN)
    assert compiled.pattern == PATTERN[0] and compiled.fullmatch("abbbc").group("x") == "bbb"
    assert cache.programs == PATTERNS  # the program re's compiler made, for the cache


def test_a_huge_file_is_not_read(tmp_path):
    path = tmp_path / "c.cache"
    body = payload(GOOD) + bytes(MAX_BYTES)  # marshal reads the table and leaves the rest
    assert list(pyside_start.marshal.loads(body)["modules"]) == list(GOOD)
    path.write_bytes(framed(body))  # sound, with its CRC, but bigger than any file kzbrowser writes
    assert read_cache(path) == ({}, {})


def special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "c.cache"
    if kind == "folder":
        path.mkdir()
    elif kind == "pipe":
        os.mkfifo(path)
    elif kind == "link to a device":
        path.symlink_to("/dev/zero")
    elif kind == "dangling link":
        path.symlink_to(tmp_path / "nowhere")
    elif kind == "link loop":
        path.symlink_to(path)
    return path


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", ["missing", "folder", "pipe", "link to a device", "dangling link", "link loop"])
def test_what_is_not_a_file_is_neither_read_nor_waited_on(tmp_path, kind):
    assert read_cache(special(tmp_path, kind)) == ({}, {})


def test_a_name_with_a_nul_is_not_read(tmp_path):
    assert read_cache(tmp_path / "c\0.cache") == ({}, {})


@pytest.mark.timeout(20)
@pytest.mark.parametrize("kind", ["folder", "pipe", "link to a device", "dangling link", "link loop"])
def test_what_is_not_a_file_is_never_replaced(tmp_path, kind):
    path = special(tmp_path, kind)
    before = os.readlink(path) if path.is_symlink() else None
    assert not write_cache(path, GOOD, PATTERNS)
    assert (os.readlink(path) if path.is_symlink() else None) == before
    assert path.is_dir() if kind == "folder" else True
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.cache"]  # no temporary file left behind


def test_a_link_to_a_users_file_is_neither_followed_nor_replaced(tmp_path):
    mine = tmp_path / "thesis.txt"
    mine.write_bytes(HEADER + b"my own words")  # even one that starts as a cache does
    path = tmp_path / "c.cache"
    path.symlink_to(mine)
    assert not write_cache(path, GOOD, PATTERNS)
    assert path.is_symlink() and mine.read_bytes() == HEADER + b"my own words"


def test_a_file_kzbrowser_did_not_write_is_never_replaced(tmp_path):
    path = tmp_path / "c.cache"
    path.write_bytes(b"notes the user keeps here\n")
    assert not write_cache(path, GOOD, PATTERNS)
    assert path.read_bytes() == b"notes the user keeps here\n"


def test_a_cache_with_another_hard_link_is_not_replaced(tmp_path):
    path = tmp_path / "c.cache"
    path.write_bytes(framed(b"old"))
    os.link(path, tmp_path / "other-name")
    assert not write_cache(path, GOOD, PATTERNS)
    assert path.read_bytes() == framed(b"old") == (tmp_path / "other-name").read_bytes()


def test_a_cache_of_an_older_kzbrowser_is_replaced(tmp_path):
    path = tmp_path / "c.cache"
    old = b"kzbrowser: PySide's compiled support code\n" + zlib.crc32(b"x").to_bytes(4, "big") + b"x"  # format 1
    path.write_bytes(old)
    assert read_cache(path) == ({}, {})
    assert write_cache(path, GOOD, PATTERNS)
    modules, patterns = read_cache(path)
    assert list(modules) == list(GOOD) and patterns == PATTERNS


def test_a_damaged_cache_of_kzbrowsers_is_replaced_by_a_sound_one(tmp_path):
    path = tmp_path / "c.cache"
    path.write_bytes(framed(b"damaged", crc=1))
    assert write_cache(path, GOOD, PATTERNS)
    assert list(read_cache(path)[0]) == ["shibokensupport/probe.py"]


def test_a_full_disk_leaves_the_old_cache_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "c.cache"
    old = framed(payload(GOOD))
    path.write_bytes(old)

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    assert not write_cache(path, {**GOOD, "shibokensupport/new.py": (b"Y = 2\n", 0, CODE)}, PATTERNS)
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.cache"]


def test_a_file_where_the_cache_folder_should_be(tmp_path):
    (tmp_path / "kzbrowser").write_text("a file, not a folder")
    path = tmp_path / "kzbrowser" / "c.cache"
    assert read_cache(path) == ({}, {})
    assert not write_cache(path, GOOD, PATTERNS)
    assert (tmp_path / "kzbrowser").read_text() == "a file, not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to a read-only folder all the same")
def test_a_read_only_cache_folder(tmp_path):
    folder = tmp_path / "kzbrowser"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert not write_cache(folder / "c.cache", GOOD, PATTERNS)
    finally:
        folder.chmod(0o700)


def test_marshal_is_never_given_a_body_whose_crc_is_wrong(tmp_path, monkeypatch):
    # marshal may crash the interpreter on damaged input: only a body whose CRC matches reaches it.
    path = tmp_path / "c.cache"
    path.write_bytes(framed(payload(GOOD), crc=7))
    given = []
    monkeypatch.setattr(pyside_start.marshal, "loads", lambda data: given.append(data) or {})
    assert read_cache(path) == ({}, {}) and given == []


STARTS = {
    "garbage under the cache's name": lambda d: (d / "kzbrowser").mkdir() or cache_file(
        {"XDG_CACHE_HOME": str(d)}).write_bytes(b"\x00garbage" * 999),
    "a pipe under the cache's name": lambda d: (d / "kzbrowser").mkdir() or os.mkfifo(
        cache_file({"XDG_CACHE_HOME": str(d)})),
    "a file where the cache folder should be": lambda d: (d / "kzbrowser").write_text("x"),
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("make", STARTS.values(), ids=STARTS.keys())
def test_the_window_starts_whatever_is_in_the_cache_folder(tmp_path, make):
    make(tmp_path)
    code = ("import sys; from kzbrowser.ui import app; from PySide6.QtCore import QTimer; a = app.application(); "
            "w = app.open_window(app.paths.database_path()); w.show(); QTimer.singleShot(300, a.quit); "
            "sys.exit(a.exec())")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=50, check=False,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path)))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr


def test_what_marshal_cannot_write_leaves_the_old_cache_as_it_was(tmp_path):
    path = tmp_path / "c.cache"
    old = framed(payload(GOOD))
    path.write_bytes(old)

    class Text(str):
        pass

    assert not write_cache(path, GOOD, {(False, Text("q+"), 0): PATTERNS[KEY]})
    assert path.read_bytes() == old


def test_compile_and_res_compiler_are_set_back_even_when_the_import_fails():
    import _sre
    import builtins
    import re._compiler

    from kzbrowser.ui.pyside_start import SupportCache

    before = builtins.compile, re._compiler.compile, _sre.compile
    cache = SupportCache(None)
    with pytest.raises(ImportError), cache.answering():
        assert builtins.compile == cache.compile and re._compiler.compile == cache.compile_pattern
        raise ImportError("PySide6 could not be imported")
    assert (builtins.compile, re._compiler.compile, _sre.compile) == before


def test_patterns_compiled_on_two_threads_at_once_are_each_kept_as_their_own():
    # The thread importing PySide compiles while another does too: each of its patterns keeps its own program.
    import threading

    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    patterns = {name: [f"{name}(?P<g>[{name}]+){i}x*" for i in range(150)] for name in ("a", "b")}
    start = threading.Barrier(2)

    def compile_all(name):
        start.wait()
        for pattern in patterns[name]:
            assert from_support(cache, pattern, 0).pattern == pattern

    with cache.answering():
        other = threading.Thread(target=compile_all, args=("b",))
        other.start()
        compile_all("a")  # on the thread that opened the window
        other.join()
    assert sorted(p for _, p, _ in cache.programs) == sorted(patterns["a"])  # the other thread's are not kept
    for (_, pattern, flags), program in cache.programs.items():
        assert program == program_of(pattern, flags), pattern


def test_a_pattern_from_elsewhere_is_compiled_by_re_and_not_kept():
    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    cache.patterns = {KEY: PATTERNS[KEY]}
    with cache.answering():
        import re

        assert re.compile("zz(?P<q>y)", 64).pattern == "zz(?P<q>y)"  # this test is not shiboken's support code
    assert cache.programs == {}


def test_with_re_debug_a_pattern_is_always_compiled_by_re(capsys):
    import re

    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    cache.patterns = {(False, "a(?P<x>b+)c", 128): PATTERNS[KEY]}
    from_support(cache, "a(?P<x>b+)c", re.DEBUG)
    assert "LITERAL" in capsys.readouterr().out  # re's own listing of the program
    assert cache.programs == {}


def test_only_what_a_start_used_is_written_back(tmp_path):
    # A pattern no start compiles any more (one holding a path, say) is not kept for ever.
    from kzbrowser.ui.pyside_start import SupportCache

    path = tmp_path / "c.cache"
    stale = (False, "/home/someone/old(?P<x>path)", 0)
    write_cache(path, GOOD, {**PATTERNS, stale: program_of(stale[1], 0)})
    cache = SupportCache(path)
    with cache.answering():
        from_support(cache, *PATTERN)  # from the cache
        from_support(cache, "new(?P<y>one)+", 0)  # compiled afresh: the cache is written again
    modules, patterns = read_cache(path)
    assert modules == {}  # no support module was compiled in this start
    assert set(patterns) == {KEY, (False, "new(?P<y>one)+", 0)}


def test_a_pattern_compiled_on_another_thread_meanwhile_is_not_kept():
    import threading

    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    with cache.answering():
        t = threading.Thread(target=from_support, args=(cache, "elsewhere(?P<z>x)", 0))
        t.start()
        t.join()
    assert cache.programs == {}


@pytest.mark.timeout(30)
def test_a_pattern_compiled_while_one_is_being_compiled_does_not_wait_for_it():
    # re's parser can run Python code mid-compile (a warning's handler); that code may compile a pattern too.
    import warnings

    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    inner = []

    def handler(message, category, filename, lineno, file=None, line=None):
        inner.append(from_support(cache, "inner(?P<i>x)", 0).pattern)

    with cache.answering(), warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = handler
        outer = from_support(cache, "[[a]x", 0)  # "Possible nested set": a FutureWarning from re's parser
    assert inner == ["inner(?P<i>x)"] and outer.pattern == "[[a]x"
