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
from portal_manager.ui.state_colours import FeedbackLevel, apply_state_colour
from portal_manager.ui.text import fill
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
            self.errorLabel.setText(self.tr("Wrong user name or password."))
            # Also the description of the field that gets the focus: a screen reader speaks
            # that field, never the label beside it.
            self.passwordEdit.setAccessibleDescription(self.errorLabel.text())
            self.passwordEdit.clear()
            self.passwordEdit.setFocus()
            return
        self.accept()

    def done(self, result: int) -> None:
        self.passwordEdit.clear()
        super().done(result)
