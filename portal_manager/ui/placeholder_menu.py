""""Add placeholder": a menu button offering the placeholders of a channel, to insert at the cursor.

Which placeholders are offered, and in which order, is the core's
``placeholders_for`` (the recommended one first; ``${OTPDIGIT[i]}`` is typed
by hand, as in the guide). What each renders to is the core's
``render_sample`` for the current code length, so "123 456" follows the code
length the dialog shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from portal_manager.errors import PortalManagerError
from portal_manager.mfa.templates import (
    MIN_CODE_LENGTH,
    RECOMMENDED_PLACEHOLDER,
    Channel,
    placeholders_for,
    render_sample,
)
from portal_manager.ui.text import fill


class AddPlaceholderButton(QToolButton):
    """"Add placeholder" with its menu; choosing an entry emits ``placeholderChosen(str)``.

    ``code_length_provider()`` is asked each time the menu opens, so the examples
    follow the dialog's code length. Keyboard: the button's mnemonic (Alt+P) or
    Space opens the menu, arrow keys move, Enter chooses.
    """

    placeholderChosen = Signal(str)

    def __init__(self, channel: Channel, code_length_provider: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPlaceholderButton")
        self._channel = Channel(channel)
        self._code_length_provider = code_length_provider
        self.setText(self.tr("Add &placeholder"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolTip(self.tr(
            "Inserts a placeholder at the cursor. ${OTPDIGIT[i]} (one digit of the code) "
            "is typed by hand."))
        self.placeholderMenu = QMenu(self, objectName="placeholderMenu")
        self.placeholderMenu.setToolTipsVisible(True)
        self.setMenu(self.placeholderMenu)
        self.placeholderMenu.aboutToShow.connect(self.refresh)
        self.placeholderMenu.triggered.connect(self._chosen)
        self.refresh()

    @property
    def channel(self) -> Channel:
        return self._channel

    def placeholders(self) -> list[str]:
        """The placeholders in the menu, in menu order."""
        return [action.data() for action in self.placeholder_actions()]

    def placeholder_actions(self) -> list[QAction]:
        return [action for action in self.placeholderMenu.actions() if action.data()]

    def refresh(self) -> None:
        """Rebuild the entries for the current code length (done each time the menu opens)."""
        code_length = self._code_length_provider()
        self.placeholderMenu.clear()
        recommended = RECOMMENDED_PLACEHOLDER[self._channel]
        for placeholder in placeholders_for(self._channel):
            action = self.placeholderMenu.addAction(
                self._entry_text(placeholder, placeholder == recommended, code_length))
            action.setData(placeholder)
            action.setObjectName(f"placeholderAction{placeholder[2:-1]}")
            action.setToolTip(self._explanation(placeholder))
            if placeholder == recommended:
                # The recommended one stands apart from the others, and Enter takes it.
                self.placeholderMenu.addSeparator()
                self.placeholderMenu.setActiveAction(action)

    def _entry_text(self, placeholder: str, recommended: bool, code_length: int) -> str:
        explanation = self._explanation(placeholder)
        example = self._example(placeholder, code_length)
        if recommended:
            return fill(self.tr("%1 — Recommended: %2, e.g. %3"), placeholder, explanation,
                        example)
        if example:
            return fill(self.tr("%1 — %2, e.g. %3"), placeholder, explanation, example)
        return fill(self.tr("%1 — %2"), placeholder, explanation)

    def _explanation(self, placeholder: str) -> str:
        voice = self._channel is Channel.VOICE
        explanations = {
            "${OTP}": self.tr("the code as one number"),
            "${OTPFMT}": (self.tr("the digits separated by spaces, read one by one") if voice
                          else self.tr("the code in groups of three or four digits")),
            "${OTPFMTSSML}": (
                self.tr("the digits separated by colons, so speech reads each digit")),
            "${from}": self.tr("the sender name in the message's language"),
            "${timestamp}": self.tr("when the message was made, in UTC"),
        }
        return explanations.get(placeholder, "")

    def _example(self, placeholder: str, code_length: int) -> str:
        if placeholder == "${from}":
            return ""  # the sender name differs per language; the preview shows it
        try:
            return render_sample(placeholder, self._channel, code_length)
        except PortalManagerError:  # a code length outside 6–10, from a file
            return render_sample(placeholder, self._channel, MIN_CODE_LENGTH)

    def _chosen(self, action: QAction) -> None:
        placeholder = action.data()
        if placeholder:
            self.placeholderChosen.emit(placeholder)
