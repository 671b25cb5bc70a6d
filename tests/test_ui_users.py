"""The "Users and groups" dialog, driven as an administrator would, against a real portal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal
from portal_manager.app.store_management import open_store
from portal_manager.ui.users_dialog import AddUserDialog, ResetPasswordDialog, UsersDialog
from portal_manager.users.directory import AuthenticationError, AuthorizationError, Session
from portal_manager.vault.store import StoreAccessError
from tests.conftest import ADMIN

BOB_PASSWORD = "bob's password"


# -- driving the dialogs ---------------------------------------------------------------------

def open_users_dialog(qtbot, portal: Portal, session: Session) -> UsersDialog:
    dialog = UsersDialog(portal, session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown_users(dialog: UsersDialog) -> dict[str, tuple[str, str]]:
    """User name → (groups, administrator) as the table shows them."""
    model = dialog.usersTable.model()
    return {
        model.index(row, 0).data(): (model.index(row, 1).data(), model.index(row, 2).data())
        for row in range(model.rowCount())
    }


def select_user(qtbot, dialog: UsersDialog, name: str) -> None:
    table = dialog.usersTable
    model = table.model()
    row = next(row for row in range(model.rowCount()) if model.index(row, 0).data() == name)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(row, 0)).center())
    assert dialog.selected_user_name == name


def shown_child(dialog: QWidget, kind: type) -> QWidget:
    """The one open dialog or question of ``kind`` above ``dialog`` (closed ones linger until
    Qt deletes them)."""
    shown = [child for child in dialog.findChildren(kind) if child.isVisible()]
    assert len(shown) == 1, f"expected one open {kind.__name__}"
    return shown[0]


def ok_button(dialog: AddUserDialog | ResetPasswordDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def line_edit(dialog: QWidget, object_name: str) -> QLineEdit:
    edit = dialog.findChild(QLineEdit, object_name)
    assert edit is not None, object_name
    return edit


def fill_in_passwords(qtbot, dialog: QWidget, password: str, confirmation: str) -> None:
    qtbot.keyClicks(line_edit(dialog, "passwordEdit"), password)
    qtbot.keyClicks(line_edit(dialog, "confirmPasswordEdit"), confirmation)


def answer_question(qtbot, dialog: UsersDialog, button: QMessageBox.StandardButton) -> None:
    box = shown_child(dialog, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, box.button(button))


def add_user_through_dialog(qtbot, dialog: UsersDialog, name: str, password: str,
                            *, administrator: bool) -> AddUserDialog:
    click(qtbot, dialog.addUserButton)
    adding = shown_child(dialog, AddUserDialog)
    qtbot.keyClicks(adding.userNameEdit, name)
    fill_in_passwords(qtbot, adding, password, password)
    if administrator:
        qtbot.keyClick(adding.administratorCheck, Qt.Key.Key_Space)
    click(qtbot, ok_button(adding))
    return adding


@pytest.fixture
def bob(portal: Portal, admin: Session) -> Session:
    """A second administrator, logged in."""
    management.add_user(portal, admin, "bob", BOB_PASSWORD, admin=True)
    return portal.login("bob", BOB_PASSWORD)


# -- adding ------------------------------------------------------------------------------------

def test_an_administrator_added_in_the_dialog_can_open_the_store(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        adding = add_user_through_dialog(qtbot, dialog, "carol", "carol's password",
                                         administrator=True)

    assert not adding.isVisible()
    assert shown_users(dialog)["carol"] == ("Administrators", "Yes")
    assert dialog.selected_user_name == "carol"
    assert dialog.messageLabel.text() == "carol was added."
    open_store(portal, portal.login("carol", "carol's password"))  # raises if not sealed to her


def test_a_user_added_without_the_checkbox_is_no_administrator(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    add_user_through_dialog(qtbot, dialog, "dave", "dave's password", administrator=False)
    assert shown_users(dialog)["dave"] == ("", "No")
    with pytest.raises(AuthorizationError):
        open_store(portal, portal.login("dave", "dave's password"))


def test_password_fields_are_cleared_when_the_add_dialog_closes(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    adding = add_user_through_dialog(qtbot, dialog, "carol", "carol's password",
                                     administrator=False)
    assert line_edit(adding, "passwordEdit").text() == ""
    assert line_edit(adding, "confirmPasswordEdit").text() == ""

    click(qtbot, dialog.addUserButton)
    cancelled = shown_child(dialog, AddUserDialog)
    fill_in_passwords(qtbot, cancelled, "typed then cancelled", "typed then cancelled")
    qtbot.keyClick(cancelled, Qt.Key.Key_Escape)
    assert not cancelled.isVisible()
    assert line_edit(cancelled, "passwordEdit").text() == ""
    assert line_edit(cancelled, "confirmPasswordEdit").text() == ""


def test_a_mismatching_confirmation_keeps_ok_disabled(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    click(qtbot, dialog.addUserButton)
    adding = shown_child(dialog, AddUserDialog)
    qtbot.keyClicks(adding.userNameEdit, "carol")
    fill_in_passwords(qtbot, adding, "carol's password", "carol's passwort")
    assert not ok_button(adding).isEnabled()
    assert adding.problemLabel.text() == "The two passwords differ."

    confirmation = line_edit(adding, "confirmPasswordEdit")
    qtbot.keyClick(confirmation, Qt.Key.Key_Backspace)
    qtbot.keyClicks(confirmation, "d")
    assert ok_button(adding).isEnabled()
    assert adding.problemLabel.text() == ""


@pytest.mark.parametrize(
    ("name", "password", "problem"),
    [
        ("", "long enough", "Enter the user name."),
        ("carol smith", "long enough", "not a valid user name"),
        ("carol", "", "Enter a password of at least 8 characters."),
        ("carol", "short", "too short"),
    ],
)
def test_the_add_dialog_shows_the_core_rules_before_ok(
    qtbot, portal: Portal, admin: Session, name: str, password: str, problem: str
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    click(qtbot, dialog.addUserButton)
    adding = shown_child(dialog, AddUserDialog)
    qtbot.keyClicks(adding.userNameEdit, name)
    fill_in_passwords(qtbot, adding, password, password)
    assert problem in adding.problemLabel.text()
    assert not ok_button(adding).isEnabled()


def test_a_name_already_taken_is_refused_and_the_add_dialog_stays_open(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    adding = add_user_through_dialog(qtbot, dialog, "bob", "another password",
                                     administrator=False)
    assert adding.isVisible()
    assert adding.problemLabel.text() == "There is already a user bob."
    portal.login("bob", BOB_PASSWORD)  # bob's password is unchanged


# -- removing ----------------------------------------------------------------------------------

def test_a_removed_administrator_can_no_longer_open_the_store(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    select_user(qtbot, dialog, "bob")
    click(qtbot, dialog.removeUserButton)
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        answer_question(qtbot, dialog, QMessageBox.StandardButton.Yes)

    assert "bob" not in shown_users(dialog)
    assert dialog.messageLabel.text() == "bob was removed."
    with pytest.raises(AuthenticationError):
        portal.login("bob", BOB_PASSWORD)
    # The key bob had is no good either: the store was re-keyed.
    with pytest.raises(StoreAccessError):
        portal.store.unlock("bob", bob.private_key)


def test_the_removal_question_defaults_to_cancel(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    select_user(qtbot, dialog, "bob")
    click(qtbot, dialog.removeUserButton)
    box = shown_child(dialog, QMessageBox)
    assert box.text() == "Remove the user bob?"
    assert "the login information store is re-keyed" in box.informativeText()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default

    assert not box.isVisible()
    assert "bob" in shown_users(dialog)
    open_store(portal, portal.login("bob", BOB_PASSWORD))


def test_removing_yourself_shows_the_core_refusal(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    changes = []
    dialog.changed.connect(lambda: changes.append(True))
    select_user(qtbot, dialog, ADMIN)
    click(qtbot, dialog.removeUserButton)
    answer_question(qtbot, dialog, QMessageBox.StandardButton.Yes)

    assert dialog.messageLabel.text() == "You cannot remove yourself; ask another administrator."
    assert ADMIN in shown_users(dialog)
    assert changes == []


# -- Administrators ----------------------------------------------------------------------------

def test_the_last_administrator_cannot_leave_administrators(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    select_user(qtbot, dialog, ADMIN)
    assert dialog.adminToggleButton.text() == "Remove from Ad&ministrators"
    click(qtbot, dialog.adminToggleButton)
    answer_question(qtbot, dialog, QMessageBox.StandardButton.Yes)  # "Remove yourself?"

    assert "last member of Administrators" in dialog.messageLabel.text()
    assert shown_users(dialog)[ADMIN] == ("Administrators", "Yes")


def test_revoking_and_granting_administrators(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    select_user(qtbot, dialog, "bob")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        click(qtbot, dialog.adminToggleButton)  # no question: it is not yourself
    assert shown_users(dialog)["bob"] == ("", "No")
    assert dialog.messageLabel.text() == "bob was removed from Administrators."
    with pytest.raises(StoreAccessError):
        portal.store.unlock("bob", bob.private_key)

    assert dialog.adminToggleButton.text() == "&Make administrator"
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        click(qtbot, dialog.adminToggleButton)
    assert shown_users(dialog)["bob"] == ("Administrators", "Yes")
    open_store(portal, portal.login("bob", BOB_PASSWORD))


def test_removing_yourself_from_administrators_leaves_the_dialog_read_only(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, bob)
    select_user(qtbot, dialog, "bob")
    click(qtbot, dialog.adminToggleButton)
    answer_question(qtbot, dialog, QMessageBox.StandardButton.Yes)

    assert shown_users(dialog)["bob"] == ("", "No")
    assert "bob is not a member of Administrators" in dialog.noticeLabel.text()
    assert not dialog.addUserButton.isEnabled()
    assert not dialog.adminToggleButton.isEnabled()


# -- who may -----------------------------------------------------------------------------------

def test_a_non_administrator_sees_why_nothing_can_be_changed(
    qtbot, portal: Portal, admin: Session
) -> None:
    management.add_user(portal, admin, "support", "support password")
    dialog = open_users_dialog(qtbot, portal, portal.login("support", "support password"))
    assert dialog.noticeLabel.text().startswith("Only members of Administrators may manage users.")
    assert not dialog.noticeLabel.isHidden()
    select_user(qtbot, dialog, ADMIN)
    for button in (dialog.addUserButton, dialog.removeUserButton,
                   dialog.resetPasswordButton, dialog.adminToggleButton):
        assert not button.isEnabled()


def test_an_administrator_revoked_meanwhile_gets_the_core_refusal(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    bobs_dialog = open_users_dialog(qtbot, portal, bob)
    management.revoke_admin(portal, admin, "bob")  # in another window, after bob's opened

    adding = add_user_through_dialog(qtbot, bobs_dialog, "mallory", "mallory's password",
                                     administrator=True)
    assert adding.isVisible()
    assert adding.problemLabel.text().startswith(
        "Only members of Administrators may manage users. bob is not a member")
    assert "mallory" not in [user.name for user in portal.users.users()]

    qtbot.keyClick(adding, Qt.Key.Key_Escape)
    assert "bob is not a member of Administrators" in bobs_dialog.noticeLabel.text()
    assert not bobs_dialog.addUserButton.isEnabled()


def test_a_change_refused_by_the_core_in_the_list_is_shown_not_raised(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    management.add_user(portal, admin, "carol", "carol's password")
    bobs_dialog = open_users_dialog(qtbot, portal, bob)
    select_user(qtbot, bobs_dialog, "carol")
    management.revoke_admin(portal, admin, "bob")

    click(qtbot, bobs_dialog.adminToggleButton)  # grant, asked of the core as bob
    assert bobs_dialog.messageLabel.text().startswith("Only members of Administrators may")
    assert not portal.users.is_admin("carol")


# -- passwords ---------------------------------------------------------------------------------

def test_resetting_a_password_through_the_dialog(
    qtbot, portal: Portal, admin: Session, bob: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    select_user(qtbot, dialog, "bob")
    click(qtbot, dialog.resetPasswordButton)
    resetting = shown_child(dialog, ResetPasswordDialog)
    fill_in_passwords(qtbot, resetting, "bob's new password", "bob's new passwort")
    assert not ok_button(resetting).isEnabled()
    qtbot.keyClick(line_edit(resetting, "confirmPasswordEdit"), Qt.Key.Key_Backspace)
    qtbot.keyClicks(line_edit(resetting, "confirmPasswordEdit"), "d")
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        click(qtbot, ok_button(resetting))

    assert dialog.messageLabel.text() == "The password of bob was reset."
    assert line_edit(resetting, "passwordEdit").text() == ""
    with pytest.raises(AuthenticationError):
        portal.login("bob", BOB_PASSWORD)
    open_store(portal, portal.login("bob", "bob's new password"))
    with pytest.raises(StoreAccessError):  # the old keys no longer open the store
        portal.store.unlock("bob", bob.private_key)


# -- keyboard and screen readers ---------------------------------------------------------------

def test_every_field_has_a_label_with_a_mnemonic(qtbot, portal: Portal, admin: Session) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    click(qtbot, dialog.addUserButton)
    adding = shown_child(dialog, AddUserDialog)
    for parent, fields in ((adding, adding.findChildren(QLineEdit)), (dialog, [dialog.usersTable])):
        buddies = {label.buddy(): label.text() for label in parent.findChildren(QLabel)
                   if label.buddy() is not None}
        for field in fields:
            assert "&" in buddies.get(field, ""), field.objectName()
    assert "&" in adding.administratorCheck.text()
    for button in (dialog.addUserButton, dialog.removeUserButton, dialog.resetPasswordButton,
                   dialog.adminToggleButton):
        assert "&" in button.text()


def test_tab_goes_from_the_list_through_the_buttons(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_users_dialog(qtbot, portal, admin)
    select_user(qtbot, dialog, ADMIN)
    expected = [dialog.addUserButton, dialog.removeUserButton, dialog.resetPasswordButton,
                dialog.adminToggleButton,
                dialog.buttons.button(QDialogButtonBox.StandardButton.Close)]
    widget: QWidget = dialog.usersTable
    for following in expected:
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        assert widget is following, widget.objectName()
