""""Send test SMS…" / "Start test call…" and "Check API key" from the SMS and voice dialogs.

The request runs on a worker thread, so the window stays responsive; a busy
indicator shows it runs, and Cancel stops waiting for it. A send that was
already written cannot be taken back: if Cancel comes after that, the dialog
says it may have been sent. The core (``app.sending``) checks who may send,
limits test sends and records them in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portal_manager.app.portal import Portal
from portal_manager.app.sending import (
    REGION_OF_LANGUAGE,
    normalise_number,
    send_test,
)
from portal_manager.errors import PortalManagerError
from portal_manager.mfa.preview import preview_message
from portal_manager.mfa.settings import MfaConfig
from portal_manager.mfa.templates import Channel
from portal_manager.ui.accessibility import announce, name_inputs_by_their_labels
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour, feedback_label
from portal_manager.ui.service_texts import language_name
from portal_manager.ui.tab_order import tab_through_buttons_as_shown
from portal_manager.ui.text import error_text, fill
from portal_manager.ui.worker import Worker
from portal_manager.users.directory import Session


class SendTestDialog(QDialog):
    """Send the message being configured to one phone number, and show the answer."""

    def __init__(self, portal: Portal, session: Session, channel: Channel, config: MfaConfig,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendTestDialog")
        self.portal, self.session, self.channel, self.config = portal, session, channel, config
        self._worker: Worker | None = None
        self._waiting = False
        self.setWindowTitle(self.tr("Send test SMS") if channel is Channel.SMS
                            else self.tr("Start test call"))

        self.numberEdit = QLineEdit(objectName="phoneNumberEdit")
        self.numberEdit.setPlaceholderText(self.tr("e.g. +49 176 12345678"))
        self.numberProblem = feedback_label("phoneNumberProblem", FeedbackLevel.ERROR)
        self.numberProblem.setVisible(False)
        self.languageCombo = QComboBox(objectName="testLanguageCombo")
        for code in portal.general.languages:
            self.languageCombo.addItem(language_name(code), code)
        self.messageView = QPlainTextEdit(objectName="testMessageView")
        self.messageView.setReadOnly(True)
        self.messageView.setMaximumHeight(110)
        self.progress = QProgressBar(objectName="sendProgress")
        self.progress.setRange(0, 0)  # busy: the provider gives no progress of its own
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Waiting for the provider"))
        self.resultLabel = QLabel(objectName="sendResultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&Phone number:"), self.numberEdit)
        form.addRow(self.numberProblem)
        form.addRow(self.tr("&Language:"), self.languageCombo)
        form.addRow(self.tr("&Message as sent:"), self.messageView)
        self.sendButton = QPushButton(
            self.tr("&Send") if channel is Channel.SMS else self.tr("&Call"),
            objectName="sendButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.sendButton, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.resultLabel)
        layout.addStretch()
        layout.addWidget(self.buttons)
        tab_through_buttons_as_shown(self.buttons)

        self.numberEdit.textChanged.connect(self._number_changed)
        self.languageCombo.currentIndexChanged.connect(self._show_message)
        self.sendButton.clicked.connect(self.send)
        self._number_changed("")
        self._show_message()
        name_inputs_by_their_labels(self)
        self.resize(520, 420)

    @property
    def is_waiting(self) -> bool:
        return self._waiting

    def _number_changed(self, text: str) -> None:
        problem = None
        if text.strip():
            try:
                normalise_number(text, REGION_OF_LANGUAGE.get(
                    self.portal.general.default_language))
            except PortalManagerError as error:
                problem = error_text(error)
        self.numberProblem.setText(problem or "")
        self.numberProblem.setVisible(problem is not None)
        # Also where a screen reader looks: the focused field, not the label under it.
        self.numberEdit.setAccessibleDescription(problem or "")
        self.sendButton.setEnabled(bool(text.strip()) and problem is None and not self._waiting)

    def _show_message(self) -> None:
        """The message as it will be sent (with a sample code; the real one is fresh)."""
        try:
            preview = preview_message(self.config, self.portal.general, self.channel,
                                      self.languageCombo.currentData())
            self.messageView.setPlainText(preview.text or "")
        except PortalManagerError as error:
            self.messageView.setPlainText(error_text(error))

    def send(self) -> None:
        if self._waiting:
            return
        to, language = self.numberEdit.text(), self.languageCombo.currentData()
        portal, session, channel, config = self.portal, self.session, self.channel, self.config
        self._start(lambda: send_test(portal, session, channel, to, language, config=config))

    def _start(self, call: Callable[[], Any]) -> None:
        self._waiting = True
        self.progress.setVisible(True)
        self.sendButton.setEnabled(False)
        self.resultLabel.setText(self.tr("Sending…"))
        apply_state_colour(self.resultLabel, None)
        self._worker = Worker(self)
        self._worker.finished.connect(self._finished)
        self._worker.start(call)

    def _finished(self, result: Any, error: PortalManagerError | None) -> None:
        if not self._waiting:
            return  # cancelled: the answer came too late to be shown
        self._waiting = False
        self.progress.setVisible(False)
        self._number_changed(self.numberEdit.text())
        if error is not None:
            self.resultLabel.setText(error_text(error))
            apply_state_colour(self.resultLabel, FeedbackLevel.ERROR)
            announce(self.resultLabel, self.resultLabel.text(), urgent=True)
            return
        answer = result.result
        self.resultLabel.setText(fill(
            self.tr("Accepted by the provider: message id %1, %2 part(s), price %3, "
                    "balance %4."),
            *("–" if value is None else value for value in (
                answer.message_id, answer.parts, answer.price, answer.balance))))
        apply_state_colour(self.resultLabel, FeedbackLevel.SUCCESS)
        announce(self.resultLabel, self.resultLabel.text())

    def reject(self) -> None:
        if self._waiting:
            # Cancel stops waiting; what was already written to the provider stays sent.
            self._waiting = False
            self.progress.setVisible(False)
            self.resultLabel.setText(self.tr(
                "Stopped waiting. If the request had already reached the provider, the "
                "message may have been sent: check the phone before trying again."))
            apply_state_colour(self.resultLabel, FeedbackLevel.WARNING)
            announce(self.resultLabel, self.resultLabel.text(), urgent=True)
            self._number_changed(self.numberEdit.text())
            return
        super().reject()


def balance_text(balance: Any) -> str:
    from PySide6.QtCore import QCoreApplication

    return fill(QCoreApplication.translate("SendTestDialog",
                                           "The API key works. Balance: %1 %2."),
                balance.amount, balance.currency)
