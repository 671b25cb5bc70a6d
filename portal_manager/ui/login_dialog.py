"""The login that the app starts with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from portal_manager.app.portal import Portal
from portal_manager.errors import PortalManagerError
from portal_manager.ui.state_colours import FeedbackLevel, apply_state_colour
from portal_manager.ui.text import error_text, fill
from portal_manager.users.directory import AuthenticationError, Session


class LoginDialog(QDialog):
    """Asks for user name and password; :attr:`session` is set once they are right.

    ``while_checking`` runs while the password's key is derived (about half a
    second, on another thread): the app loads its main window then.
    """

    def __init__(self, portal: Portal, parent: QWidget | None = None,
                 while_checking: Callable[[], object] = lambda: None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.while_checking = while_checking
        self.session: Session | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(fill(self.tr("Log in to %1"), portal.general.name))

        self.userNameEdit = QLineEdit(objectName="userNameEdit")
        self.passwordEdit = QLineEdit(objectName="passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errorLabel = QLabel(objectName="errorLabel")
        apply_state_colour(self.errorLabel, FeedbackLevel.ERROR)

        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.userNameEdit)
        form.addRow(self.tr("&Password:"), self.passwordEdit)
        self.buttons = QDialogButtonBox()
        # Not passed to the constructor: choosing among its overloads makes PySide6 create
        # the Qt namespace (~20 ms), which the first window can do without.
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttons)

    def try_login(self) -> None:
        try:
            self.session = self.portal.login(self.userNameEdit.text().strip(),
                                             self.passwordEdit.text(),
                                             meanwhile=self.while_checking)
        except AuthenticationError:
            self._refused(self.tr("Wrong user name or password."))
            return
        except PortalManagerError as error:
            # Another refusal (users.json changed outside Portal Manager): its message says
            # what to do. Raised out of this slot, it reached only stderr, as a traceback.
            self._refused(error_text(error))
            return
        self.accept()

    def _refused(self, text: str) -> None:
        if not self.errorLabel.wordWrap():  # only on this path: the Qt namespace costs start-up
            from PySide6.QtCore import Qt

            # Plain text: a message quotes file and user names as written.
            self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
            self.errorLabel.setWordWrap(True)
        self.errorLabel.setText(text)
        # Also the description of the field that gets the focus: a screen reader speaks
        # that field, never the label beside it.
        self.passwordEdit.setAccessibleDescription(text)
        self.passwordEdit.clear()
        self.passwordEdit.setFocus()

    def done(self, result: int) -> None:
        self.passwordEdit.clear()
        super().done(result)
