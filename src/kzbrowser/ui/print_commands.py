"""File > Print, Save as PDF and Export as Markdown: each acts on the current tab through the print protocol
(see ui/printing.py), so a new view plugs in by giving its widget a ``printable()`` method.

Loaded at start-up only for :func:`profile_exports`; Qt's print support and the printable builders are imported
when a command runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from kzbrowser.present.printable import Printable
    from kzbrowser.read.citation import Source
    from kzbrowser.ui.main_window import MainWindow
    from kzbrowser.ui.printing import Doc

# Translated where shown (translate("PrintCommands", ...)).
NOTHING = QT_TRANSLATE_NOOP("PrintCommands", "This view has nothing to print: open a party, the article or a "
                                             "comparison.")
PDF_FILTERS = {"a4": QT_TRANSLATE_NOOP("PrintCommands", "PDF on A4 paper (*.pdf)"),
               "letter": QT_TRANSLATE_NOOP("PrintCommands", "PDF on US Letter paper (*.pdf)")}


def profile_exports(profile: dict[str, Any], source: Source) -> tuple[Callable[[], Printable], Callable[[], str]]:
    """The party pane's page for paper and as Markdown, made only when a command asks for them."""
    def printable() -> Printable:
        from kzbrowser.present.printable import profile_printable

        return profile_printable(profile, source, translate)  # the Markdown file (below) stays English

    def markdown() -> str:
        from kzbrowser.present.markdown import profile_markdown

        return profile_markdown(profile, source)

    return printable, markdown


def party_1999_exports(party: dict[str, Any], successor_name: str | None, source: Source
                       ) -> tuple[Callable[[], Printable]]:
    """The page of a 1999 party for paper (it has no Markdown export)."""
    def printable() -> Printable:
        from kzbrowser.present.printable import party_1999_printable

        return party_1999_printable(party, successor_name, source, translate)

    return (printable,)


def current_document(win: MainWindow) -> Doc | None:
    """What the current tab would print (its widget's ``printable()`` and ``citation()``), or None."""
    from kzbrowser.ui.printing import Doc

    widget = win.tabs.currentWidget()
    printable = getattr(widget, "printable", None)
    got = printable() if callable(printable) else None
    if not got:
        return None
    cite = getattr(widget, "citation", None)
    citation = (cite() if callable(cite) else None) or win.source.reference()
    return Doc(got[0], got[1], citation)


def file_stem(title: str) -> str:
    """A file name for ``title``: letters, digits and hyphens (the dialog lets the user change it)."""
    return re.sub(r"[^0-9A-Za-z]+", "-", title).strip("-")[:80] or "kzbrowser"


def print_preview(win: MainWindow) -> None:
    """File > Print: the print preview of the current tab, from which it is printed (or its page set up)."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from kzbrowser.ui import settings
    from kzbrowser.ui.printing import PrintError, page_layout, paint_pages

    doc = current_document(win)
    if doc is None:
        win.statusBar().showMessage(translate("PrintCommands", NOTHING), 8000)
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(settings.PAGE_SIZE.read(win.settings)))
    printer.setDocName(doc.title)
    dialog = QPrintPreviewDialog(printer, win)
    dialog.setObjectName("print_preview")
    dialog.setWindowTitle(translate("PrintCommands", "Print preview — {title}").format(title=doc.title))
    errors: list[str] = []

    def paint(device: QPrinter) -> None:
        try:
            paint_pages(device, doc)
        except PrintError as exc:  # a page set up too small, a printer that refused: said once, after
            errors.append(exc.why.text(translate))

    dialog.paintRequested.connect(paint)
    wants_pdf = _take_over_printing(dialog, printer)
    screen = win.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    dialog.resize(min(980, area.width() - 40), area.height() - 60)
    win.print_dialog = dialog  # for tests, which close it
    try:
        dialog.exec()
    finally:
        win.print_dialog = None
    chosen = printer.pageLayout().pageSize().id()
    for key, size_id in _sizes().items():
        if chosen == size_id:
            settings.PAGE_SIZE.write(win.settings, key)
    if errors:
        _warn(win, translate("PrintCommands", "Printing failed"), f"{errors[0]}.")
    elif wants_pdf:
        save_pdf(win)


def _take_over_printing(dialog: QPrintPreviewDialog, printer: QPrinter) -> list[bool]:
    """The preview's Print button, so that no file is written but atomically: to a printer through the print
    dialog without its "print to file"; with no printer installed (Qt would ask for a PDF file name and write it in
    place), the dialog closes and Save as PDF runs (the returned list then holds True)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewWidget
    from PySide6.QtWidgets import QDialog

    wants_pdf: list[bool] = []
    label = QCoreApplication.translate("QPrintPreviewDialog", "Print")
    action = next((a for a in dialog.findChildren(QAction) if a.text() == label), None)
    if action is None:  # a Qt whose preview is made otherwise: its button stays as it is
        return wants_pdf
    action.triggered.disconnect()

    def on_print() -> None:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            wants_pdf.append(True)
            dialog.accept()
            return
        ask = QPrintDialog(printer, dialog)
        ask.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        preview = dialog.findChild(QPrintPreviewWidget)
        if ask.exec() == QDialog.DialogCode.Accepted and preview is not None:
            preview.print_()  # the pages as previewed, painted again for the printer (paintRequested)
            dialog.accept()

    action.triggered.connect(on_print)
    return wants_pdf


def save_pdf(win: MainWindow) -> Path | None:
    """File > Save as PDF: the current tab as a PDF, on the paper chosen in the dialog's file type."""
    from PySide6.QtCore import QStandardPaths

    from kzbrowser.ui import settings
    from kzbrowser.ui.printing import PrintError, page_size_key, write_pdf
    from kzbrowser.ui.save import ask_save_path_and_filter

    doc = current_document(win)
    if doc is None:
        win.statusBar().showMessage(translate("PrintCommands", NOTHING), 8000)
        return None
    size = page_size_key(settings.PAGE_SIZE.read(win.settings))
    folder = settings.EXPORT_FOLDER.read(win.settings) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    filters = {k: translate("PrintCommands", f) for k, f in PDF_FILTERS.items()}
    chosen = ask_save_path_and_filter(win, translate("PrintCommands", "Save as PDF"),
                                      Path(str(folder)) / f"{file_stem(doc.title)}.pdf", ";;".join(filters.values()),
                                      filters[size])
    if chosen is None:
        return None
    path, name_filter = chosen
    size = next((k for k, f in filters.items() if f == name_filter), size)
    try:
        # replace: the dialog asked before replacing the very name written (it adds the suffix itself)
        written = write_pdf(path, doc, size, replace=True)
    except PrintError as exc:
        _warn(win, translate("PrintCommands", "Save as PDF failed"),
              translate("PrintCommands", "Could not write\n{path}\n\n{error}.\n\nNothing was written. Choose "
                                         "another folder.").format(path=path, error=exc.why.text(translate)))
        return None
    settings.EXPORT_FOLDER.write(win.settings, str(path.parent))
    settings.PAGE_SIZE.write(win.settings, size)
    win.statusBar().showMessage(translate("PrintCommands", "Saved {path}").format(path=written), 8000)
    return written


def export_markdown(win: MainWindow) -> Path | None:
    """File > Export as Markdown: the current tab's ``markdown()`` (a party profile, a comparison)."""
    from kzbrowser.ui.save import save_text

    widget = win.tabs.currentWidget()
    markdown = getattr(widget, "markdown", None)
    got = markdown() if callable(markdown) else None
    if not got:
        win.statusBar().showMessage(translate("PrintCommands", "This view has no Markdown export: open a party or a "
                                                               "comparison."), 8000)
        return None
    title, text = got
    path = save_text(win, text, f"{file_stem(title)}.md", translate("PrintCommands", "Markdown (*.md)"), win.settings)
    if path is not None:
        win.statusBar().showMessage(translate("PrintCommands", "Saved {path}").format(path=path), 8000)
    return path


def _sizes() -> dict[str, object]:
    from kzbrowser.ui.printing import PAGE_SIZES

    return dict(PAGE_SIZES)


def _warn(parent: QWidget, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, text)
