"""A new password and its confirmation: two masked fields, checked by the core's rules."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QStyle, QWidget

from portal_manager.errors import InvalidInputError
from portal_manager.ui.text import error_text, fill
from portal_manager.users.directory import MIN_PASSWORD_LENGTH, check_new_password


def _masked_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit(objectName=object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class NewPasswordFields(QObject):
    """Adds "Password" and "Confirm password" rows to a form.

    :meth:`problem` names the first thing wrong (the core's password rules,
    then whether the two agree); the owning dialog shows it and enables OK
    only without one. :meth:`clear` is for when the dialog closes.
    """

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.passwordEdit = _masked_edit("passwordEdit")
        self.confirmEdit = _masked_edit("confirmPasswordEdit")
        form.addRow(self.tr("&Password:"), self.passwordEdit)
        form.addRow(self.tr("C&onfirm password:"), self.confirmEdit)
        # The mark inside the field points at the field; the owner's label says it in words.
        warning = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.mismatchMark = self.confirmEdit.addAction(
            warning, QLineEdit.ActionPosition.TrailingPosition
        )
        self.mismatchMark.setToolTip(self.tr("The two passwords differ."))
        self.mismatchMark.setVisible(False)
        for edit in (self.passwordEdit, self.confirmEdit):
            edit.textChanged.connect(self._text_changed)

    @property
    def password(self) -> str:
        return self.passwordEdit.text()

    def problem(self) -> str:
        """The first problem of the two fields, or "" when the password may be saved."""
        if not self.password:
            return fill(self.tr("Enter a password of at least %1 characters."),
                        MIN_PASSWORD_LENGTH)
        try:
            check_new_password(self.password)
        except InvalidInputError as error:
            return error_text(error)
        if not self.confirmEdit.text():
            return self.tr("Enter the password again to confirm it.")
        if self._differ():
            return self.tr("The two passwords differ.")
        return ""

    def clear(self) -> None:
        self.passwordEdit.clear()
        self.confirmEdit.clear()

    def _differ(self) -> bool:
        return self.passwordEdit.text() != self.confirmEdit.text()

    def _text_changed(self) -> None:
        self.mismatchMark.setVisible(bool(self.confirmEdit.text()) and self._differ())
        self.changed.emit()
