"""Test enrolment of the authentication app (PRODUCT.md §3.1), for testers.

A fresh secret for a test account is shown as a QR code and in groups of four;
the tester types the code their app shows and the core's TotpVerifier says
whether it is accepted. QR code and secret hide themselves after two minutes.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QHideEvent,
    QPixmap,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portal_manager.errors import InvalidInputError
from portal_manager.mfa.totp import (
    CheckResult,
    TotpParameters,
    TotpVerifier,
    group_secret,
    new_secret,
    otpauth_uri,
)
from portal_manager.ui.accessibility import announce
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour, feedback_label
from portal_manager.ui.qr_pixmap import QrCodeTooLongError, qr_pixmap
from portal_manager.ui.text import error_text, fill

EXAMPLE_ACCOUNT = "user@example.com"
HIDE_AFTER_SECONDS = 120
QR_MODULE_PIXELS = 4
_TICK_MILLISECONDS = 250

# Issuer and parameters as the dialog holds them right now (saved or not).
CurrentSettings = Callable[[], tuple[str, TotpParameters]]


class EnrolmentTestGroup(QGroupBox):
    """The "Test enrolment (for testers)" group of the authentication app dialog.

    ``wall_clock`` gives Unix time for the codes, ``monotonic_clock`` measures
    how long the secret has been on screen; tests pass a fake clock for both
    and call :meth:`tick` instead of waiting.
    """

    accountChanged = Signal(str)

    def __init__(
        self,
        current_settings: CurrentSettings,
        *,
        wall_clock: Callable[[], float] = time.time,
        monotonic_clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Test enrolment (for testers)"))
        self.setObjectName("testEnrolmentGroup")
        self._current_settings = current_settings
        self._wall_clock = wall_clock
        self._monotonic_clock = monotonic_clock
        self._secret: str | None = None
        self._parameters: TotpParameters | None = None
        self._verifier: TotpVerifier | None = None
        self._shown_at = 0.0
        self._was_paused = False
        self._code_unchecked = False
        self._timer = QTimer(self)
        self._timer.setInterval(_TICK_MILLISECONDS)
        self._timer.timeout.connect(self.tick)
        self._build()
        self._hide_secret_widgets()
        self._set_status("", None)

    # --- what tests and the dialog may ask -------------------------------------------

    @property
    def account_name(self) -> str:
        """The test account's name as the app will show it (the example when empty)."""
        return self.accountEdit.text().strip() or EXAMPLE_ACCOUNT

    @property
    def is_secret_shown(self) -> bool:
        return self._secret is not None

    def show_new_secret(self) -> None:
        """Make a fresh secret and show it, with its QR code, for the current settings."""
        self.hide_secret()
        issuer, parameters = self._current_settings()
        secret = new_secret()
        try:
            uri = otpauth_uri(issuer, self.account_name, secret, parameters)
            pixmap = self._qr_for(uri)
        except QrCodeTooLongError:
            self._set_status(self.tr("The issuer and the account name are too long for a QR "
                                     "code. Shorten one of them."), FeedbackLevel.ERROR)
            return
        except InvalidInputError as error:
            # The core's message names the field and never contains the secret.
            self._set_status(error_text(error), FeedbackLevel.ERROR)
            return
        self._secret, self._parameters = secret, parameters
        self._verifier = TotpVerifier(secret, parameters, self._wall_clock)
        self._shown_at = self._monotonic_clock()
        self.qrLabel.setPixmap(pixmap)
        # Never squeezed: a clipped quiet zone or module makes the code unreadable.
        self.qrLabel.setMinimumSize(pixmap.deviceIndependentSize().toSize())
        self.secretEdit.setText(group_secret(secret))
        self.codeEdit.setMaxLength(parameters.digits + 2)  # room for a space between groups
        self._set_result("", None)
        self._form.setRowVisible(self.secretArea, True)
        self.codeEdit.setEnabled(True)
        self.showButton.setText(self.tr("Show &again"))
        self._timer.start()
        self.tick()
        self.codeEdit.setFocus()

    def hide_secret(self, reason: str = "") -> None:
        """Take QR code and secret off the screen (and out of the clipboard, if put there)."""
        clipboard = QGuiApplication.clipboard()
        if self._secret is not None and clipboard.text() in (
            self._secret, group_secret(self._secret)
        ):
            clipboard.clear()
        self._secret = self._parameters = self._verifier = None
        self._timer.stop()
        self._hide_secret_widgets()
        self._set_status(reason, FeedbackLevel.WARNING if reason else None)

    def settings_changed(self) -> None:
        """A QR code on screen no longer matches the dialog's settings: take it away."""
        if self.is_secret_shown:
            self.hide_secret(self.tr("The settings changed. Show a new QR code to test them."))

    def check_code(self) -> None:
        """Check the code in the code field against the shown secret."""
        if self._verifier is None:
            return
        self._code_unchecked = False
        result = self._verifier.check(self.codeEdit.text())
        self._show_check_result(result)
        # Typing again replaces the code, which stays visible for comparing with the app.
        self.codeEdit.selectAll()

    def tick(self) -> None:
        """Update the countdowns; hide the secret once its time is up."""
        if self._secret is None:
            return
        remaining = HIDE_AFTER_SECONDS - (self._monotonic_clock() - self._shown_at)
        if remaining <= 0:
            self.hide_secret(self.tr("The QR code and the secret are hidden. Show a new one "
                                     "to test again."))
            return
        minutes, seconds = divmod(math.ceil(remaining), 60)
        self._set_status(fill(self.tr("Hides in %1"), f"{minutes}:{seconds:02d}"), None)
        self._update_pause()

    # --- building and updating -------------------------------------------------------

    def _build(self) -> None:
        self.accountEdit = QLineEdit(objectName="accountEdit")
        self.accountEdit.setPlaceholderText(EXAMPLE_ACCOUNT)
        self.accountEdit.textChanged.connect(self._account_edited)
        self.showButton = QPushButton(self.tr("&Show QR code"), objectName="showQrButton")
        self.showButton.clicked.connect(self.show_new_secret)
        account_row = QHBoxLayout()
        account_row.addWidget(self.accountEdit, 1)
        account_row.addWidget(self.showButton)

        self.qrLabel = QLabel(objectName="qrLabel")
        self.qrLabel.setAccessibleName(self.tr("QR code for the authentication app"))
        self.qrLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secretEdit = QLineEdit(objectName="secretEdit")
        self.secretEdit.setReadOnly(True)
        # Fixed width, so 0/O and 1/l/I are told apart when typing the secret by hand.
        self.secretEdit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.secretEdit.setMinimumWidth(self.secretEdit.fontMetrics().horizontalAdvance(
            group_secret("W" * 32)) + 16)
        self.copyButton = QPushButton(self.tr("&Copy"), objectName="copySecretButton")
        self.copyButton.clicked.connect(self._copy_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secretEdit, 1)
        secret_row.addWidget(self.copyButton)
        secret_label = QLabel(self.tr("Secre&t (for typing):"))
        secret_label.setBuddy(self.secretEdit)
        self.secretArea = QWidget(objectName="secretArea")
        secret_layout = QVBoxLayout(self.secretArea)
        secret_layout.setContentsMargins(0, 0, 0, 0)
        secret_layout.addWidget(self.qrLabel)
        secret_layout.addWidget(secret_label)
        secret_layout.addLayout(secret_row)

        self.statusLabel = feedback_label("enrolmentStatusLabel")
        self.codeEdit = QLineEdit(objectName="codeEdit")
        self.codeEdit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9 ]*")))
        self.codeEdit.textChanged.connect(self._code_edited)
        # Enter checks the code; it must not reach the dialog and press its OK button.
        self.codeEdit.installEventFilter(self)
        self.resultLabel = feedback_label("codeResultLabel")

        account_label = QLabel(self.tr("Test &account:"))
        account_label.setBuddy(self.accountEdit)
        self._form = QFormLayout(self)
        self._form.addRow(account_label, account_row)
        self._form.addRow(self.secretArea)
        self._form.addRow(self.statusLabel)
        self._form.addRow(self.tr("C&ode from the app:"), self.codeEdit)
        self._form.addRow(self.resultLabel)
        self.setTabOrder(self.accountEdit, self.showButton)
        self.setTabOrder(self.showButton, self.secretEdit)
        self.setTabOrder(self.secretEdit, self.copyButton)
        self.setTabOrder(self.copyButton, self.codeEdit)

    def _qr_for(self, uri: str) -> QPixmap:
        # Whole device pixels per module keep the code crisp on high-DPI screens.
        ratio = self.devicePixelRatioF()
        pixmap = qr_pixmap(uri, max(1, round(QR_MODULE_PIXELS * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _hide_secret_widgets(self) -> None:
        self.qrLabel.clear()
        self.secretEdit.clear()
        self.codeEdit.clear()
        self.codeEdit.setEnabled(False)
        self._form.setRowVisible(self.secretArea, False)
        self._set_result("", None)
        self._was_paused = False

    def _account_edited(self, _text: str) -> None:
        self.accountChanged.emit(self.account_name)
        self.settings_changed()

    def _copy_secret(self) -> None:
        if self._secret is not None:
            QGuiApplication.clipboard().setText(self._secret)

    def _code_edited(self, text: str) -> None:
        self._code_unchecked = True
        digits = sum(char.isdigit() for char in text)
        if self._parameters is not None and digits == self._parameters.digits:
            self.check_code()

    def _code_entered(self) -> None:
        # The last digit may already have checked this code; Enter must not count it twice.
        if self._code_unchecked:
            self.check_code()

    def _show_check_result(self, result: CheckResult) -> None:
        if self._update_pause():
            return
        digits = self._parameters.digits if self._parameters else 0
        texts = {
            CheckResult.ACCEPTED: (self.tr("Accepted"), FeedbackLevel.SUCCESS),
            CheckResult.WRONG: (self.tr("Wrong code"), FeedbackLevel.ERROR),
            CheckResult.REPLAYED: (self.tr("Already used — wait for the next code"),
                                   FeedbackLevel.WARNING),
            CheckResult.MALFORMED: (self.tr("Enter the %n digits the app shows.", "", digits),
                                    FeedbackLevel.ERROR),
        }
        text, level = texts[result]
        self._set_result(text, level)

    def _update_pause(self) -> bool:
        """Show the pause countdown while checking is paused; whether it is."""
        remaining = self._verifier.pause_remaining() if self._verifier else 0.0
        if remaining > 0:
            # The countdown ticks every second; a screen reader hears only that it began.
            spoken = not self._was_paused
            self._was_paused = True
            self._set_result(
                self.tr("Paused for %n s after five wrong codes", "", math.ceil(remaining)),
                FeedbackLevel.WARNING, spoken=spoken,
            )
            return True
        if self._was_paused:
            self._was_paused = False
            self._set_result(self.tr("You can enter a code again."), None)
        return False

    def _set_status(self, text: str, level: FeedbackLevel | None) -> None:
        self.statusLabel.setText(text)
        # Hiding the row, not only the label, leaves no gap in the form.
        self._form.setRowVisible(self.statusLabel, bool(text))
        apply_state_colour(self.statusLabel, level)

    def _set_result(self, text: str, level: FeedbackLevel | None, *, spoken: bool = True) -> None:
        self.resultLabel.setText(text)
        self._form.setRowVisible(self.resultLabel, bool(text))
        apply_state_colour(self.resultLabel, level)
        if spoken:  # the focus stays in the code field: the verdict is spoken, not only shown
            announce(self.resultLabel, text, urgent=level is FeedbackLevel.ERROR)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if "codeEdit" not in self.__dict__:  # events during construction or teardown
            return False
        if (watched is self.codeEdit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._code_entered()
            return True
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        # The secret never stays behind a closed or hidden dialog.
        if "_secret" in self.__dict__:
            self.hide_secret()
        super().hideEvent(event)
