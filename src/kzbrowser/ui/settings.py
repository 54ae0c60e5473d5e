"""Every setting the window keeps, declared once with its type and default, and the one way to read it.

QSettings hands back whatever the file holds (in INI format: a string, a list for comma-separated text, a
QByteArray for ``@ByteArray(...)``), whatever type was stored. Each key here has a kind that checks and
converts what was read; a value that does not fit falls back to the default and is logged, never raised.
(qutebrowser's configtypes work this way.)
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer

if TYPE_CHECKING:
    from kzbrowser.read.cite_details import Details

T = TypeVar("T")


class Invalid(ValueError):
    """A stored value that does not fit its key's kind."""


class Kind(Generic[T]):
    def convert(self, raw: object) -> T:
        raise NotImplementedError


class Int(Kind[int]):
    """A whole number in lo..hi (written as text in the file)."""

    def __init__(self, lo: int, hi: int) -> None:
        self.lo, self.hi = lo, hi

    def convert(self, raw: object) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise Invalid("not a whole number")
        text = str(raw).strip()
        if not (text.isascii() and text.lstrip("-").isdigit()) or len(text) > 12:
            raise Invalid("not a whole number")
        value = int(text)
        if not self.lo <= value <= self.hi:
            raise Invalid(f"not in {self.lo}..{self.hi}")
        return value


class Text(Kind[str]):
    """A short line of text."""

    def __init__(self, max_chars: int = 200) -> None:
        self.max_chars = max_chars

    def convert(self, raw: object) -> str:
        if not isinstance(raw, str) or len(raw) > self.max_chars or not raw.isprintable():
            raise Invalid("not a short line of text")
        return raw


class Blob(Kind[QByteArray]):
    """Qt's saved state of a widget (saveGeometry, saveState): bytes, which Qt itself checks when restoring."""

    def convert(self, raw: object) -> QByteArray:
        if not isinstance(raw, QByteArray) or raw.isEmpty() or raw.size() > 1 << 16:
            raise Invalid("not a saved window state")
        return raw


class Folder(Kind[str]):
    """An existing folder (the last one exported to); a folder since removed falls back too."""

    def convert(self, raw: object) -> str:
        if not isinstance(raw, str) or not raw or len(raw) > 4096:
            raise Invalid("not a folder name")
        try:
            if not Path(raw).is_dir():
                raise Invalid("no such folder")
        except (OSError, ValueError) as exc:
            raise Invalid("not a usable folder name") from exc
        return raw


class Float(Kind[float]):
    """A number in lo..hi."""

    def __init__(self, lo: float, hi: float) -> None:
        self.lo, self.hi = lo, hi

    def convert(self, raw: object) -> float:
        if isinstance(raw, bool) or not isinstance(raw, int | float | str) or len(str(raw)) > 24:
            raise Invalid("not a number")
        try:
            value = float(str(raw).strip())
        except ValueError as exc:
            raise Invalid("not a number") from exc
        if not self.lo <= value <= self.hi:  # also refuses nan
            raise Invalid(f"not in {self.lo}..{self.hi}")
        return value


class Bool(Kind[bool]):
    """True or false (written as "true"/"false" in the file)."""

    def convert(self, raw: object) -> bool:
        text = str(raw).strip().lower() if isinstance(raw, bool | int | str) else ""
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        raise Invalid("not true or false")


class Choice(Kind[str]):
    """One of a fixed set of words."""

    def __init__(self, *choices: str) -> None:
        self.choices = choices

    def convert(self, raw: object) -> str:
        if not isinstance(raw, str) or raw not in self.choices:
            raise Invalid(f"not one of {', '.join(self.choices)}")
        return raw


class Detail(Kind[str]):
    """A publication detail the user supplied for citations, checked as the dialog and the command line check it
    (read/cite_details.py)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def convert(self, raw: object) -> str:
        from kzbrowser.read.cite_details import DetailsError, check

        try:
            return check(self.name, raw)
        except DetailsError as exc:
            raise Invalid(str(exc)) from exc


class Setting(Generic[T]):
    """One key: read() gives a value of its kind, or the default (logged) when the file holds something else."""

    def __init__(self, key: str, kind: Kind[T], default: T) -> None:
        self.key, self.kind, self.default = key, kind, default
        ALL.append(self)

    def read(self, settings: QSettings) -> T:
        try:
            raw = settings.value(self.key)
        except Exception as exc:
            _warn("setting %s cannot be read (%s); using %r", self.key, exc, self.default)
            return self.default
        if raw is None:
            return self.default
        try:
            return self.kind.convert(raw)
        except Invalid as exc:
            _warn("setting %s=%.80r is %s; using %r", self.key, raw, exc, self.default)
            return self.default

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


class WrittenLater(Generic[T]):
    """A setting written a moment after its last change, and at once by flush() (when the window closes, or the
    application quits).

    For a value that changes with every click, as the party shown does: QSettings saves the whole file after
    each change, with an fsync, in the event loop's next pass, which a slow disk would make part of the click.
    """

    DELAY_MS = 2000

    def __init__(self, setting: Setting[T], settings: QSettings, parent: QObject) -> None:
        self.setting, self.settings = setting, settings
        self._pending: list[T] = []  # the value to write, if any (a list: any value of T may be written)
        self._timer = QTimer(parent)  # a child: it never fires for a window already gone
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def write(self, value: T) -> None:
        self._pending = [value]
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._pending:
            self.setting.write(self.settings, self._pending.pop())


ALL: list[Setting[Any]] = []  # every key, in the order declared
GEOMETRY = Setting("window/geometry", Blob(), QByteArray())
STATE = Setting("window/state", Blob(), QByteArray())
SPLITTER = Setting("window/splitter", Blob(), QByteArray())
LAST_PARTY = Setting("last_party", Text(), "")
CHART_TAB = Setting("charts/tab", Int(0, 3), 0)  # the four charts of chart_data.CHART_NAMES
PNG_WIDTH = Setting("charts/png_width", Int(400, 20000), 1920)  # 2 x figure.BASE_WIDTH, in the dialog's range
CHART_FOLDER = Setting("charts/last_folder", Folder(), "")
EXPORT_FOLDER = Setting("export/last_folder", Folder(), "")
# The chart export dialog's last choice (ui/charts/dialog.py). The pages are its own keys plus the presets of
# present/chart_options.py, which tests/hostile/test_settings_matrix.py checks against this list.
EXPORT_PAGE = Setting("charts/export/page", Choice("standard", "slide-16x9", "slide-4x3", "paper-column",
                                                   "paper-page", "custom"), "standard")
EXPORT_WIDTH = Setting("charts/export/width", Int(100, 20000), 1920)
EXPORT_HEIGHT = Setting("charts/export/height", Int(100, 20000), 1080)
EXPORT_FONT_SCALE = Setting("charts/export/font_scale", Float(0.5, 4.0), 1.0)
EXPORT_YEARS = Setting("charts/export/years", Choice("all", "2003-2004"), "all")
EXPORT_TOGGLES = {k: Setting(f"charts/export/{k}", Bool(), k != "greyscale")
                  for k in ("title", "legend", "notes", "greyscale")}
# The Timeline page's years on screen (ui/charts/tab.py): a key of present/chart_options.TIMELINE_ZOOMS, typed here
# so that start-up does not load the chart options (tests/test_settings_keys.py checks the two agree).
TIMELINE_YEARS = Setting("charts/timeline/years", Choice("all", "2003-2004"), "all")
# Citations (read/citation.py): the style, and the details the article does not print, which the user supplies
# in the Citation details dialog. Kept here only: never in the database.
CITE_STYLE = Setting("citation/style", Choice("chicago", "apa"), "chicago")
CITE_DETAILS = {name: Setting(f"citation/{name}", Detail(name), "")
                for name in ("journal", "year", "volume", "issue", "pages", "url")}


def citation_details(settings: QSettings) -> Details:
    """The user's citation details; each bad value falls back to blank, and numbers without a journal are
    dropped (they would say nothing), logged."""
    from kzbrowser.read.cite_details import Details, DetailsError, details

    raw = {name: key.read(settings) for name, key in CITE_DETAILS.items()}
    try:
        return details(**raw)
    except DetailsError as exc:
        _warn("citation details: %s; using the year and web address only", exc)
        return Details(year=raw["year"], url=raw["url"])


def write_citation_details(settings: QSettings, value: Details) -> None:
    for name, key in CITE_DETAILS.items():
        key.write(settings, getattr(value, name))


# The paper of File > Print and Save as PDF (ui/printing.py PAGE_SIZES); "locale": Letter where the locale
# measures in US units, A4 elsewhere. Remembered from the last print or PDF.
PAGE_SIZE = Setting("print/page_size", Choice("locale", "a4", "letter"), "locale")
# The interface language (ui/i18n.py): the system locale's, or one chosen under View > Language.
LANGUAGE = Setting("ui/language", Choice("system", "en", "ru"), "system")
# What the user left the window showing (main_window, window_setup): the view (a tab's index; one the window
# does not have falls back), the party list's sort (PartyListPane.SORTS), the 1999 list, the search's scope
# (search_pane.SCOPES).
TAB = Setting("view/tab", Int(0, 20), 0)
SORT = Setting("list/sort", Int(0, 3), 0)
SHOW_1999 = Setting("list/show_1999", Bool(), False)
SEARCH_SCOPE = Setting("search/scope", Choice("all", "quotes", "article"), "all")


def _warn(message: str, *args: object) -> None:
    # logging is imported only when a setting is bad: importing it costs ~8 ms, before the first frame.
    import logging

    logging.getLogger(__name__).warning(message, *args)
