"""The Citation details dialog: the publication details the article does not print, supplied once by the user,
and the citation style. Kept in the settings (never in the database); every citation marks them as the user's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kzbrowser.read.citation import Source
from kzbrowser.read.cite_details import LABELS, STYLE_NAMES, STYLES, Details, DetailsError, details
from kzbrowser.read.cite_formats import formatted
from kzbrowser.translate import QT_TRANSLATE_NOOP, translated_label
from kzbrowser.ui import settings
from kzbrowser.ui.i18n import translate

if TYPE_CHECKING:
    from kzbrowser.ui.main_window import MainWindow

# Translated where shown (translate("CitationDialog", ...)); the citations themselves stay in the article's English.
HINTS = {"journal": QT_TRANSLATE_NOOP("CitationDialog", "e.g. the journal's full name"),
         "year": QT_TRANSLATE_NOOP("CitationDialog", "four digits"),
         "volume": QT_TRANSLATE_NOOP("CitationDialog", "e.g. 6"),
         "issue": QT_TRANSLATE_NOOP("CitationDialog", "e.g. 36"),
         "pages": QT_TRANSLATE_NOOP("CitationDialog", "e.g. 45-52"),
         "url": "https://…"}
COPY_AS = (("text", QT_TRANSLATE_NOOP("CitationDialog", "Text")), ("bibtex", "BibTeX"), ("ris", "RIS"),
           ("csl-json", "CSL-JSON"))


class CitationDialog(QDialog):
    """The fields, checked as typed (OK only when all are usable), with a preview and copy buttons."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Citation details"))
        self.source = source
        intro = QLabel(self.tr("The article does not print its journal, year, volume, issue or pages. What you enter "
                               "here is used in every citation kzbrowser makes, marked there as supplied by you; it "
                               "is kept in kzbrowser's settings, never in its database. Leave a field empty and "
                               "citations leave it out."), self, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.style_box = QComboBox(self)
        for style in STYLES:
            self.style_box.addItem(translated_label(translate, "CiteDetails", STYLE_NAMES, style), style)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(source.style)))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Style:"), self.style_box)
        for name, english_label in LABELS.items():
            label = translate("CiteDetails", english_label)
            edit = QLineEdit(getattr(source.details, name), self)
            edit.setPlaceholderText(translate("CitationDialog", HINTS[name]))
            edit.setAccessibleName(label)
            edit.textChanged.connect(self._on_changed)
            self.fields[name] = edit
            form.addRow(f"{label[0].upper()}{label[1:]}:", edit)
        self.style_box.currentIndexChanged.connect(self._on_changed)
        self.problem = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        bold = QFont(self.problem.font())
        bold.setBold(True)
        self.problem.setFont(bold)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the citation"))
        # room for the longest entry (APA with every detail and the note) and the in-text example, no more
        self.preview.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        copy_row = QHBoxLayout()
        copy_row.addWidget(QLabel(self.tr("Copy the reference as:"), self))
        self.copy_buttons: dict[str, QPushButton] = {}
        for fmt, text in COPY_AS:
            button = QPushButton(translate("CitationDialog", text), self)
            button.clicked.connect(lambda _=False, f=fmt: self._on_copy(f))
            self.copy_buttons[fmt] = button
            copy_row.addWidget(button)
        copy_row.addStretch()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Reset, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).setText(self.tr("Clear all"))
        self.buttons.button(QDialogButtonBox.StandardButton.Reset).clicked.connect(self._on_clear)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(self.tr("Preview:"), self))
        layout.addWidget(self.preview)
        layout.addLayout(copy_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())
        self._on_changed()

    def chosen_style(self) -> str:
        return str(self.style_box.currentData())

    def value(self) -> Details:
        """The details as entered; DetailsError names the first that cannot be used."""
        return details(**{name: edit.text() for name, edit in self.fields.items()})

    def chosen(self) -> Source:
        """The window's source with what is entered (raises DetailsError as :meth:`value`)."""
        return self.source.with_choice(self.value(), self.chosen_style())

    def _on_changed(self) -> None:
        try:
            chosen = self.chosen()
        except DetailsError as exc:
            self.problem.setText(exc.why.text(translate))
            self.problem.setVisible(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            for b in self.copy_buttons.values():
                b.setEnabled(False)
            self.preview.setPlainText(self.tr("The citation shows here once the field named above can be used."))
            return
        self.problem.setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        for b in self.copy_buttons.values():
            b.setEnabled(True)
        example = chosen.in_text(chosen.locate(chosen.places.paragraphs[0][0])) if chosen.places.paragraphs else ""
        in_text = self.tr("In the text: ({example})").format(example=example) if example else ""
        self.preview.setPlainText(chosen.entry() + (f"\n\n{in_text}" if in_text else ""))

    def _on_clear(self) -> None:
        for edit in self.fields.values():
            edit.clear()

    def _on_copy(self, fmt: str) -> None:
        try:
            QGuiApplication.clipboard().setText(formatted(self.chosen(), fmt))
        except DetailsError:
            return


def edit_citation_details(win: MainWindow) -> CitationDialog:
    """Open the dialog (window-modal, not blocking); OK saves the details and every citation uses them."""
    dialog = CitationDialog(win.source, win)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _on_accepted() -> None:
        value, style = dialog.value(), dialog.chosen_style()
        settings.write_citation_details(win.settings, value)
        settings.CITE_STYLE.write(win.settings, style)
        win.source.details, win.source.style = value, style  # in place: every pane holds this one source
        win.rerender()  # the page shown, with its copy links citing the new way (a party, the overview...)
        given = value.supplied()
        names = ", ".join(translate("CiteDetails", LABELS[n]) for n in given)
        win.statusBar().showMessage(translate("CitationDialog", "Citation details saved: {names} (marked as supplied "
                                                                "by you)").format(names=names) if given else
                                    translate("CitationDialog", "Citation details saved: none given"), 8000)

    dialog.accepted.connect(_on_accepted)
    dialog.open()
    return dialog
