"""The login information store dialog: administrators add, edit and delete entries,
and pick the one a service uses ("Select login information…").

Every change goes through ``portal_manager.app.store_management``, which checks
authorization and writes the audit trail. The dialog keeps only the names and
descriptions of the entries; a stored secret is never put into a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from itertools import pairwise

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from portal_manager.app import store_management as management
from portal_manager.app.portal import Portal
from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.ui.child_dialogs import ChildDialogs
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour
from portal_manager.ui.service_texts import service_name
from portal_manager.ui.text import error_text, fill
from portal_manager.users.directory import Session
from portal_manager.vault.store import (
    MAX_DESCRIPTION_LENGTH,
    MAX_SECRET_LENGTH,
    Entry,
    check_entry_name,
    check_entry_values,
)


class Column(IntEnum):
    NAME = 0
    DESCRIPTION = 1
    USED_BY = 2


def _problem_label() -> QLabel:
    label = QLabel(objectName="problemLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    apply_state_colour(label, FeedbackLevel.ERROR)
    return label


class EntryDialog(QDialog):
    """Name, password and description of one entry; OK adds or changes it through the core.

    When editing, the name is read-only and the password field starts empty:
    empty means "keep the stored password", so the stored secret never leaves
    the store. The password is masked unless "Show password" is checked, and
    cleared when the dialog closes. ``entrySaved`` carries the entry's name.
    """

    entrySaved = Signal(str)

    def __init__(self, portal: Portal, session: Session, entry: Entry | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session
        self.editing = entry is not None
        self.setObjectName("entryDialog")
        self.setWindowTitle(self.tr("Edit login information") if self.editing
                            else self.tr("Add login information"))

        self.nameEdit = QLineEdit(objectName="nameEdit")
        self.passwordEdit = QLineEdit(objectName="passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setMaxLength(MAX_SECRET_LENGTH)
        self.revealCheck = QCheckBox(self.tr("S&how password"), objectName="revealCheck")
        self.revealCheck.toggled.connect(self._reveal)
        self.descriptionEdit = QLineEdit(objectName="descriptionEdit")
        self.descriptionEdit.setMaxLength(MAX_DESCRIPTION_LENGTH)
        if entry is not None:
            self.nameEdit.setText(entry.name)
            self.nameEdit.setReadOnly(True)
            self.descriptionEdit.setText(entry.description)
            self.passwordEdit.setPlaceholderText(self.tr("Unchanged — type to replace"))
        else:
            self.nameEdit.setPlaceholderText(self.tr("e.g. sevenApiKey"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.nameEdit)
        form.addRow(self.tr("&Password:"), self.passwordEdit)
        form.addRow("", self.revealCheck)
        form.addRow(self.tr("&Description:"), self.descriptionEdit)
        self.problemLabel = _problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        for edit in (self.nameEdit, self.passwordEdit, self.descriptionEdit):
            edit.textChanged.connect(self._update)
        self._update()
        (self.passwordEdit if self.editing else self.nameEdit).setFocus()

    @property
    def name(self) -> str:
        return self.nameEdit.text().strip()

    @property
    def password_revealed(self) -> bool:
        return self.passwordEdit.echoMode() == QLineEdit.EchoMode.Normal

    def _reveal(self, shown: bool) -> None:
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                      else QLineEdit.EchoMode.Password)

    def _first_problem(self) -> str:
        """The core's objection to what is typed so far, or ""."""
        secret = self.passwordEdit.text()
        try:
            if not self.editing:
                if not self.name:
                    return self.tr("Enter a name for the entry.")
                check_entry_name(self.name)
                if not secret:
                    return self.tr("Enter the password, e.g. the provider's API key.")
            if secret:
                check_entry_values(secret, self.descriptionEdit.text())
        except InvalidInputError as error:
            return error_text(error)
        return ""

    def _update(self) -> None:
        problem = self._first_problem()
        self.problemLabel.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        try:
            self._save()
        except PortalManagerError as error:
            self.problemLabel.setText(error_text(error))
            return
        super().accept()
        self.entrySaved.emit(self.name)

    def _save(self) -> None:
        description = self.descriptionEdit.text()
        if self.editing:
            management.change_entry(self.portal, self.session, self.name,
                                    self.passwordEdit.text() or None, description)
        else:
            management.add_entry(self.portal, self.session,
                                 Entry(self.name, self.passwordEdit.text(), description))

    def done(self, result: int) -> None:
        self.passwordEdit.clear()
        self.revealCheck.setChecked(False)
        super().done(result)


class StoreDialog(QDialog):
    """The entries of the login information store, filterable, with who uses each.

    With ``select=True`` it is opened from "Select login information…": OK
    returns the selected entry's name as :attr:`selected_name`; ``current``
    is selected when the dialog opens. ``changed`` is emitted after every
    change that was saved. A session that may not open the store sees the
    core's reason and can change nothing.
    """

    changed = Signal()

    def __init__(self, portal: Portal, session: Session, *, select: bool = False,
                 current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session
        self.select = select
        self._children = ChildDialogs(self)
        self._store_reason: str | None = None
        self.setObjectName("storeDialog")
        self.setWindowTitle(self.tr("Login information store"))

        self.noticeLabel = QLabel(objectName="noticeLabel")
        self.noticeLabel.setWordWrap(True)
        apply_state_colour(self.noticeLabel, FeedbackLevel.WARNING)
        self.filterEdit = QLineEdit(objectName="filterEdit")
        self.filterEdit.setPlaceholderText(self.tr("Part of a name, description or service"))
        self.filterEdit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, len(Column), self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Description"), self.tr("Used by")])
        self.filtered = QSortFilterProxyModel(self)
        self.filtered.setSourceModel(self.model)
        self.filtered.setFilterKeyColumn(-1)
        self.filtered.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filterEdit.textChanged.connect(self._filter)
        self.entriesTable = self._entries_table()

        self.addButton = QPushButton(self.tr("&Add login information…"),
                                     objectName="addEntryButton")
        self.editButton = QPushButton(self.tr("&Edit…"), objectName="editEntryButton")
        self.deleteButton = QPushButton(self.tr("&Delete…"), objectName="deleteEntryButton")
        self.addButton.clicked.connect(self._add)
        self.editButton.clicked.connect(self._edit)
        self.deleteButton.clicked.connect(self._ask_to_delete)
        self.messageLabel = QLabel(objectName="messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = self._dialog_buttons()

        self._lay_out()
        self.entriesTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.entriesTable.doubleClicked.connect(self._double_clicked)
        self.resize(640, 400)
        self.refresh()
        if current:
            self._select(current)

    def _entries_table(self) -> QTableView:
        table = QTableView(objectName="entriesTable")
        table.setModel(self.filtered)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        return table

    def _dialog_buttons(self) -> QDialogButtonBox:
        if self.select:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(self.accept)
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        return buttons

    def _lay_out(self) -> None:
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filterEdit)
        entries_label = QLabel(self.tr("E&ntries:"))
        entries_label.setBuddy(self.entriesTable)
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filterEdit)
        actions = QVBoxLayout()
        for button in self._change_buttons():
            actions.addWidget(button)
        actions.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.entriesTable, stretch=1)
        row.addLayout(actions)

        layout = QVBoxLayout(self)
        layout.addWidget(self.noticeLabel)
        layout.addLayout(filter_row)
        layout.addWidget(entries_label)
        layout.addLayout(row)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        order = [self.filterEdit, self.entriesTable, *self._change_buttons(),
                 *self.buttons.buttons()]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _change_buttons(self) -> list[QPushButton]:
        return [self.addButton, self.editButton, self.deleteButton]

    # -- what is shown -----------------------------------------------------------------------

    @property
    def selected_name(self) -> str | None:
        """The name of the selected entry (what OK returns when selecting), or None."""
        rows = self.entriesTable.selectionModel().selectedRows(Column.NAME)
        return rows[0].data() if rows else None

    @property
    def shown_entries(self) -> list[tuple[str, str, str]]:
        """(name, description, used by) of each entry the filter lets through, in order."""
        return [tuple(self.filtered.index(row, column).data() for column in Column)
                for row in range(self.filtered.rowCount())]

    def refresh(self) -> None:
        """Show the entries as stored now, keeping the selection."""
        selected = self.selected_name
        self.model.removeRows(0, self.model.rowCount())
        try:
            snapshot = management.open_store(self.portal, self.session)
        except PortalManagerError as error:
            self._store_reason = error_text(error)
        else:
            self._store_reason = None
            for entry in snapshot.sorted_entries():
                self.model.appendRow(self._row(entry.name, entry.description))
        if selected is not None:
            self._select(selected)
        self._update_buttons()

    def _row(self, name: str, description: str) -> list[QStandardItem]:
        users = management.services_using(self.portal, name)
        used_by = ", ".join(service_name(service) for service in users)
        return [QStandardItem(name), QStandardItem(description), QStandardItem(used_by)]

    def _filter(self, text: str) -> None:
        self.filtered.setFilterFixedString(text)
        self._update_buttons()

    def _select(self, name: str) -> None:
        for row in range(self.filtered.rowCount()):
            if self.filtered.index(row, Column.NAME).data() == name:
                self.entriesTable.selectRow(row)
                return

    def _change_reason(self) -> str | None:
        """Why this session cannot change the store now (the core decides), or None."""
        if self._store_reason is not None:
            return self._store_reason
        try:
            self.portal.require_change(self.session, management.CHANGE_STORE)
        except PortalManagerError as error:
            return error_text(error)
        return None

    def _update_buttons(self) -> None:
        reason = self._change_reason()
        self.noticeLabel.setText(reason or "")
        self.noticeLabel.setVisible(bool(reason))
        has_selection = self.selected_name is not None
        self.addButton.setEnabled(reason is None)
        self.editButton.setEnabled(reason is None and has_selection)
        self.deleteButton.setEnabled(reason is None and has_selection)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self._store_reason is None and has_selection)

    def _show_result(self, text: str) -> None:
        apply_state_colour(self.messageLabel, None)
        self.messageLabel.setText(text)

    def _show_refusal(self, error: PortalManagerError) -> None:
        apply_state_colour(self.messageLabel, FeedbackLevel.ERROR)
        self.messageLabel.setText(error_text(error))

    # -- changes -----------------------------------------------------------------------------

    def _double_clicked(self) -> None:
        if self.select:
            self.accept()
        elif self.editButton.isEnabled():
            self._edit()

    def accept(self) -> None:
        if self.select and self.selected_name is None:
            return
        super().accept()

    def _add(self) -> None:
        dialog = EntryDialog(self.portal, self.session, parent=self)
        dialog.entrySaved.connect(
            lambda name: self._saved(fill(self.tr("%1 was added."), name), name))
        self._children.open(dialog)

    def _edit(self) -> None:
        name = self.selected_name
        if name is None:
            return
        description = self.filtered.index(self._selected_row(), Column.DESCRIPTION).data()
        # A stand-in with an empty secret: the stored one stays in the store.
        dialog = EntryDialog(self.portal, self.session, Entry(name, "", description), self)
        dialog.entrySaved.connect(
            lambda name: self._saved(fill(self.tr("%1 was changed."), name), name))
        self._children.open(dialog)

    def _selected_row(self) -> int:
        return self.entriesTable.selectionModel().selectedRows(Column.NAME)[0].row()

    def _saved(self, done_text: str, name: str) -> None:
        self._show_result(done_text)
        self.refresh()
        self._select(name)
        self.changed.emit()

    def _ask_to_delete(self) -> None:
        name = self.selected_name
        if name is None:
            return
        if management.services_using(self.portal, name):
            # No question to answer: the core refuses and names the service.
            self._apply(lambda: management.remove_entry(self.portal, self.session, name), "")
            return
        self._children.question(
            "confirmDeleteQuestion", fill(self.tr("Delete the entry %1?"), name),
            self.tr("Its password is removed from the store for good."), self.tr("&Delete"),
            lambda: self._apply(lambda: management.remove_entry(self.portal, self.session, name),
                                fill(self.tr("%1 was deleted."), name)))

    def _apply(self, change: Callable[[], None], done_text: str) -> None:
        """Make one change through the core; show its refusal or what was done."""
        try:
            change()
        except PortalManagerError as error:
            self._show_refusal(error)
            self.refresh()
            return
        self._show_result(done_text)
        self.refresh()
        self.changed.emit()

