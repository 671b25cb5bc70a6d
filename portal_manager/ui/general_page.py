"""Portal properties → General: the portal name, its languages and the default language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portal_manager.mfa.validation import Finding
from portal_manager.portal.general import MAX_NAME_LENGTH, GeneralSettings
from portal_manager.portal.languages import NATIVE_NAMES
from portal_manager.ui.accessibility import name_inputs_by_their_labels
from portal_manager.ui.feedback import FeedbackLevel, FieldFeedback, feedback_label
from portal_manager.ui.service_texts import language_name
from portal_manager.ui.text import translated

CODE_ROLE = Qt.ItemDataRole.UserRole


class GeneralPage(QWidget):
    """``load`` / ``value`` / ``show_findings``, like every page of Portal properties.

    ``confirm_removal(code)`` is asked before a language is removed; it may
    refuse (e.g. the person keeps the language's texts after all).
    """

    edited = Signal()

    def __init__(self, confirm_removal: Callable[[str], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("generalPage")
        self._confirm_removal = confirm_removal

        self.nameEdit = QLineEdit(objectName="portalNameEdit")
        self.nameEdit.setMaxLength(MAX_NAME_LENGTH)
        self.languageList = QListWidget(objectName="languageList")
        self.languageList.setMaximumHeight(140)
        self.addLanguageCombo = QComboBox(objectName="addLanguageCombo")
        self.addLanguageButton = QPushButton(self.tr("&Add"), objectName="addLanguageButton")
        self.removeLanguageButton = QPushButton(self.tr("&Remove language"),
                                                objectName="removeLanguageButton")
        self.defaultLanguageCombo = QComboBox(objectName="defaultLanguageCombo")
        self.problemLabel = feedback_label("generalProblemLabel", FeedbackLevel.ERROR)
        self.problemLabel.setVisible(False)

        # The core's field names → the widgets that show their findings (an icon inside
        # the name field, an icon beside the list and the combo box).
        self._fields = {"name": self.nameEdit, "languages": self.languageList,
                        "default_language": self.defaultLanguageCombo}
        self._feedback = {field: FieldFeedback(widget) for field, widget in self._fields.items()}

        list_row = QHBoxLayout()
        list_row.addWidget(self.languageList, 1)
        list_row.addWidget(self._feedback["languages"].indicator, 0, Qt.AlignmentFlag.AlignTop)
        languages = QVBoxLayout()
        languages.addLayout(list_row)
        remove_row = QHBoxLayout()
        remove_row.addStretch()
        remove_row.addWidget(self.removeLanguageButton)
        languages.addLayout(remove_row)
        add_row = QHBoxLayout()
        add_row.addWidget(self.addLanguageCombo, 1)
        add_row.addWidget(self.addLanguageButton)
        default_row = QHBoxLayout()
        default_row.addWidget(self.defaultLanguageCombo, 1)
        default_row.addWidget(self._feedback["default_language"].indicator)

        form = QFormLayout()
        form.addRow(self.tr("Portal &name:"), self.nameEdit)
        languages_label = QLabel(self.tr("Portal &languages:"))
        languages_label.setBuddy(self.languageList)
        form.addRow(languages_label, languages)
        add_label = QLabel(self.tr("Add a lan&guage:"))
        add_label.setBuddy(self.addLanguageCombo)
        form.addRow(add_label, add_row)
        default_label = QLabel(self.tr("&Default language:"))
        default_label.setBuddy(self.defaultLanguageCombo)
        form.addRow(default_label, default_row)
        form.addRow(self.problemLabel)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addStretch()
        name_inputs_by_their_labels(self)

        self.nameEdit.textEdited.connect(self.edited)
        self.addLanguageButton.clicked.connect(self._add_language)
        self.removeLanguageButton.clicked.connect(self._remove_language)
        self.languageList.currentRowChanged.connect(self._update_buttons)
        self.defaultLanguageCombo.currentIndexChanged.connect(self._default_changed)

    # -- the page contract ----------------------------------------------------------------------

    def load(self, general: GeneralSettings) -> None:
        self.nameEdit.setText(general.name)
        self.languageList.clear()
        for code in general.languages:
            self._append_language(code)
        self._refresh_choices(general.default_language)

    def value(self) -> GeneralSettings:
        return GeneralSettings(self.nameEdit.text().strip(), self.languages(),
                               self.defaultLanguageCombo.currentData() or "")

    def show_findings(self, findings: list[Finding]) -> None:
        """Each General problem at its field (icon and tooltip), and all of them as text."""
        mine = [finding for finding in findings if finding.field.startswith("general.")]
        for field, feedback in self._feedback.items():
            feedback.show([finding for finding in mine if finding.field == f"general.{field}"])
            feedback.reveal()
        self.problemLabel.setText("\n".join(translated(finding.message) for finding in mine))
        self.problemLabel.setVisible(bool(mine))
        first = next((self._fields[finding.field.removeprefix("general.")] for finding in mine
                      if finding.field.removeprefix("general.") in self._fields), None)
        if first is not None:
            first.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.nameEdit, self.addLanguageCombo, self.addLanguageButton,
                       self.removeLanguageButton, self.defaultLanguageCombo):
            widget.setEnabled(not read_only)
        self.nameEdit.setReadOnly(read_only)
        self._read_only = read_only
        self._update_buttons()

    # -- languages ------------------------------------------------------------------------------

    def languages(self) -> tuple[str, ...]:
        return tuple(self.languageList.item(row).data(CODE_ROLE)
                     for row in range(self.languageList.count()))

    def _append_language(self, code: str) -> None:
        item = QListWidgetItem(f"{language_name(code)} ({code})")
        item.setData(CODE_ROLE, code)
        self.languageList.addItem(item)

    def _refresh_choices(self, default_language: str) -> None:
        chosen = self.languages()
        self.addLanguageCombo.clear()
        for code in sorted(set(NATIVE_NAMES) - set(chosen), key=language_name):
            self.addLanguageCombo.addItem(f"{language_name(code)} ({code})", code)
        self.defaultLanguageCombo.blockSignals(True)
        self.defaultLanguageCombo.clear()
        for code in chosen:
            self.defaultLanguageCombo.addItem(language_name(code), code)
        index = self.defaultLanguageCombo.findData(default_language)
        self.defaultLanguageCombo.setCurrentIndex(max(index, 0))
        self.defaultLanguageCombo.blockSignals(False)
        self._update_buttons()

    def _add_language(self) -> None:
        code = self.addLanguageCombo.currentData()
        if not code:
            return
        self._append_language(code)
        self.languageList.setCurrentRow(self.languageList.count() - 1)
        self._refresh_choices(self.defaultLanguageCombo.currentData())
        self.edited.emit()

    def _remove_language(self) -> None:
        row = self.languageList.currentRow()
        if row < 0 or self.languageList.count() <= 1:
            return
        code = self.languageList.item(row).data(CODE_ROLE)
        if code == self.defaultLanguageCombo.currentData() or not self._confirm_removal(code):
            return
        self.languageList.takeItem(row)
        self._refresh_choices(self.defaultLanguageCombo.currentData())
        self.edited.emit()

    def _default_changed(self) -> None:
        self._update_buttons()
        self.edited.emit()

    def _update_buttons(self) -> None:
        editable = not getattr(self, "_read_only", False)
        item = self.languageList.currentItem()
        # The default language cannot be removed: choose another default first.
        removable = (item is not None and self.languageList.count() > 1
                     and item.data(CODE_ROLE) != self.defaultLanguageCombo.currentData())
        self.removeLanguageButton.setEnabled(editable and removable)
        self.removeLanguageButton.setToolTip(
            "" if removable or item is None else
            self.tr("The default language cannot be removed; choose another default first.")
        )
        self.addLanguageButton.setEnabled(editable and self.addLanguageCombo.count() > 0)
