"""PySide's support code is compiled once and then read from kzbrowser's cache (kzbrowser/ui/pyside_start.py).

Each start is a fresh interpreter (the test process has PySide imported already). What a start compiled is seen
through compile() itself, wrapped before kzbrowser is imported; the support modules expected are those PySide
carries (the embedded archive its loader reads them from), not a list of kzbrowser's.
"""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from kzbrowser.ui.pyside_start import HEADER, cache_file

START = r"""
import builtins, json, pathlib, re._parser, sys  # pathlib: as the command line has it before the shell
real = builtins.compile
compiled = []
def counting(source, filename, *args, **kwargs):
    if isinstance(filename, str) and filename.startswith("shibokensupport/"):
        compiled.append(filename)
    return real(source, filename, *args, **kwargs)
builtins.compile = counting
real_parse = re._parser.parse
parsed = []  # the patterns of shiboken's support modules re's compiler parsed (the costly part of compiling)
def parsing(pattern, *args, **kwargs):
    frame = sys._getframe(1)
    while frame.f_globals.get("__name__", "") in ("re", "re._compiler", "kzbrowser.ui.pyside_start"):
        frame = frame.f_back
    if frame.f_globals.get("__name__", "").startswith("shibokensupport."):
        parsed.append(pattern)
    return real_parse(pattern, *args, **kwargs)
re._parser.parse = parsing
import kzbrowser.ui
re._parser.parse = real_parse
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
try:
    QObject().setObjectName(5)
except TypeError as exc:  # said by the support code (signature.errorhandler)
    error = str(exc)
loader = sys.modules["shibokensupport.signature.loader"].__loader__
print(json.dumps({
    "compiled": sorted(compiled),
    "parsed": len(parsed),
    "support": sorted(n for n in loader.zfile.namelist() if n.startswith("shibokensupport/") and n.endswith(".py")),
    "compile_restored": builtins.compile is counting,
    "signatures": [QObject.setObjectName.__doc__, QWidget.resize.__doc__, error],  # from the signature module
}))
"""


def start(env: dict[str, str]) -> dict:
    r = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, timeout=60, check=False,
                       env=dict(env, QT_QPA_PLATFORM="offscreen"))
    assert r.returncode == 0 and r.stderr == "", r.stderr
    return json.loads(r.stdout)


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "HOME")}
    return dict(env, **extra)


def test_a_first_start_compiles_and_caches_pysides_support_code_and_the_next_reads_it(tmp_path):
    env = clean_env(XDG_CACHE_HOME=str(tmp_path))
    first = start(env)
    assert len(first["support"]) >= 10  # signature, feature and their helpers (13 in PySide 6.11)
    assert first["compiled"] == first["support"]
    cached = list((tmp_path / "kzbrowser").iterdir())
    assert [p.name for p in cached] == [cache_file(env).name] and cached[0].read_bytes().startswith(HEADER)

    assert first["parsed"] >= 3  # the signature parser's and the stub writer's patterns

    second = start(env)
    assert second["compiled"] == []  # every support module from the cache
    assert second["parsed"] == 0  # every pattern too
    assert second["signatures"] == first["signatures"]
    assert first["signatures"][:2] == ["setObjectName(self, name: str, /) -> None",
                                       "resize(self, arg__1: PySide6.QtCore.QSize, /) -> None\n"
                                       "resize(self, w: int, h: int, /) -> None"]
    assert "setObjectName" in first["signatures"][2] and "int" in first["signatures"][2]
    assert first["compile_restored"] and second["compile_restored"]  # compile() is Python's own again


def test_without_a_cache_folder_pyside_starts_as_it_always_did(tmp_path):
    result = start(clean_env())  # neither XDG_CACHE_HOME nor HOME: nowhere to keep a cache
    assert result["compiled"] == result["support"]
    assert result["compile_restored"]
    assert list(tmp_path.iterdir()) == []


def test_a_support_module_whose_source_changed_is_compiled_again_and_cached_anew(tmp_path):
    env = clean_env(XDG_CACHE_HOME=str(tmp_path))
    start(env)
    path = cache_file(env)
    entries = marshal.loads(path.read_bytes()[len(HEADER) + 4:])
    name = "shibokensupport/feature.py"
    source, future, code = entries["modules"][name]
    entries["modules"][name] = (source + b"\n# an older PySide\n", future, code)  # as from another PySide
    body = marshal.dumps(entries)
    path.write_bytes(HEADER + zlib.crc32(body).to_bytes(4, "big") + body)

    assert start(env)["compiled"] == [name]
    assert marshal.loads(path.read_bytes()[len(HEADER) + 4:])["modules"][name][0] == source
    assert start(env)["compiled"] == []


def test_each_cached_pattern_is_the_program_res_compiler_makes_of_it(tmp_path):
    env = clean_env(XDG_CACHE_HOME=str(tmp_path))
    start(env)
    patterns = marshal.loads(cache_file(env).read_bytes()[len(HEADER) + 4:])["patterns"]
    assert len(patterns) >= 3  # the signature parser's and the stub writer's, and the standard library's
    for (_, pattern, flags), program in patterns.items():
        assert program == program_of(pattern, flags), pattern


def test_no_cached_pattern_is_one_res_parser_warns_of(tmp_path):
    # A cached pattern skips re's parser, and so any warning it gives (a possible nested set...): none may.
    import re._compiler
    import warnings

    env = clean_env(XDG_CACHE_HOME=str(tmp_path))
    start(env)
    patterns = marshal.loads(cache_file(env).read_bytes()[len(HEADER) + 4:])["patterns"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for _, pattern, flags in patterns:
            re._compiler.compile(pattern, flags)


def program_of(pattern: str, flags: int) -> tuple:
    """What re's compiler hands _sre for ``pattern`` now, in this process (seen by wrapping _sre.compile, not
    through kzbrowser's code). Also used by tests/hostile/test_pyside_cache.py."""
    import _sre
    import re._compiler

    made = []
    real = _sre.compile
    _sre.compile = lambda *args: made.append(args) or real(*args)
    try:
        re._compiler.compile(pattern, flags)
    finally:
        _sre.compile = real
    _, final, code, groups, groupindex, indexgroup = made[0]
    return int(final), [int(op) for op in code], groups, dict(groupindex), tuple(indexgroup)


@pytest.mark.parametrize(("env", "expected"), [
    ({"XDG_CACHE_HOME": "/var/cache/u", "HOME": "/home/u"}, "/var/cache/u/kzbrowser"),
    ({"XDG_CACHE_HOME": "relative/cache", "HOME": "/home/u"}, "/home/u/.cache/kzbrowser"),  # the spec ignores it
    ({"XDG_CACHE_HOME": "", "HOME": "/home/u"}, "/home/u/.cache/kzbrowser"),
    ({"HOME": "/home/u"}, "/home/u/.cache/kzbrowser"),
])
def test_the_cache_is_in_the_xdg_cache_folder(env, expected):
    path = cache_file(env)
    assert path is not None and str(path.parent) == expected
    assert path.name.startswith("pyside-support-") and path.suffix == ".cache"


def test_no_cache_file_without_a_home():
    assert cache_file({}) is None
    assert cache_file({"XDG_CACHE_HOME": "relative"}) is None


def test_each_python_has_its_own_cache_file():
    # Marshalled code is read only by the Python version that wrote it: the bytecode's magic number is in the name.
    from importlib.util import MAGIC_NUMBER

    assert MAGIC_NUMBER.hex() in cache_file({"HOME": "/h"}).name
    assert Path(cache_file({"HOME": "/h"})).parent == Path("/h/.cache/kzbrowser")


def test_an_optimised_python_has_a_cache_of_its_own(tmp_path):
    # python -OO strips docstrings and asserts: its code must never be given to a plain python, nor the reverse.
    env = clean_env(XDG_CACHE_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    code = ("import sys, kzbrowser.ui; "
            "print(sys.modules['shibokensupport.signature.lib.tool'].build_brace_pattern.__doc__ is None)")
    runs = [subprocess.run([sys.executable, *flags, "-c", code], capture_output=True, text=True, env=env,
                           timeout=60, check=True).stdout.split() for flags in (["-OO"], [], ["-OO"], [])]
    assert runs == [["True"], ["False"], ["True"], ["False"]]
    assert len(list((tmp_path / "kzbrowser").iterdir())) == 2


@pytest.mark.parametrize("caller_future", ["from __future__ import annotations\n", ""])
def test_a_module_is_compiled_with_the_future_features_of_the_code_calling_compile(caller_future):
    # compile() inherits the __future__ features of the code that calls it (PySide's loader); so does the cache's.
    import builtins

    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    source = b"def f(x: not_defined_anywhere): pass\n"
    caller = caller_future + ("mine = cache.compile(source, 'shibokensupport/f.py', 'exec')\n"
                              "theirs = real(source, 'shibokensupport/f.py', 'exec')\n")
    namespace = {"cache": cache, "real": builtins.compile, "source": source}
    exec(builtins.compile(caller, "<PySide's loader>", "exec", dont_inherit=True), namespace)
    for code in (namespace["mine"], namespace["theirs"]):
        if caller_future:
            exec(code, {})  # the annotation is kept as text: nothing is looked up
        else:
            with pytest.raises(NameError):
                exec(code, {})
    assert cache.compiled["shibokensupport/f.py"][2] is namespace["mine"]


def test_a_compile_the_cache_does_not_answer_inherits_the_callers_future_features_not_kzbrowsers():
    # kzbrowser's module has `from __future__ import annotations`; code calling compile() meanwhile must not get it.
    import builtins

    from kzbrowser.ui.pyside_start import SupportCache

    cache = SupportCache(None)
    caller = "code = cache.compile('def f(x: int): pass', '<a script>', 'exec')\n"
    namespace = {"cache": cache}
    exec(builtins.compile(caller, "<no future>", "exec", dont_inherit=True), namespace)
    defined: dict = {}
    exec(namespace["code"], defined)
    assert defined["f"].__annotations__ == {"x": int}  # evaluated, as without the cache; not the text "int"
