"""Small dialogs opened from a dialog: one at a time, window-modal, never blocking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget


class ChildDialogs:
    """Opens ``parent``'s child dialogs (an entry, a password, a question) one at a time.

    ``open()`` does not block, so tests and the event loop go on; the dialog
    before is closed by then and handed back to Python to be freed (deleting it
    with WA_DeleteOnClose crashed PySide6 6.12 when a lambda was connected).
    """

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._child: QDialog | None = None

    def open(self, child: QDialog) -> None:
        if self._child is not None:
            self._child.setParent(None)
        self._child = child
        child.open()

    def question(self, object_name: str, text: str, detail: str, yes_text: str,
                 on_yes: Callable[[], None]) -> QMessageBox:
        """A window-modal question whose default (Enter, Escape) is Cancel."""
        box = QMessageBox(QMessageBox.Icon.Question, self._parent.windowTitle(), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self._parent)
        box.setObjectName(object_name)
        box.setInformativeText(detail)
        # Qt sizes a message box by its first line; give the explanation room to read.
        explanation = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if explanation is not None:
            explanation.setMinimumWidth(360)
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(on_yes)
        self.open(box)
        return box
