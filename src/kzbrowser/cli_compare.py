"""``kzbrowser compare NAME NAME [NAME...]``: 2 to 6 parties side by side, as text, JSON, Markdown or CSV.

Names go through the one resolver (read/names.py, via the command line's ``resolve``); files are written
atomically (kzbrowser.atomic): an existing file is replaced only with --force, a failed write leaves it as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kzbrowser.atomic import WriteError, write_atomically
from kzbrowser.present import compare_text as out
from kzbrowser.present.terminal import clean, print_json
from kzbrowser.read.citation import Source
from kzbrowser.read.compare import CompareError, compare, group_keys
from kzbrowser.read.parties import Parties

if TYPE_CHECKING:
    import argparse

SUFFIXES = (".md", ".csv", ".pdf")


def compare_command(args: argparse.Namespace, open_db: Callable[[argparse.Namespace], sqlite3.Connection],
                    resolve: Callable[[Parties, str], str]) -> int:
    from kzbrowser.cli import EXIT_OK, CommandError

    suffix = args.output.suffix.lower() if args.output else ""
    if args.output and suffix not in SUFFIXES:
        raise CommandError(f"compare -o: give a file ending in .pdf, .md or .csv, not {args.output.name!r}")
    conn = open_db(args)
    parties = Parties(conn)
    keys: list[str] = []
    for name in args.names:
        key = resolve(parties, name)
        if key in keys:
            raise CommandError(f"{name!r} names {parties.printed_names()[key]}, given already: give each party once")
        keys.append(key)
    try:
        for group in args.group:
            keys += [k for k in group_keys(conn, group) if k not in keys]
        source = Source.from_db(conn)
        cmp = compare(conn, keys, source)
    except CompareError as exc:
        raise CommandError(str(exc)) from None
    if args.output:
        try:
            if suffix == ".pdf":  # on pages, as File > Print lays it out in the window (Qt, imported only here)
                from kzbrowser.cli_export import write_pdf_file
                from kzbrowser.present.compare import printable

                written = write_pdf_file(args.output, *printable(cmp), source.reference(),
                                         args.page_size or "locale", args.force)
            else:
                text = out.to_markdown(cmp, source) if suffix == ".md" else out.to_csv(cmp)
                written = write_text(args.output, text, args.force)
            print(f"wrote {written}")
        except WriteError as exc:
            raise CommandError(str(exc)) from None
    elif args.json:
        print_json(out.to_data(cmp))
    else:
        print(clean(out.to_markdown(cmp, source) if args.markdown else out.to_text(cmp)), end="")
    return EXIT_OK


def write_text(path: Path, text: str, force: bool) -> Path:
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8", newline="")

    def check(tmp: Path) -> str | None:
        return None if tmp.read_bytes() == text.encode("utf-8") else "the file is incomplete"

    return write_atomically(path, write, replace=force, check=check)
