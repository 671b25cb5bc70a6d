"""The SMS and voice call dialogs, assembled from the editor, counter, globe dialog, API key
field and preview, and reached from Portal properties → Security → Configure…."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox

from portal_manager.app import user_management
from portal_manager.app.portal import Portal
from portal_manager.app.store_management import add_entry
from portal_manager.mfa.defaults import DEFAULT_VOICE_MESSAGES
from portal_manager.mfa.settings import Service
from portal_manager.ui.message_dialogs import SmsDialog, VoiceDialog
from portal_manager.ui.portal_properties import PortalPropertiesDialog
from portal_manager.vault.store import Entry


@pytest.fixture
def with_api_key(portal: Portal, admin) -> Portal:
    add_entry(portal, admin, Entry("sevenKey", "sk-test-not-real", "seven.io"))
    return portal


def sms_dialog(qtbot, portal: Portal, session, *, read_only: bool = False) -> SmsDialog:
    dialog = SmsDialog(portal, session, portal.security.sms, portal.general,
                       read_only=read_only)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose_api_key(dialog, name: str) -> None:
    combo = dialog.apiKeyField.findChild(QComboBox, "apiKeyCombo")
    combo.setCurrentIndex(combo.findText(name, Qt.MatchFlag.MatchStartsWith))


def test_the_sms_dialog_shows_the_saved_settings(qtbot, with_api_key: Portal, admin) -> None:
    dialog = sms_dialog(qtbot, with_api_key, admin)
    assert dialog.providerEdit.text() == "seven.io" and dialog.providerEdit.isReadOnly()
    assert dialog.messageEditor.text() == with_api_key.security.sms.message.text("en")
    assert dialog.codeLengthSpin.value() == 6
    assert (dialog.codeLengthSpin.minimum(), dialog.codeLengthSpin.maximum()) == (6, 10)


def test_the_sender_name_feeds_from_and_is_checked_inline(qtbot, with_api_key, admin) -> None:
    dialog = sms_dialog(qtbot, with_api_key, admin)
    dialog.messageEditor.setText("${from}: ${OTPFMT}")
    qtbot.keyClicks(dialog.senderEdit, "Acme")
    qtbot.wait(1)
    assert dialog.counter.characters == len("Acme: 123 456")
    qtbot.keyClicks(dialog.senderEdit, "#")
    dialog.senderEdit.clearFocus()
    dialog.senderFeedback.reveal()
    assert "\u201c#\u201d" in dialog.senderEdit.toolTip()  # names the character


def test_ok_with_a_broken_message_stays_open_and_says_why(qtbot, with_api_key, admin) -> None:
    dialog = sms_dialog(qtbot, with_api_key, admin)
    dialog.messageEditor.textEdit.selectAll()
    qtbot.keyClicks(dialog.messageEditor.textEdit, "Your code: ${OTP")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    # Listed under the editor, once its (coalesced) check has run.
    qtbot.waitUntil(lambda: "${OTP" in dialog.messageEditor.problemsLabel.text())


def test_the_preview_follows_the_message_as_typed(qtbot, with_api_key, admin) -> None:
    dialog = sms_dialog(qtbot, with_api_key, admin)
    dialog.messageEditor.textEdit.selectAll()
    qtbot.keyClicks(dialog.messageEditor.textEdit, "Code ${OTP} now")
    qtbot.waitUntil(lambda: (dialog.previewPane.shown_text or "").startswith("Code "))
    assert dialog.previewPane.shown_text.endswith(" now")


def test_sms_becomes_activatable_once_api_key_and_message_are_valid(
    qtbot, with_api_key: Portal, admin
) -> None:
    properties = PortalPropertiesDialog(with_api_key, admin)
    qtbot.addWidget(properties)
    properties.show()
    row = properties.securityPage.rows[Service.SMS]
    assert not row.activatedCheck.isEnabled()

    def choose_key_and_accept() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, SmsDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, choose_key_and_accept)
            return
        choose_api_key(shown[0], "sevenKey")
        qtbot.mouseClick(shown[0].buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_key_and_accept)
    qtbot.mouseClick(row.configureButton, Qt.MouseButton.LeftButton)
    assert row.activatedCheck.isEnabled()
    row.activatedCheck.click()
    qtbot.mouseClick(properties.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    with Portal.open(with_api_key.folder) as saved:
        assert saved.security.sms.api_key == "sevenKey" and saved.security.sms.activated


def test_a_non_administrator_changes_nothing_but_reads_every_preview(
    qtbot, with_api_key: Portal, admin
) -> None:
    user_management.add_user(with_api_key, admin, "bob", "bob's password")
    bob = with_api_key.login("bob", "bob's password")
    dialog = sms_dialog(qtbot, with_api_key, bob, read_only=True)
    assert dialog.messageEditor.is_read_only() and dialog.senderEdit.isReadOnly()
    assert not dialog.codeLengthSpin.isEnabled()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    combo = dialog.previewPane.languageCombo
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData("de"))
    qtbot.waitUntil(lambda: "Bestätigungscode" in (dialog.previewPane.shown_text or ""))


def test_insert_example_puts_the_ssml_example_in_the_language_edited(
    qtbot, portal: Portal, admin
) -> None:
    from portal_manager.app.portal import PortalDraft
    from portal_manager.portal.general import GeneralSettings

    portal.save_properties(PortalDraft(GeneralSettings("Acme", ("de", "en"), "de"),
                                       portal.security), admin)
    dialog = VoiceDialog(portal, admin, portal.security.voice, portal.general, read_only=False)
    qtbot.addWidget(dialog)
    dialog.messageEditor.setText("")
    qtbot.mouseClick(dialog.exampleButton, Qt.MouseButton.LeftButton)
    assert dialog.messageEditor.text() == DEFAULT_VOICE_MESSAGES["de"]
    assert dialog.messageEditor.problems == []
    qtbot.waitUntil(lambda: "1 2 3" in (dialog.previewPane.spoken or "")
                    or any(ch.isdigit() for ch in (dialog.previewPane.spoken or "")))


def test_the_voice_dialog_has_no_from_placeholder(qtbot, portal: Portal, admin) -> None:
    dialog = VoiceDialog(portal, admin, portal.security.voice, portal.general, read_only=False)
    qtbot.addWidget(dialog)
    assert "${from}" not in dialog.placeholderButton.placeholders()
    assert dialog.placeholderButton.placeholders()[0] == "${OTPFMTSSML}"


def test_the_globe_dialog_edits_another_language_and_comes_back_on_ok(
    qtbot, with_api_key: Portal, admin
) -> None:
    dialog = sms_dialog(qtbot, with_api_key, admin)

    def edit_german_and_accept() -> None:
        from portal_manager.ui.multilingual_dialog import MultilingualDialog

        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MultilingualDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, edit_german_and_accept)
            return
        german = shown[0].field("de")
        german.setText("${OTPFMT} ist Ihr Code.")
        shown[0].accept()

    QTimer.singleShot(0, edit_german_and_accept)
    qtbot.mouseClick(dialog.messageGlobeButton, Qt.MouseButton.LeftButton)
    assert dialog.value().message.text("de") == "${OTPFMT} ist Ihr Code."
    assert dialog.result() != QDialog.DialogCode.Accepted  # the SMS dialog itself stays open
