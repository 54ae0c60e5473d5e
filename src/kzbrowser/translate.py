"""Interface words of the Qt-free modules, for the window to translate and the command line to keep English.

The window's HTML pages (present/) and a few read/ texts shown in the window are built without Qt. Their
functions take a ``translate(context, text)`` callable: the window passes ``QCoreApplication.translate``,
the command line nothing (``english``). The literal calls ``translate("Context", "text")`` and the markers
``QT_TRANSLATE_NOOP("Context", "text")`` (for words kept in tables and looked up later) are what
``pyside6-lupdate`` extracts into resources/i18n/kzbrowser_ru.ts (scripts/update_translations.sh).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
