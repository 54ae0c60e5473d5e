"""The chart style table, without Qt: contrast is computed, and the style module needs no Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kzbrowser.present import chart_style


def test_contrast_is_wcag():
    # Published WCAG 2 ratios: black on white 21:1, #777777 on white 4.48:1.
    assert chart_style.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert chart_style.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_label_ink_is_the_more_legible_one():
    # Each fill gets whichever of white and dark ink reads better, by the ratio itself.
    for fill in ("#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#BBBBBB", "#F0E442"):
        ink = chart_style.ink_on(fill)
        other = chart_style.INK if ink == chart_style.WHITE else chart_style.WHITE
        assert chart_style.contrast(ink, fill) >= chart_style.contrast(other, fill)
    assert chart_style.ink_on("#0072B2") == chart_style.WHITE  # dark blue: white ink
    assert chart_style.ink_on("#F0E442") == chart_style.INK  # yellow: dark ink


def test_style_module_needs_no_qt():
    code = "import sys, kzbrowser.present.chart_style; print('PySide6' in sys.modules, 'pyqtgraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
