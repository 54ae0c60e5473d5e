"""File > Print (Ctrl+P) with its preview, Save as PDF and Export as Markdown, driven in the window."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from markdown_it import MarkdownIt
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from kzbrowser.ui import print_commands
from kzbrowser.ui.main_window import ARTICLE_TAB, SEARCH_TAB

CITATION = "Kurganskaia, Valentina. n.d. “The Party System in Kazakhstan and the Ethnic Issue.”"  # Chicago, the default


def _when_preview_opens(qtbot, window, seen):
    """Once the preview is up: note its title and page count, then close it (exec would wait for a user)."""
    def look():
        dialog = window.print_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, look)
            return
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen.append((dialog.windowTitle(), preview.pageCount()))
        dialog.reject()
    QTimer.singleShot(0, look)


def _file_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")


def test_file_menu_offers_print_pdf_and_markdown(window):
    texts = [a.text() for a in _file_menu(window).actions()]
    assert texts[:3] == ["&Print…", "Save as P&DF…", "Export as &Markdown…"]
    assert window.print_action.shortcut().toString() == "Ctrl+P"


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils")
def test_print_opens_a_preview_of_the_party_with_the_pages_of_its_pdf(qtbot, window, tmp_path):
    from kzbrowser.ui.printing import write_pdf

    window.show_party("otan")
    seen = []
    _when_preview_opens(qtbot, window, seen)
    window.print_action.trigger()
    assert window.print_dialog is None  # closed, not left behind
    pdf = write_pdf(tmp_path / "otan.pdf", print_commands.current_document(window), "locale")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 2 and seen == [("Print preview — Republican Political Party Otan", pages)]


def test_ctrl_p_opens_the_preview_of_the_article(qtbot, window):
    window.article_tab.show()
    seen = []
    _when_preview_opens(qtbot, window, seen)
    qtbot.keyClick(window.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    title, pages = seen[0]
    assert title == "Print preview — The Party System in Kazakhstan and the Ethnic Issue" and pages > 5


def test_a_view_with_nothing_to_print_says_so(qtbot, window, monkeypatch):
    window.search_tab.show()
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail("a dialog opened"))
    window.print_action.trigger()
    assert window.statusBar().currentMessage() == print_commands.NOTHING
    window.pdf_action.trigger()
    assert window.statusBar().currentMessage() == print_commands.NOTHING
    assert window.tabs.currentIndex() == SEARCH_TAB


def _choose(monkeypatch, typed, name_filter=None):
    """The user types ``typed`` in the save dialog (and picks ``name_filter``) and presses Save."""
    def fake_exec(dialog):
        dialog.selectFile(str(typed))
        if name_filter:
            dialog.selectNameFilter(name_filter)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("static getSaveFileName used"))


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="needs poppler-utils")
@pytest.mark.parametrize(("name_filter", "points"), [("PDF on A4 paper (*.pdf)", "595 x 842"),
                                                     ("PDF on US Letter paper (*.pdf)", "612 x 792")])
def test_save_as_pdf_on_the_paper_chosen_in_the_dialog(qtbot, window, tmp_path, monkeypatch, name_filter, points):
    window.show_party("cpk")
    _choose(monkeypatch, tmp_path / "cpk", name_filter)  # the dialog adds .pdf
    window.pdf_action.trigger()
    out = tmp_path / "cpk.pdf"
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+([\d.]+ x [\d.]+) pts", info).group(1) == points
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Communist Party of Kazakhstan" in text and CITATION in " ".join(text.split())
    assert window.settings.value("print/page_size") == ("a4" if "A4" in name_filter else "letter")
    assert window.statusBar().currentMessage() == f"Saved {out}"


def test_save_as_pdf_that_fails_says_so_and_leaves_the_old_file(qtbot, window, tmp_path, monkeypatch):
    from kzbrowser.ui import printing

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "old.pdf"
    target.write_bytes(b"the old file\n")
    _choose(monkeypatch, target)

    def refuse(device, doc):
        raise printing.PrintError("the printer or file refused a new page")
    monkeypatch.setattr(printing, "paint_pages", refuse)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    window.pdf_action.trigger()
    assert shown and shown[0][0] == "Save as PDF failed" and "Nothing was written" in shown[0][1]
    assert target.read_bytes() == b"the old file\n" and [p.name for p in folder.iterdir()] == ["old.pdf"]


def test_export_markdown_of_the_party(qtbot, window, tmp_path, monkeypatch):
    window.show_party("akzhol")
    _choose(monkeypatch, tmp_path / "ak")
    window.markdown_action.trigger()
    tokens = MarkdownIt("commonmark").parse((tmp_path / "ak.md").read_text(encoding="utf-8"))
    h1 = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"]
    assert h1 == ["Democratic Party Ak zhol"]
    assert window.settings.value("export/last_folder") == str(tmp_path)


def test_the_article_has_no_markdown_export_and_says_so(qtbot, window, monkeypatch):
    window.tabs.setCurrentIndex(ARTICLE_TAB)
    monkeypatch.setattr(QDialog, "exec", lambda self: pytest.fail("a dialog opened"))
    window.markdown_action.trigger()
    assert "no Markdown export" in window.statusBar().currentMessage()


def test_a_1999_party_prints_without_its_link(qtbot, window):
    window.show_party_1999("Communist Party of Kazakhstan")  # as section 1 prints it
    doc = print_commands.current_document(window)
    assert doc.title == "Communist Party of Kazakhstan (CPK)"
    assert "href" not in doc.html and "Show in article" not in doc.html
    seen = []
    _when_preview_opens(qtbot, window, seen)
    window.print_action.trigger()
    assert seen == [("Print preview — Communist Party of Kazakhstan (CPK)", 1)]


def test_the_previews_print_button_without_a_printer_saves_a_pdf_atomically(qtbot, window, tmp_path, monkeypatch):
    """With no printer installed Qt's own button would open its print dialog, whose "print to file" writes the PDF
    in place; here it closes the preview and runs Save as PDF (the file dialog, the atomic write)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrinter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("Qt's own PDF file dialog"))
    window.show_party("otan")
    _choose(monkeypatch, tmp_path / "otan")
    pressed = []

    def press():
        dialog = window.print_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(50, press)
            return
        label = QCoreApplication.translate("QPrintPreviewDialog", "Print")
        button = next(a for a in dialog.findChildren(QAction) if a.text() == label)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # as on a machine with no printer
        pressed.append(True)
        QTimer.singleShot(3000, unstick)
        button.trigger()
        if stuck:
            dialog.reject()

    def unstick():  # a dialog of Qt's own (its print or file dialog) would wait for a user: close it, and fail
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not window.print_dialog:
                stuck.append(widget.windowTitle())
                widget.reject()
    stuck = []
    QTimer.singleShot(0, press)
    window.print_action.trigger()
    assert pressed and window.print_dialog is None and not stuck
    assert (tmp_path / "otan.pdf").read_bytes().startswith(b"%PDF-")
    assert window.statusBar().currentMessage() == f"Saved {tmp_path / 'otan.pdf'}"
