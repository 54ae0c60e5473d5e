"""The interface language: kzbrowser's own Russian catalogue and Qt's, chosen by the system locale or by
View > Language (settings.LANGUAGE). The choice applies when the window is next started."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from kzbrowser import paths
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui import settings

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# The window's one translate(context, text): also what present/ and read/ are given for their interface words.
translate = QCoreApplication.translate

CATALOGUE_DIR = "i18n"  # under resources/
# Qt's own file dialog (the one drawn by Qt, used where no desktop provides one: under Xvfb, or a bare window
# manager) shows texts that Qt's Russian catalogue (qtbase_ru.qm) lacks: it has "Look in:" and "Files of type:",
# from before the accelerators were added, and none of Qt 6's QAbstractFileIconProvider (the type of a folder or
# a drive; a file's is its MIME type's comment, in the language of QLocale's default: see install()). kzbrowser's
# catalogue supplies them, in Qt's contexts.
QT_MISSING = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"), QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
              QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
              QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"))
TRANSLATED = ("ru",)  # the languages with a catalogue: resources/i18n/kzbrowser_<lang>.qm


def language_for(choice: str, ui_languages: list[str]) -> str:
    """The language to show: the one chosen, or for "system" the first of the system's preferred languages
    that kzbrowser has ("en" when none is)."""
    if choice != "system":
        return choice
    for name in ui_languages:
        lang = name.replace("_", "-").split("-")[0].lower()
        if lang == "en" or lang in TRANSLATED:
            return lang
    return "en"


def catalogues(lang: str) -> list[tuple[str, str]]:
    """(file name, folder) of each catalogue to load for ``lang``: kzbrowser's, then Qt's own dialogs'."""
    if lang not in TRANSLATED:
        return []
    from PySide6.QtCore import QLibraryInfo  # here: an English window's first frame need not build its type

    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt / f"qtbase_{lang}.qm").is_file():  # a relocated Qt (a bundle) may report its build's path
        import PySide6

        qt = Path(PySide6.__file__).parent / "Qt" / "translations"
    return [(f"kzbrowser_{lang}.qm", str(paths.resources_dir() / CATALOGUE_DIR)), (f"qtbase_{lang}.qm", str(qt))]


def load(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the catalogues of ``lang`` into ``app``; returns those that loaded.

    A catalogue that is missing or unreadable is skipped (its words stay English), never an error: Qt's own
    may be absent from a trimmed installation.
    """
    from PySide6.QtCore import QTranslator

    loaded = []
    for name, folder in catalogues(lang):
        translator = QTranslator(app)  # a child of the app: it lives as long as the app
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            translator.deleteLater()
    return loaded


def install(app: QCoreApplication, store: QSettings | None = None) -> str:
    """Load the catalogues of the language to show (settings.LANGUAGE, else the system's) into ``app``;
    returns that language."""
    lang = language_for(settings.LANGUAGE.read(store or QSettings()), QLocale.system().uiLanguages())
    load(app, lang)
    if lang != "en":
        QLocale.setDefault(QLocale(lang))  # Qt's own number and date formats follow
    return lang
