"""The short first-start setup: portal name, languages and the first administrator."""

from __future__ import annotations

import getpass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portal_manager.errors import InvalidInputError
from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.languages import NATIVE_NAMES
from portal_manager.ui.accessibility import name_inputs_by_their_labels
from portal_manager.ui.state_colours import FeedbackLevel, apply_state_colour
from portal_manager.ui.text import error_text
from portal_manager.users.directory import check_new_password, check_user_name

INITIAL_LANGUAGES = ("en", "de")


class SetupDialog(QDialog):
    """Asks for what a new portal needs; :attr:`settings` holds the result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up your portal"))
        self.setObjectName("setupDialog")

        intro = QLabel(
                self.tr("Portal Manager keeps a portal's settings in a folder. Name the portal, "
                    "choose the languages it offers and create its first administrator.")
        )
        intro.setWordWrap(True)

        self.nameEdit = QLineEdit(objectName="portalNameEdit")
        self.nameEdit.setPlaceholderText(self.tr("e.g. Acme Customer Portal"))

        self.languageList = QListWidget(objectName="languageList")
        for code, name in sorted(NATIVE_NAMES.items(), key=lambda item: item[1]):
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(
                Qt.CheckState.Checked if code in INITIAL_LANGUAGES else Qt.CheckState.Unchecked
            )
            self.languageList.addItem(item)

        self.defaultLanguageCombo = QComboBox(objectName="defaultLanguageCombo")

        self.adminNameEdit = QLineEdit(objectName="adminNameEdit")
        self.adminNameEdit.setText(_login_name())
        self.passwordEdit = QLineEdit(objectName="passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatPasswordEdit = QLineEdit(objectName="repeatPasswordEdit")
        self.repeatPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.problemLabel = QLabel(objectName="problemLabel")
        self.problemLabel.setWordWrap(True)
        apply_state_colour(self.problemLabel, FeedbackLevel.ERROR)

        form = QFormLayout()
        form.addRow(self.tr("Portal &name:"), self.nameEdit)
        form.addRow(self.tr("Portal &languages:"), self.languageList)
        form.addRow(self.tr("&Default language:"), self.defaultLanguageCombo)
        form.addRow(self.tr("&Administrator:"), self.adminNameEdit)
        form.addRow(self.tr("&Password:"), self.passwordEdit)
        form.addRow(self.tr("&Repeat password:"), self.repeatPasswordEdit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create portal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        name_inputs_by_their_labels(self)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.buttons)

        for edit in (self.nameEdit, self.adminNameEdit, self.passwordEdit,
                     self.repeatPasswordEdit):
            edit.textChanged.connect(self._update)
        self.languageList.itemChanged.connect(self._languages_changed)
        self.defaultLanguageCombo.currentIndexChanged.connect(self._update)
        self._languages_changed()

    def checked_languages(self) -> tuple[str, ...]:
        items = (self.languageList.item(row) for row in range(self.languageList.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def _languages_changed(self) -> None:
        previous = self.defaultLanguageCombo.currentData()
        self.defaultLanguageCombo.blockSignals(True)
        self.defaultLanguageCombo.clear()
        for code in self.checked_languages():
            self.defaultLanguageCombo.addItem(NATIVE_NAMES[code], code)
        index = self.defaultLanguageCombo.findData(previous if previous else "en")
        self.defaultLanguageCombo.setCurrentIndex(max(index, 0))
        self.defaultLanguageCombo.blockSignals(False)
        self._update()

    @property
    def settings(self) -> GeneralSettings:
        return GeneralSettings(
            self.nameEdit.text().strip(),
            self.checked_languages(),
            self.defaultLanguageCombo.currentData() or "",
        )

    @property
    def admin_name(self) -> str:
        return self.adminNameEdit.text().strip()

    @property
    def admin_password(self) -> str:
        return self.passwordEdit.text()

    def _first_problem(self) -> str:
        if not self.nameEdit.text().strip():
            return self.tr("Enter the portal name.")
        if not self.checked_languages():
            return self.tr("Choose at least one language.")
        problems = self.settings.problems()
        if problems:
            return problems[0]
        try:
            check_user_name(self.admin_name)
            check_new_password(self.admin_password)
        except InvalidInputError as error:
            return error_text(error)
        if self.passwordEdit.text() != self.repeatPasswordEdit.text():
            return self.tr("The two passwords differ.")
        return ""

    def _update(self) -> None:
        problem = self._first_problem()
        self.problemLabel.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def done(self, result: int) -> None:
        # The caller reads the password right after exec(); it is cleared by clear_passwords.
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            self.clear_passwords()

    def clear_passwords(self) -> None:
        self.passwordEdit.clear()
        self.repeatPasswordEdit.clear()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
