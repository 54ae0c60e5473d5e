"""Running ``python -m kzbrowser`` as a user would, and what every hostile probe of it asserts."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KZ = [sys.executable, "-m", "kzbrowser"]


@dataclass
class Ran:
    code: int
    out: bytes
    err: str


def kz(*args: str | bytes, env: dict[str, str] | None = None, stdout: Any = subprocess.PIPE,
       prefix: tuple[str, ...] = (), cwd: Path | None = None) -> Ran:
    """Run the command line (in ``cwd``); stdout as bytes (to check its encoding), stderr as text."""
    r = subprocess.run([*prefix, *KZ, *args], stdout=stdout, stderr=subprocess.PIPE, timeout=120, check=False,
                       env={**os.environ, **(env or {})}, cwd=cwd)
    return Ran(r.returncode, r.stdout or b"", r.stderr.decode("utf-8", "backslashreplace"))


def one_line_error(r: Ran, *words: str, code: int = 1) -> None:
    """The promise for a refused input: exit ``code``, one line on stderr that says why, never a traceback."""
    assert r.code == code, (r.code, r.err)
    assert "Traceback" not in r.err, r.err
    assert r.err.count("\n") == 1 and r.err.endswith("\n"), r.err
    for w in words:
        assert w in r.err, (w, r.err)


def state(path: Path) -> tuple[Any, ...]:
    """What a user would see of ``path`` (kind, links, permissions, contents), to compare before and after."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return ("missing",)
    link = os.readlink(path) if stat.S_ISLNK(st.st_mode) else None
    data = path.read_bytes() if stat.S_ISREG(st.st_mode) else None
    return (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), st.st_nlink, st.st_ino, link, data)
