"""Tab order where Qt's own order differs from what the user sees.

A QDialogButtonBox lays out its buttons by the platform's convention (OK left of
Cancel on one, right of it on another; action buttons beside them), but Tab visits
them in the order they were created, so Tab jumped from Cancel back to OK.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QDialogButtonBox, QWidget


def buttons_in_layout_order(box: QDialogButtonBox) -> list[QWidget]:
    """The buttons of ``box`` as the platform lays them out, left to right."""
    layout = box.layout()
    widgets = (layout.itemAt(index).widget() for index in range(layout.count()))
    return [widget for widget in widgets if widget is not None]


def tab_through_buttons_as_shown(box: QDialogButtonBox) -> None:
    """Let Tab visit the buttons of ``box`` left to right, as they are laid out.

    Call once the box sits in its dialog's layout, after its last button was added (adding
    one lays the box out again; moving the box into the dialog redoes the focus chain).
    """
    buttons = buttons_in_layout_order(box)
    for before, after in pairwise(buttons):
        QWidget.setTabOrder(before, after)
