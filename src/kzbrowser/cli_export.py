"""``kzbrowser export-party NAME -o FILE.{pdf,md,html}``: a party's profile on paper or as a file.

Markdown and HTML are made without Qt; a PDF is laid out by ui/printing.py (Qt, offscreen when there is no
display), imported only here. Every file is written atomically (kzbrowser.atomic): an existing file is replaced
only with --force, and a failed write leaves it as it was.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrowser.atomic import WriteError, check_target, write_atomically
from kzbrowser.read.citation import Source
from kzbrowser.read.parties import Parties

if TYPE_CHECKING:
    import argparse

FORMATS = ("pdf", "md", "html")


def export_party(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], sqlite3.Connection],
                 resolve: Callable[[Parties, str], str]) -> int:
    from kzbrowser.cli import EXIT_OK, CommandError

    out: Path = args.output
    try:
        check_target(out, replace=args.force)  # before the work: a folder, no such folder, a file not to replace
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in FORMATS:
            raise CommandError(f"cannot tell the format of {out}: give a file name ending in .pdf, .md or .html")
        conn = open_db(args)
        parties = Parties(conn)
        profile = parties.profile(resolve(parties, args.name))
        source = Source.from_db(conn)
        if fmt == "pdf":
            written = _pdf(profile, source, out, args.page_size or "locale", args.force)
        else:
            data = party_text(profile, source, fmt).encode("utf-8")

            def write(tmp: Path) -> None:
                tmp.write_bytes(data)

            written = write_atomically(out, write, replace=args.force,
                                       check=lambda tmp: None if tmp.read_bytes() == data else "the file is incomplete")
    except WriteError as exc:
        raise CommandError(f"export failed: {exc}") from None
    print(f"wrote {written}")
    return EXIT_OK


def party_text(profile: dict[str, Any], source: Source, fmt: str) -> str:
    """The profile as a Markdown ("md") or a standalone HTML ("html") file's text."""
    from kzbrowser.present.markdown import profile_markdown
    from kzbrowser.present.printable import profile_printable, standalone_html

    if fmt == "md":
        return profile_markdown(profile, source)
    return standalone_html(profile_printable(profile, source))


def _pdf(profile: dict[str, Any], source: Source, out: Path, size: str, force: bool) -> Path:
    from kzbrowser.present.printable import profile_printable

    title, html, citation = profile_printable(profile, source)
    return write_pdf_file(out, title, html, citation, size, force)


def write_pdf_file(out: Path, title: str, html: str, citation: str, size: str, force: bool) -> Path:
    """Lay out a printable document (the print protocol, ui/printing.py) on pages and write it as ``out``."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt, here only, needs no display
    from kzbrowser.ui.charts.export import ensure_gui_app
    from kzbrowser.ui.printing import Doc, PrintError, write_pdf

    ensure_gui_app()
    try:
        return write_pdf(out, Doc(title, html, citation), size, replace=force)
    except PrintError as exc:
        raise WriteError(exc.why) from None
