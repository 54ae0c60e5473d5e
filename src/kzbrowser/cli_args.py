"""The ``kzbrowser`` command line's arguments. Imported only when a subcommand is given: `kzbrowser` alone goes
straight to the window, without argparse."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, NoReturn

from kzbrowser import __version__
from kzbrowser.present.terminal import clean

MAX_LIMIT = 1_000_000  # far above any group's size (the article has a few hundred texts), far below SQLite's range


def _positive(text: str) -> int:
    try:
        value = int(text) if len(text) < 20 else 0
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, at most {MAX_LIMIT}, "
                                         f"got {text[:20]!r}" + ("..." if len(text) > 20 else ""))
    return value


def _file(text: str) -> Path:
    """A file to write. Path() drops a trailing separator and a last ".", so "x.md/" or "out/." (a folder's
    name) would become the file x.md or out: refused instead, as the shell's own redirection refuses them."""
    if text.replace(os.sep, "/").rsplit("/", 1)[-1] in ("", ".", ".."):  # also "out/." (Path makes it "out")
        raise argparse.ArgumentTypeError(f"{text[:200]!r} names a folder: give the file to write")
    return Path(text)


def _db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # SUPPRESS on subcommands, so "kzbrowser --db X party Y" keeps X.
    p.add_argument("--db", type=Path, default=None if top else argparse.SUPPRESS,
                   help="database to read (default: the bundled data/kz.sqlite, or $KZBROWSER_DB)")


def parser() -> argparse.ArgumentParser:
    class OneLineParser(argparse.ArgumentParser):
        """A usage error is one line, like every other error (subcommands inherit the class)."""

        def error(self, message: str) -> NoReturn:
            self.exit(2, clean(f"{self.prog}: error: {message} (see {self.prog} --help)").replace("\n", " ") + "\n")

    ap = OneLineParser(prog="kzbrowser", description="Offline reference browser for V. Kurganskaia, "
                                 "'The Party System in Kazakhstan and the Ethnic Issue'. "
                                 "With no command, opens the window.")
    ap.add_argument("--version", action="version", version=f"kzbrowser {__version__}")
    _db_arg(ap, top=True)
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="build the database from the article")
    b.add_argument("--force", action="store_true",
                   help="replace OUTPUT even if it is not a kzbrowser database")
    b.add_argument("-o", "--output", type=_file, default=None, help="where to write (default: data/kz.sqlite)")
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
    _compare_parser(sub)
    _export_chart_parser(sub)
    _cite_parser(sub)
    ep = sub.add_parser("export-party", help="save a party's profile as PDF, Markdown or HTML (no display needed)")
    _db_arg(ep)
    ep.add_argument("name", help="any name, variant or abbreviation, e.g. Otan, CPK, 'Auyl'")
    ep.add_argument("-o", "--output", type=_file, required=True,
                    help="the file to write; its suffix says the format: .pdf, .md or .html")
    ep.add_argument("--page-size", choices=["a4", "letter"], default=None,
                    help="PDF paper (default: Letter where the locale uses US units, A4 elsewhere)")
    ep.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")
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
    ec.add_argument("--preset", choices=["slide-16x9", "slide-4x3", "paper-column", "paper-page"], default=None,
                    help="a page for slides (1920x1080, 1440x1080) or papers (8.5 or 17 cm wide at 300 dpi), "
                         "with text sized to read well on it")
    ec.add_argument("--width", type=_positive, default=None,
                    help="PNG width in pixels (SVG/PDF: the same proportions); alone, scales the 960-px page")
    ec.add_argument("--height", type=_positive, default=None,
                    help="PNG height in pixels; with it the chart is laid out for that shape")
    ec.add_argument("--font-scale", type=float, default=1.0, help="all text this many times larger (0.5-4)")
    ec.add_argument("--no-title", action="store_true", help="leave out the title")
    ec.add_argument("--no-legend", action="store_true", help="leave out the legend")
    ec.add_argument("--no-notes", action="store_true",
                    help="leave out the notes and source line (the file's metadata still names the source)")
    ec.add_argument("--greyscale", action="store_true", help="shades of grey only")
    ec.add_argument("--years", default=None, metavar="FIRST-LAST",
                    help="timeline only: show these years, e.g. 2003-2004")
    ec.add_argument("-o", "--output", type=_file, required=True, help="the file to write")
    ec.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")


def _compare_parser(sub: Any) -> None:
    from kzbrowser.read.parties import GROUPS

    cp = sub.add_parser("compare", help="2 to 6 parties side by side, every item with its source")
    _db_arg(cp)
    cp.add_argument("names", nargs="*", metavar="NAME", help="any name, variant or abbreviation, e.g. Otan CPK")
    cp.add_argument("--group", choices=list(GROUPS), action="append", default=[],
                    help="add a group's parties: " + "; ".join(f"{k}: {v[0].lower()} ({v[1]})"
                                                               for k, v in GROUPS.items()))
    fmt = cp.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--markdown", action="store_true", help="print a Markdown table")
    fmt.add_argument("-o", "--output", type=_file, default=None, help="write FILE.pdf, FILE.md or FILE.csv")
    cp.add_argument("--page-size", choices=["a4", "letter"], default=None,
                    help="PDF paper (default: Letter where the locale uses US units, A4 elsewhere)")
    cp.add_argument("--force", action="store_true", help="replace OUTPUT if it exists")


def _detail(name: str) -> Any:
    def convert(text: str) -> str:
        from kzbrowser.read.cite_details import DetailsError, check

        try:
            return check(name, text)
        except DetailsError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return convert


def _cite_parser(sub: Any) -> None:
    from kzbrowser.read.cite_details import LABELS, STYLES
    from kzbrowser.read.cite_formats import FORMATS

    ci = sub.add_parser("cite", help="the article's reference: plain text, BibTeX, RIS or CSL-JSON",
                        description="The article prints no journal, year, volume, issue or pages: without the "
                                    "options below the reference says only what the article says. What you give "
                                    "is marked as supplied by you.")
    _db_arg(ci)
    ci.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    ci.add_argument("--style", choices=STYLES, default="chicago", help="for text: Chicago author-date or APA")
    for name in LABELS:
        ci.add_argument(f"--{name}", type=_detail(name), default=None, help=f"the {LABELS[name]}, as you know it")
    where = ci.add_mutually_exclusive_group()
    where.add_argument("--section", type=_positive, default=None, help="text only: cite this section (1-4)")
    where.add_argument("--table", type=_positive, default=None, help="text only: cite this table (1-4)")
    where.add_argument("--quote", type=_positive, default=None, metavar="ID",
                       help="text only: a quote (its id, as 'kzbrowser party NAME --json' gives it) with its citation")


def _search_parser(sub: Any) -> None:
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
