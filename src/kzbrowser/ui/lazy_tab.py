"""Tabs whose view is built the first time it is shown or needed: a placeholder stands in until then."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from kzbrowser.present.html import escape

W = TypeVar("W", bound=QWidget)


class Unavailable(Exception):
    """The view cannot be built in this installation; the message, shown in its place, says why."""


class LazyTab(Generic[W]):
    """One tab of ``tabs``: a placeholder until the tab is first shown (or its view asked for), then the view.

    ``build`` makes the view (it may raise :class:`Unavailable`); ``connect`` wires its signals, once.
    ``deferred`` builds on the next pass of the event loop rather than inside the tab switch, for a view
    whose build is slow enough that the placeholder should be seen first.
    """

    def __init__(self, tabs: QTabWidget, index: int, label: str, placeholder: str, build: Callable[[], W],
                 connect: Callable[[W], None] | None = None, deferred: bool = False) -> None:
        self._tabs = tabs
        self.index = index
        self._label = label
        self._build = build
        self._connect = connect
        self._deferred = deferred
        self._scheduled = False
        self.view: W | None = None  # None until built
        self.unavailable: str | None = None  # why it could not be built, once tried
        self._placeholder = _placeholder(placeholder, tabs)
        tabs.insertTab(index, self._placeholder, label)
        tabs.currentChanged.connect(self._on_current_changed)

    def get(self) -> W:
        """The view, built now if it is not yet. Raises :class:`Unavailable` if it cannot be."""
        if self.view is None:
            self._build_now()
        if self.view is None:
            raise Unavailable(self.unavailable or "")
        return self.view

    def show(self) -> None:
        self._tabs.setCurrentIndex(self.index)

    def shown(self) -> W:
        """The view, its tab made current (built now if need be). Raises :class:`Unavailable` if it cannot be."""
        self.show()
        return self.get()

    def _on_current_changed(self, index: int) -> None:
        if index != self.index or self.view is not None or self.unavailable is not None:
            return
        if not self._deferred:
            self._build_now()
        elif not self._scheduled:  # the user may come back to the tab before the build has run
            self._scheduled = True
            QTimer.singleShot(0, self._build_now)

    def _build_now(self) -> None:
        if self.view is not None or self.unavailable is not None:
            return
        try:
            view = self._build()
        except Unavailable as exc:
            self.unavailable = str(exc)
            self._placeholder.setText(_placeholder_html(self.unavailable))
            return
        self.view = view
        if self._connect is not None:
            self._connect(view)
        # Swapped with the signals blocked and the user's tab kept: building is not a tab change, and a
        # deferred build must not pull the user back to a tab they have left.
        current = self._tabs.currentIndex()
        self._tabs.blockSignals(True)
        self._tabs.removeTab(self.index)
        self._tabs.insertTab(self.index, view, self._label)
        self._tabs.setCurrentIndex(current)
        self._tabs.blockSignals(False)
        self._placeholder.deleteLater()


class _Passes:
    """The event loop's passes, counted (its dispatcher says when it is about to wait and when it wakes: once
    or twice a pass, never within one), and which runner of IdleSteps ran a step in which pass: the zero
    timers of several runners all fire in the same pass, and their steps would add up to one long stall."""

    def __init__(self) -> None:
        self.count = 0
        self.dispatcher: QAbstractEventDispatcher | None = None
        self.last_pass = -1
        self.last: IdleSteps | None = None  # the runner that ran the last step
        self.owed: IdleSteps | None = None  # a runner that let another go first, and goes next

    def watch(self) -> None:
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None and dispatcher is not self.dispatcher:
            self.dispatcher = dispatcher
            dispatcher.awake.connect(self._on_pass)
            dispatcher.aboutToBlock.connect(self._on_pass)

    def _on_pass(self) -> None:
        self.count += 1

    def turn(self, runner: IdleSteps) -> bool:
        """Whether ``runner`` may run a step now: none is owed the turn before it, and no other ran a step in
        this pass (then it is owed the next turn: the first runner's timer, which fires first, would otherwise
        take every pass)."""
        owed = self.owed
        if owed is not runner:
            if owed is not None and owed.due_next():
                return False
            if self.last_pass == self.count and self.last is not None and self.last is not runner:
                self.owed = runner
                return False
        self.owed = None
        self.last_pass, self.last = self.count, runner
        return True

    def forget(self, runner: IdleSteps) -> None:
        if self.owed is runner:
            self.owed = None
        if self.last is runner:
            self.last = None


PASSES = _Passes()


class IdleSteps(QObject):
    """Runs ``steps`` (an iterator whose every ``next()`` does one short piece of work) one piece per pass of
    the event loop, only while the user is not using the window: a key, click or wheel pauses it until QUIET_MS
    have passed without one. A step that yields a number of milliseconds (it waits on work done elsewhere, a
    background import) is called again after that long rather than on the next pass; ``hold(True)`` is called
    when the user starts using the window and ``hold(False)`` when the steps go on (or stop), so that such work
    can be held too. Several runners take turns: one step a pass among them all (see _Passes).

    Signals:
        finished(): the iterator is exhausted (not emitted after stop()).
    """

    finished = Signal()
    QUIET_MS = 500
    _INPUT = frozenset((2, 3, 4, 6, 31))  # QEvent: MouseButtonPress, Release, DblClick, KeyPress, Wheel

    def __init__(self, steps: Iterator[int | None], parent: QObject | None = None,
                 hold: Callable[[bool], None] | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._hold = hold or (lambda _held: None)
        self._timer = QTimer(self)  # a child: it never fires for an owner already gone
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timeout)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(self.QUIET_MS)
        self._quiet.timeout.connect(self._go_on)
        self._watching = False
        self.started = self.done = False

    def start(self) -> None:
        if self.done:
            return
        self.started = True
        PASSES.watch()
        app = QCoreApplication.instance()
        if app is not None and not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def due_next(self) -> bool:
        """Whether its next step is due on the next pass (running, paused by nobody, not waiting)."""
        try:
            return self._timer.isActive() and self._timer.interval() == 0
        except RuntimeError:  # gone with its owner
            return False

    def stop(self) -> None:
        PASSES.forget(self)
        self._timer.stop()
        self._quiet.stop()
        self._unwatch()
        self._hold(False)

    def _go_on(self) -> None:
        self._hold(False)
        self._timer.start()

    def paused(self) -> bool:
        """Waiting for the user to stop using the window."""
        return self._quiet.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type().value) in self._INPUT and not self.done:
            self._timer.stop()
            if not self._quiet.isActive():
                self._hold(True)
            self._quiet.start()
        return False

    def _unwatch(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def _on_timeout(self) -> None:
        if not PASSES.turn(self):
            return  # the timer brings it back on the next pass
        # Not watching while a step runs: no input arrives during it (a step never spins the event loop), and
        # this filter, called for each of the thousands of events a step's new widgets send, would double the
        # time of a step that builds widgets (measured: 25 -> 50 ms for a pyqtgraph PlotItem).
        app = QCoreApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        try:
            wait = next(self._steps)
        except StopIteration:
            PASSES.forget(self)
            self._timer.stop()
            self._unwatch()
            self._hold(False)
            self.done = True
            self.finished.emit()
            return
        finally:
            if app is not None and self._watching:
                app.installEventFilter(self)
        self._timer.setInterval(wait if isinstance(wait, int) and wait > 0 else 0)


def _placeholder(text: str, parent: QWidget) -> QLabel:
    # Centred by the HTML, not setAlignment: Qt.AlignCenter would build PySide's Qt namespace before the
    # first frame (see party_models.DISPLAY_ROLE). A label centres vertically by default.
    label = QLabel(_placeholder_html(text), parent)
    label.setWordWrap(True)
    return label


def _placeholder_html(text: str) -> str:
    return f'<p align="center">{escape(text)}</p>'
