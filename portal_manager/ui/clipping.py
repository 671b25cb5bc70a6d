"""Finding text that a dialog cuts off: a label, button or group box smaller than its text.

A widget shown smaller than its minimum size hint draws its text cut off (Qt does not
elide labels and buttons); a word-wrapped label needs the height its width wraps to.
Used by tests/test_ui_clipping.py and scripts/screenshots.py on every dialog, in German
and in the pseudo-translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)


@dataclass(frozen=True)
class ClippedText:
    """A widget (or one tab of a tab bar) smaller than its text needs.

    Names the widget rather than holding it: a report outlives the dialog.
    """

    widget: str  # its object name, or its class for Qt's own parts
    text: str
    size: tuple[int, int]
    needed: tuple[int, int]

    @classmethod
    def of(cls, widget: QWidget, text: str, size: QSize, needed: QSize) -> ClippedText:
        return cls(widget.objectName() or type(widget).__name__, text,
                   (size.width(), size.height()), (needed.width(), needed.height()))

    def __str__(self) -> str:
        return (f"{self.widget} {self.text[:60]!r}: {self.size[0]}×{self.size[1]}, "
                f"needs {self.needed[0]}×{self.needed[1]}")


def clipped_texts(root: QWidget) -> list[ClippedText]:
    """Every visible text widget in ``root`` (shown) that is smaller than it needs."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            found += _clipped_tabs(widget)
            continue
        text = _shown_text(widget)
        if text is None:
            continue
        needed = _needed_size(widget)
        size = widget.size()
        if size.width() < needed.width() or size.height() < needed.height():
            found.append(ClippedText.of(widget, text, size, needed))
    return found


def _shown_text(widget: QWidget) -> str | None:
    """The text a widget shows, or None for widgets this check does not cover."""
    if isinstance(widget, QLabel):
        return widget.text() or None
    if isinstance(widget, QAbstractButton):
        if isinstance(widget.parentWidget(), QLineEdit):
            return None  # a line edit's action: an icon, sized by the line edit
        return widget.text() or None
    if isinstance(widget, QGroupBox):
        return widget.title() or None
    return None


def _needed_size(widget: QWidget) -> QSize:
    needed = widget.minimumSizeHint()
    if isinstance(widget, QLabel) and widget.wordWrap():
        # Narrower than the longest word is clipped; otherwise the height must fit the
        # lines the current width wraps to.
        return QSize(needed.width(), widget.heightForWidth(widget.width()))
    return needed


def _clipped_tabs(bar: QTabBar) -> list[ClippedText]:
    found = []
    for index in range(bar.count()):
        size, needed = bar.tabRect(index).size(), bar.tabSizeHint(index)
        if size.width() < needed.width():
            found.append(ClippedText.of(bar, bar.tabText(index), size, needed))
    return found

