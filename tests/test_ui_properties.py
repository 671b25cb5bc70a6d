"""Portal properties (General + Security) and the main window, driven as a person would."""

from __future__ import annotations

import dataclasses
import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QMessageBox

from portal_manager.app import user_management as management
from portal_manager.app.portal import Portal, PortalDraft
from portal_manager.app.store_management import add_entry
from portal_manager.mfa.document import config_to_json
from portal_manager.mfa.settings import LocalizedText, Service
from portal_manager.ui.main_window import MainWindow
from portal_manager.ui.portal_properties import Page, PortalPropertiesDialog
from portal_manager.vault.store import Entry


def click_item(qtbot, widget: QListWidget, text: str) -> None:
    [item] = [widget.item(row) for row in range(widget.count())
              if widget.item(row).text().startswith(text)]
    rect = widget.visualItemRect(item)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press_ok(qtbot, dialog: PortalPropertiesDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def open_dialog(qtbot, portal: Portal, session) -> PortalPropertiesDialog:
    dialog = PortalPropertiesDialog(portal, session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_renaming_the_portal_is_saved_on_ok_and_not_before(qtbot, portal: Portal, admin) -> None:
    dialog = open_dialog(qtbot, portal, admin)
    dialog.generalPage.nameEdit.selectAll()
    qtbot.keyClicks(dialog.generalPage.nameEdit, "Renamed Portal")
    assert Portal.open(portal.folder).general.name == "Acme Portal"  # nothing before OK
    press_ok(qtbot, dialog)
    assert Portal.open(portal.folder).general.name == "Renamed Portal"


def test_cancel_discards_everything(qtbot, portal: Portal, admin) -> None:
    before = (portal.folder / "portal.json").read_bytes()
    dialog = open_dialog(qtbot, portal, admin)
    qtbot.keyClicks(dialog.generalPage.nameEdit, " changed")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert (portal.folder / "portal.json").read_bytes() == before


def test_a_language_is_replaced_together_with_its_texts_in_one_ok(
    qtbot, portal: Portal, admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    dialog = open_dialog(qtbot, portal, admin)
    page = dialog.generalPage
    click_item(qtbot, page.languageList, "Deutsch")
    qtbot.mouseClick(page.removeLanguageButton, Qt.MouseButton.LeftButton)
    assert asked and "Deutsch" in asked[0], "removing a language with texts asks first"
    page.addLanguageCombo.setCurrentIndex(page.addLanguageCombo.findData("it"))
    qtbot.mouseClick(page.addLanguageButton, Qt.MouseButton.LeftButton)
    assert page.languages() == ("en", "it")
    press_ok(qtbot, dialog)

    with Portal.open(portal.folder) as saved:
        assert saved.general.languages == ("en", "it")
        assert saved.security.sms.message.text("de") == ""
    assert portal.audit.records()[-1].action == "properties.changed"


def test_keeping_a_language_s_texts_keeps_the_language(
    qtbot, portal: Portal, admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: QMessageBox.StandardButton.Cancel)
    dialog = open_dialog(qtbot, portal, admin)
    click_item(qtbot, dialog.generalPage.languageList, "Deutsch")
    qtbot.mouseClick(dialog.generalPage.removeLanguageButton, Qt.MouseButton.LeftButton)
    assert dialog.generalPage.languages() == ("en", "de")


def test_ok_with_an_invalid_page_opens_it_and_marks_the_problem(
    qtbot, portal: Portal, admin
) -> None:
    dialog = open_dialog(qtbot, portal, admin)
    click_item(qtbot, dialog.pageList, "Security")
    assert dialog.current_page is Page.SECURITY
    dialog.generalPage.nameEdit.clear()
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.current_page is Page.GENERAL
    assert dialog.generalPage.problemLabel.isVisible()
    assert "must not be empty" in dialog.generalPage.problemLabel.text()
    assert "Nothing was saved" in dialog.errorLabel.text()


def test_activation_is_possible_only_once_the_configuration_is_complete(
    qtbot, portal: Portal, admin
) -> None:
    dialog = open_dialog(qtbot, portal, admin)
    sms_check = dialog.securityPage.rows[Service.SMS].activatedCheck
    assert not sms_check.isEnabled()
    assert "API key" in sms_check.toolTip()
    assert "incomplete" in dialog.securityPage.rows[Service.SMS].stateLabel.text()
    dialog.reject()

    # Complete the SMS configuration (its own dialog comes with the next issue).
    add_entry(portal, admin, Entry("sevenKey", "sk-test"))
    sms = dataclasses.replace(portal.security.sms, api_key="sevenKey")
    portal.save_properties(PortalDraft(portal.general,
                                       portal.security.with_service(Service.SMS, sms)), admin)
    dialog = open_dialog(qtbot, portal, admin)
    sms_check = dialog.securityPage.rows[Service.SMS].activatedCheck
    assert sms_check.isEnabled()
    qtbot.mouseClick(sms_check, Qt.MouseButton.LeftButton, pos=QPoint(5, sms_check.height() // 2))
    assert sms_check.isChecked()
    press_ok(qtbot, dialog)
    assert Portal.open(portal.folder).security.sms.activated


def test_a_broken_message_blocks_activation_with_the_reason_named(
    qtbot, portal: Portal, admin
) -> None:
    sms = dataclasses.replace(portal.security.sms,
                              message=LocalizedText({"en": "Your code: ${OTP"}))
    # Written by hand: the core would refuse to save it.
    (portal.folder / "security.json").write_text(json.dumps({
        "format": "portal-security", "version": 1,
        **config_to_json(portal.security.with_service(Service.SMS, sms))}))
    with Portal.open(portal.folder, writable=False) as reader:
        dialog = open_dialog(qtbot, reader, admin)
        row = dialog.securityPage.rows[Service.SMS]
        assert "errors" in row.stateLabel.text()
        assert "${OTP" in row.stateLabel.text()
        assert not row.activatedCheck.isEnabled()


def test_a_non_administrator_sees_everything_read_only(qtbot, portal: Portal, admin) -> None:
    management.add_user(portal, admin, "bob", "bob's password")
    bob = portal.login("bob", "bob's password")
    dialog = open_dialog(qtbot, portal, bob)
    assert dialog.noticeLabel.isVisible() and "not a member of Administrators" in (
        dialog.noticeLabel.text())
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert not dialog.generalPage.nameEdit.isEnabled()
    assert not dialog.securityPage.rows[Service.AUTHENTICATOR_APP].activatedCheck.isEnabled()
    before = {name: (portal.folder / name).read_bytes() for name in ("portal.json",
                                                                      "security.json")}
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close),
                     Qt.MouseButton.LeftButton)
    assert {name: (portal.folder / name).read_bytes() for name in before} == before


def test_the_main_window_follows_a_save_through_one_signal(qtbot, portal: Portal, admin) -> None:
    window = MainWindow(portal, admin)
    qtbot.addWidget(window)
    portal.save_properties(PortalDraft(
        dataclasses.replace(portal.general, name="Renamed"), portal.security), admin)
    assert window.portalNameLabel.text() == "Acme Portal"
    window.open_portal.changed.emit()
    assert window.portalNameLabel.text() == "Renamed"
    assert "Renamed" in window.windowTitle()


def test_the_main_window_remembers_its_geometry(qtbot, portal: Portal, admin) -> None:
    window = MainWindow(portal, admin)
    qtbot.addWidget(window)
    window.resize(690, 455)
    window.close()
    again = MainWindow(portal, admin)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (690, 455)


def test_users_and_groups_is_for_administrators_only(qtbot, portal: Portal, admin) -> None:
    management.add_user(portal, admin, "bob", "bob's password")
    window = MainWindow(portal, portal.login("bob", "bob's password"))
    qtbot.addWidget(window)
    assert not window.usersAction.isEnabled()
    assert "Administrators" in window.usersAction.toolTip()
    assert window.readOnlyLabel.isVisibleTo(window)


def test_the_issuer_follows_a_portal_name_changed_in_the_same_dialog(
    qtbot, portal: Portal, admin
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit

    from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog

    dialog = open_dialog(qtbot, portal, admin)
    dialog.generalPage.nameEdit.selectAll()
    qtbot.keyClicks(dialog.generalPage.nameEdit, "Beta Portal")
    click_item(qtbot, dialog.pageList, "Security")
    seen = []

    def inspect_and_accept() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, AuthenticatorAppDialog) and w.isVisible()]
        if not shown:  # the modal dialog is not up yet: look again shortly
            QTimer.singleShot(20, inspect_and_accept)
            return
        seen.append(shown[0].findChild(QLineEdit, "issuerEdit").text())
        shown[0].accept()

    QTimer.singleShot(0, inspect_and_accept)
    qtbot.mouseClick(dialog.securityPage.rows[Service.AUTHENTICATOR_APP].configureButton,
                     Qt.MouseButton.LeftButton)
    assert seen == ["Beta Portal"]
    press_ok(qtbot, dialog)
    with Portal.open(portal.folder) as saved:
        assert saved.security.authenticator_app.issuer is None  # still follows the name
        assert saved.security.authenticator_app.effective_issuer(saved.general.name) == (
            "Beta Portal")


def test_a_general_problem_is_marked_at_its_field(qtbot, portal: Portal, admin) -> None:
    dialog = open_dialog(qtbot, portal, admin)
    dialog.generalPage.nameEdit.clear()
    press_ok(qtbot, dialog)
    name_edit = dialog.generalPage.nameEdit
    assert "must not be empty" in name_edit.toolTip()  # the icon's message, at the field
    assert "must not be empty" in name_edit.accessibleDescription()
    assert dialog.generalPage.languageList.toolTip() == ""
