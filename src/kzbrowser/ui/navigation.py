"""Back and forward across the window's views: which place each view shows, and going back to one.

The window tells the navigator what it showed (:meth:`Navigator.record`) and when the user switched views;
going back or forward shows a recorded place again, where the user had scrolled to, without recording it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzbrowser.ui.history import ABOUT, ARTICLE, CHART, COMPARE, OVERVIEW, PARTY, PARTY_1999, SEARCH, History, Place

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea

    from kzbrowser.ui.main_window import MainWindow

# the tabs of MainWindow (main_window.PARTY_TAB ...), here too so that each module can be read alone
PARTY_TAB, ARTICLE_TAB, SEARCH_TAB, CHARTS_TAB, ABOUT_TAB, COMPARE_TAB = range(6)


class _Quiet:
    def __init__(self, nav: Navigator) -> None:
        self.nav = nav

    def __enter__(self) -> None:
        self.nav.quiet += 1

    def __exit__(self, *_exc: object) -> None:
        self.nav.quiet -= 1


class Navigator:
    """The window's history of places and the one way back to each."""

    def __init__(self, win: MainWindow) -> None:
        self.win = win
        self.history: History[Place] = History()
        self.quiet = 0  # > 0 while the window shows a place it is not to record (going back, or its own steps)

    def quietly(self) -> _Quiet:
        return _Quiet(self)

    # -- recording --------------------------------------------------------------------------------------------
    def record(self, place: Place) -> None:
        if self.quiet:
            return
        self.history.visit(place)
        self.win._update_history_actions()

    def leave(self) -> None:
        """Before the window shows something else: keep in the current place what the user left in it (the
        search typed since, the chart chosen, where the view was scrolled to)."""
        current = self.history.current
        if current is None or self.quiet:
            return
        if current.kind in (SEARCH, CHART):
            live = self.place_of_tab(SEARCH_TAB if current.kind == SEARCH else CHARTS_TAB)
            if live is not None:
                current = live
        area = self._scroller(current)
        self.history.update(current.at(area.verticalScrollBar().value() if area is not None else current.scroll))

    def on_tab_changed(self, index: int) -> None:
        """The user switched views (a tab, a menu item, a shortcut): that is a visit."""
        if self.quiet:
            return
        place = self.place_of_tab(index)
        if place is not None:
            self.leave()
            self.record(place)

    def chart_changed(self, index: int) -> None:
        """Another chart chosen on the Charts tab: a visit of its own."""
        current = self.history.current
        if not self.quiet and self.win.tabs.currentIndex() == CHARTS_TAB and current is not None:
            self.record(Place(CHART, str(index)))

    def compared(self, keys: list[str]) -> None:
        """The Compare view shows these parties (chosen in the list or as a group): a visit; it takes the place
        of an empty Compare tab just visited (the hint only), which Back would show as nothing."""
        current, place = self.history.current, Place(COMPARE, extra=tuple(keys))
        if self.quiet:
            return
        if current is not None and current.kind == COMPARE and not current.extra:
            self.history.update(place)
            self.win._update_history_actions()
        else:
            self.record(place)

    def article_jumped(self, anchor: str, scroll_before: int) -> None:
        """A link inside the article (a footnote, its way back, the contents) was followed: like a link in a
        web page, a visit; the place it left keeps where it was scrolled to."""
        current = self.history.current
        if self.quiet or current is None:
            return
        if current.kind == ARTICLE:
            self.history.update(current.at(scroll_before))
        self.record(Place(ARTICLE, anchor))

    def place_of_tab(self, index: int) -> Place | None:
        """The place a view now shows (None for a view that is not a place: one built by another part)."""
        w = self.win
        if index == PARTY_TAB:
            return w.detail_place
        if index == ARTICLE_TAB:
            return Place(ARTICLE)
        if index == SEARCH_TAB:
            s = w.search_tab.view
            if s is None:
                return Place(SEARCH)
            return Place(SEARCH, s.field.text(), extra=(str(s.scope.currentData()), str(s.party.currentData() or "")))
        if index == CHARTS_TAB:
            c = w.charts_tab.view
            return Place(CHART, str(c.tabs.currentIndex()) if c is not None else "")
        if index == ABOUT_TAB:
            return Place(ABOUT)
        if index == COMPARE_TAB:
            view = w.compare_tab.view
            return Place(COMPARE, extra=tuple(view.keys) if view is not None else ())
        return None

    # -- going back -------------------------------------------------------------------------------------------
    def back(self) -> None:
        self.leave()
        self._show(self.history.back())

    def forward(self) -> None:
        self.leave()
        self._show(self.history.forward())

    def _show(self, place: Place | None) -> None:
        if place is None:
            return
        w = self.win
        with self.quietly():
            if place.kind == PARTY:
                w.show_party(place.target)
            elif place.kind == PARTY_1999:
                w.show_party_1999(place.target)
            elif place.kind == OVERVIEW:
                w.show_overview()
            elif place.kind == ARTICLE:
                w.article_tab.show()
                article = w.article
                if place.spans:
                    article.show_spans(list(place.spans))
                elif place.target:
                    article.jump_to(place.target)
            elif place.kind == SEARCH:
                w.search_tab.show()
                s = w.search_tab.get()
                scope, party = (*place.extra, "", "")[:2]
                for box, value in ((s.scope, scope), (s.party, party or None)):
                    i = box.findData(value)
                    if i >= 0:
                        box.setCurrentIndex(i)
                if s.field.text() != place.target:
                    s.field.setText(place.target)
                s.run_search()
            elif place.kind == CHART:
                w.charts_tab.show()
                charts = w.charts_tab.view
                if charts is not None and place.target.isdigit():
                    charts.tabs.setCurrentIndex(int(place.target))
            elif place.kind == ABOUT:
                w.about_tab.show()
                if place.target:
                    w.about_tab.get().mark_anchors([f"check-{k}" for k in place.target.split(",")])
            elif place.kind == COMPARE:
                view = w.compare_tab.shown()
                if place.extra and list(place.extra) != view.keys:
                    view.set_parties(list(place.extra))  # one no longer possible says why, in the view
            area = self._scroller(place)
            if area is not None:
                area.verticalScrollBar().setValue(place.scroll)
        w._update_history_actions()

    def _scroller(self, place: Place) -> QAbstractScrollArea | None:
        w = self.win
        if place.kind in (PARTY, PARTY_1999, OVERVIEW):
            return w.detail.browser
        if place.kind == ARTICLE and w.article_tab.view is not None:
            return w.article_tab.view.browser
        if place.kind == SEARCH and w.search_tab.view is not None:
            return w.search_tab.view.view
        if place.kind == ABOUT and w.about_tab.view is not None:
            return w.about_tab.view.browser
        if place.kind == COMPARE and w.compare_tab.view is not None:
            return w.compare_tab.view.browser
        return None
