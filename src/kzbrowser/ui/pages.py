"""The pages the Party tab shows, each rendered in the window's current palette and language with what it
prints and exports as, and their parsing ahead of time so that selecting a party need only show its page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kzbrowser.ui.history import PARTY, PARTY_1999
from kzbrowser.ui.i18n import translate
from kzbrowser.ui.lazy_tab import IdleSteps
from kzbrowser.ui.palette import colors_for

if TYPE_CHECKING:
    from kzbrowser.present.html import Page
    from kzbrowser.ui.main_window import MainWindow

KEPT = 100  # pages kept (24 parties in each palette and citation style the user tries)
Marks = dict[int, list[tuple[int, int]]]  # a search's matches: quote id -> spans in that quote


def party_page(win: MainWindow, key: str, marks: Marks | None = None) -> tuple[Page, tuple[Any, ...]]:
    """A 2004 party's page and its exports (ui/print_commands.py)."""
    from kzbrowser.present.profile import render_profile
    from kzbrowser.ui.print_commands import profile_exports

    colors = colors_for(win.detail.browser)
    memo = (PARTY, key, colors, win.source.details, win.source.style)
    if marks is None and memo in win.pages:
        return win.pages[memo]
    profile = win.parties.profile(key)
    made = render_profile(profile, win.source, colors, marks, translate), profile_exports(profile, win.source)
    if marks is None:
        _keep(win, memo, made)
    return made


def party_1999_page(win: MainWindow, name: str) -> tuple[Page, tuple[Any, ...]]:
    """A 1999 party's page (by its printed name) and its exports."""
    from kzbrowser.present.profile import render_1999
    from kzbrowser.ui.print_commands import party_1999_exports

    colors = colors_for(win.detail.browser)
    memo = (PARTY_1999, name, colors, win.source.details, win.source.style)
    if memo not in win.pages:
        party = win.parties_1999[name]
        successor = win.names.get(party.get("successor") or "")
        page = render_1999(party, successor, colors, translate)
        _keep(win, memo, (page, party_1999_exports(party, successor, win.source)))
    return win.pages[memo]


def _keep(win: MainWindow, memo: tuple[Any, ...], made: tuple[Page, tuple[Any, ...]]) -> None:
    """A page depends on nothing but what its memo names (the data are read-only; the language is set at
    start), so it is kept and shown again as it is. Pages of older palettes or citation details go in time."""
    if len(win.pages) >= KEPT:
        win.pages.clear()
    win.pages[memo] = made


def overview_page(win: MainWindow) -> tuple[Page, tuple[Any, ...]]:
    """The overview (first launch, Help): what the article is, its parties, how to use kzbrowser."""
    from kzbrowser.present.overview import render_overview
    from kzbrowser.ui.views import overview_exports

    page = render_overview(win.conn, win.summaries, colors_for(win.detail.browser), translate=translate)
    return page, overview_exports(win)


def warm_up(win: MainWindow) -> None:
    """Import the party pages' renderers and make the citation, once the first frame is shown."""
    import kzbrowser.present.profile
    import kzbrowser.ui.print_commands  # noqa: F401

    _ = win.source


def prepare_pages(win: MainWindow) -> None:
    """Parse every party's page in idle time, in the current palette, language and text size, and draw its
    first screen off screen (Browser.prepare and warm: parsing, laying out and first drawing are most of what
    showing a page costs). Called again when any of those changes; the pages parsed
    before are then never shown again, and the browser drops them in time."""
    if win.pages_loader is not None:
        win.pages_loader.stop()
    win.pages_loader = IdleSteps(_steps(win), win)
    win.pages_loader.start()


def _steps(win: MainWindow) -> Iterator[None]:
    browser = win.detail.browser
    pages = [(party_page, key) for key in win.names] + [(party_1999_page, name) for name in win.parties_1999]
    for render, target in pages:
        html = render(win, target)[0].html
        browser.prepare(html)
        yield None
        browser.warm(html)  # a step of its own: each is a few milliseconds
        yield None
