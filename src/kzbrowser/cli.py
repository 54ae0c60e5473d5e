"""The ``kzbrowser`` command. With no arguments it opens the window; subcommands work without a display."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kzbrowser import paths
from kzbrowser.present.terminal import clean, print_json, setup_streams
from kzbrowser.read.db import DatabaseError, connect
from kzbrowser.read.parties import Parties, UnknownParty

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_ERROR = 0, 1  # argparse exits 2 on a usage error
class CommandError(Exception):
    """A one-line message for the user; the command exits non-zero."""


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # the window: straight there, without building the command-line parser
        return _open_window(None)
    setup_streams()
    from kzbrowser.cli_args import parser

    ap = parser()
    args = ap.parse_args(argv)
    if args.command is None:
        return _open_window(args.db)
    handler: Callable[[argparse.Namespace], int] = COMMANDS[args.command]
    try:
        code = handler(args)
        sys.stdout.flush()  # a full disk under stdout is seen here, not at exit
        return code
    except (CommandError, DatabaseError) as exc:
        msg = exc.reason if isinstance(exc, DatabaseError) else str(exc)
        where = f"{exc.path}: " if isinstance(exc, DatabaseError) else ""
        return _fail(f"{where}{msg}")
    except sqlite3.Error as exc:  # a file that passed the checks at open but fails when read (a damaged index)
        db = getattr(args, "db", None) or paths.database_path()
        return _fail(f"{db}: the database could not be read ({exc}); 'kzbrowser verify' checks it")
    except BrokenPipeError:  # `kzbrowser search x | head`: the reader has what it wanted
        _drop_stdout()
        return EXIT_OK
    except OSError as exc:  # stdout on a full disk, a file that cannot be read
        _drop_stdout()
        where = f"{exc.filename}: " if exc.filename else "cannot write the output: "
        return _fail(where + (exc.strerror or str(exc)))
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise is one line, never a traceback: say what happened and where to report
        return _fail(f"unexpected error ({type(exc).__name__}: {exc}); please report it")


def _fail(message: str) -> int:
    """Print the one line of an error on stderr; the exit code."""
    print(clean(f"kzbrowser: {message}").replace("\n", " "), file=sys.stderr)
    return EXIT_ERROR


def _drop_stdout() -> None:
    """Point stdout at the null device, so that the flush at exit does not fail (and print) a second time."""
    import os

    try:
        fd = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (a test's capture)
        return
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, fd)
    os.close(null)


def _open_window(db: Path | None) -> int:
    import gc

    # Start-up makes a great many objects (PySide's types and enums, the window) and frees few, so the cycle
    # collector would walk them again and again for nothing (about 5% of start-up). ui.app.run turns it back on
    # once the window is up.
    gc.disable()
    from kzbrowser.ui.app import run  # Qt is imported only for the window

    return run(db)


def _open(args: argparse.Namespace) -> sqlite3.Connection:
    return connect(args.db or paths.database_path())


def cmd_build(args: argparse.Namespace) -> int:
    from kzbrowser.build.pipeline import BuildError, build

    try:
        out = build(args.output, force=args.force)
    except BuildError as exc:
        first, *rest = str(exc).split("\n")
        raise CommandError(f"build failed: {first}" + (f" (and {len(rest)} more)" if rest else "")) from None
    print(f"wrote {out}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from kzbrowser.read.verify import report

    conn = _open(args)
    rep = report(conn)
    if args.json:
        print_json(rep)
    else:
        print(f"database: {args.db or paths.database_path()}")
        for line in rep["lines"]:
            print(clean(line))
    if not rep["ok"]:
        raise CommandError("verification failed: " + "; ".join(rep["problems"]))
    return EXIT_OK


def cmd_parties(args: argparse.Namespace) -> int:
    parties = Parties(_open(args)).summaries()
    if args.json:
        print_json([p._asdict() for p in parties])
        return EXIT_OK
    print(f"{'Party':<54}{'Members':>9}  Marks")
    for p in parties:
        marks = ["opposition"] if p.opposition else []
        marks += [] if p.in_poll else ["not registered at the poll"]
        name = p.full_name + (f" ({p.abbreviation})" if p.abbreviation else "")
        print(clean(f"{name:<54}{p.members_printed:>9}  {', '.join(marks)}"))
    return EXIT_OK


def _resolve(parties: Parties, name: str) -> str:
    """The key of the party ``name`` names; a note on stderr when it was reached through a 1999 name."""
    try:
        found = parties.resolve(name)
    except UnknownParty as exc:
        raise CommandError(exc.message(parties.printed_names())) from None
    if found.latin:
        print(clean(f"kzbrowser: note: {name} → {found.latin} (the article's spelling)"), file=sys.stderr)
    if found.note:
        print(clean(f"kzbrowser: note: {found.note}"), file=sys.stderr)
    assert found.key is not None
    return found.key


def cmd_party(args: argparse.Namespace) -> int:
    from kzbrowser.present.text_profile import format_profile

    conn = _open(args)
    parties = Parties(conn)
    key = _resolve(parties, args.name)
    prof = parties.profile(key)
    if args.json:
        print_json(prof)
    else:
        text = conn.execute("SELECT value FROM meta WHERE key = 'article_text'").fetchone()[0]
        print(format_profile(prof, text))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from kzbrowser.present.search_text import print_results, results_json
    from kzbrowser.read.search.engine import search

    if not args.query.strip():
        raise CommandError("the query is empty: give words to search for (see kzbrowser search --help)")
    conn = _open(args)
    key = _resolve(Parties(conn), args.party) if args.party is not None else None
    res = search(conn, args.query, party=key, scope=args.scope, limit=args.limit)
    if args.json:
        print_json(results_json(res))
    else:
        text = conn.execute("SELECT value FROM meta WHERE key = 'article_text'").fetchone()[0]
        print_results(res, text, color=sys.stdout.isatty())
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    from kzbrowser.cli_compare import compare_command

    return compare_command(args, _open, _resolve)


def cmd_export_chart(args: argparse.Namespace) -> int:
    import os

    # Qt is imported here only, and needs no display: with none, use the offscreen platform.
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kzbrowser.present.chart_options import OptionError, options
    from kzbrowser.read.chart_data import chart
    from kzbrowser.ui.charts.export import ExportError, ensure_gui_app, export

    try:
        years = None
        if args.years:
            first, _, last = args.years.partition("-")
            if not (first.isdigit() and last.isdigit() and int(first) <= int(last)):
                raise OptionError(f"--years wants FIRST-LAST, e.g. 2003-2004, not {args.years!r}")
            years = (int(first), int(last))
        opts = options(args.preset, args.width, args.height, args.font_scale, title=not args.no_title,
                       legend=not args.no_legend, notes=not args.no_notes, greyscale=args.greyscale, years=years)
    except OptionError as exc:
        raise CommandError(str(exc)) from None
    conn = _open(args)
    ensure_gui_app()
    try:
        out = export(chart(conn, args.chart), args.output, args.format, width=args.width, options=opts,
                     replace=args.force)
    except ExportError as exc:
        raise CommandError(f"export failed: {exc}") from None
    print(f"wrote {out}")
    return EXIT_OK


def cmd_export_party(args: argparse.Namespace) -> int:
    from kzbrowser.cli_export import export_party

    return export_party(args, _open, _resolve)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from kzbrowser import desktop

    try:
        home = desktop.data_home()
        if args.uninstall:
            removed, kept = desktop.uninstall(home)
            print(f"removed {len(removed)} files from {home}" if removed else f"nothing to remove in {home}")
            for path in kept:
                print(f"kzbrowser: kept {path}: changed since install-desktop wrote it", file=sys.stderr)
        else:
            written = desktop.install(home, desktop.launcher_command())
            print(f"installed the launcher and icons in {home} ({len(written)} files written)")
    except desktop.DesktopError as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK


def cmd_cite(args: argparse.Namespace) -> int:
    from kzbrowser.read.citation import Source
    from kzbrowser.read.cite_details import LABELS, DetailsError, details
    from kzbrowser.read.cite_formats import formatted

    try:
        given = details(**{name: getattr(args, name) for name in LABELS})
    except DetailsError as exc:
        raise CommandError(str(exc)) from None
    if args.format != "text" and (args.section or args.table or args.quote):
        raise CommandError("--section, --table and --quote give plain text: use them with --format text")
    conn = _open(args)
    source = Source.from_db(conn, given, args.style)
    if args.quote is not None:
        row = conn.execute("SELECT q.text, q.style, q.text_start, p.full_name FROM quotes q JOIN parties p "
                           "ON p.key = q.party_key WHERE q.id = ?", (args.quote,)).fetchone()
        if row is None:
            raise CommandError(f"no quote {args.quote}: 'kzbrowser party NAME --json' gives each quote's id")
        text = source.quote(row[0], row[3], 3, row[1], at=row[2])
    elif args.section is not None or args.table is not None:
        have = source.sections if args.section is not None else source.places.tables
        asked = args.section if args.section is not None else args.table
        if asked not in have:
            kind = "section" if args.section is not None else "table"
            has = f"it has {kind}s {min(have)}-{max(have)}" if have else f"the database lists no {kind}s"
            raise CommandError(f"the article has no {kind} {asked} ({has})")
        text = source.reference(args.section, args.table)
    else:
        text = formatted(source, args.format)
    print(clean(text.rstrip("\n")))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "build": cmd_build, "verify": cmd_verify, "parties": cmd_parties, "party": cmd_party, "search": cmd_search,
    "compare": cmd_compare,
    "export-chart": cmd_export_chart, "export-party": cmd_export_party, "install-desktop": cmd_install_desktop,
    "cite": cmd_cite,
}

if __name__ == "__main__":
    sys.exit(main())
