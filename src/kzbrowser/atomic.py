"""Write a file so that a failure never leaves it half-written and never touches what was there before."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class WriteError(Exception):
    """The file could not be written; the message names it and says why. Nothing was changed."""


def write_atomically(target: Path | str, write: Callable[[Path], None]) -> None:
    """Call ``write(tmp)`` on a temporary file beside ``target``, then rename it over ``target``.

    The temporary file is made durable (fsync) and given ordinary permissions before the rename; on any
    failure it is removed and ``target`` is left as it was.
    """
    target = Path(target)
    if not target.name or target.is_dir():
        raise WriteError(f"cannot write {target}: give a file name, not a folder")
    folder = target.parent
    if folder.exists() and not folder.is_dir():
        raise WriteError(f"cannot write {target}: {folder} is not a folder")
    if not folder.is_dir():
        raise WriteError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteError(f"cannot write to the folder {folder}: {exc.strerror or exc}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        if tmp.stat().st_size == 0:
            raise WriteError(f"nothing was written to {target}")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # mkstemp makes the file private; the result is an ordinary file
        os.replace(tmp, target)
    except OSError as exc:
        raise WriteError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
