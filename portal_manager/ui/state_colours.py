"""State colours: the text colour of an error, a warning or a success, in either theme.

Colours come from one place and follow the theme (dark red on a light window,
light red on a dark one). Kept apart from :mod:`feedback` (icons, field
markers), which needs much more of Qt: the first window needs only these.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel


class FeedbackLevel(Enum):
    ERROR = "error"
    WARNING = "warning"
    SUCCESS = "success"


# Each level has a colour for light windows and one for dark windows; both keep a
# contrast of at least 4.5:1 (WCAG AA) against a typical window background.
_COLOURS = {
    FeedbackLevel.ERROR: ("#b00020", "#ff8a80"),
    FeedbackLevel.WARNING: ("#8a5a00", "#ffd180"),
    FeedbackLevel.SUCCESS: ("#1b5e20", "#a5d6a7"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def state_colour(level: FeedbackLevel, palette: QPalette) -> QColor:
    """The colour for ``level`` that is readable on ``palette``'s window background."""
    light, dark = _COLOURS[level]
    return QColor(dark if is_dark(palette) else light)


def apply_state_colour(label: QLabel, level: FeedbackLevel | None) -> None:
    """Colour ``label``'s text for ``level``; None returns it to the normal text colour."""
    palette = label.palette()
    parent = label.parentWidget()
    base = parent.palette() if parent is not None else QPalette()
    colour = (
        base.color(QPalette.ColorRole.WindowText)
        if level is None
        else state_colour(level, base)
    )
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
