"""The export dialog: page size (presets for slides and papers, or pixels), text scale, what the page
shows, greyscale and (timeline) years, with a preview of the very page that will be written.

Remembers the last choice in QSettings under charts/export/*, read through small checked helpers.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from kzbrowser.present.chart_options import PRESETS, TIMELINE_ZOOMS, OptionError, Options, options
from kzbrowser.read.chart_data import Chart
from kzbrowser.translate import QT_TRANSLATE_NOOP
from kzbrowser.ui import settings as settings_
from kzbrowser.ui.i18n import translate

log = logging.getLogger(__name__)
PAGES = {"standard": QT_TRANSLATE_NOOP("ExportDialog", "Standard page (10 inches wide, as tall as needed)"),
         **{k: p.label for k, p in PRESETS.items()},  # marked in present/chart_options.py
         "custom": QT_TRANSLATE_NOOP("ExportDialog", "Custom size")}
PREVIEW_W = 420


def save_file_dialog(parent: QWidget, caption: str, start: str, fmt: str, name_filter: str) -> QFileDialog:
    """A save dialog whose own overwrite check sees the final name: the suffix is added before it asks."""
    from kzbrowser.ui.save import save_dialog

    return save_dialog(parent, caption, start, name_filter, fmt)


class ExportDialog(QDialog):
    """Choose the page of an export (PNG, SVG or PDF) and see it before it is written."""

    def __init__(self, chart: Chart, fmt: str, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.fmt, self.settings = chart, fmt, settings
        self.setWindowTitle(self.tr("Export {format}").format(format=fmt.upper()))
        s = settings
        self.page = QComboBox()
        for key, label in PAGES.items():
            self.page.addItem(translate("ExportDialog", label), key)
        self.page.setCurrentIndex(list(PAGES).index(settings_.EXPORT_PAGE.read(s)))
        self.width_box = QSpinBox(minimum=100, maximum=20000, singleStep=100, suffix=" px")
        self.width_box.setValue(settings_.EXPORT_WIDTH.read(s))
        self.height_box = QSpinBox(minimum=100, maximum=20000, singleStep=100, suffix=" px")
        self.height_box.setValue(settings_.EXPORT_HEIGHT.read(s))
        self.scale_box = QDoubleSpinBox(minimum=0.5, maximum=4.0, singleStep=0.1, decimals=2)
        self.scale_box.setValue(settings_.EXPORT_FONT_SCALE.read(s))
        self.checks = {}
        for key, text in (("title", self.tr("&Title")), ("legend", self.tr("&Legend")),
                          ("notes", self.tr("&Notes and source")), ("greyscale", self.tr("&Greyscale"))):
            box = QCheckBox(text)
            box.setChecked(settings_.EXPORT_TOGGLES[key].read(s))
            self.checks[key] = box
        self.years = QComboBox()
        for key in TIMELINE_ZOOMS:
            self.years.addItem(self.tr("All years") if key == "all" else key.replace("-", "\u2013"), key)
        self.years.setCurrentIndex(list(TIMELINE_ZOOMS).index(settings_.EXPORT_YEARS.read(s)))
        self.preview = QLabel()
        self.preview.setMinimumWidth(PREVIEW_W)
        self.preview.setAccessibleName(self.tr("Preview of the exported page"))
        self.error = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Page:"), self.page)
        size = QHBoxLayout()
        size.addWidget(self.width_box)
        size.addWidget(QLabel("×"))
        size.addWidget(self.height_box)
        size_label = QLabel(self.tr("&Size:"))  # a row of two fields: the label's buddy is set here, or it shows "&"
        size_label.setBuddy(self.width_box)
        form.addRow(size_label, size)
        form.addRow(self.tr("&Text scale:"), self.scale_box)
        for box in self.checks.values():
            form.addRow(box)
        if chart.name == "timeline":
            form.addRow(self.tr("&Years:"), self.years)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(self.error)
        form.addRow(buttons)
        outer = QHBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.preview)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.update_preview)
        for w in (self.page, self.years):
            w.currentIndexChanged.connect(self._on_changed)
        for b in (self.width_box, self.height_box):
            b.valueChanged.connect(self._on_changed)
        self.scale_box.valueChanged.connect(self._on_changed)
        for box in self.checks.values():
            box.toggled.connect(self._on_changed)
        self._on_changed()
        self.update_preview()

    def page_key(self) -> str:
        return str(self.page.currentData())

    def options(self) -> Options:
        """The Options of the current choice. Raises OptionError."""
        key = self.page_key()
        preset = key if key in PRESETS else None
        width = self.width_box.value() if (key in ("standard", "custom") and self.fmt == "png") or key == "custom" \
            else None
        height = self.height_box.value() if key == "custom" else None
        years = TIMELINE_ZOOMS[str(self.years.currentData())] if self.chart.name == "timeline" else None
        return options(preset, width, height, self.scale_box.value(), years=years,
                       **{k: b.isChecked() for k, b in self.checks.items()})

    def png_width(self) -> int | None:
        """For the standard page: the PNG's width (it only scales the page)."""
        return self.width_box.value() if self.page_key() == "standard" and self.fmt == "png" else None

    def _on_changed(self) -> None:
        key = self.page_key()
        self.width_box.setEnabled(key == "custom" or (key == "standard" and self.fmt == "png"))
        self.height_box.setEnabled(key == "custom")
        self._timer.start()

    def update_preview(self) -> None:
        from kzbrowser.ui.charts.export import render_image

        try:
            opts = self.options()
        except OptionError as exc:
            self.error.setText(str(exc))
            self.ok.setEnabled(False)
            return
        self.error.setText("")
        self.ok.setEnabled(True)
        img = render_image(self.chart, PREVIEW_W * 2 if not opts.sized else None, opts=opts)
        pix = QPixmap.fromImage(img).scaledToWidth(PREVIEW_W)
        self.preview.setPixmap(pix)

    def accept(self) -> None:
        s = self.settings
        settings_.EXPORT_PAGE.write(s, self.page_key())
        settings_.EXPORT_WIDTH.write(s, self.width_box.value())
        settings_.EXPORT_HEIGHT.write(s, self.height_box.value())
        settings_.EXPORT_FONT_SCALE.write(s, self.scale_box.value())
        settings_.EXPORT_YEARS.write(s, str(self.years.currentData()))
        for k, b in self.checks.items():
            settings_.EXPORT_TOGGLES[k].write(s, b.isChecked())
        super().accept()
