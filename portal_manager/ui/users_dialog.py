"""Users and groups: administrators add and remove users, reset passwords and
decide who is a member of Administrators.

Every change is a call to ``portal_manager.app.user_management``, which checks
authorization, keeps the login information store sealed to exactly the
administrators and writes the audit trail; the dialogs only collect values
and show what the core answers.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
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

from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal
from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.ui.child_dialogs import ChildDialogs
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour
from portal_manager.ui.password_fields import NewPasswordFields
from portal_manager.ui.text import error_text, fill
from portal_manager.users.directory import Session, User, check_user_name

REFUSAL_STYLE = "color: #b00020;"


class Column(IntEnum):
    NAME = 0
    GROUPS = 1
    ADMINISTRATOR = 2


def _problem_label() -> QLabel:
    label = QLabel(objectName="problemLabel")
    label.setWordWrap(True)
    label.setStyleSheet(REFUSAL_STYLE)
    return label


def _ok_cancel(ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    return buttons


class AddUserDialog(QDialog):
    """Name, password (twice) and membership of Administrators; OK adds the user.

    A refusal of the core (a name already taken, no longer being an
    administrator) is shown here and the dialog stays open. ``userAdded``
    carries the new user's name.
    """

    userAdded = Signal(str)

    def __init__(self, portal: Portal, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add user"))

        self.userNameEdit = QLineEdit(objectName="userNameEdit")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.userNameEdit)
        self.passwords = NewPasswordFields(form, self)
        self.administratorCheck = QCheckBox(self.tr("Member of &Administrators"),
                                            objectName="administratorCheck")
        self.administratorCheck.setToolTip(self.tr(
            "Administrators change the Security settings, manage users and can open the "
            "login information store."))
        form.addRow(self.administratorCheck)

        self.problemLabel = _problem_label()
        self.buttons = _ok_cancel(self.tr("Add user"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        self.userNameEdit.textChanged.connect(self._update)
        self.passwords.changed.connect(self._update)
        self._update()

    @property
    def user_name(self) -> str:
        return self.userNameEdit.text().strip()

    @property
    def administrator(self) -> bool:
        return self.administratorCheck.isChecked()

    def _first_problem(self) -> str:
        if not self.user_name:
            return self.tr("Enter the user name.")
        try:
            check_user_name(self.user_name)
        except InvalidInputError as error:
            return error_text(error)
        return self.passwords.problem()

    def _update(self) -> None:
        problem = self._first_problem()
        self.problemLabel.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        try:
            management.add_user(self.portal, self.session, self.user_name,
                                self.passwords.password, admin=self.administrator)
        except PortalManagerError as error:
            self.problemLabel.setText(error_text(error))
            return
        super().accept()
        self.userAdded.emit(self.user_name)

    def done(self, result: int) -> None:
        self.passwords.clear()
        super().done(result)


class ResetPasswordDialog(QDialog):
    """A new password (twice) for one user; OK sets it through the core and emits
    ``passwordReset`` with the user's name."""

    passwordReset = Signal(str)

    def __init__(self, portal: Portal, session: Session, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session
        self.user_name = name
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(fill(self.tr("Reset the password of %1"), name))

        if name == session.user_name:
            intro_text = self.tr("Choose your new password.")
        else:
            intro_text = fill(self.tr(
                "Choose a new password for %1 and tell it to them. %1 gets new keys: if %1 "
                "is an administrator, the login information store is re-keyed."), name)
        intro = QLabel(intro_text, objectName="introLabel")
        intro.setWordWrap(True)
        form = QFormLayout()
        self.passwords = NewPasswordFields(form, self)
        self.problemLabel = _problem_label()
        self.buttons = _ok_cancel(self.tr("Reset password"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

        self.passwords.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        problem = self.passwords.problem()
        self.problemLabel.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        try:
            management.change_password(self.portal, self.session, self.user_name,
                                       self.passwords.password)
        except PortalManagerError as error:
            self.problemLabel.setText(error_text(error))
            return
        super().accept()
        self.passwordReset.emit(self.user_name)

    def done(self, result: int) -> None:
        self.passwords.clear()
        super().done(result)


class UsersDialog(QDialog):
    """The portal's users with their groups; administrators change them here.

    ``changed`` is emitted after every change that was saved.
    """

    changed = Signal()

    def __init__(self, portal: Portal, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.portal = portal
        self.session = session
        self._children = ChildDialogs(self)  # Add user, Reset password or a question
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Users and groups"))

        self.noticeLabel = QLabel(objectName="noticeLabel")
        self.noticeLabel.setWordWrap(True)
        apply_state_colour(self.noticeLabel, FeedbackLevel.WARNING)

        self.model = QStandardItemModel(0, len(Column), self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Groups"), self.tr("Administrator")]
        )
        self.usersTable = self._users_table()
        users_label = QLabel(self.tr("&Users:"))
        users_label.setBuddy(self.usersTable)

        self.addUserButton = QPushButton(self.tr("&Add user…"), objectName="addUserButton")
        self.removeUserButton = QPushButton(self.tr("&Remove…"), objectName="removeUserButton")
        self.resetPasswordButton = QPushButton(self.tr("Reset &password…"),
                                               objectName="resetPasswordButton")
        self.adminToggleButton = QPushButton(objectName="adminToggleButton")
        self.addUserButton.clicked.connect(self._add_user)
        self.removeUserButton.clicked.connect(self._ask_to_remove)
        self.resetPasswordButton.clicked.connect(self._reset_password)
        self.adminToggleButton.clicked.connect(self._toggle_administrator)

        self.messageLabel = QLabel(objectName="messageLabel")
        self.messageLabel.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        self._lay_out(users_label)
        self.usersTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(640, 400)
        self.refresh()

    def _users_table(self) -> QTableView:
        table = QTableView(objectName="usersTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.GROUPS, QHeaderView.ResizeMode.Stretch)
        return table

    def _lay_out(self, users_label: QLabel) -> None:
        actions = QVBoxLayout()
        for button in self._change_buttons():
            actions.addWidget(button)
        actions.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.usersTable, stretch=1)
        row.addLayout(actions)

        layout = QVBoxLayout(self)
        layout.addWidget(self.noticeLabel)
        layout.addWidget(users_label)
        layout.addLayout(row)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)

        order = [self.usersTable, *self._change_buttons(),
                 self.buttons.button(QDialogButtonBox.StandardButton.Close)]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _change_buttons(self) -> list[QPushButton]:
        return [self.addUserButton, self.removeUserButton, self.resetPasswordButton,
                self.adminToggleButton]

    # -- what is shown -----------------------------------------------------------------------

    @property
    def selected_user_name(self) -> str | None:
        rows = self.usersTable.selectionModel().selectedRows(Column.NAME)
        return rows[0].data() if rows else None

    def _selected_user(self) -> User | None:
        name = self.selected_user_name
        if name is None:
            return None
        try:
            return self.portal.users.get(name)
        except InvalidInputError:  # removed in another window since this list was shown
            return None

    def refresh(self) -> None:
        """Show the users as saved now, keeping the selection, and whether this session
        may change them (the core's answer, shown as its reason)."""
        selected = self.selected_user_name
        self.model.removeRows(0, self.model.rowCount())
        for user in self.portal.users.users():
            self.model.appendRow(self._row(user))
            if user.name == selected:
                self.usersTable.selectRow(self.model.rowCount() - 1)
        self._update_buttons()

    def _row(self, user: User) -> list[QStandardItem]:
        administrator = self.tr("Yes") if user.is_admin else self.tr("No")
        return [QStandardItem(user.name), QStandardItem(", ".join(sorted(user.groups))),
                QStandardItem(administrator)]

    def _may_change_reason(self) -> str | None:
        """Why this session cannot manage users now (the core decides), or None."""
        try:
            self.portal.require_change(self.session, management.MANAGE_USERS)
        except PortalManagerError as error:
            return error_text(error)
        return None

    def _update_buttons(self) -> None:
        reason = self._may_change_reason()
        self.noticeLabel.setText(reason or "")
        self.noticeLabel.setVisible(bool(reason))
        user = self._selected_user()
        may_change = reason is None
        self.addUserButton.setEnabled(may_change)
        for button in (self.removeUserButton, self.resetPasswordButton,
                       self.adminToggleButton):
            button.setEnabled(may_change and user is not None)
        if user is not None and user.is_admin:
            self.adminToggleButton.setText(self.tr("Remove from Ad&ministrators"))
        else:
            self.adminToggleButton.setText(self.tr("&Make administrator"))

    def _show_result(self, text: str) -> None:
        self.messageLabel.setStyleSheet("")
        self.messageLabel.setText(text)

    def _show_refusal(self, error: PortalManagerError) -> None:
        self.messageLabel.setStyleSheet(REFUSAL_STYLE)
        self.messageLabel.setText(error_text(error))

    # -- changes -----------------------------------------------------------------------------

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

    def _user_added(self, name: str) -> None:
        self._saved_in_dialog(fill(self.tr("%1 was added."), name), name)

    def _password_reset(self, name: str) -> None:
        self._saved_in_dialog(fill(self.tr("The password of %1 was reset."), name), name)

    def _saved_in_dialog(self, done_text: str, name: str) -> None:
        self._show_result(done_text)
        self.refresh()
        self._select(name)
        self.changed.emit()

    def _select(self, name: str) -> None:
        matches = self.model.findItems(name, Qt.MatchFlag.MatchExactly, Column.NAME)
        if matches:
            self.usersTable.selectRow(matches[0].row())

    def _add_user(self) -> None:
        dialog = AddUserDialog(self.portal, self.session, self)
        dialog.userAdded.connect(self._user_added)
        dialog.rejected.connect(self.refresh)
        self._children.open(dialog)

    def _reset_password(self) -> None:
        name = self.selected_user_name
        if name is None:
            return
        dialog = ResetPasswordDialog(self.portal, self.session, name, self)
        dialog.passwordReset.connect(self._password_reset)
        dialog.rejected.connect(self.refresh)
        self._children.open(dialog)

    def _ask_to_remove(self) -> None:
        name = self.selected_user_name
        if name is None:
            return
        self._children.question(
            "confirmRemovalQuestion",
            fill(self.tr("Remove the user %1?"), name),
            self._removal_consequences(name),
            self.tr("&Remove"),
            lambda: self._apply(lambda: management.remove_user(self.portal, self.session, name),
                                fill(self.tr("%1 was removed."), name)),
        )

    def _removal_consequences(self, name: str) -> str:
        if self.portal.users.is_admin(name):
            return fill(self.tr("%1 can no longer log in, and the login information store is "
                                "re-keyed so that %1's keys no longer open it."), name)
        return fill(self.tr("%1 can no longer log in."), name)

    def _toggle_administrator(self) -> None:
        user = self._selected_user()
        if user is None:
            return
        if not user.is_admin:
            self._apply(lambda: management.grant_admin(self.portal, self.session, user.name),
                        fill(self.tr("%1 is now a member of Administrators."), user.name))
        elif user.name == self.session.user_name:
            self._ask_to_revoke_yourself()
        else:
            self._revoke(user.name)

    def _revoke(self, name: str) -> None:
        self._apply(lambda: management.revoke_admin(self.portal, self.session, name),
                    fill(self.tr("%1 was removed from Administrators."), name))

    def _ask_to_revoke_yourself(self) -> None:
        # Allowed, but afterwards this person can no longer manage users or open the store.
        self._children.question(
            "confirmRevokeQuestion",
            self.tr("Remove yourself from Administrators?"),
            self.tr("You can then no longer manage users, change the Security settings or "
                    "open the login information store. Only another administrator can "
                    "give these rights back."),
            self.tr("Remove &me"),
            lambda: self._revoke(self.session.user_name),
        )
