"""Interface words of the Qt-free modules, for the window to translate and the command line to keep English.

The window's HTML pages (present/) and a few read/ texts shown in the window are built without Qt. Their
functions take a ``translate(context, text)`` callable: the window passes ``QCoreApplication.translate``,
the command line nothing (``english``). The literal calls ``translate("Context", "text")`` and the markers
``QT_TRANSLATE_NOOP("Context", "text")`` (for words kept in tables and looked up later) are what
``pyside6-lupdate`` extracts into resources/i18n/kzbrowser_ru.ts (scripts/update_translations.sh).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

Translate = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """The text as written: the command line's and the tests' "translation"."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for extraction under ``context``; it is translated where it is shown."""
    return text


def translated_label(translate: Translate, context: str, labels: Mapping[str, str], key: str) -> str:
    """``labels[key]`` translated, or ``key`` as it is where the table has no label for it.

    A value read from the database is never handed to ``translate`` itself: Qt's takes its text as a C string,
    so a NUL in the value would cut it short (and a value is data, not an interface word).
    """
    return translate(context, labels[key]) if key in labels else key


class Message(NamedTuple):
    """A sentence for the user built from values: what a Qt-free module says (a search's notice, why a database
    cannot be opened, why a citation detail is refused), for the window to translate and the command line to print
    in English (``str()``).

    ``template`` is English with ``{name}`` fields, marked where it is written with
    ``QT_TRANSLATE_NOOP(context, ...)`` so that pyside6-lupdate extracts it. ``values`` fill the fields: text (the
    user's words, a file name, a value: never translated), numbers (the template formats them: ``{count:,}``) or
    Messages, translated in turn.

    A NamedTuple rather than a frozen dataclass: the window's first frame then neither imports dataclasses nor
    builds one (~5 ms of a start-up).
    """

    context: str
    template: str
    values: tuple[tuple[str, str | int | Message], ...] = ()

    @classmethod
    def of(cls, context: str, template: str, **values: str | int | Message) -> Message:
        return cls(context, template, tuple(values.items()))

    @classmethod
    def plain(cls, text: str) -> Message:
        """``text`` as it is, in every language (a system's or SQLite's own message)."""
        return cls("", "{text}", (("text", text),))

    def text(self, translate: Translate = english) -> str:
        """The sentence in the language of ``translate`` (English by default)."""
        values = {k: v.text(translate) if isinstance(v, Message) else v for k, v in self.values}
        try:  # no context: kzbrowser's own arrangement of parts (plain, joined), the same in every language
            return (translate(self.context, self.template) if self.context else self.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation naming a field the template does not have
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.text()


def joined(separator: str, parts: Iterable[str | Message]) -> Message:
    """The ``parts`` one after another, ``separator`` between them (each part translated in its turn)."""
    listed = list(parts)
    return Message("", separator.join(f"{{p{i}}}" for i in range(len(listed))),
                   tuple((f"p{i}", part) for i, part in enumerate(listed)))


class MessageError(Exception):
    """An error whose one line for the user is a Message: ``str()`` is its English (the command line), ``why`` the
    Message for the window to translate."""

    def __init__(self, why: Message | str) -> None:
        self.why = why if isinstance(why, Message) else Message.plain(why)
        super().__init__(str(self.why))
