"""The typed settings declare every choice the export dialog offers, and nothing else."""

from __future__ import annotations

from kzbrowser.present.chart_options import PRESETS, TIMELINE_ZOOMS
from kzbrowser.ui import settings


def test_the_page_setting_knows_every_page_of_the_dialog():
    from kzbrowser.ui.charts.dialog import PAGES

    assert list(settings.EXPORT_PAGE.kind.choices) == list(PAGES)
    assert set(PRESETS) < set(PAGES)


def test_the_years_settings_know_every_zoom():
    assert list(settings.EXPORT_YEARS.kind.choices) == list(TIMELINE_ZOOMS)
    assert list(settings.TIMELINE_YEARS.kind.choices) == list(TIMELINE_ZOOMS)


def test_every_key_is_declared_once():
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
