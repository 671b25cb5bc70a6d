"""Windows tall enough for their word-wrapped labels.

Qt sizes a window from its layout's minimum size, which counts a word-wrapped label at
a guessed width, not at the height the window's real width wraps it to: Qt applies no
height-for-width to top-level windows. A window whose labels wrap into more lines than
guessed squeezes its other widgets and cuts their text off (German and the
pseudo-translation wrap into more lines than English).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _TallEnough(QObject):
    """Grows its window whenever it is shown or its layout changed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest):
            grow_to_wrapped_text(watched)
        return False


def grow_to_wrapped_text(window: QWidget) -> None:
    """Make ``window`` as tall as its layout needs at its current width."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()  # a pending layout change first, as Qt would do next
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)


def keep_tall_enough_for_wrapped_text(window: QWidget) -> None:
    """From now on, ``window`` grows (never shrinks) to fit its word-wrapped labels."""
    window.installEventFilter(_TallEnough(window))
