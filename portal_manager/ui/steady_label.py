"""A label whose frequent text changes lay out the window again only when its size changes.

QLabel.setText asks the parent's layout to recompute on every change, and laying
out a whole dialog (word-wrapped labels, heights for widths) costs about a
millisecond: on every keystroke, for the SMS counter's summary (bench/keystroke.py).
So the label lives in a host without a layout: the host passes the label's size
hints on, and asks its own parent to lay out again only when they changed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class SteadyLabelHost(QWidget):
    """Holds ``label``, filling the host; the label stays what callers talk to."""

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{label.objectName()}Host")
        self.label = label
        label.setParent(self)
        self.setSizePolicy(label.sizePolicy())
        self._hints: tuple | None = None

    def sizeHint(self):
        return self.label.sizeHint()

    def minimumSizeHint(self):
        return self.label.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.label.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.label.heightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.setGeometry(self.rect())
        self._follow_label()  # a new width may need another height
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # A text set while hidden asked nobody: compare now.
        self._follow_label()
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the label's text, font or style changed
            self._follow_label()
            return True
        return super().event(event)

    def _follow_label(self) -> None:
        hints = (self.label.sizeHint(), self.label.minimumSizeHint(),
                 self.label.heightForWidth(self.width()))
        if hints != self._hints:
            self._hints = hints
            self.updateGeometry()
