"""Publication details the user supplies for citations: the article's text prints no journal, year, volume,
issue, pages or address, so kzbrowser never states them unless the user gives them (and says so when it does).

They are checked here, once, for the dialog, the settings file and the command line alike.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from kzbrowser.translate import QT_TRANSLATE_NOOP, Message

STYLES = ("chicago", "apa")  # Chicago author-date, APA 7th edition
STYLE_NAMES = {"chicago": QT_TRANSLATE_NOOP("CiteDetails", "Chicago (author-date)"), "apa": "APA"}
# The article reports events of 2 December 2004 (the financiers' statement, section 1): it cannot be older.
FIRST_YEAR, LAST_YEAR = 2004, 2100
LIMITS = {"journal": 200, "year": 4, "volume": 20, "issue": 20, "pages": 30, "url": 500}
# Marked for the window's translation (kzbrowser.translate); the command line stays English.
LABELS = {"journal": QT_TRANSLATE_NOOP("CiteDetails", "journal"), "year": QT_TRANSLATE_NOOP("CiteDetails", "year"),
          "volume": QT_TRANSLATE_NOOP("CiteDetails", "volume"), "issue": QT_TRANSLATE_NOOP("CiteDetails", "issue"),
          "pages": QT_TRANSLATE_NOOP("CiteDetails", "pages"), "url": QT_TRANSLATE_NOOP("CiteDetails", "web address")}
# Compiled when first used, by re's own cache (a later launch imports this module for its first frame, ~0.7 ms).
_PAGES = r"([A-Za-z]?\d{1,6})(?:\s*[-\u2010-\u2015]+\s*([A-Za-z]?\d{1,6}))?"  # with re.ASCII
_NUMBERING = r"[0-9A-Za-z]+(?:[ ./()\-\u2013][0-9A-Za-z()]+)*"
# Characters that change how text is displayed without being seen: bidirectional overrides and the like.
_HIDDEN = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}


class DetailsError(ValueError):
    """A supplied detail that cannot be used: the message is one line that names the field (``why``: the same, to
    translate)."""

    def __init__(self, template: str, **values: str | int | Message) -> None:
        self.why = Message.of("CiteDetails", template, **values)
        super().__init__(str(self.why))


class Details(NamedTuple):
    """What the user supplied ("" = not supplied). Never stored in the database."""

    journal: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    url: str = ""

    def supplied(self) -> list[str]:
        """The names of the fields given, in order."""
        return [name for name, value in zip(self._fields, self, strict=True) if value]

    def page_range(self) -> tuple[str, str]:
        """(first, last) page; last is "" for a single page."""
        m = re.fullmatch(_PAGES, self.pages, re.ASCII)
        return (m.group(1), m.group(2) or "") if m else ("", "")

    def note(self) -> str:
        """The mark that says which details come from the user, not from the article ("" when none do)."""
        given = [LABELS[n] for n in self.supplied()]
        if not given:
            return ""
        listed = given[0] if len(given) == 1 else ", ".join(given[:-1]) + " and " + given[-1]
        return f"{listed[0].upper()}{listed[1:]} supplied by the user; not printed in the article."


def check(name: str, raw: object) -> str:
    """The cleaned value of one field, "" for blank; DetailsError when it is not a value of that field."""
    if name not in LIMITS:
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{name}: not a citation detail"), name=name)
    label = Message.of("CiteDetails", LABELS[name])
    if not isinstance(raw, str):
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: not text"), label=label)
    if len(raw) > 4 * LIMITS[name] + 100:  # before any work on it: a pasted book is refused at once
        raise DetailsError(TOO_LONG, label=label, limit=LIMITS[name])
    text = " ".join(unicodedata.normalize("NFC", raw).split())  # pasted line breaks and tabs become spaces
    if any(unicodedata.category(ch) in _HIDDEN for ch in text):
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: contains control or invisible formatting "
                                                            "characters"), label=label)
    if len(text) > LIMITS[name]:
        raise DetailsError(TOO_LONG, label=label, limit=LIMITS[name])
    if not text:
        return ""
    if name == "journal" and any(ch in text for ch in "{}\\"):
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: braces and backslashes are not allowed"),
                           label=label)
    if name == "year":
        if not (text.isascii() and text.isdigit() and len(text) == 4):
            raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: {value!r} is not a year (four digits, e.g. "
                                                                "{first})"), label=label, value=_short(text),
                               first=FIRST_YEAR)
        if not FIRST_YEAR <= int(text) <= LAST_YEAR:
            raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: {value} is not possible: the article reports "
                                                                "events of December {first} (give {first}-{last})"),
                               label=label, value=text, first=FIRST_YEAR, last=LAST_YEAR)
    if name in ("volume", "issue") and not (text.isascii() and re.fullmatch(_NUMBERING, text)):
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: {value!r} is not a volume or issue number "
                                                            "(letters, digits, e.g. 6 or 3 (27))"),
                           label=label, value=_short(text))
    if name == "pages":
        m = re.fullmatch(_PAGES, text, re.ASCII)
        if not m:
            raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: {value!r} is not a page or page range (e.g. "
                                                                "45-52)"), label=label, value=_short(text))
        text = m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
    if name == "url":
        _check_url(text, label)
    return text


TOO_LONG = QT_TRANSLATE_NOOP("CiteDetails", "{label}: too long (at most {limit} characters)")


def _check_url(text: str, label: Message) -> None:
    from urllib.parse import urlsplit  # only when an address is given: not at start-up

    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: not a web address ({error})"), label=label,
                           error=str(exc)) from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in text:
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "{label}: give a full http:// or https:// address "
                                                            "without spaces"), label=label)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:37] + "..."


def details(**raw: object) -> Details:
    """Details from raw field values (None or "" = not given); the first bad one raises DetailsError."""
    out = Details(**{name: check(name, value) for name, value in raw.items() if value is not None})
    if not out.journal and (out.volume or out.issue or out.pages):
        raise DetailsError(QT_TRANSLATE_NOOP("CiteDetails", "volume, issue and pages are a journal's: give the journal "
                                                            "too"))
    return out
