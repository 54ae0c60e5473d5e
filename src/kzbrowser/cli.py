"""The ``kzbrowser`` command. With no arguments it opens the window; subcommands work without a display."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrowser import __version__, paths
from kzbrowser.read.db import DatabaseError, connect
from kzbrowser.read.parties import Parties, UnknownParty

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_ERROR = 0, 1  # argparse exits 2 on a usage error


def _positive(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


class CommandError(Exception):
    """A one-line message for the user; the command exits non-zero."""


def _db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    import argparse

    # SUPPRESS on subcommands, so "kzbrowser --db X party Y" keeps X.
    p.add_argument("--db", type=Path, default=None if top else argparse.SUPPRESS,
                   help="database to read (default: the bundled data/kz.sqlite, or $KZBROWSER_DB)")


def parser() -> argparse.ArgumentParser:
    import argparse  # only for subcommands: `kzbrowser` alone goes straight to the window

    ap = argparse.ArgumentParser(prog="kzbrowser", description="Offline reference browser for V. Kurganskaia, "
                                 "'The Party System in Kazakhstan and the Ethnic Issue'. "
                                 "With no command, opens the window.")
    ap.add_argument("--version", action="version", version=f"kzbrowser {__version__}")
    _db_arg(ap, top=True)
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="build the database from the article")
    b.add_argument("--force", action="store_true",
                   help="replace OUTPUT even if it is not a kzbrowser database")
    b.add_argument("-o", "--output", type=Path, default=None, help="where to write (default: data/kz.sqlite)")
    v = sub.add_parser("verify", help="check a database: integrity, schema version, spans, consistency report")
    _db_arg(v)
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    ps = sub.add_parser("parties", help="list the 12 parties")
    _db_arg(ps)
    ps.add_argument("--json", action="store_true", help="print JSON")
    pt = sub.add_parser("party", help="a party's full profile, with source spans")
    _db_arg(pt)
    pt.add_argument("name", help="any name, variant or abbreviation, e.g. Otan, CPK, 'Auyl'")
    pt.add_argument("--json", action="store_true", help="print JSON")
    _search_parser(sub)
    _export_chart_parser(sub)
    d = sub.add_parser("install-desktop", help="add kzbrowser to your applications menu (this user only)")
    d.add_argument("--uninstall", action="store_true", help="remove what install-desktop installed")
    return ap


def _export_chart_parser(sub: Any) -> None:
    ec = sub.add_parser("export-chart", help="export a chart as PNG, SVG, PDF or its data as CSV (no display needed)")
    _db_arg(ec)
    ec.add_argument("chart", choices=["membership", "poll", "assessment", "timeline"],
                    help="Table 1, Table 3, Table 4, or the timeline of section 3")
    ec.add_argument("--format", choices=["png", "svg", "pdf", "csv"], default=None,
                    help="file format (default: from the output file's suffix)")
    ec.add_argument("--width", type=int, default=None, help="PNG width in pixels (default: 960)")
    ec.add_argument("-o", "--output", type=Path, required=True, help="the file to write")


def _search_parser(sub: Any) -> None:
    import argparse

    from kzbrowser.read.search.engine import QUERY_HELP

    se = sub.add_parser("search", help="search the quotes and the article", epilog=QUERY_HELP,
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    _db_arg(se)
    se.add_argument("query", help="what to look for (see below)")
    se.add_argument("--json", action="store_true", help="print JSON")
    se.add_argument("--party", help="only this party's texts (any name, variant or abbreviation)")
    se.add_argument("--limit", type=_positive, default=50, help="at most N results per group (default: 50)")
    only = se.add_mutually_exclusive_group()
    only.add_argument("--quotes-only", dest="scope", action="store_const", const="quotes", default="all")
    only.add_argument("--article-only", dest="scope", action="store_const", const="article")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv:  # the window: straight there, without building the command-line parser
        return _open_window(None)
    ap = parser()
    args = ap.parse_args(argv)
    if args.command is None:
        return _open_window(args.db)
    handler: Callable[[argparse.Namespace], int] = COMMANDS[args.command]
    try:
        return handler(args)
    except (CommandError, DatabaseError) as exc:
        msg = exc.reason if isinstance(exc, DatabaseError) else str(exc)
        where = f"{exc.path}: " if isinstance(exc, DatabaseError) else ""
        print(f"kzbrowser: {where}{msg}".replace("\n", " "), file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as exc:  # a file that passed the checks at open but fails when read (a damaged index)
        db = getattr(args, "db", None) or paths.database_path()
        print(f"kzbrowser: {db}: the database could not be read ({exc}); 'kzbrowser verify' checks it",
              file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK


def _open_window(db: Path | None) -> int:
    import gc

    # Start-up makes a great many objects (PySide's types and enums, the window) and frees few, so the cycle
    # collector would walk them again and again for nothing (about 5% of start-up). ui.app.run turns it back on
    # once the window is up.
    gc.disable()
    from kzbrowser.ui.app import run  # Qt is imported only for the window

    return run(db)


def _print_json(data: object) -> None:
    import json  # not at module level: `kzbrowser` with no command goes straight to the window

    print(json.dumps(data, ensure_ascii=False, indent=2))


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
        _print_json(rep)
    else:
        print(f"database: {args.db or paths.database_path()}")
        for line in rep["lines"]:
            print(line)
    if not rep["ok"]:
        raise CommandError("verification failed: " + "; ".join(rep["problems"]))
    return EXIT_OK


def cmd_parties(args: argparse.Namespace) -> int:
    parties = Parties(_open(args)).summaries()
    if args.json:
        _print_json([p._asdict() for p in parties])
        return EXIT_OK
    print(f"{'Party':<54}{'Members':>9}  Marks")
    for p in parties:
        marks = ["opposition"] if p.opposition else []
        marks += [] if p.in_poll else ["not registered at the poll"]
        name = p.full_name + (f" ({p.abbreviation})" if p.abbreviation else "")
        print(f"{name:<54}{p.members_printed:>9}  {', '.join(marks)}")
    return EXIT_OK


def _resolve(parties: Parties, name: str) -> str:
    """The key of the party ``name`` names; a note on stderr when it was reached through a 1999 name."""
    try:
        found = parties.resolve(name)
    except UnknownParty as exc:
        raise CommandError(exc.message(parties.printed_names())) from None
    if found.note:
        print(f"kzbrowser: note: {found.note}", file=sys.stderr)
    assert found.key is not None
    return found.key


def cmd_party(args: argparse.Namespace) -> int:
    from kzbrowser.present.text_profile import format_profile

    conn = _open(args)
    parties = Parties(conn)
    key = _resolve(parties, args.name)
    prof = parties.profile(key)
    if args.json:
        _print_json(prof)
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
        _print_json(results_json(res))
    else:
        text = conn.execute("SELECT value FROM meta WHERE key = 'article_text'").fetchone()[0]
        print_results(res, text, color=sys.stdout.isatty())
    return EXIT_OK


def cmd_export_chart(args: argparse.Namespace) -> int:
    import os

    # Qt is imported here only, and needs no display: with none, use the offscreen platform.
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kzbrowser.read.chart_data import chart
    from kzbrowser.ui.charts.export import ExportError, ensure_gui_app, export

    conn = _open(args)
    ensure_gui_app()
    try:
        out = export(chart(conn, args.chart), args.output, args.format, width=args.width)
    except ExportError as exc:
        raise CommandError(f"export failed: {exc}") from None
    print(f"wrote {out}")
    return EXIT_OK


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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "build": cmd_build, "verify": cmd_verify, "parties": cmd_parties, "party": cmd_party, "search": cmd_search,
    "export-chart": cmd_export_chart, "install-desktop": cmd_install_desktop,
}

if __name__ == "__main__":
    sys.exit(main())
