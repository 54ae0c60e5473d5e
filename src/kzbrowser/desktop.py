"""Install kzbrowser's launcher entry and icons for the current user, and remove them again.

Files go to the XDG data folder ($XDG_DATA_HOME, else ~/.local/share): applications/kzbrowser.desktop and
icons/hicolor/<size>/apps/kzbrowser.{png,svg}. A manifest beside them (kzbrowser/desktop-install.json) records
each file written with its SHA-256 and each folder made, so that uninstalling removes exactly those, and only
while they are as written. Nothing that kzbrowser did not write is ever replaced or removed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kzbrowser import paths
from kzbrowser.atomic import WriteError, write_atomically

DESKTOP_FILE = "kzbrowser.desktop"  # also the name Qt is given (ui.app), so that the window finds its entry
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
MANIFEST = Path("kzbrowser") / "desktop-install.json"


class DesktopError(Exception):
    """A one-line message for the user; nothing was changed."""


def data_home(env: dict[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME if it is an absolute path (the spec ignores relative ones), else ~/.local/share."""
    if (home := paths.xdg_home("XDG_DATA_HOME", ".local/share", env)) is not None:
        return home
    raise DesktopError("cannot tell where to install: neither XDG_DATA_HOME nor HOME is set")


def launcher_command() -> list[str]:
    """The command that started this process, as a desktop entry must give it: absolute, needing no PATH.

    The bundle's own executable; else the ``kzbrowser`` script that was run (pipx's ~/.local/bin link keeps working
    across upgrades, so it is not resolved); else this interpreter with ``-m kzbrowser``.
    """
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "kzbrowser" and script.is_file():
        return [str(script.absolute())]
    return [os.path.abspath(sys.executable), "-m", "kzbrowser"]


def exec_quote(arg: str) -> str:
    """One argument of an Exec line: quoted where the Desktop Entry rules say so, then escaped as a string value."""
    if any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`') or not arg:
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    arg = arg.replace("%", "%%")  # a field code otherwise, quoted or not
    return arg.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def desktop_entry(command: Sequence[str]) -> bytes:
    """resources/kzbrowser.desktop with Exec (and TryExec, which hides the entry once the program is gone) set to
    ``command``."""
    template = (paths.resources_dir() / DESKTOP_FILE).read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append("Exec=" + " ".join(exec_quote(a) for a in command))
            lines.append("TryExec=" + exec_quote(command[0]))
        else:
            lines.append(line)
    return ("\n".join(lines) + "\n").encode("utf-8")


def planned_files(home: Path, command: Sequence[str]) -> dict[Path, bytes]:
    """Every file install() writes, with its contents."""
    icons = paths.resources_dir() / "icons"
    files = {home / "applications" / DESKTOP_FILE: desktop_entry(command)}
    for size in ICON_SIZES:
        target = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "kzbrowser.png"
        files[target] = (icons / f"kzbrowser-{size}.png").read_bytes()
    files[home / "icons" / "hicolor" / "scalable" / "apps" / "kzbrowser.svg"] = (icons / "kzbrowser.svg").read_bytes()
    return files


# hashlib and json are imported where they are used: the window imports this module for its constants, and
# would otherwise load OpenSSL at start-up for nothing.
def _digest(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _read_manifest(home: Path) -> tuple[dict[str, str], list[str]]:
    """The files (path: SHA-256) and folders an earlier install() made under ``home``."""
    import json

    try:
        data = json.loads((home / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, []
    except (OSError, ValueError) as exc:
        raise DesktopError(f"cannot read {home / MANIFEST}: {exc}") from None
    files, folders = (data.get("files"), data.get("folders")) if isinstance(data, dict) else (None, None)
    if not (isinstance(files, dict) and isinstance(folders, list)
            and all(isinstance(v, str) for v in [*files, *files.values(), *folders])):
        raise DesktopError(f"{home / MANIFEST} is not a kzbrowser install record; not touching anything")
    return files, folders


def _current(path: Path) -> str | None:
    """The SHA-256 of the regular file at ``path``, None if there is nothing; a DesktopError for anything else."""
    if not os.path.lexists(path):
        return None
    if path.is_symlink() or not path.is_file():
        raise DesktopError(f"not replacing {path}: it is not a regular file that kzbrowser wrote")
    try:
        return _digest(path.read_bytes())
    except OSError as exc:
        raise DesktopError(f"cannot read {path}: {exc.strerror or exc}") from None


def install(home: Path, command: Sequence[str]) -> list[Path]:
    """Write the launcher entry and icons under ``home``; return the files written (those already so are skipped).

    Every target is checked before anything is written: one that exists and differs from what is planned is
    replaced only if the manifest says kzbrowser wrote it and it is unchanged since, else nothing is written.
    """
    recorded, folders = _read_manifest(home)
    planned = planned_files(home, command)
    to_write = []
    for target, data in planned.items():
        now = _current(target)
        if now == _digest(data):
            continue
        if now is not None and recorded.get(str(target)) != now:
            raise DesktopError(f"not replacing {target}: kzbrowser did not write it (or it was changed since); "
                               "move it away and run this again")
        to_write.append(target)
    written = []
    try:
        try:
            for target in to_write:
                for folder in reversed([target.parent, *target.parent.parents]):
                    if not folder.exists():
                        folder.mkdir()
                        folders.append(str(folder))
                write_atomically(target, _writer(planned[target]), replace=True)
                recorded[str(target)] = _digest(planned[target])
                written.append(target)
        finally:  # also after a failure part-way, so that --uninstall removes what was written
            _write_manifest(home, recorded, folders)
    except WriteError as exc:
        raise DesktopError(str(exc)) from None
    except OSError as exc:
        raise DesktopError(f"cannot install under {home}: {exc.strerror or exc}") from None
    return written


def _writer(data: bytes) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write


def _write_manifest(home: Path, files: dict[str, str], folders: list[str]) -> None:
    import json

    record = home / MANIFEST
    if not files:
        return
    if not record.parent.exists():
        record.parent.mkdir(parents=True)
        folders.append(str(record.parent))
    text = json.dumps({"files": files, "folders": folders}, indent=1)
    write_atomically(record, _writer(text.encode("utf-8")), replace=True)


def uninstall(home: Path) -> tuple[list[Path], list[Path]]:
    """Remove what install() wrote under ``home`` and is unchanged; return (removed, kept because changed since)."""
    files, folders = _read_manifest(home)
    removed, kept = [], []
    for name, digest in files.items():
        path = Path(name)
        try:
            now = _current(path)
        except DesktopError:  # a link or a folder in its place now: not ours
            now = ""
        if now is None:
            continue
        if now != digest:
            kept.append(path)
            continue
        try:
            path.unlink()
        except OSError as exc:
            raise DesktopError(f"cannot remove {path}: {exc.strerror or exc}") from None
        removed.append(path)
    with contextlib.suppress(FileNotFoundError):
        (home / MANIFEST).unlink()
    for folder in sorted(folders, key=len, reverse=True):
        with contextlib.suppress(OSError):  # not empty (something else is in it) or already gone: leave it
            Path(folder).rmdir()
    return removed, kept
