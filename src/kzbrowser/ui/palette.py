"""Colours for generated HTML, taken from the widget's palette so light and dark themes both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from kzbrowser.present.html import Colors


def colors_for(widget: QWidget) -> Colors:
    pal = widget.palette()
    text = pal.color(QPalette.ColorRole.Text)
    base = pal.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    panel = base.lighter(135) if dark else base.darker(106)
    muted = mix(text, base, 0.62)
    accent = pal.color(QPalette.ColorRole.Link)
    warn = QColor("#ffb070") if dark else QColor("#a04000")
    mark = pal.color(QPalette.ColorRole.Highlight)
    mark_text = pal.color(QPalette.ColorRole.HighlightedText)
    heading = mix(text, mark, 0.68)  # the text's own colour, tinted by the theme's highlight: calm in both themes
    return Colors(text.name(), muted.name(), panel.name(), accent.name(), warn.name(), mark.name(), mark_text.name(),
                  heading.name())


def mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() * t + b.red() * (1 - t)), round(a.green() * t + b.green() * (1 - t)),
                  round(a.blue() * t + b.blue() * (1 - t)))
