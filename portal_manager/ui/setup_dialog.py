"""The short first-start setup: portal name and languages."""

from __future__ import annotations

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

from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.languages import NATIVE_NAMES

INITIAL_LANGUAGES = ("en", "de")


class SetupDialog(QDialog):
    """Asks for what a new portal needs; :attr:`settings` holds the result."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up your portal"))
        self.setObjectName("setupDialog")

        intro = QLabel(
            self.tr("Portal Manager keeps a portal's settings in a folder. Name the portal and "
                    "choose the languages it offers; you can change both later.")
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
        self.problemLabel = QLabel(objectName="problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("Portal &name:"), self.nameEdit)
        form.addRow(self.tr("Portal &languages:"), self.languageList)
        form.addRow(self.tr("&Default language:"), self.defaultLanguageCombo)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create portal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.buttons)

        self.nameEdit.textChanged.connect(self._update)
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

    def _update(self) -> None:
        problems = self.settings.problems()
        if not self.nameEdit.text().strip():
            # Not an error yet: the person has not typed anything.
            message = self.tr("Enter the portal name.")
        elif not self.checked_languages():
            message = self.tr("Choose at least one language.")
        else:
            message = "" if not problems else problems[0]
        self.problemLabel.setText(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
