"""Write a file so that a failure never leaves it half-written and never touches what was there before."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from kzbrowser.translate import QT_TRANSLATE_NOOP, Message, MessageError


class WriteError(MessageError):
    """The file could not be written; the message names it and says why. Nothing was changed."""


def _said(template: str, **values: str | Message) -> Message:
    """Why a file was not written; ``template`` is marked QT_TRANSLATE_NOOP("Files", ...)."""
    return Message.of("Files", template, **values)


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)


class TargetExists(WriteError):
    """The target exists and replacing it was not asked for."""


def check_target(target: Path | str, *, replace: bool) -> Path:
    """The file a write to ``target`` will replace (a symlink's target, so the link survives), or a WriteError.

    Nothing that is not a regular file is ever replaced (a device such as /dev/null, a folder, a pipe), nor a file
    with other hard links (they would keep the old text unseen); an existing file only when ``replace`` is true.
    """
    target = Path(target)
    if not target.name:
        raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "cannot write {target}: give a file name, not a folder"),
                               target=str(target)))
    try:
        if target.is_symlink():
            target = target.resolve(strict=False)
        folder = target.parent
        if folder.exists() and not folder.is_dir():
            raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "cannot write {target}: {folder} is not a folder"),
                                   target=str(target), folder=str(folder)))
        if not folder.is_dir():
            raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "cannot write {target}: the folder {folder} does not "
                                                              "exist"), target=str(target), folder=str(folder)))
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except (OSError, RuntimeError) as exc:  # a name too long, a loop of links, no permission
        raise WriteError(_said(CANNOT, target=str(target), error=_reason(exc))) from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "cannot write {target}: it is a folder; give a file "
                                                              "name"), target=str(target)))
        if not stat.S_ISREG(st.st_mode):
            raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "not replacing {target}: it is not a regular file (a "
                                                              "device, pipe or socket)"), target=str(target)))
        if not replace:
            raise TargetExists(_said(QT_TRANSLATE_NOOP("Files", "{target} exists; not replacing it (choose another "
                                                                "name, or pass --force)"), target=str(target)))
        if st.st_nlink > 1:
            raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "not replacing {target}: it has other hard links, which "
                                                              "would keep the old contents; write to another name"),
                                   target=str(target)))
    return target


def write_atomically(target: Path | str, write: Callable[[Path], None], *, replace: bool = False,
                     check: Callable[[Path], str | Message | None] | None = None) -> Path:
    """Call ``write(tmp)`` on a temporary file beside ``target``, then rename it over ``target``; return the path
    written (a symlink's target).

    ``replace``: an existing regular file may be replaced (the user asked to). ``check(tmp)`` returns what is wrong
    with the written file (truncated, unreadable), or None: some writers, such as QPdfWriter, report no failure on a
    full disk. The temporary file is made durable (fsync) and gets the permissions of the file it replaces (or
    ordinary ones) before the rename; on any failure it is removed and ``target`` is left as it was.
    """
    target = check_target(target, replace=replace)
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name[:200]}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "cannot write to the folder {folder}: {error}"),
                               folder=str(folder), error=_reason(exc))) from None
    os.close(fd)
    tmp = Path(name)
    try:
        write(tmp)
        if tmp.stat().st_size == 0:
            raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "nothing was written to {target}"), target=str(target)))
        if check is not None and (problem := check(tmp)):
            raise WriteError(_said(QT_TRANSLATE_NOOP("Files", "cannot write {target}: {problem} (is the disk full?)"),
                                   target=str(target), problem=problem))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except FileNotFoundError:
            mask = os.umask(0)
            os.umask(mask)
            mode = 0o666 & ~mask  # mkstemp makes the file private; the result is an ordinary file
        os.chmod(tmp, mode)
        if replace:
            os.replace(tmp, target)
        else:
            _publish_new(tmp, target)
    except OSError as exc:
        raise WriteError(_said(CANNOT, target=str(target), error=_reason(exc))) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target


def _publish_new(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the name ``target`` only if nothing has that name yet: a file that appeared there while we
    wrote is never replaced (a hard link fails when the name exists; rename would not)."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise TargetExists(_said(APPEARED, target=str(target))) from None
    except OSError:  # a file system without hard links (FAT, some network shares): check once more, then rename
        if os.path.lexists(target):
            raise TargetExists(_said(APPEARED, target=str(target))) from None
        os.replace(tmp, target)


CANNOT = QT_TRANSLATE_NOOP("Files", "cannot write {target}: {error}")
APPEARED = QT_TRANSLATE_NOOP("Files", "{target} appeared while it was being written; not replacing it")
