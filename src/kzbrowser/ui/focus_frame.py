"""A frame in the theme's highlight colour around the view that has the keyboard focus.

Fusion's own focus marks are faint. A style sheet (``:focus { border: ... }``) would draw this, but a widget with
a style sheet keeps its palette when the application's changes (a dark theme), so the frame is drawn by a
small overlay instead, which paints with whatever palette is current.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

WIDTH = 2


class FocusFrame(QWidget):
    """Drawn over whichever of the watched views (or a widget inside one) has the focus; hidden otherwise."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        self.views: list[QWidget] = []
        self.target: QWidget | None = None
        self._chain: list[QWidget] = []  # the target and the widgets around it, up to the window
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def watch(self, view: QWidget) -> None:
        self.views.append(view)
        if view.hasFocus():
            self._on_focus_changed(None, view)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = next((v for v in self.views if new is not None and (new is v or v.isAncestorOf(new))), None)
        for watched in self._chain:
            watched.removeEventFilter(self)
        self.target, self._chain = target, []
        if target is None:
            self.hide()
            return
        # A child of the window, not of the view's parent (a splitter would take it for one of its panes); so it
        # follows the view when the view or any widget around it moves or is resized.
        w: QWidget | None = target
        while w is not None and w is not self.parentWidget():
            w.installEventFilter(self)
            self._chain.append(w)
            w = w.parentWidget()
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        if self.target is not None and parent is not None:
            self.setGeometry(QRect(self.target.mapTo(parent, QPoint(0, 0)), self.target.size()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._chain and event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        elif watched is self.target and event.type() == QEvent.Type.Hide:
            self.hide()
        elif watched is self.target and event.type() == QEvent.Type.Show:
            self._place()
            self.show()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
        pen.setWidth(WIDTH)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))  # the pen's two pixels inside the view's edge
        painter.end()
