"""The Qt shell: widgets that lay out and bind the plain objects of the core."""

from __future__ import annotations

from kzbrowser.ui.pyside_start import start_pyside

start_pyside()
