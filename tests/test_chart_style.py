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


def test_values_under_a_bar_are_the_ones_that_do_not_fit_and_are_pushed_apart():
    from kzbrowser.present.chart_marks import under_bar
    from kzbrowser.read.chart_data import Item

    # The Civilian Party's row of Table 4; a value fits inside if its segment is 10 or more.
    item = Item(label="Kazakhstan Civilian Party", key=None, value=None, printed="",
                segments=(1.4, 15.9, 3.9, 20.4, 58.4), segments_printed=("1.4", "15.9", "3.9", "20.4", "58.4"))
    below = under_bar(item, 0, 100, lambda t, share: share >= 0.1, lambda t: 16.0, pad=1.0)
    assert [(b.k, b.text) for b in below] == [(0, "1.4"), (2, "3.9")]
    # 1.4 starts at the axis, not left of it; 3.9 (centred at 19.25) is pushed right of 1.4 and the pad.
    assert [b.left for b in below] == [0, 17]
    end = Item(label="x", segments=(50.0, 49.0, 1.0), segments_printed=("50", "49", "1"))
    (last,) = under_bar(end, 0, 100, lambda t, share: share >= 0.1, lambda t: 16.0, pad=1.0)
    assert last.left + last.width == 100  # pulled back inside the axis on the right
