"""The login information store dialog and the API key field, driven as an administrator would."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from portal_manager.app import user_management
from portal_manager.app.portal import Portal
from portal_manager.app.store_management import add_entry, open_store
from portal_manager.mfa.settings import Service
from portal_manager.ui.api_key_field import ApiKeyField
from portal_manager.ui.store_dialog import EntryDialog, StoreDialog
from portal_manager.users.directory import Session
from portal_manager.vault.store import Entry

SECRET = "sk-live-0123456789abcdef"
NOT_ADMIN_TEXT = "Administrators"


# -- driving the dialogs ---------------------------------------------------------------------

def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_store_dialog(qtbot, portal: Portal, session: Session, **options) -> StoreDialog:
    dialog = StoreDialog(portal, session, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def shown_child(parent: QWidget, kind: type) -> QWidget:
    shown = [child for child in parent.findChildren(kind) if child.isVisible()]
    assert len(shown) == 1, f"expected one open {kind.__name__}"
    return shown[0]


def line_edit(dialog: QWidget, object_name: str) -> QLineEdit:
    edit = dialog.findChild(QLineEdit, object_name)
    assert edit is not None, object_name
    return edit


def ok_button(dialog: QWidget):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def select_entry(qtbot, dialog: StoreDialog, name: str) -> None:
    table = dialog.entriesTable
    model = table.model()
    row = next(row for row in range(model.rowCount()) if model.index(row, 0).data() == name)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(model.index(row, 0)).center())
    assert dialog.selected_name == name


def add_through_dialog(qtbot, dialog: StoreDialog, name: str, secret: str,
                       description: str) -> EntryDialog:
    click(qtbot, dialog.addButton)
    adding = shown_child(dialog, EntryDialog)
    qtbot.keyClicks(line_edit(adding, "nameEdit"), name)
    qtbot.keyClicks(line_edit(adding, "passwordEdit"), secret)
    qtbot.keyClicks(line_edit(adding, "descriptionEdit"), description)
    click(qtbot, ok_button(adding))
    return adding


def problem_text(dialog: QWidget) -> str:
    return dialog.findChild(QLabel, "problemLabel").text()


@pytest.fixture
def in_use(portal: Portal, admin: Session) -> Portal:
    """An entry that the SMS service uses as its API key, and one nobody uses."""
    add_entry(portal, admin, Entry("sevenApiKey", SECRET, "seven.io production"))
    add_entry(portal, admin, Entry("spareKey", "spare-secret", "not used"))
    sms = dataclasses.replace(portal.security.sms, api_key="sevenApiKey")
    portal.save_security(portal.security.with_service(Service.SMS, sms), admin)
    return portal


@pytest.fixture
def bob(portal: Portal, admin: Session) -> Session:
    """A support person: logged in, not an administrator."""
    user_management.add_user(portal, admin, "bob", "bob's password")
    return portal.login("bob", "bob's password")


# -- adding, selecting, editing, deleting ------------------------------------------------------

def test_an_entry_added_in_the_dialog_is_stored_and_selected_by_ok(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, portal, admin, select=True)
    assert not ok_button(dialog).isEnabled()  # nothing selected yet
    with qtbot.waitSignal(dialog.changed, timeout=1000):
        adding = add_through_dialog(qtbot, dialog, "sevenApiKey", SECRET, "seven.io")

    assert not adding.isVisible()
    assert open_store(portal, admin).get("sevenApiKey") == Entry("sevenApiKey", SECRET,
                                                                 "seven.io")
    assert dialog.shown_entries == [("sevenApiKey", "seven.io", "")]
    assert dialog.messageLabel.text() == "sevenApiKey was added."
    assert dialog.selected_name == "sevenApiKey"
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        click(qtbot, ok_button(dialog))
    assert dialog.selected_name == "sevenApiKey"


def test_the_name_rule_is_checked_while_typing(qtbot, portal: Portal, admin: Session) -> None:
    dialog = open_store_dialog(qtbot, portal, admin)
    click(qtbot, dialog.addButton)
    adding = shown_child(dialog, EntryDialog)
    qtbot.keyClicks(line_edit(adding, "nameEdit"), "Seven-key")
    assert problem_text(adding).startswith("That is not a valid entry name")
    assert not ok_button(adding).isEnabled()
    line_edit(adding, "nameEdit").clear()
    qtbot.keyClicks(line_edit(adding, "nameEdit"), "sevenKey")
    assert problem_text(adding) == "Enter the password, e.g. the provider's API key."
    qtbot.keyClicks(line_edit(adding, "passwordEdit"), SECRET)
    assert problem_text(adding) == ""
    assert ok_button(adding).isEnabled()


def test_a_name_taken_is_refused_by_the_core_and_the_dialog_stays_open(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    adding = add_through_dialog(qtbot, dialog, "spareKey", "other", "")
    assert adding.isVisible()
    assert problem_text(adding).startswith("There is already an entry spareKey")


def test_deleting_an_entry_in_use_is_refused_with_the_service_named(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    assert ("sevenApiKey", "seven.io production", "SMS") in dialog.shown_entries
    select_entry(qtbot, dialog, "sevenApiKey")
    click(qtbot, dialog.deleteButton)
    assert "is the API key of SMS and cannot be deleted" in dialog.messageLabel.text()
    assert "sevenApiKey" in open_store(in_use, admin).entries


def test_deleting_asks_first_with_cancel_as_default(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    select_entry(qtbot, dialog, "spareKey")
    click(qtbot, dialog.deleteButton)
    question = shown_child(dialog, QMessageBox)
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert "spareKey" in open_store(in_use, admin).entries

    click(qtbot, dialog.deleteButton)
    click(qtbot, shown_child(dialog, QMessageBox).button(QMessageBox.StandardButton.Yes))
    assert "spareKey" not in open_store(in_use, admin).entries
    assert [entry[0] for entry in dialog.shown_entries] == ["sevenApiKey"]
    assert dialog.messageLabel.text() == "spareKey was deleted."


def test_editing_changes_the_description_and_keeps_the_secret(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    select_entry(qtbot, dialog, "sevenApiKey")
    click(qtbot, dialog.editButton)
    editing = shown_child(dialog, EntryDialog)
    assert line_edit(editing, "nameEdit").isReadOnly()
    assert line_edit(editing, "passwordEdit").text() == ""  # the stored secret is not shown
    description = line_edit(editing, "descriptionEdit")
    description.selectAll()
    qtbot.keyClicks(description, "seven.io, account 2")
    click(qtbot, ok_button(editing))

    assert open_store(in_use, admin).get("sevenApiKey") == Entry(
        "sevenApiKey", SECRET, "seven.io, account 2")
    assert ("sevenApiKey", "seven.io, account 2", "SMS") in dialog.shown_entries


def test_editing_with_a_typed_password_replaces_the_secret(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    select_entry(qtbot, dialog, "spareKey")
    click(qtbot, dialog.editButton)
    editing = shown_child(dialog, EntryDialog)
    qtbot.keyClicks(line_edit(editing, "passwordEdit"), "new-spare-secret")
    click(qtbot, ok_button(editing))
    assert open_store(in_use, admin).get("spareKey").secret == "new-spare-secret"


def test_the_filter_matches_names_descriptions_and_services(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    qtbot.keyClicks(dialog.filterEdit, "NOT US")
    assert [entry[0] for entry in dialog.shown_entries] == ["spareKey"]
    dialog.filterEdit.clear()
    qtbot.keyClicks(dialog.filterEdit, "sms")
    assert [entry[0] for entry in dialog.shown_entries] == ["sevenApiKey"]
    dialog.filterEdit.clear()
    assert len(dialog.shown_entries) == 2


# -- secrets -----------------------------------------------------------------------------------

def test_the_reveal_toggle_shows_and_hides_the_password(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, portal, admin)
    click(qtbot, dialog.addButton)
    adding = shown_child(dialog, EntryDialog)
    password = line_edit(adding, "passwordEdit")
    qtbot.keyClicks(password, SECRET)
    assert password.echoMode() == QLineEdit.EchoMode.Password
    reveal = adding.findChild(QCheckBox, "revealCheck")
    qtbot.keyClick(reveal, Qt.Key.Key_Space)
    assert password.echoMode() == QLineEdit.EchoMode.Normal and adding.password_revealed
    qtbot.keyClick(reveal, Qt.Key.Key_Space)
    assert password.echoMode() == QLineEdit.EchoMode.Password


def test_secret_fields_are_empty_and_masked_after_the_dialog_closes(
    qtbot, portal: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, portal, admin)
    added = add_through_dialog(qtbot, dialog, "sevenApiKey", SECRET, "")
    assert line_edit(added, "passwordEdit").text() == ""

    click(qtbot, dialog.addButton)
    cancelled = shown_child(dialog, EntryDialog)
    qtbot.keyClicks(line_edit(cancelled, "passwordEdit"), "typed then cancelled")
    qtbot.keyClick(cancelled.findChild(QCheckBox, "revealCheck"), Qt.Key.Key_Space)
    qtbot.keyClick(cancelled, Qt.Key.Key_Escape)
    assert not cancelled.isVisible()
    assert line_edit(cancelled, "passwordEdit").text() == ""
    assert line_edit(cancelled, "passwordEdit").echoMode() == QLineEdit.EchoMode.Password


def test_no_widget_of_the_store_dialog_holds_a_stored_secret(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    select_entry(qtbot, dialog, "sevenApiKey")
    click(qtbot, dialog.editButton)
    texts = [edit.text() for edit in dialog.findChildren(QLineEdit)]
    texts += [label.text() for label in dialog.findChildren(QLabel)]
    texts += [str(entry) for entry in dialog.shown_entries]
    assert not any(SECRET in text for text in texts)


# -- who may do what ---------------------------------------------------------------------------

def test_a_non_administrator_sees_the_authorization_message(
    qtbot, in_use: Portal, bob: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, bob, select=True, current="sevenApiKey")
    notice = dialog.findChild(QLabel, "noticeLabel")
    assert notice.isVisible() and NOT_ADMIN_TEXT in notice.text()
    assert dialog.shown_entries == []
    assert not any(button.isEnabled() for button in
                   (dialog.addButton, dialog.editButton, dialog.deleteButton, ok_button(dialog)))


def test_the_store_dialog_can_be_used_with_the_keyboard(
    qtbot, in_use: Portal, admin: Session
) -> None:
    dialog = open_store_dialog(qtbot, in_use, admin)
    labels = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)
              if label.buddy() is not None}
    assert "&" in labels[dialog.filterEdit] and "&" in labels[dialog.entriesTable]
    click(qtbot, dialog.addButton)
    adding = shown_child(dialog, EntryDialog)
    for edit in ("nameEdit", "passwordEdit", "descriptionEdit"):
        buddies = [label for label in adding.findChildren(QLabel)
                   if label.buddy() is line_edit(adding, edit)]
        assert buddies and "&" in buddies[0].text(), edit


# -- the API key field -------------------------------------------------------------------------

def open_api_key_field(qtbot, portal: Portal, session: Session, *,
                       read_only: bool = False) -> ApiKeyField:
    field = ApiKeyField(portal, session, read_only)
    qtbot.addWidget(field)
    field.setValue(portal.security.sms.api_key)
    field.show()
    qtbot.waitExposed(field)
    return field


def test_the_api_key_field_lists_entries_and_returns_a_name(
    qtbot, in_use: Portal, admin: Session
) -> None:
    field = open_api_key_field(qtbot, in_use, admin)
    combo = field.findChild(QComboBox, "apiKeyCombo")
    assert field.value() == "sevenApiKey"
    assert combo.currentText() == "sevenApiKey — seven.io production"
    with qtbot.waitSignal(field.valueChanged, timeout=1000) as changed:
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert changed.args == ["spareKey"] and field.value() == "spareKey"


def test_select_login_information_adds_and_chooses_an_entry(
    qtbot, portal: Portal, admin: Session
) -> None:
    field = open_api_key_field(qtbot, portal, admin)
    assert field.value() == ""
    click(qtbot, field.selectButton)
    dialog = field.store_dialog
    assert dialog is not None and dialog.isVisible() and dialog.select
    add_through_dialog(qtbot, dialog, "sevenApiKey", SECRET, "seven.io")
    click(qtbot, ok_button(dialog))

    assert field.value() == "sevenApiKey"
    combo = field.findChild(QComboBox, "apiKeyCombo")
    assert combo.currentText() == "sevenApiKey — seven.io"
    assert all(SECRET not in combo.itemText(index) for index in range(combo.count()))


def test_cancel_in_the_store_dialog_keeps_the_value(
    qtbot, in_use: Portal, admin: Session
) -> None:
    field = open_api_key_field(qtbot, in_use, admin)
    click(qtbot, field.selectButton)
    dialog = field.store_dialog
    assert dialog.selected_name == "sevenApiKey"  # the current entry is selected
    select_entry(qtbot, dialog, "spareKey")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert field.value() == "sevenApiKey"


def test_a_non_administrator_sees_just_the_configured_name_read_only(
    qtbot, in_use: Portal, bob: Session
) -> None:
    field = open_api_key_field(qtbot, in_use, bob, read_only=True)
    combo = field.findChild(QComboBox, "apiKeyCombo")
    assert field.value() == "sevenApiKey"
    assert combo.currentText() == "sevenApiKey"
    assert not combo.isEnabled() and not field.selectButton.isEnabled()
